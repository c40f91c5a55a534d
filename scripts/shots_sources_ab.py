"""Sources, effects and recipes of held-out-ab (clips 168-173), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-167. Drawn scenes for six more kinds of
film, with a deliberate emphasis on text on the screen inside shots that go on, jump cuts and
cuts between near-identical framings: a river with poplars and a bridge, a woman's face drifting
across a shuttered wall, a man's face by a window, a bare room with a standing lamp and a street
of arcades (a 1960s Italian art film in 1.66, black and white with grain and flicker, its title
over a pan along the river and English subtitles burned in at the bottom of the picture); sea
cliffs seen from a drone, a salt works full of steam, a salt maker talking to the camera, a rake
drawn through salt crystals, white jars of salt on a white table and a harbour at dusk seen from
a rolling boat (a 2020s streaming documentary in 2:1, a teal and orange grade, place and date
captions at the top and a lower-third name caption); credits over black, a stage curtain
swaying, a chorus line kicking before a skyline backdrop, a singer in a spotlight and a tap
dancer (a 1930s black-and-white musical in 1.37 with flicker, gate weave and grain, credit cards
cut together, credits changing over the curtain); a neon grid rushing towards a striped sun, a
singer with big hair, a synthesizer player and a neon street at night (a 1980s music video in
4:3, hot saturated video with chroma shift, its title over the moving grid and a caption naming
the song); a city skyline, a brownstone, a sitcom living room with a lamp, two actors' faces and
a dark kitchen (a 1990s sitcom in 4:3, soft video colour, its title over a pan and a credit over
the first scene); a snowy valley by day and at dusk, a wolf pack trotting through falling snow,
a wolf running past trees, a wolf's head (a 2000s nature film, full frame, cold crisp colour, a
place and date caption at the top and a species caption).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_q import _lines
from shots_sources_x import _face


def _text(lines, size, x, y, step, color="white", font=FONT, when="1", alpha="1", extra=""):
    """Drawtext effects: lines of text at x (an expression), the first at y, one every step
    pixels, shown while when (an expression in n and MID) holds, at the opacity alpha."""
    return ",".join(f"drawtext=fontfile={font}:fontsize={size}:fontcolor={color}:text='{t}'"
                    f":x='{x}':y={y + k * step}:enable='{when}':alpha='{alpha}'{extra}"
                    for k, t in enumerate(lines))


def _subs(cues, size=11, y="h-24"):
    """Burned-in subtitles: cues (line, from, to), frames relative to MID; white with a black
    edge, centred at the bottom of the picture (a cue of two lines is a tuple of two lines)."""
    out = []
    for line, a, b in cues:
        rows = line if isinstance(line, tuple) else (line,)
        for k, t in enumerate(rows):
            out.append(f"drawtext=fontfile={FONT}:fontsize={size}:fontcolor=0xf4f4f4:borderw=1:bordercolor=black"
                       f":text='{t}':x=(w-tw)/2:y={y}-{(len(rows) - 1 - k) * (size + 3)}"
                       f":enable='between(n,MID{a:+d},MID{b:+d})'")
    return ",".join(out)


# A 1960s Italian art film (drawn in greys).
_ARCH = "lt(abs(mod(X,40)-20),14)*lt(Y,124)*(gt(Y,74)+lt(hypot(mod(X,40)-20,Y-74),14))*gt(Y,58)"

# A 2020s streaming documentary.
_EDGE = "(150+30*sin(Y/25))"

# A 1930s black-and-white musical (drawn in greys).
_K = "(1.6*abs(sin(N*0.21)))"
_DXM = "(mod(X-8,34)-17)"

# A 1980s music video.
_HZ = "(Y-88)"

# A 2000s nature film.
_FLAKES = "lt(hypot(mod(X+4*sin(Y/19+N*0.07),23)-11,mod(Y-N*1.7+9*floor(X/23),27)-13),1.1)"


def _valley(sky, snow, far, river, add="0"):
    """The snowy valley, drawn wider than the frame: sky (lum, cb, cr), the snow's luma, the far
    mountains' luma, the river's luma and light added."""
    return _paint([("lt(abs(Y-128-14*sin(X/37)-0.1*X),3+0.02*X)", river, 134, 120),
                   ("lt(hypot(mod(X+7,19)-9,(mod(Y,13)-6)*0.6),3)*between(Y,96,118)", 40, 130, 124),
                   (f"gt(Y,92+6*sin(X/29))", f"{snow}-10*sin(X/13)*sin(Y/7)", 132, 124),
                   ("gt(Y,34+34*abs(sin(X/47)))",
                    f"{far}+80*lt(Y,44+34*abs(sin(X/47))+6*sin(X/5))", 136, 124)],
                  sky, add=add)


LAVFI_AB = {
    # A 1960s Italian art film (drawn in greys).
    "river-ab": _paint([("lt(hypot((mod(X+8,44)-22)/8,(Y-58)/28),1)*lt(Y,86)", "55+12*sin(Y/2+X)", 128, 128),
                        ("between(X,196,320)*between(Y,66,74)", 170, 128, 128),
                        ("between(X,196,320)*between(Y,74,104)*gt(hypot(mod(X-196,62)-31,(Y-104)*1.2),26)",
                         "135-10*lt(mod(Y,6),1)", 128, 128),
                        ("between(Y,84,98)", "75+8*sin(X/5)", 128, 128),
                        ("gt(Y,98)", "105+28*sin(X/11+N*0.22+Y*0.6)*exp(-(Y-98)/70)+0.4*(Y-98)", 128, 128)],
                       ("215-0.7*Y", 128, 128)),
    "woman-ab": _face("(138+0.32*N)", "(84+2*sin(N*0.05))", (35, 128, 128), True, 190, (70, 128, 128),
                      ("160-0.3*Y-45*lt(mod(X+20,70),6)", 128, 128)),
    "man-ab": _face("(176+2*sin(N*0.04))", 82, (30, 128, 128), False, 160, (45, 128, 128),
                    ("70+120*between(X,20,110)*between(Y,20,120)*(1-lt(abs(X-65),2))*(1-lt(abs(Y-70),2))",
                     128, 128)),
    "room-ab": _paint([("lt(hypot((X-240)/24,(Y-56)/14),1)*lt(Y,60)", 232, 128, 128),
                       ("lt(abs(X-240),1.5)*between(Y,60,150)", 40, 128, 128),
                       ("between(X,40,120)*between(Y,30,110)*(lt(abs(X-80),1.5)+lt(abs(Y-70),1.5))", 50, 128, 128),
                       ("between(X,40,120)*between(Y,30,110)", "205-0.3*(Y-30)", 128, 128),
                       ("between(X,100,210)*between(Y,110,121)", 70, 128, 128),
                       ("(lt(abs(X-110),3)+lt(abs(X-200),3))*between(Y,121,160)", 45, 128, 128),
                       ("gt(Y,150)", "80+10*lt(mod(X+2*Y,24),2)", 128, 128)],
                      ("95-0.1*Y+8*sin(X/14)", 128, 128), add="70*exp(-hypot(X-240,Y-70)/45)"),
    "arcade-ab": _paint([("lt(hypot((X-250)/5,(Y-70)/6),1)+lt(abs(X-250),6-0.1*(Y-76))*between(Y,76,124)", 30, 128, 128),
                         (_ARCH, "38+12*exp(-(124-Y)/20)", 128, 128),
                         ("between(Y,58,124)", "165-14*lt(mod(Y,9),1)-10*lt(mod(X+9*mod(floor(Y/9),2),18),1)", 128, 128),
                         ("between(Y,40,58)", "140+20*lt(mod(X,40),20)", 128, 128),
                         ("gt(Y,124)", "118+14*lt(mod(X-0.8*Y,30),2)", 128, 128)],
                        ("212-0.5*Y", 128, 128)),
    # A 2020s streaming documentary.
    "cliffs-ab": _paint([(f"lt(abs(X-{_EDGE}-4*sin(Y/3+N*0.3)),3)", 235, 128, 128),
                         (f"gt(X,{_EDGE})*lt(X,{_EDGE}+12)", 95, 120, 140),
                         (f"gt(X,{_EDGE})", "105+15*gt(sin(X/17+Y/31),0.6)+8*sin(X*0.8)*sin(Y*0.7)", 100, 118)],
                        ("70+18*sin(X/6-N*0.35+Y/9)", 150, 100)),
    "saltpans-ab": _paint([("lt(hypot(mod(X+N*0.6,37)-18,mod(Y+N*1.5,29)-14),9)*lt(Y,104)"
                            "*gt(sin(X/23+Y/17+N*0.05),0.2)", "200-0.5*Y", 128, 126),
                           ("between(Y,108,132)*lt(abs(mod(X,80)-40),32)", "215+10*sin(X*1.3)*sin(Y*2)", 126, 127),
                           ("between(Y,104,134)*lt(abs(mod(X,80)-40),35)", 150, 124, 124),
                           ("between(X,120,200)*between(Y,20,70)", 240, 122, 130),
                           ("gt(Y,134)", "60+10*sin(X/8)", 120, 138)],
                          ("85-0.2*Y+10*lt(mod(X,45),2)", 122, 136)),
    "mairi-ab": _face("(172+0.25*N)", "(84+1.5*sin(N*0.06))", (95, 118, 152), True, 185, (70, 150, 110),
                      ("60+50*exp(-pow((mod(X+12,60)-30)/9,2))*gt(sin(Y/11),0.2)", 132, 118)),
    "rake-ab": _paint([("lt(abs(X-60-1.8*N),4)*lt(Y,170)", "120+10*sin(Y/3)", 110, 150),
                       ("lt(abs(X-70-1.8*N),3)*between(Y,20,170)*lt(mod(Y,12),6)", 100, 110, 150),
                       ("1", "200+35*gt(sin(X*1.7+Y*2.3)*sin(X*0.9-Y*1.1),0.3)-40*lt(X,60+1.8*N)*gt(sin(Y*0.8),0.5)",
                        126, 129)],
                      ("0", 128, 128)),
    "jars-ab": _paint([("lt(abs(mod(X-40,80)-40),22)*between(Y,50,62)*between(X,40,290)", 224, 124, 133),
                       ("lt(abs(mod(X-40,80)-40),24)*between(Y,62,130)*between(X,40,290)", "236+6*sin(Y/4)", 128, 127),
                       ("gt(Y,128)", "232-0.1*(Y-128)", 128, 128)],
                      ("246", 128, 128)),
    "harbour-ab": _paint([("lt(hypot((X-90)/30,(Y-96-2*sin(N*0.2))/5),1)*lt(Y,98+2*sin(N*0.2))", 35, 130, 130),
                          ("lt(abs(X-90),1)*between(Y,50,94)", 40, 128, 128),
                          ("lt(hypot((X-220)/22,(Y-100-2*sin(N*0.17+1))/4),1)*lt(Y,101)", 30, 128, 128),
                          ("lt(abs(X-220),1)*between(Y,62,98)", 40, 128, 128),
                          ("between(X,250,330)*between(Y,84,92)", 45, 128, 128),
                          ("gt(Y,96)", "60+60*exp(-abs(X-160)/30)*gt(sin(Y*1.3+N*0.4+X*0.05),0.2)*exp(-(Y-96)/60)",
                           140, 118)],
                         ("210-1.1*Y", "110+0.15*Y", "170-0.3*Y")),
    "salttitle-ab": _lines(_lines("color=c=0x050607:s=320x180:r=24", ["SALT AND STONE"], 24, 64, 0,
                                  "0xf2f2f2", FONT),
                           ["Episode 3 - The Tides"], 11, 102, 0, "0xb0c0c8", FONT),
    # A 1930s black-and-white musical (drawn in greys).
    "cred1-ab": _lines("color=c=0x0b0b0b:s=320x180:r=24", ["WARNER BROS. PICTURES", "present"], 15, 70, 26,
                       "0xeeeeee", SERIF),
    "cred2-ab": _lines(_lines("color=c=0x0b0b0b:s=320x180:r=24", ["MANHATTAN", "MELODY"], 28, 46, 36,
                              "0xf4f4f4", SERIF), ["A Vitaphone Musical"], 11, 128, 0, "0xb8b8b8", SERIF),
    "cred3-ab": _lines("color=c=0x0b0b0b:s=320x180:r=24", ["with", "RUBY DALE", "DICK MARLOWE", "NED SPARROW"],
                       14, 42, 26, "0xe8e8e8", SERIF),
    "curtain-ab": _paint([("lt(Y,26+8*abs(sin(X/27)))", "90+40*sin(Y/4)", 128, 128),
                          ("gt(Y,160)", "150+90*exp(-pow((mod(X,32)-16)/3,2))", 128, 128)],
                         ("70+90*pow(abs(sin(X/9+0.5*sin(N*0.07+X/60))),0.6)", 128, 128)),
    "stage-ab": _paint([(f"lt(hypot({_DXM},Y-58),5)*between(X,40,290)", 200, 128, 128),
                        (f"lt(abs({_DXM}),5-0.05*(Y-64))*between(Y,64,100)*between(X,40,290)", 225, 128, 128),
                        (f"lt(abs({_DXM}+3),2.2)*between(Y,100,136)*between(X,40,290)", 215, 128, 128),
                        (f"lt(abs({_DXM}-3-(Y-100)*{_K}),2.4)*between(Y,100,100+34/hypot(1,{_K}))*between(X,40,290)",
                         215, 128, 128),
                        ("gt(Y,136)", "60+30*lt(mod(X-0.5*(Y-136)*(X-160)/60,40),2)", 128, 128),
                        ("gt(Y,30+50*abs(sin(floor(X/22)*2.1)))*lt(mod(X,22),19)",
                         "120-40*lt(mod(X,5),2)*lt(mod(Y,7),3)", 128, 128)],
                       ("170-0.4*Y", 128, 128), add="40*exp(-hypot(X-160,Y-90)/90)"),
    "singer-ab": _face("(160+3*sin(N*0.05))", 80, (220, 128, 128), True, 200, (150, 128, 128),
                       ("20+60*exp(-hypot(X-160,Y-90)/70)", 128, 128)),
    "tapper-ab": _paint([("lt(hypot(X-40-1.8*N,Y-70),7)", 200, 128, 128),
                         ("lt(abs(X-40-1.8*N),7-0.06*(Y-78))*between(Y,78,116)", 30, 128, 128),
                         ("lt(abs(X-40-1.8*N-8*sin(N*0.9)*(Y-116)/30),2.5)*between(Y,116,146)"
                          "+lt(abs(X-40-1.8*N+6*sin(N*0.9)*(Y-116)/30),2.5)*between(Y,116,146)", 40, 128, 128),
                         ("lt(abs(mod(X,48)-24),7)*lt(Y,146)", "185-30*lt(abs(mod(X,48)-22),2)", 128, 128),
                         ("gt(Y,146)", "200-0.6*(Y-146)+25*lt(mod(X,26),1)", 128, 128)],
                        ("95+8*sin(Y/6)", 128, 128)),
    "end30-ab": _lines(_lines("color=c=0x0a0a0a:s=320x180:r=24", ["THE END"], 30, 60, 0, "0xf0f0f0", SERIF),
                       ["A Vitaphone Production"], 11, 110, 0, "0xb0b0b0", SERIF),
    # A 1980s music video.
    "grid-ab": _paint([("lt(hypot(X-160,Y-66),30)*lt(Y,88)*gt(mod(Y,8),clip((Y-56)/5,0,7))", 215, 80, 190),
                       (f"gt(Y,88)*(lt(mod(300/{_HZ}+N*0.5,6),0.5)+lt(abs(mod((X-160)*12/{_HZ}+5,10)-5),0.5))",
                        "200-0.5*(Y-88)", 190, 190),
                       ("gt(Y,88)", "18+0.2*(Y-88)", 150, 150)],
                      ("30+1.2*Y", "175-0.6*Y", "160+0.5*Y")),
    "singer80-ab": _face("(160+30*sin(N*0.045))", 84, (205, 96, 168), True, 192, (55, 190, 140),
                         ("45+35*sin(X/10+N*0.3)", 190, 150)),
    "keys-ab": _paint([("lt(hypot((X-110-10*sin(N*0.5))/14,(Y-104)/7),1)+lt(hypot((X-230-12*sin(N*0.43+1))/14,(Y-106)/7),1)",
                        170, 112, 160),
                       ("between(Y,112,126)*lt(mod(X,9),5)*lt(mod(X,63),54)", 20, 128, 128),
                       ("between(Y,112,140)", "230-60*lt(mod(X,9),1)", 126, 130),
                       ("between(Y,104,146)", 30, 130, 130),
                       ("lt(abs(mod(X,60)-30),1.5)*lt(Y,100)", 230, "if(lt(mod(X,120),60),200,80)",
                        "if(lt(mod(X,120),60),110,200)")],
                      ("18+10*sin(Y/15)", 150, 140)),
    "city80-ab": _paint([("between(X,40,110)*between(Y,40,56)", "200+40*lt(mod(X,8),4)", 80, 220),
                         ("between(X,200,270)*between(Y,30,44)", 220, 200, 70),
                         ("lt(Y,120)*lt(mod(X,80),70)", "25+20*lt(mod(X,10),4)*lt(mod(Y,14),6)*gt(sin(X*3.1+Y*1.7),0.2)",
                          140, 130),
                         ("gt(Y,120)", "30+70*exp(-abs(mod(X,80)-20)/6)*gt(sin(Y*1.6+N*0.2),0)", 170, 190)],
                        ("12", 150, 140)),
    "vectors-ab": _lines(_lines("color=c=0xf0eef4:s=320x180:r=24", ["THE VECTORS"], 26, 62, 0, "0xe02890", FONT),
                         ["Neon Heartbeat"], 13, 104, 0, "0x3050c0", FONT),
    # A 1990s sitcom.
    "skyline90-ab": _paint([("lt(mod(X,30),26)*gt(Y,60+60*abs(sin(floor(X/30)*1.7)))*lt(mod(X,5),3)*lt(mod(Y,7),4)",
                             "150+40*lt(mod(X*7+Y*3,11),5)", 120, 130),
                            ("lt(mod(X,30),26)*gt(Y,60+60*abs(sin(floor(X/30)*1.7)))", "90+25*sin(floor(X/30)*2.3)",
                             124, 134),
                            ("gt(Y,150)", 60, 130, 120)],
                           ("190-0.5*Y", 165, 110)),
    "house-ab": _paint([("between(X,130,170)*between(Y,104,150)", 60, 130, 140),
                        ("lt(abs(mod(X-110,50)-25),12)*between(Y,36,90)*lt(mod(Y-36,30),24)*between(X,100,260)",
                         "220-30*lt(abs(mod(X-110,50)-25),1)", 128, 126),
                        ("between(X,100,260)*between(Y,26,150)", "120-10*lt(mod(Y,6),1)", 118, 160),
                        ("lt(hypot((X-50)/34,(Y-70)/44),1)", "80+20*sin(X/3)*sin(Y/4)", 100, 108),
                        ("gt(Y,150)", "140-8*lt(mod(Y,6),1)", 126, 128)],
                       ("200-0.4*Y", 150, 114)),
    "living-ab": _paint([("lt(hypot(X-120-0.4*N,Y-62),10)+lt(abs(X-120-0.4*N),16)*between(Y,72,130)", 150, 100, 170),
                         ("lt(hypot(X-200,Y-60),10)+lt(abs(X-200),17)*between(Y,70,130)", 120, 160, 110),
                         ("lt(hypot((X-284)/18,(Y-70)/12),1)*lt(Y,76)", 240, 112, 140),
                         ("lt(abs(X-284),1.5)*between(Y,76,140)", 60, 128, 128),
                         ("between(X,40,260)*between(Y,116,150)", "110-20*lt(abs(Y-118),2)", 110, 160),
                         ("between(X,140,180)*between(Y,30,110)", "140-20*lt(abs(X-174),2)", 110, 150),
                         ("between(X,20,80)*between(Y,30,90)", 215, 140, 120),
                         ("gt(Y,150)", "120+6*sin(X/4)", 120, 140)],
                        ("175-0.2*Y", 116, 146), add="40*exp(-hypot(X-284,Y-74)/40)"),
    "actora-ab": _face("(160+2*sin(N*0.06))", 82, (60, 120, 150), False, 185, (150, 100, 170),
                       ("160-0.2*Y+20*exp(-hypot(X-280,Y-60)/30)", 116, 146)),
    "actorb-ab": _face("(160+2*sin(N*0.05))", 84, (150, 100, 150), True, 190, (120, 160, 110),
                       ("150-0.2*Y+40*between(X,10,60)*between(Y,20,80)", 118, 144)),
    "kitchen-ab": _paint([("between(X,40,280)*between(Y,40,80)*lt(abs(mod(X-40,60)-30),28)", "150+10*sin(Y/3)", 120, 142),
                          ("between(X,40,280)*between(Y,100,150)*lt(abs(mod(X-40,60)-30),28)", 160, 120, 142),
                          ("between(Y,94,100)", 200, 128, 128),
                          ("between(X,200,250)*between(Y,20,60)", 90, 150, 110)],
                         ("200-0.2*Y", 124, 136)),
    "credits90-ab": _lines(_lines("color=c=0x000000:s=320x180:r=24", ["Executive Producers", "Dana Kessler",
                                                                      "Mort Feinbaum"], 12, 50, 20, "0xf0f0f0", FONT),
                           ["Taped before a live studio audience"], 10, 126, 0, "0xc0c0c0", FONT),
    # A 2000s nature film.
    "valley-ab": _valley(("220-0.6*Y", 142, 120), 228, 120, 70),
    "valleydusk-ab": _valley(("110-0.5*Y+40*exp(-hypot(X-250,Y-60)/60)", 150, 150), 150, 70, 40,
                             add="-10"),
    "pack-ab": _paint([(_FLAKES, 245, 128, 128),
                       ("lt(hypot((mod(X-1.3*N,70)-35)/14,(Y-110-2*sin(N*0.6+floor((X-1.3*N)/70)))/6),1)*between(X,0,320)",
                        "95+10*sin(X/2)", 126, 134),
                       ("lt(hypot(mod(X-1.3*N,70)-52,Y-104),5)", 80, 126, 134),
                       ("gt(Y,96)", "225-6*sin(X/9)*sin(Y/5)", 132, 124)],
                      ("200-0.6*Y", 140, 122)),
    "wolfrun-ab": _paint([("lt(hypot((X-160)/22,(Y-104-3*sin(N*0.9))/8),1)", "100+15*sin(X/2)", 126, 134),
                          ("lt(hypot(X-186,Y-98-3*sin(N*0.9)),6)", 90, 126, 134),
                          ("(lt(abs(X-146-8*sin(N*0.9)),2)+lt(abs(X-174+8*sin(N*0.9)),2))*between(Y,110,126)",
                           80, 126, 134),
                          ("lt(abs(mod(X+9*N,57)-28),5)*lt(Y,120)", "40+10*sin(Y/3)", 130, 122),
                          ("gt(Y,120)", "225-20*gt(sin((X+9*N)/7),0.8)", 132, 124)],
                         ("205-0.5*Y", 142, 120)),
    "wolfhead-ab": _paint([("lt(hypot(abs(X-160)-16,Y-82),3)", 20, 128, 128),
                           ("lt(hypot((abs(X-160)-16)/6,(Y-82)/4),1)", 190, 80, 150),
                           ("lt(hypot(X-160,Y-120),6)", 15, 128, 128),
                           ("lt(hypot((X-160)/20,(Y-112)/20),1)", 185, 126, 132),
                           ("lt(abs(abs(X-160)-26-0.3*(Y-34)),14-0.4*(Y-34))*between(Y,34,70)", 90, 126, 134),
                           ("lt(hypot((X-160)/46,(Y-96)/50),1)", "120+20*sin(X*1.3+Y*0.7)", 126, 134)],
                          ("70+40*sin(X/30)", 124, 132)),
    "natend-ab": _lines("color=c=0x020304:s=320x180:r=24", ["Filmed on location in", "Yellowstone National Park"],
                        12, 74, 20, "0xe0e8f0", FONT),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AB = {}

FX_AB = {
    "grain61-ab": "noise=alls=13:allf=t+u:all_seed=46300011",
    "grain62-ab": "noise=alls=3:allf=t:all_seed=46300029",
    "grain63-ab": "noise=alls=15:allf=t+u:all_seed=46300047",
    "grain64-ab": "noise=alls=5:allf=t:all_seed=46300063",
    "grain65-ab": "noise=alls=4:allf=t:all_seed=46300081",
    "grain66-ab": "noise=alls=3:allf=t:all_seed=46300099",
    "near-ab": "crop=iw*0.88:ih*0.88:iw*0.07:ih*0.05,scale=320:180",
    "closer-ab": "crop=iw*0.55:ih*0.55:iw*0.22:ih*0.18,scale=320:180",
    "angle-ab": "crop=iw*0.62:ih*0.62:iw*0.34:ih*0.2,scale=320:180",
    # Looks: black and white with grain and flicker in 1.66; a teal and orange grade in 2:1;
    # black and white with flicker, gate weave and grain in 1.37; hot saturated video with chroma
    # shift in 4:3; soft video colour in 4:3; cold crisp colour, full frame.
    "art60-ab": "hue=s=0,eq=contrast=1.2:gamma=0.95",
    "flick60-ab": "eq=brightness='0.025*sin(n*2.7)*sin(n*1.1+2)':eval=frame",
    "box166-ab": "scale=298:180,pad=320:180:11:0:black",
    "stream-ab": "eq=contrast=1.08:saturation=1.1,colorbalance=rs=-0.06:bs=0.08:rh=0.08:bh=-0.06,unsharp=5:5:0.4",
    "box200-ab": "scale=320:160,pad=320:180:0:10:black",
    "thirties-ab": "hue=s=0,eq=contrast=1.15,gblur=sigma=0.6",
    "flick30-ab": "eq=brightness='0.04*sin(n*2.1)*sin(n*1.7+1)':eval=frame",
    "weave30-ab": "crop=312:176:x='4+1.4*sin(n*1.1)':y='2+1.1*sin(n*1.7+2)',scale=320:180",
    "box137-ab": "scale=246:180,pad=320:180:37:0:black",
    "mv80-ab": "eq=saturation=1.5:contrast=1.1,chromashift=cbh=2:crh=-2,gblur=sigma=0.6",
    "box43-ab": "scale=240:180,pad=320:180:40:0:black",
    "sitcom-ab": "eq=saturation=1.08:gamma=1.04,gblur=sigma=0.7",
    "nature-ab": "eq=saturation=1.1:contrast=1.05,colorbalance=bs=0.05:bm=0.03,unsharp=5:5:0.5",
    # Camera moves: a pan along the river under the title; a pan along the arcades; a drone
    # pushing in over the cliffs; a pan along the salt pans; a hand-held camera over the rake; a
    # boat rolling in a harbour; a whip pan after a tap dancer from rest to rest; a pan along the
    # synthesizer; a hand-held shake on the singer; a pan across the skyline; a pan along the
    # valley; the tracking camera after a running wolf (in the scene); a helicopter's vibration.
    "panriver-ab": "scale=400:225,crop=320:180:x='80-80*clip(n/(2*MID),0,1)':y=30",
    "panarcade-ab": "scale=400:225,crop=320:180:x='70*clip(n/(2*MID),0,1)':y=20",
    "drone-ab": "zoompan=z='1+0.004*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*(0.3+0.004*in)'"
                ":y='(ih-ih/zoom)*0.5'",
    "panpans-ab": "scale=384:216,crop=320:180:x='60*clip(n/(2*MID),0,1)':y=18",
    "handheld-ab": "scale=336:189,crop=320:180:x='8+5*sin(n*0.7)+3*sin(n*1.9)':y='4+3*sin(n*0.9+1)'",
    "boatroll-ab": "scale=352:198,crop=320:180:x='16+8*sin(n*0.21)':y='9+7*sin(n*0.33)+1.5*sin(n*1.7)'",
    "whiptap-ab": "scale=448:252,crop=320:180:x='64+60*tanh((n-MID)/2.5)':y=36,"
                  "gblur=sigma=12:sigmaV=0.5:enable='between(n,MID-2,MID+2)'",
    "pankeys-ab": "scale=384:216,crop=320:180:x='64-64*clip(n/(2*MID),0,1)':y=18",
    "shakemv-ab": "scale=352:198,crop=320:180:x='16+10*sin(n*2.3)*exp(-abs(n-MID)/6)':y='9+8*sin(n*3.1)*exp(-abs(n-MID)/6)'",
    "pansky-ab": "scale=400:225,crop=320:180:x='80*clip(n/(2*MID),0,1)':y=22",
    "panvalley-ab": "scale=416:234,crop=320:180:x='96-96*clip(n/(2*MID),0,1)':y=26",
    "heli-ab": "scale=336:189,crop=320:180:x='8+3*sin(n*2.9)':y='4+3*sin(n*3.7+1)'",
    # Text on the screen inside shots that go on, around MID: the art film's title fading in and
    # out over the river; subtitles appearing, changing line and going (over still shots and a
    # pan); a place and date caption at the top over a drone shot and over a rolling boat; a
    # lower-third name caption sliding in and fading; credits changing over a curtain; a music
    # video's title over the moving grid and its song caption popping in and going over a pan; a
    # sitcom's title popping in over a pan and a credit over its first scene; a nature film's
    # place and date caption over a pan and a species caption over a tracking shot.
    "title-ab": _text(["IL FIUME"], 30, "(w-tw)/2", 52, 0, "0xf4f4f4", SERIF, "between(n,MID-20,MID+30)",
                      "clip((n-MID+20)/10,0,1)*clip((MID+30-n)/8,0,1)") + ","
                + _text(["un film di Carlo Ventura"], 12, "(w-tw)/2", 100, 0, "0xe0e0e0", SERIF,
                        "between(n,MID-10,MID+30)", "clip((n-MID+10)/8,0,1)*clip((MID+30-n)/8,0,1)"),
    "subs1-ab": _subs([("Why did you come back?", -20, -4), ("The river is higher this year.", -1, 16)]),
    "subs2-ab": _subs([("I did not come back for you.", -12, 10)]),
    "subs3-ab": _subs([("Then for whom?", -14, 4)]),
    "subs4-ab": _subs([(("Nobody waits on this bank.", "Not even the ferryman."), -8, 999)]),
    "subs5-ab": _subs([("They closed the mill in March.", -16, -1), ("Everyone went north.", 2, 18)]),
    "place-ab": _text(["ORKNEY, SCOTLAND"], 12, 16, 14, 0, "white", FONT, "between(n,MID-18,MID+22)",
                      "clip((n-MID+18)/6,0,1)*clip((MID+22-n)/6,0,1)", ":shadowcolor=black@0.6:shadowx=1:shadowy=1")
                + "," + _text(["MARCH 2021"], 10, 16, 31, 0, "0xd8d8d8", FONT, "between(n,MID-12,MID+22)",
                              "clip((n-MID+12)/6,0,1)*clip((MID+22-n)/6,0,1)",
                              ":shadowcolor=black@0.6:shadowx=1:shadowy=1"),
    "place2-ab": _text(["STROMNESS HARBOUR"], 12, 16, 14, 0, "white", FONT, "between(n,MID-14,MID+26)",
                       "clip((n-MID+14)/6,0,1)*clip((MID+26-n)/6,0,1)", ":shadowcolor=black@0.6:shadowx=1:shadowy=1")
                 + "," + _text(["SEPTEMBER 2021"], 10, 16, 31, 0, "0xd8d8d8", FONT, "between(n,MID-8,MID+26)",
                               "clip((n-MID+8)/6,0,1)*clip((MID+26-n)/6,0,1)",
                               ":shadowcolor=black@0.6:shadowx=1:shadowy=1"),
    "lower-ab": _text(["MAIRI FLETT"], 13, "if(lt(n,MID-10),16-(MID-10-n)*28,16)", 132, 0, "white", FONT,
                      "between(n,MID-16,MID+20)", "clip((MID+20-n)/6,0,1)",
                      ":box=1:boxcolor=0xd06020@0.85:boxborderw=4") + ","
                + _text(["Salt maker, Deerness"], 10, "if(lt(n,MID-8),16-(MID-8-n)*28,16)", 152, 0, "0xf0f0f0",
                        FONT, "between(n,MID-14,MID+20)", "clip((MID+20-n)/6,0,1)",
                        ":box=1:boxcolor=black@0.55:boxborderw=3"),
    "credover-ab": _text(["Dances Created and Staged by", "BUSBY LANE"], 13, "(w-tw)/2", 70, 22, "0xf4f4f4",
                         SERIF, "between(n,MID-34,MID-6)", "1", ":borderw=1:bordercolor=black") + ","
                   + _text(["Music and Lyrics by", "HARRY WARD  and  AL DUNNE"], 13, "(w-tw)/2", 70, 22,
                           "0xf4f4f4", SERIF, "between(n,MID-2,MID+30)", "1", ":borderw=1:bordercolor=black"),
    "titlemv-ab": _text(["THE VECTORS"], 28, "(w-tw)/2", 30, 0, "0x40ffff", FONT, "gte(n,MID-16)",
                        "clip((n-MID+16)/6,0,1)", ":borderw=2:bordercolor=0xff20a0") + ","
                  + _text(["Neon Heartbeat"], 14, "(w-tw)/2", 66, 0, "0xffe040", FONT, "gte(n,MID-6)", "1",
                          ":borderw=1:bordercolor=black"),
    "mtvcap-ab": _text(["The Vectors", "Neon Heartbeat", "Heartline", "Chrysalis"], 11, 46, 110, 13, "white",
                       FONT, "between(n,MID-12,MID+14)", "1", ":shadowcolor=black:shadowx=1:shadowy=1"),
    "sitcomtitle-ab": _text(["The Landlords"], 26, "(w-tw)/2", 62, 0, "0xffd030", SERIF, "gte(n,MID-10)", "1",
                            ":borderw=2:bordercolor=0x402000"),
    "createdby-ab": _text(["Created by", "Dana Kessler"], 11, "(w-tw)/2", 138, 14, "0xffe070", SERIF,
                          "between(n,MID-18,MID+16)", "clip((n-MID+18)/5,0,1)*clip((MID+16-n)/5,0,1)",
                          ":shadowcolor=black:shadowx=1:shadowy=1"),
    "placenat-ab": _text(["LAMAR VALLEY, YELLOWSTONE"], 11, 18, 14, 0, "white", FONT, "between(n,MID-20,MID+24)",
                         "clip((n-MID+20)/8,0,1)*clip((MID+24-n)/8,0,1)", ":shadowcolor=black@0.5:shadowx=1:shadowy=1")
                   + "," + _text(["JANUARY"], 10, 18, 30, 0, "0xe8eef4", FONT, "between(n,MID-14,MID+24)",
                                 "clip((n-MID+14)/8,0,1)*clip((MID+24-n)/8,0,1)",
                                 ":shadowcolor=black@0.5:shadowx=1:shadowy=1"),
    "species-ab": _text(["Grey wolf"], 12, 18, 138, 0, "white", FONT, "between(n,MID-14,MID+16)",
                        "clip((n-MID+14)/5,0,1)*clip((MID+16-n)/5,0,1)", ":shadowcolor=black@0.5:shadowx=1:shadowy=1")
                  + "," + _text(["Canis lupus"], 10, 18, 154, 0, "0xe0e0e0", FONT, "between(n,MID-12,MID+16)",
                                "clip((n-MID+12)/5,0,1)*clip((MID+16-n)/5,0,1)",
                                ":shadowcolor=black@0.5:shadowx=1:shadowy=1"),
    # Other things that are not boundaries, around MID: a standing lamp switched off in a bare
    # room; a scooter passing the lens; a gull passing the lens; the stage's left half dimmed (and staying dim); a
    # press photographer's flashbulb; strobes on a singer; a car passing the lens at night; a lamp
    # switched off in a living room and an actor passing the lens; a dark kitchen's light
    # switched on; a raven passing the lens; a sun glint off the snow; a gust of snow over the lens
    # to near white; dusk falling over the valley.
    "lampoff-ab": _grade("LUM*(1-0.2*gte(N,MID))-gte(N,MID)*(70*exp(-hypot(X-240,Y-70)/45)"
                         "+150*lt(hypot((X-240)/24,(Y-56)/14),1)*lt(Y,60))"),
    "vespa-ab": _overlay("lt(hypot((X-(N-MID)*42-160)/62,(Y-112)/58),1)*between(N,MID-6,MID+6)", 28),
    "gullpass-ab": _overlay("lt(hypot((X-320+(N-MID+5)*48)/46,(Y-70-16*sin((X-320+(N-MID)*48)/40))/15),1)"
                            "*between(N,MID-5,MID+6)", 205, 126, 130),
    "halfdim-ab": _grade(f"LUM*(1-0.62*{_ramp(-8, 8)}*clip((175-X)/40,0,1))"),
    "halfdimmed-ab": _grade("LUM*(1-0.62*clip((175-X)/40,0,1))"),
    "flashbulb-ab": _overlay("clip(1.5*exp(-hypot(X-40,Y-150)/18),0,1)*eq(N,MID)", 252)
                    + ",eq=brightness='0.32*eq(n,MID)+0.12*eq(n,MID+1)':eval=frame",
    "strobe-ab": "eq=brightness='0.55*(eq(n,MID-8)+eq(n,MID-2)+eq(n,MID+4))':contrast='1-0.3*(eq(n,MID-8)+eq(n,MID-2)"
                 "+eq(n,MID+4))':eval=frame",
    "carpass-ab": _overlay("lt(abs(X-(N-MID)*50-160),70)*gt(Y,60+0.1*abs(X-(N-MID)*50-160))*between(N,MID-6,MID+6)",
                           15, 128, 128)
                  + "," + _overlay("clip(1.4*exp(-hypot(X-(N-MID)*50-225,Y-120)/10),0,1)*between(N,MID-6,MID+6)",
                                   240, 110, 150),
    "lampoff2-ab": _grade("LUM-gte(N,MID)*(40*exp(-hypot(X-284,Y-74)/40)+120*lt(hypot((X-284)/18,(Y-70)/12),1)*lt(Y,76))"
                          "-gte(N,MID)*25*clip((X-180)/80,0,1)"),
    "passlens-ab": _overlay("lt(abs(X-(N-MID)*36-160),60+0.2*abs(Y-90))*between(N,MID-6,MID+6)", 50, 170, 110),
    "lightson-ab": _grade("LUM*if(gte(N,MID),1,0.25)", "if(gte(N,MID),CH,128+(CH-128)*0.4+14)",
                          "if(gte(N,MID),CH,128+(CH-128)*0.4-6)"),
    "raven-ab": _overlay("lt(hypot((X+60-(N-MID+5)*44)/42,(Y-60-12*sin((X-(N-MID)*44)/30))/12),1)"
                         "*between(N,MID-5,MID+6)", 12),
    "glint-ab": _overlay("clip(1.6*exp(-hypot(X-230,Y-60)/(4+30*exp(-pow((N-MID)/1.5,2))))"
                         "+0.7*exp(-pow((N-MID)/1.5,2))*lt(abs(Y-60),1.5),0,1)*between(N,MID-3,MID+3)", 252, 128, 126),
    "gust-ab": _overlay(f"clip(1.2*exp(-pow((N-MID)/3,2))*(0.85+0.15*sin(X/3+Y/5+N)),0,1)*between(N,MID-7,MID+7)",
                        240, 130, 124),
    "dusking-ab": _grade(f"LUM*(1-0.35*{_ramp(-14, 14)})", f"CH+6*{_ramp(-14, 14)}", f"CH+8*{_ramp(-14, 14)}"),
}

# held-out-ab (clips 168-173): new recipes again, written after held-out-aa without running the
# detector on them. Film material of six more kinds, clips of about 17 to 20 s with 8 to 10 shots,
# with an emphasis on text on the screen inside shots that go on: a 1960s Italian art film in
# 1.66, black and white (its title fading in and out over a pan along a river, English subtitles
# appearing, changing line and going over still close-ups and over a pan, a jump cut in one
# framing, a cut between near-identical framings, a standing lamp switched off, a scooter
# passing the lens, a long dissolve back to the river), a 2020s streaming documentary in 2:1 (a
# place and date caption over a drone's push in, a pan along steaming salt pans, a lower-third
# name caption sliding in, a jump cut in an interview, a hand-held camera, a cut between
# near-white shots, a place and date caption over a rolling boat, a gull passing the lens), a
# 1930s black-and-white musical in 1.37 (credit cards over black cut together, credits changing
# over a swaying curtain, the stage's left half dimmed, a flashbulb, a cut between near-identical
# framings of the stage, a whip pan after a tap dancer), a 1980s music video in 4:3 (its title
# over a moving neon grid, strobes, a jump cut, a song caption popping in and going over a pan, a
# car passing the lens at night, a shaken camera), a 1990s sitcom in 4:3 (its title popping in
# over a pan along a skyline, a credit over the first scene, cuts between two cameras' near-
# identical framings, a lamp switched off and an actor passing the lens, a kitchen's light
# switched on, credits over black) and a 2000s nature film (a place and date caption over a pan
# along a valley, a raven passing the lens, a species caption over a fast tracking shot, a sun
# glint, a cut to a closer framing, a helicopter's vibration and a gust of snow to near white, a
# long dissolve from the valley by day to the valley at dusk, dusk falling); dissolves of 12 to
# 32 frames, pixel dissolves, fades through black, white and grays and fade outs and ins.
_IF = "art60-ab flick60-ab grain61-ab box166-ab"
_SS = "stream-ab grain62-ab box200-ab"
_MM = "thirties-ab flick30-ab grain63-ab weave30-ab box137-ab"
_NH = "mv80-ab grain64-ab box43-ab"
_TL = "sitcom-ab grain65-ab box43-ab"
_WW = "nature-ab grain66-ab"
HELD_OUT_AB = [
    ("il-fiume", [S("river-ab", 88, 0, f"panriver-ab title-ab {_IF}"), "fade:20",
                  S("woman-ab", 64, 0, f"subs1-ab {_IF}"), "cut",
                  S("woman-ab", 46, 150, f"subs2-ab {_IF}"), "cut",
                  S("man-ab", 48, 0, f"subs3-ab {_IF}"), "cut",
                  S("man-ab", 40, 48, f"near-ab subs4-ab {_IF}"), "fadeblack:16",
                  S("room-ab", 64, 0, f"lampoff-ab {_IF}"), "cut",
                  S("arcade-ab", 72, 0, f"panarcade-ab vespa-ab subs5-ab {_IF}"), "fade:30",
                  S("river-ab", 60, 300, f"angle-ab {_IF}"), "fadeio:16:8",
                  S("serif:FINE", 40, 0, _IF)]),
    ("salt-and-stone", [S("cliffs-ab", 76, 0, f"drone-ab place-ab {_SS}"), "fade:16",
                        S("saltpans-ab", 60, 0, f"panpans-ab {_SS}"), "cut",
                        S("mairi-ab", 66, 0, f"lower-ab {_SS}"), "cut",
                        S("mairi-ab", 44, 220, _SS), "cut",
                        S("rake-ab", 50, 0, f"handheld-ab {_SS}"), "fadewhite:12",
                        S("jars-ab", 44, 0, _SS), "cut",
                        S("jars-ab", 36, 44, f"closer-ab {_SS}"), "fade:24",
                        S("harbour-ab", 76, 0, f"boatroll-ab place2-ab gullpass-ab {_SS}"), "fadeblack:20",
                        S("salttitle-ab", 44, 0, _SS)]),
    ("manhattan-melody", [S("cred1-ab", 34, 0, _MM), "cut",
                          S("cred2-ab", 40, 0, _MM), "cut",
                          S("cred3-ab", 36, 0, _MM), "fadeio:8:10",
                          S("curtain-ab", 84, 0, f"credover-ab {_MM}"), "fade:16",
                          S("stage-ab", 72, 0, f"halfdim-ab {_MM}"), "cut",
                          S("singer-ab", 52, 0, f"flashbulb-ab {_MM}"), "cut",
                          S("stage-ab", 44, 90, f"halfdimmed-ab near-ab {_MM}"), "cut",
                          S("stage-ab", 40, 134, f"halfdimmed-ab {_MM}"), "dissolve:14",
                          S("tapper-ab", 64, 0, f"whiptap-ab {_MM}"), "fadeblack:20",
                          S("end30-ab", 44, 0, _MM)]),
    ("neon-heartbeat", [S("grid-ab", 64, 0, f"titlemv-ab {_NH}"), "cut",
                        S("singer80-ab", 44, 0, f"strobe-ab {_NH}"), "cut",
                        S("singer80-ab", 34, 120, _NH), "cut",
                        S("keys-ab", 64, 0, f"pankeys-ab mtvcap-ab {_NH}"), "fadewhite:10",
                        S("city80-ab", 64, 0, f"carpass-ab {_NH}"), "cut",
                        S("singer80-ab", 40, 200, f"closer-ab shakemv-ab {_NH}"), "cut",
                        S("grid-ab", 44, 100, f"angle-ab {_NH}"), "fadegrays:14",
                        S("singer80-ab", 48, 260, _NH), "fadewhite:14",
                        S("vectors-ab", 40, 0, _NH)]),
    ("the-landlords", [S("skyline90-ab", 64, 0, f"pansky-ab sitcomtitle-ab {_TL}"), "fade:14",
                       S("house-ab", 40, 0, _TL), "cut",
                       S("living-ab", 64, 0, f"createdby-ab {_TL}"), "cut",
                       S("living-ab", 40, 64, f"near-ab {_TL}"), "cut",
                       S("actora-ab", 44, 0, _TL), "cut",
                       S("actorb-ab", 40, 0, _TL), "cut",
                       S("living-ab", 60, 120, f"lampoff2-ab passlens-ab {_TL}"), "fadeblack:16",
                       S("kitchen-ab", 56, 0, f"lightson-ab {_TL}"), "fadeblack:20",
                       S("credits90-ab", 48, 0, _TL)]),
    ("white-wolves", [S("valley-ab", 80, 0, f"panvalley-ab placenat-ab {_WW}"), "fade:18",
                      S("pack-ab", 72, 0, f"raven-ab {_WW}"), "cut",
                      S("wolfrun-ab", 60, 0, f"species-ab {_WW}"), "cut",
                      S("wolfhead-ab", 46, 0, f"glint-ab {_WW}"), "cut",
                      S("wolfhead-ab", 36, 46, f"closer-ab {_WW}"), "fade:24",
                      S("valley-ab", 96, 200, f"heli-ab gust-ab near-ab {_WW}"), "fade:32",
                      S("valleydusk-ab", 72, 0, f"dusking-ab near-ab {_WW}"), "fadeblack:18",
                      S("natend-ab", 44, 0, _WW)]),
]
