"""Sources, effects and recipes of held-out-an (clips 240-245), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-239. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a framed title card,
a skerry with a red cottage under a pan and gulls, an intertitle, a sailing boat rolling, women
waiting on a jetty, a girl's face and a fisherman's face before one panelled wall and a closer
framing of the girl's, a cottage at night whose oil lamp is turned up, a lighthouse at night whose
beam sweeps into the lens and a card reading SLUT (a 1920s Swedish silent film in 1.33, drawn in
greys and tinted amber by day and blue by night, with flicker, gate weave, scratches, dust and a
vignette); a framed title card, a muddy street of wooden houses with a cart passing the lens, a
market square of about the same grey, an old man's face in a hat and a young woman's face in a
shawl before one plaster wall with subtitles and a closer framing of his, a dark room where two
Sabbath candles are lit one after the other and a nearer framing of it, a field road at dawn,
near white, dissolving slowly into a station platform where steam bursts over the lens, and a
card reading SOF (a 1930 early sound Yiddish film in 1.19, soft orthochromatic black and white
with flicker and heavy grain); dunes under a title and a pan, a camel caravan in heat shimmer, an
oasis of about the same ochre, a veiled man's face and a woman's face before one striped tent
with subtitles and a closer framing of his, a sandstorm thickening to a near uniform ochre shot
hand-held dissolving into a mud-brick ksar where a mirror glints before a whip pan, a night camp
where a lantern is lit, a fade through white into a salt flat, near white, cut to a dry lake
with a mirage, near white too, and a card reading FIN (a 1970s Algerian desert film in 2.20,
bleached warm colour); a highland plateau of flat-topped mountains under a title and a pan, a
coffee ceremony in a dark room with incense smoke and a closer framing of it, a priest's face in
a turban and a boy's face before one mud wall with subtitles, a round church with a procession's
umbrellas passing the lens, a bonfire at night flaring up as it collapses, a dark street where a
minibus's headlights come at the lens, a market in the fog at dawn dissolving into the plateau
again at dusk in a nearer framing under a credit, and a card reading METCHERESHA (a 2000s
Ethiopian film in 1.78 without bars, warm digital colour); a desert road to a ridge of domes
under a title, a dome's slit opening on the twilight, two astronomers' faces lit by their screens
before one console with subtitles, the night sky turning over a dome while a car's headlights
sweep the ground, cut to a dome at night switching its laser on, a salt lagoon with flamingos at
dawn and a nearer framing of it, a geyser field where steam billows over the lens, a fade through
white into the desert at noon, near white, and a card reading FIN (a 2010s Chilean documentary in
2.00, cool crisp digital colour); a framed title card, a harbour of whitewashed houses with
glittering water under a pan, a whitewashed alley, near white, with a woman in black passing the
lens, a cafe under a vine's dappled shade, a fisherman's face and a girl's face before one
whitewashed wall with subtitles and a closer framing of his, a chapel on a cliff with its bell
swinging, a feast at night under strings of bulbs with a press camera's flash and a closer
framing of it, the sea at dawn, near white, with a rowing boat and a card reading TELOS (a 1950s
Greek island film in 1.66, contrasty black and white with grain).
"""

from shots_lavfi import FONT, SERIF, half as _half, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed
from shots_sources_ad import _card
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _fedora, _person
from shots_sources_ag import _any, _box, _fade, _g
from shots_sources_ak import _BLOOM, _CROSS, _EDGE


def _shimmer(amp, above):
    """An effect: heat shimmer, rows below Y=above swaying sideways by up to amp pixels."""
    d = f"X+{amp}*sin(Y/2.3+N*1.3)*gt(Y,{above})"
    return (f"format=yuv420p,geq=lum='lum({d},Y)':cb='cb(({_half(d)})/2,Y)'"
            f":cr='cr(({_half(d)})/2,Y)'")


def _light(at, x, y, r, glow):
    """A light at (x, y) coming on between frames MID+at and MID+at+2 (at None: on throughout):
    the factor of the glow of strength glow it casts (luma multiplied by 1 plus it), the flame
    (radius r) and glow added to the luma, and where its light falls (0 to 1)."""
    k = "1" if at is None else _ramp(at, at + 2)
    g = f"exp(-hypot(X-{x},Y-{y})/{2 * r + 30})"
    return (f"{glow}*{k}*{g}", f"{k}*(200*lt(hypot((X-{x})/{r * 0.5},(Y-{y}+2)/{r}),1)+40*{g})",
            f"{k}*{g}")


def _lamp(at, x, y, r, glow, cb=0, cr=0):
    """An effect: one light coming on (see _light), tinting the chroma by cb, cr where it falls."""
    m, a, w = _light(at, x, y, r, glow)
    return _grade(f"LUM*(1+{m})+{a}", f"CH+({cb})*{w}", f"CH+({cr})*{w}")


def _candles(a, b):
    """An effect: the two Sabbath candles lit at MID+a and MID+b (None: already lit)."""
    (m1, a1, _), (m2, a2, _) = _light(a, 130, 66, 6, 0.9), _light(b, 190, 66, 6, 0.9)
    return _grade(f"LUM*(1+{m1}+{m2})+{a1}+{a2}")


# A 1920s Swedish silent film (drawn in greys: the tints are effects).
_PANEL = ("140-36*lt(mod(X,19),1.5)+8*sin(Y/9+floor(X/19)*2.3)+4*sin(Y*1.3)", 128, 128)
_SEA = "112+16*sin(X/5+N*0.35+Y*0.8)+8*sin(X/13-N*0.2)"
_WOMEN = [(118, 78, 0), (138, 80, 1.4), (178, 76, 2.7)]

# A 1930 Yiddish film (drawn in greys).
_PLASTER = ("122+10*sin(X/4)*sin(Y/7)-22*lt(abs(Y-40-8*sin(X/30)),0.8)*lt(X,120)", 128, 128)
_FOLK = (46, 92, 138, 196, 250, 292)

# A 1970s Algerian desert film.
_TENT = ("118+22*lt(mod(X+Y/3,24),5)+6*sin(Y/5)", 112, 166)
_CAMELS = [(20, 0), (80, 1.1), (140, 2.3), (200, 0.6)]
_CX = "(X-{x}-0.7*N)"

# A 2000s Ethiopian film.
_MUD = ("96+12*sin(X/5)*sin(Y/7)+6*sin(X/17+Y/23)", 116, 146)
_AMBAS = "(70-30*lt(abs(X-80),50)*gt(Y,40)-26*lt(abs(X-250),40)+8*sin(X/9))"

# A 2010s Chilean documentary.
_CONSOLE = ("24+70*lt(mod(X,64),44)*between(Y,36,84)+20*lt(mod(Y,6),1)*between(Y,36,84)", 150,
            112)
_STARS = "lt(mod(sin(floor({u})*12.99+floor({v})*78.23)*43758.5,1),{p})"

# A 1950s Greek island film (drawn in greys).
_WHITE = ("226+6*sin(X/3)*sin(Y/4)-14*lt(mod(Y+4*sin(X/40),44),1)", 128, 128)
_DANCE = [f"(160+120*sin(N*0.06+{k}*0.9))" for k in range(7)]

LAVFI_AN = {
    # A 1920s Swedish silent film.
    "titel-an": _framed(["HAVETS BRUD", "1921"], 24, 56, 44, "0xe0e0e0", SERIF, "0x0a0a0a",
                        "0x8c8c8c"),
    "skar-an": _paint([
        _g(_any(f"lt(abs(Y-{y}-0.6*abs(X-{x}-0.9*N)),0.8)*lt(abs(X-{x}-0.9*N),4)"
                for x, y in ((60, 40), (84, 32), (250, 50))), 235),
        _g(_box(210, 216, 84, 90), 205),
        _g(_box(200, 236, 78, 98), "72-8*lt(mod(X,6),1)"),
        _g("lt(abs(X-218),1.2*(Y-62))*between(Y,62,78)", 38),
        _g("lt(Y,114)*gt(Y,98-16*exp(-pow((X-214)/58,2)))", "118+22*sin(X/3)*sin(Y/2)"),
        _g("gt(Y,100)", _SEA),
        _g("gt(Y,96+2*sin(X/40))", 96)],
        ("205-0.45*Y", 128, 128), add="24*gt(sin(X/21+N*0.01)*sin(Y/8+1),0.5)*lt(Y,60)"),
    "mellan-an": _framed(["Nar isen brot upp", "kom baten hem."], 15, 66, 28, "0xdadada", SERIF,
                         "0x000000", "0x6a6a6a"),
    "bat-an": _paint([
        _g("between(X,163,163+0.55*(Y-50))*between(Y,50,108)", "214-10*lt(mod(Y,12),1)"),
        _g("lt(abs(X-160),1.2)*between(Y,44,112)", 40),
        _g("lt(hypot((X-158)/46,(Y-110)/9),1)*gt(Y,110)", 34),
        _g("gt(Y,112)", _SEA),
        _g("gt(Y,100+3*sin(X/30))", 88)],
        ("200-0.5*Y", 128, 128), add="20*gt(sin(X/27-N*0.02)*sin(Y/9),0.45)*lt(Y,70)"),
    "brygga-an": _paint([
        _g(_any(f"lt(hypot(X-{x}-sin(N*0.2+{p}),Y-{y}),5)+between(Y,{y}+5,108)"
                f"*lt(abs(X-{x}),4+0.2*(Y-{y}-5))" for x, y, p in _WOMEN), 30),
        _g(_any(f"lt(hypot((X-{x}+8-sin(N*0.2+{p}))/3,(Y-{y}-14)/5),1)" for x, y, p in _WOMEN),
           150),
        _g(_any(f"lt(abs(X-{x}),2.5)*between(Y,118,152)" for x in (24, 92, 160, 228)), 42),
        _g(_box(0, 250, 106, 120), "150-34*lt(mod(X,13),1.5)"),
        _g("gt(Y,98)", _SEA)],
        ("196-0.4*Y", 128, 128)),
    "flicka-an": _person(150, 98, (62, 128, 128), True, 190, (196, 128, 128), _PANEL, top=[
        _g("lt(abs(Y-142-0.25*abs(X-150)),3)*lt(abs(X-150),34)", 236)]),
    "fiskare-an": _person(170, 96, (70, 128, 128), False, 150, (58, 128, 128), _PANEL, top=[
        _g("lt(hypot((X-170)/27,(Y-120)/20),1)*gt(Y,106)*(1-lt(hypot((X-170)/8,(Y-121)/3),1))",
           92),
        _g("lt(abs(X-170),33)*between(Y,54,68)", 44)]),
    "stuga-an": _paint([
        _g("lt(hypot((X-110)/2,(Y-84)/4),1)", 120),
        _g(_box(104, 116, 88, 104), 70),
        _g("lt(hypot(X-210,Y-74),11)+between(Y,84,120)*lt(abs(X-210),18)", 14),
        _g(_box(40, 280, 104, 112), 60),
        _g(_box(240, 290, 24, 70) + "*(1-gt(lt(abs(X-265),1.5)+lt(abs(Y-47),1.5),0))", 74),
        _g("gt(Y,112)", 20)],
        ("28-10*lt(mod(Y,15),1.5)", 128, 128)),
    "fyr-an": _paint([
        _g("lt(hypot(X-220,Y-48),4)", 250),
        _g("lt(abs(X-220),6+0.06*(Y-52))*between(Y,52,112)", "150-40*lt(mod(Y,14),3)"),
        _g("gt(Y,104-8*exp(-pow((X-220)/40,2))+4*sin(X/9))*lt(Y,118)", 20),
        _g("gt(Y,110)", "40+12*sin(X/5+N*0.3+Y)")],
        ("24+0.06*Y", 128, 128),
        add="80*exp(-pow(atan2(sin(atan2(Y-48,X-220)-0.1*N),cos(atan2(Y-48,X-220)-0.1*N)),2)"
            "/0.012)*gt(hypot(X-220,Y-48),5)+90*pow(clip(cos(0.1*N-3.3),0,1),40)"),
    "slut-an": _card(["SLUT"], 30, 72, 0, "0xe0e0e0", SERIF, "0x000000"),
    # A 1930 early sound Yiddish film.
    "shtetl-an": _framed(["DI KLEYNE SHTETL", "1930"], 20, 58, 44, "0xe8e8e8", SERIF,
                         "0x101010", "0xa0a0a0"),
    "gas-an": _paint([
        _g("(lt(X,120)+gt(X,200))*lt(mod(X,40),10)*between(Y,80,94)", 28),
        _g("lt(X,120)*between(Y,50+0.22*X,132-0.2*X)", "92-22*lt(mod(Y,6),1)"),
        _g("gt(X,200)*between(Y,50+0.22*(320-X),132-0.2*(320-X))", "100-22*lt(mod(Y,6),1)"),
        _g("lt(X,120)*between(Y,30+0.3*X,50+0.22*X)+gt(X,200)*between(Y,30+0.3*(320-X),"
           "50+0.22*(320-X))", 52),
        _g("gt(Y,100)", "104+24*gt(sin(X/9+Y/3)*sin(Y/2.3),0.6)-0.1*(Y-100)")],
        ("212-0.5*Y", 128, 128)),
    "mark-an": _paint([
        _g(_any(f"lt(hypot(X-{x}-6*sin(N*0.15+{x}),Y-100),6)+between(Y,106,140)"
                f"*lt(abs(X-{x}-6*sin(N*0.15+{x})),8)" for x in _FOLK), 38),
        _g(_any(f"lt(abs(X-{x}),30)*between(Y,62,74)" for x in (70, 170, 270)),
           "176-46*lt(mod(X,10),5)"),
        _g(_any(f"lt(abs(X-{x}),28)*between(Y,74,104)" for x in (70, 170, 270)), 78),
        _g("lt(Y,96)*gt(Y,30+8*lt(mod(X,64),30))", "118-24*lt(mod(X,64),3)"),
        _g("gt(Y,112)", "112+10*sin(X*0.7+Y)")],
        ("206-0.4*Y", 128, 128)),
    "rebe-an": _person(150, 98, (30, 128, 128), False, 200, (30, 128, 128), _PLASTER, top=[
        *_fedora(150, 92, 24, 18),
        _g("lt(hypot((X-150)/25,(Y-134)/30),1)*gt(Y,110)*(1-lt(hypot((X-150)/8,(Y-121)/3),1))",
           214)]),
    "kale-an": _person(170, 96, (46, 128, 128), True, 196, (88, 128, 128), _PLASTER, top=[
        _g("lt(hypot((X-170)/42,(Y-92)/50),1)*(1-lt(hypot((X-170)/31,(Y-100)/40),1))"
           "*lt(Y,150)", "150+30*gt(sin(X/3+Y/3),0.3)")]),
    "shabes-an": _paint([
        _g(_any(f"lt(abs(X-{x}),2.5)*between(Y,68,82)" for x in (130, 190)), 190),
        _g(_any(f"lt(abs(X-{x}),4+2*gt(Y,104))*between(Y,82,110)" for x in (130, 190)), 96),
        _g(_box(50, 270, 108, 132), "118-10*lt(mod(X,30),1)"),
        _g("lt(hypot(X-160,Y-58),15)+between(Y,70,110)*lt(abs(X-160),28)", 16),
        _g(_box(230, 280, 20, 70), 40)],
        ("22+6*lt(mod(X,26),1.5)", 128, 128)),
    "feld-an": _paint([
        _g("lt(hypot(X-90-0.4*N,Y-103),2.5)+between(Y,105,120)*lt(abs(X-90-0.4*N),2)", 44),
        _g(_any(f"lt(abs(X-{x}),1)*between(Y,{y},92)" for x, y in ((40, 50), (150, 64), (230, 74),
                                                                  (290, 80))), 90),
        _g("lt(abs(X-160),0.9*(Y-88))*gt(Y,88)", "206+6*sin(Y*1.3)"),
        _g("gt(Y,88)", "176+10*lt(mod(Y+0.1*X,7),2)")],
        ("238-0.1*Y", 128, 128)),
    "vokzal-an": _paint([
        _g(_any(f"lt(abs(hypot(X-{x},Y-124)-12),2.5)" for x in range(30, 320, 60)), 20),
        _g(_box(0, 320, 70, 88) + "*lt(mod(X,34),16)", "150+20*sin(X/5)"),
        _g(_box(0, 320, 56, 122), "52-10*lt(mod(X,68),2)"),
        _g("gt(Y,128)", "138-16*lt(mod(Y,8),1)"),
        _g("lt(Y,26)", "64-20*lt(mod(X,30),2)")],
        ("168+8*sin(X/11)", 128, 128), add="30*clip(sin(X/13-N*0.1)*sin(Y/9)+0.2,0,1)*lt(Y,56)"),
    "sof-an": _card(["SOF"], 30, 72, 0, "0xe0e0e0", SERIF, "0x000000"),
    # A 1970s Algerian desert film.
    "dunes-an": _paint([
        ("gt(Y,96+22*sin(X/40)+8*sin(X/13))", "150+34*gt(sin(X/40+0.6),0)+6*sin(X*0.8+Y)", 108,
         156),
        ("gt(Y,76+8*sin(X/29+1))", "186+10*sin(X/11)", 112, 150),
        ("gt(Y,70+4*sin(X/17))", 176, 118, 142)],
        ("206-0.3*Y", 140, 116)),
    "caravane-an": _paint([
        (_any(f"lt(abs(X-{x}-0.7*N),5)*between(Y,66,84)+lt(hypot(X-{x}-0.7*N,Y-64),4)"
              for x, _ in _CAMELS), 60, 170, 110),
        (_any(f"lt(hypot({_CX.format(x=x)}/17,(Y-94)/8),1)+lt(hypot({_CX.format(x=x)}/8,"
              f"(Y-86)/6),1)+lt(abs({_CX.format(x=x)}-20-0.4*(94-Y)),2.5)*between(Y,76,94)"
              f"+lt(abs({_CX.format(x=x)}-22),4)*between(Y,72,78)" for x, _ in _CAMELS), 66, 118,
         146),
        (_any(f"lt(abs({_CX.format(x=x)}-({d})-3*sin(N*0.5+{p}+{d})),1.6)*between(Y,98,118)"
              for x, p in _CAMELS for d in (-9, -4, 6, 11)), 58, 120, 144),
        ("gt(Y,114+3*sin(X/30))", "184+8*sin(X*0.6+Y*1.1)", 106, 154),
        ("gt(Y,106)", 196, 116, 146)],
        ("212-0.25*Y", 136, 120)),
    "oasis-an": _paint([
        (_any(f"lt(hypot(X-{x}-{d}*0.6*(Y-30),Y-30),26)*lt(abs(sin(atan2(Y-30,X-{x})*5)),0.5)"
              f"*gt(Y,22)" for x, d in ((70, 0.1), (140, -0.1), (250, 0.05))), 76, 112, 118),
        (_any(f"lt(abs(X-{x}-{d}*(Y-30)),3)*between(Y,30,122)" for x, d in ((70, 0.1),
                                                                          (140, -0.1),
                                                                          (250, 0.05))),
         "96+14*lt(mod(Y,6),2)", 114, 146),
        ("lt(hypot((X-190)/50,(Y-128)/7),1)", "150+10*sin(X/4+N*0.2)", 150, 112),
        (_box(200, 222, 104, 122), "150-20*lt(mod(Y,6),1.5)", 110, 156),
        ("gt(Y,118)", "176+8*sin(X*0.7+Y)", 106, 154)],
        ("200-0.3*Y", 136, 120)),
    "targui-an": _person(150, 98, (40, 168, 110), False, 112, (44, 166, 112), _TENT, top=[
        ("lt(hypot((X-150)/33,(Y-114)/22),1)*gt(Y,104)", 44, 168, 110),
        ("lt(hypot((X-150)/37,(Y-78)/30),1)*lt(Y,88)", "48+10*lt(mod(Y,5),1.5)", 166, 112)]),
    "femme-an": _person(170, 96, (30, 128, 128), True, 150, (80, 100, 176), _TENT, top=[
        ("lt(hypot((X-170)/41,(Y-92)/48),1)*(1-lt(hypot((X-170)/31,(Y-100)/40),1))*lt(Y,148)",
         "92+24*gt(sin(X/2.5)*sin(Y/2.5),0.4)", 112, 196)]),
    "vent-an": _paint([
        ("lt(abs(X-230-3*sin(N*0.7)*(70-Y)/40),3)*between(Y,36,110)", 84, 120, 140),
        ("lt(hypot(X-230-3*sin(N*0.7),Y-38),18)*gt(sin(X/3+Y/2),0)", 96, 116, 134),
        ("gt(Y,106+12*sin(X/50)+6*sin(X/15))", "160+20*gt(sin(X/50+1),0)", 108, 154),
        ("gt(Y,90+6*sin(X/23))", 176, 112, 150)],
        ("196-0.15*Y", 120, 142),
        add="26*gt(sin((X+16*N)/6+3*sin(Y/4)),0.8)+14*sin((X+9*N)/23)*sin(Y/11)"),
    "ksar-an": _paint([
        (_any(f"lt(abs(mod(X,{w})-{w // 2}),3)*between(Y,{y}+8,{y}+16)"
              for w, y in ((36, 40), (28, 58))), 40, 122, 140),
        ("lt(Y,66)*gt(Y,34+16*lt(mod(X,96),40))*lt(abs(mod(X,8)-4),3)+between(Y,40,64)"
         "*lt(abs(X-360),16)", "150-20*lt(mod(Y,9),1.5)", 104, 164),
        ("between(Y,58+6*lt(mod(X,72),30),118)", "166-24*lt(mod(X+7*floor(Y/22),40),2)", 102,
         166),
        ("gt(Y,116)", "190+6*sin(X*0.5+Y)", 108, 154)],
        ("196-0.5*Y", 146, 112)),
    "nuit242-an": _paint([
        ("lt(hypot((X-200)/8,(Y-140-2*sin(N*1.8))/14),1)*lt(Y,142)", 248, 92, 172),
        (_any(f"lt(hypot(X-{x},Y-{y}),8)+between(Y,{y}+7,150)*lt(abs(X-{x}),11)"
              for x, y in ((150, 120), (250, 122))), 16, 126, 132),
        ("lt(abs(X-90),2.5)*between(Y,104,116)", 60, 124, 134),
        ("lt(abs(X-60),1.1*(Y-70))*between(Y,70,124)", 26, 124, 134),
        ("gt(Y,140)", 30, 120, 140),
        ("lt(mod(sin(X*3.71+Y*57.3)*9173.3,1),0.002)*lt(Y,90)", 220, 128, 128)],
        ("10+0.06*Y", 134, 124),
        add="80*(0.85+0.15*sin(N*2.2)*sin(N*0.9))*exp(-hypot(X-200,Y-136)/44)"),
    "sel-an": _paint([
        ("lt(hypot(X-250,Y-86),2)+between(Y,88,98)*lt(abs(X-250),1.5)", 70, 124, 134),
        ("gt(Y,96)*lt(abs(abs(mod(X+0.4*Y,30)-15)+abs(mod(Y*2.5,30)-15)-12),1.2)", 212, 126,
         130),
        ("gt(Y,96)", "236+2*sin(X*0.4+Y)", 126, 130),
        ("gt(Y,90)", 222, 130, 126)],
        ("230-0.08*Y", 134, 122)),
    "chott-an": _paint([
        ("lt(abs(Y-84-2*sin(X/6+N*0.4)),1.5)*lt(abs(X-110),60)", 204, 128, 126),
        ("gt(Y,80)*lt(Y,88)*lt(abs(X-110),70)", "226+4*sin(X/3+N*0.5)", 130, 124),
        (_any(f"lt(abs(X-{x}),3)*between(Y,62,82)+lt(hypot(X-{x},Y-60),3)" for x in (60, 74)),
         120, 126, 136),
        ("gt(Y,82)", "232-6*lt(mod(Y+sin(X/7),14),1)", 124, 134)],
        ("240-0.05*Y", 130, 126)),
    "fin242-an": _card(["FIN"], 30, 72, 0, "0xf0e0c0", FONT, "0x000000"),
    # A 2000s Ethiopian film.
    "amba-an": _paint([
        (_any(f"lt(hypot((X-{x})/9,(Y-{y})/16),1)" for x, y in ((40, 94), (58, 90), (288, 96))),
         "60+14*sin(X*0.9+Y)", 112, 116),
        (_any(f"lt(abs(X-{x}),1.5)*between(Y,{y},120)" for x, y in ((40, 94), (58, 90),
                                                                 (288, 96))), 70, 124, 134),
        ("gt(Y,112)*lt(mod(Y-0.2*X,12),5)", 120, 100, 150),
        ("gt(Y,104+4*sin(X/40))", "112+10*sin(X/3)", 108, 132),
        (f"gt(Y,{_AMBAS})", "122+10*sin(X/4)*sin(Y/5)-0.4*(Y-40)", 124, 132)],
        ("196-0.45*Y", 142, 114), add="14*gt(sin(X/19+N*0.02)*sin(Y/7),0.5)*lt(Y,50)"),
    "buna-an": _paint([
        ("lt(hypot((X-150)/18,(Y-112)/16),1)+lt(abs(X-150),3)*between(Y,82,100)"
         "+lt(abs(Y-98+0.8*(X-170)),2)*between(X,164,180)", "30+40*exp(-hypot(X-142,Y-106)/6)",
         124, 134),
        (_any(f"lt(hypot((X-{x})/6,(Y-134)/4),1)" for x in (196, 214, 232, 250)), 200, 124, 134),
        ("lt(hypot((X-90)/16,(Y-140)/6),1)", "60+90*gt(sin(X*1.3+N*0.7),0.6)", 96, 190),
        ("gt(Y,128)", "50+18*lt(mod(X+3*sin(Y),5),1.5)", 104, 140),
        ("lt(abs(X-80),18)*between(Y,40,90)", 36, 126, 136)],
        ("30+8*sin(X/5)*sin(Y/7)", 120, 140),
        add="70*clip(sin(X/9-N*0.2)*sin(Y/7+N*0.15)+0.6,0,1)*exp(-pow((X-90-0.4*(130-Y)"
            "-8*sin(Y/13+N*0.2))/(8+0.25*(130-Y)),2))*lt(Y,134)"),
    "kes-an": _person(150, 98, (230, 128, 128), False, 96, (226, 126, 130), _MUD, top=[
        ("lt(hypot((X-150)/36,(Y-74)/26),1)*lt(Y,80)", "228-14*lt(mod(Y+X/4,7),1.5)", 126, 130),
        ("lt(abs(X-150),1.5)*between(Y,150,172)+lt(abs(Y-158),1.5)*lt(abs(X-150),7)", 150, 110,
         150)]),
    "lij-an": _person(170, 96, (22, 128, 128), False, 104, (92, 150, 110), _MUD),
    "bete-an": _paint([
        ("lt(abs(X-160),1)*between(Y,10,30)+lt(abs(Y-18),1)*lt(abs(X-160),6)", 210, 116, 146),
        ("lt(abs(X-160),1.4*(Y-28))*between(Y,28,62)", "70-16*lt(mod(Y,5),1)", 122, 136),
        (_box(110, 210, 62, 118), "176-60*lt(mod(X,25),4)*between(Y,80,100)", 122, 140),
        (_any(f"lt(hypot((X-{x})/20,(Y-{y})/40),1)" for x, y in ((40, 70), (270, 66), (310, 80))),
         "64+16*sin(X/2)*sin(Y/3)", 112, 118),
        ("gt(Y,114)", "118+10*sin(X*0.8+Y)", 112, 134)],
        ("200-0.45*Y", 140, 114)),
    "demera-an": _paint([
        ("lt(abs(X-160),0.55*(Y-40)+6*sin(Y/3+N*1.7))*between(Y,40,130)",
         "200+40*sin(Y/5-N*1.3)", 90, 180),
        (_any(f"lt(hypot(X-{x},Y-{y}),8)+between(Y,{y}+7,160)*lt(abs(X-{x}),12)"
              for x, y in ((40, 120), (80, 116), (250, 118), (292, 122))), 12, 126, 132),
        ("gt(Y,130)", 40, 120, 140)],
        ("12+0.1*Y", 132, 124),
        add="120*(0.85+0.15*sin(N*2.1)*sin(N*0.8))*exp(-hypot(X-160,Y-100)/60)"),
    "mender-an": _paint([
        (_any(f"between(X,{a},{b})*between(Y,{c},{d})" for a, b, c, d in
              ((30, 44, 70, 82), (260, 270, 64, 76))), 150, 110, 160),
        ("lt(X,90)*between(Y,50,120)+gt(X,240)*between(Y,44,120)", 24, 126, 134),
        ("gt(Y,118)", 18, 128, 130)],
        ("10+0.05*Y", 134, 124)),
    "gebeya-an": _paint([
        (_any(f"lt(hypot(X-{x}-0.3*N,Y-104),5)+between(Y,109,132)*lt(abs(X-{x}-0.3*N),7)"
              for x in (40, 110, 170, 250)), 116, 126, 134),
        ("lt(hypot((X-210+0.5*N)/16,(Y-114)/8),1)+lt(abs(X-224+0.5*N),6)*between(Y,100,112)",
         120, 126, 132),
        (_any(f"lt(abs(X-{x}),30)*between(Y,80,100)" for x in (60, 280)), 150, 124, 136),
        ("gt(Y,124)", 160, 126, 132)],
        ("182-0.1*Y", 130, 126), add="8*sin(X/30+N*0.05)*sin(Y/20)"),
    "metcheresha-an": _card(["METCHERESHA"], 24, 74, 0, "0xf0e8d0", FONT, "0x000000"),
    # A 2010s Chilean documentary.
    "ruta-an": _paint([
        (_any(f"lt(hypot((X-{x})/8,(Y-{y})/7),1)*lt(Y,{y})+between(Y,{y},{y}+6)*lt(abs(X-{x}),8)"
              for x, y in ((200, 52), (230, 50), (262, 54))), 236, 128, 126),
        ("lt(hypot((X-160)/(6+0.8*N),(Y-96+0.3*N)/(4+0.4*N)),1)", 188, 118, 142),
        ("lt(abs(X-160),3)*between(Y,94,98)", 40, 128, 128),
        ("gt(Y,96)*lt(abs(X-160),1.3*(Y-94))", "76+150*lt(abs(X-160),0.04*(Y-94))", 126, 130),
        ("gt(Y,96)", "150+10*sin(X*0.7+Y*0.9)", 112, 152),
        ("gt(Y,58+14*sin(X/60)+5*sin(X/14))", "120-0.2*Y", 118, 148)],
        ("178-0.5*Y", 150, 108)),
    "cupula-an": _paint([
        ("lt(abs(X-160-0.7*(Y-100)),4)*between(Y,60,130)+lt(abs(X-160+0.7*(Y-100)),4)"
         "*between(Y,60,130)", 90, 128, 128),
        ("lt(hypot((X-160)/40,(Y-100)/12),1)", 60, 128, 128),
        ("lt(abs(X-160),14)*between(Y,130,170)", 50, 126, 130),
        ("lt(hypot(X-160,Y-240),210)*gt(Y,20)", "26+8*lt(mod(atan2(Y-240,X-160)*40,1),0.1)",
         132, 124)],
        ("8", 128, 128)),
    "astro1-an": _person(150, 98, (36, 128, 128), True, 150, (40, 136, 120), _CONSOLE,
                         add="30*exp(-hypot(X-120,Y-100)/40)"),
    "astro2-an": _person(170, 96, (50, 128, 128), False, 160, (120, 150, 110), _CONSOLE, top=[
        ("lt(hypot((X-170)/28,(Y-122)/18),1)*gt(Y,108)*(1-lt(hypot((X-170)/8,(Y-121)/3),1))",
         60, 128, 128)], add="30*exp(-hypot(X-200,Y-100)/40)"),
    "cielo-an": _paint([
        ("lt(hypot((X-70)/30,(Y-140)/26),1)*lt(Y,140)+between(Y,140,160)*lt(abs(X-70),30)", 20,
         128, 128),
        ("gt(Y,150+4*sin(X/30))", 14, 128, 128),
        (_STARS.format(u="(atan2(Y-200,X-160)+0.004*N)*300", v="hypot(X-160,Y-200)/2",
                       p=0.008), 220, 128, 128)],
        ("10+30*exp(-pow((X-160+0.9*(Y-90))/40,2))*gt(sin(X/5)*sin(Y/4),-0.3)", 136, 120)),
    "laser-an": _paint([
        ("lt(hypot((X-200)/34,(Y-130)/30),1)*lt(Y,130)+between(Y,130,160)*lt(abs(X-200),34)",
         "22+6*lt(mod(X,9),1)", 128, 128),
        ("gt(Y,154+3*sin(X/20))", 12, 128, 128),
        (_STARS.format(u="X/3", v="Y/3", p=0.02), 200, 128, 128)],
        ("8+14*exp(-pow((X+0.6*Y-200)/50,2))", 138, 120)),
    "laguna-an": _paint([
        (_any(f"lt(hypot(X-{x}-0.2*N,Y-{y}),3)+lt(abs(X-{x}-0.2*N+3-0.3*({y}-Y)),1.3)"
              f"*between(Y,{y}-14,{y})+lt(hypot((X-{x}-0.2*N)/9,(Y-{y}-6)/5),1)"
              for x, y in ((90, 92), (128, 96), (220, 90))), 176, 116, 178),
        (_any(f"lt(abs(X-{x}-0.2*N),0.8)*between(Y,{y}+10,{y}+26)" for x, y in
              ((90, 92), (128, 96), (220, 90))), 80, 120, 160),
        ("gt(Y,100)*lt(abs(mod(Y*1.5+sin(X/7+N*0.2),6)-3),0.6)", 196, 120, 150),
        ("gt(Y,92)", "168-0.3*(Y-92)", 130, 150),
        ("gt(Y,60+18*sin(X/50)+6*sin(X/11))", "100+0.3*Y", 150, 130)],
        ("200-0.5*Y", 118, 160)),
    "geiser-an": _paint([
        (_any(f"lt(abs(X-{x}-(100-Y)*0.1*sin(N*0.1+Y/20)),3+0.4*(100-Y))*between(Y,30,100)"
              for x in (90, 230)), "206+10*sin(Y/5-N*0.4)", 128, 126),
        ("gt(Y,100)*lt(abs(mod(X/1.5+sin(Y),18)-9),2)", 150, 112, 150),
        ("gt(Y,98)", "118+8*sin(X*0.6+Y)", 118, 146),
        ("gt(Y,76+10*sin(X/40))", "96+0.2*Y", 136, 126)],
        ("186-0.4*Y", 134, 136)),
    "mediodia-an": _paint([
        ("lt(abs(X-200-3*sin(Y/4+N*0.6)),2+0.05*(110-Y))*between(Y,50,110)",
         "214+8*sin(Y/3-N*0.8)", 120, 138),
        ("gt(Y,104)", "232+3*sin(X*0.5+Y)", 120, 138),
        ("gt(Y,96+3*sin(X/25))", 218, 126, 132)],
        ("236-0.04*Y", 132, 124)),
    "fin244-an": _card(["FIN"], 30, 72, 0, "0xe8f0ff", FONT, "0x000000"),
    # A 1950s Greek island film.
    "titlos-an": _framed(["TO NISI", "1956"], 26, 56, 44, "0xf0f0f0", SERIF, "0x141414",
                         "0xb4b4b4"),
    "limani-an": _paint([
        _g("lt(mod(sin(X*12.9898+Y*78.233+floor(N/2)*3.1)*43758.5,1),0.012)*gt(Y,116)", 252),
        _g(_any(f"lt(hypot((X-{x})/26,(Y-{y}-2*sin(N*0.25+{x}))/5),1)*gt(Y,{y}"
                f"+2*sin(N*0.25+{x}))+lt(abs(X-{x}+4),1)*between(Y,{y}-20,{y})"
                for x, y in ((70, 124), (190, 130), (300, 122))), 36),
        _g("gt(Y,112)", "150+14*sin(X/4+N*0.4+Y)"),
        _g(_any(f"between(X,{x},{x}+{w})*between(Y,{y},112)" for x, y, w in
                ((20, 70, 30), (56, 60, 28), (90, 76, 34), (130, 52, 26), (160, 66, 36),
                 (200, 58, 30), (236, 74, 26), (270, 62, 34))),
           "228-120*lt(mod(X,13),3)*lt(mod(Y,17),5)"),
        _g("gt(Y,50+20*sin(X/70))", "90+12*sin(X/3)*sin(Y/4)")],
        ("182-0.3*Y", 128, 128)),
    "sokaki-an": _paint([
        _g("gt(Y,80+0.4*X)*lt(mod(Y-0.4*X,12),2)", 150),
        _g("gt(Y,80+0.4*X)", 216),
        _g("lt(X,60)*gt(Y,20)", 232),
        _g(_box(220, 320, 10, 150), "224-170*lt(abs(X-262),10)*between(Y,60,120)"),
        _g(_box(60, 220, 0, 120) + "*lt(hypot(X-140,Y-28),12)", 200)],
        ("244-0.1*Y", 128, 128)),
    "kafeneio-an": _paint([
        _g(_any(f"lt(hypot(X-{x}+2*sin(N*0.2+{x}),Y-{y}),8)+between(Y,{y}+8,{y}+36)"
                f"*lt(abs(X-{x}),12)" for x, y in ((60, 88), (104, 90), (210, 86), (258, 92))), 40),
        _g(_any(f"lt(hypot((X-{x})/24,(Y-{y})/4),1)" for x, y in ((82, 122), (234, 120))), 228),
        _g(_any(f"lt(abs(X-{x}),2)*between(Y,{y},150)" for x, y in ((82, 122), (234, 120))), 30),
        _g("gt(Y,130)", "170-30*lt(mod(X+Y,20),1.5)"),
        _g("lt(Y,70)*gt(sin(X/6)*sin(Y/5),0.1)", 64)],
        ("200+6*sin(X/3)*sin(Y/4)", 128, 128),
        add="-40*gt(sin(X/9+2*sin(N*0.11))*sin(Y/7+sin(N*0.13+X/40)),0.3)"),
    "psaras-an": _person(150, 98, (40, 128, 128), False, 110, (50, 128, 128), _WHITE, top=[
        _g("lt(hypot((X-150)/16,(Y-115)/3.5),1)", 30),
        _g("lt(abs(X-150),33)*between(Y,54,70)+lt(hypot((X-170)/26,(Y-70)/4),1)", 34)]),
    "koritsi-an": _person(170, 96, (22, 128, 128), True, 160, (70, 128, 128), _WHITE),
    "ekklisaki-an": _paint([
        _g("lt(abs(X-224-8*sin(N*0.35)),4)*between(Y,38,46)", 30),
        _g(_box(212, 236, 32, 50), 236),
        _g("lt(hypot((X-180)/30,(Y-64)/20),1)*lt(Y,64)", 70),
        _g(_box(146, 214, 64, 110), "236-200*lt(hypot(X-180,Y-100),8)*lt(Y,100)"),
        _g("gt(Y,106-30*exp(-pow((X-180)/70,2))+4*sin(X/7))", "120+20*sin(X/3)*sin(Y/2)"),
        _g("gt(Y,120)", "160+10*sin(X/5+N*0.3+Y)")],
        ("196-0.4*Y", 128, 128)),
    "panigyri-an": _paint([
        _g(_any(f"lt(hypot(mod(X,20)-10,Y-{y}-0.002*pow(X-160,2)),2)" for y in (24, 44)), 250),
        _g(_any(f"lt(hypot(X-{x},Y-96-3*abs(sin(N*0.5+{k}))),7)+between(Y,103,140)"
                f"*lt(abs(X-{x}),9)" for k, x in enumerate(_DANCE)), 60),
        _g(_box(20, 300, 138, 160), 70),
        _g("gt(Y,140)", 40)],
        ("16+0.05*Y", 128, 128), add="40*exp(-pow((Y-30)/24,2))"),
    "avgi-an": _paint([
        _g("lt(hypot((X-140-0.3*N)/14,(Y-112)/3),1)*gt(Y,110)+lt(hypot(X-140-0.3*N,Y-104),3)"
           "+lt(abs(X-140-0.3*N+(Y-106)*0.8*sin(N*0.4)),1)*between(Y,100,116)", 60),
        _g("gt(Y,98)", "222+6*sin(X/6+N*0.2+Y)"),
        _g("gt(Y,94+2*sin(X/40))*lt(X,90)", 190)],
        ("238-0.05*Y", 128, 128)),
    "telos-an": _card(["TELOS"], 30, 72, 0, "0xeeeeee", SERIF, "0x000000"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AN = {}

FX_AN = {
    **{f"grain{k}1-an": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 11, "t+u", 98240017), (2, 14, "t+u", 98241029), (3, 6, "t", 98242043),
        (4, 5, "t", 98243051), (5, 4, "t", 98244067), (6, 10, "t+u", 98245079)]},
    # Framings as in held-out-af; bars of 1.33 as in held-out-ae, and of 1.19, 1.66, 2.20 and
    # 2.00 (nothing random in them).
    **{f"{k}-an": FX_AF[f"{k}-af"] for k in ("closer", "near", "box166")},
    "box133-an": FX_AE["box133-ae"],
    "box119-an": "scale=214:180,pad=320:180:53:0:black",
    "box220-an": "scale=320:146,pad=320:180:0:17:black",
    "box200-an": "scale=320:160,pad=320:180:0:10:black",
    # Looks: amber and blue tints with flicker, gate weave, scratches, dust and a vignette;
    # soft orthochromatic black and white with flicker; bleached warm colour; warm digital
    # colour; cool crisp digital colour; contrasty black and white.
    "amber-an": "hue=s=0,colorchannelmixer=.30:.59:.11:0:.234:.46:.086:0:.135:.266:.049",
    "blue-an": "hue=s=0,colorchannelmixer=.165:.325:.06:0:.225:.44:.085:0:.30:.59:.11",
    "flick-an": "eq=brightness='0.035*sin(n*3.1)*sin(n*0.9+2)+0.015*sin(n*0.23)':eval=frame",
    "weave-an": "crop=310:174:x='5+1.2*sin(n*1.7)':y='3+1.3*sin(n*2.3+1)*sin(n*0.6)',"
                "scale=320:180",
    "scratch-an": _overlay("0.45*lt(abs(X-40-240*abs(sin(floor(N/7)*3.71))-2*sin(N*1.3)),0.7)",
                           220),
    "dust-an": _overlay("lt(hypot(X-160-150*sin(N*23.17),Y-90-85*sin(N*47.3)),1.6)"
                        "+lt(hypot((X-160-150*sin(N*7.9+1))/3,Y-90-85*sin(N*29.1+2)),1)", 25),
    "vig-an": "vignette=PI/4",
    "ortho-an": "hue=s=0,eq=contrast=1.15:gamma=1.02,gblur=sigma=0.7",
    "flick30-an": "eq=brightness='0.05*sin(n*2.3)*sin(n*1.1+1)':eval=frame",
    "sahara-an": "eq=saturation=0.85:contrast=0.94:gamma=1.08,"
                 "colorbalance=rs=0.05:gs=0.01:bs=-0.06:rh=0.05:bh=-0.05",
    "abyssinia-an": "eq=saturation=1.1:contrast=1.06,colorbalance=rs=0.02:gs=0.03:bs=-0.03"
                    ":rm=0.03:gm=0.02",
    "atacama-an": "eq=saturation=0.95:contrast=1.12:gamma=0.97,"
                  "colorbalance=rs=-0.04:bs=0.06:rh=0.02,unsharp=5:5:0.4",
    "hellas-an": "hue=s=0,eq=contrast=1.22:gamma=0.98",
    # Camera moves: pans both ways, a boat's roll, a hand-held camera, a whip pan, shimmer.
    "panr-an": "scale=380:214,crop=320:180:x='6+0.7*n':y=17",
    "panl-an": "scale=380:214,crop=320:180:x='54-0.7*n':y=17",
    "roll-an": "scale=352:198,rotate=a='0.028*sin(n*0.19)+0.01*sin(n*0.53)',crop=320:180:16:9",
    "hh-an": "scale=348:196,crop=320:180:x='14+6*sin(n*0.37)+3*sin(n*1.13+2)+1.5*sin(n*2.7)'"
             ":y='8+3.5*sin(n*0.29+1)+2.5*sin(n*1.41)+1*sin(n*3.1)'",
    "whip-an": "scale=480:270,crop=320:180:x='80-78*tanh((n-MID)/1.4)':y=45",
    "haze-an": _shimmer(1.4, 70),
    # Things that are not boundaries, around MID (see the docstring).
    "lampa-an": _lamp(-4, 110, 86, 6, 1.4),
    "fur-an": _overlay(_CROSS.format(x0=160, dx=-36, rx=78, y=112, ry=74), 28) + ","
              + _overlay("lt(abs(hypot(X-150+36*(N-MID),Y-150)-44),3.5)+lt(abs(X-150+36*(N-MID)),"
                         "2)*lt(hypot(X-150+36*(N-MID),Y-150),44)", 75),
    "sub-rebe-an": _subs([("Every stone here knows my name.", -14, 8)]),
    "sub-kale-an": _subs([("Then the stones will miss you.", -12, 10)]),
    "licht-an": _candles(-10, 6),
    "licht-on-an": _candles(None, None),
    "dampf-an": _overlay("clip(1.5*(1-hypot((X-120-4*(N-MID))/(40+3*abs(N-MID)),(Y-100+1.5*(N-MID"
                         "))/(30+2*abs(N-MID)))),0,1)*clip(1-abs(N-MID)/24,0,1)", 215),
    "title242-an": _fade("SABLE", 28, 30, "0xfff0d8", SERIF, -26, 22, _EDGE.format("0x402010")),
    "sub-targui-an": _subs([("The wells of the south are dry.", -14, 8)]),
    "sub-femme-an": _subs([("Then we go north before the wind.", -12, 10)]),
    "sandhaze-an": _grade("LUM+(178-LUM)*0.65*clip(N/46,0,1)", "CH+(112-CH)*0.65*clip(N/46,0,1)",
                          "CH+(150-CH)*0.65*clip(N/46,0,1)"),
    "miroir-an": _overlay(f"between(N,MID-16,MID-14)*{_BLOOM.format(x=236, y=70, r=10)}", 252)
                 + "," + _flash((-16, -15, -14), (0.25, 0.45, 0.15)),
    "lanterne-an": _lamp(-4, 90, 106, 6, 1.2, -14, 22),
    "title243-an": _fade("ABEBA", 28, 28, "0xffffff", FONT, -24, 20, _EDGE.format("0x000000")),
    "sub-kes-an": _subs([("The cross was found by the smoke.", -14, 8)]),
    "sub-lij-an": _subs([("Then I will follow the smoke.", -12, 10)]),
    "jantila-an": _overlay(_CROSS.format(x0=160, dx=-30, rx=60, y=64, ry=36) + "*lt(Y,66)", 110,
                           84, 200) + ","
                  + _overlay(_CROSS.format(x0=300, dx=-30, rx=56, y=70, ry=34) + "*lt(Y,72)", 190,
                             40, 150),
    "flare243-an": _grade("LUM*(1+0.8*(exp(-pow((N-MID)/4,2))+0.25*clip((N-MID)/6,0,1)))"
                          "+60*exp(-pow((N-MID)/4,2))*exp(-hypot(X-160,Y-100)/70)",
                          "CH-10*exp(-pow((N-MID)/4,2))", "CH+18*exp(-pow((N-MID)/4,2))"),
    "minibus-an": _overlay("+".join(
        f"clip(1.7*exp(-hypot(X-160{s}(14+4*clip(N-MID+20,0,30)),Y-112)"
        f"/(3+0.6*clip(N-MID+20,0,34))),0,1)*lt(N,MID+14)" for s in "+-"), 250, 122, 134)
                  + "," + _flash((10, 11, 12), (0.2, 0.35, 0.15)),
    "credit243-an": _fade("a film by Hiwot Alemu", 12, 140, "0xffffff", FONT, -12, None,
                          _EDGE.format("0x000000")),
    "dusk-an": _grade("LUM*0.78", "CH-6", "CH+10"),
    "title244-an": _fade("CIELO DE SAL", 22, 30, "0xe8f0ff", FONT, -24, 20,
                         _EDGE.format("0x000010")),
    "rendija-an": _grade(f"LUM+{_ramp(-14, 14)}*(150*lt(abs(X-160),3+26*{_ramp(-14, 14)})"
                         f"*lt(Y,70)+26*exp(-abs(X-160)/60))",
                         f"CH+{_ramp(-14, 14)}*20*lt(abs(X-160),3+26*{_ramp(-14, 14)})*lt(Y,70)",
                         f"CH-{_ramp(-14, 14)}*8*lt(abs(X-160),3+26*{_ramp(-14, 14)})*lt(Y,70)"),
    "sub-astro1-an": _subs([("Seeing is under one arcsecond tonight.", -14, 8)]),
    "sub-astro2-an": _subs([("Then we open the dome.", -12, 10)]),
    "faros-an": _overlay("clip(1.2*exp(-pow((X-160-40*(N-MID))/30,2))*gt(Y,120),0,1)"
                         "*clip(1-abs(N-MID)/10,0,1)*0.8", 170, 124, 134) + ","
                + _overlay(_BLOOM.format(x="(160+40*(N-MID)-20)", y=150, r=4)
                           + "*lt(abs(N-MID),9)", 250),
    "laser-an": _overlay("gte(N,MID)*clip(1.2-abs(0.651*(X-200)-0.759*(Y-120))/1.6,0,1)"
                         "*lt(Y,118)*0.8", 200, 60, 175),
    "vapor-an": _overlay("clip(1.4*(1-hypot((X-170)/(30+5*max(N-MID+22,0)),(Y-120+2*max(N-MID"
                         "+22,0))/(20+4*max(N-MID+22,0)))),0,1)*gt(N,MID-22)"
                         "*clip((MID+4-N)/8,0,1)", 228, 128, 126),
    "mavrofora-an": _overlay(_CROSS.format(x0=160, dx=30, rx=50, y=110, ry=90), 18) + ","
                    + _overlay(_CROSS.format(x0=150, dx=30, rx=22, y=22, ry=24), 24),
    "sub-psaras-an": _subs([("The sea gives and the sea keeps.", -14, 8)]),
    "sub-koritsi-an": _subs([("Then ask it for a husband.", -12, 10)]),
    "blitz-an": _overlay(f"eq(N,MID)*{_BLOOM.format(x=250, y=90, r=14)}", 252) + ","
                + _flash((0, 1), (0.45, 0.12)),
}

# held-out-an (clips 240-245): new recipes again, written after held-out-am without running the
# detector on them: six more kinds of film, clips of about 18 to 22 s with 11 or 12 shots,
# mixing cuts between similar and different shots, to and from cards, between dark and between
# near-white shots, cuts to closer and nearer framings, a tint change at a cut, camera motion,
# things passing the lens, flashes, glints, lights coming on, a bonfire flaring, a lighthouse's
# beam and headlights into the lens, a sandstorm, steam over the lens, grain, bars of five
# ratios and none, titles, intertitles, subtitles and credits, dissolves of 22 to 40 frames,
# fades through black and white and fade outs and ins.
_SA = "amber-an flick-an weave-an scratch-an dust-an grain11-an vig-an box133-an"
_SB = "blue-an flick-an weave-an scratch-an dust-an grain11-an vig-an box133-an"
_YI = "ortho-an flick30-an grain21-an box119-an"
_DZ = "sahara-an grain31-an box220-an"
_ET = "abyssinia-an grain41-an"
_CL = "atacama-an grain51-an box200-an"
_GR = "hellas-an grain61-an box166-an"
HELD_OUT_AN = [
    ("havets-brud", [S("titel-an", 36, 0, _SA), "cut",
                     S("skar-an", 66, 0, f"panr-an {_SA}"), "cut",
                     S("mellan-an", 40, 0, _SA), "cut",
                     S("bat-an", 58, 0, f"roll-an {_SA}"), "fade:26",
                     S("brygga-an", 50, 0, _SA), "cut",
                     S("flicka-an", 36, 0, _SA), "cut",
                     S("fiskare-an", 34, 0, _SA), "cut",
                     S("flicka-an", 24, 36, f"closer-an {_SA}"), "cut",
                     S("stuga-an", 56, 0, f"lampa-an {_SB}"), "fadeblack:20",
                     S("fyr-an", 64, 0, _SB), "fadeio:18:12",
                     S("slut-an", 34, 0, _SA)]),
    ("di-kleyne-shtetl", [S("shtetl-an", 34, 0, _YI), "cut",
                          S("gas-an", 70, 0, f"fur-an {_YI}"), "cut",
                          S("mark-an", 56, 0, _YI), "cut",
                          S("rebe-an", 36, 0, f"sub-rebe-an {_YI}"), "cut",
                          S("kale-an", 32, 0, f"sub-kale-an {_YI}"), "cut",
                          S("rebe-an", 36, 36, f"closer-an {_YI}"), "fade:30",
                          S("shabes-an", 62, 0, f"licht-an {_YI}"), "cut",
                          S("shabes-an", 36, 62, f"licht-on-an near-an {_YI}"), "fadeblack:26",
                          S("feld-an", 84, 0, _YI), "fade:40",
                          S("vokzal-an", 64, 0, f"dampf-an {_YI}"), "fadeio:16:14",
                          S("sof-an", 34, 0, _YI)]),
    ("sable", [S("dunes-an", 72, 0, f"panl-an title242-an {_DZ}"), "cut",
               S("caravane-an", 56, 0, f"haze-an {_DZ}"), "cut",
               S("oasis-an", 50, 0, _DZ), "cut",
               S("targui-an", 34, 0, f"sub-targui-an {_DZ}"), "cut",
               S("femme-an", 32, 0, f"sub-femme-an {_DZ}"), "cut",
               S("targui-an", 26, 34, f"closer-an {_DZ}"), "cut",
               S("vent-an", 66, 0, f"sandhaze-an hh-an {_DZ}"), "fade:34",
               S("ksar-an", 60, 0, f"miroir-an whip-an {_DZ}"), "cut",
               S("nuit242-an", 56, 0, f"lanterne-an {_DZ}"), "fadewhite:22",
               S("sel-an", 52, 0, _DZ), "cut",
               S("chott-an", 44, 0, _DZ), "fadeio:18:12",
               S("fin242-an", 34, 0, _DZ)]),
    ("abeba", [S("amba-an", 70, 0, f"panr-an title243-an {_ET}"), "cut",
               S("buna-an", 52, 0, _ET), "cut",
               S("buna-an", 30, 52, f"closer-an {_ET}"), "cut",
               S("kes-an", 34, 0, f"sub-kes-an {_ET}"), "cut",
               S("lij-an", 32, 0, f"sub-lij-an {_ET}"), "cut",
               S("bete-an", 56, 0, f"jantila-an {_ET}"), "fade:28",
               S("demera-an", 62, 0, f"flare243-an {_ET}"), "cut",
               S("mender-an", 48, 0, f"minibus-an {_ET}"), "fadeblack:24",
               S("gebeya-an", 58, 0, _ET), "fade:22",
               S("amba-an", 54, 300, f"dusk-an near-an credit243-an {_ET}"), "fadeio:18:12",
               S("metcheresha-an", 34, 0, _ET)]),
    ("cielo-de-sal", [S("ruta-an", 66, 0, f"title244-an {_CL}"), "cut",
                      S("cupula-an", 56, 0, f"rendija-an {_CL}"), "cut",
                      S("astro1-an", 34, 0, f"sub-astro1-an {_CL}"), "cut",
                      S("astro2-an", 32, 0, f"sub-astro2-an {_CL}"), "cut",
                      S("cielo-an", 58, 0, f"faros-an {_CL}"), "cut",
                      S("laser-an", 52, 0, f"laser-an {_CL}"), "fadeblack:30",
                      S("laguna-an", 62, 0, _CL), "cut",
                      S("laguna-an", 48, 62, f"near-an {_CL}"), "fade:36",
                      S("geiser-an", 76, 0, f"vapor-an {_CL}"), "fadewhite:20",
                      S("mediodia-an", 50, 0, _CL), "fadeio:16:12",
                      S("fin244-an", 34, 0, _CL)]),
    ("to-nisi", [S("titlos-an", 36, 0, _GR), "cut",
                 S("limani-an", 66, 0, f"panl-an {_GR}"), "cut",
                 S("sokaki-an", 50, 0, f"mavrofora-an {_GR}"), "cut",
                 S("kafeneio-an", 56, 0, _GR), "cut",
                 S("psaras-an", 34, 0, f"sub-psaras-an {_GR}"), "cut",
                 S("koritsi-an", 32, 0, f"sub-koritsi-an {_GR}"), "cut",
                 S("psaras-an", 32, 34, f"closer-an {_GR}"), "fade:24",
                 S("ekklisaki-an", 54, 0, _GR), "cut",
                 S("panigyri-an", 58, 0, f"blitz-an {_GR}"), "cut",
                 S("panigyri-an", 32, 58, f"closer-an {_GR}"), "fadeblack:22",
                 S("avgi-an", 54, 0, _GR), "fadeio:18:14",
                 S("telos-an", 34, 0, _GR)]),
]
