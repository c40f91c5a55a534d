"""Sources, effects and recipes of held-out-y (clips 150-155), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-149. Drawn scenes for six more kinds of
film: a crooked painted alley at night with a sleepwalker in black gliding down it, a staircase
with a huge shadow climbing its wall, a pale face with dark-rimmed eyes that opens them, a
bedroom with a sleeper under a white sheet and a barred window's light on the wall, jagged
rooftops under the moon with a figure carrying a woman in white along the ridge and a fairground
carousel turning (a 1920s German expressionist film in 1.33, black and white tinted amber and
green, with intertitles, flicker, gate weave, scratches and a heavy vignette); a rink seen from
high with a skater circling on the near-white ice, the skater followed along the boards, her spin
in close-up, the stands waving flags, her skate's blade carving the ice, the kiss-and-cry with
her coach and flowers, the marks on a full-screen graphic and an exhibition skated in a spotlight
in the dark arena (a 1990s figure skating broadcast in 4:3, bright video colour under a bug); a
phone turning on a turntable in the dark, the phone lying on a white table, a hand holding it on
white as its screen lights up, its camera lenses in close-up, its home screen swiped, five
phones in a row of colours, a runner on a bridge at sunrise and a street at night (a 2020s
smartphone advertisement, full frame, clean punchy colour); an observatory's dome at dusk with
its slit opening, the stars turning over the trees, an astronomer at the eyepiece in the dark,
the moon's craters along the terminator, the sun in red light with a prominence, an orbit
diagram, Saturn and a spiral galaxy (a 1970s astronomy film for schools in 1.66, faded 16 mm
colour and grain, with credits rolling over black); a castle on a crag under a stormy sky, a hall
by torchlight, a crowned queen in close-up, an army advancing under banners, a dragon flying over
the mountains, a misty near-white forest with a rider and a snowy pass (a 2000s fantasy epic in
2.39, a cold desaturated grade); a narrow street with laundry across it, a sunlit near-white
courtyard with sheets on a line, a sheet in close-up, a market under striped awnings, a boy's
face, a man cycling past posters, a dim stairwell and a night street under one lamp (a 1950s
Italian neorealist film in 1.37, black and white, grainy).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint, scene as _scene
from shots_recipes import S
from shots_sources_q import _intertitle, _lines
from shots_sources_x import _face

# A 1920s German expressionist film (drawn in greys: the amber and green tints are effects).
_WALKER = "(135+0.35*N)"
_SHX = "(60+1.1*N)"
_SHY = "(110-0.7*N)"
_RIDGE = "(100+0.1*X)"
_CARRY = "(30+1.4*N)"
_CBASE = f"(100+0.1*{_CARRY})"

# A 1990s figure skating broadcast.
_SKX = "(160+110*sin(N*0.03))"
_SKY = "(112+28*sin(N*0.06))"
_PAN = "(X+N*7)"
_SPN = "abs(cos(N*0.8))"
_GX = "(160+80*sin(N*0.035))"
_ADS = "floor({p}/70)"

# A 2020s smartphone advertisement.
_ANG = "(N*0.045)"
_PW = f"(40*abs(cos({_ANG})))"
_TILT = "(0.35+0.002*N)"
_U = f"((X-160)*cos({_TILT})+(Y-90)*sin({_TILT}))"
_V = f"((Y-90)*cos({_TILT})-(X-160)*sin({_TILT}))"
_SCROLL = "(140*(1+tanh((N-26)/3)))"
_ICX = "floor((X-16)/48)"
_ICY = f"floor((Y+{_SCROLL})/48)"
_OFF = "(N*1.2)"
_PH = f"floor((X+{_OFF})/64)"
_RUN = "(30+1.6*N)"
_STRIDE = "(0.5*sin(N*0.6))"

# A 1970s astronomy film for schools.
_RA = "(N*0.004)"
_RX = f"((X-170)*cos({_RA})-(Y+20)*sin({_RA}))"
_RY = f"((X-170)*sin({_RA})+(Y+20)*cos({_RA}))"
_STARS = (f"(st(0,{_RX});st(1,{_RY});st(2,floor(ld(0)/12));st(3,floor(ld(1)/12));"
          "st(4,mod(sin(ld(2)*12.9898+ld(3)*78.233)*43758.5453,1));"
          "st(5,hypot(mod(ld(0),12)-2-8*mod(ld(4)*7.31,1),mod(ld(1),12)-2-8*mod(ld(4)*3.17,1)));"
          "10+40*exp(-(150-Y)/15)+gt(ld(4),0.55)*clip(230*(1.6+0.9*gt(ld(4),0.93)-ld(5)),0,230)"
          "+16*exp(-pow((ld(0)+0.5*ld(1)-60)/45,2)))")
_TREES = "gt(Y,150+6*sin(X/23)+4*sin(X/7)+5*abs(sin(X/3)))"
_ORB = "hypot(X-160,(Y-90)*1.8)"
_GR = "hypot(X-160,(Y-90)*1.6)"
_GTH = "atan2((Y-90)*1.6,X-160)"
_RING = "hypot((X-160)/90,(Y-90)/22)"
_BALL = "hypot((X-160)/40,(Y-90)/36)"
_CRATER = "hypot(mod(X,70)-35,mod(Y+20*floor(X/70),60)-30)"
_CRR = "(12+6*sin(floor(X/70)*3))"

# A 2000s fantasy epic.
_DX = "(40+1.6*N)"
_DY = "(70+6*sin(N*0.1))"
_FLAP = "sin(N*0.35)"
_MARCH = "(Y-N*0.3)"

# A 1950s Italian neorealist film (drawn in greys).
_SAG1 = "(30+0.002*pow(X-160,2))"
_SAG2 = "(58+0.001*pow(X-160,2))"
_MX = "(60+1.2*N)"
_CROWD = "(X-N*0.8)"
_BP = "(X+N*5)"


def _planet(r, w, ph, size):
    """A planet on the orbit diagram: its disc, r pixels from the sun, w radians a frame."""
    return f"lt(hypot(X-160-{r}*cos(N*{w}+{ph}),(Y-90-{r}*sin(N*{w}+{ph})/1.8)*1),{size})"


LAVFI_Y = {
    # A 1920s German expressionist film.
    "alley-y": _paint([(f"lt(hypot(X-{_WALKER},Y-66),6)", 195, 128, 128),
                       (f"lt(abs(X-{_WALKER}),5+0.04*(Y-74))*between(Y,72,146)", 12, 128, 128),
                       ("lt(hypot(X-224,Y-46),6)", 245, 128, 128),
                       ("lt(abs(X-250-0.25*(Y-150)),1.5)*between(Y,50,150)", 25, 128, 128),
                       ("gt(X,218+0.55*abs(Y-70))*lt(abs(mod(X,34)-17)*1.2+abs(mod(Y,42)-21),9)*lt(Y,140)",
                        215, 128, 128),
                       ("gt(X,205+0.55*abs(Y-70)-5*sin(Y/8))", "100-40*gt(sin((X+2*Y)/9),0.6)", 128, 128),
                       ("lt(X,125-0.6*abs(Y-70)+6*sin(Y/10))", "80+40*gt(sin((X-Y)/8),0.55)", 128, 128),
                       ("gt(Y,146+0.05*X)", "45+60*gt(sin(X/5+Y/2.5),0.75)", 128, 128)],
                      ("150+60*gt(sin(X/4-Y/1.7),0.85)", 128, 128)),
    "stair-y": _paint([(f"lt(hypot(X-{_SHX},Y-{_SHY}),13)"
                        f"+lt(abs(X-{_SHX}-4),10+0.3*(Y-{_SHY}-10))*between(Y,{_SHY}+8,{_SHY}+70)"
                        f"+lt(abs(Y-{_SHY}-14+0.5*(X-{_SHX})),3)*between(X,{_SHX},{_SHX}+44)"
                        f"+lt(abs(mod(Y-{_SHY}+10,6)-3),1)*between(X,{_SHX}+40,{_SHX}+58)"
                        f"*between(Y,{_SHY}-14,{_SHY}+2)", 25, 128, 128),
                       ("lt(abs(Y-150+0.4*(X-20)),2)*gt(X,20)", 30, 128, 128),
                       ("lt(mod(X,14),2)*between(Y,150-0.4*(X-20),172-0.4*(X-20))*gt(X,20)", 40, 128, 128),
                       ("gt(Y,172-8*floor((X-10)/20))", "120-60*lt(mod(X-10,20),2)", 128, 128)],
                      ("165+30*gt(sin(X/13+Y/3),0.9)-50*gt(sin((X-3*Y)/20),0.92)", 128, 128)),
    "face-y": _face(160, 84, (22, 128, 128), False, 200, (15, 128, 128),
                    ("90+50*gt(sin((X-2*Y)/10),0.7)", 128, 128),
                    add="-40*gt(hypot(X-160,(Y-84)*1.3),75)"),
    "room-y": _paint([("lt(hypot(X-104,Y-98),12)*lt(X,106)", 25, 128, 128),
                      ("lt(hypot(X-110,Y-100),9)", 180, 128, 128),
                      ("lt(hypot((X-112)/24,(Y-104)/9),1)", 235, 128, 128),
                      ("between(X,80,280)*between(Y,106+4*sin(X/20),150)", "228-25*gt(sin(X/7+Y/11),0.8)",
                       128, 128),
                      ("between(X,74,286)*between(Y,100,160)+between(X,74,84)*between(Y,60,160)", 40, 128, 128),
                      ("lt(abs(X-230+0.4*(Y-60)),30)*between(Y,20,90)*lt(mod(X+0.4*Y,20),3)", 110, 128, 128),
                      ("lt(abs(X-230+0.4*(Y-60)),30)*between(Y,20,90)", 235, 128, 128),
                      ("gt(Y,160)", 70, 128, 128)],
                     ("150+30*gt(sin((X+Y)/11),0.8)", 128, 128)),
    "roofs-y": _paint([(f"lt(hypot((X-{_CARRY}-4)/16,(Y-{_CBASE}+30)/4),1)", 225, 128, 128),
                       (f"lt(abs(X-{_CARRY}),5)*between(Y,{_CBASE}-40,{_CBASE})"
                        f"+lt(hypot(X-{_CARRY},Y-{_CBASE}+46),5)", 8, 128, 128),
                       (f"gt(Y,{_RIDGE})", "18+12*gt(sin(X/4+Y/2),0.8)", 128, 128),
                       ("lt(abs(mod(X,50)-12-0.2*(Y-60)),4)*between(Y,44,72)", 30, 128, 128),
                       ("gt(Y,60+30*abs(mod(X,50)-25)/25)", "40+20*gt(sin((X+Y)/5),0.7)", 128, 128),
                       ("lt(hypot(X-250,Y-36),16)", 235, 128, 128)],
                      ("55+35*gt(sin((X+2*Y)/7),0.85)+40*exp(-hypot(X-250,Y-36)/40)", 128, 128)),
    "fair-y": _paint([("gt(Y,150-10*abs(sin(X/9))-6*gt(sin(X/17),0.3))", 15, 128, 128),
                      ("lt(hypot((mod(X-N*1.5,50)-25)/12,(Y-100-6*sin(N*0.3+X/20))/7),1)"
                       "*between(Y,80,125)*lt(abs(X-160),96)", 230, 128, 128),
                      ("between(Y,74,134)*lt(abs(X-160),100)",
                       "70+150*gt(sin((X-160)/100*1.57*8+N*0.15),0.5)", 128, 128),
                      ("lt(Y,74)*gt(Y,28+0.4*abs(X-160))*lt(abs(X-160),110)", "190-110*gt(sin(X/8),0)", 128, 128),
                      ("between(Y,134,142)*lt(abs(X-160),106)", 60, 128, 128),
                      ("gt(Y,80+0.8*abs(mod(X,90)-45))*lt(Y,150)", 95, 128, 128)],
                     ("120+40*gt(sin(X/6+Y/4),0.8)", 128, 128)),
    "title30-y": _intertitle(["NACHTGESTALTEN", "Erster Akt"], 62),
    "title31-y": _intertitle(["Um Mitternacht", "erwachte er."], 62),
    "title32-y": _intertitle(["ENDE"], 76),
    # A 1990s figure skating broadcast.
    "rink-y": _paint([(f"lt(hypot(X-{_SKX},Y-{_SKY}+12),2.5)", 150, 115, 148),
                      (f"lt(hypot((X-{_SKX})/3,(Y-{_SKY}+4)/7),1)", 90, 110, 190),
                      (f"lt(hypot((X-{_SKX}-3)/6,(Y-{_SKY}-5)/1.5),1)", 190, 130, 124),
                      ("lt(abs(hypot(X-160,(Y-115)*2)-40),1)", 190, 120, 160),
                      ("between(Y,46,58)", "200-60*gt(mod(X,60),54)", "128+40*sin(floor(X/60)*2.3)",
                       "128+40*cos(floor(X/60)*1.7)"),
                      ("lt(Y,46)", "45+50*gt(sin(X*1.31)*sin(Y*1.73),0.35)", 128, 135)],
                     ("224-12*gt(sin(X*0.21+Y*0.9+3*sin(X/40)),0.93)", 130, 124)),
    "follow-y": _paint([("lt(hypot(X-160,Y-50),7)", 50, 130, 130),
                        ("lt(hypot(X-160,Y-60),9)", 165, 115, 148),
                        ("lt(abs(Y-78-0.15*abs(X-160)),2.5)*lt(abs(X-160),52)", 165, 115, 148),
                        ("lt(abs(X-160),10+0.08*(Y-70))*between(Y,68,106)",
                         "90+60*gt(sin(X*3+Y*2.1+N),0.9)", 110, 195),
                        ("lt(abs(X-160),18+0.6*(Y-104))*between(Y,104,122)", 90, 110, 195),
                        ("lt(abs(abs(X-160)-5-0.1*(Y-122)),2.5)*between(Y,122,160)", 170, 118, 142),
                        ("between(Y,158,166)*lt(abs(abs(X-160)-8),6)", 235, 128, 128),
                        ("gt(Y,120)", f"226-10*gt(sin({_PAN}*0.3+Y*0.8),0.9)", 130, 124),
                        ("between(Y,78,120)", f"205-70*gt(mod({_PAN},70),64)",
                         f"128+45*sin({_ADS.format(p=_PAN)}*2.3)", f"128+45*cos({_ADS.format(p=_PAN)}*1.7)")],
                       (f"40+55*gt(sin({_PAN}*1.1)*sin(Y*1.6),0.3)", 128, 135)),
    "spin-y": _paint([(f"lt(hypot(X-160-6*sin(N*0.8),Y-34),9)*lt(Y,40)", 45, 130, 130),
                      ("lt(hypot(X-160,Y-40),11)", 165, 115, 148),
                      (f"lt(abs(Y-64),3)*lt(abs(X-160),60*{_SPN}+8)", 165, 115, 148),
                      (f"lt(abs(X-160),8+6*{_SPN}+0.1*(Y-52))*between(Y,52,108)",
                       "90+60*gt(sin(X*3+Y*2.1+N*2),0.85)", 110, 195),
                      (f"lt(abs(X-160),14+(1+{_SPN})*(Y-108))*between(Y,108,124)", 90, 110, 195),
                      ("lt(abs(X-163),3)*between(Y,124,172)", 175, 118, 142),
                      ("gt(Y,160)", 226, 130, 124),
                      ("between(Y,96,160)", "200-40*sin((X+N*2)/9)", "128+30*sin((X+N*2)/40)", 128)],
                     ("40+30*sin(X/7+N*0.1)*sin(Y/5)", 128, 135)),
    "kiss-y": _paint([("lt(hypot(X-140,Y-118),9)", 180, 110, 170),
                      ("lt(hypot(X-120,Y-74-2*sin(N*0.1)),11)*lt(Y,78-2*sin(N*0.1))", 50, 130, 130),
                      ("lt(hypot(X-120,Y-80-2*sin(N*0.1)),10)", 165, 115, 148),
                      ("lt(abs(X-120),14+0.2*(Y-92))*between(Y,90,140)", 90, 110, 190),
                      ("lt(hypot(X-200,Y-70),11)*lt(Y,70)", 120, 128, 128),
                      ("lt(hypot(X-200,Y-74),11)", 150, 115, 146),
                      ("lt(abs(X-200),18+0.2*(Y-86))*between(Y,86,150)", 40, 140, 120),
                      ("between(Y,130,150)", 60, 128, 128),
                      ("gt(Y,150)", 90, 128, 128),
                      ("lt(mod(X+10,80),56)*between(mod(Y,44),10,20)*lt(Y,120)", 230, 128, 128)],
                     ("150", 170, 110)),
    "stands-y": _paint([("lt(abs(Y-50-8*sin(X/12-N*0.4)),14)*between(X,40,110)",
                         "90+140*lt(abs(Y-50-8*sin(X/12-N*0.4)),4)", 110, 200),
                        ("lt(abs(Y-60-8*sin(X/12-N*0.45+1)),12)*between(X,200,270)",
                         "110+120*lt(abs(X-235),4)", 190, 110),
                        ("lt(hypot(mod(X+11*floor(Y/28),24)-12,mod(Y,28)-10-2*sin(N*0.4+floor(X/24))),8)",
                         "140+20*sin(X)", 115, 150),
                        ("gt(mod(Y,28),14)", "80+60*sin(floor(X/24)*3.1)", "128+50*sin(floor(X/24)*1.3)",
                         "128+50*cos(floor(X/24)*2.1)")],
                       ("30", 128, 128)),
    "blade-y": _paint([("between(X,200,320)*between(Y,90,140)"
                        "*lt(hypot(mod(X+N*9,13)-6,mod(Y-N*2+X*0.3,11)-5),1.3)", 250, 128, 128),
                       ("lt(abs(mod(X-120-5*sin(N*0.1),20)-10),1)*between(X,150,190)*between(Y,55,75)",
                        150, 128, 128),
                       ("lt(hypot((X-170-5*sin(N*0.1))/50,(Y-80)/30),1)*lt(Y,100)", 245, 128, 128),
                       ("lt(abs(mod(X-120-5*sin(N*0.1),40)-20),4)*between(Y,100,112)*between(X,120,230)",
                        170, 128, 128),
                       ("lt(abs(Y-112),3)*between(X,110+5*sin(N*0.1),240+5*sin(N*0.1))", 180, 128, 128)],
                      ("228-14*gt(sin(X*0.4+Y*0.15),0.9)-8*sin(Y/9)", 132, 124)),
    "gala-y": _paint([("lt(hypot(mod(X,23)-11,mod(Y,17)-8),1)*lt(Y,60)"
                       "*gt(sin(floor(X/23)*5.1+floor(Y/17)*2.3+N*0.3),0.7)", 220, 118, 150),
                      (f"lt(hypot(X-{_GX},Y-80),5)", 180, 118, 150),
                      (f"lt(abs(X-{_GX}),6)*between(Y,84,128)", 200, 110, 170),
                      (f"lt(hypot((X-{_GX})/46,(Y-130)/16),1)", 190, 128, 128),
                      ("lt(hypot(mod(X+N*2,40)-20,(mod(Y,20)-10)*2),3)*gt(Y,110)", 90, 200, 90),
                      ("lt(Y,60)", "20+15*gt(sin(X*1.3)*sin(Y*1.7),0.4)", 128, 128)],
                     ("14", 140, 120)),
    "scores-y": _lines(_lines(_lines(_paint([("between(Y,14,36)", 190, 90, 150)], ("40+0.2*Y", 180, 110)),
                                     ["ANNA LINDQVIST   SWE"], 14, 18, 0, "0x101040", FONT),
                              ["TECHNICAL MERIT", "PRESENTATION"], 12, 54, 52, "0xffe080", FONT),
                       ["5.7  5.8  5.8  5.9  5.7  5.8  5.9  5.8  5.8",
                        "5.9  5.9  5.8  5.9  5.9  5.9  6.0  5.9  5.9"], 11, 74, 52, "0xffffff", FONT),
    "title33-y": _lines(_lines(_paint([], ("60+0.4*Y+40*exp(-pow((X-N*6+40)/20,2))", 170, 110)),
                               ["WORLD FIGURE SKATING"], 22, 60, 0, "0xffffff", FONT),
                        ["Ladies Free Skate"], 15, 100, 0, "0xffd040", FONT),
    # A 2020s smartphone advertisement.
    "turn-y": _paint([(f"gt(cos({_ANG}),0)*lt(abs(X-160),{_PW}-2)*lt(abs(Y-90),68)",
                       f"90+60*sin((X-160)/(12*abs(cos({_ANG}))+1)+Y/40)", "128+60*sin(Y/30)", "128+60*cos(Y/25)"),
                      (f"lt(cos({_ANG}),0)*lt(abs(X-160),{_PW}-2)*lt(abs(Y-90),68)"
                       f"*lt(hypot(X-160+0.6*{_PW},Y-40),8)", 30, 128, 128),
                      (f"lt(cos({_ANG}),0)*lt(abs(X-160),{_PW}-2)*lt(abs(Y-90),68)", 175, 140, 140),
                      (f"lt(abs(X-160),{_PW}+4*abs(sin({_ANG})))*lt(abs(Y-90),72)", "120+60*gt(X,160)", 128, 128),
                      ("lt(hypot((X-160)/90,(Y-166)/10),1)", 50, 128, 128)],
                     ("14+26*exp(-hypot(X-160,Y-110)/80)", 135, 125)),
    "white-y": _paint([(f"lt(hypot({_U}-52,{_V}+22),5)+lt(hypot({_U}-52,{_V}+6),5)+lt(hypot({_U}-36,{_V}+14),5)",
                        25, 128, 128),
                       (f"lt(abs({_U}-45),16)*lt(abs({_V}+14),15)", 160, 142, 138),
                       (f"lt(abs({_U}),70)*lt(abs({_V}),34)", 178, 142, 138),
                       (f"lt(abs({_U}+4),72)*lt(abs({_V}-7),36)", 205, 128, 130)],
                      ("236+4*sin(X/60)", 128, 130)),
    "hand-y": _paint([("lt(abs(X-135-0.5*(Y-110)),6)*between(Y,100,130)", 170, 115, 148),
                      ("lt(abs(X-165),23)*lt(abs(Y-96),52)",
                       "20+190*clip((N-24)/4,0,1)*(0.8+0.2*sin(Y/10))", "128+50*clip((N-24)/4,0,1)*sin(Y/20)",
                       "128+40*clip((N-24)/4,0,1)*cos(Y/16)"),
                      ("lt(abs(X-165),26)*lt(abs(Y-96),56)", 60, 128, 128),
                      ("lt(abs(X-193),5)*lt(abs(mod(Y,14)-7),5)*between(Y,96,150)", 165, 115, 148),
                      ("lt(hypot((X-150)/34,(Y-160)/30),1)", 170, 115, 148)],
                     ("232-0.1*abs(X-160)", 128, 130)),
    "lens-y": _paint([("lt(hypot(X-110-10*sin(N*0.1),Y-45),4)", 240, 128, 128),
                      ("lt(hypot(X-215,Y-40),6)", 230, 120, 150),
                      ("lt(abs(hypot(X-120,Y-55)-14),1.5)+lt(abs(hypot(X-120,Y-125)-14),1.5)"
                       "+lt(abs(hypot(X-200,Y-90)-14),1.5)", 60, 150, 110),
                      ("lt(hypot(X-120,Y-55),26)+lt(hypot(X-120,Y-125),26)+lt(hypot(X-200,Y-90),26)", 15, 140, 120),
                      ("lt(hypot(X-120,Y-55),30)+lt(hypot(X-120,Y-125),30)+lt(hypot(X-200,Y-90),30)", 200, 128, 128),
                      ("lt(abs(X-160),78)*lt(abs(Y-90),80)", 120, 142, 138)],
                     ("150+30*sin((X+Y)/90)", 142, 138)),
    "ui-y": _paint([("lt(Y,12)", 30, 128, 128),
                    (f"lt(abs(mod(X-16,48)-24),16)*lt(abs(mod(Y+{_SCROLL},48)-24),16)*between(X,16,304)",
                     f"150+60*sin({_ICX}*2.1+{_ICY}*1.3)", f"128+70*sin({_ICX}*1.7+{_ICY}*2.9)",
                     f"128+70*cos({_ICX}*2.3+{_ICY}*0.7)")],
                   ("70+50*sin(X/80+Y/60)", "150+40*sin(Y/50)", "140+40*cos(X/70)")),
    "colors-y": _paint([(f"lt(abs(mod(X+{_OFF},64)-32),18)*lt(abs(Y-92),56)",
                         f"150+40*sin({_PH}*2.3)", f"128+50*sin({_PH}*1.9)", f"128+50*cos({_PH}*1.1)"),
                        (f"lt(abs(mod(X+{_OFF},64)-32),20)*lt(abs(Y-92),58)", 215, 128, 128),
                        (f"lt(abs(mod(X+{_OFF},64)-36),20)*between(Y,146,154)", 170, 130, 134),
                        ("gt(Y,150)", 190, 132, 136)],
                       ("205-0.2*Y", 135, 138)),
    "runner-y": _paint([(f"lt(hypot(X-{_RUN},Y-86),4)+lt(abs(X-{_RUN}-1),3)*between(Y,89,102)"
                         f"+lt(abs(X-{_RUN}-(Y-102)*{_STRIDE}),1.5)*between(Y,102,112)"
                         f"+lt(abs(X-{_RUN}+(Y-102)*{_STRIDE}),1.5)*between(Y,102,112)", 15, 128, 128),
                        ("lt(abs(X-90),5)*between(Y,20,112)", 25, 128, 128),
                        ("(lt(abs(Y-40-0.005*pow(X-200,2)),1.2)+lt(mod(X,12),1)*gt(Y,40+0.005*pow(X-200,2)))"
                         "*lt(Y,112)",
                         30, 128, 128),
                        ("between(Y,112,120)", 30, 128, 128),
                        ("lt(hypot(X-230,Y-96),14)", 250, 110, 150),
                        ("gt(Y,120)", "90+60*exp(-abs(X-230)/25)*gt(sin(Y*1.3+N*0.2),0.3)", 120, 150)],
                       ("120+70*exp(-hypot(X-230,Y-96)/60)", "110-0.1*Y", 165)),
    "night-y": _paint([("between(X,200,270)*between(Y,30,44)", 90, 170, 180),
                       ("lt(abs(X-140),6)*between(Y,86,140)+lt(hypot(X-140,Y-80),6)"
                        "+lt(abs(X-158),6)*between(Y,88,140)+lt(hypot(X-158,Y-82),6)", 8, 128, 128),
                       ("lt(hypot(mod(X,37)-18,mod(Y+9*floor(X/37),29)-14),6)*lt(Y,110)"
                        "*gt(sin(floor(X/37)*3.3+floor((Y+9*floor(X/37))/29)*2.1),0.2)",
                        "60+40*sin(floor(X/37))", "128+40*sin(floor(X/37)*2)", 150),
                       ("gt(Y,130)", "14+30*exp(-abs(mod(X,37)-18)/4)*gt(sin(Y*2),0)", 135, 130)],
                      ("10+6*sin(X/30)", 140, 125)),
    "title34-y": _lines(_paint([("lt(abs(hypot(X-160,Y-90)-62),1)", "8+70*clip(N/20,0,1)", 128, 128)],
                               ("8", 128, 128)), ["AURA 5"], 36, 70, 0, "0xffffff", FONT),
    "end-y": _lines(_lines(_paint([], ("240", 128, 128)), ["Shot on AURA 5"], 20, 72, 0, "0x303030", FONT),
                    ["Made for light"], 12, 104, 0, "0x707070", FONT),
    # A 1970s astronomy film for schools.
    "stars-y": _scene(f"if({_TREES},4,{_STARS})", 148, 122),
    "dome-y": _paint([("lt(hypot(X-250,Y-30),1.5)", 230, 128, 128),
                      ("gt(Y,130-12*abs(sin(X/11))-8*abs(sin(X/5)))*(lt(X,90)+gt(X,230))", 10, 128, 128),
                      ("lt(abs(X-160),2+0.25*N)*lt(hypot(X-160,Y-110),60)*lt(Y,110)", 15, 128, 128),
                      ("lt(hypot(X-160,Y-110),60)*lt(Y,110)", "150-40*(X-160)/60", 128, 128),
                      ("lt(abs(X-160),6)*between(Y,130,150)", 200, 110, 150),
                      ("between(Y,110,150)*lt(abs(X-160),56)", 90, 128, 128),
                      ("gt(Y,150)", 20, 128, 128)],
                     ("40+90*exp(-(140-Y)/40)", "160-0.25*Y", "110+0.15*Y")),
    "astro-y": _paint([("lt(hypot(X-82,Y-118),12)+lt(hypot((X-70)/30,(Y-160)/30),1)", 6, 128, 128),
                       ("lt(abs(Y-120+0.5*(X-100)),9)*between(X,90,250)", 55, 126, 150),
                       ("lt(abs(X-130),4)*between(Y,110,170)", 35, 128, 128),
                       ("lt(abs(X-230+0.3*Y),10)*lt(Y,60)", "45+180*gt(sin(X*2.1)*sin(Y*1.7),0.97)", 150, 120)],
                      ("18+30*exp(-hypot(X-260,Y-150)/50)", 120, 160)),
    "moon-y": _paint([("gt(hypot(X-100,Y-330),320)", 5, 128, 128),
                      ("gt(X+18*sin(Y/14),262)", 8, 128, 128),
                      (f"lt(abs({_CRATER}-{_CRR}),2)", 80, 128, 128),
                      (f"lt({_CRATER},{_CRR})", 120, 128, 128)],
                     ("150+25*sin(X/13+sin(Y/9))*sin(Y/11)", 126, 130)),
    "sun-y": _paint([("lt(hypot(X-190,Y-110),5)+lt(hypot(X-200,Y-104),3)", 60, 110, 170),
                     ("lt(abs(hypot(X-110,Y-45)-16),2.5)*gt(hypot(X-170,Y-100),69)*lt(Y,48)", 150, 100, 200),
                     ("lt(hypot(X-170,Y-100),70)",
                      "150+25*sin(X/3+sin(Y/4))*sin(Y/3.5)-40*pow(hypot(X-170,Y-100)/70,2)", 90, 190)],
                    ("4", 128, 128)),
    "diagram-y": _lines(_paint([(_planet(30, 0.09, 0, 3), 200, 128, 150),
                                (_planet(50, 0.06, 2, 4), 210, 110, 150),
                                (_planet(75, 0.045, 4, 4), 180, 170, 110),
                                (_planet(105, 0.03, 1, 3.5), 150, 110, 180),
                                ("lt(hypot(X-160,Y-90),10)", 220, 90, 160),
                                (f"lt(abs({_ORB}-30),0.8)+lt(abs({_ORB}-50),0.8)+lt(abs({_ORB}-75),0.8)"
                                 f"+lt(abs({_ORB}-105),0.8)", 140, 140, 128)],
                               ("30", 160, 120)), ["THE INNER PLANETS"], 12, 10, 0, "0xffffff", FONT),
    "saturn-y": _paint([(f"lt(abs({_RING}-1),0.18)*(gt(Y,90)+gt({_BALL},1))",
                         f"190-60*lt(abs({_RING}-1.02),0.03)", 115, 140),
                        (f"lt({_BALL},1)", "170+20*sin(Y/3)", 110, 145),
                        ("lt(hypot(mod(X,53)-26,mod(Y,41)-20),1)*gt(sin(floor(X/53)*4.7+floor(Y/41)*2.3),0.3)",
                         200, 128, 128)],
                       ("4", 128, 128)),
    "galaxy-y": _paint([("lt(hypot(mod(X,47)-23,mod(Y,37)-18),1)*gt(sin(floor(X/47)*6.1+floor(Y/37)*1.9),0.5)",
                         190, 128, 128)],
                       (f"8+200*exp(-{_GR}/14)+90*exp(-{_GR}/60)*pow(max(0,sin(2*{_GTH}-log({_GR}+1)*3+N*0.005)),3)",
                        135, f"125+20*exp(-{_GR}/20)")),
    "title35-y": _lines(_lines(_paint([("gt(sin(X*1.9)*sin(Y*2.3),0.985)", 200, 128, 128)], ("12", 150, 120)),
                               ["BEYOND THE SKY"], 26, 64, 0, "0xf0e0c0", SERIF),
                        ["A Film for Schools"], 13, 104, 0, "0xc0b090", SERIF),
    "credits-y": f"color=c=0x080808:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=12:"
                 "fontcolor=0xe8dcc0:line_spacing=10:textfile=TWENTYFIFTHREEL:x=(w-tw)/2:y=h-2.4*n",
    # A 2000s fantasy epic.
    "castle-y": _paint([("lt(mod(X,7),3)*lt(mod(Y,9),4)*between(X,150,230)*between(Y,60,100)"
                         "*gt(sin(X*1.7+Y*2.9),0.4)", 200, 100, 170),
                        ("lt(abs(X-160),0.4*(Y-22))*between(Y,22,40)+lt(abs(X-210),0.4*(Y-34))*between(Y,34,50)",
                         45, 128, 128),
                        ("lt(abs(X-160),8)*between(Y,40,110)+lt(abs(X-210),7)*between(Y,50,110)"
                         "+between(X,150,230)*between(Y,70,110)", 55, 128, 128),
                        ("gt(Y,100+30*abs(sin((X-190)/45))+10*sin(X/9))", "40+15*sin(X/5)*sin(Y/4)", 128, 130)],
                       ("110+25*sin(X/30+N*0.03)*sin(Y/14)-0.2*Y", 135, 122),
                       add="30*exp(-pow((Y-128)/10,2))"),
    "hall-y": _paint([("lt(hypot((X-40)/4,(Y-56-3*sin(N*0.9))/8),1)"
                       "+lt(hypot((X-280)/4,(Y-56-3*sin(N*0.8+1))/8),1)", 235, 90, 180),
                      ("lt(hypot(X-160,Y-82),5)", 110, 118, 146),
                      ("between(Y,128,140)*lt(abs(X-160),110)", 60, 115, 145),
                      ("lt(abs(X-160),14)*between(Y,70,120)", 50, 120, 150),
                      ("lt(abs(mod(X,80)-40),7)*lt(Y,150)", 35, 128, 128),
                      ("gt(Y,140)", 18, 128, 128)],
                     ("22+6*sin(X/3)*lt(mod(Y,12),1)", 132, 132),
                     add="70*exp(-hypot(X-40,Y-60)/35)*(1+0.15*sin(N*1.3))"
                         "+70*exp(-hypot(X-280,Y-60)/35)*(1+0.15*sin(N*1.1))"),
    "queen-y": _face(160, 86, (60, 118, 150), True, 150, (40, 140, 120), ("20+8*sin(X/20)", 132, 130),
                     add="50*exp(-hypot(X-60,Y-60)/50)*(1+0.2*sin(N*1.1))"),
    "battle-y": _paint([("between(mod(X,64),30,48)*between(Y,52+2*sin(X/4-N*0.5),66+2*sin(X/4-N*0.5))",
                         80, 120, 175),
                        ("lt(abs(mod(X,64)-30),0.8)*between(Y,50,90)", 30, 128, 128),
                        ("lt(abs(mod(X,12)-6),0.6)*between(Y,60,120)", 40, 128, 128),
                        (f"lt(hypot(mod(X+3*floor({_MARCH}/10),8)-4,mod({_MARCH},10)-3),2.3)*between(Y,80,150)",
                         50, 128, 128),
                        ("gt(Y,150)", "70+15*sin(X/3)*sin(Y/2)", 122, 134),
                        ("gt(Y,66+6*sin(X/25))", 90, 126, 130)],
                       ("150-0.3*Y", 130, 126), add="25*exp(-pow((Y-150)/12,2))"),
    "dragon-y": _paint([(f"lt(hypot((X-{_DX})/26,(Y-{_DY})/6),1)+lt(hypot((X-{_DX}-30)/9,(Y-{_DY}+4)/4),1)"
                         f"+lt(abs(Y-{_DY}-0.1*({_DX}-X)),2)*between(X,{_DX}-60,{_DX}-20)", 25, 128, 128),
                        (f"lt(hypot((X-{_DX}+4)/14,(Y-{_DY}+20*{_FLAP})/(abs(20*{_FLAP})+3)),1)", 30, 128, 128),
                        ("gt(Y,110+25*abs(sin(X/40))+8*sin(X/9))", "70+60*lt(Y,118+25*abs(sin(X/40)))", 130, 126)],
                       ("160-0.35*Y+15*sin(X/25+N*0.05)*sin(Y/12)", 132, 124)),
    "fog-y": _paint([("lt(hypot((X-170)/14,(Y-120)/8),1)+lt(abs(X-176),3)*between(Y,96,114)"
                      "+lt(hypot(X-176,Y-92),3)", "200-70*clip(N/60,0,1)", 128, 128),
                     ("lt(abs(mod(X+13,97)-48),6)*lt(Y,150)", 150, 126, 130),
                     ("lt(abs(mod(X,41)-20),2)*lt(Y,150)", 205, 128, 128),
                     ("gt(Y,150)", 200, 126, 130)],
                    ("222+5*sin(X/40)", 128, 128)),
    "snow-y": _paint([("lt(abs(Y-126+0.2*X),4)*lt(abs(mod(X-N*0.6,18)-9),3)*between(X,80,240)", 40, 128, 128),
                      ("gt(Y,130-0.2*X)", 244, 130, 126),
                      ("gt(Y,60+40*abs(sin(X/50)))", "238-20*gt(sin(X/6+Y/3),0.85)", 128, 128)],
                     ("212", 134, 124)),
    "title36-y": _lines(_lines(_paint([], ("12+14*sin(X/23+N*0.05)*sin(Y/17-N*0.03)", 128, 128)),
                               ["THE DRAGON CROWN"], 22, 64, 0, "0xe0b860", SERIF),
                        ["Part One  -  Ashes of the North"], 13, 104, 0, "0xa09070", SERIF),
    # A 1950s Italian neorealist film.
    "street-y": _paint([(f"lt(mod(X,26),14)*between(Y,{_SAG1},{_SAG1}+22+3*sin(N*0.3+X/9))", 225, 128, 128),
                        (f"lt(abs(Y-{_SAG1}),0.7)+lt(abs(Y-{_SAG2}),0.6)", 60, 128, 128),
                        (f"lt(mod(X+7,18),10)*between(Y,{_SAG2},{_SAG2}+10+2*sin(N*0.35+X/7))", 200, 128, 128),
                        ("lt(hypot(X-120-0.3*N,Y-118),4)+lt(abs(X-120-0.3*N),4)*between(Y,122,150)"
                         "+lt(hypot(X-214,Y-112),4)+lt(abs(X-214),5)*between(Y,116,146)", 30, 128, 128),
                        ("lt(X,160)*lt(abs(Y-80),(160-X)*0.75)",
                         "if(lt(mod(900/(164-X),2),0.9)*lt(mod((Y-80)/(164-X)*5,1),0.45),45,135)", 128, 128),
                        ("gt(X,160)*lt(abs(Y-80),(X-160)*0.75)",
                         "if(lt(mod(900/(X-156),2),0.9)*lt(mod((Y-80)/(X-156)*5,1),0.45),60,160)", 128, 128),
                        ("gt(Y,80)", "100+20*gt(sin(X/3+Y),0.6)", 128, 128)],
                       ("215", 128, 128)),
    "court-y": _paint([("lt(hypot(X-215,Y-80),6)", 70, 128, 128),
                       ("lt(abs(X-215),8+0.15*(Y-88))*between(Y,86,150)", 60, 128, 128),
                       ("lt(abs(Y-60),0.6)*between(X,20,240)", 80, 128, 128),
                       ("between(X,40,200)*between(Y,60,120+4*sin(X/10+N*0.2))*lt(mod(X,54),46)",
                        "246-14*gt(sin(X/4+N*0.3),0.8)", 128, 128),
                       ("between(X,230,262)*between(Y,40,90)", 70, 128, 128),
                       ("between(X,218,274)*between(Y,40,90)", "120+40*lt(mod(Y,5),2)", 128, 128),
                       ("gt(Y,20+0.45*X)*lt(Y,50+0.45*X)*lt(Y,150)", 150, 128, 128),
                       ("gt(Y,150)", "200+10*gt(sin(X/4)*sin(Y/3),0.5)", 128, 128)],
                      ("222+6*sin(X/50)", 128, 128)),
    "sheet-y": _paint([("lt(abs(mod(X,70)-35),3)*between(Y,14,30)", 100, 128, 128),
                       ("lt(abs(Y-20),1)", 60, 128, 128),
                       ("between(Y,20,170+5*sin(X/15+N*0.2))*between(X,10,300)",
                        "242-18*gt(sin(X/9+sin(Y/20)+N*0.25),0.75)-10*sin(Y/30)", 128, 128)],
                      ("228", 128, 128)),
    "market-y": _paint([(f"lt(hypot(mod({_CROWD},28)-14,Y-80-3*sin(N*0.4+floor({_CROWD}/28))),7)",
                         f"60+60*gt(sin(floor({_CROWD}/28)*3.3),0)", 128, 128),
                        (f"between(Y,86,150)*lt(abs(mod({_CROWD},28)-14),9)",
                         f"70+50*sin(floor({_CROWD}/28)*2.3)", 128, 128),
                        ("between(Y,30,56)*lt(mod(X,90),80)", "200-110*lt(mod(X,12),6)", 128, 128),
                        ("between(Y,100,130)*lt(mod(X,90),80)", "90+60*gt(sin(X*1.1)*sin(Y*1.3),0.2)", 128, 128),
                        ("lt(Y,30)", 200, 128, 128)],
                       ("130", 128, 128)),
    "boy-y": _face("(160+1.5*sin(N*0.08))", 84, (30, 128, 128), False, 150, (110, 128, 128),
                   ("120+15*sin(X/14)*lt(mod(Y,22),20)", 128, 128)),
    "bike-y": _paint([("lt(hypot(X-150,Y-47),8)*lt(Y,48)", 30, 128, 128),
                      ("lt(hypot(X-150,Y-52),8)", 140, 128, 128),
                      ("lt(abs(X-160-0.5*(Y-60)),7)*between(Y,60,110)", 40, 128, 128),
                      ("lt(abs(X-165-8*sin(N*0.4)),3)*between(Y,110,140)", 40, 128, 128),
                      ("lt(abs(Y-112),2)*between(X,110,210)+lt(abs(X-186+0.8*(Y-112)),2)*between(Y,112,140)",
                       35, 128, 128),
                      ("lt(abs(hypot(X-110,Y-140)-24),2)+lt(abs(hypot(X-210,Y-140)-24),2)", 25, 128, 128),
                      ("lt(abs(sin(atan2(Y-140,X-110)*6+N*0.6)),0.15)*lt(hypot(X-110,Y-140),24)"
                       "+lt(abs(sin(atan2(Y-140,X-210)*6+N*0.6)),0.15)*lt(hypot(X-210,Y-140),24)", 40, 128, 128),
                      ("gt(Y,140)", f"90+15*sin({_BP}/2)", 128, 128),
                      ("between(Y,40,100)*lt(mod({p},90),60)*gt(sin(floor({p}/90)*2.1),0)".format(p=_BP),
                       f"150+40*gt(sin({_BP}/3)*sin(Y/4),0.3)", 128, 128)],
                     (f"130+10*sin({_BP}/17)", 128, 128)),
    "landing-y": _paint([("lt(abs(X-250),7)*between(Y,50,95)+lt(hypot(X-250,Y-44),6)", 12, 128, 128),
                         ("between(X,270,300)*between(Y,40,120)", 20, 128, 128),
                         ("lt(abs(Y-170+0.5*X),2)", 15, 128, 128),
                         ("between(X,60,100)*between(Y,10,40)", 210, 128, 128),
                         ("gt(Y,178-0.5*X)", "35+10*lt(mod(X,16),2)", 128, 128),
                         ("lt(abs(X-80+0.6*(Y-20)),18)*lt(Y,120)", "28+90*exp(-Y/60)", 128, 128)],
                        ("28+6*sin(Y/3)*lt(mod(X,40),2)", 128, 128)),
    "nightst-y": _paint([("lt(hypot(X-200,Y-36),5)", 245, 128, 128),
                         (f"lt(abs(X-{_MX}),6)*between(Y,110,160)+lt(hypot(X-{_MX},Y-104),6)",
                          f"10+50*exp(-abs({_MX}-200)/25)", 128, 128),
                         ("between(X,12,28)*between(Y,50,70)", 150, 128, 128),
                         ("lt(X,40)", 14, 128, 128),
                         ("lt(hypot((X-200)/60,(Y-150)/14),1)", "70+30*gt(sin(X/3+Y),0.5)", 128, 128)],
                        ("8+3*sin(X/20)+8*gt(sin(X/3+Y),0.7)*gt(Y,140)", 128, 128),
                        add="60*exp(-hypot(X-200,Y-36)/18)"),
    "title37-y": _lines(_lines(_paint([], ("70+10*sin(X/9)*sin(Y/13)", 128, 128)),
                               ["VIA DEI PANNI"], 28, 62, 0, "0xf0f0f0", SERIF),
                        ["regia di Carlo Benni"], 13, 104, 0, "0xd0d0d0", SERIF),
}
TWENTYFIFTHREEL = "\n".join(["Beyond the Sky", "", "Written and Directed by", "Harold Mercer", "",
                             "Astronomical Photography", "Mount Corvin Observatory", "",
                             "Produced for the", "Schools Film Board", "", "The Twenty-Fifth Reel"])
TEXT_FILES_Y = {"TWENTYFIFTHREEL": ("twentyfifthreel.txt", TWENTYFIFTHREEL)}

FX_Y = {
    "grain31-y": "noise=alls=12:allf=t+u:all_seed=43000013",
    "grain32-y": "noise=alls=6:allf=t:all_seed=43000027",
    "grain33-y": "noise=alls=2:allf=t:all_seed=43000039",
    "grain34-y": "noise=alls=12:allf=t:all_seed=43000051",
    "grain35-y": "noise=alls=6:allf=t:all_seed=43000067",
    "grain36-y": "noise=alls=14:allf=t+u:all_seed=43000081",
    "near-y": "crop=iw*0.84:ih*0.84:iw*0.08:ih*0.1,scale=320:180",
    "angle-y": "crop=iw*0.62:ih*0.62:iw*0.3:ih*0.14,scale=320:180",
    "closer-y": "crop=iw*0.48:ih*0.48:iw*0.26:ih*0.2,scale=320:180",
    # Looks: black and white tinted amber or green, flickering, weaving and scratched in 1.33 under
    # a heavy vignette; bright video colour under a bug in 4:3; clean punchy colour, full frame;
    # faded warm 16 mm colour in 1.66; a cold desaturated grade in 2.39; grainy black and white in
    # 1.37.
    "amber-y": "hue=s=0,eq=contrast=1.2,colorchannelmixer=rr=1:gg=0.78:bb=0.45",
    "green-y": "hue=s=0,eq=contrast=1.2,colorchannelmixer=rr=0.55:gg=0.9:bb=0.7",
    "flick-y": "eq=brightness='0.04*sin(n*2.9)*sin(n*0.8)':eval=frame",
    "weave-y": "crop=308:173:x='6+2*sin(n*0.9)':y='3+1.5*sin(n*1.3+1)',scale=320:180",
    "scratch-y": "drawbox=x=71:y=0:w=1:h=ih:c=white@0.6:t=fill:enable='lt(mod(n,9),4)',"
                 "drawbox=x=198:y=0:w=1:h=ih:c=black@0.5:t=fill:enable='lt(mod(n,13),3)'",
    "vig-y": "vignette=PI/3.4",
    "box133-y": "scale=240:180,pad=320:180:40:0:black",
    "tv94-y": "eq=saturation=1.25:contrast=0.97:gamma=1.04,gblur=sigma=0.5,chromashift=cbh=1:crh=-1",
    "bug94-y": f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=white@0.75:text='SPORT 3  LIVE':x=w-tw-48:y=10",
    "box43-y": "scale=240:180,pad=320:180:40:0:black",
    "ad-y": "eq=saturation=1.15:contrast=1.04",
    "film16-y": "eq=saturation=0.8:gamma=1.05,colorbalance=rs=0.05:rm=0.04:bs=-0.05:bh=-0.04,gblur=sigma=0.5",
    "box166-y": "scale=300:180,pad=320:180:10:0:black",
    "epic-y": "eq=saturation=0.7:contrast=1.12,colorbalance=bs=0.07:gs=0.02:rh=0.06:bh=-0.04",
    "box239-y": "scale=320:134,pad=320:180:0:23:black",
    "neo-y": "hue=s=0,eq=contrast=1.1",
    "flick2-y": "eq=brightness='0.025*sin(n*2.3)*sin(n*1.1)':eval=frame",
    "box137-y": "scale=246:180,pad=320:180:37:0:black",
    # Camera moves: a rink's follow pan is drawn; a slow push in over the white table, a fast slide
    # along the row of phones; a slow pan over the moon, a slow zoom into Saturn; a helicopter
    # sweep round the castle, a crane up over the army; a pan along the market.
    "pushin-y": "zoompan=z='1+0.005*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)*0.5'",
    "slide-y": "scale=400:225,crop=320:180:x='40+38*tanh((n-MID)/2)':y=22,"
               "gblur=sigma=9:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "panmoon-y": "scale=400:225,crop=320:180:x='min(80,n*0.8)':y=24",
    "zoomsat-y": "zoompan=z='1+0.008*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'",
    "aerial-y": "scale=384:216,rotate='0.03*sin(n*0.05)':ow=384:oh=216,crop=320:180:x='32+28*sin(n*0.04)':y=18",
    "crane-y": "scale=320:260,crop=320:180:0:y='max(0,80-n*1.4)'",
    "pan2-y": "scale=400:225,crop=320:180:x='min(80,n*1.0)':y=20",
    # Around MID: a sleeper's eyes opening, lightning through a window, an iris closing on the
    # walker and opening again; a name caption sliding in, photographers' flashes in the stands, a
    # skater passing the lens, the arena lights going down; a light sweeping across the glass, a
    # sun flare, a caption popping up, the night mode brightening a dark street; a meteor, a red
    # lamp switched on, a solar flare to near white; a guard passing the lens, a crown, arrows
    # over the lens, a dragon's fire to near white, embers over the lens, a dragon's shadow over
    # the lens; a tram passing the lens, a cloud over the sun, a sheet blowing across the lens, a
    # door opening on light, a match struck.
    "lids-y": _overlay("lt(hypot((abs(X-160)-12)/8,(Y-82)/4.5),1)*lt(N,MID)", 185),
    "lightning-y": "eq=brightness='0.4*eq(n,MID)+0.25*eq(n,MID+1)+0.35*eq(n,MID+4)':eval=frame",
    "iris-y": _overlay("clip((hypot(X-170,Y-80)-60-220*(1-exp(-pow((N-MID)/7,2))))/6,0,1)", 0),
    "namecap-y": f"drawtext=fontfile={FONT}:fontsize=13:fontcolor=white:box=1:boxcolor=0x103080@0.85"
                 ":boxborderw=4:text='ANNA LINDQVIST  SWE':x='max(12,330-(n-MID+14)*40)':y=h-34"
                 ":enable='gte(n,MID-14)'",
    "flashes-y": _overlay("clip(2.2-hypot(X-60,Y-40)/10,0,1)*eq(N,MID-8)"
                          "+clip(2.2-hypot(X-230,Y-70)/10,0,1)*eq(N,MID-3)"
                          "+clip(2.2-hypot(X-140,Y-30)/10,0,1)*eq(N,MID)"
                          "+clip(2.2-hypot(X-280,Y-110)/10,0,1)*eq(N,MID+5)",
                          255),
    "passlens-y": _overlay("lt(hypot((X-(N-MID+5)*50+40)/70,(Y-90)/150),1)*between(N,MID-5,MID+6)", 60, 110, 180),
    "lightsdown-y": "eq=brightness='-0.35*clip((n-MID+4)/12,0,1)':contrast='1-0.2*clip((n-MID+4)/12,0,1)'"
                    ":eval=frame",
    "sweep-y": _overlay("0.55*exp(-pow((X+0.6*Y-(N-MID)*25-200)/14,2))*between(N,MID-10,MID+10)", 250),
    "flare-y": _overlay("clip(1.2*exp(-abs(Y-96)/(2+5*exp(-pow((N-MID)/6,2))))"
                        "*exp(-abs(X-230)/(20+160*exp(-pow((N-MID)/6,2))))"
                        "+0.7*exp(-pow((N-MID)/6,2))*exp(-hypot(X-230,Y-96)/45),0,1)", 250, 120, 150),
    "spec-y": f"drawtext=fontfile={FONT}:fontsize=22:fontcolor=white:text='48 MP':x=24:y=24:enable='gte(n,MID-4)'",
    "nightmode-y": "eq=gamma='1+1.2*clip((n-MID+6)/12,0,1)':brightness='0.1*clip((n-MID+6)/12,0,1)':eval=frame,"
                   f"drawtext=fontfile={FONT}:fontsize=13"
                   ":fontcolor=0xffd040:text='NIGHT MODE':x=20:y=h-30:enable='gte(n,MID-6)'",
    "meteor-y": _overlay("clip(1-abs((Y-30)-(X-100)*0.4)/1.5,0,1)*between(X,100+(N-MID+2)*30,150+(N-MID+2)*30)"
                         "*between(N,MID-2,MID+2)", 240),
    "lampon-y": _overlay("0.5*exp(-hypot(X-260,Y-150)/60)*gt(N,MID)", 180, 110, 200),
    "sunflare-y": _overlay("clip(1.5*exp(-hypot(X-150,Y-80)/(6+40*exp(-pow((N-MID)/4,2)))),0,1)"
                           "*between(N,MID-10,MID+10)", 250, 110, 160),
    "guardpass-y": _overlay("lt(hypot((X-(N-MID+6)*40+30)/60,(Y-100)/140),1)*between(N,MID-6,MID+7)", 10),
    "crown-y": _overlay("between(Y,40,48)*lt(abs(X-160),22)"
                        "+lt(abs(mod(X-160,11)-5.5),(40-Y)*0.6)*between(Y,32,40)*lt(abs(X-160),22)", 190, 90, 150),
    "arrows-y": _overlay("lt(abs(mod((X+N*34)-(Y-N*12)*2,61)-30),2.5)*lt(mod((X+N*34)*0.9+(Y-N*12)*0.45,53),26)"
                         "*between(N,MID-4,MID+4)", 20),
    "fire-y": _overlay("clip(1.4*exp(-pow((X-200)/(30+90*exp(-pow((N-MID)/4,2))),2))"
                       "*exp(-pow((Y-100)/(20+60*exp(-pow((N-MID)/4,2))),2)),0,1)*between(N,MID-10,MID+10)",
                       245, 100, 170),
    "embers-y": _overlay("lt(hypot(mod(X+8*sin(Y/20+N*0.1),37)-18,mod(Y+N*3,41)-20),1.6)"
                         "*clip(2-2*abs(N-MID)/14,0,1)",
                         230, 90, 190),
    "dragonpass-y": _overlay("0.7*lt(hypot((X-(N-MID)*35-160)/80,(Y-90)/40),1)*between(N,MID-7,MID+7)", 10),
    "trampass-y": _overlay("between(X,(N-MID+6)*45-300,(N-MID+6)*45)*between(Y,10,180)*between(N,MID-6,MID+8)",
                           "50+130*lt(mod(X-(N-MID)*45,60),40)*between(Y,40,80)"),
    "cloud-y": "eq=brightness='-0.18*exp(-pow((n-MID)/10,2))':contrast='1-0.2*exp(-pow((n-MID)/10,2))':eval=frame",
    "sheetpass-y": _overlay("lt(hypot((X-(N-MID)*30-160)/90,(Y-90+20*sin(X/30))/60),1)*between(N,MID-7,MID+7)", 245),
    "doorlight-y": _overlay("between(X,300-30*clip((N-MID+4)/10,0,1),300)*between(Y,40,120)"
                            "+between(Y,120,170)"
                            "*between(X,300-30*clip((N-MID+4)/10,0,1)-1.2*(Y-120),300-1.2*(Y-120))",
                            210),
    "match-y": _overlay("clip(1.3*exp(-hypot(X-100,Y-100)/(2+20*clip((N-MID+2)/3,0,1)*(1+0.1*sin(N*2)))),0,1)"
                        "*gt(N,MID-3)", 240, 110, 160),
}

# held-out-y (clips 150-155): new recipes again, written after held-out-x without running the
# detector on them. Film material of six more kinds, clips of about 20 s with short shots: a 1920s
# German expressionist film in 1.33, black and white tinted amber and green (intertitles, fade
# outs and ins, a sleepwalker gliding down a crooked alley and a cut to a closer framing of it,
# his eyes opening, a huge shadow climbing a staircase, lightning through a window, cuts between
# dark rooftops at night, an iris closing on the walker and opening again, a carousel turning,
# flicker, gate weave and scratches), a 1990s figure skating broadcast in 4:3 (a skater circling
# a near-white rink, a follow pan along the boards, a spin, a name caption sliding in,
# photographers' flashes in the stands, a cut from the rink to her blade on the ice, a replay
# through white, a skater passing the lens, the kiss-and-cry, the marks on a graphic, the arena
# lights going down, an exhibition in a spotlight), a 2020s smartphone advertisement (a phone
# turning on a turntable, a light sweeping across its glass, cuts between near-white shots of it
# on a table and in a hand, its screen lighting up, a swipe, a fast slide along a row of phones,
# a sun flare, the night mode brightening a dark street, a caption popping up), a 1970s
# astronomy film in 1.66 (a dome's slit opening, stars turning, a meteor, a red lamp switched on,
# a pan over the moon, a solar flare to near white, an orbit diagram, a zoom into Saturn, cuts
# between dark shots of stars, a galaxy and Saturn, a long dissolve between star fields, credits
# rolling over black), a 2000s fantasy epic in 2.39 (a helicopter sweep round a castle, a hall by
# torchlight, a guard passing the lens, a crowned queen, a crane up over an army, arrows over the
# lens, a dragon flying, its fire to near white, a cut between a near-white misty forest and a
# snowy pass, embers, the dragon's shadow over the lens) and a 1950s Italian neorealist film in
# 1.37, black and white (a tram passing the lens, a cloud over the sun, a cut between near-white
# shots of a courtyard and a sheet, a pan along a market, a tracking shot of a cyclist, a door
# opening on light in a dark stairwell, a match struck in a dark street, a sheet blowing across
# the lens); cuts between near-identical framings and to closer framings, between dark and
# between near-white shots, dissolves of 10 to 40 frames, pixel dissolves, fades through black,
# white and grays and fade outs and ins.
_EXA = "amber-y flick-y weave-y scratch-y grain31-y vig-y box133-y"
_EXG = "green-y flick-y weave-y scratch-y grain31-y vig-y box133-y"
_TV = "tv94-y grain32-y bug94-y box43-y"
_AD = "ad-y grain33-y"
_AF = "film16-y grain34-y box166-y"
_EP = "epic-y grain35-y box239-y"
_NR = "neo-y flick2-y grain36-y box137-y"
HELD_OUT_Y = [
    ("nachtgestalten", [S("title30-y", 36, 0, _EXA), "fadeio:10:10",
                        S("alley-y", 52, 0, _EXG), "cut",
                        S("alley-y", 30, 52, f"closer-y {_EXG}"), "cut",
                        S("face-y", 40, 0, f"lids-y {_EXA}"), "cut",
                        S("title31-y", 30, 0, _EXA), "cut",
                        S("stair-y", 56, 0, _EXA), "fadeblack:14",
                        S("room-y", 48, 0, f"lightning-y {_EXA}"), "cut",
                        S("room-y", 40, 48, f"closer-y {_EXA}"), "fade:20",
                        S("roofs-y", 50, 0, _EXG), "cut",
                        S("roofs-y", 30, 50, f"angle-y {_EXG}"), "cut",
                        S("alley-y", 36, 82, f"angle-y iris-y {_EXG}"), "dissolve:16",
                        S("fair-y", 64, 0, _EXA), "fade:30",
                        S("face-y", 64, 40, f"closer-y {_EXA}"), "fadegrays:18",
                        S("stair-y", 50, 56, f"near-y {_EXA}"), "fadeio:14:12",
                        S("title32-y", 30, 0, _EXA)]),
    ("ice-gala", [S("title33-y", 36, 0, "tv94-y grain32-y box43-y"), "fade:12",
                  S("rink-y", 50, 0, _TV), "cut",
                  S("follow-y", 44, 0, f"namecap-y {_TV}"), "cut",
                  S("spin-y", 36, 0, _TV), "cut",
                  S("stands-y", 30, 0, f"flashes-y {_TV}"), "cut",
                  S("rink-y", 36, 50, f"near-y {_TV}"), "cut",
                  S("blade-y", 34, 0, _TV), "fadewhite:10",
                  S("follow-y", 46, 44, f"angle-y passlens-y {_TV}"), "fade:16",
                  S("kiss-y", 46, 0, _TV), "cut",
                  S("kiss-y", 30, 46, f"closer-y {_TV}"), "cut",
                  S("scores-y", 40, 0, _TV), "dissolve:12",
                  S("rink-y", 44, 86, f"angle-y lightsdown-y {_TV}"), "cut",
                  S("gala-y", 50, 0, _TV), "cut",
                  S("gala-y", 46, 50, f"near-y {_TV}"), "fade:26",
                  S("spin-y", 62, 36, f"closer-y {_TV}"), "fadeblack:16",
                  S("title33-y", 36, 36, "tv94-y grain32-y box43-y")]),
    ("aura-five", [S("title34-y", 30, 0, _AD), "fade:10",
                   S("turn-y", 44, 0, f"sweep-y {_AD}"), "cut",
                   S("turn-y", 30, 44, f"near-y {_AD}"), "cut",
                   S("lens-y", 34, 0, _AD), "cut",
                   S("white-y", 40, 0, f"pushin-y {_AD}"), "cut",
                   S("hand-y", 40, 0, _AD), "fade:14",
                   S("ui-y", 44, 0, _AD), "cut",
                   S("colors-y", 44, 0, f"slide-y {_AD}"), "cut",
                   S("colors-y", 30, 44, f"closer-y {_AD}"), "fadewhite:12",
                   S("runner-y", 48, 0, f"flare-y {_AD}"), "cut",
                   S("runner-y", 36, 48, f"closer-y {_AD}"), "dissolve:16",
                   S("night-y", 50, 0, f"nightmode-y {_AD}"), "cut",
                   S("lens-y", 34, 34, f"closer-y {_AD}"), "fadeblack:14",
                   S("turn-y", 64, 74, f"angle-y spec-y {_AD}"), "fade:30",
                   S("end-y", 50, 0, _AD)]),
    ("beyond-the-sky", [S("title35-y", 36, 0, _AF), "fadeio:12:12",
                        S("dome-y", 56, 0, _AF), "fade:24",
                        S("stars-y", 50, 0, f"meteor-y {_AF}"), "cut",
                        S("stars-y", 30, 50, f"closer-y {_AF}"), "cut",
                        S("astro-y", 40, 0, f"lampon-y {_AF}"), "cut",
                        S("moon-y", 48, 0, f"panmoon-y {_AF}"), "cut",
                        S("moon-y", 34, 48, f"closer-y {_AF}"), "fadeblack:16",
                        S("sun-y", 50, 0, f"sunflare-y {_AF}"), "fade:14",
                        S("diagram-y", 56, 0, _AF), "dissolve:16",
                        S("saturn-y", 44, 0, f"zoomsat-y {_AF}"), "cut",
                        S("galaxy-y", 40, 0, _AF), "cut",
                        S("stars-y", 64, 80, f"angle-y {_AF}"), "fade:40",
                        S("galaxy-y", 60, 40, f"near-y {_AF}"), "cut",
                        S("astro-y", 40, 40, f"near-y {_AF}"), "fadegrays:20",
                        S("credits-y", 50, 0, _AF)]),
    ("the-dragon-crown", [S("title36-y", 36, 0, _EP), "fade:16",
                          S("castle-y", 52, 0, f"aerial-y {_EP}"), "cut",
                          S("castle-y", 34, 52, f"closer-y {_EP}"), "fadeblack:14",
                          S("hall-y", 48, 0, f"guardpass-y {_EP}"), "cut",
                          S("queen-y", 40, 0, f"crown-y {_EP}"), "cut",
                          S("hall-y", 36, 48, f"angle-y {_EP}"), "fade:18",
                          S("battle-y", 50, 0, f"crane-y {_EP}"), "cut",
                          S("battle-y", 30, 50, f"near-y arrows-y {_EP}"), "cut",
                          S("dragon-y", 44, 0, _EP), "cut",
                          S("battle-y", 36, 80, f"angle-y fire-y {_EP}"), "fadewhite:14",
                          S("fog-y", 48, 0, _EP), "cut",
                          S("snow-y", 44, 0, _EP), "dissolve:14",
                          S("queen-y", 70, 40, f"crown-y closer-y embers-y {_EP}"), "fade:36",
                          S("castle-y", 70, 82, f"angle-y dragonpass-y {_EP}"), "fadeio:14:10",
                          S("title36-y", 30, 36, _EP)]),
    ("via-dei-panni", [S("title37-y", 36, 0, _NR), "fadeio:10:12",
                       S("street-y", 52, 0, f"trampass-y {_NR}"), "cut",
                       S("street-y", 30, 52, f"closer-y {_NR}"), "cut",
                       S("court-y", 44, 0, f"cloud-y {_NR}"), "cut",
                       S("sheet-y", 34, 0, _NR), "fade:16",
                       S("market-y", 50, 0, f"pan2-y {_NR}"), "cut",
                       S("boy-y", 36, 0, _NR), "cut",
                       S("market-y", 34, 50, f"near-y {_NR}"), "dissolve:14",
                       S("bike-y", 50, 0, _NR), "cut",
                       S("bike-y", 36, 50, f"angle-y {_NR}"), "fadeblack:18",
                       S("landing-y", 44, 0, f"doorlight-y {_NR}"), "cut",
                       S("nightst-y", 48, 0, f"match-y {_NR}"), "cut",
                       S("boy-y", 50, 36, f"closer-y {_NR}"), "fade:30",
                       S("court-y", 66, 44, f"angle-y sheetpass-y {_NR}"), "fadeio:16:10",
                       S("serif:FINE", 30, 0, _NR)]),
]
