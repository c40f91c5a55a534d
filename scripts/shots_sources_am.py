"""Sources, effects and recipes of held-out-am (clips 234-239), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-233. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a framed title card,
a fjord between steep cliffs with a waterfall under a pan, an intertitle, a bridal procession of
rowing boats dissolving into a stave church with churchgoers and a closer framing of it, a bride's
face in a silver crown and a groom's face before one log wall, a wedding feast lit by a
photographer's flash powder and its smoke, the fjord in a storm at night with lightning and a
card reading SLUTT (a 1910s Norwegian silent film in 1.33, sepia with flicker, gate weave,
scratches, dust and a vignette); a savanna with a baobab and round huts under a title and a pan,
women pounding millet and a well of about the same ochre brightness with a goat passing the lens,
an old woman's face in a headwrap and a girl's face before one mud wall with subtitles and a
closer framing of the old woman's, the village in the harmattan's dust haze shot hand-held, a
market under a whip pan, the compound at night by a fire where a hurricane lamp is lit, a fade
through white into the dawn, near white, and a card reading FIN (a 1980s Burkinabe village film
in 1.66, warm ochre colour); a black-sand beach with a piano in its crate under a title, the bush
of tree ferns in the rain shot hand-held, a settler's hut with its chimney smoking, a woman's face
in a bonnet and a bearded settler's face before one timber wall with subtitles, a dark room whose
oil lamp is turned up over a piano, the bay in a storm at night with lightning cut to the dark
bush at night with a lantern carried through it, a dissolve into the beach in the dawn mist,
near white, under a slow push in, the beach again in a nearer framing under a credit and a card
reading THE END (a 1990s New Zealand colonial drama in 2.35, deep blue-green colour); a framed
title card, a windmill seen close with its sails sweeping across the picture, bulb fields in
stripes of colour under a caption and a pan, a canal with a barge passing the lens, a dike in a
storm with waves bursting over it dissolving slowly into a flooded polder, matched by a cut to the
same polder drained and green with cows, a cheese market with carriers running and a press
photographer's flash, a fade through white into skaters on a frozen canal, near white, and a card
reading EINDE (a 1950s Dutch documentary in 1.37, saturated Kodachrome-like colour with grain); a
vineyard on a hillside below a church under a title and a pan, grape pickers with a basket passing
the lens, a man treading grapes in a wooden press cut on the action to a closer framing of him
still treading, a feast at night whose bulb fails and leaves it to its candles, a toastmaster's
face and an old woman's face in a black headscarf before one papered wall with subtitles, a copper
still in a dark shed with its steam billowing, a mountain road in the fog with a truck passing the
lens, the vineyard again in a nearer framing under a credit and a card reading DASASRULI (a 1970s
Georgian film in 1.85, faded painterly Sovcolor); a river between walls of jungle under a title, a
canoe's bow with a paddle passing the lens, the canopy in drifting mist under a slow tilt, a
shaman's painted face and an explorer's face in a hat before one wall of leaves with subtitles and
a closer framing of the shaman's, a camp at night by a fire lit by an old camera's flash powder, a
fade through white into a sandbank in the sun, near white, rubber trees under a whip pan, the
river at dusk as rain begins with lightning and a card reading FIN (a 2010s Colombian Amazon film
in 2.39, crisp high-contrast digital black and white).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed
from shots_sources_ad import _card
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _fedora, _person
from shots_sources_ag import _any, _box, _fade, _g, _zoom
from shots_sources_ak import _BLOOM, _CROSS, _EDGE


def _bolt(x, k, reach=92):
    """An effect: a bolt of lightning at x on frame MID+k, lighting the picture on MID+k and
    MID+k+1 and again, fainter, on MID+k+4."""
    return (_overlay(f"eq(N,MID+({k}))*lt(abs(X-{x}-9*sin(Y/7)-4*sin(Y/2.1)),1.5)*lt(Y,{reach})",
                     252) + "," + _flash((k, k + 1, k + 4), (0.5, 0.15, 0.3)))


def _powder(x, y):
    """An effect: flash powder fired at (x, y) on frame MID, lighting the picture for two frames,
    then its smoke rising and spreading."""
    a = "(N-MID)"
    return (_overlay(f"eq(N,MID)*{_BLOOM.format(x=x, y=y, r=14)}", 252) + ","
            + _flash((0, 1, 2), (0.5, 0.2, 0.06)) + ","
            + _overlay(f"gt(N,MID)*0.55*clip(1-hypot((X-{x}+0.4*{a})/(6+1.3*{a}),"
                       f"(Y-{y}+0.9*{a})/(5+0.8*{a})),0,1)", 205))


def _polder(wet):
    """A polder under a low horizon with a farm, a windmill and a row of poplars, flooded to the
    horizon or drained and green with ditches and cows, in one composition (for the match cut)."""
    below = ("gt(Y,92)", "150+10*sin(X/3+Y*0.9)+0.3*(Y-92)", 150, 112) if wet else \
        ("gt(Y,92)", "112+30*lt(abs(mod((X-160)/(Y-86),1.2)-0.6),0.04)+6*sin(X*0.9)", 96, 108)
    cows = [] if wet else [
        (_any(f"lt(hypot((X-{x})/7,(Y-{y})/3.5),1)*gt(sin(X*0.8+Y*0.5),-0.2)"
              for x, y in ((100, 118), (130, 124), (250, 132))), 30, 128, 128),
        (_any(f"lt(hypot((X-{x})/7,(Y-{y})/3.5),1)" for x, y in ((100, 118), (130, 124),
                                                              (250, 132))), 225, 128, 128)]
    water_cut = "*lt(Y,94)" if wet else ""
    return _paint([
        *cows,
        (_any(f"lt(abs(X-{x}),1.5)*between(Y,56,92)" for x in (80,)) + "+"
         + _any(f"lt(abs(X-80-({s})*(Y-60)),1.2)*lt(abs(Y-60),18)" for s in (1.2, -1.2)), 45,
         128, 128),
        ("lt(abs(X-80),5+0.1*(Y-60))*between(Y,60,92)" + water_cut, 60, 124, 136),
        ("between(X,200,244)*between(Y,70,80)*gt(Y,70+0.5*abs(X-222)-1)" + water_cut, 80, 110,
         190),
        (_box(204, 240, 80, 92) + water_cut, 170, 120, 140),
        (_any(f"lt(hypot((X-{x})/5,(Y-64)/20),1)" for x in range(270, 320, 12)) + water_cut, 70,
         110, 118),
        below,
        ("gt(Y,86)", 125, 110, 120)],
        ("170-0.6*Y", 158, 108),
        add="40*gt(sin(X/17)*sin(Y/6+1),0.5)*lt(Y,50)")


# A 1910s Norwegian silent film (drawn in greys: the sepia is an effect).
_TOMMER = ("108-34*lt(mod(Y,15),2)+10*sin(X/7+floor(Y/15)*1.9)+6*sin(Y*1.1)", 128, 128)
_BOATS = [(30, 118, 1.0), (140, 132, 1.3), (250, 112, 0.8)]
_BX = "(X-{x}-0.7*N)"
_GUESTS = [(56, 0), (92, 1.3), (128, 2.1), (200, 0.7), (236, 2.9), (272, 1.8)]

# A 1980s Burkinabe village film.
_BANCO = ("158+8*sin(X/6)*sin(Y/5)+6*sin(X/23+Y/31)", 106, 152)
_HUTS = (200, 242, 290)
_POUND = [(110, 0, (120, 90, 190), (110, 150, 100)), (214, 1.6, (170, 60, 150), (130, 90, 170))]

# A 1990s New Zealand colonial drama.
_TIMBER = ("78+10*sin(Y/3.1)*0.6-22*lt(mod(X,23),1.5)+6*sin(Y/7+X*0.9)", 136, 120)
_FERNS = [(40, 60, 46), (120, 40, 40), (210, 70, 50), (290, 50, 38)]
_RAIN = "lt(mod(X+0.2*Y,9),0.8)*lt(mod(Y+N*26+37*sin(floor((X+0.2*Y)/9)*3.7),40),9)"

# A 1950s Dutch documentary.
_R = "hypot(X-220,Y-62)"
_A = "(atan2(Y-62,X-220)-0.085*N)"
_K = "mod(floor(6*(X-160)/(Y-78)),4)"

# A 1970s Georgian film.
_PAPER = ("142+14*gt(sin(X/6)*sin(Y/6),0.45)-12*lt(mod(X,32),1)", 122, 142)
_TREAD = "(N*0.5)"
_DINERS = [(44, 0), (84, 1.1), (124, 2.3), (196, 0.6), (236, 1.9), (276, 3.1)]
_CANDLES = [(92, 112), (160, 110), (228, 112)]

# A 2010s Colombian Amazon film (drawn in greys).
_HOJAS = ("62+46*gt(sin(X/4+2*sin(Y/5))*sin(Y/6+sin(X/9)),0.2)+10*sin(X/2.3)", 128, 128)
_BANKS = "40+26*gt(sin(X/3+sin(Y/4))*sin(Y/3.4),0.1)"

LAVFI_AM = {
    # A 1910s Norwegian silent film.
    "tittel-am": _framed(["BRUDEFERDEN", "1913"], 24, 58, 44, "0xe4e4e4", SERIF, "0x080808",
                         "0x909090"),
    "fjord-am": _paint([
        _g("lt(abs(X-58-2*sin(Y/7)),2.5+0.03*(Y-34))*between(Y,34,112)",
           "225+20*sin(Y*0.8-N*1.6)"),
        _g("between(X,189+0.5*N,189+0.5*N+0.6*(Y-102))*between(Y,102,118)", 220),
        _g("lt(hypot((X-190-0.5*N)/12,(Y-120)/2.5),1)*lt(Y,121)"
           "+lt(abs(X-188-0.5*N),0.8)*between(Y,100,120)", 35),
        _g("gt(Y,112)", "150+14*sin(X/4+N*0.3+Y*0.9)-0.3*(Y-112)"),
        _g("gt(Y,16+1.0*X+8*sin(X/9)+5*sin(X/3.3))", "80+20*sin(X/5)*sin(Y/4)+0.2*Y"),
        _g("gt(Y,16+0.95*(320-X)+8*sin(X/11)+5*sin(X/3.7))", "86+18*sin(X/6)*sin(Y/5)+0.2*Y"),
        _g("gt(Y,74+10*sin(X/26)+4*sin(X/7))", 138),
        _g("lt(Y,50)*gt(sin(X/19+N*0.01)*sin(Y/7),0.45)", 225)],
        ("200-0.5*Y", 128, 128)),
    "mellomtekst-am": _framed(["Om morgonen rodde", "brudefylgjet over fjorden."], 15, 66, 28,
                              "0xdcdcdc", SERIF, "0x000000", "0x707070"),
    "baater-am": _paint([
        _g(_any(f"lt(hypot({_BX.format(x=x)}/{3 * s},(Y-{y}+{9 * s})/{6 * s}),1)"
                for x, y, s in _BOATS[1:2]), 240),
        _g(_any(f"lt(hypot(({_BX.format(x=x)}-({d * s}))/{2.4 * s},(Y-{y}+{6 * s})/{5 * s}),1)"
                for x, y, s in _BOATS for d in (-18, -8, 10, 20)), 35),
        _g(_any(f"lt(hypot({_BX.format(x=x)}/{30 * s},(Y-{y})/{6 * s}),1)*gt(Y,{y})"
                for x, y, s in _BOATS), 45),
        _g(_any(f"lt(abs({_BX.format(x=x)}-({d * s})-(Y-{y})*1.3*cos(N*0.45+{x})),{0.9 * s})"
                f"*between(Y,{y},{y}+{9 * s})" for x, y, s in _BOATS for d in (-13, 15)), 60),
        _g("gt(Y,96)", "140+12*sin(X/6+N*0.2+Y*0.7)"),
        _g("gt(Y,70+14*sin(X/40)+6*sin(X/9))", "100+12*sin(X/2.7)*sin(Y/3.1)")],
        ("205-0.5*Y", 128, 128)),
    "kyrkje-am": _paint([
        _g(_any(f"lt(hypot(X-{x}-0.5*N,Y-132),3)+between(Y,134,148)*lt(abs(X-{x}-0.5*N),3.5)"
                for x in (40, 54, 70, 250)), 30),
        _g("lt(abs(X-160),(Y-18)*0.12)*between(Y,18,44)"
           "+lt(abs(X-160),(Y-40)*0.8)*between(Y,40,62)"
           "+lt(abs(X-160),(Y-48)*1.1)*between(Y,62,84)"
           "+lt(abs(X-160),(Y-60)*1.5)*between(Y,84,106)", "40+16*lt(mod(Y,4),1.5)"),
        _g(_box(112, 208, 106, 130), "60+20*lt(mod(X,8),1.2)"),
        _g(_box(150, 170, 114, 130), 15),
        _g("gt(Y,124+8*sin(X/60))", "130+10*sin(X*0.7+Y)"),
        _g("lt(Y,60)*gt(sin(X/23+N*0.02)*sin(Y/8),0.4)", 230)],
        ("185-0.4*Y", 128, 128)),
    "brud-am": _person(150, 98, (50, 128, 128), True, 182, (215, 128, 128), _TOMMER, top=[
        _g("lt(abs(X-150),26)*between(Y,40,62)*gt(Y,40+10*abs(sin((X-150)/4)))",
           "225+25*gt(sin(X*1.7+Y*2.3),0.8)"),
        _g("lt(abs(X-150),28)*between(Y,60,64)", 200)]),
    "brudgom-am": _person(170, 96, (60, 128, 128), False, 165, (35, 128, 128), _TOMMER, top=[
        _g("lt(abs(X-170),10)*between(Y,140,180)", 225)]),
    "gilde-am": _paint([
        _g(_any(f"lt(hypot(X-{x}-2*sin(N*0.3+{p}),Y-92-abs(2*sin(N*0.4+{p}))),9)"
                f"+between(Y,100,112)*lt(abs(X-{x}),13)" for x, p in _GUESTS), 34),
        _g(_any(f"lt(hypot((X-{x})/9,(Y-114)/3),1)" for x in (74, 110, 160, 218, 254)), 150),
        _g(_box(30, 300, 112, 126), "205-10*lt(mod(X,40),1)"),
        _g(_box(40, 290, 126, 160) + "*lt(mod(X-40,125),8)", 40),
        _g(_box(22, 72, 28, 80), "232-170*gt(lt(abs(X-47),1.5)+lt(abs(Y-54),1.5),0)"),
        _g("lt(mod(X+40,80),6)*lt(Y,22)", 30)],
        ("80-34*lt(mod(Y,15),2)+8*sin(X/7+floor(Y/15)*1.9)", 128, 128),
        add="40*exp(-hypot(X-47,Y-54)/70)"),
    "uver-am": _paint([
        _g("lt(mod(X+0.3*Y,7),0.8)*lt(mod(Y+N*30+47*sin(floor((X+0.3*Y)/7)*2.3),44),10)", 105),
        _g("gt(Y,108)*lt(abs(mod(X+6*sin(Y)+N*3,40)-20),2)*lt(mod(Y,9),3)", 110),
        _g("gt(Y,108)", "36+8*sin(X/5+N*0.5+Y)"),
        _g("gt(Y,20+1.0*X+8*sin(X/9))+gt(Y,24+0.9*(320-X)+8*sin(X/11))", 18),
        _g("lt(Y,70)*gt(sin(X/21+N*0.05)*sin(Y/9+N*0.02),0.2)", 55)],
        ("38-0.05*Y", 128, 128)),
    "slutt-am": _card(["SLUTT"], 30, 72, 0, "0xe4e4e4", SERIF, "0x000000"),
    # A 1980s Burkinabe village film.
    "savane-am": _paint([
        ("lt(abs(X-84),9+0.12*abs(Y-80))*between(Y,44,118)", 95, 120, 138),
        ("lt(Y,58)*gt(Y,18)*lt(abs(X-84),50-0.5*abs(Y-40))*gt(sin(X/4+Y/3)*sin(X/7-Y/5),0.15)",
         78, 118, 130),
        (_any(f"lt(abs(X-{x}),3)*between(Y,104,118)" for x in _HUTS), 40, 124, 134),
        (_any(f"lt(abs(X-{x}),1.05*(Y-72))*between(Y,72,96)" for x in _HUTS),
         "124-18*lt(mod(X+Y,5),1.5)", 110, 142),
        (_any(f"lt(abs(X-{x}),15)*between(Y,94,118)" for x in _HUTS), "150+8*sin(X*1.3)", 104,
         152),
        ("gt(Y,112+2*sin(X/40))", "150+10*sin(X*0.7+Y*1.3)", 100, 152),
        ("gt(Y,100+4*sin(X/13))", "112+10*sin(X/3)", 118, 134)],
        ("205-0.4*Y", 120, 138), add="30*exp(-hypot(X-250,Y-30)/60)"),
    "pilon-am": _paint([
        *((f"lt(abs(X-{x}),2.2)*between(Y,30-22*abs(sin(N*0.3+{p})),116-22*abs(sin(N*0.3+{p})))",
           172, 118, 142) for x, p, _, _ in _POUND),
        *((f"lt(hypot(X-{x}-2,Y-72+22*abs(sin(N*0.3+{p}))),4)", 70, 118, 142)
          for x, p, _, _ in _POUND),
        *((f"lt(hypot((X-{x}+16)/11,(Y-52)/7),1)", *w) for x, _, w, _ in _POUND),
        *((f"lt(hypot(X-{x}+16,Y-62),8)", 72, 118, 142) for x, _, _, _ in _POUND),
        *((f"lt(abs(X-{x}+16),11+0.1*(Y-70))*between(Y,68,150)", f"{c[0]}+20*lt(mod(X+Y,8),3)",
           c[1], c[2]) for x, _, _, c in _POUND),
        (_any(f"lt(abs(X-{x}),16-0.2*(Y-124))*between(Y,124,150)" for x, _, _, _ in _POUND), 92,
         118, 140),
        ("gt(Y,146)", 142, 104, 150)],
        _BANCO),
    "puits-am": _paint([
        ("lt(hypot(X-226,Y-66),7)", 72, 118, 142),
        ("lt(hypot((X-226)/9,(Y-60)/5),1)", 160, 70, 160),
        ("lt(abs(X-226),10+0.08*(Y-74))*between(Y,72,132)", "120+20*lt(mod(Y,6),2)", 150, 100),
        ("lt(abs(X-160),0.8)*between(Y,58,100+12*sin(N*0.12))+lt(abs(Y-58+0.6*(X-160)),0.8)"
         "*between(X,160,214)", 60, 120, 140),
        ("lt(abs(X-160),6)*between(Y,96+12*sin(N*0.12),106+12*sin(N*0.12))", 110, 118, 140),
        (_any(f"lt(abs(X-{x}),3)*between(Y,52,114)" for x in (118, 202)) + "+"
         + _box(114, 206, 52, 57), 70, 120, 140),
        ("lt(abs(X-160),44)*between(Y,112,140)", "148-20*lt(mod(Y,9),1.5)", 108, 148),
        ("lt(hypot((X-160)/44,(Y-112)/8),1)", 25, 124, 134),
        ("gt(Y,128)", "146+8*sin(X*0.9+Y*1.7)", 102, 150)],
        ("160+8*sin(X/6)*sin(Y/5)+6*sin(X/19+Y/27)-30*lt(Y,46)", 108, 150)),
    "aieule-am": _person(150, 98, (130, 80, 180), False, 85, (150, 150, 100), _BANCO, top=[
        ("lt(hypot((X-150)/42,(Y-60)/22),1)*lt(Y,72)", "128+24*lt(mod(X-Y,10),4)", 80, 182),
        ("lt(hypot((X-150)/12,(Y-118)/2),1)", 200, 118, 140)]),
    "fillette-am": _person(168, 96, (22, 128, 128), False, 95, (165, 88, 170), _BANCO, top=[
        (_any(f"lt(hypot(X-{x},Y-{y}),4)" for x, y in ((146, 66), (168, 58), (190, 66))), 18,
         128, 128)]),
    "harmattan-am": _paint([
        ("lt(hypot((X-90-0.6*N)/16,(Y-118)/8),1)+lt(abs(X-112-0.6*N),1)*between(Y,104,118)"
         "+lt(hypot(X-75-0.6*N,Y-104),5)", 158, 116, 140),
        (_any(f"lt(abs(X-{x}),13)*between(Y,98,118)+lt(abs(X-{x}),1.05*(Y-80))*between(Y,80,98)"
              for x in (210, 256)), 178, 114, 142),
        ("lt(abs(X-40),5)*between(Y,70,118)+lt(Y,74)*gt(Y,50)*lt(abs(X-40),26)"
         "*gt(sin(X/4+Y/3),0.2)", 180, 116, 140),
        ("gt(Y,114)", "196+6*sin(X*0.6+Y)", 112, 144)],
        ("212-0.1*Y", 118, 140),
        add="14*sin(X/13-N*0.9+sin(Y/7))*sin(Y/9+N*0.2)"),
    "marche-am": _paint([
        (_any(f"lt(hypot(X-{x}+8*sin(N*0.1+{x}),Y-96),7)+between(Y,103,140)*lt(abs(X-{x}"
              f"+8*sin(N*0.1+{x})),10)" for x in (40, 90, 150, 230, 300, 360, 420)),
         "70+40*lt(Y,101)", 118, 142),
        (_any(f"lt(abs(X-{x}),36)*between(Y,60,70-4*sin((X-{x})/12))" for x in (60, 180, 300,
                                                                               420)),
         "140+30*lt(mod(X,12),6)", "128+60*sin(floor(X/120)*2.1)", "140+50*cos(floor(X/120)*1.7)"),
        (_any(f"lt(abs(X-{x}),1.5)*between(Y,66,140)" for x in (30, 90, 150, 210, 270, 330, 390,
                                                              450)), 60, 120, 136),
        ("gt(Y,130)", "140+10*sin(X*0.7+Y)", 102, 150),
        ("lt(Y,50)*gt(sin(X/5)*sin(Y/4+X/30),0.1)", 70, 110, 124)],
        ("190-0.2*Y", 118, 140)),
    "nuit235-am": _paint([
        ("lt(hypot((X-160)/7,(Y-138-2*sin(N*1.7))/12),1)*lt(Y,140)", 250, 90, 170),
        (_any(f"lt(hypot(X-{x},Y-{y}),9)+between(Y,{y}+8,150)*lt(abs(X-{x}),12)"
              for x, y in ((100, 118), (220, 116), (270, 124))), 30, 124, 140),
        (_any(f"lt(abs(X-{x}),1.05*(Y-58))*between(Y,58,80)+lt(abs(X-{x}),16)*between(Y,80,108)"
              for x in (60, 290)), 16, 128, 132),
        ("gt(Y,140)", 26, 124, 140),
        ("lt(mod(sin(X*7.13+Y*91.7)*31337.7,1),0.0015)*lt(Y,80)", 210, 128, 128)],
        ("10+0.08*Y", 136, 124),
        add="90*(0.85+0.15*sin(N*2.1)*sin(N*0.7))*exp(-hypot(X-160,Y-136)/46)"),
    "aube-am": _paint([
        ("lt(hypot(X-240,Y-64),12)", 252, 120, 140),
        ("lt(abs(X-90),6)*between(Y,64,112)+lt(Y,70)*gt(Y,46)*lt(abs(X-90),30)"
         "*gt(sin(X/4+Y/3),0.2)", 200, 120, 138),
        ("gt(Y,110)", "224+3*sin(X*0.6)", 116, 140)],
        ("232-0.05*Y", 122, 136), add="18*exp(-hypot(X-240,Y-64)/50)"),
    "fin235-am": _card(["FIN"], 30, 72, 0, "0xf8e0b0", SERIF, "0x1a0c04"),
    # A 1990s New Zealand colonial drama.
    "oneone-am": _paint([
        ("lt(hypot(X-252,Y-104),3)+between(Y,106,122)*lt(abs(X-252),3)", 22, 130, 124),
        (_box(200, 240, 110, 134), "118-24*lt(mod(X,8),1.2)", 120, 134),
        ("lt(X,64-0.6*(Y-36))*gt(Y,36+6*sin(X/9))", "48+8*sin(X/3)*sin(Y/4)", 132, 118),
        ("gt(Y,92)*lt(abs(mod(Y-92-0.8*N+6*sin(X/30),14)-7),1.5)*lt(Y,110)", 215, 130, 126),
        ("gt(Y,104+3*sin(X/25+N*0.1))", "58+10*sin(X*0.4+Y)", 130, 124),
        ("gt(Y,70)", "88+10*sin(X/7+N*0.2+Y)", 142, 112)],
        ("172-0.4*Y", 136, 120)),
    "ngahere-am": _paint([
        (_RAIN, 150, 132, 122),
        (_any(f"lt(hypot(X-{x},Y-{y}),{r})*gt(abs(sin(atan2(Y-{y},X-{x})*7)),0.55)"
              f"*gt(Y,{y}-{r // 2})" for x, y, r in _FERNS), "70+20*sin(X/2)", 112, 108),
        (_any(f"lt(abs(X-{x}),3)*gt(Y,{y})" for x, y, _ in _FERNS), 34, 126, 126),
        ("gt(Y,150)", 40, 128, 122)],
        ("52+20*sin(X/5)*sin(Y/4)", 124, 114)),
    "whare-am": _paint([
        (_box(140, 150, 48, 72), 60, 128, 128),
        ("lt(abs(X-120),54-1.2*(Y-54))*between(Y,54,80)", "70-14*lt(mod(X,6),1.5)", 130, 124),
        (_box(112, 132, 96, 124), 20, 128, 128),
        (_box(76, 164, 80, 124), "112-24*lt(mod(X,11),1.5)", 132, 122),
        ("gt(Y,120)", "68+10*sin(X*0.5+Y*0.9)", 122, 134),
        ("lt(Y,100)*gt(Y,40+10*sin(X/10))*gt(abs(X-120),70)", "52+20*sin(X/3)*sin(Y/4)", 122,
         110)],
        ("176-0.4*Y", 138, 120),
        add="55*clip(sin(X/9-N*0.1)*sin(Y/6+N*0.3)+0.5,0,1)*exp(-pow((X-145+0.8*(48-Y))/(6+0.3*(48"
            "-Y)),2))*lt(Y,48)"),
    "bonnet-am": _person(150, 98, (40, 136, 120), True, 188, (34, 134, 122), _TIMBER, top=[
        ("lt(hypot((X-150)/44,(Y-74)/44),1)*(1-lt(hypot((X-150)/32,(Y-96)/40),1))*lt(Y,112)", 36,
         138, 120)]),
    "settler-am": _person(170, 96, (62, 128, 126), False, 160, (96, 120, 134), _TIMBER, top=[
        ("lt(hypot((X-170)/30,(Y-122)/22),1)*gt(Y,106)*(1-lt(hypot((X-170)/9,(Y-121)/3),1))",
         70, 126, 130)]),
    "piano-am": _paint([
        ("lt(hypot((X-80)/5,(Y-66)/8),1)", 150, 110, 150),
        (_box(74, 86, 74, 92), 80, 124, 136),
        (_box(150, 300, 108, 114) + "*lt(mod(X,6),4.5)", 150, 128, 128),
        (_box(150, 300, 70, 136), 14, 128, 128),
        (_box(220, 290, 24, 60) + "*(1-gt(lt(abs(X-255),1.5)+lt(abs(Y-42),1.5),0))", 50, 150,
         116),
        ("gt(Y,136)", 30, 126, 128)],
        ("28+6*lt(mod(X,23),1.5)", 134, 122), add="20*exp(-hypot(X-80,Y-66)/40)"),
    "awha-am": _paint([
        (_RAIN, 80, 134, 122),
        ("gt(Y,100)*lt(abs(mod(X+8*sin(Y*0.7)+N*4,36)-18),2.5)*lt(mod(Y,8),3)", 90, 132, 124),
        ("gt(Y,100)", "30+8*sin(X/5+N*0.6+Y)", 138, 118),
        ("gt(Y,70+0.5*X+6*sin(X/9))*lt(X,120)+gt(Y,80+6*sin(X/7))*gt(X,250)", 12, 130, 124),
        ("lt(Y,80)*gt(sin(X/23+N*0.06)*sin(Y/9+N*0.03),0.15)", 48, 136, 122)],
        ("32-0.05*Y", 138, 120)),
    "po-am": _paint([
        ("lt(hypot(X-40-2*N,Y-112-3*sin(N*0.5)),3)", 250, 100, 160),
        (_any(f"lt(hypot(X-{x},Y-{y}),{r})*gt(abs(sin(atan2(Y-{y},X-{x})*7)),0.55)"
              f"*gt(Y,{y}-{r // 2})" for x, y, r in _FERNS), 10, 128, 126),
        (_any(f"lt(abs(X-{x}),3)*gt(Y,{y})" for x, y, _ in _FERNS), 8, 128, 126)],
        ("22+6*sin(X/5)*sin(Y/4)", 132, 120),
        add="70*exp(-hypot(X-40-2*N,Y-114)/30)"),
    "atapo-am": _paint([
        ("lt(hypot(X-120-0.2*N,Y-110),2.5)+between(Y,112,126)*lt(abs(X-120-0.2*N),2.5)", 150,
         130, 124),
        ("gt(Y,104+2*sin(X/25))", "176+4*sin(X*0.4+Y)", 130, 124),
        ("lt(abs(Y-96-2*sin(X/20+N*0.1)),1.5)", 238, 128, 128),
        ("gt(Y,80)", "206+4*sin(X/7+Y)", 134, 122)],
        ("222-0.05*Y", 132, 124)),
    "end236-am": _card(["THE END"], 24, 76, 0, "0xd8e8e0", SERIF, "0x000000"),
    # A 1950s Dutch documentary.
    "titel-am": _framed(["LAND UIT ZEE", "1953"], 22, 60, 42, "0xf4e4a8", SERIF, "0x0c1e3c",
                        "0xc8a050"),
    "molen-am": _paint([
        (f"lt({_R}*abs(sin(2*{_A}))/2,2)*gt({_R},10)", 40, 128, 128),
        (f"lt({_R}*abs(sin(2*{_A}))/2,16)*gt({_R},14)*gt(sin(2*{_A}),0)", "196+26*lt(mod(" + _R
         + ",12),2)", 126, 132),
        (f"lt({_R},9)", 50, 128, 128),
        ("lt(abs(X-230),18+0.18*(Y-60))*gt(Y,60)", "70+10*lt(mod(X,9),1.5)", 132, 126),
        ("lt(hypot((X-230)/22,(Y-60)/10),1)", 60, 130, 126),
        ("gt(Y,138+4*sin(X/40))", "110+8*sin(X*0.9+Y)", 150, 112),
        ("gt(Y,118+6*sin(X/60))", 112, 96, 108),
        ("lt(Y,70)*gt(sin(X/17+N*0.02)*sin(Y/7+1),0.35)", 230, 128, 126)],
        ("165-0.4*Y", 162, 106)),
    "tulpen-am": _paint([
        ("lt(abs(X-60),3+0.2*(Y-60))*between(Y,60,80)+lt(abs(Y-62-0.5*(X-60)),0.8)"
         "*lt(abs(X-60),10)", 50, 128, 128),
        (f"gt(Y,80)*eq({_K},0)", "92+10*sin(X*0.8)", 108, 205),
        (f"gt(Y,80)*eq({_K},1)", "196+8*sin(X*0.8)", 42, 152),
        (f"gt(Y,80)*eq({_K},2)", "150+10*sin(X*0.8)", 140, 185),
        ("gt(Y,80)", "100+10*sin(X*0.9)", 96, 112),
        ("gt(Y,74+2*sin(X/20))", 120, 110, 120)],
        ("175-0.5*Y", 160, 108)),
    "vaart-am": _paint([
        (_any(f"between(X,{x}+6,{x}+14)*between(Y,{y},{y}+12)+between(X,{x}+22,{x}+30)"
              f"*between(Y,{y},{y}+12)" for x in range(0, 320, 40) for y in (40, 62)), 40, 140,
         120),
        ("lt(Y,88)*gt(Y,20+6*lt(mod(X,40),20)+8*lt(mod(X,40),8))*gt(Y,16+abs(mod(X,40)-20))",
         "110+30*sin(floor(X/40)*2.3)", "118+12*sin(floor(X/40)*1.3)",
         "160+30*cos(floor(X/40)*1.9)"),
        ("between(Y,88,96)", 150, 124, 132),
        ("gt(Y,96)*lt(abs(mod(Y+2*sin(X/6+N*0.2),6)-3),1)", 160, 150, 118),
        ("gt(Y,96)", "90+10*sin(X/6+N*0.2)", 150, 114)],
        ("180-0.4*Y", 160, 108)),
    "dijk-am": _paint([
        (_RAIN, 170, 128, 128),
        ("gt(Y,60+0.4*X)*gt(Y,96)", "96+10*sin(X*0.9+Y)", 104, 114),
        ("gt(Y,90)*lt(abs(mod(X+N*5+10*sin(Y),50)-25),3)", 200, 130, 126),
        ("gt(Y,86)", "80+16*sin(X/6-N*0.5+Y*0.8)", 138, 122)],
        ("112-0.2*Y+14*sin(X/30+N*0.03)*sin(Y/9)", 134, 124),
        add="120*pow(clip(sin(N*0.21),0,1),3)*exp(-pow((X-180-40*sin(N*0.1))/60,2)"
            "-pow((Y-86+30*clip(sin(N*0.21),0,1))/24,2))"),
    "polder-nat-am": _polder(True),
    "polder-droog-am": _polder(False),
    "kaas-am": _paint([
        (_any(f"lt(hypot(X-{x},Y-72),4)*lt(Y,72)" for x in range(0, 400, 70)), 200, 128, 128),
        (_any(f"lt(hypot(mod(X-{o}+2.2*N,140)-70,Y-86),7)" for o in (0, 30)), 170, 50, 190),
        (_any(f"lt(abs(mod(X-{o}+2.2*N,140)-70),8)*between(Y,93,130)" for o in (0, 30)), 232,
         128, 128),
        (_any(f"lt(abs(mod(X-{o}+2.2*N,140)-60),20)*between(Y,120,126)" for o in (0, 30)), 120,
         110, 150),
        ("gt(Y,132)*lt(hypot(mod(X,22)-11,mod(Y,10)-5),5)", 196, 40, 150),
        ("gt(Y,130)", 130, 118, 136),
        ("lt(Y,70)*lt(abs(mod(X,24)-12),4)*lt(mod(Y,20),11)", 200, 128, 128),
        ("lt(Y,70)", "90-20*lt(mod(Y,6),1)", 118, 176)],
        ("170", 150, 110)),
    "ijs-am": _paint([
        (_any(f"lt(hypot(X-{x}-{v}*N,Y-{y}),4)+between(Y,{y}+4,{y}+20)"
              f"*lt(abs(X-{x}-{v}*N-2*sin(N*0.3+{x})),3+0.1*(Y-{y}))"
              for x, y, v in ((20, 100, 1.4), (120, 108, 1.1), (260, 96, -1.0), (200, 118, 0.8))),
         50, 132, 124),
        (_any(f"lt(abs(X-{x}),1)*between(Y,30,92)+lt(Y,60)*gt(Y,28)*lt(abs(X-{x}),14)"
              f"*lt(abs(sin((X-{x})*0.6+Y*0.5)),0.12)" for x in (40, 290)), 120, 128, 128),
        ("lt(hypot(X-170,Y-70),6)+lt(abs(X-170),3)*between(Y,70,88)", 180, 128, 128),
        ("gt(Y,92)", "226+4*sin(X*0.3+Y*0.8)", 134, 124),
        ("gt(Y,86)", 196, 130, 126)],
        ("228-0.1*Y", 136, 122)),
    "einde-am": _card(["EINDE"], 30, 72, 0, "0xf4e4a8", SERIF, "0x0c1e3c"),
    # A 1970s Georgian film.
    "venakhi-am": _paint([
        ("lt(abs(X-240),9)*between(Y,34,50)+lt(abs(X-240),9-0.9*(34-Y))*between(Y,24,34)",
         176, 118, 140),
        (_box(222, 258, 50, 66), 196, 118, 140),
        ("gt(Y,90+0.1*X)*lt(mod(Y-0.3*X,10),4)", 82, 112, 122),
        ("gt(Y,66-0.1*(X-240)+0.0008*pow(X-200,2))", 140, 112, 144),
        ("gt(Y,50+14*abs(sin(X/40)))*lt(Y,70)", 172, 136, 126)],
        ("196-0.3*Y", 136, 126)),
    "mkrephavi-am": _paint([
        (_any(f"lt(hypot(X-{x}-0.3*N,Y-{y}-3*abs(sin(N*0.2+{x}))),7)"
              f"+between(Y,{y}+7,{y}+40)*lt(abs(X-{x}-0.3*N),10)" for x, y in
              ((60, 70), (170, 80), (270, 74))), 60, 120, 150),
        (_any(f"lt(hypot((X-{x}-0.3*N-12)/9,(Y-{y}-14)/12),1)" for x, y in
              ((60, 70), (170, 80), (270, 74))), "150-30*lt(mod(X+Y,4),1.5)", 112, 146),
        ("lt(mod(Y,30),14)*gt(Y,40)*gt(sin(X/5)*sin(Y/3),-0.2)", "70+10*lt(mod(X,3),1)", 114,
         118),
        ("lt(mod(Y,30),16)*gt(Y,40)*lt(hypot(mod(X,13)-6,mod(Y,30)-10),3)", 40, 150, 150),
        ("gt(Y,40)", 130, 112, 144)],
        ("180-0.3*Y", 134, 128)),
    "satsnakheli-am": _paint([
        ("lt(hypot(X-160,Y-40),11)", 150, 112, 150),
        ("lt(hypot(X-160,Y-52),12)*gt(Y,40)", 40, 124, 132),
        ("lt(abs(X-160),18-0.1*(Y-64))*between(Y,62,104)", 200, 124, 132),
        (f"lt(abs(X-152-4*sin({_TREAD})),6)*between(Y,104,136-14*clip(sin({_TREAD}),0,1))"
         f"+lt(abs(X-168+4*sin({_TREAD})),6)*between(Y,104,136-14*clip(-sin({_TREAD}),0,1))",
         60, 124, 132),
        (_box(50, 270, 126, 146), "120-20*lt(mod(X,30),2)", 116, 146),
        (_box(60, 260, 122, 128), "80+6*sin(X*0.5+N*0.6)", 150, 160),
        ("gt(Y,146)", 80, 122, 136)],
        ("110+16*gt(sin(X/7)*sin(Y/6),0.3)-14*lt(mod(Y,14),1.5)", 126, 134)),
    "supra-am": _paint([
        ("lt(hypot(X-160,Y-20),5)", 250, 110, 160),
        ("lt(abs(X-160),0.8)*lt(Y,16)", 30, 128, 128),
        (_any(f"lt(hypot((X-{x})/2,(Y-{y}+2*sin(N*1.3+{x}))/4),1)" for x, y in _CANDLES), 250,
         100, 165),
        (_any(f"lt(abs(X-{x}),1.5)*between(Y,{y}+4,{y}+16)" for x, y in _CANDLES), 220, 128,
         128),
        (_any(f"lt(hypot((X-{x})/10,(Y-118)/3),1)" for x in (60, 124, 196, 260)), 120, 120, 170),
        (_box(24, 296, 116, 130), 200, 126, 134),
        (_any(f"lt(hypot(X-{x}-2*sin(N*0.25+{p}),Y-96),9)+between(Y,104,118)*lt(abs(X-{x}),13)"
              for x, p in _DINERS), 40, 126, 134),
        ("gt(Y,130)", 44, 124, 136)],
        ("70+10*gt(sin(X/6)*sin(Y/6),0.45)", 122, 142),
        add="60*exp(-hypot(X-160,Y-20)/80)"),
    "tamada-am": _person(150, 98, (36, 128, 128), False, 162, (205, 126, 130), _PAPER, top=[
        ("lt(hypot((X-150)/17,(Y-118)/3.5),1)", 34, 128, 128)]),
    "bebia-am": _person(168, 96, (22, 128, 128), True, 172, (26, 128, 128), _PAPER, top=[
        ("lt(hypot((X-168)/38,(Y-76)/34),1)*lt(Y,80)", 22, 128, 128)]),
    "chacha-am": _paint([
        ("lt(hypot((X-120)/10,(Y-150-sin(N*1.9))/6),1)", 245, 90, 175),
        ("lt(hypot((X-120)/34,(Y-110)/30),1)", "130+40*exp(-hypot(X-108,Y-98)/10)", 100, 165),
        ("lt(abs(Y-84+0.35*(X-140)),2)*between(X,140,240)", 120, 104, 160),
        (_box(236, 266, 96, 150), "60+10*lt(mod(Y,8),1)", 124, 136),
        (_box(90, 150, 140, 160), 40, 124, 140)],
        ("24+6*lt(mod(X,20),1)", 126, 134),
        add="60*exp(-hypot(X-120,Y-150)/40)*(0.8+0.2*sin(N*2.3))"
            "+80*clip(sin(X/11-N*0.25)*sin(Y/8+N*0.18)+0.7,0,1)*exp(-pow((Y-70+0.3*(X-160))/"
            "(14+0.2*abs(X-160)),2))*gt(X,150)"),
    "gza-am": _paint([
        ("lt(abs(X-160),0.5+0.05*(Y-84))*gt(Y,84)*lt(mod(Y+N,12),6)", 230, 128, 128),
        ("lt(abs(X-160),4+1.4*(Y-84))*gt(Y,84)", 150, 126, 132),
        ("lt(X,90-0.6*(Y-40))", "170+6*sin(X/4)*sin(Y/5)", 126, 130),
        ("gt(Y,84)", 186, 124, 134)],
        ("206-0.05*Y", 130, 128), add="10*sin(X/30-N*0.1)*sin(Y/17)"),
    "dasasruli-am": _card(["DASASRULI"], 26, 74, 0, "0xe8dcc8", SERIF, "0x140a0a"),
    # A 2010s Colombian Amazon film.
    "rio-am": _paint([
        _g("lt(hypot((X-200-0.4*N)/20,(Y-112)/2.5),1)*lt(Y,113)+"
           + _any(f"lt(hypot(X-{d}-0.4*N,Y-106),3)" for d in (192, 206)), 20),
        _g("gt(Y,100)*lt(abs(mod(Y*1.5+3*sin(X/9+N*0.2),7)-3.5),0.8)", 200),
        _g("gt(Y,100)", "150+0.2*(Y-100)"),
        _g("gt(Y,30+0.7*X+6*sin(X/5))+gt(Y,40+0.6*(320-X)+6*sin(X/6))", _BANKS),
        _g("gt(Y,86+4*sin(X/15))", "90+16*sin(X/3)*sin(Y/2)")],
        ("220-0.4*Y", 128, 128)),
    "canoa-am": _paint([
        _g("lt(abs(X-160),0.4*(Y-130))*gt(Y,130)", "40+10*lt(abs(X-160),2)"),
        _g("gt(Y,90)*lt(abs(mod(Y*0.9+0.8*N+2*sin(X/13),7)-3.5),0.5)*gt(sin(X/5+Y),-0.3)", 205),
        _g("gt(Y,90)", "140+0.4*(Y-90)"),
        _g("lt(X,70-0.5*(Y-40))+gt(X,260+0.5*(Y-40))", _BANKS),
        _g("gt(Y,80+3*sin(X/11))", "80+16*sin(X/3)*sin(Y/2)")],
        ("215-0.3*Y", 128, 128)),
    "selva-am": _paint([
        _g(_any(f"lt(abs(X-{x}-({s})*(180-Y)),3+0.04*Y)" for x, s in ((40, 0.4), (120, 0.15),
                                                                   (200, -0.15), (290, -0.4))),
           30),
        _g("gt(sin(X/4+2*sin(Y/5))*sin(Y/6+sin(X/9)),0.2)*lt(Y,70+30*sin(X/40))", 50)],
        ("200-0.4*Y", 128, 128),
        add="60*clip(sin(X/23-N*0.07)*sin(Y/11+N*0.05)+0.3,0,1)"),
    "chaman-am": _person(150, 98, (18, 128, 128), True, 118, (70, 128, 128), _HOJAS, top=[
        _g("lt(abs(Y-104-0.3*abs(X-150)),1.3)*between(abs(X-150),12,26)", 235),
        _g("lt(abs(X-150),1.4)*between(Y,64,80)", 235),
        _g("lt(abs(hypot((X-150)/30,(Y-134)/10)-1),0.15)*gt(Y,134)", 220)]),
    "explorador-am": _person(170, 96, (70, 128, 128), False, 190, (170, 128, 128), _HOJAS,
                             top=[*_fedora(170, 90, 185, 60)]),
    "campamento-am": _paint([
        _g("lt(hypot((X-120)/7,(Y-140-2*sin(N*1.9))/12),1)*lt(Y,142)", 250),
        _g(_any(f"lt(abs(Y-{y}-0.004*pow(X-{c},2)),1.6)*between(X,{a},{b})"
                for y, c, a, b in ((84, 210, 170, 250), (92, 60, 20, 100))), 70),
        _g(_any(f"lt(abs(X-{x}),4)*lt(Y,160)" for x in (20, 100, 170, 250)), 20),
        _g(_any(f"lt(hypot(X-{x},Y-{y}),8)+between(Y,{y}+7,150)*lt(abs(X-{x}),11)"
                for x, y in ((80, 122), (190, 118))), 14),
        _g("gt(Y,146)", 22)],
        ("12+0.04*Y", 128, 128),
        add="100*(0.85+0.15*sin(N*2.3)*sin(N*0.8))*exp(-hypot(X-120,Y-136)/40)"),
    "playa239-am": _paint([
        _g("lt(hypot((X-200)/9,(Y-124)/5),1)", 190),
        _g("gt(Y,110+3*sin(X/30))", "228+3*sin(X*0.5+Y)"),
        _g("gt(Y,86)", "212+4*sin(X/6+N*0.3+Y)"),
        _g("gt(Y,74+3*sin(X/12))", 184)],
        ("236-0.05*Y", 128, 128)),
    "caucho-am": _paint([
        _g(_any(f"lt(abs(X-{x}),6+0.03*Y)*lt(abs(Y-{y}-0.6*(X-{x})),1)*lt(Y,130)"
                for x in range(0, 480, 48) for y in (70, 90)), 230),
        _g(_any(f"lt(abs(X-{x}),6+0.03*Y)" for x in range(0, 480, 48)),
           "60+10*sin(Y/3+X)"),
        _g("gt(Y,130)", "110+10*sin(X*0.8+Y)"),
        _g("lt(Y,40)*gt(sin(X/4)*sin(Y/3),0)", 80)],
        ("150-0.2*Y", 128, 128)),
    "lluvia-am": _paint([
        _g("lt(mod(X+0.1*Y,8),0.8)*lt(mod(Y+N*30+41*sin(floor((X+0.1*Y)/8)*6.1),46),10)"
           "*lt(mod(X*7.7,1),clip((N-8)/30,0,1))", 150),
        _g("gt(Y,100)*lt(abs(hypot(mod(X,40)-20,(mod(Y,12)-6)*3)-mod(N*1.3+X,14)),0.8)"
           "*lt(mod(X*3.1+Y*1.7,1),clip((N-10)/30,0,1))", 170),
        _g("gt(Y,100)", "96+6*sin(X/9+N*0.2)"),
        _g("gt(Y,40+0.6*X+6*sin(X/5))+gt(Y,50+0.5*(320-X)+6*sin(X/6))", 14),
        _g("gt(Y,88+4*sin(X/15))", 22)],
        ("110-0.5*Y", 128, 128)),
    "fin239-am": _card(["FIN"], 30, 72, 0, "0xffffff", FONT, "0x000000"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AM = {}

# The feast's bulb failing: everything but the candles' light dimmed from MID to MID+2.
_DOWN = _ramp(0, 2)

FX_AM = {
    **{f"grain{k}1-am": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 12, "t+u", 97234019), (2, 6, "t", 97235023), (3, 5, "t", 97236037),
        (4, 8, "t+u", 97237041), (5, 7, "t", 97238059), (6, 4, "t", 97239061)]},
    # Framings and bars as in held-out-af and -ae (nothing random in them).
    **{f"{k}-am": FX_AF[f"{k}-af"] for k in ("closer", "near", "box137", "box166", "box185",
                                              "box235")},
    **{f"{k}-am": FX_AE[f"{k}-ae"] for k in ("box133", "box239")},
    "scratch-am": _overlay("0.5*lt(abs(X-30-260*abs(sin(floor(N/8)*4.13))-2*sin(N*1.1)),0.7)",
                           225),
    "dust-am": _overlay("lt(hypot(X-160-150*sin(N*19.37),Y-90-85*sin(N*61.13)),1.7)"
                        "+lt(hypot((X-160-150*sin(N*5.71+2))/4,Y-90-85*sin(N*37.9+1)),1)", 30),
    # Looks: sepia with flicker, gate weave, scratches, dust and a vignette in 1.33; warm ochre
    # colour in 1.66; deep blue-green colour in 2.35; saturated Kodachrome-like colour with grain
    # in 1.37; faded painterly Sovcolor in 1.85; crisp high-contrast digital black and white in
    # 2.39.
    "sepia-am": "hue=s=0,eq=contrast=1.1:gamma=1.04,"
                "colorchannelmixer=.42:.74:.17:0:.36:.68:.15:0:.26:.50:.12",
    "flick-am": "eq=brightness='0.04*sin(n*2.7)*sin(n*0.7+1)+0.02*sin(n*0.19)':eval=frame",
    "weave-am": "crop=308:173:x='6+1.3*sin(n*1.9)':y='3+1.4*sin(n*2.1+1)*sin(n*0.5)',"
                "scale=320:180",
    "vig-am": "vignette=PI/3.5",
    "faso-am": "eq=saturation=1.15:contrast=1.05:gamma=1.03,"
               "colorbalance=rs=0.06:gs=0.02:bs=-0.07:rh=0.04:bh=-0.03",
    "aotea-am": "eq=saturation=0.8:contrast=1.08:gamma=0.96,"
                "colorbalance=rs=-0.06:gs=0.01:bs=0.07:rm=-0.04:bm=0.05,gblur=sigma=0.4",
    "kodak-am": "eq=saturation=1.4:contrast=1.1:gamma=0.98,colorbalance=rs=0.03:bs=0.04:rh=0.03,"
                "gblur=sigma=0.5",
    "sovcolor-am": "eq=saturation=0.7:contrast=0.94:gamma=1.05,"
                   "colorbalance=rs=0.06:gs=-0.03:bs=0.02:rh=0.04:gh=-0.02,gblur=sigma=0.6",
    "digibw-am": "hue=s=0,eq=contrast=1.25:gamma=0.95,unsharp=5:5:0.8",
    # Camera moves: pans both ways; a slow tilt up; hand-held cameras; a whip pan; a slow push
    # in.
    "panr-am": "scale=372:210,crop=320:180:x='6+0.6*n':y=15",
    "panl-am": "scale=372:210,crop=320:180:x='46-0.6*n':y=15",
    "tilt-am": "scale=352:198,crop=320:180:x=16:y='18-0.32*n'",
    "shake-am": "scale=344:194,crop=320:180:x='12+6*sin(n*0.41)+3*sin(n*1.29)'"
                ":y='7+3*sin(n*0.31+2)+2*sin(n*1.67)'",
    "hh-am": "scale=352:198,crop=320:180:x='16+7*sin(n*0.27)+4*sin(n*0.83+1)+2*sin(n*2.2)'"
             ":y='9+4*sin(n*0.23+1)+3*sin(n*1.15)'",
    "whip-am": "scale=480:270,crop=320:180:x='80+78*tanh((n-MID)/1.6)':y=40",
    "push-am": _zoom("1+0.0026*in", "0.5"),
    # Things that are not boundaries, around MID (see the docstring).
    "magnesium-am": _powder(282, 44),
    "lyn-am": _bolt(210, -4),
    "title235-am": _fade("LE PUITS", 24, 34, "0xfff0d0", SERIF, -24, 20,
                         _EDGE.format("0x301808")),
    "chevre-am": _overlay(_CROSS.format(x0=160, dx=-30, rx=80, y=120, ry=48), 60, 116, 140)
                 + "," + _overlay(_CROSS.format(x0=80, dx=-30, rx=22, y=76, ry=18), 70, 116, 140),
    "sub-aieule-am": _subs([("Le puits est sec depuis la derniere lune.", -14, 8)]),
    "sub-fillette-am": _subs([("Alors nous irons au marigot.", -12, 10)]),
    "lampe235-am": _grade(f"LUM+{_ramp(0, 4)}*(190*lt(hypot((X-60)/3,(Y-100)/5),1)"
                          "+60*exp(-hypot(X-60,Y-100)/35))",
                          f"CH+{_ramp(0, 4)}*(-20)*exp(-hypot(X-60,Y-100)/35)",
                          f"CH+{_ramp(0, 4)}*25*exp(-hypot(X-60,Y-100)/35)"),
    "title236-am": _fade("THE BLACK SAND", 20, 32, "0xe8f0ec", SERIF, -24, 18,
                         _EDGE.format("0x102020")),
    "sub-bonnet-am": _subs([("He will not carry it up the hill.", -14, 8)]),
    "sub-settler-am": _subs([("Then it stays on the beach.", -12, 10)]),
    "rama-am": _grade(f"LUM*(1+1.1*{_ramp(0, 10)}*exp(-hypot(X-80,Y-70)/90))"
                      f"+{_ramp(0, 10)}*(100*lt(hypot((X-80)/4,(Y-66)/7),1)"
                      "+40*exp(-hypot(X-80,Y-70)/50))"),
    "uira-am": _bolt(180, -3, 100),
    "credit236-am": _fade("a film by Aroha Whitcombe", 12, 140, "0xffffff", FONT, -12, None,
                          _EDGE.format("0x102020")),
    "caption237-am": _fade("Lisse  april 1953", 12, 150, "0xfff8e0", FONT, -26, 16,
                           _EDGE.format("0x202020")),
    "schuit-am": _overlay(_CROSS.format(x0=160, dx=34, rx=120, y=130, ry=50), 34, 130, 120)
                 + "," + _overlay("lt(abs(Y-100),4)*" + _CROSS.format(x0=160, dx=34, rx=116,
                                                                      y=130, ry=48), 120, 90,
                                  190),
    "flits-am": _overlay(f"eq(N,MID)*{_BLOOM.format(x=40, y=120, r=12)}", 252)
                + "," + _flash((0, 1), (0.4, 0.1)),
    "title238-am": _fade("RTVELI", 26, 30, "0xfff4e0", SERIF, -24, 18, _EDGE.format("0x302018")),
    "kalata-am": _overlay(_CROSS.format(x0=160, dx=32, rx=90, y=110, ry=80), 110, 112, 146)
                 + "," + _overlay("lt(mod(X+Y,6),2)*" + _CROSS.format(x0=160, dx=32, rx=88,
                                                                      y=110, ry=78), 70),
    "shuqi-am": _grade(f"LUM*(1-0.7*{_DOWN})-{_DOWN}*150*lt(hypot(X-160,Y-20),6)+{_DOWN}*("
                       + "+".join(f"50*exp(-hypot(X-{x},Y-{y})/22)" for x, y in _CANDLES) + ")",
                       f"CH-{_DOWN}*8", f"CH+{_DOWN}*12"),
    "sub-tamada-am": _subs([("To those who are not at this table.", -14, 8)]),
    "sub-bebia-am": _subs([("And to the vines that outlive us.", -12, 10)]),
    "sat-am": _overlay(_CROSS.format(x0=160, dx=-36, rx=110, y=110, ry=76), 50, 130, 126)
              + "," + _overlay("lt(hypot(X-160+36*(N-MID)+70,Y-132),7)+lt(hypot(X-160+36*(N-MID)"
                               "-70,Y-132),7)", 250, 110, 150),
    "credit238-am": _fade("rezhisori Nodar Kvirikashvili", 12, 140, "0xfff8e8", FONT, -12, None,
                          _EDGE.format("0x302018")),
    "title239-am": _fade("EL SUENO DEL RIO", 20, 30, "0xffffff", FONT, -24, 18,
                         _EDGE.format("0x000000")),
    "remo-am": _overlay(_CROSS.format(x0=160, dx=-38, rx=26, y=120, ry=80), 25)
               + "," + _overlay("lt(abs(X-160+38*(N-MID)+10-0.3*(Y-40)),3)*lt(Y,60)", 40),
    "sub-chaman-am": _subs([("El rio no tiene memoria. Tu si.", -14, 8)]),
    "sub-explorador-am": _subs([("Entonces llevame a donde empieza.", -12, 10)]),
    "fogonazo-am": _powder(240, 70),
    "rayo239-am": _bolt(230, -2, 86),
}

# held-out-am (clips 234-239): new recipes again, written after held-out-al without running the
# detector on them: six more kinds of film, clips of about 20 s with 10 or 11 shots, mixing cuts
# between similar and different shots, to and from cards, between dark shots, a match cut
# between a flooded and a drained polder, a cut on action, cuts to closer framings, camera
# motion, things passing the lens, flashes, lightning, light changes, weather, steam and smoke,
# grain, bars of six ratios, titles, intertitles, captions and subtitles, dissolves of 28 to 36
# frames, fades through black and white and fade outs and ins.
_NO = "sepia-am flick-am weave-am scratch-am dust-am grain11-am vig-am box133-am"
_BF = "faso-am grain21-am box166-am"
_NZ = "aotea-am grain31-am box235-am"
_NL = "kodak-am grain41-am box137-am"
_GE = "sovcolor-am grain51-am box185-am"
_CO = "digibw-am grain61-am box239-am"
HELD_OUT_AM = [
    ("brudeferden", [S("tittel-am", 38, 0, _NO), "cut",
                     S("fjord-am", 74, 0, f"panr-am {_NO}"), "cut",
                     S("mellomtekst-am", 40, 0, _NO), "cut",
                     S("baater-am", 62, 0, _NO), "fade:30",
                     S("kyrkje-am", 56, 0, _NO), "cut",
                     S("kyrkje-am", 30, 56, f"closer-am {_NO}"), "cut",
                     S("brud-am", 38, 0, _NO), "cut",
                     S("brudgom-am", 34, 0, _NO), "cut",
                     S("gilde-am", 60, 0, f"magnesium-am {_NO}"), "fadeblack:24",
                     S("uver-am", 64, 0, f"lyn-am {_NO}"), "fadeio:20:14",
                     S("slutt-am", 38, 0, _NO)]),
    ("le-puits", [S("savane-am", 74, 0, f"panl-am title235-am {_BF}"), "cut",
                  S("pilon-am", 52, 0, _BF), "cut",
                  S("puits-am", 52, 0, f"chevre-am {_BF}"), "cut",
                  S("aieule-am", 36, 0, f"sub-aieule-am {_BF}"), "cut",
                  S("fillette-am", 34, 0, f"sub-fillette-am {_BF}"), "cut",
                  S("aieule-am", 28, 90, f"closer-am {_BF}"), "cut",
                  S("harmattan-am", 56, 0, f"hh-am {_BF}"), "fade:28",
                  S("marche-am", 60, 0, f"whip-am {_BF}"), "cut",
                  S("nuit235-am", 58, 0, f"lampe235-am {_BF}"), "fadewhite:24",
                  S("aube-am", 50, 0, _BF), "fadeio:18:12",
                  S("fin235-am", 34, 0, _BF)]),
    ("the-black-sand", [S("oneone-am", 70, 0, f"title236-am {_NZ}"), "cut",
                        S("ngahere-am", 56, 0, f"shake-am {_NZ}"), "cut",
                        S("whare-am", 50, 0, _NZ), "cut",
                        S("bonnet-am", 36, 0, f"sub-bonnet-am {_NZ}"), "cut",
                        S("settler-am", 34, 0, f"sub-settler-am {_NZ}"), "cut",
                        S("piano-am", 56, 0, f"rama-am {_NZ}"), "fadeblack:24",
                        S("awha-am", 52, 0, f"uira-am {_NZ}"), "cut",
                        S("po-am", 48, 0, _NZ), "fade:32",
                        S("atapo-am", 60, 0, f"push-am {_NZ}"), "cut",
                        S("oneone-am", 52, 300, f"near-am credit236-am {_NZ}"), "fadeio:18:12",
                        S("end236-am", 34, 0, _NZ)]),
    ("land-uit-zee", [S("titel-am", 36, 0, _NL), "cut",
                      S("molen-am", 66, 0, _NL), "cut",
                      S("tulpen-am", 70, 0, f"panr-am caption237-am {_NL}"), "cut",
                      S("vaart-am", 54, 0, f"schuit-am {_NL}"), "cut",
                      S("dijk-am", 56, 0, _NL), "fade:36",
                      S("polder-nat-am", 50, 0, _NL), "cut",
                      S("polder-droog-am", 48, 0, _NL), "cut",
                      S("kaas-am", 56, 0, f"flits-am {_NL}"), "fadewhite:24",
                      S("ijs-am", 66, 0, _NL), "fadeio:18:14",
                      S("einde-am", 34, 0, _NL)]),
    ("rtveli", [S("venakhi-am", 70, 0, f"panl-am title238-am {_GE}"), "cut",
                S("mkrephavi-am", 52, 0, f"kalata-am {_GE}"), "cut",
                S("satsnakheli-am", 40, 0, _GE), "cut",
                S("satsnakheli-am", 34, 40, f"closer-am {_GE}"), "cut",
                S("supra-am", 56, 0, f"shuqi-am {_GE}"), "cut",
                S("tamada-am", 36, 0, f"sub-tamada-am {_GE}"), "cut",
                S("bebia-am", 34, 0, f"sub-bebia-am {_GE}"), "cut",
                S("chacha-am", 48, 0, _GE), "fadeblack:22",
                S("gza-am", 72, 0, f"sat-am {_GE}"), "fade:30",
                S("venakhi-am", 64, 300, f"near-am credit238-am {_GE}"), "fadeio:18:12",
                S("dasasruli-am", 34, 0, _GE)]),
    ("el-sueno-del-rio", [S("rio-am", 66, 0, f"title239-am {_CO}"), "cut",
                          S("canoa-am", 52, 0, f"remo-am {_CO}"), "cut",
                          S("selva-am", 54, 0, f"tilt-am {_CO}"), "cut",
                          S("chaman-am", 36, 0, f"sub-chaman-am {_CO}"), "cut",
                          S("explorador-am", 34, 0, f"sub-explorador-am {_CO}"), "cut",
                          S("chaman-am", 28, 80, f"closer-am {_CO}"), "cut",
                          S("campamento-am", 56, 0, f"fogonazo-am {_CO}"), "fadewhite:26",
                          S("playa239-am", 52, 0, _CO), "cut",
                          S("caucho-am", 64, 0, f"whip-am {_CO}"), "fade:34",
                          S("lluvia-am", 66, 0, f"rayo239-am {_CO}"), "fadeio:20:12",
                          S("fin239-am", 34, 0, _CO)]),
]
