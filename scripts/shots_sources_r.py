"""Sources, effects and recipes of held-out-r (clips 108-113), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-107. Drawn scenes for six more kinds of
film: a row of arcade cabinets with their marquees and screens in a dark hall, a maze game's
screen close up with its scanlines, a teenager's face lit by the screen, the aisles of a video
store under fluorescent tubes, the clerk at the counter with a television and an OPEN sign, and
the arcade's neon sign over the parking lot (a 1980s arcade and video-store teen film in 1.85); a
palace courtyard with scalloped arches and a row of dancers in twirling skirts, the lead dancer's
lehenga turning, the hero in white against a blue wall, a crowd of dancers with their arms up,
dhol drummers and a rooftop at dusk with kites (a Bollywood dance number in scope, saturated);
an interrogation room under a swinging lamp, the suspect's face sweating in its light, the
detective in his hat against the blinds with a cigarette, an office striped by venetian blinds,
the observation room behind the mirror and a wet alley under a street lamp (a 1940s film noir
interrogation in black and white, 1.37); a miniature city at night with searchlights and the
monster's silhouette, the monster's head with its glowing eye, tanks on a hillside road, the
headquarters' map table and radar, a crowd fleeing under a burning sky and a power pylon (a 1960s
monster film in scope, in faded colour); a dark bakehouse at four in the morning with the oven
glowing, hands kneading dough on a floured table, flour through a sieve, the oven with its
loaves, racks of bread and the shop front at dawn (a documentary about a village bakery in 1.66,
warm and low in contrast, near-white shots); a canal between palazzi with its water glittering,
a gondolier rowing, a square with arcades, a bell tower and pigeons, a stone bridge over the
canal, a shop window of carnival masks and a hazy lagoon with its mooring poles (a 1950s Venice
travelogue in Technicolor, 4:3).
"""

from shots_lavfi import FONT, SERIF, either as _either, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_q import _f, _lines, _runner


# A 1980s arcade and video-store teen film.
def _cabinet(x, k):
    """An arcade cabinet centred at x (the k-th of a row): layers, those on top first."""
    cb, cr = ((200, 70), (90, 210), (60, 100), (190, 170), (150, 40))[k % 5]
    game = (f"(40+170*gt(sin((X-{x})*0.9+floor(Y/6)*2.1+N*{_f(0.3 + 0.17 * k)}),0.55)*lt(mod(Y+N*{k + 1},12),8))"
            f"*(0.75+0.25*lt(mod(Y,2),1))")
    return [(f"lt(abs(X-{x}),15)*between(Y,58,94)", game, cb, cr),
            (f"lt(abs(X-{x}),19)*between(Y,54,98)", 14, 128, 128),
            (f"lt(hypot(X-{x}-8,Y-106),3)+lt(hypot(X-{x}+2,Y-108),3)", 230, 60, 210),
            (f"lt(abs(X-{x}+9),1.5)*between(Y,100,108)", 20, 128, 128),
            (f"lt(abs(X-{x}),22)*between(Y,32,46)", "150+80*lt(mod(X+N*2,10),5)", cr, cb),
            (f"lt(abs(X-{x}),24)*between(Y,102,114)", 64, 120, 140),
            (f"lt(abs(X-{x}),22)*gt(Y,28)", f"26+18*lt(abs(abs(X-{x})-14),3)*gt(Y,114)", cb, 255 - cr)]


_PAC = "(40+3*mod(N,80))"
_GHX = "(250-2.5*mod(N,90))"
_MAZE = _either("lt(abs(mod(X,40)-20),2)*gt(sin(floor(X/40)*3.1+floor(Y/30)*1.7),0)",
                "lt(abs(mod(Y,30)-15),2)*gt(sin(floor(X/40)*2.3+floor(Y/30)*2.9),0)")
_GLOW = "(0.8+0.2*sin(N*2.1)*sin(N*0.37))"
_TAPES = "between(mod(Y,40),6,34)*between(Y,20,140)"
_SHELF = "(floor(X/7)*2.7+floor(Y/40)*1.3)"


def _hair(x, y, r):
    """Big 1980s hair round a head at (x, y) of radius r: a cloud of curls."""
    return (f"lt(hypot(X-{x},Y-{y}+{_f(r * 0.3)}),{_f(r * 1.45)}+{_f(r * 0.12)}*sin(atan2(Y-{y},X-{x})*9))"
            f"*lt(Y,{y}+{_f(r * 0.9)})")


# A Bollywood dance number.
def _dancer(x, k, y=140, s=1.0):
    """A dancer at x with her feet at y, scale s, her skirt twirling: layers, those on top first."""
    w = f"({_f(16 * s)}+{_f(7 * s)}*sin(N*0.55+{_f(k * 1.3)}))"
    cb, cr = ((90, 210), (200, 150), (60, 170), (170, 90), (110, 230), (210, 110))[k % 6]
    arm = f"sin(N*0.4+{_f(k * 0.9)})"
    return [(f"lt(hypot(X-{x},Y-{_f(y - 56 * s)}),{_f(6 * s)})", 120, 110, 160),
            (f"lt(hypot(X-{x},Y-{_f(y - 59 * s)}),{_f(7.5 * s)})*lt(Y,{_f(y - 58 * s)})", 16, 128, 128),
            (_either(f"lt(abs(Y-{_f(y - 46 * s)}+(X-{x})*0.9*{arm}),{_f(1.8 * s)})*lt(abs(X-{x}),{_f(17 * s)})",
                     f"lt(abs(Y-{_f(y - 50 * s)}-(X-{x})*0.7*{arm}),{_f(1.8 * s)})*lt(abs(X-{x}),{_f(15 * s)})"),
             130, 108, 162),
            (f"lt(hypot((X-{x})/{_f(6 * s)},(Y-{_f(y - 38 * s)})/{_f(11 * s)}),1)", 150, cb, cr),
            (f"lt(abs(X-{x}),{w}*(Y-{_f(y - 30 * s)})/{_f(28 * s)})*between(Y,{_f(y - 30 * s)},{_f(y - 2 * s)})",
             f"120+70*gt(sin(atan2(Y-{_f(y - 30 * s)},X-{x})*14-N*0.7),0.3)", cr, cb)]


_ARCHES = _either("lt(abs(mod(X,64)-32),17)*between(Y,58,120)",
                  "lt(hypot(mod(X,64)-32,Y-58),17+3*abs(sin(atan2(Y-58,mod(X,64)-32)*5)))*lt(Y,58)")
_MARIGOLD = "lt(hypot(mod(X,7)-3.5,Y-24-6*sin(X*0.049)),3.2)"
_LW = "(52+8*sin(N*0.5))"
_LANG = "(atan2(Y-112,X-160)*16-N*0.8)"
_HEROARM = "(0.6+0.5*sin(N*0.2))"
_KITES = [(f"(60+{80 * k}+14*sin(N*0.09+{k}))", f"(40+{12 * (k % 2)}+9*sin(N*0.13+{2 * k}))", k) for k in range(4)]

# A 1940s film noir interrogation (grey: the print is black and white).
_LAMPX = "(160+34*sin(N*0.13))"
_POOL = f"exp(-pow(hypot((X-{_LAMPX}-(Y-40)*0.4*sin(N*0.13))/(30+0.8*(Y-40)),(Y-130)/44),2))"
_BLINDS = "lt(mod(Y+0.35*X,15),8)"
_SMOKEN = "(0.5+0.5*sin(X/13+Y/17-N*0.12)*sin(Y/11-X/29+N*0.07))"
_RAINR = "lt(mod(X+0.15*Y,9),1)*gt(mod(Y+N*19+41*floor((X+0.15*Y)/9),47),39)"

# A 1960s monster film.
_MONX = "(40+0.7*N)"
_MONB = "(2*abs(sin(N*0.3)))"
_BEAM1 = "lt(abs(atan2(X-70,180-Y)-0.5*sin(N*0.05)),0.04+0.0002*(180-Y))"
_BEAM2 = "lt(abs(atan2(X-250,180-Y)+0.4*sin(N*0.04+1)),0.04+0.0002*(180-Y))"
_TOWERS = "lt(Y,180-40-50*gt(sin(floor(X/22)*3.3),0)-30*gt(sin(floor(X/22)*1.9),0.4))"
_TWIN = "lt(mod(X,6),3)*lt(mod(Y,8),4)*gt(sin(floor(X/6)*2.1+floor(Y/8)*4.3+floor(N/30)),0.4)"
_JAW = "(6+6*max(0,sin(N*0.21)))"
_SCALES = "(gt(sin(X*0.7+sin(Y*0.5)*2)*sin(Y*0.8+X*0.2),0.2)*20)"
_FIRE = "(0.6+0.25*sin(N*1.7+X/20)+0.15*sin(N*3.1+X/7))"
_SWEEPR = "(mod(N*0.12,6.2832))"
_FLEEING = [_runner(f"(mod({30 + 70 * k}+2.4*N,380)-30)", 160 - 8 * (k % 2), 0.9 + 0.1 * (k % 3), _f(k * 1.9), 1.3)
            for k in range(5)]

# A documentary about a village bakery.
_KNEAD = "(8*sin(N*0.35))"
_PEEL = "(min(N*2.2,150))"
_DAWNR = "clip(N/60,0,1)"

# A 1950s Venice travelogue.
_GLITTER = "gt(sin(X/4+sin(Y*0.9+N*0.35)*3)*sin(Y*1.7-N*0.2+X/9),0.75)"
_FACADE = [(0, 70, 180, 120, 160), (70, 150, 160, 100, 180), (170, 250, 200, 140, 150), (250, 320, 150, 110, 170)]
_GONX = "(340-1.6*mod(N,260))"
_OAR = "(0.35*sin(N*0.18))"
_PIGEONS = "lt(hypot(mod(X+N*0.7*gt(sin(floor(X/17)),0)+11*floor(Y/9),17)-8,mod(Y,9)-4),2.2)*gt(Y,132)"
_CAMP = "between(X,44,76)*gt(Y,8)+lt(abs(X-60),(Y+10)*0.7)*between(Y,0,8)"


def _mask(x, y, k):
    """A carnival mask at (x, y): layers (eye holes, trim, face), those on top first."""
    lm, cb, cr = ((230, 128, 128), (200, 80, 150), (120, 110, 200), (80, 170, 120), (220, 100, 140))[k % 5]
    return [(f"lt(hypot((abs(X-{x})-8)/6,(Y-{y}+2)/3.5),1)", 10, 128, 128),
            (f"lt(abs(hypot((X-{x})/22,(Y-{y})/26)-1),0.08)", 210, 60, 160),
            (f"lt(hypot((X-{x})/22,(Y-{y})/26),1)", f"{lm}-30*gt(sin(X/2+Y/3),0.8)", cb, cr)]


LAVFI_R = {
    # A 1980s arcade and video-store teen film.
    "arcade-r": _paint([layer for k in range(5) for layer in _cabinet(32 + 64 * k, k)]
                       + [("gt(Y,150)", "24+60*lt(abs(sin(X/9+Y/4)*6-Y/8+floor(Y/6)),0.6)", 160, 100)],
                       ("8+6*lt(mod(X,40),2)*lt(Y,28)", 136, 132),
                       add="26*exp(-pow((Y-76)/22,2))*gt(cos((X-32)*0.098),0.6)"),
    "screen-r": _lines(_paint([(f"lt(hypot(X-{_PAC},Y-75),9)*gt(abs(atan2(Y-75,X-{_PAC})),0.7*abs(sin(N*0.8)))",
                                210, 20, 150),
                               (f"lt(hypot((X-{_GHX})/8,(Y-105)/9),1)*lt(hypot(abs(X-{_GHX})-3,Y-103),2.2)", 250, 150, 120),
                               (f"lt(hypot((X-{_GHX})/8,(Y-105)/9),1)", 90, 100, 230),
                               (f"{_MAZE}*between(Y,30,170)", 80, 220, 110),
                               ("lt(hypot(mod(X,10)-5,mod(Y,10)-5),1.3)*between(Y,30,170)"
                                f"*(gt(X,{_PAC})+gt(abs(Y-75),4))", 200, 100, 150)],
                              (8, 128, 128), "(0.78+0.22*lt(mod(Y,3),2))*(1-0.35*pow(hypot(X-160,Y-90)/184,2))"),
                       ["1UP   048210   HI 112400"], 12, 10, 0, "0xff3030", FONT),
    "player-r": _paint([("lt(hypot(abs(X-160)-13,Y-84),2.5)", 240, 128, 128),
                        ("lt(hypot((abs(X-160)-13)/7,(Y-84)/4),1)", 30, 128, 128),
                        ("lt(hypot((X-160)/9,(Y-118)/3),1)", 60, 120, 160),
                        ("lt(hypot((X-160)/36,(Y-94)/46),1)",
                         "60+130*exp(-(140-Y)/60)", "128+36*sin(N*0.7)", "128+30*cos(N*0.5)"),
                        (_hair(160, 86, 44), "30+18*gt(sin(X/3+Y/4),0.5)", 120, 140),
                        ("gt(Y,132)*lt(abs(X-160),60+0.8*(Y-132))", 40, 170, 110)],
                       ("6+30*exp(-pow(hypot(mod(X+20,70)-35,Y-50)/14,2))", 150, 110),
                       _GLOW),
    "store-r": _lines(_paint([("lt(Y,14)*lt(mod(X,80),56)*gt(mod(X,80),6)", 248, 128, 128),
                              ("lt(Y,16)", 30, 128, 128),
                              (f"{_TAPES}*lt(mod(X,7),5)*between(X,30,290)",
                               f"70+120*gt(sin({_SHELF}),0)", f"128+70*sin({_SHELF}*1.7)", f"128+70*cos({_SHELF}*2.3)"),
                              ("between(Y,20,144)*between(X,26,294)", "60-30*lt(mod(Y,40),6)", 120, 136),
                              ("gt(Y,144)", "110+20*lt(mod(X+2*Y,24),12)", 126, 130)],
                             (150, 124, 132), "(0.9+0.1*exp(-Y/40))"),
                      ["NEW RELEASES"], 12, 146, 0, "0x20ff60", FONT),
    "counter-r": _lines(_paint([("between(X,200,260)*between(Y,80,120)",
                                 "70+130*gt(sin(X/5+N*0.6),0)*lt(mod(Y+N*3,9),6)", "128+80*sin(floor(X/8))",
                                 "128+80*cos(floor(X/8)*1.7)"),
                                ("between(X,194,266)*between(Y,74,126)", 40, 128, 128),
                                ("lt(hypot(X-120,Y-70),14)", 150, 110, 158),
                                ("lt(hypot(X-120,Y-62),17)*lt(Y,62)", 40, 126, 138),
                                ("lt(hypot((X-120)/34,(Y-124)/40),1)", 90, 180, 100),
                                ("between(Y,126,180)", "70+16*lt(mod(X,30),2)", 110, 150),
                                ("between(X,30,90)*between(Y,20,60)", "30+20*sin(Y/3)", 150, 110)],
                               ("40+30*lt(mod(Y,50),3)", 130, 130), add="70*exp(-hypot(X-60,Y-40)/30)"),
                        ["OPEN"], 16, 32, 0, "0xff40a0", FONT),
    "lot-r": _lines(_paint([("lt(hypot(X-110,Y-140),4)+lt(hypot(X-190,Y-140),4)", 230, 100, 230),
                            ("between(X,100,200)*between(Y,128,150)", 30, 128, 140),
                            ("between(X,112,188)*between(Y,114,130)", 18, 128, 128),
                            ("lt(abs(X-270),2)*between(Y,40,170)", 60, 128, 128),
                            ("between(X,20,300)*between(Y,8,62)", 16, 128, 128),
                            ("between(Y,62,128)", "34+40*lt(mod(X,32),20)*between(Y,76,110)", 150, 110),
                            ("gt(Y,128)", "20+10*lt(mod(X-1.5*Y,40),2)", 128, 128)],
                           (6, 140, 124), add="90*exp(-hypot(X-270,Y-38)/16)+40*exp(-pow((Y-36)/24,2))"),
                    ["GALAXY ARCADE"], 30, 20, 0, "0xff30d0", FONT),
    "title-r": _lines(_lines(_paint([("lt(abs(mod(Y+0.6*X,30)-15),1)*gt(Y,120)", 120, 210, 90)],
                                    ("4+30*exp(-pow((Y-180)/40,2))", 150, 140)),
                             ["HIGH SCORE"], 34, 52, 0, "0xff40e0", FONT),
                      ["a teenage picture"], 12, 98, 0, "0x40e0ff", FONT),
    # A Bollywood dance number.
    "palace-r": _paint([layer for k in range(6) for layer in _dancer(f"({40 + 48 * k}+4*sin(N*0.2+{k}))", k)]
                       + [(_MARIGOLD, "190+40*sin(X*0.7)", 30, 180),
                          ("gt(Y,138)", "150+50*lt(mod(floor(X/20)+floor((Y-138)/10),2),1)", 118, 140),
                          (_ARCHES, "70+30*exp(-pow((Y-110)/30,2))", 100, 170),
                          ("gt(Y,34)", "200-20*lt(mod(X,64),2)", 105, 150)],
                       ("150+60*Y/34", 80, 190)),
    "lead-r": _paint([("lt(hypot(X-160,Y-48),12)", 150, 104, 164),
                      ("lt(hypot(X-160,Y-44),14)*lt(Y,42)", 14, 128, 128),
                      ("lt(hypot(X-154,Y-46),1.6)+lt(hypot(X-167,Y-46),1.6)", 20, 128, 128),
                      ("lt(hypot(X-160,Y-64),3)", 250, 40, 150),
                      (_either("lt(abs(Y-70+(X-160)*0.9*sin(N*0.3)),3)*lt(abs(X-160),46)*gt(X,160)",
                               "lt(abs(Y-70-(X-160)*0.9*sin(N*0.3+1)),3)*lt(abs(X-160),46)*lt(X,160)"), 150, 104, 164),
                      ("lt(hypot((X-160)/15,(Y-88)/26),1)", 130, 90, 210),
                      (f"lt(abs(X-160),{_LW}*(Y-104)/66)*between(Y,104,176)",
                       f"110+80*gt(sin({_LANG}),0.2)+40*lt(abs(Y-170),3)", f"if(gt(sin({_LANG}),0.2),40,120)", 220)],
                     ("90+40*sin(X/18)*sin(Y/14)", 150, 200),
                     add=f"50*{_MARIGOLD}"),
    "hero-r": _paint([("lt(hypot(X-150,Y-60),16)", 140, 106, 160),
                      ("lt(hypot(X-150,Y-54),18)*lt(Y,52)", 12, 128, 128),
                      ("lt(hypot((X-150)/10,(Y-72)/3),1)*gt(Y,71)", 20, 128, 128),
                      (f"lt(abs(Y-100+(X-150)*{_HEROARM}),5)*between(X,150,215)", 236, 126, 130),
                      ("lt(hypot((X-150)/34,(Y-140)/64),1)*gt(Y,80)", "236-20*lt(abs(X-150),2)", 126, 130)],
                     ("60+20*sin(X/11)", 190, 80)),
    "crowd-r": _paint([layer for k in range(5) for layer in _dancer(f"({32 + 64 * k}+5*sin(N*0.3+{k}))", k + 2, 180, 1.3)]
                      + [layer for k in range(6) for layer in _dancer(f"({8 + 60 * k})", k, 120, 0.8)[2:4]]
                      + [("lt(hypot((X-100-N*0.5)/60,(Y-40)/30),1)*gt(sin(X/5+Y/4+N*0.2),-0.5)", 200, 150, 210),
                         ("lt(hypot((X-240+N*0.4)/50,(Y-50)/26),1)*gt(sin(X/4-Y/6),-0.4)", 190, 60, 110)],
                      ("180-0.6*Y", 100, 170)),
    "drums-r": _paint([(f"lt(abs(X-{x}-24*sin(N*0.9+{p})-(Y-60)*0.6*sin(N*0.9+{p})),2)*between(Y,40,90)", 220, 128, 128)
                       for x, p in ((90, 0), (230, 2))]
                      + [(f"lt(abs(hypot((X-{x})/40,(Y-110)/26)-1),0.05)+lt(abs(mod(X-{x}+20*sin(Y/10),14)),1.2)"
                          f"*lt(hypot((X-{x})/40,(Y-110)/26),1)", 240, 50, 140) for x in (90, 230)]
                      + [(f"lt(hypot((X-{x})/40,(Y-110)/26),1)", 110, 70, 200) for x in (90, 230)]
                      + [(f"lt(hypot((X-{x})/26,(Y-60)/34),1)", 190, 200, 120) for x in (120, 260)],
                     ("40+20*sin(X/7+N*0.3)", 150, 180), "(0.85+0.15*sin(N*0.9))"),
    "terrace-r": _paint([(f"lt(abs(X-{x})+abs(Y-{y}),{_f(9 + k % 2 * 3)})", 180, _f(80 + 40 * k), _f(220 - 40 * k))
                         for x, y, k in _KITES]
                        + [(f"lt(abs(Y-{y}-(X-{x})*0.8),0.6)*gt(X,{x})", 200, 128, 128) for x, y, k in _KITES]
                        + [("lt(hypot(mod(X,12)-6,Y-100-8*sin(X*0.026)),2)", "200+50*gt(sin(X+N*0.4),0)", 40, 160),
                           ("gt(Y,120)", "70+10*lt(mod(X,40),2)", 120, 150),
                           ("gt(Y,96-20*gt(sin(floor(X/40)*2.3),0.3))", 40, 130, 150)],
                        ("90+120*Y/120", "128-30*Y/120", "150+60*Y/120")),
    # A 1940s film noir interrogation.
    "room-r": _paint([(f"lt(abs(X-{_LAMPX}),(Y-18)*0.5)*between(Y,30,42)", 60, 128, 128),
                      (f"lt(abs(X-160-(Y)*({_LAMPX}-160)/30),1)*lt(Y,30)", 40, 128, 128),
                      ("lt(hypot(X-220,Y-78),11)", 150, 128, 128),
                      ("lt(hypot((X-220)/22,(Y-118)/30),1)*lt(Y,136)", 60, 128, 128),
                      ("lt(hypot(X-92,Y-60),12)", 90, 128, 128), ("lt(hypot((X-92)/22,(Y-56)/5),1)", 20, 128, 128),
                      ("lt(hypot((X-92)/20,(Y-120)/50),1)", 20, 128, 128),
                      ("between(X,110,250)*between(Y,126,134)", 120, 128, 128),
                      ("(lt(abs(X-120),3)+lt(abs(X-240),3))*between(Y,134,176)", 40, 128, 128),
                      ("gt(Y,150)", "80+10*lt(mod(X,30),1)", 128, 128)],
                     ("110-20*gt(lt(mod(Y,12),1)+lt(mod(X+12*mod(floor(Y/12),2),24),1),0)", 128, 128),
                     f"(0.12+1.3*{_POOL})"),
    "suspect-r": _paint([("lt(hypot(X-172,Y-100),4)+lt(hypot(X-132,Y-70),3)", 245, 128, 128),
                         ("lt(hypot(abs(X-152)-20,Y-84),3)", 10, 128, 128),
                         ("lt(hypot((abs(X-152)-20)/9,(Y-84)/4),1)", 200, 128, 128),
                         ("lt(abs(Y-76+0.2*abs(X-152)),2)*between(abs(X-152),10,32)", 30, 128, 128),
                         ("lt(hypot((X-152)/18,(Y-132)/3),1)", 40, 128, 128),
                         ("lt(hypot((X-152)/56,(Y-100)/74),1)", "160-60*(Y-40)/120", 128, 128),
                         ("lt(hypot((X-152)/60,(Y-40)/34),1)", 20, 128, 128)],
                        ("30+10*sin(Y/9)", 128, 128),
                        "(0.2+1.2*exp(-pow(hypot((X-152-30*sin(N*0.13))/110,(Y-30)/90),2)))"),
    "detective-r": _paint([("lt(hypot(X-196,Y-104),2.2)", 255, 128, 128),
                           ("lt(abs(Y-104+(X-186)*0.1),1.4)*between(X,176,196)", 220, 128, 128),
                           ("lt(hypot((X-150)/60,(Y-60)/6),1)", 8, 128, 128),
                           ("lt(hypot((X-150)/30,(Y-44)/20),1)*lt(Y,58)", 8, 128, 128),
                           ("lt(hypot((X-156)/32,(Y-90)/36),1)", "10+26*gt(X,172)", 128, 128),
                           ("lt(hypot((X-150)/80,(Y-190)/70),1)", 6, 128, 128)],
                          (f"40+120*{_BLINDS}", 128, 128),
                          add=f"60*{_SMOKEN}*exp(-hypot(X-210,Y-80)/50)+70*exp(-hypot(X-196,Y-104)/6)"
                              f"*(0.7+0.3*sin(N*0.4))"),
    "office-r": _lines(_paint([("between(X,30,110)*between(Y,20,140)*lt(abs(X-70),38)*lt(abs(Y-80),58)",
                                "170+20*sin(X/5)*sin(Y/7)", 128, 128),
                               ("between(X,26,114)*between(Y,16,144)", 40, 128, 128),
                               ("lt(abs(X-232),2)*between(Y,84,120)", 200, 128, 128),
                               ("lt(hypot((X-232)/16,(Y-84)/10),1)*lt(Y,84)", 70, 128, 128),
                               ("lt(hypot(X-212,Y-124),6)", 150, 128, 128),
                               ("between(X,150,310)*between(Y,120,130)", 90, 128, 128),
                               ("between(X,160,300)*gt(Y,130)", 30, 128, 128)],
                              ("60", 128, 128), f"(0.3+0.9*{_BLINDS}*gt(X,120))"),
                       ["HOMICIDE"], 12, 60, 0, "0x202020", SERIF),
    "glass-r": _paint([("lt(hypot(X-60,Y-70),22)+lt(hypot(X-270,Y-74),24)", 8, 128, 128),
                       ("lt(hypot((X-60)/40,(Y-180)/80),1)+lt(hypot((X-270)/44,(Y-184)/84),1)", 8, 128, 128),
                       ("lt(hypot(X-170,Y-80),7)", 160, 128, 128),
                       ("lt(hypot((X-170)/12,(Y-108)/18),1)", 70, 128, 128),
                       ("between(X,150,200)*between(Y,112,118)", 120, 128, 128),
                       ("between(X,90,250)*between(Y,40,140)", "120+30*exp(-pow((X-170)/50,2))", 128, 128)],
                      ("16", 128, 128), add="18*gt(sin(X/20+Y/40),0.97)"),
    "alley-r": _paint([("lt(hypot(X-90,Y-36),5)", 250, 128, 128),
                       ("lt(abs(X-90),2)*between(Y,36,170)", 30, 128, 128),
                       ("lt(hypot(X-200,Y-92),6)", 60, 128, 128),
                       ("lt(hypot((X-200)/18,(Y-90)/3),1)", 10, 128, 128),
                       ("lt(abs(X-200),12+0.2*(Y-96))*between(Y,96,150)", 16, 128, 128),
                       ("lt(X,40)+gt(X,280)", "20+12*lt(mod(Y,14),1)", 128, 128),
                       ("gt(Y,150)", "30+60*exp(-hypot(X-90,(Y-150)*3)/40)*gt(sin(X*0.9+Y*2),0)", 128, 128)],
                      ("14", 128, 128), add=f"120*exp(-hypot(X-90,Y-40)/34)+50*{_RAINR}"),
    "title2-r": _lines(_paint([("lt(abs(mod(Y+0.35*X,15)-4),4)", 70, 128, 128)], ("12", 128, 128)),
                       ["THE THIRD DEGREE"], 22, 76, 0, "0xe8e8e8", SERIF),
    # A 1960s monster film.
    "city-r": _paint([(f"lt(hypot(X-{_MONX}-18,Y-64-{_MONB}),2)", 250, 60, 160),
                      (f"lt(hypot((X-{_MONX}-10)/14,(Y-66-{_MONB})/8),1)", 18, 130, 126),
                      (f"lt(abs(X-{_MONX}+4),(Y-44-{_MONB})*0.1+4)*gt(sin(Y*0.8),0)*between(Y,56+{_MONB},110)", 18, 130, 126),
                      (f"lt(hypot((X-{_MONX})/22,(Y-110-{_MONB})/46),1)", 18, 130, 126),
                      (f"{_TOWERS}*{_TWIN}*gt(Y,70)", 200, 100, 170),
                      (f"{_TOWERS}*gt(Y,60)", 10, 128, 128),
                      (_either(_BEAM1, _BEAM2), "120+60*exp(-(180-Y)/90)", 140, 120)],
                     ("20+30*exp(-(180-Y)/40)", 150, "150+20*exp(-(180-Y)/40)"),
                     add="40*exp(-(180-Y)/30)*(0.7+0.3*sin(N*0.9+X/30))"),
    "monster-r": _paint([("lt(hypot(X-120,Y-70),6)", 250, 30, 170),
                         ("lt(hypot((X-120)/16,(Y-70)/9),1)", 40, 130, 126),
                         (f"lt(mod(X,10),5)*lt(abs(Y-120+{_JAW}),3)*between(X,150,290)", 230, 128, 128),
                         (f"between(Y,120-{_JAW},120+{_JAW})*between(X,146,300)", 60, 120, 180),
                         ("lt(hypot((X-180)/150,(Y-100)/70),1)", f"70+{_SCALES}+30*exp(-hypot(X-140,Y-60)/60)", 120, 122),
                         ("lt(abs(mod(X,30)-15),4+0.3*(40-Y))*lt(Y,40)*gt(X,60)", 60, 120, 122)],
                        (f"30+40*{_FIRE}*exp(-(180-Y)/50)", 100, 180)),
    "tanks-r": _paint([layer for x in (60, 160, 260) for layer in [
                          (f"lt(abs(Y-96-(X-{x})*0.55),1.8)*between(X,{x}-40,{x})", 40, 128, 128),
                          (f"lt(hypot((X-{x})/14,(Y-108)/8),1)", 60, 120, 124),
                          (f"between(X,{x}-26,{x}+26)*between(Y,112,128)", 70, 120, 124),
                          (f"lt(hypot(mod(X-{x}+26,10)-5,Y-128),4)*between(X,{x}-28,{x}+28)", 20, 128, 128)]]
                     + [("gt(Y,128)", "90+20*sin(X/13+Y/5)", 110, 130),
                        ("gt(Y,100-20*sin(X/70))", 60, 116, 130)],
                     ("60+80*Y/100", 150, 140)),
    "hq-r": _paint([(f"lt(hypot(X-270,Y-60),26)*lt(abs(atan2(Y-60,X-270)-{_SWEEPR}+3.1416),0.3)", 200, 80, 70),
                    ("lt(hypot(X-270,Y-60),26)", "20+40*lt(abs(mod(hypot(X-270,Y-60),8)),1)", 100, 90),
                    ("lt(hypot(X-270,Y-60),30)", 60, 128, 128)]
                   + [(f"lt(hypot(X-{x},Y-{y}),10)", 150, 110, 150) for x, y in ((70, 80), (130, 70), (190, 84))]
                   + [(f"lt(hypot((X-{x})/20,(Y-{y}-30)/22),1)", 60, 140, 110) for x, y in ((70, 80), (130, 70), (190, 84))]
                   + [("between(X,30,230)*between(Y,120,170)*gt(sin(X/9)*sin(Y/7),0.5)", 110, 100, 120),
                      ("between(X,30,230)*between(Y,120,170)", "90+20*lt(mod(X,16),1)+20*lt(mod(Y,16),1)", 110, 110)],
                   ("50+10*lt(mod(X,50),2)", 126, 132)),
    "flee-r": _paint([(_either(r["head"], r["body"], r["legs"], r["arms"]), 10, 128, 128) for r in _FLEEING]
                     + [(f"{_TOWERS}*gt(Y,70)", 20, 128, 128), ("gt(Y,160)", 40, 120, 140)],
                     (f"60+110*{_FIRE}*exp(-(180-Y)/60)", 70, 200)),
    "pylon-r": _paint([("lt(abs(Y-30-0.004*pow(X-160,2)),0.8)+lt(abs(Y-44-0.004*pow(X-160,2)),0.8)", 30, 128, 128),
                       ("lt(abs(X-160),28-0.16*Y)*lt(abs(mod(X-160+0.5*Y,14)-7),1)+lt(abs(abs(X-160)-(28-0.16*Y)),1.2)"
                        "*between(Y,20,180)", 20, 128, 128),
                       ("between(Y,26,32)*lt(abs(X-160),40)+between(Y,40,46)*lt(abs(X-160),46)", 20, 128, 128)],
                      (f"40+70*{_FIRE}*exp(-(180-Y)/70)+20*sin(X/30)", 110, 190)),
    "credits-r": f"color=c=0x060608:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=13:fontcolor=0xe0e0ff:"
                 "line_spacing=10:textfile=EIGHTEENREEL:x=(w-tw)/2:y=h-2.2*n",
    # A documentary about a village bakery.
    "bakehouse-r": _paint([("lt(abs(X-200-40*cos(N*0.08)),2)*between(Y,90,100)", 30, 128, 128),
                           ("lt(hypot(X-120,Y-78),9)", 40, 128, 128),
                           ("lt(hypot((X-120)/16,(Y-116)/32),1)", 30, 128, 128),
                           (_either("between(X,190,290)*between(Y,100,150)", "lt(hypot((X-240)/50,(Y-100)/30),1)*lt(Y,100)"),
                            "150+60*sin(X/9+N*0.5)*sin(Y/7-N*0.3)", 60, 190),
                           ("between(X,170,310)*between(Y,50,180)", "40-12*gt(lt(mod(Y,10),1)+lt(mod(X,20),1),0)", 118, 146)],
                          ("14", 126, 132), add="80*exp(-hypot(X-240,Y-120)/70)"),
    "dough-r": _paint([(f"lt(hypot((X-130-{_KNEAD})/18,(Y-94)/12),1)+lt(hypot((X-190+{_KNEAD})/18,(Y-94)/12),1)",
                        178, 112, 150),
                       (f"lt(abs(X-110-{_KNEAD}),10)*lt(Y,92)+lt(abs(X-210+{_KNEAD}),10)*lt(Y,92)", 186, 112, 146),
                       ("lt(hypot((X-160)/(54+4*sin(N*0.35)),(Y-110)/(28-3*sin(N*0.35))),1)",
                        "212-10*exp(-pow((Y-96)/8,2))", 122, 136)],
                      ("228+4*sin(X*1.3+Y*0.7)", 126, 130)),
    "sieve-r": _paint([("lt(abs(hypot(X-160,Y-70)-70),4)*lt(Y,100)", 170, 120, 140),
                       ("lt(hypot(X-160,Y-70),70)*lt(Y,100)*(lt(mod(X,4),1)+lt(mod(Y,4),1))", 200, 126, 132),
                       ("gt(Y,100)*lt(abs(X-160),60)*gt(sin(X*2.3+N*1.1)*sin(Y*3.1-N*2.7),0.7)", 252, 128, 128)],
                      ("236+3*sin(X*0.9+Y*1.1)", 127, 130)),
    "oven-r": _paint([(f"between(X,20,20+{_PEEL})*lt(abs(Y-150),3)", 110, 118, 146),
                      (f"lt(hypot((X-{_PEEL}-10)/30,(Y-140)/10),1)", 130, 112, 152),
                      ("lt(hypot((mod(X,60)-30)/24,(Y-110)/12),1)*between(X,10,310)", "120+40*gt(sin(X/3),0.5)", 90, 170),
                      ("gt(Y,120)", 70, 118, 150)],
                     ("40+30*sin(X/15)*sin(Y/11)", 100, 180), add="70*exp(-hypot(X-160,Y-40)/80)*(0.8+0.2*sin(N*0.7))"),
    "rack-r": _paint([("lt(hypot((mod(X,36)-18)/15,(mod(Y,40)-26)/7),1)*between(Y,10,170)",
                       "140+30*gt(sin(X*0.8+Y),0.6)-20*(mod(Y,40)-26)/7", 96, 164),
                      ("lt(mod(Y,40),3)", 150, 124, 134)],
                     ("90+80*exp(-hypot(X-40,Y-20)/120)", 120, 142), add="50*exp(-hypot(X-40,Y-20)/90)"),
    "shop-r": _lines(_paint([("between(X,60,260)*between(Y,70,140)*lt(hypot((mod(X,40)-20)/15,(Y-120)/9),1)", 150, 96, 166),
                             ("between(X,60,260)*between(Y,70,140)", f"60+120*{_DAWNR}", 124, 140),
                             ("between(X,40,280)*between(Y,20,160)", "170+20*lt(mod(Y,30),2)", 140, 110),
                             ("gt(Y,160)", 120, 128, 128)],
                            (f"60+140*{_DAWNR}-0.3*Y", 150, 120)),
                     ["BOULANGERIE"], 14, 36, 0, "0x402010", SERIF),
    # A 1950s Venice travelogue.
    "canal-r": _paint([(f"between(X,{_GONX},{_GONX}+90)*between(Y,132,140)*lt(abs(X-{_GONX}-45),45-0.8*(140-Y))", 8, 128, 128),
                       (f"lt(abs(X-{_GONX}-70),2)*between(Y,100,134)", 20, 128, 128),
                       (f"lt(hypot(X-{_GONX}-70,Y-96),4)", 200, 110, 150),
                       ("gt(Y,120)", f"80+30*sin(X/13+N*0.2)+90*{_GLITTER}", 140, 110)]
                      + [(f"between(X,{a},{b})*lt(mod(X-{a},20),9)*between(mod(Y,30),8,24)*lt(Y,116)", 40, 128, 128)
                         for a, b, lm, c1, c2 in _FACADE]
                      + [(f"between(X,{a},{b})*gt(Y,{_f(10 + (a % 50))})", lm, c1, c2) for a, b, lm, c1, c2 in _FACADE],
                      ("200-0.4*Y", 150, 116)),
    "gondolier-r": _paint([("lt(hypot((X-150)/20,(Y-36)/4),1)", 220, 90, 150),
                           ("lt(hypot((X-150)/12,(Y-32)/8),1)*lt(Y,36)", 220, 90, 150),
                           ("lt(abs(Y-36),1.5)*lt(abs(X-150),12)", 40, 160, 120),
                           ("lt(hypot(X-150,Y-50),10)", 160, 110, 156),
                           (f"lt(abs(X-200-(Y-100)*{_OAR}),2.4)*between(Y,60,180)", 90, 120, 140),
                           ("lt(hypot((X-150)/24,(Y-100)/40),1)*gt(Y,60)", "if(lt(mod(Y,10),5),230,30)", 128, 128),
                           ("gt(Y,150)", f"70+30*sin(X/9+N*0.3)+80*{_GLITTER}", 140, 110)],
                          ("170+20*lt(mod(X,24),12)*lt(mod(Y,30),20)", 110, 170)),
    "piazza-r": _paint([("lt(hypot(mod(X+N*0.4,17)-8,mod(Y,9)-4),2)*gt(Y,140)*gt(sin(floor(X/17)*3.1+floor(Y/9)*1.7),0.3)",
                         90, 128, 128),
                        (_CAMP, "160-30*lt(mod(Y,24),2)+30*lt(abs(Y-20),6)", 110, 170),
                        ("between(Y,70,130)*lt(abs(mod(X,30)-15),9)*gt(Y,80-abs(mod(X,30)-15)*0)", 50, 128, 128),
                        ("between(Y,50,130)", "200-20*lt(mod(Y,20),1)", 110, 150),
                        ("gt(Y,130)", "170-30*lt(abs(mod(X-2*(Y-130),40)-20),1)", 120, 136)],
                       ("220-0.6*Y", 170, 110)),
    "bridge-r": _paint([(f"between(X,{_GONX},{_GONX}+80)*lt(abs(Y-150),4)", 10, 128, 128),
                        ("lt(hypot((X-160)/110,(Y-120)/60),1)*gt(Y,60)*lt(Y,120)",
                         "200-0.5*Y", 150, 116),
                        ("gt(Y,120)", f"70+20*sin(X/8+N*0.3)+70*{_GLITTER}", 140, 110),
                        ("between(Y,40,120)", "150+20*lt(mod(X+8*floor(Y/10),16),1)-20*lt(mod(Y,10),1)", 120, 146)],
                       ("210-0.5*Y", 150, 116)),
    "masks-r": _paint([layer for k in range(8) for layer in _mask(40 + 80 * (k % 4), 50 + 80 * (k // 4), k + k // 4)]
                      + [("lt(abs(mod(X,80)-40),1)", 90, 120, 150)],
                      ("30+10*sin(X/5)*sin(Y/6)", 110, 180),
                      add="40*exp(-pow((X-Y*0.8-60)/12,2))"),
    "lagoon-r": _paint([("lt(abs(mod(X,70)-35),2)*between(Y,96,150)*gt(sin(floor(X/70)*4.1),-0.4)", 150, 126, 130),
                        ("lt(abs(Y-98+14*gt(sin(X/20),0.3)*between(X,200,300)),10)*between(X,180,310)*lt(Y,98)",
                         196, 130, 126),
                        ("gt(Y,98)", "214+6*sin(X/7+Y*0.8+N*0.2)", 134, 122)],
                       ("230-0.1*Y", 132, 124)),
    "title3-r": _lines(_paint([("lt(abs(mod(X,24)-12),1)*gt(Y,110)", 200, 160, 120)],
                              ("150+40*exp(-Y/50)", 150, 116)),
                       ["Venice", "Queen of the Adriatic"], 20, 64, 30, "0xfff0c0", SERIF),
}
EIGHTEENREEL = "\n".join(["It Came from the Bay", "", "The Creature", "A Suit and a Zip", "",
                          "The City", "Cardboard and Balsa", "", "Searchlights", "Two Atan2", "",
                          "Fire", "Three Sines", "", "The Eighteenth Reel"])
TEXT_FILES_R = {"EIGHTEENREEL": ("eighteenreel.txt", EIGHTEENREEL)}

FX_R = {
    "grain1-r": "noise=alls=12:allf=t:all_seed=31000019",
    "grain2-r": "noise=alls=9:allf=t:all_seed=31000077",
    "grain3-r": "noise=alls=24:allf=t+u:all_seed=31000151",
    "grain4-r": "noise=alls=15:allf=t:all_seed=31000211",
    "grain5-r": "noise=alls=8:allf=t:all_seed=31000283",
    "grain6-r": "noise=alls=13:allf=t+u:all_seed=31000331",
    "near-r": "crop=iw*0.92:ih*0.92:iw*0.05:ih*0.03,scale=320:180",
    "angle-r": "crop=iw*0.78:ih*0.78:iw*0.04:ih*0.14,scale=320:180",
    "tight-r": "crop=iw*0.64:ih*0.64:iw*0.2:ih*0.16,scale=320:180",
    "closer-r": "crop=iw*0.5:ih*0.5:iw*0.3:ih*0.28,scale=320:180",
    # Looks: 1980s colour in 1.85; a saturated Bollywood print in scope; a 1940s black-and-white
    # print in 1.37, flickering, weaving and dusty; faded 1960s colour in scope; a warm, pale
    # bakery in 1.66; a Technicolor travelogue in 4:3 with a gentle weave.
    "eighties-r": "eq=saturation=1.2:contrast=1.06,colorbalance=bs=0.04:rm=0.03",
    "flat-r": "scale=320:174,pad=320:180:0:3:black",
    "masala-r": "eq=saturation=1.55:contrast=1.05,colorbalance=rs=0.04:gm=-0.02",
    "scope-r": "scale=320:136,pad=320:180:0:22:black",
    "noir-r": "hue=s=0,eq=contrast=1.25:gamma=0.92",
    "flick-r": "eq=brightness='0.045*sin(n*3.7)+0.03*sin(n*9.1+2)+0.02*sin(n*21.3)':eval=frame",
    "weave-r": "scale=332:187,crop=320:180:x='6+1.2*sin(n*0.77)+0.6*sin(n*3.3)':y='3+1.5*sin(n*0.53+1)'",
    "dust-r": _overlay("lt(abs(X-160-110*sin(N*0.61+0.4)),0.8)*gt(sin(N*0.29+1),0.3)", 20) + ","
              + _overlay("lt(hypot(X-160-120*sin(N*3.91),Y-90-70*sin(N*2.37)),2)*gt(sin(N*1.3),0.5)", 230),
    "pillar137-r": "drawbox=x=0:y=0:w=37:h=ih:c=black:t=fill,drawbox=x=iw-37:y=0:w=37:h=ih:c=black:t=fill",
    "faded-r": "eq=saturation=0.75:contrast=0.95,colorbalance=rs=0.06:bs=-0.04:gm=-0.03",
    "scope2-r": "scale=320:138,pad=320:180:0:21:black",
    "bake-r": "eq=contrast=0.88:saturation=0.9,colorbalance=rs=0.05:rm=0.04:bs=-0.05",
    "pillar166-r": "drawbox=x=0:y=0:w=10:h=ih:c=black:t=fill,drawbox=x=iw-10:y=0:w=10:h=ih:c=black:t=fill",
    "travel-r": "eq=saturation=1.35:contrast=1.04,colorbalance=bs=0.05:rh=0.03",
    "gentle-r": "scale=328:185,crop=320:180:x='4+0.9*sin(n*0.45)':y='2+0.8*sin(n*0.7+2)'",
    "pillar43-r": "scale=240:180,pad=320:180:40:0:black",
    # Camera moves: a whip pan along the cabinets, a hand-held walk down an aisle, a crash zoom
    # on the beat, the camera whirling round the dancer, a crane up, a push-in on the suspect, a
    # hand-held follow of the crowd, a pan with the gondola, a tilt up the bell tower, the boat
    # rocking.
    "whip-r": "scale=640:360,crop=320:180:x='160+150*tanh((n-MID)/2.5)':y=90,"
              "gblur=sigma=12:sigmaV=0.3:enable='between(n,MID-2,MID+2)'",
    "aisle-r": "zoompan=z='1.1+0.002*in':d=1:s=320x180:fps=24:x='iw/2-iw/zoom/2+3*sin(in*0.45)+1.2*sin(in*1.3)'"
               ":y='ih/2-ih/zoom/2+2*sin(in*0.7+1)'",
    "crash-r": "zoompan=z='1+0.35*clip((in-MID)/3,0,1)':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2'"
               ":y='(ih-ih/zoom)*0.4'",
    "whirl-r": "scale=420:236,rotate=a='6.2832*clip((n-MID+6)/12,0,1)':ow=420:oh=236,crop=320:180:50:28,"
               "gblur=sigma=6:enable='between(n,MID-3,MID+3)'",
    "craneup-r": "scale=400:320,crop=320:180:x=40:y='max(140-n*2.2,0)'",
    "push-r": "zoompan=z='1+0.004*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.48':y='(ih-ih/zoom)*0.45'",
    "follow-r": "scale=368:207,crop=320:180:x='24+14*sin(n*0.21)+4*sin(n*1.3)':y='14+6*sin(n*0.9)+3*sin(n*1.7+1)'",
    "panwith-r": "scale=480:270,crop=320:180:x='max(150-n*1.6,0)':y=50",
    "tiltup-r": "scale=320:400,crop=320:180:x=0:y='max(220-n*5,0)'",
    "rock-r": "scale=360:203,rotate=a='0.04*sin(n*0.2)':ow=360:oh=203,crop=320:180:20:12",
    # Around MID: a game-over flash on a screen, a CRT's roll bar, a kid passing the lens, the
    # store's lights switched off, a high score popping up, the neon sign blinking; colour powder
    # thrown over the lens, petals falling, colour strobes on the beat, the sun behind the
    # dancers; a lighter flicked, the light switched off and on, a fist slammed on the table,
    # smoke over the lens, a bulb failing; an explosion's flash, the monster's ray glaring into
    # the lens, a tremor, dust rolling over the lens, tanks' muzzle flashes, a searchlight into
    # the lens; a puff of flour to near white, the strip light switched on, a tray passing the
    # lens, steam, the sun through a window; the boat passing under a bridge, pigeons flying up
    # past the lens, a sun glint, a gondola's prow passing the lens, a caption fading in.
    "gameover-r": _overlay("0.85*eq(N,MID)+0.4*eq(N,MID+1)", 250, 128, 128),
    "rollbar-r": _overlay("0.5*exp(-pow((Y-mod((N-MID)*14,240)+30)/14,2))*between(N,MID-8,MID+8)", 250),
    "kidpass-r": _overlay("lt(hypot((X-380+60*(N-MID+4))/54,(Y-110)/120),1)*between(N,MID-4,MID+3)", 12, 128, 132),
    "lightsoff-r": "eq=brightness='-0.3*gte(n,MID)':contrast='1-0.3*gte(n,MID)':eval=frame",
    "hiscore-r": f"drawtext=fontfile={FONT}:fontsize=20:fontcolor=0xffff40:text='NEW HIGH SCORE'"
                 ":x=(w-tw)/2:y=h-40:enable='gte(n,MID)*lt(mod(n-MID,6),4)'",
    "neonblink-r": _overlay("between(Y,8,62)*(between(N,MID-4,MID-3)+eq(N,MID+1)+between(N,MID+5,MID+7))", "0.25*lum(X,Y)"),
    "gulal-r": _overlay("0.92*exp(-pow((N-MID)/3.5,2))*(0.7+0.3*sin(X/9+Y/7+N))"
                        "*lt(hypot(X-80-22*(N-MID),Y-100),60+30*(N-MID+6))", 190, 150, 200),
    "petals-r": _overlay("lt(hypot((mod(X+7*floor(Y/40)+3*N,53)-26)/5,(mod(Y+6*N,40)-20)/3),1)", 120, 100, 220),
    "beatstrobe-r": _overlay("0.55*(eq(N,MID-8)+eq(N,MID-4)+eq(N,MID)+eq(N,MID+4))", "min(255,lum(X,Y)*1.4+70)",
                             "if(eq(N,MID-4),60,if(eq(N,MID),200,128))", "if(eq(N,MID-4),200,if(eq(N,MID),90,170))"),
    "sunback-r": _overlay("0.8*exp(-hypot(X-170,Y-40)/(50+40*sin(N*0.05)))", 250, 120, 140),
    "lighter-r": _overlay("0.9*eq(N,MID)", 240) + ","
                 + _overlay("clip(1.2*exp(-hypot(X-200,Y-110)/14),0,1)*between(N,MID,MID+14)", 250, 110, 150),
    "switch-r": "eq=brightness='-0.42*between(n,MID,MID+9)':eval=frame",
    "slam-r": "scale=340:191,crop=320:180:x='10+9*sin(n*2.7)*between(n,MID,MID+5)':y='5+7*sin(n*3.9)*between(n,MID,MID+5)'",
    "smoke-r": _overlay("0.75*clip(1-abs(N-MID)/10,0,1)*(0.5+0.5*sin(X/17+Y/13+N*0.3)*sin(Y/19-X/31))", 150),
    "bulbfail-r": "eq=brightness='-0.3*(eq(n,MID-6)+eq(n,MID-2)+eq(n,MID)+eq(n,MID+5))-0.15*eq(n,MID+1)':eval=frame",
    "blast-r": _overlay("clip(eq(N,MID)*0.9+0.7*exp(-(N-MID)/4)*gt(N,MID)*exp(-hypot(X-200,Y-130)/160),0,1)", 245, 70, 190),
    "ray-r": _overlay("clip(exp(-abs(Y-60-(X-320)*0.3)/(6+60*exp(-pow((N-MID)/2.5,2))))*1.3*between(N,MID-6,MID+6),0,1)",
                      245, 200, 100),
    "tremor-r": "scale=344:194,crop=320:180:x='12+8*sin(n*2.6)+4*sin(n*5.3)':y='7+6*sin(n*3.3)'",
    "dustroll-r": _overlay("clip((X-(N-MID+10)*30+40)/60,0,0.9)*clip(1-(N-MID-8)/8,0,1)*between(N,MID-10,MID+16)"
                           "*(0.8+0.2*sin(X/8+Y/6))", 110, 120, 140),
    "muzzle-r": _overlay("clip(eq(N,MID-7)+eq(N,MID+2),0,1)*clip(0.55+1.5*exp(-hypot(X-100,Y-80)/30),0,1)", 250, 90, 180),
    "searchlight-r": _overlay("clip(1.4*exp(-hypot(X-160-160*sin((N-MID)*0.15),Y-60)/(14+50*exp(-pow((N-MID)/3,2)))),0,1)"
                              "*between(N,MID-10,MID+10)", 252, 120, 134),
    "flourpuff-r": _overlay("0.9*exp(-pow((N-MID)/4,2))*(0.8+0.2*sin(X/6+Y/9+N*0.5))", 246, 127, 130),
    "tubeon-r": "eq=brightness='-0.45*(lt(n,MID)+between(n,MID+2,MID+3)+eq(n,MID+6))':eval=frame",
    "tray-r": _overlay("lt(abs(X-160),170)*lt(abs(Y-260+55*(N-MID+4)),50)*between(N,MID-4,MID+4)", 70, 110, 150),
    "steam-r": _overlay("0.5*clip(1-abs(N-MID)/14,0,1)*(0.5+0.5*sin(X/19+Y/11-N*0.4))*exp(-Y/160)", 240),
    "sunwin-r": "eq=brightness='0.18*clip((n-MID+6)/12,0,1)':eval=frame",
    "underbridge-r": _overlay("0.85*lt(X,(N-MID+8)*40)*gt(X,(N-MID-8)*40)", "0.2*lum(X,Y)", 128, 128),
    "pigeons-r": _overlay("lt(hypot((mod(X+17*floor((Y+10*N)/50),70)-35)/(10+6*abs(sin(N*1.9))),(mod(Y+10*N,50)-25)/6),1)"
                          "*between(N,MID-5,MID+5)", 90, 128, 128),
    "glint-r": _overlay("clip(1.5*exp(-hypot(X-210,Y-140)/(20+140*eq(N,MID)+60*eq(N,MID+1))),0,1)"
                        "*between(N,MID,MID+1)", 252, 120, 134),
    "prow-r": _overlay("lt(abs(Y-120-0.25*(X-(N-MID+5)*45)),40)*lt(X,(N-MID+5)*45)*gt(X,(N-MID+5)*45-300)"
                       "*between(N,MID-5,MID+6)", 8, 128, 128),
    "caption-r": f"drawtext=fontfile={SERIF}:fontsize=16:fontcolor=0xfff4d0:text='The Grand Canal'"
                 ":x=(w-tw)/2:y=h-36:alpha='clip((n-MID)/8,0,1)'",
}

# held-out-r (clips 108-113): new recipes again, written after held-out-q without running the
# detector on them. Film material of six more kinds, clips of about 20 s with short shots: a 1980s
# arcade and video-store teen film in 1.85 (a CRT's roll bar, a game-over flash, a whip pan along
# the cabinets, a hand-held walk, a high score popping up, a kid passing the lens, the store's
# lights switched off, the neon sign blinking, cuts between dark shots outside), a Bollywood dance
# number in scope, saturated (a crane up over the courtyard, crash zooms on the beat, the camera
# whirling round the dancer, colour powder thrown over the lens, petals falling, colour strobes,
# the sun behind the dancers, a hand-held follow), a 1940s film noir interrogation in black and
# white, 1.37, flickering, weaving and dusty (a swinging lamp, a push-in on the suspect, a lighter
# flicked, a fist on the table, smoke over the lens, the light switched off and on again, a bulb
# failing, cuts between dark shots), a 1960s monster film in scope and faded colour (searchlights
# into the lens, a tremor under every step, tanks' muzzle flashes, an explosion, the monster's ray
# glaring to near white, dust rolling over the lens, credits rolling), a documentary about a
# village bakery in 1.66, warm and pale (the strip light switched on, puffs of flour to near white,
# cuts between near-white shots, a tray passing the lens, steam, the sun through the window), and
# a 1950s Venice travelogue in 4:3 (glittering water, a pan with a gondola, a caption fading in,
# the boat rocking, passing under a bridge, a sun glint, a tilt up the bell tower, pigeons flying
# up past the lens, a gondola's prow passing the lens, a hazy near-white lagoon); cuts between
# near-identical angles, to closer framings, between dark and between near-white shots,
# dissolves of 8 to 36 frames (long ones between moving, shaking and flickering shots), pixel
# dissolves, fades through black, white and grays and fade outs and ins.
_AR = "eighties-r grain1-r flat-r"
_BW = "masala-r grain2-r scope-r"
_NO = "noir-r flick-r weave-r dust-r grain3-r pillar137-r"
_KJ = "faded-r grain4-r scope2-r"
_BK = "bake-r grain5-r pillar166-r"
_VE = "travel-r gentle-r grain6-r pillar43-r"
HELD_OUT_R = [
    ("arcade-teens", [S("title-r", 30, 0, "grain1-r flat-r"), "fadeio:12:10",
                      S("lot-r", 36, 0, f"neonblink-r {_AR}"), "cut",
                      S("arcade-r", 40, 0, _AR), "cut",
                      S("arcade-r", 28, 40, f"near-r {_AR}"), "cut",
                      S("screen-r", 30, 0, f"rollbar-r {_AR}"), "cut",
                      S("player-r", 34, 0, _AR), "cut",
                      S("screen-r", 26, 30, f"closer-r gameover-r {_AR}"), "cut",
                      S("arcade-r", 44, 20, f"whip-r {_AR}"), "fade:28",
                      S("player-r", 48, 30, f"aisle-r hiscore-r {_AR}"), "cut",
                      S("store-r", 40, 0, f"aisle-r {_AR}"), "cut",
                      S("counter-r", 34, 0, f"kidpass-r {_AR}"), "cut",
                      S("store-r", 30, 40, f"angle-r lightsoff-r {_AR}"), "dissolve:12",
                      S("counter-r", 30, 30, f"tight-r {_AR}"), "cut",
                      S("lot-r", 30, 30, f"angle-r {_AR}"), "cut",
                      S("arcade-r", 36, 60, f"tight-r {_AR}"), "fadegrays:20",
                      S("screen-r", 56, 60, f"rollbar-r {_AR}"), "fadeblack:18",
                      S("card:GAME OVER", 34, 0, "grain1-r flat-r")]),
    ("bollywood-number", [S("palace-r", 40, 0, f"craneup-r {_BW}"), "cut",
                          S("lead-r", 30, 0, _BW), "cut",
                          S("hero-r", 28, 0, f"crash-r {_BW}"), "cut",
                          S("lead-r", 54, 30, f"whirl-r {_BW}"), "fade:34",
                          S("crowd-r", 50, 0, f"follow-r petals-r {_BW}"), "cut",
                          S("drums-r", 30, 0, f"beatstrobe-r {_BW}"), "cut",
                          S("crowd-r", 26, 40, f"near-r {_BW}"), "cut",
                          S("palace-r", 36, 40, f"gulal-r {_BW}"), "fade:8",
                          S("hero-r", 30, 30, f"angle-r {_BW}"), "cut",
                          S("terrace-r", 40, 0, f"sunback-r {_BW}"), "fadewhite:14",
                          S("palace-r", 34, 60, f"tight-r beatstrobe-r {_BW}"), "cut",
                          S("drums-r", 32, 30, f"closer-r {_BW}"), "dissolve:16",
                          S("terrace-r", 36, 40, f"angle-r petals-r {_BW}"), "cut",
                          S("lead-r", 40, 80, f"crash-r {_BW}"), "fade:22",
                          S("crowd-r", 40, 70, f"follow-r gulal-r {_BW}"), "cut",
                          S("palace-r", 40, 80, f"sunback-r {_BW}"), "fadeblack:20",
                          S("serif:Naach Le", 32, 0, "grain2-r scope-r")]),
    ("noir-interrogation", [S("title2-r", 30, 0, "noir-r flick-r grain3-r pillar137-r"), "fadeio:14:12",
                            S("alley-r", 34, 0, _NO), "cut",
                            S("office-r", 34, 0, f"bulbfail-r {_NO}"), "cut",
                            S("room-r", 44, 0, _NO), "fade:24",
                            S("suspect-r", 40, 0, f"push-r {_NO}"), "cut",
                            S("detective-r", 32, 0, f"lighter-r {_NO}"), "cut",
                            S("suspect-r", 26, 40, f"near-r {_NO}"), "cut",
                            S("room-r", 36, 44, f"slam-r {_NO}"), "cut",
                            S("detective-r", 30, 32, f"tight-r smoke-r {_NO}"), "cut",
                            S("glass-r", 30, 0, _NO), "cut",
                            S("room-r", 40, 80, f"switch-r angle-r {_NO}"), "fadeblack:16",
                            S("alley-r", 36, 40, f"angle-r smoke-r {_NO}"), "cut",
                            S("office-r", 30, 34, f"tight-r {_NO}"), "fadegrays:12",
                            S("suspect-r", 36, 66, f"closer-r {_NO}"), "cut",
                            S("detective-r", 54, 62, f"follow-r {_NO}"), "fade:36",
                            S("room-r", 70, 0, f"angle-r bulbfail-r {_NO}"), "fadeio:16:10",
                            S("serif:The End", 30, 0, "noir-r flick-r grain3-r pillar137-r")]),
    ("monster-attack", [S("city-r", 40, 0, f"searchlight-r {_KJ}"), "cut",
                        S("monster-r", 30, 0, _KJ), "cut",
                        S("hq-r", 34, 0, _KJ), "cut",
                        S("tanks-r", 30, 0, f"muzzle-r {_KJ}"), "cut",
                        S("city-r", 36, 40, f"tremor-r {_KJ}"), "fade:20",
                        S("flee-r", 40, 0, f"tremor-r {_KJ}"), "cut",
                        S("monster-r", 28, 30, f"closer-r {_KJ}"), "cut",
                        S("pylon-r", 30, 0, f"blast-r {_KJ}"), "cut",
                        S("city-r", 36, 70, f"near-r {_KJ}"), "dissolve:20",
                        S("hq-r", 40, 34, f"tremor-r angle-r {_KJ}"), "cut",
                        S("monster-r", 36, 60, f"ray-r {_KJ}"), "fadewhite:10",
                        S("flee-r", 36, 40, f"follow-r dustroll-r {_KJ}"), "cut",
                        S("tanks-r", 30, 30, f"tight-r muzzle-r {_KJ}"), "cut",
                        S("pylon-r", 44, 30, f"angle-r {_KJ}"), "fade:30",
                        S("city-r", 50, 80, f"tremor-r blast-r {_KJ}"), "cut",
                        S("monster-r", 40, 90, f"tight-r {_KJ}"), "fadeblack:24",
                        S("credits-r", 60, 0, "scope2-r")]),
    ("village-bakery", [S("serif:Daily Bread", 28, 0, "grain5-r pillar166-r"), "fadeio:10:14",
                        S("bakehouse-r", 44, 0, _BK), "cut",
                        S("bakehouse-r", 30, 44, f"closer-r {_BK}"), "cut",
                        S("rack-r", 40, 0, f"tubeon-r {_BK}"), "cut",
                        S("dough-r", 40, 0, f"flourpuff-r {_BK}"), "cut",
                        S("sieve-r", 30, 0, _BK), "cut",
                        S("dough-r", 40, 40, f"near-r follow-r {_BK}"), "fade:26",
                        S("oven-r", 44, 0, f"follow-r steam-r {_BK}"), "cut",
                        S("bakehouse-r", 30, 70, f"angle-r tray-r {_BK}"), "cut",
                        S("dough-r", 30, 80, f"tight-r {_BK}"), "fadewhite:16",
                        S("sieve-r", 34, 30, f"angle-r flourpuff-r {_BK}"), "cut",
                        S("oven-r", 30, 44, f"tight-r {_BK}"), "cut",
                        S("rack-r", 40, 40, f"sunwin-r {_BK}"), "fadegrays:24",
                        S("shop-r", 44, 0, _BK), "cut",
                        S("rack-r", 30, 76, f"near-r {_BK}"), "cut",
                        S("shop-r", 30, 60, f"tight-r {_BK}"), "fade:9",
                        S("shop-r", 40, 80, f"angle-r {_BK}")]),
    ("venice-travelogue", [S("title3-r", 30, 0, "grain6-r pillar43-r"), "cut",
                           S("lagoon-r", 34, 0, _VE), "cut",
                           S("lagoon-r", 30, 40, f"near-r {_VE}"), "cut",
                           S("canal-r", 48, 0, f"panwith-r caption-r {_VE}"), "fade:32",
                           S("gondolier-r", 48, 0, f"rock-r {_VE}"), "cut",
                           S("bridge-r", 30, 0, f"underbridge-r {_VE}"), "cut",
                           S("canal-r", 30, 44, f"tight-r glint-r {_VE}"), "cut",
                           S("piazza-r", 36, 0, f"tiltup-r {_VE}"), "cut",
                           S("piazza-r", 30, 40, f"closer-r pigeons-r {_VE}"), "dissolve:10",
                           S("masks-r", 34, 0, _VE), "cut",
                           S("masks-r", 26, 34, f"closer-r {_VE}"), "cut",
                           S("canal-r", 36, 74, f"angle-r prow-r {_VE}"), "cut",
                           S("gondolier-r", 34, 44, f"closer-r rock-r {_VE}"), "fadewhite:20",
                           S("lagoon-r", 40, 70, f"angle-r {_VE}"), "cut",
                           S("bridge-r", 36, 30, f"angle-r glint-r {_VE}"), "fade:21",
                           S("canal-r", 58, 110, f"rock-r {_VE}"), "fadeio:18:12",
                           S("serif:Arrivederci", 30, 0, "grain6-r pillar43-r")]),
]
