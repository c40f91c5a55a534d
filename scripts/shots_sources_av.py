"""Sources, effects and recipes of held-out-av (clips 288-293), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-287. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a framed title card,
fishermen pushing a boat down the beach below the dunes under a pan, an intertitle, a fisherman's
face and his daughter's face before one plank wall and a closer framing of his, a boat rocking and
heaving in a storm at night with lightning, a lighthouse whose beam sweeps round and into the lens,
a cottage room where a lamp is turned up, a hazy near-white beach at dawn with a gull passing the
lens and a card reading SLUT (a 1920s Danish silent film of a fishing village in 1.33, greys tinted
amber by day, blue by night and rose at dawn, with flicker, gate weave, a scratch and grain); five
temple towers at dawn over their reflection under a title, a dancer whose arms sway while the
stage light changes colour, a singer's face and a girl's face before one sandstone wall with
subtitles and a closer framing of hers, a long boat rowed on a lake followed by a pan with the sun
glinting on the water, a pagoda fair at night with lanterns swaying and fireworks bursting, a band
on a stage whose wash switches colour twice, stilt houses in the rain with an ox cart passing the
lens, a couple before a temple at sunset and a card reading FIN (a 1960s Cambodian romantic musical
in 2.35, saturated faded colour with grain); a broadcast's title with a shine sweeping over it, the
ground from high up with flags waving, a bowler running in followed by a pan under a score caption,
a batsman's face in a helmet and a bowler's face in a cap under captions, a drive followed by a
whip pan after the ball, the crowd with a flag waved over the lens, the drive again in slow motion
under a REPLAY caption, a near-white pitch at noon with the sun's glare, the players walking off
while the floodlights come on tower by tower and credits rolling over the dimmed ground (a 2000s
Caribbean television broadcast of a cricket Test in 1.78 with no bars, bright video colour under
captions); mountains with prayer flags flapping under a title, a yak caravan on a trail seen
hand-held with a yak passing the lens, a monastery's butter lamps flickering in the dark with a
monk passing the lens, an old trader's face and a boy's face before one stone wall with subtitles
and a closer framing of the trader's, a near-white snowfield with spindrift blown over the lens cut
to a nearer framing of it, tents at night with a head torch turned into the lens, a lake at
sunrise and credits rolling over black (a 2010s Nepalese documentary of a Himalayan salt caravan in
1.85, pale cool digital colour); a framed title card, a bay with a cable car crossing, showgirls
kicking on a stage under a sweeping spotlight, a comedian's face in a boater and a singer's face
before one painted backdrop with subtitles and a closer framing of hers, a street carnival seen
hand-held with confetti falling and streamers thrown over the lens, a ball under a chandelier with
flashbulbs popping, a mosaic promenade at dawn cut to a nearer framing of it and a card reading FIM
(a 1950s Brazilian chanchada in 1.37, black and white with flicker and grain); a madrasa's portal
and domes at dawn under a title, a cotton field with pickers under a tilt up, a bazaar seen
hand-held with a donkey cart passing the lens, an old man's face and a young woman's face before
one carved panel with subtitles and a closer framing of his, a teahouse at dusk with a samovar's
steam and a lamp switched on, a desert road at night with a truck's headlights coming into the
lens, a near-white courtyard at noon, dust blown over a caravanserai and over the lens and credits
rolling over black (a 1970s Soviet Uzbek film of the cotton harvest in 2.20, faded Sovcolor with
grain).
"""

from shots_lavfi import FONT, SERIF, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed, _pass
from shots_sources_ad import _card, _roll
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _person
from shots_sources_ag import _any, _fade
from shots_sources_ak import _EDGE
from shots_sources_am import _bolt
from shots_sources_an import FX_AN
from shots_sources_ao import FX_AO
from shots_sources_ar import _puff, _walker
from shots_sources_as import _glare
from shots_sources_at import _m, _rolling
from shots_sources_au import _ov

# Rain streaks (added to the luma) of this set: a storm at sea and a shower on a village.
_STORM = "36*gt(sin(X*3.3+floor((Y+34*N+0.6*X)/8)*2.7),0.93)"
_SHOWER = "30*gt(sin(X*4.1+floor((Y+24*N-0.2*X)/9)*1.9),0.94)"


def _scorebar(rows):
    """A cricket broadcast's caption along the bottom: a bar with rows (text, x, from, to), each
    shown between frames MID+from and MID+to (from None: always; to None: until the end)."""
    out = ["drawbox=x=20:y=150:w=280:h=18:color=0x102a60@0.85:t=fill",
           "drawbox=x=20:y=150:w=44:h=18:color=0xd0a020@0.9:t=fill"]
    for line, x, a, b in rows:
        when = "1" if a is None else (f"gte(n,MID+({a}))" if b is None
                                      else f"between(n,MID+({a}),MID+({b}))")
        out.append(f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=0xffffff:text='{line}'"
                   f":x={x}:y=154:enable='{when}'")
    return ",".join(out)


def _burst(x, y, k, size=4):
    """A mask: a firework bursting at (x, y) on frame MID+k, a ring of sparks growing size pixels
    a frame and gone after 9 frames."""
    t = f"(N-MID-({k}))"
    return (f"between(N,MID+({k}),MID+({k})+8)*lt(abs(hypot(X-{x},Y-{y})-{size}*{t}),1.6)"
            f"*gt(sin(atan2(Y-{y},X-{x})*14),0.4)*clip(1-{t}/10,0,1)")


def _tower(x, top, y="Y"):
    """A mask of a temple tower shaped like a lotus bud, its tip at (x, top), standing on Y = 118
    (y: the expression used for Y, a mirrored one for its reflection)."""
    return (f"between({y},{top},118)*lt(abs(X-{x}),min(16,2+0.5*({y}-{top})))"
            f"*(1-0.4*lt(mod({y}-{top},7),1.2))")


def _flag(k):
    """A mask of the k-th prayer flag on its string, flapping."""
    return (f"between(X,{20 + 24 * k},{38 + 24 * k})"
            f"*between(Y,{34 + 4.8 * k:.1f}+4*sin(N*0.9+{k}),{48 + 4.8 * k:.1f}"
            f"+4*sin(N*0.9+{k})+2*sin(X/3+N*1.3))")


def _drive(t):
    """A batsman's drive: the ball bowled in from the right, the bat swung at frame 22 of time t
    and the ball flying off to the right."""
    a = f"(-2.4+2.8*clip(({t}-16)/7,0,1))"
    ball = (f"lt(hypot(X-if(lt({t},22),150+7*(22-{t}),150+8*({t}-22)),"
            f"Y-if(lt({t},22),104,104-3*({t}-22)+0.06*pow({t}-22,2))),2.2)")
    return _paint([
        (ball, 90, 110, 200),
        (f"lt(hypot((X-140-24*cos({a}))/5,(Y-92-24*sin({a}))/5),1)", 200, 120, 140),
        (f"lt(abs((X-140)*sin({a})-(Y-92)*cos({a})),1.6)*lt(hypot(X-140,Y-92),26)"
         f"*gt((X-140)*cos({a})+(Y-92)*sin({a}),0)", 200, 120, 140),
        ("lt(hypot(X-128,Y-60),7)", 50, 150, 170),
        (_m(_walker(128, 60, 1.7, 0)), 236, 128, 128),
        (_any(f"lt(abs(X-{x}),0.9)*between(Y,94,118)" for x in (100, 104, 108)), 230, 128, 128),
        (_m(_walker(84, 82, 1.2, 0)), 226, 128, 128),
        ("between(Y,104,124)*between(X,40,320)", 190, 118, 140),
        ("gt(Y,60)", *_GRASS),
        ("gt(Y,20)", *_STANDS)],
        ("200-0.5*Y", 150, 110))


def _yak(x, y, s=1.0):
    """A mask of a yak seen from the side, its head at (x, y) facing left (x an expression)."""
    return (f"lt(hypot((X-{x}-{22 * s})/({20 * s}),(Y-{y}-{4 * s})/({11 * s})),1)"
            f"+lt(hypot((X-{x})/({7 * s}),(Y-{y})/({6 * s})),1)"
            f"+lt(abs(abs(X-{x}-{22 * s})-{12 * s}),{2.5 * s})*between(Y,{y}+{10 * s},{y}+{24 * s})"
            f"+lt(abs(Y-{y}+{6 * s}+0.3*abs(X-{x})),{1.2 * s})*lt(abs(X-{x}),{8 * s})")


# A 1920s Danish silent film of a fishing village (drawn in greys: the tints are effects).
_BAAD = "(100+0.3*N)"  # the boat pushed down the beach
_PLANKS = ("150+22*lt(mod(X,18),2)-0.25*Y+8*sin(Y/3)*sin(X/5)", 128, 128)
_BY = "(98+7*sin(N*0.31))"  # the boat heaving in the storm
_ROCK = "(0.35*sin(N*0.31+1))"

# A 1960s Cambodian romantic musical.
_TOWERS = [(160, 34), (126, 50), (194, 50), (92, 64), (228, 64)]
_SANDSTONE = ("130+22*gt(sin(X/5+2*sin(Y/9))*sin(Y/6),0.3)-14*lt(mod(Y,22),2)", 112, 146)
_TUK = "(40+1.6*N)"  # the long boat
_LANTERNS = [(30 + 26 * k, 46 + 8 * (k % 3)) for k in range(11)]

# A 2000s Caribbean television broadcast of a cricket Test.
_GRASS = ("96+14*lt(mod(X+0.6*Y,40),20)", 96, 104)
_STANDS = ("90+50*gt(sin(X*1.3+floor(Y/5)*2.1)*sin(Y*1.9),0.2)", "128+40*sin(X/7)",
           "128+40*cos(X/5)")
_BOWLER = "(50+1.6*N)"  # followed by a pan showing source X from 1.6*N to 1.6*N+213

# A 2010s Nepalese documentary of a Himalayan salt caravan.
_PEAKS = "58+26*abs(sin(X/47+0.6))+14*abs(sin(X/13))+4*sin(X/3)"
# Prayer flags in five colours (lum, cb, cr), on a string falling from left to right.
_FLAGCOL = [(200, 200, 110), (90, 190, 110), (170, 60, 220), (140, 60, 90), (200, 40, 150)]
_STONE = ("110+24*gt(sin(X/9+3*sin(Y/11)),0.5)-18*lt(abs(mod(Y,16)-8),1)", 124, 132)
_CARAVAN = "(260-0.8*N)"

# A 1950s Brazilian chanchada (drawn in greys).
_GONDOLA = "(40+2.2*N)"
_BACKDROP = ("150+30*gt(sin(X/11+2*sin(Y/19)),0.6)-20*lt(abs(mod(X,40)-20),2)*gt(Y,60)", 128, 128)

# A 1970s Soviet Uzbek film of the cotton harvest.
_TILES = ("60+50*gt(sin(X/3)*sin(Y/3),0.2)+20*lt(mod(X+Y,12),2)", "170-40*gt(sin(X/3+Y/4),0.5)",
          "90+30*gt(sin(X/5)*sin(Y/5),0.6)")
_GANCH = ("170+24*gt(abs(sin(X/7)*sin(Y/7)),0.5)-30*lt(abs(mod(X,28)-14),1)", 118, 140)


LAVFI_AV = {
    # A 1920s Danish silent film of a fishing village.
    "titel-av": _framed(["FISKERENS", "DATTER"], 28, 50, 42, "0xe8e8e8", SERIF, "0x101010",
                        "0xb4b4b4"),
    "klit-av": _paint([
        (_any(_m(_walker(f"({_BAAD}+{o})", 90, 0.9, 0)) for o in (-6, 8, 22)), 40, 128, 128),
        (f"lt(abs(X-{_BAAD}-30),1)*between(Y,60,112)", 40, 128, 128),
        (f"lt(hypot((X-{_BAAD}-30)/42,(Y-112)/10),1)*lt(Y,114)", 56, 128, 128),
        ("gt(Y,150-62*exp(-pow((X-300)/52,2)))", "120+24*gt(sin(X*2.1+Y*0.3),0.7)", 128, 128),
        ("gt(Y,112+3*sin(X/40))", "176+10*sin(X/3)*sin(Y/2)", 128, 128),
        ("between(Y,82,112)*gt(sin(X*1.7+N*0.5)*sin(Y*2.9-N*0.3),0.9)", 236, 128, 128),
        ("gt(Y,82)", "110+15*sin(Y*0.8+N*0.25)+0.6*(Y-82)", 128, 128)],
        ("226-0.5*Y", 128, 128)),
    "mellem-av": _card(["Karen ventede hver Aften", "paa sin Faders Baad."], 15, 66, 26,
                       "0xe8e8e8", SERIF, bg="0x0c0c0c"),
    "fisker-av": _person(150, 100, (70, 128, 128), False, 160, (60, 128, 128), _PLANKS, top=[
        ("lt(hypot((X-150)/34,(Y-60)/18),1)*lt(Y,66)", 66, 128, 128),
        ("lt(hypot((X-150)/54,(Y-66)/7),1)", 58, 128, 128),
        ("lt(hypot((X-150)/27,(Y-126)/17),1)*gt(Y,112)", "90+14*sin(X*1.3)*sin(Y*1.1)", 128,
         128)]),
    "karen-av": _person(182, 96, (120, 128, 128), True, 196, (100, 128, 128), _PLANKS, top=[
        ("lt(abs(Y-150-0.4*abs(X-182)),3)*lt(abs(X-182),40)", 170, 128, 128)]),
    "storm-av": _paint([
        (f"lt(abs(X-160-{_ROCK}*({_BY}-Y)),1.2)*between(Y,{_BY}-56,{_BY})", 30, 128, 128),
        (f"gt(X,162+{_ROCK}*({_BY}-Y))*lt(X,200+{_ROCK}*({_BY}-Y)-0.6*({_BY}-Y))"
         f"*between(Y,{_BY}-50,{_BY}-6)", 70, 128, 128),
        (f"lt(hypot((X-160)/36,(Y-{_BY}-{_ROCK}*(X-160))/8),1)*lt(Y,{_BY}+{_ROCK}*(X-160))",
         22, 128, 128),
        ("gt(Y,100+12*sin(X/20+N*0.25)+5*sin(X/7-N*0.4))",
         "56+34*gt(sin(X*0.9+Y*1.3+N*0.5),0.8)-0.2*(Y-100)", 128, 128),
        ("lt(Y,40+10*sin(X/30+N*0.05))", "70+10*sin(X/9+N*0.1)", 128, 128)],
        ("54-0.1*Y", 128, 128), add=_STORM),
    "fyr-av": _paint([
        ("lt(hypot(X-210,Y-44),4)", 252, 128, 128),
        ("between(Y,40,50)*lt(abs(X-210),7)", 60, 128, 128),
        ("between(Y,50,118)*lt(abs(X-210),5+0.07*(Y-50))*(1-0.6*lt(mod(Y,16),4))", 170, 128,
         128),
        ("gt(Y,114-14*exp(-pow((X-210)/70,2))+6*sin(X/9))", 22, 128, 128),
        ("gt(Y,124)", "30+18*gt(sin(X*0.8+Y*1.7+N*0.4),0.85)", 128, 128)],
        ("26-0.05*Y", 128, 128),
        add="60*exp(-abs(Y-44-(X-210)*0.12*sin(N*0.15))/(3+5*abs(cos(N*0.15))))"
            "*clip(abs(X-210)/30,0,1)*(0.45+0.55*pow(cos(N*0.15),2))"
            "+40*exp(-hypot(X-210,Y-44)/14)"),
    "stue-av": _paint([
        ("lt(hypot((X-200)/3,(Y-92-2*sin(N*2.1))/7),1)", 250, 128, 128),
        ("between(Y,98,112)*lt(abs(X-200),7-0.2*(Y-98))+between(Y,112,120)*lt(abs(X-200),10)",
         120, 128, 128),
        ("between(Y,120,128)*between(X,110,300)+between(Y,128,180)*lt(abs(abs(X-205)-85),4)", 50,
         128, 128),
        (_m(_walker(80, 58, 2.2, 0)), 26, 128, 128),
        ("between(X,40,130)*between(Y,30,120)", "80+10*lt(abs(mod(X-40,45)-22),2)"
         "+10*lt(abs(mod(Y-30,45)-22),2)", 128, 128),
        ("gt(Y,128)", 40, 128, 128)],
        _PLANKS, mul="(0.42+0.04*sin(N*2.3)*sin(N*0.7))",
        add="90*exp(-hypot(X-200,Y-94)/26)"),
    "daggry-av": _paint([
        (_any(f"lt(hypot((X-{x}-0.3*N)/18,(Y-{y})/4),1)*lt(Y,{y})" for x, y in ((70, 98),
                                                                               (220, 94))),
         150, 128, 128),
        (_any(f"lt(abs(X-{x}-0.3*N),0.8)*between(Y,{y}-30,{y})" for x, y in ((70, 98),
                                                                             (220, 94))),
         160, 128, 128),
        ("gt(Y,118+2*sin(X/30))", "214+6*sin(X/4)*sin(Y/3)", 128, 128),
        ("gt(Y,84)", "220+10*gt(sin(X*0.6+Y*1.5+N*0.2),0.8)", 128, 128)],
        ("238-0.1*Y", 128, 128)),
    "slut-av": _card(["SLUT"], 36, 66, 0, "0xe8e8e8", SERIF, bg="0x0c0c0c"),
    # A 1960s Cambodian romantic musical.
    "angkor-av": _paint([
        (_any(_tower(x, t) for x, t in _TOWERS) + "+between(Y,100,118)*between(X,56,264)", 34,
         124, 140),
        (_any(_tower(x, t, "(236-Y+2*sin(X/3+N*0.3))") for x, t in _TOWERS)
         + "+between(236-Y,100,118)*between(X,56,264)", 60, 122, 146),
        ("gt(Y,118)", "120+30*exp(-hypot(X-250,236-Y-70)/30)+10*sin(Y*1.3+N*0.3)", 110, 170),
        ("gt(Y,112)", 40, 126, 136)],
        ("150-0.5*Y", 100, 170), add="50*exp(-hypot(X-250,Y-70)/26)"),
    "apsara-av": _paint([
        (_any(f"lt(hypot(X-160-{d},Y-38+0.5*abs({d})),1.6)*gt(sin(N*1.3+{d}),0.6)"
              for d in (-8, 0, 8)), 252, 110, 150),
        ("between(Y,24,46)*lt(abs(X-160),0.45*(Y-24))", 200, 60, 160),
        ("lt(hypot(X-160,Y-56),10)", 150, 110, 160),
        (_any(f"lt(hypot((X-160-({sg})*(26+6*sin(N*0.2)))/6,(Y-80+10*sin(N*0.2+{p}))/15),1)"
              for sg, p in ((-1, 0), (1, 1.6))), 140, 110, 160),
        ("between(Y,66,120)*lt(abs(X-160),14-0.05*(Y-66))", 200, 70, 170),
        ("between(Y,120,176)*lt(abs(X-160),16+0.3*(Y-120))", "130+30*gt(sin(X/2+Y/3),0.6)",
         170, 190),
        (_any(f"lt(abs(X-{x}),9)*lt(Y,150)" for x in (50, 270)), 70, 120, 150),
        ("gt(Y,150)", 50, 124, 150)],
        ("40+20*exp(-hypot(X-160,Y-90)/60)", "128-30*sin(N*0.07)", "150+40*cos(N*0.07)")),
    "sovann-av": _person(140, 100, (20, 128, 128), False, 150, (230, 128, 128), _SANDSTONE,
                         top=[("lt(hypot((X-140)/33,(Y-62)/14),1)*lt(Y,66)", 14, 128, 128),
                              ("lt(abs(X-140),2)*between(Y,146,176)", 40, 128, 128)]),
    "kanha-av": _person(182, 96, (18, 128, 128), True, 160, (150, 90, 190), _SANDSTONE, top=[
        ("lt(hypot(X-212,Y-66),5)", 232, 100, 170),
        ("lt(hypot(abs(X-182)-30,Y-112),2)", 220, 80, 150)]),
    "tonle-av": _paint([
        (_m(_walker(f"({_TUK}+80)", 84, 0.9, 0)), 30, 120, 140),
        (f"lt(abs(X-{_TUK}-92-4*sin(N*0.6)+0.5*(Y-96)),1)*between(Y,90,112)", 40, 120, 140),
        (f"lt(hypot((X-{_TUK}-60)/62,(Y-106)/5),1)*lt(Y,107)", 50, 120, 150),
        ("gt(Y,104)*gt(sin(X*2.3+N*0.6)*sin(Y*3.3-N*0.5),0.92)", 246, 126, 132),
        (_any(f"between(X,{a},{a}+24)*between(Y,62,76)+lt(abs(mod(X-{a},8)),1)"
              f"*between(X,{a},{a}+24)*between(Y,76,90)" for a in range(10, 460, 56)),
         "60+20*lt(mod(Y,5),1)", 120, 140),
        ("gt(Y,90)", "110+16*sin(Y*0.9+N*0.3)+0.4*(Y-90)", 150, 110)],
        ("200-0.6*Y", 136, 116)),
    "fete-av": _paint([
        (_any(f"lt(hypot(X-{x}-2*sin(N*0.3+{x}),Y-{y}),4)" for x, y in _LANTERNS), 230, 60,
         200),
        (_any(f"lt(abs(Y-{y}-2*sin(N*0.3+{x})),0.6)*lt(abs(X-{x}),13)" for x, y in _LANTERNS),
         60, 128, 128),
        (_any(_m(_walker(f"({x}+{v}*N)", 110, 1.4, 0)) for x, v in ((40, 0.5), (110, -0.3),
                                                                  (200, 0.4), (280, -0.5))),
         14, 128, 128),
        ("lt(abs(abs(X-160)-0.8*(Y-40)),1.2)*between(Y,40,96)", 230, 80, 180),
        ("between(Y,40,100)*lt(abs(X-160),0.8*(Y-40))+between(Y,96,140)*lt(abs(X-160),50)", 28,
         124, 140),
        ("gt(Y,140)", 24, 126, 134)],
        ("18", 136, 124), add="30*exp(-pow((Y-50)/20,2))"),
    "orchestre-av": _paint([
        (_any(_m(_walker(x, 70, 1.6, 0)) for x in (70, 130, 190, 250)), 20, 128, 128),
        (_any(f"lt(hypot((X-{x}-12)/8,(Y-110)/12),1)" for x in (70, 190)), 170, 90, 170),
        ("lt(hypot((X-130-10)/3,(Y-96)/20),1)", 200, 90, 160),
        ("between(Y,150,156)", 180, 110, 160),
        ("gt(Y,150)", 30, 128, 130)],
        ("50+40*exp(-hypot(X-160,Y-40)/60)",
         "if(between(N,24,39),80,if(gt(N,39),190,150))",
         "if(between(N,24,39),200,if(gt(N,39),110,90))")),
    "phum-av": _paint([
        (_any(f"lt(abs(X-{x}),1.5)*between(Y,96,136)" for x in range(40, 300, 22)), 40, 124,
         140),
        (_any(f"between(X,{a},{a}+60)*between(Y,66,98)" for a in (30, 130, 230)),
         "90+20*lt(mod(X,6),1)", 120, 146),
        (_any(f"between(Y,40,66)*lt(abs(X-{a}-30),4+1.4*(Y-40))"
              for a in (30, 130, 230)), 60, 124, 140),
        ("gt(Y,130)", "70+20*gt(sin(X*1.7+Y*2.3+N*0.8),0.7)", 128, 138),
        ("gt(Y,60+10*sin(X/20))", "80+20*gt(sin(X/3)*sin(Y/4),0.3)", 100, 120)],
        ("150-0.3*Y", 128, 128), add=_SHOWER),
    "couple-av": _paint([
        (_any(_m(_walker(x, 86, 1.5, 0)) for x in (140, 166)), 18, 128, 132),
        (_any(_tower(x, t + 20) for x, t in _TOWERS[:3]), 40, 124, 140),
        ("gt(Y,140)", 30, 124, 140)],
        ("170-0.7*Y", 90, 190), add="70*exp(-hypot(X-230,Y-110)/24)"),
    "fin289-av": _card(["FIN"], 36, 66, 0, "0xfff0c0", SERIF, bg="0x180808"),
    # A 2000s Caribbean television broadcast of a cricket Test.
    "ident290-av": _paint([], ("30+0.3*Y", 160, 110), add="70*exp(-pow((X+0.5*Y-9*N+40)/12,2))")
        + f",drawtext=fontfile={SERIF}:fontsize=24:fontcolor=0xffe080:text='TEST CRICKET'"
          ":x=(w-tw)/2:y=56"
        + f",drawtext=fontfile={FONT}:fontsize=12:fontcolor=0xf4f4f4:text='WEST INDIES  v"
          "  ENGLAND   DAY 3':x=(w-tw)/2:y=96",
    "oval-av": _paint([
        (_any(f"lt(hypot(X-{x},Y-{y}),1.8)" for x, y in ((120, 96), (200, 92), (160, 120),
                                                          (90, 118), (240, 114), (170, 80),
                                                          (130, 132))), 250, 128, 128),
        ("lt(abs(X-160),4)*between(Y,90,112)", 180, 118, 140),
        ("lt(hypot((X-160)/130,(Y-104)/38),1)", *_GRASS),
        (_any(f"lt(abs(X-{x}),1)*between(Y,24,50)" for x in (30, 290))
         + "+" + _any(f"lt(hypot((X-{x})/16,(Y-24)/6),1)*gt(abs(sin(atan2(Y-24,X-{x})*5)),0.4)"
                      for x in (30, 290)), 40, 110, 120),
        (_any(f"between(X,{a},{a}+14)*between(Y,20,28)*gt(sin(N*0.9+X/3+{a}),0)"
              for a in (70, 150, 230)), 150, 60, 200),
        ("gt(Y,28)", *_STANDS),
        ("gt(Y,18)", "150+10*sin(X/4+N*0.2)", 170, 100)],
        ("210-0.8*Y", 150, 110)),
    "runup-av": _paint([
        (_m(_walker(_BOWLER, 70, 1.6, 0)), 235, 128, 128),
        (f"lt(hypot((X-{_BOWLER}-14*sin(N*0.9))/4,(Y-86-14*cos(N*0.9))/4),1)", 220, 128, 128),
        (_any(f"lt(abs(X-{x}),0.9)*between(Y,100,120)" for x in (270, 274, 278)), 240, 128, 128),
        (_m(_walker(292, 72, 1.4, 0)), 230, 128, 128),
        ("between(Y,110,130)*between(X,180,320)", 190, 118, 140),
        ("gt(Y,60)", *_GRASS),
        ("gt(Y,20)", *_STANDS)],
        ("200-0.5*Y", 150, 110)),
    "lara-av": _person(150, 100, (40, 140, 160), False, 110, (235, 128, 128),
                       ("90+40*gt(sin(X*0.9+floor(Y/4)*2.3),0.4)", "128+30*sin(X/6)", 130),
                       top=[("lt(mod(Y-92,7),1.2)*between(Y,92,128)*lt(abs(X-150),28)", 180, 128,
                             128),
                            ("lt(hypot((X-150)/36,(Y-68)/34),1)*lt(Y,80)", 50, 150, 170),
                            ("lt(hypot((X-150)/42,(Y-80)/4),1)", 40, 150, 170)]),
    "harmison-av": _person(182, 96, (30, 128, 128), False, 170, (238, 128, 128),
                           ("90+40*gt(sin(X*0.9+floor(Y/4)*2.3),0.4)", "128+30*sin(X/6)", 130),
                           top=[("lt(hypot((X-182)/34,(Y-66)/16),1)*lt(Y,70)", 40, 170, 110),
                                ("lt(hypot((X-206)/26,(Y-70)/4),1)*gt(X,182)", 40, 170, 110),
                                ("lt(abs(Y-92),3)*lt(abs(X-182),24)", 20, 128, 128)]),
    "credits290-av": _rolling(_paint([("lt(hypot((X-160)/130,(Y-104)/38),1)", *_GRASS),
                                      ("gt(Y,28)", *_STANDS)], ("40", 150, 110), mul="0.35"),
                              ["PRODUCER", "DESMOND HOLDER", "", "DIRECTOR", "KAREN BASCOMBE",
                               "", "CARIBBEAN SPORTS TV 2004"], 12, 18, 1.5, "0xfff4d8"),
    "drive-av": _drive("N"),
    "replay-av": _drive("(0.5*N)"),
    "crowd-av": _paint([
        (_any(f"between(X,{x}+4*sin(N*0.7+{x}),{x}+26+4*sin(N*0.7+{x}))"
              f"*between(Y,{y}+3*sin(X/5+N),{y}+14+3*sin(X/5+N))" for x, y in ((40, 30), (150, 22),
                                                                             (250, 36))),
         170, 60, 160),
        ("lt(hypot(mod(X+12*floor(Y/50),24)-12,mod(Y+3*abs(sin(N*0.5+floor(X/24))),50)-18),7)",
         80, 120, 150),
        ("gt(mod(Y+3*abs(sin(N*0.5+floor(X/24))),50),25)", "120+60*gt(sin(X/5+floor(Y/50)),0.2)",
         "128+50*sin(X/9)", "128+50*cos(X/7)")],
        ("200-0.3*Y", 150, 110)),
    "pitch-av": _paint([
        (_any(f"lt(abs(X-{x}),2)*between(Y,40,130)" for x in (150, 160, 170)), 250, 128, 128),
        ("lt(abs(Y-40),2)*between(X,148,172)", 252, 128, 128),
        ("lt(abs(Y-134),1.2)*between(X,60,260)", 252, 128, 128),
        ("lt(hypot((X-250)/20,(Y-150)/30),1)", 245, 128, 128),
        ("gt(Y,30)", "222+8*sin(X*1.9)*sin(Y*2.3)", 124, 136)],
        ("232", 120, 134)),
    "flood-av": _paint([
        (_any(f"lt(hypot(X-{x},Y-30),{r})*gt(N,{t})" for x, r, t in ((40, 9, 18), (280, 9, 28))),
         250, 128, 128),
        (_any(f"lt(abs(X-{x}),2)*between(Y,30,120)" for x in (40, 280)), 40, 128, 128),
        (_any(_m(_walker(f"({x}+0.5*N)", 92, 1.0, 0)) for x in (90, 120, 150, 190)), 240, 128,
         128),
        ("gt(Y,110)", "60+10*lt(mod(X+0.6*Y,40),20)", 100, 110),
        ("gt(Y,50)", "50+30*gt(sin(X*1.3+floor(Y/5)*2.1)*sin(Y*1.9),0.2)", 128, 140)],
        ("80-0.4*Y", 150, 130),
        add="+".join(f"50*exp(-hypot(X-{x},Y-30)/40)*gt(N,{t})" for x, t in ((40, 18), (280, 28)))),
    # A 2010s Nepalese documentary of a Himalayan salt caravan.
    "himal-av": _paint([
        *[(_any(_flag(k) for k in range(c, 12, 5)), *col) for c, col in enumerate(_FLAGCOL)],
        ("lt(abs(Y-32-0.2*X),0.7)", 40, 128, 128),
        ("gt(Y,130+6*sin(X/25))", "90+20*gt(sin(X*1.1+Y*0.7),0.6)", 120, 140),
        (f"gt(Y,{_PEAKS}+30)", "150-0.6*Y+30*gt(sin(X/5+Y/3),0.7)", 130, 120),
        (f"gt(Y,{_PEAKS})", "240-0.5*Y-30*gt(sin(X/9-Y/5),0.6)", 132, 124)],
        ("190-0.6*Y", 160, 100)),
    "caravan-av": _paint([
        (_any(_yak(f"({_CARAVAN}+{o})", f"(96-0.18*({_CARAVAN}+{o}-160)+1.5*sin(N*0.5+{o}))", 1)
              for o in (0, 50, 100, 150)), 24, 128, 130),
        (_any(f"between(X,{_CARAVAN}+{o}+14,{_CARAVAN}+{o}+30)"
              f"*between(Y,90-0.18*({_CARAVAN}+{o}-160),96-0.18*({_CARAVAN}+{o}-160))"
              for o in (0, 50, 100, 150)), 220, 110, 160),
        (_m(_walker(f"({_CARAVAN}+200)", 80, 1.0, 0)), 60, 150, 150),
        ("lt(abs(Y-112+0.18*(X-160)),6)", "150+10*sin(X/2)", 120, 136),
        ("gt(Y,112-0.18*(X-160))", "110+20*gt(sin(X/6+Y/4),0.5)", 120, 140),
        (f"gt(Y,{_PEAKS}-10)", "230-0.4*Y", 130, 124)],
        ("200-0.6*Y", 160, 100)),
    "gompa-av": _paint([
        (_any(f"lt(hypot((X-{x})/2,(Y-{y}+1.5*sin(N*1.7+{x}))/4),1)" for x in range(70, 260, 16)
              for y in (118, 132)), 250, 90, 170),
        (_any(f"lt(abs(Y-{y}-6),2)*between(X,60,270)" for y in (118, 132)), 90, 110, 160),
        ("lt(hypot((X-160)/26,(Y-60)/34),1)", 110, 80, 170),
        ("between(X,120,200)*between(Y,20,100)", "50+20*gt(sin(X/4)*sin(Y/5),0.3)", 130, 170),
        (_any(f"lt(abs(X-{x}),9)" for x in (40, 280)), "30+10*lt(mod(Y,20),2)", 120, 170)],
        ("16", 124, 150), mul="(1+0.05*sin(N*2.7)*sin(N*1.2))",
        add="+".join(f"36*exp(-abs(Y-{y})/10)*exp(-pow((X-160)/120,2))" for y in (118, 132))),
    "dorje-av": _person(140, 100, (20, 128, 128), False, 120, (80, 120, 150), _STONE, top=[
        ("lt(hypot((X-140)/38,(Y-60)/20),1)*lt(Y,68)", "170+30*gt(sin(X*1.7)*sin(Y*1.3),0.2)",
         124, 136),
        ("lt(hypot((X-170)/5,(Y-80)/5),1)", 80, 100, 200),
        ("lt(abs(X-108),3)*between(Y,80,150)", 24, 128, 128)]),
    "pema-av": _person(182, 96, (20, 128, 128), False, 150, (140, 150, 120), _STONE, top=[
        ("lt(hypot((X-182)/34,(Y-64)/24),1)*lt(Y,74)", "120+50*lt(mod(Y,6),3)", 90, 190),
        ("lt(hypot(X-182,Y-36),5)", 200, 110, 170)]),
    "snow-av": _paint([
        (_any(f"between(X,{x},{x}+8)*between(Y,{y}+3*sin(N*1.1+{x}),{y}+8+3*sin(N*1.1+{x}))"
              for x, y in ((150, 70), (162, 74), (174, 78), (186, 82))), 120, 150, 170),
        ("lt(abs(Y-66-0.33*(X-140)),0.6)*between(X,140,200)", 60, 128, 128),
        ("lt(hypot((X-140)/10,(Y-104)/26),1)*lt(Y,110)", 150, 128, 128),
        ("gt(Y,104+8*sin(X/40))", "228+10*gt(sin(X*0.3+Y*0.9),0.8)-0.05*Y", 132, 124),
        (f"gt(Y,{_PEAKS})", "236-0.2*Y", 132, 124)],
        ("244-0.2*Y", 138, 122), add="8*exp(-pow((X-200)/30,2))"),
    "camp-av": _paint([
        ("lt(hypot(X-90,Y-116),3)", 250, 100, 170),
        (_any(f"between(Y,{y},150)*lt(abs(X-{x}),0.9*(Y-{y}))" for x, y in ((90, 90),
                                                                             (200, 100))),
         "60+30*exp(-hypot(X-90,Y-116)/20)", 110, 170),
        (_any(_yak(x, 132, 0.8) for x in (240, 270)), 10, 128, 128),
        ("gt(Y,140)", "34+10*gt(sin(X*0.7+Y*1.3),0.7)", 134, 120),
        (f"gt(Y,{_PEAKS})", 30, 136, 120),
        ("lt(hypot(X-60,Y-24),1)+lt(hypot(X-130,Y-18),1)+lt(hypot(X-230,Y-30),1)"
         "+lt(hypot(X-280,Y-14),1)", 230, 128, 128)],
        ("14", 140, 120), add="40*exp(-hypot(X-90,Y-118)/30)"),
    "lake-av": _paint([
        (_any(_yak(f"({x}-0.3*N)", 98, 0.4) for x in (60, 76, 92, 108)), 30, 128, 130),
        ("gt(Y,108)*gt(sin(X*1.3+N*0.3)*sin(Y*2.1),0.8)", "200*clip(N/60,0,1)+40", 120, 150),
        ("gt(Y,108)", "90+60*clip(N/60,0,1)-0.2*(Y-108)", 150, 90),
        ("gt(Y,102)", 80, 120, 140),
        (f"gt(Y,{_PEAKS}+20)", "130+60*clip(N/60,0,1)-0.5*Y", "130+20*clip(N/60,0,1)", 120)],
        ("(90+100*clip(N/60,0,1))-0.4*Y", 140, "120+40*clip(N/60,0,1)"),
        add="60*exp(-hypot(X-250,Y-70+0.4*N)/(10+0.2*N))*clip(N/30,0,1)"),
    "credits291-av": _roll(["A FILM BY", "ANJALI GURUNG", "", "CAMERA", "TENZING SHERPA", "",
                            "DOLPO 2013"], 12, 18, 1.5, "0xf0f0f0"),
    # A 1950s Brazilian chanchada.
    "titulo-av": _framed(["CARNAVAL", "NO MORRO"], 28, 50, 42, "0xf0f0f0", SERIF, "0x181818",
                         "0xd0d0d0"),
    "baia-av": _paint([
        (f"between(X,{_GONDOLA}-10,{_GONDOLA}+10)*between(Y,44+0.25*{_GONDOLA},58"
         f"+0.25*{_GONDOLA})", 40, 128, 128),
        ("lt(abs(Y-40-0.25*X),0.7)", 60, 128, 128),
        ("between(Y,20,118)*lt(abs(X-250),26*pow(clip((Y-20)/98,0,1),0.6)+2)", 70, 128, 128),
        ("between(Y,70,118)*lt(abs(X-60),40*pow(clip((Y-70)/48,0,1),0.7)+2)", 90, 128, 128),
        (_any(f"lt(hypot((X-{x}-0.4*N)/10,(Y-126)/2),1)" for x in (100, 180)), 40, 128, 128),
        ("gt(Y,118)", "150+20*gt(sin(X*1.1+Y*1.9+N*0.3),0.85)+0.4*(Y-118)", 128, 128)],
        ("210-0.4*Y", 128, 128)),
    "palco-av": _paint([
        (_any(f"lt(abs(X-{x}-0.9*(Y-110)*sin(N*0.5+{k})),2.5)*between(Y,110,150)"
              f"*gt(sin(N*0.5+{k}),0)" for k, x in enumerate(range(70, 260, 30))), 220, 128,
         128),
        (_any(_m(_walker(x, 56, 1.8, 0)) for x in range(70, 260, 30)), 210, 128, 128),
        (_any(f"lt(abs(Y-{y}),2)*between(X,{40 + (152 - y)},{280 - (152 - y)})"
              for y in range(152, 180, 8)), 170, 128, 128),
        ("gt(Y,150)", 90, 128, 128),
        (_any(f"lt(abs(X-{x}),7)*lt(Y,150)" for x in (30, 290)), 150, 128, 128)],
        ("60-0.1*Y", 128, 128), add="20*exp(-pow((Y-80)/60,2))"),
    "zeca-av": _person(140, 100, (30, 128, 128), False, 180, (200, 128, 128), _BACKDROP, top=[
        ("lt(hypot((X-140)/11,(Y-118)/2.5),1)", 30, 128, 128),
        ("lt(abs(X-140),30)*between(Y,50,66)", "200-40*between(Y,58,62)", 128, 128),
        ("lt(hypot((X-140)/54,(Y-66)/5),1)", 210, 128, 128)]),
    "dalva-av": _person(182, 96, (24, 128, 128), True, 210, (60, 128, 128), _BACKDROP, top=[
        ("lt(hypot(X-150,Y-62),7)*gt(abs(sin(atan2(Y-62,X-150)*5)),0.3)", 236, 128, 128),
        ("lt(hypot(abs(X-182)-30,Y-114),2.5)", 250, 128, 128)]),
    "rua-av": _paint([
        (_any(f"lt(hypot(X-mod({x}+13*N*0.1+7*sin(N*0.3+{x}),320),"
              f"Y-mod({y}+2.2*N,180)),1.3)" for x, y in ((20, 0), (70, 40), (130, 90),
                                                         (190, 20), (240, 130), (300, 60),
                                                         (50, 150), (160, 170), (270, 100),
                                                         (110, 10), (210, 70), (20, 110))),
         245, 128, 128),
        (_any(_m(_walker(x, f"(70+4*abs(sin(N*0.5+{x})))", 1.6, 0)) for x in range(20, 320, 34)),
         "50+40*gt(sin(X/3),0.3)", 128, 128),
        (_any(f"lt(abs(Y-{y}-6*sin(X/14+{y})),0.8)" for y in (24, 36)), 200, 128, 128),
        ("(lt(X,40)+gt(X,280))*lt(Y,120)", "120-20*lt(mod(Y,14),2)", 128, 128),
        ("gt(Y,120)", 140, 128, 128)],
        ("190-0.3*Y", 128, 128)),
    "baile-av": _paint([
        (_any(f"lt(hypot(X-160-{d},Y-30-0.3*abs({d})),2)" for d in range(-40, 41, 10)), 252,
         128, 128),
        ("lt(abs(hypot((X-160)/44,(Y-24)/12)-1),0.12)*gt(Y,24)", 200, 128, 128),
        (_any(_m(_walker(f"({x}+14*sin(N*0.15+{x}))", 80, 1.5, 0))
              for x in (60, 120, 200, 260)), 40, 128, 128),
        (_any(f"lt(hypot((X-{x}-14*sin(N*0.15+{x}))/16,(Y-138)/18),1)"
              for x in (60, 120, 200, 260)), 190, 128, 128),
        ("gt(Y,140)", "90+30*lt(mod(X+2*Y,30),15)", 128, 128),
        (_any(f"lt(abs(X-{x}),6)*lt(Y,140)" for x in (20, 300)), 150, 128, 128)],
        ("40-0.05*Y", 128, 128), add="60*exp(-hypot(X-160,Y-30)/40)"),
    "praia-av": _paint([
        ("lt(hypot((X-200)/20,(Y-134)/4),1)+lt(hypot(X-178,Y-132),4)", 60, 128, 128),
        ("gt(Y,120)*lt(abs(mod(Y-120-10*sin(X/12),16)-8),3)", 40, 128, 128),
        ("gt(Y,120)", 230, 128, 128),
        ("gt(Y,104)", "210+20*gt(sin(X*0.9+Y*1.3+N*0.3),0.8)", 128, 128),
        ("gt(Y,80)", "150+40*gt(sin(Y*0.9+N*0.4+X/30),0.7)", 128, 128)],
        ("200-0.2*Y", 128, 128), add="30*exp(-hypot(X-260,Y-40)/30)"),
    "fim-av": _card(["FIM"], 38, 64, 0, "0xf0f0f0", SERIF, bg="0x0c0c0c"),
    # A 1970s Soviet Uzbek film of the cotton harvest.
    "registan-av": _paint([
        ("between(Y,60,160)*lt(abs(X-160),40)*gt(hypot((X-160)/24,(Y-86)/30),1)"
         "*(lt(Y,86)+gt(abs(X-160),24))", *_TILES),
        ("between(Y,60,160)*lt(abs(X-160),24)", 50, 150, 110),
        (_any(f"lt(hypot((X-{x})/22,(Y-60)/20),1)*lt(Y,64)" for x in (90, 230)), 110, 190, 90),
        (_any(f"lt(abs(X-{x}),6-0.02*(160-Y))*between(Y,30,160)" for x in (60, 260)), 150, 110,
         150),
        ("between(Y,64,160)*lt(abs(X-160),110)", "150+20*lt(mod(Y,10),1)", 112, 150),
        ("gt(Y,160)", 120, 118, 146)],
        ("170-0.5*Y", 120, 170), add="40*exp(-hypot(X-40,Y-60)/40)"),
    "khlopok-av": _paint([
        (_any(_m(_walker(f"({x}+0.3*N)", 96 + 8 * (k % 2), 1.2, 0))
              for k, x in enumerate((70, 140, 220, 270))), 60, 110, 170),
        ("gt(Y,110)*gt(sin(X*1.9+floor(Y/6)*2.3)*sin(Y*2.7),0.6)", 246, 128, 128),
        ("gt(Y,100)", "80+20*gt(sin(X/3+Y/2),0.3)", 100, 120),
        ("gt(Y,84+3*sin(X/50))", 90, 120, 130)],
        ("220-0.5*Y", 160, 100)),
    "bazaar-av": _paint([
        (_any(f"lt(hypot((X-{x})/{r},(Y-{y})/({r}*0.8)),1)" for x, y, r in (
            (40, 120, 14), (64, 118, 12), (52, 104, 12), (120, 124, 16), (150, 122, 14),
            (136, 106, 12), (230, 124, 15), (260, 120, 13), (246, 106, 12))),
         "170+30*gt(sin(X*0.8+Y*0.6),0.5)", 80, 150),
        ("between(Y,128,140)*(between(X,20,90)+between(X,100,180)+between(X,210,290))", 80,
         120, 150),
        (_any(_m(_walker(f"({x}+{v}*N)", 60, 1.4, 0)) for x, v in ((90, 0.3), (190, -0.4),
                                                                 (300, -0.2))),
         "60+40*gt(sin(X/2),0.2)", "120+40*sin(X/5)", "140+40*cos(X/4)"),
        ("lt(Y,40)*gt(sin(X/8),-0.5)", "160+40*gt(mod(X,16),8)", 150, 180),
        ("gt(Y,140)", 120, 120, 140)],
        ("190-0.3*Y", 130, 140)),
    "bobo-av": _person(140, 100, (20, 128, 128), False, 150, ("60+60*lt(mod(X,10),4)", 150, 110),
                       _GANCH, top=[
        ("lt(hypot((X-140)/30,(Y-60)/12),1)*lt(Y,64)", "30+160*gt(sin(X*0.7)*sin(Y*1.3),0.7)",
         128, 128),
        ("lt(hypot((X-140)/28,(Y-128)/20),1)*gt(Y,112)", 236, 128, 128)]),
    "gulnara-av": _person(182, 96, (16, 128, 128), True, 180,
                          ("120+40*gt(sin(X/5+3*sin(Y/9)),0.3)", "100+60*sin(X/7)", "170+40*cos(Y/6)"),
                          _GANCH, top=[
        (_any(f"lt(abs(X-{182 + o}-2*sin(Y/3)),2)*between(Y,110,170)" for o in (-36, -30, 30, 36)),
         20, 128, 128),
        ("lt(hypot((X-182)/42,(Y-62)/18),1)*lt(Y,66)", "120+40*gt(sin(X/4+3*sin(Y/5)),0.3)", 80,
         200)]),
    "choyxona-av": _paint([
        ("lt(hypot(X-240,Y-40),4)*gt(N,29)", 250, 110, 160),
        ("lt(hypot((X-90)/10,(Y-100)/18),1)+between(Y,80,90)*lt(abs(X-90),4)", 170, 120, 150),
        (_any(_m(_walker(x, 96, 1.1, 0)) for x in (160, 200)), 40, 120, 150),
        ("between(Y,116,124)*between(X,130,260)", "110+30*lt(mod(X,8),4)", 100, 180),
        ("between(Y,124,140)*lt(abs(abs(X-195)-60),3)", 60, 120, 150),
        ("gt(Y,140)", 70, 120, 150),
        ("lt(Y,30)", "60+20*lt(mod(X,18),2)", 120, 150)],
        ("100-0.3*Y", 110, 170), mul="(0.8+0.25*gt(N,29))",
        add="60*exp(-hypot(X-240,Y-44)/40)*gt(N,29)"),
    "steppe-av": _paint([
        ("lt(abs(Y-100),0.8)*lt(abs(X-160),150)", 30, 128, 128),
        ("gt(Y,100)*lt(abs(X-160),4+1.5*(Y-100))", "40+20*lt(mod(Y,12),6)*lt(abs(X-160),1)",
         128, 128),
        ("gt(Y,100)", "24+6*sin(X*0.9)*sin(Y*1.3)", 128, 132),
        ("lt(hypot(X-60,Y-24),1)+lt(hypot(X-150,Y-14),1)+lt(hypot(X-250,Y-34),1)", 220, 128,
         128)],
        ("20-0.05*Y", 140, 124), add="20*exp(-pow((Y-100)/8,2))"),
    "mausoleum-av": _paint([
        (_m(_walker("(60+1.2*N)", 84, 1.2, 0)), 120, 120, 150),
        ("between(Y,40,140)*lt(abs(X-160),30)*gt(hypot((X-160)/20,(Y-70)/24),1)*(lt(Y,70)"
         "+gt(abs(X-160),20))", 236, 124, 132),
        ("between(Y,40,140)*lt(abs(X-160),20)", 200, 124, 132),
        ("lt(hypot((X-160)/34,(Y-40)/26),1)*lt(Y,40)", 220, 150, 120),
        ("gt(Y,140)", "238+6*lt(mod(X+Y,24),2)", 124, 132),
        ("gt(Y,40)", 244, 124, 132)],
        ("240", 136, 124)),
    "caravanserai-av": _paint([
        ("between(Y,70,130)*between(X,60,260)*gt(hypot((X-160)/20,(Y-96)/26),1)*(lt(Y,96)"
         "+gt(abs(X-160),20))", "140+20*lt(mod(Y,8),1)", 118, 146),
        ("between(Y,70,130)*lt(abs(X-160),20)", 50, 120, 146),
        (_any(_m(_walker(f"({x}-0.4*N)", 104, 0.8, 0)) for x in (240, 256)), 40, 124, 140),
        ("gt(Y,124)", "150+20*gt(sin(X/5+Y/3+N*0.3),0.7)", 116, 146)],
        ("180-0.3*Y", 118, 148),
        add="40*gt(sin(X/13-N*0.6+Y/17),0.4)*exp(-pow((Y-110)/40,2))"),
    "credits293-av": _roll(["REZHISSYOR", "SHUKHRAT ABBASOV", "", "OPERATOR", "DILSHOD FATKHULLIN",
                            "", "UZBEKFILM 1974"], 12, 18, 1.5, "0xf8e8c8"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AV = {}

FX_AV = {
    **{f"grain{k}-av": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 14, "t+u", 93101117), (2, 8, "t+u", 93112129), (3, 4, "t", 93123141),
        (4, 6, "t", 93134153), (5, 12, "t+u", 93145167), (6, 8, "t+u", 93156179)]},
    # Framings as in held-out-af; bars of 1.33 and 1.37 as in held-out-ae, 2.35 and 1.85 as in
    # held-out-ao, 2.20 as in held-out-an; the broadcast fills the frame.
    **{f"{k}-av": FX_AF[f"{k}-af"] for k in ("closer", "near")},
    **{f"box{r}-av": FX_AE[f"box{r}-ae"] for r in (133, 137)},
    **{f"box{r}-av": FX_AO[f"box{r}-ao"] for r in (235, 185)},
    "box220-av": FX_AN["box220-an"],
    # Looks: greys tinted amber, blue and rose with flicker, gate weave and a scratch; saturated
    # faded colour; bright video colour; pale cool digital colour; black and white with flicker;
    # faded Sovcolor.
    "amber-av": "hue=s=0,eq=contrast=1.12,colorchannelmixer=rr=1.0:gg=0.8:bb=0.5",
    "blue-av": "hue=s=0,eq=contrast=1.1,colorchannelmixer=rr=0.5:gg=0.72:bb=1.0",
    "rose-av": "hue=s=0,eq=contrast=1.05,colorchannelmixer=rr=1.0:gg=0.74:bb=0.8",
    "flick-av": "eq=brightness='0.03*sin(n*2.7)*sin(n*1.1+2)+0.01*sin(n*0.41)':eval=frame",
    "weave-av": "crop=306:172:x='7+1.4*sin(n*1.3)':y='4+1.1*sin(n*1.9+1)*sin(n*0.5)',"
                "scale=320:180",
    "scratch-av": _ov("0.55*lt(abs(X-70-180*abs(sin(floor(N/12)*1.91))-1.5*sin(N*1.7)),0.7)",
                      228),
    "khmer-av": "eq=saturation=1.3:contrast=1.05:gamma=1.02,colorbalance=rs=0.05:gs=-0.04:bs=0.03"
                ":rh=0.03",
    "tv-av": "eq=saturation=1.2:contrast=1.04,unsharp=5:5:0.5,colorbalance=gm=0.02:bh=0.02",
    "himal-av": "eq=saturation=0.85:contrast=1.04:gamma=1.02,colorbalance=rs=-0.03:bs=0.06:bm=0.03",
    "pb-av": "hue=s=0,eq=contrast=1.14:gamma=1.02",
    "flick292-av": "eq=brightness='0.02*sin(n*3.1)*sin(n*0.8+1)':eval=frame",
    "sov-av": "eq=saturation=1.08:contrast=1.04:gamma=0.98,colorbalance=rs=0.04:gs=-0.03:bs=0.05"
              ":rh=0.03:bh=-0.02",
    # Camera moves: pans as in held-out-ao; a heaving boat, hand-held cameras, a tilt up, a pan
    # following a boat, a pan following a bowler and a whip pan after the ball of this set.
    **{f"{k}-av": FX_AO[f"{k}-ao"] for k in ("panr", "panl")},
    "heave-av": "scale=352:198,crop=320:180:x='16+3*sin(n*0.23)':y='9+8*sin(n*0.31)'",
    "hand-av": "scale=336:189,crop=320:180:x='8+3*sin(n*0.6)+1.5*sin(n*2.1)'"
               ":y='4.5+2.5*sin(n*1.3+1)'",
    "mano-av": "scale=344:194,crop=320:180:x='12+6*sin(n*0.9)+2*sin(n*2.7)':y='7+4*sin(n*1.4+1)'",
    "tiltup-av": "scale=400:225,crop=320:180:x=40:y='max(0,45-0.8*n)'",
    "follow-av": "scale=480:270,crop=320:180:x='10+2.4*n':y=50",
    "bowl-av": "scale=480:270,crop=320:180:x='min(240,2.4*n)':y=30",
    "whip-av": "scale=480:270,crop=320:180:x='min(160,max(0,16*(n-MID+2)))':y=40",
    # Things that are not boundaries, around MID (see the docstring); subtitles and titles first.
    **{f"sub-{k}-av": _subs([(line, *cue)]) for (k, line), cue in zip([
        ("sovann", "I will sing for you at the water festival."),
        ("kanha", "Then sing loudly, the boats are noisy."),
        ("dorje", "Salt goes south, grain comes north. Always."),
        ("pema", "Grandfather, will the pass be open?"),
        ("zeca", "Carnival is three days. My debts are forever."),
        ("dalva", "Then dance, Zeca, and forget them."),
        ("bobo", "The cotton is white gold, my daughter."),
        ("gulnara", "And who will pick it when I go to Tashkent?")],
        [(-14, 8), (-12, 10), (-14, 8), (-12, 10), (-14, 8), (-12, 10), (-14, 8), (-12, 10)])},
    **{f"title{k}-av": _fade(line, size, y, color, font, a, b, _EDGE.format(edge))
       for k, line, size, y, color, font, a, b, edge in [
           (289, "ROMDUOL", 30, 22, "0xfff0c0", SERIF, -26, 18, "0x401000"),
           (291, "THE SALT ROAD", 24, 112, "0xffffff", FONT, -24, 20, "0x101010"),
           (293, "BELOYE ZOLOTO", 26, 20, "0xfff4e0", SERIF, -26, 18, "0x301010")]},
    # 288: lightning in the storm; the lighthouse's beam into the lens; the lamp turned up; a
    # gull passing the lens.
    "lyn-av": _bolt(110, -6, 60),
    "beam-av": _glare(210, 44, 4, 2, 8, 10),
    "lampe-av": _grade("LUM*(0.75+0.25*clip((N-MID+6)/12,0,1))+30*clip((N-MID+6)/12,0,1)"
                       "*exp(-hypot(X-200,Y-94)/30)"),
    "maage-av": _pass(8, 28, 160, 60, 16, 5, 60),
    # 289: the headdress glinting; the sun glinting on the lake; fireworks bursting; an ox cart
    # passing the lens.
    "glint-av": _glare(230, 102, 3, 1, 4, 6),
    "fireworks-av": _ov("+".join(_burst(x, y, k) for x, y, k in ((90, 40, -10), (220, 30, -2),
                                                                  (150, 50, 7))), 250, 90, 190)
                    + "," + _flash((-10, -2, 7), (0.08, 0.12, 0.08)),
    "ratteh-av": _pass(10, -30, 160, 110, 70, 60, 20),
    # 290: the score caption (the score ticking); the captions of the faces; the REPLAY caption;
    # a flag waved over the lens; the sun's glare.
    "score1-av": _scorebar([("WI", 30, None, None), ("214-3", 74, None, 2),
                            ("218-3", 74, 3, None), ("LARA 87*  SARWAN 12   OVERS 61.2", 120,
                                                     None, None)]),
    "score2-av": _scorebar([("BAT", 28, None, None), ("B. LARA   87*   (142 BALLS)", 74, None,
                                                      None)]),
    "score3-av": _scorebar([("BOWL", 25, None, None), ("S. HARMISON   14-2-54-0", 74, None,
                                                       None)]),
    "replaycap-av": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=0xffe040:text='REPLAY'"
                    ":x=14:y=12:borderw=1:bordercolor=black",
    "flag-av": _ov("between(N,MID-7,MID+7)*lt(abs(X-160-26*(N-MID)-18*sin(Y/18+N*0.8)),54)", 170,
                   60, 150),
    "sun-av": _glare(260, 20, 6, 1.5, 6, 10),
    # 291: a yak passing the lens; a monk passing the lens; spindrift blown over the lens; a
    # head torch turned into the lens.
    "yak-av": _pass(10, -30, 160, 100, 80, 60, 24),
    "monk-av": _pass(9, 32, 160, 90, 60, 90, 50, 120, 170),
    "spindrift-av": _ov(_puff(80, 80, 5, 1, 10, 6, 8, 12, 0.9), 248),
    "headtorch-av": _glare(170, 96, 4, 1.5, 8, 10),
    # 292: a spotlight sweeping the stage; streamers thrown over the lens; flashbulbs popping.
    "spot-av": _grade("LUM+70*exp(-pow((X-20-12*(N-MID+10))/40,2)-pow((Y-100)/70,2))"
                      "*between(N,MID-10,MID+14)"),
    "serpentina-av": _ov("between(N,MID-6,MID+6)*lt(abs(Y-200+28*(N-MID+6)-0.004*pow(X-120,2)"
                         "-20*sin(X/20)),3)", 230),
    "flashbulb-av": _ov("+".join(f"eq(N,MID+({k}))*lt(hypot(X-{x},Y-{y}),5)"
                                 for x, y, k in ((70, 90, -9), (240, 80, 1), (120, 100, 8))),
                        255) + "," + _flash((-9, 1, 8), (0.14, 0.2, 0.12)),
    # 293: a donkey cart passing the lens; the samovar's steam; a truck's headlights coming into
    # the lens; dust blown over the lens.
    "arba-av": _pass(10, 30, 160, 100, 60, 56, 40, 120, 150),
    "samovar-av": _ov(_puff(90, 70, -1, -3, 3, 2, 20, 14, 0.5), 200),
    "fary-av": _glare(146, 100, 4, 1.5, 10, 10) + "," + _glare(174, 100, 4, 1.5, 10, 10),
    "pyl-av": _ov(_puff(260, 100, -6, -1, 8, 5, 8, 14, 0.92), 190, 116, 146),
}

# held-out-av (clips 288-293): new recipes again, written after held-out-au without running the
# detector on them: six more kinds of film, clips of about 20 to 23 s with 11 shots, mixing cuts
# between similar and different shots, to and from cards and intertitles, between dark shots, into
# and out of near-white shots, to closer and nearer framings, a tint change at a cut, camera and
# subject motion, things passing the lens, a lighthouse beam, floodlights, a lamp turned up, a lamp
# switched on, a stage wash switching colour, lightning, fireworks, flashbulbs, the sun's glare, a
# head torch and headlights into the lens, a flag and streamers over the lens, spindrift, steam,
# dust, rain, grain, flicker, gate weave, a scratch, bars of five ratios and none, titles, captions
# changing, subtitles and credits rolling, dissolves of 14 to 28 frames, two pixel dissolves,
# fades through black and white and fade outs and ins.
_DKA = "amber-av flick-av weave-av scratch-av grain1-av box133-av"
_DKB = "blue-av flick-av weave-av scratch-av grain1-av box133-av"
_DKR = "rose-av flick-av weave-av scratch-av grain1-av box133-av"
_KH = "khmer-av grain2-av box235-av"
_WI = "tv-av grain3-av"
_NP = "himal-av grain4-av box185-av"
_BR = "pb-av flick292-av grain5-av box137-av"
_UZ = "sov-av grain6-av box220-av"
HELD_OUT_AV = [
    ("fiskerens-datter", [
        S("titel-av", 34, 0, _DKA), "cut",
        S("klit-av", 66, 0, f"panr-av {_DKA}"), "cut",
        S("mellem-av", 40, 0, _DKA), "cut",
        S("fisker-av", 34, 0, _DKA), "cut",
        S("karen-av", 32, 0, _DKA), "cut",
        S("fisker-av", 44, 34, f"closer-av {_DKA}"), "fade:24",
        S("storm-av", 60, 0, f"lyn-av heave-av {_DKB}"), "cut",
        S("fyr-av", 56, 0, f"beam-av {_DKB}"), "fadeblack:20",
        S("stue-av", 60, 0, f"lampe-av {_DKA}"), "cut",
        S("daggry-av", 52, 0, f"maage-av {_DKR}"), "fadeio:18:14",
        S("slut-av", 40, 0, _DKA)]),
    ("romduol", [
        S("angkor-av", 70, 0, f"panl-av title289-av {_KH}"), "cut",
        S("apsara-av", 56, 0, _KH), "cut",
        S("sovann-av", 34, 0, f"sub-sovann-av {_KH}"), "cut",
        S("kanha-av", 32, 0, f"sub-kanha-av {_KH}"), "cut",
        S("kanha-av", 44, 32, f"closer-av {_KH}"), "fade:22",
        S("tonle-av", 60, 0, f"follow-av glint-av {_KH}"), "cut",
        S("fete-av", 60, 0, f"fireworks-av {_KH}"), "dissolve:14",
        S("orchestre-av", 56, 0, _KH), "cut",
        S("phum-av", 56, 0, f"ratteh-av {_KH}"), "fadeblack:18",
        S("couple-av", 50, 0, _KH), "fadeio:18:14",
        S("fin289-av", 40, 0, _KH)]),
    ("test-match", [
        S("ident290-av", 40, 0, _WI), "fade:16",
        S("oval-av", 56, 0, _WI), "cut",
        S("runup-av", 60, 0, f"bowl-av score1-av {_WI}"), "cut",
        S("lara-av", 34, 0, f"score2-av {_WI}"), "cut",
        S("harmison-av", 32, 0, f"score3-av {_WI}"), "cut",
        S("drive-av", 56, 0, f"whip-av {_WI}"), "cut",
        S("crowd-av", 56, 0, f"flag-av {_WI}"), "cut",
        S("replay-av", 56, 16, f"replaycap-av {_WI}"), "fadewhite:16",
        S("pitch-av", 56, 0, f"sun-av {_WI}"), "cut",
        S("flood-av", 56, 0, _WI), "fadeblack:18",
        S("credits290-av", 60, 0, _WI)]),
    ("salt-road", [
        S("himal-av", 66, 0, f"title291-av {_NP}"), "cut",
        S("caravan-av", 60, 0, f"hand-av yak-av {_NP}"), "cut",
        S("gompa-av", 56, 0, f"monk-av {_NP}"), "cut",
        S("dorje-av", 34, 0, f"sub-dorje-av {_NP}"), "cut",
        S("pema-av", 32, 0, f"sub-pema-av {_NP}"), "cut",
        S("dorje-av", 40, 34, f"closer-av {_NP}"), "fade:24",
        S("snow-av", 60, 0, f"spindrift-av {_NP}"), "cut",
        S("snow-av", 40, 60, f"near-av {_NP}"), "fadewhite:18",
        S("camp-av", 56, 0, f"headtorch-av {_NP}"), "dissolve:16",
        S("lake-av", 56, 0, _NP), "fadeio:16:12",
        S("credits291-av", 60, 0, _NP)]),
    ("carnaval-no-morro", [
        S("titulo-av", 34, 0, _BR), "cut",
        S("baia-av", 66, 0, _BR), "cut",
        S("palco-av", 56, 0, f"spot-av {_BR}"), "cut",
        S("zeca-av", 34, 0, f"sub-zeca-av {_BR}"), "cut",
        S("dalva-av", 32, 0, f"sub-dalva-av {_BR}"), "cut",
        S("dalva-av", 44, 32, f"closer-av {_BR}"), "fade:26",
        S("rua-av", 60, 0, f"mano-av serpentina-av {_BR}"), "cut",
        S("baile-av", 56, 0, f"flashbulb-av {_BR}"), "fadeblack:20",
        S("praia-av", 60, 0, _BR), "cut",
        S("praia-av", 40, 60, f"near-av {_BR}"), "fadeio:18:12",
        S("fim-av", 40, 0, _BR)]),
    ("beloye-zoloto", [
        S("registan-av", 70, 0, f"title293-av {_UZ}"), "cut",
        S("khlopok-av", 56, 0, f"tiltup-av {_UZ}"), "cut",
        S("bazaar-av", 60, 0, f"hand-av arba-av {_UZ}"), "cut",
        S("bobo-av", 34, 0, f"sub-bobo-av {_UZ}"), "cut",
        S("gulnara-av", 32, 0, f"sub-gulnara-av {_UZ}"), "cut",
        S("bobo-av", 44, 34, f"closer-av {_UZ}"), "fade:28",
        S("choyxona-av", 60, 0, f"samovar-av {_UZ}"), "cut",
        S("steppe-av", 56, 0, f"fary-av {_UZ}"), "fadewhite:20",
        S("mausoleum-av", 60, 0, _UZ), "cut",
        S("caravanserai-av", 56, 0, f"pyl-av {_UZ}"), "fadeio:16:14",
        S("credits293-av", 60, 0, _UZ)]),
]
