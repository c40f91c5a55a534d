"""Sources, effects and recipes of held-out-ac (clips 174-179), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-173. Drawn scenes for six more kinds of
film, with a deliberate emphasis on fast editing and motion: short shots, cuts during fast
camera moves and inside motion, cuts between shots of similar colour, film damage and splices
that are not cuts, light sweeping over a scene over several frames, smoke and dust drifting: an
airfield with a biplane and a hangar, a pilot's face before rushing clouds, a dogfight seen from
a whirling camera, a plane falling in smoke and the airfield at night under searchlights (a
1920s silent aviation film in 1.33, black and white tinted amber and blue, with intertitles,
scratches, dust, flicker, frame jitter and splices); a city skyline at dusk, two faces, a
concrete corridor, a street that blows up and a car tracked at speed (a 2010s action
blockbuster in 2.39 with a teal and orange grade, shots of 8 to 14 frames, shaking cameras and
muzzle flashes); a locker room under a bare bulb, a ring under the lamps, the crowd in smoke and
two boxers' faces (a 1980 black-and-white boxing drama in 1.85 with heavy grain, flashbulbs, a
glove past the lens and a whip pan); a warehouse rave under sweeping beams, a DJ at the decks, a
dancer against green light, lasers in smoke and a field at dawn (a 1990s rave documentary on
Hi8 in 4:3, strobes, a beam swept into the lens, a smoke blast and a dancer past the lens); alpine
peaks, a bobsleigh start, the sled followed round a banked curve, the run seen from the sled,
spectators on a snowbank and a timing board (a 1960s Winter Olympics film in 2.35, faded colour,
a flag past the lens and snow spray over it); a jungle river with a launch, an explorer, dense
foliage panned fast, a charging rhinoceros, rapids and a camp fire at night (a 1950s Technicolor
jungle adventure in 1.37, saturated colour, a parrot past the lens, a rifle's flash and smoke).
"""

from shots_lavfi import FONT, SERIF, half as _half, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_q import _lines
from shots_sources_x import _face


def _card(lines, size, y0, step, color, font=SERIF, bg="0x0c0c0c", border=None):
    """A card: lines of text centred on bg, the first at y0, one every step pixels, in a double
    frame of colour border if given."""
    src = f"color=c={bg}:s=320x180:r=24"
    if border:
        src += (f",drawbox=x=14:y=10:w=292:h=160:color={border}:t=2"
                f",drawbox=x=20:y=16:w=280:h=148:color={border}:t=1")
    return _lines(src, lines, size, y0, step, color, font)


def _flashes(frames, amount, contrast=0.0):
    """An effect: the whole picture brightened by amount on frames MID+k for k in frames."""
    on = "+".join(f"eq(n,MID{k:+d})" for k in frames)
    out = f"eq=brightness='{amount}*({on})':eval=frame"
    if contrast:
        out = f"eq=brightness='{amount}*({on})':contrast='1-{contrast}*({on})':eval=frame"
    return out


def _pass(frames, dx, x0, y0, rx, ry, lum, cb=None, cr=None, dy=0):
    """An effect: an ellipse (radii rx, ry) crossing the picture, at (x0, y0) on frame MID and
    moving dx, dy pixels a frame, shown on frames MID-frames to MID+frames."""
    return _overlay(f"lt(hypot((X-{x0}-(N-MID)*{dx})/{rx},(Y-{y0}-(N-MID)*{dy})/{ry}),1)"
                    f"*between(N,MID-{frames},MID+{frames})", lum, cb, cr)


# A 1920s silent aviation film (drawn in greys: the amber and blue tints are effects).
def _clouds(sx, sy):
    """Puffy clouds drifting sx, sy pixels a frame."""
    return (f"gt(sin((X+{sx}*N)/31)*sin((Y+{sy}*N)/17+0.7*sin((X+{sx}*N)/53))"
            f"+0.3*sin((X+{sx}*N)/9+Y/7),0.32)")


_PX = "(160+50*sin(N*0.07))"
_PY = "(84+22*sin(N*0.05+1))"
_FX = "(40+2.6*N)"
_FY = "(26+1.5*N)"

# A 2010s action blockbuster.
_CAR = "(between(X,60,262)*between(Y,104,140)+between(Y,84,104)*lt(abs(X-172),58-1.1*(104-Y)))"

# A 1980 black-and-white boxing drama (drawn in greys).
_AX = "(135+10*sin(N*0.3))"
_BX = "(192-8*sin(N*0.35+1))"


def _boxer(x, skin, trunks):
    """A boxer in the ring at x (an expression): layers of gloves, trunks, head, body, legs."""
    return [(f"lt(hypot(X-{x}-12-8*max(sin(N*0.5),0),Y-76),5)+lt(hypot(X-{x}+10,Y-80),5)", 35, 128, 128),
            (f"between(Y,100,112)*lt(abs(X-{x}),12)", trunks, 128, 128),
            (f"lt(hypot(X-{x},Y-62),8)", skin, 128, 128),
            (f"lt(hypot((X-{x})/13,(Y-86)/16),1)", skin + 10, 128, 128),
            (f"lt(abs(abs(X-{x})-6),3)*between(Y,112,134)", skin, 128, 128)]


# A 1990s rave documentary on Hi8.
_DX = "(160+12*sin(N*0.2))"
_DJ = "(150+6*sin(N*0.52))"

# A 1960s Winter Olympics film.
_SX = "(40+1.6*N)"
_CX = "(150+12*sin(N*0.21))"
_CY = "(112+6*sin(N*0.17))"

# A 1950s Technicolor jungle adventure.
_RS = "min(1+0.035*N,4)"
_BT = "(100+0.6*N)"


LAVFI_AC = {
    # A 1920s silent aviation film (drawn in greys).
    "airfield-ac": _paint([("lt(hypot((X-146)/3,(Y-106)/15),1)", "150+50*sin(N*2.7+Y)", 128, 128),
                           ("between(X,62,138)*between(Y,90,95)", 45, 128, 128),
                           ("between(X,66,134)*between(Y,106,110)", 50, 128, 128),
                           ("(lt(abs(X-76),1.5)+lt(abs(X-124),1.5))*between(Y,95,106)", 40, 128, 128),
                           ("lt(abs(Y-110+0.12*(X-100)),5)*between(X,40,144)", 70, 128, 128),
                           ("between(X,38,54)*between(Y,98,114)*lt(114-Y,(X-38)*1.2)", 60, 128, 128),
                           ("lt(hypot(X-120,Y-128),6)", 30, 128, 128),
                           ("lt(abs(X-120+0.4*(Y-118)),1.2)*between(Y,112,126)", 40, 128, 128),
                           ("between(X,226,284)*between(Y,88,136)", "35+10*lt(mod(X,14),1)", 128, 128),
                           ("between(X,200,310)*between(Y,70,136)+lt(hypot((X-255)/55,(Y-72)/28),1)*lt(Y,72)",
                            "120-12*lt(mod(X,9),1)", 128, 128),
                           ("between(X,180,200)*lt(abs(Y-62-0.1*(X-180)-1.5*sin(X/3-N*0.8)),3-0.08*(X-180))",
                            200, 128, 128),
                           ("lt(abs(X-180),1)*between(Y,60,134)", 50, 128, 128),
                           ("gt(Y,134)", "115+12*sin(X*0.9+Y*1.3)-0.2*(Y-134)", 128, 128),
                           ("gt(Y,122+4*sin(X/7)+3*sin(X/3.1))", 70, 128, 128),
                           (f"{_clouds(0.3, 0)}*lt(Y,110)", 215, 128, 128)],
                          ("185-0.5*Y", 128, 128)),
    "pilot-ac": _face("(158+2*sin(N*0.7))", "(86+2*sin(N*1.1))", (40, 128, 128), False, 175, (55, 128, 128),
                      (f"150-0.3*Y+60*{_clouds(14, 2)}", 128, 128)),
    "dogfight-ac": _paint([(f"lt(abs(Y-{_PY}),2.5)*lt(abs(X-{_PX}),30)+lt(abs(Y-{_PY}-10),2.2)*lt(abs(X-{_PX}),26)",
                            35, 128, 128),
                           (f"lt(hypot((X-{_PX})/5,(Y-{_PY}-6)/8),1)", 45, 128, 128),
                           (f"lt(abs(X-{_PX}),1.5)*between(Y,{_PY}-10,{_PY})", 40, 128, 128),
                           (f"lt(abs(abs(X-{_PX})-18),1)*between(Y,{_PY},{_PY}+10)", 40, 128, 128),
                           (_clouds(5, -1.5), "225-10*sin(Y/5)", 128, 128),
                           ("gt(Y,150+8*sin(X/40))", "85+15*sin(X/4)*sin(Y/3)", 128, 128)],
                          ("140-0.25*Y+20*sin(X/90)", 128, 128)),
    "crash-ac": _paint([(f"lt(hypot((X-{_FX})/10,(Y-{_FY})/3),1)+lt(abs(X-{_FX}+0.3*(Y-{_FY})),2)*lt(abs(Y-{_FY}),9)",
                         30, 128, 128),
                        (f"lt(abs(Y-26-0.577*(X-40)-4*sin(X/6+N*0.3)),2+0.08*({_FX}-X))*lt(X,{_FX}-6)*gt(X,40)",
                         "80+20*sin(X/3)", 128, 128),
                        ("gt(Y,140+10*sin(X/30)+5*sin(X/11))", "90+10*sin(X/5)", 128, 128),
                        (_clouds(0.5, 0), 220, 128, 128)],
                       ("190-0.5*Y", 128, 128)),
    "nightfield-ac": _paint([("between(X,40,150)*between(Y,80,140)+lt(hypot((X-95)/55,(Y-82)/26),1)*lt(Y,82)",
                              12, 128, 128),
                             ("between(X,190,270)*between(Y,110,114)+lt(abs(Y-122+0.1*(X-240)),4)*between(X,180,280)"
                              "+lt(hypot(X-255,Y-132),5)", 10, 128, 128),
                             ("gt(Y,140)", "28+4*sin(X*0.7)", 128, 128)],
                            ("30-0.05*Y", 128, 128)),
    "title-ac": _lines(_card(["WINGS OVER", "THE MARNE"], 26, 44, 34, "0xe8e8e8", border="0xc8c8c8"),
                       ["A Photoplay in Seven Reels"], 11, 126, 0, "0xc0c0c0", SERIF),
    "inter1-ac": _card(["At dawn the squadron", "crossed the lines -", "and the Baron was waiting."], 15, 54, 26,
                       "0xe4e4e4", border="0xb8b8b8"),
    "finis-ac": _card(["FINIS"], 30, 70, 0, "0xe8e8e8", border="0xc8c8c8"),
    # A 2010s action blockbuster.
    "skyline-ac": _paint([("lt(hypot((X-20-1.2*N)/9,(Y-50)/4),1)+lt(abs(Y-45),0.8)*lt(abs(X-20-1.2*N),14)", 20, 128, 128),
                          ("lt(mod(X,34),28)*gt(Y,40+70*abs(sin(floor(X/34)*2.1)))",
                           "30+25*lt(mod(X,5),2)*lt(mod(Y,7),3)*gt(sin(X*2.7+Y*1.9),0.3)", 140, 118)],
                         ("150+60*exp(-hypot(X-230,Y-120)/70)-0.3*Y", "95+0.1*Y", "175-0.1*Y")),
    "hero-ac": _face("(160+3*sin(N*0.3))", 84, (35, 128, 128), False, 165, (40, 140, 120),
                     ("90-0.2*Y+50*exp(-hypot(X-270,Y-50)/60)", 100, 165)),
    "merc-ac": _face("(150+2*sin(N*0.4))", 80, (150, 128, 128), False, 140, (50, 150, 110),
                     ("50+20*sin(Y/8)", 150, 110)),
    "corr-ac": _paint([("lt(hypot(X-160,Y-84),8)", 15, 128, 128),
                       ("lt(Y,80)*lt(abs(X-160),0.9*(84-Y))*lt(mod(600/(86-Y)+N*0.7,10),1.6)", 235, 120, 130),
                       ("gt(abs(X-160),1.6*abs(Y-84)+2)", "55+25*lt(mod(900/(abs(X-160)+4)+N*0.7,9),1)", 150, 112),
                       ("gt(Y,84)", "40+30*exp(-abs(X-160)/20)*lt(mod(600/(Y-82)+N*0.7,10),2)", 140, 120)],
                      ("70", 140, 118)),
    "street-ac": _paint([("between(X,60,130)*between(Y,128,150)+between(X,75,115)*between(Y,116,130)", 35, 140, 120),
                         ("between(X,200,280)*between(Y,132,156)+between(X,215,260)*between(Y,120,132)", 50, 150, 110),
                         ("lt(mod(X,60),52)*gt(Y,20+30*abs(sin(floor(X/60)*1.9)))*lt(Y,130)",
                          "45+35*lt(mod(X,7),3)*lt(mod(Y,9),4)*gt(sin(X*3.3+Y*1.7),0.4)", 130, 150),
                         ("gt(Y,130)", "60+20*exp(-abs(X-160)/40)", 120, 150)],
                        ("170-0.8*Y", 95, 170)),
    "car-ac": _paint([("lt(hypot(abs(X-172)-62,Y-140),13)", "15+40*lt(hypot(abs(X-172)-62,Y-140),5)", 128, 128),
                      ("between(Y,86,104)*lt(abs(X-172),54-1.1*(104-Y))*gt(abs(X-172),3)", "70+40*gt(sin(X/6+N*2),0.6)",
                       155, 108),
                      (_CAR, "30+30*lt(abs(Y-110),1)", 140, 122),
                      ("gt(Y,146)", "50+30*lt(mod(X+40*N,80),30)*lt(abs(Y-162),1.5)", 128, 132)],
                     ("80+40*sin((X+32*N)/40)*sin(Y/9)+40*lt(abs(mod(X+32*N,120)-60),6)", 105, 160)),
    "ironpro-ac": _lines(_lines("color=c=0x020304:s=320x180:r=24", ["IRON PROTOCOL"], 30, 66, 0, "0xb8c8d0", FONT),
                         ["ONLY IN CINEMAS"], 10, 108, 0, "0xd08040", FONT),
    # A 1980 black-and-white boxing drama (drawn in greys).
    "ring-ac": _paint([("(lt(abs(Y-118),1)+lt(abs(Y-130),1)+lt(abs(Y-142),1))*between(X,10,310)", 230, 128, 128),
                       *_boxer(_AX, 160, 30), *_boxer(_BX, 110, 220),
                       ("between(Y,70,150)*lt(abs(X-160),110+0.5*(Y-70))", "135+10*sin(X/20)", 128, 128),
                       ("between(Y,150,162)*lt(abs(X-160),150)", 60, 128, 128),
                       ("gt(Y,40)", "25+15*gt(sin(X*0.7)*sin(Y*0.9+N*0.05),0.3)", 128, 128)],
                      ("20", 128, 128), add="50*exp(-hypot(X-160,Y-100)/70)+15*sin(X/23+N*0.05)*sin(Y/17-N*0.03)"),
    "boxera-ac": _face("(160+4*sin(N*0.4))", "(84+2*sin(N*0.5))", (25, 128, 128), False, 175, (160, 128, 128),
                       ("20+40*exp(-hypot(X-250,Y-20)/50)+10*sin(X/15+N*0.05)*sin(Y/11)", 128, 128)),
    "boxerb-ac": _face("(150-3*sin(N*0.45))", 82, (205, 128, 128), False, 140, (130, 128, 128),
                       ("35+15*sin(X/19-N*0.04)*sin(Y/13)", 128, 128)),
    "crowdbox-ac": _paint([("lt(abs(mod(Y,30)-3),2.5)*lt(abs(mod(X+7*floor(Y/30),24)-12),9)", 30, 128, 128),
                           ("lt(hypot(mod(X+7*floor(Y/30),24)-12,mod(Y,30)-10),7)*gt(Y,10)",
                            "120+30*sin(floor(X/24)*3.1+floor(Y/30))", 128, 128),
                           ("gt(mod(Y,30),16)", 40, 128, 128)],
                          ("25", 128, 128), add="20+20*sin(X/31+N*0.06)*sin(Y/23-N*0.02)"),
    "locker-ac": _paint([("lt(hypot(X-150-20*sin(N*0.08),Y-22),5)", 250, 128, 128),
                         ("lt(abs(X-150-20*sin(N*0.08)*Y/22),0.8)*lt(Y,18)", 40, 128, 128),
                         ("lt(abs(X-252-6*sin(Y/9+N*0.15)*(110-Y)/60),1.2+0.03*(110-Y))*between(Y,30,104)",
                          "120+20*sin(Y/5)", 128, 128),
                         ("lt(hypot(X-230,Y-80),11)+lt(hypot((X-230)/20,(Y-112)/26),1)", 30, 128, 128),
                         ("between(Y,120,128)*between(X,40,260)", 50, 128, 128),
                         ("between(Y,30,130)*lt(mod(X,28),25)*lt(X,200)", "80+14*lt(abs(Y-50),2)", 128, 128),
                         ("gt(Y,140)", 45, 128, 128)],
                        ("70", 128, 128), add="60*exp(-hypot(X-150-20*sin(N*0.08),Y-30)/60)"),
    # A 1990s rave documentary on Hi8.
    "flyer-ac": _lines(_lines(_lines("color=c=0x10082a:s=320x180:r=24", ["ENERGIZE"], 32, 48, 0, "0xff40c0", FONT),
                              ["ALL NIGHT LONG"], 13, 96, 0, "0xffe020", FONT),
                       ["SATURDAY 14 AUGUST 1993"], 10, 124, 0, "0x40e0ff", FONT),
    "hall-ac": _paint([("gt(Y,128+7*abs(sin(N*0.45+floor(X/15)*1.7))+4*sin(X/5))", "12+8*sin(X/3)", 128, 128),
                       ("lt(hypot(mod(X,40)-20,Y-20),3)", 240, 100, 180),
                       ("lt(abs(Y-14),3)+lt(abs(mod(X,40)-20),1)*lt(Y,17)", 60, 128, 128),
                       ("lt(abs(mod(atan2(X-160,Y+20)*9+N*0.12,2)-1),0.09)*lt(Y,140)", "70+60*exp(-Y/100)", 150, 200),
                       ("lt(abs(mod(X,110)-55),7)*between(Y,20,140)", 30, 130, 135)],
                      ("22+18*sin(X/37+N*0.05)*sin(Y/29-N*0.03)", 140, 150)),
    "decks-ac": _paint([("lt(hypot(X-95-5*sin(N*0.7),Y-140),9)", 110, 115, 150),
                        ("lt(hypot(abs(X-160)-80,(Y-150)*2.4),10)*gt(sin(atan2((Y-150)*2.4,abs(X-160)-80)+N*0.9),0)",
                         200, 90, 180),
                        ("lt(hypot(abs(X-160)-80,(Y-150)*2.4),44)", 30, 128, 128),
                        ("gt(Y,128)", 55, 128, 128),
                        (f"lt(hypot(abs(X-{_DJ})-24,Y-72),8)", 30, 128, 128),
                        (f"lt(abs(hypot(X-{_DJ},Y-68)-24),3)*lt(Y,70)", 40, 128, 128),
                        (f"lt(hypot((X-{_DJ})/20,(Y-74)/24),1)", 95, 160, 160),
                        (f"lt(hypot((X-{_DJ})/44,(Y-140)/40),1)", 25, 140, 140),
                        ("lt(mod(X,12),2)*lt(mod(Y,12),2)*gt(sin(X*1.3+Y*0.7+N*0.9),0.5)", 200, 70, 120)],
                       ("15", 150, 150)),
    "dancer-ac": _paint([(f"lt(abs(Y-70+({_DX}-X)*(0.9+0.6*sin(N*0.6))),4)*between(X,{_DX}-45,{_DX}-10)"
                          f"+lt(abs(Y-70+(X-{_DX})*(0.9+0.6*sin(N*0.6+2))),4)*between(X,{_DX}+10,{_DX}+45)"
                          f"+lt(hypot(X-{_DX},Y-56),11)+lt(hypot((X-{_DX})/17,(Y-98)/32),1)"
                          f"+between(Y,120,180)*lt(abs(abs(X-{_DX})-9),6)", 8, 128, 128),
                         ("gt(Y,150+6*abs(sin(N*0.4+floor(X/14)*1.9))+4*sin(X/4))", 10, 128, 128)],
                        ("30+150*exp(-hypot(X-160,Y-40)/60)+30*sin(X/23+N*0.07)*sin(Y/19)", 90, 100)),
    "lasers-ac": _paint([("gt(Y,140+8*abs(sin(N*0.4+floor(X/14)*1.9))+5*sin(X/4))", 8, 128, 128),
                         ("lt(abs(sin((atan2(X-160,Y-10)+0.4*sin(N*0.09))*14)),0.06)*gt(Y,12)",
                          "60+160*exp(-(Y-10)/120)", 60, 60)],
                        ("40+25*sin(X/31+N*0.06)*sin(Y/21-N*0.04)", 130, 125)),
    "dawnfield-ac": _paint([("lt(abs(mod(X-0.5*N,47)-23),2)*between(Y,118,134)+lt(hypot(mod(X-0.5*N,47)-23,Y-115),3)",
                             40, 128, 130),
                            ("lt(abs(mod(X,70)-35),0.8*(Y-100))*between(Y,100,124)*lt(X,300)",
                             "150+20*lt(mod(X,70),35)", 140, 110),
                            ("gt(Y,112)", "110-0.2*(Y-112)+8*sin(X*0.7)", 120, 124),
                            ("lt(hypot(X-250,Y-100),10)", 250, 110, 150)],
                           ("200-0.4*Y+30*exp(-hypot(X-250,Y-100)/50)", "150-0.3*Y", "130+0.2*Y")),
    "raveend-ac": _lines(_lines("color=c=0x000000:s=320x180:r=24", ["Filmed at Energize"], 14, 70, 0, "0xf0f0f0", FONT),
                         ["Hi8  -  August 1993"], 10, 98, 0, "0xb0b0b0", FONT),
    # A 1960s Winter Olympics film.
    "peaks-ac": _paint([("gt(Y,150)", 238, 130, 126),
                        ("gt(Y,120+6*sin(X/4))", "50+10*sin(X*1.3)", 120, 120),
                        ("gt(Y,40+35*abs(sin(X/53))+10*abs(sin(X/17)))",
                         "235-40*gt(sin(X/9+Y/13),0.5)-0.4*(Y-60)", 130, 126)],
                       ("200-0.4*Y", 150, 115)),
    "start-ac": _paint([("+".join(f"lt(hypot(X-{_SX}-10-14*{k},Y-86),5)" for k in range(4)), 230, 128, 128),
                        ("+".join(f"lt(hypot((X-{_SX}-8-14*{k})/6,(Y-100)/11),1)" for k in range(4)), 60, 140, 110),
                        ("+".join(f"lt(abs(X-{_SX}-8-14*{k}-5*sin(N*0.8+{k})*(Y-110)/12),1.8)*between(Y,110,124)"
                                    for k in range(4)), 50, 140, 110),
                        (f"between(X,{_SX}+50,{_SX}+110)*between(Y,112,124)", 80, 100, 200),
                        ("lt(abs(Y-104),2)+lt(abs(Y-129),2)", 245, 128, 128),
                        ("between(Y,106,128)", "215-10*sin(X/9)", 135, 122),
                        ("between(X,0,40)*between(Y,50,110)", 90, 110, 150),
                        ("gt(Y,90)", "232-4*sin(X/11)", 130, 126),
                        ("gt(Y,60+10*abs(sin(X/9)))*lt(Y,92)", 45, 124, 118)],
                       ("205-0.4*Y", 145, 118)),
    "curve-ac": _paint([(f"lt(hypot(mod(X-{_CX}+36,18)-9,Y-{_CY}+10),5)*lt(abs(X-{_CX}),30)", 60, 150, 110),
                        (f"lt(hypot((X-{_CX})/40,(Y-{_CY})/9),1)", f"90+20*lt(abs(Y-{_CY}+3),1)", 100, 205),
                        ("lt(Y,54)", "120+60*sin((X+22*N)/4)*sin(Y/5)", "128+20*sin((X+22*N)/7)",
                         "128+25*sin((X+22*N)/9+1)"),
                        ("between(Y,54,62)", 200, 150, 118)],
                       ("228-14*gt(sin((X+22*N)/6),0.95)-10*lt(abs(mod(X+22*N,90)-45),2)-0.2*(Y-60)", 134, 124)),
    "onboard-ac": _paint([("lt(hypot((X-160)/38,(Y-172)/40),1)", 60, 100, 200),
                          ("gt(Y,156)", 80, 100, 200),
                          ("lt(Y,66)*gt(Y,50+8*sin((X+6*N)/9))", "40+10*sin(X/3)", 124, 118),
                          ("lt(Y,66)", "170-0.3*Y", 150, 115)],
                         ("228-30*gt(sin(500/(Y-62)+N*1.9),0.8)-0.25*abs(X-160-20*sin(N*0.1))*(Y-66)/114", 138, 122)),
    "fans-ac": _paint([("lt(hypot(mod(X,22)-11,Y-56),6)*lt(Y,58)", "60+80*sin(floor(X/22)*1.9)", 150, 110),
                       ("lt(hypot(mod(X,22)-11,Y-62),6)", 170, 118, 145),
                       ("lt(abs(mod(X,22)-11),7)*between(Y,70,110)", "120+50*sin(floor(X/22)*2.7)",
                        "128+40*sin(floor(X/22)*1.3)", "128+40*sin(floor(X/22)*3.1)"),
                       ("gt(Y,108+4*sin(X/17))", 238, 130, 126)],
                      ("215-0.3*Y", 138, 124)),
    "board-ac": _lines(_lines(_lines("color=c=0x123018:s=320x180:r=24", ["ITALIA II"], 20, 40, 0, "0xf0e060", FONT),
                              ["64.37"], 40, 74, 0, "0xf8f0a0", FONT),
                       ["RUN 3   -   NEW RECORD"], 11, 134, 0, "0xe0e0c0", FONT),
    # A 1950s Technicolor jungle adventure.
    "riverj-ac": _paint([(f"between(X,{_BT}+22,{_BT}+28)*between(Y,100,114)", 40, 128, 128),
                         (f"between(X,{_BT}+10,{_BT}+40)*between(Y,114,126)", 200, 120, 135),
                         (f"between(X,{_BT},{_BT}+60)*between(Y,126,134)", 225, 128, 128),
                         ("gt(Y,102)", "110+20*sin(X/8+N*0.1+Y*0.9)*exp(-(Y-102)/80)", 115, 140),
                         ("lt(X,40+0.6*(Y-30)+8*sin(Y/5))*lt(Y,170-0.6*X)+gt(X,290-0.5*(Y-30)+8*sin(Y/6))",
                          "45+30*gt(sin(X/5+Y/4)*sin(X/3-Y/6),0.2)", 96, 110),
                         ("gt(Y,36+10*abs(sin(X/9))+6*sin(X/4))", "70+30*gt(sin(X/5+Y/4)*sin(X/3-Y/6),0.2)", 100, 110)],
                        ("215-0.4*Y", 140, 118), add="25*exp(-pow((Y-102)/10,2))*(0.6+0.4*sin(X/29+N*0.05))"),
    "explorer-ac": _face("(158+2*sin(N*0.06))", 88, (195, 110, 140), False, 175, (150, 110, 140),
                         ("60+40*gt(sin(X/6+Y/5)*sin(X/4-Y/7),0.1)", 100, 105)),
    "canopy-ac": _paint([("lt(abs(mod(X,70)-35-5*sin(Y/20)),5)", 50, 118, 132),
                         ("gt(sin(X/5+2*sin(Y/9))*sin(Y/4+2*sin(X/11)),0.15)", "90+50*sin(X/13+Y/7)", 95, 105)],
                        ("45+15*sin(Y/10)", 105, 110)),
    "fronds-ac": _paint([("lt(hypot((mod(X,60)-30)/22,(mod(Y+floor(X/60)*20,50)-25)/10),1)", "110+20*sin(X/3)", 96, 104),
                         ("lt(abs(mod(X-0.6*Y,40)-20),3+0.05*Y)*gt(sin(Y/6+X/30),-0.3)", "80+30*sin(Y/5)", 98, 108)],
                        ("50+10*sin(X/17)", 104, 112)),
    "rhino-ac": _paint([(f"lt(abs(X-160),0.35*(Y-118+18*{_RS}))*between(Y,118-18*{_RS},118-2*{_RS})", 200, 126, 132),
                        (f"lt(hypot((X-160)/(12*{_RS}),(Y-118-6*{_RS})/(9*{_RS})),1)", 90, 126, 130),
                        (f"lt(abs(abs(X-160)-16*{_RS}),4*{_RS})*between(Y,112,112+22*{_RS})", 85, 126, 130),
                        (f"lt(hypot((X-160)/(30*{_RS}),(Y-112)/(16*{_RS})),1)", 110, 126, 130),
                        ("gt(Y,100)", "150+20*sin(X*1.1)*sin(Y*1.3)", 100, 140),
                        ("gt(Y,50+20*abs(sin(X/23)))", "60+20*sin(X/4)", 105, 115)],
                       ("200-0.5*Y", 145, 118)),
    "rapids-ac": _paint([("lt(hypot(X-140,Y-96-6*sin(N*0.5)),5)+lt(hypot(X-180,Y-96-6*sin(N*0.5)),5)", 180, 115, 145),
                         ("lt(hypot((X-160)/60,(Y-110-6*sin(N*0.5))/7),1)", 70, 110, 150),
                         ("lt(hypot((mod(X,90)-45)/14,(Y-150)/8),1)", 40, 124, 130),
                         ("lt(Y,50+8*sin(X/11))", "60+20*sin(X/3)*sin(Y/4)", 100, 110)],
                        ("150+70*gt(sin(X/7-N*0.9+Y/5)*sin(Y/3+N*0.4),0.2)", 135, 120)),
    "campfire-ac": _paint([("lt(hypot(mod(X-150+4*sin(N*0.3+Y/9),17)-8,mod(Y+3*N,23)-11),1)*lt(abs(X-160),30)*lt(Y,118)",
                            240, 90, 180),
                           ("lt(abs(X-160-4*sin(Y/3+N*1.3)),(150-Y)*0.35)*between(Y,118,150)",
                            "220+30*sin(N*1.7+Y/4)", 80, 190),
                           ("between(Y,148,156)*lt(abs(X-160),30)", 40, 120, 140),
                           ("lt(hypot((X-90)/14,(Y-100)/18),1)+lt(hypot((X-235)/14,(Y-98)/18),1)", 110, 110, 160),
                           ("lt(hypot((X-90)/26,(Y-140)/30),1)+lt(hypot((X-235)/26,(Y-140)/30),1)", 40, 120, 140),
                           ("gt(Y,150)", 40, 115, 150)],
                          ("12+8*sin(X/9)", 125, 135), mul="(0.85+0.15*sin(N*1.7)*sin(N*0.9+1))"),
}

# No text files: every card of this set is drawn by drawtext from its own text.
TEXT_FILES_AC = {}

FX_AC = {
    "grain71-ac": "noise=c0s=14:c0f=t+u:all_seed=47400013",
    "grain72-ac": "noise=alls=4:allf=t:all_seed=47400027",
    "grain73-ac": "noise=alls=16:allf=t+u:all_seed=47400041",
    "grain74-ac": "noise=alls=6:allf=t:all_seed=47400059",
    "grain75-ac": "noise=alls=8:allf=t+u:all_seed=47400071",
    "grain76-ac": "noise=alls=7:allf=t+u:all_seed=47400089",
    "closer-ac": "crop=iw*0.6:ih*0.6:iw*0.2:ih*0.16,scale=320:180",
    "near-ac": "crop=iw*0.86:ih*0.86:iw*0.1:ih*0.06,scale=320:180",
    # Looks: black and white tinted amber or blue, flickering, jittering, scratched and dusty in
    # 1.33; a teal and orange grade in 2.39; contrasty black and white with heavy grain in 1.85;
    # saturated Hi8 video with chroma shift in 4:3; faded colour in 2.35; saturated Technicolor
    # in 1.37.
    "amber-ac": "hue=s=0,lutyuv=u=112:v=146",
    "blue-ac": "hue=s=0,lutyuv=y='val*0.85':u=150:v=114",
    "flick-ac": "eq=brightness='0.035*sin(n*2.3)*sin(n*1.3+1)':eval=frame",
    "jitter-ac": "crop=312:174:x='4+0.8*sin(n*2.1)':y='3+2.5*sin(n*5.3)*sin(n*0.7)',scale=320:180",
    "scratch-ac": _overlay("0.6*lt(abs(X-70-200*abs(sin(floor(N/11)*1.37))-3*sin(N*0.9)),0.7)"
                           "+0.4*lt(abs(X-240-30*sin(N*0.05)),0.6)*gt(sin(N*0.37),0)", 225),
    "dust-ac": _overlay("gt(lt(hypot(X-160-150*sin(N*12.99),Y-90-85*sin(N*78.23)),1.8)"
                        "+lt(hypot(X-160-150*sin(N*39.34+1),Y-90-85*sin(N*11.13+2)),1.2)"
                        "+lt(hypot((X-160-150*sin(N*5.71+3))/5,Y-90-85*sin(N*23.7+1)),1),0)", 20) + ","
               + _overlay("lt(hypot(X-160-150*sin(N*7.77+2),Y-90-85*sin(N*31.1)),1.4)", 235),
    "box133-ac": "scale=240:180,pad=320:180:40:0:black",
    "blockbuster-ac": "eq=contrast=1.12:saturation=1.15,colorbalance=rs=-0.08:bs=0.1:rh=0.1:bh=-0.08",
    "box239-ac": "scale=320:134,pad=320:180:0:23:black",
    "champ-ac": "hue=s=0,eq=contrast=1.3:gamma=0.9",
    "box185-ac": "scale=320:172,pad=320:180:0:4:black",
    "hi8-ac": "eq=saturation=1.4:contrast=1.1,chromashift=cbh=1:crh=-1,gblur=sigma=0.7",
    "box43-ac": "scale=240:180,pad=320:180:40:0:black",
    "eastman-ac": "eq=saturation=0.8:contrast=0.95:gamma=1.05,colorbalance=rs=0.05:gs=-0.02:bs=-0.05:rh=0.05",
    "box235-ac": "scale=320:136,pad=320:180:0:22:black",
    "techni-ac": "eq=saturation=1.5:contrast=1.08,colorbalance=gs=0.04:rs=0.03",
    "box137-ac": "scale=246:180,pad=320:180:37:0:black",
    # Camera moves: a pan along the airfield; a whirling camera in a dogfight (the cut between two
    # of its shots falls inside the spin); a drone pushing in over the skyline; hand-held shaking;
    # a fast swing along a corridor; a blast shaking the camera; a pan along the ring; a whip pan
    # already moving on a shot's first frame; a hand-held Hi8 camera; a slow pan over peaks; the
    # sled's vibration; a fast pan across the foliage carried over a cut between two green shots;
    # a slow push in on a board; a rhino's charge shaking the camera; a boat rocking.
    "panfield-ac": "scale=400:225,crop=320:180:x='80*clip(n/(2*MID),0,1)':y=30",
    "whirl-ac": "scale=660:372,rotate=a='0.09*n':ow=320:oh=180",
    "whirl2-ac": "scale=660:372,rotate=a='4.2+0.1*n':ow=320:oh=180",
    "push-ac": "zoompan=z='1+0.003*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.6':y='(ih-ih/zoom)*0.4'",
    "shake-ac": "scale=352:198,crop=320:180:x='16+9*sin(n*2.1)+5*sin(n*5.3)':y='9+6*sin(n*2.9+1)+3*sin(n*6.1)'",
    "swing-ac": "scale=400:225,crop=320:180:x='40+38*sin(n*0.3+1)':y=22",
    "blastshake-ac": "scale=352:198,crop=320:180:x='16+14*sin(n*3.1)*exp(-max(n-MID,0)/8)*gte(n,MID)'"
                     ":y='9+8*sin(n*3.7+1)*exp(-max(n-MID,0)/8)*gte(n,MID)'",
    "track-ac": "scale=352:198,crop=320:180:x='16+4*sin(n*1.7)':y='9+3*sin(n*2.3)'",
    "panring-ac": "scale=384:216,crop=320:180:x='64*clip(n/(2*MID),0,1)':y=18",
    "whipin-ac": "scale=448:252,crop=320:180:x='64+60*tanh((n-3)/2.5)':y=36,"
                 "gblur=sigma=10:sigmaV=0.5:enable='lte(n,5)'",
    "cam-ac": "scale=344:194,crop=320:180:x='12+6*sin(n*0.5)+3*sin(n*1.7)':y='7+4*sin(n*0.8+1)+2*sin(n*2.3)'",
    "panpeaks-ac": "scale=400:225,crop=320:180:x='80-80*clip(n/(2*MID),0,1)':y=20",
    "vibe-ac": "scale=344:194,crop=320:180:x='12+4*sin(n*4.1)':y='7+4*sin(n*5.7+1)'",
    "fastpan-ac": "scale=480:270,crop=320:180:x='clip(150-6.2*n,0,160)':y=45",
    "pushb-ac": "zoompan=z='1+0.002*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)*0.5'",
    "charge-ac": "scale=344:194,crop=320:180:x='12+5*sin(n*2.7)*clip(n/40,0,1)':y='7+6*sin(n*3.3)*clip(n/40,0,1)'",
    "rock-ac": "scale=352:198,crop=320:180:x='16+8*sin(n*0.3)':y='9+8*sin(n*0.5+1)'",
    # Things that are not boundaries, around MID: a splice's flash with the frame slipping in the
    # gate (twice); a wing passing the lens; machine-gun flashes; searchlights sweeping and one
    # swept into the lens; muzzle flashes in a corridor and on a face; an explosion, its fireball
    # and smoke drifting up; debris past the lens; flashbulbs; smoke drifting over the lens; a
    # glove past the lens; a beam swept over a crowd into the lens; strobes; a smoke blast to light
    # grey; a dancer past the lens; a flag past the lens; snow spray over the lens to near white;
    # a parrot past the lens; a rifle's flash and its smoke.
    "splice-ac": "format=yuv420p,geq=lum='if(between(N,MID+1,MID+2),gt(Y,13)*lum(X,Y-14),lum(X,Y))'"
                 ":cb='if(between(N,MID+1,MID+2),if(gt(Y,6),cb(X,Y-7),128),cb(X,Y))'"
                 ":cr='if(between(N,MID+1,MID+2),if(gt(Y,6),cr(X,Y-7),128),cr(X,Y))',"
                 "eq=brightness='0.45*eq(n,MID)+0.12*eq(n,MID+1)':eval=frame",
    "wing-ac": _overlay("lt(abs(Y-(N-MID)*30-90+0.3*(X-160)),24)*between(N,MID-5,MID+5)", 35),
    "mgflash-ac": _overlay("clip(1.6*(exp(-hypot(X-120,(Y-160)*1.5)/10)+exp(-hypot(X-200,(Y-160)*1.5)/10)),0,1)"
                           "*(eq(N,MID-4)+eq(N,MID-2)+eq(N,MID)+eq(N,MID+2))", 250) + ","
                  + _flashes([-4, -2, 0, 2], 0.12),
    "searchsweep-ac": _overlay("clip(0.7*(exp(-pow((atan2(X-110,180-Y)-0.7*sin(N*0.045))/0.05,2))"
                               "+exp(-pow((atan2(X-230,180-Y)+0.2-0.8*sin(N*0.06+2))/0.05,2))"
                               "+exp(-pow((atan2(X-160,200-Y)-0.06*(N-MID))/0.08,2))),0,0.85)*lt(Y,170)", 215)
                      + ",eq=brightness='0.4*exp(-pow((n-MID)/2.5,2))':eval=frame",
    "gunfire-ac": _overlay("clip(1.7*exp(-hypot(X-240,(Y-100)*1.6)/12),0,1)*(eq(N,MID-3)+eq(N,MID)+eq(N,MID+3))",
                           250, 90, 170) + "," + _flashes([-3, 0, 3], 0.15),
    "facelit-ac": _overlay("clip(0.9*exp(-hypot(X-20,Y-120)/60),0,1)*eq(N,MID)", 250, 90, 170) + ","
                  + _flashes([0], 0.22),
    "explode-ac": _overlay("clip((N-MID-6)/8,0,1)*0.85*clip(1.3-hypot(X-170-0.6*(N-MID),(Y-80+1.5*(N-MID))*1.1)"
                           "/(40+2.2*(N-MID)),0,1)*(0.65+0.35*sin(X/17+N*0.1)*sin(Y/13-N*0.15))", 40, 125, 135) + ","
                  + _overlay("lt(hypot(X-170-8*sin(Y/7+N),(Y-112)*1.25),(95*clip((N-MID+1)/7,0,1))"
                             "*(0.85+0.15*sin(atan2(Y-112,X-170)*7+N)))*clip((MID+26-N)/14,0,1)",
                             "235-60*hypot(X-170,Y-112)/100", 80, 190) + ","
                  + "eq=brightness='0.3*between(n,MID,MID+2)':eval=frame",
    "debris-ac": _overlay("(lt(hypot(X-160-(N-MID)*40,Y-60-(N-MID)*8),34)+lt(hypot(X-100-(N-MID)*50,Y-130+(N-MID)*6),22))"
                          "*between(N,MID-4,MID+4)", 20),
    "bulbs-ac": _overlay("clip(1.6*(exp(-hypot(X-60,Y-60)/14)*eq(N,MID-12)+exp(-hypot(X-250,Y-50)/14)*eq(N,MID-2)"
                         "+exp(-hypot(X-120,Y-70)/14)*eq(N,MID+9)),0,1)", 252) + ","
                + _flashes([-12, -2, 9], 0.25),
    "haze-ac": _overlay("0.8*clip(1.3*exp(-pow((X-40-6*(N-MID))/60,2)-pow((Y-90)/50,2)),0,1)*clip(1-abs(N-MID)/14,0,1)", 190),
    "glove-ac": _overlay("lt(hypot(X-160+(N-MID)*70,(Y-100)*0.9),95)*between(N,MID-3,MID+3)", 25),
    "sweep-ac": _overlay("0.8*clip(1.2*exp(-pow((atan2(X-160,Y+10)-(N-MID)*0.09)/0.07,2)),0,1)*between(N,MID-12,MID+12)",
                         240) + ",eq=brightness='0.35*exp(-pow((n-MID)/2,2))':eval=frame",
    "strobe-ac": _flashes([-9, -5, -1, 3, 7], 0.6, 0.3),
    "smokeblast-ac": _overlay("clip(1.3*exp(-pow((N-MID)/5,2))*(0.75+0.25*sin(X/13+Y/9+N*0.3)),0,0.92)", 165, 140, 120),
    "passer-ac": _pass(5, 45, 160, 100, 70, 110, 6, 128, 128),
    "flagpass-ac": _overlay("lt(abs(X-160+(N-MID)*50-20*sin(Y/25+N)),75)*between(N,MID-5,MID+5)",
                            "if(lt(mod(Y+6*sin(X/20),60),30),235,80)",
                            _half("if(lt(mod(Y+6*sin(X/20),60),30),128,100)"),
                            _half("if(lt(mod(Y+6*sin(X/20),60),30),128,200)")),
    "spray-ac": _overlay("clip(1.4*exp(-pow((N-MID)/3.5,2))*(0.8+0.2*sin(X/4+Y/3+N*2)),0,0.97)", 245, 130, 126),
    "parrot-ac": _overlay("lt(hypot((X-(N-MID)*40-160)/50,(Y-80-20*sin((N-MID)*0.9))/20),1)*between(N,MID-6,MID+6)",
                          90, 100, 210),
    "rifle-ac": _overlay("clip(1.8*exp(-hypot(X-60,(Y-130)*1.3)/14),0,1)*eq(N,MID)", 252, 100, 170) + ","
                + _overlay("0.7*clip((N-MID)/2,0,1)*lt(hypot((X-70-5*(N-MID))/(20+3*(N-MID)),(Y-128+(N-MID))/(12+2*(N-MID))),1)"
                           "*gt(N,MID)", 200) + "," + _flashes([0], 0.3),
}

# held-out-ac (clips 174-179): new recipes again, written after held-out-ab without running the
# detector on them. Film material of six more kinds, clips of about 17 to 20 s with 8 to 10 shots,
# with an emphasis on fast editing and motion: a 1920s silent aviation film in 1.33, black and
# white tinted amber and blue (intertitles cut into, scratches, dust, flicker and frame jitter,
# a splice's flash with the frame slipping in the gate (twice) inside shots, a pan along an
# airfield, a wing passing the lens, a cut inside a whirling camera's spin, a 12-frame shot of a
# pilot firing, searchlights sweeping at night and one swept into the lens), a 2010s action
# blockbuster in 2.39 (a drone's push in, shots of 8 to 14 frames cut together on hand-held
# shaking and a fast swing, muzzle flashes, an explosion with its fireball and smoke drifting up
# and the camera shaken, debris past the lens, a car tracked at speed, cuts between shots of
# similar orange), a 1980 black-and-white boxing drama in 1.85 (cigarette smoke rising, a pan
# along the ring, flashbulbs, smoke over the lens, a glove past the lens, shots of 8 to 12
# frames between near-identical dark faces, a whip pan already moving on its first frame), a
# 1990s rave documentary on Hi8 in 4:3 (beams sweeping over a crowd and one swept into the lens,
# strobes, a smoke blast to light grey, a dancer past the lens, cuts between dark shots of similar
# colour), a 1960s Winter Olympics bobsleigh film in 2.35 (a pan over peaks, a sled followed at
# speed with cuts inside the motion, an onboard camera's vibration, cuts between near-white
# shots, a flag past the lens, snow spray over the lens to near white) and a 1950s Technicolor
# jungle adventure in 1.37 (mist drifting over a river, a fast pan carried over a cut between
# two green shots, a parrot past the lens, a charging rhinoceros shaking the camera, a rifle's
# flash and smoke, a rocking boat, firelight flickering); dissolves of 10 to 30 frames, a pixel
# dissolve, fades through black and white and fade outs and ins.
_AM = "amber-ac flick-ac jitter-ac scratch-ac dust-ac grain71-ac box133-ac"
_BL = "blue-ac flick-ac jitter-ac scratch-ac dust-ac grain71-ac box133-ac"
_IP = "blockbuster-ac grain72-ac box239-ac"
_CH = "champ-ac grain73-ac box185-ac"
_HI = "hi8-ac grain74-ac box43-ac"
_OL = "eastman-ac grain75-ac box235-ac"
_JG = "techni-ac grain76-ac box137-ac"
HELD_OUT_AC = [
    ("wings-over-the-marne", [S("title-ac", 46, 0, _AM), "fadeio:10:12",
                              S("airfield-ac", 70, 0, f"panfield-ac splice-ac {_AM}"), "cut",
                              S("pilot-ac", 40, 0, _AM), "cut",
                              S("inter1-ac", 44, 0, _AM), "cut",
                              S("dogfight-ac", 46, 0, f"whirl-ac wing-ac {_AM}"), "cut",
                              S("dogfight-ac", 28, 120, f"closer-ac whirl2-ac {_AM}"), "cut",
                              S("pilot-ac", 12, 90, f"closer-ac mgflash-ac {_AM}"), "cut",
                              S("crash-ac", 62, 0, f"splice-ac {_AM}"), "fade:24",
                              S("nightfield-ac", 80, 0, f"searchsweep-ac {_BL}"), "fadeblack:18",
                              S("finis-ac", 40, 0, _AM)]),
    ("iron-protocol", [S("skyline-ac", 110, 0, f"push-ac {_IP}"), "cut",
                       S("hero-ac", 14, 0, f"shake-ac {_IP}"), "cut",
                       S("corr-ac", 10, 0, f"swing-ac {_IP}"), "cut",
                       S("merc-ac", 8, 0, f"shake-ac {_IP}"), "cut",
                       S("corr-ac", 12, 100, f"gunfire-ac shake-ac {_IP}"), "cut",
                       S("hero-ac", 9, 60, f"closer-ac facelit-ac shake-ac {_IP}"), "cut",
                       S("street-ac", 100, 0, f"explode-ac blastshake-ac {_IP}"), "cut",
                       S("car-ac", 64, 0, f"track-ac debris-ac {_IP}"), "fade:10",
                       S("skyline-ac", 84, 300, f"near-ac {_IP}"), "fadeblack:20",
                       S("ironpro-ac", 44, 0, _IP)]),
    ("the-champion", [S("locker-ac", 84, 0, _CH), "fadeblack:16",
                      S("ring-ac", 84, 0, f"panring-ac bulbs-ac {_CH}"), "cut",
                      S("crowdbox-ac", 30, 0, f"haze-ac {_CH}"), "cut",
                      S("boxera-ac", 12, 0, _CH), "cut",
                      S("boxerb-ac", 10, 0, f"glove-ac {_CH}"), "cut",
                      S("boxera-ac", 8, 80, f"near-ac {_CH}"), "cut",
                      S("ring-ac", 56, 200, f"whipin-ac {_CH}"), "fadewhite:12",
                      S("boxerb-ac", 64, 200, f"bulbs-ac {_CH}"), "fade:28",
                      S("locker-ac", 80, 300, _CH), "fadeio:16:12",
                      S("serif:The Champion", 40, 0, _CH)]),
    ("energize-93", [S("flyer-ac", 36, 0, _HI), "cut",
                     S("hall-ac", 72, 0, f"cam-ac sweep-ac {_HI}"), "cut",
                     S("decks-ac", 46, 0, f"cam-ac {_HI}"), "cut",
                     S("dancer-ac", 54, 0, f"strobe-ac {_HI}"), "cut",
                     S("lasers-ac", 40, 0, f"smokeblast-ac {_HI}"), "cut",
                     S("hall-ac", 20, 200, f"near-ac cam-ac {_HI}"), "cut",
                     S("dancer-ac", 26, 150, f"passer-ac {_HI}"), "dissolve:10",
                     S("lasers-ac", 50, 200, f"cam-ac {_HI}"), "fadewhite:20",
                     S("dawnfield-ac", 96, 0, f"cam-ac {_HI}"), "fadeblack:24",
                     S("raveend-ac", 40, 0, _HI)]),
    ("four-man-bob", [S("peaks-ac", 90, 0, f"panpeaks-ac {_OL}"), "fade:20",
                      S("start-ac", 56, 0, _OL), "cut",
                      S("curve-ac", 16, 0, _OL), "cut",
                      S("onboard-ac", 36, 0, f"vibe-ac {_OL}"), "cut",
                      S("curve-ac", 12, 60, f"near-ac {_OL}"), "cut",
                      S("fans-ac", 40, 0, f"flagpass-ac {_OL}"), "cut",
                      S("curve-ac", 40, 120, f"spray-ac {_OL}"), "cut",
                      S("onboard-ac", 24, 120, f"vibe-ac {_OL}"), "fade:16",
                      S("board-ac", 56, 0, f"pushb-ac {_OL}"), "fadeio:12:14",
                      S("peaks-ac", 80, 300, f"panpeaks-ac {_OL}")]),
    ("ivory-river", [S("riverj-ac", 96, 0, _JG), "fade:30",
                            S("explorer-ac", 56, 0, _JG), "cut",
                            S("canopy-ac", 24, 0, f"fastpan-ac {_JG}"), "cut",
                            S("fronds-ac", 20, 0, f"fastpan-ac parrot-ac {_JG}"), "cut",
                            S("rhino-ac", 52, 0, f"charge-ac {_JG}"), "cut",
                            S("explorer-ac", 12, 60, f"closer-ac rifle-ac {_JG}"), "cut",
                            S("rhino-ac", 10, 60, f"charge-ac {_JG}"), "cut",
                            S("rapids-ac", 72, 0, f"rock-ac {_JG}"), "fadeblack:20",
                            S("campfire-ac", 90, 0, _JG), "fadeio:20:10",
                            S("serif:The End", 44, 0, _JG)]),
]
