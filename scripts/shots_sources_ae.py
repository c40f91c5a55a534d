"""Sources, effects and recipes of held-out-ae (clips 186-191), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-185. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a white country
hotel under a bright sky, its corridor ending in a burnt-out window, a long dinner table lit by
candles, a father's and a son's faces (the son backlit by a window), the hotel's kitchen under
strip lights, the garden at night under a string of bulbs and a breakfast room in the morning (a
1990s Danish Dogme 95 family celebration in 1.66, hand-held video with available light, a guest
and a waiter passing the lens, a guest's camera flash, the camera's iris hunting and stopping
down on a pan to the window, a torch swept into the lens at night); a title on red, a grey
courtyard with red lanterns lit one by one, a dye works of hanging red and yellow cloth with a
sheet falling past the lens, a wife's and a husband's faces, the courtyard at night with its
lanterns covered one by one, snowy roofs seen from above with a figure in red and a sorghum field
in a gust of wind (a 1990s Chinese period drama of the Fifth Generation in 1.85, saturated reds
and yellows, long dissolves); an arena with two team booths under a giant screen, a game's map
dragged across, two players' face cams, a teamfight full of spell flashes and its slow-motion
replay, two casters at a desk, the crowd under sweeping beams and a trophy raised under
photographers' flashes (a 2020s esports tournament broadcast, full frame, under a score bug,
with pyro, confetti and a name caption sliding in); peaks under racing clouds and their shadows,
two climbers roped on a ridge, an intertitle, a hut lit by an oil lamp turned up, a climber's
frosted face in a blizzard, an avalanche whose powder cloud covers the lens, a procession of
torches at night and a peak lit by the dawn (a 1920s German mountain film in 1.33, black and
white tinted blue, amber and rose, with flicker, gate weave, scratches and a vignette); a village
pond as the rain begins, a girl's face under a verandah, a field of white kaash flowers with two
children running, a steam train across the fields with its smoke drifting over the lens, a mud
courtyard at dusk where an oil lamp is lit, a boy's face by lamplight, a monsoon storm with
lightning and the pond at dawn in mist with a dragonfly past the lens (a 1950s Bengali village
film in 1.37, soft grainy black and white); a hillside of brick houses under kites, a chicken
chased down an alley by a running camera, children running at the lens down a stepped alley, a
gang firing in a sunlit street, a young photographer's face and his flash, a rooftop at sunset
with laundry and a kite past the lens, a 1970s flashback to a beach promenade with a bus, the
hill at night under police lights and a kite against the dusk with a credit (a 2000s Brazilian
favela crime film in 2.39, a hot yellow grade, faded colour for the flashback).
"""

from shots_lavfi import FONT, SERIF, half as _half, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_ac import _pass
from shots_sources_ad import _card, _glow, _lift
from shots_sources_q import _lines
from shots_sources_x import _face


def _flash(frames, amount):
    """An effect: the whole picture brightened by amount (a list, one for each frame) on frames
    MID+k for k in frames."""
    return _lift([f"{a}*eq(n,MID{k:+d})" for k, a in zip(frames, amount)])


def _border(src, x, y, w, h, color):
    """src with a thin rectangular frame drawn on it (an intertitle's border)."""
    return f"{src},drawbox=x={x}:y={y}:w={w}:h={h}:c={color}:t=2"


# A 1990s Danish Dogme 95 family celebration.
_VP = "(Y-85)"
_DX = "abs(X-160)"


def _guests(y, w, seed):
    """A row of guests seen across a table: heads at height y, one every w pixels, hair and
    clothes chosen by seed: masks and colours (mask, lum, cb, cr) for hair, head and body."""
    k = f"floor(X/{w})"
    c = f"(mod(X,{w})-{w / 2})"
    return [(f"lt(hypot({c},(Y-{y}+4)/1.1),{w * 0.3})*lt(Y,{y}-2)",
             f"30+150*gt(sin({k}*{seed}),0.5)+40*gt(sin({k}*{seed}*1.7),0.7)", 126, 134),
            (f"lt(hypot({c},(Y-{y})/1.2),{w * 0.27})", f"158+22*sin({k}*{seed}*2.3)", 114, 146),
            (f"between(Y,{y}+10,{y}+40)*lt(abs({c}),{w * 0.38}+0.3*(Y-{y}-10))",
             f"25+160*gt(sin({k}*{seed}*3.1),0.6)", 128, f"128+34*gt(sin({k}*{seed}*4.3),0.5)")]


# A 1990s Chinese period drama of the Fifth Generation.
_LAN = "(mod(X-10,60)-30)"
_LANK = "floor((X-10)/60)"
_SWAY = "5*sin(N*0.08+Y/35)"
_STRIP = f"floor((X-{_SWAY})/32)"
_SG = "((3+12*exp(-pow((N-45)/14,2)))*sin(N*0.25+X/40)*(1-Y/200))"
_SGK = f"floor((X-{_SG})/11)"
_SGH = f"(50+10*sin({_SGK}*3.7))"

# A 2020s esports tournament broadcast.
_RIV = "(Y-90+0.55*(X-160))"
_LANE = "(Y-90-0.55*(X-160))"


def _row(y, shift, bob):
    """A row of the crowd at height y (heads, and bodies below), bouncing by bob pixels."""
    b = f"{bob}*sin(N*0.5+floor((X+{shift})/26)*1.7)"
    return (f"lt(hypot(mod(X+{shift},26)-13,Y-{y}-{b}),9)+gt(Y,{y}+5+{b})")


def _fighter(x, y, lum, cb, cr):
    """A game character seen from above: a round body at (x, y) and a smaller ring."""
    return (f"lt(hypot(X-{x},Y-{y}),6)+lt(abs(hypot(X-{x},Y-{y})-10),1)", lum, cb, cr)


# A 1920s German mountain film (drawn in greys: the blue, amber and rose tints are effects).
_PEAK = "(70+28*abs(sin(X/41+0.7))+14*abs(sin(X/13))+6*sin(X/5))"
_RIDGE = "(150-0.35*X)"
_C1 = "(140+0.3*N)"
_C2 = "(190+0.3*N)"


def _climber(x):
    """A climber standing on the ridge at x: body, head and the ice axe."""
    r = _RIDGE.replace("X", x)
    return (f"lt(hypot((X-{x})/4.5,(Y-{r}+12)/11),1)+lt(hypot(X-{x},Y-{r}+27),3.8)"
            f"+lt(abs(X-{x}-7),0.9)*between(Y,{r}-24,{r}-2)")


def _torch(j):
    """Where torch j of the procession is on its zigzag path up the mountain: (x, y)."""
    u = f"mod(0.0035*N+{j}*0.085,1)"
    return f"(60+200*abs(mod(4*{u},2)-1))", f"(172-100*{u})"


# A 1950s Bengali village film (drawn in greys).
_RING = ("lt(abs(hypot(mod(X,23)-11,(mod(Y,19)-9)*1.6)-mod(N*0.9+17*abs(sin(floor(X/23)*7.7"
         "+floor(Y/19)*3.3)),14)),0.7)")
_KS = "(6*sin(N*0.12+X/60))"
_XE = "(330-4*N)"
_PALM = "(0.004*(1+0.4*sin(N*0.15)))"

# A 2000s Brazilian favela crime film.
_U = "(X+9*N)"
_XC = "(150+10*sin(N*0.5))"
_YC = "(128-5*abs(sin(N*0.9)))"
_HC = "floor((X+7*floor(Y/16))/22)"
_BUS = "(330-2.2*N)"


def _kite(x, y, s, lum, cb, cr):
    """A kite (a diamond of half-width 6*s) at (x, y) with its spars."""
    return (f"lt(abs(X-{x})/{6 * s}+abs(Y-{y})/{9 * s},1)", lum, cb, cr)


def _gangster(x):
    """A gang member seen from below at x: head, body and a pistol held out to the right."""
    return (f"lt(hypot(X-{x},Y-58),9)+between(Y,66,175)*lt(abs(X-{x}),11+0.06*(Y-66))"
            f"+lt(abs(Y-92+0.25*(X-{x})),2.2)*between(X,{x}+8,{x}+30)")


LAVFI_AE = {
    # A 1990s Danish Dogme 95 family celebration.
    "hotel-ae": _paint([("lt(hypot(X-208,Y-146),5)+lt(hypot(X-236,Y-146),5)", 15, 128, 128),
                        ("between(X,209,235)*between(Y,120,128)", 150, 135, 125),
                        ("between(X,196,248)*between(Y,128,146)+between(X,206,238)"
                         "*between(Y,118,130)", 40, 150, 118),
                        ("between(X,150,170)*between(Y,110,140)", 60, 120, 140),
                        ("between(X,50,270)*between(Y,62,132)*between(mod(X-50,28),6,20)"
                         "*between(mod(Y-62,26),4,20)*(1-between(X,146,174)*gt(Y,104))",
                         "55+25*gt(mod(X+Y,9),6)", 132, 124),
                        ("between(X,40,280)*between(Y,52,140)", "205+8*sin(Y/3)", 126, 132),
                        ("between(X,90,100)*between(Y,12,30)+between(X,220,230)"
                         "*between(Y,12,30)", 90, 115, 150),
                        ("between(Y,24,52)*lt(abs(X-160),100+(Y-24))", "70+10*lt(mod(Y,5),1)", 108,
                         168),
                        ("lt(hypot((X-12)/26,(Y-110)/70),1)+lt(hypot((X-305)/28,(Y-100)/80),1)",
                         "45+15*sin(X*1.3)*sin(Y*1.7)", 112, 118),
                        ("gt(Y,140)*lt(abs(X-160),12+0.9*(Y-140))", 170, 122, 134),
                        ("gt(Y,140)", "105+10*sin(X/7+Y/3)", 100, 112)],
                       ("236-0.15*Y", 132, 124)),
    "lobby-ae": _paint([("lt(abs(X-160),16)*between(Y,70,97)", 248, 128, 128),
                        ("lt(abs(X-160),30)*lt(abs(Y-85),22)", 175, 114, 138),
                        ("between(X,54,76)*lt(abs(Y-80),0.3*(160-X)-4)", 62, 120, 140),
                        ("between(X,50,80)*lt(abs(Y-80),0.3*(160-X))", 160, 100, 150),
                        ("between(X,244,266)*lt(abs(Y-80),0.3*(X-160)-4)", 80, 140, 120),
                        ("between(X,240,270)*lt(abs(Y-80),0.3*(X-160))", 160, 100, 150),
                        ("lt(abs(X-160),6)*lt(abs(Y-40),2)+lt(abs(X-160),4)*lt(abs(Y-54),1.5)",
                         250, 120, 140),
                        (f"gt({_VP},0.733*{_DX})",
                         f"78+14*lt(mod(40*(X-160)/({_VP}+1),14),1.5)", 112, 146),
                        (f"gt(-{_VP},0.733*{_DX})", 188, 124, 132)],
                       (f"150-30*clip(({_DX}-30)/130,0,1)", 112, 140),
                       add="40*exp(-hypot(X-160,Y-85)/50)"),
    "table-ae": _paint([("lt(hypot((mod(X+30,70)-35)/2.5,(Y-97-1.5*sin(N*1.7+floor(X/70)))/5),1)",
                         245, 90, 160),
                        ("lt(abs(mod(X+30,70)-35),1.6)*between(Y,102,118)", 230, 126, 132),
                        ("lt(hypot((mod(X+12,35)-17)/3,(Y-111)/6),1)", 205, 128, 138),
                        ("lt(hypot((mod(X,35)-17)/10,(Y-124)/3),1)", 238, 128, 128),
                        ("between(Y,108,140)", "215-20*(Y-108)/32", 126, 130),
                        *_guests(72, 40, 2.7),
                        ("between(mod(X,110),34,76)*between(Y,22,48)", "70+30*sin(X/5)*sin(Y/4)",
                         116, 132),
                        ("between(mod(X,110),30,80)*between(Y,18,52)", 150, 96, 150)],
                       ("58+8*sin(X/6)*sin(Y/6)", 122, 152), add="30*exp(-hypot(X-160,Y-10)/60)"),
    "father-ae": _face("(160+3*sin(N*0.11))", "(86+2*sin(N*0.07))", (165, 128, 128), False, 170,
                       (28, 126, 130),
                       ("66+10*sin(X/8)*sin(Y/8)+30*exp(-hypot(X-40,Y-40)/50)", 118, 150),
                       add="-15*clip((X-160)/140,0,1)"),
    "son-ae": _face("(150+4*sin(N*0.13))", "(88+3*sin(N*0.1))", (28, 128, 128), False, 135,
                    (205, 128, 128),
                    ("215-150*(lt(abs(mod(X,64)-32),3)+lt(abs(Y-60),3))", 134, 122), add="-20"),
    "kitchen-ae": _paint([("lt(abs(Y-8),3)*(lt(abs(X-80),40)+lt(abs(X-240),40))", 250, 128, 124),
                          ("lt(hypot(X-230,(Y-62)/1.2),12)", 160, 114, 146),
                          ("between(X,218,242)*between(Y,34,52)+lt(hypot(X-230,(Y-34)/0.8),14)"
                           "*lt(Y,40)", 235, 128, 128),
                          ("between(Y,74,122)*lt(abs(X-230),22+0.2*(Y-74))", 220, 128, 128),
                          ("lt(hypot((X-70)/22,(Y-105)/6),1)+between(X,48,92)*between(Y,105,122)"
                           "+lt(hypot((X-120)/16,(Y-108)/5),1)+between(X,104,136)"
                           "*between(Y,108,122)", "70+40*gt(X,84)", 130, 126),
                          ("between(X,40,150)*between(Y,20,40)", "140+20*sin(X/3)", 132, 126),
                          ("between(Y,122,180)", "150+40*exp(-pow((Y-124)/3,2))+10*sin(X/2)", 134,
                           124)],
                         ("205-35*(lt(mod(X,16),1)+lt(mod(Y,16),1))", 130, 126),
                         add="35*clip(exp(-hypot(X-90,Y-70)/40)*(0.6+0.4*sin(Y/6+N*0.4)"
                             "*sin(X/9-N*0.2)),0,1)*lt(Y,104)"),
    "garden-ae": _paint([("lt(hypot(mod(X,20)-10,Y-34-0.0018*(X-160)*(X-160)),2.5)", 250, 100,
                          160),
                         ("lt(abs(Y-30-0.0018*(X-160)*(X-160)),0.6)", 50, 128, 128),
                         ("between(X,200,300)*between(Y,70,120)*between(mod(X-200,25),6,16)"
                          "*between(mod(Y-70,25),6,16)", 180, 90, 160),
                         ("between(X,200,300)*between(Y,70,120)+lt(abs(X-250),55-(Y-40))"
                          "*between(Y,40,70)", 16, 132, 126),
                         ("lt(hypot(X-110,Y-100),6)+between(X,103,117)*between(Y,106,140)"
                          "+lt(hypot(X-142,Y-98),6)+between(X,135,149)*between(Y,104,140)"
                          "+lt(hypot(X-172,Y-103),5)+between(X,166,178)*between(Y,108,140)",
                          34, 120, 140),
                         ("lt(hypot((X-60)/40,(Y-80)/55),1)+between(X,56,64)*between(Y,110,150)",
                          8, 128, 128),
                         ("gt(Y,130)", "20+8*sin(X*0.9+Y*1.3)", 132, 118)],
                        ("22+10*exp(-Y/80)", 145, 120),
                        add="35*exp(-abs(Y-34-0.0018*(X-160)*(X-160))/10)"),
    "breakfast-ae": _paint([("lt(hypot(X-262,Y-78),13)*lt(Y,84)", 110, 110, 140),
                            ("lt(hypot(X-260,Y-82),11)", 160, 114, 146),
                            ("between(Y,94,122)*lt(abs(X-260),18+0.3*(Y-94))", 120, 150, 110),
                            ("lt(hypot((X-180)/8,(Y-116)/6),1)+lt(hypot((X-230)/8,(Y-116)/6),1)",
                             245, 128, 128),
                            ("between(X,200,212)*between(Y,98,120)", 50, 128, 128),
                            ("between(Y,120,150)*between(X,60,300)", 228, 126, 130),
                            ("between(X,10,110)*between(Y,20,125)*(lt(mod(X-10,50),3)"
                             "+lt(mod(Y-20,35),3))", 150, 128, 128),
                            ("between(X,10,110)*between(Y,20,125)", 250, 130, 126),
                            ("between(Y,10,140)*(between(X,0,14)+between(X,106,122))", 205, 140,
                             120),
                            ("gt(Y,150)", 110, 118, 140)],
                           ("188+10*sin(X/50)", 126, 132)),
    # A 1990s Chinese period drama of the Fifth Generation.
    "dyetitle-ae": _lines(_card(["HOUSE OF THE DYER"], 22, 72, 0, "0xf0c850", SERIF, "0x7a0c0c"),
                          ["a film by Li Weiming"], 10, 112, 0, "0xe0b040", SERIF),
    "courtyard-ae": _paint([(f"lt(abs({_LAN}),0.8)*between(Y,69,78)*between(X,10,310)", 120, 90,
                             170),
                            (f"lt(abs({_LAN}),6)*(lt(abs(Y-46),1.2)+lt(abs(Y-70),1.2))"
                             "*between(X,10,310)", 60, 110, 150),
                            (f"lt(hypot({_LAN}/9,(Y-58)/11),1)*between(X,10,310)", 80, 100, 200),
                            (f"lt(abs({_LAN}),0.6)*between(Y,40,46)*between(X,10,310)", 30, 128,
                             128),
                            ("lt(Y,10)", 182, 128, 128),
                            ("lt(Y,22)", "70+8*lt(mod(X+Y*0.3,10),2)", 128, 128),
                            ("between(Y,22,42)", "48+10*lt(mod(X,8),2)", 128, 128),
                            ("between(X,140,180)*between(Y,56,120)", 30, 120, 150),
                            ("between(mod(X,80),28,52)*between(Y,62,120)", "45+8*lt(mod(X,6),1)",
                             118, 150),
                            ("between(Y,42,120)", 150, 126, 130)],
                           ("128-8*(lt(mod(X,24),1)+lt(mod(Y,12),1))+6*sin(X*0.7)*sin(Y*0.9)",
                            126, 130)),
    "dyevat-ae": _paint([("lt(abs(hypot((X-160)/120,(Y-178)/40)-1),0.04)", 90, 120, 140),
                         ("lt(hypot((X-160)/120,(Y-178)/40),1)", "55+15*sin(X/9+N*0.2)", 110, 175),
                         ("lt(abs(hypot(X-290,Y-30)-16),2.5)+lt(hypot(X-290,Y-30),3)"
                          "+lt(abs(X-290),1)*lt(abs(Y-30),16)+lt(abs(Y-30),1)*lt(abs(X-290),16)",
                          50, 124, 136),
                         ("lt(Y,12)", 30, 124, 136),
                         (f"lt(mod(X-{_SWAY},32),26)*lt(Y,138-10*mod({_STRIP},2))",
                          f"if(eq(mod({_STRIP},3),0),82,if(eq(mod({_STRIP},3),1),188,140))"
                          f"+12*sin((X-{_SWAY})*0.6)",
                          f"if(eq(mod({_STRIP},3),0),100,if(eq(mod({_STRIP},3),1),40,70))",
                          f"if(eq(mod({_STRIP},3),0),205,if(eq(mod({_STRIP},3),1),150,185))")],
                        ("40+10*sin(Y/5)", 124, 138)),
    "wife-ae": _face("(162+1.5*sin(N*0.05))", 84, (18, 128, 132), True, 178, (75, 100, 200),
                     ("28+80*exp(-hypot(X-275,Y-45)/55)+6*sin(X/5)*gt(X,240)", 104, 176),
                     add="-25*clip((X-162)/120,0,1)"),
    "husband-ae": _face("(158+sin(N*0.04))", 88, (45, 128, 128), False, 140, (22, 140, 124),
                        ("22+26*(lt(mod(X,14),2)+lt(mod(Y,14),2))*lt(X,110)", 128, 136),
                        add="-30*clip((158-X)/120,0,1)"),
    "courtnight-ae": _paint([(f"lt(hypot({_LAN}/9,(Y-58)/11),1)*between(X,10,310)", 220, 75, 190),
                             (f"lt(abs({_LAN}),6)*(lt(abs(Y-46),1.2)+lt(abs(Y-70),1.2))"
                              "*between(X,10,310)", 90, 100, 160),
                             ("lt(Y,10)", 8, 150, 122),
                             ("lt(Y,22)", "10+4*lt(mod(X+Y*0.3,10),2)", 140, 124),
                             ("between(Y,22,42)", "14+6*lt(mod(X,8),2)", 140, 124),
                             ("between(X,140,180)*between(Y,56,120)", 12, 132, 128),
                             ("between(mod(X,80),33,47)*between(Y,70,90)", 150, 80, 170),
                             ("between(mod(X,80),28,52)*between(Y,62,120)", 18, 132, 130),
                             ("between(Y,42,120)", 34, 146, 122)],
                            ("24+5*sin(X*0.7)*sin(Y*0.9)", 150, 120),
                            add=f"60*clip(exp(-hypot({_LAN},Y-58)/20),0,1)*between(X,10,310)"),
    "roof-ae": _paint([("lt(hypot(X-60-1.2*N,Y-150+0.4*(60+1.2*N)+20),3.5)", 25, 128, 128),
                       ("lt(hypot((X-60-1.2*N)/5,(Y-150+0.4*(60+1.2*N)+8)/10),1)", 90, 95, 200),
                       ("lt(abs(mod(Y+0.4*X,60)-30),3)", 50, 128, 128),
                       ("gt(sin(X/17+Y/11)*sin(X/7-Y/13),0.35)", 225, 128, 128)],
                      ("85+25*lt(mod(X*0.5+Y,12),3)", 126, 130)),
    "sorghum-ae": _paint([(f"lt(hypot((mod(X-{_SG},11)-5)/3.5,(Y-{_SGH})/8),1)", 80, 95, 195),
                          (f"lt(abs(mod(X-{_SG},11)-5),1)*gt(Y,{_SGH})", "40+15*sin(Y/9)", 110,
                           140),
                          ("gt(Y,110+8*sin(X/9+N*0.1))", "50+20*sin(X/3)*sin(Y/5)", 105, 150),
                          ("lt(hypot(X-250,Y-20),10)", 250, 80, 140)],
                         ("215-0.5*Y+30*exp(-hypot(X-250,Y-20)/25)", 60, 150)),
    "dyeend-ae": _card(["THE END"], 26, 76, 0, "0xf0c850", SERIF, "0x7a0c0c"),
    # A 2020s esports tournament broadcast.
    "arena-ae": _paint([("lt(hypot(mod(X,37)-18,Y-140+8*sin(floor(X/37)*3)),1.5)"
                         "*gt(sin(floor(X/37)*5.7),0.2)", 240, 128, 128),
                        ("gt(Y,150+8*sin(X/9)+5*sin(X/4+1))", 6, 128, 128),
                        ("lt(abs(Y-119),1.5)", 200, "128+60*sin(X/20+N*0.3)",
                         "128+60*cos(X/20+N*0.3)"),
                        ("between(Y,118,132)", 40, 130, 126),
                        ("lt(hypot(mod(X-14,23)-11,Y-96),6)*(between(X,14,84)+between(X,236,306))",
                         20, 128, 128),
                        ("between(X,14,84)*between(Y,70,118)", "70+40*exp(-pow((Y-72)/4,2))",
                         185, 100),
                        ("between(X,236,306)*between(Y,70,118)", "70+40*exp(-pow((Y-72)/4,2))",
                         95, 195),
                        ("between(X,90,230)*between(Y,18,92)",
                         "90+50*sin(X/9+N*0.15)*sin(Y/7)+40*gt(sin(X/23-N*0.05)*sin(Y/13),0.5)",
                         "110+40*sin(X/31+N*0.02)", "100+30*sin(Y/17)"),
                        ("between(X,86,234)*between(Y,14,96)", 30, 128, 128),
                        ("lt(abs(Y-8),2)", 50, 128, 128)],
                       ("10+6*sin(X/30)", 140, 124),
                       add="25*exp(-pow((X-160-0.8*Y*sin(N*0.05))/12,2))*lt(Y,118)*gt(Y,8)"),
    "map-ae": _paint([("lt(hypot(mod(X-1.5*N,28)-14,Y-90-0.55*(X-160)),3)*between(X,40,150)",
                       120, 200, 90),
                      ("lt(hypot(mod(X+1.5*N,28)-14,Y-90-0.55*(X-160)),3)*between(X,170,280)",
                       110, 90, 200),
                      ("lt(abs(mod(X-20,80)-40),5)*lt(abs(Y-20),5)+lt(abs(mod(Y-20,80)-40),5)"
                       "*lt(abs(X-300),5)", 190, 128, 128),
                      (f"lt(abs({_RIV}),10+2*sin(X/7))", "105+20*sin(X/4+N*0.3)", 170, 100),
                      (f"lt(abs({_LANE}),6)+lt(abs(Y-20),5)+lt(abs(X-300),5)", 140, 108, 148),
                      (f"gt(sin(X/6)*sin(Y/6),0.6)*gt(abs({_RIV}),14)*gt(abs({_LANE}),10)", 55,
                       110, 100)],
                     ("95+12*sin(X/5)*sin(Y/4)+8*sin(X/17+Y/11)", 100, 108)),
    "player1-ae": _face("(160+2*sin(N*0.2))", 84, (22, 128, 128), False, 150, (70, 185, 105),
                        ("18+40*exp(-pow((Y-30)/6,2))+30*exp(-hypot(X-290,Y-150)/50)", 175, 110),
                        add="30*exp(-hypot(X-100,Y-80)/80)"),
    "fight-ae": _paint([("lt(hypot(X-170,Y-85),70)*(eq(N,14)+eq(N,30)+eq(N,208)+eq(N,215))", 245,
                         110, 140),
                        ("lt(abs(Y-90-0.3*(X-160)),2+2*sin(N))*between(X,100,220)"
                         "*gt(sin(N*0.5),0.3)", 240, 100, 100),
                        ("lt(abs(hypot(X-160,Y-90)-mod(N*6,120)),3)", 220, 180, 80),
                        *[_fighter(f"(90+20*{k}+8*sin(N*0.3+{k}))",
                                   f"(70+25*{k}+6*cos(N*0.25+{k}))", 130, 200, 100)
                          for k in range(3)],
                        *[_fighter(f"(210+15*{k}+8*sin(N*0.27+{2 * k}))", f"(65+28*{k})", 110, 90,
                                   210) for k in range(3)]],
                       ("60+10*sin(X/7)*sin(Y/5)", 115, 120),
                       add="120*exp(-hypot(X-170,Y-85)/60)*(eq(N,15)+eq(N,31)+eq(N,209)"
                           "+eq(N,216))"),
    "casters-ae": _paint([("lt(hypot(X-110,(Y-60)/1.05),16)*lt(Y,62)", 70, 115, 140),
                          ("lt(hypot(X-110,(Y-66)/1.15),15)", 170, 114, 146),
                          ("lt(hypot(X-210,(Y-66)/1.15),15)", 120, 116, 150),
                          ("lt(hypot((X-210)/19,(Y-72)/28),1)*gt(Y,50)", 20, 128, 128),
                          ("lt(abs(Y-129),1.5)", 170, 170, 60),
                          ("gt(Y,128)", "230-40*(Y-128)/52", 128, 128),
                          ("between(Y,84,130)*lt(abs(X-110),24+0.4*(Y-84))", 35, 140, 120),
                          ("between(Y,84,130)*lt(abs(X-210),24+0.4*(Y-84))", 215, 128, 128)],
                         ("60+25*sin((X+Y)/14-N*0.2)", "150+30*sin(X/40)", "140+20*cos(Y/30)")),
    "crowd-ae": _paint([(_row(148, 0, 2), 12, 128, 128),
                        (_row(120, 11, 3), 22, 128, 128),
                        ("lt(abs(mod(X+5,26)-13-3*sin(N*0.4)),1.8)*between(Y,60+4*sin(N*0.5"
                         "+floor(X/26)),95)*gt(sin(floor(X/26)*2.9),0.3)", 35, 128, 128),
                        ("between(X,40,110)*between(Y,70,88)", 230, 128, 200),
                        (_row(95, 22, 3), 35, 128, 128)],
                       ("120+60*exp(-pow((X-160)/60,2))*exp(-Y/90)", "140+40*sin(X/50+N*0.05)",
                        "150+40*cos(X/40)")),
    "player2-ae": _face("(160+2*sin(N*0.3))", "(90-10*abs(sin(N*0.22)))", (185, 108, 140), False,
                        165, (60, 95, 200), ("22+50*exp(-pow((Y-28)/7,2))", 95, 190)),
    "trophy-ae": _paint([("lt(hypot(X-153,Y-44-3*sin(N*0.2)),3)", 250, 120, 135),
                         ("lt(hypot((X-160)/16,(Y-46-3*sin(N*0.2))/12),1)*lt(Y,50+3*sin(N*0.2))"
                          "+between(X,156,164)*between(Y,55,70)+between(X,148,172)"
                          "*between(Y,70,76)", 200, 50, 150),
                         ("lt(abs(abs(X-160)-20),3)*between(Y,48,96)", 40, 100, 185),
                         ("lt(hypot(mod(X-70,30)-15,Y-90),8)*between(X,70,250)"
                          "+between(Y,98,180)*lt(abs(mod(X-70,30)-15),12)*between(X,70,250)",
                          40, 95, 190),
                         ("gt(Y,150)", 20, 128, 128)],
                        ("60+170*exp(-hypot(X-160,Y-20)/70)", 140, 122),
                        add="25*(0.6+0.4*sin(X/37+N*0.05)*sin(Y/23))"),
    # A 1920s German mountain film (drawn in greys).
    "bergtitle-ae": _border(_lines(_card(["STORM OVER", "THE GLACIER"], 24, 50, 34, "0xe8e8e8",
                                         SERIF, "0x0c0c0c"),
                                   ["A Mountain Film in Six Acts"], 10, 128, 0, "0xb0b0b0"),
                            24, 24, 272, 132, "0xa0a0a0"),
    "peaks-ae": _paint([(f"gt(Y,{_PEAK})",
                         "if(gt(sin(X/4+Y/3)*sin(X/9-Y/6),0.6),70,"
                         "220-0.4*(Y-60)-40*gt(sin(2*(X/41+0.7)),0))", 128, 128)],
                       ("175-0.4*Y", 128, 128),
                       mul="(1-0.3*exp(-pow((X-2.5*N+60)/50,2))*gt(Y,90))",
                       add="35*gt(sin(X/23-N*0.15)*sin(Y/9+X/50),0.3)*lt(Y,80)"
                           "+40*exp(-pow((Y-150)/14,2))*(0.6+0.4*sin(X/27+N*0.08))"),
    "climbers-ae": _paint([(f"lt(abs(Y-(({_RIDGE.replace('X', _C1)}-12)*({_C2}-X)"
                            f"+({_RIDGE.replace('X', _C2)}-12)*(X-{_C1}))/({_C2}-{_C1})"
                            f"-6*sin(3.14159*(X-{_C1})/({_C2}-{_C1}))),0.8)"
                            f"*between(X,{_C1},{_C2})", 30, 128, 128),
                           (f"{_climber(_C1)}+{_climber(_C2)}", 25, 128, 128),
                           (f"gt(Y,{_RIDGE})",
                            f"225-0.35*(Y-{_RIDGE})+8*sin(X/3+Y/5)", 128, 128)],
                          ("205-0.3*Y+15*sin(X/40+N*0.03)", 128, 128),
                          add=f"30*exp(-abs(Y-{_RIDGE}+6+3*sin(X/9+N*0.3))/5)"),
    "intertitle-ae": _border(_card(["The storm broke at dusk", "and two were still on the ice"],
                                   14, 70, 26, "0xe0e0e0", SERIF, "0x101010"),
                             30, 36, 260, 108, "0x909090"),
    "hut-ae": _paint([("lt(hypot((X-210)/2.2,(Y-100-sin(N*1.6))/4.5),1)", 250, 128, 128),
                      ("lt(hypot((X-210)/6,(Y-98)/11),1)", 170, 128, 128),
                      ("lt(hypot((X-210)/10,(Y-114)/5),1)", 50, 128, 128),
                      ("lt(hypot((X-258)/10,(Y-86)/9),1)", 200, 128, 128),
                      ("lt(hypot(X-260,Y-72),12)", 140, 128, 128),
                      ("between(Y,84,150)*lt(abs(X-262),22+0.3*(Y-84))", 40, 128, 128),
                      ("between(X,150,300)*between(Y,118,128)+between(X,160,166)*gt(Y,128)"
                       "+between(X,284,290)*gt(Y,128)", 60, 128, 128),
                      ("between(X,30,90)*between(Y,40,95)*(lt(abs(X-60),1.5)+lt(abs(Y-67),1.5))",
                       30, 128, 128),
                      ("between(X,30,90)*between(Y,40,95)", "45+30*lt(mod(Y+0.6*X+N*9,17),1.5)",
                       128, 128),
                      ("between(X,26,94)*between(Y,36,99)", 30, 128, 128)],
                     ("75+18*lt(mod(Y,16),12)*sin(mod(Y,16)/16*3.14)+6*sin(X/9)", 128, 128),
                     add="70*exp(-hypot(X-210,Y-100)/45)*(0.9+0.1*sin(N*1.6))"),
    "cface-ae": _face("(160+2*sin(N*0.4))", 88, (35, 128, 128), False, 175, (70, 128, 128),
                      ("150+30*sin(X/13+N*0.5)*sin(Y/9)", 128, 128),
                      add="-30*clip((X-160)/120,0,1)"),
    "avalanche-ae": _paint([("lt(X,40+2.6*N)*lt(abs(Y-30-0.45*X),28+10*sin(X/7-N*0.4)"
                             "+0.1*(40+2.6*N-X))", "240-20*sin(X/6+Y/5-N*0.3)", 128, 128),
                            ("lt(X,44+2.6*N)*lt(abs(Y-30-0.45*X),32+10*sin(X/7-N*0.4)"
                             "+0.1*(40+2.6*N-X))", 140, 128, 128),
                            ("gt(Y,10+0.45*X+8*sin(X/11))",
                             "if(gt(sin(X/5+Y/4)*sin(Y/9),0.6),70,200-0.3*(Y-0.45*X))", 128,
                             128)],
                           ("190-0.3*Y", 128, 128)),
    "torches-ae": _paint([(" + ".join(f"lt(hypot(X-{x},Y-{y}),2.2)"
                                      for x, y in (_torch(j) for j in range(7))), 250, 128, 128),
                          ("gt(Y,60+20*sin(X/60)+10*abs(sin(X/17)))", "14+4*sin(X/3)", 128, 128)],
                         ("62-0.2*Y+6*sin(X/50)", 128, 128),
                         add="150*lt(hypot(mod(X,37)-18-12*sin(floor(X/37)*5.1+floor(Y/29)*2.7),"
                             "mod(Y,29)-14-9*sin(floor(X/37)*3.3+floor(Y/29)*7.1)),1)*lt(Y,60)+"
                             + "+".join(f"60*exp(-hypot(X-{x},Y-{y})/10)*(0.8+0.2*sin(N*1.9+{j}))"
                                        for j, (x, y) in enumerate(map(_torch, range(7))))),
    "dawnpeak-ae": _paint([("gt(Y,150+10*sin(X/25))", 30, 128, 128),
                           ("gt(Y,40+1.3*abs(X-170))",
                            "if(gt(X-170,-0.3*(Y-40)),115+115*clip((N-15-(Y-40)*0.6)/12,0,1),"
                            "90+40*clip((N-15-(Y-40)*0.6)/12,0,1))"
                            "-30*gt(sin(X/5+Y/3)*sin(Y/7),0.5)", 128, 128)],
                          ("170+50*clip((N-10)/60,0,1)-0.3*Y", 128, 128)),
    "bergend-ae": _border(_card(["ENDE"], 30, 70, 0, "0xe8e8e8", SERIF, "0x0c0c0c"), 60, 40, 200,
                          100, "0xa0a0a0"),
    # A 1950s Bengali village film (drawn in greys).
    "pond-ae": _paint([("lt(Y,12+6*sin(X/20))", 180, 128, 128),
                       ("lt(Y,45+8*sin(X/13)+5*sin(X/5))", "40+10*sin(X/3)*sin(Y/2)", 128, 128),
                       (f"{_RING}*lt(abs(sin(floor(X/23)*2.3+floor(Y/19)*9.1)),clip(N/70,0,1))"
                        "*gt(Y,50)", 175, 128, 128),
                       ("lt(hypot((mod(X,40)-20-6*sin(floor(X/40)*3.1+floor(Y/30)*1.7))/13,"
                        "(mod(Y,30)-15)/6),1)*gt(Y,95)"
                        "*gt(sin(floor(X/40)*5.3+floor(Y/30)*2.9),-0.2)",
                        "70+15*gt(mod(X,40),20)", 128, 128),
                       ("lt(Y,70-8*sin(X/13)-5*sin(X/5))", "70+8*sin(Y+N*0.2)", 128, 128)],
                      ("110+30*exp(-pow((Y-60)/40,2))+6*sin(Y*0.8+N*0.1+X/30)", 128, 128)),
    "girl-ae": _face("(160+1.5*sin(N*0.06))", 86, (24, 128, 128), True, 160, (205, 128, 128),
                     ("175-130*lt(mod(X,70),10)*lt(Y,150)-40*gt(Y,150)"
                      "+30*lt(mod(X+0.15*Y,7),0.8)*lt(mod(Y+N*22+61*sin(floor((X+0.15*Y)/7)*3.7),"
                      "40),8)", 128, 128),
                     add="-20*clip((X-160)/130,0,1)"),
    "grass-ae": _paint([(f"lt(hypot((mod(X-{_KS},9)-4.5)/2.5,"
                         f"(mod(Y+3*floor((X-{_KS})/9),14)-7)/6),1)*between(Y,58,120)",
                         "225-20*sin(X+Y)", 128, 128),
                        ("lt(hypot((X+20-3.2*N)/5,(Y-112)/12),1)+lt(hypot(X+20-3.2*N,Y-96),4)"
                         "+lt(hypot((X+50-3.2*N)/5,(Y-114)/11),1)+lt(hypot(X+50-3.2*N,Y-99),4)",
                         30, 128, 128),
                        (f"lt(abs(mod(X-0.6*{_KS},9)-4.5),0.6)*gt(Y,70)", 90, 128, 128),
                        ("gt(Y,120+5*sin(X/4))", "60+15*sin(X*1.7+Y)", 128, 128),
                        ("lt(abs(Y-52-4*sin(X/9)),6)", 70, 128, 128)],
                       ("185-0.2*Y", 128, 128)),
    "train-ae": _paint([(f"between(X,{_XE}+4,{_XE}+10)*between(Y,76,84)+between(Y,84,98)"
                         f"*between(X,{_XE},{_XE}+170)*(1-lt(mod(X-{_XE},34),2))"
                         f"+lt(abs(Y-99),2)*between(X,{_XE},{_XE}+170)*lt(mod(X-{_XE},12),7)", 30,
                         128, 128),
                        (f"lt(abs(Y-78+0.12*(X-{_XE})+6*sin((X-{_XE})/15-N*0.2)),6+0.06*(X-{_XE}))"
                         f"*gt(X,{_XE}+6)*lt(X,{_XE}+260)", f"95+25*sin((X-{_XE})/9)", 128, 128),
                        ("lt(abs(mod(X+30,90)-45),1)*between(Y,60,110)", 40, 128, 128),
                        ("lt(abs(Y-62-0.004*pow(mod(X+30,90)-45,2)),0.5)", 60, 128, 128),
                        ("gt(Y,98)", "120+25*gt(sin(X/3+Y/2),0.6)-0.2*(Y-98)", 128, 128)],
                       ("180-0.35*Y+10*sin(X/60)", 128, 128)),
    "yard-ae": _paint([("lt(hypot(X-140,Y-100),8)", 120, 128, 128),
                       ("lt(hypot((X-145)/22,(Y-128)/24),1)", 200, 128, 128),
                       ("lt(hypot((X-75)/14,(Y-100)/12),1)", 70, 128, 128),
                       ("between(X,60,90)*between(Y,110,150)", 150, 128, 128),
                       ("between(X,200,240)*between(Y,70,150)", 18, 128, 128),
                       ("lt(Y,40+0.15*abs(X-160))", "55+15*lt(mod(X+2*Y,7),2)", 128, 128),
                       ("gt(Y,150)", "95+6*sin(X/3)", 128, 128)],
                      ("115+8*sin(X/7)*sin(Y/5)+5*sin(X*1.3)", 128, 128), mul="0.8"),
    "boy-ae": _face("(158+1.5*sin(N*0.07))", 88, (20, 128, 128), False, 140, (135, 128, 128),
                    ("24+70*exp(-hypot(X-60,Y-120)/60)", 128, 128),
                    add="-35*clip((X-120)/150,0,1)"),
    "rainfield-ae": _paint([(f"lt(hypot((X-80-{_PALM}*12100)/30,(Y-40)/8),1)"
                             f"*gt(sin(atan2(Y-40,X-80-{_PALM}*12100)*9),0)"
                             f"+lt(hypot((X-240+{_PALM}*8100)/26,(Y-60)/7),1)"
                             f"*gt(sin(atan2(Y-60,X-240+{_PALM}*8100)*9),0)", 25, 128, 128),
                            (f"lt(abs(X-80-{_PALM}*pow(150-Y,2)),3)*between(Y,40,150)"
                             f"+lt(abs(X-240+{_PALM}*pow(150-Y,2)),2.5)*between(Y,60,150)", 30,
                             128, 128),
                            ("gt(Y,150)", "60+10*sin(X/5)", 128, 128)],
                           ("85+15*sin(X/40+N*0.05)*sin(Y/20)-0.1*Y", 128, 128)),
    "dawnpond-ae": _paint([("lt(abs(X-145-0.3*N),2)*between(Y,84,104)"
                            "+lt(hypot(X-145-0.3*N,Y-82),3)", 40, 128, 128),
                           ("lt(hypot((X-140-0.3*N)/24,(Y-104)/3),1)*lt(Y,104)", 40, 128, 128),
                           ("lt(abs(Y-110),8+4*sin(X/11))*gt(Y,90)", "140+8*sin(Y*1.5+N*0.1)", 128,
                            128),
                           ("lt(abs(Y-70),8+4*sin(X/11))", "120+10*sin(X/5)", 128, 128)],
                          ("200-0.3*abs(Y-90)", 128, 128)),
    "bnend-ae": _card(["THE END"], 24, 78, 0, "0xdddddd", SERIF, "0x080808"),
    # A 2000s Brazilian favela crime film.
    "hillside-ae": _paint([_kite(f"(60+70*{k}+8*sin(N*0.1+{k}))", f"(22+9*{k % 3})", 1,
                                 160 - 30 * k, 128 + 50 * (-1) ** k, 150 + 10 * k)
                           for k in range(4)]
                          + [("gt(Y,80-50*exp(-pow((X-200)/120,2))+3*sin(X/7))"
                              f"*between(mod(X+7*floor(Y/16),22),6,12)*between(mod(Y,16),5,10)", 25,
                              128, 128),
                             ("gt(Y,80-50*exp(-pow((X-200)/120,2))+3*sin(X/7))"
                              "*(lt(mod(X+7*floor(Y/16),22),1)+lt(mod(Y,16),1))", 70, 120, 140),
                             ("gt(Y,80-50*exp(-pow((X-200)/120,2))+3*sin(X/7))",
                              f"110+60*sin({_HC}*12.3+floor(Y/16)*4.7)",
                              f"110+30*sin({_HC}*3.1+floor(Y/16)*7.9)",
                              f"150+25*sin({_HC}*5.3+floor(Y/16)*2.1)")],
                          ("225-0.3*Y", 110, 140)),
    "chicken-ae": _paint([(f"lt(abs(X-{_XC}-4*sin(N*0.9)),1.2)*between(Y,{_YC}+10,{_YC}+24)",
                           200, 60, 150),
                          (f"lt(hypot(X-{_XC}-16,Y-{_YC}+21),3)", 80, 100, 210),
                          (f"lt(hypot((X-{_XC}-24)/4,(Y-{_YC}+13)/2),1)", 190, 50, 150),
                          (f"lt(hypot((X-{_XC})/18,(Y-{_YC})/12),1)+lt(hypot(X-{_XC}-16,"
                           f"Y-{_YC}+14),6)", 225, 120, 132),
                          (f"between(mod({_U},120),40,70)*between(Y,40,110)", 60, 140, 110),
                          ("gt(Y,110)", f"135+15*sin({_U}/5+Y)", 120, 145)],
                         (f"150-25*lt(mod({_U},60),3)+15*sin({_U}/7)*sin(Y/9)", 100, 160)),
    "alley-ae": _paint([("lt(hypot((X-150)/(2.1+0.09*N),(Y-84-0.8*N+6+0.25*N)/(6+0.25*N)),1)"
                         "+lt(hypot(X-150,Y-84-0.8*N+14+0.5*N),2+0.08*N)", 35, 128, 128),
                        ("lt(hypot((X-176)/(2.1+0.09*N),(Y-90-0.8*N+6+0.25*N)/(6+0.25*N)),1)"
                         "+lt(hypot(X-176,Y-90-0.8*N+14+0.5*N),2+0.08*N)", 180, 80, 100),
                        ("lt(abs(Y-40-0.004*pow(X-160,2)),0.7)", 30, 128, 128),
                        ("lt(abs(X-160),10+0.3*(70-Y))*lt(Y,70)", 235, 124, 132),
                        ("gt(Y-70,0.5*abs(X-160))", "120+30*lt(mod(400/(Y-68),3),1)", 120, 140),
                        ("lt(X,160)", "150+20*sin(100/(abs(X-160)+5)*3)", 118, 160)],
                       ("120+15*sin(100/(abs(X-160)+5)*2)", 140, 120)),
    "gang-ae": _paint([(" + ".join(_gangster(x) for x in (100, 140, 180, 220)), 30, 120, 140),
                       ("(lt(X,70)+gt(X,260))*lt(Y,150)*between(mod(X,30),8,20)"
                        "*between(mod(Y,36),10,26)", 60, 120, 140),
                       ("(lt(X,70)+gt(X,260))*lt(Y,150)", 170, 105, 150),
                       ("gt(Y,160)", 150, 118, 140)],
                      ("230-0.2*Y", 100, 140)),
    "photog-ae": _face("(156+3*sin(N*0.15))", 86, (18, 128, 128), False, 110, (175, 55, 150),
                       ("170+10*sin(X/9)*sin(Y/13)-40*gt(Y,150)", 118, 158),
                       add="10*exp(-hypot(X-40,Y-40)/60)"),
    "rooftop-ae": _paint([("lt(abs(X-290),1)*between(Y,30,120)+lt(abs(Y-40),1)*between(X,280,300)",
                           30, 128, 128),
                          ("between(mod(X,24),4,18)*between(X,92,238)"
                           "*gt(Y,70+0.0015*pow(X-150,2))*lt(Y,92+0.0015*pow(X-150,2)"
                           "+2*sin(N*0.3+X/20))", "150+60*sin(floor(X/24)*2.3)",
                           "128+50*sin(floor(X/24)*1.7)", "128+50*cos(floor(X/24)*2.9)"),
                          ("lt(abs(Y-70-0.0015*pow(X-150,2)),0.6)*between(X,90,240)", 40, 128,
                           128),
                          ("between(X,40,80)*between(Y,60,110)+lt(hypot((X-60)/20,(Y-60)/5),1)"
                           "+between(X,190,215)*between(Y,80,115)+lt(hypot((X-202)/12.5,"
                           "(Y-80)/4),1)", 90, 175, 100),
                          ("gt(Y,120)", "110+10*sin(X/3)", 115, 150),
                          ("gt(Y,108)", 70, 120, 140),
                          ("lt(hypot(X-260,Y-60),12)", 245, 90, 150)],
                         ("165+40*exp(-hypot(X-260,Y-60)/60)-0.2*Y", 80, 175)),
    "beach70-ae": _paint([(f"between(mod(X-{_BUS},18),3,14)*between(Y,76,88)"
                           f"*between(X,{_BUS},{_BUS}+110)", 40, 128, 128),
                          (f"lt(hypot(X-{_BUS}-20,Y-112),7)+lt(hypot(X-{_BUS}-90,Y-112),7)", 20,
                           128, 128),
                          (f"between(X,{_BUS},{_BUS}+110)*between(Y,70,112)", 160, 70, 120),
                          ("lt(abs(X-60-0.1*(110-Y)),2)*between(Y,30,110)"
                           "+lt(hypot((X-60)/26,(Y-30)/6),1)*gt(sin(atan2(Y-30,X-60)*7),0)", 50,
                           120, 120),
                          ("gt(Y,110)", "if(gt(sin(X/8+4*sin(Y/6)),0),230,30)", 128, 128),
                          ("between(Y,90,110)", 200, 100, 140),
                          ("between(Y,60,90)", "110+20*sin(X/6+N*0.2)", 160, 110)],
                         ("215-0.3*Y", 145, 120)),
    "nightfav-ae": _paint([("between(X,140,190)*between(Y,150,162)", 40, 128, 128),
                           ("gt(Y,155)", 25, 128, 128),
                           ("gt(Y,60+30*(1-exp(-pow((X-180)/100,2))))*lt(mod(X,7),2)*lt(mod(Y,6),2)"
                            "*gt(sin(floor(X/7)*12.1+floor(Y/6)*7.7),0.55)",
                            "200+40*sin(floor(X/7)*3.3)", 90, 165),
                           ("gt(Y,60+30*(1-exp(-pow((X-180)/100,2))))", 12, 132, 126)],
                          ("18+6*exp(-Y/60)", 150, 122)),
    "kiteend-ae": _paint([("gt(Y,150+6*lt(mod(X,40),25))", 10, 128, 128),
                          ("lt(abs(Y-70-6*sin(N*0.13)-0.9*(X-170-10*sin(N*0.1))),0.6)"
                           "*between(X,60,170+10*sin(N*0.1))", 40, 128, 128),
                          ("lt(abs(X-170-10*sin(N*0.1)),0.8)*lt(abs(Y-70-6*sin(N*0.13)),26)"
                           "+lt(abs(Y-70-6*sin(N*0.13)),0.8)*lt(abs(X-170-10*sin(N*0.1)),18)", 60,
                           128, 128),
                          _kite("(170+10*sin(N*0.1))", "(70+6*sin(N*0.13))", 3, 150, 60, 200)],
                         ("120+50*(1-Y/180)", "150-40*(Y/180)", "150+30*(Y/180)")),
}

# No text files: every card of this set is drawn by drawtext from its own text.
TEXT_FILES_AE = {}

FX_AE = {
    "grain91-ae": "noise=alls=7:allf=t:all_seed=49186011",
    "gain91-ae": "noise=alls=16:allf=t:all_seed=49186029",
    "grain92-ae": "noise=alls=6:allf=t+u:all_seed=49186043",
    "grain93-ae": "noise=alls=2:allf=t:all_seed=49186057",
    "grain94-ae": "noise=alls=12:allf=t+u:all_seed=49186071",
    "grain95-ae": "noise=alls=14:allf=t+u:all_seed=49186089",
    "grain96-ae": "noise=alls=8:allf=t:all_seed=49186097",
    "grain97-ae": "noise=alls=13:allf=t+u:all_seed=49186103",
    "closer-ae": "crop=iw*0.6:ih*0.6:iw*0.2:ih*0.16,scale=320:180",
    "near-ae": "crop=iw*0.82:ih*0.82:iw*0.1:ih*0.08,scale=320:180",
    # Looks: hand-held video in available light in 1.66; saturated reds and yellows in 1.85;
    # bright broadcast colour, full frame, under a score bug; black and white tinted blue, amber
    # or rose with flicker, gate weave, scratches and a vignette in 1.33; soft grainy black and
    # white in 1.37; a hot yellow grade (faded colour in the flashback) in 2.39.
    "dv-ae": "eq=saturation=1.05:contrast=1.1:gamma=1.06,colorbalance=rm=0.03:bm=-0.03,"
             "gblur=sigma=0.6",
    "box166-ae": "scale=298:180,pad=320:180:11:0:black",
    "fifth-ae": "eq=saturation=1.35:contrast=1.06,colorbalance=rs=0.05:rm=0.04:bh=-0.04",
    "box185-ae": "scale=320:172,pad=320:180:0:4:black",
    "bcast-ae": "eq=saturation=1.2:contrast=1.05",
    "bug-ae": "drawbox=x=100:y=0:w=120:h=14:c=0x0a0a14@0.85:t=fill,"
              f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=white:text='NOVA  2 - 1  KRAKEN'"
              ":x=(w-tw)/2:y=2",
    "hud-ae": "drawbox=x=0:y=156:w=320:h=24:c=0x101018@0.9:t=fill,"
              "drawbox=x=0:y=110:w=60:h=70:c=0x203020@0.95:t=fill,"
              "drawbox=x=4:y=114:w=52:h=4:c=0x30c040:t=fill,"
              "drawbox=x=110:y=160:w=16:h=16:c=0x3060c0:t=fill,"
              "drawbox=x=130:y=160:w=16:h=16:c=0xc04030:t=fill,"
              "drawbox=x=150:y=160:w=16:h=16:c=0x40b0a0:t=fill,"
              "drawbox=x=170:y=160:w=16:h=16:c=0xd0b030:t=fill",
    "blue-ae": "hue=s=0,eq=contrast=1.15,colorchannelmixer=rr=0.62:gg=0.82:bb=1.0",
    "amber-ae": "hue=s=0,eq=contrast=1.15,colorchannelmixer=rr=1.0:gg=0.8:bb=0.52",
    "rose-ae": "hue=s=0,eq=contrast=1.1,colorchannelmixer=rr=1.0:gg=0.74:bb=0.8",
    "flick-ae": "eq=brightness='0.035*sin(n*3.1)*sin(n*0.7+2)':eval=frame",
    "weave-ae": "crop=306:172:x='7+1.5*sin(n*1.1)':y='4+1.2*sin(n*1.7+1)',scale=320:180",
    "scratch-ae": "drawbox=x=93:y=0:w=1:h=ih:c=white@0.55:t=fill:enable='lt(mod(n,11),5)',"
                  "drawbox=x=231:y=0:w=1:h=ih:c=black@0.5:t=fill:enable='lt(mod(n,7),2)'",
    "vig-ae": "vignette=PI/3.8",
    "box133-ae": "scale=240:180,pad=320:180:40:0:black",
    "bengal-ae": "hue=s=0,eq=contrast=1.05:gamma=1.05,gblur=sigma=0.7",
    "flick2-ae": "eq=brightness='0.02*sin(n*2.3)*sin(n*1.3+1)':eval=frame",
    "box137-ae": "scale=246:180,pad=320:180:37:0:black",
    "favela-ae": "eq=saturation=1.3:contrast=1.12,colorbalance=rs=0.06:gs=0.03:bs=-0.1:rm=0.05"
                 ":bm=-0.08",
    "seventies-ae": "eq=saturation=0.75:contrast=0.9:gamma=1.1,colorbalance=rm=0.1:gm=0.05"
                    ":bm=-0.12,gblur=sigma=0.7",
    "box239-ae": "scale=320:134,pad=320:180:0:23:black",
    # Camera moves: a hand-held camera (and a walk towards the hotel); a pan along the table; a
    # slow pan along the sorghum; the game's view dragged across the map; a slow pan along a
    # ridge; a slow pan over the hill; a running camera.
    "hh-ae": "scale=352:198,crop=320:180:x='16+9*sin(n*0.23)+4*sin(n*0.71+2)'"
             ":y='9+6*sin(n*0.31+1)+3*sin(n*0.9)'",
    "walk-ae": "zoompan=z='1.05+0.0025*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5+4*sin(in*0.3)'"
               ":y='(ih-ih/zoom)*0.5+4*abs(sin(in*0.35))-2'",
    "pantable-ae": "scale=416:234,crop=320:180:x='48+40*sin(n*0.045)+3*sin(n*0.7)'"
                   ":y='27+3*sin(n*0.5)'",
    "panfield-ae": "scale=368:207,crop=320:180:x='0.6*n':y=14",
    "mappan-ae": "scale=480:270,crop=320:180:x='80+80*clip((n-MID+5)/10,-1,1)'"
                 ":y='45+30*clip((n-MID+5)/10,-1,1)'",
    "panridge-ae": "scale=368:207,crop=320:180:x='8+0.5*n':y=14",
    "panhill-ae": "scale=384:216,crop=320:180:x='0.9*n':y=18",
    "run-ae": "scale=352:198,crop=320:180:x='16+10*sin(n*0.5)+5*sin(n*1.3)'"
              ":y='9+8*abs(sin(n*0.9))'",
    "shake-ae": "scale=336:189,crop=320:180:x='8+5*sin(n*1.9)+3*sin(n*3.1)':y='4+4*sin(n*2.3+1)'",
    "slowmo-ae": "setpts=2*PTS",
    # Things that are not boundaries, around MID. A guest and a waiter passing the lens; a
    # guest's camera flash; the camera's iris hunting; a strip light flickering; a torch swept
    # into the lens; the iris stopping down on a pan to the window; lanterns lit one by one; a
    # sheet of cloth falling past the lens; lanterns covered one by one; snow falling; pyro; the
    # game's HUD; spell flashes; a replay caption; a headset; a name caption sliding in; beams
    # sweeping over the crowd; confetti over the lens; photographers' flashes; an oil lamp turned
    # up; a blizzard over a face; an avalanche's powder cloud over the lens; rain beginning on a
    # pond; smoke drifting over the lens; an oil lamp lit; lightning; rain; a dragonfly passing
    # the lens; a kid passing the lens; muzzle flashes; a camera's flash; a kite passing the
    # lens; police lights; a credit fading in.
    "guestpass-ae": _pass(5, 38, 160, 100, 90, 140, 28, 128, 136),
    "flash-ae": _flash((0, 1, 2), (0.55, 0.2, 0.06)),
    "irishunt-ae": _lift(["-0.16*exp(-pow((n-MID)/5,2))", "0.05*exp(-pow((n-MID-9)/4,2))"]),
    "waiterpass-ae": _pass(4, -48, 160, 110, 80, 130, 20, 130, 126),
    "tubeflick-ae": _flash((-8, -7, 5), (-0.25, -0.1, -0.2)),
    "torch-ae": _overlay("clip(1.6*exp(-hypot(X-40-6*(N-MID+20),Y-130+0.5*(N-MID+20))"
                         "/(6+25*exp(-pow((N-MID)/3,2)))),0,1)*between(N,MID-20,MID+20)",
                         245, 120, 136) + ","
                + _lift(["0.2*exp(-pow((n-MID)/2.5,2))"]),
    "panwin-ae": "scale=400:225,crop=320:180:x='80-80*clip((n-MID+12)/24,0,1)':y=22,"
                 "eq=brightness='-0.14*clip((n-MID+12)/24,0,1)':eval=frame",
    "lanternslit-ae": _overlay(f"lt(hypot({_LAN}/9,(Y-58)/11),1)*between(X,10,310)"
                               f"*gte(N,MID-12+6*{_LANK})", 215, 70, 185) + ","
                      + _overlay(f"0.5*clip(exp(-hypot({_LAN},Y-58)/14),0,1)*between(X,10,310)"
                                 f"*gte(N,MID-12+6*{_LANK})", 200, 90, 175),
    "clothfall-ae": _overlay("between(X,70,250)*lt(Y,(N-MID+6)*28-20)*gt(Y,(N-MID+6)*28-180)"
                             "*between(N,MID-6,MID+8)", "95+20*sin(X/7)", 95, 210),
    "lanternsout-ae": _overlay(f"lt(hypot({_LAN}/11,(Y-58)/13),1)*between(X,10,310)"
                               f"*gte(N,MID-10+5*{_LANK})", 12, 128, 128) + ","
                      + _overlay(f"0.7*clip(exp(-hypot({_LAN},Y-58)/20),0,1)*between(X,10,310)"
                                 f"*gte(N,MID-10+5*{_LANK})", 24, 150, 120),
    "snowfall-ae": _overlay("lt(hypot(mod(X+7*sin(Y/20+N*0.1),23)-11,"
                            "mod(Y-N*3+13*floor(X/23),29)-14),1.2)", 240),
    "pyro-ae": _overlay("between(N,MID-3,MID+4)*(between(X,20,36)+between(X,284,300))*lt(Y,118)"
                        "*gt(Y,118-70*clip(1-abs(N-MID)/5,0,1))", 240, 70, 175) + ","
               + _lift(["0.22*exp(-pow((n-MID)/3,2))"]),
    "replay-ae": f"drawtext=fontfile={FONT}:fontsize=11:fontcolor=white:text='REPLAY':x=w-64:y=20"
                 ":box=1:boxcolor=0xc02030@0.9:boxborderw=3",
    "headset-ae": _overlay("lt(abs(hypot(X-160,Y-84)-38),3)*lt(Y,80)"
                           "+lt(hypot((X-124)/6,(Y-88)/11),1)+lt(hypot((X-196)/6,(Y-88)/11),1)"
                           "+lt(abs(Y-112+0.4*(X-124)),1.5)*between(X,124,150)", 215),
    "monitor-ae": _lift(["0.03*sin(n*0.9)*sin(n*0.37)"]),
    "lowerthird-ae": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white"
                     ":text='VEX  -  ANALYST':x='20-300*clip(1-(n-MID+12)/8,0,1)':y=h-40"
                     ":box=1:boxcolor=0x102070@0.9:boxborderw=5:enable='gte(n,MID-12)'",
    "beamsweep-ae": _overlay("0.6*exp(-pow((X-160-150*sin(N*0.12)-0.5*(Y-90))/14,2))", 240, 150,
                             100),
    "confetti-ae": _overlay("lt(abs(mod(X+10*sin(N*0.2+Y/13),17)-8),2)"
                            "*lt(abs(mod(Y-4*N+19*floor(X/17),31)-15),1.2)", 200,
                            _half("128+70*sin(floor(X/17)*2.3)"),
                            _half("128+70*cos(floor(X/17)*1.9)")) + ","
                   + _pass(3, 30, 170, 80, 30, 14, 210, 90, 190),
    "pyro2-ae": _overlay("between(N,MID+8,MID+14)*(between(X,20,36)+between(X,284,300))*lt(Y,118)"
                         "*gt(Y,118-60*clip(1-abs(N-MID-11)/4,0,1))", 240, 70, 175) + ","
                + _lift(["0.18*exp(-pow((n-MID-11)/3,2))"]),
    "phoneflash-ae": _overlay("lt(hypot(X-60,Y-140),6)*eq(N,MID-14)+lt(hypot(X-250,Y-150),6)"
                              "*eq(N,MID-6)+lt(hypot(X-120,Y-160),7)*eq(N,MID+1)"
                              "+lt(hypot(X-200,Y-135),6)*eq(N,MID+9)", 252) + ","
                     + _flash((-14, -6, 1, 9), (0.12, 0.2, 0.3, 0.15)),
    "lampup-ae": _overlay("0.5*clip((N-MID)/10,0,1)*exp(-hypot(X-210,Y-100)/60)", 240) + ","
                 + _lift(["0.12*clip((n-MID)/10,0,1)"]),
    "beard-ae": _overlay("lt(hypot((X-160)/28,(Y-120)/16),1)*gt(Y,110)", 215),
    "blizzard-ae": _overlay("lt(mod(Y*7.3+floor((X+N*38)/45)*13.7,23),1.2)*lt(mod(X+N*38,45),25)",
                            235),
    "powder-ae": _overlay("clip(1.4*exp(-pow((N-MID)/5,2))*(0.8+0.2*sin(X/11+Y/7+N)),0,0.93)",
                          232),
    "torchflick-ae": _lift(["0.02*sin(n*1.7)*sin(n*0.6)"]),
    "rainpond-ae": _overlay("0.5*lt(mod(X+0.2*Y,9),0.8)*lt(mod(Y+N*24+41*sin(floor((X+0.2*Y)/9)"
                            "*5.3),50),7)*clip((N-10)/50,0,1)", 200),
    "smokelens-ae": _overlay("clip(1.2*exp(-pow((N-MID)/7,2))*(0.6+0.4*sin(X/23+Y/17+N*0.2)),0,"
                             "0.85)", 120),
    "oillamp-ae": _overlay("lt(hypot((X-220)/2,(Y-118-sin(N*1.5))/4.5),1)*gte(N,MID)", 250) + ","
                  + _overlay("0.6*clip((N-MID)/6,0,1)*exp(-hypot(X-220,Y-120)/35)", 200) + ","
                  + _lift(["0.04*clip((n-MID)/6,0,1)"]),
    "lightning-ae": _flash((-8, -7, 4, 5), (0.5, 0.15, 0.4, 0.2)),
    "rainheavy-ae": _overlay("0.5*lt(mod(X+0.3*Y,5),0.8)*lt(mod(Y+N*30+53*sin(floor((X+0.3*Y)/5)"
                             "*9.1),30),12)", 200),
    "bolt-ae": _overlay("lt(abs(X-200-10*sin(Y/6)-5*sin(Y/2.5)),1.5)*lt(Y,110)*eq(N,MID+6)", 250)
               + "," + _flash((6, 7, 9), (0.5, 0.2, 0.3)),
    "dragonfly-ae": _pass(5, -40, 160, 80, 50, 14, 35) + ","
                    + _pass(5, -40, 160, 80, 12, 40, 45),
    "kidpass-ae": _pass(4, 45, 160, 100, 60, 110, 30, 128, 135),
    "muzzle-ae": _overlay("(lt(hypot(X-132,Y-90),7)+lt(hypot(X-212,Y-90),7))"
                          "*(eq(N,MID-6)+eq(N,MID-3)+eq(N,MID)+eq(N,MID+2))", 250, 60, 160) + ","
                 + _flash((-6, -3, 0, 2), (0.12, 0.1, 0.14, 0.1)),
    "camflash-ae": _flash((0, 1, 2), (0.55, 0.2, 0.05)),
    "kitepass-ae": _overlay("lt(abs(X-160-(N-MID)*40)/40+abs(Y-90+(N-MID)*6)/55,1)"
                            "*between(N,MID-5,MID+5)", 140, 60, 200),
    "sirens-ae": _overlay("0.6*clip(exp(-hypot(X-150,Y-150)/50),0,1)*gt(sin(N*1.3),0)", 120, 200,
                          90) + ","
                 + _overlay("0.6*clip(exp(-hypot(X-180,Y-150)/50),0,1)*lt(sin(N*1.3),0)", 90, 90,
                            200),
    "credits-ae": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:text='directed by"
                  "  Paulo Andrade':x=(w-tw)/2:y=h-50:alpha='clip((n-MID)/8,0,1)'"
                  ":enable='gte(n,MID)'",
}

# held-out-ae (clips 186-191): new recipes again, written after held-out-ad without running the
# detector on them. Film material of six more kinds, clips of about 20 to 22 s with 10 shots, mixing
# ordinary cuts between similar and different shots, cuts between dark shots, camera motion,
# objects passing the lens, flashes and light changes, grain, bars of five ratios, titles and
# credits, and dissolves and fades: a 1990s Danish Dogme 95 family celebration in 1.66 (hand-held
# video, a guest and a waiter passing the lens, a camera flash, the iris hunting, a strip light
# flickering, a torch into the lens at night, the iris stopping down on a pan to a window, one
# short dissolve and a fade out and in), a 1990s Chinese Fifth Generation period drama in 1.85
# (lanterns lit and covered one by one, a sheet of cloth falling past the lens, snow, a gust of
# wind, dissolves of 48 and 30 frames, a fade through black), a 2020s esports tournament
# broadcast, full frame under a score bug (pyro, a game view dragged across the map, spell flashes,
# a slow-motion replay between two fades through white, a name caption, sweeping beams, confetti,
# photographers' flashes), a 1920s German mountain film in 1.33 tinted blue, amber and rose
# (intertitles, clouds' shadows, an oil lamp turned up, a blizzard, an avalanche's powder cloud
# over the lens, torches at night, the dawn lighting a peak, dissolves of 40 and 24 frames), a
# 1950s Bengali village film in 1.37 (rain beginning on a pond, smoke over the lens, an oil lamp
# lit, lightning, a dragonfly past the lens, dissolves of 44 and 20 frames), a 2000s Brazilian
# favela crime film in 2.39 (a running camera, a kid and a kite past the lens, muzzle flashes, a
# camera flash, a faded flashback reached through grays, police lights, a credit fading in).
_DV = "dv-ae grain91-ae box166-ae"
_DVH = f"hh-ae {_DV}"
_FG = "fifth-ae grain92-ae box185-ae"
_ES = "bcast-ae grain93-ae bug-ae"
_BB = "blue-ae flick-ae weave-ae scratch-ae grain94-ae vig-ae box133-ae"
_BA = "amber-ae flick-ae weave-ae scratch-ae grain94-ae vig-ae box133-ae"
_BR = "rose-ae flick-ae weave-ae scratch-ae grain94-ae vig-ae box133-ae"
_BN = "bengal-ae flick2-ae grain95-ae box137-ae"
_FV = "favela-ae grain96-ae box239-ae"
_FV70 = "seventies-ae grain97-ae box239-ae"
HELD_OUT_AE = [
    ("the-toast", [S("hotel-ae", 60, 0, f"walk-ae {_DV}"), "cut",
                   S("lobby-ae", 48, 0, f"guestpass-ae {_DVH}"), "cut",
                   S("table-ae", 66, 0, f"pantable-ae {_DV}"), "cut",
                   S("father-ae", 44, 0, f"flash-ae {_DVH}"), "cut",
                   S("son-ae", 34, 0, _DVH), "cut",
                   S("father-ae", 28, 200, f"closer-ae {_DVH}"), "cut",
                   S("son-ae", 40, 120, f"near-ae irishunt-ae {_DVH}"), "fade:10",
                   S("kitchen-ae", 56, 0, f"waiterpass-ae tubeflick-ae {_DVH}"), "fadeio:18:14",
                   S("garden-ae", 62, 0, "torch-ae hh-ae dv-ae gain91-ae box166-ae"), "cut",
                   S("breakfast-ae", 60, 0, f"panwin-ae {_DVH}")]),
    ("house-of-the-dyer", [S("dyetitle-ae", 48, 0, _FG), "cut",
                           S("courtyard-ae", 90, 0, f"lanternslit-ae {_FG}"), "fade:48",
                           S("dyevat-ae", 84, 0, f"clothfall-ae {_FG}"), "cut",
                           S("wife-ae", 44, 0, _FG), "cut",
                           S("husband-ae", 40, 0, _FG), "cut",
                           S("wife-ae", 60, 150, f"closer-ae {_FG}"), "fadeblack:36",
                           S("courtnight-ae", 76, 0, f"lanternsout-ae {_FG}"), "cut",
                           S("roof-ae", 64, 0, f"snowfall-ae {_FG}"), "fade:30",
                           S("sorghum-ae", 84, 0, f"panfield-ae {_FG}"), "fadeio:24:24",
                           S("dyeend-ae", 52, 0, _FG)]),
    ("grand-final", [S("arena-ae", 64, 0, f"pyro-ae {_ES}"), "cut",
                     S("map-ae", 64, 0, f"mappan-ae hud-ae {_ES}"), "cut",
                     S("player1-ae", 40, 0, f"headset-ae monitor-ae {_ES}"), "cut",
                     S("fight-ae", 48, 0, f"hud-ae {_ES}"), "fadewhite:12",
                     S("fight-ae", 44, 200, f"slowmo-ae closer-ae hud-ae replay-ae {_ES}"),
                     "fadewhite:10",
                     S("casters-ae", 56, 0, f"lowerthird-ae {_ES}"), "cut",
                     S("crowd-ae", 44, 0, f"beamsweep-ae {_ES}"), "cut",
                     S("player2-ae", 36, 0, _ES), "cut",
                     S("arena-ae", 64, 300, f"near-ae confetti-ae pyro2-ae {_ES}"), "fade:16",
                     S("trophy-ae", 64, 0, f"phoneflash-ae {_ES}")]),
    ("storm-over-the-glacier", [S("bergtitle-ae", 48, 0, _BA), "cut",
                                S("peaks-ae", 80, 0, _BB), "fade:40",
                                S("climbers-ae", 66, 0, f"panridge-ae {_BB}"), "cut",
                                S("intertitle-ae", 44, 0, _BA), "cut",
                                S("hut-ae", 62, 0, f"lampup-ae {_BA}"), "cut",
                                S("cface-ae", 42, 0, f"beard-ae blizzard-ae shake-ae {_BB}"), "cut",
                                S("avalanche-ae", 66, 0, f"powder-ae {_BB}"), "fadeblack:30",
                                S("torches-ae", 70, 0, f"torchflick-ae {_BB}"), "fade:24",
                                S("dawnpeak-ae", 64, 0, _BR), "fadeio:20:24",
                                S("bergend-ae", 48, 0, _BA)]),
    ("the-rains", [S("pond-ae", 64, 0, f"rainpond-ae {_BN}"), "cut",
                   S("girl-ae", 40, 0, _BN), "cut",
                   S("grass-ae", 70, 0, _BN), "cut",
                   S("train-ae", 80, 0, f"smokelens-ae {_BN}"), "fade:44",
                   S("yard-ae", 72, 0, f"oillamp-ae {_BN}"), "cut",
                   S("boy-ae", 38, 0, f"torchflick-ae {_BN}"), "cut",
                   S("girl-ae", 36, 200, f"closer-ae lightning-ae {_BN}"), "cut",
                   S("rainfield-ae", 62, 0, f"rainheavy-ae bolt-ae {_BN}"), "fade:20",
                   S("dawnpond-ae", 64, 0, f"dragonfly-ae {_BN}"), "fadeio:16:20",
                   S("bnend-ae", 48, 0, _BN)]),
    ("kites-over-the-hill", [S("hillside-ae", 70, 0, f"panhill-ae {_FV}"), "cut",
                             S("chicken-ae", 30, 0, f"run-ae {_FV}"), "cut",
                             S("alley-ae", 44, 0, f"kidpass-ae run-ae {_FV}"), "cut",
                             S("gang-ae", 48, 0, f"muzzle-ae shake-ae {_FV}"), "cut",
                             S("photog-ae", 36, 0, f"camflash-ae {_FV}"), "cut",
                             S("rooftop-ae", 56, 0, f"kitepass-ae {_FV}"), "fadegrays:24",
                             S("beach70-ae", 64, 0, _FV70), "cut",
                             S("photog-ae", 34, 220, f"closer-ae {_FV}"), "cut",
                             S("nightfav-ae", 66, 0, f"sirens-ae {_FV}"), "fade:14",
                             S("kiteend-ae", 64, 0, f"credits-ae {_FV}")]),
]
