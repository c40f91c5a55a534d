"""Sources, effects and recipes of held-out-u (clips 126-131), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-125. Drawn scenes for six more kinds of
film: washing stirring on a line over the tiled roofs, a tatami room seen from a low camera with a
father and his daughter kneeling at a low table before the shoji, the father face-on before the
shoji in his glasses, the daughter face-on in the same framing, a corridor of sliding doors
running away from the lens, a train crossing an embankment and a kettle steaming on a brazier
(a 1950s Japanese domestic drama in black and white, 1.37, the camera low and still); the ring
under its lamps with a silver-masked wrestler and his red-masked rival, the silver mask close up,
the rival with his arms raised, the crowd shouting in the dark, a wrestler on the top rope
against the lamps, a dressing-room mirror ringed with bulbs and the arena's front at night under
its neon (a 1960s Mexican lucha libre film in faded Eastmancolor, 2.39); a pastel studio with the
presenter at her counter and a blender, the blender turning on its turntable, a knife slicing a
tomato on a board, a couple on a flowered sofa, the operators at their telephones in rows and the
channel's spinning star (a 1990s teleshopping channel, 4:3 video under a price caption and a
bug); a dancer's silhouette over colour washes, the view down a gun barrel's rifling to a white
circle, a gunman's silhouette aiming against red, op-art circles pulsing, a swimmer's silhouette
under rippling water and an eye behind a keyhole (the title sequence of a 1960s spy film in
scope, with credits fading in); the trading pit with traders in coloured jackets waving, the
quote board of amber digits changing, a trader shouting with a telephone at each ear, a dark room
of green screens scrolling, the exchange's columned front in the sun with its flag and the ticker
tape running (a 1980s documentary about a stock exchange in 1.66, 16 mm under tungsten light); a
church nave with candles and a bright lancet window, a gunman in a long coat and dark glasses
with two pistols, white doves flying against the window, a teahouse with birdcages and steam, a
harbour at night with neon mirrored in the water, a standoff of two gunmen face to face and a
dark warehouse striped by light through its slats (a 1990s Hong Kong action film in scope,
graded teal and orange).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_q import _lines
from shots_sources_t import _g


# A 1950s Japanese domestic drama (grey: the print is black and white).
_SHOJI = "if(lt(mod(X,26),2)+lt(mod(Y,32),2),70,214)"


def _kneeling(x, hair, face, robe):
    """A figure kneeling at a low table at x, nodding a little: layers (those on top first)."""
    nod = f"(2*sin(N*0.06+{x}))"
    return [_g(f"lt(hypot((X-{x})/11,(Y-62-{nod})/9),1)*lt(Y,64+{nod})", hair),
            _g(f"lt(hypot((X-{x})/9,(Y-70-{nod})/11),1)", face),
            _g(f"lt(abs(X-{x}),10+0.55*(Y-82))*between(Y,80,124)", robe)]


def _faceon(hair, face, cloth, extra):
    """A face-on medium shot before the shoji (the father's and the daughter's framings match)."""
    return _paint(extra + [_g("lt(hypot(abs(X-160)-12,Y-80),3.2)", 25),
                           _g("lt(abs(Y-104),1.3)*lt(abs(X-160),9)", 70),
                           _g("lt(hypot((X-160)/31,(Y-54)/22),1)*lt(Y,66)", hair),
                           _g("lt(hypot((X-160)/28,(Y-84)/36),1)", face),
                           _g("gt(Y,124)*lt(abs(X-160),42+1.6*(Y-124))", cloth)],
                  (_SHOJI, 128, 128))


_SHEET = "between(X-(Y-56)*0.2*sin(N*0.13+{k}),{x0},{x1})*between(Y,56,{y1})"
_TRAIN = "lt(mod(X+N*9,900),520)"
_STEAM = "70*exp(-pow((X-164-8*sin(Y/11-N*0.35))/(5+0.12*(100-Y)),2))*lt(Y,100)"

# A 1960s Mexican lucha libre film.
_WX = "(128+22*sin(N*0.09))"
_RX = "(196-20*sin(N*0.09+0.6))"
_ARMS = "(0.5+0.35*sin(N*0.21))"


def _wrestler(x, y, mask_l, mask_b, mask_r):
    """A wrestler at x with his head at y and a mask of colour (mask_l, mask_b, mask_r)."""
    return [(f"lt(hypot(abs(X-{x})-3.5,Y-{y}),1.6)", 250, 128, 128),
            (f"lt(hypot(X-{x},Y-{y}),8)", mask_l, mask_b, mask_r),
            (f"lt(hypot((X-{x})/15,(Y-{y}-22)/16),1)", 145, 108, 152),
            (f"lt(abs(X-{x}),11)*between(Y,{y}+36,{y}+44)", 40, 150, 110),
            (f"lt(abs(abs(X-{x})-6),3)*between(Y,{y}+44,{y}+66)", 140, 108, 152)]


# A 1990s teleshopping channel.
_HANDY = "(48+34*abs(sin(N*0.42)))"
_SPIN = "atan2(Y-90,X-160)"

# The title sequence of a 1960s spy film.
_WASH = ("128+90*sin(N*0.045+Y/70)", "128+90*cos(N*0.045+X/110)")
_SA = "(0.7+0.5*sin(N*0.08))"
_TX = "(160+44*sin(N*0.03))"
_SWX = "(40+1.3*N)"


def _arm(x, y, a, length):
    """Two arms from the shoulders at (x, y), raised at angle a, mirrored about x."""
    return (f"lt(abs(abs(X-{x})*sin({a})+(Y-{y})*cos({a})),3)"
            f"*between(abs(X-{x})*cos({a})-(Y-{y})*sin({a}),6,{length})")


# A 1980s documentary about a stock exchange.
_BOB = "(3*sin(N*0.55+floor(X/16)*1.9))"
_CELL = "gt(sin(floor(X/9)*3.7+floor(Y/14)*2.3+floor(N/5)*1.91),-0.1)"
_MOUTH = "(2+4*abs(sin(N*0.63)))"

# A 1990s Hong Kong action film.
_CANDLE = "(0.8+0.2*sin(N*1.1+X)*sin(N*0.7))"
_DOVE = ("lt(hypot((mod(X-N*2.4+{o},110)-55)/9,(mod(Y+N*0.9+{p},70)-35)/4),1)"
         "+lt(abs(mod(Y+N*0.9+{p},70)-35+(abs(mod(X-N*2.4+{o},110)-55))*0.7*sin(N*0.5+{o})),1.5)"
         "*lt(abs(mod(X-N*2.4+{o},110)-55),14)")
_WAVE = "(3*sin(X/9+N*0.4)+2*sin(X/4-N*0.7))"
_ROOF = "gt(Y,116-76*abs(sin(floor(X/26)*2.1))-12*gt(sin(floor(X/26)*5.3),0.3))"

LAVFI_U = {
    # A 1950s Japanese domestic drama.
    "laundry-u": _paint([_g(_SHEET.format(k=0, x0=62, x1=104, y1=100), 236),
                         _g(_SHEET.format(k=1.7, x0=124, x1=176, y1=108), 200),
                         _g(_SHEET.format(k=3.1, x0=198, x1=226, y1=92), "150+30*lt(mod(Y,8),4)"),
                         _g("lt(abs(Y-55-0.0006*pow(X-160,2)),0.8)*between(X,30,290)", 40),
                         _g("(lt(abs(X-30),2)+lt(abs(X-290),2))*between(Y,40,150)", 45),
                         _g("gt(Y,130-0.08*X)", "70+40*lt(mod(Y+0.3*X,9),2)")],
                        ("226-0.25*Y", 128, 128)),
    "tatami-u": _paint(_kneeling(94, 110, 168, 52) + _kneeling(228, 24, 196, "150+40*lt(mod(X+Y,10),3)")
                       + [_g("between(Y,112,120)*between(X,124,196)+lt(abs(abs(X-160)-30),3)"
                             "*between(Y,120,134)", 38),
                          _g("between(X,274,320)*between(Y,16,120)", "60+30*lt(abs(X-297),14)"),
                          _g("gt(Y,120)", "150+30*lt(mod(X-(Y-120)*1.2,64),2)+20*lt(mod(Y,22),2)"),
                          _g("lt(Y,14)", 50)],
                       (_SHOJI, 128, 128)),
    "father-u": _faceon(120, 168, 44, [_g("lt(abs(hypot(abs(X-160)-12,Y-80)-7),1.2)"
                                         "+lt(abs(Y-79),1)*lt(abs(X-160),5)", 30)]),
    "daughter-u": _faceon(22, 200, "205-150*lt(abs(X-160),12+0.5*(Y-124))",
                          [_g("lt(abs(Y-66),4)*lt(abs(X-160),24)", 22)]),
    "corridor-u": _paint([_g("between(X,144,176)*between(Y,66,112)", 238),
                          _g("gt(abs(X-160)*90,abs(Y-90)*160)",
                             "if(lt(mod(2400/(abs(X-160)+20),10),1.1),50,190-0.5*abs(X-160))"),
                          _g("gt(Y,90)", "95+40*exp(-abs(X-160)/18)+10*lt(mod(600/(Y-80),6),0.6)")],
                         ("70", 128, 128)),
    "train-u": _paint([_g(f"{_TRAIN}*between(Y,90,98)*lt(mod(X+N*9,22),13)", 205),
                       _g(f"{_TRAIN}*between(Y,80,112)", 62),
                       _g("lt(abs(mod(X,70)-35),1.2)*between(Y,40,118)+lt(abs(Y-46),0.8)", 45),
                       _g("between(Y,112,146)", "70+15*sin(X/7)*sin(Y/5)"),
                       _g("gt(Y,146)", "120+40*lt(mod(X,36),18)")],
                      ("230-0.4*Y", 128, 128)),
    "kettle-u": _paint([_g("lt(abs(hypot((X-164)/46,(Y-110)/34)-1),0.06)*lt(Y,104)", 20),
                        _g("lt(hypot((X-164)/40,(Y-120)/26),1)", "40+25*lt(abs(X-150),6)"),
                        _g("lt(abs(X-210-(Y-116)*0.8),3)*between(Y,100,116)", 35),
                        _g("between(Y,136,180)*lt(abs(X-164),66)", "100+20*lt(mod(Y,10),2)"),
                        _g("between(X,20,100)*between(Y,18,100)", "200+20*lt(mod(X,20),2)")],
                       ("58+8*sin(X/40)", 128, 128), add=_STEAM),
    "title7-u": _lines(_paint([], ("196+12*sin(X*1.7)*sin(Y*2.3)", 128, 128)),
                       ["AUTUMN TEA"], 30, 70, 0, "0x202020", SERIF),
    # A 1960s Mexican lucha libre film.
    "ring-u": _paint(_wrestler(_WX, 66, 215, 128, 128) + _wrestler(_RX, 70, 70, 96, 210)
                     + [("lt(abs(Y-72),1.3)*lt(abs(X-160),112)", 220, 90, 200),
                        ("lt(abs(Y-84),1.3)*lt(abs(X-160),116)", 230, 128, 128),
                        ("lt(abs(Y-96),1.3)*lt(abs(X-160),120)", 90, 200, 90),
                        ("(lt(abs(X-44),3)+lt(abs(X-276),3))*between(Y,60,120)", 170, 128, 128),
                        ("between(Y,98,150)*lt(abs(X-160),96+0.9*(Y-98))", "140+10*sin(X/9)", 170, 110),
                        ("between(Y,150,166)*lt(abs(X-160),150)", 80, 100, 190),
                        ("lt(Y,26)*lt(hypot(mod(X,40)-20,Y-12),6)", 252, 128, 128)],
                     ("16+10*gt(sin(X*1.3+Y*0.7),0.6)", 128, 128),
                     add="40*exp(-hypot((X-160)/130,(Y-110)/60))"),
    "mask-u": _paint([("lt(hypot(abs(X-160)-20,Y-80),5)", 240, 128, 128),
                      ("lt(hypot((abs(X-160)-20)/13,(Y-80)/8),1)", 20, 128, 128),
                      ("lt(hypot((X-160)/12,(Y-124)/6),1)", 110, 110, 160),
                      ("lt(abs(abs(hypot((abs(X-160)-20)/13,(Y-80)/8)-1.4)),0.15)", 60, 190, 100),
                      ("lt(abs(X-160),2)*between(Y,32,70)", 60, 190, 100),
                      ("lt(hypot((X-160)/56,(Y-96)/70),1)", "190+30*sin(X/13)*sin(Y/17)", 124, 128)],
                     ("20", 128, 128),
                     add="60*gt(sin(X/31+1)*sin(Y/23),0.8)*(0.6+0.4*sin(N*0.2))"),
    "rudo-u": _paint([(_arm(160, 96, _ARMS, 70), 140, 108, 152),
                      ("lt(hypot(abs(X-160)-8,Y-60),4)", 240, 128, 128),
                      ("lt(hypot(X-160,Y-62),20)", 70, 96, 214),
                      ("lt(hypot((X-160)/36,(Y-122)/40),1)", 145, 108, 152),
                      ("gt(Y,160)*lt(abs(X-160),40)", 40, 150, 110)],
                     ("18+14*gt(sin(X*0.9)*sin(Y*1.1+N*0.3),0.5)", 128, 128),
                     add="30*exp(-hypot(X-160,Y-40)/90)"),
    "crowd3-u": _paint([("lt(abs(mod(X,36)-18-8*sin(N*0.3+floor(X/36))),2)"
                         "*between(Y,50-10*abs(sin(N*0.4+floor(X/36)*1.3)),92)", 120, 110, 150),
                        ("lt(hypot(mod(X,18)-9,mod(Y,24)-11-2*sin(N*0.6+floor(X/18)*1.7)),6)*gt(Y,70)",
                         "70+50*sin(floor(X/18)*2.3+floor(Y/24)*1.4)", 112, 150),
                        ("lt(Y,30)*lt(hypot(mod(X,48)-24,Y-14),5)", 250, 128, 128)],
                       ("14", 128, 128), add="30*exp(-Y/60)"),
    "ropes-u": _paint(_wrestler(200, 44, 215, 128, 128)
                      + [("lt(abs(Y-150+0.42*X),2)+lt(abs(Y-164+0.42*X),2)", 200, 90, 200),
                         ("lt(abs(Y-178+0.42*X),2)", 220, 128, 128),
                         ("lt(abs(X-40),6)*gt(Y,100)", 150, 128, 128)],
                      ("30", 128, 128), add="200*exp(-hypot(X-230,Y-20)/50)"),
    "dressing-u": _paint([("lt(hypot(mod(X-80,20)-10,mod(Y-20,20)-10),5)"
                           "*between(X,70,250)*between(Y,10,150)*(1-lt(abs(X-160),80)*lt(abs(Y-80),60))",
                           250, 120, 140),
                          ("lt(hypot(abs(X-160)-9,Y-70),3)", 20, 128, 128),
                          ("lt(hypot((X-160)/22,(Y-76)/28),1)", 205, 128, 128),
                          ("lt(abs(X-160),4)*between(Y,104,140)", 40, 128, 128),
                          ("lt(abs(X-160),80)*lt(abs(Y-80),60)", 80, 118, 146),
                          ("gt(Y,150)", "90+20*sin(X/3+Y/9)", 100, 165)],
                         ("50", 120, 140), add="50*exp(-abs(Y-80)/70)"),
    "arena-u": _lines(_paint([("lt(hypot(mod(X,16)-8,Y-150+2*sin(N*0.2+X)),5)*lt(X,240)", 30, 128, 128),
                              ("between(Y,40,140)*between(X,30,290)*lt(mod(X,30),16)*lt(mod(Y,24),12)",
                               "40+60*gt(sin(floor(X/30)*2.1+floor(Y/24)*3.3),0.2)", 110, 160),
                              ("between(Y,40,140)*between(X,30,290)", 28, 128, 128),
                              ("gt(Y,140)", 45, 124, 132)],
                             ("8+20*exp(-(180-Y)/50)", 140, 124)),
                      ["ARENA"], 30, 8, 0, "0xff3060:enable='lt(mod(n,20),13)'", FONT),
    "title8-u": _lines(_lines(_paint([("lt(mod(atan2(Y-90,X-160)*12/6.283+0.5,1),0.5)", 210, 60, 170)],
                                     ("150", 60, 200)),
                              ["LA MASCARA DE PLATA"], 22, 54, 0, "0x101010", FONT),
                       ["contra el Rojo"], 16, 100, 0, "0xffffff", SERIF),
    # A 1990s teleshopping channel.
    "studio2-u": _paint([("lt(abs(X-100-(Y-100)*0.9*sin(N*0.15)),3)*between(Y,88,124)", 170, 110, 150),
                         ("lt(hypot((X-110)/16,(Y-50)/14),1)*lt(Y,50)+lt(hypot((X-110)/18,(Y-58)/20),1)"
                          "*gt(abs(X-110),11)", 200, 90, 146),
                         ("lt(hypot((X-110)/12,(Y-58)/15),1)", 175, 110, 150),
                         ("lt(abs(X-110),22+0.6*(Y-76))*between(Y,76,120)", 90, 100, 210),
                         ("lt(abs(X-224),14+0.1*(Y-60))*between(Y,60,104)", "190+30*lt(mod(X,8),2)",
                          150, 110),
                         ("lt(abs(X-224),18)*between(Y,104,118)", 30, 128, 128),
                         ("gt(Y,118)", "210-40*lt(mod(Y,14),3)", 140, 120),
                         ("lt(hypot(X-40,Y-40),26)+lt(abs(X-280)+abs(Y-50),26)", 220, 160, 150)],
                        ("170+40*Y/180", "150-30*X/320", "150+20*X/320")),
    "blender2-u": _paint([("lt(abs(X-160),30)*between(Y,46,132)*gt(sin(X/5-N*0.22),0.8)", 245, 128, 128),
                          ("lt(abs(X-160),30)*between(Y,90+4*sin(X/8+N*0.9),132)",
                           "150+20*sin(Y/5-X/7+N*0.8)", 86, 196),
                          ("lt(abs(X-160),30+0.1*(Y-40))*between(Y,40,132)", 215, 138, 118),
                          ("lt(hypot(mod(X,14)-7,Y-150),3)*lt(abs(X-160),30)", "120+120*lt(mod(X+N*2,28),14)",
                           100, 180),
                          ("lt(abs(X-160),46)*between(Y,132,166)", 30, 128, 128),
                          ("lt(hypot((X-160)/110,(Y-170)/14),1)", "120+50*gt(sin(X/6-N*0.3),0.5)", 150, 150)],
                         ("60+50*Y/180", 180, 110)),
    "knife2-u": _paint([(f"lt(abs(Y-{_HANDY}+0.15*(X-170)),6)*between(X,110,230)", 215, 128, 128),
                        (f"lt(abs(Y-{_HANDY}+0.15*(X-170)),5)*between(X,230,290)", 40, 120, 136),
                        (f"lt(hypot((X-270)/22,(Y-{_HANDY}+18)/14),1)", 170, 108, 150),
                        ("lt(hypot((X-150)/36,(Y-118)/24),1)", "120+30*lt(mod(X,10),1.5)", 100, 210),
                        ("lt(hypot((X-90)/8,(Y-124)/22),1)", 160, 110, 180),
                        ("between(Y,80,170)*between(X,40,300)", "150+12*sin(Y/3+sin(X/30))", 100, 160)],
                       ("200", 128, 128)),
    "couple2-u": _paint([("lt(hypot(X-120,Y-60+2*sin(N*0.12)),13)", 170, 110, 150),
                         ("lt(hypot((X-120)/16,(Y-50)/12),1)*lt(Y,52)", 70, 120, 140),
                         ("lt(hypot((X-120)/26,(Y-104)/32),1)", 90, 90, 90),
                         ("lt(hypot(X-200,Y-62+2*sin(N*0.1+1)),12)", 180, 110, 150),
                         ("lt(hypot((X-200)/18,(Y-58)/19),1)*gt(abs(X-200),8)", 120, 110, 170),
                         ("lt(hypot((X-200)/24,(Y-106)/30),1)", 100, 170, 170),
                         ("between(Y,96,160)*lt(abs(X-160),130)",
                          "120+30*lt(hypot(mod(X,22)-11,mod(Y,22)-11),5)", 112, 168),
                         ("lt(hypot(mod(X,30)-15,mod(Y,30)-15),5)", 190, 116, 170)],
                        ("222", 120, 140)),
    "phones2-u": _paint([(f"lt(hypot(mod(X,40)-30,Y-{y}),{r})*gt(sin(floor(X/40)*2.3+floor(N/{k})),0.4)",
                          250, 90, 220) for y, r, k in ((148, 2.5, 7), (100, 1.8, 9), (70, 1.2, 11))]
                        + [(f"lt(hypot(mod(X,40)-20,Y-{y}),{r})*lt(abs(X-160),150)", lm, 110, 150)
                           for y, r, lm in ((128, 12, 170), (86, 8, 150), (60, 5, 130))]
                        + [("lt(mod(Y-30,60/(1+floor(Y/60))),3)*gt(Y,30)", 120, 140, 110),
                           ("lt(Y,30)*lt(mod(X,40),30)", 250, 128, 128)],
                        ("150+30*Y/180", 140, 120)),
    "logo-u": _lines(_paint([(f"lt(hypot(X-160,Y-80),40+12*sin({_SPIN}*5+N*0.2))", 235, 40, 150),
                             (f"lt(hypot(X-160,Y-80),52+12*sin({_SPIN}*5+N*0.2))", 120, 200, 120)],
                            ("60+80*Y/180", 170, "120+30*sin(X/40+N*0.05)")),
                     ["SHOP 24"], 22, 140, 0, "0xffffff", FONT),
    # The title sequence of a 1960s spy film.
    "wash2-u": _paint([("lt(hypot(X-160,Y-48),11)", 10, 128, 128),
                       (_arm(160, 70, _SA, 64), 10, 128, 128),
                       ("lt(hypot((X-160)/14,(Y-88)/24),1)+lt(abs(X-160),7+0.3*abs(Y-100))*between(Y,60,170)",
                        10, 128, 128)],
                      ("100+40*sin(X/60+N*0.02)", *_WASH)),
    "rifling-u": _paint([(f"lt(hypot(X-{_TX},Y-90),22)", 236, 128, 128),
                         ("lt(hypot(X-160,Y-90),86)",
                          "40+70*gt(sin(atan2(Y-90,X-160)*6+hypot(X-160,Y-90)/18-N*0.12),0.3)", 128, 128)],
                        ("4", 128, 128)),
    "gunman2-u": _paint([("lt(hypot((X-140)/34,(Y-52)/5),1)+lt(hypot((X-140)/16,(Y-44)/10),1)*lt(Y,50)"
                          "+lt(hypot(X-140,Y-66),12)+lt(abs(X-140),20+0.3*(Y-80))*gt(Y,78)"
                          "+lt(abs(Y-92),4)*between(X,140,222)+between(X,214,236)*between(Y,84,96)",
                          10, 128, 128)],
                        ("90+40*sin(X/50-N*0.03)", 100, "215-20*sin(Y/40)")),
    "opart-u": _paint([("1", "128+112*sin(hypot(X-160-30*sin(N*0.05),Y-90)/4-N*0.6)"
                        "*sin(atan2(Y-90,X-160)*4+N*0.1)", "128+70*sin(N*0.2)", "128-70*sin(N*0.2)")],
                      ("0", 128, 128)),
    "swimmer-u": _paint([(f"lt(hypot(X-{_SWX},Y-80),8)+lt(hypot((X-{_SWX}+36)/34,(Y-84)/8),1)"
                          f"+lt(abs(Y-76+0.3*(X-{_SWX}-8)*sin(N*0.2)),2.5)*between(X-{_SWX},4,40)",
                          14, 128, 128),
                         ("lt(hypot(mod(X+5*sin(Y/20),37)-18,mod(Y+N*2.2+9*floor(X/37),41)-20),2.2)",
                          210, 140, 110)],
                        ("60+30*gt(sin(X/13+3*sin(Y/17+N*0.15))*sin(Y/9-N*0.2),0.6)", 170, 90)),
    "keyhole-u": _paint([("lt(hypot(X-160+6*sin(N*0.07),Y-86),9)*gt(abs(Y-86),8*max(0,sin(N*0.19)*1.5-0.5))",
                          10, 128, 128),
                         ("lt(hypot(X-160+6*sin(N*0.07),Y-86),20)", 110, 190, 100),
                         ("lt(hypot((X-160)/46,(Y-86)/26),1)", 220, 128, 136),
                         ("lt(hypot(X-160,Y-80),40)+lt(abs(X-160),14+0.25*(Y-80))*between(Y,80,160)",
                          170, 140, 120)],
                        ("6", 128, 128)),
    "title9-u": _lines(_lines(_paint([("lt(abs(hypot(X-160,Y-90)-70-8*sin(N*0.1)),2)", 200, 80, 150)],
                                     ("4", 128, 128)),
                              ["OPERATION NIGHTJAR"], 24, 76, 0, "0xf0c040", FONT),
                       ["In Panavision and Technicolor"], 10, 110, 0, "0xc0c0c0", FONT),
    # A 1980s documentary about a stock exchange.
    "pit-u": _paint([(f"lt(abs(mod(X,32)-16-6*sin(N*0.5+floor(X/32))),2)*between(Y,{y}-22-{_BOB},{y}-6)",
                      170, 110, 150) for y in (96, 132)]
                    + [(f"lt(hypot(mod(X,16)-8,Y-{y}-{_BOB}),{r})", 150, 110, 150)
                       for y, r in ((96, 5), (132, 7), (168, 9))]
                    + [(f"lt(abs(Y-{y}-8),{h})*lt(mod(X,16),14)", "120+60*sin(floor(X/16)*2.9)",
                        f"128+70*sin(floor(X/16)*1.7+{y})", "128+70*cos(floor(X/16)*2.3)")
                       for y, h in ((96, 7), (132, 10), (168, 12))]
                    + [("lt(Y,50)*lt(mod(X,6),4)*lt(mod(Y,9),6)*" + _CELL, 210, 70, 170)],
                    ("40+60*gt(Y,50)", 120, 140)),
    "board2-u": _paint([("between(Y,12,168)*lt(mod(X,9),6)*lt(mod(Y,14),9)*" + _CELL,
                         "200+40*lt(mod(X,9),3)", 70, 176),
                        ("between(Y,12,168)*lt(mod(Y,42),2)", 60, 128, 128)],
                       ("12", 128, 128)),
    "trader2-u": _paint([(f"lt(hypot((X-160)/10,(Y-112)/{_MOUTH}),1)", 30, 128, 150),
                         ("lt(hypot(abs(X-160)-14,Y-84),3)", 30, 128, 128),
                         ("lt(hypot((abs(X-160)-40)/7,(Y-96)/24),1)", 25, 128, 128),
                         ("lt(hypot((X-160)/40,(Y-50)/24),1)*lt(Y,60)", 60, 120, 140),
                         ("lt(hypot((X-160)/36,(Y-96)/44),1)", 160, 110, 154),
                         ("gt(Y,134)*lt(abs(X-160),20)", 220, 128, 128),
                         ("gt(Y,134)*lt(abs(X-160),64+(Y-134))", 150, 90, 200)],
                        ("90+40*sin(X/20+N*0.1)*sin(Y/14)", "128+40*sin(X/30)", "128+40*cos(X/40)")),
    "screens2-u": _paint([("lt(mod(X,80),60)*lt(mod(Y,60),40)*lt(mod(X,4),3)*lt(mod(Y+N*2,6),2)"
                           "*gt(sin(floor((Y+N*2)/6)*1.9+floor(X/80)),-0.3)"
                           "*lt(mod(X,80),20+40*abs(sin(floor((Y+N*2)/6))))",
                           200, 90, 80),
                           ("lt(mod(X,80),60)*lt(mod(Y,60),40)", "30+10*sin(Y*0.8-N*2)", 110, 110),
                           ("lt(mod(X,80),64)*lt(mod(Y,60),44)", 50, 124, 132)],
                          ("10", 128, 128)),
    "facade2-u": _paint([("between(X,238-30*abs(sin(N*0.3)),240)*between(Y,14,30)"
                          "*lt(abs(Y-22-3*sin(X/6-N*0.5)),8)", 150, 160, 120),
                         ("lt(abs(X-240),1)*between(Y,10,50)", 60, 128, 128),
                         ("between(Y,50,66)*lt(abs(X-160),130-(66-Y)*0.1)"
                          "+lt(abs(Y-38)*4+abs(X-160)*0.6,70)*lt(Y,50)",
                          235, 124, 134),
                         ("between(Y,66,146)*lt(abs(X-160),124)",
                          "if(lt(mod(X-36,31),14),236,if(lt(mod(X-36,31),18),120,90))",
                          124, 134),
                         ("gt(Y,146)", "205-30*lt(mod(Y,8),2)", 124, 134)],
                        ("220-0.5*Y", 160, 110)),
    "tape2-u": _paint([("between(Y,80,96)*lt(mod(X+N*6,8),5)*lt(mod(Y,8),5)"
                        "*gt(sin(floor((X+N*6)/8)*2.1),-0.3)",
                        40, 128, 128),
                       ("between(Y,74,102)", "230-20*lt(abs(Y-88),1)", 122, 136),
                       ("lt(hypot((X-40)/40,(Y-140)/14),1)", 80, 110, 160)],
                      ("60+20*sin(X/30)", 110, 160)),
    "title10-u": _lines(_lines(_paint([], ("30", 110, 160)), ["THE PIT"], 36, 50, 0, "0xffc060", FONT),
                        ["A Day on the Floor"], 14, 104, 0, "0xffffff", FONT),
    # A 1990s Hong Kong action film.
    "church2-u": _paint([("lt(hypot(mod(X,12)-6,Y-118+2*sin(N*0.9+X)),1.8)*between(X,40,280)"
                          "*lt(abs(mod(X,80)-40),28)", 252, 110, 160),
                         ("lt(abs(X-160),22)*between(Y,26,104)*lt(hypot((X-160)/22,max(0,46-Y)/24),1)",
                          240, 140, 115),
                         ("lt(mod(Y,14),9)*gt(Y,124)*gt(abs(X-160),30)", "30+12*lt(mod(Y,14),2)", 124, 138),
                         ("lt(abs(mod(X,64)-32),8)*lt(Y,124)", 24, 124, 134)],
                        ("30", 140, 120), _CANDLE,
                        add="60*exp(-hypot((X-160)/40,(Y-70)/60))+30*exp(-abs(Y-118)/10)"),
    "gunman3-u": _paint([("lt(abs(Y-74),4)*lt(abs(abs(X-160)-11),9)", 10, 128, 128),
                         ("lt(hypot((X-160)/23,(Y-52)/14),1)*lt(Y,58)", 20, 128, 128),
                         ("lt(hypot((X-160)/22,(Y-76)/28),1)", 160, 104, 162),
                         ("lt(abs(Y-128+0.8*abs(X-160)),5)*between(abs(X-160),24,80)", 170, 128, 128),
                         ("between(abs(X-160),72,96)*between(Y,60,74)", 30, 128, 128),
                         ("gt(Y,104)*lt(abs(X-160),50+0.9*(Y-104))", 26, 130, 124),
                         ("gt(Y,108)*lt(abs(X-160),6)", 230, 128, 128)],
                        ("44+20*sin(X/20)", 150, 110), add="40*exp(-abs(X-160)/100)"),
    "doves2-u": _paint([(_DOVE.format(o=0, p=0), 240, 124, 134),
                        (_DOVE.format(o=47, p=29), 230, 124, 134),
                        ("lt(abs(X-160),40)*lt(hypot((X-160)/40,max(0,60-Y)/40),1)", 250, 140, 118)],
                       ("60", 150, 110), add="80*exp(-hypot((X-160)/80,(Y-80)/70))"),
    "teahouse-u": _paint([("lt(abs(hypot((mod(X,90)-45)/20,(Y-50)/26)-1),0.08)*lt(Y,54)"
                           "+lt(abs(mod(X,90)-45),1)*between(Y,20,56)*lt(mod(X,6),1)", 170, 100, 170),
                          ("lt(abs(mod(X,90)-45),22)*between(Y,54,60)", 120, 100, 170),
                          ("lt(hypot((mod(X-40,110)-55)/40,(Y-130)/10),1)", 210, 124, 136),
                          ("lt(hypot(mod(X+25,55)-27,Y-98),9)", 50, 120, 150),
                          ("gt(Y,130)", "90+20*sin(X/9)", 100, 170)],
                         ("110+30*sin(X/40)", 110, 170),
                         add="50*exp(-pow((X-220-6*sin(Y/12-N*0.3))/(8+0.2*(120-Y)),2))*lt(Y,120)"),
    "harbour2-u": _paint([("lt(abs(X-mod(N*2.5,420)+50),30)*between(Y,112,124)", 200, 90, 180),
                          (f"gt(Y,120)*lt(mod(X+{_WAVE},16),6)*lt(abs(mod(Y,6)-3),1.5)",
                           "170+60*sin(floor(X/16)*2.3)", "128+80*sin(floor(X/16)*1.3)",
                           "128+80*cos(floor(X/16)*1.9)"),
                          ("gt(Y,120)", 20, 150, 120),
                          (f"{_ROOF}*lt(Y,120)*lt(mod(X,5),2)*lt(mod(Y,7),2)*gt(sin(X*1.7+Y*2.9),0.1)",
                           "180+60*sin(floor(X/26))", "128+90*sin(floor(X/26)*1.7)",
                           "128+90*cos(floor(X/26)*2.7)"),
                          (_ROOF, 16, 136, 124)],
                         ("24+20*Y/120", 150, 120)),
    "standoff2-u": _paint([("lt(abs(Y-92),3)*between(X,80,152)+lt(abs(Y-86),3)*between(X,168,240)",
                            40, 128, 128),
                           ("lt(hypot((X-62)/22,(Y-70)/28),1)", 150, 104, 162),
                           ("lt(hypot((X-258)/22,(Y-66)/28),1)", 130, 104, 166),
                           ("lt(hypot((X-66)/24,(Y-52)/18),1)*lt(Y,56)"
                            "+lt(hypot((X-254)/24,(Y-48)/18),1)*lt(Y,52)",
                            18, 128, 128),
                           ("gt(Y,100)*(lt(abs(X-50),40+0.4*(Y-100))+lt(abs(X-270),40+0.4*(Y-100)))",
                            22, 134, 122)],
                          ("26+40*lt(mod(X+0.3*Y,40),12)", 150, 116)),
    "warehouse2-u": _paint([("lt(mod(X,70),12)*lt(Y,150)", 22, 130, 124),
                            ("lt(mod(X+0.6*Y,40),8)*lt(Y,150)", "70+30*sin(Y/13+N*0.2)", 110, 160),
                            ("between(Y,120,150)*lt(mod(X,60),40)", 50, 120, 146),
                            ("gt(Y,150)", "30+20*lt(mod(X+0.6*Y,40),8)", 140, 120)],
                           ("14", 145, 118)),
    "title11-u": _lines(_paint([("lt(abs(Y-90),30)", "30+40*sin(X/20+N*0.1)", 100, 190)], ("6", 128, 128)),
                        ["BULLET HYMN"], 34, 72, 0, "0xffe0c0", FONT),
    "credits-u": f"color=c=0x040608:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=13:fontcolor=0xe0e8f0:"
                 "line_spacing=10:textfile=TWENTYFIRSTREEL:x=(w-tw)/2:y=h-2.2*n",
}
TWENTYFIRSTREEL = "\n".join(["Bullet Hymn", "", "The Killer", "An Atan2", "", "The Doves",
                             "Modulo Seventy", "", "Gunfire", "Eq and Geq", "",
                             "The Twenty-First Reel"])
TEXT_FILES_U = {"TWENTYFIRSTREEL": ("twentyfirstreel.txt", TWENTYFIRSTREEL)}

FX_U = {
    "grain7-u": "noise=alls=16:allf=t+u:all_seed=39000047",
    "grain8-u": "noise=alls=12:allf=t:all_seed=39000107",
    "grain9-u": "noise=alls=7:allf=t:all_seed=39000163",
    "grain10-u": "noise=alls=9:allf=t:all_seed=39000229",
    "grain11-u": "noise=alls=14:allf=t+u:all_seed=39000277",
    "grain12-u": "noise=alls=10:allf=t:all_seed=39000331",
    "near-u": "crop=iw*0.9:ih*0.9:iw*0.06:ih*0.04,scale=320:180",
    "angle-u": "crop=iw*0.7:ih*0.7:iw*0.22:ih*0.1,scale=320:180",
    "tight-u": "crop=iw*0.6:ih*0.6:iw*0.18:ih*0.22,scale=320:180",
    "closer-u": "crop=iw*0.5:ih*0.5:iw*0.26:ih*0.18,scale=320:180",
    # Looks: a soft black-and-white print in 1.37 with a faint flicker; faded Eastmancolor in 2.39;
    # bright 4:3 video with bleeding chroma under a price caption and a bug; saturated Technicolor
    # in 2.35 with the credits fading in; warm 16 mm under tungsten light in 1.66; a teal and orange
    # grade in 2.35.
    "ozu-u": "hue=s=0,eq=contrast=1.06:gamma=1.06",
    "flick3-u": "eq=brightness='0.025*sin(n*4.3)+0.015*sin(n*11.7+1)':eval=frame",
    "box137-u": "scale=248:180,pad=320:180:36:0:black",
    "eastman-u": "eq=saturation=0.8:contrast=1.08:gamma=1.04,colorbalance=rs=0.05:gs=-0.02:bs=-0.05:rh=0.05",
    "scope239-u": "scale=320:134,pad=320:180:0:23:black",
    "vhs-u": "eq=saturation=1.25:contrast=0.95,chromashift=cbh=3:crh=-2,"
             "scale=240:180,pad=320:180:40:0:black",
    "price-u": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:text='ONLY 39.99  CALL 0800 555 0199'"
               ":box=1:boxcolor=0x1040c0@0.9:boxborderw=4:x=(w-tw)/2:y=h-26",
    "bug2-u": f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=0xffe040:text='SHOP 24':x=w-tw-48:y=8",
    "techni-u": "eq=saturation=1.35:contrast=1.1",
    "scope235-u": "scale=320:136,pad=320:180:0:22:black",
    "tungsten-u": "eq=saturation=0.85:gamma=1.05,colorbalance=rs=0.08:gs=0.03:bs=-0.1:rm=0.04:bm=-0.04",
    "box166-u": "scale=298:180,pad=320:180:11:0:black",
    "tealor-u": "eq=contrast=1.12:saturation=1.15,colorbalance=rs=-0.08:bs=0.08:rh=0.1:bh=-0.08",
    # Credits fading in over the spy film's shots (from MID-6, fully in by MID+2).
    "cap1-u": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:text='MUSIC BY A SINE WAVE'"
              ":x=(w-tw)/2:y=h-40:alpha='clip((n-MID+6)/8,0,1)'",
    "cap2-u": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:text='TITLES BY MOD AND ATAN'"
              ":x=(w-tw)/2:y=40:alpha='clip((n-MID+6)/8,0,1)'",
    "cap3-u": f"drawtext=fontfile={FONT}:fontsize=14:fontcolor=0xf0c040:text='AND INTRODUCING THE GEQ'"
              ":x=(w-tw)/2:y=(h-th)/2:alpha='clip((n-MID+6)/8,0,1)'",
    # Camera moves: a tilt up a wrestler leaping off the top rope, the ring shaking under a body slam;
    # a push in on the product; a slow zoom into the gun barrel; a hand-held jostle, a whip pan across
    # the pit, a zoom back; slow motion, a whip pan, the camera shaken by a blast.
    "leap-u": "scale=320:360,crop=320:180:x=0:y='90+90*tanh((n-MID)/2.5)'",
    "slam-u": "scale=352:198,crop=320:180:x='16+12*sin(n*3.1)*exp(-max(n-MID,0)/6)*gte(n,MID)'"
              ":y='9+9*sin(n*4.7)*exp(-max(n-MID,0)/6)*gte(n,MID)'",
    "pushin-u": "zoompan=z='1+0.008*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.6':y='(ih-ih/zoom)/2'",
    "zoomin-u": "zoompan=z='1+0.01*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'",
    "jostle-u": "scale=352:198,crop=320:180:x='16+10*sin(n*2.3)*exp(-abs(n-MID)/4)+4*sin(n*0.7)'"
                ":y='9+8*sin(n*3.7)*exp(-abs(n-MID)/4)'",
    "whipp-u": "scale=640:360,crop=320:180:x='160+150*tanh((n-MID)/2.2)':y=90,"
               "gblur=sigma=11:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "zoomback-u": "zoompan=z='1.5-0.009*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'",
    "slowmo-u": "setpts=2*PTS",
    "whipw-u": "scale=640:360,crop=320:180:x='160-150*tanh((n-MID)/2)':y=60,"
               "gblur=sigma=12:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "blast-u": "scale=352:198,crop=320:180:x='16+15*sin(n*2.9)*exp(-max(n-MID,0)/5)*gte(n,MID)'"
               ":y='9+8*sin(n*4.1)*exp(-max(n-MID,0)/5)*gte(n,MID)'",
    # Around MID: the lamp switched on at dusk, a train passing close across the lens, steam over the
    # lens; flashbulbs, a wrestler falling past the lens; a starburst graphic, a SOLD OUT stamp, glints
    # on the product; a muzzle flash, a strobe, a silhouette passing the lens; papers thrown over the
    # lens, a trader passing the lens, the screens rolling; muzzle flashes and sparks, a dove past the
    # lens, glass bursting over the lens, the candles guttering in a gust.
    "lampon-u": "eq=brightness='0.1*gte(n,MID)-0.06':contrast='1+0.1*gte(n,MID)':eval=frame",
    "trainpass-u": _overlay("between(X,(N-MID+5)*64-380,(N-MID+5)*64)*between(N,MID-5,MID+6)"
                            "*(1-0.6*between(Y,40,80)*lt(mod(X-(N-MID)*64,40),24))", 26),
    "steamover-u": _overlay("clip(0.85*clip(1-abs(N-MID)/10,0,1)*(0.6+0.4*sin(X/12+Y/8-N*0.4)),0,0.85)"
                            "*between(N,MID-10,MID+10)", 215),
    "bulbs-u": _overlay("(0.9*eq(N,MID)+0.6*eq(N,MID+1)+0.8*lt(hypot(X-90,Y-60),60)*eq(N,MID+9))", 252),
    "fallpast-u": _overlay("lt(hypot((X-170)/120,(Y-(N-MID+4)*45)/90),1)*between(N,MID-4,MID+4)",
                           30, 110, 150),
    "starburst-u": _overlay("lt(hypot(X-250,Y-60),30+10*sin(atan2(Y-60,X-250)*12))*between(N,MID,MID+2)",
                            225, 30, 160),
    "soldout-u": f"drawtext=fontfile={FONT}:fontsize=22:fontcolor=white:text='SOLD OUT'"
                 ":box=1:boxcolor=0xe01020:boxborderw=6:x=(w-tw)/2:y=50:enable='gte(n,MID)'",
    "glints-u": _overlay("clip(1.4*exp(-hypot(X-148,Y-60)/(2+14*exp(-pow((N-MID)/2,2))))"
                         "+1.2*exp(-hypot(X-176,Y-110)/(2+10*exp(-pow((N-MID-6)/2,2)))),0,1)"
                         "*between(N,MID-4,MID+10)", 255),
    "muzzle3-u": _overlay("(clip(1.5*exp(-hypot(X-236,Y-90)/(6+110*eq(N,MID))),0,1)*between(N,MID,MID)"
                          "+0.9*eq(N,MID))", 252, 120, 150),
    "strobe2-u": "eq=brightness='0.35*eq(mod(n,3),0)*between(n,MID-8,MID+8)':eval=frame",
    "silpass-u": _overlay("lt(hypot((X-(N-MID+4)*52)/60,(Y-100)/130),1)*between(N,MID-4,MID+5)", 6),
    "papers-u": _overlay("lt(mod(X+9*floor(Y/23)+N*5,47),12)*lt(mod(Y-N*9+17*floor(X/47),41),9)"
                         "*between(N,MID-12,MID+12)", "235-20*sin(X)", 126, 132),
    "passer2-u": _overlay("lt(hypot((X-340+(N-MID+5)*62)/80,(Y-90)/140),1)*between(N,MID-5,MID+6)",
                          40, 110, 160),
    "rollbar-u": _overlay("0.5*lt(abs(mod(Y-N*11,180)-90),14)*between(N,MID-10,MID+10)", 210, 110, 110),
    "muzzle4-u": _overlay("clip(1.5*exp(-hypot(abs(X-160)-100,Y-96)/(5+70*(eq(N,MID)+eq(N,MID+5)))),0,1)"
                          "*(eq(N,MID)+eq(N,MID+5))", 252, 100, 170),
    "sparks-u": _overlay("lt(hypot(mod(X+N*7,29)-14,mod(Y+N*5+13*floor(X/29),23)-11),1.5)"
                         "*between(N,MID,MID+8)*gt(sin(floor(X/29)*4.1+floor(Y/23)*2.7),0.2)", 250, 90, 180),
    "dovepass-u": _overlay("lt(hypot((X+60-(N-MID+4)*52)/90,(Y-80+(N-MID)*6)/40),1)*between(N,MID-4,MID+5)",
                           240, 124, 134),
    "glass-u": _overlay("clip(gt(sin(X/7+3*sin(Y/9))*sin(Y/6-2*sin(X/11)),0.7)*(1-(N-MID)/8),0,1)"
                        "*between(N,MID,MID+7)", 245, 128, 128),
    "gust-u": "eq=brightness='-0.3*clip(1-abs(n-MID)/6,0,1)':eval=frame",
}

# held-out-u (clips 126-131): new recipes again, written after held-out-t without running the
# detector on them. Film material of six more kinds, clips of about 20 s with short shots: a 1950s
# Japanese domestic drama in black and white, 1.37, with a faint flicker and the camera low and
# still (cuts between the father's and the daughter's face-on shots in one framing, cuts between
# near-white shots, pillow shots of washing, a corridor, a train and a kettle, the lamp switched on
# at dusk, a train passing close across the lens, steam over the lens), a 1960s Mexican lucha libre
# film in faded Eastmancolor, 2.39 (flashbulbs, a leap off the top rope followed by a fast tilt, a
# body slam shaking the ring, a wrestler falling past the lens, the arena's neon blinking, the crowd
# in the dark), a 1990s teleshopping channel in 4:3 under a price caption and a bug (a spinning
# star, a starburst popping up, a SOLD OUT stamp, glints on the blender, a push in, a knife
# chopping, telephone lamps blinking), the title sequence of a 1960s spy film in 2.35 (colour
# washes changing hue, credits fading in, a zoom down the barrel, a muzzle flash, op-art circles
# strobing, a silhouette passing the lens, long dissolves between moving and flickering shots), a
# 1980s stock exchange documentary in 1.66 under tungsten light (the quote board's digits changing,
# a whip pan across the pit, a hand-held jostle, a trader passing the lens, papers thrown over the
# lens, the screens' roll bar, a zoom back) and a 1990s Hong Kong action film in 2.35 graded teal
# and orange (candles guttering, doves in slow motion and one past the lens, muzzle flashes and
# sparks, glass bursting over the lens, a whip pan, the camera shaken, a dark warehouse, credits
# rolling over black); cuts between near-identical framings and jump cuts, to closer framings,
# between dark and between near-white shots, dissolves of 10 to 40 frames (long ones between
# moving, strobing and flickering shots and between two dark shots), pixel dissolves, fades through
# black, white and grays and fade outs and ins.
_OZ = "ozu-u flick3-u grain7-u box137-u"
_LU = "eastman-u grain8-u scope239-u"
_TS = "vhs-u price-u bug2-u grain9-u"
_SP = "techni-u grain10-u scope235-u"
_EX = "tungsten-u grain11-u box166-u"
_HK = "tealor-u grain12-u scope235-u"
HELD_OUT_U = [
    ("autumn-tea", [S("title7-u", 30, 0, _OZ), "fadeio:10:12",
                    S("laundry-u", 44, 0, _OZ), "cut",
                    S("tatami-u", 40, 0, _OZ), "cut",
                    S("father-u", 30, 0, _OZ), "cut",
                    S("daughter-u", 28, 0, _OZ), "cut",
                    S("father-u", 26, 30, _OZ), "cut",
                    S("daughter-u", 34, 28, _OZ), "fade:16",
                    S("corridor-u", 44, 0, f"lampon-u {_OZ}"), "cut",
                    S("tatami-u", 36, 40, f"near-u {_OZ}"), "cut",
                    S("tatami-u", 30, 110, f"tight-u {_OZ}"), "fadeblack:18",
                    S("train-u", 56, 0, f"trainpass-u {_OZ}"), "cut",
                    S("laundry-u", 34, 44, f"angle-u {_OZ}"), "cut",
                    S("kettle-u", 56, 0, f"steamover-u {_OZ}"), "dissolve:22",
                    S("daughter-u", 36, 62, f"closer-u {_OZ}"), "cut",
                    S("father-u", 40, 56, f"closer-u {_OZ}"), "fadegrays:26",
                    S("corridor-u", 56, 44, _OZ), "fadeio:16:10",
                    S("serif:OWARI", 30, 0, _OZ)]),
    ("silver-mask", [S("title8-u", 30, 0, _LU), "fadewhite:12",
                     S("arena-u", 40, 0, _LU), "cut",
                     S("crowd3-u", 30, 0, f"bulbs-u {_LU}"), "cut",
                     S("ring-u", 44, 0, _LU), "cut",
                     S("mask-u", 28, 0, _LU), "cut",
                     S("rudo-u", 32, 0, _LU), "cut",
                     S("ring-u", 44, 44, f"near-u slam-u {_LU}"), "fade:20",
                     S("ropes-u", 40, 0, f"leap-u {_LU}"), "cut",
                     S("ring-u", 30, 80, f"tight-u fallpast-u {_LU}"), "cut",
                     S("crowd3-u", 28, 30, f"near-u {_LU}"), "dissolve:14",
                     S("rudo-u", 40, 32, f"closer-u bulbs-u {_LU}"), "cut",
                     S("mask-u", 26, 28, f"near-u {_LU}"), "cut",
                     S("ring-u", 48, 110, f"angle-u slam-u {_LU}"), "fadeblack:20",
                     S("dressing-u", 44, 0, _LU), "cut",
                     S("dressing-u", 48, 44, f"closer-u {_LU}"), "fade:34",
                     S("arena-u", 62, 40, f"zoomback-u {_LU}"), "fadeio:14:10",
                     S("serif:FIN", 26, 0, _LU)]),
    ("shop-24", [S("logo-u", 30, 0, "vhs-u grain9-u"), "cut",
                 S("studio2-u", 42, 0, _TS), "cut",
                 S("blender2-u", 40, 0, f"glints-u {_TS}"), "cut",
                 S("studio2-u", 30, 42, f"near-u {_TS}"), "dissolve:16",
                 S("knife2-u", 40, 0, _TS), "cut",
                 S("knife2-u", 28, 40, f"closer-u {_TS}"), "cut",
                 S("couple2-u", 40, 0, f"starburst-u {_TS}"), "fadewhite:10",
                 S("phones2-u", 44, 0, _TS), "cut",
                 S("studio2-u", 34, 72, f"pushin-u {_TS}"), "cut",
                 S("blender2-u", 36, 40, f"tight-u {_TS}"), "fade:22",
                 S("couple2-u", 34, 40, f"near-u {_TS}"), "cut",
                 S("phones2-u", 30, 44, f"angle-u soldout-u {_TS}"), "cut",
                 S("studio2-u", 30, 106, _TS), "cut",
                 S("studio2-u", 32, 156, f"near-u {_TS}"), "fadegrays:18",
                 S("knife2-u", 36, 68, f"near-u {_TS}"), "cut",
                 S("blender2-u", 56, 70, f"pushin-u glints-u {_TS}"), "fade:30",
                 S("logo-u", 44, 30, "vhs-u grain9-u")]),
    ("nightjar-titles", [S("title9-u", 36, 0, _SP), "cut",
                         S("rifling-u", 46, 0, f"zoomin-u {_SP}"), "cut",
                         S("wash2-u", 70, 0, f"cap1-u {_SP}"), "fade:36",
                         S("opart-u", 56, 0, f"strobe2-u {_SP}"), "cut",
                         S("gunman2-u", 30, 0, f"muzzle3-u {_SP}"), "cut",
                         S("gunman2-u", 26, 30, f"closer-u {_SP}"), "fadewhite:14",
                         S("swimmer-u", 50, 0, f"cap2-u {_SP}"), "cut",
                         S("keyhole-u", 34, 0, _SP), "cut",
                         S("keyhole-u", 34, 34, f"tight-u {_SP}"), "dissolve:20",
                         S("wash2-u", 44, 40, f"angle-u silpass-u {_SP}"), "cut",
                         S("rifling-u", 30, 46, f"near-u {_SP}"), "cut",
                         S("opart-u", 54, 40, f"angle-u {_SP}"), "fade:40",
                         S("swimmer-u", 56, 50, f"near-u cap3-u {_SP}"), "cut",
                         S("wash2-u", 36, 84, f"near-u {_SP}"), "fadeblack:16",
                         S("gunman2-u", 36, 56, _SP), "cut",
                         S("title9-u", 40, 36, f"near-u {_SP}"), "fadeio:12:8",
                         S("card:NIGHTJAR", 20, 0, _SP)]),
    ("the-pit", [S("title10-u", 30, 0, _EX), "fadeio:10:10",
                 S("facade2-u", 44, 0, _EX), "cut",
                 S("tape2-u", 30, 0, _EX), "cut",
                 S("pit-u", 40, 0, f"whipp-u {_EX}"), "cut",
                 S("trader2-u", 32, 0, f"jostle-u {_EX}"), "cut",
                 S("board2-u", 48, 0, _EX), "fade:34",
                 S("pit-u", 50, 40, f"near-u passer2-u {_EX}"), "cut",
                 S("screens2-u", 36, 0, f"rollbar-u {_EX}"), "cut",
                 S("board2-u", 30, 40, f"closer-u {_EX}"), "cut",
                 S("trader2-u", 28, 32, f"near-u {_EX}"), "cut",
                 S("trader2-u", 32, 92, f"near-u {_EX}"), "dissolve:18",
                 S("screens2-u", 40, 36, f"angle-u {_EX}"), "cut",
                 S("tape2-u", 30, 30, f"tight-u {_EX}"), "fadewhite:16",
                 S("facade2-u", 36, 44, f"near-u {_EX}"), "cut",
                 S("pit-u", 50, 82, f"angle-u papers-u {_EX}"), "fadegrays:20",
                 S("board2-u", 56, 70, f"zoomback-u {_EX}"), "fadeblack:22",
                 S("pit-u", 44, 132, f"zoomback-u {_EX}")]),
    ("bullet-hymn", [S("title11-u", 30, 0, _HK), "fadeio:12:14",
                     S("harbour2-u", 44, 0, _HK), "cut",
                     S("teahouse-u", 40, 0, _HK), "cut",
                     S("teahouse-u", 26, 40, f"closer-u muzzle4-u {_HK}"), "cut",
                     S("church2-u", 44, 0, _HK), "fade:30",
                     S("warehouse2-u", 42, 0, _HK), "cut",
                     S("gunman3-u", 30, 0, f"whipw-u {_HK}"), "cut",
                     S("doves2-u", 44, 0, f"slowmo-u {_HK}"), "cut",
                     S("church2-u", 34, 40, f"near-u gust-u {_HK}"), "cut",
                     S("standoff2-u", 36, 0, f"sparks-u {_HK}"), "cut",
                     S("standoff2-u", 24, 36, f"near-u {_HK}"), "fadewhite:12",
                     S("doves2-u", 40, 44, f"near-u dovepass-u {_HK}"), "cut",
                     S("gunman3-u", 44, 30, f"closer-u glass-u blast-u {_HK}"), "dissolve:24",
                     S("warehouse2-u", 40, 42, f"angle-u muzzle4-u {_HK}"), "cut",
                     S("harbour2-u", 52, 44, f"near-u {_HK}"), "fade:38",
                     S("church2-u", 72, 74, f"angle-u slowmo-u {_HK}"), "fadeblack:20",
                     S("credits-u", 44, 0, "grain12-u")]),
]
