"""Sources, effects and recipes of held-out-af (clips 192-197), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-191. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a title card, a
city street at night in the rain with a car's headlights coming closer, a newspaper spinning in
to its headline, a speakeasy with a band and a bar, a gang boss's face lit by a match, a
detective's face before the blinds, a drive-by with a tommy gun's flashes, a hotel room washed
by a blinking neon sign and a street in the morning fog with a newsboy (a 1930s Hollywood
gangster film in 1.37, black and white with flicker, gate weave and grain, a waiter passing the
lens); a quarry under a blue sky, a monster in a miniature city, a young man raising his
transformation device in a burst of rays, the hero posing before an explosion, the hero and the
monster in the quarry under a crash zoom, a blast whose smoke rolls over the lens, a defence
team's control room under a red alert with its commander and an officer, the hero flying with a
whip pan and the quarry at sunset with a caption for next week (a 1970s Japanese tokusatsu
hero series in 4:3, saturated 16 mm television colour); a parched backland with a dead tree and
a cactus under a white sky, a cow's skull on the cracked ground, a cowherd's face under his
leather hat, pilgrims walking along a ridge with a cross, a preacher shouting under a crash
zoom, a bandit firing his rifle before a whip pan to a farmhouse, a dust storm over the lens, a
dark hut whose bright doorway a figure crosses and a run to the sea (a 1960s Brazilian Cinema
Novo film in 1.66, harsh black and white with heavy grain, hand-held); the Nile at dusk with
feluccas under a title, a night club's stage whose backdrop changes colour behind a singer, a
young man's and his father's faces with subtitles, a balcony over the minarets at night with a
curtain blowing over the lens, a station where steam covers the lens, a woman's face by a rainy
window in a lightning storm and the Nile at dawn (a 1960s Egyptian musical melodrama in 2.35,
faded Eastmancolor); a Lagos street with a danfo bus and an okada passing the lens, a walled
house pushed in on, a parlour under a ceiling fan where the power fails and comes back, a
husband's and a wife's faces, a native doctor's shrine by firelight with red flashes, a dark
compound where a car's headlights glare into the lens, a village dance remembered in sepia with
a dancer passing the lens and a church under strip lights with a closing caption (a 2010s
Nollywood home-video drama, full frame, sharpened bright video under a distributor's logo); a
jagged rock in the heat haze, schoolgirls in white at a picnic, a girl's face with a sun flare,
a tilt up the rock into the sun, boulders seen from above with a cockatoo past the lens, a
headmistress's face and a clock stopped at noon, searchers' lanterns in the bush at dusk, a
misty lake at dawn with a swan and the rock held still under an epilogue (a 1970s Australian
New Wave period film in 1.85, soft hazy warm colour).
"""

from shots_lavfi import FONT, SERIF, half as _half, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_ab import _subs
from shots_sources_ac import _pass
from shots_sources_ad import _card, _lift
from shots_sources_ae import _flash
from shots_sources_q import _lines


def _person(cx, cy, hair, long_hair, skin, shirt, bg, top=(), back=(), add="0"):
    """A face in close-up at (cx, cy), drawn as shots_sources_x._face draws it, with more
    layers (mask, lum, cb, cr): top over it (a hat, a beard, a headwrap) and back behind it."""
    hl, hb, hr = hair
    hind = (f"lt(hypot(({cx}-X)/40,(Y-{cy}-20)/62),1)*gt(Y,{cy}-40)" if long_hair
            else f"lt(hypot((X-{cx})/33,(Y-{cy}+6)/38),1)*lt(Y,{cy}-6)")
    return _paint([*top,
                   (f"lt(hypot(abs(X-{cx})-12,Y-{cy}+2),2.2)", 20, 128, 128),
                   (f"lt(hypot((abs(X-{cx})-12)/7,(Y-{cy}+2)/3.5),1)", 225, 128, 128),
                   (f"lt(hypot((abs(X-{cx})-12)/9,(Y-{cy}+9)/1.5),1)", hl - 10, hb, hr),
                   (f"lt(hypot((X-{cx})/10,(Y-{cy}-26)/2.5),1)", skin - 45, 120, 160),
                   (f"lt(abs(X-{cx}),2+0.2*(Y-{cy}))*between(Y,{cy}+2,{cy}+14)", skin - 15, 116,
                    146),
                   (f"lt(hypot((X-{cx})/30,(Y-{cy}-2)/38),1)*gt(Y,{cy}-22)", skin, 114, 146),
                   (f"lt(hypot((X-{cx})/32,(Y-{cy}+6)/36),1)", hl, hb, hr),
                   (f"gt(Y,{cy}+44)*lt(abs(X-{cx}),44+0.8*(Y-{cy}-44))", *shirt),
                   (hind, hl, hb, hr),
                   (f"gt(Y,{cy}+36)*lt(abs(X-{cx}),10)", skin - 10, 114, 146),
                   *back],
                  bg, add=add)


def _fedora(cx, cy, lum, band):
    """Layers of a fedora on a face at (cx, cy): its band, crown and brim."""
    return [(f"lt(abs(X-{cx}),31)*between(Y,{cy}-44,{cy}-36)", band, 128, 128),
            (f"lt(abs(X-{cx}),31-0.15*({cy}-36-Y))*between(Y,{cy}-66,{cy}-36)"
             f"*gt(Y,{cy}-66+6*exp(-pow((X-{cx})/8,2)))", lum, 128, 128),
            (f"lt(hypot((X-{cx})/58,(Y-{cy}+35)/8),1)", lum - 6, 128, 128)]


def _ease(a, b):
    """0 before frame N=a, 1 from N=b, easing in and out between (a smoothstep)."""
    c = f"clip((N-{a})/({b}-{a}),0,1)"
    return f"(3*pow({c},2)-2*pow({c},3))"


def _text(line, size, y, color, font=FONT, alpha="1", when="1", extra=""):
    """A drawtext effect: line centred at y, at the opacity alpha while when holds (expressions
    in n and MID)."""
    return (f"drawtext=fontfile={font}:fontsize={size}:fontcolor={color}:text='{line}'"
            f":x=(w-tw)/2:y={y}:alpha='{alpha}':enable='{when}'{extra}")


# A 1930s Hollywood gangster film (drawn in greys).
_CX = "(200+0.55*N)"
_CY = "(114+0.32*N)"
_CS = "(4+0.45*N)"
_CR = "(1.3+0.07*N)"
_CAR = "(6*N-200)"
_ON = "gt(sin(N*0.45),-0.3)"

# A 1970s Japanese tokusatsu hero series.
_RIDGE = "(62+16*sin(X/47+0.5)+7*sin(X/13))"
_QSKY = ("if(lt(Y,{r}),172-0.45*Y,150-18*lt(mod(Y+0.2*X+5*sin(X/20),14),2)"
         "+10*sin(X/4)*sin(Y/5))")


def _quarry(ridge=_RIDGE):
    """The quarry's sky and rock walls as a background (lum, cb, cr) under ridge."""
    return (_QSKY.format(r=ridge), f"if(lt(Y,{ridge}),165,108)", f"if(lt(Y,{ridge}),98,148)")


def _hero(x, y, s, arm_up=False):
    """Layers of the hero in his red and silver suit standing with his feet at (x, y), 60*s
    pixels tall; with arm_up his right arm is raised."""
    def k(v):
        return f"{v * s:g}"
    red = (85, 100, 215)
    arm = (f"lt(abs(Y-{y}+{k(46)}+0.9*(X-{x}-{k(7)})),{k(2.4)})*between(X,{x}+{k(6)},{x}+{k(22)})"
           if arm_up else f"lt(abs(X-{x}-{k(8.5)}),{k(2)})*between(Y,{y}-{k(46)},{y}-{k(28)})")
    return [(f"lt(hypot((abs(X-{x})-{k(2.2)})/{k(1.8)},(Y-{y}+{k(53)})/{k(1.3)}),1)", 70, 175,
             110),
            (f"lt(abs(X-{x}),{k(0.8)})*between(Y,{y}-{k(61)},{y}-{k(55)})", *red),
            (f"lt(hypot((X-{x})/{k(5)},(Y-{y}+{k(53)})/{k(6.5)}),1)", 205, 128, 128),
            (f"lt(hypot(X-{x},Y-{y}+{k(29.5)}),{k(2)})", 230, 60, 160),
            (f"lt(abs(X-{x}),{k(6)})*between(Y,{y}-{k(31)},{y}-{k(28)})", 200, 128, 128),
            (f"lt(abs(X-{x}),{k(5.5)})*between(Y,{y}-{k(46)},{y}-{k(38)})", 200, 128, 128),
            (f"lt(abs(X-{x}),{k(6.5)})*between(Y,{y}-{k(47)},{y}-{k(28)})", *red),
            (f"lt(abs(abs(X-{x})-{k(3)}),{k(2.2)})*between(Y,{y}-{k(7)},{y})", 200, 128, 128),
            (f"lt(abs(abs(X-{x})-{k(3)}),{k(2.2)})*between(Y,{y}-{k(28)},{y})", *red),
            (arm, *red),
            (f"lt(abs(X-{x}+{k(8.5)}),{k(2)})*between(Y,{y}-{k(46)},{y}-{k(30)})", *red)]


def _blast(x, y, r, c):
    """A fireball at (x, y) (expressions) of radius r, cooling into smoke as c goes from 0 to 1:
    its mask and colour (lum, cb, cr), in luma coordinates."""
    a = f"atan2(Y-{y},X-{x})"
    d = f"(hypot(X-{x},(Y-{y})*1.15)*(1+0.22*sin({a}*7+N*0.4)+0.12*sin({a}*13-N*0.7)))"
    q = f"clip({d}/({r}+0.01),0,1)"
    lum = f"((250-90*pow({q},1.5)-30*sin(X/5+N*0.9)*sin(Y/4-N*0.5)*{q})*(1-0.6*{c}))"
    return (f"lt({d},{r})", lum, f"((40+40*{q})*(1-{c})+125*{c})",
            f"((160+45*{q})*(1-{c})+135*{c})")


def _kaiju(x, y, s):
    """Layers of the monster, green and spiked, with its feet at (x, y), 140*s pixels tall."""
    def k(v):
        return f"{v * s:g}"
    green = (88, 102, 106)
    return [(f"lt(hypot((abs(X-{x}+{k(5)})-{k(6)})/{k(3)},(Y-{y}+{k(126)})/{k(2)}),1)", 225, 40,
             150),
            (f"lt(hypot((X-{x}+{k(10)})/{k(9)},(Y-{y}+{k(112)})/({k(2)}+{k(3)}*abs(sin(N*0.3)))),"
             "1)", 45, 120, 175),
            (f"lt(hypot((X-{x}+{k(3)})/{k(17)},(Y-{y}+{k(120)})/{k(13)}),1)", *green),
            (f"gt(X,{x}+{k(16)})*lt(X-{x}-{k(16)},{k(9)}*(1-abs(mod(Y-{y}+{k(112)},{k(16)})"
             f"-{k(8)})/{k(8)}))*between(Y,{y}-{k(112)},{y}-{k(30)})", 175, 112, 124),
            (f"lt(abs(Y-{y}+{k(86)}+0.35*(X-{x}+{k(20)})),{k(4)})"
             f"*between(X,{x}-{k(42)},{x}-{k(8)})", *green),
            (f"lt(hypot((X-{x}+{k(8)})/{k(11)},(Y-{y}+{k(60)})/{k(40)}),1)", 128, 110, 132),
            (f"lt(hypot((X-{x})/{k(23)},(Y-{y}+{k(60)})/{k(56)}),1)", "88+10*sin(X/2.3+Y/3.1)",
             102, 106),
            (f"lt(abs(abs(X-{x})-{k(12)}),{k(7)})*between(Y,{y}-{k(22)},{y})", *green)]


# The defence team's control room (behind a face).
_HQ = [("lt(hypot(X-236,Y-38),3)*gt(sin(N*0.9),0)", 120, 90, 225),
       ("between(X,30,290)*between(Y,12,70)*(lt(mod(X,20),1)+lt(mod(Y,15),1))", 120, 160, 110),
       ("between(X,30,290)*between(Y,12,70)", "55+12*sin(X/9)*sin(Y/7)", 168, 104),
       ("between(X,26,294)*between(Y,8,74)", 40, 128, 128),
       ("gt(Y,128)*lt(mod(X,14),6)*lt(mod(Y,10),4)",
        "140+90*gt(sin(floor(X/14)*5.3+floor(Y/10)*2.1+N*0.4),0.2)",
        "128+60*sin(floor(X/14)*2.7)", "128+60*cos(floor(X/14)*1.9)"),
       ("gt(Y,120)", "130-20*lt(abs(Y-124),2)", 122, 126)]
_HQBG = ("150+8*lt(mod(X,40),1)", 118, 128)


# A 1960s Brazilian Cinema Novo film (drawn in greys).
_CRACK = "lt(abs(sin(X/11+2.3*sin(Y/13))*sin(Y/8+1.7*sin(X/17))),0.025)"
_PAN = f"(X+330*{_ease(30, 38)})"
_WALK = [(f"(mod(30+41*{k}+0.7*N,370)-25)", k) for k in range(8)]


def _pilgrim(x, k):
    """Masks of pilgrim k walking along the ridge at x: head and robe."""
    y = f"(125-0.12*{x})"
    return (f"lt(hypot(X-{x},Y-{y}+30-abs(sin(N*0.35+{k}))),4)",
            f"between(Y,{y}-26,{y})*lt(abs(X-{x}),4+0.18*(Y-{y}+26))")


# A 1960s Egyptian musical melodrama.
_KB = "clip((N-34)/12,0,1)"
_MUS = "(between(X,8,130)+between(X,190,312))"
_MX = "(mod(X-5,30)-15)"


def _felucca(x, y, s, sail):
    """Layers of a felucca at x (an expression) on the water line y, scale s: its lateen sail
    (lum, cb, cr), mast and hull."""
    def k(v):
        return f"{v * s:g}"
    return [(f"between(Y,{y}-{k(62)},{y}-{k(4)})*between(X-{x},-0.12*(Y-{y}+{k(62)}),"
             f"0.62*(Y-{y}+{k(62)}))", *sail),
            (f"lt(abs(X-{x}),{k(0.9)})*between(Y,{y}-{k(64)},{y})", 40, 130, 132),
            (f"lt(hypot((X-{x}-{k(12)})/{k(28)},(Y-{y})/{k(5)}),1)*lt(Y,{y}+{k(1)})", 35, 132,
             134)]


# A 2010s Nollywood home-video drama.
_BUS = "(30+1.1*N)"
_HX = "(320-8*clip(N-10,0,20))"
_HR = "(2+0.35*clip(N-10,0,20))"


def _dancer(k):
    """Masks of dancer k going round the circle: x, y and the masks of head and wrapper."""
    x = f"(160+95*sin(N*0.06+{k}*0.9))"
    y = f"(146-14*cos(N*0.06+{k}*0.9))"
    return (f"lt(hypot(X-{x},Y-{y}+40-3*abs(sin(N*0.5+{k}))),5)",
            f"between(Y,{y}-34,{y})*lt(abs(X-{x}),6+0.14*(Y-{y}+34))")


# A 1970s Australian New Wave period film.
_TOP = "(40+0.0045*pow(X-170,2)+12*abs(sin(X/9))+6*abs(sin(X/4.3)))"
_HAZE = "(X+1.2*sin(Y/2.7+N*0.9)*gt(Y,44))"


def _rock(haze=True):
    """The rock, gum trees and grass under a hazy sky: layers and background; with haze the
    rock shimmers in the heat."""
    top = _TOP.replace("X", _HAZE) if haze else _TOP
    xr = _HAZE if haze else "X"
    return ([("lt(abs(X-30-6*sin(Y/30)),4)*gt(Y,46)+lt(abs(X-292+5*sin(Y/26)),3.5)*gt(Y,56)", 200,
              125, 132),
             ("(lt(hypot((X-34)/44,(Y-40)/30),1)+lt(hypot((X-290)/36,(Y-50)/26),1))"
              "*gt(sin(X/5)*sin(Y/4)+0.4*sin(X/2.3),-1.25)", "66+18*sin(X/2)*sin(Y/1.7)", 118,
              126),
             ("gt(Y,140+3*sin(X/11))", "165+15*sin(X*1.3)*sin(Y*0.9)", 100, 146),
             (f"lt(Y,150)*gt(Y,{top})*lt(abs({xr}-170),112)",
              f"84+24*lt(mod({xr},9),3)-30*lt(mod({xr}+3*sin(Y/7),23),1.5)-0.12*(Y-60)", 126,
              138)],
            ("205+0.1*Y", 120, 136))


_RL, _RB = _rock()
_FL, _FB = _rock(False)
_GIRLS = [(70, 190, True), (122, 60, False), (200, 175, True), (252, 90, False)]
_LANT = [(f"(mod(20+64*{k}+1.1*N,360)-20)", f"(118+2*sin(N*0.4+{k}))") for k in range(5)]


LAVFI_AF = {
    # A 1930s Hollywood gangster film (drawn in greys).
    "gtitle-af": _lines(_card(["THE LATE EDITION"], 24, 68, 0, "0xeeeeee", SERIF, "0x0e0e0e")
                        + ",drawbox=x=40:y=46:w=240:h=2:c=0xb0b0b0:t=fill"
                        + ",drawbox=x=40:y=134:w=240:h=2:c=0xb0b0b0:t=fill"
                        + ",drawbox=x=150:y=40:w=20:h=3:c=0xb0b0b0:t=fill",
                        ["A Regal Picture"], 11, 108, 0, "0xb8b8b8"),
    "street-af": _paint([(f"lt(hypot(X-{_CX}+{_CS},Y-{_CY}),{_CR})"
                          f"+lt(hypot(X-{_CX}-{_CS},Y-{_CY}),{_CR})", 250, 128, 128),
                         (f"lt(abs(X-{_CX}),{_CS}+2.5*{_CR})*between(Y,{_CY}-3*{_CR},"
                          f"{_CY}+2*{_CR})", 14, 128, 128),
                         ("lt(hypot((X-150)/5,(Y-36)/4),1)", 250, 128, 128),
                         ("lt(abs(X-150),1.2)*between(Y,36,128)", 45, 128, 128),
                         ("lt(X,104)*lt(Y,118)*between(mod(X,24),7,17)*between(mod(Y,28),8,21)",
                          "if(gt(sin(floor(X/24)*4.3+floor(Y/28)*2.9),0.3),165,30)", 128, 128),
                         ("lt(X,112)*lt(Y,126)", "42+6*lt(mod(Y,5),1)", 128, 128),
                         ("gt(X,252)*lt(Y,118)*between(mod(X-252,26),7,18)"
                          "*between(mod(Y,30),9,22)",
                          "if(gt(sin(floor(X/26)*3.1+floor(Y/30)*5.3),0.2),150,28)", 128, 128),
                         ("gt(X,244)*lt(Y,126)", "36+6*lt(mod(Y,6),1)", 128, 128),
                         ("between(X,112,244)*lt(Y,116)*lt(mod(X,5),1.5)*lt(mod(Y,6),1.5)"
                          "*gt(Y,72+22*abs(sin(floor(X/17)*2.3)))"
                          "*gt(sin(floor(X/5)*7.1+floor(Y/6)*3.7),0.7)", 120, 128, 128),
                         ("between(X,112,244)*lt(Y,116)*gt(Y,70+22*abs(sin(floor(X/17)*2.3)))",
                          26, 128, 128),
                         ("gt(Y,112)", "30+4*sin(X/3+Y)", 128, 128)],
                        ("16+0.1*Y", 128, 128),
                        add=f"60*exp(-hypot(X-150,Y-38)/18)"
                            f"+gt(Y,118)*50*exp(-abs(X-150)/5)*(0.5+0.5*sin(Y*1.3))"
                            f"+110*exp(-hypot(X-{_CX}-{_CS},Y-{_CY})/(3+0.25*N))"
                            f"+110*exp(-hypot(X-{_CX}+{_CS},Y-{_CY})/(3+0.25*N))"
                            f"+gt(Y,{_CY}+2*{_CR})*60*exp(-abs(X-{_CX})/({_CS}+8))"),
    "paper-af": _paint([("between(X,24,130)*between(Y,64,126)", "90+40*sin(X/5)*sin(Y/7)", 128,
                         128),
                        ("between(X,10,310)*between(Y,60,172)*lt(mod(Y,6),2)"
                         "*lt(mod(X-10,100),92)", 110, 128, 128),
                        ("lt(abs(Y-56),1)*between(X,10,310)+lt(abs(Y-24),1)*between(X,10,310)",
                         60, 128, 128)],
                       ("228+4*sin(X/9)*sin(Y/11)", 128, 128))
                + f",drawtext=fontfile={SERIF}:fontsize=13:fontcolor=0x202020"
                  ":text='THE DAILY CLARION':x=(w-tw)/2:y=7"
                + f",drawtext=fontfile={FONT}:fontsize=26:fontcolor=0x101010"
                  ":text='GANG WAR ERUPTS':x=(w-tw)/2:y=28"
                + f",drawtext=fontfile={SERIF}:fontsize=9:fontcolor=0x303030"
                  ":text='Three Shot Down on Fifth Avenue':x=150:y=66",
    "speak-af": _paint([("lt(hypot(mod(X,110)-55,Y-22),4)", 245, 128, 128),
                        ("lt(abs(mod(X,110)-55),0.8)*lt(Y,20)", 30, 128, 128),
                        ("lt(hypot((X-236)/10,(Y-66)/8),1)*lt(Y,68)", 25, 128, 128),
                        ("lt(hypot((X-236)/9,(Y-72)/11),1)", 165, 128, 128),
                        ("lt(abs(Y-86),2)*lt(abs(X-236),5)", 10, 128, 128),
                        ("between(Y,84,130)*lt(abs(X-236),13+0.2*(Y-84))", 215, 128, 128),
                        ("lt(abs(Y-80+0.1*(X-70)),2)*between(X,68,96)+lt(hypot((X-97)/3,"
                         "(Y-78)/6),1)", 235, 128, 128),
                        ("lt(hypot((X-62)/8,(Y-74)/10),1)", 150, 128, 128),
                        ("between(Y,84,110)*lt(abs(X-62),3)", 220, 128, 128),
                        ("between(Y,84,140)*lt(abs(X-62),12+0.2*(Y-84))", 20, 128, 128),
                        ("between(X,84,136)*between(Y,96,100)*lt(mod(X,4),2.5)", 220, 128, 128),
                        ("between(X,80,140)*between(Y,96,132)", 12, 128, 128),
                        ("between(Y,126,130)", 150, 128, 128),
                        ("gt(Y,130)", "35+20*lt(mod(X,40),2)", 128, 128),
                        ("between(X,170,304)*(lt(abs(Y-74),1)+lt(abs(Y-102),1))", 90, 128, 128),
                        ("between(X,172,302)*lt(abs(mod(X,11)-5.5),2.4)*(between(Y,54,73)"
                         "+between(Y,82,101))", "110+70*sin(floor(X/11)*2.9)", 128, 128),
                        ("between(X,166,308)*between(Y,48,106)", 95, 128, 128)],
                       ("55+12*lt(mod(X+8*floor(Y/20),16),1)+8*sin(Y/3)", 128, 128),
                       add="35*exp(-pow(mod(X,110)-55,2)/(80+12*Y))*lt(Y,130)"
                           "+14*sin(X/29+N*0.06)*sin(Y/17-N*0.04)"),
    "boss-af": _person(160, 86, (25, 128, 128), False, 165, (22, 128, 128),
                       ("30+25*exp(-hypot(X-60,Y-50)/60)", 128, 128),
                       top=[*_fedora(160, 86, 50, 85),
                            ("lt(abs(Y-112-0.28*(X-166)),1.8)*between(X,166,196)", 85, 128, 128),
                            ("lt(abs(X-160),3)*between(Y,132,180)", 60, 128, 128),
                            ("between(Y,130,180)*lt(abs(X-160),10+0.15*(Y-130))", 205, 128, 128)],
                       add="25*exp(-hypot(X-160,Y-130)/60)-20*clip((X-160)/110,0,1)"),
    "det-af": _person(160, 90, (70, 128, 128), False, 180, (115, 128, 128),
                      ("40+70*lt(mod(Y+0.4*X,16),7)*lt(X,130)", 128, 128),
                      top=[*_fedora(160, 90, 150, 45),
                           ("between(Y,134,180)*lt(abs(X-160),16+0.5*(Y-134))"
                            "*gt(abs(X-160),0.6*(Y-134)-4)", 135, 128, 128)],
                      add="-25*clip((160-X)/120,0,1)"),
    "drive-af": _paint([(f"lt(hypot(X-{_CAR}-152,Y-118),4)", 250, 128, 128),
                        (f"lt(abs(Y-92),1.2)*between(X,{_CAR}+96,{_CAR}+124)", 15, 128, 128),
                        (f"lt(hypot(X-{_CAR}-88,Y-90),7)", 40, 128, 128),
                        (f"between(X,{_CAR}+40,{_CAR}+100)*between(Y,82,100)"
                         f"*(1-between(X,{_CAR}+68,{_CAR}+72))", 85, 128, 128),
                        (f"between(X,{_CAR}+34,{_CAR}+108)*between(Y,78,104)", 45, 128, 128),
                        (f"lt(hypot(X-{_CAR}-30,Y-140),11)+lt(hypot(X-{_CAR}-125,Y-140),11)", 8,
                         128, 128),
                        (f"between(X,{_CAR},{_CAR}+150)*lt(abs(Y-112),1)", 170, 128, 128),
                        (f"between(X,{_CAR},{_CAR}+150)*between(Y,100,138)",
                         "52+20*exp(-pow((Y-104)/4,2))", 128, 128),
                        ("between(X,30,130)*between(Y,50,110)", "110+20*sin(X/7)", 128, 128),
                        ("between(X,30,130)*between(Y,36,46)", 70, 128, 128),
                        ("between(X,170,200)*between(Y,50,126)", 15, 128, 128),
                        ("lt(Y,126)", "24+6*lt(mod(Y,6),1)", 128, 128),
                        ("between(Y,126,134)", 60, 128, 128)],
                       ("28", 128, 128),
                       add=f"30*exp(-abs(Y-128)/6)*between(X,20,140)"
                           f"+50*exp(-hypot((X-{_CAR}-200)/60,(Y-125)/15))"),
    "neon-af": _paint([("lt(hypot(X-90,Y-88),10)", 8, 128, 128),
                       ("between(Y,96,140)*lt(abs(X-90),16+0.2*(Y-96))", 8, 128, 128),
                       ("between(X,30,170)*between(Y,120,150)", f"30+40*{_ON}", 128, 128),
                       ("between(X,190,290)*between(Y,30,120)*lt(mod(Y,10),3)", 20, 128, 128),
                       ("between(X,190,290)*between(Y,30,120)", f"40+110*{_ON}", 128, 128),
                       ("between(X,184,296)*between(Y,24,126)", 12, 128, 128),
                       ("gt(Y,132)*lt(abs(X-230+0.8*(Y-132)),40)*gt(mod(Y,8),2)", f"18+60*{_ON}",
                        128, 128),
                       ("gt(Y,130)", 14, 128, 128)],
                      ("16+4*sin(X/5)*sin(Y/7)", 128, 128),
                      add=f"30*{_ON}*exp(-hypot(X-240,Y-75)/70)"),
    "dawn-af": _paint([("lt(hypot((X-238)/10,(Y-70)/5),1)*lt(Y,72)", 40, 128, 128),
                       ("lt(hypot((X-238)/8,(Y-78)/10),1)", 160, 128, 128),
                       ("between(X,216,234)*between(Y,86,90)", 40, 128, 128),
                       ("between(X,214,236)*between(Y,84,104)", 215, 128, 128),
                       ("between(Y,88,150)*lt(abs(X-240),11+0.1*(Y-88))", 70, 128, 128),
                       ("between(Y,150,168)*lt(abs(abs(X-240)-5),2.5)", 40, 128, 128),
                       ("between(X,252,272)*between(Y,156,168)", 200, 128, 128),
                       ("lt(abs(X-70),1.5)*between(Y,20,160)", 60, 128, 128),
                       ("lt(hypot((X-70)/6,(Y-20)/4),1)", 120, 128, 128),
                       ("lt(X,112)*lt(Y,140)*between(mod(X,22),6,15)*between(mod(Y,26),8,20)", 80,
                        128, 128),
                       ("lt(X,120)*lt(Y,150)", "110+6*lt(mod(Y,6),1)", 128, 128),
                       ("between(X,120,320)*lt(Y,140)*gt(Y,40+30*abs(sin(floor(X/25)*1.9)))",
                        170, 128, 128),
                       ("gt(Y,150)", 125, 128, 128),
                       ("gt(Y,140)", 145, 128, 128)],
                      ("200", 128, 128)),
    "gend-af": _card(["THE END"], 26, 72, 0, "0xeeeeee", SERIF, "0x0e0e0e")
               + ",drawbox=x=100:y=60:w=120:h=2:c=0xb0b0b0:t=fill"
               + ",drawbox=x=100:y=110:w=120:h=2:c=0xb0b0b0:t=fill",
    # A 1970s Japanese tokusatsu hero series.
    "quarry-af": _paint([*_hero("210", _RIDGE.replace("X", "210"), 0.45),
                         ("lt(Y,60)*gt(sin(X/27)*sin(Y/11+0.7*sin(X/41))+0.3*sin(X/8+Y/6),0.45)",
                          235, 128, 126),
                         (f"gt(Y,150+3*sin(X/9))*gt(Y,{_RIDGE})", "140+12*sin(X/3)*sin(Y/2)", 112,
                          142)],
                        _quarry()),
    "monster-af": _paint([("gt(Y,128-34*abs(sin(floor(X/21)*3.7)))*lt(mod(X,21),19)"
                           "*lt(mod(X,4),2)*lt(mod(Y,5),2)", 55, 130, 124),
                          ("gt(Y,128-34*abs(sin(floor(X/21)*3.7)))*lt(mod(X,21),19)",
                           "110+30*sin(floor(X/21)*2.1)", 126, 130),
                          *_kaiju("(170+4*sin(N*0.12))", 150, 1.0)],
                         ("150-0.4*Y", 100, 165),
                         add="25*exp(-pow((X-60-0.2*(140-Y))/12,2))*lt(Y,130)"),
    "hiro-af": _person(150, 88, (20, 128, 128), False, 180, (215, 128, 128),
                       _quarry("(94+8*sin(X/30))"),
                       top=[("lt(hypot(X-224,Y-124),4)", 100, 90, 220),
                            ("lt(hypot((X-224)/12,(Y-124)/8),1)", 200, 128, 128),
                            ("lt(hypot((X-224)/9,(Y-111)/8),1)", 180, 114, 146),
                            ("lt(abs(X-224),10)*gt(Y,128)", 215, 128, 128),
                            ("gt(Y,140)*lt(abs(X-128),3)", 90, 100, 215)]),
    "pose-af": _paint([*_hero(160, 176, 2.6, arm_up=True),
                       _blast(160, 120, "(10+170*clip((N-20)/9,0,1))*gt(N,20)",
                              "clip((N-31)/18,0,1)")],
                      _quarry(), add="70*exp(-pow((N-21)/2.2,2))"),
    "fight-af": _paint([*_hero(240, 160, 1.3), *_kaiju("(90+3*sin(N*0.2))", 162, 0.85),
                        (f"gt(Y,150+3*sin(X/9))*gt(Y,{_RIDGE})", "140+12*sin(X/3)*sin(Y/2)", 112,
                         142)],
                       _quarry()),
    "boom-af": _paint([_blast(170, 135, "(4+9*clip(N-18,0,8)+clip(N-26,0,30))*gt(N,17)",
                              "clip((N-24)/14,0,1)"),
                       *_hero("(60+1.5*N)", 150, 0.6),
                       (f"gt(Y,150+3*sin(X/9))*gt(Y,{_RIDGE})", "140+12*sin(X/3)*sin(Y/2)", 112,
                        142)],
                      _quarry(), add="90*exp(-pow((N-18)/1.5,2))"),
    "hq-af": _person(120, 94, (170, 128, 128), False, 175, (150, 70, 190), _HQBG, back=_HQ),
    "hq2-af": _person(120, 94, (22, 128, 128), True, 185, (150, 70, 190), _HQBG, back=_HQ,
                      top=[("lt(hypot((X-112)/30,(Y-54)/8),1)*lt(Y,58)", 140, 75, 185)]),
    "fly-af": _paint([("lt(hypot(X-166-3*N+132*" + _ease(18, 27) + ",Y-80+0.5*N),7)", 205, 128,
                       128),
                      ("lt(hypot((X-140-3*N+132*" + _ease(18, 27) + ")/24,(Y-84+0.5*N)/6),1)"
                       "+lt(abs(Y-84+0.5*N+0.1*(X-140-3*N+132*" + _ease(18, 27) + ")),2)"
                       "*between(X-140-3*N+132*" + _ease(18, 27) + ",-40,-20)", 85, 100, 215),
                      ("gt(sin((X+330*" + _ease(18, 27) + ")/27)*sin(Y/15+0.7*sin((X+330*"
                       + _ease(18, 27) + ")/41))+0.3*sin((X+330*" + _ease(18, 27) + ")/8+Y/6),"
                       "0.35)", 238, 128, 126)],
                     ("160-0.3*Y", 168, 102)),
    "sunset-af": _paint([*[(m, 15, 128, 128) for m, *_ in _hero("120", _RIDGE.replace("X", "120"),
                                                                  0.5)],
                         (f"gt(Y,{_RIDGE})", "30+6*sin(X/4)*sin(Y/5)", 128, 134),
                         ("lt(hypot(X-220,Y-34),12)", 245, 100, 160)],
                        ("90+0.9*Y", "110-0.2*Y", "172+0.1*Y"),
                        add="40*exp(-hypot(X-220,Y-34)/40)"),
    # A 1960s Brazilian Cinema Novo film (drawn in greys).
    "sertao-af": _paint([("lt(abs(X-90-0.1*(140-Y)),2.5)*between(Y,55,140)"
                          "+lt(abs(Y-80+0.6*(X-90)),1.5)*between(X,90,125)"
                          "+lt(abs(Y-70-0.8*(X-90)),1.5)*between(X,62,90)"
                          "+lt(abs(Y-62+1.2*(X-93)),1.2)*between(X,93,110)", 35, 128, 128),
                         ("lt(abs(X-230),5)*between(Y,50,112)+lt(abs(X-214),3.5)*between(Y,66,96)"
                          "+lt(abs(Y-96),3)*between(X,214,230)+lt(abs(X-246),3.5)*between(Y,60,90)"
                          "+lt(abs(Y-90),3)*between(X,230,246)", 70, 128, 128),
                         ("lt(hypot(X-270,Y-22),9)", 255, 128, 128),
                         (f"gt(Y,104)*{_CRACK}", 110, 128, 128),
                         ("gt(Y,104+3*sin(X/23))", "196+8*sin(X/5)*sin(Y/3)", 128, 128),
                         ("gt(Y,92+6*sin(X/40)+3*sin(X/11))", 170, 128, 128)],
                        ("236+6*exp(-hypot(X-270,Y-22)/40)", 128, 128)),
    "skull-af": _paint([("lt(hypot((abs(X-160)-14)/6,(Y-80)/7),1)", 30, 128, 128),
                        ("lt(abs(X-160),4-0.15*(Y-94))*between(Y,94,108)", 60, 128, 128),
                        ("lt(hypot((X-160)/30,(Y-80)/26),1)+lt(abs(X-160),18-0.2*(Y-95))"
                         "*between(Y,90,136)", "246-10*gt(Y,100)", 128, 128),
                        ("lt(abs(Y-66+0.5*(abs(X-160)-28)-0.004*pow(abs(X-160)-28,2)),"
                         "4-0.04*(abs(X-160)-28))*between(abs(X-160),24,86)", 250, 128, 128),
                        ("lt(abs(Y-66+0.5*(abs(X-160)-28)-0.004*pow(abs(X-160)-28,2)),"
                         "6-0.04*(abs(X-160)-28))*between(abs(X-160),22,88)", 120, 128, 128),
                        ("lt(hypot((X-172)/54,(Y-140)/10),1)", 135, 128, 128),
                        (_CRACK, 150, 128, 128)],
                       ("206+6*sin(X/4)*sin(Y/5)", 128, 128)),
    "vaq-af": _person(160, 94, (40, 128, 128), False, 150, (85, 128, 128),
                      ("if(lt(Y,150),236,180)", 128, 128),
                      top=[("lt(hypot((X-160)/28,(Y-50)/20),1)*lt(Y,58)",
                            "70+25*lt(mod(X+Y,6),1)", 128, 128),
                           ("lt(hypot((X-160)/62,(Y-58)/8),1)", 58, 128, 128),
                           ("lt(abs(abs(X-160)-27+0.1*(Y-90)),1.2)*between(Y,70,128)", 40, 128,
                            128)],
                      add="-50*between(Y,58,80)*lt(hypot((X-160)/31,(Y-96)/40),1)"
                          "-35*lt(X,156)*lt(hypot((X-160)/31,(Y-96)/40),1)"),
    "pilgrims-af": _paint([(" + ".join(_pilgrim(x, k)[0] for x, k in _WALK), 30, 128, 128),
                           (f"lt(abs(X-{_WALK[3][0]}-6),1.5)*between(Y,(125-0.12*{_WALK[3][0]})-62,"
                            f"(125-0.12*{_WALK[3][0]})-14)+lt(abs(Y-(125-0.12*{_WALK[3][0]})+50),"
                            f"1.5)*lt(abs(X-{_WALK[3][0]}-6),12)", 18, 128, 128),
                           (f"lt(abs(X-{_WALK[6][0]}+5),1)*between(Y,(125-0.12*{_WALK[6][0]})-58,"
                            f"(125-0.12*{_WALK[6][0]}))+between(X-{_WALK[6][0]},-5,12)"
                            f"*between(Y,(125-0.12*{_WALK[6][0]})-58+2*sin(N*0.5+X/4),"
                            f"(125-0.12*{_WALK[6][0]})-46)", 200, 128, 128),
                           (" + ".join(_pilgrim(x, k)[1] for x, k in _WALK), 45, 128, 128),
                           ("gt(Y,125-0.12*X)*gt(sin(X/3)*sin(Y/2.7),0.7)", 90, 128, 128),
                           ("gt(Y,125-0.12*X)", "150+10*sin(X/7+Y/3)", 128, 128)],
                          ("232-0.05*Y", 128, 128),
                          add="30*exp(-pow((Y-119+0.12*X)/10,2))*(0.5+0.5*sin(X/19-N*0.2))"),
    "preacher-af": _person(160, 90, (45, 128, 128), True, 160, (40, 128, 128),
                           ("228-0.2*Y", 128, 128),
                           top=[("lt(hypot((X-160)/7,(Y-114)/(1.5+4*abs(sin(N*0.45)))),1)", 15,
                                 128, 128),
                                ("lt(hypot((X-160)/25,(Y-118)/22),1)*gt(Y,104)",
                                 "55+10*sin(X*1.7+Y)", 128, 128)],
                           back=[("lt(abs(X-262),4)*lt(Y,160)+lt(abs(Y-50),4)*lt(abs(X-262),30)",
                                  40, 128, 128)]),
    "canga-af": _paint([(m.replace("U", _PAN), str(lum).replace("U", _PAN), 128, 128)
                        for m, lum in [
                            ("lt(hypot(U-196,(Y-47)*1.5),8)*between(N,22,23)", 255),
                            ("lt(hypot(U-120,Y-46),3)", 220),
                            ("lt(hypot((U-120)/26,(Y-52)/12),1)*lt(Y,54)", 60),
                            ("lt(abs(Y-80+0.5*(U-130)),1.6)*between(U,126,190)", 25),
                            ("lt(hypot((U-120)/9,(Y-64)/11),1)", 140),
                            ("between(Y,76,120)*(lt(abs(Y-76-0.9*(U-107)),2.5)"
                             "+lt(abs(Y-76+0.9*(U-133)),2.5))*lt(abs(U-120),14)", 200),
                            ("between(Y,74,150)*lt(abs(U-120),13+0.1*(Y-74))", 80),
                            ("lt(abs(U-262),2.5)*between(Y,60,130)+lt(abs(Y-84+0.7*(U-262)),1.5)"
                             "*between(U,262,292)", 40),
                            ("between(U,475,495)*between(Y,100,128)", 20),
                            ("lt(abs(U-485),(Y-50)*2.2)*between(Y,50,82)", 70),
                            ("between(U,430,540)*between(Y,80,128)", 210),
                            ("lt(hypot((U-600)/22,(Y-104)/9),1)+lt(abs(abs(U-600)-14),2)"
                             "*between(Y,104,128)+lt(abs(Y-92+0.8*(U-620)),4)*between(U,616,632)",
                             50),
                            ("gt(Y,128+4*sin(U/30))", "185+8*sin(U/5)*sin(Y/4)")]],
                       ("234", 128, 128),
                       add=("60*exp(-pow((N-22.5)/1.2,2))-90*gt(N,22)*clip(1.5*exp(-hypot("
                            "U-200-2*(N-22),Y-44+0.6*(N-22))/(5+1.5*(N-22))),0,1)*exp(-(N-22)/40)")
                           .replace("U", _PAN)),
    "dust-af": _paint([("lt(hypot((X-170)/8,(Y-98)/5),1)+lt(abs(abs(X-170)-5),1.2)"
                        "*between(Y,100,110)+lt(hypot(X-168,Y-88),3)+lt(abs(X-168),2)"
                        "*between(Y,88,98)", 40, 128, 128),
                       ("lt(abs(X-60),2)*between(Y,60,112)+lt(abs(Y-76+0.7*(X-60)),1.3)"
                        "*between(X,60,84)", 45, 128, 128),
                       (f"gt(Y,110)*{_CRACK}", 120, 128, 128),
                       ("gt(Y,110+3*sin(X/19))", "190+8*sin(X/5)*sin(Y/3)", 128, 128),
                       ("gt(Y,98+5*sin(X/33))", 165, 128, 128)],
                      ("228", 128, 128)),
    "hut-af": _paint([("between(X,200,250)*between(Y,40,150)*lt(abs(X-180-4*(N-52)),11)"
                       "*between(N,50,76)", 30, 128, 128),
                      ("between(X,200,250)*between(Y,40,150)", 248, 128, 128),
                      ("lt(hypot((X-170)/12,(Y-80)/14),1)*lt(Y,82)", 25, 128, 128),
                      ("lt(hypot((X-172)/10,(Y-86)/13),1)", "50+80*gt(X,178)", 128, 128),
                      ("between(Y,98,160)*lt(abs(X-168),16+0.2*(Y-98))", "22+40*gt(X,182)", 128,
                       128),
                      ("lt(hypot((X-80)/18,(Y-140)/14),1)", 45, 128, 128),
                      ("gt(Y,150)*lt(abs(X-225-0.7*(Y-150)),25+0.4*(Y-150))",
                       "150-90*exp(-pow((N-63)/5,2))", 128, 128),
                      ("gt(Y,150)", 20, 128, 128)],
                     ("24+6*sin(X/4+Y/6)*sin(Y/9)", 128, 128),
                     add="40*exp(-hypot(X-225,Y-110)/45)*(1-0.6*exp(-pow((N-63)/5,2)))"),
    "sea-af": _paint([("lt(hypot((X-160)/18,(Y-90-6*abs(sin(N*0.5)))/3),1)", 40, 128, 128),
                      ("lt(hypot(X-160,Y-96-6*abs(sin(N*0.5))),7)", 30, 128, 128),
                      ("between(Y,102+6*abs(sin(N*0.5)),180)*lt(abs(X-160),11+0.15*(Y-102))", 35,
                       128, 128),
                      ("lt(abs(Y-118-3*sin(X/13+N*0.3)),2+1.5*sin(X/7))", 250, 128, 128),
                      ("between(Y,84,120)", "150+30*lt(mod(Y+4*sin(X/17+N*0.2),7),1.5)", 128,
                       128),
                      ("gt(Y,120)", "205+6*sin(X/3)*sin(Y/2)", 128, 128)],
                     ("236", 128, 128)),
    "fim-af": _card(["FIM"], 28, 70, 0, "0xe8e8e8", SERIF, "0x080808"),
    # A 1960s Egyptian musical melodrama.
    "nile-af": _paint([*_felucca("(262-0.3*N)", 108, 0.6, (205, 118, 150)),
                       *_felucca("(70+0.45*N)", 124, 1.0, (210, 116, 152)),
                       ("lt(hypot(X-44,Y-58),10)*gt(sin(atan2(Y-58,X-44)*7),0.1)"
                        "+lt(hypot(X-290,Y-62),9)*gt(sin(atan2(Y-62,X-290)*7),0.1)", 25, 132,
                        132),
                       ("lt(abs(X-40-0.15*(96-Y)),1.3)*between(Y,58,96)"
                        "+lt(abs(X-288+0.1*(96-Y)),1.2)*between(Y,62,96)", 30, 132, 132),
                       ("lt(hypot(X-232,Y-86),11)*lt(Y,92)", 245, 100, 160),
                       ("lt(abs(X-120),(Y-72)*1.3)*between(Y,72,92)+lt(abs(X-150),(Y-80)*1.3)"
                        "*between(Y,80,92)", 120, 126, 150),
                       ("between(Y,90,96)", 40, 134, 134),
                       ("gt(Y,95)", "95+10*sin(Y*1.4+X/9+N*0.2)", 150, 138)],
                      ("100+1.05*Y", "150-0.45*Y", "125+0.45*Y"),
                      add="60*exp(-abs(X-232)/10)*gt(Y,96)*(0.6+0.4*sin(Y*1.7+N*0.3))"),
    "club-af": _paint([("lt(abs(X-150),0.8)*between(Y,84,168)", 150, 128, 128),
                       ("lt(hypot(X-150,Y-84),2.5)", 60, 128, 128),
                       ("lt(hypot((X-160)/10,(Y-68)/8),1)*lt(Y,74)", 20, 128, 128),
                       ("lt(hypot((X-160)/8,(Y-78)/10),1)", 170, 114, 148),
                       ("lt(abs(X-160),10+0.25*(Y-92))*between(Y,90,168)",
                        "200+50*gt(sin(X*2.3+N*1.1)*sin(Y*1.9-N*0.7),0.8)", 112, 152),
                       ("lt(abs(Y-100+0.5*abs(X-160)),2.5)*between(abs(X-160),8,26)", 170, 114,
                        148),
                       (f"lt(hypot(({_MX}+6)/7,(Y-124)/5),1)*{_MUS}", 110, 112, 152),
                       (f"lt(abs({_MX}),4)*between(Y,88,95)*{_MUS}", 70, 108, 192),
                       (f"lt(hypot({_MX},Y-100),6)*{_MUS}", 130, 116, 146),
                       (f"between(Y,106,142)*lt(abs({_MX}),9)*{_MUS}", 25, 128, 128),
                       ("gt(Y,148)", "70+20*exp(-abs(X-160)/30)", 120, 140)],
                      ("110+20*sin(X/6)", f"118+52*{_KB}", f"172-56*{_KB}"),
                      add="45*exp(-pow((X-160)/28,2))*gt(Y,60)"),
    "lover-af": _person(150, 88, (22, 128, 128), False, 165, (30, 128, 128),
                        ("45+60*exp(-hypot(X-270,Y-120)/30)+40*exp(-hypot(X-40,Y-100)/25)", 135,
                         142),
                        top=[("lt(abs(Y-134),3)*lt(abs(X-150),8)*gt(abs(X-150),1)", 15, 128, 128),
                             ("gt(Y,132)*lt(abs(X-150),14-0.3*(Y-132))", 215, 128, 128)]),
    "father-af": _person(170, 90, (150, 128, 128), False, 158, (90, 128, 128),
                         ("45+60*exp(-hypot(X-50,Y-120)/30)+30*exp(-hypot(X-290,Y-90)/25)", 135,
                          142),
                         top=[("lt(abs(X-184-0.2*(Y-36)),1)*between(Y,36,62)", 15, 128, 128),
                              ("between(Y,34,58)*lt(abs(X-170),17+0.1*(Y-34))", 75, 108, 200),
                              ("lt(hypot((X-170)/13,(Y-106)/3.2),1)", 40, 128, 128)]),
    "balcony-af": _paint([("lt(hypot(X-92,Y-92),10)+lt(hypot(X-114,Y-96),9)"
                           "+between(Y,100,140)*lt(abs(X-103),24)", 12, 128, 128),
                          ("gt(Y,138)*(lt(abs(mod(X,16)-8),2)+lt(abs(Y-142),2))+gt(Y,168)", 45,
                           125, 136),
                          ("gt(Y,100-12*abs(sin(floor(X/19)*2.9)))*lt(mod(X,6),2)*lt(mod(Y,7),2)"
                           "*gt(sin(floor(X/6)*9.7+floor(Y/7)*4.1),0.65)", 190, 70, 165),
                          ("lt(abs(X-200),3)*between(Y,40,110)+lt(abs(X-200),(Y-26)*0.35)"
                           "*between(Y,26,40)+lt(abs(X-262),2.5)*between(Y,54,110)"
                           "+lt(abs(X-262),(Y-42)*0.3)*between(Y,42,54)"
                           "+lt(hypot((X-150)/22,(Y-100)/18),1)*lt(Y,100)"
                           "+gt(Y,100-12*abs(sin(floor(X/19)*2.9)))", 14, 140, 124),
                          ("lt(hypot(X-60,Y-30),9)", 235, 120, 135),
                          ("gt(mod(sin(X*12.9898+Y*78.233)*43758.5453,1),0.996)*lt(Y,70)", 200,
                           128, 128)],
                         ("30+0.15*Y", 158, 120), add="25*exp(-hypot(X-60,Y-30)/25)"),
    "station-af": _paint([("lt(hypot(X-200-0.9*N,Y-52),6)", 240, 110, 145),
                          ("lt(hypot(X-200-0.9*N,Y-86),22)", 38, 128, 128),
                          ("between(Y,124,134)*lt(abs(X-200-0.9*N),44)", 70, 105, 190),
                          ("lt(abs(abs(X-200-0.9*N)-26),9)*between(Y,134,160)", 20, 128, 128),
                          ("lt(hypot(X-200-0.9*N,Y-86),38)+between(Y,86,124)"
                           "*lt(abs(X-200-0.9*N),40)", 25, 128, 128),
                          ("lt(hypot(X-96,Y-84),6)", 175, 114, 146),
                          ("between(Y,90,126)*lt(abs(X-96),8+0.15*(Y-90))", 150, 150, 120),
                          ("lt(abs(Y-130),2)*lt(X,150)", 200, 128, 128),
                          ("lt(abs(mod(X,60)-30),4)*lt(Y,130)*lt(X,150)", 90, 125, 140),
                          ("gt(Y,130)*lt(X,150)", 120, 126, 134),
                          ("lt(Y,24)+lt(abs(mod(X+2*Y,40)-20),1.5)*lt(Y,40)", 50, 128, 128),
                          ("gt(Y,150)", 40, 128, 128)],
                         ("140+20*exp(-Y/40)", 130, 132)),
    "tears-af": _person(160, 88, (30, 128, 128), True, 185, (160, 150, 150),
                        ("if(between(X,200,300)*between(Y,20,130),85+60*lt(mod(X*1.7+floor(Y/40)"
                         "*13+N*0.2,9),0.8),40)", 150, 120),
                        top=[("lt(abs(X-146),1.1)*between(Y,92,100+0.4*N)", 235, 128, 128)],
                        back=[("between(X,200,300)*between(Y,20,130)*(lt(abs(X-250),2)"
                               "+lt(abs(Y-75),2))", 30, 128, 128)]),
    "dawnnile-af": _paint([*_felucca("(150+0.35*N)", 120, 0.9, (215, 124, 142)),
                           ("between(Y,84,94)", 130, 136, 138),
                           ("gt(Y,94)", "160+8*sin(Y*1.2+X/13+N*0.15)", 140, 134)],
                          ("170+0.4*Y", 138, 142),
                          add="30*exp(-pow((Y-92)/8,2))*(0.7+0.3*sin(X/31+N*0.05))"),
    # A 2010s Nollywood home-video drama.
    "lagos-af": _paint([(f"lt(hypot(X-{_BUS}-20,Y-138),7)+lt(hypot(X-{_BUS}-90,Y-138),7)", 15,
                         128, 128),
                        (f"between(X,{_BUS},{_BUS}+110)*between(Y,100,112)*lt(mod(X-{_BUS},18),13)",
                         40, 128, 128),
                        (f"between(X,{_BUS},{_BUS}+110)*lt(abs(Y-118),2)", 20, 128, 128),
                        (f"between(X,{_BUS},{_BUS}+110)*between(Y,96,136)", 185, 45, 150),
                        ("lt(hypot(mod(X-20,64)-32,(Y-100)*1.6),22)*lt(Y,100)*lt(X,200)", 110,
                         "128+50*sin(floor((X-20)/64)*2.2)", 190),
                        ("between(Y,66,78)*lt(mod(X,46),38)", 120,
                         "128+60*sin(floor(X/46)*5.1)", "128+60*cos(floor(X/46)*1.3)"),
                        ("lt(Y,110)*gt(Y,30+25*abs(sin(floor(X/46)*2.3)))*between(mod(X,46),6,40)"
                         "*lt(mod(X,9),4)*lt(mod(Y,11),5)", 60, 128, 128),
                        ("lt(Y,112)*gt(Y,30+25*abs(sin(floor(X/46)*2.3)))",
                         "150+30*sin(floor(X/46)*4.1)", "128+20*sin(floor(X/46)*3.3)",
                         "128+20*cos(floor(X/46)*2.7)"),
                        ("gt(Y,112)", "120+8*sin(X/3)*sin(Y/2)", 126, 130)],
                       ("215", 132, 126)),
    "gate-af": _paint([("lt(mod(X,12),3)*between(Y,90,160)*between(X,40,290)+lt(abs(Y-92),2)"
                        "*between(X,40,290)", 25, 128, 128),
                       ("lt(abs(X-22-4*sin(Y/20)),4)*gt(Y,30)+lt(hypot(X-24,Y-28),22)"
                        "*gt(sin(atan2(Y-28,X-24)*8),0)", 60, 110, 110),
                       ("gt(Y,120)*(lt(X,40)+gt(X,290))", 200, 126, 132),
                       ("between(mod(X-60,50),10,30)*between(Y,52,70)*between(X,60,280)", 60,
                        140, 120),
                       ("lt(abs(mod(X-70,50)-25),5)*between(Y,76,130)*between(X,60,280)", 245,
                        128, 128),
                       ("between(Y,72,76)*between(X,60,280)", 170, 128, 128),
                       ("between(Y,24,44)*between(X,50,290)", "90+10*lt(mod(X+Y,8),2)", 110,
                        160),
                       ("between(X,60,280)*between(Y,40,130)", 222, 126, 130),
                       ("gt(Y,160)", "150+20*lt(mod(X+2*Y,14),1)", 124, 136)],
                      ("205", 140, 122)),
    "parlour-af": _paint([("lt(hypot(X-160,(Y-14)*3),60)*gt(cos(3*atan2((Y-14)*3,X-160)-N*0.6),"
                           "0.85)", 40, 128, 128),
                          ("lt(hypot(X-160,(Y-14)*2),6)+lt(abs(X-160),1)*lt(Y,10)", 60, 128, 128),
                          ("between(X,4,16)*between(Y,24,120)+between(X,66,80)*between(Y,24,120)",
                           120, 100, 170),
                          ("between(X,12,70)*between(Y,30,110)", 245, 128, 126),
                          ("between(X,238,300)*between(Y,70,110)", "70+30*sin(N*0.3+Y/4)", 150,
                           120),
                          ("between(X,230,308)*between(Y,110,140)", 60, 130, 140),
                          ("lt(hypot((X-150)/16,(Y-70)/10),1)", 180, 60, 175),
                          ("lt(hypot((X-150)/8,(Y-82)/10),1)", 95, 118, 142),
                          ("between(Y,92,130)*lt(abs(X-150),14+0.2*(Y-92))",
                           "130+30*gt(sin(X/2)*sin(Y/2),0.3)", 170, 110),
                          ("between(X,90,220)*between(Y,90,145)", "75+10*lt(abs(Y-110),1.5)", 118,
                           170),
                          ("between(X,112,158)*between(Y,32,58)", 130, 120, 140),
                          ("between(X,108,162)*between(Y,28,62)", 70, 124, 150),
                          ("gt(Y,145)", "170-25*(lt(mod(X+0.5*Y,24),1)+lt(mod(Y,8),1))", 120,
                           140)],
                         ("195", 118, 138), add="30*exp(-hypot(X-40,Y-70)/60)"),
    "husband-af": _person(156, 88, (20, 128, 128), False, 100,
                          ("190+20*sin(X/3)*sin(Y/3)", 135, 125), ("195", 118, 138),
                          top=[("lt(abs(X-156),27)*between(Y,36+0.2*(X-156),56)", 150, 140, 110)],
                          back=[("between(X,236,284)*between(Y,36,76)", 140, 120, 140),
                                ("between(X,230,290)*between(Y,30,82)", 60, 124, 150)]),
    "wife-af": _person(164, 92, (20, 128, 128), False, 105, (120, 165, 110), ("195", 118, 138),
                       top=[("(lt(hypot((X-164)/44,(Y-48)/22),1)*lt(Y,66)"
                             "+lt(hypot((X-150)/20,(Y-40)/16),1))*lt(mod(X+2*Y,9),1.5)", 140, 70,
                             165),
                            ("lt(hypot((X-164)/44,(Y-48)/22),1)*lt(Y,66)"
                             "+lt(hypot((X-150)/20,(Y-40)/16),1)", 185, 60, 175)],
                       back=[("between(X,10,30)*between(Y,20,150)", 120, 100, 170)]),
    "shrine-af": _paint([("lt(abs(mod(X-136+3*sin(Y/5+N*1.7),16)-8),(Y-100-8*sin(X/7+N))*0.12)"
                          "*between(Y,100,150)*lt(abs(X-160),26)", "240-1.6*(150-Y)", 50, 190),
                         ("gt(Y,150)*lt(abs(X-160),30)", 140, 80, 190),
                         ("lt(abs(X-156),1.5)*between(Y,60,74)+lt(abs(X-164),1.5)"
                          "*between(Y,60,74)", 230, 128, 128),
                         ("lt(hypot((X-160)/12,(Y-56)/6),1)*lt(Y,58)", 60, 110, 200),
                         ("lt(hypot((X-160)/11,(Y-66)/13),1)", 60, 118, 140),
                         ("lt(hypot(mod(X,6)-3,mod(Y,6)-3),1.2)*between(Y,80,90)"
                          "*lt(abs(X-160),20)", 220, 128, 128),
                         ("between(Y,78,150)*lt(abs(X-160),20+0.2*(Y-78))", 55, 105, 190),
                         ("lt(hypot((X-70)/16,(Y-140)/12),1)+lt(hypot((X-250)/14,(Y-142)/11),1)",
                          80, 110, 150),
                         ("lt(hypot((X-100)/8,(Y-130)/9),1)", 180, 128, 128),
                         ("between(X,40,280)*lt(Y,140)", 16, 120, 160)],
                        ("8", 128, 128),
                        add="60*exp(-hypot(X-160,Y-130)/60)*(0.8+0.2*sin(N*1.9)*sin(N*0.7))"),
    "nightcomp-af": _paint([(f"lt(hypot(X-{_HX}-14,Y-112),{_HR})+lt(hypot(X-{_HX}+14,Y-112),"
                             f"{_HR})", 250, 128, 128),
                            ("lt(hypot(X-250,Y-46),3)", 240, 120, 140),
                            ("between(X,80,100)*between(Y,60,80)", 150, 110, 150),
                            ("between(X,40,280)*between(Y,40,110)+lt(abs(X-160),140-(40-Y)*3)"
                             "*between(Y,20,40)", 22, 130, 126),
                            ("gt(Y,110)", 18, 128, 128)],
                           ("12", 140, 124),
                           add=f"210*exp(-hypot(X-{_HX},Y-112)/(6+1.4*clip(N-10,0,30)))"
                               "+25*exp(-hypot(X-250,Y-46)/20)"),
    "village-af": _paint([(" + ".join(_dancer(k)[0] for k in range(7)), 70, 118, 145),
                          *[(_dancer(k)[1], 150, 128 + 60 * (-1) ** k, 150 + 10 * k)
                            for k in range(7)],
                          ("lt(abs(mod(X,90)-40),(Y-30)*1.3)*between(Y,30,62)", 120, 115, 140),
                          ("between(mod(X,90),24,36)*between(Y,84,110)", 40, 124, 140),
                          ("between(mod(X,90),10,70)*between(Y,60,110)", 140, 110, 150),
                          ("gt(Y,110)", "175+8*sin(X/3)*sin(Y/4)", 105, 150)],
                         ("210", 132, 128)),
    "church-af": _paint([("lt(abs(Y-10),2)*(lt(abs(X-80),40)+lt(abs(X-240),40))", 250, 128, 124),
                         ("lt(abs(X-160),4)*between(Y,28,90)+lt(abs(Y-44),4)*lt(abs(X-160),20)",
                          90, 115, 150),
                         ("lt(hypot((X-160)/18,(Y-108)/10),1)", 185, 60, 175),
                         ("between(Y,114,160)*lt(abs(X-160),14+0.2*(Y-114))", 120, 165, 110),
                         ("between(X,110,210)*between(Y,90,120)", 230, 128, 128),
                         ("gt(Y,120)*lt(mod(Y,14),6)*(lt(X,140)+gt(X,180))", 70, 120, 150),
                         ("between(mod(X,64),20,44)*between(Y,30,80)*lt(mod(Y,6),3)", 170, 128,
                          124),
                         ("gt(Y,130)", 150, 126, 130)],
                        ("215", 130, 124)),
    # A 1970s Australian New Wave period film.
    "rock-af": _paint(_RL, _RB, add="18*exp(-hypot(X-260,Y-10)/60)"),
    "picnic-af": _paint([(" + ".join(f"lt(hypot((X-{x})/14,(Y-94)/3),1)"
                                     for x, _, hat in _GIRLS if hat), 200, 100, 150),
                         *[(f"lt(hypot(X-{x},Y-97),8)*lt(Y,99)", hair, 120, 136)
                           for x, hair, _ in _GIRLS],
                         (" + ".join(f"lt(hypot(X-{x},Y-100),7)" for x, *_ in _GIRLS), 190, 114,
                          146),
                         (" + ".join(f"lt(hypot((X-{x})/18,(Y-128)/16),1)*lt(Y,140)"
                                     for x, *_ in _GIRLS), 238, 126, 130),
                         ("lt(abs(X-160),1)*between(Y,80,128)", 60, 128, 128),
                         ("lt(hypot(X-160,Y-80),26)*lt(Y,82)", 235, 126, 130),
                         ("lt(abs(X-300+4*sin(Y/25)),14)", 185, 122, 132),
                         ("between(Y,132,150)*between(X,40,290)",
                          "150-30*(lt(mod(X,12),2)+lt(mod(Y,12),2))", 110, 165),
                         ("gt(Y,120)", "150+15*sin(X/2)*sin(Y/3)", 108, 140),
                         ("gt(Y,20+10*sin(X/30))", "110+15*sin(X/4)*sin(Y/5)", 115, 130)],
                        ("200", 122, 134),
                        add="25*gt(sin(X/13+N*0.04)*sin(Y/9-N*0.03),0.4)"),
    "girl-af": _person(160, 86, (200, 110, 140), True, 205, (238, 126, 130),
                       ("150+20*sin(X/23)*sin(Y/19)", 112, 138),
                       add="20*exp(-hypot(X-250,Y-20)/50)"),
    "peak-af": _paint([("lt(abs(mod(X,26)-13),9)*gt(Y,60+40*abs(sin(floor(X/26)*2.1)))", 70, 124,
                        140),
                       ("gt(Y,80+30*abs(sin(X/31)))", 90, 124, 138)],
                      ("200-0.2*Y", 120, 136),
                      add="clip((N-22)/12,0,1)*(170*exp(-hypot(X-200,Y-24)/45)+40)"
                          "+40*exp(-hypot(X-200,Y-24)/30)"),
    "climb-af": _paint([("lt(hypot(X-140,Y-98+0.4*N),4)+lt(hypot(X-192,Y-124+0.3*N),4)", 175, 112,
                         148),
                        ("lt(hypot((X-140)/6,(Y-110+0.4*N)/10),1)+lt(hypot((X-192)/6,"
                         "(Y-136+0.3*N)/10),1)", 240, 126, 130),
                        ("lt(sin(X/17)*sin(Y/13)+0.4*sin(X/7+Y/5),-0.5)", 40, 126, 134)],
                       ("120+40*sin(X/17)*sin(Y/13)+10*sin(X/3)*sin(Y/4)", 124, 138)),
    "mistress-af": _person(160, 92, (60, 126, 132), False, 170, (18, 128, 128),
                           ("if(gt(Y,100),45+8*lt(mod(X,30),2),70)", 122, 140),
                           top=[("lt(hypot(X-160,Y-140),3)", 200, 120, 145),
                                ("between(Y,128,150)*lt(abs(X-160),12)", 18, 128, 128),
                                ("lt(hypot(X-160,Y-48),10)", 60, 126, 132)],
                           back=[("lt(hypot(X-265,Y-50),16)", 200, 126, 134),
                                 ("lt(hypot(X-265,Y-50),19)", 90, 110, 150),
                                 ("between(X,10,80)*between(Y,20,130)",
                                  "215+10*gt(sin(X*1.1)*sin(Y*1.3),0.6)", 124, 132)],
                           add="25*exp(-hypot(X-60,Y-70)/90)-25*clip((X-170)/100,0,1)"),
    "clock-af": _paint([("lt(abs(X-160),1.5)*between(Y,36,80)+lt(abs(X-160),2.5)*between(Y,52,80)"
                         "+lt(hypot(X-160,Y-80),4)", 20, 128, 128),
                        ("lt(abs(hypot(X-160,Y-80)-50),4)*gt(cos(12*atan2(Y-80,X-160)),0.97)", 30,
                         128, 128),
                        ("lt(hypot(X-160,Y-80),60)", 225, 126, 134),
                        ("lt(hypot(X-160,Y-80),67)", 150, 110, 150),
                        ("lt(abs(X-160),2)*gt(Y,140)+lt(hypot(X-160,Y-168),10)", 170, 108, 150)],
                       ("45+6*sin(X/3+Y/9)", 120, 145)),
    "search-af": _paint([(" + ".join(f"lt(hypot(X-{x},Y-{y}),2.5)" for x, y in _LANT), 250, 80,
                          165),
                         (" + ".join(f"between(Y,{y}-30,{y}+24)*lt(abs(X-{x}-5),5)"
                                     for x, y in _LANT), 8, 128, 128),
                         ("lt(abs(X-40-5*sin(Y/20)),5)+lt(hypot((X-40)/40,(Y-30)/26),1)"
                          "*gt(sin(X/3)*sin(Y/3.3),-0.3)+lt(abs(X-262-4*sin(Y/23)),4)"
                          "+lt(hypot((X-262)/36,(Y-40)/24),1)*gt(sin(X/3.2)*sin(Y/3),-0.3)", 10,
                          132, 126),
                         ("gt(Y,120+6*sin(X/17))", 14, 135, 124)],
                        ("60-0.25*Y", 150, 120),
                        add=" + ".join(f"40*exp(-hypot(X-{x},Y-{y})/12)" for x, y in _LANT)),
    "lake-af": _paint([("lt(abs(X-130-0.5*N-0.3*(Y-104)),1.6)*between(Y,100,117)"
                        "+lt(hypot((X-120-0.5*N)/14,(Y-120)/5),1)*lt(Y,121)", 245, 126, 130),
                       ("lt(hypot((X-120-0.5*N)/14,(Y-121)/4),1)*gt(Y,121)", 205, 126, 130),
                       ("lt(hypot((X-250)/24,(Y-100)/3),1)*gt(Y,100)", 60, 128, 132),
                       ("between(Y,70,84)", "120+10*sin(X/5)", 126, 130),
                       ("gt(Y,84)", "170+8*sin(Y*0.8+N*0.1)", 132, 132)],
                      ("195", 130, 136),
                      add="30*exp(-pow((Y-86)/10,2))*(0.7+0.3*sin(X/31+N*0.05))"),
    "epilogue-af": _paint(_FL, _FB, mul="0.8"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AF = {}

_ZP = "d=1:s=320x180:fps=24"
_HOTEL = ",".join(f"drawtext=fontfile={FONT}:fontsize=13:fontcolor={c}:text='{ch}':x=234"
                  f":y={34 + 17 * k}:enable='{w}(sin(n*0.45),-0.3)'"
                  for k, ch in enumerate("HOTEL") for c, w in (("0xffffff", "gt"),
                                                                ("0x484848", "lte")))
_CB = _blast(100, 122, "clip(3+5*(N-MID),0,40)", "clip((N-MID-5)/8,0,1)")
_SHOTS = "eq(N,MID-6)+eq(N,MID-4)+eq(N,MID-2)+eq(N,MID)+eq(N,MID+2)"

FX_AF = {
    "grain01-af": "noise=alls=11:allf=t+u:all_seed=53192011",
    "grain02-af": "noise=alls=7:allf=t:all_seed=53192027",
    "grain03-af": "noise=alls=16:allf=t+u:all_seed=53192039",
    "grain04-af": "noise=alls=8:allf=t+u:all_seed=53192051",
    "grain05-af": "noise=alls=4:allf=t:all_seed=53192063",
    "grain06-af": "noise=alls=9:allf=t+u:all_seed=53192077",
    "closer-af": "crop=iw*0.6:ih*0.6:iw*0.2:ih*0.16,scale=320:180",
    "near-af": "crop=iw*0.8:ih*0.8:iw*0.1:ih*0.08,scale=320:180",
    # Looks: black and white with flicker and gate weave in 1.37; saturated 16 mm television
    # colour in 4:3; harsh black and white with blown highlights in 1.66; faded Eastmancolor in
    # 2.35; bright sharpened video under a distributor's logo, full frame (sepia for a
    # flashback); soft hazy warm colour in 1.85.
    "thirties-af": "hue=s=0,eq=contrast=1.22:gamma=0.95,gblur=sigma=0.5",
    "flick-af": "eq=brightness='0.03*sin(n*2.7)*sin(n*0.9+1)':eval=frame",
    "weave-af": "crop=308:173:x='6+1.2*sin(n*1.3)':y='3.5+sin(n*1.9+2)',scale=320:180",
    "box137-af": "scale=246:180,pad=320:180:37:0:black",
    "showa-af": "eq=saturation=1.4:contrast=1.08:gamma=1.04,colorbalance=rs=0.03:bs=-0.02,"
                "gblur=sigma=0.55",
    "box43-af": "scale=240:180,pad=320:180:40:0:black",
    "novo-af": "hue=s=0,eq=contrast=1.3:gamma=1.12:brightness=0.04",
    "flick3-af": "eq=brightness='0.025*sin(n*2.2)*sin(n*1.5+2)':eval=frame",
    "box166-af": "scale=298:180,pad=320:180:11:0:black",
    "eastman-af": "eq=saturation=0.9:contrast=0.95:gamma=1.04,colorbalance=rs=0.04:bs=0.03"
                  ":gm=-0.03,gblur=sigma=0.6",
    "box235-af": "scale=320:136,pad=320:180:0:22:black",
    "nolly-af": "eq=saturation=1.3:contrast=1.12:brightness=0.02,unsharp=5:5:1.2",
    "flashback-af": "colorchannelmixer=.393:.769:.189:0:.349:.686:.168:0:.272:.534:.131,"
                    "eq=contrast=0.9,gblur=sigma=0.8",
    "bug-af": f"drawtext=fontfile={FONT}:fontsize=8:fontcolor=white@0.6"
              ":text='GOLDEN ASABA FILMS':x=w-tw-8:y=8",
    "gauze-af": "curves=all='0/0.07 0.5/0.54 1/0.97',eq=saturation=0.88,"
                "colorbalance=rs=0.05:gs=0.02:bs=-0.06,gblur=sigma=1.1",
    "box185-af": "scale=320:172,pad=320:180:0:4:black",
    # Camera moves: a newspaper spinning in; pans along the quarry, the backland and the
    # picnic; a crash zoom on the hero; the camera shaken by a blast; a hand-held drift, a
    # hand-held camera and a running one; a crash zoom on a preacher; frames blended on whip
    # pans; a slow amateur zoom and a snap zoom; slow push ins; a tilt up into the sun.
    "spin-af": f"pad=1280:720:480:270:black,zoompan=z='1+3*pow(clip(in/22,0,1),1.5)':{_ZP}"
               ":x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2',"
               "rotate=a='5*pow(1-clip(n/22,0,1),2)':c=black",
    "panq-af": "scale=368:207,crop=320:180:x='0.7*n':y=14",
    "crash-af": f"zoompan=z='1+0.9*clip((in-MID+3)/5,0,1)':{_ZP}:x='(iw-iw/zoom)*0.78'"
                ":y='(ih-ih/zoom)*0.62'",
    "quake-af": "scale=352:198,crop=320:180"
                ":x='16+9*sin(n*2.1)*clip((n-18)/2,0,1)*exp(-(n-18)/25)'"
                ":y='9+7*sin(n*2.7+1)*clip((n-18)/2,0,1)*exp(-(n-18)/25)'",
    "pans-af": "scale=368:207,crop=320:180:x='44-0.6*n':y=18",
    "drift-af": "scale=336:189,crop=320:180:x='8+4*sin(n*0.09)':y='4+3*sin(n*0.13)'",
    "hh-af": "scale=352:198,crop=320:180:x='16+8*sin(n*0.27)+4*sin(n*0.83+1)'"
             ":y='9+6*sin(n*0.35+2)+3*sin(n*1.1)'",
    "zoomin-af": f"zoompan=z='1+0.6*clip((in-MID+4)/6,0,1)':{_ZP}:x='(iw-iw/zoom)/2'"
                 ":y='(ih-ih/zoom)*0.45'",
    "whipblur-af": "tmix=frames=3",
    "run-af": "scale=352:198,crop=320:180:x='16+9*sin(n*0.55)+4*sin(n*1.4)'"
              ":y='9+8*abs(sin(n*0.95))'",
    "zoomslow-af": f"zoompan=z='1+0.005*in':{_ZP}:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)*0.4'",
    "snapzoom-af": f"zoompan=z='1+0.5*clip((in-MID+2)/3,0,1)':{_ZP}:x='(iw-iw/zoom)/2'"
                   ":y='(ih-ih/zoom)*0.4'",
    "pushin-af": f"zoompan=z='1+0.0022*in':{_ZP}:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'",
    "pushin2-af": f"zoompan=z='1+0.004*in':{_ZP}:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)*0.44'",
    "panpic-af": "scale=352:198,crop=320:180:x='4+0.35*n':y=9",
    "tiltsun-af": "scale=384:300,crop=320:180:x=32:y='120-120*clip((n-6)/30,0,1)'",
    # Things that are not boundaries, around MID. Rain; a waiter passing the lens; a match
    # struck; a tommy gun's flashes; a neon sign blinking; fog drifting; a bomb in a miniature
    # city; rays bursting from a transformation device; smoke rolling over the lens; a red alert;
    # a caption popping up; a dust storm over the lens; a title fading in and out; subtitles; a
    # curtain blowing over the lens; steam over the lens; lightning; a title fading in; an okada
    # passing the lens; a power cut; red flashes; a dancer passing the lens; a closing caption;
    # a sun flare; a cockatoo passing the lens; an epilogue appearing line by line.
    "rain-af": _overlay("0.45*lt(mod(X+0.25*Y,6),0.8)*lt(mod(Y+N*26+47*sin(floor((X+0.25*Y)/6)"
                        "*7.3),36),9)", 190),
    "waiterpass-af": _pass(5, 44, 160, 96, 70, 130, 14),
    "match-af": _overlay("lt(hypot((X-204)/2.2,(Y-110-0.8*sin(N*1.7))/4.5),1)*gte(N,MID-8)", 250)
                + "," + _overlay("clip((1.1*exp(-pow((N-MID+7)/2,2))+0.45)*gte(N,MID-8)"
                                 "*exp(-hypot(X-196,Y-104)/38),0,1)", 235)
                + "," + _lift(["0.14*exp(-pow((n-MID+7)/1.8,2))"]),
    "tommy-af": _overlay(f"({_SHOTS})*(lt(hypot(X-6*N+72,(Y-92)*1.6),7)+lt(abs(Y-92),1)"
                         "*lt(abs(X-6*N+72),16))", 250) + ","
                + _overlay(f"0.6*({_SHOTS})*exp(-hypot(X-6*N+72,Y-92)/50)", 220) + ","
                + _flash((-6, -4, -2, 0, 2), (0.1, 0.12, 0.1, 0.12, 0.08)),
    "hotel-af": _HOTEL,
    "fogdrift-af": _overlay("0.35*(0.6+0.4*sin(X/37+N*0.08)*sin(Y/23))", 215),
    "citybomb-af": _overlay(_CB[0] + "*gte(N,MID)", _CB[1], _half(_CB[2]),
                            _half(_CB[3])) + ","
                   + _overlay("clip(0.85*exp(-hypot(X-100-(N-MID),Y-110+1.5*(N-MID))"
                              "/(10+2*(N-MID)))*gt(N,MID+4),0,0.8)", 60, 128, 128) + ","
                   + _flash((0, 1, 2), (0.3, 0.15, 0.05)),
    "henshin-af": _overlay("clip(1.6*exp(-pow((N-MID)/3,2))*(0.45+0.55*gt(sin(atan2(Y-124,X-224)"
                           "*12+N*0.8),0.4))*exp(-hypot(X-224,Y-124)/110),0,1)", 250, 110, 150)
                  + "," + _lift(["0.32*exp(-pow((n-MID)/2.5,2))"]),
    "smokeroll-af": _overlay("0.7*clip((N-22)/24,0,1)*(0.75+0.25*sin(X/21+Y/13-N*0.3))", 70, 125,
                             132),
    "alert-af": _overlay("0.28*(0.5+0.5*sin(N*0.6))", 110, 100, 215),
    "nextweek-af": f"drawtext=fontfile={FONT}:fontsize=13:fontcolor=0xffe040"
                   ":text='NEXT WEEK  THE SILVER FLAME':x=(w-tw)/2:y=h-40:box=1"
                   ":boxcolor=0xb01010@0.9:boxborderw=4:enable='gte(n,MID-6)'",
    "dustlens-af": _overlay("clip(1.35*exp(-pow((N-MID)/6,2))*(0.78+0.22*sin(X/17+Y/11-N*0.5)),"
                            "0,0.94)", 222),
    "niletitle-af": _text("NIGHTS ON THE NILE", 18, 58, "0xf0d070", SERIF,
                          "clip((n-MID+26)/10,0,1)*clip((MID+22-n)/10,0,1)",
                          "between(n,MID-26,MID+22)") + ","
                    + _text("with Leila Samir and Karim Fawzi", 10, 92, "0xe8d0a0", SERIF,
                            "clip((n-MID+22)/10,0,1)*clip((MID+22-n)/10,0,1)",
                            "between(n,MID-22,MID+22)"),
    "sub1-af": _subs([("I will marry her.", -16, -3), ("Whatever it costs me.", 0, 14)]),
    "sub2-af": _subs([("A singer. In my house.", -14, 4), ("Never.", 7, 16)]),
    "sub3-af": _subs([("Then I leave your house tonight.", -10, 12)]),
    "curtain-af": _overlay("0.6*gt(X,320-220*exp(-pow((N-MID)/7,2))+12*sin(Y/17+N*0.3))"
                           "*(0.8+0.2*sin(X/5))", 215, 125, 135),
    "steam-af": _overlay("clip(1.2*exp(-pow((N-MID)/9,2))*(0.65+0.35*sin(X/23+Y/17-N*0.25)"
                         "*sin(X/11-N*0.15)),0,0.88)", 225, 128, 130),
    "storm-af": _overlay("between(X,200,300)*between(Y,20,130)*(eq(N,MID-2)+0.5*eq(N,MID-1)"
                         "+eq(N,MID+6))", 250) + ","
                + _flash((-2, -1, 6, 7), (0.3, 0.1, 0.25, 0.08)),
    "theend-af": _text("THE END", 24, 60, "0xfff0c0", SERIF, "clip((n-MID+6)/10,0,1)",
                       "gte(n,MID-6)", ":borderw=1:bordercolor=0x402010"),
    "okada-af": _pass(4, -60, 160, 165, 34, 16, 20, 128, 128) + ","
                + _pass(4, -60, 160, 112, 44, 58, 30, 128, 128) + ","
                + _pass(4, -60, 166, 52, 17, 17, 80, 100, 200),
    "nepa-af": _overlay("(0.62*between(N,MID-8,MID+8)+0.3*eq(N,MID+10))"
                        "*(1-between(X,12,70)*between(Y,30,110))", 8, 128, 128),
    "juju-af": _overlay("0.55*(eq(N,MID-3)+0.6*eq(N,MID-2)+eq(N,MID+4))", 150, 80, 230) + ","
               + _flash((-3, 4), (0.15, 0.15)),
    "dancerpass-af": _pass(4, 50, 160, 100, 60, 120, 150, 80, 190),
    "tbc-af": _text("TO BE CONTINUED", 20, 66, "0xe02020", FONT, "clip((n-MID-4)/6,0,1)",
                    "gte(n,MID+4)", ":borderw=2:bordercolor=white") + ","
              + _text("PART TWO COMING SOON", 10, 96, "white", FONT, "clip((n-MID-8)/6,0,1)",
                      "gte(n,MID+8)", ":borderw=1:bordercolor=black"),
    "flare-af": _overlay("clip(1.2*exp(-hypot(X-300+5*N,Y-20-1.5*N)/18),0,1)", 250, 120, 150)
                + "," + _overlay("0.3*lt(abs(hypot(X-20-5*N,Y-160+1.5*N)-12),2)", 220, 120, 150),
    "cockatoo-af": _pass(4, -55, 160, 80, 50, 22, 240) + ","
                   + _overlay("lt(hypot((X-150+(N-MID)*55)/40,(Y-66-12*sin(N*1.8))/10),1)"
                              "*between(N,MID-4,MID+4)", 235) + ","
                   + _overlay("lt(hypot((X-118+(N-MID)*55)/6,(Y-66)/8),1)"
                              "*between(N,MID-4,MID+4)", 200, 60, 150),
    "epitext-af": _text("The search went on for many weeks.", 12, 118, "white", SERIF,
                        "clip((n-MID+18)/8,0,1)", "gte(n,MID-18)",
                        ":borderw=1:bordercolor=black") + ","
                  + _text("No trace of the girls was ever found.", 12, 136, "white", SERIF,
                          "clip((n-MID-2)/8,0,1)", "gte(n,MID+2)",
                          ":borderw=1:bordercolor=black"),
}

# held-out-af (clips 192-197): new recipes again, written after held-out-ae without running the
# detector on them. Film material of six more kinds, clips of about 20 to 22 s with 10 or 11
# shots, mixing ordinary cuts between similar and different shots, cuts between dark and between
# near-white shots, camera motion, objects passing the lens, flashes and light changes, smoke,
# steam, dust, rain and fog, grain, bars of five ratios, titles, captions and subtitles, and
# dissolves and fades: a 1930s Hollywood gangster film in 1.37 (rain, a car's headlights coming
# closer, a newspaper spinning in, a waiter passing the lens, a match struck, a shot-reverse-shot
# of two hatted faces and a cut to a closer framing, a tommy gun's flashes, a neon sign blinking
# over a dark room, fog, a fade through black, a dissolve of 30 frames, a fade out and in), a
# 1970s Japanese tokusatsu hero series in 4:3 (a pan, a bomb in a miniature city, a burst of rays,
# a fade through white, an explosion behind the hero, a crash zoom, a blast shaking the camera
# with smoke rolling over the lens, a red alert over a cut between two faces before the same
# consoles, a whip pan, a caption popping up, a dissolve of 12 frames), a 1960s Brazilian Cinema
# Novo film in 1.66 (cuts between near-white shots, hand-held cameras, pilgrims walking, a crash
# zoom, a rifle's flash and smoke before a whip pan, a dust storm over the lens to near white, a
# dissolve of 40 frames, a figure crossing a bright doorway in a dark hut, a cut to a closer
# framing, a run to the sea, a fade through white), a 1960s Egyptian musical melodrama in 2.35 (a
# title fading in and out over the Nile, a dissolve of 24 frames, a stage backdrop changing colour
# behind a singer, a cut to a closer framing, subtitles over a shot-reverse-shot, a fade through
# black, a curtain blowing over the lens, a fade out and in, steam over the lens, lightning, a
# dissolve of 36 frames, a title fading in), a 2010s Nollywood home-video drama, full frame under a
# distributor's logo (an okada passing the lens, a slow zoom, the power failing and coming back, a
# shot-reverse-shot of two faces before one wall and a snap zoom, red flashes by firelight, a cut
# between dark shots, headlights glaring into the lens, a dissolve through grays into a sepia
# flashback and a fade through white out of it, a dancer passing the lens, a closing caption), a
# 1970s Australian New Wave period film in 1.85 (heat haze under a push in, a dissolve of 48
# frames, a pan, a sun flare, a tilt up into the sun's glare, a cockatoo passing the lens, a
# dissolve of 20 frames, a face, a stopped clock and a closer framing of the face, lanterns in the
# dark bush, a fade through black, a dissolve of 28 frames to an epilogue appearing line by line).
_GN = "thirties-af flick-af weave-af grain01-af box137-af"
_TK = "showa-af grain02-af box43-af"
_NV = "novo-af flick3-af grain03-af box166-af"
_EG = "eastman-af grain04-af box235-af"
_NL = "nolly-af grain05-af bug-af"
_AU = "gauze-af grain06-af box185-af"
HELD_OUT_AF = [
    ("the-late-edition", [S("gtitle-af", 48, 0, _GN), "cut",
                          S("street-af", 66, 0, f"rain-af {_GN}"), "cut",
                          S("paper-af", 44, 0, f"spin-af {_GN}"), "cut",
                          S("speak-af", 62, 0, f"waiterpass-af {_GN}"), "cut",
                          S("boss-af", 44, 0, f"match-af {_GN}"), "cut",
                          S("det-af", 36, 0, _GN), "cut",
                          S("boss-af", 32, 200, f"closer-af {_GN}"), "fadeblack:20",
                          S("drive-af", 58, 0, f"tommy-af {_GN}"), "cut",
                          S("neon-af", 56, 0, f"hotel-af {_GN}"), "fade:30",
                          S("dawn-af", 60, 0, f"fogdrift-af {_GN}"), "fadeio:18:14",
                          S("gend-af", 44, 0, _GN)]),
    ("guardian-zero", [S("quarry-af", 60, 0, f"panq-af {_TK}"), "cut",
                       S("monster-af", 56, 0, f"citybomb-af {_TK}"), "cut",
                       S("hiro-af", 44, 0, f"henshin-af {_TK}"), "fadewhite:10",
                       S("pose-af", 50, 0, _TK), "cut",
                       S("fight-af", 50, 0, f"crash-af {_TK}"), "cut",
                       S("boom-af", 54, 0, f"quake-af smokeroll-af {_TK}"), "cut",
                       S("hq-af", 44, 0, f"alert-af {_TK}"), "cut",
                       S("hq2-af", 36, 0, f"alert-af {_TK}"), "cut",
                       S("fly-af", 44, 0, f"whipblur-af {_TK}"), "fade:12",
                       S("sunset-af", 64, 0, f"nextweek-af {_TK}")]),
    ("the-dry-land", [S("sertao-af", 62, 0, f"pans-af {_NV}"), "cut",
                      S("skull-af", 40, 0, f"drift-af {_NV}"), "cut",
                      S("vaq-af", 42, 0, f"hh-af {_NV}"), "cut",
                      S("pilgrims-af", 58, 0, f"hh-af {_NV}"), "cut",
                      S("preacher-af", 46, 0, f"zoomin-af {_NV}"), "cut",
                      S("canga-af", 56, 0, f"whipblur-af {_NV}"), "cut",
                      S("dust-af", 76, 0, f"dustlens-af {_NV}"), "fade:40",
                      S("hut-af", 84, 0, _NV), "cut",
                      S("vaq-af", 34, 160, f"closer-af hh-af {_NV}"), "cut",
                      S("sea-af", 58, 0, f"run-af {_NV}"), "fadewhite:24",
                      S("fim-af", 36, 0, _NV)]),
    ("nights-on-the-nile", [S("nile-af", 80, 0, f"niletitle-af {_EG}"), "fade:24",
                            S("club-af", 72, 0, _EG), "cut",
                            S("club-af", 40, 140, f"closer-af {_EG}"), "cut",
                            S("lover-af", 44, 0, f"sub1-af {_EG}"), "cut",
                            S("father-af", 40, 0, f"sub2-af {_EG}"), "cut",
                            S("lover-af", 34, 180, f"near-af sub3-af {_EG}"), "fadeblack:24",
                            S("balcony-af", 66, 0, f"curtain-af {_EG}"), "fadeio:20:16",
                            S("station-af", 62, 0, f"steam-af {_EG}"), "cut",
                            S("tears-af", 64, 0, f"storm-af {_EG}"), "fade:36",
                            S("dawnnile-af", 72, 0, f"theend-af {_EG}")]),
    ("the-inheritance", [S("lagos-af", 60, 0, f"okada-af {_NL}"), "cut",
                         S("gate-af", 48, 0, f"zoomslow-af {_NL}"), "cut",
                         S("parlour-af", 72, 0, f"nepa-af {_NL}"), "cut",
                         S("husband-af", 38, 0, _NL), "cut",
                         S("wife-af", 34, 0, _NL), "cut",
                         S("husband-af", 34, 150, f"snapzoom-af {_NL}"), "cut",
                         S("shrine-af", 56, 0, f"juju-af {_NL}"), "cut",
                         S("nightcomp-af", 50, 0, _NL), "fadegrays:20",
                         S("village-af", 66, 0, "hh-af dancerpass-af flashback-af grain05-af"
                                                " bug-af"), "fadewhite:14",
                         S("church-af", 64, 0, f"tbc-af {_NL}")]),
    ("the-cicada-summer", [S("rock-af", 84, 0, f"pushin-af {_AU}"), "fade:48",
                           S("picnic-af", 76, 0, f"panpic-af {_AU}"), "cut",
                           S("girl-af", 42, 0, f"flare-af {_AU}"), "cut",
                           S("peak-af", 52, 0, f"tiltsun-af {_AU}"), "cut",
                           S("climb-af", 56, 0, f"cockatoo-af {_AU}"), "fade:20",
                           S("mistress-af", 46, 0, _AU), "cut",
                           S("clock-af", 32, 0, f"pushin2-af {_AU}"), "cut",
                           S("mistress-af", 30, 120, f"closer-af {_AU}"), "cut",
                           S("search-af", 64, 0, _AU), "fadeblack:30",
                           S("lake-af", 84, 0, _AU), "fade:28",
                           S("epilogue-af", 80, 0, f"epitext-af {_AU}")]),
]
