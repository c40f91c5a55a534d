"""Sources, effects and recipes of held-out-v (clips 132-137), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-131. Drawn scenes for six more kinds of
film: a Roman piazza at night with its fountain and lit windows, a white art gallery with a
visitor before its paintings, a woman's eye in extreme close-up with its pupil widening, a black
gloved hand raising a straight razor in red light with blue light through the blinds, a spiral
staircase seen from above turning round its well and a red telephone ringing on a table (a 1970s
Italian giallo in scope, saturated, under red and blue gels, with rolling credits); a suburban
house behind its picket fence, a family at the dinner table, an air-raid siren on its pole
turning, schoolchildren ducked under their desks, an animated diagram of rings spreading over a
street plan, a mushroom cloud rising over the desert and a fallout shelter with its shelves of
cans under a bare bulb (a 1950s civil defence film in black and white, 4:3, flickering); the
peloton on a road among fields seen from the helicopter, a rider in the yellow jersey from the
motorbike with his legs pumping and the wheels spinning, hairpins climbing a mountain between
crowds, the finish line under its banner between barriers and a crowd, a team car with bicycles
on its roof and sunflower fields from the air (a 1990s cycling race broadcast in 4:3 video under
a race bug); a zigzag path up a bare hill to a lone tree with a small figure climbing it, the
road seen through a car's windscreen over the dashboard, an olive grove with a boy walking, a
mud-brick wall with a blue door, a boy's face against the hills and the hill at dusk against an
orange sky (a 1990s Iranian rural film in 1.85, earth colours, long still shots); a b-boy
spinning on cardboard before a ring of legs, a boombox on the pavement with its speakers
pumping, a subway car covered in graffiti sliding past the platform, the crowd of the cypher
clapping, a turntable from above with a hand scratching the record and a brick wall with a mural
being sprayed (a 1980s hip-hop street documentary on 16 mm, 1.37); a flamenco dancer in red with
her skirt flaring before a backdrop changing colour, a guitarist's hands on the strings, a row of
clappers in silhouette against an orange backdrop, shoes stamping on the boards, a singer on a
chair in side light with his hand raised and a studio of mirrors with lamps along the floor (a
1990s flamenco film in 2:1, theatrical light).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_q import _lines
from shots_sources_t import _g


# A 1970s Italian giallo.
_GX = "(X+5*sin(N*0.07))"
_PUPIL = "(10+6*sin(N*0.05))"
_EYEX = "(160+4*sin(N*0.045))"

# A 1950s civil defence film (grey: the print is black and white).


def _diner(x, hair, face, body):
    """A figure sitting at the dinner table at x, nodding a little: layers (those on top first)."""
    nod = f"(1.5*sin(N*0.09+{x}))"
    return [_g(f"lt(hypot((X-{x})/12,(Y-56-{nod})/9),1)*lt(Y,58+{nod})", hair),
            _g(f"lt(hypot((X-{x})/10,(Y-64-{nod})/12),1)", face),
            _g(f"lt(abs(X-{x}),13+0.35*(Y-76))*between(Y,76,118)", body)]


# A 1990s cycling race broadcast.
_ROAD = "abs(Y-90-0.35*(X-160))"
_RX = "(X+N*1.6)"
_RY = "(Y+N*0.56)"
_PEDAL = "sin(N*0.5)"
_SERP = "(160+100*sin(Y/14))"

# A 1990s Iranian rural film.


def _zig(y):
    """The x of the zigzag path at height y."""
    return f"(160+60*(2*abs(mod(({y}-50)/30,2)-1)-1))"


_CLIMB = "(168-0.16*N)"

# A 1980s hip-hop street documentary.
_SPINA = "(N*0.35)"
_TRAIN = "(X+N*12)"
_MARK = "(N*0.6+1.4*sin(N*0.4))"

# A 1990s flamenco film.
_DROP = ("128-50*sin(N*0.012)", "150+40*cos(N*0.012)")
_FLARE = "(0.5+0.4*abs(sin(N*0.18)))"
_STAMP1 = "(8*abs(sin(N*0.6)))"
_STAMP2 = "(8*abs(sin(N*0.6+1.6)))"

LAVFI_V = {
    # A 1970s Italian giallo.
    "piazza-v": _paint([("lt(Y,110)*lt(mod(X,30),10)*lt(mod(Y,28),14)"
                         "*gt(sin(floor(X/30)*3.1+floor(Y/28)*1.7),0.2)", 200, 90, 160),
                        ("lt(abs(X-160),30-0.3*(120-Y))*between(Y,70,120)*gt(sin(Y*0.8+N*0.9+X*0.3),0)",
                         190, 150, 118),
                        ("between(Y,118,132)*lt(abs(X-160),60)", 90, 140, 124),
                        ("lt(Y,110)", "40+10*lt(mod(X,30),2)", 150, 120)],
                       ("30+15*lt(mod(X+Y*0.2,12),2)", 150, 118),
                       add="30*exp(-hypot(X-160,Y-100)/50)"),
    "gallery-v": _paint([("lt(hypot(X-120-0.6*N,Y-70),7)+lt(abs(X-120-0.6*N),9)*between(Y,78,140)",
                          170, 124, 134),
                         ("between(X,40,100)*between(Y,40,90)", "190+20*sin(X/7)", 140, 120),
                         ("between(X,140,220)*between(Y,30,100)", "200+15*sin(Y/9)", 120, 140),
                         ("between(X,250,290)*between(Y,50,95)", 195, 130, 130),
                         ("gt(Y,140)", "205+8*lt(mod(X-(Y-140)*1.5,40),2)", 128, 128)],
                        ("232-0.05*Y", 126, 130)),
    "eye-v": _paint([(f"lt(hypot(X-{_EYEX},Y-90),{_PUPIL})", 6, 128, 128),
                     (f"lt(hypot(X-{_EYEX},Y-90),30)", "70+30*sin(atan2(Y-90,X-160)*17)", 120, 110),
                     ("lt(abs(Y-50-0.004*pow(X-160,2)),3)*lt(abs(X-160),100)", 20, 128, 128),
                     ("lt(hypot((X-160)/95,(Y-90)/38),1)", 215, 126, 134)],
                    ("150+20*sin(X/30)*sin(Y/20)", 112, 150),
                    add="30*exp(-hypot(X-140,Y-80)/40)"),
    "glove-v": _paint([(f"lt(abs(Y-70-0.3*({_GX}-200)),3)*between({_GX},150,250)", "200+40*sin(X/5)",
                        128, 128),
                       (f"lt(abs(Y-84-0.3*({_GX}-140)),5)*between({_GX},110,152)", 40, 128, 128),
                       (f"lt(hypot(({_GX}-110)/30,(Y-100)/24),1)+lt(abs({_GX}-80),18)*gt(Y,100)",
                        12, 128, 132),
                       ("lt(mod(X+0.5*Y,60),22)*gt(X,200)", 70, 180, 110)],
                      ("60+30*sin(Y/40)", 100, 200)),
    "stairwell-v": _paint([("lt(hypot(X-160,Y-90),14)", 8, 128, 128),
                           ("lt(mod(atan2(Y-90,X-160)*5+hypot(X-160,Y-90)/9+N*0.04,3.1416),0.5)",
                            "70+0.8*hypot(X-160,Y-90)", 110, 170)],
                          ("30+0.9*hypot(X-160,Y-90)", 120, 160)),
    "phone-v": _paint([("lt(abs(hypot(X-160,Y-112)-14),4)", 220, 128, 128),
                       ("lt(abs(Y-78-2*sin(N*2.5)),6)*lt(abs(X-160),58)", 70, 100, 210),
                       ("lt(hypot((X-160)/50,(Y-110)/30),1)*gt(Y,88)", 80, 100, 210),
                       ("gt(Y,130)", "60+20*sin(X/11+Y/3)", 110, 160)],
                      ("40+30*exp(-hypot(X-250,Y-40)/60)", 150, 120)),
    "title12-v": _lines(_paint([("lt(abs(Y-90),2)*lt(abs(X-160),100)", 200, 80, 200)], ("10", 128, 128)),
                        ["GUANTI ROSSI"], 30, 50, 0, "0xe02030", SERIF),
    "credits-v": f"color=c=0x0a0204:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=13:"
                 "fontcolor=0xf0d0d0:line_spacing=10:textfile=TWENTYSECONDREEL:x=(w-tw)/2:y=h-2.3*n",
    # A 1950s civil defence film.
    "house-v": _paint([_g("lt(hypot((X-275)/30,(Y-60)/40),1)", "80+15*sin(X/3+N*0.1)*sin(Y/4)"),
                       _g("between(Y,118,140)*lt(mod(X,12),5)+lt(abs(Y-126),1.5)", 235),
                       _g("between(Y,84,104)*(between(X,100,124)+between(X,196,220))", 40),
                       _g("between(X,150,170)*between(Y,90,130)", 55),
                       _g("between(X,80,240)*between(Y,70,130)", 200),
                       _g("lt(abs(X-160),(Y-28)*2.2)*between(Y,28,70)", 70),
                       _g("gt(Y,130)", "110+10*sin(X*0.9)*sin(Y*1.3)")],
                      ("205-0.3*Y", 128, 128)),
    "dinner-v": _paint(_diner(90, 40, 170, 60) + _diner(160, 200, 180, "150+30*lt(mod(X+Y,8),3)")
                       + _diner(232, 90, 176, 120)
                       + [_g("between(Y,104,120)*lt(abs(X-160),120)", 230),
                          _g("lt(hypot(mod(X,50)-25,Y-108),8)*lt(abs(X-160),110)", 250),
                          _g("between(X,250,310)*between(Y,14,70)", "210+20*lt(mod(X,20),2)"),
                          _g("gt(Y,120)", "70+20*lt(mod(X+Y,16),8)")],
                       ("150+10*lt(mod(X,24),2)", 128, 128)),
    "siren-v": _paint([_g("lt(abs(Y-60),4+0.16*abs(X-160))*lt(abs(X-160),8+40*abs(cos(N*0.3)))", 35),
                       _g("lt(hypot(X-160,Y-60),10)", 60),
                       _g("lt(abs(X-160),3)*gt(Y,60)", 45),
                       _g("lt(hypot((mod(X+N*0.8,150)-75)/50,(Y-40-30*floor(mod((X+N*0.8)/150,2)))/14),1)",
                          235)],
                      ("190-0.25*Y", 128, 128)),
    "desks-v": _paint([_g(f"lt(hypot(mod(X+(Y-{y})*0.4,70)-30,Y-{y}+6),{r})", lm)
                       for y, r, lm in ((86, 7, 60), (116, 9, 70), (152, 11, 80))]
                      + [_g(f"between(Y,{y}-{h},{y})*lt(mod(X+(Y-{y})*0.4,70),56)", lm)
                         for y, h, lm in ((80, 6, 150), (110, 8, 165), (146, 10, 180))]
                      + [_g("lt(Y,40)*between(X,60,260)", "40+15*lt(mod(X*0.3+Y,20),1)")],
                     ("120+30*Y/180", 128, 128)),
    "diagram-v": _paint([_g("lt(abs(mod(hypot(X-160,Y-90)-N*0.8,40)-20),2)*lt(hypot(X-160,Y-90),140)", 20),
                         _g("lt(hypot(X-160,Y-90),5)", 20),
                         _g("lt(mod(X,32),2)+lt(mod(Y,26),2)", 150)],
                        ("225", 128, 128)),
    "cloud-v": _paint([_g("lt(hypot((X-160)/(60+0.2*N),(Y-50+0.05*N)/(28+0.1*N)),1)",
                          "200+30*sin(X/7+N*0.2)*sin(Y/5-N*0.15)"),
                       _g("lt(abs(X-160),12+0.05*N+3*sin(Y/6-N*0.3))*between(Y,60,150)",
                          "170+20*sin(Y/4-N*0.4)"),
                       _g("gt(Y,150-18*abs(sin(X/40)))*lt(Y,152)", 80),
                       _g("gt(Y,150)", "150+15*sin(X*0.4)*sin(Y*0.9)")],
                      ("120+0.3*Y", 128, 128)),
    "shelter-v": _paint([_g("lt(hypot(X-160,Y-20),6)", 250),
                         _g("lt(abs(X-160),1)*lt(Y,16)", 40),
                         _g("lt(hypot(mod(X,18)-9,mod(Y,30)-16),7)*between(Y,30,120)*gt(X,40)*lt(X,200)",
                            "150+40*lt(mod(X,18),5)"),
                         _g("lt(mod(Y,30),3)*between(Y,30,124)*between(X,36,204)", 60),
                         _g("between(X,220,310)*between(Y,90,120)", 110),
                         _g("gt(Y,140)", 70)],
                        ("60", 128, 128), add="90*exp(-hypot(X-160,Y-20)/90)"),
    "title13-v": _lines(_lines(_paint([], ("30+8*sin(X*1.9)*sin(Y*2.1)", 128, 128)),
                               ["ALERT TONIGHT"], 28, 60, 0, "0xf0f0f0", SERIF),
                        ["A Civil Defense Film"], 14, 104, 0, "0xc8c8c8", SERIF),
    # A 1990s cycling race broadcast.
    "peloton-v": _paint([(f"lt({_ROAD},12)*lt(hypot(mod({_RX},13)-6.5,mod({_RY},8)-4),2.4)",
                          f"150+60*sin(floor({_RX}/13)*2.1)",
                          f"128+90*sin(floor({_RX}/13)*1.3+floor({_RY}/8))",
                          f"128+90*cos(floor({_RX}/13)*1.9)"),
                         (f"lt({_ROAD},16)", 95, 128, 128),
                         ("lt(mod(X*0.8+Y*1.3,80),3)", 60, 120, 120)],
                        ("120+30*lt(mod(X*0.8+Y*1.3,40),20)", "100+20*lt(mod(X*0.8+Y*1.3,40),20)", 120)),
    "rider-v": _paint([("lt(hypot(X-112,Y-42),12)", 200, 150, 90),
                       ("lt(abs(Y-60-0.5*(X-160)),9)*between(X,112,172)", 210, 20, 146),
                       (f"lt(abs(X-160-8*{_PEDAL}),5)*between(Y,80,118+10*{_PEDAL})", 40, 128, 128),
                       (f"lt(abs(X-168+8*{_PEDAL}),5)*between(Y,80,118-10*{_PEDAL})", 30, 128, 128),
                       ("lt(abs(Y-110),2)*between(X,110,220)+lt(abs(X-150-0.3*(Y-110)),2)*between(Y,80,140)",
                        220, 90, 200),
                       ("lt(abs(hypot(X-110,Y-140)-30),3)+lt(abs(hypot(X-220,Y-140)-30),3)", 20, 128, 128),
                       ("lt(hypot(X-110,Y-140),30)*lt(abs(sin(atan2(Y-140,X-110)*8+N*0.9)),0.12)"
                        "+lt(hypot(X-220,Y-140),30)*lt(abs(sin(atan2(Y-140,X-220)*8+N*0.9)),0.12)",
                        170, 128, 128),
                       ("gt(Y,150)", "90+30*gt(sin((X+N*25)/7)*sin(Y*0.9),0.6)", 128, 128)],
                      ("80+40*sin((X+N*25)/30)", 100, 110)),
    "hairpin-v": _paint([(f"lt(abs(X-{_SERP}),6)*lt(mod(Y+N*0.9,30),4)*gt(Y,45)",
                          200, "128+90*sin(floor((Y+N*0.9)/30))", 150),
                         (f"lt(abs(X-{_SERP}),9)*gt(Y,45)", 100, 128, 128),
                         (f"lt(abs(abs(X-{_SERP})-14),4)*gt(Y,45)*gt(sin(Y*2.1+X*0.7),0)",
                          "150+60*sin(Y*1.3)", "128+60*sin(X*0.9)", "128+60*cos(Y*0.7)"),
                         ("gt(Y,20+30*abs(sin(X/50+1)))", "110+20*sin(X/9)*sin(Y/7)", 118, 124)],
                        ("200-0.6*Y", 150, 110)),
    "finish-v": _paint([("between(Y,30,46)*lt(abs(X-160),110)", "230-150*lt(abs(Y-38),3)", 110, 190),
                        ("lt(abs(abs(X-160)-110),3)*between(Y,30,120)", 200, 128, 128),
                        ("lt(abs(X-160),20+0.9*(Y-60))*gt(Y,60)", "100+100*lt(abs(Y-150),2)", 128, 128),
                        ("lt(abs(abs(X-160)-22-0.9*(Y-60)),6+0.1*(Y-60))*gt(Y,60)",
                         "120+80*lt(mod(floor(Y/8),3),1)", "128+80*sin(floor(Y/8))", 150),
                        ("gt(Y,50)", "80+60*gt(sin(X*1.3+Y*0.7+floor(N/4)),0.3)",
                         "128+40*sin(X*0.5)", "128+40*cos(Y*0.8)")],
                       ("210-0.5*Y", 150, 115)),
    "teamcar-v": _paint([("lt(abs(hypot(X-100,Y-42)-14),2)+lt(abs(hypot(X-150,Y-42)-14),2)"
                          "+lt(abs(hypot(X-190,Y-42)-14),2)+lt(abs(hypot(X-240,Y-42)-14),2)", 30, 128, 128),
                         ("lt(abs(Y-58),2)*between(X,80,260)", 60, 128, 128),
                         ("lt(hypot(X-100,Y-130),18)+lt(hypot(X-240,Y-130),18)", 20, 128, 128),
                         ("between(X,110,230)*between(Y,66,90)*lt(mod(X,60),52)", 50, 140, 120),
                         ("between(X,60,290)*between(Y,60,130)*lt(Y,140-0.4*abs(X-175)+40)",
                          200, 170, 100),
                         ("gt(Y,130)", 90, 128, 128),
                         ("lt(hypot(mod(X+N*8,80)-40,Y-50),36)", "70+25*sin(X/4)*sin(Y/5)", 110, 115)],
                        ("215-0.4*Y", 140, 118)),
    "sunflower-v": _paint([("lt(hypot(mod(X+N*2,16)-8,mod(Y+N*0.5,16)-8),2)", 50, 110, 140),
                           ("lt(hypot(mod(X+N*2,16)-8,mod(Y+N*0.5,16)-8),5.5)", 200, 30, 150)],
                          ("70+20*sin(X/5)", 100, 110)),
    "title14-v": _lines(_lines(_paint([("lt(abs(Y-84),22)", 60, 170, 110)], ("20+60*Y/180", 170, 120)),
                               ["ETAPE 17"], 34, 64, 0, "0xffe020", FONT),
                        ["Montagne  -  220 km"], 14, 112, 0, "0xffffff", FONT),
    # A 1990s Iranian rural film.
    "zigzag-v": _paint([(f"lt(hypot(X-{_zig(_CLIMB)},Y-{_CLIMB}),2.5)"
                         f"+lt(abs(X-{_zig(_CLIMB)}),1.5)*between(Y,{_CLIMB},{_CLIMB}+7)", 40, 128, 128),
                        ("lt(hypot(X-160,Y-34),9)+lt(abs(X-160),1.5)*between(Y,38,52)", 70, 120, 124),
                        (f"lt(abs(X-{_zig('Y')}),2.5)*gt(Y,52)", 215, 118, 140),
                        ("gt(Y,50+0.004*pow(X-160,2))", "170+15*sin(X/9)*sin(Y/7)", 110, 150)],
                       ("225-0.4*Y", 140, 120)),
    "dashboard-v": _paint([("lt(abs(hypot((X-90)/60,(Y-200)/60)-1),0.06)", 25, 128, 128),
                           ("gt(Y,140-0.08*abs(X-160))", "40+10*sin(X/20)", 120, 140),
                           ("lt(X,16+0.2*Y)+gt(X,304-0.2*Y)+lt(Y,12)+between(X,140,180)*between(Y,12,26)",
                            25, 128, 128),
                           ("lt(abs(X-160),1+0.05*(Y-70))*lt(mod(600/(Y-66)+N*0.8,4),1.6)*gt(Y,72)",
                            220, 128, 128),
                           ("lt(abs(X-160),8+0.9*(Y-70))*gt(Y,70)", "140+10*sin(Y*0.5+N)", 118, 136),
                           ("gt(Y,70-12*abs(sin(X/40)))", "165+15*sin(X/7)*sin(Y/5)", 108, 150)],
                          ("225-0.5*Y", 140, 120)),
    "grove-v": _paint([("lt(hypot(X-40-0.7*N,Y-88),5)", 130, 110, 150),
                       ("lt(abs(X-40-0.7*N),6)*between(Y,93,112)", 225, 126, 130),
                       ("lt(abs(X-40-0.7*N+2*sin(N*0.5)),2)*between(Y,112,126)", 60, 128, 128),
                       ("lt(hypot(mod(X+3*sin(N*0.1+Y/20),64)-32,(Y-70)*1.2),26)*lt(Y,96)",
                        "100+25*sin(X*0.7)*sin(Y*0.9)", 118, 122),
                       ("lt(abs(mod(X,64)-32),3)*between(Y,90,130)", 60, 118, 140),
                       ("gt(Y,120)", "150+20*gt(sin(X/6+Y/3),0.5)", 112, 146)],
                      ("222-0.4*Y", 138, 122)),
    "wall-v": _paint([("between(X,130,170)*between(Y,70,150)", "90+10*lt(mod(X,10),1)", 170, 100),
                      ("between(X,220,250)*between(Y,60,84)", 30, 128, 128),
                      ("lt(Y,24)", 222, 140, 120),
                      ("gt(Y,150)", "160+10*sin(X*0.7)*sin(Y*1.1)", 112, 144)],
                     ("180+10*lt(mod(Y,12),1)+8*sin(X*1.3)*sin(Y*0.7)", 110, 146),
                     mul="if(between(Y,24,24+0.25*X),0.65,1)"),
    "boyface-v": _paint([("lt(hypot(abs(X-160)-13,Y-82),3.5)*gt(abs(Y-82),3.5*lt(mod(N,70),3))", 20, 128, 128),
                         ("lt(hypot((X-160)/9,(Y-112)/3),1)", 90, 120, 160),
                         ("lt(hypot((X-160)/36,(Y-60)/24),1)*lt(Y,70)", 35, 126, 132),
                         ("lt(hypot((X-160)/32,(Y-90)/40),1)", "130+15*exp(-hypot(X-150,Y-80)/30)", 108, 152),
                         ("gt(Y,128)*lt(abs(X-160),44+1.4*(Y-128))", 190, 130, 124)],
                        ("if(gt(Y,70+0.003*pow(X-100,2)),165+12*sin(X/8)*sin(Y/6),225-0.5*Y)", 120, 136)),
    "dusk-v": _paint([("lt(hypot(X-160,Y-34),9)+lt(abs(X-160),1.5)*between(Y,38,52)", 12, 128, 128),
                      ("gt(Y,50+0.004*pow(X-160,2))", "28+6*sin(X/9)", 122, 134),
                      ("lt(hypot(X-236,Y-62),11)", 240, 110, 150)],
                     ("150-0.5*Y", 92, 172)),
    "title17-v": _lines(_paint([], ("172+10*sin(X/9)*sin(Y/7)", 110, 150)),
                        ["THE OLIVE PATH"], 26, 76, 0, "0x402010", SERIF),
    # A 1980s hip-hop street documentary.
    "bboy-v": _paint([("lt(hypot(X-160-14*cos(N*0.35),Y-110-6*sin(N*0.35)),9)", 40, 128, 128),
                      (f"lt(abs((X-160)*sin({_SPINA})-(Y-110)*cos({_SPINA})),5)"
                       f"*lt(abs((X-160)*cos({_SPINA})+(Y-110)*sin({_SPINA})),52)", 80, 100, 200),
                      ("lt(hypot(X-160,Y-110),15)", 200, 128, 128),
                      ("lt(abs(X-160),90)*between(Y,92,160)", "150+12*lt(mod(Y,14),2)", 110, 150),
                      ("lt(mod(X,24),8)*lt(Y,92)", "50+20*sin(X/3)", 160, 110)],
                     ("110+10*sin(X*2.1)*sin(Y*1.7)", 128, 128)),
    "boombox-v": _paint([("lt(hypot(abs(X-160)-55,Y-100),8+3*abs(sin(N*0.9)))", 90, 128, 128),
                         ("lt(hypot(abs(X-160)-55,Y-100),24+2*abs(sin(N*0.9)))", 30, 128, 128),
                         ("between(X,140,180)*between(Y,70,92)", 60, 128, 128),
                         ("between(X,70,250)*between(Y,60,130)", "170+20*lt(mod(Y,6),1)", 128, 128),
                         ("lt(abs(hypot((X-160)/80,(Y-60)/20)-1),0.08)*lt(Y,60)", 40, 128, 128),
                         ("lt(Y,40)", "60+60*gt(sin(X/14)*sin(Y/9),0.2)", "128+60*sin(X/20)", 160)],
                        ("110+15*lt(mod(X+0.3*Y,40),2)+10*sin(X*2.1)*sin(Y*1.7)", 128, 128)),
    "subway-v": _paint([(f"between(Y,40,70)*lt(mod({_TRAIN},90),40)", 40, 128, 128),
                        (f"lt(mod({_TRAIN},360),6)*between(Y,30,150)", 20, 128, 128),
                        ("between(Y,30,150)", f"120+80*sin({_TRAIN}/17)*sin(Y/13+sin({_TRAIN}/40))",
                         f"128+90*sin({_TRAIN}/31)", f"128+90*cos({_TRAIN}/23+Y/40)"),
                        ("between(Y,150,156)", 200, 20, 150),
                        ("gt(Y,156)", 90, 128, 128)],
                       ("40", 128, 128)),
    "cypher-v": _paint([("lt(hypot(abs(mod(X,22)-11)-4-3*abs(sin(N*0.8+floor(X/22))),Y-84),2.5)",
                         170, 110, 150),
                        ("lt(hypot(mod(X,22)-11,Y-60-3*abs(sin(N*0.5+floor(X/22)))),8)",
                         "60+60*sin(floor(X/22)*2.7)", 120, 150),
                        ("lt(abs(mod(X,22)-11),9)*between(Y,66,120)", "90+60*sin(floor(X/22)*1.9)",
                         "128+80*sin(floor(X/22)*1.3)", "128+80*cos(floor(X/22)*2.3)"),
                        ("gt(Y,120)", "140+12*lt(mod(Y,14),2)", 110, 150)],
                       ("60+20*sin(X/30)", 128, 128)),
    "turntable-v": _paint([("lt(hypot((X-170-10*sin(N*0.4))/26,(Y-60)/18),1)", 150, 110, 150),
                           ("lt(abs(Y-40-0.8*(X-240)),2)*between(X,180,250)", 200, 128, 128),
                           (f"lt(hypot(X-140-12*cos({_MARK}),Y-90-12*sin({_MARK})),4)", 235, 128, 128),
                           ("lt(hypot(X-140,Y-90),20)", 80, 100, 200),
                           ("lt(hypot(X-140,Y-90),70)", "25+15*lt(mod(hypot(X-140,Y-90),4),1)", 128, 128),
                           ("between(X,40,280)*between(Y,10,170)", 150, 128, 128)],
                          ("30", 128, 128)),
    "mural-v": _paint([("lt(abs(Y-90-0.3*(X-250)),5)*between(X,210,320)", 40, 150, 110),
                       ("lt(mod(Y,10),1)+lt(mod(X+5*mod(floor(Y/10),2),20),1)", 170, 128, 128),
                       ("gt(sin(X/14)*sin(Y/11)+0.5*sin(X/5+Y/9),0.3)*between(Y,30,130)",
                        "110+70*sin(X/23)", "128+90*sin(X/31+Y/50)", "128+90*cos(X/19)")],
                      ("90+10*sin(X*1.7)", 120, 150),
                      add="60*exp(-hypot(X-205-20*sin(N*0.1),Y-85)/15)"),
    "title15-v": _lines(_paint([("lt(mod(Y,10),1)+lt(mod(X+5*mod(floor(Y/10),2),20),1)", 60, 128, 128)],
                               ("35", 120, 150)),
                        ["CARDBOARD KINGS"], 28, 74, 0, "0xffd020", FONT),
    # A 1990s flamenco film.
    "dancer-v": _paint([("lt(hypot(X-160,Y-40),9)+lt(hypot(X-160,Y-28),5)", 30, 128, 128),
                        ("lt(abs((Y-56)+(abs(X-160)-10)*(1.1+0.2*sin(N*0.2))),3)*between(abs(X-160),10,42)",
                         140, 110, 150),
                        ("lt(abs(X-160),10)*between(Y,50,90)", 80, 100, 200),
                        (f"between(Y,88,150)*lt(abs(X-160),14+(Y-88)*{_FLARE})",
                         "80+30*lt(mod(Y+6*sin(X/6+N*0.5),10),3)", 100, 200),
                        ("gt(Y,150)", "90+15*lt(mod(X,30),2)", 118, 140)],
                       ("90+50*exp(-hypot(X-160,Y-70)/90)", *_DROP)),
    "guitar-v": _paint([("lt(hypot(mod(X,9)-4.5,Y-96-8*sin(N*1.3+floor(X/9)*0.7)),3.5)*between(X,180,216)",
                         205, 112, 156),
                        ("lt(abs(mod(Y,5)-2),0.6)*between(Y,84,116)*gt(X,60)", 220, 128, 128),
                        ("lt(hypot(X-160,Y-100),18)", 15, 128, 128),
                        ("between(Y,84,116)*lt(X,60)", 50, 120, 140),
                        ("lt(hypot((X-150)/90,(Y-110)/60),1)", "150+10*sin(X/3+Y/40)", 100, 160)],
                       ("20", 128, 128), add="40*exp(-hypot(X-260,Y-20)/70)"),
    "palmas-v": _paint([("lt(hypot(abs(mod(X,64)-32)-2-5*abs(sin(N*0.7+floor(X/64))),Y-74),4)", 15, 128, 128),
                        ("lt(hypot(mod(X,64)-32,Y-56),11)", 15, 128, 128),
                        ("lt(abs(mod(X,64)-32),16+0.2*(Y-80))*gt(Y,80)", 15, 128, 128),
                        ("gt(Y,160)", 40, 120, 140)],
                       ("150+40*sin(X/80)", 90, 180)),
    "feet-v": _paint([(f"lt(hypot((X-130)/24,(Y-118+{_STAMP1})/8),1)", 15, 128, 128),
                      (f"lt(hypot((X-200)/24,(Y-118+{_STAMP2})/8),1)", 15, 128, 128),
                      (f"lt(abs(X-124),5)*between(Y,60,118-{_STAMP1})"
                       f"+lt(abs(X-194),5)*between(Y,60,118-{_STAMP2})", 120, 120, 150),
                      ("lt(Y,60+6*sin(X/10+N*0.3))", "70+20*lt(mod(X+N,12),4)", 100, 200),
                      ("gt(Y,110)", "120+20*lt(mod(X+0.8*(Y-110),30),2)", 110, 150)],
                     ("60", *_DROP)),
    "singer-v": _paint([("lt(hypot((X-210)/10,(Y-50-4*sin(N*0.15))/14),1)", 170, 110, 152),
                        ("lt(abs(Y-100+0.9*(X-180)),5)*between(X,180,212)", 30, 128, 128),
                        ("lt(hypot((X-150)/20,(Y-60)/26),1)", "60+100*clip((X-130)/40,0,1)", 110, 150),
                        ("lt(hypot((X-150)/22,(Y-46)/14),1)*lt(Y,50)", 20, 128, 128),
                        ("lt(abs(X-150),30+0.3*(Y-86))*between(Y,86,150)", 25, 128, 128),
                        ("lt(abs(abs(X-150)-30),3)*between(Y,120,170)", 50, 120, 140)],
                       ("12", 128, 128), add="40*exp(-hypot(X-170,Y-70)/80)"),
    "mirrors-v": _paint([("lt(hypot(mod(X,40)-20,Y-150),5)", 250, 110, 160),
                         ("lt(abs(mod(X,80)-40-10*sin(N*0.1)),6)*between(Y,50,130)*lt(mod(X,80),74)",
                          30, 128, 128),
                         ("lt(mod(X,80),74)*between(Y,20,140)", "60+20*sin(X/20)", 124, 134),
                         ("gt(Y,140)", 70, 118, 140)],
                        ("30", 128, 128), add="50*exp(-abs(Y-150)/20)"),
    "title16-v": _lines(_paint([], ("30+20*exp(-hypot(X-160,Y-90)/90)", 110, 170)),
                        ["DUENDE"], 40, 64, 0, "0xf0c080", SERIF),
}
TWENTYSECONDREEL = "\n".join(["Guanti Rossi", "", "The Gloved Hand", "A Modulo", "", "The Witness",
                              "Hypot and Atan2", "", "The Staircase", "Spiralling Geq", "",
                              "The Twenty-Second Reel"])
TEXT_FILES_V = {"TWENTYSECONDREEL": ("twentysecondreel.txt", TWENTYSECONDREEL)}

FX_V = {
    "grain13-v": "noise=alls=11:allf=t:all_seed=40000019",
    "grain14-v": "noise=alls=17:allf=t+u:all_seed=40000073",
    "grain15-v": "noise=alls=6:allf=t:all_seed=40000121",
    "grain16-v": "noise=alls=9:allf=t:all_seed=40000187",
    "grain17-v": "noise=alls=15:allf=t+u:all_seed=40000241",
    "grain18-v": "noise=alls=8:allf=t:all_seed=40000313",
    "near-v": "crop=iw*0.86:ih*0.86:iw*0.08:ih*0.05,scale=320:180",
    "angle-v": "crop=iw*0.68:ih*0.68:iw*0.2:ih*0.14,scale=320:180",
    "tight-v": "crop=iw*0.58:ih*0.58:iw*0.22:ih*0.2,scale=320:180",
    "closer-v": "crop=iw*0.46:ih*0.46:iw*0.28:ih*0.22,scale=320:180",
    # Looks: saturated colour under gels in 2.35; a contrasty black-and-white print in 4:3 with
    # projector flicker; bright saturated 4:3 video under a race bug; warm earth colours in 1.85;
    # contrasty 16 mm in 1.37; theatrical colour in 2:1.
    "giallo-v": "eq=saturation=1.4:contrast=1.12,colorbalance=rs=0.06:bs=0.04:gm=-0.04",
    "scope235-v": "scale=320:136,pad=320:180:0:22:black",
    "civdef-v": "hue=s=0,eq=contrast=1.15:gamma=0.95",
    "flick4-v": "eq=brightness='0.03*sin(n*5.1)+0.02*sin(n*13.3+2)':eval=frame",
    "box43-v": "scale=240:180,pad=320:180:40:0:black",
    "tvsat-v": "eq=saturation=1.3:contrast=1.05,scale=240:180,pad=320:180:40:0:black",
    "tourbug-v": f"drawtext=fontfile={FONT}:fontsize=11:fontcolor=white:text='ETAPE 17  KM 42'"
                 ":box=1:boxcolor=0x103080@0.85:boxborderw=3:x=48:y=8,"
                 f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=0xffe020:text='DIRECT':x=w-tw-48:y=8",
    "earth-v": "eq=saturation=0.9:gamma=1.04,colorbalance=rs=0.06:gs=0.02:bs=-0.08",
    "box185-v": "scale=320:172,pad=320:180:0:4:black",
    "street-v": "eq=contrast=1.15:saturation=1.1,colorbalance=rs=0.03:bs=0.05",
    "box137-v": "scale=248:180,pad=320:180:36:0:black",
    "saura-v": "eq=contrast=1.1:saturation=1.2:gamma=0.95",
    "box200-v": "scale=320:160,pad=320:180:0:10:black",
    # Camera moves: a crash zoom into the eye, a telephone's bell shaking the shot, a stalking
    # hand-held walk, a slow zoom; a pan along the house, the blast shaking the camera; a slow zoom
    # from the helicopter, the motorbike's vibration, a whip pan; a car bumping over the track; a
    # hand-held jostle, a zoom in, a whip pan; a crane up.
    "crash-v": "zoompan=z='1+0.8*clip((in-MID)/5,0,1)':d=1:s=320x180:fps=24"
               ":x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'",
    "ring-v": "scale=336:189,crop=320:180:x='8+4*sin(n*5.1)*between(n,MID-10,MID+10)'"
              ":y='4+3*sin(n*6.7)*between(n,MID-10,MID+10)'",
    "stalk-v": "scale=352:198,crop=320:180:x='16+12*sin(n*0.21)+4*sin(n*1.3)':y='9+6*sin(n*0.33)+2*sin(n*1.7)'",
    "zoomslow-v": "zoompan=z='1+0.006*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'",
    "panh-v": "scale=400:225,crop=320:180:x='min(80,n*1.2)':y=20",
    "blast2-v": "scale=352:198,crop=320:180:x='16+14*sin(n*3.3)*exp(-max(n-MID,0)/6)*gte(n,MID)'"
                ":y='9+8*sin(n*4.9)*exp(-max(n-MID,0)/6)*gte(n,MID)'",
    "zoomh-v": "zoompan=z='1+0.007*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.4':y='(ih-ih/zoom)/2'",
    "moto-v": "scale=336:189,crop=320:180:x='8+3*sin(n*4.3)+2*sin(n*9.1)':y='4+3*sin(n*5.7)'",
    "whipc-v": "scale=640:360,crop=320:180:x='160+150*tanh((n-MID)/2.1)':y=100,"
               "gblur=sigma=11:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "bump-v": "scale=352:198,crop=320:180:x='16+6*sin(n*2.7)*exp(-abs(n-MID)/3)'"
              ":y='9+8*sin(n*4.4)*exp(-abs(n-MID)/3)'",
    "jostle2-v": "scale=352:198,crop=320:180:x='16+11*sin(n*2.1)*exp(-abs(n-MID)/5)+4*sin(n*0.6)'"
                 ":y='9+8*sin(n*3.3)*exp(-abs(n-MID)/5)'",
    "zoomin2-v": "zoompan=z='1+0.012*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)*0.6'",
    "whip3-v": "scale=640:360,crop=320:180:x='160-150*tanh((n-MID)/2.3)':y=80,"
               "gblur=sigma=12:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "crane-v": "scale=320:360,crop=320:180:x=0:y='max(0,180-2*n)'",
    # Around MID: a razor's glint, lightning through the blinds, a neon sign blinking red, a figure
    # in black passing the lens; the bomb's flash to near white, a splice's white frame; a
    # spectator running past the lens, a flag waved over it, photographers' flashes at the line;
    # a cloud's shadow crossing the hill, dust from a truck over the lens, the sun's glare; a bus
    # passing the lens, a camera's flash, spray mist drifting over the lens; a dancer's skirt
    # sweeping past the lens, the stage lights dipping, a follow spot into the lens.
    "glint-v": _overlay("clip(1.5*exp(-hypot(X-210,Y-72)/(2+16*exp(-pow((N-MID)/1.5,2)))),0,1)"
                        "*between(N,MID-4,MID+4)", 255),
    "lightning-v": "eq=brightness='0.55*eq(n,MID)+0.3*eq(n,MID+2)+0.15*eq(n,MID+3)':eval=frame",
    "redpulse-v": "eq=brightness='0.08*gt(sin(n*0.9),0)-0.04':eval=frame",
    "passer-v": _overlay("lt(hypot((X-(N-MID+5)*56)/70,(Y-100)/150),1)*between(N,MID-5,MID+6)", 8),
    "atomflash-v": "eq=brightness='0.85*gte(n,MID)*exp(-max(n-MID,0)/4)':eval=frame",
    "splice-v": "eq=brightness='0.7*eq(n,MID)':eval=frame",
    "runnerpass-v": _overlay("lt(hypot((X-330+(N-MID+6)*50)/60,(Y-90)/140),1)*between(N,MID-6,MID+7)",
                             60, 160, 100),
    "flagpass-v": _overlay("lt(abs(Y-90-30*sin(X/40+N*0.9)),50)*lt(X,100+(N-MID+6)*25)*between(N,MID-6,MID+6)",
                           "100+130*lt(mod(Y+20*sin(X/30+N),40),20)", 110, 170),
    "photog-v": "eq=brightness='0.5*eq(n,MID)+0.4*eq(n,MID+7)+0.45*eq(n,MID+13)':eval=frame",
    "cloudshadow-v": _overlay("0.45*exp(-pow((X-(N-MID)*9-160)/90,2))*between(N,MID-30,MID+30)", 30),
    "dustover-v": _overlay("clip(0.9*clip(1-abs(N-MID)/12,0,1)*(0.6+0.4*sin(X/17+Y/11-N*0.3)),0,0.9)"
                           "*between(N,MID-12,MID+12)", 190, 118, 140),
    "glare-v": "eq=brightness='0.3*exp(-pow((n-MID)/5,2))':contrast='1-0.3*exp(-pow((n-MID)/5,2))'"
               ":eval=frame",
    "buspass-v": _overlay("between(X,(N-MID+6)*60-400,(N-MID+6)*60)*between(N,MID-6,MID+7)"
                          "*(1-0.5*between(Y,30,70)*lt(mod(X-(N-MID)*60,50),30))", 60, 170, 100),
    "flash3-v": "eq=brightness='0.6*eq(n,MID)+0.25*eq(n,MID+1)':eval=frame",
    "mist-v": _overlay("0.7*clip(1-abs(N-MID)/8,0,1)*exp(-hypot(X-200,Y-90)/90)*between(N,MID-8,MID+8)",
                       200, 140, 120),
    "turnpass-v": _overlay("lt(hypot((X-(N-MID+5)*50)/70,(Y-110)/120),1)*between(N,MID-5,MID+6)",
                           70, 100, 210),
    "dim-v": "eq=brightness='-0.4*clip(1-abs(n-MID)/9,0,1)':eval=frame",
    "spotflare-v": _overlay("clip(1.3*exp(-hypot(X-250,Y-40)/(8+50*exp(-pow((N-MID)/3,2)))),0,1)"
                            "*between(N,MID-8,MID+8)", 250, 120, 150),
}

# held-out-v (clips 132-137): new recipes again, written after held-out-u without running the
# detector on them. Film material of six more kinds, clips of about 20 s with short shots: a 1970s
# Italian giallo in 2.35 under red and blue gels (cuts between near-white gallery shots, a crash
# zoom into an eye, a razor's glint, a telephone's bell shaking the shot, lightning through the
# blinds, a neon sign blinking red, a figure in black passing the lens, a stalking hand-held walk, a
# long dissolve from a white gallery to the night, credits rolling over black), a 1950s civil
# defence film in black and white, 4:3, flickering (a pan along a house, cuts between the family's
# framings, a siren turning, rings spreading over a plan, a bomb's flash to near white, the blast
# shaking the camera, a splice's white frame), a 1990s cycling race broadcast in 4:3 video under a
# race bug (a slow zoom from the helicopter, the motorbike's vibration, a spectator running past the
# lens, a flag waved over it, a whip pan, photographers' flashes at the line), a 1990s Iranian rural
# film in 1.85 with long still shots in earth colours (a long dissolve between two earth-coloured
# shots, a cloud's shadow crossing, a car bumping, dust over the lens, the sun's glare, cuts
# between framings of a wall), a 1980s hip-hop street documentary on 16 mm in 1.37 (a spinning
# dancer, spray mist over the lens, a hand-held jostle, a camera's flash, a subway car sliding past,
# a bus passing the lens, a zoom in, a whip pan) and a 1990s flamenco film in 2:1 (a crane up,
# a backdrop changing colour inside shots, a skirt sweeping past the lens, the lights dipping, a
# follow spot into the lens, a slow zoom); cuts between near-identical framings and to closer
# framings, between dark and between near-white shots, dissolves of 10 to 40 frames (short ones
# between shots of 1 to 2 s, long ones between moving and dark shots), pixel dissolves, fades
# through black, white and grays and fade outs and ins.
_GI = "giallo-v grain13-v scope235-v"
_CD = "civdef-v flick4-v grain14-v box43-v"
_TF = "tvsat-v tourbug-v grain15-v"
_IR = "earth-v grain16-v box185-v"
_HH = "street-v grain17-v box137-v"
_FL = "saura-v grain18-v box200-v"
HELD_OUT_V = [
    ("red-gloves", [S("title12-v", 30, 0, _GI), "fadeio:10:12",
                    S("piazza-v", 44, 0, _GI), "cut",
                    S("gallery-v", 36, 0, _GI), "cut",
                    S("gallery-v", 30, 36, f"near-v {_GI}"), "cut",
                    S("eye-v", 30, 0, f"crash-v {_GI}"), "fade:12",
                    S("glove-v", 34, 0, f"glint-v {_GI}"), "fade:10",
                    S("stairwell-v", 40, 0, _GI), "dissolve:16",
                    S("phone-v", 40, 0, f"ring-v {_GI}"), "cut",
                    S("phone-v", 26, 40, f"closer-v {_GI}"), "cut",
                    S("piazza-v", 30, 44, f"angle-v passer-v {_GI}"), "cut",
                    S("glove-v", 34, 34, f"closer-v lightning-v {_GI}"), "fadegrays:22",
                    S("eye-v", 40, 30, f"near-v redpulse-v {_GI}"), "cut",
                    S("stairwell-v", 40, 40, f"tight-v stalk-v {_GI}"), "fadeblack:18",
                    S("gallery-v", 64, 66, f"angle-v {_GI}"), "fade:34",
                    S("piazza-v", 68, 74, f"zoomslow-v {_GI}"), "fadeblack:20",
                    S("credits-v", 44, 0, "grain13-v")]),
    ("alert-tonight", [S("title13-v", 30, 0, _CD), "fadeio:8:10",
                       S("house-v", 44, 0, f"panh-v {_CD}"), "cut",
                       S("dinner-v", 36, 0, _CD), "cut",
                       S("dinner-v", 28, 36, f"closer-v {_CD}"), "cut",
                       S("siren-v", 36, 0, _CD), "fade:16",
                       S("desks-v", 40, 0, _CD), "cut",
                       S("diagram-v", 44, 0, _CD), "dissolve:24",
                       S("cloud-v", 48, 0, f"atomflash-v {_CD}"), "cut",
                       S("house-v", 30, 44, f"near-v blast2-v {_CD}"), "cut",
                       S("shelter-v", 40, 0, _CD), "fade:12",
                       S("dinner-v", 34, 64, f"near-v {_CD}"), "fade:10",
                       S("desks-v", 38, 40, f"near-v splice-v {_CD}"), "fadewhite:16",
                       S("cloud-v", 56, 48, f"near-v {_CD}"), "fadegrays:28",
                       S("shelter-v", 40, 40, f"angle-v {_CD}"), "cut",
                       S("siren-v", 34, 36, f"near-v {_CD}"), "fadeblack:20",
                       S("diagram-v", 44, 44, f"tight-v {_CD}"), "fadeio:12:10",
                       S("serif:BE PREPARED", 26, 0, _CD)]),
    ("stage-17", [S("title14-v", 30, 0, _TF), "fadewhite:10",
                  S("peloton-v", 48, 0, f"zoomh-v {_TF}"), "cut",
                  S("rider-v", 34, 0, f"moto-v {_TF}"), "cut",
                  S("rider-v", 28, 34, f"closer-v moto-v {_TF}"), "cut",
                  S("hairpin-v", 44, 0, f"runnerpass-v {_TF}"), "fade:14",
                  S("sunflower-v", 38, 0, _TF), "fade:12",
                  S("peloton-v", 44, 48, f"angle-v {_TF}"), "dissolve:20",
                  S("teamcar-v", 40, 0, _TF), "cut",
                  S("rider-v", 30, 62, f"near-v flagpass-v {_TF}"), "cut",
                  S("hairpin-v", 36, 44, f"near-v whipc-v {_TF}"), "fadeblack:16",
                  S("finish-v", 44, 0, _TF), "cut",
                  S("finish-v", 34, 44, f"tight-v photog-v {_TF}"), "cut",
                  S("peloton-v", 54, 88, f"near-v {_TF}"), "fade:40",
                  S("sunflower-v", 72, 38, f"zoomh-v {_TF}"), "fadegrays:20",
                  S("teamcar-v", 36, 40, f"near-v {_TF}"), "cut",
                  S("title14-v", 30, 30, f"near-v {_TF}")]),
    ("olive-path", [S("title17-v", 30, 0, _IR), "fadeio:12:12",
                    S("zigzag-v", 60, 0, _IR), "fade:30",
                    S("grove-v", 50, 0, f"cloudshadow-v {_IR}"), "cut",
                    S("wall-v", 36, 0, _IR), "cut",
                    S("wall-v", 30, 36, f"near-v {_IR}"), "cut",
                    S("boyface-v", 30, 0, _IR), "cut",
                    S("dashboard-v", 44, 0, f"bump-v {_IR}"), "fade:10",
                    S("zigzag-v", 34, 60, f"tight-v {_IR}"), "fade:12",
                    S("grove-v", 40, 50, f"angle-v {_IR}"), "dissolve:18",
                    S("boyface-v", 30, 30, f"closer-v {_IR}"), "cut",
                    S("dashboard-v", 40, 44, f"dustover-v {_IR}"), "cut",
                    S("zigzag-v", 40, 90, f"near-v {_IR}"), "fadewhite:20",
                    S("wall-v", 68, 66, f"glare-v {_IR}"), "fade:36",
                    S("dusk-v", 64, 0, _IR), "fadeio:16:10",
                    S("serif:THE END", 26, 0, _IR)]),
    ("cardboard-kings", [S("title15-v", 30, 0, _HH), "cut",
                         S("mural-v", 40, 0, f"mist-v {_HH}"), "cut",
                         S("boombox-v", 30, 0, _HH), "cut",
                         S("bboy-v", 44, 0, f"jostle2-v {_HH}"), "cut",
                         S("cypher-v", 30, 0, f"flash3-v {_HH}"), "cut",
                         S("bboy-v", 36, 44, f"closer-v {_HH}"), "fade:16",
                         S("subway-v", 40, 0, _HH), "cut",
                         S("turntable-v", 36, 0, _HH), "cut",
                         S("turntable-v", 30, 36, f"tight-v {_HH}"), "fadewhite:12",
                         S("cypher-v", 36, 30, f"near-v buspass-v {_HH}"), "cut",
                         S("boombox-v", 34, 30, f"near-v zoomin2-v {_HH}"), "dissolve:10",
                         S("mural-v", 46, 40, f"angle-v {_HH}"), "fade:24",
                         S("bboy-v", 44, 80, f"whip3-v {_HH}"), "cut",
                         S("subway-v", 40, 40, f"near-v {_HH}"), "fadegrays:18",
                         S("cypher-v", 50, 66, f"angle-v flash3-v {_HH}"), "fadeblack:20",
                         S("card:PEACE", 32, 0, "grain17-v")]),
    ("duende", [S("title16-v", 30, 0, _FL), "fadeio:10:12",
                S("mirrors-v", 44, 0, f"crane-v {_FL}"), "cut",
                S("palmas-v", 32, 0, _FL), "cut",
                S("guitar-v", 36, 0, _FL), "cut",
                S("dancer-v", 48, 0, f"turnpass-v {_FL}"), "fade:20",
                S("feet-v", 32, 0, _FL), "cut",
                S("feet-v", 24, 32, f"closer-v {_FL}"), "cut",
                S("singer-v", 52, 0, f"dim-v {_FL}"), "fade:40",
                S("dancer-v", 52, 48, f"near-v spotflare-v {_FL}"), "cut",
                S("guitar-v", 30, 36, f"tight-v {_FL}"), "fade:14",
                S("palmas-v", 42, 32, f"near-v {_FL}"), "fade:16",
                S("feet-v", 36, 56, f"near-v {_FL}"), "cut",
                S("singer-v", 32, 48, f"closer-v {_FL}"), "dissolve:12",
                S("mirrors-v", 48, 44, f"zoomslow-v {_FL}"), "fadegrays:24",
                S("dancer-v", 56, 100, f"turnpass-v {_FL}"), "fadeblack:20",
                S("serif:OLE", 32, 0, _FL)]),
]
