"""Sources, effects and recipes of held-out-ao (clips 246-251), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-245. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a framed title card,
a painted palace backdrop with dancers swaying under a pan, a court hall of about the same grey
with musicians, a dancer's face and a hero's face in a cap before one painted curtain with
subtitles and a closer framing of hers, a woman on a swing in a garden, a balcony at night with
fireworks bursting in its arch, the palace again at dusk in a nearer framing under a credit and a
card reading SAMAPT (a 1940s Indian studio musical in 1.37, soft black and white with flicker
and grain); a title card, a post town street in blowing dust under a pan, a ronin's face and a
magistrate's face before one shoji screen with subtitles and a closer framing of the ronin's, a
bamboo grove in the rain with lightning, a dark room whose paper lantern is put out, a field of
pampas grass in the wind cut to a closer framing of two swordsmen in it with a whip pan, a snow
field, near white, with snow falling and a card reading OWARI (a 1960s Japanese samurai film in
2.35, contrasty black and white with grain); a starfield under a title and a pan, a rocket on its
pad at dawn whose engines flare and billow smoke, a cosmonaut's face in a helmet ring and a
commander's face before one console of blinking lamps with subtitles and a closer framing of the
cosmonaut's, the earth's limb with the station drifting as the sun rises over it, the station's
inside with a notebook floating past the lens, mission control with a moving trace on its big
screen, the stars again in a nearer framing, a snowy steppe, near white, with a parachute and a
card reading KONETS (a 1980s Soviet space film in 1.85, faded warm colour with grain); a zigzag
path up a hill with one tree under a title and a boy running, a mud-brick lane with sheep passing
the lens, a boy's face and a teacher's face before one blue wall with subtitles and a closer
framing of the boy's, a wheat field in the wind cut to a threshing floor of about the same ochre
in blowing chaff, a courtyard at night where a lantern is lit, poplars in the dawn mist, near
white, the hill again in a nearer framing and a card reading PAYAN (a 1990s Iranian village film
in 1.78 without bars, warm natural colour); an alley in the rain at night under a title with a
neon sign failing twice, a car at night with street lights sliding over it, a detective's face
and a suspect's face before one tiled wall under a flickering tube with subtitles and closer
framings of both, a bridge at night with headlights passing cut to a dark river, a rooftop in the
rain where a police car's lights begin to sweep, the alley again in a nearer framing and a card
reading KKEUT (a 2000s Korean thriller in 2.39, cold teal digital colour); a framed title card,
a crooked painted street, an intertitle, a sleepwalker's face with dark eyes and a woman's face
before one painted wall and a closer framing of his, a staircase up which a huge shadow climbs, a
bedroom at night whose candle is blown out, rooftops at night with a chimney's smoke drifting
over the lens, the roofs at dawn, near white, and a card reading ENDE (a 1920s German
expressionist film in 1.33, greys tinted sepia by day and green by night, with flicker, gate
weave, dust and a vignette).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed
from shots_sources_ad import _card, _fireworks
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _person
from shots_sources_ag import _any, _box, _fade, _flakes, _g
from shots_sources_ak import _CROSS, _EDGE
from shots_sources_an import _lamp


def _out(at, x, y, r, flame):
    """An effect: a light at (x, y) going out between frames MID+at and MID+at+3: the glow of
    radius r it cast fading and its flame (an ellipse of radii flame) turning dark."""
    k = _ramp(at, at + 3)
    fx, fy = flame
    return _grade(f"LUM*(1-{k}*(0.65*exp(-hypot(X-{x},Y-{y})/{r})+0.15))"
                  f"-{k}*220*lt(hypot((X-{x})/{fx},(Y-{y})/{fy}),1)")


_STAR = "lt(mod(sin(floor(X/2)*{a}+floor(Y/2)*{b})*43758.5,1),{p})"

# A 1940s Indian studio musical (drawn in greys).
_CURTAIN = ("96+34*sin(X/6)*sin(X/19+1)-0.1*Y", 128, 128)
_NARTAKI = [(60, 0), (120, 1.3), (180, 2.6), (240, 0.7), (300, 1.9)]
_SWING = "(0.5*sin(N*0.18))"
_SX, _SY = f"(160+110*sin{_SWING})", f"(12+110*cos{_SWING})"

# A 1960s Japanese samurai film (drawn in greys).
_SHOJI = ("206-110*gt(lt(mod(X,30),2)+lt(mod(Y,36),2),0)", 128, 128)
_RAIN = "40*gt(sin(X*3.7+floor((Y+14*N+0.3*X)/15)*2.9),0.965)"

# A 1980s Soviet space film.
_CONSOLE = ("36+44*lt(mod(X,40),32)*lt(mod(Y,30),24)+150*lt(hypot(mod(X,20)-10,mod(Y,15)-7),2)"
            "*gt(sin(floor(X/20)*7.13+floor(Y/15)*3.37+N*0.45),0.4)", 124, 136)

# A 1990s Iranian village film.
_ABI = ("132+8*sin(X/5)*sin(Y/7)-20*lt(abs(Y-128-4*sin(X/20)),1.5)", 168, 108)

# A 2000s Korean thriller.
_TILE = ("150-46*gt(lt(mod(X,22),1.5)+lt(mod(Y,22),1.5),0)-0.3*abs(Y-60)", 122, 118)

# A 1920s German expressionist film (drawn in greys: the tints are effects).
_EXPR = ("120+40*gt(sin((X+0.7*Y)/14),0.4)-30*gt(sin((X-1.3*Y)/23),0.6)", 128, 128)

LAVFI_AO = {
    # A 1940s Indian studio musical.
    "shirshak-ao": _framed(["CHANDNI RAAT", "1946"], 24, 56, 44, "0xe8e8e8", SERIF, "0x101010",
                           "0x909090"),
    "mahal-ao": _paint([
        _g(_any(f"lt(hypot(X-{x}-8*sin(N*0.3+{p}),Y-102),6)+between(Y,108,150)"
                f"*lt(abs(X-{x}-8*sin(N*0.3+{p})),4+0.4*(Y-108))" for x, p in _NARTAKI), 230),
        _g("gt(Y,148)", "96+22*lt(mod(X+2*Y,24),2)"),
        _g("between(Y,84,148)*lt(abs(mod(X,40)-20),10)+lt(hypot(mod(X,40)-20,Y-84),10)"
           "*between(Y,70,84)", 44),
        _g("between(Y,56,148)", "172-14*lt(mod(Y,10),1)"),
        _g(_any(f"lt(hypot((X-{x})/{r},(Y-58)/{r * 1.1}),1)+lt(abs(X-{x}),1.2)"
                f"*between(Y,{56 - r * 1.1 - 8},58)" for x, r in ((80, 20), (160, 32), (240, 20))),
           "204-30*lt(mod(X,9),1)")],
        ("116+0.4*Y", 128, 128), add="18*sin(X/40+0.5)*sin(Y/30)"),
    "darbar-ao": _paint([
        _g(_any(f"lt(hypot(X-{x}-2*sin(N*0.4+{x}),Y-112),7)+between(Y,118,150)"
                f"*lt(abs(X-{x}),10)" for x in (70, 120, 200, 250)), 210),
        _g(_any(f"lt(hypot((X-{x})/9,(Y-146)/5),1)" for x in (96, 226)), 60),
        _g("lt(abs(X-160),60)*lt(abs(Y-24-4*sin(X/9)),3)+lt(hypot(mod(X,12)-6,Y-30),2)"
           "*lt(abs(X-160),60)", 236),
        _g("gt(Y,140)", "120+16*lt(mod(X,30),2)"),
        _g("lt(abs(mod(X,64)-32),6)*lt(Y,140)", "190-10*lt(mod(Y,12),1)")],
        ("150-10*lt(mod(X+Y,16),1)", 128, 128)),
    "nartaki-ao": _person(150, 98, (24, 128, 128), True, 204, (206, 128, 128), _CURTAIN, top=[
        _g("lt(hypot(X-150,Y-80),2.2)", 40),
        _g(_any(f"lt(hypot(X-{x},Y-110),3.5)" for x in (119, 181)), 244),
        _g("lt(abs(Y-142-0.2*abs(X-150)),2.5)*lt(abs(X-150),30)", 240)]),
    "nayak-ao": _person(170, 96, (30, 128, 128), False, 166, (58, 128, 128), _CURTAIN, top=[
        _g("lt(hypot((X-170)/13,(Y-113)/2.5),1)", 28),
        _g("lt(abs(X-170),31-0.2*(66-Y))*between(Y,48,66)", 232)]),
    "jhoola-ao": _paint([
        _g(f"lt(hypot(X-{_SX},Y-{_SY}+30),7)", 40),
        _g(f"between(Y,{_SY}-24,{_SY}+14)*lt(abs(X-{_SX}),7+0.3*(Y-{_SY}+24))", 226),
        _g(f"lt(hypot((X-{_SX})/18,(Y-{_SY})/3),1)", 60),
        _g(f"lt(abs((X-160)*cos{_SWING}-(Y-12)*sin{_SWING}),1.1)*lt(Y,{_SY})", 30),
        _g("lt(hypot((X-40)/52,(Y-60)/64),1)+lt(hypot((X-292)/40,(Y-70)/54),1)",
           "70+24*sin(X/2)*sin(Y/3)"),
        _g("lt(hypot(mod(X,17)-8,Y-150-3*sin(X/7)),3)", 200),
        _g("gt(Y,146)", "112+12*sin(X/3)*sin(Y/2)")],
        ("186-0.35*Y", 128, 128)),
    "jharokha-ao": _paint([
        _g("lt(hypot(X-208,Y-96),7)+between(Y,102,150)*lt(abs(X-208),8+0.1*(Y-102))", 10),
        _g("lt(abs(X-160),80)*(between(Y,128,132)+lt(abs(mod(X,12)-6),1.4)*between(Y,132,150))",
           44),
        _g("1-lt(abs(X-160),80)*gt(between(Y,60,150)+lt(hypot((X-160)/80,(Y-60)/48),1),0)",
           "14+6*lt(mod(X+Y,30),1)"),
        _g("lt(hypot(X-230,Y-36),9)", 214)],
        ("18+0.05*Y", 128, 128)),
    "samapt-ao": _card(["SAMAPT"], 30, 72, 0, "0xe4e4e4", SERIF, "0x000000"),
    # A 1960s Japanese samurai film.
    "daimei-ao": _card(["KAZE NO KEN", "1962"], 28, 54, 48, "0xf2f2f2", SERIF, "0x000000"),
    "shukuba-ao": _paint([
        _g("lt(hypot(X-160,Y-95+0.03*N),3)+between(Y,98,112)*lt(abs(X-160),3)", 18),
        _g("lt(X,130)*between(Y,30+0.3*X,40+0.2*X)+gt(X,190)*between(Y,30+0.3*(320-X),"
           "40+0.2*(320-X))", 26),
        _g("lt(X,130)*between(Y,40+0.2*X,140-0.25*X)", "70-24*lt(mod(X,18),2)+12*lt(mod(Y,7),1)"),
        _g("gt(X,190)*between(Y,40+0.2*(320-X),140-0.25*(320-X))",
           "76-24*lt(mod(X,18),2)+12*lt(mod(Y,7),1)"),
        _g("gt(Y,100)", "156+10*sin(X/4+Y/2)")],
        ("222-0.5*Y", 128, 128), add="34*gt(sin((X+6*N)/11+2*sin(Y/9)),0.75)*gt(Y,70)"),
    "ronin-ao": _person(150, 98, (18, 128, 128), False, 150, (40, 128, 128), _SHOJI, top=[
        _g("lt(hypot((X-150)/6,(Y-56)/9),1)", 18),
        _g("lt(hypot((X-150)/26,(Y-124)/14),1)*gt(Y,112)*gt(sin(X*2.1)*sin(Y*1.7),0)", 70)]),
    "bugyo-ao": _person(170, 96, (30, 128, 128), False, 184, (226, 128, 128), _SHOJI, top=[
        _g("lt(abs(X-170),14-0.2*(62-Y))*between(Y,26,62)", 14)]),
    "take-ao": _paint([
        _g(_any(f"lt(abs(X-{x}-2*sin(N*0.1+{x})*(1-Y/180)),{w})" for x, w in
                ((30, 4), (70, 3), (112, 5), (170, 3), (212, 4), (258, 5), (300, 3))),
           "46-10*lt(mod(Y,30),1.5)"),
        _g("gt(Y,150)", "40+8*sin(X/3)")],
        ("76+30*sin(X/13)*sin(Y/23)", 128, 128), add=_RAIN),
    "andon-ao": _paint([
        _g("lt(hypot((X-200)/3,(Y-96)/5),1)", 250),
        _g(_box(188, 212, 84, 112), 200),
        _g("lt(hypot(X-110,Y-80),10)+between(Y,88,132)*lt(abs(X-110),16)", 12),
        _g("gt(Y,130)", "30-6*lt(mod(X,40),1.5)")],
        ("20+6*lt(mod(X,30),1.5)", 128, 128), add="90*exp(-hypot(X-200,Y-98)/50)"),
    "susuki-ao": _paint([
        _g(_any(f"lt(abs(X-{x}),2)*between(Y,80,96)+lt(hypot(X-{x},Y-78),2.5)" for x in
                (120, 214)), 16),
        _g("gt(Y,88+6*sin(X/20+N*0.2))", "150+44*gt(sin(X/2+3*sin(Y/9+N*0.3)),0.5)"),
        _g("gt(Y,74+10*sin(X/60))*lt(Y,92)", 120)],
        ("232-0.4*Y", 128, 128)),
    "kettou-ao": _paint([
        _g(_any(f"lt(hypot(X-{x},Y-60),8)+between(Y,68,130)*lt(abs(X-{x}),9+0.06*(Y-68))"
                f"+lt(abs(Y-80+({d})*0.5*(X-{x})),1.5)*between(({d})*(X-{x}),6,46)"
                for x, d in ((110, 1), (214, -1))), 14),
        _g("gt(Y,112+5*sin(X/20+N*0.2))", "150+44*gt(sin(X/1.5+3*sin(Y/9+N*0.3)),0.5)"),
        _g("gt(Y,100+10*sin(X/60))", 118)],
        ("230-0.4*Y", 128, 128)),
    "yuki-ao": _paint([
        _g(_flakes(3, 13, 17, 1.4), 252),
        _g("lt(abs(X-200),4)*between(Y,84,112)+lt(abs(X-200),8)*between(Y,80,86)", 50),
        _g("gt(Y,108+3*sin(X/30))", "236+3*sin(X*0.4+Y)")],
        ("224-0.02*Y", 128, 128)),
    "owari-ao": _card(["OWARI"], 30, 72, 0, "0xf0f0f0", SERIF, "0x000000"),
    # A 1980s Soviet space film.
    "zvezdy-ao": _paint([
        (_STAR.format(a=12.71, b=71.13, p=0.012), 232, 128, 128),
        ("lt(hypot((X-230)/60,(Y-70)/26),1)*gt(sin(X/7+Y/5),-0.3)",
         "40+30*exp(-hypot((X-230)/40,(Y-70)/18))", 146, 150)],
        ("6", 130, 126)),
    "kosmodrom-ao": _paint([
        ("lt(abs(X-160),8)*between(Y,30,122)+lt(abs(X-160),8-0.45*(30-Y))*between(Y,12,30)",
         "204-24*lt(mod(Y,20),1.5)", 128, 128),
        ("lt(abs(abs(X-160)-12),4)*between(Y,72,124)", 188, 126, 132),
        ("lt(abs(X-204),5)*between(Y,18,126)*gt(mod(X+Y,6),3)+between(X,168,204)"
         "*lt(abs(mod(Y,22)-11),1)*between(Y,30,110)", 62, 124, 146),
        ("gt(Y,124)", "84+8*sin(X/5)", 118, 140)],
        ("156-0.5*Y", 110, 158)),
    "kosmonavt-ao": _person(150, 98, (40, 120, 134), False, 176, (200, 120, 140), _CONSOLE,
                            top=[("lt(abs(hypot((X-150)/50,(Y-100)/60)-1),0.07)", 214, 126,
                                  130)]),
    "komandir-ao": _person(170, 96, (58, 128, 128), False, 150, (80, 124, 150), _CONSOLE,
                           top=[("lt(abs(hypot(X-170,Y-96)-36),2)*lt(Y,80)", 30, 128, 128),
                                (_box(200, 212, 96, 110), 30, 128, 128)]),
    "orbita-ao": _paint([
        ("lt(abs(X-60-0.3*N),14)*lt(abs(Y-50),2)+lt(abs(X-60-0.3*N),3)*lt(abs(Y-50),8)"
         "+lt(abs(abs(X-60-0.3*N)-22),7)*lt(abs(Y-50),4)", 184, 128, 128),
        ("lt(abs(hypot(X-160,Y-520)-402),4)", 170, 170, 110),
        ("lt(hypot(X-160,Y-520),400)", "84+46*gt(sin(X/17+Y/9+N*0.02)*sin(Y/5),0.3)", 168,
         104),
        (_STAR.format(a=17.31, b=53.97, p=0.01), 220, 128, 128)],
        ("4", 130, 126)),
    "stantsiya-ao": _paint([
        ("lt(abs(hypot(X-160,Y-90)-40),5)", 150, 126, 132),
        ("lt(hypot(X-160,Y-90),40)", 40, 130, 122),
        ("lt(abs(mod(X,50)-25),20)*lt(abs(mod(Y,44)-22),16)", "120+30*gt(sin(X*0.8),0.5)", 126,
         136),
        ("lt(hypot(mod(X,10)-5,mod(Y,11)-5),1.5)*gt(Y,150)", 230, 90, 170)],
        ("96", 128, 134)),
    "tsup-ao": _paint([
        ("lt(abs(Y-60-22*sin((X-60)/30)),1.6)*between(X,60,60+1.2*N)"
         "+lt(hypot(X-60-1.2*N,Y-60-22*sin(1.2*N/30)),3)", 230, 150, 110),
        ("between(X,40,280)*between(Y,20,100)*lt(abs(mod(X+20*sin(Y/9),28)-14),1)", 80, 150,
         110),
        (_box(40, 280, 20, 100), 40, 150, 112),
        (_any(f"between(Y,{y},{y}+14)*lt(abs(mod(X,36)-18),15)" for y in (118, 146)),
         "60+80*lt(hypot(mod(X,12)-6,mod(Y,7)-3),1.5)", 120, 140)],
        ("18", 130, 126)),
    "step-ao": _paint([
        ("lt(hypot((X-210)/22,(Y-40)/12),1)*lt(Y,42)", "210-60*lt(mod(X,8),4)", 108, 170),
        ("lt(abs(abs(X-210)-1.1*(Y-40)/3),1)*between(Y,40,84)", 90, 128, 128),
        ("lt(hypot(X-210,Y-90),4)", 70, 128, 128),
        ("gt(Y,108+2*sin(X/30))", "236+3*sin(X*0.5+Y)", 126, 130)],
        ("228-0.06*Y", 134, 124)),
    "konets-ao": _card(["KONETS"], 30, 72, 0, "0xf0e0d0", FONT, "0x000000"),
    # A 1990s Iranian village film.
    "tappeh-ao": _paint([
        ("lt(hypot(X-150-0.5*N,Y-(130-0.3*N)),2.5)", 40, 128, 140),
        ("lt(hypot((X-164)/16,(Y-36)/12),1)+lt(abs(X-164),1.5)*between(Y,40,56)", 60, 112, 126),
        ("lt(abs(Y-140+0.5*abs(mod(X,120)-60)+0.2*X),1.5)*gt(Y,56)", 206, 120, 142),
        ("gt(Y,56+0.004*pow(X-164,2))", "150+10*sin(X*0.8+Y)", 100, 150)],
        ("210-0.4*Y", 146, 116)),
    "kucheh-ao": _paint([
        ("between(X,130,190)*between(Y,46,126)", "60+30*lt(mod(Y,20),2)", 120, 140),
        ("lt(X,130)*between(Y,20+0.1*X,150)+gt(X,190)*between(Y,20+0.1*(320-X),150)",
         "160+10*sin(X/3)*sin(Y/4)-20*lt(mod(X+Y,40),1)", 110, 152),
        ("gt(Y,140)", "170+8*sin(X/4)", 112, 148)],
        ("224-0.3*Y", 142, 118)),
    "pesar-ao": _person(150, 98, (26, 128, 128), False, 168, (196, 110, 136), _ABI),
    "moallem-ao": _person(170, 96, (44, 128, 128), False, 150, (70, 128, 132), _ABI, top=[
        ("lt(hypot((X-170)/26,(Y-124)/18),1)*gt(Y,110)*(1-lt(hypot((X-170)/8,(Y-121)/3),1))",
         50, 126, 130),
        ("lt(abs(hypot((abs(X-170)-12)/9,(Y-94)/7)-1),0.15)", 20, 128, 128)]),
    "gandom-ao": _paint([
        ("gt(Y,80+4*sin(X/30))*gt(sin(X/1.7+3*sin(Y/11+N*0.25)),0.2)", "190+20*sin(Y/4)", 90,
         160),
        ("gt(Y,80+4*sin(X/30))", 160, 96, 156),
        ("gt(Y,66+8*sin(X/45))", 120, 118, 140)],
        ("214-0.3*Y", 144, 118)),
    "kharman-ao": _paint([
        (_any(f"lt(hypot(X-{x}-0.6*N,Y-{y}),5)+between(Y,{y}+5,{y}+30)*lt(abs(X-{x}-0.6*N),6)"
              for x, y in ((80, 92), (200, 96))), 70, 120, 146),
        ("lt(hypot((X-250)/50,(Y-120)/26),1)*lt(Y,120)", "196+10*sin(X*1.1+Y)", 94, 160),
        ("gt(Y,100)", "176+12*sin(X/2)*sin(Y/3)", 98, 156),
        ("gt(Y,70+6*sin(X/30))", 140, 110, 148)],
        ("212-0.3*Y", 146, 118), add="30*gt(sin((X+5*N)/7+3*sin(Y/6+N*0.1)),0.85)*gt(Y,60)"),
    "shab249-ao": _paint([
        ("lt(hypot(X-90,Y-100),3)", 60, 128, 128),
        (_box(84, 96, 102, 112), 50, 126, 132),
        ("lt(hypot(X-200,Y-86),9)+between(Y,94,140)*lt(abs(X-200),14)", 12, 128, 130),
        ("gt(Y,120)", "26+6*lt(mod(X+Y,24),1)", 124, 134),
        (_box(30, 150, 40, 120), "30-8*lt(mod(Y,9),1)", 126, 132)],
        ("14+0.04*Y", 136, 122)),
    "sahar-ao": _paint([
        (_any(f"lt(abs(X-{x}),5+0.06*(Y-30))*between(Y,30,116)" for x in (50, 80, 250, 280)),
         "190+8*sin(Y/3)", 124, 134),
        ("gt(Y,112)", "220+4*sin(X/3)*sin(Y/2)", 122, 136),
        ("gt(Y,104+2*sin(X/40))", 214, 126, 132)],
        ("234-0.04*Y", 128, 128), add="8*sin(X/30+N*0.05)*sin(Y/20)"),
    "payan-ao": _card(["PAYAN"], 30, 72, 0, "0xf0e8d8", FONT, "0x000000"),
    # A 2000s Korean thriller.
    "golmok-ao": _paint([
        (_box(40, 120, 30, 50), "70+150*gt(sin(X/3),-0.2)*lt(abs(Y-40),6)", 110, 196),
        ("lt(X,130)*gt(Y,10+0.2*X)", "30-10*lt(mod(X,26),2)", 130, 124),
        ("gt(X,200)*gt(Y,10+0.2*(320-X))",
         "34+110*lt(abs(mod(X,30)-15),5)*lt(abs(mod(Y,24)-12),5)*gt(sin(floor(X/30)*3.7"
         "+floor(Y/24)*5.1),0.3)", 112, 150),
        ("gt(Y,120)", "24+40*exp(-pow((X-80)/20,2))*gt(sin(Y*1.3+N*0.6),0)", 136, 120)],
        ("16+0.05*Y", 136, 122), add=_RAIN),
    "cha-ao": _paint([
        ("lt(hypot((X-100)/26,(Y-100)/32),1)+between(Y,120,180)*lt(abs(X-100),34)", 12, 128,
         128),
        ("gt(Y,126)", "20+30*lt(hypot((X-220)/20,(Y-150)/8),1)", 120, 140),
        ("lt(Y,126)", "20+100*exp(-pow((mod(X+9*N,160)-80)/14,2))*lt(Y,70)", 108, 150)],
        ("16", 128, 128)),
    "hyeongsa-ao": _person(150, 98, (22, 128, 128), False, 140, (46, 132, 122), _TILE, top=[
        ("lt(hypot((X-150)/14,(Y-112)/2.5),1)", 30, 128, 128)]),
    "yonguija-ao": _person(170, 96, (16, 128, 128), True, 156, (170, 126, 126), _TILE, top=[
        ("lt(abs(X-186),2)*between(Y,70,90)", 240, 128, 128)],
        add="0-20*exp(-hypot(X-240,Y-100)/60)"),
    "dari-ao": _paint([
        ("lt(abs(Y-100),3)*lt(abs(mod(X-9*N,220)-110),3)", 230, 110, 150),
        ("lt(abs(Y-106),2)*lt(abs(mod(X+7*N,260)-130),4)", 200, 140, 170),
        ("between(Y,96,112)*lt(mod(X,40),3)", 70, 130, 124),
        ("between(Y,96,112)", 30, 130, 124),
        ("gt(Y,112)", "14+30*lt(abs(mod(X,40)-1),2)*gt(sin(Y*1.2+N*0.5),0.2)", 136, 120)],
        ("18+0.03*Y", 136, 122)),
    "gang-ao": _paint([
        ("gt(Y,70)*lt(abs(mod(X,60)-30),2)*gt(sin(Y*0.9+N*0.4+X),0.3)", 110, 120, 140),
        ("gt(Y,70)", "10+6*sin(X/7+Y/3+N*0.2)", 134, 122),
        ("gt(Y,52+6*lt(mod(X,50),20))", "8+60*lt(hypot(mod(X,25)-12,mod(Y,9)-4),1.2)", 120,
         136)],
        ("12", 134, 124)),
    "oksang-ao": _paint([
        (_box(20, 70, 100, 150), "40+4*lt(mod(Y,5),1)", 128, 128),
        ("lt(hypot(X-210,Y-96),8)+between(Y,104,150)*lt(abs(X-210),12)", 10, 128, 128),
        ("gt(Y,146)", 26, 132, 124),
        ("lt(Y,60)", "20+40*lt(abs(mod(X,20)-10),4)*lt(abs(mod(Y,14)-7),3)*gt(sin(X*0.3),0.5)",
         112, 150)],
        ("22", 134, 124), add=_RAIN),
    "kkeut-ao": _card(["KKEUT"], 30, 72, 0, "0xd8e8f0", FONT, "0x000000"),
    # A 1920s German expressionist film.
    "titel251-ao": _framed(["DER SCHATTEN", "1923"], 24, 56, 44, "0xe0e0e0", SERIF, "0x080808",
                           "0x7a7a7a"),
    "gasse-ao": _paint([
        _g("lt(abs(X-150-0.3*(Y-60)),10)*between(Y,90,128)", 20),
        _g("lt(X,130-0.3*Y)*gt(Y,10+0.4*X)", "80+60*gt(sin(X/7+Y/5),0.7)"),
        _g("gt(X,180+0.2*Y)*gt(Y,30-0.2*X+0.3*(X-180))", "60+70*lt(abs(mod(X+Y,36)-18),3)"),
        _g("gt(Y,128)", "150-60*gt(sin((X+2*Y)/9),0.6)")],
        ("196-0.3*Y+30*gt(sin((X-Y)/17),0.5)", 128, 128)),
    "zwischen-ao": _framed(["Um Mitternacht", "erwachte der Schlafer."], 15, 66, 28, "0xd8d8d8",
                           SERIF, "0x000000", "0x5a5a5a"),
    "schlaefer-ao": _person(150, 98, (14, 128, 128), False, 214, (20, 128, 128), _EXPR, top=[
        _g(_any(f"lt(hypot((X-{x})/11,(Y-96)/8),1)*(1-lt(hypot((X-{x})/7,(Y-96)/3.5),1))"
                for x in (138, 162)), 40)]),
    "frau251-ao": _person(170, 96, (30, 128, 128), True, 200, (220, 128, 128), _EXPR, top=[
        _g("lt(hypot((X-170)/9,(Y-123)/2),1)", 40)]),
    "treppe-ao": _paint([
        _g("gt(Y,200-0.6*X)*lt(abs(mod(Y+0.6*X,16)-8),1)", 40),
        _g("gt(Y,200-0.6*X)", "150-40*gt(mod(Y+0.6*X,16),10)"),
        _g("lt(X,60)*gt(Y,20)", 60)],
        ("174-0.2*Y+20*sin(X/20)", 128, 128)),
    "zimmer-ao": _paint([
        _g("lt(hypot((X-220)/2,(Y-88)/5),1)", 250),
        _g(_box(216, 224, 94, 116), 210),
        _g("lt(hypot((X-110)/60,(Y-120)/14),1)+between(Y,120,140)*lt(abs(X-110),60)", 60),
        _g("gt(Y,140)", 30)],
        ("28+8*gt(sin((X+Y)/13),0.6)", 128, 128), add="80*exp(-hypot(X-220,Y-90)/56)"),
    "dach-ao": _paint([
        _g("lt(hypot(X-60,Y-34),12)", 224),
        _g("lt(abs(X-230),8)*between(Y,50,90)", 30),
        _g("gt(Y,80+30*abs(sin(X/40))-0.1*X)", "40+20*lt(mod(X+2*Y,20),2)")],
        ("54-0.1*Y", 128, 128)),
    "morgen-ao": _paint([
        _g("lt(abs(X-230),8)*between(Y,60,100)", 170),
        _g("gt(Y,90+30*abs(sin(X/40))-0.1*X)", "200+10*lt(mod(X+2*Y,20),2)")],
        ("238-0.05*Y", 128, 128)),
    "ende-ao": _card(["ENDE"], 30, 72, 0, "0xe0e0e0", SERIF, "0x000000"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AO = {}

FX_AO = {
    **{f"grain{k}1-ao": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 12, "t+u", 61746023), (2, 9, "t+u", 61747031), (3, 7, "t", 61748047),
        (4, 5, "t", 61749053), (5, 4, "t", 61750061), (6, 11, "t+u", 61751071)]},
    # Framings as in held-out-af; bars of 1.33 as in held-out-ae, and of 1.37, 2.35, 1.85 and
    # 2.39 (nothing random in them); the Iranian film has none.
    **{f"{k}-ao": FX_AF[f"{k}-af"] for k in ("closer", "near")},
    "box133-ao": FX_AE["box133-ae"],
    "box137-ao": "scale=246:180,pad=320:180:37:0:black",
    "box235-ao": "scale=320:136,pad=320:180:0:22:black",
    "box185-ao": "scale=320:172,pad=320:180:0:4:black",
    "box239-ao": "scale=320:134,pad=320:180:0:23:black",
    # Looks: soft black and white with flicker; contrasty black and white; faded warm colour;
    # warm natural colour; cold teal digital colour; sepia and green tints with flicker, gate
    # weave, dust and a vignette.
    "bombay-ao": "hue=s=0,eq=contrast=1.06:gamma=1.06,gblur=sigma=0.6",
    "flick46-ao": "eq=brightness='0.03*sin(n*2.7)*sin(n*0.8+1)':eval=frame",
    "toho-ao": "hue=s=0,eq=contrast=1.3:gamma=0.95",
    "sovcolor-ao": "eq=saturation=0.8:contrast=0.95:gamma=1.05,"
                   "colorbalance=rs=0.05:gs=-0.02:bs=-0.04:rh=0.04,gblur=sigma=0.5",
    "mahsul-ao": "eq=saturation=1.05:contrast=1.02:gamma=1.02,"
                 "colorbalance=rs=0.04:gs=0.02:bs=-0.05",
    "neo-ao": "eq=saturation=0.85:contrast=1.15:gamma=0.92,"
              "colorbalance=rs=-0.06:gs=0.02:bs=0.08:rh=0.04:bh=-0.03",
    "sepia-ao": "hue=s=0,colorchannelmixer=.32:.63:.12:0:.27:.53:.10:0:.20:.40:.08",
    "green-ao": "hue=s=0,colorchannelmixer=.18:.35:.07:0:.29:.57:.11:0:.22:.43:.08",
    "flick23-ao": "eq=brightness='0.04*sin(n*3.3)*sin(n*1.1+2)+0.012*sin(n*0.31)':eval=frame",
    "weave-ao": "crop=310:174:x='5+1.1*sin(n*1.9)':y='3+1.2*sin(n*2.1+1)*sin(n*0.7)',"
                "scale=320:180",
    "dust-ao": _overlay("lt(hypot(X-160-150*sin(N*19.37),Y-90-85*sin(N*41.9)),1.5)"
                        "+lt(hypot((X-160-150*sin(N*8.3+2))/3,Y-90-85*sin(N*31.7+1)),1)", 30),
    "vig-ao": "vignette=PI/4.5",
    # Camera moves: pans both ways and a whip pan.
    "panr-ao": "scale=400:225,crop=320:180:x='8+0.8*n':y=22",
    "panl-ao": "scale=400:225,crop=320:180:x='72-0.8*n':y=22",
    "whip-ao": "scale=480:270,crop=320:180:x='80+76*tanh((n-MID)/1.6)':y=40",
    # Things that are not boundaries, around MID (see the docstring).
    "sub-nartaki-ao": _subs([("The moon has come to hear you sing.", -14, 8)]),
    "sub-nayak-ao": _subs([("Then let the moon stay till dawn.", -12, 10)]),
    "anaar-ao": _fireworks([(130, 50, -12, 244, 128, 128), (196, 40, -3, 236, 128, 128),
                            (150, 76, 8, 250, 128, 128)]),
    "credit246-ao": _fade("music by R. K. Desai", 12, 150, "0xf0f0f0", FONT, -12, None,
                          _EDGE.format("0x000000")),
    "dusk-ao": _grade("LUM*0.76+4"),
    "sub-ronin-ao": _subs([("I have no master and no name.", -14, 8)]),
    "sub-bugyo-ao": _subs([("Then you have nothing to lose.", -12, 10)]),
    "raiden-ao": _flash((0, 1, 3), (0.55, 0.15, 0.4)),
    "kesu-ao": _out(-2, 200, 98, 50, (3, 5)),
    "title248-ao": _fade("ZVEZDNYI PUT", 24, 30, "0xffe8c8", FONT, -24, 22,
                         _EDGE.format("0x200800")),
    "pusk-ao": _grade("LUM+clip((N-MID)/5,0,1)*(150*exp(-hypot((X-160)/40,(Y-128)/10)))",
                      "CH-clip((N-MID)/5,0,1)*30*exp(-hypot((X-160)/40,(Y-128)/10))",
                      "CH+clip((N-MID)/5,0,1)*30*exp(-hypot((X-160)/40,(Y-128)/10))") + ","
               + _overlay("clip(1.4*(1-hypot((X-160)/(16+5*max(N-MID-2,0)),(Y-128)/(6+1.6*max("
                          "N-MID-2,0)))),0,1)*gt(N,MID+2)", 206, 128, 128) + ","
               + _flash((1, 2, 3), (0.3, 0.4, 0.2)),
    "sub-kosmonavt-ao": _subs([("Zarya this is Sokol. All systems normal.", -14, 8)]),
    "sub-komandir-ao": _subs([("Sokol we hear you. Good luck.", -12, 10)]),
    "voskhod-ao": _grade(f"LUM+{_ramp(-16, 6)}*(220*exp(-hypot((X-250)/30,(Y-122)/6))"
                         f"+40*exp(-hypot(X-250,Y-122)/90))",
                         f"CH-{_ramp(-16, 6)}*20*exp(-hypot(X-250,Y-122)/60)",
                         f"CH+{_ramp(-16, 6)}*24*exp(-hypot(X-250,Y-122)/60)"),
    "plavat-ao": _overlay(_CROSS.format(x0=160, dx=-28, rx=70, y=96, ry=48), 196, 120, 140) + ","
                 + _overlay(_CROSS.format(x0=160, dx=-28, rx=60, y=96, ry=1.5), 40),
    "title249-ao": _fade("RAH-E TAPPEH", 22, 24, "0xffffff", FONT, -26, 18,
                         _EDGE.format("0x000000")),
    "gusfand-ao": _overlay("+".join(_CROSS.format(x0=f"({x})", dx=22, rx=34, y=y, ry=26)
                                    for x, y in ((140, 150), (60, 160), (-30, 146))), 214, 122,
                           136) + ","
                  + _overlay("+".join(_CROSS.format(x0=f"({x + 30})", dx=22, rx=8, y=y - 14, ry=7)
                                      for x, y in ((140, 150), (60, 160), (-30, 146))), 40),
    "sub-pesar-ao": _subs([("I have to give back his notebook.", -14, 8)]),
    "sub-moallem-ao": _subs([("Do your homework first.", -12, 10)]),
    "fanus-ao": _lamp(-3, 90, 100, 6, 1.3, -12, 20),
    "title250-ao": _fade("BAM-UI BI", 26, 26, "0xc8f0ff", FONT, -24, 20,
                         _EDGE.format("0x001018")),
    "neon-ao": _overlay(f"{_box(40, 120, 30, 50)}*(between(N,MID-8,MID-6)+between(N,MID+4,"
                        f"MID+5))", 24, 130, 124),
    "sub-hyeongsa-ao": _subs([("Where were you at two in the morning.", -14, 8)]),
    "sub-yonguija-ao": _subs([("Walking. In the rain.", -12, 10)]),
    "tube-ao": _flash((-6, -5, 4), (-0.25, -0.3, -0.2)),
    "sairen-ao": _grade("LUM+gt(N,MID-10)*26*exp(-hypot(X-60,Y-120)/90)",
                        "CH+gt(N,MID-10)*50*gt(sin(N*0.9),0)*exp(-hypot(X-60,Y-120)/90)",
                        "CH+gt(N,MID-10)*50*lt(sin(N*0.9),0)*exp(-hypot(X-60,Y-120)/90)"),
    "schatten-ao": _overlay("lt(hypot((X+40-4*(N-MID+20))/22,(Y-230+3*(N-MID+20))/40),1)"
                            "*gte(N,MID-20)", 24),
    "kerze-ao": _out(0, 220, 90, 56, (2.2, 5.5)),
    "rauch-ao": _overlay("clip(1.3*(1-hypot((X-230+2*(N-MID+18))/(12+2.6*max(N-MID+18,0)),"
                         "(Y-50+2.6*max(N-MID+18,0))/(10+2.2*max(N-MID+18,0)))),0,1)"
                         "*gt(N,MID-18)*clip((MID+16-N)/10,0,1)", 150),
}

# held-out-ao (clips 246-251): new recipes again, written after held-out-an without running the
# detector on them: six more kinds of film, clips of about 20 to 22 s with 10 or 11 shots,
# mixing cuts between similar and different shots, to and from cards, between dark and between
# near-white shots, cuts to closer and nearer framings, a tint change at a cut, camera motion,
# things passing the lens, fireworks, lightning, a rocket's flare and smoke, lights coming on and
# going out, a sunrise over the earth, a neon sign failing, a flickering tube, a police car's
# lights, a huge shadow, smoke over the lens, rain, grain, bars of five ratios and none, titles,
# an intertitle, subtitles and credits, dissolves of 22 to 40 frames, a dissolve through grey,
# fades through black and white and fade outs and ins.
_IN = "bombay-ao flick46-ao grain11-ao box137-ao"
_JP = "toho-ao grain21-ao box235-ao"
_SU = "sovcolor-ao grain31-ao box185-ao"
_IR = "mahsul-ao grain41-ao"
_KR = "neo-ao grain51-ao box239-ao"
_DD = "sepia-ao flick23-ao weave-ao dust-ao grain61-ao vig-ao box133-ao"
_DN = "green-ao flick23-ao weave-ao dust-ao grain61-ao vig-ao box133-ao"
HELD_OUT_AO = [
    ("chandni-raat", [S("shirshak-ao", 36, 0, _IN), "cut",
                      S("mahal-ao", 76, 0, f"panr-ao {_IN}"), "cut",
                      S("darbar-ao", 58, 0, _IN), "cut",
                      S("nartaki-ao", 38, 0, f"sub-nartaki-ao {_IN}"), "cut",
                      S("nayak-ao", 34, 0, f"sub-nayak-ao {_IN}"), "cut",
                      S("nartaki-ao", 56, 38, f"closer-ao {_IN}"), "fade:30",
                      S("jhoola-ao", 72, 0, _IN), "cut",
                      S("jharokha-ao", 72, 0, f"anaar-ao {_IN}"), "fadeblack:24",
                      S("mahal-ao", 64, 300, f"dusk-ao near-ao credit246-ao {_IN}"),
                      "fadeio:18:12",
                      S("samapt-ao", 34, 0, _IN)]),
    ("kaze-no-ken", [S("daimei-ao", 34, 0, _JP), "cut",
                     S("shukuba-ao", 70, 0, f"panl-ao {_JP}"), "cut",
                     S("ronin-ao", 36, 0, f"sub-ronin-ao {_JP}"), "cut",
                     S("bugyo-ao", 32, 0, f"sub-bugyo-ao {_JP}"), "cut",
                     S("ronin-ao", 54, 36, f"closer-ao {_JP}"), "fade:28",
                     S("take-ao", 68, 0, f"raiden-ao {_JP}"), "cut",
                     S("andon-ao", 56, 0, f"kesu-ao {_JP}"), "fadeblack:22",
                     S("susuki-ao", 56, 0, _JP), "cut",
                     S("kettou-ao", 62, 0, f"whip-ao {_JP}"), "fadewhite:26",
                     S("yuki-ao", 60, 0, _JP), "fadeio:16:14",
                     S("owari-ao", 34, 0, _JP)]),
    ("zvezdnyi-put", [S("zvezdy-ao", 60, 0, f"panr-ao title248-ao {_SU}"), "cut",
                      S("kosmodrom-ao", 70, 0, f"pusk-ao {_SU}"), "cut",
                      S("kosmonavt-ao", 36, 0, f"sub-kosmonavt-ao {_SU}"), "cut",
                      S("komandir-ao", 32, 0, f"sub-komandir-ao {_SU}"), "cut",
                      S("kosmonavt-ao", 52, 36, f"closer-ao {_SU}"), "fade:34",
                      S("orbita-ao", 76, 0, f"voskhod-ao {_SU}"), "cut",
                      S("stantsiya-ao", 58, 0, f"plavat-ao {_SU}"), "cut",
                      S("tsup-ao", 48, 0, _SU), "fadegrays:24",
                      S("zvezdy-ao", 78, 200, f"near-ao {_SU}"), "fadewhite:24",
                      S("step-ao", 66, 0, _SU), "fadeio:18:12",
                      S("konets-ao", 34, 0, _SU)]),
    ("rah-e-tappeh", [S("tappeh-ao", 72, 0, f"title249-ao {_IR}"), "cut",
                      S("kucheh-ao", 64, 0, f"gusfand-ao {_IR}"), "cut",
                      S("pesar-ao", 34, 0, f"sub-pesar-ao {_IR}"), "cut",
                      S("moallem-ao", 34, 0, f"sub-moallem-ao {_IR}"), "cut",
                      S("pesar-ao", 52, 34, f"closer-ao {_IR}"), "fade:26",
                      S("gandom-ao", 62, 0, _IR), "cut",
                      S("kharman-ao", 58, 0, _IR), "fadeblack:28",
                      S("shab249-ao", 92, 0, f"fanus-ao {_IR}"), "fade:40",
                      S("sahar-ao", 70, 0, _IR), "cut",
                      S("tappeh-ao", 46, 400, f"near-ao {_IR}"), "fadeio:16:12",
                      S("payan-ao", 34, 0, _IR)]),
    ("bam-ui-bi", [S("golmok-ao", 66, 0, f"title250-ao neon-ao {_KR}"), "cut",
                   S("cha-ao", 58, 0, _KR), "cut",
                   S("hyeongsa-ao", 34, 0, f"sub-hyeongsa-ao {_KR}"), "cut",
                   S("yonguija-ao", 34, 0, f"sub-yonguija-ao tube-ao {_KR}"), "cut",
                   S("yonguija-ao", 26, 34, f"closer-ao {_KR}"), "cut",
                   S("hyeongsa-ao", 46, 34, f"closer-ao {_KR}"), "fade:22",
                   S("dari-ao", 66, 0, _KR), "cut",
                   S("gang-ao", 60, 0, _KR), "fadeblack:30",
                   S("oksang-ao", 104, 0, f"sairen-ao {_KR}"), "fade:32",
                   S("golmok-ao", 76, 300, f"near-ao {_KR}"), "fadeio:18:12",
                   S("kkeut-ao", 34, 0, _KR)]),
    ("der-schatten", [S("titel251-ao", 36, 0, _DD), "cut",
                      S("gasse-ao", 66, 0, _DD), "cut",
                      S("zwischen-ao", 40, 0, _DD), "cut",
                      S("schlaefer-ao", 36, 0, _DD), "cut",
                      S("frau251-ao", 32, 0, _DD), "cut",
                      S("schlaefer-ao", 56, 36, f"closer-ao {_DD}"), "fade:30",
                      S("treppe-ao", 74, 0, f"schatten-ao {_DD}"), "cut",
                      S("zimmer-ao", 56, 0, f"kerze-ao {_DN}"), "fadeblack:24",
                      S("dach-ao", 100, 0, f"rauch-ao {_DN}"), "fade:36",
                      S("morgen-ao", 84, 0, _DD), "fadeio:20:12",
                      S("ende-ao", 34, 0, _DD)]),
]
