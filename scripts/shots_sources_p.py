"""Sources, effects and recipes of held-out-p (clips 96-101), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-95. Drawn scenes for six more kinds of
film: a saxophonist in a spotlight against a brick wall, a pianist's hands on the keys, the drum
kit with its cymbals, the tables of the club by candlelight, the bar with its backlit bottles and
the club's neon sign outside in the rain (a 1950s jazz club film in scope); an airship drifting
towards its mooring mast, a crowd waving hats, an ocean liner's bow on the slipway, a dignitary at
a microphone in a top hat, a marching band in the street and a boxing match under the lamps, with
intertitles, in black and white with projector flicker (a 1930s newsreel); strings of red
lanterns over the crowd, a cook tossing a flaming wok, skewers over glowing coals, a fruit stall
under a bare bulb, a neon alley with its signs mirrored in the wet ground and bamboo steamers
(a night market, hand-held); a beach with umbrellas and a woodie wagon, surfboards standing in the
sand, a breaking wave with a surfer on its face, the surfer close up, a sunset behind a pier and a
bonfire on the beach at night (a 1960s surf film in Kodachrome colour); a clock tower, the
watchmaker at his bench under a desk lamp, his eye behind a loupe, the gear train of a movement,
the balance wheel swinging and a wall of pendulum clocks (a documentary about a watchmaker); the
board from above and from the side, the two players thinking, the chess clock, the playing hall
and the commentators' studio with its demonstration board, under the broadcast's graphics (a chess
championship broadcast).
"""

from shots_lavfi import FONT, SERIF, either as _either, overlay as _overlay, paint as _paint
from shots_lavfi import text as _text
from shots_recipes import S


# A 1950s jazz club film.
_BRICK = "gt(lt(mod(Y,10),1.2)+lt(mod(X+12*mod(floor(Y/10),2),24),1.2),0)"
_JX = "(170+3*sin(N*0.11))"
_JHEAD = f"lt(hypot(X-{_JX},Y-62),12)"
_JHAT = _either(f"lt(hypot((X-{_JX})/22,(Y-51)/3.5),1)", f"lt(abs(X-{_JX}),12)*between(Y,38,51)")
_JBODY = f"lt(hypot((X-{_JX})/30,(Y-126)/52),1)*gt(Y,74)"
_JSAX = _either(f"lt(abs(X-{_JX}+6+0.32*(Y-74)),3.2)*between(Y,70,134)",
                f"lt(hypot(X-{_JX}+24,Y-138),9)*lt(Y,146)",
                f"lt(abs(Y-141-0.6*(X-{_JX}+14)),3)*between(X-{_JX},-16,-2)")
_JKEYS = f"lt(abs(X-{_JX}+6+0.32*(Y-74)),3.6)*lt(abs(mod(Y,9)-4.5),1.2)*between(Y,84,128)"
_JSPOT = f"exp(-pow(hypot((X-{_JX})/62,(Y-104)/92),2))"
_SMOKEJ = "(0.5+0.5*sin(X/23+Y/31+N*0.05)*sin(Y/13-X/41-N*0.03))"
_LHX = "(104+34*sin(N*0.13))"
_RHX = "(222+26*sin(N*0.17+1))"


def _hand(x):
    """A pianist's hand at x over the keys: palm, fingers pressing in turn, and the sleeve."""
    return (f"lt(hypot((X-{x})/18,(Y-114)/10),1)",
            f"lt(abs(mod(X-{x}+16,8)-4),1.8)*between(Y-114,4,15+4*gt(sin(N*0.9+floor((X-{x}+16)/8)*2.1),0.4))"
            f"*lt(abs(X-{x}),16)",
            f"between(Y,70,110)*lt(abs(X-{x}+6-(Y-110)*0.4),11)")


_HANDS = [_hand(_LHX), _hand(_RHX)]
_WKEYS = "between(Y,104,170)"
_KLINE = "lt(mod(X,14),1.3)*between(Y,104,170)"
_KIDX = "mod(floor((X-9)/14),7)"
_BKEYS = f"between(Y,104,140)*lt(mod(X-9,14),8)*not(eq({_KIDX},2)+eq({_KIDX},6))"
_BD = "lt(hypot(X-160,Y-136),44)"
_BDRIM = "between(hypot(X-160,Y-136),39,44)"
_TOMS = _either("lt(hypot((X-116)/21,(Y-86)/12),1)", "lt(hypot((X-204)/21,(Y-86)/12),1)")
_TOMSIDE = _either("lt(abs(X-116),21)*between(Y,86,104)", "lt(abs(X-204),21)*between(Y,86,104)")
_CYM = _either("lt(hypot((X-62)/44,(Y-54+0.3*(X-62))/6),1)", "lt(hypot((X-262)/46,(Y-46-0.25*(X-262))/7),1)")
_STANDS = _either("lt(abs(X-62),1.5)*between(Y,54,170)", "lt(abs(X-262),1.5)*between(Y,46,170)")
_DRUMMER = _either("lt(hypot(X-160,Y-42),13)", "lt(hypot((X-160)/42,(Y-84)/30),1)")
_STICKS = _either("lt(abs(Y-74+(X-140)*(0.6+0.5*sin(N*0.9))),1.3)*between(X,108,140)",
                  "lt(abs(Y-74-(X-180)*(0.6+0.5*sin(N*0.9+1.7))),1.3)*between(X,180,212)")
_TX = "(mod(X+40*mod(floor(Y/50),2),80)-40)"
_TY = "(mod(Y,50)-25)"
_TTOP = f"lt(hypot({_TX}/26,({_TY}-4)/6),1)*gt(Y,60)"
_TCAN = f"lt(hypot({_TX}/2,({_TY}+3)/4),1)*gt(Y,60)"
_THEAD = (f"(lt(hypot(abs({_TX})-30,{_TY}+6),8)+lt(hypot((abs({_TX})-30)/12,{_TY}-12),1)*gt({_TY},2))"
          "*gt(Y,60)")
_TGLOW = f"70*exp(-hypot({_TX},{_TY}+2)/9)*gt(Y,60)*(0.85+0.15*sin(N*1.7+floor(X/80)*3))"
_BOT = _either("lt(abs(mod(X,18)-9),4)*between(mod(Y,44),14,40)*lt(Y,88)",
               "lt(abs(mod(X,18)-9),1.6)*between(mod(Y,44),5,14)*lt(Y,88)")
_BOTK = "(floor(X/18)*2.3+floor(Y/44))"
_SHELF = "lt(mod(Y,44),3)*lt(Y,90)"
_BTX = "(212+18*sin(N*0.05))"
_BTBODY = f"lt(hypot((X-{_BTX})/28,(Y-118)/46),1)*gt(Y,76)"
_BTSHIRT = f"lt(abs(X-{_BTX}),(Y-74)*0.3)*between(Y,74,110)"
_BTHEAD = f"lt(hypot((X-{_BTX})/10,(Y-62)/12),1)"
_SHAKER = f"lt(abs(X-{_BTX}-26),5)*between(Y,64+6*sin(N*1.3),84+6*sin(N*1.3))"
_GLASSES = "lt(abs(mod(X,46)-23),5)*between(Y,104,119)*lt(X,150)"
_RAIN = "lt(mod(X+0.2*Y,9),1)*gt(mod(Y+N*15+31*floor((X+0.2*Y)/9),47),38)"
_DOOR = "between(X,36,84)*between(Y,72,152)"
_DOORMAN = "(lt(hypot((X-60)/9,(Y-124)/28),1)+lt(hypot(X-60,Y-92),6))"

# A 1930s newsreel (drawn in shades of grey).
_AX = "(104+0.45*N)"
_HULL = f"lt(hypot((X-{_AX})/92,(Y-58)/19),1)"
_RIBS = f"lt(mod(X-{_AX},14),1.2)"
_FINS = f"lt(abs(Y-58),(-(X-{_AX})-70)*0.8)*between(X-{_AX},-104,-74)"
_GONDOLA = f"between(X-{_AX},-12,18)*between(Y,75,84)"
_MAST = "lt(abs(X-264),3+0.04*(Y-40))*between(Y,40,162)"
_LATTICE = "lt(abs(mod(Y+X,10)-5),1.2)"
_NCLOUD = "max(0,sin(X/41+N*0.01)*sin(Y/15)-0.3)"
_HK = "(floor((X+13*floor(Y/26))/34)+5*floor(Y/26))"
_HX = "(mod(X+13*floor(Y/26),34)-17)"
_HY = "(mod(Y,26)-13)"
_LIFT = f"(9*gt(sin(N*0.35+{_HK}*1.9),0.3))"
_HFACE = f"lt(hypot({_HX}/8,({_HY}-2)/9),1)*gt(Y,26)"
_HHAT = _either(f"lt(hypot({_HX}/11,({_HY}+7+{_LIFT})/2.6),1)", f"lt(abs({_HX}),7)*between({_HY}+{_LIFT},-14,-7)")
_BOW = "gt(X,70+0.004*pow(Y-30,2)-N*0.5)"
_RIVET = "lt(hypot(mod(X+N*0.5,10)-5,mod(Y,12)-6),1.1)"
_BUNTING = "lt(abs(mod(X,16)-8),(34+8*sin(X/40)-Y)*0.7)*between(Y,22+8*sin(X/40),34+8*sin(X/40))"
_PLATFORM = "gt(Y,150)*lt(X,120)"
_PEOPLE = "lt(hypot(mod(X,14)-7,Y-144),5)*lt(X,118)"
_SPX = "(150+2*sin(N*0.05))"
_SFACE = f"lt(hypot((X-{_SPX})/26,(Y-88)/32),1)"
_STOPHAT = _either(f"between(Y,22,60)*lt(abs(X-{_SPX}),22)", f"lt(hypot((X-{_SPX})/40,(Y-60)/4),1)")
_SMOUST = f"lt(hypot((X-{_SPX})/14,(Y-101)/3),1)"
_SEYES = f"lt(hypot((abs(X-{_SPX})-10)/4,(Y-84)/2),1)"
_SMOUTH = f"lt(hypot((X-{_SPX})/7,(Y-110)/(1+3*gt(sin(N*0.4),0))),1)"
_SCOAT = f"gt(Y,118)*lt(abs(X-{_SPX}),46+0.6*(Y-118))"
_SCOLLAR = f"lt(abs(X-{_SPX}),(Y-114)*0.5)*between(Y,116,140)"
_MIC = "lt(hypot(X-212,Y-128),13)"
_MICGRID = "lt(mod(X+Y,5),1.2)"
_MICSTAND = "lt(abs(X-212),2)*gt(Y,140)"
_MX = "(mod(X,30)-15)"
_MARCH = "between(X,40,280)"
_MBODY = f"lt(hypot({_MX}/7,(Y-114)/16),1)*{_MARCH}"
_MHEAD = f"lt(hypot({_MX},Y-93),5)*{_MARCH}"
_MSHAKO = f"lt(abs({_MX}),4)*between(Y,79,89)*{_MARCH}"
_MLEGS = f"(lt(abs({_MX}+3*sin(N*0.6)),2)+lt(abs({_MX}-3*sin(N*0.6)),2))*between(Y,128,148)*{_MARCH}"
_TUBA = f"lt(hypot({_MX}-5,Y-102),7)*gt(sin(floor(X/30)*2.3),0.4)*{_MARCH}"
_BLDG = _either("lt(X,64-0.3*(Y-60))", "gt(X,256+0.3*(Y-60))")
_WINDOWS = "lt(mod(X,14),7)*lt(mod(Y,16),9)"
_B1X = "(122+20*sin(N*0.19))"
_B2X = "(198+18*sin(N*0.19+2))"


def _boxer(x, face):
    """A boxer at x (body, head, the gloves, one punching); face=1 if he faces right."""
    s = 1 if face else -1
    return (_either(f"lt(hypot((X-{x})/15,(Y-112)/38),1)", f"lt(hypot(X-{x},Y-68),9)"),
            _either(f"lt(hypot(X-{x}-{s}*(16+12*gt(sin(N*0.5+{face}*2),0.6)),Y-84),7)",
                    f"lt(hypot(X-{x}-{s}*10,Y-92),7)"),
            f"between(Y,112,128)*lt(abs(X-{x}),14)")


_BOXERS = [_boxer(_B1X, 1), _boxer(_B2X, 0)]
_ROPES = "(lt(abs(Y-96),1.2)+lt(abs(Y-110),1.2)+lt(abs(Y-124),1.2))*between(X,24,296)"
_POSTS = "(lt(abs(X-26),4)+lt(abs(X-294),4))*between(Y,86,150)"

# A night market.


def _lanterns(y, sp, r, off):
    """A sagging string of round lanterns at height y, every sp pixels, of radius r."""
    yy = f"({y}+5*sin((X+{off})/37))"
    return (f"lt(hypot((mod(X+{off},{sp})-{sp / 2})/{0.8 * r},(Y-{yy})/{r}),1)",
            f"lt(abs(Y-{yy}+{r}),0.9)",
            f"exp(-hypot(mod(X+{off},{sp})-{sp / 2},Y-{yy})/{1.6 * r})")


_LROWS = [_lanterns(26, 44, 8, 0), _lanterns(52, 60, 11, 17), _lanterns(78, 84, 15, 40)]
_CROWD1 = "lt(hypot(mod(X+N*1.2,36)-18,Y-140-4*sin(floor((X+N*1.2)/36)*2)),11)"
_CROWD1B = "lt(abs(mod(X+N*1.2,36)-18),14)*gt(Y,148)"
_CROWD2 = "lt(hypot((mod(X-N*2,96)-48)/26,(Y-178)/30),1)"
_AWNING = "between(Y,100,112)"
_WY = "(128-6*abs(sin(N*0.25)))"
_WOK = f"lt(hypot((X-160)/70,(Y-{_WY})/24),1)*gt(Y,{_WY})"
_WOKRIM = f"lt(abs(hypot((X-160)/70,(Y-{_WY})/24)-1),0.05)*gt(Y,{_WY}-2)"
_NOODLES = f"between(Y,{_WY}-4,{_WY}+5)*lt(abs(X-160),58)"
_FLAMES = (f"lt(abs(X-160-8*sin(Y/7+N*1.3)),max(Y-40,0)*0.5*(0.7+0.3*sin(N*0.9)))*between(Y,44+10*sin(N*0.7),"
           f"{_WY}-3)*lt(abs(X-160),62)")
_FLAMEIN = f"lt(abs(X-160-6*sin(Y/6+N*1.7)),max(Y-70,0)*0.3)*between(Y,70,{_WY}-3)"
_HANDLE = f"lt(abs(Y-{_WY}-4-(X-226)*0.15),3)*between(X,224,310)"
_COOK = "lt(hypot((X-210)/52,(Y-64)/78),1)"
_CARM = "lt(abs(Y-96-(X-240)*0.3),8)*between(X,228,270)"
_TILES = "gt(lt(mod(X,20),1.4)+lt(mod(Y,20),1.4),0)"
_COALS = "gt(sin(X*0.9+sin(Y*0.7)*3+N*0.3)*sin(Y*1.1+N*0.05),0.35)"
_GBARS = "lt(mod(X,12),2)*between(Y,104,124)"
_SKEWERS = _either(*[f"between(Y,{y - 5},{y + 5})*lt(abs(mod(X+{7 * k},20)-10),6)*between(X,40,280)"
                     for k, y in enumerate([62, 76, 90])])
_STICKS2 = _either(*[f"lt(abs(Y-{y}),1)*between(X,22,300)" for y in [62, 76, 90]])
_SMOKEG = "(0.5+0.5*sin(X/17+Y/11+N*0.2))*exp(-pow((Y-30)/40,2))"
_FX_ = "(mod(X+8*mod(floor(Y/14),2),16)-8)"
_FY_ = "(mod(Y,14)-7)"
_FRUIT = f"lt(hypot({_FX_},{_FY_}),7.2)*between(Y,92,172)*between(X,8,312)"
_FKIND = "floor(X/80)"
_PRICE = "between(mod(X,80),30,52)*between(Y,78,90)"
_PRICETXT = "lt(mod(X,4),2)*lt(abs(Y-84),1.5)*between(mod(X,80),33,49)"
_BULB = "lt(hypot(X-150,Y-30),7)"
_CORD = "lt(abs(X-150),1)*lt(Y,24)"
_BLIGHT = "(0.45+0.9*exp(-hypot(X-150,Y-30)/110))"
_SIGNS = [("between(X,20,70)*between(Y,20,40)", 200, 160, 220), ("between(X,36,76)*between(Y,52,88)", 190, 200, 90),
          ("between(X,84,110)*between(Y,34,72)", 180, 90, 110), ("between(X,214,238)*between(Y,30,80)", 200, 90, 210),
          ("between(X,250,306)*between(Y,14,32)", 210, 210, 150), ("between(X,244,280)*between(Y,50,70)", 190, 60, 150)]


def _mirror(mask):
    """mask reflected in the wet ground (the line Y = 108)."""
    return mask.replace("Y", "(216-Y)")


_WALLS = _either("lt(X,116-0.4*(Y-90))*lt(Y,108)", "gt(X,204+0.4*(Y-90))*lt(Y,108)")
_WALKERS = _either("lt(hypot((X-146)/6,(Y-96)/12),1)", "lt(hypot(X-146,Y-82),4)",
                   "lt(hypot((X-178)/5,(Y-98)/10),1)", "lt(hypot(X-178,Y-86),3.4)")
_STEAMERS = _either("between(X,50,150)*between(Y,84,160)", "between(X,176,286)*between(Y,96,160)")
_STLINES = "lt(mod(Y,6),1.5)"
_STTOP = "lt(hypot((X-100)/50,(Y-84)/10),1)"
_DUMPL = "lt(hypot(mod(X-62,18)-9,(mod(Y-78,8)-4)*1.6),6)*lt(hypot((X-100)/46,(Y-84)/8),1)"
_STEAM = "exp(-pow((X-110-10*sin(Y/11+N*0.2))/(20+0.35*(84-Y)),2))*lt(Y,84)*(0.6+0.4*sin(Y/7-N*0.4))"

# A 1960s surf film.
_BX = "(270-1.1*N)"
_CREST = f"(96-36*exp(-pow((X-{_BX}+40)/80,2)))"
_FACE = f"between(Y,{_CREST},156)"
_FOAM = f"gt(X,{_BX})*between(Y,{_CREST}-8,{_CREST}+26+6*sin(X/5+N*0.5))"
_SX = f"({_BX}-70)"
_SURFER = _either(f"lt(hypot((X-{_SX})/5,(Y-106)/12),1)", f"lt(hypot(X-{_SX}-1,Y-91),4)",
                  f"lt(abs(Y-101-(X-{_SX})*0.15),1.8)*lt(abs(X-{_SX}),12)")
_BOARD = f"lt(hypot((X-{_SX})/18,(Y-119)/2.6),1)"


def _umbrella(x, y, r):
    """A striped beach umbrella of radius r at (x, y): (canopy, stripes, pole)."""
    return (f"lt(hypot(X-{x},Y-{y}),{r})*lt(Y,{y})", f"gt(sin(atan2(Y-{y},X-{x})*8),0)",
            f"lt(abs(X-{x}),1.2)*between(Y,{y},{y + 40})")


_UMBS = [_umbrella(60, 112, 26), _umbrella(190, 122, 30)]
_WOODIE = "between(X,228,312)*between(Y,120,150)"
_WPANEL = "lt(mod(X,16),2)"
_WWIN = "between(X,240,300)*between(Y,104,120)"
_RACK = "between(X,224,316)*between(Y,98,103)"
_WHEELS = _either("lt(hypot(X-250,Y-152),9)", "lt(hypot(X-294,Y-152),9)")
_SUNBATHER = "lt(hypot((X-120)/16,(Y-150)/4),1)"
_SCX = "(160+8*sin(N*0.07))"
_STORSO = f"lt(hypot((X-{_SCX})/16,(Y-88)/30),1)"
_STRUNKS = f"between(Y,112,128)*lt(abs(X-{_SCX}),16)"
_SLEGS = f"(lt(abs(X-{_SCX}+10+(Y-128)*0.3),5)+lt(abs(X-{_SCX}-10-(Y-128)*0.3),5))*between(Y,128,158)"
_SHEAD = f"lt(hypot(X-{_SCX}-4,Y-46),12)"
_SHAIR = f"lt(hypot(X-{_SCX}-4,Y-42),13)*lt(Y,44)"
_SARMS = f"lt(abs(Y-76-(X-{_SCX})*0.2),4)*between(abs(X-{_SCX}),14,62)"
_SBOARD = f"lt(hypot((X-{_SCX})/80,(Y-162)/6),1)"
_SSPRAY = "lt(hypot(mod(X+N*5+9*floor(Y/11),19)-9,mod(Y-N*2,11)-5),1.6)*gt(Y,120)*lt(X,100)"
_BOARDS = [(f"lt(hypot((X-{40 + 48 * k})/14,(Y-98)/72),1)*lt(Y,164)", c) for k, c in
           enumerate([(220, 70, 200), (200, 200, 80), (120, 180, 100), (230, 128, 128), (150, 60, 170), (180, 110, 190)])]
_SUN = "lt(hypot(X-204,Y-70),16)"
_GLITTER = "gt(sin(X*1.3+N*0.8)*sin(Y*2.1+N*0.5),0.7)*exp(-pow((X-204)/32,2))"
_PIER = _either("between(Y,82,88)*lt(X,150)", "lt(mod(X,14),2)*between(Y,82,122)*lt(X,150)")
_FIRE = "lt(abs(X-160-5*sin(Y/5+N*1.4)),max(150-Y,0)*0.35)*between(Y,98+6*sin(N*1.1),150)"
_FIREMEN = _either("lt(hypot((X-84)/14,(Y-140)/22),1)", "lt(hypot(X-84,Y-112),8)",
                   "lt(hypot((X-238)/14,(Y-138)/22),1)", "lt(hypot(X-238,Y-110),8)")
_SPARKS = "lt(hypot(mod(X+N*1.0+13*floor(Y/30),41)-20,mod(Y+N*4,30)-15),1)*between(X,120,200)*lt(Y,104)"
_STARS = "gt(sin(X*12.9+Y*7.7)*sin(X*3.1-Y*9.3),0.985)*lt(Y,70)"

# A documentary about a watchmaker.
_DRAWERS = "gt(lt(mod(X,24),2)+lt(mod(Y,16),2),0)*lt(Y,120)"
_KNOBS = "lt(hypot(mod(X,24)-12,mod(Y,16)-8),1.6)*lt(Y,120)"
_WMBODY = "lt(hypot((X-112)/44,(Y-116)/56),1)"
_WMHEAD = "lt(hypot((X-122)/15,(Y-54)/18),1)"
_WMLOUPE = "lt(hypot(X-136,Y-50),4.5)"
_WMARM = "lt(abs(Y-112-(X-150)*0.3),6)*between(X,130,196)"
_LAMPHEAD = "lt(abs(X-232),16-0.5*(62-Y))*between(Y,44,62)"
_LAMPARM = _either("lt(abs(Y-44+(X-240)*0.55),2)*between(X,240,300)", "lt(abs(X-300),2)*between(Y,10,170)")
_BULBW = "lt(hypot((X-232)/14,(Y-62)/3),1)"
_WCASE = "lt(hypot(X-206,Y-142),11)"
_WLIGHT = "(0.42+0.9*exp(-hypot((X-220)/1.3,Y-130)/70))"


def _gear(cx, cy, r, teeth, w):
    """A gear at (cx, cy) of radius r with teeth, turning w radians a frame: (gear, hub)."""
    rr, a = f"hypot(X-{cx},Y-{cy})", f"(atan2(Y-{cy},X-{cx})+N*{w})"
    body = (f"(lt({rr},{r - 4})*not(between({rr},10,{r - 9})*gt(abs(sin({a}*2)),0.3))"
            f"+between({rr},{r - 4},{r + 4})*lt(mod({a}*{teeth}/6.2832,1),0.5))")
    return f"gt({body},0)", f"lt({rr},5)"


_GEARS = [_gear(118, 96, 52, 24, 0.05), _gear(212, 66, 38, 18, -0.0667), _gear(236, 150, 26, 12, 0.1)]
_PERLAGE = "gt(sin(hypot(mod(X,16)-8,mod(Y,16)-8)*1.3),0.3)"
_TH = "(1.6*sin(N*0.52))"
_BR = "hypot(X-160,Y-90)"
_BA = f"(atan2(Y-90,X-160)-{_TH})"
_BRIM = f"between({_BR},56,64)"
_BSCREW = f"lt(mod({_BA}*18/6.2832,1),0.3)*between({_BR},64,68)"
_BSPOKE = f"lt(abs(sin(3*{_BA}))*{_BR},2.6)*lt({_BR},57)*gt(cos(3*{_BA}),0)"
_HSPRING = f"lt(abs(mod({_BR}+4*(atan2(Y-90,X-160)+0.3*{_TH})/6.2832,4)-2),0.6)*between({_BR},9,32)"
_CCX = "(mod(X,80)-40)"
_CCY = "(mod(Y,90)-32)"
_CELL = "(floor(X/80)+4*floor(Y/90))"
_CTH = f"(0.35*sin(N*0.26+{_CELL}*1.3))"
_CFACE = f"lt(hypot({_CCX},{_CCY}),20)"
_CRIM = f"between(hypot({_CCX},{_CCY}),20,24)"


def _clockhand(x, y, a, length, width):
    """A clock hand from (x, y) at angle a (clockwise from twelve)."""
    return (f"lt(abs(({x})*cos({a})+({y})*sin({a})),{width})"
            f"*between(({x})*sin({a})-({y})*cos({a}),-2,{length})")


_CHANDS = _either(_clockhand(_CCX, _CCY, f"({_CELL}*1.1)", 15, 1.1), _clockhand(_CCX, _CCY, f"({_CELL}*2.9+1)", 10, 1.6))
_CROD = f"lt(abs({_CCX}-({_CCY}-24)*sin({_CTH})),1)*between({_CCY},24,50)"
_CBOB = f"lt(hypot({_CCX}-28*sin({_CTH}),{_CCY}-54),6)"
_LR = "hypot(X-160,Y-90)"
_LIRIS = "lt(hypot(X-160,Y-90),17)"
_LPUPIL = "lt(hypot(X-160,Y-90),7)"
_LSCLERA = "lt(hypot((X-160)/36,(Y-90)/18),1)"
_LCATCH = "lt(hypot(X-167,Y-83),3)"
_TWFACE = "lt(hypot(X-160,Y-96),34)"
_TWTICK = "lt(mod((atan2(Y-96,X-160)+0.2618)*12/6.2832,1),0.08)*between(hypot(X-160,Y-96),26,32)"
_TWHANDS = _either(_clockhand("(X-160)", "(Y-96)", "(0.6+N*0.0006)", 26, 1.6),
                   _clockhand("(X-160)", "(Y-96)", "2.1", 17, 2.4))
_TOWER = "between(X,110,210)*gt(Y,34)"
_SPIRE = "lt(abs(X-160),Y*1.2)*lt(Y,34)"
_BLOCKS = "gt(lt(mod(Y,12),1.3)+lt(mod(X+10*mod(floor(Y/12),2),20),1.3),0)"
_BIRDS = "lt(hypot(mod(X-N*2.5,97)-48,(Y-28-10*sin(floor((X-N*2.5)/97)))*2.4),3)"

# A chess championship broadcast.
_SQ = "22.5"
_BCOL = f"floor((X-70)/{_SQ})"
_BROW = f"floor(Y/{_SQ})"
_BOARDM = "between(X,70,250)"


def _occupied(c, r):
    """1 on the squares (column c, row r) that hold a piece, of which white(c, r) says the colour."""
    return f"gt(sin({c}*3.7+{r}*5.3+1.1),0.35)"


def _white(c, r):
    return f"gt(sin({c}*1.9+{r}*2.7),0)"


_PIECE = (f"lt(hypot(mod(X-70,{_SQ})-11.25,mod(Y,{_SQ})-11.25),8)*{_BOARDM}*{_occupied(_BCOL, _BROW)}")
_CROWN = f"lt(hypot(mod(X-70,{_SQ})-11.25,mod(Y,{_SQ})-11.25),3)*{_BOARDM}"
_T = "((Y-60)/115)"
_ROWF = f"(8*(1/0.35-1/(0.35+0.65*{_T}))/(1/0.35-1))"
_COLF = f"((X-160)/(60+100*{_T})*4+4)"
_SIDEB = f"between({_COLF},0,8)*between(Y,60,175)"
_SIDEP = (f"{_SIDEB}*{_occupied(f'floor({_COLF})', f'floor({_ROWF})')}*lt(hypot(mod({_COLF},1)-0.5,"
          f"(mod({_ROWF},1)-0.5)*1.3),0.32)")
_BOKEH = "exp(-pow(hypot(mod(X+17*floor(Y/30),46)-23,mod(Y,30)-15)/7,4))"


def _player(x, y, hair, glasses):
    """A player's face at (x, y) looking down at the board, eyes moving; hand under the chin."""
    ex = f"(2*sin(N*0.05+{x}))"
    face = f"lt(hypot((X-{x})/28,(Y-{y})/36),1)"
    hair_m = (f"lt(hypot((X-{x})/32,(Y-{y}+8)/38),1)*lt(Y,{y}-14)" if not hair else
              f"lt(hypot((X-{x})/38,(Y-{y}+4)/44),1)*not(lt(hypot((X-{x})/26,(Y-{y}-6)/34),1)*gt(Y,{y}-18))")
    eyes = f"lt(hypot((abs(X-{x})-11)/5,(Y-{y}+4)/2.6),1)"
    pupils = f"lt(hypot(abs(X-{x}-{ex})-11,Y-{y}+4),1.8)"
    brows = f"lt(abs(Y-{y}+12+0.1*abs(X-{x})),1.4)*between(abs(X-{x}),5,18)"
    rims = f"lt(abs(hypot(abs(X-{x})-11,Y-{y}+4)-8),1.1)" if glasses else "0"
    mouth = f"lt(hypot((X-{x})/8,(Y-{y}-20)/1.5),1)"
    hand = _either(f"lt(hypot((X-{x}-6)/22,(Y-{y}-44)/13),1)", f"lt(abs(X-{x}-22-(Y-{y}-50)*0.3),7)*gt(Y,{y}+50)")
    body = f"gt(Y,{y}+34)*lt(abs(X-{x}),40+0.7*(Y-{y}-34))"
    return dict(face=face, hair=hair_m, eyes=eyes, pupils=pupils, brows=brows, rims=rims, mouth=mouth,
                hand=hand, body=body)


_PA = _player(150, 74, 0, 0)
_PB = _player(172, 70, 1, 1)
_CLK = "between(X,60,260)*between(Y,72,154)"
_CLKFACES = _either("lt(hypot(X-110,Y-110),32)", "lt(hypot(X-210,Y-110),32)")
_CLKTICKS = _either("lt(mod((atan2(Y-110,X-110)+0.2618)*12/6.2832,1),0.1)*between(hypot(X-110,Y-110),24,30)",
                    "lt(mod((atan2(Y-110,X-210)+0.2618)*12/6.2832,1),0.1)*between(hypot(X-210,Y-110),24,30)")
_CLKHANDS = _either(_clockhand("(X-110)", "(Y-110)", "(N*0.05)", 26, 1.2), _clockhand("(X-110)", "(Y-110)", "1.4", 16, 2),
                    _clockhand("(X-210)", "(Y-110)", "4.2", 26, 1.2), _clockhand("(X-210)", "(Y-110)", "5.5", 16, 2))
_CLKBTN = _either("between(X,94,126)*between(Y,60,72)", "between(X,194,226)*between(Y,66,72)")
_CLKFLAG = "lt(abs(X-222-(Y-82)*0.2),3)*between(Y,78,92)"


def _hallrow(y, sp, s, off):
    """A row of tables at height y, every sp pixels, scaled by s: (cloth, board, players)."""
    u = f"(mod(X+{off},{sp})-{sp / 2})"
    return (f"between(Y,{y},{y + 8 * s})*lt(abs({u}),{18 * s})",
            f"between(Y,{y - 3 * s},{y})*lt(abs({u}),{8 * s})",
            _either(f"lt(hypot(abs({u})-{15 * s},Y-{y - 9 * s}),{6 * s})",
                    f"lt(abs(abs({u})-{15 * s}),{6 * s})*between(Y,{y - 4 * s},{y + 12 * s})"))


_HROWS = [_hallrow(64, 58, 0.6, 11), _hallrow(96, 80, 0.8, 33), _hallrow(138, 112, 1.15, 0)]
_HLIGHTS = "lt(mod(X,40),16)*between(Y,6,10)"
_DEMO = "between(X,176,304)*between(Y,16,144)"
_DEMOSQ = "mod(floor((X-176)/16)+floor((Y-16)/16),2)"
_DEMOP = (f"lt(hypot(mod(X-176,16)-8,mod(Y-16,16)-8),5)*{_occupied('floor((X-176)/16)', 'floor((Y-16)/16)')}")
_COMM = _either("lt(hypot(X-62,Y-74),13)", "lt(hypot((X-62)/30,(Y-132)/42),1)",
                "lt(hypot(X-128,Y-80),12)", "lt(hypot((X-128)/28,(Y-136)/40),1)")
_COMMFACE = _either("lt(hypot(X-62,Y-76),11)", "lt(hypot(X-128,Y-82),10)")
_DESK = "gt(Y,146)"

LAVFI_P = {
    # A 1950s jazz club film.
    "sax-p": _paint([(_JKEYS, 230, 80, 150), (_JSAX, 196, 62, 162), (_JHAT, 14, 128, 128),
                     (_JHEAD, f"30+60*{_JSPOT}", 116, 146), (_JBODY, 16, 134, 126)],
                    (f"(30-14*{_BRICK})*(0.45+2.2*{_JSPOT})+28*{_SMOKEJ}*{_JSPOT}", f"150-30*{_JSPOT}",
                     f"120+36*{_JSPOT}")),
    "piano-p": _paint([(h[1], 150, 108, 152) for h in _HANDS] + [(h[0], 156, 108, 152) for h in _HANDS]
                      + [(h[2], 22, 138, 126) for h in _HANDS]
                      + [(_BKEYS, 14, 128, 128), (_KLINE, 110, 128, 128), (_WKEYS, "222-0.2*(Y-104)", 124, 134),
                         ("between(Y,86,104)", "14+30*lt(abs(Y-100),1.5)", 128, 132)],
                      ("14+46*exp(-pow((Y-40)/12,2))*(0.5+0.5*sin(X/30))", 132, 126),
                      "(0.55+0.6*exp(-hypot(X-220,Y-120)/140))"),
    "drums-p": _paint([(_STICKS, 210, 110, 150), (_BDRIM, 70, 112, 190), (_BD, "176+10*sin(X/9)", 120, 136),
                       (_TOMS, 180, 124, 134), (_TOMSIDE, 80, 110, 196),
                       (_CYM, "150+80*gt(sin(X*0.7+Y*0.3+N*1.1),0.85)", 74, 150), (_STANDS, 150, 128, 128),
                       (_DRUMMER, 14, 128, 128)],
                      ("16+26*exp(-pow(Y/40,2))+10*sin(X/17)*sin(Y/13)", 160, 118),
                      add="24*exp(-hypot(X-160,Y-20)/60)"),
    "tables-p": _paint([(_TCAN, 250, 90, 160), (_THEAD, 10, 128, 128), (_TTOP, 86, 112, 150)],
                       ("18+44*exp(-pow(hypot((X-160)/90,(Y-28)/18),2))+14*sin(X/21+N*0.03)*exp(-pow((Y-40)/30,2))",
                        "if(lt(Y,60),150,132)", "if(lt(Y,60),112,136)"),
                       add=_TGLOW),
    "bar-p": _paint([(_SHAKER, 230, 128, 128), (_BTHEAD, 150, 110, 150), (_BTSHIRT, 214, 128, 128),
                     (_BTBODY, 22, 128, 128), (_GLASSES, "190+40*lt(mod(X,46),20)", 128, 124),
                     ("between(Y,116,122)", 196, 96, 150), ("gt(Y,122)", "56+8*sin(X/3+sin(Y/5))", 112, 150),
                     (_SHELF, 170, 110, 150),
                     (_BOT, "80+70*lt(abs(mod(X,18)-7),1)", f"128+44*sin({_BOTK})", f"128+44*cos({_BOTK}*0.7)")],
                    ("46+34*exp(-pow((Y-44)/30,2))", 118, 148)),
    "credits-p": f"color=c=0x080c14:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=14:fontcolor=0xd8e4ff:"
                 "line_spacing=9:textfile=SIXTEENREEL:x=(w-tw)/2:y=h-2.6*n",
    "sign-p": _text(_text(_paint([(_DOORMAN, 14, 128, 128), (_DOOR, 150, 100, 162),
                                  ("gt(Y,152)", "30+60*exp(-pow((X-190)/70,2))*(0.6+0.4*sin(Y*1.5+N*0.3))", 132, 170)],
                                 ("(40-16*" + _BRICK + ")+46*exp(-pow((Y-52)/16,2))*between(X,90,316)", 130, 160),
                                 add="70*" + _RAIN),
                          "THE LAMPLIGHTER", 22, 98, 40, "0xff70c8"),
                    "JAZZ  NIGHTLY", 14, 150, 74, "0x60d8ff"),
    # A 1930s newsreel.
    "airship-p": _paint([(_GONDOLA, 40, 128, 128), (_FINS, 120, 128, 128),
                         (_HULL, f"clip(176+54*(58-Y)/19,90,236)-26*{_RIBS}", 128, 128),
                         (_MAST, f"40+80*{_LATTICE}", 128, 128),
                         ("gt(Y,156)", "56+30*gt(sin(X*1.3)*sin(Y*2.1),0.3)", 128, 128)],
                        (f"190-0.5*Y+34*{_NCLOUD}", 128, 128)),
    "crowd-p": _paint([(_HHAT, f"34+150*gt(sin({_HK}*2.7),0.5)", 128, 128),
                       (_HFACE, f"166-14*sin({_HK})", 128, 128), ("lt(Y,26)", "196-2*Y+20*lt(mod(X,30),3)", 128, 128)],
                      ("54+10*sin(X/4)", 128, 128)),
    "liner-p": _paint([(_PEOPLE, 22, 128, 128), (_PLATFORM, "150+14*lt(mod(X,12),1)", 128, 128),
                       (_BUNTING, "120+100*lt(mod(X,32),16)", 128, 128),
                       (f"{_BOW}*between(Y,40,45)", 210, 128, 128),
                       (_BOW, f"62+10*lt(mod(Y,12),1)+34*{_RIVET}", 128, 128)],
                      ("214-0.5*Y", 128, 128)),
    "speaker-p": _paint([(_MICSTAND, 150, 128, 128), (_MIC, f"110+60*{_MICGRID}", 128, 128),
                         (_SMOUTH, 24, 128, 128), (_SMOUST, 28, 128, 128), (_SEYES, 22, 128, 128),
                         (_STOPHAT, "20+30*lt(abs(Y-52),2)", 128, 128),
                         (_SFACE, f"172-18*pow((X-{_SPX})/26,2)", 128, 128), (_SCOLLAR, 232, 128, 128),
                         (_SCOAT, 30, 128, 128)],
                        ("if(lt(Y,70),110+70*gt(sin(X/12),0),96)", 128, 128)),
    "parade-p": _paint([(_TUBA, 236, 128, 128), (_MSHAKO, 26, 128, 128), (_MHEAD, 162, 128, 128),
                        (_MLEGS, 214, 128, 128), (_MBODY, 38, 128, 128),
                        (_BLDG, f"126-50*{_WINDOWS}*gt(Y,20)", 128, 128)],
                       ("if(lt(Y,60),206-Y,96+12*sin(X*1.9)*sin(Y*1.3))", 128, 128)),
    "boxing-p": _paint([(_BOXERS[0][1], 90, 128, 128), (_BOXERS[0][2], 226, 128, 128), (_BOXERS[0][0], 188, 128, 128),
                        (_BOXERS[1][1], 46, 128, 128), (_BOXERS[1][2], 20, 128, 128), (_BOXERS[1][0], 128, 128, 128),
                        (_ROPES, 226, 128, 128), (_POSTS, 70, 128, 128),
                        ("between(Y,130,176)*between(X,20,300)", 204, 128, 128)],
                       ("24+30*lt(hypot(mod(X,18)-9,mod(Y,16)-8),6)*lt(Y,84)", 128, 128),
                       add="80*exp(-hypot(X-160,Y)/70)"),
    # A night market.
    "lanterns-p": _paint([(_CROWD2, 8, 128, 132), (_CROWD1, 22, 128, 134), (_CROWD1B, 26, 132, 132),
                          (_AWNING, "110+70*gt(sin(X/6),0)", 120, "170+40*gt(sin(X/6),0)")]
                         + [(row[1], 40, 128, 128) for row in _LROWS]
                         + [(row[0], "150+50*(1-abs(sin(Y)))", 92, 214) for row in _LROWS],
                         ("16+12*lt(mod(X,9),4)*lt(mod(Y,11),5)*gt(sin(X/3.1+Y*1.7),0.5)*lt(Y,100)", 140, 134),
                         add="+".join(f"46*{row[2]}" for row in _LROWS)),
    "wok-p": _paint([(_FLAMEIN, 246, 96, 160), (_FLAMES, "200+30*sin(Y/4+N)", 64, 196),
                     (_NOODLES, "150+40*gt(sin(X*0.9+Y*2.3+N),0.3)", 76, 150), (_WOKRIM, 190, 128, 128),
                     (_WOK, 26, 128, 128), (_HANDLE, 50, 128, 128), (_CARM, 200, 128, 128),
                     (_COOK, "196+10*sin(Y/6)", 128, 124)],
                    (f"64-20*{_TILES}", 120, 120),
                    "(0.6+0.5*exp(-hypot(X-160,Y-100)/90))"),
    "grill-p": _paint([(_SKEWERS, "84+30*gt(sin(X*1.9+Y),0.5)", 106, 158), (_STICKS2, 170, 100, 140),
                       (_GBARS, 28, 128, 128), ("gt(Y,124)", f"40+150*{_COALS}", 96, f"150+60*{_COALS}")],
                      ("18", 128, 132),
                      add=f"52*{_SMOKEG}"),
    "stall-p": _paint([(_BULB, 252, 100, 150), (_CORD, 20, 128, 128), (_PRICETXT, 30, 128, 128),
                       (_PRICE, 236, 128, 128),
                       (_FRUIT, f"if(eq({_FKIND},1),120,if(eq({_FKIND},3),100,160))-30*gt(hypot({_FX_},{_FY_}),5)",
                        f"if(eq({_FKIND},0),60,if(eq({_FKIND},1),140,if(eq({_FKIND},2),80,110)))",
                        f"if(eq({_FKIND},0),190,if(eq({_FKIND},1),212,if(eq({_FKIND},2),110,192)))"),
                       ("lt(Y,40)", "40+16*gt(sin(X/8),0)", 140, 120), ("lt(hypot((X-248)/24,(Y-66)/34),1)", 36, 128, 128)],
                      ("44", 128, 130),
                      _BLIGHT),
    "alley-p": _paint([(_WALKERS, 8, 128, 128)]
                      + [(m, lm, b, r) for m, lm, b, r in _SIGNS]
                      + [(_mirror(m), f"{lm}*0.45*(0.7+0.3*sin(Y*1.7+N*0.4))", b, r) for m, lm, b, r in _SIGNS]
                      + [(_WALLS, "28+10*lt(mod(Y,14),1)", 130, 128),
                         ("gt(Y,108)", "22+10*sin(X/5+Y*1.2)", 128, 128)],
                      ("if(between(X,140,180)*lt(Y,40),34,16)", 140, 126)),
    "dumpling-p": _paint([(_DUMPL, 222, 124, 130), (_STTOP, 170, 104, 148),
                          (_STEAMERS, f"140-40*{_STLINES}", 100, 152)],
                         ("30+8*sin(X/13)", 124, 134),
                         "(0.6+0.5*exp(-hypot(X-160,Y-60)/120))",
                         f"110*{_STEAM}"),
    # A 1960s surf film.
    "wave-p": _paint([(_BOARD, 232, 84, 186), (_SURFER, 40, 128, 140),
                      (_FOAM, "226+20*gt(sin(X*1.7+Y*1.9+N),0.4)", 128, 124),
                      (_FACE, f"70+40*(Y-{_CREST})/90+14*sin(Y/3+X/40)", 150, 100),
                      ("gt(Y,156)", "116+20*sin(X/9+N*0.3)*sin(Y/2)", 152, 104)],
                     ("206-0.7*Y", 156, 108)),
    "beach-p": _paint([(_SUNBATHER, 150, 110, 158)]
                      + [(u[2], 230, 128, 128) for u in _UMBS]
                      + [(u[0], f"120+110*{u[1]}", f"if({u[1]},128,110)", f"if({u[1]},128,210)") for u in _UMBS]
                      + [(_WHEELS, 20, 128, 128), (_RACK, 220, 170, 90), (_WWIN, 60, 140, 120),
                         (_WOODIE, f"140-40*{_WPANEL}", 100, 156),
                         ("between(Y,84,91)", 232, 128, 124), ("between(Y,58,84)", "110+20*sin(X/5+N*0.2)", 158, 100),
                         ("gt(Y,91)", "204-0.2*(Y-91)+8*sin(X*2.1+Y*1.7)", 104, 140)],
                      ("200-0.8*Y", 154, 110)),
    "surfer-p": _paint([(_SSPRAY, 240, 128, 126), (_SBOARD, 236, 90, 188), (_SARMS, 146, 110, 160),
                        (_SHAIR, 214, 90, 150), (_SHEAD, 140, 110, 160), (_STRUNKS, 60, 164, 90),
                        (_SLEGS, 140, 110, 160), (_STORSO, 150, 110, 160)],
                       ("if(lt(Y,30+8*sin(X/20-N*0.2)),228,110+20*sin(Y/4+X/30-N*0.2))",
                        "if(lt(Y,30),128,140)", "if(lt(Y,30),126,100)")),
    "boards-p": _paint([("lt(abs(X-" + str(40 + 48 * k) + "),1.5)*lt(Y,164)", 60, 128, 128) for k in range(6)]
                       + [(m, c[0], c[1], c[2]) for m, c in _BOARDS]
                       + [("gt(Y,150)", "200+8*sin(X*2.3+Y*1.1)", 104, 142)],
                       ("214-0.6*Y", 156, 106)),
    "sunset-p": _paint([(_PIER, 10, 128, 130), (_SUN, 250, 90, 170),
                        ("gt(Y,90)", f"40+150*{_GLITTER}+10*sin(X/7+N*0.2)", f"if({_GLITTER},90,130)",
                         f"if({_GLITTER},170,150)")],
                       ("100+110*exp(-pow((Y-72)/46,2))", 72, 192)),
    "bonfire-p": _paint([(_FIREMEN, 8, 128, 128), (_FIRE, 240, 60, 200), ("gt(Y,96)", "40+8*sin(X*1.7+Y*2.3)", 112, 150),
                         ("between(Y,70,96)", "20+8*sin(X/5+N*0.2)", 150, 116), (_STARS, 220, 128, 128)],
                        ("12+0.06*Y", 150, 120),
                        "(0.5+1.2*exp(-hypot(X-160,Y-140)/60))",
                        "200*" + _SPARKS),
    # A documentary about a watchmaker.
    "bench-p": _paint([(_BULBW, 250, 110, 150), (_LAMPHEAD, 40, 128, 128), (_LAMPARM, 60, 128, 128),
                       (_WMLOUPE, 12, 128, 128), (_WMHEAD, "150+40*exp(-hypot(X-118,Y-40)/8)", 110, 152),
                       (_WMARM, 64, 140, 120), (_WMBODY, 62, 140, 122), (_WCASE, 206, 118, 134),
                       ("gt(Y,120)", "110+12*sin(X/3+sin(Y/5)*2)+60*lt(abs(Y-150-0.2*X),1)", 108, 152),
                       (_KNOBS, 180, 100, 150)],
                      (f"70-20*{_DRAWERS}", 110, 150),
                      _WLIGHT),
    "gears-p": _paint([(g[1], 90, 120, 200) for g in _GEARS]
                      + [(g[0], "170+30*sin(hypot(X-118,Y-96)/2)", 92, 150) for g in _GEARS],
                      (f"112+24*{_PERLAGE}", 128, 128),
                      "(0.6+0.5*exp(-hypot(X-140,Y-70)/120))"),
    "balance-p": _paint([("lt(hypot(X-160,Y-90),5)", 90, 120, 200), (_HSPRING, 220, 164, 112), (_BSCREW, 230, 80, 150),
                         (_BRIM, 190, 90, 150), (_BSPOKE, 180, 90, 150)],
                        ("46+16*sin(X/9+Y/13)+30*lt(mod(X+Y,40),2)", 128, 132),
                        "(0.7+0.4*exp(-hypot(X-120,Y-50)/90))"),
    "clocks-p": _paint([(_CBOB, 210, 90, 150), (_CROD, 120, 110, 150), (_CHANDS, 20, 128, 128),
                        (_CFACE, "222-30*pow(hypot(" + _CCX + "," + _CCY + ")/20,2)", 118, 136), (_CRIM, 80, 110, 156)],
                       ("70+14*gt(sin(X/5)*sin(Y/5),0.5)", 124, 146),
                       "(0.7+0.4*exp(-hypot(X-200,Y-40)/150))"),
    "loupe-p": _paint([(_LCATCH, 250, 128, 128), (_LPUPIL, 8, 128, 128),
                       (_LIRIS, "90+30*sin(atan2(Y-90,X-160)*14)*gt(hypot(X-160,Y-90),8)", 108, 152),
                       (f"{_LSCLERA}*lt({_LR},40)", 206, 126, 134),
                       (f"lt({_LR},40)", "150-20*(Y-70)/40", 110, 152),
                       (f"lt({_LR},68)", f"20+40*exp(-pow(({_LR}-54)/3,2))*gt(Y,90)", 128, 128)],
                      ("140+10*sin(X/7)*sin(Y/9)", 110, 150)),
    "tower-p": _paint([(_BIRDS, 30, 128, 128), (_TWHANDS, 20, 128, 128), (_TWTICK, 30, 128, 128),
                       (_TWFACE, 230, 124, 134), (_SPIRE, 70, 130, 120), (_TOWER, f"160-40*{_BLOCKS}", 112, 144)],
                      ("190-0.4*Y+30*max(0,sin(X/37+N*0.01)*sin(Y/13))", 156, 110)),
    # A chess championship broadcast.
    "board-p": _paint([(f"{_CROWN}*{_occupied(_BCOL, _BROW)}", f"if({_white(_BCOL, _BROW)},200,60)", 128, 128),
                       (_PIECE, f"if({_white(_BCOL, _BROW)},236,30)", 126, 132),
                       (_BOARDM, f"if(mod({_BCOL}+{_BROW},2),112,206)", f"if(mod({_BCOL}+{_BROW},2),108,120)",
                        f"if(mod({_BCOL}+{_BROW},2),152,140)")],
                      ("58+10*sin(X/3+sin(Y/9)*3)", 110, 150),
                      "(0.8+0.25*exp(-hypot(X-160,Y-90)/120))"),
    "boardside-p": _paint([(_SIDEP, f"if({_white(f'floor({_COLF})', f'floor({_ROWF})')},236,28)", 126, 132),
                           (_SIDEB, f"if(mod(floor({_COLF})+floor({_ROWF}),2),112,206)", 116, 146),
                           ("gt(Y,60)", "60+10*sin(X/3)", 110, 150)],
                          (f"20+60*{_BOKEH}", 140, 124)),
    "playera-p": _paint([(_PA["hand"], 156, 110, 154), (_PA["mouth"], 90, 120, 170), (_PA["pupils"], 20, 128, 128),
                         (_PA["eyes"], 220, 128, 128), (_PA["brows"], 40, 128, 128), (_PA["hair"], 36, 128, 128),
                         (_PA["face"], f"168-16*pow((X-150)/28,2)", 108, 154),
                         (f"{_PA['body']}*lt(abs(X-150),(Y-108)*0.35)", 226, 128, 128), (_PA["body"], 30, 136, 124)],
                        (f"40+40*{_BOKEH}", 150, 118)),
    "playerb-p": _paint([(_PB["hand"], 160, 112, 150), (_PB["mouth"], 80, 120, 180), (_PB["rims"], 20, 128, 128),
                         (_PB["pupils"], 20, 128, 128), (_PB["eyes"], 220, 128, 128), (_PB["brows"], 50, 128, 128),
                         (_PB["face"], f"172-16*pow((X-172)/28,2)", 110, 152), (_PB["hair"], 66, 110, 150),
                         (_PB["body"], "80+10*lt(mod(Y,5),1)", 110, 192)],
                        (f"56+30*{_BOKEH}", 118, 146)),
    "clock-p": _paint([(_CLKFLAG, 90, 100, 210), (_CLKHANDS, 14, 128, 128), (_CLKTICKS, 40, 128, 128),
                       (_CLKFACES, 232, 124, 132), (_CLKBTN, 40, 128, 128),
                       (_CLK, "110+12*sin(X/2+sin(Y/6)*2)", 100, 156), ("gt(Y,154)", "70+8*sin(X/3)", 110, 150)],
                      (f"30+30*{_BOKEH}", 140, 124)),
    "hall-p": _paint([(row[2], 40, 128, 128) for row in _HROWS[::-1]]
                     + [(row[1], "if(gt(sin(X*2.2)*sin(Y*2.2),0),220,50)", 128, 128) for row in _HROWS[::-1]]
                     + [(row[0], 206, 126, 130) for row in _HROWS[::-1]]
                     + [(_HLIGHTS, 250, 128, 128), ("lt(Y,40)", "30+10*sin(X/11)", 130, 126)],
                     ("70+20*lt(mod(X+Y,24),2)", 114, 146),
                     add="40*exp(-pow((Y-8)/14,2))"),
    "studio-p": _paint([(_COMMFACE, 160, 110, 152), (_COMM, 24, 134, 124),
                        (_DEMOP, f"if(gt(sin(floor((X-176)/16)*1.9+floor((Y-16)/16)*2.7),0),236,24)", 128, 128),
                        (_DEMO, f"if({_DEMOSQ},96,200)", 124, 140), (_DESK, "150+40*exp(-pow((Y-150)/4,2))", 170, 96)],
                       ("60+16*sin(X/24)", 170, 100)),
}
SIXTEENREEL = "\n".join(["The Lamplighter Quintet", "", "Tenor Saxophone", "A Long Breath", "",
                         "Piano", "Eighty-Eight Keys", "", "Drums", "Brushes and Sticks", "",
                         "Filmed After Hours", "In a Filter Graph", "", "The Sixteenth Reel"])
TEXT_FILES_P = {"SIXTEENREEL": ("sixteenreel.txt", SIXTEENREEL)}

FX_P = {
    "grain-p": "noise=alls=11:allf=t:all_seed=23000011",
    "grain2-p": "noise=alls=26:allf=t+u:all_seed=23000077",
    "grain3-p": "noise=alls=10:allf=t:all_seed=23000143",
    "grain4-p": "noise=alls=9:allf=t:all_seed=23000189",
    "grain5-p": "noise=alls=12:allf=t:all_seed=23000251",
    "grain6-p": "noise=alls=6:allf=t:all_seed=23000317",
    "tight-p": "crop=iw*0.6:ih*0.6:iw*0.2:ih*0.2,scale=320:180",
    "closer-p": "crop=iw*0.5:ih*0.5:iw*0.3:ih*0.24,scale=320:180",
    "angle2-p": "crop=iw*0.82:ih*0.82:iw*0.04:ih*0.1,scale=320:180",
    # Looks: a smoky blue-and-amber club in scope; a black-and-white 35 mm newsreel print with
    # flicker, weave, scratches and dust in 4:3; a saturated neon night; Kodachrome in 1.85; warm
    # tungsten light in 1.66; a clean television picture under the broadcast's graphics.
    "smoky-p": "eq=saturation=1.15:contrast=1.1:gamma=0.95,colorbalance=bs=0.06:bm=0.03:rh=0.05",
    "scope-p": "scale=320:136,pad=320:180:0:22:black",
    "mono-p": "hue=s=0,eq=contrast=1.15",
    "flicker-p": "eq=brightness='0.045*sin(n*3.3)+0.03*sin(n*8.1+2)+0.02*sin(n*19.7)':eval=frame",
    "weave-p": "scale=332:187,crop=320:180:x='6+1.6*sin(n*0.77)+0.8*sin(n*3.1)':y='3+1.5*sin(n*0.53+1)'",
    "wear-p": _overlay("lt(abs(X-160-110*sin(N*0.97+0.3)),1)*gt(sin(N*0.61+1),0.1)", 225) + ","
              + _overlay("lt(hypot(X-160-140*sin(N*5.13),Y-90-80*sin(N*3.71)),2.2)*gt(sin(N*2.1),0.5)+"
                         "lt(hypot(X-160-140*sin(N*3.31+1),Y-90-80*sin(N*6.07+2)),1.5)*gt(sin(N*1.9+1),0.45)", 15),
    "pillar-p": "drawbox=x=0:y=0:w=40:h=ih:c=black:t=fill,drawbox=x=iw-40:y=0:w=40:h=ih:c=black:t=fill",
    "neon-p": "eq=saturation=1.3:contrast=1.08,colorbalance=rs=0.04:bs=0.05:rh=0.03",
    "kodak-p": "eq=saturation=1.4:contrast=1.06:gamma=1.02,colorbalance=rs=0.05:gs=0.01:bs=-0.05:rh=0.03",
    "flat-p": "scale=320:172,pad=320:180:0:4:black",
    "night-p": "eq=brightness=-0.3:gamma=0.8:saturation=0.7,colorbalance=bs=0.12:bm=0.08:rs=-0.05",
    "tungsten-p": "eq=contrast=1.08:saturation=1.1,colorbalance=rs=0.06:rm=0.05:bs=-0.07:bm=-0.04",
    "pillar166-p": "drawbox=x=0:y=0:w=10:h=ih:c=black:t=fill,drawbox=x=iw-10:y=0:w=10:h=ih:c=black:t=fill",
    "broadcast-p": "eq=saturation=1.05:contrast=1.04",
    # The broadcast's graphics over every shot: the event's name and the players' clocks.
    "bug-p": f"drawbox=x=10:y=8:w=128:h=17:c=0x102848@0.85:t=fill,drawtext=fontfile={FONT}:fontsize=9:"
             "fontcolor=white:text='WORLD CHESS FINAL  GAME 7':x=15:y=12,"
             "drawbox=x=218:y=152:w=92:h=17:c=0x102848@0.85:t=fill,drawtext=fontfile="
             f"{FONT}:fontsize=9:fontcolor=0xffe070:text='W 1h42   B 0h58':x=224:y=156",
    # Text in shots: place names fading in.
    "caption-p": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:text='Taipei  Saturday night'"
                 ":x=16:y=h-28:alpha='clip((n-MID)/9,0,1)'",
    "caption2-p": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=0xfff0d0:text='Le Locle  Switzerland'"
                  ":x=24:y=h-26:alpha='clip((n-MID)/10,0,1)'",
    # Camera moves: a push-in on the saxophonist and on the movement, a tilt up the mooring mast, a
    # pan along the parade, a hand-held camera in the market, a swish pan across the lanterns, a
    # follow pan with the surfer, a zoom back from the beach, a tilt down the clock tower, a slow
    # zoom onto the board.
    "pushin-p": "zoompan=z='1+0.005*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.55':y='(ih-ih/zoom)*0.35'",
    "pushin2-p": "zoompan=z='1+0.004*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.4':y='(ih-ih/zoom)*0.5'",
    "tiltmast-p": "scale=320:300,crop=320:180:x=0:y='max(120-n*3,0)'",
    "panparade-p": "scale=480:270,crop=320:180:x='min(n*2.2,160)':y=50",
    "handheld-p": "scale=344:194,crop=320:180:x='12+6*sin(n*0.37)+3*sin(n*1.3)':y='7+4*sin(n*0.51+1)+2*sin(n*1.7)'",
    "swish-p": "scale=640:360,crop=320:180:x='160-150*tanh((n-MID)/3)':y=40,"
               "gblur=sigma=12:sigmaV=0.4:enable='between(n,MID-3,MID+3)'",
    "followpan-p": "scale=640:360,crop=320:180:x='min(n*8,320)':y=110",
    "zoomout-p": "zoompan=z='1.6-0.012*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)*0.5'",
    "tilttower-p": "scale=320:300,crop=320:180:x=0:y='min(n*3,120)'",
    "zoomboard-p": "zoompan=z='1+0.006*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)*0.5'",
    # Around MID: the club's sign blinking, a waitress passing the lens, a match struck by the
    # lens, the spotlight dimming and coming back, cymbal crashes, smoke over the lens; a dignitary
    # met by flashbulbs, the launching bottle bursting on the hull, ticker tape, a splice's flash;
    # the wok flaring up, steam over the lens, a scooter's headlight into the lens, a passer-by
    # crossing the lens, the bulb swinging, a phone's flash; spray over the lens, a wave washing
    # over the camera, sun glints, a sun flare; the desk lamp switched on, tweezers passing the
    # lens, the focus hunting, pigeons crossing the lens, the bell shaking the tower; photographers'
    # flashes, a hand moving a piece, the clock slapped, the evaluation bar swinging.
    "neonblink-p": _overlay("between(Y,28,96)*gt(X,88)*(eq(N,MID-5)+between(N,MID,MID+2)+eq(N,MID+5))",
                            "0.35*lum(X,Y)"),
    "waitress-p": _overlay("(lt(hypot((X+60-34*(N-MID+6))/40,(Y-112)/90),1)+lt(hypot(X+60-34*(N-MID+6),Y-30),20))"
                           "*between(N,MID-6,MID+8)", 10, 128, 128),
    "match-p": _overlay("clip(1.6*exp(-pow((N-MID)/4,2))*exp(-hypot(X-250,Y-140)/(14+50*exp(-pow((N-MID)/3,2)))),0,1)"
                        "*gte(N,MID-2)", 250, 90, 170) + ","
               + "eq=brightness='0.12*exp(-pow((n-MID)/4,2))*gte(n,MID-2)':eval=frame",
    "spotdim-p": "eq=brightness='-0.28*exp(-pow((n-MID)/7,2))':eval=frame",
    "cymbal-p": "eq=brightness='0.2*(eq(n,MID-6)+eq(n,MID)+eq(n,MID+5))+0.08*(eq(n,MID-5)+eq(n,MID+1))':eval=frame",
    "smokelens-p": _overlay("0.6*exp(-pow((X-160-(N-MID)*10)/80,2))*(0.7+0.3*sin(Y/9+X/21+N*0.2))", 150, 130, 128),
    "flashbulb-p": "eq=brightness='0.45*eq(n,MID-8)+0.4*eq(n,MID-2)+0.15*eq(n,MID-1)+0.5*eq(n,MID+5)':eval=frame",
    "bottle-p": _overlay("clip(1.5*exp(-pow((N-MID)/3,2))*exp(-hypot(X-150,Y-100)/(10+30*clip((N-MID+2)/6,0,1))),0,1)"
                         "*gte(N,MID-1)", 245),
    "tickertape-p": _overlay("lt(hypot(mod(X+7*floor(Y/17)+N*2,29)-14,mod(Y-N*6+13*floor(X/29),17)-8),1.6)"
                             "*clip((N-MID+10)/6,0,1)", 240),
    "splice-p": "drawbox=c=white@0.85:t=fill:enable='eq(n,MID)',"
                "drawbox=x=0:y=60:w=iw:h=8:c=black:t=fill:enable='eq(n,MID)'",
    "flareup-p": _overlay("0.8*exp(-pow((N-MID)/4,2))*exp(-hypot(X-160,(Y-80)*1.2)/80)", 250, 70, 190) + ","
                 + "eq=brightness='0.18*exp(-pow((n-MID)/4,2))':eval=frame",
    "steamlens-p": _overlay("0.75*exp(-pow((N-MID)/7,2))*(0.6+0.4*sin(X/13+Y/9-N*0.4))*exp(-pow((Y-90+(N-MID)*6)/60,2))",
                            225, 128, 128),
    "scooter-p": _overlay("clip(1.8*exp(-hypot(X-30-22*(N-MID+7),Y-120)/(18+30*exp(-pow((N-MID)/3,2)))),0,1)"
                          "*between(N,MID-7,MID+7)", 252, 118, 132),
    "passer-p": _overlay("lt(hypot((X-340+40*(N-MID+6))/70,(Y-120)/120),1)*between(N,MID-6,MID+8)", 8, 128, 132),
    "bulbswing-p": "eq=brightness='0.14*sin(n*0.45)':eval=frame",
    "phone-p": "eq=brightness='0.5*eq(n,MID)+0.2*eq(n,MID+1)':eval=frame",
    "spraylens-p": _overlay("0.85*exp(-pow((N-MID)/3,2))*(0.5+0.5*gt(sin(X*1.3+Y*1.9+N)*sin(X*0.7-Y*1.1),0.1))",
                            235, 128, 126),
    "wipeout-p": _overlay("0.9*clip(1-abs(N-MID)/7,0,1)*(0.8+0.2*sin(X/5+Y/7+N))", 238, 128, 126),
    "glitter-p": "eq=brightness='0.12*gt(sin(n*2.7),0.8)':eval=frame",
    "sunflare-p": _overlay("0.9*exp(-pow((N-MID)/5,2))*(exp(-hypot(X-250+4*(N-MID),Y-34)/(30+30*exp(-pow((N-MID)"
                           "/5,2))))+0.4*lt(abs(hypot(X-110-3*(N-MID),Y-130)-12),2.5))", 250, 96, 160),
    "lampon-p": "eq=brightness='-0.3*(1-clip((n-MID)/2,0,1))':saturation='0.8+0.2*clip((n-MID)/2,0,1)':eval=frame",
    "tweezers-p": _overlay("(lt(abs(X-400+30*(N-MID+6)-0.8*(Y-90)),6)+lt(abs(X-420+30*(N-MID+6)-0.6*(Y-90)),6))"
                           "*gt(Y,40)*between(N,MID-6,MID+8)", 150, 128, 128),
    "focushunt-p": "gblur=sigma=3:enable='between(n,MID-6,MID-4)+between(n,MID+3,MID+5)',"
                   "gblur=sigma=7:enable='between(n,MID-3,MID+2)'",
    "pigeons-p": _overlay("(lt(hypot((X+40-30*(N-MID+6))/30,(Y-70-6*sin(N*1.4))/(6+8*abs(sin(N*1.4)))),1)"
                          "+lt(hypot((X+120-34*(N-MID+6))/22,(Y-120)/(5+6*abs(sin(N*1.6+1)))),1))"
                          "*between(N,MID-6,MID+10)", 30, 128, 128),
    "chime-p": "scale=344:194,crop=320:180:x='12+5*sin(n*3.3)*between(n,MID,MID+8)'"
               ":y='7+4*sin(n*4.1)*between(n,MID,MID+8)'",
    "pressflash-p": "eq=brightness='0.4*eq(n,MID-6)+0.45*eq(n,MID)+0.3*eq(n,MID+1)+0.38*eq(n,MID+7)':eval=frame",
    "hand-p": _overlay("(lt(hypot((X-330+150*clip(1-abs(N-MID)/10,0,1))/40,(Y-100)/22),1)"
                       "+lt(abs(Y-100),14)*gt(X,330-150*clip(1-abs(N-MID)/10,0,1)))*between(N,MID-10,MID+10)",
                       150, 110, 150),
    "clockpress-p": "scale=336:189,crop=320:180:x='8+6*eq(n,MID)-3*eq(n,MID+1)':y='4+5*eq(n,MID)'",
    "evalbar-p": _overlay("between(X,2,9)", 24) + "," + _overlay("between(X,2,9)*gt(Y,90-40*clip((N-MID)/4,-1,1))", 232),
}

# held-out-p (clips 96-101): new recipes again, written after held-out-o without running the
# detector on them. Film material of six more kinds, clips of about 20 s with short shots: a 1950s
# jazz club film in scope (the club's sign blinking in the rain, a waitress passing the lens, a
# push-in on the saxophonist, cymbal crashes, a match struck by the lens, the spotlight dimming
# and coming back, smoke over the lens, credits rolling), a 1930s newsreel in black and white with
# flicker, weave, scratches and dust and intertitles (a tilt up the mooring mast, the launching
# bottle bursting on the hull, a dignitary met by flashbulbs, ticker tape over a pan along the
# parade, a splice's flash), a night market shot hand-held (a place name, the wok flaring up, the
# bulb swinging, a scooter's headlight into the lens, steam over the lens, a passer-by crossing
# the lens, a swish pan, a phone's flash), a 1960s surf film in Kodachrome and 1.85 (a follow pan,
# spray over the lens, a wave washing over the camera, a zoom back, sun glints, a sun flare, a
# moonlit beach), a documentary about a watchmaker in 1.66 (a tilt down the clock tower with
# pigeons crossing the lens and a place name, the desk lamp switched on, a push-in, the focus
# hunting, tweezers passing the lens, the bell shaking the tower) and a chess championship
# broadcast with its graphics over every shot (photographers' flashes, a hand moving a piece, the
# clock slapped, a zoom onto the board, the evaluation bar swinging); cuts between near-identical
# angles, to closer framings and between dark shots, cards cut into, dissolves of 10 to 34 frames
# and fades through black, white and grays.
_JZ = "smoky-p grain-p scope-p"
_NR = "weave-p flicker-p wear-p grain2-p mono-p pillar-p"
_NC = "flicker-p wear-p grain2-p mono-p pillar-p"
_MK = "neon-p grain3-p"
_SF = "kodak-p grain4-p flat-p"
_TW = "tungsten-p grain5-p pillar166-p"
_CB = "broadcast-p grain6-p bug-p"
HELD_OUT_P = [
    ("jazz-club", [S("serif:Midnight at the Lamplighter", 26, 0, "grain-p"), "fadeio:10:10",
                   S("sign-p", 36, 0, f"neonblink-p {_JZ}"), "cut",
                   S("tables-p", 30, 0, f"waitress-p {_JZ}"), "cut",
                   S("sax-p", 38, 0, f"pushin-p {_JZ}"), "cut",
                   S("piano-p", 24, 0, _JZ), "cut",
                   S("piano-p", 20, 60, f"closer-p {_JZ}"), "cut",
                   S("drums-p", 32, 0, f"cymbal-p {_JZ}"), "fade:14",
                   S("bar-p", 40, 0, _JZ), "cut",
                   S("tables-p", 34, 100, f"match-p tight-p {_JZ}"), "cut",
                   S("sax-p", 40, 100, f"spotdim-p {_JZ}"), "fadeblack:16",
                   S("drums-p", 28, 100, f"angle2-p {_JZ}"), "cut",
                   S("sax-p", 22, 160, f"tight-p {_JZ}"), "cut",
                   S("bar-p", 40, 100, f"smokelens-p angle2-p {_JZ}"), "fade:30",
                   S("piano-p", 40, 150, f"angle2-p {_JZ}"), "cut",
                   S("tables-p", 26, 200, f"closer-p {_JZ}"), "cut",
                   S("sign-p", 40, 100, f"tight-p {_JZ}"), "fadeblack:20",
                   S("credits-p", 40, 0)]),
    ("newsreel", [S("card:WORLD NEWS OF THE WEEK", 28, 0, _NC), "fadeio:8:8",
                  S("card:AIRSHIP COMES HOME", 22, 0, _NC), "cut",
                  S("airship-p", 46, 0, f"tiltmast-p {_NR}"), "cut",
                  S("crowd-p", 36, 0, _NR), "cut",
                  S("airship-p", 26, 100, f"closer-p {_NR}"), "fade:12",
                  S("card:A LINER IS LAUNCHED", 22, 0, _NC), "cut",
                  S("liner-p", 46, 0, f"bottle-p {_NR}"), "cut",
                  S("crowd-p", 24, 100, f"angle2-p {_NR}"), "cut",
                  S("liner-p", 30, 100, f"tight-p {_NR}"), "fadeblack:14",
                  S("speaker-p", 46, 0, f"flashbulb-p {_NR}"), "cut",
                  S("speaker-p", 22, 100, f"closer-p {_NR}"), "cut",
                  S("parade-p", 50, 0, f"panparade-p tickertape-p {_NR}"), "fade:20",
                  S("card:FIGHT OF THE YEAR", 26, 0, _NC), "cut",
                  S("boxing-p", 42, 0, f"splice-p {_NR}"), "cut",
                  S("boxing-p", 24, 100, f"tight-p {_NR}"), "cut",
                  S("crowd-p", 30, 200, f"closer-p {_NR}"), "fadeblack:18",
                  S("card:THE END", 26, 0, _NC)]),
    ("night-market", [S("lanterns-p", 40, 0, f"handheld-p caption-p {_MK}"), "cut",
                      S("wok-p", 32, 0, f"flareup-p {_MK}"), "cut",
                      S("wok-p", 20, 80, f"closer-p {_MK}"), "cut",
                      S("grill-p", 32, 0, f"handheld-p {_MK}"), "fade:10",
                      S("stall-p", 34, 0, f"bulbswing-p {_MK}"), "cut",
                      S("alley-p", 44, 0, f"scooter-p {_MK}"), "cut",
                      S("dumpling-p", 30, 0, f"steamlens-p {_MK}"), "cut",
                      S("lanterns-p", 24, 100, f"angle2-p handheld-p {_MK}"), "dissolve:16",
                      S("grill-p", 24, 100, f"tight-p {_MK}"), "cut",
                      S("alley-p", 36, 100, f"passer-p handheld-p {_MK}"), "cut",
                      S("stall-p", 22, 100, f"closer-p bulbswing-p {_MK}"), "cut",
                      S("wok-p", 36, 150, f"flareup-p angle2-p {_MK}"), "fadewhite:10",
                      S("lanterns-p", 46, 200, f"swish-p {_MK}"), "cut",
                      S("dumpling-p", 22, 100, f"closer-p {_MK}"), "cut",
                      S("alley-p", 40, 200, f"phone-p angle2-p {_MK}"), "fade:28",
                      S("lanterns-p", 60, 300, f"tight-p {_MK}"), "fadeblack:20",
                      S("card:NIGHT MARKET", 26)]),
    ("surf-film", [S("card:RIDE THE BIG ONE", 26, 0, "flat-p"), "fadewhite:12",
                   S("beach-p", 36, 0, _SF), "cut",
                   S("boards-p", 26, 0, _SF), "cut",
                   S("wave-p", 40, 0, f"followpan-p {_SF}"), "cut",
                   S("surfer-p", 36, 0, f"spraylens-p {_SF}"), "cut",
                   S("surfer-p", 28, 60, f"closer-p {_SF}"), "fade:18",
                   S("wave-p", 46, 100, f"wipeout-p {_SF}"), "cut",
                   S("beach-p", 28, 100, f"zoomout-p {_SF}"), "dissolve:10",
                   S("boards-p", 30, 100, f"angle2-p {_SF}"), "cut",
                   S("wave-p", 36, 200, f"tight-p {_SF}"), "cut",
                   S("surfer-p", 40, 150, f"angle2-p glitter-p {_SF}"), "fade:30",
                   S("sunset-p", 54, 0, f"sunflare-p {_SF}"), "cut",
                   S("sunset-p", 30, 100, f"tight-p {_SF}"), "fadeblack:18",
                   S("bonfire-p", 40, 0, _SF), "cut",
                   S("bonfire-p", 26, 100, f"closer-p {_SF}"), "fadegrays:14",
                   S("beach-p", 34, 300, f"night-p angle2-p {_SF}"), "cut",
                   S("card:SEE YOU AT THE POINT", 28, 0, "flat-p")]),
    ("watchmaker", [S("serif:The Watchmaker", 26, 0, "grain5-p pillar166-p"), "fadeio:10:10",
                    S("tower-p", 46, 0, f"tilttower-p pigeons-p caption2-p {_TW}"), "cut",
                    S("bench-p", 42, 0, f"lampon-p {_TW}"), "cut",
                    S("loupe-p", 26, 0, _TW), "cut",
                    S("gears-p", 40, 0, f"pushin2-p {_TW}"), "cut",
                    S("gears-p", 20, 100, f"closer-p {_TW}"), "cut",
                    S("balance-p", 30, 0, f"focushunt-p {_TW}"), "fade:20",
                    S("clocks-p", 46, 0, _TW), "cut",
                    S("clocks-p", 22, 100, f"tight-p {_TW}"), "cut",
                    S("bench-p", 40, 100, f"tweezers-p closer-p {_TW}"), "cut",
                    S("loupe-p", 24, 100, f"angle2-p {_TW}"), "fadeblack:14",
                    S("balance-p", 30, 100, f"tight-p {_TW}"), "cut",
                    S("gears-p", 46, 200, f"angle2-p {_TW}"), "fade:32",
                    S("tower-p", 38, 150, f"chime-p angle2-p {_TW}"), "cut",
                    S("bench-p", 30, 200, f"angle2-p {_TW}"), "cut",
                    S("clocks-p", 28, 200, f"closer-p {_TW}"), "fadeblack:20",
                    S("serif:Made by Hand", 26, 0, "grain5-p pillar166-p")]),
    ("chess-final", [S("studio-p", 42, 0, _CB), "fade:12",
                     S("hall-p", 40, 0, f"pressflash-p {_CB}"), "cut",
                     S("board-p", 36, 0, _CB), "cut",
                     S("board-p", 24, 60, f"angle2-p {_CB}"), "cut",
                     S("playera-p", 34, 0, _CB), "cut",
                     S("playerb-p", 34, 0, _CB), "fade:22",
                     S("boardside-p", 46, 0, f"hand-p {_CB}"), "cut",
                     S("clock-p", 24, 0, f"clockpress-p {_CB}"), "cut",
                     S("playera-p", 30, 100, f"closer-p {_CB}"), "dissolve:12",
                     S("board-p", 42, 100, f"zoomboard-p evalbar-p {_CB}"), "cut",
                     S("playerb-p", 22, 100, f"tight-p {_CB}"), "cut",
                     S("boardside-p", 30, 100, f"angle2-p {_CB}"), "fadegrays:16",
                     S("studio-p", 42, 100, f"closer-p {_CB}"), "cut",
                     S("hall-p", 46, 100, f"angle2-p {_CB}"), "fade:34",
                     S("clock-p", 44, 100, f"tight-p {_CB}"), "cut",
                     S("board-p", 30, 200, f"tight-p {_CB}"), "fadeblack:20",
                     S("card:GAME SEVEN TOMORROW", 28)]),
]
