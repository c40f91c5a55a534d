"""Sources, effects and recipes of held-out-w (clips 138-143), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-137. Drawn scenes for six more kinds of
film: a Dutch portrait of a man in a black hat and a white ruff on a dark ground, cracked with
age, a still life of a peeled lemon, a wine glass, a silver jug and grapes on a white cloth, a
flat landscape with a windmill under a big sky, an interior with a woman in blue by a window over
a chequered floor, the museum's hall of gilt frames on red walls with visitors walking past, a
restorer's swab cleaning the yellow varnish off a canvas under a lamp and the museum's glass roof
seen from below (a 1990s television art documentary in 1.66, the camera moving over the
canvases); a clearing by day with a blue tent and a figure walking, stick figures hanging in the
trees against a white sky, a cabin of grey boards with a black door, the woods at night lit by a
swinging torch, a face inside a tent lit from below by the torch and a basement in green night
vision with a figure standing in its corner (a 2000s found-footage horror film on a DV camcorder,
4:3 under a REC sign); a festival crowd by day under a white sky with a red flag, a stage at
night with its LED wall changing colour, its beams sweeping and a singer in silhouette, a girl's
selfie in sunglasses before the lights, a ferris wheel at dusk with its bulbs chasing, the sun
setting over the campsite and flame jets at the front of the stage (a 2010s festival aftermovie
cut from phone videos shot upright, 9:16 inside the frame); a cable-stayed bridge in fog with car
lights crossing it, a car park at night with a body under a blue tarp and police tape, a
detective in a knitted jumper in his car at night with rain and street lights sliding past, an
open-plan police office of glass walls and tubes with a board of photographs, birch woods in
snow under a white sky, a snowfield with a red farmhouse and a block of flats at dusk with lit
windows (a 2000s Nordic noir crime series in 2.39, grey and teal, with rolling credits); an
avenue at night under a marquee with chasing bulbs, yellow cabs and a hero in a leather coat, the
hero's face in sunglasses before a brick wall, a funk band in silhouette before a backdrop
changing colour, a pool table under its lamp with the cue ball rolling, rooftops and a water
tower against the setting sun with a man running across them and a coupe in a dark garage with
its headlights on (a 1970s blaxploitation action film in 1.85, saturated, heavy grain); a
supercell turning over the plains behind a fence, a tornado's funnel with its debris cloud, a
chaser shouting under his cap, a laptop's radar in the dark van, hail bouncing on a red hood,
power poles at dusk and a wheat field in the sun under a rainbow (a 2000s storm-chasing
television special, full frame, under a bug).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_q import _lines


# A 1990s television art documentary.
_CRACKS = "lt(abs(sin(X*0.9+3*sin(Y*0.21))*sin(Y*0.7+2*sin(X*0.13))),0.012)"
_VIS = "(60+1.1*N)"

# A 2000s found-footage horror film.
_TORCH = "exp(-hypot(X-160-70*sin(N*0.05),Y-100-20*sin(N*0.08))/45)"
_SWAY = "(3*sin(N*0.1))"
_BOB = "(2*sin(N*0.2))"

# A 2010s festival aftermovie from phone videos (drawn at 320x180; the centre is kept upright).
_LED = "floor(N/40)"
_BEAM = "(Y-10)*sin(N*0.06)"

# A 2000s Nordic noir crime series.
_DECK = "(100+0.05*(X-160))"
_WIN = "lt(mod(X,20),12)*lt(mod(Y,16),9)*between(X,60,260)*between(Y,20,150)"

# A 1970s blaxploitation action film.
_HERO = "(230-0.5*N)"
_CUE = "(100+1.2*N)"

# A 2000s storm-chasing television special.
_ARC = "(hypot(X-160,Y-200)-150)"
_HAIL = "(Y+N*9)"

LAVFI_W = {
    # A 1990s television art documentary.
    "portrait-w": _paint([(_CRACKS, 22, 126, 132),
                          ("lt(hypot(abs(X-160)-11,Y-72),3)", 28, 128, 132),
                          ("lt(hypot((X-160)/8,(Y-97)/2.5),1)", 95, 118, 160),
                          ("lt(hypot((X-160)/27,(Y-80)/34),1)*gt(Y,56)",
                           "130+55*exp(-hypot(X-146,Y-68)/28)", 108, 152),
                          ("lt(hypot((X-160)/62,(Y-122)/18),1)*gt(Y,106)",
                           "212-28*lt(mod(X+Y*0.3,8),3)", 126, 130),
                          ("lt(hypot((X-160)/52,(Y-46)/15),1)*lt(Y,56)", 16, 128, 130),
                          ("gt(Y,116)*lt(abs(X-160),40+0.9*(Y-116))", 20, 126, 132)],
                         ("30+10*sin(X/40)*sin(Y/30)", 118, 138)),
    "stilllife-w": _paint([(f"{_CRACKS}*lt(Y,126)", 30, 126, 132),
                           ("lt(hypot(X-106,Y-98),4)", 245, 90, 135),
                           ("lt(hypot((X-115)/24,(Y-105)/16),1)", 190, 40, 150),
                           ("lt(abs(X-197),2)*between(Y,50,108)", 240, 128, 128),
                           ("lt(abs(X-205),17)*between(Y,95,120)", 70, 118, 178),
                           ("lt(abs(X-205),17)*between(Y,42,120)", "55+35*exp(-abs(X-197)/6)", 132, 122),
                           ("lt(hypot(mod(X-230,12)-6,mod(Y-118,11)-5.5),5)*lt(hypot((X-252)/24,(Y-132)/13),1)",
                            70, 152, 142),
                           ("lt(hypot((X-70)/26,(Y-95)/38),1)", "75+110*exp(-abs(X-60)/5)", 128, 126),
                           ("gt(Y,126)", "216+10*sin(X/9+Y/3)", 128, 128)],
                          ("18+8*sin(X/50)", 122, 136)),
    "windmill-w": _paint([(_CRACKS, 120, 126, 132),
                          ("lt(hypot(X-230,Y-70),46)*(lt(abs(X-230+Y-70),3)+lt(abs(X-230-Y+70),3))",
                           40, 126, 132),
                          ("lt(abs(X-230),10+0.15*(Y-70))*between(Y,70,132)", 45, 124, 136),
                          ("between(Y,140,149)", 170, 140, 124),
                          ("gt(Y,128+3*sin(X/20))", "92+20*sin(X/7)*sin(Y/3)", 110, 132)],
                         ("200-0.4*Y+25*gt(sin(X/31+sin(Y/13))*sin(Y/17),0.3)", 140, 122)),
    "interior-w": _paint([(_CRACKS, 50, 126, 132),
                          ("lt(X,40)*between(Y,20,110)", "228-35*(lt(mod(X,12),1)+lt(mod(Y,14),1))", 136, 120),
                          ("lt(hypot(X-150,Y-55),13)*lt(Y,57)", 226, 128, 128),
                          ("lt(hypot(X-150,Y-62),12)", "170-0.5*(X-140)", 110, 150),
                          ("lt(abs(X-150),18+0.5*(Y-74))*between(Y,74,140)", "128-0.6*(X-130)", 172, 110),
                          ("between(X,180,300)*between(Y,100,130)", 80, 110, 162),
                          ("between(X,200,300)*between(Y,24,76)", "150+20*sin(X/5)*sin(Y/4)", 100, 140),
                          ("gt(Y,140)", "42+168*lt(mod(floor(X/22)+floor(Y/11),2),1)", 128, 128)],
                         ("172-0.35*X", 122, 134)),
    "museum-w": _paint([(f"lt(hypot(X-{_VIS},Y-72),7)", 150, 110, 150),
                        (f"lt(abs(X-{_VIS}),10)*between(Y,79,150)", 40, 142, 120),
                        ("lt(hypot(X-250,Y-80),6)+lt(abs(X-250),9)*between(Y,86,150)", 95, 124, 134),
                        ("between(X,36,104)*between(Y,36,94)+between(X,156,254)*between(Y,26,104)",
                         "60+50*sin(X/9)*sin(Y/7)", 120, 142),
                        ("between(X,30,110)*between(Y,30,100)+between(X,150,260)*between(Y,20,110)",
                         170, 80, 150),
                        ("lt(Y,14)", 235, 128, 128),
                        ("gt(Y,150)", "110+30*lt(mod(X+(Y-150)*2,40),2)", 120, 138)],
                       ("70+10*sin(X*1.7)", 115, 165)),
    "restorer-w": _paint([("lt(hypot(X-170-40*sin(N*0.08),Y-95-10*sin(N*0.13)),7)", 230, 128, 128),
                          ("lt(hypot((X-196-40*sin(N*0.08))/26,(Y-110-10*sin(N*0.13))/14),1)",
                           150, 110, 150),
                          ("between(X,60,300)*between(Y,40,170)",
                           "if(lt(X,150),120,80)+25*sin(X/11)*sin(Y/8)",
                           "if(lt(X,150),140,105)", "if(lt(X,150),125,150)")],
                         ("15", 128, 128), add="110*exp(-hypot(X-170,Y-100)/60)"),
    "skylight-w": _paint([("lt(mod(X+0.4*Y,48),3)+lt(mod(Y,36),3)", 150, 130, 126),
                          ("lt(hypot(X-200,Y-60),30)", 246, 128, 128)],
                         ("232-0.1*Y", 130, 126)),
    "title18-w": _lines(_lines(_paint([], ("22+10*exp(-hypot(X-160,Y-90)/80)", 120, 140)),
                               ["MASTERS OF LIGHT"], 26, 62, 0, "0xf0dca0", SERIF),
                        ["Part Three  -  The Golden Age"], 13, 104, 0, "0xc8b890", SERIF),
    # A 2000s found-footage horror film.
    "clearing-w": _paint([("lt(hypot(X-200-0.4*N,Y-100),5)+lt(abs(X-200-0.4*N),6)*between(Y,105,135)",
                           50, 128, 150),
                          ("lt(abs(X-110),0.9*(Y-100))*between(Y,100,140)", 120, 172, 110),
                          ("lt(Y,60+8*sin(X/23))", 232, 128, 128),
                          ("lt(Y,92)", "60+20*sin(X*0.9)*sin(Y*0.7)", 118, 126)],
                         ("120+20*sin(X/4)*sin(Y/3)", 108, 134)),
    "effigy-w": _paint([(f"lt(abs(X-150-{_SWAY}),2)*between(Y,40,100)"
                         f"+lt(abs(Y-60),2)*lt(abs(X-150-{_SWAY}),18)"
                         f"+lt(abs(abs(X-150-{_SWAY})-0.5*(Y-100)),2)*between(Y,100,130)", 42, 128, 128),
                        (f"lt(abs(X-215+{_SWAY}),1.5)*between(Y,50,90)"
                         f"+lt(abs(Y-64),1.5)*lt(abs(X-215+{_SWAY}),11)", 50, 128, 128),
                        ("lt(abs(Y-30-0.25*X),2)*lt(X,260)+lt(abs(X-60-0.1*Y),6)+lt(abs(X-262+0.05*Y),7)",
                         48, 126, 132),
                        ("gt(Y,150)", "120+15*sin(X/5)*sin(Y/3)", 110, 136)],
                       ("216-0.3*Y", 130, 126)),
    "cabin-w": _paint([("between(X,145,175)*between(Y,100,150)", 8, 128, 128),
                       ("between(X,195,215)*between(Y,90,110)", 15, 128, 128),
                       ("between(X,90,230)*between(Y,70,150)", "70+12*lt(mod(Y,9),1)", 122, 136),
                       ("lt(abs(X-160),80-(70-Y)*1.6)*between(Y,40,70)", 45, 126, 130),
                       ("lt(X,40)+gt(X,285)", "40+10*sin(Y/3)", 120, 130),
                       ("gt(Y,150)", 70, 118, 134)],
                      ("165-0.3*Y", 128, 126)),
    "woods-w": _paint([("lt(mod(X+7*floor(X/53),53),9)", "90+20*sin(Y/7)", 124, 132),
                       ("gt(Y,140)", "50+15*sin(X/3)*sin(Y/2)", 120, 134)],
                      ("32+12*sin(X/5)*sin(Y/4)", 126, 130), mul=f"(0.15+2.2*{_TORCH})"),
    "tent-w": _paint([(f"lt(hypot(abs(X-160)-11,Y-86-{_BOB}),1.5)", 220, 128, 128),
                      (f"lt(hypot(abs(X-160)-11,Y-85-{_BOB}),4)", 15, 128, 128),
                      (f"lt(hypot((X-160)/32,(Y-62-{_BOB})/18),1)*lt(Y,68+{_BOB})", 20, 140, 120),
                      (f"lt(hypot((X-160)/30,(Y-95-{_BOB})/40),1)",
                       "60+120*clip((Y-60)/80,0,1)", 110, 150),
                      ("gt(Y,130)*lt(abs(X-160),50+(Y-130))", 30, 136, 122)],
                     ("35+10*lt(mod(X+0.5*Y,60),2)", 90, 170)),
    "basement-w": _paint([("lt(hypot(abs(X-240)-3,Y-53),1.5)", 240, 100, 96),
                          ("lt(abs(X-240),8)*between(Y,60,140)+lt(hypot(X-240,Y-54),7)", 25, 100, 95),
                          ("lt(abs(X-160),40)*lt(abs(Y-90),30)", 15, 100, 95),
                          ("lt(abs(abs(X-160)-40-1.33*abs(Y-90)+40),2)", 110, 96, 92)],
                         ("40+60*exp(-hypot(X-160,Y-90)/70)", 90, 80)),
    "title19-w": _lines(_paint([], ("8", 128, 128)),
                        ["The following footage was found", "in the woods in October 2004"],
                        13, 70, 24, "0xe8e8e8", FONT),
    # A 2010s festival aftermovie from phone videos.
    "crowdday-w": _paint([("lt(abs(Y-40-6*sin(X/10+N*0.3)),8)*between(X,162,200)", 120, 90, 200),
                          ("lt(abs(X-161),1.5)*between(Y,30,110)", 60, 128, 128),
                          ("gt(Y,100+5*sin(X/7)+4*abs(sin(N*0.4+X/30)))",
                           "100+50*sin(X*1.3+floor(Y/20))*sin(Y*0.7)",
                           "128+40*sin(X*0.31)", "128+40*cos(X*0.23+Y*0.1)")],
                         ("236-0.2*Y", 130, 126)),
    "stage-w": _paint([("between(X,176,188)*between(Y,104,124)", 220, 140, 120),
                       ("gt(Y,130-6*abs(sin(X/9+floor(X/18))))", 8, 128, 128),
                       ("lt(abs(X-140-4*sin(N*0.3)),2)*between(Y,100,140)", 10, 128, 128),
                       ("lt(abs(X-160),6)*between(Y,80,120)+lt(hypot(X-160,Y-76),5)", 10, 128, 128),
                       ("between(Y,110,120)", 40, 128, 128),
                       (f"(lt(abs(X-130-{_BEAM}),3+Y*0.03)+lt(abs(X-190+{_BEAM}),3+Y*0.03))*lt(Y,110)",
                        200, 150, 110),
                       ("between(X,100,220)*between(Y,30,100)", f"90+60*sin({_LED}*2.1)",
                        f"128+90*sin({_LED}*1.7)", f"128+90*cos({_LED}*2.9)")],
                      ("12", 128, 128)),
    "selfie-w": _paint([("lt(abs(Y-104-0.02*pow(X-160,2)),2)*lt(abs(X-160),12)", 240, 128, 128),
                        ("lt(hypot((abs(X-160)-13)/11,(Y-80)/8),1)+lt(abs(Y-78),1.5)*lt(abs(X-160),24)",
                         15, 128, 128),
                        ("lt(hypot((X-160)/28,(Y-60)/22),1)*lt(Y,64)", 35, 120, 140),
                        ("lt(hypot((X-160)/27,(Y-86)/34),1)", 160, 110, 150),
                        ("gt(Y,118)*lt(abs(X-160),30+1.2*(Y-118))", 60, 90, 180)],
                       ("20", 128, 128),
                       add="110*lt(hypot(mod(X,40)-20,mod(Y+N*0.2,36)-18),8)*(0.6+0.4*sin(floor(X/40)*2.3))"),
    "ferris-w": _paint([("gt(Y,150)+lt(abs(abs(X-160)-0.4*(Y-80)),2)*between(Y,80,150)", 10, 128, 128),
                        ("lt(abs(hypot(X-160,Y-80)-60),4)*gt(sin(atan2(Y-80,X-160)*24+N*0.12),0.6)",
                         245, 90, 150),
                        ("lt(abs(hypot(X-160,Y-80)-60),2)", 200, 60, 150),
                        ("lt(abs(sin(atan2(Y-80,X-160)*4+N*0.02)),0.04)*lt(hypot(X-160,Y-80),60)",
                         170, 110, 140)],
                       ("120-0.4*Y", "150-0.4*Y", "140+0.2*Y")),
    "sunset-w": _paint([("lt(hypot(abs(mod(X,34)-17),Y-124),4)+lt(abs(mod(X,34)-17),5)*between(Y,128,170)"
                         "+lt(abs(mod(X,34)-17-0.5*(124-Y)*gt(sin(floor(X/34)*3.7),0)),1.5)*between(Y,100,124)",
                         12, 128, 136),
                        ("lt(hypot(X-160,Y-76),15)", 245, 100, 150),
                        ("gt(Y,110)", 30, 120, 140)],
                       ("200-0.9*Y+40*exp(-hypot(X-160,Y-76)/40)", 90, 175)),
    "pyro-w": _paint([("gt(Y,140-5*abs(sin(X/8)))", 18, 128, 132),
                      ("lt(abs(abs(X-160)-30),6+0.1*(140-Y))*between(Y,140-80*abs(sin(N*0.25)),140)",
                       "180+60*clip((140-Y)/60,0,1)", 60, 190),
                      ("between(Y,60,132)*lt(abs(X-160),70)", 30, 150, 120)],
                     ("14", 128, 128), add="70*abs(sin(N*0.25))*exp(-hypot(X-160,Y-110)/70)"),
    "title20-w": _lines(_lines(_paint([], ("60+90*exp(-hypot(X-160,Y-120)/70)", 80, 190)),
                               ["SUNDOWN FEST"], 30, 60, 0, "0xffffff", FONT),
                        ["official aftermovie"], 13, 104, 0, "0xffe0c0", FONT),
    # A 2000s Nordic noir crime series.
    "bridge-w": _paint([(f"lt(hypot(mod(X-N*3,70)-35,Y-{_DECK}+2),2)", 240, 110, 160),
                        (f"lt(abs(Y-{_DECK}),2)", 50, 128, 128),
                        ("lt(abs(X-220),4)*between(Y,20,100)", 60, 128, 128),
                        ("lt(mod(atan2(Y-20,X-220)*20,1),0.08)*between(Y,20,100)*lt(abs(X-220),100)",
                         90, 128, 128),
                        ("gt(Y,104)", "70+10*sin(X/3+N*0.1)*sin(Y*0.8)", 135, 120)],
                       ("150+20*exp(-Y/60)", 130, 124)),
    "carpark-w": _paint([("lt(abs(Y-100-0.1*(X-160)),2)", "if(gt(sin(X*0.5),0),200,20)", 40, 150),
                         ("lt(hypot((X-160)/50,(Y-130)/10),1)", 110, 162, 110),
                         ("between(Y,90,125)*(lt(X,70)+gt(X,250))", 30, 128, 128),
                         ("lt(mod(X,100),8)*lt(Y,130)", 60, 128, 128),
                         ("gt(Y,125)", "40+10*sin(X/6)", 126, 132)],
                        ("20+40*exp(-hypot(X-160,Y-30)/80)", 120, 140)),
    "detective-w": _paint([("lt(hypot((X-142)/30,(Y-58)/22),1)*lt(Y,66)", 25, 128, 128),
                           ("lt(hypot(X-180,Y-80),7)+lt(hypot((X-150)/28,(Y-80)/36),1)",
                            "30+60*exp(-hypot(X-170,Y-100)/30)", 142, 120),
                           ("gt(Y,112)*lt(abs(X-150),40+0.6*(Y-112))", "40+15*lt(mod(X+Y,6),2)", 130, 124)],
                          ("15+20*gt(sin(X/3+Y*Y/40+N*0.2),0.97)", 130, 125),
                          add="60*exp(-hypot(X-mod(N*8,500)+90,Y-40)/30)"),
    "office-w": _paint([("lt(mod(X,60),40)*lt(abs(Y-14),3)", 245, 128, 128),
                        ("lt(abs(Y-70-0.3*(X-100)),1)*between(X,60,160)", 80, 110, 190),
                        ("lt(mod(X-40,30),18)*lt(mod(Y-40,24),14)*between(X,46,174)*between(Y,46,104)",
                         "80+40*sin(X*0.3)", 128, 128),
                        ("between(X,40,180)*between(Y,40,110)", 228, 128, 128),
                        ("between(X,220,270)*between(Y,70,130)", 60, 132, 124),
                        ("between(Y,120,130)", 120, 128, 128),
                        ("lt(mod(X,80),2)", 160, 128, 128)],
                       ("190-0.2*Y", 130, 124)),
    "snowwoods-w": _paint([("lt(abs(X-100-0.3*N),3)*between(Y,120,138)+lt(hypot(X-100-0.3*N,Y-117),3)",
                            30, 128, 128),
                           ("lt(abs(mod(X+11*floor(X/47),47)-20),4)*lt(Y,150)",
                            "205-70*gt(sin(Y*0.7+X),0.8)", 128, 128),
                           ("lt(abs(mod(X*1.7,31)-15),2)*lt(Y,120)", 190, 128, 128),
                           ("gt(Y,140)", 238, 130, 126)],
                          ("226-0.05*Y", 130, 126)),
    "snowfield-w": _paint([("between(X,200,230)*between(Y,80,92)", 80, 110, 170),
                           ("lt(mod(X,25),2)*between(Y,110-0.1*X,118-0.1*X)", 60, 128, 128),
                           ("lt(abs(X-160-0.8*(Y-90)),2)*gt(Y,90)", 200, 130, 126),
                           ("gt(Y,90)", "236-0.1*(Y-90)", 130, 126)],
                          ("230", 132, 124)),
    "flats-w": _paint([(f"{_WIN}*gt(sin(floor(X/20)*7.1+floor(Y/16)*3.3),-0.2)",
                        "170+30*sin(floor(X/20))", 90, 160),
                       ("between(X,55,265)*between(Y,15,155)", 55, 135, 122),
                       ("gt(Y,155)", 25, 128, 128)],
                      ("70-0.2*Y", 150, 118)),
    "title21-w": _lines(_lines(_paint([], ("18+8*sin(X/30)", 136, 122)),
                               ["GREY FJORD"], 30, 62, 0, "0xe0e8f0", FONT),
                        ["Episode Four"], 13, 104, 0, "0xa0b0c0", FONT),
    "credits-w": f"color=c=0x06090c:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=12:"
                 "fontcolor=0xd8e0e8:line_spacing=10:textfile=TWENTYTHIRDREEL:x=(w-tw)/2:y=h-2.4*n",
    # A 1970s blaxploitation action film.
    "avenue-w": _paint([(f"lt(hypot(X-{_HERO},Y-84),10)", 35, 128, 128),
                        (f"lt(abs(X-{_HERO}),9+0.25*(Y-96))*between(Y,94,146)", 60, 100, 150),
                        ("between(Y,128,146)*lt(mod(X-N*7,160),60)", 170, 40, 160),
                        ("lt(hypot(mod(X,8)-4,mod(Y,18)-9),2)*between(X,60,200)*between(Y,70,88)"
                         "*gt(sin((X-N*4)/6),0)", 245, 60, 170),
                        ("between(X,60,200)*between(Y,70,88)", 200, 70, 180),
                        ("gt(Y,120)", "30+80*exp(-hypot(X-130,Y-150)/40)", 118, 150),
                        ("gt(Y,30+40*abs(sin(floor(X/45)*1.9)))",
                         "35+120*lt(mod(X,9),4)*lt(mod(Y,11),5)*gt(sin(floor(X/9)*5.3+floor(Y/11)*2.9),0.5)",
                         110, 150)],
                       ("20", 140, 124)),
    "hero-w": _paint([("lt(abs(X-150+0.5*(Y-82)),1.5)*lt(hypot(X-147,Y-82),8)", 230, 128, 128),
                      ("lt(hypot((abs(X-160)-13)/11,(Y-82)/7),1)", 10, 128, 128),
                      ("lt(hypot((X-160)/14,(Y-104)/3),1)", 15, 128, 128),
                      ("lt(hypot((X-160)/30,(Y-88)/38),1)", 80, 115, 148),
                      ("lt(hypot((X-160)/44,(Y-62)/40),1)", 20, 128, 128),
                      ("gt(Y,124)*lt(abs(X-160),20+1.2*(Y-124))", 25, 128, 128),
                      ("gt(Y,124)*lt(abs(X-160),38+1.2*(Y-124))", 70, 100, 150)],
                     ("95-30*(lt(mod(Y,12),2)+lt(mod(X+12*mod(floor(Y/12),2),24),2))", 110, 165)),
    "club-w": _paint([("lt(abs(Y-110+0.5*(X-90)),2)*between(X,70,130)", 150, 80, 160),
                      ("(lt(abs(X-90),9)+lt(abs(X-160),9)+lt(abs(X-230),9))*between(Y,70,150)"
                       "+lt(hypot(X-90,Y-62),9)+lt(hypot(X-160,Y-62),10)+lt(hypot(X-230,Y-62),9)",
                       10, 128, 128),
                      ("gt(Y,150)", 30, 128, 128)],
                     ("60+40*exp(-hypot(X-160,Y-60)/80)", "128+70*sin(N*0.05)", "128+70*cos(N*0.05)")),
    "poolhall-w": _paint([(f"lt(hypot(X-{_CUE},Y-110+0.4*N),5)", 235, 128, 128),
                          ("lt(hypot(X-200,Y-100),5)", 120, 60, 200),
                          ("lt(hypot(X-214,Y-108),5)", 180, 40, 150),
                          ("lt(hypot(X-214,Y-92),5)", 60, 190, 110),
                          ("lt(abs(X-160),60)*between(Y,10,26)", 60, 100, 100),
                          ("between(X,40,280)*between(Y,80,160)", "70+60*exp(-hypot(X-160,Y-110)/70)",
                           110, 80),
                          ("between(X,30,290)*between(Y,72,168)", 40, 110, 150)],
                         ("15", 128, 128), add="40*exp(-hypot(X-160,Y-30)/40)"),
    "rooftop-w": _paint([("lt(abs(X-20-3.2*N),5)*between(Y,96,112)+lt(hypot(X-20-3.2*N,Y-91),4)", 15, 128, 128),
                         ("lt(abs(X-220),14)*between(Y,62,92)+lt(abs(X-220),14-(62-Y)*0.8)*between(Y,50,62)"
                          "+lt(abs(abs(X-220)-10),1.5)*between(Y,92,115)", 15, 128, 128),
                         ("gt(Y,110+10*lt(mod(X,90),40)+5*sin(X/13))", 20, 128, 128),
                         ("lt(hypot(X-80,Y-100),14)", 240, 90, 160)],
                        ("150-0.6*Y+40*exp(-hypot(X-80,Y-100)/40)", 80, 180)),
    "garage-w": _paint([("lt(hypot(abs(X-160)-70,Y-122),8)", 250, 128, 128),
                        ("lt(hypot((X-160)/110,(Y-120)/30),1)*gt(Y,96)", 40, 150, 160),
                        ("lt(abs(X-160),60)*between(Y,80,96)", 25, 140, 140),
                        ("lt(mod(Y,14),2)*lt(Y,90)", 40, 128, 128)],
                       ("12", 128, 128), add="60*exp(-hypot(abs(X-160)-70,(Y-122)*2)/40)"),
    "title22-w": _lines(_lines(_paint([], ("70+20*sin(X/20)*sin(Y/15)", 90, 200)),
                               ["UPTOWN HEAT"], 36, 56, 0, "0xffd020", FONT),
                        ["He runs the street"], 14, 108, 0, "0xffffff", FONT),
    # A 2000s storm-chasing television special.
    "supercell-w": _paint([("lt(mod(X,30),2)*between(Y,104,118)+lt(abs(Y-108),1)", 30, 128, 128),
                           ("gt(Y,104)", "70+15*sin(X/6)*sin(Y/2)", 115, 132),
                           ("between(Y,96,104)", 170, 118, 130),
                           ("lt(hypot((X-170)/120,(Y-70)/26),1)", "55+15*sin(atan2(Y-70,X-170)*6+N*0.03)",
                            126, 126)],
                          ("80+30*sin(atan2(Y-40,X-160)*3+N*0.02)*exp(-abs(Y-50)/60)", 128, 120)),
    "funnel-w": _paint([("lt(hypot((X-160)/40,(Y-128)/12),1)", "80+20*sin(X/3+N*0.7)", 120, 140),
                        ("lt(abs(X-160-10*sin(Y/30+N*0.1)),4+0.25*(120-Y))*lt(Y,130)",
                         "60+15*sin(Y/5-N*0.5)", 128, 128),
                        ("gt(Y,128)", 85, 118, 132),
                        ("between(X,240,262)*between(Y,116,128)", 50, 128, 128)],
                       ("92+0.1*Y", 125, 124)),
    "chaser-w": _paint([("lt(hypot((X-150)/9,(Y-104)/(4+3*abs(sin(N*0.4)))),1)", 25, 128, 140),
                        ("lt(hypot((X-150)/34,(Y-56)/16),1)*lt(Y,62)+between(X,150,200)*between(Y,58,64)",
                         40, 150, 110),
                        ("lt(hypot((X-150)/28,(Y-84)/34),1)", 150, 112, 148),
                        ("gt(Y,114)*lt(abs(X-150),40+(Y-114))", 60, 165, 90)],
                       ("120-0.2*Y", 124, 122)),
    "laptop-w": _paint([("lt(hypot(X-170,Y-80),30)*gt(sin(atan2(Y-80,X-170)*2+hypot(X-170,Y-80)/8),0)",
                         150, 60, 180),
                        ("between(X,80,240)*between(Y,30,120)", "40+30*gt(sin(X/7)*sin(Y/9),0.5)", 150, 110),
                        ("lt(mod(X,10),7)*lt(mod(Y,8),5)*between(X,70,250)*between(Y,122,150)", 70, 128, 128),
                        ("between(X,70,250)*between(Y,122,150)", 50, 128, 128)],
                       ("12", 128, 128), add="30*exp(-hypot(X-160,Y-75)/70)"),
    "hail-w": _paint([(f"lt(hypot(mod(X+13*floor({_HAIL}/25),29)-14,mod({_HAIL},25)-12),2.5)", 230, 128, 128),
                      ("gt(Y,80)", "60+20*exp(-hypot(X-200,Y-100)/60)", 110, 170)],
                     ("100", 128, 128)),
    "poles-w": _paint([("lt(abs(mod(X,110)-50),3)*gt(Y,30)+lt(abs(Y-38),2)*lt(abs(mod(X,110)-50),16)", 10, 128, 128),
                       ("lt(abs(Y-40-0.004*pow(mod(X+5,110)-55,2)),1)", 14, 128, 128),
                       ("gt(Y,140)", 8, 128, 128)],
                      ("60-0.2*Y", 140, 125)),
    "plains-w": _paint([(f"lt(abs({_ARC}),8)*lt(Y,100)", 200, f"128+40*sin({_ARC}*0.4)", f"128+40*cos({_ARC}*0.4)"),
                        ("gt(Y,110)", "190+20*sin(X/3+N*0.2+Y)", 70, 150)],
                       ("228-0.2*Y", 130, 124)),
    "title23-w": _lines(_lines(_paint([], ("40+15*sin(X/40)", 120, 122)),
                               ["CHASING THE STORM"], 26, 60, 0, "0xffffff", FONT),
                        ["Tornado Alley  -  May 2004"], 13, 102, 0, "0xd0d8c0", FONT),
}
TWENTYTHIRDREEL = "\n".join(["Grey Fjord", "", "The Detective", "A Knitted Jumper", "", "The Bridge",
                             "Atan2 and Twenty Cables", "", "The Snow", "Two Hundred and Thirty-Six", "",
                             "The Twenty-Third Reel"])
TEXT_FILES_W = {"TWENTYTHIRDREEL": ("twentythirdreel.txt", TWENTYTHIRDREEL)}

FX_W = {
    "grain19-w": "noise=alls=7:allf=t:all_seed=41000017",
    "grain20-w": "noise=alls=14:allf=t+u:all_seed=41000029",
    "grain21-w": "noise=alls=5:allf=t:all_seed=41000041",
    "grain22-w": "noise=alls=8:allf=t:all_seed=41000053",
    "grain23-w": "noise=alls=16:allf=t+u:all_seed=41000067",
    "grain24-w": "noise=alls=7:allf=t:all_seed=41000079",
    "near-w": "crop=iw*0.85:ih*0.85:iw*0.06:ih*0.09,scale=320:180",
    "angle-w": "crop=iw*0.66:ih*0.66:iw*0.3:ih*0.12,scale=320:180",
    "tight-w": "crop=iw*0.56:ih*0.56:iw*0.2:ih*0.24,scale=320:180",
    "closer-w": "crop=iw*0.48:ih*0.48:iw*0.26:ih*0.2,scale=320:180",
    "cloth-w": "crop=iw*0.4:ih*0.3:iw*0.3:ih*0.7,scale=320:180",
    "sky-w": "crop=iw*0.5:ih*0.4:iw*0.25:0,scale=320:180",
    # Looks: warm, a little saturated, in 1.66; a DV camcorder's colour in 4:3 under a REC sign;
    # a phone's punchy colour, upright (9:16) in the middle of the frame; grey and teal in 2.39;
    # saturated warm colour in 1.85; stormy colour, full frame, under a bug.
    "artdoc-w": "eq=saturation=1.05:contrast=1.04,colorbalance=rs=0.03:gs=0.01:bs=-0.04",
    "box166-w": "scale=300:180,pad=320:180:10:0:black",
    "dv-w": "eq=saturation=0.8:contrast=1.12:gamma=1.05,colorbalance=rs=-0.02:bs=0.04",
    "box43-w": "scale=240:180,pad=320:180:40:0:black",
    "rec-w": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=0xff3030:text='REC':x=66:y=10,"
             "drawbox=x=52:y=12:w=9:h=9:c=0xff2020:t=fill:enable='lt(mod(n,24),12)',"
             f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=white:text='OCT 23 2004':x=200:y=164",
    "phone-w": "eq=saturation=1.25:contrast=1.08:gamma=0.97",
    "vert-w": "crop=102:180:109:0,pad=320:180:109:0:black",
    "nordic-w": "eq=saturation=0.5:contrast=1.08:gamma=0.95,"
                "colorbalance=rs=-0.05:gs=0.02:bs=0.07:rh=-0.03:bh=0.04",
    "box239-w": "scale=320:134,pad=320:180:0:23:black",
    "funk-w": "eq=saturation=1.35:contrast=1.12,colorbalance=rs=0.08:gs=0.02:bs=-0.07",
    "box185-w": "scale=320:172,pad=320:180:0:4:black",
    "chase-w": "eq=saturation=0.9:contrast=1.06,colorbalance=rs=-0.03:gs=0.04:bs=0.02",
    "chasebug-w": f"drawtext=fontfile={FONT}:fontsize=11:fontcolor=white:text='STORM WATCH':box=1"
                  ":boxcolor=0xc02020@0.85:boxborderw=3:x=10:y=10,"
                  f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=0xffe040:text='LIVE':x=w-tw-10:y=10",
    # Camera moves: the rostrum camera zooming in, out and panning over a canvas, a whip pan
    # through the museum; a hand-held camera, a run through the woods, a whip pan; the crowd
    # jumping, a pinch zoom on a phone; a slow push in; a crash zoom on a face, a whip pan, a fight
    # shaking the camera; the wind shaking it, a crash zoom into the funnel.
    "rostrumin-w": "zoompan=z='1+0.005*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.45'"
                   ":y='(ih-ih/zoom)*0.35'",
    "rostrumout-w": "zoompan=z='max(1,1.35-0.006*in)':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.6'"
                    ":y='(ih-ih/zoom)*0.5'",
    "rostrumpan-w": "scale=400:225,crop=320:180:x='min(80,n*1.1)':y=30",
    "rostrumpanr-w": "scale=400:225,crop=320:180:x='max(0,80-n*1.2)':y=15",
    "whipm-w": "scale=640:360,crop=320:180:x='160+150*tanh((n-MID)/2)':y=90,"
               "gblur=sigma=10:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "handheld-w": "scale=352:198,crop=320:180:x='16+8*sin(n*0.37)+3*sin(n*1.9)':y='9+5*sin(n*0.53)+2*sin(n*2.3)'",
    "run-w": "scale=368:207,crop=320:180:x='24+14*sin(n*1.9)+7*sin(n*4.7)':y='13+9*sin(n*2.6)+4*sin(n*6.1)'",
    "whipff-w": "scale=640:360,crop=320:180:x='160-150*tanh((n-MID)/1.8)':y=100,"
                "gblur=sigma=12:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "jump-w": "scale=352:198,crop=320:180:x='16+3*sin(n*0.9)':y='18-16*abs(sin(n*0.42))'",
    "pinch-w": "zoompan=z='1+1.1*clip((in-MID+2)/5,0,1)':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2'"
               ":y='(ih-ih/zoom)*0.4'",
    "pushin-w": "zoompan=z='1+0.004*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'",
    "crashz-w": "zoompan=z='1+0.9*clip((in-MID)/4,0,1)':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2'"
                ":y='(ih-ih/zoom)*0.45'",
    "whipu-w": "scale=640:360,crop=320:180:x='160+150*tanh((n-MID)/2.2)':y=60,"
               "gblur=sigma=11:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "shakeu-w": "scale=352:198,crop=320:180:x='16+12*sin(n*2.9)*exp(-abs(n-MID)/6)+3*sin(n*0.5)'"
                ":y='9+8*sin(n*3.7)*exp(-abs(n-MID)/6)'",
    "wind-w": "scale=336:189,crop=320:180:x='8+4*sin(n*3.7)+3*sin(n*8.3)':y='4+3*sin(n*4.9)+sin(n*11.1)'",
    "crashf-w": "zoompan=z='1+1.2*clip((in-MID+3)/6,0,1)':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2'"
                ":y='(ih-ih/zoom)*0.6'",
    # Around MID: a visitor passing the lens, a glint off the glass, a UV lamp switched on over the
    # canvas and off again, the lamp dipping; the torch shone into the lens (near white for five
    # frames), the tape glitching, a branch swiping past the lens, the camera's gain hunting; a
    # hand passing the lens, a pyro blast to near white (four frames), strobes, confetti over the
    # lens, the stage going dark between songs, the sun's glare; police lights pulsing, headlights
    # into the lens, mist drifting over it, a car passing it, tubes flickering, a gust of snow; a
    # cab passing the lens, a glint off sunglasses, cigar smoke, a muzzle flash; lightning to near
    # white (three frames) and again, a transformer's blue-green flash, debris flying past, hail
    # hitting the lens, a truck passing it, a cloud darkening the shot.
    "visitorpass-w": _overlay("lt(hypot((X-(N-MID+6)*52+40)/75,(Y-110)/150),1)*between(N,MID-6,MID+7)",
                              14, 128, 134),
    "varnishglint-w": _overlay("clip(1.4*exp(-hypot(X-205,Y-66)/(2+14*exp(-pow((N-MID)/1.5,2)))),0,1)"
                               "*between(N,MID-4,MID+4)", 250),
    "uvlamp-w": "colorbalance=rs=0.15:gs=-0.25:bs=0.45:rm=0.1:gm=-0.2:bm=0.35"
                ":enable='between(n,MID-10,MID+10)',"
                "eq=brightness=-0.08:saturation=1.5:enable='between(n,MID-10,MID+10)'",
    "lampdip-w": "eq=brightness='-0.3*clip(1-abs(n-MID)/7,0,1)':eval=frame",
    "torchflash-w": _overlay("clip(1.6*exp(-hypot(X-160,Y-90)/(5+400*exp(-pow((N-MID)/3.5,2)))),0,1)"
                             "*between(N,MID-9,MID+9)", 245, 128, 132),
    "glitch-w": "rgbashift=rh=-9:bh=9:enable='between(n,MID-1,MID+1)',"
                "drawbox=x=0:y=70:w=iw:h=12:c=0x30c030@0.8:t=fill:enable='eq(n,MID)',"
                "drawbox=x=0:y=120:w=iw:h=6:c=0xd0d0d0@0.6:t=fill:enable='eq(n,MID+1)'",
    "branch-w": _overlay("lt(abs(Y-95-28*sin(X/28+N*0.4)),22+10*sin(X/9))*lt(abs(X-(N-MID)*48-160),90)"
                         "*between(N,MID-6,MID+6)", 12, 124, 126),
    "autogain-w": "eq=brightness='-0.28*clip(1-abs(n-MID+4)/6,0,1)+0.12*clip(1-abs(n-MID-6)/4,0,1)'"
                  ":eval=frame",
    "handpass-w": _overlay("lt(hypot((X-(N-MID+5)*40+10)/45,(Y-100)/90),1)*between(N,MID-5,MID+6)",
                           150, 112, 150),
    "pyroflash-w": "eq=brightness='0.75*between(n,MID,MID+3)+0.75*exp(-(n-MID-3)/3)*gt(n,MID+3)'"
                   ":contrast='1-0.6*between(n,MID,MID+3)':eval=frame",
    "strobe-w": "eq=brightness='0.45*eq(mod(n,3),0)*between(n,MID-9,MID+9)':eval=frame",
    "confetti-w": _overlay("lt(hypot(mod(X+7*floor(Y/20)+N*2,23)-11,mod(Y-N*5,19)-9),3.2)"
                           "*between(N,MID-14,MID+14)", "150+80*sin(X*0.7+Y)", "128+100*sin(X*1.3)",
                           "128+100*cos(Y*1.1+X)"),
    "blackout-w": "eq=brightness='-0.35*clip(1-abs(n-MID)/6,0,1)':eval=frame",
    "sunglare-w": "eq=brightness='0.28*exp(-pow((n-MID)/6,2))':contrast='1-0.35*exp(-pow((n-MID)/6,2))'"
                  ":eval=frame",
    "bluelights-w": _overlay("0.45*gt(sin(N*1.7),0.2)*exp(-hypot(X-60,Y-80)/110)", 150, 210, 90),
    "headlights-w": _overlay("clip(1.5*exp(-hypot(X-(N-MID)*28-160,(Y-100)*1.3)/(8+70*exp(-pow((N-MID)/2.5,2))))"
                             ",0,1)*between(N,MID-8,MID+8)", 245, 120, 132),
    "mistdrift-w": _overlay("0.6*clip(1-abs(N-MID)/12,0,1)*(0.6+0.4*sin(X/23-N*0.2+Y/31))"
                            "*between(N,MID-12,MID+12)", 200, 132, 124),
    "carpass-w": _overlay("between(X,(N-MID+5)*64-300,(N-MID+5)*64)*between(Y,50,180)*between(N,MID-5,MID+6)",
                          18, 126, 130),
    "tubeflick-w": "eq=brightness='-0.3*(between(n,MID,MID+1)+eq(n,MID+4))':eval=frame",
    "snowgust-w": _overlay("0.8*clip(1-abs(N-MID)/9,0,1)*gt(sin(X/3+Y*0.7-N*2)*sin(Y/5+X*0.2),0.4)"
                           "*between(N,MID-9,MID+9)", 245),
    "carpassu-w": _overlay("between(X,(N-MID+5)*70-260,(N-MID+5)*70)*between(Y,60,178)*between(N,MID-5,MID+6)",
                           170, 40, 160),
    "sunglint-w": _overlay("clip(1.4*exp(-hypot(X-133,Y-96)/(2+16*exp(-pow((N-MID)/1.5,2)))),0,1)"
                           "*between(N,MID-4,MID+4)", 252),
    "smokeu-w": _overlay("0.55*clip(1-abs(N-MID)/12,0,1)*(0.5+0.5*sin(X/19+N*0.15)*sin(Y/13-N*0.1))"
                         "*between(N,MID-12,MID+12)", 170, 124, 134),
    "muzzle-w": "eq=brightness='0.6*eq(n,MID)+0.3*eq(n,MID+1)':eval=frame,"
                + _overlay("lt(hypot(X-230,Y-100),30)*between(N,MID,MID+1)", 245, 60, 190),
    "boltflash-w": "eq=brightness='0.75*between(n,MID,MID+2)+0.45*eq(n,MID+4)+0.25*eq(n,MID+5)'"
                   ":contrast='1-0.6*between(n,MID,MID+2)':eval=frame",
    "powerflash-w": _overlay("clip(1.3*exp(-hypot(X-215,Y-110)/(10+140*exp(-pow((N-MID)/2,2)))),0,1)"
                             "*between(N,MID-6,MID+6)", 225, 175, 80),
    "debris-w": _overlay("lt(hypot(mod(X-N*14,37)-18,mod(Y+3*X/37+N*3,29)-14),2.5+2*sin(X*0.3))"
                         "*between(N,MID-10,MID+10)", 25, 124, 134),
    "hailhit-w": _overlay("(lt(hypot((X-70)/14,(Y-60)/12),1)*gte(N,MID-7)+lt(hypot((X-240)/10,(Y-125)/9),1)"
                          "*gte(N,MID-3))*between(N,MID-7,MID+7)", 215),
    "truckpass-w": _overlay("between(X,(N-MID+5)*70-320,(N-MID+5)*70)*between(Y,30,180)*between(N,MID-5,MID+6)",
                            200, 120, 132),
    "dimf-w": "eq=brightness='-0.25*clip(1-abs(n-MID)/10,0,1)':eval=frame",
}

# held-out-w (clips 138-143): new recipes again, written after held-out-v without running the
# detector on them. Film material of six more kinds, clips of about 20 s with short shots: a 1990s
# television art documentary in 1.66 (the rostrum camera zooming and panning over canvases, cuts to
# a closer framing of a face and between near-identical framings of a still life, between
# near-white shots of a cloth and a glass roof and between dark shots, a glint off a glass, a
# visitor passing the lens, a whip pan through the hall, a UV lamp switched on over a canvas, the
# lamp dipping, long dissolves between moving shots), a 2000s found-footage horror film on DV in
# 4:3 under a REC sign (jump cuts, a hand-held and a running camera, a branch swiping the lens, a
# torch shone into the lens to near white, a tape glitch, green night vision, the gain hunting, a
# whip pan, cuts and a pixel dissolve between dark shots), a 2010s festival aftermovie from phone
# videos shot upright (the crowd jumping, a hand passing the lens, a pinch zoom, strobes, a pyro
# blast to near white, the LED wall changing colour, confetti over the lens, the stage going dark,
# the sun's glare), a 2000s Nordic noir series in 2.39, grey and teal (mist drifting over a
# bridge, police lights pulsing, tubes flickering, headlights into the lens, a slow push in, cuts
# between near-white snow shots, a gust of snow, a car passing the lens, rolling credits), a 1970s
# blaxploitation film in 1.85 (a cab passing the lens, a crash zoom on a face, a glint off
# sunglasses, a backdrop changing colour, cigar smoke, a muzzle flash, a whip pan across the
# rooftops, a fight shaking the camera) and a 2000s storm-chasing special under a bug (the wind
# shaking the camera, lightning to near white, a transformer's flash, a crash zoom into the
# funnel, debris, hail on the lens, a truck passing the lens, a cloud darkening the shot); cuts
# between near-identical framings and to closer framings, between dark and between near-white
# shots, dissolves of 8 to 40 frames (short ones between shots of 1 to 2 s, long ones between
# moving and dark shots), pixel dissolves, fades through black, white and grays and fade outs and
# ins.
_AD = "artdoc-w grain19-w box166-w"
_FF = "dv-w grain20-w box43-w rec-w"
_PH = "phone-w grain21-w vert-w"
_NN = "nordic-w grain22-w box239-w"
_BX = "funk-w grain23-w box185-w"
_SC = "chase-w grain24-w chasebug-w"
HELD_OUT_W = [
    ("masters-of-light", [S("title18-w", 30, 0, _AD), "fadeio:10:12",
                          S("museum-w", 44, 0, f"visitorpass-w {_AD}"), "cut",
                          S("portrait-w", 40, 0, f"rostrumin-w {_AD}"), "cut",
                          S("portrait-w", 26, 40, f"closer-w {_AD}"), "cut",
                          S("portrait-w", 30, 66, f"near-w {_AD}"), "fade:12",
                          S("stilllife-w", 36, 0, _AD), "cut",
                          S("stilllife-w", 30, 36, f"near-w varnishglint-w {_AD}"), "fadeblack:16",
                          S("interior-w", 62, 0, f"rostrumpan-w {_AD}"), "fade:30",
                          S("windmill-w", 56, 0, f"rostrumpanr-w {_AD}"), "cut",
                          S("stilllife-w", 26, 66, f"cloth-w {_AD}"), "cut",
                          S("skylight-w", 36, 0, _AD), "dissolve:14",
                          S("restorer-w", 52, 0, f"uvlamp-w {_AD}"), "cut",
                          S("portrait-w", 44, 96, f"tight-w lampdip-w {_AD}"), "fadegrays:22",
                          S("museum-w", 76, 44, f"angle-w whipm-w {_AD}"), "fade:36",
                          S("interior-w", 74, 62, f"rostrumout-w {_AD}"), "fadeblack:20",
                          S("serif:END OF PART THREE", 30, 0, _AD)]),
    ("the-last-tape", [S("title19-w", 30, 0, "grain20-w"), "fadeio:12:8",
                       S("clearing-w", 44, 0, _FF), "cut",
                       S("clearing-w", 30, 44, f"near-w {_FF}"), "cut",
                       S("effigy-w", 40, 0, f"handheld-w {_FF}"), "cut",
                       S("cabin-w", 34, 0, _FF), "cut",
                       S("cabin-w", 34, 34, f"closer-w {_FF}"), "fadeblack:18",
                       S("woods-w", 48, 0, f"run-w branch-w {_FF}"), "cut",
                       S("tent-w", 36, 0, _FF), "cut",
                       S("woods-w", 44, 56, f"near-w torchflash-w {_FF}"), "dissolve:16",
                       S("basement-w", 44, 0, f"glitch-w {_FF}"), "cut",
                       S("basement-w", 34, 44, f"closer-w {_FF}"), "fadewhite:12",
                       S("clearing-w", 52, 74, f"angle-w whipff-w {_FF}"), "fade:28",
                       S("effigy-w", 72, 40, f"near-w autogain-w {_FF}"), "fadegrays:20",
                       S("tent-w", 66, 40, f"closer-w {_FF}"), "fade:34",
                       S("woods-w", 70, 100, f"run-w {_FF}"), "fadeblack:20",
                       S("card:TAPE FOUR ENDS HERE", 30, 0, "grain20-w")]),
    ("sundown-fest", [S("title20-w", 30, 0, "grain21-w"), "fadewhite:10",
                      S("crowdday-w", 40, 0, f"jump-w {_PH}"), "cut",
                      S("crowdday-w", 30, 40, f"near-w handpass-w {_PH}"), "cut",
                      S("selfie-w", 36, 0, _PH), "fade:12",
                      S("ferris-w", 40, 0, _PH), "fade:14",
                      S("sunset-w", 60, 0, f"sunglare-w {_PH}"), "fadeblack:18",
                      S("stage-w", 52, 0, f"pinch-w {_PH}"), "cut",
                      S("stage-w", 30, 52, f"closer-w strobe-w {_PH}"), "cut",
                      S("pyro-w", 44, 0, f"pyroflash-w {_PH}"), "cut",
                      S("selfie-w", 36, 36, f"near-w {_PH}"), "dissolve:14",
                      S("stage-w", 70, 82, f"angle-w blackout-w {_PH}"), "fade:32",
                      S("ferris-w", 50, 40, f"near-w {_PH}"), "cut",
                      S("stage-w", 56, 152, f"near-w confetti-w {_PH}"), "fadegrays:20",
                      S("crowdday-w", 40, 70, f"angle-w {_PH}"), "cut",
                      S("crowdday-w", 44, 110, f"sky-w {_PH}"), "fade:24",
                      S("card:SEE YOU NEXT SUMMER", 40, 0, "grain21-w")]),
    ("grey-fjord", [S("title21-w", 30, 0, _NN), "fadeio:10:14",
                    S("bridge-w", 72, 0, f"mistdrift-w {_NN}"), "fade:30",
                    S("carpark-w", 44, 0, f"bluelights-w {_NN}"), "cut",
                    S("detective-w", 40, 0, _NN), "cut",
                    S("carpark-w", 40, 44, f"closer-w bluelights-w {_NN}"), "fadeblack:16",
                    S("office-w", 44, 0, f"tubeflick-w {_NN}"), "cut",
                    S("office-w", 30, 44, f"near-w {_NN}"), "cut",
                    S("detective-w", 60, 40, f"closer-w headlights-w {_NN}"), "fade:40",
                    S("flats-w", 56, 0, f"pushin-w {_NN}"), "cut",
                    S("snowwoods-w", 36, 0, _NN), "cut",
                    S("snowfield-w", 36, 0, f"snowgust-w {_NN}"), "fadewhite:16",
                    S("snowwoods-w", 40, 36, f"angle-w {_NN}"), "cut",
                    S("bridge-w", 48, 60, f"closer-w carpass-w {_NN}"), "dissolve:18",
                    S("detective-w", 50, 106, f"near-w {_NN}"), "fadegrays:22",
                    S("flats-w", 58, 64, f"angle-w {_NN}"), "fadeblack:20",
                    S("credits-w", 48, 0, "grain22-w")]),
    ("uptown-heat", [S("title22-w", 30, 0, _BX), "cut",
                     S("avenue-w", 48, 0, f"carpassu-w {_BX}"), "cut",
                     S("hero-w", 36, 0, f"crashz-w {_BX}"), "cut",
                     S("hero-w", 26, 36, f"closer-w sunglint-w {_BX}"), "fade:12",
                     S("club-w", 36, 0, _BX), "fade:10",
                     S("poolhall-w", 40, 0, f"smokeu-w {_BX}"), "cut",
                     S("garage-w", 36, 0, _BX), "cut",
                     S("garage-w", 40, 36, f"near-w muzzle-w {_BX}"), "fadeblack:16",
                     S("rooftop-w", 60, 0, f"whipu-w {_BX}"), "fade:28",
                     S("avenue-w", 48, 48, f"angle-w {_BX}"), "cut",
                     S("club-w", 50, 36, f"near-w shakeu-w {_BX}"), "dissolve:20",
                     S("poolhall-w", 40, 40, f"closer-w {_BX}"), "cut",
                     S("hero-w", 38, 62, f"near-w {_BX}"), "fadegrays:18",
                     S("rooftop-w", 44, 60, f"angle-w {_BX}"), "cut",
                     S("avenue-w", 40, 96, f"tight-w {_BX}"), "fadeio:10:12",
                     S("title22-w", 30, 30, f"near-w {_BX}")]),
    ("hook-echo", [S("title23-w", 30, 0, "grain24-w"), "fadeio:8:10",
                   S("supercell-w", 60, 0, f"wind-w {_SC}"), "cut",
                   S("chaser-w", 30, 0, f"wind-w {_SC}"), "cut",
                   S("supercell-w", 40, 60, f"near-w boltflash-w {_SC}"), "fade:14",
                   S("laptop-w", 36, 0, _SC), "cut",
                   S("poles-w", 48, 0, f"powerflash-w {_SC}"), "fadeblack:18",
                   S("funnel-w", 40, 0, f"crashf-w {_SC}"), "cut",
                   S("funnel-w", 34, 40, f"closer-w debris-w {_SC}"), "cut",
                   S("hail-w", 36, 0, f"hailhit-w {_SC}"), "dissolve:12",
                   S("chaser-w", 30, 30, f"near-w {_SC}"), "fade:8",
                   S("funnel-w", 64, 74, f"angle-w wind-w {_SC}"), "fade:40",
                   S("plains-w", 56, 0, _SC), "cut",
                   S("plains-w", 40, 56, f"sky-w {_SC}"), "fadegrays:20",
                   S("supercell-w", 50, 100, f"angle-w truckpass-w {_SC}"), "cut",
                   S("poles-w", 44, 48, f"near-w dimf-w {_SC}"), "cut",
                   S("title23-w", 30, 30, f"near-w {_SC}")]),
]
