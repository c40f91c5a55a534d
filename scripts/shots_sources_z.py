"""Sources, effects and recipes of held-out-z (clips 156-161), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-155. Drawn scenes for six more kinds of
film: a sea cliff with its ledges full of birds, the same cliff at dusk, puffins on a grassy
clifftop bobbing their heads, a gannet on its nest with its chick, a gannet diving with the
camera tilting down after it, a sea stack in a near-white fog and the sea in fog with a boat (a
1990s nature documentary about seabirds in 4:3, soft video colour, a species caption and credits
rolling over black); a lounge with two sofas and housemates seen from a wall camera, a diary room
with a housemate talking in a purple armchair, a bright kitchen, a near-white garden with a pool,
a white sun lounger in close-up and a bedroom in night vision (a 2000s reality television show,
full frame, hard video colour under the channel's bug, name captions); a white house among
autumn trees by day and the same house at night with its windows lit, a parlour at dusk with a
woman at the window and a table lamp, the garden seen through the window with leaves falling, a
woman's face and a man's face in close-up (a 1950s Technicolor melodrama in 1.85, saturated warm
colour, credits rolling over black); a near-white winter shore with a figure on it, a near-white
sky over the sea, a dark kitchen with a woman by an oil lamp, a woman's face, a bedroom whose
curtains are drawn open on the morning and a wall clock with its pendulum (a 1960s Swedish
chamber drama in 1.37, black and white with grain, English subtitles); a car in a dark garage, a
coast road at sunset, a dashboard glowing at night, a wheel spinning, a driver in sunglasses and
a city street at night with a neon sign (a 1980s car commercial in 2.35, glossy blue and magenta,
a chrome logo over black); a haunted house under the moon, a corridor with a cartoon mouse
walking along it, his face in close-up, a dark room with a candle and a ghost floating (a 1930s
cartoon in 1.37, black and white with flicker, gate weave and grain, an iris-like title card).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_q import _lines
from shots_sources_x import _face

# A 1990s nature documentary about seabirds.
_FLOCK = "lt(hypot(mod(X-N*1.8+20*sin(Y/17),53)-26,(mod(Y+N*0.4,37)-18)*2.2),2.2)*lt(Y,110)"
_ROCK = "lt(X,120+25*sin(Y/19)+0.35*Y)"
_LEDGE = ("lt(hypot(mod(X,9)-4,mod(Y,16)-2),1.6)*gt(sin(floor(X/9)*3.1+floor(Y/16)*1.7),0)")
_HEAD = "(70+3*sin(N*0.15))"
_HORIZON = "(300-5*N)"

# A 2000s reality television show.
_MOUTH = "(1+2.5*abs(sin(N*0.7)))"

# A 1950s Technicolor melodrama.
_LEAF = "lt(hypot(mod(X+8*sin(Y/20+N*0.1)-N*0.5,41)-20,mod(Y-N*1.6,37)-18),2.2)"

# A 1980s car commercial.
_CARX = "(mod(40+2.4*N,400)-40)"
_ROAD = "(130+20*sin(X/60))"
_SPOKE = "lt(abs(sin(atan2(Y-100,X-160)*2.5+N*0.9)),0.22)"
_WIN = "gt(sin(floor(X/8)*12.9+floor(Y/10)*7.2),0.55)"
_NEON = "(lt(abs(hypot(X-110,(Y-50)*2)-28),2)+lt(abs(Y-50-8*sin((X-75)/6)),1.5)*between(X,86,134))"

# A 1930s cartoon (drawn in greys).
_HX = "(60+1.5*N)"
_HY = "(112-5*abs(sin(N*0.25)))"
_GY = "(70+8*sin(N*0.15))"


def _cliff(sky, sea, rock, sun, sy, birds):
    """The bird cliff at some hour: sky (lum, cb, cr), sea and rock lumas, the sun's glow at
    height sy and the birds' luma."""
    sl, sb, sr = sky
    return _paint([(_FLOCK, birds, 128, 128),
                   (f"{_ROCK}*{_LEDGE}", 215, 128, 128),
                   (_ROCK, f"{rock}+18*gt(sin(X/5+Y/3),0.6)-15*lt(mod(Y,16),3)", 126, 134),
                   ("gt(Y,118)", f"{sea}+22*gt(sin(X/7+Y*1.3+N*0.25),0.6)"
                                 f"+{sun}*exp(-abs(X-240)/18)*gt(sin(Y*2.1+N*0.3),0.1)", 138, 122)],
                  (f"{sl}+{sun}*exp(-hypot(X-240,Y-{sy})/50)-0.2*Y", sb, sr))


def _puffin(x, y, k):
    """A puffin standing at (x, y) bobbing its head: (beak, face, belly, body) layers."""
    hy = f"({y}-18+1.5*sin(N*0.2+{k}))"
    return [(f"lt(hypot(X-{x}-2,Y-{hy}),1.4)", 20, 128, 128),
            (f"lt(hypot((X-{x}-9)/5,(Y-{hy}-2)/3.5),1)", 130, 80, 200),
            (f"lt(hypot((X-{x}-2)/5,(Y-{hy}-1)/5),1)", 215, 128, 128),
            (f"lt(hypot((X-{x})/7,(Y-{hy})/7),1)", 25, 128, 128),
            (f"lt(hypot((X-{x}-3)/6,(Y-{y}-2)/12),1)", 225, 128, 128),
            (f"lt(hypot((X-{x})/9,(Y-{y})/16),1)", 25, 128, 128),
            (f"lt(abs(X-{x}),5)*between(Y,{y}+14,{y}+19)", 140, 90, 190)]


def _house(sky, wall, win, tree, lawn, add="0"):
    """The white house among autumn trees: sky, wall, windows, trees and lawn (lum, cb, cr)."""
    return _paint([(_LEAF + "*lt(Y,150)", *tree),
                   ("lt(abs(mod(X-100,36)-18),8)*between(Y,75,100)*between(X,96,224)", *win),
                   ("lt(abs(X-160),9)*between(Y,108,140)", 40, 128, 128),
                   ("lt(abs(mod(X-100,36)-18),8)*between(Y,112,134)*between(X,96,224)", *win),
                   ("between(X,90,230)*between(Y,60,140)", f"{wall[0]}-12*lt(mod(Y,6),1)", wall[1], wall[2]),
                   ("gt(Y,20+0.5*abs(X-160))*lt(Y,62)*lt(abs(X-160),80)", 50, 128, 128),
                   ("lt(hypot((X-40)/50,(Y-80)/62),1+0.1*sin(X/4+Y/5))", *tree),
                   ("lt(hypot((X-282)/46,(Y-84)/58),1+0.1*sin(X/5-Y/4))", *tree),
                   ("gt(Y,140)", *lawn)],
                  sky, add=add)


LAVFI_Z = {
    # A 1990s nature documentary about seabirds.
    "cliff-z": _cliff(("150", 142, 118), 70, 55, 60, 40, 40),
    "dusk-z": _cliff(("70", 108, 162), 35, 22, 110, 112, 15),
    "puffins-z": _paint(_puffin(80, 120, 0) + _puffin(150, 104, 2) + _puffin(232, 88, 4)
                        + [("gt(Y,100-0.25*X)", "90+25*gt(sin(X*0.9+Y*0.3+N*0.15),0.5)", 100, 112),
                           ("gt(Y,50)", "115+20*gt(sin(X/9+Y*1.1+N*0.2),0.7)", 150, 115)],
                        ("205-0.3*Y", 136, 122)),
    "nest-z": _paint([(f"lt(hypot(X-188,Y-{_HEAD}),3)", 10, 128, 128),
                      (f"lt(hypot(X-188,Y-{_HEAD}),6)", 150, 145, 120),
                      (f"lt(abs(Y-{_HEAD}-8-0.15*(X-200)),5-0.045*(X-200))*between(X,196,290)",
                       "170-70*lt(abs(Y-" + _HEAD + "-8-0.15*(X-200)),0.8)", 140, 122),
                      (f"lt(hypot((X-170)/30,(Y-{_HEAD})/24),1)", 218, 100, 140),
                      (f"lt(abs(X-160+0.3*(Y-{_HEAD})),16)*between(Y,{_HEAD},{_HEAD}+50)", 232, 128, 128),
                      ("lt(hypot((X-130)/70,(Y-150)/40),1)", "235-20*gt(sin(X/6+Y/3),0.8)", 128, 128),
                      ("lt(hypot(X-60,Y-140),26+3*sin(atan2(Y-140,X-60)*9))", "165+20*sin(X*1.3)*sin(Y*1.7)",
                       128, 128),
                      ("gt(Y,150)", "95+30*gt(sin(X/4+Y/2),0.7)", 124, 134)],
                     ("80+20*sin(X/17)*sin(Y/13)", 124, 134)),
    "dive-z": _paint([("lt(abs(X-160),2-0.2*(Y-112))*between(Y,112,122)", 120, 128, 128),
                      ("lt(hypot((X-160)/4,(Y-107)/6),1)", 225, 105, 140),
                      ("lt(hypot((X-160)/6,(Y-90)/22),1)*gt(Y,72)", "235-200*lt(Y,76)", 128, 128),
                      ("lt(abs(X-160),11-0.25*abs(Y-84))*between(Y,66,100)", "225-190*lt(Y,74)", 128, 128),
                      (f"gt(Y,{_HORIZON})", f"60+30*gt(sin(X/5+(Y+N*9)/3),0.6)+30*lt(Y,{_HORIZON}+6)", 142, 120)],
                     ("175+25*sin(X/23+(Y+N*9)/31)*sin(X/41-(Y+N*9)/17)-0.1*Y", 142, 118)),
    "stack-z": _paint([("lt(hypot(mod(X-N*1.2,61)-30,(Y-70-8*sin(X/25))*2),2)*lt(Y,110)", 175, 128, 128),
                       ("between(X,190,240)*gt(Y,40+8*sin(X/7))*lt(Y,135)", "196+6*sin(Y/5)", 128, 128),
                       ("gt(Y,130)", "214+6*gt(sin(X/9+Y*1.2+N*0.2),0.7)", 130, 126)],
                      ("226+4*sin(X/50)", 129, 127)),
    "fogsea-z": _paint([("lt(hypot(X-220,Y-50),10)", 246, 126, 132),
                        ("lt(abs(X-90),12-0.6*(Y-92))*between(Y,92,100)+lt(abs(X-90),1)*between(Y,78,92)",
                         185, 128, 128),
                        ("gt(Y,100)", "218+5*gt(sin(X/8+Y*1.5+N*0.3),0.7)", 132, 124)],
                       ("231-0.05*Y", 130, 126)),
    "title1-z": _lines(_lines(_paint([("gt(Y,110)", "30+12*gt(sin(X/7+Y*1.3+N*0.2),0.7)", 150, 115)],
                                     ("40+0.2*Y", 145, 118)),
                              ["THE BIRD CLIFFS"], 24, 62, 0, "0xf0f0e0", SERIF),
                       ["The Gannets of Noup Head"], 13, 100, 0, "0xc0d0e0", SERIF),
    "credits1-z": f"color=c=0x060608:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=12:"
                  "fontcolor=0xf0f0f0:line_spacing=9:textfile=BIRDCLIFFROLL:x=(w-tw)/2:y=h-2.3*n",
    # A 2000s reality television show.
    "lounge-z": _paint([("lt(hypot(X-60-2*sin(N*0.2),Y-78),8)+lt(hypot(X-102,Y-80),8)"
                         "+lt(hypot(X-232+2*sin(N*0.17),Y-84),8)", 160, 115, 148),
                        ("lt(hypot(X-60-2*sin(N*0.2),Y-74),9)+lt(hypot(X-102,Y-76),9)"
                         "+lt(hypot(X-232+2*sin(N*0.17),Y-80),9)", 45, 128, 135),
                        ("lt(abs(X-60),12)*between(Y,86,112)", 150, 90, 100),
                        ("lt(abs(X-102),12)*between(Y,88,114)", 200, 128, 128),
                        ("lt(abs(X-232),13)*between(Y,92,118)", 90, 170, 110),
                        ("between(X,130,190)*between(Y,122,140)", 60, 128, 128),
                        ("between(X,20,140)*between(Y,80,132)", "130-25*lt(Y,96)", 90, 180),
                        ("between(X,180,300)*between(Y,88,136)", "90-20*lt(Y,102)", 165, 160),
                        ("between(X,110,210)*between(Y,18,62)", "120+40*gt(sin((X+Y)/9),0.7)", 125, 130),
                        ("gt(Y,118)", "110+8*gt(sin(X*1.1)*sin(Y*1.3),0.4)", 135, 132)],
                       ("170", 118, 140),
                       add="40*exp(-hypot(X-20,Y-40)/25)+40*exp(-hypot(X-300,Y-40)/25)"),
    "diary-z": _paint([("lt(hypot((X-160)/7,(Y-92)/" + _MOUTH + "),1)", 70, 120, 160),
                       ("lt(hypot(abs(X-160)-7,Y-76),2.4)", 20, 128, 128),
                       ("lt(hypot((X-160)/15,(Y-74)/14),1)*lt(Y,68)", 40, 120, 140),
                       ("lt(hypot((X-160)/14,(Y-82)/17),1)", 165, 115, 150),
                       ("lt(abs(X-160),26+0.5*(Y-100))*between(Y,98,180)", 120, 160, 90),
                       ("lt(hypot((X-160)/84,(Y-100)/92),1)*gt(Y,30)", "80+20*sin(X/12)", 175, 150)],
                      ("18+10*sin(Y/9)", 150, 120),
                      add="45*exp(-hypot(X-160,Y-80)/60)"),
    "kitchen-z": _paint([("lt(hypot(X-118,Y-52),8)", 160, 112, 150),
                         ("lt(hypot(X-118,Y-48),8)*lt(Y,48)", 60, 120, 140),
                         ("lt(abs(X-118),13)*between(Y,60,100)", 110, 100, 190),
                         ("between(X,250,300)*between(Y,20,80)", 245, 130, 124),
                         ("lt(abs(mod(X,40)-20),1)*lt(Y,60)+lt(abs(mod(X,40)-34),1)*between(Y,24,40)",
                          150, 128, 128),
                         ("lt(Y,60)*lt(X,240)", 215, 126, 130),
                         ("between(X,200,224)*between(Y,80,98)", 200, 150, 115),
                         ("between(Y,96,110)", 150, 128, 128),
                         ("gt(Y,110)", "190-40*lt(mod(X,50),2)", 126, 130)],
                        ("200", 126, 132)),
    "garden-z": _paint([("between(X,60,260)*between(Y,115,150)",
                         "180+30*gt(sin(X/6+Y/2+N*0.3),0.6)", 165, 100),
                        ("between(X,20,70)*between(Y,100,112)+between(X,250,310)*between(Y,104,114)",
                         242, 128, 128),
                        ("between(Y,80,90)", "130+20*gt(sin(X/3),0.5)", 100, 110),
                        ("gt(Y,90)", "228+6*lt(mod(X+2*Y,30),1.5)", 126, 130)],
                       ("236+3*sin(X/40)", 133, 124)),
    "sunbed-z": _paint([("lt(hypot((abs(X-188)-8)/7,(Y-62)/3),1)", 25, 128, 128),
                        ("lt(hypot(X-188,Y-64),13)", 190, 112, 150),
                        ("lt(abs(Y-120+0.35*(X-140)),6)*between(X,60,150)", 185, 112, 150),
                        ("between(X,40,280)*between(Y,70,150)", "242-10*lt(mod(X+Y,14),2)", 128, 128)],
                       ("230+4*sin(X/20)*sin(Y/15)", 126, 130)),
    "bedroom-z": _paint([("lt(hypot(mod(X,90)-45,(Y-98)*1.6),10)*lt(X,270)", 120, 128, 128),
                         ("lt(hypot((mod(X,90)-50)/30,(Y-118)/10),1)*lt(X,270)",
                          "80+10*sin(X/5+N*0.08)", 128, 128),
                         ("between(mod(X,90),10,80)*between(Y,96,140)*lt(X,270)", 60, 128, 128),
                         ("between(X,270,310)*between(Y,30,90)", 14, 128, 128)],
                        ("28+8*sin(Y/11)", 128, 128),
                        add="40*exp(-hypot(X-160,Y-100)/90)"),
    "logo2-z": _lines(_lines(_paint([("lt(hypot(X-160,Y-62),12)", 20, 128, 128),
                                     ("lt(hypot(X-160,Y-62),22)", 190, 170, 100),
                                     ("lt(hypot((X-160)/60,(Y-62)/26),1)", 235, 128, 128)],
                                    ("60+30*sin(X/30-N*0.1)*sin(Y/20)", 175, 150)),
                             ["HOUSE OF TWELVE"], 24, 104, 0, "0xffffff", FONT),
                      ["LIVE  NIGHTLY"], 12, 136, 0, "0xffd000", FONT),
    # A 1950s Technicolor melodrama.
    "houseday-z": _house(("165-0.4*Y", 155, 110), (225, 126, 132), (80, 150, 118), (150, 70, 185),
                         ("115+15*gt(sin(X/3+Y/2),0.6)", 100, 108)),
    "housenight-z": _house(("22+0.1*Y+200*lt(hypot(X-250,Y-30),9)", 150, 118), (70, 140, 122),
                           (215, 70, 165), (30, 125, 138), ("25", 130, 125),
                           add="50*exp(-hypot(X-160,Y-100)/60)"),
    "parlour-z": _paint([("lt(abs(X-255),15)*between(Y,70,95)", 150, 110, 140),
                         ("lt(abs(X-255),3)*between(Y,95,115)+lt(abs(X-255),10)*between(Y,113,118)", 60, 120, 140),
                         ("between(X,225,290)*between(Y,118,124)+lt(abs(mod(X,60)-10),3)*between(X,228,290)"
                          "*between(Y,124,170)", 50, 115, 145),
                         ("lt(hypot(X-80,Y-52),8)", 150, 112, 150),
                         ("lt(hypot(X-80,Y-48),9)*lt(Y,50)", 60, 110, 170),
                         ("lt(abs(X-80),10+0.35*(Y-62))*between(Y,60,160)", 55, 150, 170),
                         ("between(X,130,200)*between(Y,95,150)", "100-25*lt(Y,110)", 100, 190),
                         ("between(X,40,120)*between(Y,20,110)*gt(mod(X-40,40),2)*gt(mod(Y-20,45),2)",
                          "90+30*exp(-Y/60)", 165, 112),
                         ("between(X,32,128)*between(Y,14,116)", 170, 110, 150),
                         ("gt(Y,150)", "70+10*lt(mod(X+3*Y,24),2)", 110, 150)],
                        ("100+15*sin(Y/13)", 140, 105)),
    "window-z": _paint([(_LEAF, 150, 70, 190),
                        ("lt(abs(X-160),5)+lt(abs(Y-90),4)", 60, 120, 140),
                        ("lt(X,40)+gt(X,280)", "90+30*sin(X/3)", 100, 190),
                        ("lt(hypot((X-180)/90,(Y-80)/60),1+0.15*sin(X/5+Y/4))", "140+20*gt(sin(X/2+Y/3),0.7)",
                         72, 180),
                        ("gt(Y,140)", 110, 100, 110)],
                       ("195-0.3*Y", 150, 112)),
    "her-z": _face(160, 84, (70, 110, 170), True, 190, (120, 95, 185), ("100+15*sin(Y/13)", 140, 105),
                   add="30*exp(-hypot(X-120,Y-70)/60)"),
    "him-z": _face(158, 86, (35, 128, 128), False, 175, (40, 135, 125),
                   ("80+20*exp(-hypot(X-250,Y-40)/60)", 112, 150)),
    "title3-z": _lines(_lines(_paint([], ("70+30*sin(X/9+2*sin(Y/30))", 105, 185)),
                              ["All That Autumn"], 28, 58, 0, "0xf0d080", SERIF),
                       ["in Technicolor"], 13, 102, 0, "0xf0e0b0", SERIF),
    "credits3-z": f"color=c=0x050403:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=12:"
                  "fontcolor=0xf0d890:line_spacing=10:textfile=TWENTYSIXTHREEL:x=(w-tw)/2:y=h-2.4*n",
    # A 1960s Swedish chamber drama (drawn in greys).
    "shore-z": _paint([("lt(hypot(X-210,Y-104),4)", 40, 128, 128),
                       ("lt(abs(X-210),4+0.12*(Y-108))*between(Y,108,134)", 45, 128, 128),
                       ("gt(Y,120)*lt(hypot(mod(X,37)-18,(mod(Y,23)-11)*1.5),4)"
                        "*gt(sin(floor(X/37)*2.7+floor(Y/23)*1.9),0.3)", 110, 128, 128),
                       ("gt(Y,120)", "240-4*sin(X/13)", 128, 128),
                       ("gt(Y,70)", "214+8*gt(sin(X/11+Y*0.9+N*0.1),0.8)", 128, 128)],
                      ("236", 128, 128)),
    "sky-z": _paint([("lt(hypot((X-100-1.5*N)/5,(Y-60-4*abs(sin(X/3-N*0.4)))/1.5),1)", 60, 128, 128),
                     ("gt(Y,150)", 200, 128, 128),
                     ("gt(Y,140)", "220+4*gt(sin(X/7+Y),0.7)", 128, 128)],
                    ("232+6*sin(X/40+Y/25)", 128, 128)),
    "kitchen2-z": _paint([("lt(hypot((X-200)/3,(Y-92)/6),1)", 250, 128, 128),
                          ("lt(abs(X-200),8)*between(Y,84,104)", 170, 128, 128),
                          ("lt(abs(X-200),12)*between(Y,104,114)", 90, 128, 128),
                          ("lt(hypot(X-120,Y-80),11)*gt(X,114)", 150, 128, 128),
                          ("lt(hypot(X-120,Y-80),12)", 60, 128, 128),
                          ("lt(abs(X-120),14+0.3*(Y-92))*between(Y,92,150)", 28, 128, 128),
                          ("between(Y,112,180)", "70+10*lt(mod(Y,9),1)", 128, 128),
                          ("between(X,30,80)*between(Y,20,70)", "25+30*lt(abs(X-55),1.5)+30*lt(abs(Y-45),1.5)",
                           128, 128)],
                         ("40", 128, 128),
                         add="90*exp(-hypot(X-200,Y-95)/45)"),
    "profile-z": _face(160, 84, (60, 128, 128), True, 170, (40, 128, 128), ("120+20*sin(X/30)", 128, 128),
                       add="-40*gt(X,180)"),
    "roomwin-z": _paint([("between(X,120,200)*between(Y,30,110)*(lt(abs(X-160),2)+lt(abs(Y-70),2))", 60, 128, 128),
                         ("between(X,120,200)*between(Y,30,110)", "240-20*gt(Y,90)", 128, 128),
                         ("between(X,110,210)*between(Y,24,116)", 70, 128, 128),
                         ("between(X,20,110)*between(Y,110,150)", "150-30*lt(Y,118)", 128, 128),
                         ("gt(Y,150)", 60, 128, 128)],
                        ("35+8*sin(X/3)*lt(mod(Y,30),1)", 128, 128),
                        add="70*exp(-hypot(X-160,Y-120)/80)"),
    "clock-z": _paint([("lt(abs((X-160)*cos(2.1)+(Y-70)*sin(2.1)),2.2)"
                        "*between((X-160)*sin(2.1)-(Y-70)*cos(2.1),-3,24)", 20, 128, 128),
                       ("lt(abs(X-160),1.8)*between(Y,48,70)", 20, 128, 128),
                       ("lt(hypot(X-160-30*sin(0.35*sin(N*0.26)),Y-155),8)", 200, 128, 128),
                       ("lt(abs(X-160-(Y-115)*sin(0.35*sin(N*0.26))/cos(0.35*sin(N*0.26))),1.2)*between(Y,115,150)",
                        160, 128, 128),
                       ("lt(abs(hypot(X-160,Y-70)-40),1.5)+lt(hypot(X-160,Y-70),42)"
                        "*lt(abs(mod(atan2(Y-70,X-160)*30/6.2832,5)-2.5),0.3)*gt(hypot(X-160,Y-70),33)",
                        30, 128, 128),
                       ("lt(hypot(X-160,Y-70),44)", 205, 128, 128),
                       ("lt(abs(X-160),50)*between(Y,24,180)", 55, 128, 128)],
                      ("90+20*lt(mod(X,16),3)", 128, 128)),
    "title4-z": _lines(_lines(_paint([], ("8+4*sin(X/3)*sin(Y/5)", 128, 128)),
                              ["NATTVAKT"], 28, 60, 0, "0xf4f4f4", SERIF),
                       ["en film av Ingrid Holm"], 13, 104, 0, "0xc8c8c8", SERIF),
    # A 1980s car commercial.
    "garage-z": _paint([("lt(hypot((abs(X-160)-55)/18,(Y-100)/7),1)", 60, 150, 120),
                        ("lt(abs(X-160),30)*between(Y,96,108)*lt(mod(Y,4),2)", 25, 128, 128),
                        ("lt(abs(X-160),86-0.8*max(0,86-Y))*between(Y,72,130)",
                         "40+45*exp(-pow((Y-82)/3,2))", 150, 115),
                        ("lt(abs(X-160),56+0.8*(Y-50))*between(Y,50,72)", "20+20*exp(-pow((X-130)/8,2))", 140, 125),
                        ("lt(abs(abs(X-160)-62),12)*between(Y,126,142)", 8, 128, 128),
                        ("gt(Y,142)", "18+22*exp(-abs(Y-150)/4)*exp(-abs(X-160)/70)", 140, 122)],
                       ("12", 135, 125),
                       add="25*exp(-pow((Y-10)/6,2))"),
    "coast-z": _paint([(f"lt(abs(X-{_CARX}),6)*lt(abs(Y-{_ROAD.replace('X', _CARX)}+3),3)", 60, 110, 190),
                       (f"lt(abs(Y-{_ROAD}),6)*lt(abs(Y-{_ROAD}),0.8)*lt(mod(X,20),10)", 200, 110, 150),
                       (f"lt(abs(Y-{_ROAD}),6)", 60, 132, 134),
                       (f"gt(Y,{_ROAD})", "30+10*sin(X/7)*sin(Y/5)", 125, 140),
                       ("lt(hypot(X-240,Y-70),14)", 250, 90, 160),
                       ("gt(Y,90)", "90+50*exp(-abs(X-240)/20)*gt(sin(Y*2+N*0.3),0.3)", 140, 145)],
                      ("200-0.9*Y", "100+0.3*Y", 170)),
    "dash-z": _paint([("lt(abs(hypot(X-110,Y-100)-26),1.5)+lt(abs(hypot(X-210,Y-100)-26),1.5)", 150, 90, 175),
                      ("lt(abs((X-110)*cos(N*0.05-1)+(Y-100)*sin(N*0.05-1)),1.5)*lt(hypot(X-110,Y-100),24)"
                       "*gt((Y-100)*cos(N*0.05-1)-(X-110)*sin(N*0.05-1),0)", 240, 100, 200),
                      ("lt(abs(hypot(X-110,Y-100)-20),1)*lt(abs(mod(atan2(Y-100,X-110)*8/3.1416,1)-0.5),0.1)"
                       "+lt(abs(hypot(X-210,Y-100)-20),1)*lt(abs(mod(atan2(Y-100,X-210)*8/3.1416,1)-0.5),0.1)",
                       170, 90, 170),
                      ("between(X,145,175)*between(Y,90,104)", "20+120*gt(sin(X*1.7)*sin(Y*2.1),0.2)", 80, 90),
                      ("lt(abs(Y-60),30)*lt(abs(X-160),110)", 15, 135, 125),
                      ("lt(Y,40)", "10+30*exp(-pow((mod(X+N*12,160)-80)/6,2))", 150, 120)],
                     ("6", 130, 128)),
    "wheel-z": _paint([(f"lt(hypot(X-160,Y-100),10)", 200, 128, 128),
                       (f"lt(hypot(X-160,Y-100),48)*{_SPOKE}", 170, 128, 128),
                       ("lt(hypot(X-160,Y-100),48)", "120-30*lt(hypot(X-160,Y-100),40)", 128, 128),
                       ("lt(hypot(X-160,Y-100),72)", "25+6*sin(atan2(Y-100,X-160)*40)", 128, 128),
                       ("lt(Y,42)", "60+40*exp(-pow((Y-30)/4,2))", 110, 190),
                       ("gt(Y,150)", "50+20*sin((X+N*40)/7)", 128, 128)],
                      ("35", 120, 160)),
    "driver-z": _face(160, 84, (40, 128, 128), False, 165, (225, 128, 128),
                      ("150-0.5*Y-60*lt(mod(X+N*30,120),6)*lt(Y,70)", 100, 170)),
    "city-z": _paint([("lt(abs(mod(X,80)-40),2)*between(Y,130,140)", 220, 100, 200),
                      (_NEON, 40, 128, 128),
                      (f"{_WIN}*lt(mod(X,8),5)*lt(mod(Y,10),6)*lt(Y,110-30*gt(sin(floor(X/40)*5),0))*gt(Y,20)",
                       180, 90, 160),
                      ("lt(Y,110-30*gt(sin(floor(X/40)*5),0))*gt(Y,20-10*gt(sin(floor(X/40)*3),0.3))",
                       "22+6*sin(floor(X/40)*2)", 135, 125),
                      ("gt(Y,120)", "15+55*exp(-abs(mod(X,40)-20)/4)*gt(sin(Y*3+N*0.2),0)", 150, 140),
                      ("gt(Y,110)", 25, 130, 128)],
                     ("8+0.1*Y", 150, 120)),
    "logo-z": _lines(_lines(_paint([("lt(abs(Y-90),0.8)*lt(abs(X-160),90)", 150, 128, 128)],
                                   ("6+14*exp(-hypot(X-160,(Y-90)*3)/120)", 140, 125)),
                            ["CORSAIR GT"], 30, 48, 0, "0xd8e0f0", FONT),
                     ["Drive the night."], 12, 104, 0, "0x9098b0", FONT),
    # A 1930s cartoon (drawn in greys).
    "mansion-z": _paint([("lt(hypot(mod(X-N*2,70)-35,(Y-40-6*abs(sin(X/4+N*0.6)))*3),4)*lt(Y,70)*gt(X,120)", 20,
                          128, 128),
                         ("between(X,150,250)*between(Y,50,120)*lt(abs(mod(X-150,25)-12),5)"
                          "*lt(abs(mod(Y-50,30)-15),7)", 200, 128, 128),
                         ("between(X,150,250)*between(Y,40,130)+gt(Y,12+0.9*abs(X-200))*lt(Y,42)*lt(abs(X-200),50)"
                          "+between(X,225,236)*between(Y,10,40)", 15, 128, 128),
                         ("lt(abs(X-40-4*sin(Y/9)),4)*gt(Y,60)+lt(abs(Y-60+0.8*(X-40)),2)*between(X,40,90)"
                          "+lt(abs(Y-80-0.7*(X-40)),2)*between(X,8,40)", 10, 128, 128),
                         ("gt(Y,130-15*sin(X/60))", 30, 128, 128),
                         ("lt(hypot(X-270,Y-34),16)", 225, 128, 128)],
                        ("60+20*exp(-hypot(X-270,Y-34)/40)", 128, 128)),
    "hall2-z": _paint([(f"lt(hypot((abs(X-{_HX})-7)/3,(Y-{_HY}+24)/4),1)", 20, 128, 128),
                       (f"lt(hypot((abs(X-{_HX})-6)/5,(Y-{_HY}+24)/7),1)", 240, 128, 128),
                       (f"lt(hypot(X-{_HX},Y-{_HY}+20),13)+lt(hypot(abs(X-{_HX})-12,Y-{_HY}+34),8)"
                        f"+lt(hypot(X-{_HX},Y-{_HY}),11)", 10, 128, 128),
                       (f"lt(abs(X-{_HX}-(Y-{_HY})*0.5*sin(N*0.5)),2)*between(Y,{_HY},{_HY}+22)"
                        f"+lt(abs(X-{_HX}+(Y-{_HY})*0.5*sin(N*0.5)),2)*between(Y,{_HY},{_HY}+22)", 10, 128, 128),
                       ("gt(Y,138)*lt(mod(floor(X/(20+0.4*(Y-138)))+floor((Y-138)/8),2),1)", 40, 128, 128),
                       ("gt(Y,138)", 210, 128, 128),
                       ("lt(abs(mod(X,90)-45),14)*between(Y,60,138)", 70, 128, 128),
                       ("lt(abs(mod(X,90)-45),18)*between(Y,54,138)", 30, 128, 128)],
                      ("150+10*lt(mod(X,12),2)", 128, 128)),
    "hoppy-z": _paint([("lt(hypot((X-160)/14,(Y-142-6*sin(N*0.3))/(4+6*abs(sin(N*0.2)))),1)", 20, 128, 128),
                       ("lt(hypot((X-160)/12,(Y-118)/8),1)", 15, 128, 128),
                       ("lt(hypot((abs(X-160)-16)/5,(Y-88)/9),1)*gt((X-160)*sgn(X-160)-16,-3)", 10, 128, 128),
                       ("lt(hypot((abs(X-160)-16)/11,(Y-86)/18),1)", 245, 128, 128),
                       ("lt(hypot((X-160)/48,(Y-122)/36),1)", 235, 128, 128),
                       ("lt(hypot(X-160,Y-100),58)+lt(hypot(abs(X-160)-52,Y-40),28)", 12, 128, 128)],
                      ("175-25*lt(mod(X,24),12)", 128, 128)),
    "room3-z": _paint([("lt(abs(X-200),5)*between(Y,98,118)", 230, 128, 128),
                       ("between(X,180,222)*between(Y,118,124)+lt(abs(X-200),3)*between(Y,124,170)", 30, 128, 128),
                       ("between(X,40,140)*between(Y,110,150)", "210-20*lt(Y,120)", 128, 128),
                       ("between(X,30,150)*between(Y,100,160)", 20, 128, 128),
                       ("between(X,230,290)*between(Y,20,80)*(lt(abs(X-260),2)+lt(abs(Y-50),2))", 30, 128, 128),
                       ("between(X,230,290)*between(Y,20,80)", "60+120*lt(hypot(X-250,Y-35),8)", 128, 128),
                       ("between(X,80,130)*between(Y,30,70)", "140-100*lt(hypot(X-105,Y-50),12)", 128, 128),
                       ("gt(Y,160)", 90, 128, 128)],
                      ("170-20*gt(sin(X/5)*sin(Y/7),0.6)", 128, 128)),
    "ghost-z": _paint([(f"lt(hypot((abs(X-160)-9)/4,(Y-{_GY}+6)/6),1)+lt(hypot((X-160)/5,(Y-{_GY}-8)/4),1)",
                        15, 128, 128),
                       (f"lt(hypot((X-160)/26,(Y-{_GY})/24),1)"
                        f"+lt(abs(X-160),26+0.1*(Y-{_GY}))*between(Y,{_GY},{_GY}+50+5*sin(X/5+N*0.4))",
                        240, 128, 128),
                       ("gt(Y,150-0.4*X)*lt(mod(X+0.8*Y,24),3)", 15, 128, 128),
                       ("gt(Y,150-0.4*X)", 70, 128, 128)],
                      ("45+10*sin(Y/6)", 128, 128)),
    "titlecard-z": _lines(_lines(_paint([("lt(hypot(X-160,Y-86),52)", 235, 128, 128)],
                                        ("110+60*gt(sin(atan2(Y-86,X-160)*12),0)", 128, 128)),
                                 ["HOPPY"], 26, 62, 0, "0x101010", SERIF),
                          ["in  HAUNTED HOPPY"], 10, 98, 0, "0x101010", SERIF),
    "endcard-z": _lines(_paint([("lt(hypot(X-160,Y-86),50)", 235, 128, 128)],
                               ("110+60*gt(sin(atan2(Y-86,X-160)*12),0)", 128, 128)),
                        ["THE END"], 22, 74, 0, "0x101010", SERIF),
}
TWENTYSIXTHREEL = "\n".join(["All That Autumn", "", "Directed by", "Douglas Wirth", "",
                             "Starring", "Joan Ashbury", "Rex Calloway", "",
                             "Color by Technicolor", "", "A Meridian Picture"])
BIRDCLIFFROLL = "\n".join(["The Bird Cliffs", "", "Camera", "Alasdair Flett", "",
                              "Narrated by", "Morag Linklater", "", "Wildwing Films", "for Channel 4"])
TEXT_FILES_Z = {"TWENTYSIXTHREEL": ("twentysixthreel.txt", TWENTYSIXTHREEL),
                "BIRDCLIFFROLL": ("birdcliffcredits.txt", BIRDCLIFFROLL)}

FX_Z = {
    "grain41-z": "noise=alls=5:allf=t:all_seed=44100017",
    "grain42-z": "noise=alls=4:allf=t:all_seed=44100029",
    "grain43-z": "noise=alls=7:allf=t:all_seed=44100043",
    "grain44-z": "noise=alls=13:allf=t+u:all_seed=44100059",
    "grain45-z": "noise=alls=5:allf=t:all_seed=44100071",
    "grain46-z": "noise=alls=11:allf=t+u:all_seed=44100083",
    "near-z": "crop=iw*0.88:ih*0.88:iw*0.05:ih*0.07,scale=320:180",
    "cam2-z": "crop=iw*0.9:ih*0.9:iw*0.1:ih*0.02,scale=320:180",
    "angle-z": "crop=iw*0.66:ih*0.66:iw*0.28:ih*0.12,scale=320:180",
    "left-z": "crop=iw*0.62:ih*0.62:iw*0.04:ih*0.2,scale=320:180",
    "closer-z": "crop=iw*0.5:ih*0.5:iw*0.24:ih*0.22,scale=320:180",
    # Looks: soft video colour in 4:3; hard video colour under a bug, full frame; saturated warm
    # Technicolor in 1.85; grainy black and white in 1.37; glossy blue and magenta in 2.35;
    # contrasty black and white with flicker and gate weave in 1.37.
    "doc-z": "eq=saturation=0.95:gamma=1.03,gblur=sigma=0.6",
    "box43-z": "scale=240:180,pad=320:180:40:0:black",
    "rtv-z": "eq=saturation=1.2:contrast=1.06,unsharp=5:5:0.6",
    "bug-z": f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=white@0.8:text='E5  LIVE':x=w-tw-12:y=10",
    "tech-z": "eq=saturation=1.4:contrast=1.05,colorbalance=rm=0.05:bm=-0.04",
    "box185-z": "scale=320:172,pad=320:180:0:4:black",
    "swe-z": "hue=s=0,eq=contrast=1.05",
    "box137-z": "scale=246:180,pad=320:180:37:0:black",
    "car-z": "eq=saturation=1.3:contrast=1.08,colorbalance=bs=0.08:rs=0.04:bh=-0.03,gblur=sigma=0.5",
    "box235-z": "scale=320:136,pad=320:180:0:22:black",
    "toon-z": "hue=s=0,eq=contrast=1.15",
    "flick-z": "eq=brightness='0.035*sin(n*2.7)*sin(n*0.9)':eval=frame",
    "weave-z": "crop=310:174:x='5+1.5*sin(n*1.1)':y='3+1.2*sin(n*1.7+2)',scale=320:180",
    # Camera moves: a slow zoom into the puffins; a whip pan from rest to rest in the garden; a
    # slow push in on the house; a whip pan along the coast road; a crash zoom on the mouse's face
    # and a jolt shaking the camera.
    "zoomin-z": "zoompan=z='1+0.004*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.45':y='(ih-ih/zoom)*0.5'",
    "whip-z": "scale=420:236,crop=320:180:x='50+48*tanh((n-MID)/2.5)':y=28,"
              "gblur=sigma=10:sigmaV=0.5:enable='between(n,MID-2,MID+2)'",
    "pushin-z": "zoompan=z='1+0.003*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)*0.45'",
    "whippan-z": "scale=400:225,crop=320:180:x='40+38*tanh((n-MID)/2)':y=22,"
                 "gblur=sigma=11:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "crashzoom-z": "zoompan=z='1+0.6*clip((in-MID)/4,0,1)':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2'"
                   ":y='(ih-ih/zoom)*0.55'",
    "shake-z": "scale=352:198,crop=320:180:x='16+12*sin(n*3.1)*exp(-abs(n-MID)/4)'"
               ":y='9+8*sin(n*2.3)*exp(-abs(n-MID)/4)'",
    # Around MID: the sun breaking through onto the cliff and staying out, a species caption, a
    # gull passing the lens, the camera's iris stopping down on a white bird; a name caption, a
    # housemate passing the lens, the lounge's lights dimmed for the night, a cloud coming over
    # the garden and staying; a table lamp switched on at dusk, leaves blowing past the lens, a
    # car's headlights sweeping over the house; the oil lamp turned down, the curtains drawn open
    # on the morning, subtitles, a figure walking past the lens; a car's headlights switched on in
    # the dark garage, a sun glint off the chrome, a neon sign flickering on and staying lit;
    # lightning, a candle lit in a dark room, a ghost swooping past the lens.
    "sunbreak-z": "eq=brightness='0.13*clip((n-MID+8)/16,0,1)':saturation='1+0.35*clip((n-MID+8)/16,0,1)'"
                  ":gamma='1+0.15*clip((n-MID+8)/16,0,1)':eval=frame",
    "caption-z": f"drawtext=fontfile={SERIF}:fontsize=13:fontcolor=white:shadowcolor=black:shadowx=1:shadowy=1"
                 ":text='Puffin  -  Fratercula arctica':x=24:y=h-30"
                 ":alpha='clip((n-MID+12)/6,0,1)':enable='gte(n,MID-12)'",
    "birdpass-z": _overlay("lt(hypot((X-(N-MID+5)*38+20)/60,(Y-80-20*sin((X-(N-MID)*38)/30))/26),1)"
                           "*between(N,MID-5,MID+6)", 45),
    "expo-z": "eq=brightness='0.2*(1-clip((n-MID+4)/8,0,1))':contrast='1-0.15*(1-clip((n-MID+4)/8,0,1))'"
              ":eval=frame",
    "namecap-z": f"drawtext=fontfile={FONT}:fontsize=13:fontcolor=white:box=1:boxcolor=0xc01060@0.9"
                 ":boxborderw=5:text='JAMIE  24  BRIGHTON':x=16:y=h-36:enable='gte(n,MID-10)'",
    "walkpast-z": _overlay("lt(abs(X-(N-MID+6)*32+40),55+0.2*abs(Y-90))*between(N,MID-6,MID+6)", 40, 150, 110),
    "lightsdim-z": "eq=brightness='-0.2*clip((n-MID+6)/12,0,1)':saturation='1-0.35*clip((n-MID+6)/12,0,1)'"
                   ":eval=frame",
    "cloudover-z": "eq=brightness='-0.16*clip((n-MID+6)/12,0,1)':contrast='1-0.2*clip((n-MID+6)/12,0,1)'"
                   ":eval=frame",
    "nv-z": "hue=s=0,eq=contrast=1.2,colorchannelmixer=rr=0.3:gg=1.1:bb=0.35,noise=alls=14:allf=t:all_seed=44100097",
    "lampon-z": _overlay("clip(0.75*exp(-hypot(X-255,Y-82)/40)+0.25*exp(-hypot(X-255,Y-120)/120),0,1)"
                         "*clip((N-MID+1)/2,0,1)", 245, 90, 160)
                + ",eq=brightness='0.06*clip((n-MID+1)/2,0,1)':eval=frame",
    "lamplit-z": _overlay("clip(0.75*exp(-hypot(X-255,Y-82)/40)+0.25*exp(-hypot(X-255,Y-120)/120),0,1)", 245, 90, 160)
                 + ",eq=brightness=0.06",
    "leavespass-z": _overlay("lt(hypot(mod(X-(N-MID)*30,90)-45,mod(Y+(N-MID)*14+30*floor(X/90),80)-40),14)"
                             "*between(N,MID-6,MID+6)", 110, 80, 190),
    "carsweep-z": _overlay("0.55*exp(-pow((X-(N-MID)*24-160)/30,2))*between(N,MID-10,MID+10)", 230, 110, 150),
    "lampdown-z": "eq=brightness='-0.16*clip((n-MID+6)/12,0,1)':contrast='1-0.15*clip((n-MID+6)/12,0,1)'"
                  ":eval=frame",
    "lampdim-z": "eq=brightness=-0.16:contrast=0.85",
    "curtain-z": _overlay("between(X,120+40*clip((N-MID+6)/12,0,1),200-40*clip((N-MID+6)/12,0,1))*between(Y,30,110)",
                          "45+15*sin(X/3)") + ",eq=brightness='-0.14*(1-clip((n-MID+6)/12,0,1))':eval=frame",
    "subs-z": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:borderw=1:bordercolor=black"
              ":text='I could not sleep either.':x=(w-tw)/2:y=h-24:enable='between(n,MID-8,MID+14)'",
    "subs2-z": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:borderw=1:bordercolor=black"
               ":text='He will not come back now.':x=(w-tw)/2:y=h-24:enable='gte(n,MID-6)'",
    "walkerpass-z": _overlay("lt(abs(X-(N-MID+6)*34+40),40+0.1*abs(Y-90))*between(N,MID-6,MID+6)", 30),
    "headlights-z": _overlay("clip(1.5*exp(-hypot((abs(X-160)-55)/14,(Y-100)/6))"
                             "+0.45*exp(-hypot((X-160)/110,(Y-158)/14)),0,1)*clip((N-MID+1)/2,0,1)", 250, 120, 132)
                    + ",eq=brightness='0.05*clip((n-MID+1)/2,0,1)':eval=frame",
    "headlit-z": _overlay("clip(1.5*exp(-hypot((abs(X-160)-55)/14,(Y-100)/6))"
                          "+0.45*exp(-hypot((X-160)/110,(Y-158)/14)),0,1)", 250, 120, 132) + ",eq=brightness=0.05",
    "glare-z": _overlay("clip(1.6*exp(-hypot(X-190,Y-80)/(6+40*exp(-pow((N-MID)/1.5,2))))"
                        "+0.8*exp(-pow((N-MID)/1.5,2))*lt(abs(Y-80),2),0,1)*between(N,MID-3,MID+3)", 252, 120, 140),
    "neonon-z": _overlay(f"clip({_NEON}+0.35*exp(-hypot(X-110,(Y-50)*2)/40),0,1)"
                         "*(eq(N,MID-7)+between(N,MID-4,MID-3)+gte(N,MID))", 230, 150, 210),
    "neonlit-z": _overlay(f"clip({_NEON}+0.35*exp(-hypot(X-110,(Y-50)*2)/40),0,1)", 230, 150, 210),
    "shades-z": _overlay("lt(hypot((abs(X-160)-12)/10,(Y-82)/5.5),1)+lt(abs(Y-80),1)*lt(abs(X-160),12)", 18),
    "lightning-z": "eq=brightness='0.45*eq(n,MID)+0.25*eq(n,MID+1)+0.35*eq(n,MID+4)':eval=frame",
    "candle-z": _overlay("lt(hypot((X-200)/3,(Y-92)/6),1)*gte(N,MID)", 250)
                + ",eq=brightness='-0.3*(1-clip((n-MID)/3,0,1))':contrast='1-0.3*(1-clip((n-MID)/3,0,1))'"
                  ":eval=frame",
    "candlelit-z": _overlay("lt(hypot((X-200)/3,(Y-92)/6),1)", 250),
    "ghostpass-z": _overlay("lt(hypot((X-(N-MID+5)*40+40)/70,(Y-90)/80),1)*between(N,MID-5,MID+5)", 240),
}

# held-out-z (clips 156-161): new recipes again, written after held-out-y without running the
# detector on them. Film material of six more kinds, clips of about 20 to 24 s with short shots:
# a 1990s nature documentary about seabirds in 4:3 (the sun breaking through onto a bird cliff and
# staying out, a cut to a closer framing of the cliff, puffins bobbing their heads, a species
# caption, a gull passing the lens, a gannet diving with the camera tilting down after it, the
# camera's iris stopping down on a white bird, a cut between near-white shots of a sea stack and
# the sea in fog, a slow zoom, a long dissolve from the cliff by day to the same cliff at dusk,
# credits rolling over black), a 2000s reality television show (a lounge seen from two wall
# cameras in near-identical framings, a name caption, a diary room, a housemate passing the lens,
# a whip pan from rest to rest, a cut between near-white shots of the garden and a sun lounger,
# the lounge's lights dimmed for the night, a bedroom in night vision and a cut between two dark
# angles of it, a cloud coming over the garden and staying), a 1950s Technicolor melodrama in
# 1.85 (a house among autumn trees, leaves falling past a window and blowing past the lens, a
# table lamp switched on at dusk, close-ups cutting between a woman and a man, a long dissolve
# from the house by day to the same house at night, a car's headlights sweeping over it, credits
# rolling over black), a 1960s Swedish chamber drama in 1.37, black and white (cuts between
# near-white shots of a winter shore and the sky, an oil lamp turned down in a dark kitchen, a
# cut between dark shots, subtitles coming and going, a clock's pendulum, curtains drawn open on
# the morning, a figure walking past the lens), a 1980s car commercial in 2.35 (a car's headlights
# switched on in a dark garage, cuts between dark shots, a whip pan along a coast road at sunset,
# a sun glint off the chrome, a wheel spinning, a driver in sunglasses, a neon sign flickering on
# in a city street at night, a chrome logo over black) and a 1930s cartoon in 1.37, black and
# white (lightning over a haunted house, a mouse walking a corridor, a crash zoom on his face, a
# candle lit in a dark room, a ghost floating and swooping past the lens, a jolt shaking the
# camera, flicker, gate weave and grain); cuts between near-identical framings and to closer
# framings, between dark and between near-white shots, dissolves of 10 to 32 frames (two between
# the same place at two times of day), pixel dissolves, fades through black, white and grays and
# fade outs and ins.
_BD = "doc-z grain41-z box43-z"
_RT = "rtv-z grain42-z bug-z"
_NV = "nv-z bug-z"
_TC = "tech-z grain43-z box185-z"
_SW = "swe-z grain44-z box137-z"
_CA = "car-z grain45-z box235-z"
_TN = "toon-z flick-z grain46-z weave-z box137-z"
HELD_OUT_Z = [
    ("the-bird-cliffs", [S("title1-z", 36, 0, _BD), "fadeio:10:12",
                         S("cliff-z", 60, 0, f"sunbreak-z {_BD}"), "cut",
                         S("cliff-z", 34, 60, f"closer-z sunbreak-z {_BD}"), "cut",
                         S("puffins-z", 46, 0, f"caption-z {_BD}"), "cut",
                         S("puffins-z", 34, 46, f"near-z {_BD}"), "fade:16",
                         S("nest-z", 46, 0, f"birdpass-z {_BD}"), "cut",
                         S("dive-z", 40, 0, _BD), "cut",
                         S("nest-z", 40, 46, f"closer-z expo-z {_BD}"), "fadewhite:12",
                         S("stack-z", 44, 0, _BD), "cut",
                         S("fogsea-z", 40, 0, _BD), "dissolve:14",
                         S("puffins-z", 44, 76, f"angle-z zoomin-z {_BD}"), "cut",
                         S("cliff-z", 56, 94, f"left-z {_BD}"), "fade:32",
                         S("dusk-z", 56, 94, f"left-z {_BD}"), "cut",
                         S("dusk-z", 40, 150, f"angle-z {_BD}"), "fadeblack:16",
                         S("credits1-z", 56, 0, _BD)]),
    ("house-of-twelve", [S("logo2-z", 36, 0, "rtv-z grain42-z"), "fadewhite:10",
                         S("lounge-z", 50, 0, f"namecap-z {_RT}"), "cut",
                         S("lounge-z", 30, 50, f"cam2-z {_RT}"), "cut",
                         S("diary-z", 48, 0, _RT), "cut",
                         S("diary-z", 34, 48, f"closer-z {_RT}"), "fade:12",
                         S("kitchen-z", 44, 0, f"walkpast-z {_RT}"), "fade:10",
                         S("garden-z", 40, 0, f"whip-z {_RT}"), "cut",
                         S("sunbed-z", 36, 0, _RT), "dissolve:12",
                         S("lounge-z", 60, 80, f"angle-z lightsdim-z {_RT}"), "fadeblack:14",
                         S("bedroom-z", 44, 0, _NV), "cut",
                         S("bedroom-z", 30, 44, f"angle-z {_NV}"), "cut",
                         S("diary-z", 40, 82, f"near-z {_RT}"), "fade:20",
                         S("garden-z", 50, 40, f"near-z cloudover-z {_RT}"), "cut",
                         S("kitchen-z", 44, 44, f"near-z {_RT}"), "fadegrays:16",
                         S("logo2-z", 40, 36, "rtv-z grain42-z")]),
    ("all-that-autumn", [S("title3-z", 38, 0, _TC), "fade:14",
                         S("houseday-z", 50, 0, f"pushin-z {_TC}"), "cut",
                         S("window-z", 40, 0, _TC), "cut",
                         S("parlour-z", 50, 0, f"lampon-z {_TC}"), "cut",
                         S("her-z", 36, 0, _TC), "cut",
                         S("him-z", 36, 0, _TC), "cut",
                         S("her-z", 36, 36, f"closer-z {_TC}"), "fade:18",
                         S("window-z", 48, 40, f"closer-z leavespass-z {_TC}"), "dissolve:12",
                         S("houseday-z", 62, 50, f"angle-z {_TC}"), "fade:30",
                         S("housenight-z", 50, 50, f"angle-z {_TC}"), "cut",
                         S("parlour-z", 40, 56, f"near-z lamplit-z {_TC}"), "cut",
                         S("him-z", 40, 36, f"closer-z {_TC}"), "fadegrays:14",
                         S("her-z", 56, 66, f"near-z {_TC}"), "fadeblack:18",
                         S("housenight-z", 50, 104, f"carsweep-z {_TC}"), "fadeio:14:10",
                         S("credits3-z", 52, 0, _TC)]),
    ("nattvakt", [S("title4-z", 36, 0, _SW), "fadeio:8:12",
                  S("shore-z", 50, 0, _SW), "cut",
                  S("sky-z", 36, 0, _SW), "cut",
                  S("shore-z", 40, 50, f"closer-z {_SW}"), "fade:20",
                  S("kitchen2-z", 56, 0, f"lampdown-z {_SW}"), "cut",
                  S("profile-z", 40, 0, f"subs-z {_SW}"), "cut",
                  S("kitchen2-z", 36, 56, f"closer-z lampdim-z {_SW}"), "cut",
                  S("clock-z", 40, 0, _SW), "fadeblack:16",
                  S("roomwin-z", 56, 0, f"curtain-z {_SW}"), "cut",
                  S("profile-z", 40, 40, f"near-z {_SW}"), "dissolve:16",
                  S("shore-z", 48, 84, f"angle-z walkerpass-z {_SW}"), "cut",
                  S("sky-z", 36, 36, f"near-z {_SW}"), "fadewhite:14",
                  S("profile-z", 50, 80, f"closer-z subs2-z {_SW}"), "cut",
                  S("clock-z", 40, 40, f"closer-z {_SW}"), "fade:20",
                  S("serif:SLUT", 42, 0, _SW)]),
    ("corsair-gt", [S("garage-z", 54, 0, f"headlights-z {_CA}"), "cut",
                    S("garage-z", 34, 54, f"closer-z headlit-z {_CA}"), "cut",
                    S("dash-z", 40, 0, _CA), "cut",
                    S("coast-z", 48, 0, f"whippan-z {_CA}"), "fade:14",
                    S("wheel-z", 36, 0, _CA), "cut",
                    S("coast-z", 40, 48, f"closer-z glare-z {_CA}"), "cut",
                    S("driver-z", 36, 0, f"shades-z {_CA}"), "dissolve:14",
                    S("city-z", 56, 0, f"neonon-z {_CA}"), "fadegrays:12",
                    S("dash-z", 40, 40, f"angle-z {_CA}"), "cut",
                    S("city-z", 36, 56, f"near-z neonlit-z {_CA}"), "fadewhite:12",
                    S("coast-z", 56, 88, f"angle-z {_CA}"), "fade:20",
                    S("driver-z", 38, 36, f"shades-z closer-z {_CA}"), "cut",
                    S("wheel-z", 40, 36, f"closer-z {_CA}"), "cut",
                    S("garage-z", 40, 88, f"angle-z headlit-z {_CA}"), "fadeblack:16",
                    S("logo-z", 50, 0, _CA)]),
    ("haunted-hoppy", [S("titlecard-z", 40, 0, _TN), "fadeio:10:10",
                       S("mansion-z", 50, 0, f"lightning-z {_TN}"), "cut",
                       S("mansion-z", 30, 50, f"closer-z {_TN}"), "cut",
                       S("hall2-z", 50, 0, _TN), "cut",
                       S("hoppy-z", 36, 0, f"crashzoom-z {_TN}"), "cut",
                       S("room3-z", 56, 0, f"candle-z {_TN}"), "fade:16",
                       S("ghost-z", 44, 0, _TN), "cut",
                       S("hoppy-z", 30, 36, f"closer-z shake-z {_TN}"), "cut",
                       S("hall2-z", 44, 50, f"angle-z ghostpass-z {_TN}"), "dissolve:12",
                       S("room3-z", 40, 56, f"near-z candlelit-z {_TN}"), "cut",
                       S("ghost-z", 36, 44, f"closer-z {_TN}"), "fadewhite:10",
                       S("mansion-z", 50, 80, f"angle-z {_TN}"), "fade:22",
                       S("hall2-z", 40, 94, f"near-z {_TN}"), "cut",
                       S("hoppy-z", 46, 66, _TN), "fadeblack:14",
                       S("endcard-z", 40, 0, _TN)]),
]
