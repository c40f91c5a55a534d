"""Sources, effects and recipes of held-out-s (clips 114-119), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-113. Drawn scenes for six more kinds of
film: a village street in the rain with a paper umbrella passing, a ronin under his straw hat,
two swordsmen facing each other across wind-blown grass, a room of paper screens with a figure's
shadow passing behind them by lantern light, a swordsman's eyes under the brim with the rain
dripping from it and a temple gate at night between stone lanterns (a 1950s samurai film in black
and white, 2.39); a warehouse with a band on a stage of pallets under high windows and shafts of
light, the singer behind his hair at the microphone, a guitar's neck with the hand sliding along
it, the drummer behind his cymbals, a wall of television sets showing snow and the crowd moshing,
and a bare bulb swinging on its cord (a 1990s grunge music video, cross-processed and
windowboxed: 1.85 inside 4:3); a cave mouth seen from inside against the bright day, a passage
lit by a moving headlamp, a caver's face with the lamp shining into the lens, stalactites with a
drip falling, an underground lake with ripples and a far lamp, the boots of a caver crawling
through a squeeze and bats hanging from the roof (a caving documentary in 2:1, dark); the circus
with chariots racing round the spina under the crowded stands, a chariot tracked close with its
wheel turning, the emperor in his box under a purple awning, a legion marching with red shields,
a temple front in the sun and the rowers of a galley below deck with light through the oar ports
(a 1950s sword-and-sandal epic in Ultra Panavision, 2.76, Technicolor); the starting stalls with
the horses' heads over the gates, horses galloping along the rail tracked from the side, the
grandstand, the bookmakers' boards under umbrellas, the finishing post with the field rushing
past, the parade ring with a horse led round and a jockey close up in his silks (a 1970s
television broadcast of a horse race, 4:3, soft video colour); speed lines round a robot flying
at the lens, the robot's head with its V fin and green eyes against a sunset, the pilot's big
eyes under an open helmet, the cockpit with its radar and blinking lights, a city at dusk under
missile trails and the robot standing in its hangar between gantries, animated on threes in flat
colours (a 1980s anime robot series, full frame).
"""

from shots_lavfi import FONT, SERIF, either as _either, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_q import _f, _lines, _wheel


# A 1950s samurai film (grey: the print is black and white).
_RAINS = "lt(mod(X+0.3*Y,13),0.9)*gt(mod(Y+N*26+53*floor((X+0.3*Y)/13),61),47)"
_UX = "(40+0.9*N)"
_ROBE = "(5*sin(N*0.23+Y/25))"
_SHX = "(60+1.2*N)"
_GRASS = "gt(sin(X*1.1+3*sin(N*0.13+X/50)*(180-Y)/60),0.35)"


def _swordsman(x, k, blade):
    """A swordsman standing at x in the grass (the k-th, his blade held the other way when
    blade is -1): layers, those on top first."""
    return [(f"lt(abs(Y-88+{blade}*(X-{x})*0.7),1.3)*between({blade}*(X-{x}),4,46)", 236, 128, 128),
            (f"between(Y,56,66)*lt(abs(X-{x}),(Y-56)*1.6)", 40, 128, 128),
            (f"lt(hypot(X-{x},Y-71),6)", 64, 128, 128),
            (f"lt(hypot((X-{x}-3*sin(N*0.3+{k}+Y/15))/15,(Y-112)/40),1)*gt(Y,76)", 24, 128, 128)]


# A 1990s grunge music video.
_SNOW = "mod(abs(sin(X*12.9898+Y*78.233+N*4.137)*43758.5),1)"
_HAIRX = "(160+9*sin(N*0.37))"
_HANDX = "(120+34*sin(N*0.11))"
_BA = "(0.55*sin(N*0.14))"
_BX, _BY = f"(160+104*sin({_BA}))", f"(104*cos({_BA}))"
_MOSH = "(6*abs(sin(N*0.62+floor((X+{o})/28)*1.7)))"


def _bandmate(x, k, lm):
    """A band member on the stage at x, nodding (the k-th): layers, those on top first."""
    bob = f"(3*abs(sin(N*0.5+{k})))"
    return [(f"lt(hypot(X-{x},Y-72-{bob}),8)", lm, 128, 128),
            (f"lt(hypot((X-{x})/13,(Y-100-{bob})/22),1)", 24, 120, 140),
            (f"lt(abs(X-{x}),7)*between(Y,110,124)", 30, 128, 128)]


# A caving documentary.
_LX, _LY = "(160+70*sin(N*0.07))", "(88+22*sin(N*0.11+1))"
_MOUTH = "lt(hypot((X-170)/(92+12*sin(atan2(Y-80,X-170)*5)),(Y-80)/(58+9*sin(atan2(Y-80,X-170)*3+1))),1)"
_CAVERX = "(250-0.9*N)"
_STALAC = "lt(Y,8+(56+22*sin(floor(X/26)*2.1))*(1-abs(mod(X,26)-13)/13))"
_STALAG = "gt(Y,176-(40+18*sin(floor((X+9)/31)*3.3))*(1-abs(mod(X+9,31)-15.5)/15.5))"
_BOOT = "(8*sin(N*0.2))"

# A 1950s sword-and-sandal epic.
_CH = [f"(mod({40 + 170 * k}+{_f(5.5 + 0.7 * k)}*N,520)-100)" for k in range(2)]
_HOOF = "(sin(N*1.1+X/6))"


def _chariot(cx, y, k):
    """A chariot and its pair racing right at cx with the wheel's hub at y: layers, those on top
    first."""
    cb, cr = ((60, 200), (200, 90))[k % 2]
    return [(f"lt(hypot(X-{cx}-44,Y-{y}+34),5)", 100, 110, 150),
            (f"lt(abs(X-{cx}-48-(Y-{y}+14)*0.5*{_HOOF}),2)*between(Y,{y}-14,{y}+6)", 60, 118, 150),
            (f"lt(hypot((X-{cx}-40)/18,(Y-{y}+20)/8),1)", 70, 112, 156),
            (f"lt(hypot(X-{cx},Y-{y}+30),5)", 200, 90, 160),
            (f"between(X,{cx}-8,{cx}+8)*between(Y,{y}-26,{y}-4)", 150, cb, cr),
            (f"lt(abs(hypot(X-{cx}+4,Y-{y})-9),1.6)", 90, 120, 150)]


def _legion(y, off):
    """A rank of legionaries marching right, one every 56 pixels, their shields' bosses at y:
    layers, those on top first."""
    x = f"(mod(X-1.6*N-{off},56)-28)"
    step = f"(1.5*abs(sin(N*0.3+floor((X-1.6*N-{off})/56)*1.9)))"
    return [(f"lt(hypot({x},Y-{y}+{step}),2.5)", 230, 60, 170),
            (f"lt(abs({x}),9)*lt(abs(Y-{y}+{step}),14)", "150-30*lt(mod(Y,9),1)", 100, 200),
            (f"lt(hypot(({x}-2)/6,(Y-{y}+{step}+22)/4),1)*lt(Y,{y}-{step}-20)", 180, 70, 200),
            (f"lt(hypot({x}-2,Y-{y}+{step}+19),5)", 170, 100, 150),
            (f"lt(abs({x}+8),0.8)*between(Y,{y}-48,{y}+14)", 90, 120, 140)]


# A 1970s television broadcast of a horse race.
def _horse(x, y, k, cb, cr):
    """A horse galloping right at x with a jockey in silks cb, cr, its belly at y (the k-th):
    layers, those on top first."""
    g = f"(N*0.85+{_f(k * 1.7)})"
    return [(f"lt(hypot((X-{x}-6)/6,(Y-{y}+30)/5),1)", 200, cb, cr),
            (f"lt(hypot((X-{x}-2)/9,(Y-{y}+20)/7),1)", 180, cb, cr),
            (f"lt(abs(Y-{y}+16+(X-{x}-26)*0.9),4)*between(X,{x}+18,{x}+34)", 60, 120, 150),
            (f"lt(hypot((X-{x}-36)/8,(Y-{y}+26)/5),1)", 60, 120, 150),
            (_either(f"lt(abs(X-{x}-18-(Y-{y})*0.8*sin({g})),2.2)*between(Y,{y},{y}+24)",
                     f"lt(abs(X-{x}+16+(Y-{y})*0.8*sin({g}+1.4)),2.2)*between(Y,{y},{y}+24)"), 45, 124, 146),
            (f"lt(hypot((X-{x})/24,(Y-{y}+4)/11),1)", 70, 118, 152)]


_TRACK = "(N*14)"
_FIELD = [(f"({70 + 84 * k}+{_f(10 + 4 * k)}*sin(N*0.04+{k}))", 120 + 6 * (k % 2), k) for k in range(3)]
_SILKS = ((230, 160), (60, 90), (160, 40))

# A 1980s anime robot series, animated on threes.
_T = "(3*floor(N/3))"
_BLINK = f"gt(mod({_T},45),5)"


LAVFI_S = {
    # A 1950s samurai film.
    "street-s": _paint([(f"lt(hypot(X-{_UX},Y-98),24)*between(Y,80,98)",
                         f"if(lt(abs(sin(atan2(Y-98,X-{_UX})*8)),0.12),110,176)", 128, 128),
                        (f"lt(hypot((X-{_UX})/9,(Y-120)/22),1)", 36, 128, 128),
                        ("between(mod(X,80),30,62)*between(Y,84,112)",
                         "if(lt(mod(X,5),1)+lt(mod(Y,5),1),50,196)", 128, 128),
                        ("lt(mod(X,40),3)*between(Y,66,132)", 44, 128, 128),
                        ("between(Y,66,132)", "134+10*sin(X/3)*sin(Y/40)", 128, 128),
                        ("between(Y,44+0.3*abs(mod(X,80)-40),66)", "if(lt(mod(Y-0.5*X,5),1),34,70)", 128, 128),
                        ("gt(Y,132)", "80+25*sin(X/9+Y/3)+70*gt(sin(X/23)*sin(Y/4),0.8)", 128, 128)],
                       ("150-0.6*Y", 128, 128), add=f"40*{_RAINS}"),
    "ronin-s": _paint([("lt(abs(Y-122+(X-205)*0.45),3)*between(X,180,250)", "if(lt(mod(X,6),3),30,200)", 128, 128),
                       ("between(Y,26,54)*lt(abs(X-160),(Y-26)*2)",
                        "150-40*lt(abs(sin(atan2(Y-26,X-160)*14)),0.1)", 128, 128),
                       ("lt(hypot((X-160)/15,(Y-66)/15),1)", "70+60*gt(Y,66)", 128, 128),
                       (f"lt(abs(abs(X-160-{_ROBE})-(Y-76)*0.5),2.5)*between(Y,76,130)", 210, 128, 128),
                       (f"lt(hypot((X-160-{_ROBE})/64,(Y-160)/86),1)*gt(Y,76)", "45+15*gt(sin(X/4+Y/9),0.7)",
                        128, 128)],
                      ("90+40*lt(mod(X+20,60),28)*between(Y,30,130)+20*sin(Y/30)", 128, 128), add=f"50*{_RAINS}"),
    "duel-s": _paint([("gt(Y,118)", f"70+70*{_GRASS}", 128, 128)]
                     + _swordsman(80, 0, 1) + _swordsman(240, 2, -1)
                     + [("gt(Y,88-12*sin(X/45))", 105, 128, 128)],
                     ("215-0.5*Y+18*sin(X/37+N*0.04)*sin(Y/9)", 128, 128)),
    "screens-s": _paint([("(lt(mod(X,24),2.5)+lt(mod(Y,20),2.5))*between(Y,10,150)", 45, 128, 128),
                         (f"(lt(hypot(X-{_SHX},Y-70),11)+lt(hypot((X-{_SHX})/24,(Y-120)/46),1))*between(Y,10,150)",
                          120, 128, 128),
                         ("between(Y,10,150)", "215-25*pow((X-160)/160,2)", 128, 128),
                         ("gt(Y,150)", "95+15*lt(mod(X,60),2)+10*lt(mod(Y,10),1)", 128, 128)],
                        ("40", 128, 128), "(0.82+0.1*sin(N*0.9)*sin(N*2.3))"),
    "eyes-s": _paint([("lt(Y,52+0.12*(X-160))", "30+10*lt(abs(sin(X/5)),0.1)", 128, 128),
                      ("lt(hypot(mod(X,37)-18,Y-56-mod(N*3+floor(X/37)*11,30)),1.8)"
                       "*lt(mod(N*3+floor(X/37)*11,30),20)", 210, 128, 128),
                      ("lt(hypot(abs(X-160)-40-3*sin(N*0.05),Y-82),5)", 15, 128, 128),
                      ("lt(hypot((abs(X-160)-40)/16,(Y-82)/6),1)", 210, 128, 128),
                      ("lt(abs(Y-70+0.15*(abs(X-160)-40)),2.5)*between(abs(X-160),22,60)", 25, 128, 128)],
                     ("120+25*exp(-pow((Y-140)/40,2))-20*lt(abs(X-160),4)*gt(Y,90)", 128, 128), add=f"35*{_RAINS}"),
    "gate-s": _paint([("lt(hypot((abs(X-160)-90)/9,(Y-128)/12),1)", 235, 128, 128),
                      ("lt(abs(abs(X-160)-90),4)*between(Y,138,170)", 50, 128, 128),
                      ("lt(abs(Y-40+0.0015*pow(X-160,2)),5)*lt(abs(X-160),120)", 20, 128, 128),
                      ("lt(abs(Y-58),3)*lt(abs(X-160),95)", 20, 128, 128),
                      ("lt(abs(abs(X-160)-70),6)*between(Y,40,150)", 25, 128, 128),
                      ("gt(Y,150)", "55+25*lt(mod(Y,6),2)", 128, 128),
                      ("lt(hypot(X-250,Y-30),11)", 220, 128, 128)],
                     ("28+10*exp(-Y/60)", 128, 128),
                     add=f"70*exp(-hypot(abs(X-160)-90,Y-128)/22)+30*{_RAINS}"),
    "title4-s": _lines(_lines(_paint([], (f"14+40*{_RAINS}", 128, 128)),
                              ["THE WANDERING BLADE"], 22, 66, 0, "0xe6e6e6", SERIF),
                       ["Edo  1861"], 13, 104, 0, "0xb0b0b0", SERIF),
    # A 1990s grunge music video.
    "warehouse-s": _paint(_bandmate(90, 0, 150) + _bandmate(160, 1, 170) + _bandmate(232, 2, 140)
                          + [("lt(hypot(mod(X,22)-11,Y-172-" + _MOSH.format(o=0) + "),12)*gt(Y,150)", 14, 128, 128),
                             ("between(Y,120,134)", "90+20*lt(mod(X,30),2)+10*lt(mod(Y,5),1)", 110, 150),
                             ("between(Y,10,40)*lt(mod(X,50),36)", "230-60*lt(mod(X,12),1)", 128, 124)],
                          ("50+10*lt(mod(X,12),2)", 124, 134),
                          add="(50*exp(-pow((X-100-0.6*(Y-40))/14,2))+40*exp(-pow((X-250-0.6*(Y-40))/12,2)))"
                              "*gt(Y,40)"),
    "singer-s": _paint([("lt(hypot(X-160,Y-114),10)", "60+40*lt(mod(X+Y,4),1)", 128, 128),
                        ("lt(abs(X-160),2)*gt(Y,122)", 40, 128, 128),
                        (f"lt(hypot((X-{_HAIRX})/20,(Y-80)/26),1)*gt(abs(X-{_HAIRX}),9)", "70+40*gt(sin(X*1.3),0.5)",
                         110, 150),
                        (f"lt(hypot((X-{_HAIRX})/20,(Y-80)/26),1)", 150, 110, 156),
                        (f"lt(abs(X-{_HAIRX}),30-0.1*(Y-50))*between(Y,46,150)", "70+40*gt(sin(X*1.3),0.5)", 110, 150),
                        ("gt(Y,140)", "70+60*lt(mod(X,16),8)*lt(mod(Y,16),8)+30*lt(mod(X,16),8)", 110, 180)],
                       ("30+30*exp(-Y/50)", 140, 120)),
    "fretboard-s": _paint([(f"lt(hypot((X-{_HANDX})/18,(Y-90-({_HANDX}-160)*0.35)/14),1)", 150, 110, 156),
                           ("lt(abs(Y-90-(X-160)*0.35),14)*lt(mod(Y-90-(X-160)*0.35+14,5),0.7)*lt(X,250)",
                            220, 128, 128),
                           ("lt(abs(Y-90-(X-160)*0.35),14)*lt(mod(X+(Y-90)*0.35,26),2)*lt(X,250)", 200, 128, 128),
                           ("lt(abs(Y-90-(X-160)*0.35),14)*lt(X,250)", 60, 120, 150),
                           ("lt(hypot((X-290)/60,(Y-130)/50),1)", "120+40*lt(abs(hypot(X-290,Y-130)-30),3)", 80, 190)],
                          ("25+20*sin(X/20)", 140, 124)),
    "kit-s": _paint([("lt(abs(X-160+34*sin(N*0.9)),2)*between(Y,60,112)", 200, 128, 128),
                     ("lt(abs(X-160-30*sin(N*0.9+1.6)),2)*between(Y,60,112)", 200, 128, 128),
                     ("lt(hypot(X-160,Y-62-3*abs(sin(N*0.45))),12)", 140, 110, 156),
                     ("lt(hypot((X-70)/34,(Y-70-3*sin(N*1.3))/5),1)+lt(hypot((X-250)/38,(Y-60-4*sin(N*0.8))/6),1)",
                      "200+40*lt(mod(X,7),2)", 100, 150),
                     ("lt(hypot(X-160,Y-140),36)", "lt(hypot(X-160,Y-140),30)*180+60", 120, 150),
                     ("lt(hypot((X-160)/30,(Y-100)/32),1)", 40, 128, 128)],
                    ("30", 128, 128), "(0.7+0.3*abs(sin(N*0.8)))"),
    "sets-s": _paint([("between(mod(X,80),8,72)*between(mod(Y,60),8,50)*lt(mod(floor(X/80)+floor(Y/60),3),1)",
                       f"40+180*{_SNOW}", 128, 128),
                      ("between(mod(X,80),8,72)*between(mod(Y,60),8,50)*lt(mod(floor(X/80)+floor(Y/60),3),2)",
                       "90+80*lt(mod(Y+N*4,24),12)", "128+60*sin(floor(X/80))", "128+60*cos(floor(Y/60)*2)"),
                      ("between(mod(X,80),8,72)*between(mod(Y,60),8,50)", "150+60*sin(X/9)*sin(Y/7+N*0.2)", 90, 120),
                      ("1", "30+12*lt(mod(X,80),4)", 120, 134)],
                     ("20", 128, 128)),
    "mosh-s": _paint([("lt(abs(mod(X+5,45)-22-0.4*(120-Y)*sin(N*0.5+floor((X+5)/45)*2.3)),3)*between(Y,44,120)",
                       120, 120, 150),
                      ("lt(hypot(mod(X+9,28)-14,Y-120-" + _MOSH.format(o=9) + "),13)", 44, 120, 140),
                      ("lt(hypot(mod(X,28)-14,Y-168-" + _MOSH.format(o=0) + "),16)", 20, 128, 128)],
                     ("30+60*exp(-pow((X-100-40*sin(N*0.08))/30,2))*exp(-Y/90)", 160, 110)),
    "bulb-s": _paint([(f"lt(hypot(X-{_BX},Y-{_BY}),8)", 255, 128, 134),
                      (f"lt(abs((X-160)*cos({_BA})-Y*sin({_BA})),0.9)*lt((X-160)*sin({_BA})+Y*cos({_BA}),100)", 30,
                       128, 128)],
                     ("18+10*lt(mod(X,14),2)*gt(Y,40)", 126, 134),
                     add=f"140*exp(-hypot(X-{_BX},Y-{_BY})/30)+50*exp(-hypot(X-{_BX},Y-{_BY})/90)"),
    "title5-s": _lines(_paint([("lt(abs(Y-91+0.1*(X-160)),14)*between(X,40,280)", 210, 124, 132)],
                              ("60+40*gt(sin(X*2.1+Y*1.7),0.8)", 128, 128)),
                       ["MILDEW  ~  Static Season"], 16, 82, 0, "0x181818", FONT),
    # A caving documentary.
    "mouth-s": _paint([(f"lt(hypot(X-{_CAVERX},Y-70),6)+lt(hypot((X-{_CAVERX})/9,(Y-96)/20),1)", 12, 128, 128),
                       (f"{_MOUTH}*lt(mod(X,23),3)*gt(Y,40)", 70, 120, 130),
                       (_MOUTH, "238-20*exp(-pow((Y-130)/20,2))", 126, 130),
                       ("1", "18+14*sin(X/7+Y/11)*sin(Y/5)", 126, 132)],
                      ("0", 128, 128), add=f"40*exp(-hypot(X-170,Y-80)/110)*(1-{_MOUTH})"),
    "passage-s": _paint([("lt(hypot(X-200,Y-96),5)+lt(hypot((X-200)/8,(Y-118)/18),1)", 20, 128, 128),
                         ("gt(Y,140+8*sin(X/30))", "70+20*sin(X/5+Y/2)", 120, 140)],
                        ("90+40*sin(X/9+sin(Y/13)*3)*sin(Y/7)", 116, 142),
                        f"(0.08+1.4*exp(-pow(hypot(X-{_LX},Y-{_LY})/55,2)))"),
    "caver-s": _paint([("lt(hypot(X-160,Y-50),7)", 255, 120, 136),
                       ("lt(hypot((X-160)/34,(Y-58)/22),1)*lt(Y,62)", 200, 70, 160),
                       ("lt(abs(Y-62),3)*lt(abs(X-160),36)", 80, 120, 140),
                       ("lt(hypot(abs(X-160)-12,Y-84),3)", 230, 128, 128),
                       ("lt(hypot((X-160)/28,(Y-92)/32),1)", "90+40*exp(-(Y-62)/20)-30*gt(sin(X/3+Y/5),0.8)", 112, 150),
                       ("gt(Y,120)*lt(abs(X-160),80+0.5*(Y-120))", "50+20*lt(mod(X+Y,20),2)", 150, 110)],
                      ("8", 128, 128), add="120*exp(-hypot(X-160,Y-50)/18)"),
    "stalactites-s": _paint([("lt(hypot(X-210,Y-24-mod(N*6,150)),2)", 230, 124, 132),
                             (_STALAC, "150+30*sin(Y/4)", 110, 150),
                             (_STALAG, "140+30*sin(Y/5+X/9)", 110, 150),
                             ("gt(Y,150)", "40+40*gt(sin(X/6+N*0.1)*sin(Y/3),0.8)", 128, 128)],
                            ("24+10*sin(X/11)*sin(Y/13)", 124, 136), "(0.2+1.0*exp(-hypot(X-80,Y-90)/120))"),
    "lake-s": _paint([("lt(hypot(X-250,Y-64),3)", 250, 120, 136),
                      ("lt(abs(hypot((X-150)/2.4,Y-132)-mod(N*1.2,40)),1)*gt(Y,104)", 150, 124, 132),
                      ("gt(Y,104)", "10+150*exp(-pow((X-250)/6,2))*exp(-(Y-104)/40)*(0.7+0.3*sin(Y*1.3+N*0.4))",
                       126, 130),
                      ("lt(Y,40+10*sin(X/17))+gt(Y,70-6*sin(X/23))", "30+20*sin(X/8)*sin(Y/6)", 120, 140)],
                     ("6", 128, 128), add="60*exp(-hypot(X-250,Y-64)/16)"),
    "squeeze-s": _paint([(f"lt(hypot((X-140-{_BOOT})/14,(Y-110)/22),1)+lt(hypot((X-190+{_BOOT})/14,(Y-112)/22),1)",
                          "40+20*lt(mod(Y,5),1)", 120, 140),
                         (f"lt(hypot((X-165)/56,(Y-70-2*{_BOOT})/30),1)", 150, 90, 170),
                         ("lt(hypot((X-160)/150,(Y-95)/70),1)", "110+30*sin(X/6+Y/9)", 116, 142)],
                        ("12", 128, 128), "(1.3-0.9*pow(hypot(X-160,Y-95)/170,2))"),
    "roof-s": _paint([("lt(hypot((mod(X,31)-15)/4,(mod(Y,27)-12-3*sin(N*0.2+floor(X/31)*2.1))/8),1)"
                       "*gt(sin(floor(X/31)*3.7+floor(Y/27)*1.3),-0.3)", 25, 128, 128),
                      ("1", "100+30*sin(X/9+Y/12)*sin(Y/7)", 118, 140)],
                     ("0", 128, 128), "(0.1+1.3*exp(-pow(hypot(X-160-80*sin(N*0.05),Y-80)/70,2)))"),
    "title6-s": _lines(_paint([], ("6+70*exp(-pow(hypot(X-160,Y-90)/60,2))", 124, 136)),
                       ["Into the Dark"], 22, 78, 0, "0xf0e0c0", SERIF),
    # A 1950s sword-and-sandal epic.
    "circus-s": _paint([layer for k in range(2) for layer in _chariot(_CH[k], 146 + 16 * k, k)]
                       + [("lt(abs(X-200),4-0.03*(Y-50))*between(Y,50,104)", 200, 110, 140),
                          ("between(Y,100,114)", "170-30*lt(mod(X,40),3)", 110, 140),
                          ("between(Y,24,84)", "90+90*gt(sin(X*1.7+Y*2.3)*sin(X*0.9-Y*1.1+N*0.3),0.2)",
                           "128+50*sin(X*0.7+Y)", "128+50*sin(X*1.3-Y*0.6)"),
                          ("lt(Y,24)", "if(lt(mod(X,24),12),220,60)", 110, 200),
                          ("gt(Y,84)", "172+10*sin(X/5+Y/3)", 100, 150)],
                       ("200", 128, 128), add=f"50*exp(-pow(hypot((X-{_CH[0]}+50)/60,(Y-150)/14),2))"),
    "racer-s": _paint([(w, lm, 120, 140) for w, lm in zip(_wheel(130, 128, 40, 0.9), (40, 50, 190))]
                      + [("lt(hypot(X-150,Y-40),12)", 170, 100, 160),
                         ("lt(hypot((X-150)/14,(Y-30)/8),1)*lt(Y,34)", 200, 60, 120),
                         ("lt(abs(Y-50+(X-190)*0.3),1.2)*between(X,160,260)", 40, 128, 128),
                         ("lt(hypot((X-150)/22,(Y-70)/24),1)", 220, 120, 130),
                         ("between(X,90,220)*between(Y,70,116)", "170+40*lt(abs(Y-80),3)", 60, 180),
                         (f"lt(hypot((X-280)/30,(Y-60-4*{_HOOF})/18),1)", 200, 124, 130),
                         ("1", "150+40*sin((X+N*14)/7)*sin(Y/9)", "128+40*sin((X+N*14)/11)", "128+40*sin((X+N*14)/5)")],
                      ("200", 128, 128)),
    "emperor-s": _paint([("lt(abs(Y-60),3)*lt(abs(X-160),18)*lt(mod(X,4),2)", 150, 80, 100),
                         ("lt(hypot(X-160,Y-70),11)", 170, 104, 156),
                         ("lt(hypot(X-200,Y-86-6*sin(N*0.15)),7)", 170, 104, 156),
                         ("lt(abs(X-188+4*sin(N*0.15)),4)*between(Y,90,110)", 230, 128, 128),
                         ("lt(abs(X-150-0.3*Y),5)*between(Y,84,170)", 150, 190, 170),
                         ("lt(hypot((X-160)/34,(Y-140)/60),1)*gt(Y,80)", "230-20*lt(mod(X+Y,12),1)", 126, 130),
                         ("lt(abs(abs(X-160)-110),12)*gt(Y,30)", "220-30*lt(mod(X,6),2)", 124, 132),
                         ("lt(Y,30+6*sin(X/12))", "if(lt(mod(X,30),15),90,60)", 180, 170),
                         ("gt(Y,150)", "200-20*lt(mod(X,40),2)", 124, 134)],
                        ("90+20*sin(X/20)", 120, 140)),
    "legion-s": _paint([layer for r, y in enumerate((172, 146, 120)) for layer in _legion(y, 18 * r)]
                       + [("lt(abs(X-60-1.6*N),1)*between(Y,20,90)+lt(hypot(X-60-1.6*N,Y-22),6)", 230, 60, 160),
                          ("gt(Y,70+8*sin(X/60))", "170+10*sin(X/7)", 100, 150)],
                       ("210-0.5*Y", 170, 110)),
    "temple-s": _paint([("lt(abs(mod(X,34)-17),7)*between(Y,50,140)*between(X,20,300)",
                         "220-50*gt(mod(X,34),19)-12*lt(abs(sin(X*0.9)),0.2)", 124, 134),
                        ("between(Y,14,50)*lt(abs(X-160),150-(50-Y)*4.2)", "225-20*between(Y,40,50)", 124, 134),
                        ("between(Y,140,176)*lt(abs(X-160),150+(Y-140))", "200-40*lt(mod(Y-140,8),2)", 124, 134),
                        ("between(X,20,300)*between(Y,50,140)", 60, 120, 140)],
                       ("200-0.6*Y", 176, 104), add="25*exp(-hypot(X-280,Y-10)/40)"),
    "galley-s": _paint([(f"lt(hypot(X-{60 + 50 * k},Y-76-10*sin(N*0.2+{_f(0.25 * k)})),8)", 60, 124, 140)
                        for k in range(5)]
                       + [(f"lt(hypot((X-{60 + 50 * k}+6*sin(N*0.2))/12,(Y-104)/20),1)", 50, 124, 140)
                          for k in range(5)]
                       + [("lt(abs(Y-118-(X-mod(X,50)-35)*0.1-8*sin(N*0.2)),2)", 90, 118, 146),
                          ("lt(hypot((mod(X,50)-25)/8,(Y-44)/6),1)", 235, 110, 150),
                          ("lt(hypot(X-300,Y-120),18)", "140+40*lt(abs(hypot(X-300,Y-120)-14),2)", 110, 160)],
                       ("40+10*lt(mod(Y,12),1)", 116, 146), "(0.85+0.15*abs(sin(N*0.2)))",
                       add="50*exp(-pow((mod(X,50)-25-0.4*(Y-44))/6,2))*gt(Y,44)"),
    "title7-s": _lines(_paint([("gt(sin(X/9+2*sin(Y/14))*sin(Y/6-X/40),0.6)", 140, 120, 170)],
                              ("90+20*sin(X/13+Y/17)", 120, 190)),
                       ["THE CHARIOTEER"], 26, 70, 0, "0xffd860", SERIF),
    # A 1970s television broadcast of a horse race.
    "stalls-s": _paint([(f"lt(hypot((X-{40 * k + 20})/7,(Y-92-2*sin(N*0.3+{k}))/9),1)",
                         f"130+90*lt(abs(X-{40 * k + 20}),1.5)", 118, 150) for k in range(8)]
                       + [(f"lt(hypot(X-{40 * k + 20},Y-74-2*sin(N*0.3+{k})),5)", 160, *_SILKS[k % 3])
                          for k in range(8)]
                       + [("lt(mod(X,40),4)*between(Y,60,150)", 210, 110, 110),
                          ("between(Y,60,66)", 210, 110, 110),
                          ("gt(Y,140)", "110+20*lt(mod(X+2*Y,30),15)", 100, 110),
                          ("gt(Y,50-10*sin(X/30))", "70+20*sin(X/5)*sin(Y/4)", 100, 100)],
                       ("190-0.4*Y", 150, 118)),
    "rail-s": _paint([layer for x, y, k in _FIELD for layer in _horse(f"{x}", y, k, *_SILKS[k])]
                     + [("lt(mod(X+N*16,60),4)*between(Y,92,132)", 235, 128, 128),
                        ("lt(abs(Y-96),3)", 235, 128, 128),
                        ("gt(Y,132)", "110+25*lt(mod(X+N*16+0.5*Y,40),20)", 96, 110),
                        ("gt(Y,60)", "90+20*sin((X+N*6)/8)", 110, 120)],
                     ("170+20*sin((X+N*3)/40)", 140, 120)),
    "grandstand-s": _paint([("lt(hypot(mod(X,12)-6,mod(Y,12)-6-2*sin(N*0.4+floor(X/12)*2.3)),5)*between(Y,60,150)",
                             "140+60*gt(sin(floor(X/12)*1.3+floor(Y/12)*2.7),0.4)",
                             "128+40*sin(floor(X/12)*4.1)", "128+40*sin(floor(Y/12)*3.3+floor(X/12))"),
                            ("between(Y,40,60)", "200-40*lt(mod(X,40),2)", 126, 130),
                            ("lt(hypot(X-160,Y-28),12)", "if(lt(hypot(X-160,Y-28),10),230,40)", 128, 128),
                            ("between(Y,20,60)", 60, 124, 134),
                            ("gt(Y,150)", 150, 96, 110)],
                           ("180", 140, 120)),
    "bookies-s": _lines(_paint([("lt(hypot((X-60)/46,(Y-30)/18),1)*lt(Y,30)", "200-80*lt(mod(X,20),10)", 100, 200),
                                ("lt(hypot((X-220)/46,(Y-34)/18),1)*lt(Y,34)", "200-80*lt(mod(X,20),10)", 180, 90),
                                ("(lt(abs(X-60),1.5)+lt(abs(X-220),1.5))*between(Y,30,60)", 60, 128, 128),
                                ("between(X,20,300)*between(Y,60,130)", 30, 140, 120),
                                ("gt(Y,130)", "80+40*lt(hypot(mod(X,30)-15,Y-150-3*sin(N*0.3+X)),9)", 120, 140)],
                               ("160", 140, 124)),
                        ["7-2   FLYING FOX", "5-1   SEA BREEZE", "9-4   LUCKY STAR"], 13, 70, 18, "0xf0f0f0", FONT),
    "post-s": _paint([(_either(*(f"lt(hypot((X-mod({300 * k + 40}+22*N,700)+100)/30,(Y-100)/22),1)" for k in range(3))),
                       90, 118, 150),
                      ("lt(hypot(X-160,Y-30),14)", "if(lt(hypot(X-160,Y-30),9),230,200)", 100, 210),
                      ("lt(abs(X-160),3)*between(Y,30,150)", 235, 128, 128),
                      ("between(Y,40,80)", "120+60*gt(sin(X*1.3+Y*2.1),0.3)", "128+40*sin(X)", "128+40*sin(Y+X/3)"),
                      ("gt(Y,130)", 110, 96, 110)],
                     ("180", 140, 120)),
    "ring-s": _paint([("lt(hypot((X-160-110*cos(N*0.02))/28,(Y-110-30*sin(N*0.02))/14),1)", 70, 118, 152),
                      ("lt(hypot(X-140-110*cos(N*0.02),Y-100-30*sin(N*0.02)),6)", 150, 110, 156),
                      ("lt(abs(hypot((X-160)/130,(Y-110)/40)-1),0.03)", 235, 128, 128),
                      ("lt(hypot((X-160)/130,(Y-110)/40),1)", 140, 100, 110),
                      ("gt(Y,60)", 120, 96, 112)],
                     ("180-0.3*Y", 140, 120)),
    "jockey-s": _paint([("lt(hypot((abs(X-160)-14)/12,(Y-70-3*sin(N*0.85))/8),1)",
                         "70+120*lt(hypot(abs(X-160)-17,Y-67),3)", 110, 130),
                        ("lt(hypot((X-160)/30,(Y-56-3*sin(N*0.85))/22),1)*lt(Y,60)",
                         "if(lt(mod(X,20),10),220,60)", *_SILKS[0]),
                        ("lt(hypot((X-160)/28,(Y-84-3*sin(N*0.85))/24),1)", 160, 110, 152),
                        ("gt(Y,106)*lt(abs(X-160),90)", "if(lt(mod(floor(X/30)+floor(Y/30),2),1),220,60)", *_SILKS[1])],
                       ("150+20*sin((X+N*9)/9)", 120, 120)),
    "title8-s": _lines(_lines(_paint([("lt(abs(Y-150),20)", 60, 160, 110)], ("40+60*Y/180", 190, 110)),
                              ["RACING"], 30, 40, 0, "0xffe020", FONT),
                       ["The Summer Handicap"], 16, 90, 0, "0xffffff", FONT),
    # A 1980s anime robot series.
    "speedlines-s": _paint([(f"lt(hypot((X-160)/(20+mod({_T},60)/2),(Y-90)/(26+mod({_T},60)/2)),1)",
                             "60+120*gt(X,160)", 150, 110),
                            (f"gt(sin(atan2(Y-90,X-160)*40),0.7)*gt(mod(hypot(X-160,Y-90)-{_T}*9,60),30)",
                             240, 128, 128)],
                           ("60+40*hypot(X-160,Y-90)/180", 180, 100)),
    "robot-s": _paint([(f"lt(hypot((abs(X-160)-20)/12,(Y-70)/4),1)*{_BLINK}", 230, 90, 80),
                       ("lt(abs(X-160),5+0.9*(70-Y))*between(Y,20,64)*gt(abs(X-160),0.9*(70-Y)-6)", 230, 40, 160),
                       ("lt(abs(X-160),34)*between(Y,50,100)", "if(gt(X,172),150,210)", 124, 128),
                       ("lt(abs(X-160),14)*between(Y,92,106)", 180, 100, 210),
                       ("lt(abs(X-160),70)*between(Y,106,180)", "if(lt(abs(X-160),20)*lt(mod(Y,8),4),230,90)", 200, 90),
                       ("lt(abs(abs(X-160)-95),30)*between(Y,100,180)", "if(gt(X,200),110,150)", 100, 210)],
                      ("170-0.7*Y", 80, 190)),
    "pilot-s": _paint([("lt(hypot(abs(X-160)-34,Y-86),4)", 255, 128, 128),
                       (f"lt(hypot(abs(X-160)-38,Y-92),10)*{_BLINK}", 60, 180, 90),
                       (f"lt(hypot((abs(X-160)-38)/16,(Y-92)/18),1)*{_BLINK}", 250, 128, 128),
                       ("lt(abs(Y-92),2)*lt(abs(abs(X-160)-38),18)", 60, 120, 150),
                       ("lt(hypot(X-214,Y-60-mod(" + _T + ",30)),4)", 230, 150, 110),
                       ("lt(Y,66+10*abs(sin(X/12)))*lt(abs(X-160),90)", "if(gt(X,180),40,70)", 170, 100),
                       ("lt(hypot((X-160)/80,(Y-110)/80),1)", "if(gt(X,200),180,220)", 110, 150),
                       ("lt(hypot((X-160)/110,(Y-100)/100),1)", 200, 100, 100)],
                      ("30", 160, 120)),
    "cockpit-s": _paint([("lt(hypot(X-70,Y-80),40)*lt(abs(atan2(Y-80,X-70)-mod(" + _T + "*0.15,6.28)+3.14),0.3)",
                          200, 90, 90),
                         ("lt(hypot(X-70,Y-80),40)", "30+60*lt(abs(mod(hypot(X-70,Y-80),12)),1)", 110, 100),
                         ("between(X,140,300)*between(Y,40,110)*lt(mod(Y-" + _T + "*2,10),5)*lt(mod(X,20),14)",
                          180, 100, 80),
                         ("between(X,140,300)*between(Y,40,110)", 30, 120, 110),
                         (f"lt(hypot(mod(X,20)-10,Y-140),4)*gt(sin(floor(X/20)*2.3+floor({_T}/6)),0)",
                          240, 60, 200),
                         ("gt(Y,120)", "if(gt(X,200),50,80)", 150, 120)],
                        ("40", 150, 110)),
    "city2-s": _paint([(f"lt(abs(Y-150+0.004*pow(X-(40+{_T}*2.5),2)-{_T}*0.6),2)*lt(X,40+{_T}*2.5)",
                        240, 128, 128),
                       ("lt(mod(X,9),4)*lt(mod(Y,11),5)*gt(sin(floor(X/9)*3.7+floor(Y/11)*1.9),0.5)*"
                        "gt(Y,180-40-50*gt(sin(floor(X/26)*3.3),0)-30*gt(sin(floor(X/26)*1.9),0.4))",
                        230, 60, 160),
                       ("gt(Y,180-40-50*gt(sin(floor(X/26)*3.3),0)-30*gt(sin(floor(X/26)*1.9),0.4))", 30, 150, 130)],
                      ("if(lt(Y,60),90,if(lt(Y,100),150,200))", "if(lt(Y,60),170,110)", "if(lt(Y,60),150,180)")),
    "hangar-s": _paint([("lt(hypot((abs(X-160)-8)/5,(Y-30)/2),1)", 230, 90, 80),
                        ("lt(abs(X-160),22)*between(Y,20,44)", "if(gt(X,166),140,190)", 124, 128),
                        ("lt(abs(X-160),40)*between(Y,44,110)+lt(abs(abs(X-160)-22),12)*between(Y,110,180)",
                         "if(gt(X,170),70,110)", 190, 90),
                        ("lt(abs(mod(X+Y,60)-30),2)*(lt(X,80)+gt(X,240))", 60, 128, 128),
                        ("lt(abs(mod(Y,40)-20),3)*(lt(X,90)+gt(X,230))", 90, 128, 128)],
                       ("30+40*exp(-pow((X-160)/60,2))", 140, 120)),
    "logo2-s": _lines(_paint([], (f"if(gt(sin(atan2(Y-90,X-160)*12+{_T}*0.05),0),210,150)", 90, 200)),
                      ["STEEL COMET"], 34, 68, 0, "0xffffff", FONT),
    "credits-s": f"color=c=0x050505:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=13:fontcolor=0xf0f0f0:"
                 "line_spacing=10:textfile=NINETEENREEL:x=(w-tw)/2:y=h-2.4*n",
}
NINETEENREEL = "\n".join(["Steel Comet", "Episode 19", "", "Director", "A Geq Expression", "",
                          "Mecha Design", "Lt and Gt", "", "Animation", "On Threes", "",
                          "Music", "The Nineteenth Reel Band"])
TEXT_FILES_S = {"NINETEENREEL": ("nineteenreel.txt", NINETEENREEL)}

FX_S = {
    "grain1-s": "noise=alls=22:allf=t+u:all_seed=37000039",
    "grain2-s": "noise=alls=16:allf=t:all_seed=37000091",
    "grain3-s": "noise=alls=14:allf=t:all_seed=37000147",
    "grain4-s": "noise=alls=7:allf=t:all_seed=37000213",
    "grain5-s": "noise=alls=10:allf=t+u:all_seed=37000279",
    "grain6-s": "noise=alls=5:allf=t:all_seed=37000337",
    "near-s": "crop=iw*0.9:ih*0.9:iw*0.06:ih*0.04,scale=320:180",
    "angle-s": "crop=iw*0.74:ih*0.74:iw*0.2:ih*0.06,scale=320:180",
    "tight-s": "crop=iw*0.6:ih*0.6:iw*0.14:ih*0.22,scale=320:180",
    "closer-s": "crop=iw*0.46:ih*0.46:iw*0.27:ih*0.3,scale=320:180",
    # Looks: a black-and-white print in 2.39, flickering, and a misty near-white morning; a
    # cross-processed video windowboxed (1.85 inside 4:3); a dim, brown cave in 2:1; Technicolor
    # in Ultra Panavision (2.76); soft 1970s television colour in 4:3 with grey pillars; flat cel
    # colour.
    "jidai-s": "hue=s=0,eq=contrast=1.3:gamma=0.95",
    "flick-s": "eq=brightness='0.04*sin(n*4.3)+0.025*sin(n*11.7+1)+0.015*sin(n*23.9)':eval=frame",
    "mist-s": "eq=contrast=0.5:brightness=0.3",
    "scope3-s": "scale=320:134,pad=320:180:0:23:black",
    "xpro-s": "eq=contrast=1.3:saturation=1.35:gamma=1.08,"
              "colorbalance=rs=-0.08:gs=0.05:bs=0.1:rh=0.05:gh=0.08:bh=-0.12",
    "window-s": "scale=240:130,pad=320:180:40:25:black",
    "cave-s": "eq=contrast=1.08:saturation=0.85:gamma=0.92,colorbalance=rm=0.03:bm=-0.03",
    "wide2-s": "scale=320:160,pad=320:180:0:10:black",
    "techni-s": "eq=saturation=1.45:contrast=1.08,colorbalance=rs=0.05:bs=-0.03:gm=-0.02",
    "ultra-s": "scale=320:116,pad=320:180:0:32:black",
    "tv70-s": "gblur=sigma=0.7,eq=saturation=1.25:contrast=1.04,colorbalance=gs=0.03:rh=0.04",
    "pillar43-s": "scale=240:180,pad=320:180:40:0:0x101010",
    "cel-s": "eq=saturation=1.15:contrast=1.05",
    # Camera moves: a hand-held sway in the rain, a slow creep in, a whip pan with a sword's
    # slash; a hand-held camera jolted in the pit, a snap zoom, a Dutch angle; a camera bumping
    # along a crawl, an abseil's tilt down; a whip pan round the arena, the hooves' rumble, a pan
    # along the legion, a tilt down a temple front; a long-lens zoom in, a pan with the led horse;
    # an animated pan, a zoom burst, a quake after an impact.
    "sway-s": "scale=352:198,crop=320:180:x='16+9*sin(n*0.17)+3*sin(n*1.1)':y='9+5*sin(n*0.23+1)+2*sin(n*1.7)'",
    "creep-s": "zoompan=z='1+0.003*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)*0.4'",
    "slash-s": "scale=640:360,crop=320:180:x='160-150*tanh((n-MID)/2)':y=90,"
               "gblur=sigma=11:sigmaV=0.3:enable='between(n,MID-2,MID+2)'",
    "jolt-s": "scale=360:203,crop=320:180:x='20+14*sin(n*2.3)+6*sin(n*5.1)':y='11+9*sin(n*3.1)+4*sin(n*6.7)'",
    "snap-s": "zoompan=z='1+0.45*clip((in-MID)/2,0,1)':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'",
    "dutch-s": "scale=440:248,rotate=a='0.18+0.04*sin(n*0.3)':ow=440:oh=248,crop=320:180:60:34",
    "crawl-s": "scale=352:198,crop=320:180:x='16+6*sin(n*0.5)':y='9+7*abs(sin(n*0.35))'",
    "descend-s": "scale=320:400,crop=320:180:x=0:y='min(n*4.5,220)'",
    "whip3-s": "scale=640:360,crop=320:180:x='160+150*tanh((n-MID)/2.2)':y=60,"
               "gblur=sigma=12:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "rumble-s": "scale=340:191,crop=320:180:x='10+5*sin(n*3.7)':y='5+4*sin(n*4.9)'",
    "trackpan-s": "scale=480:270,crop=320:180:x='min(n*3.2,160)':y=45",
    "tiltdown-s": "scale=320:360,crop=320:180:x=0:y='min(n*4,180)'",
    "zoomin-s": "zoompan=z='1+0.007*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.55':y='(ih-ih/zoom)*0.5'",
    "follow2-s": "scale=400:225,crop=320:180:x='min(n*2.5,80)':y=20",
    "bgpan-s": "scale=480:270,crop=320:180:x='160-min(n*4,160)':y=45",
    "burst-s": "zoompan=z='1+0.6*clip((in-MID+4)/4,0,1)':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'",
    "quake-s": "scale=352:198,crop=320:180:x='16+14*sin(n*2.9)*exp(-max(n-MID,0)/6)*gte(n,MID)'"
               ":y='9+8*sin(n*3.7)*exp(-max(n-MID,0)/6)*gte(n,MID)'",
    # Around MID: lightning twice, a sword's glint, a paper screen slid across the lens, a gust of
    # leaves, the lantern blown out; white strobes, a crowd-surfer passing the lens, a film burn,
    # the power dipping, a photographer's flash; a headlamp turned into the lens, the lamp failing
    # and coming back, a flare struck, bats past the lens; dust rising over the lens, a shield's
    # glint to near white, a chariot's wheel passing the lens; the stall gates opening, a caption,
    # a hat passing the lens, a glint from the stands; an impact frame, a beam to near white, an
    # explosion, the robot's eyes flashing.
    "lightning-s": "eq=brightness='0.55*eq(n,MID)+0.2*eq(n,MID+1)+0.45*eq(n,MID+3)':eval=frame",
    "glint-s": _overlay("clip(1.5*exp(-hypot(X-212,Y-116)/(3+26*eq(N,MID)+10*eq(N,MID+1)))"
                        "+0.9*lt(abs(Y-116),1)*lt(abs(X-212),60)*eq(N,MID),0,1)*between(N,MID,MID+1)", 255),
    "slide-s": _overlay("lt(X,(N-MID+9)*36)*gt(X,(N-MID+9)*36-360)*between(N,MID-9,MID+9)",
                        "if(lt(mod(X-(N-MID+9)*36,24),3)+lt(mod(Y,30),3),40,215)"),
    "leaves-s": _overlay("lt(hypot(mod(X-N*19+7*floor(Y/13),37)-18,mod(Y,13)-6),2.6)*between(N,MID-10,MID+10)", 50),
    "lampout-s": "eq=brightness='-0.32*clip((n-MID)/4,0,1)':contrast='1-0.25*clip((n-MID)/4,0,1)':eval=frame",
    "strobe-s": _overlay("0.88*between(N,MID-7,MID+7)*eq(mod(N-MID+7,3),0)", 250),
    "surfer-s": _overlay("lt(hypot((X+120-60*(N-MID+4))/95,(Y-100+6*(N-MID))/70),1)*between(N,MID-4,MID+5)",
                         22, 120, 140),
    "burn-s": _overlay("clip(1.3*exp(-pow((N-MID)/3,2))*(0.5+0.5*X/320),0,0.96)*between(N,MID-6,MID+6)", 238, 70, 200),
    "blip-s": "eq=brightness='-0.55*between(n,MID,MID+2)':eval=frame",
    "camflash-s": _overlay("0.9*eq(N,MID)", 252),
    "glare-s": _overlay("clip(1.6*exp(-hypot(X-160,Y-60)/(8+140*exp(-pow((N-MID)/3,2)))),0,1)*between(N,MID-9,MID+9)",
                        252, 120, 136),
    "lampfail-s": "eq=brightness='-0.5*(eq(n,MID-7)+eq(n,MID-4)+between(n,MID,MID+7))':eval=frame",
    "flarestrike-s": _overlay("clip(0.9*eq(N,MID)+0.6*clip((N-MID)/5,0,1)*exp(-hypot(X-240,Y-120)/130),0,1)*gte(N,MID)",
                              236, 90, 205),
    "batswarm-s": _overlay("lt(hypot((mod(X+31*(N-MID)*(1-2*mod(floor(Y/45),2)),53)-26)/(7+4*abs(sin(N*2.1))),"
                           "(mod(Y,45)-22)/4),1)*between(N,MID-6,MID+6)"
                           "+lt(hypot((X-40*(N-MID)-160)/70,(Y-90)/40),1)*between(N,MID-2,MID+2)", 12),
    "dustrise-s": _overlay("clip((Y-180+(N-MID+8)*22)/50,0,0.94)*clip(1-(N-MID-5)/7,0,1)*between(N,MID-8,MID+12)"
                           "*(0.85+0.15*sin(X/7+Y/5+N))", 175, 110, 145),
    "shieldglint-s": _overlay("clip(1.4*exp(-hypot(X-120,Y-110)/(10+200*exp(-pow((N-MID)/1.5,2)))),0,1)"
                              "*between(N,MID-4,MID+4)", 252, 110, 140),
    "wheelpass-s": _overlay("lt(hypot(X-(N-MID+4)*60+60,Y-110),130)"
                            "*gt(abs(sin(atan2(Y-110,X-(N-MID+4)*60+60)*6+N)),0.25)*between(N,MID-4,MID+5)",
                            30, 120, 140),
    "gates-s": _overlay("between(Y,66,140)*between(mod(X,40),4,4+32*clip(1-(N-MID)/3,0,1))", 205, 110, 112),
    "caption-s": f"drawtext=fontfile={FONT}:fontsize=13:fontcolor=white:text='FAVOURITE  SEA BREEZE  5-1'"
                 ":box=1:boxcolor=0x1030a0@0.9:boxborderw=4:x=52:y=h-32:enable='gte(n,MID)'",
    "posts-s": _overlay("lt(mod(X+N*70,400),60)", 235),
    "hatpass-s": _overlay("lt(hypot((X-(N-MID+5)*44)/80,(Y-150)/60),1)*between(N,MID-5,MID+6)", 30, 120, 140),
    "glintw-s": _overlay("clip(1.4*exp(-hypot(X-250,Y-50)/(6+60*eq(N,MID))),0,1)*between(N,MID,MID+1)", 250),
    "impact-s": _overlay("eq(N,MID)+gt(sin(atan2(Y-90,X-160)*30),0.5)*between(N,MID+1,MID+2)", "if(eq(N,MID),255,15)"),
    "beam-s": _overlay("clip(exp(-abs(Y-90)/(4+90*exp(-pow((N-MID)/2.5,2))))*1.4,0,1)*between(N,MID-8,MID+8)",
                       250, 150, 100),
    "explode-s": _overlay("lt(hypot(X-220,Y-110),8*(N-MID))*between(N,MID,MID+7)",
                          "if(lt(hypot(X-220,Y-110),5*(N-MID)),255,230)", 60, 180),
    "eyeflash-s": _overlay("clip(1.5*exp(-hypot(abs(X-160)-20,Y-70)/(3+40*eq(N,MID)+15*eq(N,MID+1))),0,1)"
                           "*between(N,MID,MID+1)+lt(abs(Y-70),1)*lt(abs(X-160),150)*eq(N,MID)", 255, 100, 90),
}

# held-out-s (clips 114-119): new recipes again, written after held-out-r without running the
# detector on them. Film material of six more kinds, clips of about 20 s with short shots: a
# 1950s samurai film in black and white, 2.39, flickering and grainy (rain, a hand-held sway,
# lightning twice, a gust of leaves, a whip pan with a slash, a sword's glint, a misty near-white
# morning, a paper screen slid across the lens, the lantern blown out, a creep in on the gate), a
# 1990s grunge music video cross-processed and windowboxed (white strobes, a jolted hand-held
# camera, a crowd-surfer passing the lens, a snap zoom, a film burn, the power dipping, a Dutch
# angle, a bare bulb swinging in the dark, a photographer's flash), a caving documentary in 2:1,
# dark (a bright cave mouth, a headlamp turned into the lens, the lamp failing and coming back, a
# flare struck, bats past the lens, a crawl, an abseil's tilt down), a 1950s sword-and-sandal epic
# in Ultra Panavision, 2.76 (a whip pan round the arena, the hooves' rumble, a chariot's wheel
# passing the lens, a pan along the legion, a tilt down the temple, a shield's glint to near
# white, dust rising over the lens), a 1970s television broadcast of a horse race in 4:3 (a
# long-lens zoom, the stall gates opening, rail posts whipping past the lens, a caption, a hat
# passing the lens, a glint from the stands), and a 1980s anime robot series animated on threes
# (speed lines, a zoom burst, the eyes flashing, a quake, an animated pan, a beam to near white,
# an explosion, an impact frame, credits rolling over black); cuts between near-identical
# framings, to closer framings, between dark and between near-white shots, dissolves of 8 to 40
# frames (long ones between moving, shaking, strobing and flickering shots), pixel dissolves,
# fades through black, white and grays and fade outs and ins.
_SA = "jidai-s flick-s grain1-s scope3-s"
_GR = "xpro-s grain2-s window-s"
_CV = "cave-s grain3-s wide2-s"
_EP = "techni-s grain4-s ultra-s"
_TV = "tv70-s grain5-s pillar43-s"
_AN = "cel-s grain6-s"
HELD_OUT_S = [
    ("samurai-rain", [S("title4-s", 28, 0, "jidai-s grain1-s scope3-s"), "fadeio:12:10",
                      S("street-s", 36, 0, f"sway-s {_SA}"), "cut",
                      S("ronin-s", 32, 0, _SA), "cut",
                      S("ronin-s", 26, 32, f"closer-s {_SA}"), "cut",
                      S("eyes-s", 30, 0, f"lightning-s {_SA}"), "cut",
                      S("street-s", 50, 40, f"angle-s sway-s {_SA}"), "fade:30",
                      S("duel-s", 56, 0, f"leaves-s {_SA}"), "cut",
                      S("duel-s", 30, 56, f"near-s {_SA}"), "cut",
                      S("duel-s", 36, 86, f"slash-s {_SA}"), "cut",
                      S("duel-s", 30, 122, f"tight-s glint-s {_SA}"), "fadewhite:14",
                      S("duel-s", 32, 160, f"mist-s {_SA}"), "cut",
                      S("duel-s", 28, 196, f"angle-s mist-s {_SA}"), "cut",
                      S("screens-s", 44, 0, f"slide-s {_SA}"), "cut",
                      S("screens-s", 40, 50, f"tight-s lampout-s {_SA}"), "fadeblack:20",
                      S("gate-s", 36, 0, f"creep-s {_SA}"), "cut",
                      S("gate-s", 34, 40, f"closer-s lightning-s {_SA}"), "fadeio:16:12",
                      S("serif:Owari", 26, 0, "jidai-s grain1-s scope3-s")]),
    ("grunge-video", [S("title5-s", 26, 0, "grain2-s window-s"), "cut",
                      S("warehouse-s", 36, 0, f"strobe-s {_GR}"), "cut",
                      S("singer-s", 38, 0, _GR), "fade:8",
                      S("fretboard-s", 32, 0, f"jolt-s {_GR}"), "cut",
                      S("kit-s", 46, 0, _GR), "fade:24",
                      S("mosh-s", 50, 0, f"jolt-s surfer-s {_GR}"), "cut",
                      S("singer-s", 26, 38, f"snap-s {_GR}"), "cut",
                      S("sets-s", 30, 0, _GR), "cut",
                      S("sets-s", 30, 30, f"near-s {_GR}"), "dissolve:12",
                      S("bulb-s", 40, 0, _GR), "cut",
                      S("warehouse-s", 36, 40, f"angle-s burn-s {_GR}"), "cut",
                      S("kit-s", 56, 46, f"tight-s strobe-s {_GR}"), "fade:36",
                      S("mosh-s", 54, 50, f"jolt-s camflash-s {_GR}"), "cut",
                      S("fretboard-s", 30, 36, f"dutch-s {_GR}"), "cut",
                      S("singer-s", 40, 64, f"dutch-s blip-s {_GR}"), "fadegrays:22",
                      S("bulb-s", 52, 40, f"angle-s {_GR}"), "fadeblack:16",
                      S("warehouse-s", 36, 80, f"jolt-s {_GR}")]),
    ("cave-expedition", [S("title6-s", 26, 0, "grain3-s wide2-s"), "fadeio:10:14",
                         S("mouth-s", 38, 0, _CV), "cut",
                         S("mouth-s", 30, 38, f"closer-s {_CV}"), "fadegrays:16",
                         S("passage-s", 36, 0, f"crawl-s {_CV}"), "cut",
                         S("caver-s", 28, 0, f"glare-s {_CV}"), "cut",
                         S("passage-s", 46, 60, f"angle-s {_CV}"), "fade:28",
                         S("stalactites-s", 50, 0, f"descend-s {_CV}"), "cut",
                         S("stalactites-s", 24, 50, f"tight-s {_CV}"), "cut",
                         S("lake-s", 36, 0, _CV), "cut",
                         S("caver-s", 40, 30, f"near-s lampfail-s {_CV}"), "cut",
                         S("roof-s", 40, 0, f"batswarm-s {_CV}"), "cut",
                         S("squeeze-s", 40, 0, f"crawl-s {_CV}"), "fadeblack:18",
                         S("lake-s", 44, 40, f"angle-s flarestrike-s {_CV}"), "cut",
                         S("passage-s", 26, 110, f"tight-s {_CV}"), "cut",
                         S("roof-s", 56, 60, f"near-s {_CV}"), "fade:40",
                         S("mouth-s", 66, 80, f"crawl-s {_CV}"), "fadewhite:16",
                         S("mouth-s", 34, 150, f"angle-s {_CV}")]),
    ("chariot-epic", [S("title7-s", 34, 0, "grain4-s ultra-s"), "fade:20",
                      S("circus-s", 44, 0, _EP), "cut",
                      S("racer-s", 32, 0, f"rumble-s {_EP}"), "cut",
                      S("emperor-s", 30, 0, _EP), "cut",
                      S("circus-s", 40, 44, f"whip3-s {_EP}"), "cut",
                      S("racer-s", 30, 32, f"closer-s rumble-s wheelpass-s {_EP}"), "cut",
                      S("legion-s", 56, 0, f"trackpan-s {_EP}"), "fade:32",
                      S("temple-s", 54, 0, f"tiltdown-s {_EP}"), "cut",
                      S("temple-s", 26, 54, f"near-s {_EP}"), "cut",
                      S("legion-s", 34, 60, f"tight-s shieldglint-s {_EP}"), "cut",
                      S("galley-s", 40, 0, _EP), "fadegrays:16",
                      S("galley-s", 36, 40, f"angle-s {_EP}"), "cut",
                      S("emperor-s", 30, 30, f"closer-s {_EP}"), "cut",
                      S("circus-s", 44, 90, f"dustrise-s {_EP}"), "fadewhite:12",
                      S("racer-s", 32, 66, f"rumble-s {_EP}"), "cut",
                      S("circus-s", 46, 134, f"near-s {_EP}"), "fadeblack:26",
                      S("serif:Finis", 40, 0, "grain4-s ultra-s")]),
    ("racing-broadcast", [S("title8-s", 26, 0, "tv70-s grain5-s pillar43-s"), "cut",
                          S("grandstand-s", 32, 0, f"zoomin-s {_TV}"), "cut",
                          S("bookies-s", 26, 0, _TV), "cut",
                          S("ring-s", 44, 0, f"follow2-s {_TV}"), "fade:22",
                          S("jockey-s", 34, 0, _TV), "cut",
                          S("stalls-s", 36, 0, f"gates-s {_TV}"), "cut",
                          S("rail-s", 44, 0, f"posts-s caption-s {_TV}"), "cut",
                          S("rail-s", 30, 44, f"near-s {_TV}"), "cut",
                          S("grandstand-s", 30, 32, f"angle-s hatpass-s {_TV}"), "cut",
                          S("rail-s", 40, 80, f"tight-s {_TV}"), "dissolve:14",
                          S("post-s", 36, 0, _TV), "cut",
                          S("post-s", 30, 36, f"closer-s glintw-s {_TV}"), "cut",
                          S("grandstand-s", 40, 66, f"near-s {_TV}"), "fadegrays:20",
                          S("ring-s", 40, 50, f"angle-s caption-s {_TV}"), "cut",
                          S("jockey-s", 56, 34, f"closer-s {_TV}"), "fade:38",
                          S("rail-s", 64, 124, f"posts-s {_TV}"), "fadeio:14:10",
                          S("card:RESULTS", 30, 0, "tv70-s grain5-s pillar43-s")]),
    ("robot-anime", [S("logo2-s", 30, 0, _AN), "cut",
                     S("speedlines-s", 30, 0, f"burst-s {_AN}"), "cut",
                     S("robot-s", 32, 0, f"eyeflash-s {_AN}"), "cut",
                     S("pilot-s", 26, 0, _AN), "cut",
                     S("cockpit-s", 28, 0, f"quake-s {_AN}"), "cut",
                     S("city2-s", 44, 0, f"bgpan-s {_AN}"), "fade:18",
                     S("hangar-s", 40, 0, f"tiltdown-s {_AN}"), "cut",
                     S("robot-s", 30, 32, f"closer-s {_AN}"), "cut",
                     S("pilot-s", 24, 26, f"closer-s {_AN}"), "cut",
                     S("robot-s", 40, 66, f"beam-s {_AN}"), "fadewhite:12",
                     S("city2-s", 40, 44, f"explode-s quake-s {_AN}"), "cut",
                     S("speedlines-s", 26, 30, f"impact-s {_AN}"), "cut",
                     S("robot-s", 28, 110, f"tight-s {_AN}"), "cut",
                     S("cockpit-s", 36, 28, f"tight-s {_AN}"), "fadeblack:14",
                     S("hangar-s", 46, 40, f"angle-s {_AN}"), "dissolve:20",
                     S("city2-s", 46, 84, f"near-s {_AN}"), "fadeio:12:16",
                     S("credits-s", 66, 0, "grain6-s")]),
]
