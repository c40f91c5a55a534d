"""Sources, effects and recipes of held-out-x (clips 144-149), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-143. Drawn scenes for six more kinds of
film: a river bridge at dusk with its arches lit and cars crossing, a rooftop at night over the
city with a couple at the railing under a string of bulbs, a woman's face and a man's face in
close-up before soft bokeh, a cafe by day with the street passing behind its big window, a street
at night in the rain with a pink neon sign and a figure under a clear umbrella and a path under
cherry trees in blossom (a 2010s Korean television drama, full frame, soft pastel colour under a
channel's bug, with subtitles and a flashback in sepia); a singer in a red sequined dress before a
tinsel curtain inside a proscenium of chasing bulbs, a line of dancers in top hats kicking in
unison, a comedian in a dinner jacket before a red curtain, the studio audience in the dark and a
bandstand with brass glinting (a 1970s television variety show in 4:3, soft saturated video);
a misty lake with a pavilion and a boat, a bamboo forest swaying in green light, a swordsman under
a straw hat in close-up, an inn with red lanterns, two swordsmen fighting on the rooftops under
the moon and a ginkgo wood in autumn with a figure in red (a 2000s wuxia film in 2.35, saturated);
a rotating spiral, an eye in close-up that blinks, the windows of a block at night going on and
off, a metronome swinging, dappled light through leaves on a wall and a dancer turning in negative
(a 1960s 16 mm experimental film in 1.37, black and white, high contrast, flicker, scratches and
heavy grain); a jet in a blue sky, the cabin's aisle, a flight attendant showing the seat belt,
an oxygen mask dropping from its panel, an exit sign and floor lights in the dark cabin and the
wing seen through a window over the clouds (a 1980s airline safety video, full frame, soft video
colour under the airline's bug); a villa with a pool seen from above, cliffs over the sea with
the surf breaking, a beach of umbrellas from above, a lighthouse on a headland, a road winding
through green hills with a red car on it and a vineyard's rows at sunset (a 2010s drone video
for an estate agent in 2:1, punchy teal and orange).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_q import _lines


def _face(cx, cy, hair, long_hair, skin, shirt, bg, add="0"):
    """A face in close-up at (cx, cy) (expressions): hair (lum, cb, cr), long or short, the skin's
    luma, the shirt (lum, cb, cr) and the background (lum, cb, cr)."""
    hl, hb, hr = hair
    back = (f"lt(hypot(({cx}-X)/40,(Y-{cy}-20)/62),1)*gt(Y,{cy}-40)" if long_hair
            else f"lt(hypot((X-{cx})/33,(Y-{cy}+6)/38),1)*lt(Y,{cy}-6)")
    return _paint([(f"lt(hypot(abs(X-{cx})-12,Y-{cy}+2),2.2)", 20, 128, 128),
                   (f"lt(hypot((abs(X-{cx})-12)/7,(Y-{cy}+2)/3.5),1)", 225, 128, 128),
                   (f"lt(hypot((abs(X-{cx})-12)/9,(Y-{cy}+9)/1.5),1)", hl - 10, hb, hr),
                   (f"lt(hypot((X-{cx})/10,(Y-{cy}-26)/2.5),1)", skin - 45, 120, 160),
                   (f"lt(abs(X-{cx}),2+0.2*(Y-{cy}))*between(Y,{cy}+2,{cy}+14)", skin - 15, 116, 146),
                   (f"lt(hypot((X-{cx})/30,(Y-{cy}-2)/38),1)*gt(Y,{cy}-22)", skin, 114, 146),
                   (f"lt(hypot((X-{cx})/32,(Y-{cy}+6)/36),1)", hl, hb, hr),
                   (f"gt(Y,{cy}+44)*lt(abs(X-{cx}),44+0.8*(Y-{cy}-44))", *shirt),
                   (back, hl, hb, hr),
                   (f"gt(Y,{cy}+36)*lt(abs(X-{cx}),10)", skin - 10, 114, 146)],
                  bg, add=add)


# A 2010s Korean television drama.
_BRIDGE = "(100-28*abs(sin(X*0.0393)))"
_RAIN = "lt(mod(Y+N*23+37*sin(X*7.1),60),9)*lt(mod(X*1.3,11),1)"
_PETAL = "lt(hypot(mod(X-N*1.2,29)-14,mod(Y-N*1.7+7*floor(X/29),33)-16),1.6)"

# A 1970s television variety show.
_SWAY = "(160+4*sin(N*0.12))"
_KICK = "(0.25+1.15*abs(sin(N*0.2)))"
_DX = "(mod(X-16,48)-24)"
_ROW = "floor((Y-60)/30)"

# A 2000s wuxia film.
_STALK = "(X+6*sin(Y/60+N*0.05))"
_BOAT = "(60+0.4*N)"
_FIGA = "(120+18*sin(N*0.15))"
_FIGB = "(176-18*sin(N*0.15+0.6))"

# A 1960s 16 mm experimental film.
_BLINK = "clip(1-abs(N-42)/3,0,1)"
_LID = f"(52+76*{_BLINK})"
_TURN = "abs(cos(N*0.15))"
_SWING = "(0.5*sin(N*0.26))"

# A 1980s airline safety video.
_JET = "(60+1.2*N)"
_DROP = "(20+88*clip((N-14)/6,0,1)+4*sin(N*0.45)*gt(N,20))"

# A 2010s drone video for an estate agent.
_CARY = "(180-1.5*N)"
_SURF = "(220+10*sin(Y/20+N*0.08))"

LAVFI_X = {
    # A 2010s Korean television drama.
    "bridge-x": _paint([(f"lt(hypot(mod(X-N*2,16)-8,Y-97),1.5)", 245, 90, 150),
                        (f"lt(abs(Y-{_BRIDGE}),2)+lt(mod(X,16),1.5)*between(Y,{_BRIDGE},99)",
                         "170+60*gt(sin(X*0.7-N*0.2),0.6)", 120, 140),
                        ("between(Y,98,103)", 55, 126, 132),
                        ("gt(Y,103)", "35+30*gt(sin(Y*1.7+N*0.2+3*sin(X/9)),0.75)", 140, 134),
                        ("gt(Y,60+30*abs(sin(floor(X/18)*2.7)))",
                         "40+120*lt(mod(X,6),2)*lt(mod(Y,8),3)*gt(sin(floor(X/6)*4.1+floor(Y/8)*1.9),0.5)",
                         128, 138)],
                       ("95+0.7*Y", "150-0.3*Y", "132+0.25*Y")),
    "rooftop-x": _paint([("lt(hypot(mod(X,20)-10,Y-30-0.002*pow(X-160,2)),2.5)",
                          "210+40*sin(N*0.3+X)", 100, 150),
                         ("lt(abs(Y-30-0.002*pow(X-160,2)),0.6)", 60, 128, 128),
                         ("lt(hypot(X-135,Y-70),10)+lt(hypot(X-180,Y-66),11)"
                          "+lt(abs(X-135),13)*between(Y,78,150)+lt(abs(X-180),15)*between(Y,76,150)",
                          14, 128, 130),
                         ("lt(abs(Y-120),2)+lt(mod(X,24),2)*between(Y,120,150)", 95, 126, 130),
                         ("gt(Y,150)", 30, 128, 130),
                         ("gt(Y,92+6*abs(sin(floor(X/15)*3.3)))",
                          "28+160*lt(mod(X,7),3)*lt(mod(Y,9),4)*gt(sin(floor(X/7)*4.1+floor(Y/9)*1.7),0.6)",
                          110, 150)],
                        ("22+0.12*Y", 150, 122)),
    "heroine-x": _face("(170+2*sin(N*0.07))", 78, (38, 124, 140), True, 172, (200, 120, 146),
                       ("120+25*sin(X/30)", 112, 146),
                       add="50*lt(hypot(mod(X+10,60)-30,mod(Y,50)-25),14)*lt(X,110)"),
    "hero-x": _face("(150+2*sin(N*0.06))", 76, (28, 130, 128), False, 155, (60, 140, 118),
                    ("30+10*sin(X/25)", 150, 118),
                    add="70*lt(hypot(mod(X,50)-25,mod(Y+20,46)-23),11)*gt(X,200)"),
    "cafe-x": _paint([("lt(hypot(X-250,Y-66),12)", 160, 112, 148),
                      ("lt(hypot(X-250,Y-62),15)*lt(Y,66)+lt(abs(X-250-14),5)*between(Y,60,96)", 45, 124, 140),
                      ("lt(abs(X-250),14+0.35*(Y-80))*between(Y,80,132)", 200, 122, 140),
                      ("lt(abs(X-215),9)*between(Y,114,132)", 228, 128, 128),
                      ("gt(Y,130)", "110+10*sin(X/2)", 110, 150),
                      ("lt(abs(X-110),2)+lt(abs(Y-70),2)*between(X,20,200)", 70, 118, 140),
                      ("between(X,20,200)*between(Y,20,122)",
                       "205-70*lt(hypot(mod(X-N*3,90)-45,(Y-95)*2),20)", "128+20*sin(X/30)", 126)],
                     ("150+10*sin(X/40)", 112, 146)),
    "rain-x": _paint([(_RAIN, 175, 134, 126),
                      ("lt(hypot((X-190)/40,(Y-80)/25),1)*lt(Y,82)", 150, 140, 128),
                      ("lt(abs(X-190),12)*between(Y,82,150)+lt(hypot(X-190,Y-92),8)", 22, 130, 126),
                      ("between(X,40,110)*between(Y,30,46)", 205, 178, 198),
                      ("between(Y,60,120)*lt(mod(X,80),50)", "80+20*sin(X/7)", 110, 146),
                      ("gt(Y,130)", "40+40*gt(sin(X/5)*sin(Y*0.9),0.6)+50*exp(-abs(X-75)/8)",
                       150, 140)],
                     ("30+0.2*Y", 150, 120)),
    "park-x": _paint([(_PETAL + "*lt(Y,120)", 235, 126, 156),
                      ("lt(hypot(X-150-0.2*N,Y-96),5)+lt(abs(X-150-0.2*N),6)*between(Y,100,126)"
                       "+lt(hypot(X-166-0.2*N,Y-98),5)+lt(abs(X-166-0.2*N),6)*between(Y,102,126)",
                       70, 130, 140),
                      ("lt(Y,70+15*sin(X/17)+8*sin(X/5))", "205+15*sin(X*0.9)*sin(Y*0.8)", 124, 158),
                      ("lt(abs(mod(X,80)-40),4)*between(Y,60,126)", 62, 124, 138),
                      ("gt(Y,120)*lt(abs(X-160),20+1.5*(Y-120))", 190, 120, 136),
                      ("gt(Y,120)", "110+10*sin(X*0.8)*sin(Y)", 100, 110)],
                     ("218-0.3*Y", 132, 126)),
    "title24-x": _lines(_lines(_paint([], ("200-0.2*Y+20*sin(X/40)", 132, 140)),
                               ["SECOND SPRING"], 30, 60, 0, "0x803050", FONT),
                        ["Episode Seven"], 14, 104, 0, "0x906070", FONT),
    # A 1970s television variety show.
    "stage-x": _paint([(f"lt(abs(X-{_SWAY}+10),1)*between(Y,75,165)", 40, 128, 128),
                       (f"lt(hypot((X-{_SWAY})/16,(Y-60)/15),1)*lt(Y,66)", 200, 90, 140),
                       (f"lt(hypot(X-{_SWAY},Y-68),11)", 172, 112, 150),
                       (f"lt(abs(X-{_SWAY}),10+0.45*(Y-80))*between(Y,80,165)",
                        "120+110*gt(sin(X*3.1+Y*2.3+N*0.9),0.9)", 96, 196),
                       ("lt(hypot(mod(X,14)-7,mod(Y,14)-7),3)*(lt(X,20)+gt(X,300)+lt(Y,14))",
                        "110+140*gt(sin((X+Y)/14*2.1-N*0.5),0.3)", 96, 160),
                       ("lt(X,20)+gt(X,300)+lt(Y,14)", 60, 116, 170),
                       ("gt(Y,165)", 48, 128, 134)],
                      ("90+70*gt(sin(X*2.1+2*sin(Y*0.3+N*0.2)),0.6)", 158, 112)),
    "dancers-x": _paint([(f"between(X,16,304)*lt(abs({_DX}),6)*between(Y,46,56)", 18, 128, 128),
                         (f"between(X,16,304)*lt(hypot({_DX},Y-62),7)", 175, 112, 150),
                         (f"between(X,16,304)*lt(abs({_DX}),7)*between(Y,69,110)",
                          "200+40*gt(sin(X*2.7+Y*1.9+N),0.8)", 124, 134),
                         (f"between(X,16,304)*lt(abs({_DX}-3),2)*between(Y,108,150)", 165, 114, 148),
                         (f"between(X,16,304)*lt(abs(({_DX}+3)*cos({_KICK})+(Y-110)*sin({_KICK})),2)"
                          f"*between(-({_DX}+3)*sin({_KICK})+(Y-110)*cos({_KICK}),0,40)", 165, 114, 148),
                         ("gt(Y,150)", "70+30*lt(mod(Y,10),5)", 130, 126)],
                        ("40+20*sin(X/30)", "128+60*sin(N*0.02)", 150)),
    "comic-x": _paint([("lt(hypot(X-205-8*sin(N*0.3),Y-90-14*sin(N*0.3)),5)", 170, 112, 150),
                       ("lt(hypot(X-160,Y-96),4)+lt(abs(X-160),1)*between(Y,96,180)", 70, 128, 128),
                       ("lt(hypot(abs(X-160)-6,Y-66),2)", 20, 128, 128),
                       ("lt(abs(Y-91),3)*lt(abs(X-160),7)", 70, 110, 200),
                       ("lt(hypot(X-160,Y-70),15)", 168, 112, 150),
                       ("lt(hypot((X-160)/16,(Y-62)/12),1)*lt(Y,64)", 35, 128, 132),
                       ("lt(abs(X-160),0.4*(Y-88))*between(Y,88,125)", 230, 128, 128),
                       ("lt(abs(X-160),20+0.5*(Y-88))*between(Y,86,180)", 24, 132, 126)],
                      ("70+30*sin(X/6)", 110, 190), add="50*exp(-hypot(X-160,Y-90)/60)"),
    "audience-x": _paint([(f"lt(hypot(mod(X+17*{_ROW},26)-13,mod(Y-60,30)-12"
                           f"-2*sin(N*0.5+floor((X+17*{_ROW})/26)*1.7)),8)*gt(Y,60)",
                           "40+15*sin(X/9)", 124, 140),
                          ("gt(Y,60)*lt(mod(Y-60,30),6)", 26, 132, 130)],
                         ("12+25*exp(-Y/40)", 128, 134)),
    "band-x": _paint([("lt(hypot(mod(X,50)-15,Y-92),4)", "150+100*gt(sin(N*0.4+X*0.1),0.7)", 80, 150),
                      ("lt(hypot(mod(X,50)-15,Y-72),7)", 150, 114, 148),
                      ("lt(mod(X,50),30)*between(Y,100,130)", "190-60*lt(abs(mod(X,50)-15),4)*between(Y,108,120)",
                       158, 96),
                      ("lt(abs(mod(X,50)-15),9)*between(Y,78,100)", 40, 130, 126),
                      ("gt(Y,130)", 60, 128, 134)],
                     ("30+20*lt(mod(Y,20),3)", 146, 122)),
    "title25-x": _lines(_lines(_paint([], ("20+200*gt(sin(X*1.7+N*0.1)*sin(Y*2.3-N*0.13),0.96)", 160, 118)),
                               ["SATURDAY SPECTACULAR"], 22, 62, 0, "0xffd040", FONT),
                        ["live from Studio One"], 14, 104, 0, "0xffffff", FONT),
    "vcredits-x": f"color=c=0x10081a:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=12:"
                  "fontcolor=0xffe080:line_spacing=10:textfile=TWENTYFOURTHREEL:x=(w-tw)/2:y=h-2.2*n",
    # A 2000s wuxia film.
    "lake-x": _paint([(f"lt(abs(X-{_BOAT}),2)*between(Y,108,120)", 60, 128, 128),
                      (f"lt(abs(X-{_BOAT}),14-2*(Y-120))*between(Y,120,124)", 70, 126, 130),
                      ("between(Y,80,92)*lt(abs(X-220),30-1.3*(92-Y))", 60, 124, 132),
                      ("lt(abs(mod(X-200,14)-7),1.5)*between(X,200,240)*between(Y,92,108)", 75, 126, 130),
                      ("between(Y,106,110)*between(X,190,250)", 95, 126, 130),
                      ("gt(Y,110)", "200+8*sin(Y*1.5+N*0.2+sin(X/20))", 130, 124),
                      ("gt(Y,95+12*sin(X/25+1))", 165, 124, 126),
                      ("gt(Y,70+20*sin(X/40)+8*sin(X/13))", 192, 126, 126)],
                     ("228-0.1*Y", 128, 126)),
    "bamboo-x": _paint([("lt(Y,40+10*sin(X/11))", "80+30*sin(X*0.7)*sin(Y*0.9)", 100, 108),
                        (f"lt(abs(mod({_STALK},37)-18),3)", "50-20*lt(mod(Y,30),2)", 112, 116),
                        (f"lt(abs(mod({_STALK}*0.7+11,23)-11),2)", "120-20*lt(mod(Y,22),2)", 104, 112)],
                       ("150-0.3*Y", 100, 115), add="30*gt(sin((X+0.5*Y)/25),0.8)"),
    "swordsman-x": _paint([("lt(abs(X-215),3)*between(Y,110,180)", 185, 122, 130),
                           ("lt(hypot(abs(X-160)-10,Y-84),2.2)", 18, 128, 128),
                           ("lt(hypot((X-160)/8,(Y-108)/2),1)", 90, 120, 152),
                           ("between(Y,30,62)*lt(abs(X-160),(Y-28)*2.2)", 150, 100, 140),
                           ("lt(hypot((X-160)/24,(Y-88)/30),1)", 140, 114, 148),
                           ("gt(Y,112)*lt(abs(X-160),40+(Y-112))", 60, 140, 115)],
                          ("110+20*sin(X/15)", 105, 110)),
    "inn-x": _paint([("lt(hypot((X-60)/12,(Y-40-3*sin(N*0.1))/15),1)"
                      "+lt(hypot((X-260)/12,(Y-42-3*sin(N*0.1+1))/15),1)", 150, 90, 205),
                     ("lt(hypot(mod(X,110)-35,Y-104),7)", 130, 114, 150),
                     ("lt(abs(mod(X,110)-35),9)*between(Y,110,124)", 60, 128, 150),
                     ("between(Y,120,130)*lt(mod(X,110),70)", 70, 110, 150),
                     ("gt(Y,130)", 45, 118, 140)],
                    ("90+10*sin(X/3)*lt(mod(Y,30),2)", 100, 150),
                    add="60*exp(-hypot(X-60,Y-40)/40)+60*exp(-hypot(X-260,Y-42)/40)"),
    "roofs-x": _paint([(f"lt(abs(Y-85-(X-{_FIGA})*0.3),1)*between(X,{_FIGA},{_FIGA}+40)", 215, 128, 128),
                       (f"lt(hypot(X-{_FIGA},Y-74),5)+lt(abs(X-{_FIGA}),5)*between(Y,78,112)"
                        f"+lt(hypot(X-{_FIGB},Y-76),5)+lt(abs(X-{_FIGB}),5)*between(Y,80,112)", 8, 128, 128),
                       ("lt(hypot(X-250,Y-40),16)", 235, 134, 124),
                       ("gt(Y,110+15*pow(abs(mod(X,120)-60)/60,2))", "35+10*lt(mod(X,6),2)", 140, 120)],
                      ("30+0.1*Y", 160, 115)),
    "autumn-x": _paint([("lt(hypot(mod(X+N*0.8+13*floor(Y/30),27)-13,mod(Y-N*1.5,30)-15),2)",
                         220, 60, 160),
                        ("lt(hypot(X-180,Y-96),6)", 150, 114, 148),
                        ("lt(abs(X-180),8+0.3*(Y-100))*between(Y,100,150)", 80, 100, 200),
                        ("lt(abs(mod(X,70)-35),5)*lt(Y,150)", 50, 120, 136),
                        ("gt(Y,150)", 195, 68, 152)],
                       ("170+20*sin(X/9)*sin(Y/7)", 70, 150)),
    "title26-x": _lines(_lines(_paint([], ("60+10*sin(X/20)", 100, 190)),
                               ["JADE LAKE"], 34, 56, 0, "0xf0c860", SERIF),
                        ["A Sword Without a Name"], 14, 106, 0, "0xe0d0b0", SERIF),
    # A 1960s 16 mm experimental film (drawn in greys).
    "spiral-x": _paint([], ("128+110*sin(atan2(Y-90,X-160)*3+hypot(X-160,Y-90)/6-N*0.35)", 128, 128)),
    "eye-x": _paint([(f"lt(abs(Y-{_LID}),2)*lt(hypot((X-160)/92,(Y-90)/38),1)", 20, 128, 128),
                     (f"lt(Y,{_LID})*lt(hypot((X-160)/95,(Y-90)/40),1)", 132, 128, 128),
                     ("lt(hypot(X-150,Y-82),4)", 250, 128, 128),
                     ("lt(hypot(X-160-6*sin(N*0.05),Y-90),11)", 10, 128, 128),
                     ("lt(hypot(X-160-6*sin(N*0.05),Y-90),28)", "90+30*sin(atan2(Y-90,X-160)*20)", 128, 128),
                     ("lt(hypot((X-160)/90,(Y-90)/35),1)", 225, 128, 128)],
                    ("150+10*sin(Y/20)", 128, 128)),
    "windows-x": _paint([("lt(mod(X,24),14)*lt(mod(Y,20),11)*between(Y,20,170)",
                          "30+200*gt(sin(floor(X/24)*7.3+floor(Y/20)*3.1+N*0.05*(1+mod(floor(X/24),3))),0.3)",
                          128, 128)],
                        ("45+10*lt(mod(X,96),3)", 128, 128)),
    "metronome-x": _paint([(f"lt(hypot(X-160-80*sin({_SWING}),Y-160+80*cos({_SWING})),7)", 220, 128, 128),
                           (f"lt(abs((X-160)*cos({_SWING})+(Y-160)*sin({_SWING})),2)"
                            f"*between((X-160)*sin({_SWING})-(Y-160)*cos({_SWING}),0,120)", 200, 128, 128),
                           ("lt(abs(X-160),20+0.3*(Y-40))*between(Y,40,170)", 90, 128, 128),
                           ("gt(Y,170)", 25, 128, 128)],
                          ("40+30*exp(-hypot(X-220,Y-60)/60)", 128, 128)),
    "leaves-x": _paint([], ("60+150*gt(sin(X/11+2*sin(Y/17+N*0.07))*sin(Y/9+2*sin(X/23-N*0.05)),0.3)",
                            128, 128)),
    "dancer-x": _paint([("lt(hypot(X-160,Y-48),9)", 235, 128, 128),
                        (f"lt(abs(Y-72),2)*lt(abs(X-160),45*{_TURN})", 230, 128, 128),
                        (f"lt(hypot((X-160)/(8+8*{_TURN}),(Y-86)/30),1)", 230, 128, 128),
                        (f"between(Y,108,160)*lt(abs(X-160),(Y-108)*0.8*(0.6+0.4*abs(sin(N*0.15))))",
                         215, 128, 128)],
                       ("10+40*exp(-hypot(X-160,(Y-150)*2)/70)", 128, 128)),
    "title27-x": _lines(_paint([], ("12", 128, 128)), ["STUDY No 7", "for light and a metronome"],
                        16, 64, 30, "0xe8e8e8", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"),
    # A 1980s airline safety video.
    "jet-x": _paint([(f"between(Y,60,78)*lt(abs(X-{_JET}+50+(78-Y)*0.4),5)", 80, 100, 196),
                     (f"lt(abs(Y-82),1.5)*lt(abs(X-{_JET}),52)", 90, 170, 110),
                     (f"lt(hypot((X-{_JET})/60,(Y-80)/6),1)", 232, 126, 128),
                     (f"between(Y,82,100)*lt(abs(X-{_JET}+10-(Y-82)*0.8),6)", 200, 128, 128),
                     ("gt(sin(X/25+N*0.02)*sin(Y/12),0.5)*gt(Y,120)", 240, 128, 128)],
                    ("150-0.4*Y", 160, 110)),
    "cabin-x": _paint([("lt(abs(X-160),0.15*(80-Y)+1)*lt(Y,80)", 245, 128, 128),
                       ("between(Y,60,100)*lt(abs(X-160),25)", 170, 150, 120),
                       ("lt(Y,80-0.55*abs(X-160))*gt(abs(X-160),20)", "200-20*lt(mod(abs(X-160),40),2)", 122, 134),
                       ("lt(Y,80-0.55*abs(X-160))", 215, 126, 130),
                       ("gt(abs(X-160),0.8*(Y-80)+6)*gt(Y,60)",
                        "60+40*lt(mod(500/(abs(X-160)+10),1.6),0.8)", 150, 110),
                       ("gt(Y,100)", 90, 150, 122)],
                      ("180", 128, 130)),
    "attendant-x": _paint([("lt(hypot(X-160-30*sin(N*0.1),Y-130),6)", 215, 120, 130),
                           ("lt(abs(Y-130-3*sin(X/10)),2)*lt(abs(X-160),50)", 120, 128, 128),
                           ("lt(hypot(abs(X-160)-7,Y-78),2)", 25, 128, 128),
                           ("lt(hypot((X-160)/6,(Y-90)/2),1)", 120, 116, 170),
                           ("between(X,148,172)*between(Y,52,60)", 40, 155, 120),
                           ("lt(hypot(X-160,Y-80),17)*gt(Y,68)", 170, 112, 148),
                           ("lt(hypot((X-160)/19,(Y-68)/14),1)*lt(Y,74)", 50, 120, 140),
                           ("lt(abs(X-160),10)*between(Y,98,116)", 80, 110, 200),
                           ("gt(Y,104)*lt(abs(X-160),34+0.6*(Y-104))", 40, 155, 120)],
                          ("150+20*sin(X/25)", 135, 120)),
    "mask-x": _paint([(f"lt(abs(X-160),1.5)*between(Y,18,{_DROP}-10)", 240, 128, 128),
                      (f"lt(hypot((X-160)/16,(Y-{_DROP})/12),1)", 200, 60, 150),
                      ("lt(hypot(X-120,Y-175),32)", 45, 128, 136),
                      ("between(X,110,210)*between(Y,0,18)", 30, 128, 128),
                      ("lt(abs(Y-24),1)*between(X,100,220)", 150, 128, 128)],
                     ("200-0.2*Y", 124, 134)),
    "exit-x": _lines(_paint([("between(X,130,190)*between(Y,30,50)", 150, 100, 90),
                             ("lt(abs(abs(X-160)-(Y-100)*1.5),2)*lt(mod(Y,6),2)*gt(Y,110)", 200, 110, 180),
                             ("lt(abs(abs(X-160)-40),2)*between(Y,60,170)+lt(abs(Y-60),2)*lt(abs(X-160),40)",
                              60, 128, 128)],
                            ("18+4*sin(X/20)", 130, 126), add="40*exp(-hypot(X-160,Y-40)/30)"),
                     ["EXIT"], 14, 33, 0, "0xf0fff0", FONT),
    "window-x": _paint([("gt(hypot((X-160)/80,(Y-90)/70),1)", "200-15*lt(hypot((X-160)/86,(Y-90)/76),1)", 128, 130),
                        ("lt(abs(Y-120+0.25*(X-60)),6+0.05*X)*gt(X,60)", 190, 128, 128),
                        ("gt(Y,100+8*sin((X+N*3)/20)+5*sin((X+N*3)/7))", 238, 128, 128)],
                       ("120+0.5*Y", 165, 108)),
    "title28-x": _lines(_lines(_paint([], ("60+0.3*Y", 170, 110)),
                               ["SKYWAYS"], 34, 52, 0, "0xffffff", FONT),
                        ["Your Safety On Board"], 15, 104, 0, "0xffd060", FONT),
    # A 2010s drone video for an estate agent.
    "villa-x": _paint([("lt(hypot(X-40,Y-40),16)*gt(sin(atan2(Y-40,X-40)*7),-0.2)"
                        "+lt(hypot(X-170,Y-160),14)*gt(sin(atan2(Y-160,X-170)*7),-0.2)", 60, 110, 110),
                       ("between(X,60,150)*between(Y,90,130)", "170+20*sin(X/6+N*0.2)*sin(Y/5)", 165, 90),
                       ("between(X,50,160)*between(Y,80,140)", 220, 126, 132),
                       ("lt(abs(Y-85),2)*between(X,180,290)", 90, 110, 150),
                       ("between(X,180,290)*between(Y,30,140)", "120+20*lt(mod(Y,6),2)", 100, 165),
                       ("between(X,182,292)*between(Y,32,146)", 50, 128, 128)],
                      ("100+10*sin(X/3)*sin(Y/4)", 100, 110)),
    "cliff-x": _paint([("lt(abs(X-150-30*sin(Y/25)-0.3*Y),4+3*sin(Y/5-N*0.4))*gt(Y,40)", 235, 128, 128),
                       ("lt(X,150+30*sin(Y/25)+0.3*Y)*gt(Y,40)*lt(Y,60+8*sin(X/9))", 100, 100, 115),
                       ("lt(X,150+30*sin(Y/25)+0.3*Y)*gt(Y,40)", "130+30*sin(X/4)*sin(Y/6)", 110, 142),
                       ("lt(Y,40)", "205-0.5*Y", 146, 118)],
                      ("60+15*sin(X/5+Y*0.9-N*0.3)", 160, 100)),
    "beach-x": _paint([(f"lt(abs(X-{_SURF}),5)", 246, 128, 128),
                       (f"gt(X,{_SURF})", "90+30*gt(sin(X/4-N*0.3),0.8)", 160, 100),
                       ("lt(hypot(mod(X,40)-20,mod(Y,36)-18),9)*lt(X,190)",
                        "150+60*gt(sin(atan2(mod(Y,36)-18,mod(X,40)-20)*4),0)", 110, 190),
                       ("lt(abs(mod(X,40)-32),4)*lt(abs(mod(Y,36)-28),7)*lt(X,190)", 230, 150, 110)],
                      ("214+4*sin(X*0.8)*sin(Y*0.7)", 110, 135)),
    "lighthouse-x": _paint([("lt(hypot(X-200,Y-38),5)", 245, 120, 140),
                            ("lt(abs(X-200),6-0.03*(Y-50))*between(Y,40,82)", "220-120*lt(mod(Y,16),8)", 120,
                             "128+60*lt(mod(Y,16),8)"),
                            ("gt(Y,110-30*exp(-pow((X-200)/50,2)))*gt(X,100)", "90+15*sin(X/5)*sin(Y/3)", 100, 115),
                            ("gt(Y,100)", "90+80*gt(sin(X*0.9+Y*1.3+N*0.2),0.93)", 160, 100)],
                           ("200-0.6*Y", 150, 115)),
    "road-x": _paint([(f"lt(hypot((X-160-60*sin({_CARY}/30))/4,(Y-{_CARY})/7),1)", 60, 150, 200),
                      ("lt(abs(X-160-60*sin(Y/30)),0.8)*lt(mod(Y,10),5)", 220, 128, 128),
                      ("lt(abs(X-160-60*sin(Y/30)),6+0.06*Y)", 75, 128, 128),
                      ("gt(sin(X/13)*sin(Y/11),0.7)", 55, 110, 110)],
                     ("90+25*sin(X/30+Y/20)", 100, 115)),
    "vineyard-x": _paint([("lt(hypot(X-240,Y-70),10)", 250, 110, 150),
                          ("gt(Y,80)*lt(mod(atan2(X-160,Y-79)*14,1),0.45)", 50, 110, 116),
                          ("gt(Y,80)", 110, 110, 150)],
                         ("170-0.8*Y+60*exp(-hypot(X-240,Y-70)/30)", 90, 170)),
    "title29-x": _lines(_lines(_paint([], ("90+10*sin(X/50)", 150, 100)),
                               ["COASTLINE ESTATES"], 24, 60, 0, "0xffffff", FONT),
                        ["Villa Marisol  -  Cap Blanc"], 14, 104, 0, "0xffe0b0", FONT),
}
TWENTYFOURTHREEL = "\n".join(["Saturday Spectacular", "", "Your Host", "Tommy Bright", "",
                              "The Kickers", "Six in a Row", "", "The Studio One Band", "",
                              "Produced in Colour", "", "The Twenty-Fourth Reel"])
TEXT_FILES_X = {"TWENTYFOURTHREEL": ("twentyfourthreel.txt", TWENTYFOURTHREEL)}

FX_X = {
    "grain25-x": "noise=alls=5:allf=t:all_seed=42000019",
    "grain26-x": "noise=alls=9:allf=t:all_seed=42000031",
    "grain27-x": "noise=alls=7:allf=t:all_seed=42000043",
    "grain28-x": "noise=alls=20:allf=t+u:all_seed=42000059",
    "grain29-x": "noise=alls=8:allf=t:all_seed=42000071",
    "grain30-x": "noise=alls=4:allf=t:all_seed=42000083",
    "near-x": "crop=iw*0.86:ih*0.86:iw*0.1:ih*0.05,scale=320:180",
    "angle-x": "crop=iw*0.64:ih*0.64:iw*0.06:ih*0.2,scale=320:180",
    "closer-x": "crop=iw*0.5:ih*0.5:iw*0.25:ih*0.22,scale=320:180",
    # Looks: soft pastel colour under a channel's bug, sepia for a flashback; soft saturated video
    # in 4:3; saturated colour in 2.35; black and white, contrasty, flickering and scratched in
    # 1.37; soft video colour under the airline's bug; punchy teal and orange in 2:1.
    "kdrama-x": "eq=saturation=0.9:contrast=0.93:gamma=1.07,colorbalance=rs=0.02:bs=0.03:rh=0.03",
    "sepia-x": "colorchannelmixer=.393:.769:.189:0:.349:.686:.168:0:.272:.534:.131",
    "kbug-x": f"drawtext=fontfile={FONT}:fontsize=11:fontcolor=white@0.7:text='KBC 2':x=w-tw-12:y=10",
    "vtv-x": "eq=saturation=1.3:contrast=0.95:gamma=1.05,gblur=sigma=0.6,chromashift=cbh=2:crh=-2",
    "box43-x": "scale=240:180,pad=320:180:40:0:black",
    "wuxia-x": "eq=saturation=1.3:contrast=1.08",
    "box235-x": "scale=320:136,pad=320:180:0:22:black",
    "bw16-x": "hue=s=0,eq=contrast=1.35:gamma=0.95",
    "flick-x": "eq=brightness='0.05*sin(n*2.3)*sin(n*0.7)':eval=frame",
    "scratch-x": "drawbox=x=96:y=0:w=1:h=ih:c=white@0.6:t=fill:enable='lt(mod(n,7),3)',"
                 "drawbox=x=231:y=0:w=2:h=ih:c=black@0.5:t=fill:enable='lt(mod(n,11),2)'",
    "box137-x": "scale=246:180,pad=320:180:37:0:black",
    "avid-x": "eq=saturation=1.1:contrast=0.92:gamma=1.08,gblur=sigma=0.5",
    "skybug-x": f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=white@0.65:text='SKYWAYS':x=w-tw-10:y=h-20",
    "drone-x": "eq=saturation=1.3:contrast=1.06,colorbalance=rs=0.04:bs=0.05:rh=0.05:bh=-0.05",
    "box2-x": "scale=320:160,pad=320:180:0:10:black",
    # Camera moves: a slow push in; a studio zoom in, a dolly across the dancers; a slow pan over
    # the lake, a tilt up the bamboo, a whip pan after a leap; a jolt at a splice; the plane
    # banking, turbulence; the drone rising, gliding, yawing fast, its horizon wobbling, descending.
    "pushin-x": "zoompan=z='1+0.004*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)*0.4'",
    "studiozoom-x": "zoompan=z='1+0.006*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)*0.3'",
    "dolly-x": "scale=400:225,crop=320:180:x='min(80,n*1.4)':y=22",
    "panlake-x": "scale=400:225,crop=320:180:x='min(80,n*0.8)':y=20",
    "tiltup-x": "scale=320:270,crop=320:180:0:y='max(0,90-n*1.8)'",
    "whipwx-x": "scale=640:360,crop=320:180:x='160-150*tanh((n-MID)/2)':y=80,"
                "gblur=sigma=11:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "jolt-x": "scale=336:189,crop=320:180:x=8:y='4+4*eq(n,MID)-4*eq(n,MID+1)',"
              "drawbox=x=0:y=150:w=iw:h=3:c=white@0.8:t=fill:enable='eq(n,MID)'",
    "bank-x": "scale=368:207,rotate='0.06*sin(n*0.08)':ow=368:oh=207,crop=320:180:24:13",
    "turb-x": "scale=352:198,crop=320:180:x='16+10*sin(n*3.1)*exp(-abs(n-MID)/7)'"
              ":y='9+7*sin(n*4.3)*exp(-abs(n-MID)/7)'",
    "rise-x": "zoompan=z='max(1,1.3-0.005*in)':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'",
    "glide-x": "scale=400:225,crop=320:180:x='min(80,n*1.2)':y='max(0,40-n*0.5)'",
    "yaw-x": "scale=640:360,crop=320:180:x='160+150*tanh((n-MID)/2.4)':y=100,"
             "gblur=sigma=10:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "wobble-x": "scale=368:207,rotate='0.05*sin(n*0.35)*exp(-abs(n-MID)/8)':ow=368:oh=207,crop=320:180:24:13",
    "descend-x": "zoompan=z='1+0.006*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.4':y='(ih-ih/zoom)/2'",
    # Around MID: subtitles, a dreamy glow, a waiter and a bus passing the lens, petals over the
    # lens, headlights sweeping over the shot; a sequin's starburst, a follow spot crossing the
    # stage, a camera passing the lens, a name caption popping up, the house lights raised, the
    # stage's colour shifting; a sword's glint, a slash's streak, leaves swirling over the lens; a
    # light leak, once long and once short; the sun's bars sweeping through the cabin, an arrow
    # popping up, the cabin lights dimmed for good, a passenger passing the lens; a gull passing
    # the lens, the sun's flare, a cloud's shadow crossing the shot.
    "sub1-x": f"drawtext=fontfile={FONT}:fontsize=13:fontcolor=white:borderw=2:bordercolor=black"
              ":text='I waited for you here every spring':x=(w-tw)/2:y=h-30:enable='between(n,MID-14,MID+16)'",
    "sub2-x": f"drawtext=fontfile={FONT}:fontsize=13:fontcolor=white:borderw=2:bordercolor=black"
              ":text='Why did you come back now':x=(w-tw)/2:y=h-30:enable='between(n,MID-10,MID+12)'",
    "sub3-x": f"drawtext=fontfile={FONT}:fontsize=13:fontcolor=white:borderw=2:bordercolor=black"
              ":text='Because the trees were in flower':x=(w-tw)/2:y=h-30:enable='gte(n,MID-8)'",
    "glow-x": "eq=brightness='0.16*exp(-pow((n-MID)/5,2))':contrast='1-0.25*exp(-pow((n-MID)/5,2))'"
              ":eval=frame",
    "waiter-x": _overlay("lt(hypot((X-(N-MID+5)*45+20)/60,(Y-100)/140),1)*between(N,MID-5,MID+6)",
                         40, 120, 136),
    "buspass-x": _overlay("between(X,(N-MID+5)*60-290,(N-MID+5)*60)*between(Y,40,170)*between(N,MID-5,MID+6)",
                          "60+130*lt(mod(X-(N-MID)*60,40),26)*between(Y,60,100)", 110, 140),
    "petals-x": _overlay("lt(hypot((mod(X+N*6,110)-55)/15,(mod(Y+N*3+X*0.2,70)-35)/8),1)"
                         "*clip(2-2*abs(N-MID)/13,0,1)", 225, 128, 158),
    "carsweep-x": _overlay("0.6*exp(-pow((X-(N-MID)*30-160)/40,2))*between(N,MID-9,MID+9)", 235, 120, 132),
    "star-x": _overlay("clip(1.5*(exp(-abs(Y-100)/1.5)*exp(-abs(X-175)/(3+40*exp(-pow((N-MID)/1.8,2))))"
                       "+exp(-abs(X-175)/1.5)*exp(-abs(Y-100)/(3+40*exp(-pow((N-MID)/1.8,2))))),0,1)"
                       "*between(N,MID-5,MID+5)", 250),
    "spot-x": _overlay("0.5*clip((52-hypot(X-160-140*tanh((N-MID)/6),Y-95))/14,0,1)*between(N,MID-14,MID+14)",
                       235, 126, 134),
    "campass-x": _overlay("between(X,(N-MID+5)*55-230,(N-MID+5)*55)*between(Y,20,180)*between(N,MID-5,MID+6)",
                          22, 128, 128),
    "namesuper-x": f"drawtext=fontfile={FONT}:fontsize=14:fontcolor=white:box=1:boxcolor=0x2040a0@0.85"
                   ":boxborderw=4:text='TOMMY BRIGHT':x=60:y=h-36:enable='gte(n,MID-10)'",
    "houselights-x": "eq=brightness='0.22*clip(1-abs(n-MID)/10,0,1)':eval=frame",
    "stagehue-x": "hue=h='40*sin(n*0.2)'",
    "glint-x": _overlay("clip(1.4*exp(-hypot(X-215,Y-122)/(2+16*exp(-pow((N-MID)/1.5,2)))),0,1)"
                        "*between(N,MID-4,MID+4)", 252),
    "slash-x": _overlay("clip(1-abs(Y-90-(X-160)*0.5)/(4+16*eq(N,MID+1)),0,1)*between(N,MID,MID+1)", 250),
    "leafswirl-x": _overlay("lt(hypot((mod(X+N*9+40*sin(Y/50),80)-40)/17,(mod(Y-N*4+20*sin(X/40),60)-30)/8),1)"
                            "*clip(2-2*abs(N-MID)/13,0,1)", 110, 90, 185),
    "leak-x": _overlay("clip(1.3*exp(-(320-X)/(10+90*exp(-pow((N-MID)/5,2))))*(0.7+0.3*sin(Y/23)),0,1)"
                       "*clip(2-2*abs(N-MID)/13,0,1)", 240),
    "leak2-x": _overlay("clip(1.2*exp(-X/(8+60*exp(-pow((N-MID)/3,2)))),0,1)*clip(2-2*abs(N-MID)/9,0,1)", 235),
    "sunbars-x": _overlay("0.45*gt(sin(X/14+Y/30-(N-MID)*0.5),0.6)*clip(1-abs(N-MID)/16,0,1)", 240, 120, 140),
    "arrow-x": _overlay("gt(lt(abs(Y-130),4)*between(X,230,270)+lt(abs(Y-130),(X-210)*0.7)*between(X,210,231),0)"
                        "*gte(N,MID-8)", 100, 100, 200),
    "cabindim-x": "eq=brightness='-0.22*clip((n-MID+6)/8,0,1)':eval=frame",
    "paxpass-x": _overlay("lt(hypot((X-(N-MID+5)*40+30)/55,(Y-110)/130),1)*between(N,MID-5,MID+6)",
                          55, 150, 118),
    "gull-x": _overlay("gt(lt(hypot((X-(N-MID)*40-160)/50,(Y-90-(N-MID)*2)/8),1)"
                       "+lt(hypot((X-(N-MID)*40-160)/12,(Y-90-(N-MID)*2)/10),1),0)*between(N,MID-5,MID+5)",
                       125, 132, 126),
    "flare-x": _overlay("clip(1.2*exp(-hypot(X-60-(N-MID)*6,Y-30)/(15+60*exp(-pow((N-MID)/5,2)))),0,1)"
                        "*clip(2-2*abs(N-MID)/13,0,1)", 250, 110, 150),
    "cloudshadow-x": _overlay("0.5*clip(1-abs(X-(N-MID)*12-160)/80,0,1)*between(N,MID-20,MID+20)", 30),
}

# held-out-x (clips 144-149): new recipes again, written after held-out-w without running the
# detector on them. Film material of six more kinds, clips of about 20 s with short shots: a 2010s
# Korean television drama (cuts between near-identical framings of a rooftop, between two faces
# in close-up and to closer framings, subtitles coming and going, a dreamy glow on a face, a
# flashback in sepia through fades through white, a waiter and a bus passing the lens, petals
# over the lens, headlights sweeping, a slow push in), a 1970s television variety show in 4:3 (a
# studio zoom, a sequin's starburst, a follow spot, a dolly across a line of dancers kicking, a
# camera passing the lens, a name caption, the house lights raised, the stage's colour shifting,
# a pixel dissolve from the title, credits rolling), a 2000s wuxia film in 2.35 (a pan over a
# near-white lake, a tilt up the bamboo, a whip pan after a leap, a sword's glint, a slash's
# streak, cuts between dark shots on the rooftops, leaves swirling over the lens, a long
# dissolve), a 1960s 16 mm experimental film in 1.37, black and white (a spiral, an eye cut back
# and forth, the eye blinking, windows going on and off, a light leak, a splice's jolt, a
# metronome, a long superimposing dissolve, a dancer turning in negative), a 1980s airline safety
# video (the sun's bars sweeping through the cabin, an arrow popping up, an oxygen mask dropping,
# the plane banking, the lights dimmed, cuts between dark shots, turbulence, a passenger passing
# the lens) and a 2010s drone video in 2:1 (a rise, a glide, a gull passing the lens, a sun flare,
# a cloud's shadow, a fast yaw, the horizon wobbling, a descent); cuts between near-identical
# framings and to closer framings, between dark and between near-white shots, dissolves of 10 to
# 40 frames, pixel dissolves, fades through black, white and grays and fade outs and ins.
_KD = "kdrama-x grain25-x kbug-x"
_FLASH = "kdrama-x sepia-x grain25-x kbug-x"
_VS = "vtv-x grain26-x box43-x"
_WX = "wuxia-x grain27-x box235-x"
_EX = "bw16-x flick-x grain28-x scratch-x box137-x"
_AS = "avid-x grain29-x skybug-x"
_DR = "drone-x grain30-x box2-x"
HELD_OUT_X = [
    ("second-spring", [S("title24-x", 30, 0, "grain25-x"), "fadeio:8:12",
                       S("bridge-x", 50, 0, f"pushin-x {_KD}"), "fade:20",
                       S("rooftop-x", 44, 0, f"sub1-x {_KD}"), "cut",
                       S("rooftop-x", 32, 44, f"near-x {_KD}"), "cut",
                       S("heroine-x", 36, 0, _KD), "cut",
                       S("hero-x", 36, 0, f"sub2-x {_KD}"), "cut",
                       S("heroine-x", 40, 36, f"closer-x glow-x {_KD}"), "fadewhite:14",
                       S("cafe-x", 48, 0, _FLASH), "cut",
                       S("cafe-x", 34, 48, f"angle-x waiter-x {_FLASH}"), "fadewhite:12",
                       S("rain-x", 52, 0, f"buspass-x {_KD}"), "cut",
                       S("rain-x", 30, 52, f"closer-x {_KD}"), "fade:10",
                       S("park-x", 56, 0, f"petals-x {_KD}"), "fade:30",
                       S("bridge-x", 70, 50, f"angle-x carsweep-x {_KD}"), "fadeblack:18",
                       S("hero-x", 40, 36, f"near-x sub3-x {_KD}"), "cut",
                       S("park-x", 44, 56, f"near-x {_KD}"), "fadegrays:20",
                       S("card:NEXT WEEK", 36, 0, "grain25-x")]),
    ("saturday-spectacular", [S("title25-x", 30, 0, _VS), "dissolve:12",
                              S("stage-x", 56, 0, f"studiozoom-x {_VS}"), "cut",
                              S("stage-x", 34, 56, f"closer-x star-x {_VS}"), "cut",
                              S("audience-x", 30, 0, _VS), "cut",
                              S("stage-x", 36, 90, f"near-x spot-x {_VS}"), "fade:16",
                              S("dancers-x", 60, 0, f"dolly-x {_VS}"), "cut",
                              S("dancers-x", 30, 60, f"angle-x {_VS}"), "cut",
                              S("band-x", 40, 0, f"campass-x {_VS}"), "fadeblack:14",
                              S("comic-x", 50, 0, f"namesuper-x {_VS}"), "cut",
                              S("audience-x", 36, 30, f"near-x houselights-x {_VS}"), "cut",
                              S("comic-x", 50, 50, f"closer-x {_VS}"), "fade:26",
                              S("dancers-x", 44, 90, f"near-x stagehue-x {_VS}"), "cut",
                              S("band-x", 30, 40, f"near-x {_VS}"), "fadewhite:10",
                              S("stage-x", 70, 126, f"angle-x {_VS}"), "fade:36",
                              S("vcredits-x", 60, 0, _VS)]),
    ("jade-lake", [S("title26-x", 30, 0, _WX), "fadeio:10:10",
                   S("lake-x", 56, 0, f"panlake-x {_WX}"), "fade:24",
                   S("bamboo-x", 44, 0, f"tiltup-x {_WX}"), "cut",
                   S("bamboo-x", 30, 44, f"near-x whipwx-x {_WX}"), "cut",
                   S("swordsman-x", 34, 0, f"glint-x {_WX}"), "cut",
                   S("swordsman-x", 26, 34, f"closer-x {_WX}"), "cut",
                   S("inn-x", 44, 0, f"slash-x {_WX}"), "fadeblack:18",
                   S("roofs-x", 50, 0, _WX), "cut",
                   S("roofs-x", 30, 50, f"angle-x {_WX}"), "cut",
                   S("autumn-x", 50, 0, f"leafswirl-x {_WX}"), "dissolve:16",
                   S("lake-x", 44, 56, f"near-x {_WX}"), "fade:12",
                   S("autumn-x", 52, 50, f"angle-x {_WX}"), "fadegrays:22",
                   S("inn-x", 80, 44, f"near-x {_WX}"), "fade:40",
                   S("bamboo-x", 76, 74, f"angle-x {_WX}"), "fadeblack:16",
                   S("serif:THE END", 34, 0, "grain27-x")]),
    ("study-no-7", [S("title27-x", 30, 0, "grain28-x scratch-x"), "cut",
                    S("spiral-x", 44, 0, _EX), "cut",
                    S("eye-x", 30, 0, _EX), "cut",
                    S("spiral-x", 30, 44, f"closer-x {_EX}"), "cut",
                    S("eye-x", 36, 30, _EX), "fadewhite:16",
                    S("leaves-x", 56, 0, f"leak-x {_EX}"), "dissolve:20",
                    S("windows-x", 48, 0, _EX), "cut",
                    S("windows-x", 30, 48, f"near-x jolt-x {_EX}"), "cut",
                    S("metronome-x", 40, 0, _EX), "cut",
                    S("metronome-x", 48, 40, f"angle-x {_EX}"), "fade:30",
                    S("dancer-x", 60, 0, _EX), "fadeblack:12",
                    S("leaves-x", 40, 56, f"near-x {_EX}"), "cut",
                    S("dancer-x", 36, 60, f"closer-x leak2-x {_EX}"), "fadegrays:18",
                    S("spiral-x", 50, 74, f"angle-x {_EX}"), "fadeio:16:8",
                    S("card:1964", 24, 0, "grain28-x scratch-x")]),
    ("fly-safe", [S("title28-x", 30, 0, _AS), "fade:12",
                  S("jet-x", 48, 0, _AS), "fade:16",
                  S("cabin-x", 50, 0, f"sunbars-x {_AS}"), "cut",
                  S("attendant-x", 40, 0, f"arrow-x {_AS}"), "cut",
                  S("attendant-x", 30, 40, f"closer-x {_AS}"), "cut",
                  S("mask-x", 44, 0, _AS), "cut",
                  S("mask-x", 30, 44, f"near-x {_AS}"), "fadewhite:12",
                  S("window-x", 50, 0, f"bank-x {_AS}"), "cut",
                  S("cabin-x", 36, 50, f"angle-x cabindim-x {_AS}"), "fadeblack:16",
                  S("exit-x", 44, 0, _AS), "cut",
                  S("exit-x", 30, 44, f"closer-x {_AS}"), "dissolve:14",
                  S("attendant-x", 54, 70, f"near-x turb-x {_AS}"), "fadegrays:20",
                  S("cabin-x", 40, 86, f"near-x paxpass-x {_AS}"), "cut",
                  S("window-x", 50, 50, f"angle-x {_AS}"), "fade:34",
                  S("jet-x", 64, 48, f"near-x {_AS}"), "fadeio:12:10",
                  S("title28-x", 30, 30, _AS)]),
    ("coastline-estates", [S("title29-x", 30, 0, _DR), "fadewhite:10",
                           S("cliff-x", 56, 0, f"rise-x {_DR}"), "cut",
                           S("villa-x", 48, 0, f"glide-x {_DR}"), "cut",
                           S("villa-x", 30, 48, f"closer-x {_DR}"), "fade:14",
                           S("beach-x", 44, 0, f"gull-x {_DR}"), "cut",
                           S("lighthouse-x", 50, 0, f"flare-x {_DR}"), "fade:22",
                           S("road-x", 52, 0, _DR), "cut",
                           S("road-x", 30, 52, f"near-x cloudshadow-x {_DR}"), "cut",
                           S("beach-x", 36, 44, f"angle-x {_DR}"), "fadegrays:18",
                           S("vineyard-x", 56, 0, f"yaw-x {_DR}"), "dissolve:12",
                           S("cliff-x", 40, 56, f"near-x wobble-x {_DR}"), "cut",
                           S("lighthouse-x", 36, 50, f"closer-x {_DR}"), "cut",
                           S("villa-x", 62, 78, f"angle-x descend-x {_DR}"), "fade:38",
                           S("vineyard-x", 70, 56, f"near-x {_DR}"), "fadeio:14:10",
                           S("title29-x", 30, 30, _DR)]),
]
