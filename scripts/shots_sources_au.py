"""Sources, effects and recipes of held-out-au (clips 282-287), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-281. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a river valley with
pine forests and riders far off under a title and a pan, a canoe paddled down a river with the sun
glinting on the water, a chief's face and a trapper's face before one painted forest with subtitles
and a closer framing of the chief's, a tipi camp at dusk with a campfire flickering and its smoke
blown over the lens, a forest at night with a rider's torch passing close across the lens, a red
gorge with horsemen galloping seen hand-held with three rifle shots, a waterfall under a tilt down
cut to a nearer framing of it with an eagle passing the lens, and a card reading ENDE (a 1960s East
German DEFA Indianerfilm in 2.35, saturated ORWO colour with grain); a broadcast's title with a
shine sweeping over it, the arena from high up with photographers' flashes, two wrestlers crouching
at the lines under a caption with salt thrown up over them, two wrestlers' faces before one dark
crowd, the charge with a crash zoom, the referee raising his fan, the charge again in slow motion
under a REPLAY caption, cushions thrown by the crowd, the winner in the ring with the caption
changing and credits rolling over the dimmed arena (a 1990s Japanese television sumo broadcast in
1.33, bright video colour under a caption); a skyline at dawn with storks flying under a title, a
painted minibus followed by a fast pan, a young man's face and a woman's face before one graffiti
wall with subtitles and a closer framing of his, a market seen hand-held with a motorbike passing
the lens, the minibus inside at night with its neon cycling and blinking, a street at night in the
rain with headlights coming into the lens, a tin-roofed slum at sunrise with washing blowing cut to
a nearer framing of it and credits rolling over black (a 2010s Kenyan film of Nairobi in 2.39, teal
and orange digital colour); a framed title card, a bombed street with a streetcar crossing close, a
tearoom whose hanging bulb swings, a man's face in a fedora and a woman's face before one tearoom
wall with subtitles and a closer framing of hers, a ferry poled across a misty river, an alley at
night in the rain with headlights sweeping the wall, a station with a locomotive's steam billowing
over the lens, a letter read by a guttering oil lamp and a card reading THE END (a 1950s South
Korean post-war melodrama in 1.37, black and white with flicker, gate weave, a scratch and grain);
a backwater with palms and a houseboat under a title, a toddy tapper climbing a palm under a tilt
up, a grandmother's face and a young man's face before one wooden wall with subtitles and a closer
framing of hers, a snake-boat race followed by a pan with the oars flashing, Chinese fishing nets
dipping at sunset, a temple at night whose lamp tower is lit tier by tier, monsoon rain on the
backwater with lightning cut to a nearer framing of it and a framed card reading SUBHAM (a 1980s
Malayalam film of the Kerala backwaters in 1.66, faded warm Eastmancolor with grain); a mudflat
with beached ships in the haze under a title, a hull with workers on ropes where a steel plate
falls past the lens, a cutting torch flaring with sparks in the dark, a young worker's face and a
foreman's face before one rusted wall with subtitles and a closer framing of the worker's, a line
of men hauling a cable seen by a running camera, a dormitory at night whose bulb fails in a power
cut while a phone's screen stays lit, a near-white sea at noon with a gull passing the lens, a boat
rowed on the evening tide and credits rolling over black (a 2000s Bangladeshi documentary of a
ship-breaking yard in 1.78 with no bars, pale hand-held digital video).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed, _pass
from shots_sources_ad import _card, _roll
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _fedora, _person
from shots_sources_ag import _any, _fade
from shots_sources_ak import _EDGE
from shots_sources_am import _bolt
from shots_sources_ao import FX_AO
from shots_sources_ar import _puff, _walker
from shots_sources_as import _glare
from shots_sources_at import _m, _rolling

# Rain streaks (added to the luma) of this set: a night street in Nairobi and a monsoon.
_MVUA = "34*gt(sin(X*3.7+floor((Y+26*N+0.4*X)/9)*2.3),0.94)"
_MONSOON = "40*gt(sin(X*2.9+floor((Y+30*N-0.5*X)/8)*3.1),0.9)"


def _ov(mask, lum, cb=None, cr=None):
    """shots_lavfi.overlay with the mask bracketed: a mask that is a sum of terms is multiplied
    as a whole."""
    return _overlay(f"({mask})", lum, cb, cr)


def _caption(rows):
    """A sumo broadcast's caption: a box with rows (text, row, from, to), each shown between
    frames MID+from and MID+to (from None: always; to None: until the end)."""
    out = ["drawbox=x=48:y=138:w=150:h=30:color=0x301040@0.85:t=fill"]
    for line, row, a, b in rows:
        when = "1" if a is None else (f"gte(n,MID+({a}))" if b is None
                                      else f"between(n,MID+({a}),MID+({b}))")
        out.append(f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=0xfff4d8:text='{line}'"
                   f":x=54:y={141 + 13 * row}:enable='{when}'")
    return ",".join(out)


def _rikishi(x, y, s, skin, belt):
    """Layers of a sumo wrestler crouching, head at (x, y) (expressions), scale s."""
    return [(f"lt(hypot((X-{x})/({4 * s}),(Y-{y}+{10 * s})/({3 * s})),1)", 20, 128, 128),
            (f"lt(hypot(X-{x},Y-{y}),{9 * s})", skin, 112, 150),
            (f"between(Y,{y}+{30 * s},{y}+{38 * s})*lt(abs(X-{x}),{24 * s})", *belt),
            (f"lt(hypot((X-{x})/({26 * s}),(Y-{y}-{24 * s})/({20 * s})),1)", skin - 10, 112, 150),
            (f"lt(abs(abs(X-{x})-{13 * s}),{6 * s})*between(Y,{y}+{36 * s},{y}+{58 * s})",
             skin - 20, 112, 150)]


# A 1960s East German DEFA Indianerfilm.
_REITER = [(f"(300-2.4*N+{o})", 92 + d) for o, d in ((0, 0), (34, 4), (70, -2))]
_KANU = "(40+1.1*N)"
_TIPIS = [(70, 96, 36), (150, 86, 46), (250, 100, 32)]
_FOREST = ("70+30*gt(sin(X/6+2*sin(Y/13)),0.6)-0.1*Y", 112, 122)

# A 1990s Japanese television sumo broadcast (the 4:3 picture lies between X = 40 and 280).
_CLAY = (170, 108, 142)
_CROWD = ("30+40*gt(sin(X*1.1+floor(Y/6)*2.3)*sin(Y*1.7),0.3)", "128+20*sin(X/5)", 140)
_SHIKIRI = ("lt(abs(abs(X-160)-14),1.5)*between(Y,140,150)", 240, 128, 128)


def _arena(flash=True):
    """The arena from high up: the hanging roof with its tassels, the ring and the crowd."""
    layers = [
        ("lt(hypot((X-104)/3,(Y-66)/7),1)", 60, 110, 100),
        ("lt(hypot((X-216)/3,(Y-66)/7),1)", 80, 100, 200),
        ("between(Y,46,58)*lt(abs(X-160),64)", 60, 170, 150),
        ("between(Y,18,46)*lt(abs(X-160),44+0.7*(Y-18))", "50+14*lt(mod(X,10),2)", 120, 140),
        ("lt(abs(hypot((X-160)/52,(Y-114)/12)-1),0.07)", 236, 128, 128),
        ("between(Y,98,128)*lt(abs(X-160),70+0.8*(Y-98))", *_CLAY),
        ("between(Y,128,142)*lt(abs(X-160),94+0.8*(Y-128))", 130, 112, 140),
        ("gt(Y,60)", *_CROWD)]
    return layers


def _tachiai(t):
    """The charge: two wrestlers rushing together at frame 24 of time t and pushing across."""
    xa = f"(110+2.2*min({t},22)+1.2*clip({t}-24,0,30))"
    xb = f"(210-2.2*min({t},22)+1.2*clip({t}-24,0,30))"
    ya = f"(86-10*clip(({t})/22,0,1))"
    return _paint([*_rikishi(xa, ya, 1.2, 190, (40, 160, 120)),
                   *_rikishi(xb, ya, 1.2, 176, (30, 120, 170)),
                   ("gt(Y,140)", *_CLAY),
                   _SHIKIRI,
                   ("between(Y,130,140)", 150, 112, 140)],
                  _CROWD)


_CUSHIONS = [(60, 150, 3.2, 9, 8), (120, 140, 1.5, 10, 12), (200, 150, -1.2, 11, 10),
             (250, 146, -3, 9, 16), (90, 150, 2.5, 12, 20), (170, 150, 0.6, 10, 22),
             (230, 150, -2.2, 11, 26), (140, 150, 1.9, 12, 30)]

# A 2010s Kenyan film of Nairobi.
_BLOCKS = [(20, 52, 70), (56, 84, 58), (90, 120, 78), (186, 214, 62), (220, 260, 44),
           (264, 300, 74)]
_MATATU = "(60+2.0*N)"
_GRAFFITI = ("120+40*gt(sin(X/9+2*sin(Y/11)),0.4)-20*gt(sin(X/3+Y/5),0.8)",
             "110+40*sin(X/30)", "160+30*cos(Y/20)")
_STALLS = [(10, 80, 170), (90, 160, 80), (170, 240, 200), (250, 320, 110)]
_SUN = "clip(N/80,0,1)"  # the sun rising over the roofs

# A 1950s South Korean post-war melodrama (drawn in greys).
_TRAM = "(-120+4*N)"
_BULB = "(160+22*sin(N*0.18))"
_WALL = ("110+14*gt(sin(X/8)*sin(Y/8),0.3)-0.2*Y", 128, 128)

# A 1980s Malayalam film of the Kerala backwaters.
_PALMS = [(30, 140, 40, 1), (84, 136, 26, -1), (250, 142, 36, -1), (296, 138, 20, 1)]
_BOAT = "(90+0.35*N)"  # the houseboat
_WOOD = ("90+20*lt(mod(X,16),2)+10*sin(Y/3)*sin(X/7)", 110, 150)
_VALLAM = "(60+2.2*N)"  # the snake boat
_TIERS = [(64, 14), (80, 18), (96, 22), (112, 26), (128, 30)]  # lamp tower: y, half-width

# A 2000s Bangladeshi documentary of a ship-breaking yard.
_HULLS = [(30, 100, 40), (130, 190, 26), (226, 300, 34)]  # x0, x1, top
_RUST = ("70+20*gt(sin(X/4+3*sin(Y/17)),0.6)+10*lt(mod(Y,24),2)", 120, 150)
_HAUL = [(40 + 26 * k, 0.9 * k) for k in range(9)]


def _palm(x, base, h, lean, sway="0"):
    """A mask of a coconut palm: a trunk leaning from (x, base) up h pixels, and its crown."""
    top = f"({x}+{lean}*{h}*0.4+{sway})"
    trunk = (f"lt(abs(X-{x}-{lean}*0.4*pow(({base}-Y)/{h},2)*{h}-{sway}*({base}-Y)/{h}),2.2)"
             f"*between(Y,{base}-{h},{base})")
    crown = (f"lt(hypot((X-{top})/30,(Y-{base}+{h})/12),1)"
             f"*gt(abs(sin(atan2(Y-{base}+{h},X-{top})*6)),0.45)")
    return f"({trunk})+({crown})"


LAVFI_AU = {
    # A 1960s East German DEFA Indianerfilm.
    "tal-au": _paint([
        (_any(_m(_walker(f"({x}+0.3*N)", 102, 0.35, 0)) for x in (70, 82, 96)), 30, 120, 140),
        ("gt(Y,116)*lt(abs(X-170-40*sin(Y/14)),10+0.9*(Y-116))",
         "150+40*gt(sin(X*1.3+Y*2.1+N*0.4),0.85)", 150, 116),
        ("gt(Y,112)", "110+12*sin(X/3)*sin(Y/2)", 86, 122),
        ("gt(Y,70+3.2*abs(mod(X,14)-7)-6*sin(X/37))*lt(Y,116)", "46+8*sin(X/2)", 116, 116),
        ("gt(Y,40+22*abs(sin(X/61+0.4))+5*sin(X/17))", 150, 142, 118)],
        ("206-0.5*Y", 160, 110)),
    "kanu-au": _paint([
        (_any(f"lt(abs(X-{_KANU}-{o}-6*sin(N*0.5)+0.4*(Y-100)),1.4)*between(Y,94,118)"
              for o in (24, 58)), 96, 120, 140),
        (f"lt(hypot((X-{_KANU}-38)/42,(Y-106)/6),1)*gt(Y,104)", 80, 110, 156),
        (_any(_m(_walker(f"({_KANU}+{o})", 86, 0.7, 0)) for o in (18, 52)), 60, 110, 160),
        ("gt(Y,108)*gt(sin(X*1.9+N*0.7)*sin(Y*3.1-N*0.5),0.93)", 245, 126, 132),
        ("gt(Y,104)", "70+20*sin(Y*0.9+N*0.3)+0.5*(Y-104)", 140, 110),
        ("gt(Y,50+10*sin(X/23)+6*abs(sin(X/5)))", "56+10*gt(sin(X/3)*sin(Y/4),0.4)", 110, 112)],
        ("200-0.6*Y", 150, 112)),
    "haeuptling-au": _person(150, 100, (28, 128, 128), True, 150, (120, 100, 156), _FOREST, top=[
        ("lt(abs(X-172-0.3*(62-Y)),2.5)*between(Y,30,62)", 232, 128, 128),
        ("lt(abs(Y-76),2.5)*lt(hypot((X-150)/33,(Y-76)/40),1)", 80, 100, 196),
        ("lt(abs(Y-106),1.2)*between(abs(X-150),14,22)", 210, 128, 128)]),
    "trapper-au": _person(180, 96, (110, 112, 148), False, 196, (80, 118, 140), _FOREST, top=[
        ("lt(hypot((X-180)/36,(Y-62)/16),1)*lt(Y,68)", "70+24*gt(sin(X*1.7)*sin(Y*2.3),0.3)",
         120, 140),
        ("lt(hypot((X-180)/24,(Y-124)/14),1)*gt(Y,114)", 86, 118, 142)]),
    "lager-au": _paint([
        ("lt(hypot((X-200)/8,(Y-126-4*sin(N*1.7))/12),1)*lt(Y,134)", "226+20*sin(N*2.3+Y)", 80,
         190),
        (_any(f"lt(hypot(X-{x},Y-116),4)+between(Y,120,136)*lt(abs(X-{x}),6)" for x in (176, 226)),
         18, 128, 132),
        (_any(f"lt(abs(abs(X-{x})-0.3*({y}-Y)),0.8)*between(Y,{y}-10,{y})" for x, y, _ in _TIPIS),
         40, 120, 140),
        (_any(f"between(Y,{y},140)*lt(abs(X-{x}),{w / (140 - y):.3f}*(Y-{y}))"
              for x, y, w in _TIPIS),
         "150-50*lt(abs(mod(Y,14)-7),2)", 112, 150),
        ("gt(Y,136)", 40, 120, 140),
        ("gt(Y,60+20*abs(sin(X/9)))", 20, 128, 132)],
        ("90-0.4*Y+40*exp(-Y/30)", 120, 170), mul="(1+0.08*sin(N*2.9)*sin(N*1.3))",
        add="50*exp(-hypot(X-200,Y-126)/30)*(1+0.2*sin(N*3.1))"),
    "nacht-au": _paint([
        (_any(f"lt(abs(X-{x}-0.02*Y*{s}),{w})" for x, w, s in ((20, 8, 1), (90, 5, -1),
                                                              (170, 10, 0.5), (240, 6, -0.6),
                                                              (300, 7, 1))), 10, 128, 128),
        ("gt(Y,140+4*sin(X/11))", 14, 124, 132),
        ("lt(hypot(X-250,Y-30),9)", 200, 140, 120)],
        ("30-0.1*Y", 150, 116), add="30*exp(-hypot(X-250,Y-30)/25)"),
    "schlucht-au": _paint([
        (_any(_m(_walker(x, y, 0.8, 0)) for x, y in _REITER), 40, 120, 140),
        (_any(f"lt(hypot((X-{x})/13,(Y-{y}-26)/6),1)+lt(abs(abs(X-{x})-8),1.5)"
              f"*between(Y,{y}+30,{y}+40)" for x, y in _REITER), 60, 115, 150),
        ("gt(Y,124)", "150+10*sin(X/4)*sin(Y/3)", 100, 160),
        ("lt(X,80+20*sin(Y/17))+gt(X,260-16*sin(Y/13))", "120-30*gt(sin(Y/4+X/30),0.6)", 96,
         170)],
        ("220-0.6*Y", 150, 110)),
    "wasserfall-au": _paint([
        ("lt(abs(X-160-4*sin(Y/30)),26+0.1*Y)*between(Y,20,150)",
         "200+40*gt(sin(Y/3-N*1.4+3*sin(X/5)),0.3)", 130, 124),
        ("gt(Y,144)", "90+40*gt(sin(X/6+N*0.3)*sin(Y/2),0.5)", 140, 112),
        ("lt(Y,30)+lt(X,130)+gt(X,190)",
         "70+20*gt(sin(X/7+Y/9),0.5)+30*gt(sin(X/3)*sin(Y/4),0.7)", 110, 120)],
        ("100", 110, 120), add="40*exp(-pow((Y-146)/10,2))*exp(-pow((X-160)/60,2))"),
    "ende-au": _card(["ENDE"], 40, 66, 0, "0xf0e0c0", SERIF, bg="0x200808"),
    # A 1990s Japanese television sumo broadcast.
    "ident-au": _paint([], ("36+0.3*Y", 150, 150), add="60*exp(-pow((X+0.5*Y-8*N+40)/12,2))")
        + f",drawtext=fontfile={SERIF}:fontsize=26:fontcolor=0xf4e0a0:text='GRAND SUMO'"
          ":x=(w-tw)/2:y=58"
        + f",drawtext=fontfile={FONT}:fontsize=12:fontcolor=0xf4f4f4:text='AUTUMN TOURNAMENT"
          "   DAY 13':x=(w-tw)/2:y=98",
    "arena-au": _paint(_arena(), ("14", 128, 132), add="50*exp(-hypot((X-160)/80,(Y-110)/24))"),
    "shikiri-au": _paint([
        *_rikishi("(112+2*sin(N*0.3))", 88, 1.2, 190, (40, 160, 120)),
        *_rikishi("(208-2*sin(N*0.3+1))", 90, 1.2, 176, (30, 120, 170)),
        ("lt(hypot((X-48)/6,(Y-60)/12),1)", 220, 100, 120),
        ("gt(Y,140)", *_CLAY),
        _SHIKIRI,
        ("between(Y,130,140)", 150, 112, 140)],
        _CROWD),
    "rikishi1-au": _person(150, 100, (20, 128, 128), False, 190, (180, 112, 150),
                           ("24+10*sin(X/7)*sin(Y/9)", 128, 136), top=[
        ("lt(hypot((X-150)/7,(Y-58)/5),1)", 20, 128, 128)]),
    "rikishi2-au": _person(182, 96, (24, 128, 128), False, 170, (162, 112, 150),
                           ("24+10*sin(X/7)*sin(Y/9)", 128, 136), top=[
        ("lt(hypot((X-182)/7,(Y-54)/5),1)", 24, 128, 128),
        ("lt(abs(abs(X-182)-12),6)*lt(abs(Y-86),1.5)", 24, 128, 128)]),
    "tachiai-au": _tachiai("N"),
    "replay-au": _tachiai("(0.5*N)"),
    "gyoji-au": _paint([
        ("lt(hypot((X-190)/10,(Y-(70-0.9*clip(N-12,0,30)))/14),1)", 220, 90, 150),
        ("lt(abs(X-180-0.3*(Y-(70-0.9*clip(N-12,0,30)))),2)"
         "*between(Y,70-0.9*clip(N-12,0,30),100)", 30, 128, 128),
        ("lt(hypot((X-150)/8,(Y-34)/12),1)*lt(Y,36)", 16, 128, 128),
        ("lt(hypot(X-150,Y-46),9)", 200, 112, 150),
        ("between(Y,54,170)*lt(abs(X-150),18+0.3*(Y-54))",
         "120+60*gt(sin(X/4+Y/5),0.5)", 160, 100),
        ("gt(Y,150)", *_CLAY)],
        _CROWD),
    "zabuton-au": _paint([
        (_any(f"between(N,{t},{t}+34)*lt(abs(X-{x}-{vx}*(N-{t})),7)"
              f"*lt(abs(Y-{y}+{vy}*(N-{t})-0.3*pow(N-{t},2)),4)" for x, y, vx, vy, t in _CUSHIONS),
         150, 150, 190),
        (_any(_m(_walker(f"({x}+3*sin(N*0.7+{x}))", "(100+2*sin(N*0.9+{x}))".format(x=x), 1.2, 0))
              for x in range(50, 290, 28)), "60+60*gt(sin(X/3),0.3)", 128, 140),
        ("gt(Y,110)", *_CROWD[:1], 128, 140)],
        ("20", 128, 132)),
    "yusho-au": _paint([
        *_rikishi(120, 80, 1.3, 190, (40, 160, 120)),
        ("lt(hypot((X-200)/8,(Y-50)/12),1)*lt(Y,52)", 16, 128, 128),
        ("lt(hypot(X-200,Y-62),9)", 200, 112, 150),
        ("between(Y,70,150)*lt(abs(X-200),18+0.3*(Y-70))", "120+60*gt(sin(X/4+Y/5),0.5)", 160,
         100),
        ("gt(Y,140)", *_CLAY),
        ("between(Y,130,140)", 150, 112, 140)],
        _CROWD),
    "abspann-au": _rolling(_paint(_arena(), ("10", 128, 132), mul="0.4"),
                           ["PRODUCER", "KENJI MORITA", "", "COMMENTARY", "HIROSHI SAEKI", "",
                            "SUMO DIGEST 1994"], 12, 18, 1.5, "0xfff4d8"),
    # A 2010s Kenyan film of Nairobi.
    "skyline-au": _paint([
        (_any(f"lt(abs(Y-{y}+0.15*N-0.5*abs(X-{x}-0.7*N)),0.9)*lt(abs(X-{x}-0.7*N),5)"
              for x, y in ((60, 30), (84, 36), (110, 26))), 30, 128, 128),
        (_any(f"between(X,{a},{b})*gt(Y,{t})" for a, b, t in _BLOCKS)
         + "*lt(mod(X,5),2)*lt(mod(Y,6),2)*gt(sin(X*0.7+Y*1.3),0.3)", 200, 90, 160),
        ("lt(hypot((X-160)/17,(Y-48)/3),1)+between(X,152,168)*gt(Y,48)"
         "+lt(abs(X-160),0.8)*between(Y,30,46)", 34, 128, 132),
        (_any(f"between(X,{a},{b})*gt(Y,{t})" for a, b, t in _BLOCKS), 36, 128, 132),
        ("gt(Y,118+4*sin(X/20))", 30, 126, 134)],
        ("150-0.6*Y", 110, 170), add="50*exp(-pow((Y-104)/12,2))+80*exp(-hypot(X-250,Y-96)/30)"),
    "matatu-au": _paint([
        (_any(f"lt(hypot(X-{_MATATU}-{o},Y-128),9)" for o in (20, 90)), 16, 128, 128),
        (f"between(X,{_MATATU}+6,{_MATATU}+104)*between(Y,86,100)", 40, 150, 110),
        (f"between(X,{_MATATU},{_MATATU}+110)*between(Y,80,128)",
         "130+60*gt(sin(X/5+Y/9),0.5)", "90+60*gt(sin(X/11),0)", 200),
        ("gt(Y,126)", "70+6*sin(X/3)", 128, 130),
        (_any(f"between(X,{a},{b})*between(Y,40,120)" for a, b in ((0, 60), (120, 200),
                                                                   (260, 320))),
         "150+50*gt(sin(X/6)*sin(Y/7),0.2)", "90+50*sin(X/40)", "160+40*cos(X/30)"),
        ("lt(Y,40)", 180, 140, 130)],
        ("150-0.3*Y", 120, 150)),
    "juma-au": _person(140, 100, (20, 128, 128), False, 104, (70, 150, 100), _GRAFFITI, top=[
        ("lt(hypot((X-140)/34,(Y-68)/18),1)*lt(Y,70)+between(X,140,188)*between(Y,64,70)", 60,
         100, 190)]),
    "wanjiku-au": _person(182, 96, (20, 128, 128), True, 112, (140, 90, 190), _GRAFFITI, top=[
        ("lt(hypot((X-182)/38,(Y-60)/24),1)*lt(Y,72)", "150+40*gt(sin(X/3+Y/4),0.2)", 80, 190),
        ("lt(hypot(X-196,Y-108),1.6)", 230, 100, 160)]),
    "soko-au": _paint([
        (_any(_m(_walker(f"({x}+{v}*N)", 72, 1.3, 0)) for x, v in ((40, 0.4), (120, -0.3),
                                                                  (190, 0.2), (270, -0.4))),
         "60+40*gt(sin(X/5),0.2)", "110+40*sin(X/13)", "150+40*cos(X/9)"),
        (_any(f"between(X,{a},{b})*between(Y,96,120)" for a, b, _ in _STALLS),
         "120+60*gt(sin(X*1.3)*sin(Y*1.7),0.2)", "100+50*sin(X/7)", "170+30*sin(Y/5)"),
        (_any(f"between(X,{a},{b})*between(Y,20,40+6*sin((X-{a})/10))" for a, b, _ in _STALLS),
         "120+40*gt(mod(X,12),6)", 100, 200),
        ("gt(Y,120)", "100+10*sin(X/3)*sin(Y/2)", 110, 150)],
        ("170-0.3*Y", 130, 140)),
    "ndani-au": _paint([
        (_any(f"lt(hypot(X-{x},Y-96),11)+between(Y,104,150)*lt(abs(X-{x}),16)"
              for x in (60, 130, 200, 270)), 10, 128, 128),
        ("between(Y,10,16)*between(X,20,300)", "160+60*gt(sin(X/6-N*0.8),0)",
         "128+90*sin(N*0.21+X/60)", "128+90*cos(N*0.21)"),
        ("between(X,140,180)*between(Y,30,52)", "60+80*gt(sin(N*1.7+Y),0.2)", 170, 110),
        ("between(Y,100,160)", "30+10*lt(mod(X,36),3)", 128, 150)],
        ("22", 130, 140), add="40*exp(-pow((Y-14)/20,2))"),
    "mvua-au": _paint([
        (_any(f"lt(hypot(X-{x},Y-40),3)" for x in (40, 120, 250)), 240, 110, 160),
        (_any(f"lt(abs(X-{x}),1.2)*between(Y,40,130)" for x in (40, 120, 250)), 30, 128, 128),
        ("gt(Y,124)", "30+40*gt(sin(Y*0.8+X*0.05),0.7)*exp(-pow((X-120)/30,2))"
         "+20*gt(sin(Y*1.1),0.8)*exp(-pow((X-250)/20,2))", 126, 140),
        (_any(f"between(X,{a},{b})*gt(Y,{t})" for a, b, t in _BLOCKS), 20, 128, 132)],
        ("18", 134, 126), add=_MVUA + "+30*exp(-hypot(X-120,Y-40)/20)"),
    "paa-au": _paint([
        (_any(f"lt(abs(Y-{y}-4*sin(X/12)-2*sin(N*0.6+X/8)),3)*between(X,{a},{b})"
              f"*gt(sin(X/4+{a}),-0.2)" for y, a, b in ((104, 40, 140), (96, 190, 300))),
         "160+60*gt(sin(X/6),0)", "100+60*sin(X/9)", "150+60*cos(X/7)"),
        (_any(f"lt(abs(Y-{y}-0.004*pow(X-{(a + b) // 2},2)),0.7)*between(X,{a},{b})"
              for y, a, b in ((98, 40, 140), (90, 190, 300))), 40, 128, 128),
        ("gt(Y,110+6*sin(X/30))", "100+30*gt(mod(X-0.3*Y,10),5)+10*sin(Y/3)", 126, 146),
        ("lt(hypot(X-220,Y-80+0.5*N),10)", 250, 90, 170),
        (_any(f"between(X,{a},{b})*gt(Y,{t}+30)" for a, b, t in _BLOCKS), 60, 128, 140)],
        (f"(60+120*{_SUN})-0.3*Y", 116, 160),
        add=f"70*exp(-hypot(X-220,Y-80+0.5*N)/30)*{_SUN}"),
    "credits284-au": _roll(["DIRECTED BY", "WAMBUI KARIUKI", "", "CAMERA", "OTIENO ODHIAMBO", "",
                         "NAIROBI 2014"], 12, 18, 1.5, "0xf0f0f0"),
    # A 1950s South Korean post-war melodrama.
    "title-au": _framed(["NARU", "THE FERRY"], 30, 54, 44, "0xf0f0f0", SERIF, "0x141414",
                        "0xc8c8c8"),
    "ruins-au": _paint([
        (f"between(X,{_TRAM},{_TRAM}+110)*between(Y,84,96)*lt(mod(X-{_TRAM},14),9)", 210, 128,
         128),
        (f"between(X,{_TRAM},{_TRAM}+110)*between(Y,76,126)", "90+10*lt(mod(Y,8),1)", 128, 128),
        (f"lt(abs(X-{_TRAM}-55),1)*between(Y,40,76)", 30, 128, 128),
        (_any(_m(_walker(f"({x}+{v}*N)", 96, 1.0, 0)) for x, v in ((60, 0.3), (250, -0.2))),
         50, 128, 128),
        ("lt(abs(Y-40),0.8)", 40, 128, 128),
        ("gt(Y,124)", "120+20*gt(sin(X/2.3)*sin(Y/1.9),0.5)", 128, 128),
        ("(lt(X,90)+gt(X,230))*gt(Y,30+20*abs(sin(X/13))+10*sin(X/4))"
         "*(1-lt(abs(mod(X,26)-13),5)*lt(abs(mod(Y,22)-11),6))", "110-10*lt(mod(Y,9),1)", 128,
         128)],
        ("200-0.3*Y", 128, 128),
        add="30*exp(-pow((X-40-4*sin(Y/9+N*0.1))/12,2))*lt(Y,60)"),
    "dabang-au": _paint([
        (f"lt(hypot(X-{_BULB},Y-40-0.1*abs(X-160)),4)", 250, 128, 128),
        (f"lt(abs(X-160-({_BULB}-160)*Y/40),0.8)*lt(Y,38)", 30, 128, 128),
        ("lt(hypot((X-250)/16,(Y-96)/10),1)*gt(X,240)+between(X,230,260)*between(Y,100,120)",
         40, 128, 128),
        (_any(f"lt(hypot((X-{x})/30,(Y-130)/6),1)+lt(abs(X-{x}),3)*between(Y,130,170)"
              for x in (80, 190)), 70, 128, 128),
        ("between(X,40,110)*between(Y,20,90)", "220-60*lt(abs(mod(X-40,35)-17),2)"
         "-60*lt(abs(mod(Y-20,35)-17),2)", 128, 128),
        ("gt(Y,140)", 60, 128, 128)],
        _WALL, add=f"70*exp(-hypot(X-{_BULB},Y-44)/40)"),
    "hyeonsu-au": _person(140, 100, (20, 128, 128), False, 170, (50, 128, 128), _WALL, top=[
        *_fedora(140, 100, 40, 20),
        ("lt(abs(X-140),3)*between(Y,146,170)", 150, 128, 128)]),
    "sunhee-au": _person(182, 96, (16, 128, 128), True, 200, (220, 128, 128), _WALL, top=[
        ("lt(abs(X-168-0.5*(Y-146)),2)*between(Y,146,176)", 60, 128, 128),
        ("lt(hypot((X-182)/14,(Y-146)/4),1)", 80, 128, 128)]),
    "ferry-au": _paint([
        ("lt(abs(X-150-0.45*(Y-60)-0.3*N),1)*between(Y,58,118)", 30, 128, 128),
        (_m(_walker("(140+0.3*N)", 80, 1.0, 0)), 30, 128, 128),
        ("between(X,80+0.3*N,220+0.3*N)*between(Y,108,114)", 50, 128, 128),
        ("gt(Y,150)*gt(sin(X*0.9+2*sin(Y/5+N*0.2)),0.6)", 40, 128, 128),
        ("gt(Y,100)", "150+20*gt(sin(X/9+Y*1.3+N*0.3),0.8)", 128, 128),
        ("gt(Y,60+18*abs(sin(X/50+1)))", 160, 128, 128)],
        ("210-0.2*Y", 128, 128), add="30*exp(-pow((Y-96-4*sin(X/30+N*0.05))/12,2))"),
    "alley-au": _paint([
        ("lt(hypot((X-230)/8,(Y-50)/12),1)", 200, 128, 128),
        (_m(_walker("(150-0.2*N)", 84, 1.2, 0)), 12, 128, 128),
        ("lt(hypot((X-150+0.2*N)/22,(Y-82)/8),1)*lt(Y,82)", 16, 128, 128),
        ("gt(Y,130)", "30+20*gt(sin(X/4)*sin(Y/3),0.6)", 128, 128),
        ("lt(X,100-0.3*Y)+gt(X,210+0.3*Y)", "40+10*lt(mod(Y,12),1)", 128, 128)],
        ("16", 128, 128), add=_MVUA.replace("3.7", "4.1") + "+40*exp(-hypot(X-230,Y-50)/20)"),
    "station-au": _paint([
        ("between(X,40,200)*between(Y,70,124)*(1-lt(abs(mod(X-40,40)-20),10)"
         "*between(Y,78,96))", "40+10*lt(mod(Y,7),1)", 128, 128),
        ("lt(hypot(X-60,Y-104),14)+lt(hypot(X-110,Y-104),14)+lt(hypot(X-160,Y-104),14)", 20,
         128, 128),
        ("between(X,60,80)*between(Y,46,70)", 30, 128, 128),
        (_any(_m(_walker(x, 92, 1.1, 0)) for x in (230, 262)), 30, 128, 128),
        ("gt(Y,128)", 100, 128, 128),
        ("lt(Y,30)", "60+10*lt(mod(X,20),2)", 128, 128)],
        ("170-0.2*Y", 128, 128), add="40*exp(-hypot((X-70-0.4*N)/20,(Y-40+0.5*N)/14))"),
    "letter-au": _paint([
        ("lt(hypot((X-250)/5,(Y-54-2*sin(N*1.9))/10),1)", 250, 128, 128),
        ("between(X,240,260)*between(Y,64,110)", 80, 128, 128),
        ("lt(mod(Y-70,9),1)*between(Y,70,140)*between(X,96,196)*gt(sin(X*0.8+Y),-0.4)", 60, 128,
         128),
        ("between(X,90,200)*between(Y,60,150)", 200, 128, 128),
        (_any(f"lt(hypot((X-{x})/18,(Y-150)/26),1)" for x in (90, 200)), 150, 128, 128)],
        ("20", 128, 128), mul="(1+0.07*sin(N*2.5)*sin(N*1.1))",
        add="80*exp(-hypot(X-250,Y-60)/40)"),
    "fin-au": _card(["THE END"], 30, 70, 0, "0xf0f0f0", SERIF),
    # A 1980s Malayalam film of the Kerala backwaters.
    "kayal-au": _paint([
        (_any(_palm(x, b, h, s, "2*sin(N*0.2+{})".format(x)) for x, b, h, s in _PALMS), 40, 116,
         120),
        (f"lt(hypot((X-{_BOAT})/40,(Y-102)/12),1)*lt(Y,106)*gt(Y,94)",
         "150+20*gt(sin(X*1.5),0.5)", 100, 160),
        (f"lt(hypot((X-{_BOAT})/52,(Y-110)/6),1)*gt(Y,106)", 40, 120, 150),
        ("gt(Y,110)", "120+20*sin(Y*0.9+N*0.2)+0.3*(Y-110)", 140, 118),
        ("gt(Y,88+4*sin(X/17))", "60+10*gt(sin(X/3),0.3)", 110, 116)],
        ("210-0.6*Y", 150, 120), add="30*exp(-pow((Y-120)/6,2))*gt(sin(X/4+N*0.3),0.6)"),
    "thengu-au": _paint([
        (_m(_walker(166, "(130-0.9*N)", 1.0, 0)), 40, 120, 150),
        ("lt(hypot(X-172,Y-140+0.9*N),4)", 110, 100, 160),
        ("lt(hypot((X-160)/34,(Y-18)/14),1)*gt(abs(sin(atan2(Y-18,X-160)*6+0.05*N)),0.45)",
         60, 110, 116),
        ("lt(abs(X-160-2*sin(Y/30)),6)*gt(Y,24)", "90+20*lt(mod(Y,8),2)", 118, 140),
        ("gt(Y,160)", 80, 110, 120)],
        ("210-0.4*Y", 156, 112)),
    "amma-au": _person(140, 100, (200, 128, 128), False, 130, (226, 128, 130), _WOOD, top=[
        ("lt(abs(Y-82),1.2)*lt(abs(X-140),8)", 220, 110, 150),
        ("lt(hypot(abs(X-140)-30,Y-110),2.2)", 200, 80, 160)]),
    "ravi-au": _person(182, 96, (20, 128, 128), False, 140, (200, 116, 140), _WOOD, top=[
        ("lt(hypot((X-182)/12,(Y-112)/2.5),1)", 20, 128, 128)]),
    "vallam-au": _paint([
        (f"lt(abs(X-{_VALLAM}-mod(X-{_VALLAM},8)+4-8*sin(N*1.2+X/16)*(Y-96)/20),1)"
         f"*between(Y,96,116)*between(X,{_VALLAM},{_VALLAM}+200)", 200, 118, 150),
        (f"between(X,{_VALLAM},{_VALLAM}+200)*lt(mod(X-{_VALLAM},8),4)"
         f"*lt(hypot(mod(X-{_VALLAM},8)-2,Y-88),4)", 40, 110, 150),
        (f"between(X,{_VALLAM}-20,{_VALLAM}+230)*between(Y,96,104)"
         f"+lt(abs(X-{_VALLAM}-222-0.5*(96-Y)),3)*between(Y,60,100)", 20, 128, 132),
        (f"gt(Y,104)*between(X,{_VALLAM},{_VALLAM}+200)*gt(sin(X*1.3-N*2)*sin(Y*2.1),0.6)",
         240, 126, 130),
        ("gt(Y,96)", "90+20*sin(Y*0.8+N*0.4)", 140, 116),
        ("gt(Y,40)", "80+60*gt(sin(X*1.3+floor(Y/5)*2.1)*sin(Y*1.9),0.3)", "100+40*sin(X/3)",
         "150+30*sin(X/4)")],
        ("200-0.5*Y", 150, 118)),
    "cheena-au": _paint([
        ("lt(abs(abs(X-160)-0.9*(Y-40-20*sin(N*0.1))),1.4)*between(Y,40,110)", 14, 128, 132),
        ("lt(abs(mod(X-100,12)),1)*between(X,100,220)*between(Y,110-20*sin(N*0.1),"
         "126-20*sin(N*0.1))+lt(abs(mod(Y,6)),0.8)*between(X,100,220)*between(Y,110-20*sin(N*0.1),"
         "126-20*sin(N*0.1))", 20, 128, 132),
        ("lt(abs(X-70-0.3*(Y-60)),2)*between(Y,40,130)", 14, 128, 132),
        ("lt(hypot(X-250,Y-90),14)", 250, 90, 180),
        ("gt(Y,118)", "80+60*exp(-abs(X-250)/16)*gt(sin(Y*1.7+N*0.2),0)", 100, 170)],
        ("120-0.4*Y+60*exp(-hypot(X-250,Y-90)/50)", 90, 180)),
    "ambalam-au": _paint([
        (_any(f"lt(hypot(X-160-{d},Y-{y}+3),1.6)*gt(N,{8 + 6 * k})"
              for k, (y, w) in enumerate(_TIERS) for d in range(-w, w + 1, 6)), 250, 80, 180),
        (_any(f"lt(abs(Y-{y}),2)*lt(abs(X-160),{w})" for y, w in _TIERS), 70, 110, 150),
        ("lt(abs(X-160),4)*between(Y,50,150)", 60, 110, 150),
        ("between(Y,30,80)*lt(abs(X-260),40-0.8*(Y-30))+between(Y,80,150)*lt(abs(X-260),30)",
         24, 120, 140),
        ("between(Y,40,90)*lt(abs(X-56),44-0.8*(Y-40))+between(Y,90,150)*lt(abs(X-56),34)",
         24, 120, 140),
        ("gt(Y,150)", 20, 124, 134)],
        ("12", 136, 126),
        add="+".join(f"40*exp(-abs(Y-{y})/8)*exp(-abs(X-160)/{w + 10})*gt(N,{8 + 6 * k})"
                     for k, (y, w) in enumerate(_TIERS))),
    "mazha-au": _paint([
        (_any(_palm(x, b, h, s, "8*sin(N*0.4+{})".format(x)) for x, b, h, s in _PALMS), 30, 120,
         124),
        ("gt(Y,110)", "70+20*gt(sin(X*2.1+Y*1.7+N*0.9),0.7)", 136, 120),
        ("gt(Y,92+4*sin(X/17))", 50, 116, 120)],
        ("110-0.2*Y", 136, 122), add=_MONSOON),
    "subham-au": _framed(["SUBHAM"], 32, 70, 0, "0xf0e0a0", SERIF, "0x301010", "0xc0a060"),
    # A 2000s Bangladeshi documentary of a ship-breaking yard.
    "beach-au": _paint([
        (_any(_m(_walker(f"({x}+0.2*N)", 118, 0.4, 0)) for x in (110, 118, 200)), 50, 128, 130),
        (_any(f"between(X,{a},{b})*between(Y,{t}+16,{t}+24)*lt(mod(X,9),5)" for a, b, t in _HULLS),
         "90+40*gt(sin(X),0)", 120, 150),
        (_any(f"between(X,{a},{b})*gt(Y,{t}+0.3*abs(X-{(a + b) // 2}))*lt(Y,124)"
              for a, b, t in _HULLS), "70+20*gt(sin(X/4+Y/7),0.5)", 124, 146),
        ("gt(Y,124)", "140+40*gt(sin(Y*1.7+X*0.02),0.6)-0.3*(Y-124)", 128, 134)],
        ("220-0.3*Y", 130, 130), add="30*exp(-pow((Y-118)/16,2))"),
    "hull-au": _paint([
        (_any(_m(_walker(f"({x}+2*sin(N*0.2+{x}))", f"({y}+0.2*N)", 1.0, 0))
              for x, y in ((90, 50), (230, 70))), 40, 120, 150),
        (_any(f"lt(abs(X-{x}),0.7)*lt(Y,{y})" for x, y in ((90, 50), (230, 70))), 30, 128, 128),
        ("lt(hypot(mod(X,20)-10,mod(Y,20)-10),1.5)", 50, 124, 140),
        ("gt(sin(X/7)*sin(Y/30),0.7)", "110-30*gt(sin(Y*0.5+X/9),0.7)", 110, 160)],
        _RUST),
    "torch-au": _paint([
        ("gt(Y,100)*gt(sin(X*3.1+N*5)*sin(Y*2.7-N*9),0.9)*lt(hypot((X-170)/40,(Y-124)/40),1)",
         240, 80, 180),
        ("lt(hypot(X-168,Y-96),3)", 252, 128, 128),
        (_m(_walker(140, 60, 1.5, 0)), 14, 128, 132),
        ("lt(abs(Y-100),3)*between(X,150,168)", 30, 128, 132)],
        ("16+6*sin(X/5)*sin(Y/7)", 124, 140), mul="(1+0.25*abs(sin(N*2.3)*sin(N*0.7+1)))",
        add="120*exp(-hypot(X-168,Y-96)/(6+4*abs(sin(N*2.1))))"),
    "rahim-au": _person(140, 100, (20, 128, 128), False, 116, (90, 128, 150), _RUST, top=[
        ("lt(abs(Y-74),4)*lt(hypot((X-140)/33,(Y-76)/40),1)", "110+60*gt(sin(X)*sin(Y),0)", 150,
         100)]),
    "sardar-au": _person(182, 96, (60, 128, 128), False, 130, (210, 128, 128), _RUST, top=[
        ("lt(hypot((X-182)/26,(Y-124)/16),1)*gt(Y,112)", 170, 128, 128),
        ("lt(hypot((X-182)/36,(Y-64)/18),1)*lt(Y,70)", 200, 40, 150)]),
    "cable-au": _paint([
        (_any(_m(_walker(f"({x}+0.8*N)", f"(84+3*abs(sin(N*0.4+{p})))", 1.3, 0))
              for x, p in _HAUL), 50, 124, 146),
        ("lt(abs(Y-112-0.06*(X-160)),2.2)", 30, 128, 128),
        ("gt(X,250-0.3*Y)*lt(Y,130)", "60+20*gt(sin(Y/3),0.6)", 120, 150),
        ("gt(Y,126)", "120+30*gt(sin(Y*1.3+X*0.05),0.6)", 126, 136)],
        ("200-0.4*Y", 132, 130)),
    "shed-au": _paint([
        ("lt(hypot(X-210,Y-118),4)", 250, 150, 110),
        ("lt(hypot(X-210,Y-104),9)", 60, 120, 140),
        ("lt(hypot(X-160,Y-30),3)", 250, 110, 150),
        (_any(f"lt(abs(Y-{y}),3)*between(X,30,290)" for y in (70, 130)), 60, 124, 140),
        (_any(f"lt(abs(X-{x}),3)*between(Y,50,160)" for x in (30, 290)), 50, 124, 140),
        ("gt(Y,160)", 40, 124, 136)],
        ("50-0.1*Y", 124, 140), add="60*exp(-hypot(X-160,Y-30)/50)+40*exp(-hypot(X-210,Y-112)/12)"),
    "sea-au": _paint([
        (_any(f"between(X,{a},{b})*gt(Y,{t}+20+0.3*abs(X-{(a + b) // 2}))*lt(Y,100)"
              for a, b, t in _HULLS), 180, 128, 130),
        ("gt(Y,100)", "228+10*gt(sin(X*0.7+Y*1.9+N*0.4),0.8)", 128, 128)],
        ("238-0.05*Y", 128, 126)),
    "tide-au": _paint([
        ("lt(hypot((X-150-0.4*N)/26,(Y-118)/4),1)*lt(Y,120)", 20, 128, 132),
        (_m(_walker("(146+0.4*N)", 92, 0.9, 0)), 20, 128, 132),
        ("lt(abs(X-170-0.4*N-8*sin(N*0.3)-0.6*(Y-110)),1)*between(Y,100,126)", 20, 128, 132),
        (_any(f"between(X,{a},{b})*gt(Y,{t}+30+0.3*abs(X-{(a + b) // 2}))*lt(Y,108)"
              for a, b, t in _HULLS), 60, 124, 146),
        ("gt(Y,108)", "80+80*exp(-abs(X-240)/20)*gt(sin(Y*1.5+N*0.3),0.2)", 110, 170)],
        ("150-0.5*Y+50*exp(-hypot(X-240,Y-96)/40)", 100, 176)),
    "credits287-au": _roll(["A FILM BY", "FARHANA RAHMAN", "", "CAMERA", "TANVIR HOSSAIN", "",
                           "SITAKUNDA 2006"], 12, 18, 1.5, "0xf0f0f0"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AU = {}

FX_AU = {
    **{f"grain{k}-au": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 8, "t+u", 82837117), (2, 5, "t", 82848129), (3, 6, "t", 82859141),
        (4, 16, "t+u", 82860153), (5, 9, "t+u", 82871167), (6, 6, "t", 82882179)]},
    # Framings as in held-out-af; bars of 2.35, 1.37 and 2.39 as in held-out-ao, 1.33 and 1.66
    # as in held-out-ae; the documentary fills the frame.
    **{f"{k}-au": FX_AF[f"{k}-af"] for k in ("closer", "near")},
    **{f"box{r}-au": FX_AO[f"box{r}-ao"] for r in (235, 137, 239)},
    **{f"box{r}-au": FX_AE[f"box{r}-ae"] for r in (133, 166)},
    # Looks: saturated ORWO colour; bright video colour; teal and orange digital colour; black
    # and white with flicker, gate weave and a scratch; faded warm Eastmancolor; pale digital
    # video.
    "orwo-au": "eq=saturation=1.28:contrast=1.06:gamma=0.98,colorbalance=rm=0.03:gm=-0.03:bm=0.02"
               ":rs=0.02",
    "ntsc-au": "eq=saturation=1.14:contrast=1.03,unsharp=5:5:0.45,colorbalance=rm=0.02:bh=0.02",
    "nbo-au": "eq=saturation=1.15:contrast=1.06,colorbalance=rs=-0.04:bs=0.06:rh=0.06:bh=-0.05",
    "kbw-au": "hue=s=0,eq=contrast=1.16:gamma=1.04:brightness=-0.01",
    "flick-au": "eq=brightness='0.025*sin(n*2.3)*sin(n*0.9+1)+0.01*sin(n*0.37)':eval=frame",
    "weave-au": "crop=308:173:x='6+1.3*sin(n*1.5)':y='3.5+1.2*sin(n*2.2+1)*sin(n*0.45)',"
                "scale=320:180",
    "scratch-au": _ov("0.5*lt(abs(X-50-220*abs(sin(floor(N/10)*2.53))-2*sin(N*1.5)),0.7)", 230),
    "faded-au": "eq=saturation=0.9:contrast=0.95:gamma=1.05:brightness=0.02,colorbalance=rs=0.05"
                ":gs=0.01:bs=-0.06:rh=0.03:bh=-0.03",
    "hdv-au": "eq=saturation=0.82:contrast=1.06:gamma=0.98,colorbalance=bs=0.04:bm=0.02:rh=0.02",
    # Camera moves: pans as in held-out-ao; hand-held cameras, a running camera, a tilt down, a
    # tilt up, two pans following a minibus and a boat and a crash zoom of this set.
    **{f"{k}-au": FX_AO[f"{k}-ao"] for k in ("panr", "panl")},
    "mano-au": "scale=344:194,crop=320:180:x='12+5*sin(n*0.8)+2.5*sin(n*2.9)':y='7+4*sin(n*1.2+1)'",
    "hand-au": "scale=336:189,crop=320:180:x='8+3*sin(n*0.7)+1.5*sin(n*2.3)'"
               ":y='4.5+2.5*sin(n*1.1+1)'",
    "run-au": "scale=352:198,crop=320:180:x='16+8*sin(n*1.3)+4*sin(n*3.3)':y='9+7*sin(n*2.6+1)'",
    "tiltdown-au": "scale=384:216,crop=320:180:x=32:y='min(36,0.6*n)'",
    "tiltup-au": "scale=400:225,crop=320:180:x=40:y='max(0,45-0.8*n)'",
    "follow-au": "scale=480:270,crop=320:180:x='20+2.4*n':y=50",
    "follow2-au": "scale=480:270,crop=320:180:x='10+2.4*n':y=40",
    "crash-au": "zoompan=z='1+0.35*clip((in-MID+6)/4,0,1)':x='iw/2-(iw/zoom/2)'"
                ":y='ih/2-(ih/zoom/2)':d=1:s=320x180:fps=24",
    # Things that are not boundaries, around MID (see the docstring); subtitles and titles first.
    **{f"sub-{k}-au": _subs([(line, *cue)]) for (k, line), cue in zip([
        ("haeuptling", "The white men came with the spring rains."),
        ("trapper", "I came for furs, not for your land."),
        ("juma", "The matatu leaves at six, with or without you."),
        ("wanjiku", "Then tell the driver to wait for me."),
        ("hyeonsu", "Will you take the ferry tomorrow?"),
        ("sunhee", "Only if the river has not frozen."),
        ("amma", "The boat race is at Onam. You must come home."),
        ("ravi", "I will come, Amma, if the rains let me."),
        ("rahim", "My father cut ships on this beach too."),
        ("sardar", "The tide turns at four. Finish the plate.")],
        [(-14, 8), (-12, 10), (-14, 8), (-12, 10), (-14, 8), (-12, 10), (-14, 8), (-12, 10),
         (-14, 8), (-12, 10)])},
    **{f"title{k}-au": _fade(line, size, y, color, font, a, b, _EDGE.format(edge))
       for k, line, size, y, color, font, a, b, edge in [
           (282, "WEISSER ADLER", 28, 26, "0xfff0c8", SERIF, -26, 18, "0x402010"),
           (284, "MTAA", 34, 30, "0xffffff", FONT, -26, 18, "0x101010"),
           (286, "KAYAL", 32, 24, "0xfff4d0", SERIF, -26, 18, "0x302000")]},
    "title287-au": _fade("SITAKUNDA", 18, 116, "0xffffff", FONT, -24, 20,
                         _EDGE.format("0x000000")) + ","
                   + _fade("CHITTAGONG   2006", 10, 140, "0xffffff", FONT, -20, 20,
                           _EDGE.format("0x000000")),
    # 282: smoke blown over the lens; a rider's torch passing close across it; three rifle shots;
    # an eagle passing the lens.
    "rauch-au": _ov(_puff(200, 110, -2, -2.5, 6, 4, 10, 14, 0.8), 170, 124, 134),
    "fackel-au": _pass(10, 16, 160, 100, 40, 34, 8) + ","
                 + _glare(160, 80, 6, 1.5, 10, 10, 16),
    "schuss-au": _ov("+".join(f"eq(N,MID+({k}))*lt(hypot(X-{x},Y-{y}),5)"
                              for x, y, k in ((70, 60, -8), (250, 70, 2), (90, 100, 9))),
                     255, 110, 160) + "," + _flash((-8, 2, 9), (0.12, 0.2, 0.1)),
    "adler-au": _pass(7, -30, 160, 60, 30, 10, 30),
    # 283: photographers' flashes; salt thrown up; the captions (the last one
    # changing); the REPLAY caption.
    "flashes-au": _ov("+".join(f"eq(N,MID+({k}))*lt(hypot(X-{x},Y-{y}),4)"
                               for x, y, k in ((80, 90, -12), (220, 80, -5), (130, 100, 3),
                                               (250, 94, 10))), 255)
                  + "," + _flash((-12, -5, 3, 10), (0.06, 0.1, 0.08, 0.06)),
    "shio-au": _ov("0.92*clip(1.4*(1-hypot((X-150)/(20+14*{t}),(Y-80)/(14+9*{t}))),0,1)"
                   "*(0.75+0.25*gt(sin(X*2.7+N)*sin(Y*3.1-N*0.7),0.3))*between(N,MID-4,MID+8)"
                   "*clip((MID+8-N)/6,0,1)".format(t="clip(N-MID+4,0,12)"), 245),
    "cap1-au": _caption([("KUROSHIO   -   OTAKEYAMA", 0, None, None),
                         ("EAST 9-3       WEST 8-4", 1, None, None)]),
    "cap2-au": _caption([("KUROSHIO", 0, None, None), ("MAEGASHIRA 4   EAST", 1, None, None)]),
    "cap3-au": _caption([("OTAKEYAMA", 0, None, None), ("SEKIWAKE   WEST", 1, None, None)]),
    "cap4-au": _caption([("GYOJI", 0, None, None), ("REFEREE OF THE BOUT", 1, None, None)]),
    "cap5-au": _caption([("KUROSHIO WINS", 0, None, None), ("BY YORIKIRI", 1, -100, 3),
                         ("10 WINS   3 LOSSES", 1, 4, None)]),
    "replaycap-au": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=0xffe040:text='REPLAY'"
                    ":x=52:y=14:borderw=1:bordercolor=black",
    # 284: a motorbike passing the lens; the minibus's neon blinking; headlights coming into the
    # lens.
    "boda-au": _pass(8, 32, 160, 100, 60, 50, 20) + ","
               + _glare(160, 86, 4, 1, 8, 8, 32),
    "blink-au": _grade("LUM*(1-0.7*clip(between(N,MID-3,MID-2)+eq(N,MID+4)+between(N,MID+9,"
                       "MID+10),0,1))"),
    "headlights-au": _glare(140, 100, 5, 2, 10, 10) + "," + _glare(190, 100, 5, 2, 10, 10),
    # 285: headlights sweeping the wall; steam billowing over the lens; the lamp guttering.
    "sweep-au": _grade("LUM+80*exp(-pow((X-20-14*(N-MID+8))/26,2))*between(N,MID-8,MID+12)"),
    "steam-au": _ov(_puff(70, 60, 4, 3, 12, 9, 8, 12, 0.95), 236),
    "gutter-au": _grade("LUM*(1-0.5*exp(-pow((N-MID)/3,2)))"),
    # 286: lightning over the backwater.
    "idi-au": _bolt(200, -6, 70),
    # 287: a steel plate falling past the lens; the power cut (the phone's screen stays lit); a
    # gull passing the lens.
    "plate-au": _ov("between(X,110,210)*between(Y,-50+pow(N-MID+8,2),pow(N-MID+8,2))"
                    "*between(N,MID-8,MID+6)", 50, 120, 150),
    "loadshed-au": _grade("LUM*(1-0.85*{off})+{off}*150*exp(-hypot(X-210,Y-118)/6)".format(
        off="clip(between(N,MID-4,MID+4)+eq(N,MID-7),0,1)")),
    "gull-au": _pass(8, 26, 160, 50, 14, 5, 40),
}

# held-out-au (clips 282-287): new recipes again, written after held-out-at without running the
# detector on them: six more kinds of film, clips of about 20 to 23 s with 11 shots, mixing cuts
# between similar and different shots, to and from cards, between dark shots, into and out of near-
# white shots, to closer and nearer framings, camera and subject motion, things passing the lens,
# lights blinking, failing, sweeping and lit tier by tier, a lamp guttering, flashes, rifle shots,
# lightning, a torch, headlights and a cutting torch into the lens, salt thrown up, steam, smoke,
# rain, grain, flicker, gate weave, a scratch, bars of five ratios and none, titles, captions
# changing, subtitles and credits rolling, dissolves of 14 to 30 frames, two pixel dissolves, fades
# through black and white and fade outs and ins.
_DE = "orwo-au grain1-au box235-au"
_JP = "ntsc-au grain2-au box133-au"
_KE = "nbo-au grain3-au box239-au"
_KO = "kbw-au flick-au weave-au scratch-au grain4-au box137-au"
_ML = "faded-au grain5-au box166-au"
_BD = "hdv-au grain6-au"
HELD_OUT_AU = [
    ("weisser-adler", [
        S("tal-au", 70, 0, f"panr-au title282-au {_DE}"), "cut",
        S("kanu-au", 60, 0, _DE), "cut",
        S("haeuptling-au", 34, 0, f"sub-haeuptling-au {_DE}"), "cut",
        S("trapper-au", 32, 0, f"sub-trapper-au {_DE}"), "cut",
        S("haeuptling-au", 44, 34, f"closer-au {_DE}"), "fade:26",
        S("lager-au", 62, 0, f"rauch-au {_DE}"), "cut",
        S("nacht-au", 56, 0, f"fackel-au {_DE}"), "cut",
        S("schlucht-au", 60, 0, f"mano-au schuss-au {_DE}"), "fadeblack:22",
        S("wasserfall-au", 60, 0, f"tiltdown-au {_DE}"), "cut",
        S("wasserfall-au", 40, 60, f"near-au adler-au {_DE}"), "fadeio:18:14",
        S("ende-au", 40, 0, _DE)]),
    ("grand-sumo", [
        S("ident-au", 40, 0, _JP), "fade:16", S("arena-au", 56, 0, f"flashes-au {_JP}"), "cut",
        S("shikiri-au", 60, 0, f"shio-au cap1-au {_JP}"), "cut",
        S("rikishi1-au", 34, 0, f"cap2-au {_JP}"), "cut",
        S("rikishi2-au", 32, 0, f"cap3-au {_JP}"), "cut",
        S("tachiai-au", 60, 0, f"crash-au {_JP}"), "cut",
        S("gyoji-au", 40, 0, f"cap4-au {_JP}"), "fade:14",
        S("replay-au", 56, 0, f"replaycap-au {_JP}"), "cut",
        S("zabuton-au", 56, 0, _JP), "dissolve:12",
        S("yusho-au", 50, 0, f"cap5-au {_JP}"), "fadeblack:18",
        S("abspann-au", 60, 0, _JP)]),
    ("mtaa", [
        S("skyline-au", 70, 0, f"title284-au {_KE}"), "cut",
        S("matatu-au", 56, 0, f"follow-au {_KE}"), "cut",
        S("juma-au", 34, 0, f"sub-juma-au {_KE}"), "cut",
        S("wanjiku-au", 32, 0, f"sub-wanjiku-au {_KE}"), "cut",
        S("juma-au", 44, 34, f"closer-au {_KE}"), "fadewhite:20",
        S("soko-au", 60, 0, f"mano-au boda-au {_KE}"), "cut",
        S("ndani-au", 60, 0, f"blink-au {_KE}"), "cut",
        S("mvua-au", 56, 0, f"headlights-au {_KE}"), "fade:28",
        S("paa-au", 60, 0, f"panl-au {_KE}"), "cut",
        S("paa-au", 40, 60, f"near-au {_KE}"), "fadeio:16:14",
        S("credits284-au", 60, 0, _KE)]),
    ("naru", [
        S("title-au", 34, 0, _KO), "cut", S("ruins-au", 70, 0, _KO), "cut",
        S("dabang-au", 56, 0, _KO), "cut",
        S("hyeonsu-au", 34, 0, f"sub-hyeonsu-au {_KO}"), "cut",
        S("sunhee-au", 32, 0, f"sub-sunhee-au {_KO}"), "cut",
        S("sunhee-au", 44, 32, f"closer-au {_KO}"), "fade:24",
        S("ferry-au", 66, 0, _KO), "cut",
        S("alley-au", 56, 0, f"sweep-au {_KO}"), "fadeblack:20",
        S("station-au", 64, 0, f"steam-au {_KO}"), "dissolve:16",
        S("letter-au", 50, 0, f"gutter-au {_KO}"), "fadeio:20:12", S("fin-au", 40, 0, _KO)]),
    ("kayal", [
        S("kayal-au", 70, 0, f"title286-au {_ML}"), "cut",
        S("thengu-au", 56, 0, f"tiltup-au {_ML}"), "cut",
        S("amma-au", 34, 0, f"sub-amma-au {_ML}"), "cut",
        S("ravi-au", 32, 0, f"sub-ravi-au {_ML}"), "cut",
        S("amma-au", 44, 34, f"closer-au {_ML}"), "fade:30",
        S("vallam-au", 60, 0, f"follow2-au {_ML}"), "cut",
        S("cheena-au", 56, 0, _ML), "cut",
        S("ambalam-au", 62, 0, _ML), "fadeblack:24",
        S("mazha-au", 60, 0, f"idi-au {_ML}"), "cut",
        S("mazha-au", 40, 60, f"near-au {_ML}"), "fadeio:18:12",
        S("subham-au", 40, 0, _ML)]),
    ("sitakunda", [
        S("beach-au", 66, 0, f"title287-au {_BD}"), "cut",
        S("hull-au", 60, 0, f"hand-au plate-au {_BD}"), "cut",
        S("torch-au", 56, 0, f"hand-au {_BD}"), "cut",
        S("rahim-au", 34, 0, f"hand-au sub-rahim-au {_BD}"), "cut",
        S("sardar-au", 32, 0, f"hand-au sub-sardar-au {_BD}"), "cut",
        S("rahim-au", 40, 34, f"closer-au hand-au {_BD}"), "fade:20",
        S("cable-au", 62, 0, f"run-au {_BD}"), "cut",
        S("shed-au", 56, 0, f"loadshed-au {_BD}"), "fadewhite:18",
        S("sea-au", 60, 0, f"gull-au {_BD}"), "cut",
        S("tide-au", 56, 0, _BD), "fadeio:16:12",
        S("credits287-au", 60, 0, _BD)]),
]
