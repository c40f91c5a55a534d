"""Sources, effects and recipes of held-out-ad (clips 180-185), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-179. Drawn scenes for six more kinds of
film, with a deliberate emphasis on night and low light, light changing over several frames
inside a shot, rain and fog, and slow dissolves and fades, beside ordinary dialogue and
documentary material: a manor on a hill at night in the rain, a panelled corridor whose far door
opens on a lit room, a woman's face by candlelight, a man's face by a fire, a fen under the moon
in drifting fog and a drawing room with a fire (a 1940s black-and-white Gothic romance in 1.37,
soft grain, lightning); a city street at night in the rain, a dark kitchen whose fridge is
opened, two dim faces in a shot-reverse-shot dialogue, a bedroom where a car's headlights sweep
over the ceiling through the blinds and a living room where a lamp is switched on (a 2010s
American independent drama, full frame, muted low-light digital colour); a ruined room with rain
falling inside it, a marsh in fog with a far figure, a face lit from a window, a field of grass
waving in the wind and a dark room crossed by a carried candle (a 1970s Soviet art film in 1.66,
sepia monochrome alternating with faded colour, long dissolves); a harbour at dusk in fog with a
trawler putting out, its deck at night in the rain with the deck lights switched on bank by
bank, the skipper's face lit green by his instruments with a name caption fading in, the black
sea over the bow, the net hauled full of fish and a grey dawn at sea (a 1980s television
documentary in 4:3, soft video colour); a drive-in's lot at night with its screen and
projector beam and a car's headlights sweeping into the lens, a girl's and a boy's face lit by
the screen's flicker, the monster film on the screen, a snack bar whose neon sign flickers on
and fireworks over the lot (a late-1950s teen film in 2.35, saturated Technicolor); a suburban
street at night in fog where a porch light comes on, kids on bikes with torches, a boy's and his
mother's faces in a warm kitchen, a foggy wood swept by torch beams and a clearing flooded by a
light from the sky (a 1980s family adventure film in 1.85, warm colour against blue night).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_q import _lines
from shots_sources_x import _face


def _card(lines, size, y0, step, color, font=SERIF, bg="0x000000"):
    """A card: lines of text centred on bg, the first at y0, one every step pixels."""
    return _lines(f"color=c={bg}:s=320x180:r=24", lines, size, y0, step, color, font)


def _roll(lines, size, step, speed, color, font=FONT, bg="0x000000"):
    """Credits rolling up over bg: lines centred, one every step pixels, speed pixels a frame."""
    src = f"color=c={bg}:s=320x180:r=24"
    for k, line in enumerate(lines):
        if line:
            src += (f",drawtext=fontfile={font}:fontsize={size}:fontcolor={color}:text='{line}'"
                    f":x=(w-tw)/2:y='{110 + k * step}-{speed}*n'")
    return src


def _at(k):
    """Frames since MID+k (an expression in N)."""
    return f"(N-MID{-k:+d})"


def _glow(x, y, r, k=1.4):
    """A soft round glow at (x, y), radius r, saturating at k times its edge."""
    return f"clip({k}*exp(-hypot(X-{x},Y-{y})/{r}),0,1)"


def _lift(terms):
    """An effect: the whole picture brightened by the sum of terms (expressions in n)."""
    return f"eq=brightness='{'+'.join(terms)}':eval=frame"


def _burst(x0, y0, k, lum, cb, cr):
    """An effect: a firework bursting at (x0, y0) on frame MID+k, its ring of sparks growing and
    falling for 16 frames."""
    a = _at(k)
    return _overlay(f"(lt(abs(hypot(X-{x0},Y-{y0}-0.04*{a}*{a})-(4*{a}-0.08*{a}*{a})),1.6)"
                    f"*gt(sin(atan2(Y-{y0},X-{x0})*16),0.3)+lt(hypot(X-{x0},Y-{y0}),7)*lt({a},2))"
                    f"*between({a},0,16)*(1-{a}/18)", lum, cb, cr)


def _fireworks(bursts):
    """An effect: fireworks (x, y, k, lum, cb, cr) bursting, each lighting the scene a little."""
    glow = [f"0.1*gte(n-MID{-b[2]:+d},0)*exp(-(n-MID{-b[2]:+d})/4)" for b in bursts]
    return ",".join([_burst(*b) for b in bursts] + [_lift(glow)])


# A 1940s black-and-white Gothic romance (drawn in greys).
_RAIN = "0.4*lt(mod(X+0.2*Y,6),0.8)*lt(mod(Y+N*26+71*sin(floor((X+0.2*Y)/6)*12.9),45),9)"
_SIDE = "max(0,max(130-X,X-190))"
_DOOR = "clip((N-MID)/8,0,1)"

# A 2010s American independent drama.
_FRIDGE = "clip((N-MID)/5,0,1)"
_LAMP = "clip((N-MID)/3,0,1)"

# A 1970s Soviet art film.
_DROP = "lt(mod(Y+N*14+67*sin(floor(X/23)*7.3),90),6)*lt(abs(mod(X,23)-11),0.7)"
_CW = "(-30+6*(N-MID+28))"

# A 1980s television documentary.
_TRAWL = "(230-0.7*N)"

# A late-1950s teen film.
_STARS = "gt(mod(sin(X*12.9898+Y*78.233)*43758.5,1),0.994)*lt(Y,100)"
_HX = "(300-10*(N-MID+14))"

# A 1980s family adventure film.
_BX = "(30+2.2*N)"
_BX2 = "(-40+2.2*N)"
_GL = "(1.3*exp(-pow((N-MID)/8,2))+0.3*clip((N-MID+20)/12,0,1))"


def _kid(x):
    """A kid on a bike at x (an expression), riding right: wheels, body and head."""
    return (f"lt(abs(hypot(X-{x},Y-140)-9),1.6)+lt(abs(hypot(X-{x}-30,Y-140)-9),1.6)"
            f"+lt(abs(Y-134+0.3*(X-{x})),1.2)*between(X,{x},{x}+30)"
            f"+lt(hypot((X-{x}-12)/7,(Y-114)/14),1)+lt(hypot(X-{x}-14,Y-96),5)")


def _beam(x):
    """The light of a torch held on a bike at x (an expression), swinging a little."""
    return (f"70*exp(-pow((atan2(Y-112,X-{x}-30)-0.12*sin(N*0.3+{x}/40))/0.1,2))"
            f"*gt(X,{x}+30)")


LAVFI_AD = {
    # A 1940s black-and-white Gothic romance (drawn in greys).
    "fentitle-ad": _lines(_card(["THE HOUSE", "ON THE FEN"], 26, 50, 34, "0xe0e0e0"),
                          ["from the novel by Edith Marlowe"], 10, 132, 0, "0xa0a0a0"),
    "manor-ad": _paint([("between(mod(X-98,24),0,8)*between(mod(Y-80,26),0,12)*between(X,98,225)"
                         "*between(Y,80,132)*gt(sin(floor(X/24)*3.7+floor(Y/26)*1.3),0.3)",
                         190, 128, 128),
                        ("lt(abs(X-40-3*sin(Y/9)),2+0.04*(Y-40))*between(Y,40,150)"
                         "+lt(abs(Y-70+0.5*(X-40)-4*sin(X/5)),1.2)*between(X,40,75)", 8, 128, 128),
                        ("gt(Y,140+6*sin(X/50))", 12, 128, 128),
                        ("between(X,90,230)*between(Y,70,140)+lt(abs(X-120),0.9*(Y-48))"
                         "*between(Y,48,70)"
                         "+lt(abs(X-200),0.9*(Y-48))*between(Y,48,70)+between(X,152,168)"
                         "*between(Y,30,70)"
                         "+lt(abs(X-160),0.4*(Y-8))*between(Y,8,30)", 18, 128, 128),
                        ("lt(hypot(X-250,Y-36),9)", 225, 128, 128)],
                       ("30+8*sin(X/41+N*0.02)*sin(Y/17+X/90)+80*exp(-hypot(X-250,Y-36)/30)", 128,
                        128)),
    "hall-ad": _paint([("lt(hypot(X-262,Y-78),2.5)", "235+15*sin(N*1.7)", 128, 128),
                       ("between(X,146,176)*between(Y,70,128)", 20, 128, 128),
                       ("between(X,130,190)*between(Y,60,128)", 38, 128, 128),
                       ("between(X,44,84)*between(Y,70,104)*lt(X,130)", "55+15*sin(X/4)*sin(Y/5)",
                        128, 128),
                       (f"gt(Y,128+0.4*{_SIDE})", "34+14*lt(mod(60/(Y-124)+X/40,2),0.15)", 128,
                        128),
                       (f"lt(Y,60-0.46*{_SIDE})", 16, 128, 128)],
                      ("26+10*lt(mod(900/(abs(X-160)+5),8),1)", 128, 128),
                      add="25*exp(-hypot(X-262,Y-78)/30)*(0.85+0.15*sin(N*1.7))"),
    "heroine-ad": _face("(160+1.5*sin(N*0.05))", 84, (30, 128, 128), True, 165, (55, 128, 128),
                        ("16+8*sin(X/29)*sin(Y/21)", 128, 128),
                        add="-30*clip((X-160)/120,0,1)"),
    "hero-ad": _face("(158+1.5*sin(N*0.06+1))", 82, (40, 128, 128), False, 150, (24, 128, 128),
                     ("30+60*exp(-hypot(X-40,Y-160)/50)*(0.85+0.15*sin(N*1.3))", 128, 128),
                     add="-25*clip((X-150)/130,0,1)"),
    "fen-ad": _paint([("lt(hypot(X-80,Y-40),7)", 230, 128, 128),
                      ("gt(Y,95+20*abs(sin(X/23)))*lt(mod(X,5),1.2)*(lt(X,70)+gt(X,232))*lt(Y,150)",
                       10, 128, 128),
                      ("gt(Y,150+5*sin(X/20))", 12, 128, 128),
                      ("gt(Y,110)", "36+40*exp(-abs(X-80)/8)*gt(sin(Y*1.7+N*0.2),0)", 128, 128)],
                     ("44-0.1*Y+70*exp(-hypot(X-80,Y-40)/25)", 128, 128)),
    "drawing-ad": _paint([("lt(abs(X-80-3*sin(Y/3+N*1.2)),(150-Y)*0.3)*between(Y,132,150)",
                           "225+25*sin(N*1.9+Y/4)", 128, 128),
                          ("between(X,60,100)*between(Y,120,150)", 15, 128, 128),
                          ("between(X,50,110)*between(Y,112,120)", 170, 128, 128),
                          ("between(X,200,250)*between(Y,40,110)"
                           "*(lt(abs(X-225),1.5)+lt(abs(Y-75),1.5))",
                           60, 128, 128),
                          ("between(X,200,250)*between(Y,40,110)",
                           "22+40*" + _RAIN.replace("0.4*", ""), 128, 128),
                          ("lt(hypot((X-160)/25,(Y-126)/30),1)", 40, 128, 128),
                          ("gt(Y,150)", "70+8*sin(X/9)", 128, 128)],
                         ("90+40*exp(-hypot(X-80,Y-140)/60)", 128, 128),
                         mul="(0.92+0.08*sin(N*1.3)*sin(N*0.7+1))"),
    "fenend-ad": _card(["THE END"], 28, 74, 0, "0xe0e0e0"),
    # A 2010s American independent drama.
    "hourstitle-ad": _card(["small hours"], 16, 82, 0, "0xe8e8e8", FONT),
    "street-ad": _paint([("lt(hypot(X-60,Y-42),4)+lt(hypot(X-250,Y-42),4)", 240, 80, 170),
                         ("lt(abs(X-60),1.2)*between(Y,42,112)+lt(abs(X-250),1.2)"
                          "*between(Y,42,112)",
                          30, 128, 128),
                         ("between(X,120,200)*between(Y,96,112)+between(X,135,185)"
                          "*between(Y,86,96)",
                          28, 138, 122),
                         ("lt(mod(X,16),6)*lt(mod(Y,18),8)*lt(Y,95)*gt(Y,45)"
                          "*gt(sin(floor(X/16)*5.1+floor(Y/18)*2.3),0.6)", 160, 100, 150),
                         ("lt(Y,100)*gt(Y,30+20*lt(mod(X,80),50))", 24, 130, 126),
                         ("gt(Y,110)", "22+45*exp(-abs(abs(X-155)-95)/5)*exp(-(Y-110)/40)"
                          "*(0.7+0.3*sin(Y*1.9+N*0.4))", 112, 150)],
                        ("14", 136, 124),
                        add="45*exp(-hypot(X-60,Y-42)/25)+45*exp(-hypot(X-250,Y-42)/25)"),
    "kitchen-ad": _paint([("between(X,172,184)*between(Y,96,100)", 130, 100, 95),
                          ("between(X,241,289)*between(Y,42,148)*lt(abs(X-282),1.5)"
                           "*between(Y,60,90)",
                           60, 128, 128),
                          ("between(X,240,290)*between(Y,40,150)", 42, 130, 126),
                          ("between(X,60,120)*between(Y,40,90)"
                           "*(lt(abs(X-90),1.5)+lt(abs(Y-65),1.5))",
                           20, 128, 128),
                          ("between(X,60,120)*between(Y,40,90)",
                           "55+25*lt(hypot(mod(X,9)-4,mod(Y+N*0.3,11)-5),1.2)", 152, 116),
                          ("between(Y,100,108)*lt(X,235)", 48, 128, 128),
                          ("between(Y,108,150)*lt(X,235)*lt(mod(X,45),43)", 30, 130, 126),
                          ("gt(Y,150)", 24, 128, 128)],
                         ("20", 133, 125), add="18*exp(-hypot(X-90,Y-110)/50)"),
    "anna-ad": _face("(150+2*sin(N*0.09))", 86, (32, 130, 134), True, 118, (38, 136, 120),
                     ("20+22*exp(-hypot(X-285,Y-40)/50)", 134, 124),
                     add="-20*clip((150-X)/110,0,1)"),
    "ben-ad": _face("(172-2*sin(N*0.08))", 84, (26, 128, 130), False, 112, (30, 138, 120),
                    ("22+20*exp(-hypot(X-35,Y-50)/50)", 135, 123),
                    add="-20*clip((X-172)/110,0,1)"),
    "bedroom-ad": _paint([("lt(hypot(X-95,Y-113),10)", 44, 130, 128),
                          ("lt(hypot((X-92)/36,(Y-122)/10),1)", 66, 132, 126),
                          ("gt(Y,120)", "32+6*sin(X/11+Y/7)", 134, 126),
                          ("between(X,230,300)*between(Y,30,100)", "26+55*lt(mod(Y,8),4)", 112,
                           148),
                          ("lt(mod(Y+0.4*X,14),5)*between(X,150,228)*between(Y,20,95)", 36, 124,
                           136)],
                         ("17", 134, 126)),
    "living-ad": _paint([("lt(abs(X-70),8+0.4*(Y-58))*between(Y,58,76)", 66, 120, 140),
                         ("lt(abs(X-70),2)*between(Y,76,110)", 36, 128, 128),
                         ("between(X,50,90)*between(Y,110,140)", 28, 128, 130),
                         ("lt(hypot(X-200,Y-82),11)+lt(hypot((X-200)/20,(Y-114)/25),1)", 18, 128,
                          128),
                         ("between(X,120,300)*between(Y,100,150)", 34, 132, 134),
                         ("between(X,140,200)*between(Y,20,70)", 48, 150, 118),
                         ("gt(Y,150)", 24, 128, 128)],
                        ("19+3*sin(X/13)", 132, 126)),
    "hoursend-ad": _card(["written and directed by", "Dana Whitlock"], 11, 76, 20, "0xd8d8d8",
                         FONT),
    # A 1970s Soviet art film (drawn in greys and muted colour: the sepia is an effect).
    "flood-ad": _paint([(_DROP + "*lt(Y,130)", 205, 128, 128),
                        ("gt(Y,130)*lt(abs(hypot(mod(X,23)-11,(Y-150)*3)-mod(N*0.9+floor(X/23)"
                         "*5.3,14)),0.8)",
                         165, 128, 128),
                        ("gt(Y,130)", "62+20*sin(X/13+N*0.05)*sin(Y/5)", 126, 128),
                        ("between(X,200,260)*between(Y,30,100)*(lt(abs(X-230),2)+lt(abs(Y-65),2))",
                         40, 128, 128),
                        ("between(X,200,260)*between(Y,30,100)", 205, 124, 130)],
                       ("88+15*sin(X/7)*sin(Y/11)+12*sin(X/31)-20*gt(sin(X/17+Y/23)*sin(X/9),0.6)",
                        128, 130)),
    "marsh-ad": _paint([("lt(hypot(X-210,Y-99),3)+lt(abs(X-210),2.5)*between(Y,101,118)", 30, 128,
                         128),
                        ("lt(abs(X-80-4*sin(Y/11)),1.5+0.03*(Y-40))*between(Y,40,118)"
                         "+lt(abs(Y-62+0.4*(X-80)),1)*between(X,80,110)", 55, 128, 128),
                        ("gt(Y,130)*lt(abs(Y-142-8*sin(X/40)),5)", 150, 130, 126),
                        ("gt(Y,118)", "90+20*sin(X/9)*sin(Y/3)", 118, 132)],
                       ("170-0.3*Y", 130, 126)),
    "gaze-ad": _face("(160+1.2*sin(N*0.03))", 86, (42, 126, 130), False, 150, (52, 128, 128),
                     ("60+50*exp(-hypot(X-300,Y-60)/80)", 126, 130),
                     add="-35*clip((170-X)/110,0,1)"),
    "field-ad": _paint([("between(X,220,250)*between(Y,76,92)+lt(abs(X-235),0.9*(Y-66))"
                         "*between(Y,66,76)",
                         120, 120, 140),
                        ("between(Y,68,92)*gt(Y,72+6*sin(X/7)+4*sin(X/3))", 50, 122, 122),
                        ("gt(Y,90)", "110+18*sin(X/3+3*sin(N*0.08+Y/20))+25*sin(X/40-N*0.15+Y/10)",
                         108, 134)],
                       ("185-0.4*Y", 134, 124)),
    "dark-ad": _paint([("between(X,200,250)*between(Y,40,110)", "30+6*sin(Y/3)", 128, 128),
                       ("between(X,60,180)*between(Y,110,118)+lt(abs(abs(X-120)-55),2)"
                        "*between(Y,118,150)",
                        24, 128, 128),
                       ("gt(Y,150)", 14, 128, 128)],
                      ("11+4*sin(X/19)*sin(Y/13)", 128, 128)),
    "stillend-ad": _card(["КОНЕЦ"], 22, 78, 0, "0xd0d0d0", SERIF),
    # A 1980s television documentary.
    "haultitle-ad": _lines(_card(["NIGHT HAUL"], 30, 62, 0, "0xf0d040", FONT),
                           ["a documentary by Ruth Dunmore"], 11, 108, 0, "0xd0d0d0", FONT),
    "harbour-ad": _paint([(f"lt(abs(X-{_TRAWL}-40),1)*between(Y,62,96)", 40, 128, 128),
                          (f"lt(hypot(X-{_TRAWL}-40,Y-62),2)", 240, 110, 160),
                          (f"between(X,{_TRAWL}+44,{_TRAWL}+62)*between(Y,84,98)", 34, 128, 128),
                          (f"between(X,{_TRAWL},{_TRAWL}+70)*between(Y,96,110)"
                           f"*lt(Y,110-0.4*max(0,{_TRAWL}+12-X))", 22, 130, 126),
                          ("lt(hypot(mod(X,40)-20,Y-90),2.5)*gt(X,230)", 235, 90, 170),
                          ("between(Y,92,104)*gt(X,228)", 26, 128, 128),
                          ("gt(Y,100)", "30+35*exp(-abs(mod(X,40)-20)/3)*gt(X,230)"
                                        "*gt(sin(Y*1.3+N*0.3),0)"
                           "+8*sin(X/6+N*0.1)", 134, 126)],
                         ("72-0.2*Y+45*exp(-hypot(X-60,Y-82)/60)", 142, 132),
                         add="30*exp(-pow((Y-96)/14,2))*(0.7+0.3*sin(X/37+N*0.03))"),
    "deck-ad": _paint([("lt(hypot(X-60,Y-40),3)+lt(hypot(X-160,Y-30),3)+lt(hypot(X-260,Y-40),3)",
                        70, 128, 128),
                       ("lt(abs(X-160),1.5)*between(Y,30,95)", 40, 128, 128),
                       ("lt(hypot(X-140,Y-100),8)+lt(hypot((X-140)/14,(Y-125)/22),1)"
                        "+lt(hypot(X-232-4*sin(N*0.2),Y-96),8)"
                        "+lt(hypot((X-232-4*sin(N*0.2))/14,(Y-122)/22),1)",
                        130, 60, 150),
                       ("lt(hypot(X-90,Y-132),15)", 48, 128, 128),
                       ("lt(abs(Y-95+0.1*X),2)", 80, 128, 128),
                       ("gt(Y,95-0.1*X)", "42+10*sin(X/5)*sin(Y/7)", 125, 130)],
                      ("14+10*sin(X/13+N*0.2)*sin(Y/7)", 132, 125)),
    "wheel-ad": _face("(170+6*sin(N*0.1))", "(86+3*sin(N*0.13))", (30, 120, 120), False, 96,
                      (36, 140, 110),
                      ("10+130*lt(hypot(X-40,Y-150),24)"
                       "*exp(-mod(N*0.15-atan2(Y-150,X-40),6.283)*1.2)"
                       "+20*lt(hypot(X-40,Y-150),24)", 100, 100),
                      add="-20*clip((X-170)/90,0,1)"),
    "sea-ad": _paint([("lt(abs(Y-150-10*sin(N*0.2)+0.3*(X-160)),3)", 118, 128, 128),
                      ("gt(Y,150+10*sin(N*0.2)-0.3*(X-160))", 30, 128, 128)],
                     ("16+55*gt(sin(X/9+N*0.5)*sin(Y/5-N*0.3),0.55)+10*sin(X/21-N*0.2)", 132, 124)),
    "net-ad": _paint([("(lt(mod(X+Y,12),1)+lt(mod(X-Y,12),1))*between(Y,76,170)"
                       "*lt(abs(X-160),104-0.3*(Y-76))", 60, 120, 140),
                      ("lt(hypot(mod(X+7*floor(Y/9),14)-7,(mod(Y,9)-4.5)*1.8),3.5)"
                       "*between(Y,80,170)"
                       "*lt(abs(X-160),100-0.3*(Y-80))", "140+100*gt(sin(X*3.1+Y*2.3+N*1.1),0.85)",
                       124, 128)],
                     ("24+20*exp(-hypot(X-160,Y-20)/60)", 130, 126)),
    "dawnsea-ad": _paint([("between(X,150,190)*between(Y,94,100)+between(X,168,178)"
                           "*between(Y,86,94)"
                           "+lt(abs(X-160),0.6)*between(Y,74,94)", 80, 128, 128),
                          ("lt(hypot(mod(X-0.8*N,70)-35,3*(Y-40-10*sin(X/70))),3)"
                           "*lt(abs(mod(X-0.8*N,70)"
                           "-35),5)", 60, 128, 128),
                          ("gt(Y,100)", "118+12*sin(X/5+N*0.1)*sin(Y*1.3)", 130, 124)],
                         ("160-0.25*Y", 132, 124), add="20*exp(-pow((Y-100)/20,2))"),
    "haulend-ad": _card(["Camera  Ian Petrie", "Sound  Moira Lusk", "Producer  Ruth Dunmore"],
                        11, 62, 22, "0xe0e0e0", FONT),
    # A late-1950s teen film.
    "drivetitle-ad": _lines(_lines("nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='30+200"
                                   f"*{_STARS}'"
                                   ":cb=150:cr=118", ["DRIVE-IN SUMMER"], 26, 60, 0, "0xff60b0",
                                   FONT),
                            ["in Color"], 12, 104, 0, "0xffe070", SERIF),
    "lot-ad": _paint([("between(X,30,170)*between(Y,20,80)",
                       "140+40*sin(X/15+N*0.3)*sin(Y/9)-60"
                       "*lt(hypot((X-110-10*sin(N*0.05))/12,(Y-55)/18),1)",
                       150, 112),
                      ("between(X,40,160)*between(Y,80,106)", 14, 130, 126),
                      ("lt(abs(mod(X,46)-23),18)*between(Y,120,134)+lt(abs(mod(X,46)-23),10)"
                       "*between(Y,110,121)",
                       "22+120*lt(abs(Y-127),0.8)", "128+30*sin(floor(X/46)*2.1)",
                       "128+30*sin(floor(X/46)*3.3+1)"),
                      ("lt(abs(mod(X+23,46)-23),1)*between(Y,112,134)", 60, 128, 128),
                      ("gt(Y,134)", "24+4*sin(X/7)", 130, 128),
                      ("between(X,280,310)*between(Y,96,134)", 40, 128, 128),
                      ("lt(hypot(X-292,Y-104),2)", 240, 150, 110)],
                     (f"16+200*{_STARS}", 144, 120),
                     add="28*exp(-pow((Y-104+0.36*(292-X))/(2+0.06*(292-X)),2))"
                         "*between(X,110,292)"),
    "girl-ad": _face("(150+2*sin(N*0.07))", 86, (150, 110, 150), True, 175, (140, 140, 175),
                     ("18+16*sin(X/40)", 140, 120), add="-30*clip((X-150)/120,0,1)"),
    "boy-ad": _face("(170-2*sin(N*0.06))", 84, (24, 128, 128), False, 165, (80, 110, 190),
                    ("18+16*sin(X/40+1)", 140, 120), add="-30*clip((170-X)/120,0,1)"),
    "screen-ad": _paint([("lt(hypot(abs(X-160-10*sin(N*0.1))-10,Y-48),3)", 250, 128, 128),
                         ("lt(hypot((X-160-10*sin(N*0.1))/38,(Y-70)/46),1)"
                          "+lt(abs(X-160-10*sin(N*0.1)),14)"
                          "*between(Y,20,44)", 18, 128, 128),
                         ("gt(Y,120-30*lt(mod(X,38),26)*abs(sin(floor(X/38)*2.3)))", 40, 128, 128),
                         ("lt(X,8)+gt(X,312)+lt(Y,6)+gt(Y,174)", 10, 128, 128)],
                        ("150-0.4*Y", 128, 128), mul="(0.9+0.1*sin(N*2.9)*sin(N*1.1))"),
    "snack-ad": _lines(_paint([("between(X,90,230)*between(Y,30,58)", 25, 128, 140),
                               ("lt(abs(mod(X,50)-25),6)*between(Y,95,120)*between(X,60,260)", 40,
                                128, 128),
                               ("between(X,60,260)*between(Y,80,120)", 225, 100, 152),
                               ("between(X,40,280)*between(Y,60,150)", 165, 118, 142),
                               ("gt(Y,150)", "40+30*exp(-abs(X-160)/60)", 124, 134)],
                              (f"14+200*{_STARS}", 146, 118)),
                       ["SNACK BAR"], 20, 35, 0, "0xff4090", FONT),
    "sky-ad": _paint([("gt(Y,150-8*abs(sin(X/13))-5*sin(X/4))", 8, 128, 128),
                      ("between(X,20,80)*between(Y,120,150)", 12, 128, 128)],
                     (f"18+200*{_STARS}+15*sin(X/31+N*0.04)*sin(Y/17)", 146, 118)),
    "driveend-ad": _lines(_card(["THE END"], 30, 58, 0, "0xff60b0", SERIF, "0x0a0820"),
                          ["A Starlight Picture"], 11, 110, 0, "0xffe070", FONT),
    # A 1980s family adventure film.
    "suburb-ad": _paint([("lt(hypot(X-176,Y-100),3)", 70, 120, 140),
                         ("between(X,168,190)*between(Y,104,130)", 46, 128, 128),
                         ("between(mod(X,110),20,34)*between(Y,75,92)"
                          "*gt(sin(floor(X/110)*4.1+1),-0.2)",
                          185, 100, 160),
                         ("lt(hypot(X-290,Y-38),4)", 245, 110, 150),
                         ("lt(abs(X-290),1.2)*between(Y,38,130)", 26, 128, 128),
                         ("between(mod(X,110),10,90)*between(Y,60,130)", 30, 140, 122),
                         ("lt(abs(mod(X,110)-50),1.6*(Y-30))*between(Y,30,60)", 22, 140, 122),
                         ("gt(Y,130)", 26, 132, 122)],
                        ("20-0.05*Y", 150, 116),
                        add="22*(0.6+0.4*sin(X/43+N*0.03)*sin(Y/19))+40"
                            "*exp(-hypot(X-290,Y-38)/35)"),
    "bikes-ad": _paint([(f"{_kid(_BX)}+{_kid(_BX2)}", 8, 128, 128),
                        ("gt(Y,148)", 26, 132, 124)],
                       ("52+40*exp(-hypot(X-250,Y-60)/80)+12*sin(X/37+N*0.05)*sin(Y/23)", 142, 120),
                       add=f"{_beam(_BX)}+{_beam(_BX2)}"),
    "son-ad": _face("(158+2*sin(N*0.08))", 86, (60, 118, 140), False, 180, (110, 160, 110),
                    ("118+30*exp(-hypot(X-260,Y-30)/60)", 112, 144)),
    "mom-ad": _face("(165-2*sin(N*0.07))", 84, (70, 115, 145), True, 170, (150, 100, 160),
                    ("112+20*sin(X/30)", 112, 142)),
    "woods-ad": _paint([("lt(abs(mod(X+0.1*Y,47)-23-5*sin(floor(X/47)*3)),4+2*sin(floor(X/47)"
                         "*1.7))",
                         14, 132, 124),
                        ("gt(Y,150)", 20, 132, 124)],
                       ("34+22*sin(X/37+N*0.04)*sin(Y/23-N*0.02)", 142, 121)),
    "clearing-ad": _paint([("lt(abs(mod(X,38)-19-4*sin(floor(X/38)*2)),3)*lt(Y,150)"
                            "*(lt(X,100)+gt(X,230))",
                            10, 132, 124),
                           ("gt(Y,140+5*sin(X/17))", "30+6*sin(X/5)", 130, 124)],
                          ("22+16*sin(X/29+N*0.03)*sin(Y/19)-0.05*Y", 146, 118)),
    "sonnight-ad": _face("(160+2*sin(N*0.1))", 86, (50, 125, 135), False, 150, (40, 150, 120),
                         ("16+10*sin(X/20)", 146, 118)),
    "porchend-ad": _roll(["PORCH LIGHT", "", "Directed by", "Gary Lindqvist", "", "Screenplay by",
                          "Anne Holloway", "", "Music by", "Tom Rennick"], 11, 18, 1.5, "0xe8e8e8"),
}

# No text files: every card of this set is drawn by drawtext from its own text.
TEXT_FILES_AD = {}

FX_AD = {
    "grain81-ad": "noise=alls=11:allf=t+u:all_seed=48100019",
    "grain82-ad": "noise=alls=9:allf=t:all_seed=48100033",
    "grain83-ad": "noise=alls=10:allf=t+u:all_seed=48100051",
    "grain84-ad": "noise=alls=5:allf=t:all_seed=48100067",
    "grain85-ad": "noise=alls=7:allf=t+u:all_seed=48100081",
    "grain86-ad": "noise=alls=6:allf=t+u:all_seed=48100093",
    "closer-ad": "crop=iw*0.62:ih*0.62:iw*0.19:ih*0.15,scale=320:180",
    "near-ad": "crop=iw*0.84:ih*0.84:iw*0.08:ih*0.07,scale=320:180",
    # Looks: soft black and white with a glow in 1.37; muted low-light digital colour, full frame;
    # sepia monochrome or faded colour in 1.66; soft 4:3 video with chroma bleed; saturated
    # Technicolor in 2.35; warm colour against blue night in 1.85.
    "gothic-ad": "hue=s=0,eq=contrast=1.12:gamma=0.95",
    "box137-ad": "scale=246:180,pad=320:180:37:0:black",
    "indie-ad": "eq=saturation=0.75:contrast=0.92:brightness=0.015,colorbalance=gs=0.03:bs=0.02",
    "sepia-ad": "hue=s=0,lutyuv=u=114:v=142",
    "faded-ad": "eq=saturation=0.6:contrast=0.9,colorbalance=rs=0.04:bs=-0.04",
    "box166-ad": "scale=298:180,pad=320:180:11:0:black",
    "video-ad": "eq=saturation=1.15:contrast=0.95,chromashift=cbh=2:crh=-1,gblur=sigma=0.6",
    "box43-ad": "scale=240:180,pad=320:180:40:0:black",
    "scope-ad": "eq=saturation=1.45:contrast=1.08",
    "box235-ad": "scale=320:136,pad=320:180:0:22:black",
    "amblin-ad": "eq=saturation=1.1:contrast=1.05,colorbalance=rs=0.05:bs=0.05:rh=0.06:bh=-0.03",
    "box185-ad": "scale=320:172,pad=320:180:0:4:black",
    # Camera moves: a slow push in on a manor; a slow pan over the fen; a hand-held camera; a slow
    # creep in on a face; a trawler's swell; a slow pan along the drive-in's lot.
    "pushm-ad": "zoompan=z='1+0.0015*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)"
                "*0.45'",
    "panfen-ad": "scale=384:216,crop=320:180:x='64*clip(n/(2*MID),0,1)':y=18",
    "hand-ad": "scale=336:189,crop=320:180:x='8+4*sin(n*0.31)+2*sin(n*0.83)':y='4+3*sin(n*0.43+1)'",
    "creep-ad": "zoompan=z='1+0.001*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)"
                "*0.4'",
    "swell-ad": "scale=352:198,crop=320:180:x='16+6*sin(n*0.21)':y='9+8*sin(n*0.17+1)'",
    "panlot-ad": "scale=384:216,crop=320:180:x='64-64*clip(n/(2*MID),0,1)':y=30",
    # Things that are not boundaries, around MID. Light changing over several frames: lightning
    # (twice, with a bolt); a far door opened on a lit room, its light spilling down a corridor;
    # a fridge opened in a dark kitchen; a car's headlights sweeping over a ceiling through the
    # blinds; a lamp switched on; a candle carried across a dark room; a trawler's deck lights
    # switched on bank by bank; a car's headlights sweeping into the lens; a drive-in screen's
    # flicker on faces; a neon sign flickering on; fireworks lighting a lot and a sky; a porch
    # light flickering on; torch beams swept into the lens; a light from the sky flooding a
    # clearing to near white; a face lit by it. Besides: rain, fog drifting, a candle's flicker,
    # a car and a crew member passing the lens, a wave over the bow, a caption fading in.
    "rain-ad": _overlay(_RAIN, 190),
    "rainv-ad": _overlay(_RAIN.replace("0.4*", "0.3*"), 170, 132, 124),
    "lightning-ad": _overlay("lt(abs(X-70-12*sin(Y/7)-6*sin(Y/3)),1.5)*lt(Y,75)"
                             "*(eq(N,MID-20)+eq(N,MID-17)+eq(N,MID+12))", 250) + ","
                    + _lift(["0.45*eq(n,MID-20)", "0.15*eq(n,MID-19)", "0.35*eq(n,MID-17)",
                             "0.5*eq(n,MID+12)", "0.2*eq(n,MID+13)", "0.08*eq(n,MID+14)"]),
    "lightning2-ad": _lift(["0.4*eq(n,MID-6)", "0.12*eq(n,MID-5)", "0.5*eq(n,MID+2)",
                            "0.25*eq(n,MID+3)", "0.4*eq(n,MID+5)"]),
    "dooropen-ad": _overlay(f"between(X,146,146+30*{_DOOR})*gt({_DOOR},0)*between(Y,70,128)",
                            228) + ","
                   + _overlay(f"0.55*{_DOOR}*gt(Y,128)*gt(X,146-0.35*(Y-128))"
                              f"*lt(X,146+30*{_DOOR}+0.9*(Y-128))", 170) + ","
                   + _lift(["0.05*clip((n-MID)/8,0,1)"]),
    "candle-ad": _overlay("lt(hypot((X-60)/3,(Y-150-2*sin(N*1.3))/7),1)", 250) + ","
                 + _lift(["0.04*sin(n*1.9)*sin(n*0.7+1)"]),
    "fogdrift-ad": _overlay("0.55*clip(exp(-pow((Y-112)/22,2))*(0.7+0.3*sin(X/37+N*0.04)"
                            "*sin(X/13-N*0.03)),0,1)", 150),
    "carpass-ad": _overlay("clip(1.5*exp(-hypot(X-160+(N-MID+5)*45,Y-120)/30),0,1)"
                           "*between(N,MID-9,MID-3)",
                           245, 120, 138) + ","
                  + _overlay("lt(abs(X-160+(N-MID)*45),100)"
                             "*gt(Y,50+10*lt(abs(X-160+(N-MID)*45),60))"
                             "*between(N,MID-4,MID+4)", 14, 130, 126),
    "fridge-ad": _overlay(f"between(X,240,240+48*{_FRIDGE})*gt({_FRIDGE},0)*between(Y,42,148)", 225,
                          132, 122) + ","
                 + _overlay(f"0.5*{_FRIDGE}*exp(-hypot(X-262,Y-140)/70)", 200, 132, 122) + ","
                 + _lift(["0.06*clip((n-MID)/5,0,1)"]),
    "headsweep-ad": _overlay("0.7*between(N,MID-12,MID+12)*lt(abs(X-(160-(N-MID)*16)-0.6*Y),22)"
                             "*lt(mod(Y+0.3*X,10),5)*lt(Y,112)", 200, 120, 136),
    "lampon-ad": _overlay(f"{_LAMP}*{_glow(70, 68, 45, 1.3)}", 230, 100, 160) + ","
                 + _lift(["0.1*clip((n-MID)/3,0,1)"]),
    "fogdrift2-ad": _overlay("0.6*clip((0.65+0.35*sin(X/41+N*0.03)*sin(Y/17-N*0.02))"
                             "*exp(-pow((Y-105)/40,2)),0,1)", 205),
    "candlewalk-ad": _overlay(f"lt(hypot((X-{_CW})/2.5,(Y-92-2*sin(N*1.7))/6),1)"
                              f"*between(N,MID-28,MID+28)",
                              250, 100, 160) + ","
                     + _overlay(f"0.8*clip(exp(-hypot(X-{_CW},Y-100)/50),0,1)"
                                f"*between(N,MID-28,MID+28)",
                                170, 110, 150),
    "fogv-ad": _overlay("0.45*clip((0.6+0.4*sin(X/33+N*0.05)*sin(Y/21))"
                        "*exp(-pow((Y-96)/30,2)),0,1)",
                        140, 132, 126),
    "decklights-ad": _overlay(f"clip(gte(N,MID-6)*{_glow(60, 40, 30)}+gte(N,MID)"
                              f"*{_glow(160, 30, 30)}"
                              f"+gte(N,MID+6)*{_glow(260, 40, 30)},0,1)", 245, 120, 140) + ","
                     + _lift(["0.05*(gte(n,MID-6)+gte(n,MID)+gte(n,MID+6))"]),
    "caption-ad": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=0xffffff"
                  ":text='Tom Baird  skipper':x=30:y=h-34:shadowx=1:shadowy=1"
                  ":alpha='clip((n-MID)/6,0,1)':enable='gte(n,MID)'",
    "wave-ad": _overlay("clip(1.3*exp(-pow((N-MID)/3,2))*(0.7+0.3*sin(X/5+Y/4+N)),0,0.9)"
                        "*gt(Y,30+20*sin(X/30))", 220, 130, 126),
    "crewpass-ad": _overlay("lt(hypot((X-160+(N-MID)*45)/70,(Y-100)/110),1)*between(N,MID-5,MID+5)",
                            130, 60, 150),
    "headsweep2-ad": _overlay(f"clip(1.5*({_glow(_HX, 125, 14, 1)}"
                              f"+{_glow(_HX + '+40', 125, 14, 1)}),0,1)"
                              "*between(N,MID-14,MID+14)", 250, 115, 135) + ","
                     + _lift(["0.35*exp(-pow((n-MID)/4,2))"]),
    "screenflick-ad": _overlay("0.25*(0.5+0.5*sin(N*0.9)*sin(N*0.37+1))", 200,
                               "128+30*sin(N*0.13)", "128+30*sin(N*0.21+2)"),
    "neonon-ad": _overlay("between(X,90,230)*between(Y,30,58)"
                          "*(lt(N,MID-8)+between(N,MID-6,MID-5)+eq(N,MID-2))",
                          25, 128, 140),
    "fireworks-ad": _fireworks([(60, 40, -20, 240, 90, 190), (230, 30, -8, 235, 180, 100),
                                (140, 50, 4, 245, 80, 120), (260, 60, 14, 240, 110, 200)]),
    "fireworks2-ad": _fireworks([(100, 60, -6, 245, 80, 160), (220, 50, 3, 240, 170, 110),
                                 (160, 80, 10, 245, 128, 128)]),
    "porchon-ad": _overlay(f"max(eq(N,MID-5),clip((N-MID)/4,0,1))*{_glow(176, 100, 35)}",
                           235, 100, 165) + ","
                  + _lift(["0.04*max(eq(n,MID-5),clip((n-MID)/4,0,1))"]),
    "beams-ad": _overlay("0.6*clip(exp(-pow((atan2(X-100,130-Y)-0.8*sin((N-MID)*0.07))/0.09,2))"
                         "+exp(-pow((atan2(X-220,125-Y)+0.3+0.5*sin(N*0.05))/0.09,2)),0,1)"
                         "*lt(Y,128)",
                         215, 120, 136) + ","
                + _overlay(f"clip(1.6*exp(-hypot(X-100,Y-128)/(8+30*exp(-pow((N-MID)/3,2)))),0,1)",
                           250, 120, 136) + ","
                + _lift(["0.3*exp(-pow((n-MID)/2.5,2))"]),
    "glare-ad": _overlay(f"clip({_GL}*(0.45+0.55*exp(-hypot(X-160,Y-30)/80)),0,0.96)",
                         250, 136, 120),
    "lightface-ad": _overlay("0.35*(0.6+0.4*sin(N*0.5))*exp(-Y/120)", 240, 136, 120),
}

# held-out-ad (clips 180-185): new recipes again, written after held-out-ac without running the
# detector on them. Film material of six more kinds, clips of about 19 to 23 s with 10 shots,
# with an emphasis on night and low light, light changing over several frames, rain, fog and slow
# dissolves: a 1940s black-and-white Gothic romance in 1.37 (rain, lightning twice, a door opened
# on a lit room at the end of a dark corridor, candlelight and firelight flickering, a slow pan
# over a fen in drifting fog, a 44-frame dissolve, a cut between two dark night shots), a 2010s
# American independent drama in full frame (a street in the rain, a car passing the lens, a fridge
# opened in a dark kitchen, a shot-reverse-shot dialogue between two dim faces of similar colour,
# headlights sweeping over a ceiling, a lamp switched on), a 1970s Soviet art film in 1.66 (sepia
# and faded colour, rain falling inside a room, fog over a marsh, a candle carried across a dark
# room, a 60-frame dissolve, a fade through white, a 40-frame dissolve through grays), a 1980s
# television documentary in 4:3 (fog over a harbour, deck lights switched on bank by bank in the
# rain, a caption fading in, a radar sweeping, a heaving camera, a wave over the bow, a crew
# member passing the lens), a late-1950s teen film in 2.35 (a car's headlights swept into the
# lens, a screen's flicker on faces, a neon sign flickering on, fireworks lighting a lot and a
# sky), a 1980s family adventure film in 1.85 (a porch light flickering on in fog, torches on
# bikes, torch beams swept into the lens, a light from the sky flooding a clearing to near white,
# credits rolling); cuts between dark shots and shots of similar colour, dissolves of 20 to 60
# frames, fades through black and white and fade outs and ins.
_GO = "gothic-ad grain81-ad box137-ad"
_IN = "indie-ad grain82-ad"
_SE = "sepia-ad grain83-ad box166-ad"
_FC = "faded-ad grain83-ad box166-ad"
_VI = "video-ad grain84-ad box43-ad"
_TC = "scope-ad grain85-ad box235-ad"
_AM = "amblin-ad grain86-ad box185-ad"
HELD_OUT_AD = [
    ("the-house-on-the-fen", [S("fentitle-ad", 44, 0, _GO), "fadeio:12:16",
                              S("manor-ad", 80, 0, f"pushm-ad rain-ad lightning-ad {_GO}"), "cut",
                              S("hall-ad", 72, 0, f"dooropen-ad {_GO}"), "cut",
                              S("heroine-ad", 40, 0, f"candle-ad {_GO}"), "cut",
                              S("hero-ad", 34, 0, _GO), "cut",
                              S("heroine-ad", 74, 120, f"closer-ad candle-ad {_GO}"), "fade:44",
                              S("fen-ad", 92, 0, f"panfen-ad fogdrift-ad {_GO}"), "cut",
                              S("manor-ad", 60, 200, f"near-ad rain-ad lightning2-ad {_GO}"),
                              "fadeblack:30",
                              S("drawing-ad", 56, 0, _GO), "cut",
                              S("fenend-ad", 40, 0, _GO)]),
    ("small-hours", [S("hourstitle-ad", 40, 0, _IN), "cut",
                     S("street-ad", 70, 0, f"rain-ad carpass-ad {_IN}"), "fade:36",
                     S("kitchen-ad", 72, 0, f"fridge-ad {_IN}"), "cut",
                     S("anna-ad", 36, 0, f"hand-ad {_IN}"), "cut",
                     S("ben-ad", 30, 0, f"hand-ad {_IN}"), "cut",
                     S("anna-ad", 28, 80, f"near-ad hand-ad {_IN}"), "cut",
                     S("ben-ad", 48, 60, f"closer-ad hand-ad {_IN}"), "fadeblack:24",
                     S("bedroom-ad", 84, 0, f"headsweep-ad {_IN}"), "cut",
                     S("living-ad", 62, 0, f"lampon-ad {_IN}"), "fadeio:24:12",
                     S("hoursend-ad", 40, 0, _IN)]),
    ("the-still-water", [S("flood-ad", 96, 0, _SE), "fade:60",
                         S("marsh-ad", 90, 0, f"fogdrift2-ad {_SE}"), "cut",
                         S("gaze-ad", 48, 0, f"creep-ad {_SE}"), "cut",
                         S("field-ad", 60, 0, _FC), "cut",
                         S("gaze-ad", 40, 150, f"near-ad {_FC}"), "fadewhite:24",
                         S("dark-ad", 80, 0, f"candlewalk-ad {_SE}"), "cut",
                         S("flood-ad", 40, 300, f"closer-ad {_SE}"), "cut",
                         S("marsh-ad", 64, 200, f"near-ad fogdrift2-ad {_SE}"), "fadegrays:40",
                         S("field-ad", 70, 200, _FC), "cut",
                         S("stillend-ad", 40, 0, _SE)]),
    ("night-haul", [S("haultitle-ad", 36, 0, _VI), "fadeio:8:10",
                    S("harbour-ad", 70, 0, f"fogv-ad {_VI}"), "cut",
                    S("deck-ad", 72, 0, f"swell-ad decklights-ad rainv-ad {_VI}"), "cut",
                    S("wheel-ad", 56, 0, f"caption-ad {_VI}"), "cut",
                    S("sea-ad", 40, 0, f"swell-ad wave-ad {_VI}"), "cut",
                    S("deck-ad", 44, 200, f"near-ad swell-ad rainv-ad crewpass-ad {_VI}"), "cut",
                    S("net-ad", 50, 0, f"swell-ad {_VI}"), "fade:30",
                    S("dawnsea-ad", 80, 0, f"fogv-ad {_VI}"), "cut",
                    S("wheel-ad", 34, 300, f"closer-ad {_VI}"), "fadeblack:20",
                    S("haulend-ad", 40, 0, _VI)]),
    ("drive-in-summer", [S("drivetitle-ad", 40, 0, _TC), "cut",
                         S("lot-ad", 80, 0, f"panlot-ad headsweep2-ad {_TC}"), "cut",
                         S("girl-ad", 36, 0, f"screenflick-ad {_TC}"), "cut",
                         S("boy-ad", 40, 0, f"screenflick-ad {_TC}"), "fade:20",
                         S("screen-ad", 44, 0, _TC), "cut",
                         S("snack-ad", 60, 0, f"neonon-ad {_TC}"), "cut",
                         S("girl-ad", 24, 100, f"closer-ad screenflick-ad {_TC}"), "cut",
                         S("lot-ad", 90, 200, f"near-ad fireworks-ad {_TC}"), "fadewhite:18",
                         S("sky-ad", 64, 0, f"fireworks2-ad {_TC}"), "fadeblack:28",
                         S("driveend-ad", 40, 0, _TC)]),
    ("porch-light", [S("suburb-ad", 84, 0, f"porchon-ad {_AM}"), "cut",
                     S("bikes-ad", 64, 0, _AM), "cut",
                     S("son-ad", 36, 0, _AM), "cut",
                     S("mom-ad", 36, 0, _AM), "cut",
                     S("son-ad", 52, 100, f"near-ad {_AM}"), "fade:28",
                     S("woods-ad", 84, 0, f"beams-ad {_AM}"), "cut",
                     S("clearing-ad", 80, 0, f"glare-ad {_AM}"), "cut",
                     S("sonnight-ad", 40, 0, f"closer-ad lightface-ad {_AM}"), "fadewhite:20",
                     S("suburb-ad", 60, 300, f"near-ad {_AM}"), "fadeio:20:12",
                     S("porchend-ad", 60, 0, _AM)]),
]
