"""Sources, effects and recipes of held-out-al (clips 228-233), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-227. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a title card, a
maple wood in the snow with sap buckets on the trunks under a caption and a pan, a horse drawing
a sled of sap barrels with a man passing the lens, a sugar shack filling with steam shot
hand-held, a fiddler's face in a cap and an old woman's face before one plank wall, a kitchen
dance under a bulb with a press camera's flashbulb and a nearer framing of it, a snowy road in a
ground blizzard, near white, the maple wood at night with a lantern carried through it and a
card reading FIN (a 1960s Quebec direct-cinema documentary in 1.33, 16 mm black and white with
grain and a slight flicker); the steppe at dawn with a yurt under a title, dissolving slowly
into a herd of horses grazing in the wind, a horseman galloping across the steppe cut on the
action to a closer tracking framing of him still galloping, a golden eagle followed by a fast
pan, an eagle hunter's face in a fox-fur hat and his grandmother's face in a white headscarf
before one felt wall with subtitles, the inside of a yurt by a stove, a dust storm shot hand-held,
the steppe at night whose moon comes out from a cloud and a card reading BITTI (a 2000s Kazakh
steppe film in 2.35, warm dusty colour); a skyline of towers at dusk under a title and a pan, a
concrete apartment block of balconies and a hazy sea with an arched rock of about the same
brightness, a street with a scooter passing the lens, a woman's face and a man's face before one
tiled kitchen wall with subtitles and a closer framing of hers, a living room at night whose
lights fail in a power cut and come back on the generator, rooftops at night under a whip pan,
the seafront in the morning haze, near white, with a runner, and a card reading NIHAYA (a 2010s
Lebanese urban drama in 2.39, contrasty teal and orange digital colour); a framed title card, a
painted palace with dancers swaying between its pillars, a forest road with a chariot wheel
passing the lens, a king's face in a crown and a queen's face before one painted curtain, a
sage's hermitage with the smoke of his fire, a storm over the forest with lightning, a fade
through white into a goddess in a turning halo, temple steps with oil lamps under a slow tilt, a
nearer framing of the palace and a card reading SAMAPT (a 1930s Indian mythological film in 1.37,
soft black and white with flicker, scratches and grain); a harbour of coloured houses under a
title, a boat at sea rolling with a gull passing the lens, a camera carried through a dark pub
and out of its door into the street in one shot, a fisherman's bearded face in a knitted cap
and a red-haired woman's face before one panelled wall with subtitles and a closer framing of
his, cliffs with waves bursting into spray, the harbour by day again matched by a cut to the same
harbour at night with its windows and lamps lit under a credit and a card reading CRIOCH (a
1990s Irish fishing-village drama in 1.85, soft green-grey colour); the river and its red
bridge under a title and a pan, a steep street with a yellow tram passing the lens, a tiled
wall, a singer's face in a black shawl and a guitarist's face before one dark wall, a fado house
whose lights are dimmed to its candles, a viewpoint at dusk whose street lamps come on, laundry
between houses with a sheet blowing over the lens, a fade through white into a beach, near
white, under a slow push in, the river again in a nearer framing under a credit and a card
reading FIM (a 2000s Portuguese Lisbon film in 1.66, pale warm colour).
"""

import re

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed
from shots_sources_ad import _card
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _person
from shots_sources_ag import _any, _box, _fade, _g, _zoom
from shots_sources_ak import _BLOOM, _CROSS, _EDGE


def _horse(x, y, s, gall, rider=True):
    """Masks of a horse (and its rider) facing right at (x, y) (expressions), of scale s, its
    legs swinging with the phase gall (an expression in N): the horse, the rider."""
    x, y = f"({x})", f"({y})"
    horse = _any([
        f"lt(hypot((X-{x})/{14 * s},(Y-{y})/{6 * s}),1)",
        f"lt(abs(X-{x}-{12 * s}+0.8*(Y-{y})),{2.6 * s})*between(Y,{y}-{12 * s},{y})",
        f"lt(hypot((X-{x}-{23 * s})/{5 * s},(Y-{y}+{12 * s})/{2.6 * s}),1)",
        f"lt(abs(Y-{y}+{2 * s}-0.5*(X-{x}+{14 * s})),{1.2 * s})*between(X,{x}-{20 * s},{x}-{13 * s})",
        *(f"lt(abs(X-{x}-({d * s})-{4 * s}*sin({gall}+{ph})*(Y-{y})/{14 * s}),{1.3 * s})"
          f"*between(Y,{y},{y}+{14 * s})" for d, ph in ((-10, 0), (-6, 2.2), (8, 1.1), (12, 3.3)))])
    man = _any([f"lt(hypot((X-{x}-{2 * s})/{3.5 * s},(Y-{y}+{11 * s})/{7 * s}),1)",
                f"lt(hypot(X-{x}-{3 * s},Y-{y}+{21 * s}),{3 * s})"]) if rider else "0"
    return horse, man


def _warp(e, z, cx=160, cy=96):
    """e (an expression in X, Y) seen through a camera moved towards (cx, cy): magnified z."""
    e = re.sub(r"\bX\b", f"({cx}+(X-{cx})/{z})", str(e))
    return re.sub(r"\bY\b", f"({cy}+(Y-{cy})/{z})", e)


def _harbour(night):
    """A harbour of coloured houses on a quay with two boats, by day or at night, in one
    composition (for the match cut)."""
    house = "floor((X-6)/34)"
    lamps = _any(f"lt(hypot(X-{x},Y-84),2.5)" for x in (40, 130, 220, 300))
    win = "lt(abs(mod(X-6,34)-17),5)*lt(abs(mod(Y-60,13)-6),3)*between(Y,60,86)"
    layers = [
        ("lt(abs(X-92),1)*between(Y,70,118)+lt(abs(X-224),1)*between(Y,78,124)", 40, 128, 128),
        ("lt(hypot((X-92)/26,(Y-120)/5),1)*lt(Y,122)", 150 if not night else 30, 150, 110),
        ("lt(hypot((X-224)/22,(Y-126)/4),1)*lt(Y,128)", 200 if not night else 40, 110, 170),
        *([(lamps, 250, 110, 150)] if night else []),
        (win, 230 if night else 70, 100 if night else 130, 160 if night else 125),
        ("between(Y,42,52)*lt(abs(mod(X-6,34)-17),17-1.7*(52-Y))", 60 if not night else 20, 128,
         132),
        ("between(Y,52,92)", f"{'170' if not night else '38'}+25*sin({house}*2.7)",
         f"128+22*sin({house}*1.9)", f"128+26*cos({house}*3.1)"),
        ("between(Y,92,104)", 130 if not night else 30, 126, 130),
        (f"gt(Y,104)*lt(abs(mod(X-{130 if night else 60},90)-45),3)*lt(mod(Y+3*sin(X),6),3)",
         230 if night else 170, 115 if night else 128, 150 if night else 128),
        ("gt(Y,104)", "{}+8*sin(X/9+Y*0.8)".format(24 if night else 110), 135 if not night else 140,
         122 if not night else 124),
        ("gt(Y,34+10*sin(X/60)+4*sin(X/17))", 80 if not night else 14, 118, 122)]
    bg = ("18+0.05*Y", 142, 124) if night else ("210-0.3*Y", 138, 122)
    return _paint(layers, bg)


# A 1960s Quebec direct-cinema documentary (drawn in greys).
_TRUNKS = [(30, 7), (88, 9), (140, 6), (205, 10), (262, 7), (304, 5)]
_PLANKS = ("104+10*sin(X/9)*sin(Y/31)-24*lt(mod(X,26),1.5)+5*sin(Y/3+X*0.7)", 128, 128)
_TRUNKSM = _any(f"lt(abs(X-{x}-2*sin(Y/15+{k})),{w}+0.02*Y)*lt(Y,132)"
                for k, (x, w) in enumerate(_TRUNKS))
_HX = "(10+5*N)"

# A 2000s Kazakh steppe film.
_FELT = ("128+8*sin(X/5)*sin(Y/7)+70*lt(abs(abs(mod(X,48)-24)+abs(mod(Y,48)-24)-14),1.5)", 112,
         164)
_YURT = "between(X,176,224)*between(Y,94,114)+lt(hypot((X-200)/25,(Y-95)/14),1)*lt(Y,95)"
_STARS = "lt(mod(sin(X*12.9898+Y*78.233)*43758.5453,1),0.0012)"
_GALLOP = _horse(_HX, 112, 1.1, "N*0.9")
_TRACK = _horse("100+3*N", 100, 3.5, "N*0.9")

# A 2010s Lebanese urban drama.
_TILES = ("178+6*sin(X/3)*sin(Y/4)-44*gt(lt(mod(X,20),1.2)+lt(mod(Y,20),1.2),0)", 140, 120)
_TOWERS = [(10, 48, 40), (56, 30, 64), (94, 42, 28), (150, 36, 52), (196, 50, 34), (254, 34, 58),
           (290, 30, 44)]

# A 1930s Indian mythological film (drawn in greys).
_PARDA = ("120+26*sin(X/7)+6*sin(X/2.3)-30*lt(mod(Y,40),2)", 128, 128)
_DANCERS = [(64, 0), (128, 1.7), (192, 3.1), (256, 4.4)]

# A 1990s Irish fishing-village drama.
_PUB = ("66+8*sin(X/4)*sin(Y/6)-18*lt(mod(Y,22),1.5)+14*lt(mod(X,64),2)", 120, 138)
_Z = "(1+0.0024*N*N)"
_ZE = "(1+0.0003*N*N)"
_DOOR = _warp("lt(abs(X-160),22)*between(Y,56,136)", _Z)

# A 2000s Portuguese Lisbon film.
_WALL = ("48+6*sin(X/5)*sin(Y/8)", 122, 150)
_BRIDGE = "(62+0.0016*pow(X-150,2))"

LAVFI_AL = {
    # A 1960s Quebec direct-cinema documentary.
    "titre-al": _card(["LES SUCRIERS", "1963"], 22, 64, 38, "0xe8e8e8", FONT, "0x000000"),
    "erabliere-al": _paint([
        _g(_any(f"between(X,{x}-5,{x}+5)*between(Y,94,108)" for x, _ in _TRUNKS), 175),
        _g(_TRUNKSM, "42+8*sin(Y/3)"),
        _g("gt(Y,118+4*sin(X/30))", "214+5*sin(X*0.7+Y*0.4)"),
        _g("lt(Y,60)*gt(sin(X/5+Y/7)*sin(X/11-Y/3),0.2)", 110)],
        ("150+0.3*Y", 128, 128)),
    "traineau-al": _paint([
        _g(_any([f"lt(hypot((X-70-1.2*N)/18,(Y-116)/14),1)",
                 f"lt(hypot((X-42-1.2*N)/18,(Y-116)/14),1)"]), "150-25*lt(mod(X-1.2*N,12),2)"),
        _g(_horse("150+1.2*N", 100, 2.4, "N*0.3", False)[0], 40),
        _g("between(Y,124,130)", 170),
        _g("gt(Y,104)", "205+6*sin(X*0.5+Y)"),
        _g(_any(f"lt(abs(X-{x}),{w})*lt(Y,104)" for x, w in ((20, 3), (70, 4), (250, 3),
                                                             (292, 5))), 50)],
        ("160-0.2*Y", 128, 128)),
    "cabane-al": _paint([
        _g(_any(f"lt(hypot((X-{x})/8,(Y-138)/5),1)" for x in (110, 160, 210)),
           "200+40*sin(N*1.7+X)"),
        _g(_box(70, 250, 108, 130), "140+30*lt(mod(X,30),2)"),
        _g(_box(60, 260, 130, 150), 35),
        _g("lt(abs(X-280),6)*lt(Y,108)", 70)],
        ("34+6*lt(mod(X,24),1.2)", 128, 128),
        add="90*clip(sin(X/13+N*0.2)*sin(Y/9+N*0.35)+0.6*sin((X+Y)/21-N*0.1),0,1)*lt(Y,112)"
            "*clip((112-Y)/30,0,1)"),
    "violon-al": _person(150, 96, (40, 128, 128), False, 175, (60, 128, 128), _PLANKS, top=[
        _g("lt(hypot((X-150)/38,(Y-60)/12),1)*lt(Y,64)+lt(hypot((X-176)/20,(Y-64)/4),1)", 55)]),
    "grandmere-al": _person(168, 94, (205, 128, 128), True, 165, (90, 128, 128), _PLANKS, top=[
        _g("lt(abs(X-168),22)*between(Y,122,126)", 150)]),
    "danse-al": _paint([
        _g("lt(hypot(X-160,Y-22),5)", 245),
        _g("lt(abs(X-160),0.8)*lt(Y,18)", 30),
        _g(_any(f"lt(hypot(X-{x}-8*sin(N*0.4+{k}),Y-74-4*abs(sin(N*0.5+{k}))),10)"
                f"+between(Y,84-4*abs(sin(N*0.5+{k})),150)"
                f"*lt(abs(X-{x}-8*sin(N*0.4+{k})),16-0.04*(Y-84))"
                for k, x in enumerate((50, 110, 175, 240, 295))), 28),
        _g("gt(Y,140)", "70+10*lt(mod(X+0.5*Y,20),1.5)")],
        ("60+6*lt(mod(X,24),1.2)", 128, 128), add="70*exp(-hypot(X-160,Y-22)/70)"),
    "poudrerie-al": _paint([
        _g("lt(mod(Y+4*sin(X/30),6),0.9)*lt(mod(X+N*26+41*sin(floor(Y/6)*2.9),70),30)", 250),
        _g(_any(f"lt(abs(X-{x}),{w})*between(Y,{y},{y}+{h})"
                for x, y, w, h in ((60, 92, 2, 30), (130, 90, 1.5, 18), (180, 88, 1, 10))), 80),
        _g("gt(Y,96)", "232+3*sin(X*0.6)")],
        ("220", 128, 128)),
    "nuit-al": _paint([
        _g("lt(hypot(X-60-1.5*N,Y-104-2*sin(N*0.6)),3)", 250),
        _g(_TRUNKSM, 14),
        _g("gt(Y,118+4*sin(X/30))", "58+4*sin(X*0.7+Y*0.4)")],
        ("30-0.05*Y", 128, 128), add="70*exp(-hypot(X-60-1.5*N,Y-106)/28)"),
    "fin-al": _card(["FIN"], 30, 72, 0, "0xe8e8e8", FONT, "0x000000"),
    # A 2000s Kazakh steppe film.
    "dala-al": _paint([
        (_box(196, 204, 102, 114), 80, 110, 170),
        (_YURT, "215-20*lt(mod(X,12),1)", 120, 136),
        ("gt(Y,100)", "118+10*sin(X*0.4+Y*0.9)", 100, 150),
        ("gt(Y,88+5*sin(X/40))", 120, 132, 136)],
        ("150+0.3*Y", 120, 148), add="60*exp(-hypot(X-70,Y-90)/50)"),
    "tabun-al": _paint([
        *((m, 50 + 20 * k, 110, 150) for k, m in enumerate(
            _horse(x, y, s, "0.1*sin(N*0.2)", False)[0]
            for x, y, s in ((60, 100, 1.4), (150, 110, 1.8), (250, 104, 1.5)))),
        ("gt(Y,96)", "132+12*sin(X*0.3+N*0.4+Y*0.7)", 102, 148),
        ("gt(Y,84+6*sin(X/50))", 118, 130, 136)],
        ("196-0.6*Y", 122, 144)),
    "chabandoz-al": _paint([
        (_GALLOP[1], 40, 140, 120),
        (_GALLOP[0], 60, 116, 150),
        ("gt(Y,96)", "126+10*sin(X*0.4+Y*0.9)", 102, 150),
        ("gt(Y,80+5*sin(X/40))", 120, 132, 136)],
        ("190-0.5*Y", 120, 144)),
    "chabandoz2-al": _paint([
        (_TRACK[1], 40, 140, 120),
        (_TRACK[0], 60, 116, 150),
        ("gt(Y,60)", "126+14*sin((X+7*N)*0.35+Y*0.6)", 102, 150),
        ("gt(Y,44+5*sin((X+N)/40))", 120, 132, 136)],
        ("180-0.6*Y", 120, 144)),
    "burkit-al": _paint([
        ("lt(abs(Y-70-3*sin(N*0.3)+5*cos((X-280+2.2*N)/10)-5),2.5-0.06*abs(X-280+2.2*N))"
         "*lt(abs(X-280+2.2*N),36)+lt(hypot((X-280+2.2*N)/9,(Y-72-3*sin(N*0.3))/4),1)", 40, 130,
         134),
        ("gt(Y,130+12*sin(X/35)+5*sin(X/9))", "100+10*sin(X*0.8)", 115, 140),
        ("lt(hypot((mod(X+0.5*N,160)-80)/50,(Y-40)/10),1)", 220, 126, 132)],
        ("200-0.4*Y", 150, 116)),
    "berkutchi-al": _person(150, 98, (30, 128, 128), False, 150, (80, 124, 140), _FELT, top=[
        ("lt(hypot((X-150)/44,(Y-56)/26),1)*lt(Y,70)", "150+20*sin(X*1.3+Y*0.7)", 100, 158)]),
    "azhe-al": _person(168, 96, (228, 124, 132), True, 160, (120, 110, 150), _FELT),
    "kiyiz-uy-al": _paint([
        ("lt(hypot(X-160,Y-14),14)", 240, 120, 140),
        ("lt(hypot((X-160)/10,(Y-124-sin(N*1.3))/6),1)*lt(Y,126)", 235, 90, 175),
        (_box(140, 180, 124, 150), 50, 124, 134),
        ("between(Y,50,130)*(lt(abs(mod(X+Y,22)-11),1)+lt(abs(mod(X-Y,22)-11),1))", 90, 112, 152),
        ("gt(Y,140)", "60+10*lt(mod(X,40),20)", 110, 160)],
        ("40", 118, 146), add="60*exp(-hypot(X-160,Y-124)/40)*(0.9+0.1*sin(N*1.9))"
                             "+40*exp(-hypot(X-160,Y-14)/60)"),
    "boran-al": _paint([
        ("lt(mod(Y+3*sin(X/20),5),1)*lt(mod(X+N*18+33*sin(floor(Y/5)*4.1),50),20)", 215, 108, 150),
        (_horse("120+0.5*N", 112, 1.2, "0", False)[0] + "+" + _horse("220+0.5*N", 108, 1, "1",
                                                                   False)[0], 120, 116, 144),
        ("gt(Y,110)", "170+4*sin(X*0.5)", 104, 152)],
        ("165", 108, 150)),
    "tun-al": _paint([
        ("lt(hypot((X-250-0.3*N)/40,(Y-44)/12),1)", 40, 132, 124),
        (_YURT, 22, 132, 124),
        (_box(196, 204, 102, 114), 200, 100, 168),
        ("gt(Y,100)", "24+4*sin(X*0.4+Y*0.9)", 132, 124),
        (_STARS + "*lt(Y,100)", 220, 128, 128)],
        ("12+0.05*Y", 140, 122)),
    "bitti-al": _card(["BITTI"], 30, 72, 0, "0xf8e8c8", SERIF, "0x140c04"),
    # A 2010s Lebanese urban drama.
    "skyline-al": _paint([
        (_any(f"between(X,{x},{x}+{w})*gt(Y,{y})*lt(mod(X-{x},8),4)*lt(mod(Y,9),4)"
              f"*gt(sin(X*3.1+Y*7.7),0.4)" for x, w, y in _TOWERS), 220, 100, 165),
        (_any(f"between(X,{x},{x}+{w})*gt(Y,{y})" for x, w, y in _TOWERS), "40+6*sin(X/3)",
         140, 122),
        ("gt(Y,130)", 30, 140, 122)],
        ("150-0.8*Y", 110, 160), add="40*exp(-hypot(X-250,Y-110)/60)"),
    "binayeh-al": _paint([
        ("lt(abs(mod(X,60)-48),7)*between(mod(Y,30),8,18)", 170, 128, 128),
        ("lt(mod(Y,30),5)", 58, 130, 126),
        ("lt(abs(mod(X,60)-20),14)*between(mod(Y,30),7,27)", "84+20*lt(mod(Y,4),2)", 134, 120)],
        ("128+8*sin(X*0.9)*sin(Y*1.3)", 130, 126)),
    "bahr-al": _paint([
        ("lt(hypot((X-210)/44,(Y-112)/56),1)*lt(Y,124)"
         "*(1-lt(hypot((X-204)/13,(Y-124)/20),1))", 62, 130, 130),
        ("gt(Y,100)", "96+8*sin(X/7+Y*0.9+N*0.2)", 146, 116),
        ("between(Y,96,100)", 140, 136, 120)],
        ("138-0.1*Y", 140, 120)),
    "share3-al": _paint([
        ("lt(abs(Y-30-0.002*pow(X-160,2)),0.8)+lt(abs(Y-38-0.0018*pow(X-160,2)),0.8)", 20, 128,
         128),
        (_box(80, 130, 40, 56) + "+" + _box(210, 250, 50, 62), 200, 170, 110),
        ("lt(X,100-0.4*abs(Y-100))", "90+30*lt(mod(Y,18),8)*lt(mod(X,14),7)", 120, 140),
        ("gt(X,220+0.4*abs(Y-100))", "110+30*lt(mod(Y+5,18),8)*lt(mod(X,14),7)", 130, 128),
        ("gt(Y,120)", "70+4*sin(X*0.8)", 128, 128)],
        ("185-0.4*Y", 120, 140)),
    "rana-al": _person(150, 96, (22, 128, 128), True, 170, (110, 150, 110), _TILES),
    "karim-al": _person(170, 94, (34, 128, 128), False, 155, (150, 112, 140), _TILES, top=[
        ("lt(hypot((X-170)/26,(Y-122)/14),1)*gt(Y,112)", 105, 124, 136)]),
    "salon-al": _paint([
        ("lt(hypot((X-250)/16,(Y-70)/14),1)*lt(Y,72)", 240, 110, 160),
        (_box(246, 254, 72, 110) + "+" + _box(232, 268, 110, 116), 60, 128, 130),
        (_box(30, 200, 100, 140), "90+10*lt(mod(X,40),2)", 140, 150),
        (_box(120, 210, 20, 80) + "*lt(mod(X,6),2)*lt(mod(Y,7),3)*gt(sin(X*5.1+Y*2.3),0.5)", 200,
         110, 160),
        (_box(120, 210, 20, 80), 20, 150, 120),
        ("gt(Y,140)", "70+10*lt(mod(X+Y,30),1)", 124, 144)],
        ("110", 122, 144), add="80*exp(-hypot(X-250,Y-70)/60)"),
    "stouh-al": _paint([
        (_any(f"lt(abs(X-{x}),0.8)*between(Y,{y}-30,{y})+lt(abs(Y-{y}+24),0.8)*lt(abs(X-{x}),8)"
              for x, y in ((40, 90), (170, 80), (300, 94))), 70, 128, 128),
        (_any(f"lt(hypot((X-{x})/14,(Y-{y})/14),1)*lt(X,{x}+4)" for x, y in ((110, 84), (240, 92))),
         120, 130, 124),
        (_any(_box(x, x + 26, y, y + 20) for x, y in ((60, 80), (190, 86), (270, 78))), 60, 134,
         124),
        ("gt(Y,96+4*sin(X/20))", "40+6*lt(mod(X,30),1)", 136, 124),
        ("lt(Y,96)*gt(Y,86)*lt(mod(X,5),2)*gt(sin(X*3.3),0.2)", 200, 100, 165)],
        ("20+0.1*Y", 150, 120)),
    "corniche-al": _paint([
        ("lt(hypot(X-40-2.2*N,Y-86),4)+between(Y,90,116)*lt(abs(X-40-2.2*N),3+2*abs(sin(N*0.6)))",
         110, 140, 130),
        (_any(f"lt(abs(X-{x}),2)*between(Y,50,120)+lt(hypot((X-{x})/24,(Y-50)/6),1)"
              for x in (90, 230)), 150, 120, 130),
        ("gt(Y,116)", "236+3*sin(X*0.9)", 128, 130),
        ("gt(Y,70)", "218+6*sin(X/6+N*0.2)", 136, 122)],
        ("232-0.05*Y", 134, 124)),
    "nihaya-al": _card(["NIHAYA"], 30, 72, 0, "0xffffff", FONT, "0x000000"),
    # A 1930s Indian mythological film.
    "shirshak-al": _framed(["DEVI MAHIMA", "1936"], 22, 60, 42, "0xe8e8e8", SERIF, "0x0a0a0a",
                           "0xb0b0b0"),
    "mahal-al": _paint([
        _g(_any(f"lt(hypot(X-{x}-6*sin(N*0.25+{p}),Y-74),8)"
                f"+between(Y,82,140)*lt(abs(X-{x}-6*sin(N*0.25+{p})),6+0.1*(Y-82))"
                f"+lt(abs(Y-90+14*abs(sin(N*0.3+{p}))-0.3*abs(X-{x})),2)*lt(abs(X-{x}),24)"
                for x, p in _DANCERS), 40),
        _g("lt(abs(mod(X,64)-32),8)*gt(Y,40)", "200-20*lt(abs(mod(X,64)-32),2)"),
        _g("lt(Y,40+10*abs(sin(X*0.05)))*gt(Y,20)", 170),
        _g("gt(Y,140)", "100+60*mod(floor(X/20)+floor(Y/10),2)")],
        ("120+10*sin(X/4)", 128, 128)),
    "van-al": _paint([
        _g("lt(abs(X-160-0.9*(Y-60)*sin(X/50)),1)*gt(Y,60)", 150),
        _g("gt(Y,110)*lt(abs(X-160),10+1.6*(Y-110))", "150+10*sin(Y*0.7)"),
        _g("lt(Y,110)*gt(sin(X/6+sin(Y/7)),0.1)*gt(sin(Y/5+sin(X/9)),-0.3)", "50+20*sin(X/3)"),
        _g("gt(Y,110)", 80)],
        ("170", 128, 128)),
    "raja-al": _person(150, 98, (30, 128, 128), False, 165, (180, 128, 128), _PARDA, top=[
        _g("lt(abs(X-150),30)*between(Y,36,62)*gt(Y,36+14*abs(sin((X-150)/7)))", 225),
        _g("lt(hypot((abs(X-150)-9)/10,(Y-119)/2.6),1)", 25)]),
    "rani-al": _person(168, 96, (25, 128, 128), True, 185, (200, 128, 128), _PARDA, top=[
        _g("lt(hypot(X-168,Y-80),2.2)", 245),
        _g("lt(abs(X-168),28)*between(Y,56,60)", 215)]),
    "ashram-al": _paint([
        _g("lt(hypot((X-150)/12,(Y-130-sin(N*1.5))/5),1)", 235),
        _g("lt(hypot(X-190,Y-104),8)+between(Y,112,138)*lt(abs(X-190),14)", 30),
        _g("gt(Y,80+0.5*abs(X-70))*lt(Y,110)*lt(abs(X-70),60)+" + _box(24, 116, 110, 138),
           "120+20*lt(mod(X+Y,8),2)"),
        _g("gt(Y,138)", 90)],
        ("180-0.4*Y", 128, 128),
        add="55*(0.6+0.4*sin(Y/9+N*0.3+sin(X/7)))*exp(-pow((X-150-0.3*(130-Y)"
            "-6*sin(Y/15+N*0.1))/(5+0.25*(130-Y)),2))*lt(Y,128)"),
    "toofan-al": _paint([
        _g("lt(mod(X-0.3*Y,8),0.8)*lt(mod(Y+N*30+43*sin(floor((X-0.3*Y)/8)*4.9),46),11)", 120),
        _g("gt(Y,90+20*sin(X/23+2*sin(N*0.2))*sin(X/7))", "18+8*sin(X/3+N*0.3)"),
        _g("lt(Y,60)*gt(sin(X/25+N*0.05)*sin(Y/9),0.2)", 40)],
        ("30+0.1*Y", 128, 128)),
    "devi-al": _paint([
        _g(_any(f"lt(abs(atan2(Y-86,X-160)-({a})),0.06)*between(hypot(X-160,Y-86),30,50)"
                for a in (-2.4, -1.9, -1.2, -0.7)), 60),
        _g("lt(hypot(X-160,Y-62),9)+between(Y,70,150)*lt(abs(X-160),10+0.15*(Y-70))", 190),
        _g("lt(hypot(X-160,Y-86),58)*gt(sin(atan2(Y-86,X-160)*12+N*0.2),0.2)", 252),
        _g("lt(hypot(X-160,Y-86),60)", 225)],
        ("200", 128, 128)),
    "mandir-al": _paint([
        _g(_any(f"lt(hypot((X-{x})/2,(Y-{y}-sin(N*1.4+{x}))/4),1)"
                for x, y in ((40, 150), (90, 134), (140, 118), (190, 118), (240, 134),
                             (290, 150))), 250),
        _g(_any(f"lt(hypot(X-{x},Y-150+6*abs(sin(N*0.1+{k}))),7)"
                for k, x in enumerate((70, 130, 210, 260))), 30),
        _g("lt(mod(Y,16),2)*gt(Y,90)", 70),
        _g("gt(Y,90)", "140-0.4*Y"),
        _g("lt(abs(X-160),40)*gt(Y,10+0.6*abs(X-160))", "80+10*lt(mod(Y,12),2)")],
        ("150-0.3*Y", 128, 128), add="40*exp(-hypot(X-160,Y-140)/80)"),
    "samapt-al": _card(["SAMAPT"], 30, 72, 0, "0xe0e0e0", SERIF, "0x000000"),
    # A 1990s Irish fishing-village drama.
    "cuan-al": _harbour(False),
    "cuan-oiche-al": _harbour(True),
    "bad-al": _paint([
        ("lt(abs(X-160),1)*between(Y,50,110)", 60, 128, 128),
        ("between(Y,56,100)*lt(abs(X-164),0.06*(Y-56)*6)*gt(X,161)", 225, 126, 130),
        ("lt(hypot((X-160)/60,(Y-116)/14),1)*lt(Y,118)", 70, 150, 120),
        ("gt(Y,104+4*sin(X/20+N*0.2))", "100+20*sin(X/9+N*0.3+Y*0.5)", 136, 120),
        ("gt(Y,90+3*sin(X/70))", 110, 132, 124)],
        ("170-0.2*Y", 136, 124)),
    "teach-al": _paint([
        (_warp("lt(hypot(X-110,Y-40),5)", _Z), 240, 110, 150),
        (_warp("between(X,30,108)*between(Y,100,136)", _Z), "60+8*lt(mod(X,20),1)", 118, 146),
        (_warp("between(X,30,108)*between(Y,60,96)*lt(abs(mod(X,10)-5),2)", _Z), 150, 100, 150),
        (_warp("lt(abs(X-160),26)*between(Y,52,136)*(1-lt(abs(X-160),22)*gt(Y,56))", _Z), 30, 124,
         136),
        (_DOOR + "*" + _warp("between(X,110,210)*between(Y,70,94)*lt(mod(X,12),6)", _ZE), 60, 130,
         124),
        (_DOOR + "*" + _warp("between(Y,60,110)", _ZE), f"180+20*sin(floor({_warp('X', _ZE)}/30))",
         120, 140),
        (_DOOR + "*" + _warp("gt(Y,110)", _ZE), 120, 128, 128),
        (_DOOR, 210, 136, 122),
        (_warp("gt(Y,136)", _Z), "50+8*lt(mod(X,24),1)", 118, 144)],
        (_warp(_PUB[0], _Z), 120, 138),
        add=_warp("60*exp(-hypot(X-110,Y-40)/60)", _Z)),
    "padraig-al": _person(150, 96, (90, 124, 140), False, 170, (70, 136, 120), _PUB, top=[
        ("lt(hypot((X-150)/30,(Y-122)/20),1)*gt(Y,106)*(1-lt(hypot((X-150)/9,(Y-121)/3),1))",
         80, 122, 140),
        ("lt(hypot((X-150)/36,(Y-62)/18),1)*lt(Y,66)", "60+20*lt(mod(X+Y,6),3)", 150, 110)]),
    "siobhan-al": _person(168, 94, (110, 100, 175), True, 200, (140, 150, 110), _PUB),
    "aillte-al": _paint([
        ("lt(X,110+20*sin(Y/20)+0.4*Y)", "60+16*sin(X/5)*sin(Y/3)", 124, 132),
        ("gt(Y,96)", "90+20*sin(X/8+N*0.25+Y*0.6)", 138, 120),
        ("gt(Y,86)", 120, 134, 122)],
        ("190-0.4*Y", 134, 124),
        add="150*exp(-pow((X-150)/40,2)-pow((Y-110+20*clip(sin(N*0.12),0,1))/(10+30*clip(sin(N*0.12)"
            ",0,1)),2))*clip(sin(N*0.12),0,1)"),
    "crioch-al": _card(["CRIOCH"], 30, 72, 0, "0xf0f0e0", SERIF, "0x000000"),
    # A 2000s Portuguese Lisbon film.
    "tejo-al": _paint([
        ("lt(abs(X-110),3)*between(Y,40,110)+lt(abs(X-270),3)*between(Y,40,110)", 110, 120, 170),
        (f"lt(abs(Y-{_BRIDGE}),1)*between(X,40,320)+between(Y,96,100)", 90, 120, 165),
        ("gt(Y,104)", "150+14*sin(X/6+N*0.2+Y*0.7)", 132, 124),
        ("gt(Y,90+6*sin(X/40))", 150, 124, 132)],
        ("215-0.4*Y", 134, 124)),
    "eletrico-al": _paint([
        (_any(f"between(X,{x},{x}+34)*between(Y,{y}-0.3*X,{y}+60-0.3*X)"
              for x, y in ((0, 60), (40, 50), (80, 40))), "175+20*lt(mod(X,8),3)", 110, 155),
        ("lt(abs(Y-150+0.3*X),1)", 80, 128, 128),
        ("gt(Y,110-0.3*X)*lt(X,120)", "130+15*lt(mod(X+Y,10),1)", 124, 134),
        ("gt(X,200)*gt(Y,40)", "190+20*sin(floor(X/40)*2.3)", 140, 122)],
        ("210-0.3*Y", 140, 122)),
    "azulejo-al": _paint([
        (_box(120, 200, 40, 120) + "*lt(abs(X-160),1.5)", 230, 128, 128),
        (_box(120, 200, 40, 120), "40+4*sin(N*0.05)", 140, 124),
        (_box(112, 208, 32, 128), 230, 128, 128),
        ("1", "190-50*lt(abs(abs(mod(X,16)-8)+abs(mod(Y,16)-8)-5),1.2)-20*gt(lt(mod(X,16),1)"
         "+lt(mod(Y,16),1),0)", "128+50*lt(abs(abs(mod(X,16)-8)+abs(mod(Y,16)-8)-5),1.2)", 120)],
        ("190", 128, 128)),
    "fadista-al": _person(150, 98, (15, 128, 128), True, 175, (20, 128, 128), _WALL, top=[
        ("gt(Y,120)*lt(abs(X-150),46+0.6*(Y-120))*(1-lt(hypot((X-150)/22,(Y-116)/26),1))", 18,
         128, 128)], add="30*exp(-hypot(X-150,Y-90)/50)"),
    "guitarrista-al": _person(170, 96, (150, 128, 128), False, 165, (40, 128, 128), _WALL),
    "casa-al": _paint([
        (_any(f"lt(hypot((X-{x})/2,(Y-{y}-sin(N*1.6+{x}))/4),1)" for x, y in ((60, 112),
                                                                            (160, 110),
                                                                            (260, 114))),
         245, 100, 165),
        (_any(f"lt(hypot((X-{x})/36,(Y-{y}-6)/5),1)" for x, y in ((60, 112), (160, 110),
                                                                  (260, 114))), 170, 128, 128),
        (_any(f"lt(hypot(X-{x},Y-80),9)+between(Y,88,118)*lt(abs(X-{x}),14)"
              for x in (30, 120, 200, 300)), 30, 128, 128),
        ("lt(Y,40)", "120+10*lt(mod(X,30),2)", 120, 150)],
        ("100+6*sin(X/5)", 118, 150),
        add=_any(f"50*exp(-hypot(X-{x},Y-{y})/24)" for x, y in ((60, 112), (160, 110),
                                                               (260, 114)))),
    "miradouro-al": _paint([
        (_any(f"lt(abs(X-{x}),1.5)*between(Y,60,150)+lt(hypot((X-{x})/7,(Y-60)/5),1)"
              for x in (60, 250)), 30, 128, 128),
        ("gt(Y,110+12*sin(X/30))*lt(mod(X,9),5)*lt(mod(Y,7),3)*gt(sin(X*2.3+Y*1.7),0.3)", 90, 120,
         150),
        ("gt(Y,110+12*sin(X/30))", 50, 124, 140),
        ("gt(Y,80)*lt(Y,110)", "70+6*sin(X/4)", 140, 122)],
        ("120-0.6*Y", 120, 150)),
    "roupa-al": _paint([
        (_any(f"between(X,{x},{x}+22)*between(Y,{y},{y}+26+4*sin(N*0.3+X/9))"
              for x, y in ((70, 64), (110, 66), (160, 70), (200, 68), (245, 66))),
         "215+20*sin(floor(X/40))", "128+30*sin(floor(X/40)*2.3)", "128+30*cos(floor(X/40)*1.7)"),
        ("lt(abs(Y-64-0.01*pow(X-160,2)/8),0.8)", 50, 128, 128),
        ("lt(X,60)+gt(X,270)", "170+10*lt(mod(Y,14),1)", 120, 150)],
        ("200-0.3*Y", 140, 122)),
    "praia-al": _paint([
        ("lt(abs(Y-104-3*sin(X/20+N*0.15)),2)", 252, 128, 128),
        ("between(Y,70,104)", "200+8*sin(Y*1.1+N*0.2)", 140, 120),
        ("gt(Y,104)", "236+4*sin(X*0.9+Y*1.3)", 124, 134)],
        ("230-0.1*Y", 136, 122)),
    "fim-al": _card(["FIM"], 32, 70, 0, "0xfff0d8", SERIF, "0x140c08"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AL = {}

# The power cut: the lights off from MID-12, back on the generator from MID+8 to MID+10.
_OFF = f"{_ramp(-12, -11)}*(1-{_ramp(8, 10)})"

FX_AL = {
    **{f"grain{k}1-al": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 12, "t+u", 95228031), (2, 5, "t", 95229043), (3, 6, "t", 95230057),
        (4, 11, "t+u", 95231061), (5, 6, "t", 95232073), (6, 5, "t", 95233087)]},
    # Framings and bars as in held-out-af and -ae (nothing random in them).
    **{f"{k}-al": FX_AF[f"{k}-af"] for k in ("closer", "near", "box137", "box166", "box185",
                                              "box235")},
    **{f"{k}-al": FX_AE[f"{k}-ae"] for k in ("box133", "box239")},
    "scratch-al": _overlay("0.5*lt(abs(X-40-240*abs(sin(floor(N/9)*3.37))-2*sin(N*1.3)),0.7)",
                           210),
    # Looks: 16 mm black and white with grain and a slight flicker in 1.33; warm dusty colour in
    # 2.35; contrasty teal and orange digital colour in 2.39; soft black and white with flicker,
    # scratches and grain in 1.37; soft green-grey colour in 1.85; pale warm colour in 1.66.
    "quebec-al": "hue=s=0,eq=contrast=1.12:gamma=0.95,gblur=sigma=0.7",
    "flick16-al": "eq=brightness='0.015*sin(n*1.9)*sin(n*0.6+2)':eval=frame",
    "dala-look-al": "eq=saturation=1.0:contrast=1.04:gamma=1.02,"
                    "colorbalance=rs=0.06:gs=0.02:bs=-0.08:rh=0.04",
    "beirut-al": "eq=saturation=1.1:contrast=1.12,colorbalance=rs=-0.04:bs=0.06:rh=0.05:bh=-0.05,"
                 "unsharp=3:3:0.5",
    "bombay-al": "hue=s=0,eq=contrast=1.08:gamma=1.08,gblur=sigma=0.9",
    "flick-al": "eq=brightness='0.03*sin(n*2.3)*sin(n*0.9+2)':eval=frame",
    "eire-al": "eq=saturation=0.75:contrast=0.95:gamma=1.03,"
               "colorbalance=rs=-0.03:gs=0.04:bs=0.02,gblur=sigma=0.5",
    "lisboa-al": "eq=saturation=0.85:contrast=0.97:gamma=1.06,"
                 "colorbalance=rs=0.05:gs=0.02:bs=-0.04:rh=0.03",
    # Camera moves: pans both ways; a fast pan after an eagle; a slow tilt up; hand-held
    # cameras; a boat's roll; a whip pan; a slow push in.
    "panr-al": "scale=372:210,crop=320:180:x='4+0.6*n':y=16",
    "panl-al": "scale=372:210,crop=320:180:x='48-0.6*n':y=14",
    "fastpan-al": "scale=480:270,crop=320:180:x='150-2.6*n':y=40",
    "tilt-al": "scale=352:198,crop=320:180:x=16:y='18-0.3*n'",
    "shake-al": "scale=344:194,crop=320:180:x='12+6*sin(n*0.47)+3*sin(n*1.31)'"
                ":y='7+3*sin(n*0.37+1)+2*sin(n*1.73)'",
    "qolmen-al": "scale=352:198,crop=320:180:x='16+7*sin(n*0.31)+4*sin(n*0.93)+2*sin(n*2.1)'"
                 ":y='9+4*sin(n*0.27+2)+3*sin(n*1.1)'",
    "roll-al": "rotate=a='0.03*sin(n*0.18)',scale=352:198,crop=320:180:x=16:y='9+7*sin(n*0.18+1)'",
    "whip-al": "scale=480:270,crop=320:180:x='80+78*tanh((n-MID)/1.5)':y=40",
    "push-al": _zoom("1+0.0025*in", "0.5"),
    # Things that are not boundaries, around MID (see the docstring).
    "caption228-al": _fade("Beauce  mars 1963", 12, 150, "0xf0f0f0", FONT, -26, 16),
    "passant-al": _overlay(_CROSS.format(x0=160, dx=-32, rx=90, y=100, ry=80), 25),
    "flashbulb-al": _overlay(f"eq(N,MID)*{_BLOOM.format(x=60, y=50, r=12)}", 252)
                    + "," + _flash((0, 1), (0.4, 0.1)),
    "title229-al": _fade("ZHELSIZ", 24, 36, "0xfff0d0", SERIF, -24, 18, _EDGE.format("0x302010")),
    "sub-berkutchi-al": _subs([("The eagle goes back to the mountain.", -14, 8)]),
    "sub-azhe-al": _subs([("Then you go with her.", -12, 10)]),
    "ai-al": _grade(f"LUM+30*{_ramp(-8, 10)}*exp(-hypot(X-250,Y-40)/70)"
                    f"+190*{_ramp(-8, 10)}*lt(hypot(X-250,Y-40),8)"),
    "title230-al": _fade("AL-SHURFA", 22, 30, "0xffffff", FONT, -24, 18, _EDGE.format("0x101820")),
    "vespa-al": _overlay(_CROSS.format(x0=160, dx=36, rx=70, y=112, ry=60), 28, 130, 126)
                + "," + _overlay("lt(hypot(X-160-36*(N-MID)+50,Y-100),6)", 150, 100, 210),
    "sub-rana-al": _subs([("The generator stops at midnight.", -14, 8)]),
    "sub-karim-al": _subs([("Then we sit in the dark.", -12, 10)]),
    "kahraba-al": _grade(f"LUM*(1-0.8*{_OFF}*(1-{_box(120, 210, 20, 80)}*gt(LUM,150)))", f"128+(CH-128)*(1-0.8*{_OFF})",
                         f"128+(CH-128)*(1-0.8*{_OFF})"),
    "title233-al": _fade("A ULTIMA CANCAO", 18, 32, "0xfff0d0", SERIF, -26, 18,
                         _EDGE.format("0x302010")),
    "bijli-al": _overlay("eq(N,MID-3)*lt(abs(X-200-8*sin(Y/6)-4*sin(Y/2.2)),1.5)*lt(Y,90)", 252)
                + "," + _flash((-3, -2, 1), (0.5, 0.15, 0.3)),
    "chakra-al": _overlay(_CROSS.format(x0=160, dx=30, rx=90, y=100, ry=90), 30)
                 + "," + _overlay("lt(abs(hypot(X-160-30*(N-MID),Y-100)-60),4)+lt(abs(sin(atan2(Y-100,"
                                  "X-160-30*(N-MID))*4)),0.08)*lt(hypot(X-160-30*(N-MID),Y-100),60)",
                                  140),
    "title232-al": _fade("AN CUAN", 24, 36, "0xffffff", SERIF, -24, 18, _EDGE.format("0x203020")),
    "faoileann-al": _overlay(_CROSS.format(x0=160, dx=-30, rx=60, y=70, ry=22), 225, 126, 130)
                    + "," + _overlay(_CROSS.format(x0=160, dx=-30, rx=12, y=72, ry=10), 60),
    "sub-padraig-al": _subs([("The boat goes out at four.", -14, 8)]),
    "sub-siobhan-al": _subs([("Then I will be on the quay.", -12, 10)]),
    "credit232-al": _fade("a film by Niamh Ui Cheallaigh", 12, 140, "0xffffff", FONT, -12, None,
                          _EDGE.format("0x102010")),
    "amarelo-al": _overlay(_CROSS.format(x0=160, dx=30, rx=110, y=104, ry=64), 200, 40, 170)
                   + "," + _overlay("lt(abs(Y-86),10)*lt(mod(X-30*N,30),20)*"
                                    + _CROSS.format(x0=160, dx=30, rx=100, y=104, ry=60), 40),
    "luzes-al": _grade(f"LUM*(1-0.6*{_ramp(0, 10)}*lt(LUM,200))"),
    "candeeiros-al": _grade(f"LUM+{_ramp(0, 3)}*("
                            + _any(f"200*lt(hypot((X-{x})/7,(Y-63)/4),1)+50*exp(-hypot(X-{x},Y-66)/30)"
                                   for x in (60, 250)) + ")"),
    "lencol-al": _overlay(_CROSS.format(x0=160, dx=28, rx=120, y=90, ry=100), 238, 126, 130),
    "credit233-al": _fade("um filme de Ines Sarmento", 12, 140, "0xfff8e8", FONT, -12, None,
                          _EDGE.format("0x302010")),
}

# held-out-al (clips 228-233): new recipes again, written after held-out-ak without running the
# detector on them: six more kinds of film, clips of about 20 s with 10 or 11 shots, mixing cuts
# between similar and different shots, to and from cards, between dark and between near-white
# shots, a match cut between day and night, a cut on action, a camera carried through a doorway,
# camera motion, things passing the lens, flashes, light changes, weather, grain, bars of six
# ratios, titles, captions and subtitles, dissolves of 24 to 40 frames, fades through black and
# white and fade outs and ins.
_QC = "quebec-al flick16-al grain11-al box133-al"
_KZ = "dala-look-al grain21-al box235-al"
_LB = "beirut-al grain31-al box239-al"
_IN = "bombay-al flick-al scratch-al grain41-al box137-al"
_IE = "eire-al grain51-al box185-al"
_PT = "lisboa-al grain61-al box166-al"
HELD_OUT_AL = [
    ("les-sucriers", [S("titre-al", 36, 0, _QC), "cut",
                      S("erabliere-al", 72, 0, f"panr-al caption228-al {_QC}"), "cut",
                      S("traineau-al", 54, 0, f"passant-al {_QC}"), "cut",
                      S("cabane-al", 56, 0, f"shake-al {_QC}"), "fade:24",
                      S("violon-al", 38, 0, _QC), "cut",
                      S("grandmere-al", 34, 0, _QC), "cut",
                      S("danse-al", 52, 0, f"flashbulb-al {_QC}"), "cut",
                      S("danse-al", 30, 90, f"near-al {_QC}"), "fadeblack:20",
                      S("poudrerie-al", 50, 0, _QC), "cut",
                      S("nuit-al", 52, 0, _QC), "fadeio:18:12",
                      S("fin-al", 34, 0, _QC)]),
    ("zhelsiz", [S("dala-al", 72, 0, f"title229-al {_KZ}"), "fade:40",
                 S("tabun-al", 62, 0, _KZ), "cut",
                 S("chabandoz-al", 40, 0, _KZ), "cut",
                 S("chabandoz2-al", 36, 0, _KZ), "cut",
                 S("burkit-al", 48, 0, f"fastpan-al {_KZ}"), "cut",
                 S("berkutchi-al", 38, 0, f"sub-berkutchi-al {_KZ}"), "cut",
                 S("azhe-al", 34, 0, f"sub-azhe-al {_KZ}"), "cut",
                 S("kiyiz-uy-al", 48, 0, _KZ), "cut",
                 S("boran-al", 52, 0, f"qolmen-al {_KZ}"), "fadeblack:24",
                 S("tun-al", 58, 0, f"ai-al {_KZ}"), "fadeio:20:12",
                 S("bitti-al", 34, 0, _KZ)]),
    ("al-shurfa", [S("skyline-al", 70, 0, f"panl-al title230-al {_LB}"), "cut",
                   S("binayeh-al", 50, 0, _LB), "cut",
                   S("bahr-al", 54, 0, _LB), "cut",
                   S("share3-al", 50, 0, f"vespa-al {_LB}"), "cut",
                   S("rana-al", 36, 0, f"sub-rana-al {_LB}"), "cut",
                   S("karim-al", 34, 0, f"sub-karim-al {_LB}"), "cut",
                   S("rana-al", 28, 100, f"closer-al {_LB}"), "cut",
                   S("salon-al", 60, 0, f"kahraba-al {_LB}"), "fadeblack:20",
                   S("stouh-al", 50, 0, f"whip-al {_LB}"), "fade:28",
                   S("corniche-al", 58, 0, _LB), "fadeio:18:12",
                   S("nihaya-al", 34, 0, _LB)]),
    ("devi-mahima", [S("shirshak-al", 40, 0, _IN), "cut",
                     S("mahal-al", 58, 0, _IN), "cut",
                     S("van-al", 48, 0, f"chakra-al {_IN}"), "cut",
                     S("raja-al", 36, 0, _IN), "cut",
                     S("rani-al", 34, 0, _IN), "cut",
                     S("ashram-al", 52, 0, _IN), "cut",
                     S("toofan-al", 50, 0, f"bijli-al {_IN}"), "fadewhite:24",
                     S("devi-al", 58, 0, _IN), "fade:26",
                     S("mandir-al", 56, 0, f"tilt-al {_IN}"), "cut",
                     S("mahal-al", 30, 200, f"near-al {_IN}"), "fadeio:20:14",
                     S("samapt-al", 36, 0, _IN)]),
    ("an-cuan", [S("cuan-al", 68, 0, f"title232-al {_IE}"), "cut",
                 S("bad-al", 54, 0, f"roll-al faoileann-al {_IE}"), "cut",
                 S("teach-al", 72, 0, _IE), "cut",
                 S("padraig-al", 36, 0, f"sub-padraig-al {_IE}"), "cut",
                 S("siobhan-al", 34, 0, f"sub-siobhan-al {_IE}"), "cut",
                 S("padraig-al", 28, 80, f"closer-al {_IE}"), "cut",
                 S("aillte-al", 54, 0, _IE), "fade:26",
                 S("cuan-al", 44, 0, _IE), "cut",
                 S("cuan-oiche-al", 60, 0, f"credit232-al {_IE}"), "fadeio:20:12",
                 S("crioch-al", 34, 0, _IE)]),
    ("a-ultima-cancao", [S("tejo-al", 70, 0, f"panr-al title233-al {_PT}"), "cut",
                         S("eletrico-al", 54, 0, f"amarelo-al {_PT}"), "cut",
                         S("azulejo-al", 44, 0, _PT), "cut",
                         S("fadista-al", 38, 0, _PT), "cut",
                         S("guitarrista-al", 34, 0, _PT), "cut",
                         S("casa-al", 52, 0, f"luzes-al {_PT}"), "fadeblack:20",
                         S("miradouro-al", 54, 0, f"candeeiros-al {_PT}"), "cut",
                         S("roupa-al", 50, 0, f"lencol-al {_PT}"), "fadewhite:20",
                         S("praia-al", 56, 0, f"push-al {_PT}"), "fade:30",
                         S("tejo-al", 56, 300, f"near-al credit233-al {_PT}"), "fadeio:18:12",
                         S("fim-al", 34, 0, _PT)]),
]
