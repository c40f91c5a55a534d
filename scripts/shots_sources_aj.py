"""Sources, effects and recipes of held-out-aj (clips 216-221), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-215. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a framed title card,
a ruined street with smoke drifting under a caption and a pan, a dark sewer tunnel swept by a
torch, a dark cellar by candlelight shot hand-held, a partisan's face in dark glasses and a
woman's face before one brick wall and a closer framing of his, a bar whose glasses of spirit are
set alight one after another, the ruins at night lit by a flare going up with a rifle's muzzle
flash, a meadow in the fog at dawn, near white, and a card reading KONIEC (a 1950s Polish Film
School war drama in 1.37, hard black and white with grain and flicker); a street at night in the
rain under neon signs with a title, a corridor of green strip lights shot hand-held with a man
in a dark suit passing the lens, a dark prison cell whose ceiling bulb is switched on, a man's and
a woman's faces before one tiled wall with subtitles and a nearer framing of his, a rooftop at
night in falling snow, a snowy field with a bare tree and a white flat, both near white, with a
crow passing the lens, a car park under sodium lights with two pistol shots and a bridge at dawn
under a slow zoom out and a credit (a 2000s Korean revenge thriller in 2.39, contrasty
green-teal digital colour); a plain with a farmhouse under a title and a pan, a honeycomb window
with a bee passing the lens, a girl's and her sister's faces before one adobe wall, a village hall
watching a flickering film in a projector's beam, railway tracks at dusk with a train rushing
past close to the lens, a well and a barn crossed by a cloud's shadow, a wood at night whose moon
goes behind a cloud, a dark bedroom swept by a lantern passing outside, the plain again in a
nearer framing under a credit and a card reading FIN (a 1970s Spanish rural drama in 1.66, warm
honey-amber colour); an alley of corrugated iron and laundry under a title shot hand-held, a
street with a jeepney and a tricycle passing the lens, a flooded street in heavy rain, a
grandmother's and a boy's faces before one plywood wall with subtitles, a cockpit under lamps
with a camera's flash, a dark church of votive candles, a family at table when the power fails,
rooftops in a storm with lightning, the bay at sunset with glints under a pan and a card reading
WAKAS (a 2000s Filipino digital independent film, full frame, noisy saturated video); the puszta
under a big sky with horsemen on the horizon and a title, hussars in white under a whip pan, a
whitewashed farmstead and a white chapel, both near white, an officer's face in a shako and a
girl's face in a red scarf before one sky, a river's reeds with a horseman passing the lens, a
campfire at night with a rifle volley, the sun coming up behind a well sweep, the puszta again in
a nearer framing under a credit and a card reading VEGE (a 1970s Hungarian film of the plains in
2.35, bright saturated colour); a framed title card, a field of magueys under great clouds with a
caption and a pan, a woman's face in a rebozo and a man's face under a straw sombrero before one
adobe wall and a nearer framing of hers, a church front dimmed by a passing cloud, a dark cantina
under a swinging lamp with a pistol shot, a village at night in a storm with lightning, a lake in
the mist at dawn with fishermen's nets, near white, a funeral procession with candles at dusk
under a slow push in and a card reading FIN (a 1940s Mexican Golden Age melodrama in 1.33, black
and white with dark filtered skies, a vignette and scratches).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed, _pass
from shots_sources_ad import _card
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _person
from shots_sources_ag import _any, _box, _fade, _flakes, _g, _zoom

_EDGE = ":borderw=1:bordercolor={}"
_GLINT = "gt(mod(sin(X*91.17+Y*17.31+N*{k})*24634.7,1),{t})"

# A 1950s Polish Film School war drama (drawn in greys).
_CEGLA = ("58+30*gt(lt(mod(Y,10),1.2)+lt(mod(X+11*mod(floor(Y/10),2),22),1.4),0)"
          "+5*sin(X/5)*sin(Y/3)", 128, 128)
_RUIN = "(34+44*abs(sin(floor(X/52)*2.7))+12*sin(X/6)*lt(mod(X,52),22))"
_TUNNEL = "hypot((X-160)/1.3,Y-84)"
_GLASSES = (100, 130, 160, 190, 220)
_LIT = "+".join(f"gte(N,{10 + 5 * k})" for k in range(len(_GLASSES)))
_FLARE = "clip((N-10)/10,0,1)*clip((84-N)/44,0,1)"
_FLX, _FLY = "(120+0.5*(N-10))", "(150-4*min(N-10,22)+0.4*max(N-32,0))"
_NIGHT = "(40+30*abs(sin(floor(X/46)*1.9))+10*sin(X/5)*lt(mod(X,46),18))"

# A 2000s Korean revenge thriller.
_TILE = ("66+16*gt(lt(mod(X,18),1.3)+lt(mod(Y,18),1.3),0)", 118, 110)
_BIRAIN = "lt(mod(X+0.12*Y,9),0.8)*lt(mod(Y+N*30+59*sin(floor((X+0.12*Y)/9)*6.1),44),10)"
_NEON = [(20, 44, 18, 64, 150, 150, 205), (52, 66, 36, 84, 170, 175, 85),
         (258, 290, 20, 70, 150, 80, 80), (232, 246, 46, 88, 170, 80, 180)]
_MEN = [(132, 70, 4, 30, 6), (178, 68, 5, 36, 7), (196, 72, 3.5, 26, 5)]
_SODIUM = [(60, 20, 14, 3), (260, 20, 14, 3), (110, 44, 8, 2), (210, 44, 8, 2), (140, 58, 5, 1.5),
           (180, 58, 5, 1.5)]

# A 1970s Spanish rural drama.
_ADOBE = ("150+10*sin(X/13)*sin(Y/11)-8*lt(mod(Y,30),1)", 108, 148)
_HEX = "lt(hypot(mod(X+8*mod(floor(Y/14),2),16)-8,(mod(Y,14)-7)*1.1),6.4)"
_SCREEN = "(sin(N*0.37)*sin(N*0.11+1))"

# A 2000s Filipino digital independent film.
_PLY = ("128+14*sin(X/3+2*sin(Y/21))-20*lt(mod(X,64),1.5)", 112, 146)
_ULAN = "lt(mod(X-0.2*Y,7),0.8)*lt(mod(Y+N*27+43*sin(floor((X-0.2*Y)/7)*4.3),40),11)"
_BAGYO = "lt(mod(X+0.25*Y,8),0.8)*lt(mod(Y+N*31+67*sin(floor((X+0.25*Y)/8)*3.1),46),12)"
_JX = "(-60+1.4*N)"
_WASH = [(110, 90, 100, 200), (126, 190, 50, 150), (142, 100, 190, 100), (158, 230, 128, 128),
         (174, 170, 140, 180), (190, 120, 150, 90)]
_FAMILY = (90, 160, 230)

# A 1970s Hungarian film of the plains.
_SKY = ("130+0.45*Y", 170, 105)
_BLUE = ("165-0.3*Y", 160, 110)
_U = "(mod(X,40)-20)"
_SUNY = "(120-0.45*N)"
_DAWN = "clip(N/50,0,1)"

# A 1940s Mexican Golden Age melodrama (drawn in greys: the filtered sky is drawn dark).
_NUBES = ("gt(sin((X+{s}*N)/37)*sin(Y/19+0.8*sin((X+{s}*N)/61))+0.3*sin((X+{s}*N)/11+Y/9),"
          "0.22)")
_CIELO = f"if({_NUBES.format(s=0.25)},215-0.4*Y,55+0.5*Y)"
_ADOBEMX = ("165+10*sin(X/9)*sin(Y/7)-25*gt(Y,150)", 128, 128)
_MAGUEY = "lt(hypot({u},Y-{y}),{r})*lt(Y,{y})*lt(abs(sin(atan2(Y-{y},{u})*7)),{w})"
_SWING = "(150+30*sin(N*0.15))"
_WALK = "(mod(X-0.4*N,26)-13)"

LAVFI_AJ = {
    # A 1950s Polish Film School war drama.
    "tytul-aj": _framed(["OSTATNI DZIEN", "1957"], 22, 60, 42, "0xe0e0e0", SERIF, "0x101010",
                        "0xa0a0a0"),
    "ruiny-aj": _paint([
        _g("lt(abs(X-210-18*sin(Y/23+N*0.07)-0.45*(118-Y)),12+0.3*(118-Y))*lt(Y,118)",
           "150+20*sin(Y/9+X/17+N*0.1)"),
        _g("gt(Y,138-8*abs(sin(X/13))-5*sin(X/5))", "48+22*sin(X*1.3+Y*0.7)"),
        _g(f"gt(Y,{_RUIN})*lt(mod(X,26),10)*between(mod(Y,24),6,18)*lt(Y,128)", "205-0.35*Y"),
        _g(f"gt(Y,{_RUIN})", "72+10*lt(mod(Y,12),1.2)+6*sin(X/3)")],
        ("205-0.35*Y", 128, 128)),
    "kanal-aj": _paint([
        _g(f"lt({_TUNNEL},10)", 4),
        _g("gt(Y,84+0.35*abs(X-160))",
           "14+18*exp(-abs(X-160-60*sin(N*0.1))/20)*(0.5+0.5*sin(Y*1.5+N*0.4))"),
        _g(f"lt(abs(mod(9*log({_TUNNEL}),3)-1.5),0.22)", 62)],
        (f"min(52,14+0.35*{_TUNNEL})+5*lt(mod(Y,8),1)", 128, 128),
        add="80*exp(-hypot(X-160-60*sin(N*0.1),Y-70-12*sin(N*0.17))/30)"),
    "piwnica-aj": _paint([
        _g("lt(hypot((X-160)/2.5,(Y-95-sin(N*1.1))/6),1)", 245),
        _g("lt(abs(X-160),3)*between(Y,100,116)", 190),
        _g("between(Y,116,124)*lt(abs(X-160),100)", 55),
        _g(_any(f"lt(hypot(X-{x},Y-82),13)+between(Y,95,150)*lt(abs(X-{x}),20+0.25*(Y-95))"
                for x in (78, 242)), 26),
        _g("lt(Y,70)*lt(abs(mod(X,64)-32),2)", 30)],
        ("16+4*lt(mod(Y+4*mod(floor(X/16),2),8),1)", 128, 128),
        add="75*exp(-hypot(X-160,Y-98)/40)*(0.9+0.1*sin(N*1.3)*sin(N*0.7+1))"),
    "jan-aj": _person(150, 92, (24, 128, 128), False, 168, (40, 128, 128), _CEGLA, top=[
        _g("lt(hypot((abs(X-150)-12)/9,(Y-90)/5.5),1)+lt(abs(Y-89),1)*lt(abs(X-150),22)", 12)]),
    "ewa-aj": _person(168, 90, (70, 128, 128), True, 205, (175, 128, 128), _CEGLA),
    "bar-aj": _paint([
        _g(_any(f"lt(hypot((X-{x})/4,(Y-96-2*sin(N*1.4+{k}))/9),1)*gte(N,{10 + 5 * k})"
                for k, x in enumerate(_GLASSES)), 240),
        _g(_any(f"lt(abs(X-{x}),7)*between(Y,104,118)" for x in _GLASSES), 150),
        _g("lt(abs(Y-119),1.5)", 120),
        _g("gt(Y,119)", "38+6*sin(X/9)"),
        _g("lt(Y,84)*lt(abs(mod(X,18)-9),3.5)*gt(mod(Y,28),9)", "80+30*sin(floor(X/18)*2.1)"),
        _g("lt(Y,84)*lt(mod(Y,28),2.5)", 100)],
        ("44", 128, 128), add=f"({_LIT})*6*exp(-abs(Y-100)/40)"),
    "noc-aj": _paint([
        _g(f"gte(N,10)*lt(hypot(X-{_FLX},Y-{_FLY}),3)", 250),
        _g(f"gt(Y,{_NIGHT})*lt(mod(X+7,30),11)*between(mod(Y,26),8,20)*lt(Y,130)", 36),
        _g("gt(Y,140-6*abs(sin(X/17)))", 24),
        _g(f"gt(Y,{_NIGHT})", "14+4*lt(mod(Y,12),1.2)")],
        ("36", 128, 128), mul=f"(0.35+1.1*{_FLARE})",
        add=f"120*gte(N,10)*exp(-hypot(X-{_FLX},Y-{_FLY})/18)"),
    "laka-aj": _paint([
        _g("lt(hypot((X-200)/22,(Y-110)/9),1)"
           "+(lt(abs(X-186),2)+lt(abs(X-214),2))*between(Y,112,128)"
           "+lt(hypot((X-226)/6,(Y-98)/9),1)*lt(X,232)", 165),
        _g("lt(abs(mod(X,70)-35),3)*between(Y,40,100)+lt(hypot((mod(X,70)-35)/18,(Y-48)/22),1)",
           200),
        _g("gt(Y,100)", "214+6*sin(X*1.7+Y*0.9)")],
        ("228-0.05*Y", 128, 128), add="6*sin(X/40+N*0.05)"),
    "koniec-aj": _card(["KONIEC"], 30, 72, 0, "0xe8e8e8", SERIF, "0x000000"),
    # A 2000s Korean revenge thriller.
    "bigil-aj": _paint([
        (_BIRAIN, 150, 135, 125),
        *[(f"{_box(x0, x1, y0, y1)}", f"{lm}-60*lt(mod(Y,9),2)", b, r)
          for x0, x1, y0, y1, lm, b, r in _NEON],
        *[(f"gt(Y,124)*lt(abs(X-{(x0 + x1) // 2}),{(x1 - x0) // 2})",
           f"40+{(lm - 40) // 2}*(0.6+0.4*sin(Y*1.1+N*0.35))", b, r)
          for x0, x1, y0, y1, lm, b, r in _NEON],
        ("lt(Y,124)*(lt(X,100)+gt(X,220))", 22, 132, 122),
        ("lt(Y,124)*gt(Y,60+10*lt(mod(X,24),12))*lt(mod(X,8),3)*lt(mod(Y,10),4)"
         "*gt(sin(floor(X/8)*3.3+floor(Y/10)*1.9),0.4)", 140, 100, 150),
        ("lt(Y,124)*gt(Y,60+10*lt(mod(X,24),12))", 30, 132, 124),
        ("gt(Y,124)", "28+8*sin(Y*0.8+X/40)", 138, 122)],
        ("20+0.1*Y", 142, 118)),
    "bokdo-aj": _paint([
        (_any(f"lt(hypot(X-{x},Y-{y}),{r})+between(Y,{y}+{r},{y}+{h})*lt(abs(X-{x}),{w})"
              for x, y, r, h, w in _MEN), 10, 128, 128),
        ("lt(abs(X-160),10)*between(Y,66,96)", 200, 120, 120),
        ("lt(Y,76)*lt(abs(X-160),0.25*(80-Y))*lt(mod(400/(80.5-Y),8),2.5)", 240, 118, 112),
        ("lt(Y,80-0.35*abs(X-160))", "70+30*(80-Y)/80", 120, 115),
        ("gt(Y,80+0.35*abs(X-160))",
         "50+40*(Y-80)/100+30*lt(abs(X-160),0.25*(Y-80))*lt(mod(400/(Y-79.5),8),2.5)", 125, 122)],
        ("60+50*min(1,abs(X-160)/160)", 112, 108)),
    "gamok-aj": _paint([
        ("lt(hypot(X-160,Y-22),5)", 150, 128, 128),
        ("lt(abs(X-160),0.8)*lt(Y,18)", 40, 128, 128),
        (f"{_box(210, 260, 30, 60)}*gt(mod(X-210,12),2)", 120, 160, 110),
        (_box(206, 264, 26, 64), 30, 128, 128),
        ("lt(hypot(X-90,Y-92),10)+between(Y,100,124)*lt(abs(X-90),14)", 30, 128, 128),
        (_box(30, 150, 120, 146), 100, 130, 120),
        ("gt(Y,146)", 60, 124, 124)],
        ("90+6*sin(X/7)*sin(Y/5)", 122, 116)),
    "daesu-aj": _person(150, 92, (14, 128, 128), True, 160, (34, 130, 124), _TILE),
    "mina-aj": _person(168, 92, (26, 132, 126), False, 190, (90, 110, 175), _TILE),
    "oksang-aj": _paint([
        (_flakes(5, 21, 25, 1.5), 235, 128, 128),
        ("lt(abs(Y-120),1.5)+lt(mod(X,30),2)*between(Y,120,150)", 40, 128, 128),
        (f"lt(hypot((X-250)/30,(Y-70)/10),1)+{_box(220, 280, 70, 112)}", 35, 130, 126),
        ("between(Y,100,150)*gt(mod(sin(X*7.31+floor(Y/3)*3.7)*4375.9,1),0.975)*lt(mod(Y,3),1.5)",
         220, 100, 160),
        ("between(Y,96,150)", 20, 132, 124),
        ("gt(Y,150)", 120, 130, 124)],
        ("14+0.15*Y", 145, 118)),
    "nun-aj": _paint([
        ("lt(abs(X-200-0.05*(Y-60)),2.5)*between(Y,40,120)", 70, 128, 128),
        ("lt(Y,80)*gt(Y,20)*lt(abs(sin(atan2(Y-80,X-200)*5)),0.08)*lt(hypot(X-200,Y-80),55)", 110,
         128, 128),
        ("gt(Y,120+2*sin(X/30))", "236+4*sin(X*1.3+Y)", 130, 126)],
        ("224-0.02*Y", 132, 125)),
    "baek-aj": _paint([
        ("lt(hypot((X-110)/16,(Y-44)/8),1)*lt(Y,44)", 245, 128, 128),
        ("lt(abs(X-110),0.7)*lt(Y,36)", 150, 128, 128),
        (_box(150, 300, 100, 120), 210, 126, 130),
        (_box(150, 300, 118, 150), 200, 126, 130),
        (_box(20, 120, 20, 140), "246-6*lt(mod(X+4*sin(Y/15+N*0.15),18),2)", 128, 128),
        ("gt(Y,150)", 205, 130, 128)],
        ("226+4*lt(mod(X,80),1)", 128, 128)),
    "juchajang-aj": _paint([
        (_any(f"lt(hypot((X-{x})/{w},(Y-{y})/{h}),1)" for x, y, w, h in _SODIUM), 250, 80, 170),
        ("lt(hypot(X-118,Y-118),3)+lt(hypot(X-222,Y-118),3)", 140, 100, 220),
        (f"lt(hypot((X-170)/50,(Y-112)/16),1)*lt(Y,112)+{_box(110, 230, 110, 130)}", 40, 130,
         120),
        (_any(_box(*b) for b in ((40, 60, 24, 150), (260, 280, 24, 150), (120, 128, 56, 110),
                                 (192, 200, 56, 110))),
         "90-40*lt(mod(Y,16),8)*gt(Y,130)", 110, 150),
        ("lt(Y,70-0.1*abs(X-160))", 45, 110, 150),
        ("gt(Y,100)", "50+10*sin(Y*0.7)", 115, 145)],
        ("35", 112, 148), add="40*exp(-hypot(X-160,Y-60)/80)"),
    "dari-aj": _paint([
        ("between(Y,78,86)+gt(Y,86)*lt(Y,112)*lt(mod(X,64),8)", 40, 128, 132),
        ("lt(Y,78)*gt(Y,50+20*abs(sin(floor(X/18)*1.7)))", 55, 140, 130),
        ("gt(Y,112)", "120+30*sin(Y*0.9+N*0.1+X/30)", 120, 150)],
        ("170+0.3*Y", 115, 160), add="60*exp(-hypot(X-240,Y-70)/40)"),
    # A 1970s Spanish rural drama.
    "meseta-aj": _paint([
        ("lt(hypot((X-70)/16,(Y-74)/12),1)+lt(abs(X-70),2)*between(Y,80,98)", 50, 110, 125),
        (_box(202, 238, 80, 86), 100, 105, 160),
        (_box(204, 236, 86, 98), 215, 118, 138),
        ("gt(Y,98)*lt(abs(X-150-0.3*(Y-98)),2+0.22*(Y-98))", 190, 110, 145),
        ("gt(Y,98)", "150+12*lt(mod(Y*Y/40+X*0.1,6),2)", 96, 150)],
        ("210-0.35*Y", 124, 136)),
    "colmena-aj": _paint([
        ("lt(hypot(X-60,Y-70),16)+gt(Y,84)*lt(abs(X-60),28+0.2*(Y-84))", 20, 120, 140),
        (f"{_box(100, 240, 16, 164)}*{_HEX}", "205+25*sin(X/40+Y/50)", 70, 168),
        (_box(96, 244, 12, 168), 35, 118, 140)],
        ("55+10*sin(Y/20)", 110, 150)),
    "nina-aj": _person(156, 98, (22, 128, 128), False, 200, (150, 150, 116), _ADOBE),
    "hermana-aj": _person(166, 92, (40, 124, 132), True, 192, (215, 126, 130), _ADOBE),
    "cine-aj": _paint([
        (_box(100, 220, 20, 84), f"110+70*{_SCREEN}+30*sin(X/15+N*0.5)", 126, 132),
        ("between(X,160,300)*lt(abs(Y-14-38*(300-X)/140),2+30*(300-X)/140)",
         "60+20*sin(X*0.7+Y*1.3+N*0.6)", 124, 136),
        ("gt(Y,120)*lt(hypot(mod(X+9*floor(Y/22),30)-15,mod(Y,22)-11),10)",
         f"30+20*{_SCREEN}", 120, 142),
        ("gt(Y,120)", 12, 126, 132)],
        ("18", 122, 140), add=f"12*(1+{_SCREEN})*exp(-hypot(X-160,Y-52)/90)"),
    "via-aj": _paint([
        ("lt(abs(X-260+0.2*(Y-40)),1.5)*between(Y,20,110)+lt(abs(Y-26),0.8)*between(X,250,275)"
         "+lt(abs(X-205),1)*between(Y,60,100)", 30, 120, 140),
        ("gt(Y,96)*(lt(abs(X-160-0.9*(Y-96)),1+0.02*(Y-96))"
         "+lt(abs(X-160+0.9*(Y-96)),1+0.02*(Y-96)))",
         180, 110, 150),
        ("gt(Y,96)*lt(abs(X-160),1.2*(Y-96))*lt(mod(300/(Y-95),4),1.2)", 50, 124, 134),
        ("gt(Y,96)*lt(abs(X-160),1.2*(Y-96))", 90, 120, 135),
        ("gt(Y,96)", 100, 100, 150)],
        ("200-0.6*Y", 100, 165)),
    "pozo-aj": _paint([
        ("(lt(abs(X-92),2)+lt(abs(X-128),2))*between(Y,72,104)+between(Y,70,74)*between(X,90,130)",
         60, 120, 136),
        ("lt(abs(X-110),22)*between(Y,104,124)", "150-30*lt(mod(X+3*mod(floor(Y/6),2),12),1.5)",
         112, 140),
        (_box(230, 256, 84, 120), 30, 124, 134),
        ("between(Y,48,60)*between(X,184,306)", 110, 104, 160),
        (_box(190, 300, 60, 120), "170-20*lt(mod(Y,10),1)", 110, 142),
        ("gt(Y,118)", "160+10*sin(X*0.9)*sin(Y*1.1)", 98, 150)],
        ("215-0.4*Y", 125, 134)),
    "bosque-aj": _paint([
        ("lt(hypot((X-150)/10,(Y-136)/5),1)*lt(Y,136)+lt(abs(X-150),2.5)*between(Y,136,146)", 120,
         120, 140),
        ("lt(abs(mod(X+0.08*Y+13*floor(X/53),53)-26),5+0.02*Y)", 10, 130, 125),
        ("gt(Y,140)", "30+6*sin(X*1.7)", 126, 130)],
        ("40+25*exp(-hypot(X-220,Y-30)/70)", 140, 120)),
    "dormitorio-aj": _paint([
        ("lt(hypot(X-30-0.8*N,Y-70),2.5)*between(X,32,88)", 240, 90, 170),
        ("between(X,30,90)*between(Y,30,90)*(lt(abs(X-60),1.5)+lt(abs(Y-60),1.5))", 20, 128, 128),
        (_box(30, 90, 30, 90), 45, 145, 118),
        ("lt(hypot(X-150,Y-108),7)+lt(hypot(X-262,Y-108),7)", 25, 126, 136),
        ("lt(hypot((X-150)/14,(Y-114)/6),1)+lt(hypot((X-260)/14,(Y-114)/6),1)", 110, 124, 134),
        (_box(120, 300, 120, 150), 60, 120, 135),
        ("gt(Y,150)", 25, 124, 134)],
        ("20+4*lt(mod(X,20),1)", 120, 140), add="45*exp(-hypot(X-300+2.2*N,Y-70)/35)"),
    "fin-aj": _card(["FIN"], 32, 70, 0, "0xf0d8a0", SERIF, "0x1a1008"),
    # A 2000s Filipino digital independent film.
    "eskinita-aj": _paint([
        ("lt(abs(Y-20-10*sin(X/40)-0.05*X),0.8)+lt(abs(Y-28-8*sin(X/55+1)),0.8)"
         "+lt(abs(Y-14+0.08*X),0.8)", 20, 128, 128),
        *[(f"between(X,{x},{x}+13)*between(Y-2*sin(N*0.3+{x}),41,62)", lm, b, r)
          for x, lm, b, r in _WASH],
        ("lt(abs(Y-40-0.02*(X-160)),0.7)*between(X,100,230)", 40, 128, 128),
        ("lt(X,120-0.55*abs(Y-90))", "90+25*lt(mod(X*1.5+Y*0.2,12),6)", 120, 155),
        ("gt(X,200+0.55*abs(Y-90))", "120+10*sin(Y/4)", 160, 110),
        ("lt(abs(X-160),40)*between(Y,60,90)", 150, 126, 134),
        ("gt(Y,90)", "70+10*sin(X/3)", 125, 132)],
        ("230-0.6*Y", 130, 124)),
    "jeepney-aj": _paint([
        (f"between(X,{_JX}+20,{_JX}+130)*between(Y,70,86)*lt(mod(X-{_JX},16),11)", 40, 128, 128),
        (f"lt(hypot(X-{_JX}-30,Y-114),8)+lt(hypot(X-{_JX}-120,Y-114),8)", 20, 128, 128),
        (f"between(X,{_JX},{_JX}+150)*between(Y,64,70)", 90, 100, 200),
        (f"between(X,{_JX},{_JX}+150)*between(Y,64,112)", "170+40*lt(mod(Y,8),3)", 80, 150),
        ("between(Y,30,44)*lt(mod(X,60),52)", 220, 100, 170),
        ("lt(Y,100)*lt(mod(X,60),52)*gt(Y,30)", "150+30*sin(floor(X/60)*2.9)",
         "128+40*sin(floor(X/60)*1.7)", "128+40*cos(floor(X/60)*2.3)"),
        ("gt(Y,100)", 80, 125, 130)],
        ("200", 132, 126)),
    "baha-aj": _paint([
        (_ULAN, 185, 128, 128),
        (_any(f"lt(hypot(X-{x}-0.3*N,Y-96),6)+between(Y,102,118)*lt(abs(X-{x}-0.3*N),9)"
              for x in (80, 140, 230)), 35, 125, 140),
        ("gt(Y,112)", "100+14*sin(Y*1.2+N*0.4+X/23)", 100, 148),
        ("lt(Y,100)*gt(Y,60)*lt(mod(X,35),10)*lt(mod(Y,20),8)*gt(Y,40+20*lt(mod(X,70),34))", 50,
         125, 135),
        ("lt(Y,112)*gt(Y,40+20*lt(mod(X,70),34))", "80+20*lt(mod(X,70),3)", 125, 135)],
        ("150", 135, 126)),
    "lola-aj": _person(150, 94, (175, 128, 128), True, 150, (140, 150, 150), _PLY),
    "jun-aj": _person(170, 98, (15, 128, 128), False, 140, (180, 95, 80), _PLY),
    "sabungan-aj": _paint([
        ("lt(hypot((X-140)/10,(Y-120)/8),1)+lt(hypot(X-132,Y-110),4)", 120, 90, 190),
        ("lt(hypot((X-180)/10,(Y-120)/8),1)+lt(hypot(X-188,Y-110),4)", 200, 128, 128),
        ("lt(hypot((X-160)/90,(Y-122)/26),1)", 160, 100, 150),
        ("lt(hypot((X-160)/96,(Y-122)/30),1)", 60, 128, 128),
        ("lt(Y,100)*lt(hypot(mod(X+7*floor(Y/12),16)-8,mod(Y,12)-6),5)",
         "110+30*sin(X*3.1+Y*1.7)", 120, 150),
        ("lt(Y,100)", 40, 130, 130)],
        ("50", 130, 128), add="50*exp(-hypot(X-160,Y-120)/60)"),
    "simbahan-aj": _paint([
        ("between(Y,130,150)*lt(hypot(mod(X,12)-6,(mod(Y,10)-5)*1.6),2)*between(X,20,300)"
         "*gt(sin(floor(X/12)*4.1+floor(Y/10)*2.3+N*0.8),-0.5)", 240, 80, 170),
        ("gt(Y,128)*lt(Y,160)", 30, 128, 128),
        (_box(120, 200, 20, 110), "120+40*lt(mod(X,10),3)*lt(mod(Y,12),5)", 70, 160),
        ("lt(hypot((X-160)/60,(Y-60)/70),1)", 35, 128, 132),
        ("gt(Y,110)*lt(mod(Y,8),3)", 25, 128, 128)],
        ("15", 128, 132), add="40*exp(-abs(Y-140)/20)*(0.9+0.1*sin(N*1.7))"),
    "brownout-aj": _paint([
        ("lt(abs(Y-24),3)*lt(abs(X-160),40)", 250, 128, 124),
        (_any(f"lt(hypot(X-{x},Y-90),11)+between(Y,100,124)*lt(abs(X-{x}),16)" for x in _FAMILY),
         60, 120, 145),
        ("lt(hypot((mod(X,50)-25)/10,(Y-118)/4),1)*between(X,60,260)", 210, 128, 128),
        (_box(50, 270, 120, 136), 110, 110, 150),
        (_box(260, 310, 30, 80), 35, 150, 115),
        ("gt(Y,150)", 100, 124, 134)],
        ("170+6*sin(X/3)", 118, 140)),
    "kalye-aj": _paint([
        (_BAGYO, 140, 128, 128),
        ("lt(abs(X-70),0.8)*between(Y,50,90)+lt(abs(Y-56),0.8)*between(X,62,78)", 20, 128, 128),
        ("gt(Y,90+14*lt(mod(X,48),30)-8*lt(mod(X,48),10))", "30+8*lt(mod(X,6),1)", 125, 130)],
        ("30+0.1*Y", 140, 122)),
    "dagat-aj": _paint([
        ("lt(hypot(X-52,Y-40),34)*lt(abs(sin(atan2(Y-40,X-52)*6+0.3*sin(N*0.2))),0.2)"
         "+lt(abs(X-40-0.002*pow(Y-180,2)),3)*gt(Y,40)", 15, 128, 128),
        ("between(Y,112,118)*lt(abs(X-200-0.2*N),30-1.5*(Y-112))"
         "+lt(abs(Y-119),0.8)*lt(abs(X-200-0.2*N),44)", 20, 128, 128),
        ("gt(Y,104)*lt(abs(X-170),14+0.5*(Y-104))*" + _GLINT.format(k="3.9", t="0.975"), 252, 80,
         170),
        ("gt(Y,104)", "90+20*sin(Y*0.8+N*0.15+X/40)", 105, 165),
        ("lt(hypot(X-170,Y-96),12)", 245, 70, 170)],
        ("150+0.5*Y", 85, 180), add="60*exp(-hypot(X-170,Y-96)/40)"),
    "wakas-aj": _card(["WAKAS"], 30, 72, 0, "0xffffff", FONT, "0x000000"),
    # A 1970s Hungarian film of the plains.
    "siksag-aj": _paint([
        ("lt(abs(X-240),2)*between(Y,70,112)+lt(abs(Y-70-0.5*(X-240)),1.2)*between(X,200,290)",
         35, 120, 135),
        ("(lt(abs(Y-104),4)*lt(mod(X-0.5*N,22),6)+lt(hypot(mod(X-0.5*N,22)-3,Y-98),2))"
         "*between(X,30,180)", 30, 125, 135),
        ("gt(Y,110)", "160+10*sin(X*0.9+Y*1.7)-15*lt(mod(Y*Y/30,7),2)", 85, 130),
        ("lt(hypot((X-90-0.3*N)/50,(Y-30)/8),1)", 230, 132, 126)],
        _SKY),
    "katonak-aj": _paint([
        ("between(X,38,80)*between(Y-3*sin(X/8-N*0.5),22,30)", 90, 100, 200),
        ("between(X,38,80)*between(Y-3*sin(X/8-N*0.5),30,38)", 235, 128, 128),
        ("between(X,38,80)*between(Y-3*sin(X/8-N*0.5),38,46)", 90, 100, 90),
        ("lt(abs(X-36),1.5)*between(Y,18,130)", 50, 128, 128),
        ("lt(hypot(X-262,Y-66),5)+between(Y,71,94)*lt(abs(X-262),7)", 200, 128, 128),
        ("lt(hypot((X-270)/30,(Y-104)/11),1)+lt(hypot((X-296)/8,(Y-88)/12),1)"
         "+between(Y,110,134)*(lt(abs(X-250),2.5)+lt(abs(X-288),2.5))", 45, 120, 140),
        (f"lt(hypot({_U},Y-74),5)*between(X,84,224)", 180, 114, 146),
        (f"between(Y,60,70)*lt(abs({_U}),4)*between(X,84,224)", 30, 128, 128),
        (f"between(Y,80,108)*lt(abs({_U}),8)*between(X,84,224)", 235, 128, 128),
        (f"between(Y,108,134)*lt(abs({_U}),6)*gt(abs({_U}),1)*between(X,84,224)", 90, 100, 200),
        ("gt(Y,110)", "160+10*sin(X*0.9+Y*1.7)", 85, 130)],
        _SKY),
    "tanya-aj": _paint([
        (_box(130, 146, 96, 124), 150, 110, 140),
        ("between(Y,100,112)*(between(X,80,92)+between(X,190,202))", 120, 126, 130),
        ("between(Y,70,92)*lt(abs(X-155),110-0.8*(92-Y))", "200+8*lt(mod(X+Y,5),2)", 112, 140),
        (_box(50, 260, 92, 126), 238, 126, 130),
        ("gt(Y,126)", "220+6*sin(X*0.8)", 116, 136)],
        ("228-0.05*Y", 134, 124)),
    "kapolna-aj": _paint([
        ("lt(hypot(X-215,Y-50),5)", 160, 128, 128),
        ("lt(abs(X-215),0.4*(Y-4))*between(Y,4,24)", 120, 110, 140),
        (_box(200, 230, 24, 100), 240, 128, 128),
        (f"lt(hypot((X-150)/8,(Y-106)/10),1)*lt(Y,106)+{_box(142, 158, 106, 126)}", 120, 126,
         132),
        ("between(Y,56,70)*between(X,86,214)", 190, 120, 140),
        (_box(90, 210, 70, 126), 236, 128, 128),
        ("gt(Y,126)", 218, 112, 132)],
        ("232-0.1*Y", 136, 124)),
    "tiszt-aj": _person(150, 98, (30, 128, 128), False, 172, (50, 150, 110), _BLUE, top=[
        ("lt(hypot(X-150,Y-40),5)", 200, 90, 150),
        ("between(X,124,176)*between(Y,22,62)", 35, 128, 128),
        ("lt(hypot((abs(X-150)-8)/10,(Y-117)/2.5),1)", 30, 128, 128)]),
    "lany-aj": _person(170, 94, (180, 100, 150), True, 205, (235, 128, 128), _BLUE, top=[
        ("lt(hypot((X-170)/36,(Y-70)/20),1)*lt(Y,74)", 90, 100, 200)]),
    "folyo-aj": _paint([
        ("gt(Y,100+20*abs(sin(X/31)))*lt(abs(mod(X+3*sin(Y/15+N*0.2),7)-3.5),0.9)", 80, 90, 130),
        ("between(Y,70,82)", 80, 100, 120),
        ("gt(Y,82)", "140+20*sin(Y*0.6+N*0.12+X/50)", 150, 115)],
        ("175-0.3*Y", 160, 110)),
    "tuz-aj": _paint([
        ("lt(abs(X-160-3*sin(Y/4+N*1.1)),(Y-112)*0.45)*between(Y,112,150)", "250-(150-Y)*1.5",
         70, 190),
        ("lt(abs(Y-100+0.5*(X-270)),0.9)*between(X,270,300)+lt(abs(Y-92+0.6*(X-258)),0.9)"
         "*between(X,258,290)", 25, 128, 128),
        (_any(f"lt(hypot(X-{x},Y-96),8)+between(Y,104,150)*lt(abs(X-{x}),12)"
              for x in (70, 110, 210, 250)),
         "30+30*exp(-abs(X-160)/60)*(0.8+0.2*sin(N*1.3))", 120, 145),
        ("gt(Y,150)", 20, 120, 140)],
        ("8+0.04*Y", 140, 122),
        add="70*exp(-hypot(X-160,Y-140)/45)*(0.85+0.15*sin(N*1.3)*sin(N*0.7+1))"),
    "hajnal-aj": _paint([
        ("lt(abs(X-90),2)*between(Y,60,110)+lt(abs(Y-60+0.45*(X-90)),1.2)*between(X,50,150)", 10,
         128, 128),
        ("gt(Y,110)", f"40+30*{_DAWN}", 110, 140),
        (f"lt(hypot(X-210,Y-{_SUNY}),10)*lt(Y,110)", 250, 90, 170)],
        (f"90+60*{_DAWN}-0.3*Y+40*exp(-hypot(X-210,Y-{_SUNY})/40)", 110, 165)),
    "vege-aj": _card(["VEGE"], 30, 72, 0, "0xf8f0e0", SERIF, "0x200808"),
    # A 1940s Mexican Golden Age melodrama.
    "titulo-aj": _framed(["MARIA DEL MAGUEY", "1946"], 20, 62, 40, "0xf0f0f0", SERIF, "0x000000",
                         "0xc0c0c0"),
    "magueyal-aj": _paint([
        _g(_MAGUEY.format(u="(mod(X,80)-40)", y=160, r=46, w=0.3), 40),
        _g(_MAGUEY.format(u="(mod(X+20,44)-22)", y=124, r=20, w=0.32), 70),
        _g(_MAGUEY.format(u="(mod(X,24)-12)", y=110, r=8, w=0.4), 95),
        _g("gt(Y,104)", "120+10*sin(X*0.3+Y*0.5)")],
        (_CIELO, 128, 128)),
    "maria-aj": _person(156, 96, (18, 128, 128), True, 175, (35, 128, 128), _ADOBEMX, top=[
        _g("lt(hypot((X-156)/38,(Y-70)/24),1)*lt(Y,72)", "30+14*lt(mod(X+Y,8),2)")]),
    "lorenzo-aj": _person(152, 100, (20, 128, 128), False, 150, (220, 128, 128), _ADOBEMX, top=[
        _g("lt(hypot((abs(X-152)-8)/11,(Y-119)/2.5),1)", 25),
        _g("lt(abs(Y-60),2)*lt(abs(X-152),28)", 60),
        _g("lt(hypot((X-152)/30,(Y-48)/22),1)*lt(Y,62)", 195),
        _g("lt(hypot((X-152)/84,(Y-62)/8),1)", 205)]),
    "iglesia-aj": _paint([
        _g("lt(hypot(X-100,Y-52),5)+lt(hypot(X-220,Y-52),5)", 40),
        _g("lt(hypot((X-100)/9,(Y-50)/12),1)+lt(hypot((X-220)/9,(Y-50)/12),1)", 20),
        _g("(lt(hypot((X-100)/18,(Y-32)/12),1)+lt(hypot((X-220)/18,(Y-32)/12),1))*lt(Y,34)", 180),
        _g("(lt(abs(X-100),18)+lt(abs(X-220),18))*between(Y,32,140)",
           "215-10*lt(mod(Y,20),1.5)"),
        _g("lt(hypot((X-160)/14,(Y-112)/16),1)*lt(Y,112)+between(X,146,174)*between(Y,112,140)",
           30),
        _g(f"{_box(118, 202, 60, 140)}+lt(abs(X-160),42-0.9*(60-Y))*between(Y,40,60)",
           "205+8*sin(X/3)*sin(Y/4)"),
        _g("gt(Y,140)", 150)],
        (f"if({_NUBES.format(s=0.4)},210-0.4*Y,50+0.5*Y)", 128, 128)),
    "cantina-aj": _paint([
        _g(f"lt(hypot(X-{_SWING},Y-40),5)", 245),
        _g(f"lt(abs(X-160-(Y/40)*({_SWING}-160)),0.8)*lt(Y,36)", 60),
        _g("lt(hypot((X-90)/26,(Y-88)/4),1)+lt(hypot((X-230)/26,(Y-84)/4),1)", 25),
        _g("lt(hypot(X-90,Y-98),10)+lt(hypot(X-230,Y-94),10)"
           "+between(Y,104,140)*(lt(abs(X-90),16)+lt(abs(X-230),16))", 20),
        _g(_box(60, 260, 118, 126), 70),
        _g("between(Y,60,100)*lt(abs(mod(X,14)-7),2.5)*gt(mod(Y,20),6)", 90)],
        ("28+4*lt(mod(X,30),1)", 128, 128), add=f"70*exp(-hypot(X-{_SWING},Y-50)/55)"),
    "tormenta-aj": _paint([
        _g("lt(mod(X-0.1*Y,8),0.8)*lt(mod(Y+N*29+41*sin(floor((X-0.1*Y)/8)*8.3),48),10)", 130),
        _g("between(Y,104,116)*lt(abs(mod(X,90)-25),4)*gt(Y,80+20*lt(mod(X,90),50))", 150),
        _g("gt(Y,140)", 25),
        _g("gt(Y,80+20*lt(mod(X,90),50))", "35+6*lt(mod(X,90),2)")],
        ("18+0.05*Y", 128, 128)),
    "lago-aj": _paint([
        _g(_any(f"lt(hypot((X-{x})/14,(Y-{y})/18),1)*lt(Y,{y}+2)*gt(abs(X-{x}),1)"
                for x, y in ((110, 90), (220, 94))), "190-30*lt(mod(X+Y,4),1)"),
        _g(_any(f"lt(abs(Y-{y + 4}),2)*lt(abs(X-{x}),22)" for x, y in ((110, 90), (220, 94))), 120),
        _g("between(Y,60,70)", 200),
        _g("gt(Y,70)", "222+6*sin(Y*0.7+N*0.1)")],
        ("235-0.1*Y", 128, 128)),
    "camino-aj": _paint([
        _g(f"lt(hypot({_WALK}-4,Y-100),1.8)*between(X,20,300)", 245),
        _g(f"(between(Y,96,130)*lt(abs({_WALK}),5)+lt(hypot({_WALK},Y-92),4))*between(X,20,300)",
           20),
        _g("gt(Y,120)", 90),
        _g(_MAGUEY.format(u="(mod(X,90)-45)", y=96, r=22, w=0.3), 25),
        _g("gt(Y,80+6*sin(X/40))", 60)],
        (f"if({_NUBES.format(s=0.15)},150-0.4*Y,70+0.3*Y)", 128, 128)),
    "telon-aj": _card(["FIN"], 34, 70, 0, "0xf0f0f0", SERIF, "0x000000"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AJ = {}

_TRAIN = "(-700+60*(N-MID+8))"
_MUZZLE = "clip(1.6*exp(-hypot(X-{x},Y-{y})/{r}),0,1)"
_WIN = "between(X,260,310)*between(Y,30,80)"

FX_AJ = {
    **{f"grain{k}1-aj": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 12, "t+u", 72216013), (2, 6, "t", 72217021), (3, 7, "t", 72218033),
        (4, 11, "t+u", 72219047), (5, 5, "t", 72220059), (6, 9, "t+u", 72221071)]},
    # Framings and bars as in held-out-af and -ae (nothing random in them).
    **{f"{k}-aj": FX_AF[f"{k}-af"] for k in ("closer", "near", "box137", "box166", "box235")},
    **{f"{k}-aj": FX_AE[f"{k}-ae"] for k in ("box133", "box239")},
    "scratch-aj": _overlay("0.5*lt(abs(X-40-230*abs(sin(floor(N/8)*3.37))-2*sin(N*1.9)),0.7)",
                           220),
    "vig-aj": "vignette=PI/5.5",
    # Looks: hard black and white with grain and flicker in 1.37; contrasty green-teal digital
    # colour in 2.39; warm honey-amber colour in 1.66; noisy saturated video, full frame; bright
    # saturated colour in 2.35; black and white with a vignette and scratches in 1.33.
    "warszawa-aj": "hue=s=0,eq=contrast=1.2:gamma=0.95,gblur=sigma=0.55",
    "flick-aj": "eq=brightness='0.022*sin(n*2.3)*sin(n*0.8+2)':eval=frame",
    "seoul-aj": "eq=saturation=0.85:contrast=1.18:gamma=0.9,"
                "colorbalance=rs=-0.05:gs=0.04:bs=0.02:rh=0.04:bh=-0.03,unsharp=5:5:0.5",
    "miel-aj": "eq=saturation=0.9:contrast=1.02:gamma=1.05,"
               "colorbalance=rs=0.08:gs=0.02:bs=-0.1:rh=0.05:bh=-0.06,gblur=sigma=0.7",
    "dv-aj": "eq=saturation=1.3:contrast=1.1:brightness=0.01,unsharp=3:3:0.8",
    "puszta-aj": "eq=saturation=1.25:contrast=1.1,colorbalance=rs=0.03:bs=0.03,unsharp=5:5:0.4",
    "plata-aj": "hue=s=0,eq=contrast=1.25:gamma=0.92,gblur=sigma=0.5",
    # Camera moves: pans both ways; hand-held cameras; a whip pan; a slow zoom out; a slow
    # push in.
    "panl-aj": "scale=376:212,crop=320:180:x='50-0.6*n':y=14",
    "panr-aj": "scale=376:212,crop=320:180:x='6+0.6*n':y=18",
    "shake-aj": "scale=340:192,crop=320:180:x='10+5*sin(n*0.47)+2*sin(n*1.21)'"
                ":y='6+3*sin(n*0.36+2)+1.5*sin(n*1.57)'",
    "kamay-aj": "scale=356:200,crop=320:180:x='18+8*sin(n*0.31)+4*sin(n*0.93)+2*sin(n*2.1)'"
                ":y='10+5*sin(n*0.27+1)+3*sin(n*1.1)'",
    "whip-aj": "scale=480:270,crop=320:180:x='80+76*tanh((n-MID)/1.5)':y=34",
    "zoomout-aj": _zoom("max(1,1.35-0.006*in)", "0.5"),
    "push-aj": _zoom("1+0.0025*in", "0.45"),
    # Things that are not boundaries, around MID (see the docstring).
    "caption216-aj": _fade("Warszawa  wrzesien 1944", 12, 150, "0xf0f0f0", SERIF, -24, 18),
    "strzal-aj": _overlay(f"eq(N,MID+1)*{_MUZZLE.format(x=86, y=104, r=9)}", 250)
                 + "," + _flash((1, 2), (0.22, 0.06)),
    "title217-aj": _fade("THE FIFTEENTH WINTER", 18, 60, "0xe8fff0", FONT, -24, 20,
                         _EDGE.format("black")),
    "suit-aj": _pass(5, 34, 160, 90, 70, 140, 12, 128, 128),
    "bulb-aj": _grade(f"LUM*(0.45+0.55*{_ramp(0, 2)})+40*{_ramp(0, 2)}*exp(-hypot(X-160,Y-22)/50)"
                      f"+100*{_ramp(0, 2)}*lt(hypot(X-160,Y-22),5)"),
    "sub-daesu-aj": _subs([("Fifteen years in one room.", -14, 8)]),
    "sub-mina-aj": _subs([("Who locked you up?", -12, 10)]),
    "sub-daesu2-aj": _subs([("That is what I will ask him.", -10, 10)]),
    "crow-aj": _pass(4, 36, 150, 70, 36, 14, 25),
    "chong-aj": _overlay(f"(eq(N,MID)+eq(N,MID+5))*{_MUZZLE.format(x=96, y=92, r=10)}", 250, 90,
                         170) + "," + _flash((0, 1, 5, 6), (0.3, 0.08, 0.28, 0.07)),
    "credit217-aj": _fade("a film by Kang Min-seok", 12, 144, "0xf0f0f0", FONT, -14, None,
                          _EDGE.format("0x102018")),
    "title218-aj": _fade("EL VERANO DE LAS ABEJAS", 17, 46, "0xfff0c8", SERIF, -26, 18,
                         _EDGE.format("0x402010")),
    "abeja-aj": _pass(4, 30, 170, 80, 26, 16, 30, 110, 150),
    "tren-aj": _overlay(f"between(X,{_TRAIN},{_TRAIN}+640)*between(Y,40,128)"
                        "*between(N,MID-12,MID+12)",
                        f"50+140*lt(mod(X-{_TRAIN},56),34)*between(Y,56,84)+20*lt(abs(Y-110),2)",
                        120, 135),
    "nube-aj": _grade("LUM*(1-0.38*exp(-pow((X-160-(N-MID)*9)/110,2)))"),
    "luna-aj": _grade(f"LUM*(1-0.45*{_ramp(-6, 10)})"),
    "credit218-aj": _fade("una pelicula de Lucia Arrieta", 12, 140, "0xfff4d8", SERIF, -8, None,
                          _EDGE.format("0x301808")),
    "title219-aj": _fade("ANG HULING BIYAHE", 18, 24, "0xffffff", FONT, -20, 16,
                         _EDGE.format("black")),
    "trike-aj": _pass(5, -34, 160, 100, 80, 110, 40, 100, 190),
    "sub-lola-aj": _subs([("Where is your brother?", -12, 10)]),
    "sub-jun-aj": _subs([("At the cockpit  Lola.", -10, 10)]),
    "kislap-aj": _overlay(f"eq(N,MID)*{_MUZZLE.format(x=60, y=40, r=12)}", 252)
                 + "," + _flash((0, 1), (0.35, 0.1)),
    "patay-aj": _grade(f"LUM*(1-0.8*{_ramp(0, 1)}*(1-{_WIN}))"),
    "kidlat-aj": _overlay("eq(N,MID-2)*lt(abs(X-220-10*sin(Y/6)-5*sin(Y/2.5)),1.5)*lt(Y,80)", 252)
                 + "," + _flash((-2, -1, 1), (0.5, 0.15, 0.3)),
    "title220-aj": _fade("FEHER SZEL", 24, 44, "0xffffff", SERIF, -16, 16,
                         _EDGE.format("0x203060")),
    "lovas-aj": _pass(5, 36, 160, 90, 80, 120, 30, 125, 140),
    "sortuz-aj": _overlay("eq(N,MID)*(" + "+".join(_MUZZLE.format(x=x, y=y, r=8) for x, y in
                                                    ((300, 85), (290, 73), (270, 90))) + ")",
                          250, 90, 170) + "," + _flash((0, 1), (0.3, 0.08)),
    "credit220-aj": _fade("rendezte Szabo Ilona", 12, 144, "0xffffff", FONT, -6, None,
                          _EDGE.format("0x203060")),
    "caption221-aj": _fade("Hidalgo  1910", 13, 150, "0xf0f0f0", SERIF, -22, 18),
    "sombra-aj": _grade("LUM*(1-0.42*exp(-pow((N-MID)/10,2)))"),
    "balazo-aj": _overlay(f"eq(N,MID+4)*{_MUZZLE.format(x=250, y=104, r=10)}", 252)
                 + "," + _flash((4, 5), (0.3, 0.1)),
    "relampago-aj": _overlay("(eq(N,MID-4)+eq(N,MID-1))*lt(abs(X-120-9*sin(Y/5)-4*sin(Y/2.2)),1.5)"
                             "*lt(Y,84)", 252) + "," + _flash((-4, -3, -1), (0.5, 0.15, 0.35)),
}

# held-out-aj (clips 216-221): new recipes again, written after held-out-ai without running the
# detector on them: six more kinds of film, clips of about 20 s with 10 or 11 shots, mixing cuts
# between similar and different shots, to and from cards, between dark and between near-white
# shots, camera motion, things passing the lens, flashes, light changes, weather, grain, bars of
# five ratios and full frame, titles, captions and subtitles, dissolves of 24 to 36 frames, a
# pixel dissolve, fades through black and white and fade outs and ins.
_PL = "warszawa-aj flick-aj grain11-aj box137-aj"
_KR, _ES = "seoul-aj grain21-aj box239-aj", "miel-aj grain31-aj box166-aj"
_PH, _HU = "dv-aj grain41-aj", "puszta-aj grain51-aj box235-aj"
_MX = "plata-aj vig-aj scratch-aj grain61-aj box133-aj"
HELD_OUT_AJ = [
    ("ostatni-dzien", [S("tytul-aj", 40, 0, _PL), "cut",
                       S("ruiny-aj", 76, 0, f"panl-aj caption216-aj {_PL}"), "cut",
                       S("kanal-aj", 52, 0, _PL), "cut",
                       S("piwnica-aj", 44, 0, f"shake-aj {_PL}"), "cut",
                       S("jan-aj", 36, 0, _PL), "cut",
                       S("ewa-aj", 34, 0, _PL), "cut",
                       S("jan-aj", 28, 150, f"closer-aj {_PL}"), "cut",
                       S("bar-aj", 58, 0, _PL), "fadeblack:24",
                       S("noc-aj", 70, 0, f"strzal-aj {_PL}"), "fade:28",
                       S("laka-aj", 62, 0, _PL), "fadeio:24:16",
                       S("koniec-aj", 36, 0, _PL)]),
    ("the-fifteenth-winter", [S("bigil-aj", 64, 0, f"title217-aj {_KR}"), "cut",
                              S("bokdo-aj", 54, 0, f"shake-aj suit-aj {_KR}"), "cut",
                              S("gamok-aj", 50, 0, f"bulb-aj {_KR}"), "cut",
                              S("daesu-aj", 38, 0, f"sub-daesu-aj {_KR}"), "cut",
                              S("mina-aj", 36, 0, f"sub-mina-aj {_KR}"), "cut",
                              S("daesu-aj", 30, 100, f"near-aj sub-daesu2-aj {_KR}"), "cut",
                              S("oksang-aj", 52, 0, _KR), "fadewhite:20",
                              S("nun-aj", 48, 0, f"crow-aj {_KR}"), "cut",
                              S("baek-aj", 44, 0, _KR), "cut",
                              S("juchajang-aj", 56, 0, f"chong-aj {_KR}"), "fade:32",
                              S("dari-aj", 66, 0, f"zoomout-aj credit217-aj {_KR}")]),
    ("el-verano-de-las-abejas", [S("meseta-aj", 76, 0, f"panr-aj title218-aj {_ES}"), "cut",
                                 S("colmena-aj", 48, 0, f"abeja-aj {_ES}"), "cut",
                                 S("nina-aj", 36, 0, _ES), "cut",
                                 S("hermana-aj", 34, 0, _ES), "cut",
                                 S("cine-aj", 56, 0, _ES), "fadeblack:20",
                                 S("via-aj", 60, 0, f"tren-aj {_ES}"), "cut",
                                 S("pozo-aj", 46, 0, f"nube-aj {_ES}"), "fade:24",
                                 S("bosque-aj", 50, 0, f"luna-aj {_ES}"), "cut",
                                 S("dormitorio-aj", 48, 0, _ES), "fade:32",
                                 S("meseta-aj", 70, 300, f"near-aj credit218-aj {_ES}"),
                                 "fadeio:20:14",
                                 S("fin-aj", 34, 0, _ES)]),
    ("ang-huling-biyahe", [S("eskinita-aj", 62, 0, f"kamay-aj title219-aj {_PH}"), "cut",
                           S("jeepney-aj", 54, 0, f"trike-aj {_PH}"), "cut",
                           S("baha-aj", 52, 0, f"kamay-aj {_PH}"), "cut",
                           S("lola-aj", 38, 0, f"sub-lola-aj {_PH}"), "cut",
                           S("jun-aj", 34, 0, f"sub-jun-aj {_PH}"), "cut",
                           S("sabungan-aj", 50, 0, f"kislap-aj {_PH}"), "fade:24",
                           S("simbahan-aj", 48, 0, _PH), "cut",
                           S("brownout-aj", 58, 0, f"patay-aj {_PH}"), "cut",
                           S("kalye-aj", 52, 0, f"kidlat-aj {_PH}"), "fadeblack:20",
                           S("dagat-aj", 66, 0, f"panl-aj {_PH}"), "dissolve:20",
                           S("wakas-aj", 34, 0, _PH)]),
    ("feher-szel", [S("siksag-aj", 70, 0, f"title220-aj {_HU}"), "fade:30",
                    S("katonak-aj", 52, 0, f"whip-aj {_HU}"), "cut",
                    S("tanya-aj", 46, 0, _HU), "cut",
                    S("kapolna-aj", 44, 0, _HU), "cut",
                    S("tiszt-aj", 36, 0, _HU), "cut",
                    S("lany-aj", 34, 0, _HU), "cut",
                    S("folyo-aj", 56, 0, f"lovas-aj {_HU}"), "cut",
                    S("tuz-aj", 52, 0, f"sortuz-aj {_HU}"), "fadeblack:24",
                    S("hajnal-aj", 60, 0, _HU), "cut",
                    S("siksag-aj", 64, 300, f"near-aj credit220-aj {_HU}"), "fadeio:20:12",
                    S("vege-aj", 32, 0, _HU)]),
    ("maria-del-maguey", [S("titulo-aj", 38, 0, _MX), "cut",
                          S("magueyal-aj", 72, 0, f"panl-aj caption221-aj {_MX}"), "cut",
                          S("maria-aj", 36, 0, _MX), "cut",
                          S("lorenzo-aj", 34, 0, _MX), "cut",
                          S("maria-aj", 28, 200, f"near-aj {_MX}"), "cut",
                          S("iglesia-aj", 62, 0, f"sombra-aj {_MX}"), "fade:24",
                          S("cantina-aj", 56, 0, f"balazo-aj {_MX}"), "cut",
                          S("tormenta-aj", 60, 0, f"relampago-aj {_MX}"), "fadewhite:20",
                          S("lago-aj", 68, 0, _MX), "fade:36",
                          S("camino-aj", 70, 0, f"push-aj {_MX}"), "cut",
                          S("telon-aj", 40, 0, _MX)]),
]
