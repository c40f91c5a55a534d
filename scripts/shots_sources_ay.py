"""Sources, effects and recipes of held-out-ay (clips 306-311), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-305. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a framed title card,
rose fields at dawn under the Balkan range with pickers working down the rows under a pan, a
picker with her basket among the bushes (a cut between two field shots of like tones), a
distillery where steam is blown over the lens, a girl's face in a polka-dot kerchief and an old
distiller's face in a fur cap before one whitewashed wall and a closer framing of hers, a horo
danced on a village square to a bagpipe under a crane rise with a cue mark, the distillery at
night where the watchman carries his lantern through the dark past the stills, a summer shower
starting over the fields as the light falls and a card reading KRAY (a 1950s Bulgarian film of
the rose harvest in the Valley of Roses in 1.37, black and white with flicker and grain); the
plain at dawn under the Hindu Kush with riders crossing and a title, a chapandaz's face in a fur
hat with subtitles, the melee of horsemen with whips raised seen hand-held, a rider breaking away
with the calf followed by a fast pan, spectators on a ridge with a horse passing the lens and the
game's dust blown over them, the Blue Mosque of Mazar-i-Sharif with its pigeons taking off, a
bazaar of carpets under a pan, a teahouse at night with a samovar and headlights sweeping its
window and back wall, kites fighting over Kabul's rooftops with the sun's glare, the winner on his
horse seen hand-held and credits rolling over the dimmed plain (a 1970s Afghan documentary of
buzkashi in 1.66, faded magenta Eastmancolor with grain); the Bani river at dawn in the haze with
a pinasse crossing and a title, the Great Mosque's facade with its torons and a crowd under a
tilt up, masons on palm-wood ladders with mud thrown up to them seen hand-held, boys treading mud
in a pit and water thrown from a bucket, the imam's face in a white turban and a mason's face in
a cap before one mud wall with subtitles and a closer framing of the imam's, the Monday market
where a woman in indigo passes close to the lens and the camera's iris opens, griots drumming at
night when the camera's light is switched on, a baobab and goats on the plain as the harmattan
haze thickens and credits rolling over black (a 1990s Malian documentary of the replastering of
the Great Mosque of Djenne in 1.33, saturated video with a window-dub timecode running on across
the cuts and dissolves); the great dune with sand blown off its crest and a walker on the ridge
under a title, a dune valley with wind ripples and a dead pine (a cut between two dune shots of
like tones), a carved weathervane turning in the wind, fishermen hauling a net on the beach with
a cue mark, a wave bursting on the breakwater in spray, an old fisherwoman's face in a shawl and
an old fisherman's face in a sou'wester with his pipe smoking before one wall of boards, a pine
forest passed by a tracking camera, the lighthouse at night with its beam sweeping the sky and
the dunes and turned into the lens, a near-white lagoon in fog with a boat coming out of it and a
gull passing the lens and a card reading PABAIGA (a 1960s Lithuanian poetic documentary of the
Curonian Spit in 2.35, black and white of high contrast with flicker, gate weave and grain); the
dzong in its valley with prayer flags fluttering under a slow push-in and a title, monks blowing
long horns on a roof, masked dancers spinning in flaring skirts seen hand-held dissolved into
black-hat dancers circling the courtyard seen from above, a monk's face and a woman's face with
silver brooches before one painted wall with subtitles and a closer framing of his, the giant
thangka unrolled down the dzong's wall, an archery match with an arrow crossing and the lens going
out of focus and back, a temple at night with butter lamps, a prayer wheel turning and a monk
passing the lens and credits rolling over the dimmed valley (a 2010s Bhutanese documentary of a
tsechu in 2.00, saturated digital video with light grain); a beach with a dhow's hull on props,
builders swinging adzes and palms swaying under a title, a pit saw with sawdust falling through
shafts of light, a master builder's face in a kofia and his apprentice's face before one planked
hull with subtitles, a Stone Town alley with a carved door and a cyclist passing the lens, a
dhow's lateen sail swung across the frame on a rolling deck, a spice market seen hand-held, a
dhow's silhouette at sunset, lantern boats fishing at night with a lantern swung past the lens, a
squall darkening the sea with rain and bending palms and a framed card reading MWISHO (a 1980s
Tanzanian film of Zanzibar dhow builders in 1.85, warm Eastmancolor with flicker and grain).
"""

from math import cos, sin

from shots_lavfi import FONT, SERIF, paint as _paint
from shots_recipes import S, segment_starts
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed, _pass
from shots_sources_ad import _card, _roll
from shots_sources_ae import FX_AE
from shots_sources_af import FX_AF, _person
from shots_sources_ag import _any, _fade, _zoom
from shots_sources_ak import _EDGE
from shots_sources_al import _horse
from shots_sources_an import FX_AN
from shots_sources_ao import FX_AO
from shots_sources_ar import _puff, _walker
from shots_sources_as import _glare
from shots_sources_at import _m, _rolling
from shots_sources_au import _ov, _palm
from shots_sources_aw import _felucca, _smoke
from shots_sources_ax import _boat

# Rain streaks (added to the luma) of this set: a summer shower over the rose fields and a squall
# off Zanzibar.
_DAZHD = "34*gt(sin(X*3.9+floor((Y+26*N+0.3*X)/9)*2.9),0.93)"
_MVUA = "40*gt(sin(X*3.1+floor((Y+30*N-0.4*X)/9)*2.7),0.9)"


def _varnitsa(kettles, fire):
    """Layers of the rose-oil distillery (greys): two copper stills on their fireboxes before a
    brick wall, lum of the copper kettles and of the fires (one composition, by day and by
    night)."""
    return [
        *[(f"lt(abs(Y-44-0.28*(X-{x})),2.5)*between(X,{x},{x}+56)", kettles, 128, 128)
          for x in (90, 206)],
        *[(f"lt(hypot((X-{x})/44,(Y-98)/48),1)*lt(Y,98)+between(Y,98,138)*lt(abs(X-{x}),44)",
           f"{kettles}*(0.55+0.9*exp(-hypot(X-{x}+18,Y-78)/18)+0.12*sin((X-{x})/7))", 128, 128)
          for x in (90, 206)],
        *[(f"between(Y,138,160)*lt(abs(X-{x}),50)",
           f"50+{fire}*exp(-hypot((X-{x})/2,Y-150)/5)", 128, 128) for x in (90, 206)],
        ("gt(Y,160)", "66+8*gt(sin(X*0.7+Y*1.9),0.7)", 128, 128),
        ("between(X,262,300)*between(Y,18,60)*(lt(abs(X-281),1.5)+lt(abs(Y-39),1.5))", 40, 128,
         128),
        ("between(X,262,300)*between(Y,18,60)", f"{kettles}+40", 128, 128)]


_TUHLA = ("104-34*gt(lt(mod(Y,10),1.2)+lt(mod(X+10*mod(floor(Y/10),2),20),1.2),0)"
          "+6*sin(X/5)*sin(Y/3)", 128, 128)  # the distillery's brick wall


def _pigeon(x, y, k):
    """A mask of a pigeon flapping its wings at (x, y) (expressions), its phase k."""
    return (f"lt(hypot((X-{x})/(2.5+2.5*abs(sin(N*1.6+{k}))),(Y-{y})/1.8),1)"
            f"+lt(hypot(X-{x}-2,Y-{y}+1),1.4)")


def _tc(start):
    """A window-dub timecode burned into a 1990s video's picture: hours 10, counting from the
    clip's frame start at 24 frames a second (so it runs on across cuts and dissolves)."""
    s, f = divmod(start, 24)
    tc = f"10\\:{s // 60:02d}\\:{s % 60:02d}\\:{f:02d}"
    return ("drawbox=x=110:y=158:w=100:h=14:color=black@0.85:t=fill"
            f",drawtext=fontfile={FONT}:fontsize=10:fontcolor=0xf0f0f0:timecode='{tc}'"
            ":timecode_rate=24:x=117:y=160")


# A 1950s Bulgarian film of the rose harvest (drawn in greys).
_RED = "sin((X-160)/(Y-56)*10)"  # rows of rose bushes in perspective
_STENA = ("190+8*sin(X/7)*sin(Y/9)-96*gt(sin(X/6+2*sin(Y/11))*sin(Y/5+X/13),0.55)*lt(X,70)"
          "-30*lt(X,74)*gt(X,70)", 128, 128)  # a whitewashed wall with a rose trained up it
_BERACHKI = [(70, 92, 0.9, 0.25), (196, 98, 1.1, -0.2), (262, 116, 1.5, 0.12)]  # the pickers
_FENER = ("(30+4.6*N)", "(84+3*sin(N*0.9)+0.2*N)", "(3+0.12*N)")  # the watchman's lantern
_TICHASHTI = [(f"(40+2.6*N+{d})", 96 - d // 4) for d in (0, 26)]  # women running from the rain

# A 1970s Afghan documentary of buzkashi.
_RIDGE = "(56-24*abs(sin(X/41+0.3))-8*abs(sin(X/13)))"  # the Hindu Kush
_SAVAR = [(f"(mod({70 * k}+{1.4 + 0.3 * k}*N,400)-40)", 116 + 5 * k, f"(N*0.9+{k})")
          for k in range(5)]  # riders crossing the plain
_JANG = [("(96+14*sin(N*0.31))", "(104+4*sin(N*0.7))", 2.4, "(N*0.8)", (80, 110, 160),
          (60, 100, 170)),
         ("(206-16*sin(N*0.27+1))", "(114+3*sin(N*0.9))", 2.6, "(N*0.75+2)", (40, 124, 134),
          (110, 150, 100)),
         ("(150+20*sin(N*0.22+2))", "(92+3*sin(N*0.5))", 2.0, "(N*0.9+1)", (150, 126, 130),
          (70, 110, 160)),
         ("(270+10*sin(N*0.4))", "(100+4*sin(N*0.6+1))", 2.2, "(N*0.85+3)", (196, 124, 132),
          (90, 160, 110))]  # horses and riders in the melee: x, y, scale, gait, horse, rider
_GX, _GY = "(150+8*sin(N*0.15))", "(108-3*abs(sin(N*0.55)))"  # the rider breaking away
_CHOR = "floor(X/24)"  # the spectators on the ridge
_KITES = [("(90+50*sin(N*0.23)+24*sin(N*0.61))", "(44+16*sin(N*0.37)+6*sin(N*0.9))", 236, 100, 190),
          ("(200+40*sin(N*0.19+2)+20*sin(N*0.7))", "(34+12*sin(N*0.29+1))", 150, 80, 80),
          ("(250+30*sin(N*0.27+4))", "(60+14*sin(N*0.41+2))", 200, 40, 150)]
_WX = "(150+3*sin(N*0.2))"  # the winner on his horse

# A 1990s Malian documentary of the replastering of the Great Mosque of Djenne.
_PINASSE = "(40+0.9*N)"
_BANCO = ("150+10*sin(X/5)*sin(Y/7)-64*lt(abs(mod(Y,30)-15),2)*lt(abs(mod(X,26)-13),6)"
          "-18*gt(sin(X/17+Y/29)*sin(Y/13),0.6)", 108, 152)  # a mud wall with torons
_BOUBOU = [(50, 0.9, (120, 170, 110)), (120, -0.6, (150, 60, 190)), (200, 0.5, (190, 40, 160)),
           (270, -0.8, (90, 180, 120)), (300, 0.7, (170, 90, 90))]  # women walking to the market

# A 1960s Lithuanian poetic documentary of the Curonian Spit (drawn in greys).
_KETERA = "(62+0.002*pow(X-170,2)+6*sin(X/37))"  # the crest of the great dune
_LENTOS = ("118+26*gt(sin(Y*0.45),0)-44*lt(mod(Y,14),1.5)+6*sin(X*0.9+Y)", 128, 128)  # boards
_VETRA = "cos(0.12*N+0.8*sin(N*0.21))"  # the weathervane's turn
_SVYT = "(0.13*N-3)"  # the lighthouse's beam angle
_KURENAS = "(96+0.6*N)"

# A 2010s Bhutanese documentary of a tsechu.
_DARCHOG = "mod(floor(X/14),5)"  # the colour of a prayer flag


def _five(k, values):
    """An expression choosing one of five values by k (0 to 4)."""
    a, b, c, d, e = values
    return f"if(eq({k},0),{a},if(eq({k},1),{b},if(eq({k},2),{c},if(eq({k},3),{d},{e}))))"


_MURAL = ("150+24*gt(sin(X/5)*sin(Y/5),0.3)-40*lt(abs(hypot(mod(X,40)-20,mod(Y,40)-20)-12),2)",
          "128+20*gt(sin(X/9+Y/13),0.4)-24*lt(abs(hypot(mod(X,40)-20,mod(Y,40)-20)-12),2)",
          "136+20*gt(cos(X/7),0.3)")  # a painted temple wall
_CHAM = [(70, 0, (190, 40, 150)), (160, 2.1, (120, 180, 110)), (250, 4.2, (100, 100, 200))]
_ROLL = "(20+clip((N-24)*4.4,0,118))"  # the lower edge of the thongdrel unrolling

# A 1980s Tanzanian film of Zanzibar dhow builders.
_MBAO = ("118+20*sin(Y*0.4)-44*lt(mod(Y,13),1.3)+40*lt(hypot(mod(X,40)-20,mod(Y,13)-6.5),1.3)",
         112, 148)  # the hull's planks with their nails
_SAW = "(12*sin(N*0.9))"  # the pit saw's stroke
_TANGA = "(0.9*clip((N-24)/20,0,1))"  # the sail swung across, 0 to 0.9
_VIUNGO = [(40, 142, 90, 100, 200), (96, 138, 184, 40, 150), (152, 144, 100, 110, 150),
           (208, 140, 50, 126, 134), (264, 142, 124, 100, 110)]  # the spice cones: x, top, colour
_KANGA = [(70, 0.8, (150, 60, 200)), (180, -0.7, (190, 40, 150)), (270, 0.5, (110, 180, 90))]


LAVFI_AY = {
    # A 1950s Bulgarian film of the rose harvest in the Valley of Roses.
    "zaglavie-ay": _framed(["ROZOVA DOLINA"], 26, 60, 0, "0xe8e8e8", SERIF, "0x101010", "0xa8a8a8")
        + f",drawtext=fontfile={SERIF}:fontsize=11:fontcolor=0xc0c0c0"
          ":text='STUDIA ZA IGRALNI FILMI  1956':x=(w-tw)/2:y=112",
    "polya-ay": _paint([
        (_any(f"lt(hypot(X-{x}-{v}*N,Y-{y}),{4 * s + 1})*lt(Y,{y}+{2 * s})"
              for x, y, s, v in _BERACHKI), 222, 128, 128),
        (_any(f"lt(hypot((X-{x}-{v}*N-{7 * s})/{6 * s},(Y-{y}-{17 * s})/{4 * s}),1)"
              for x, y, s, v in _BERACHKI), "150+40*gt(sin(X*1.9)*sin(Y*2.1),0.2)", 128, 128),
        (_any(_m(_walker(f"({x}+{v}*N)", y, s, 0)) for x, y, s, v in _BERACHKI),
         "if(lt(Y,104),196,44)", 128, 128),
        (f"gt(Y,68)*gt({_RED},0.1)",
         "58+150*gt(sin(X*1.9+Y*0.7)*sin(Y*2.3-X*0.5),0.8)", 128, 128),
        ("gt(Y,68)", "132+12*sin(X*0.7+Y*0.3)", 128, 128),
        ("lt(hypot((mod(X,30)-15)/4.5,(Y-56)/15),1)", "70+10*sin(Y)", 128, 128),
        ("gt(Y,44-10*abs(sin(X/60))-5*sin(X/17))", "124-0.2*Y", 128, 128)],
        ("226-0.5*Y+8*gt(sin(X/37+Y/13)*sin(X/23),0.5)", 128, 128)),
    "beritba-ay": _paint([
        (_any(f"lt(hypot(X-{184 + 5 * k}-4*sin(N*0.3+{k}),Y-122-mod(2.4*N+{17 * k},56)),1.6)"
              for k in range(6)), 232, 128, 128),
        ("lt(hypot((X-150)/8,(Y-71)/9),1)", 156, 128, 128),
        ("lt(hypot(X-150,Y-66),14)*lt(Y,80)+lt(abs(X-150),5)*between(Y,78,86)", 216, 128, 128),
        ("lt(hypot((X-182-6*sin(N*0.35))/22,(Y-98-4*sin(N*0.5))/3.5),1)", 170, 128, 128),
        ("lt(hypot((X-192)/20,(Y-117)/5),1)", "214-34*gt(sin(X*2.3+Y*1.7),0.5)", 128, 128),
        ("lt(hypot((X-192)/21,(Y-124)/12),1)*gt(Y,117)", "110+44*gt(sin(X*1.5)*sin(Y*1.5),0)",
         128, 128),
        ("lt(abs(X-150),15+0.2*(Y-84))*between(Y,84,132)", "204-90*lt(abs(Y-104),2)", 128, 128),
        ("lt(abs(X-150),24+0.3*(Y-132))*gt(Y,132)", 58, 128, 128),
        ("gt(Y,142+8*sin(X/17)+6*sin(X/7+1))",
         "46+172*lt(hypot(mod(X+2*sin(N*0.2+Y/30),22)-11,mod(Y,18)-9),5)", 128, 128),
        ("gt(Y,60+10*sin(X/29)+6*sin(X/9))",
         "72+150*lt(hypot(mod(X+13+3*sin(N*0.25+Y/25),26)-13,mod(Y+9,20)-10),4)", 128, 128)],
        ("206-0.4*Y+6*sin(X/40)", 128, 128)),
    "kazan-ay": _paint([
        (_m(_walker("(150+3*sin(N*0.2))", 62, 1.9, 0)), 38, 128, 128),
        _smoke(146, 40, 40, "200"),
        _smoke(262, 40, 40, "200"),
        *_varnitsa(150, 160)],
        _TUHLA, add="40*exp(-hypot(X-281,Y-39)/60)"),
    "momiche-ay": _person(140, 100, (40, 128, 128), True, 196, (
        "210-100*lt(abs(mod(Y,12)-6),1.2)*lt(abs(X-140),32)", 128, 128), _STENA, top=[
        ("lt(hypot((X-140)/37,(Y-92)/40),1)*lt(Y,84)",
         "64+150*lt(hypot(mod(X,11)-5.5,mod(Y,11)-5.5),2.2)", 128, 128)]),
    "starets-ay": _person(182, 96, (190, 128, 128), False, 170, (46, 128, 128), _STENA, top=[
        ("lt(abs(X-182),30-0.1*(Y-40))*between(Y,40,68)*gt(Y,40+2*sin(X*1.3))",
         "40+16*gt(sin(X*2.3)*sin(Y*2.9),0.3)", 128, 128),
        ("lt(hypot((abs(X-182)-9)/11,(Y-116)/3.5),1)", 216, 128, 128)]),
    "horo-ay": _paint([
        (_any(f"lt(hypot(X-mod({20 + 34 * k}+1.4*N,340)+10,Y-84-3*abs(sin(N*0.45+{0.7 * k}))),"
              "5.2)" for k in range(9)), 36, 128, 128),
        ("lt(abs(Y-97),1.2)*between(X,12,250)", 36, 128, 128),
        (_any(_m(_walker(f"(mod({20 + 34 * k}+1.4*N,340)-10)",
                         f"(84+3*abs(sin(N*0.45+{0.7 * k})))", 1.3, 0)) for k in range(9)),
         "if(lt(Y,101),206,46)", 128, 128),
        ("lt(abs(X-290-0.8*(Y-70)),1.2)*between(Y,60,84)", 30, 128, 128),
        ("lt(hypot((X-274)/11,(Y-100)/8),1)", 168, 128, 128),
        (_m(_walker(286, 70, 1.5, 0)), 56, 128, 128),
        ("lt(hypot((X-250)/52,(Y-30)/34),1)", "56+22*gt(sin(X*1.1)*sin(Y*1.3),0.4)", 128, 128),
        ("lt(abs(X-250),7)*between(Y,50,112)", 50, 128, 128),
        ("between(X,0,150)*between(Y,48,70)*lt(abs(mod(X,30)-15),5)*gt(Y,52)", 40, 128, 128),
        ("between(X,0,150)*between(Y,72,110)*lt(abs(mod(X,38)-19),7)*gt(Y,80)", 50, 128, 128),
        ("between(X,0,150)*between(Y,28,42-0.05*X)", "92+22*lt(mod(X,6),2)", 128, 128),
        ("between(X,0,150)*between(Y,40,110)", "184-26*lt(abs(Y-71),1.5)", 128, 128),
        ("gt(Y,110)", "146-44*lt(abs(hypot(mod(X,12)-6,mod(Y,8)-4)-4),0.8)", 128, 128)],
        ("218-0.4*Y", 128, 128)),
    "nosht-ay": _paint([
        (f"lt(hypot((X-{_FENER[0]})/{_FENER[2]},(Y-{_FENER[1]})/({_FENER[2]}*1.4)),1)", 250, 128,
         128),
        (_m(_walker(f"({_FENER[0]}-9-0.6*{_FENER[2]})", f"({_FENER[1]}-34)", 1.6, 0)),
         16, 128, 128),
        *_varnitsa(150, 40)],
        _TUHLA, mul=f"(0.12+1.3*exp(-hypot(X-{_FENER[0]},Y-{_FENER[1]})/(44+2*N)))",
        add=f"120*exp(-hypot(X-{_FENER[0]},Y-{_FENER[1]})/(4+0.5*N))"),
    "dazhd-ay": _paint([
        (_any(_m(_walker(x, y, 1.2, 0)) for x, y in _TICHASHTI), "if(lt(Y,110),200,40)", 128,
         128),
        (_any(f"lt(hypot(X-{x},Y-{y}),6)*lt(Y,{y}+1)" for x, y in _TICHASHTI), 220, 128, 128),
        (_horse(250, 112, 1.3, "0.3*sin(N*0.2)", False)[0], 52, 128, 128),
        ("between(X,200,236)*between(Y,98,118)+lt(abs(hypot(X-210,Y-124)-10),2)", 76, 128, 128),
        (f"gt(Y,80)*gt({_RED.replace('56', '70')},0.1)",
         "54+120*gt(sin(X*1.7+Y*0.5+2*sin(N*0.3))*sin(Y*2.1-X*0.6),0.8)", 128, 128),
        ("gt(Y,80)", "112+10*sin(X*0.7+Y*0.3)", 128, 128),
        ("gt(Y,60-8*abs(sin(X/50))-4*sin(X/13))", "84-0.1*Y", 128, 128)],
        ("96+22*gt(sin((X+1.5*N)/31+Y/13)*sin(Y/9-(X+1.5*N)/47),0.3)-0.2*Y", 128, 128)),
    "kray-ay": _card(["KRAY"], 34, 66, 0, "0xe4e4e4", SERIF, bg="0x0c0c0c")
        + ",drawbox=x=134:y=112:w=52:h=1:color=0x9a9a9a:t=fill",
    # A 1970s Afghan documentary of buzkashi on the northern plains.
    "dasht-ay": _paint([
        *[(_horse(x, y, 0.55, g)[1], 40, 110, 170) for x, y, g in _SAVAR],
        *[(_horse(x, y, 0.55, g)[0], 54, 122, 140) for x, y, g in _SAVAR],
        (_any(f"lt(hypot((X-{x}+16)/22,(Y-{y}-4)/6),1)" for x, y, _ in _SAVAR),
         "184+10*sin(X/5+N*0.4)", 118, 138),
        ("gt(Y,100)", "168+10*gt(sin(X*0.4+Y*1.3),0.8)", 112, 140),
        ("gt(Y,86+6*sin(X/30))", 146, 118, 136),
        (f"gt(Y,{_RIDGE})", f"if(lt(Y,{_RIDGE}+9),234,124)", 138, 122)],
        ("212-0.5*Y", 122, 140), add="24*exp(-pow((Y-80)/12,2))"),
    "chapandaz-ay": _person(140, 100, (30, 128, 128), False, 140, (
        "96+50*gt(sin(X*0.9),0.3)", "110+40*gt(sin(X*0.9),0.3)", "150-30*gt(sin(X*0.9),0.3)"),
                            ("200-0.4*Y", 140, 120), top=[
        ("lt(abs(X-140),34)*between(Y,44,82)*gt(Y,44+3*sin(X*1.7))",
         "56+26*gt(sin(X*2.1+Y*1.7)*sin(Y*2.9),0.2)", 122, 136),
        ("lt(hypot((X-140)/24,(Y-134)/14),1)*gt(Y,120)", 34, 126, 132)]),
    "jang-ay": _paint([
        *[(f"lt(abs(X-{x}-0.45*(Y-{y}+{30 * s})),1)*between(Y,{y}-{30 * s},{y}-{14 * s})", 30,
           128, 128) for x, y, s, *_ in _JANG],
        *[layer for x, y, s, g, horse, rider in reversed(_JANG) for layer in (
            (_horse(x, y, s, g)[1], *rider), (_horse(x, y, s, g)[0], *horse))],
        ("gt(Y,150)", "150+12*gt(sin(X*0.5+Y*1.1),0.6)", 114, 140)],
        ("178+22*sin(X/13+N*0.3)*sin(Y/11-N*0.2)", 116, 140)),
    "gard-ay": _paint([
        (f"lt(hypot((X-{_GX}+4)/12,(Y-{_GY}-6)/6),1)", 34, 124, 134),
        (_horse(_GX, _GY, 1.8, "(N*1.1)")[1], 70, 100, 176),
        (_horse(_GX, _GY, 1.8, "(N*1.1)")[0], 70, 110, 152),
        (f"gt(clip(1-hypot((X-{_GX}+56+6*sin(N*0.7))/46,(Y-{_GY}-14)/18),0,1)"
         f"*(0.7+0.3*sin(X/5+Y/4+N)),0.22)", "186+10*sin(X/4-N)", 116, 138),
        ("gt(Y,110)", "150+34*gt(sin((X+9*N)*0.21)*sin(Y*0.9),0.3)", 112, 140),
        ("gt(Y,96)*lt(abs(mod(X+6*N,46)-23),6-0.4*(96-Y)+6)", 90, 120, 132),
        ("gt(Y,80+8*sin((X+2*N)/30))", 138, 118, 136)],
        ("206-0.4*Y", 134, 124)),
    "tamashachi-ay": _paint([
        (f"lt(hypot(mod(X,24)-12,Y-70-0.15*X-2*sin(N*0.4+{_CHOR})),5.5)",
         f"200-70*gt(sin({_CHOR}*3.7),0.3)", 126, 130),
        (f"between(Y-70-0.15*X,5,40)*lt(abs(mod(X,24)-12),8)",
         f"64+60*gt(sin({_CHOR}*2.3+Y*0.5),0.5)", f"128+30*sin({_CHOR}*1.7)",
         f"136+20*cos({_CHOR}*2.9)"),
        ("lt(hypot(mod(X-240,30)-15,Y-44),5)*between(X,236,304)", 190, 126, 130),
        ("between(X,236,306)*between(Y,52,100)", "110+20*lt(mod(X,10),2)", 150, 104),
        ("lt(hypot(X-254,Y-104),8)+lt(hypot(X-292,Y-104),8)", 26, 128, 128),
        ("gt(Y,70+0.15*X+36)", "150+10*gt(sin(X*0.6+Y*1.2),0.7)", 112, 140)],
        ("200-0.3*Y", 140, 118)),
    "mazar-ay": _paint([
        (_any(_pigeon(f"({30 + 17 * k}+max(N-26,0)*{1.2 * (1 if k % 2 else -1) * (1 + k % 3)})",
                      f"({150 + 6 * (k % 3)}-max(N-26,0)*{2.2 + 0.4 * (k % 4)}"
                      f"+gt(26,N)*abs(sin(N*0.7+{k}))*2)", k) for k in range(16)), 236, 128, 128),
        ("lt(hypot((X-160)/52,(Y-70)/44),1)*lt(Y,72)",
         "140+30*gt(sin(X*0.8)*sin(Y*0.8),0.5)-0.3*(X-160)", 168, 96),
        ("lt(abs(X-160),3)*between(Y,14,28)+lt(hypot(X-160,Y-14),3)", 200, 70, 150),
        ("between(X,112,208)*between(Y,70,96)", "150+30*lt(abs(mod(X,12)-6),2)", 160, 100),
        (_any(f"lt(abs(X-{x}),8)*between(Y,30,130)+lt(hypot(X-{x},Y-30),9)*lt(Y,30)"
              for x in (60, 260)), "150+24*lt(mod(Y,12),2)", 165, 98),
        ("between(X,40,280)*between(Y,96,140)",
         "208-90*lt(hypot((mod(X-40,40)-20)/12,(Y-118)/16),1)*gt(Y,110)", 150, 110),
        ("gt(Y,140)", "226-6*lt(mod(X+Y,24),1)", 126, 130)],
        ("190-0.4*Y", 150, 114)),
    "bazar-ay": _paint([
        *[(_m(_walker(f"({x}+{v}*N)", 70, 1.6, 0)), *c) for x, v, c in (
            (60, 0.7, (60, 110, 150)), (150, -0.5, (140, 150, 110)), (250, 0.4, (90, 100, 170)),
            (330, -0.6, (180, 120, 140)))],
        ("lt(hypot(mod(X,18)-9,mod(Y,8)-4),3.6)*between(Y,92,112)",
         "150+30*gt(sin(floor(X/18)*2.1),0)", "90+40*gt(sin(floor(X/18)*3.3),0.3)", 170),
        ("between(Y,112,122)", 90, 120, 140),
        ("lt(mod(X,70),52)*between(Y,20,92)",
         "90+70*lt(abs(abs(mod(X,70)-26)+abs(Y-56)*0.7-14),2.5)+30*lt(abs(mod(X,70)-26),2)",
         "120-24*gt(sin(floor(X/70)*2.3),0.3)", "176-50*gt(sin(floor(X/70)*4.1),0.5)"),
        ("lt(Y,18)", "170-60*lt(mod(X,24),12)", 110, 160),
        ("gt(Y,122)", "150+10*gt(sin(X*0.4+Y*1.1),0.8)", 114, 138)],
        ("60+10*sin(X/7)", 120, 136)),
    "chaikhana-ay": _paint([
        _smoke(40, 116, 70, "100", 124, 132),
        ("lt(abs(X-110),14-0.12*abs(Y-100))*between(Y,80,122)",
         "150+80*exp(-hypot(X-104,Y-92)/6)", 90, 156),
        (_any(_m(_walker(x, 86, 1.6, 0)) for x in (160, 200, 256)), 24, 128, 128),
        (_any(f"lt(hypot((X-{x})/8,(Y-{80})/5),1)*lt(Y,83)" for x in (160, 200, 256)), 120,
         126, 132),
        ("between(X,30,56)*between(Y,110,124)", "60+100*gt(sin(X*1.3+N*0.9),0.3)", 100, 170),
        ("between(Y,126,180)", 30, 124, 134),
        ("between(X,230,290)*between(Y,36,90)*(lt(abs(X-260),1.2)+lt(abs(Y-63),1.2))", 18, 128,
         128),
        ("between(X,230,290)*between(Y,36,90)",
         "16+150*exp(-pow((X-230-6*(N-8))/12,2))*between(N,6,20)", 120, 140)],
        ("34+8*sin(X/9)*sin(Y/7)", 126, 136),
        add="60*exp(-hypot(X-70,Y-50)/40)+70*lt(hypot((X-70)/3,(Y-52)/5),1)"
            "+70*exp(-pow((X-150+8*(N-18))/34,2))*between(N,18,34)*lt(Y,126)*lt(X,226)"),
    "ghudi-ay": _paint([
        *[(f"lt(abs(X-{x})/8+abs(Y-{y})/11,1)", lum, cb, cr) for x, y, lum, cb, cr in _KITES],
        *[(f"lt(abs(X-{x}-(Y-{y})*(230-{x})/(84-{y})),0.7)*between(Y,{y},84)", 40, 128, 128)
          for x, y, *_ in _KITES[:1]],
        ("lt(abs(X-238+0.5*(Y-84)),1.4)*between(Y,80,92)", 60, 120, 140),
        (_m(_walker(230, 84, 1.1, 0)), 60, 120, 150),
        ("lt(mod(X,40),34)*gt(Y,106+16*sin(floor(X/40)*2.1))*lt(abs(mod(Y,16)-8),3)"
         "*lt(abs(mod(X,40)-17),4)", 40, 124, 134),
        ("lt(mod(X,40),34)*gt(Y,100+16*sin(floor(X/40)*2.1))",
         "176-30*lt(mod(Y,16),2)", 114, 138),
        ("gt(Y,78+10*sin(X/40))", 130, 118, 136),
        ("lt(hypot(X-290,Y-18),10)", 250, 110, 140)],
        ("222-0.3*Y", 146, 118)),
    "jashn-ay": _paint([
        ("lt(hypot(mod(X+2*sin(N*0.3+floor(X/20)),20)-10,Y-160-3*sin(N*0.5+floor(X/20))),9)",
         "200-80*gt(sin(floor(X/20)*2.7),0.4)", 124, 132),
        ("gt(Y,164)", 60, 120, 150),
        (f"lt(abs(X-{_WX}-14-0.2*(Y-40)),1.2)*between(Y,20,66)", 30, 128, 128),
        (_horse(_WX, 110, 2.6, "(2*sin(N*0.3))")[1], 90, 150, 170),
        (_horse(_WX, 110, 2.6, "(2*sin(N*0.3))")[0], 200, 126, 130),
        ("gt(Y,120)", "160+10*gt(sin(X*0.5+Y),0.7)", 112, 140)],
        ("200-0.4*Y", 136, 122)),
    "payan-ay": _rolling(_paint([
        ("gt(Y,100)", "168+10*gt(sin(X*0.4+Y*1.3),0.8)", 112, 140),
        ("gt(Y,86+6*sin(X/30))", 146, 118, 136),
        (f"gt(Y,{_RIDGE})", f"if(lt(Y,{_RIDGE}+9),234,124)", 138, 122)],
        ("160-0.4*Y", 118, 150), mul="0.42"),
        ["KARGARDAN", "NASIR WARDAK", "", "FILMBARDAR", "ZALMAI HASHIMI", "", "KABUL 1975"], 12,
        18, 1.5, "0xfff0e0"),
    # A 1990s Malian documentary of the replastering of the Great Mosque of Djenne.
    "bani-ay": _paint([
        (_any(_m(_walker(f"({_PINASSE}+{d})", 90, 0.55, 0)) for d in (-20, -6, 10)), 40, 120,
         150),
        (f"lt(hypot((X-{_PINASSE})/30,(Y-100)/9),1)*lt(Y,102)", 112, 116, 146),
        (_boat(_PINASSE, 104, 96), 46, 120, 140),
        ("lt(hypot(X-230,Y-40),9)", 236, 110, 150),
        ("between(Y,58,72)*between(X,60,160)*(gt(Y,64)+lt(abs(mod(X-60,25)-12),5))", 150, 118,
         142),
        ("gt(Y,76)", "150+14*gt(sin(X*0.2+Y*1.4-N*0.3),0.7)"
                     "+30*exp(-pow((X-230)/10,2))*gt(sin(Y*2+N*0.5),0)", 118, 142),
        ("gt(Y,70)", 140, 118, 142)],
        ("190-0.1*Y", 116, 144)),
    "mosquee-ay": _paint([
        ("between(Y,146,180)*lt(hypot(mod(X+0.5*N*(2*mod(floor(Y/12),2)-1),14)-7,mod(Y,12)-6),5)",
         "120+60*gt(sin(floor(X/14)*2.3+floor(Y/12)),0.2)", "128+60*sin(floor(X/14)*1.7)",
         "128+60*cos(floor(X/14)*2.9)"),
        ("lt(abs(mod(Y,22)-11),1.3)*lt(abs(mod(X,16)-8),3)*between(Y,20,140)*between(X,30,290)",
         60, 120, 136),
        (_any(f"lt(hypot((X-{x})/3,(Y-2)/4),1)" for x in (90, 160, 230)), 236, 128, 128),
        (_any(f"lt(abs(X-{x}),14)*between(Y,14,140)+lt(hypot(X-{x},Y-14),14)"
              for x in (90, 160, 230)), "158+8*sin(X/4)*sin(Y/6)-0.2*abs(X-160)", 108, 152),
        ("between(X,30,290)*between(Y,36,140)",
         "142+10*sin(X/5)*sin(Y/7)-14*lt(mod(X,37),4)", 108, 154),
        ("gt(Y,140)", 170, 110, 146)],
        ("200-0.3*Y", 146, 118)),
    "echelles-ay": _paint([
        (_any(f"lt(hypot(X-{60 + 70 * k}-3*mod(N+{7 * k},24),"
              f"Y-170+10*mod(N+{7 * k},24)-0.42*pow(mod(N+{7 * k},24),2)),4)" for k in range(4)),
         80, 110, 150),
        (_any(f"lt(hypot((X-{x}-8-6*sin(N*0.9+{x}))/9,(Y-{y}-16)/3),1)" for x, y in ((120, 40),
                                                                                  (216, 70))),
         50, 120, 140),
        (_any(_m(_walker(x, y, 1.4, 0)) for x, y in ((120, 40), (216, 70))), 40, 124, 142),
        (_any(f"lt(abs(abs(X-{x}-0.2*(Y-{y}))-7),1.5)*gt(Y,{y}+30)"
              f"+lt(mod(Y,12),1.5)*lt(abs(X-{x}-0.2*(Y-{y})),7)*gt(Y,{y}+30)"
              for x, y in ((120, 40), (216, 70))), 86, 116, 140),
        ("lt(abs(mod(Y,30)-15),2)*lt(abs(mod(X,26)-13),5)", 60, 120, 136),
        ("1", "150+14*gt(sin(X*0.3+Y*0.5),0.7)+8*sin(X/3)*sin(Y/4)"
              "-30*gt(sin(X/17)*sin(Y/13),0.6)", 108, 152)],
        ("150", 108, 152)),
    "banco-ay": _paint([
        (_any(_m(_walker(x, f"({y}+3*abs(sin(N*0.6+{k})))", 1.6, 0))
              for k, (x, y) in enumerate(((80, 70), (160, 66), (240, 72)))), 50, 122, 142),
        (_any(f"lt(hypot((X-{x})/12,(Y-{y}-4)/8),1)" for x, y in ((80, 112), (160, 108),
                                                                 (240, 114))),
         100, 112, 146),
        ("gt(Y,110)", "110+20*sin(hypot(X-160,Y-140)*0.4-N*0.5)+10*gt(sin(X*0.9+Y*1.3),0.8)",
         112, 146),
        ("between(X,0,60)*gt(Y,70)*lt(Y,110)", "170+30*gt(sin(X*2+Y),0.5)", 100, 140),
        ("gt(Y,40)", "150+10*sin(X/5)*sin(Y/7)", 108, 152)],
        ("200-0.3*Y", 146, 118)),
    "imam-ay": _person(140, 100, (20, 128, 128), False, 92, (226, 126, 128), _BANCO, top=[
        ("lt(hypot((X-140)/37,(Y-76)/26),1)*lt(Y,84)", "222-20*lt(abs(mod(Y+0.3*X,8)-4),1)", 126,
         128)]),
    "macon-ay": _person(182, 96, (16, 128, 128), False, 80, (
        "150-40*gt(sin(X/9+Y/7)*sin(Y/5),0.5)", 118, 150), _BANCO, top=[
        ("lt(hypot((X-182)/31,(Y-64)/15),1)*lt(Y,66)", "60+34*lt(mod(X,6),2)", 100, 160)]),
    "marche-ay": _paint([
        *[(f"lt(hypot((X-{x}-{v}*N)/11,(Y-58)/5),1)*lt(Y,60)", 186, 100, 150)
          for x, v, _ in _BOUBOU],
        *[(_m(_walker(f"({x}+{v}*N)", 70, 1.5, 0)), *c) for x, v, c in _BOUBOU],
        (_any(f"lt(hypot((X-{x})/36,(Y-44)/14),1)*lt(Y,46)" for x in (40, 160, 280)),
         "170-20*lt(mod(atan2(Y-44,X)*40,2),1)", 108, 146),
        (_any(f"lt(abs(X-{x}),1.5)*between(Y,44,120)" for x in (40, 160, 280)), 60, 120, 140),
        ("gt(Y,116)", "178+10*gt(sin(X*0.5+Y*1.2),0.8)", 108, 148),
        ("gt(Y,60)", "146+10*sin(X/5)*sin(Y/7)-40*lt(abs(mod(X,40)-20),8)*between(Y,80,110)",
         108, 152)],
        ("204-0.3*Y", 140, 120)),
    "nuit-ay": _paint([
        (_any(_m(_walker(f"({x}+8*sin(N*0.3+{x}))", f"(62+3*abs(sin(N*0.8+{x})))", 1.7, 0))
              for x in (130, 196)), 40, 100, 170),
        (_any(f"lt(abs(X-{x}),12-0.2*(Y-116))*between(Y,116,150)" for x in (40, 280, 90)), 70,
         116, 150),
        (_any(_m(_walker(x, 86, 1.3, 0)) for x in (40, 280, 90)), 24, 128, 128),
        ("lt(hypot(X-250,Y-24),4)", 240, 100, 160),
        ("gt(Y,140)", "60+10*gt(sin(X*0.5+Y*1.2),0.8)", 112, 148),
        ("between(Y,20,140)", "48+8*sin(X/5)*sin(Y/7)", 112, 150)],
        ("10", 130, 126), mul="0.75", add="50*exp(-hypot(X-250,Y-24)/50)"),
    "harmattan-ay": _paint([
        (_any(f"lt(hypot((X-{x}-{v}*N)/8,(Y-{y})/4),1)+lt(hypot(X-{x}-{v}*N-7*sgn({v}),Y-{y}+3),3)"
              for x, y, v in ((60, 140, 0.3), (90, 150, -0.2), (130, 144, 0.25))),
         "if(gt(X,100),210,50)", 126, 130),
        (_m(_walker("(180-0.4*N)", 104, 1.2, 0)), 50, 120, 150),
        (_any(f"lt(abs((X-230)*{cos(a):.3f}+(Y-56)*{sin(a):.3f}),4.5-0.1*((X-230)*{sin(a):.3f}"
              f"-(Y-56)*{cos(a):.3f}))*between((X-230)*{sin(a):.3f}-(Y-56)*{cos(a):.3f},0,{r})"
              for a, r in ((-1.25, 34), (-0.7, 26), (-0.15, 22), (0.45, 30), (1.05, 36))), 74,
         120, 136),
        ("lt(abs(X-230),17-0.004*pow(Y-96,2))*between(Y,50,124)", 92, 118, 140),
        ("gt(Y,118)*gt(sin(X*1.3+3*sin(N*0.4+X/40)*(130-Y)/10),0.7)", 130, 110, 140),
        ("gt(Y,112)", "172+12*gt(sin(X*0.3+Y*1.1),0.8)", 108, 148)],
        ("200-0.3*Y", 128, 132), add="12*gt(sin(X*0.2+Y*0.9-N*1.3),0.9)"),
    "generique-ay": _roll(["REALISATION", "OUMAR SIDIBE", "", "IMAGE", "AMINATA KONE", "",
                           "DJENNE 1996"], 12, 18, 1.5, "0xf0e8d0"),
    # A 1960s Lithuanian poetic documentary of the Curonian Spit.
    "kopos-ay": _paint([
        (_m(_walker("(60+0.8*N)", f"({_KETERA.replace('X', '(60+0.8*N)')}-26)", 0.8, 0)), 30,
         128, 128),
        ("gt(Y,150)*lt(abs(sin(X*0.9+(180-Y)*0.08*sin(N*0.3+X/20))),0.25)", 46, 128, 128),
        (f"gt(Y,{_KETERA})", "if(gt(X,150+0.7*(Y-62)),96+0.2*Y,226-0.2*Y)", 128, 128)],
        ("172+30*gt(sin(X/41+N*0.03)*sin(Y/13+X/67),0.4)-0.3*Y", 128, 128),
        add=f"46*gt(sin((X-7*N)*0.35+Y*1.7),0.5)*clip(1-({_KETERA}-Y)/14,0,1)*gt({_KETERA},Y)"),
    "kopos2-ay": _paint([
        ("lt(abs(X-90-0.2*(Y-60)),2.5)*between(Y,60,130)"
         "+lt(abs(Y-80+0.6*(X-90)),1.5)*between(X,90,120)"
         "+lt(abs(Y-96-0.5*(X-96)),1.5)*between(X,70,96)", 40, 128, 128),
        ("gt(Y,96+6*sin(X/40))",
         "150+40*gt(sin(Y*0.9+0.2*X+2*sin(X/30)-0.15*N),0.3)-0.2*(Y-96)", 128, 128),
        ("gt(Y,70+18*sin(X/60+1))", "if(gt(X,200+0.6*Y),120,204)", 128, 128)],
        ("166+18*sin(X/50+Y/20+N*0.04)-0.2*Y", 128, 128),
        add="30*gt(sin((X-11*N)*0.3+Y*2.3),0.8)*gt(Y,150)"),
    "vetrunge-ay": _paint([
        ("lt(abs(Y-24-3*sin(X*0.3-N*1.2)),5-0.12*(X-160))*between(X,160,200)", 40, 128, 128),
        (f"lt(abs(X-160),30*abs({_VETRA}))*between(Y,30,70)"
         f"*gt(sin((X-160)/(abs({_VETRA})+0.05)*0.5)*sin(Y*0.5),-0.3)"
         f"+lt(hypot((X-160)/(12*abs({_VETRA})+1),(Y-28)/8),1)", 28, 128, 128),
        ("lt(abs(X-160),2)*gt(Y,20)", 30, 128, 128),
        ("gt(Y,150-0.3*abs(X-160))", "80+20*lt(mod(X+Y,5),1)", 128, 128)],
        ("190+30*gt(sin((X-4*N)/23+Y/11)*sin(Y/17-(X-4*N)/41),0.3)-0.3*Y", 128, 128)),
    "zvejai-ay": _paint([
        (_any(_m(_walker(f"({200 + 26 * k}+0.4*N)", 100, 1.4, 0)) for k in range(4)), 30, 128,
         128),
        ("lt(abs(Y-122-0.156*(200+0.4*N-X)),1)*between(X,20,200+0.4*N)", 40, 128, 128),
        ("lt(hypot(mod(X,14)-7,Y-140-2*sin(N*0.5+X/14)),2.2)*between(X,10,120)", 34, 128, 128),
        ("gt(sin(Y*0.3-N*0.25+sin(X/20)),0.85)*between(Y,100,146)", 236, 128, 128),
        ("gt(Y,140+5*sin(X/30))", "200-10*gt(sin(X*0.5+Y*1.9),0.8)", 128, 128),
        ("gt(Y,92)", "100+20*sin(X/9+N*0.2)*sin(Y/5)", 128, 128)],
        ("200-0.4*Y", 128, 128)),
    "banga-ay": _paint([
        ("gt(Y,110-0.2*(X-200))*gt(X,180)", "70+30*gt(sin(X*0.5)*sin(Y*0.6),0.3)", 128, 128),
        ("gt(Y,96)", "90+30*sin(X/11+N*0.3)*sin(Y/4)+40*gt(sin(X*0.2+Y*0.8-N*0.4),0.9)", 128,
         128)],
        ("160+20*sin(X/70)-0.2*Y", 128, 128)),
    "senele-ay": _person(140, 100, (40, 128, 128), True, 176, (50, 128, 128), _LENTOS, top=[
        ("lt(abs(mod(Y,7)-3.5),0.5)*lt(hypot((X-140)/24,(Y-86)/6),1)", 140, 128, 128),
        ("lt(hypot((X-140)/40,(Y-96)/46),1)*lt(Y,82)",
         "48+22*gt(sin(X*0.8+Y*0.8)*sin(X*0.8-Y*0.8),0.5)", 128, 128)]),
    "senelis-ay": _person(182, 96, (190, 128, 128), False, 166, (40, 128, 128), _LENTOS, top=[
        _smoke(224, 122, 50, "206"),
        ("lt(abs(Y-124-0.3*(X-190)),1.5)*between(X,190,222)+lt(hypot(X-224,Y-130),4)", 30,
         128, 128),
        ("lt(hypot((X-182)/60,(Y-66-0.002*pow(X-182,2))/7),1)", 60, 128, 128),
        ("lt(hypot((X-182)/33,(Y-62)/16),1)*lt(Y,66)", "66+10*lt(mod(X,9),1)", 128, 128)]),
    "pusynas-ay": _paint([
        ("lt(abs(mod(X+5*N,90)-45),9)", "20+6*sin(Y/3)", 128, 128),
        ("lt(abs(mod(X+2.5*N+30,60)-30),5)*lt(Y,160)", "60+6*sin(Y/2)", 128, 128),
        ("lt(abs(mod(X+N+11,34)-17),2.5)*lt(Y,150)", 112, 128, 128),
        ("lt(Y,30+10*sin(X/20))", "50+10*gt(sin(X*0.9+Y*0.7),0.5)", 128, 128),
        ("gt(Y,148)", "90+30*gt(sin(X*0.4+Y),0.5)", 128, 128)],
        ("190-0.2*Y", 128, 128), add="40*gt(sin((X-0.6*Y+N)/9),0.7)*lt(Y,148)"),
    "svyturys-ay": _paint([
        ("between(Y,30,40)*lt(abs(X-240),6)", 240, 128, 128),
        ("lt(abs(X-240),6+0.08*(Y-40))*between(Y,40,140)", 30, 128, 128),
        ("gt(Y,120+10*sin(X/40))", 22, 128, 128),
        ("gt(mod(abs(sin(X*12.99+Y*78.23))*437.58,1),0.995)*lt(Y,110)", 170, 128, 128)],
        ("16+0.1*Y", 128, 128),
        add=f"80*lt(abs(Y-35-0.1*(X-240)),3+0.08*abs(X-240))*gt((X-240)*cos({_SVYT}),0)"
            f"*lt(abs(X-240),300*abs(cos({_SVYT})))*exp(-abs(X-240)/200)"
            f"+130*pow(max(sin({_SVYT}),0),8)*exp(-hypot(X-240,Y-35)/30)"
            f"+50*exp(-pow((X-240-200*cos({_SVYT}))/30,2))*gt(Y,118)*gt(sin({_SVYT}),-0.3)"),
    "ruko-ay": _paint([
        (f"between(X,{_KURENAS}-2,{_KURENAS}+20)*between(Y,56,94)*gt(Y,56+0.3*(X-{_KURENAS}))",
         "212-150*clip(N/54,0,1)", 128, 128),
        (f"lt(abs(X-{_KURENAS}),1)*between(Y,50,100)", "212-160*clip(N/54,0,1)", 128, 128),
        (f"lt(hypot((X-{_KURENAS}-6)/26,(Y-100)/4),1)*lt(Y,101)", "212-170*clip(N/54,0,1)",
         128, 128),
        ("lt(abs(sin(X*1.7)),0.2)*gt(Y,120+20*sin(X*0.3))*gt(X,220)", 150, 128, 128),
        ("gt(Y,102)", "216+6*gt(sin(X*0.2+Y*1.5),0.8)", 128, 128)],
        ("226+6*sin(X/50+N*0.05)*sin(Y/20)", 128, 128)),
    "pabaiga-ay": _card(["PABAIGA"], 30, 66, 0, "0xe8e8e8", SERIF, bg="0x0a0a0a"),
    # A 2010s Bhutanese documentary of a tsechu.
    "dzong-ay": _paint([
        ("lt(mod(X,14),10)*between(Y-30-0.002*pow(X-160,2),0,12+2*sin(N*0.9+X*0.3))",
         _five(_DARCHOG, (90, 232, 80, 120, 200)), _five(_DARCHOG, (200, 128, 90, 100, 40)),
         _five(_DARCHOG, (90, 128, 200, 80, 150))),
        ("lt(abs(Y-30-0.002*pow(X-160,2)),0.6)", 40, 128, 128),
        (_any(f"lt(abs(X-{x}),1)*gt(Y,{y})" for x, y in ((24, 20), (300, 14))), 70, 120, 140),
        (_any(f"between(X,{x}+1,{x}+12+2*sin(N*1.1+Y*0.3))*between(Y,{y},{y}+50)"
              for x, y in ((24, 20), (300, 14))), "230-10*sin(Y*0.4+N)", 128, 128),
        ("lt(abs(X-180),26-0.6*(Y-34))*between(Y,34,46)", 190, 60, 160),
        ("between(X,160,200)*between(Y,44,70)", "224-50*lt(abs(mod(X,10)-5),2)*between(Y,52,62)",
         128, 128),
        ("between(Y,70,76)*lt(abs(X-180),80)", 80, 110, 190),
        ("lt(abs(X-180),80+0.1*(Y-76))*between(Y,76,122)",
         "222-70*lt(abs(mod(X,16)-8),3)*lt(abs(mod(Y,14)-7),3)*gt(Y,84)", 128, 128),
        ("gt(Y,60+20*sin(X/50)+6*sin(X/13))", "110+12*lt(mod(Y+0.2*X,8),2)", 110, 118),
        ("gt(Y,36+14*sin(X/44+1)+6*sin(X/13))", 140, 140, 120)],
        ("215-0.5*Y", 140, 120)),
    "dungchen-ay": _paint([
        (_any(f"lt(hypot((X-{x}-132)/8,(Y-{y}-46)/9),1)" for x, y in ((110, 70), (196, 64))),
         200, 80, 150),
        (_any(f"lt(abs(Y-{y}-0.35*(X-{x})),2+0.03*(X-{x}))*between(X,{x},{x}+130)"
              for x, y in ((110, 70), (196, 64))), "170+30*lt(mod(X,20),3)", 84, 150),
        (_any(f"lt(hypot(X-{x}-4,Y-{y}-2),6)" for x, y in ((104, 62), (190, 56))), 150, 116,
         146),
        (_any(f"lt(hypot((X-{x}+10+5*sin(N*0.8+{x}))/9,(Y-{y}+28)/14),1)" for x, y in (
            (104, 92), (190, 86))), 70, 110, 182),
        (_any(_m(_walker(x, y, 1.8, 0)) for x, y in ((104, 62), (190, 56))), 64, 110, 180),
        ("gt(Y,130-0.1*X)", "170+20*lt(mod(X+2*Y,14),2)", 70, 160),
        ("gt(Y,96+10*sin(X/40))", 120, 140, 122)],
        ("180-0.4*Y", 160, 110)),
    "cham-ay": _paint([
        *[(f"lt(hypot((X-{x}-10*sin(N*0.2+{k}))/10,(Y-62)/12),1)", 200, 100, 160)
          for x, k, _ in _CHAM],
        *[(f"lt(abs(X-{x}-10*sin(N*0.2+{k})),(8+16*abs(sin(N*0.55+{k})))*(Y-88)/40+8)"
           f"*between(Y,88,136)", f"150+60*gt(sin((X-{x})*0.4+N*1.1+{k}),0)",
           f"if(gt(sin((X-{x})*0.4+N*1.1+{k}),0),{c[1]},60)",
           f"if(gt(sin((X-{x})*0.4+N*1.1+{k}),0),{c[2]},150)") for x, k, c in _CHAM],
        *[(_m(_walker(f"({x}+10*sin(N*0.2+{k}))", 62, 1.6, 0)), *c) for x, k, c in _CHAM],
        ("between(Y,80,110)*lt(hypot(mod(X,16)-8,Y-92),6)", "60+60*gt(sin(floor(X/16)*2.7),0)",
         "128+30*sin(floor(X/16)*1.3)", "140+20*cos(floor(X/16)*2.1)"),
        ("gt(Y,110)", "150-30*lt(abs(mod(X+0.5*Y,30)-15),1)-30*lt(mod(Y,12),1)", 126, 130),
        ("gt(Y,20)", "224-70*lt(abs(mod(X,24)-12),4)*lt(abs(mod(Y,20)-10),4)*lt(Y,70)", 128,
         128)],
        ("80", 110, 190)),
    "cham2-ay": _paint([
        *[(f"lt(hypot((X-160-110*cos(N*0.05+{k * 0.785}))/15,"
           f"(Y-96-40*sin(N*0.05+{k * 0.785}))/6),1)",
           20, 128, 128) for k in range(8)],
        *[(f"lt(hypot(X-160-110*cos(N*0.05+{k * 0.785}),Y-96-40*sin(N*0.05+{k * 0.785})),"
           f"10+4*abs(sin(N*0.7+{k})))", f"150+60*gt(sin(atan2(Y-96,X-160)*40+N),0)",
           "if(gt(sin(atan2(Y-96,X-160)*40+N),0),60,150)",
           "if(gt(sin(atan2(Y-96,X-160)*40+N),0),150,200)") for k in range(8)],
        *[(f"lt(hypot((X-166-110*cos(N*0.05+{k * 0.785}))/14,"
           f"(Y-104-40*sin(N*0.05+{k * 0.785}))/6),1)",
           80, 128, 128) for k in range(8)],
        ("lt(hypot(X-160,Y-96),4)+lt(abs(X-160),1)*between(Y,40,96)", 90, 110, 170),
        ("1", "150-30*lt(abs(mod(X,24)-12),0.8)-30*lt(abs(mod(Y,18)-9),0.8)", 126, 130)],
        ("150", 126, 130)),
    "lama-ay": _person(140, 100, (140, 116, 144), False, 150, (70, 110, 180), _MURAL, top=[
        ("lt(abs(X-140+0.8*(Y-150)),6)*gt(Y,140)", 190, 60, 150)]),
    "ama-ay": _person(182, 96, (20, 128, 128), False, 180, (
        "150+50*gt(sin(X/4)*sin(Y/4),0.2)", "128+60*gt(sin(X/8),0)", "128+50*gt(sin(Y/6),0)"),
                      _MURAL, top=[
        ("lt(hypot(abs(X-182)-26,Y-150),5)", 236, 128, 128),
        ("lt(abs(abs(X-182)-10-0.8*(Y-140)),3)*between(Y,140,180)", 230, 128, 128)]),
    "thongdrel-ay": _paint([
        (_any(_m(_walker(x, 130, 1.1, 0)) for x in (60, 100, 220, 260)), 70, 110, 180),
        ("lt(hypot(mod(X,14)-7,Y-168-2*sin(floor(X/14))),7)+gt(Y,172)", 40, 124, 134),
        (f"between(Y,{_ROLL}-4,{_ROLL}+4)*between(X,76,244)", "120+30*sin(Y*0.8)", 110, 150),
        (f"lt(abs(abs(X-160)-70),0.8)*between(Y,{_ROLL},130)", 60, 128, 128),
        (f"between(X,80,240)*between(Y,20,{_ROLL})*lt(hypot(X-160,Y-70),30)",
         "if(lt(hypot(X-160,Y-64),12),200,170)", 60, 150),
        (f"between(X,80,240)*between(Y,20,{_ROLL})*lt(hypot((X-160)/34,(Y-110)/36),1)",
         170, 90, 180),
        (f"between(X,80,240)*between(Y,20,{_ROLL})*lt(hypot(mod(X-80,20)-10,mod(Y-20,20)-10),6)"
         "*(lt(X,110)+gt(X,210))", 150, 160, 110),
        (f"between(X,80,240)*between(Y,20,{_ROLL})", "80+20*sin(X/3)", 170, 110),
        ("lt(abs(X-160),110)*between(Y,10,130)",
         "222-70*lt(abs(mod(X,16)-8),3)*lt(abs(mod(Y,14)-7),3)*gt(Y,30)", 128, 128)],
        ("190-0.4*Y", 150, 114)),
    "datse-ay": _paint([
        ("lt(abs(hypot(X-84,Y-86)-30),1.5)*gt(X,84)", 40, 128, 128),
        ("lt(abs(X-86),0.6)*between(Y,57,115)", 200, 128, 128),
        (_m(_walker(66, 62, 2.0, 0)), "120+50*gt(sin(X*0.8)*sin(Y*0.8),0)", 110, 150),
        (_any(_m(_walker(f"({x}+6*sin(N*0.5+{x}))", 96, 0.5, 0)) for x in (260, 300)), 60, 120,
         150),
        ("between(X,280,290)*between(Y,94,112)", "if(lt(abs(Y-103),3),60,220)", 110,
         "if(lt(abs(Y-103),3),190,128)"),
        ("gt(Y,112)", "120+10*gt(sin(X*0.6+Y*1.1),0.7)", 110, 116),
        ("gt(Y,80+6*sin(X/20))*lt(Y,112)", "70+16*gt(sin(X*0.9)*sin(Y*1.1),0.3)", 116, 120),
        ("gt(Y,40+14*sin(X/44+1))", 140, 140, 120)],
        ("205-0.4*Y", 150, 114)),
    "gonpa-ay": _paint([
        (_any(f"lt(hypot(mod(X,12)-6,(Y-{y})*1.5),2+0.6*sin(N*1.7+X))*between(X,20,300)"
              f"*lt(abs(Y-{y}),3)" for y in (120, 134)), 250, 90, 160),
        (_any(f"between(Y,{y}+3,{y}+7)*lt(abs(mod(X,12)-6),2.5)*between(X,20,300)"
              for y in (120, 134)), 190, 80, 150),
        ("between(X,200,260)*between(Y,40,110)",
         "100+70*gt(sin((asin(clip((X-230)/31,-1,1))+0.2*N)*6),0)", 80, 168),
        ("between(X,196,264)*(between(Y,36,40)+between(Y,110,114))", 170, 70, 160),
        ("lt(hypot((X-100)/34,(Y-70)/40),1)+lt(hypot(X-100,Y-22),12)", 100, 80, 150),
        ("gt(Y,140)", 30, 124, 136)],
        ("20+6*sin(X/9)", 124, 140), add="50*exp(-abs(Y-126)/14)"),
    "credits310-ay": _rolling(_paint([
        ("gt(Y,60+20*sin(X/50)+6*sin(X/13))", "110+12*lt(mod(Y+0.2*X,8),2)", 110, 118),
        ("gt(Y,36+14*sin(X/44+1)+6*sin(X/13))", 140, 140, 120)],
        ("150-0.4*Y", 150, 124), mul="0.4"),
        ["DIRECTED BY", "SONAM DORJI", "", "CAMERA", "PEMA TSHERING", "", "THIMPHU 2014"], 12,
        18, 1.5, "0xfff8e8"),
    # A 1980s Tanzanian film of Zanzibar dhow builders.
    "pwani-ay": _paint([
        (_any(f"lt(hypot((X-{x}-10*cos(1.2*sin(N*0.8+{x})))/4,"
              f"(Y-{y}-10*sin(1.2*sin(N*0.8+{x})))/4),1)"
              for x, y in ((96, 118), (230, 60))), 60, 120, 140),
        (_any(_m(_walker(x, y, 1.3, 0)) for x, y in ((90, 110), (224, 52))), 50, 120, 150),
        ("lt(hypot((X-170)/100,(Y-92)/44),1)*gt(Y,92)*lt(X,210)",
         "100+20*lt(mod(Y,6),1)", 110, 150),
        ("lt(hypot((X-170)/100,(Y-92)/44),1)*gt(Y,92)*lt(abs(mod(X,10)-5),1.4)", 90, 112, 150),
        ("between(Y,88,93)*lt(abs(X-170),100)", 80, 112, 150),
        (_any(f"lt(abs(X-{x}),1.5)*between(Y,120,160)" for x in (110, 170, 230)), 70, 116, 142),
        (_any(_palm(x, 160, h, lean, f"4*sin(N*0.15+{x})") for x, h, lean in (
            (30, 130, 0.3), (300, 120, -0.4))), 40, 118, 124),
        ("gt(Y,100)", "210+6*gt(sin(X*0.6+Y*1.7),0.8)", 110, 136),
        ("gt(Y,70)", "160+14*gt(sin(X*0.3+Y*1.3-N*0.2),0.8)", 150, 100)],
        ("200-0.3*Y", 150, 112)),
    "msumeno-ay": _paint([
        (f"gt(mod(abs(sin(X*12.99+floor((Y-4*N)/5)*78.2))*437.58,1),0.86)"
         f"*lt(abs(X-158),8+0.2*(Y-76))*between(Y,76,170)", 226, 116, 140),
        (f"lt(abs(X-160),3)*between(Y,30+{_SAW},150+{_SAW})",
         f"200-90*lt(mod(Y-{_SAW},4),2)*lt(X,159)", 128, 128),
        (_m(_walker("(170+2*sin(N*0.9))", 8, 1.6, 0)), 46, 120, 150),
        (_m(_walker("(176-2*sin(N*0.9))", 92, 1.6, 0)), 40, 140, 110),
        ("between(Y,56,76)*between(X,40,280)", "110+16*sin(Y*0.8)", 110, 150),
        ("lt(abs(abs(X-160)-100),4)*between(Y,76,170)", 70, 116, 146),
        ("lt(Y,20)", "90+10*gt(sin(X*1.3+Y*2),0.5)", 118, 140),
        ("gt(Y,160)", "130+20*gt(sin(X*0.7+Y*1.3),0.6)", 112, 146)],
        ("70+8*sin(X/6)", 118, 140), add="40*gt(sin((X+0.5*Y)/12),0.8)*gt(Y,20)"),
    "fundi-ay": _person(140, 100, (200, 128, 128), False, 100, (226, 126, 128), _MBAO, top=[
        ("lt(abs(X-140),31)*between(Y,58,80)", "222-70*gt(sin(X*0.9)*sin(Y*1.3),0.5)", 126, 130),
        ("lt(hypot((X-140)/22,(Y-136)/11),1)*gt(Y,126)", 204, 128, 128)]),
    "mwanafunzi-ay": _person(182, 96, (20, 128, 128), False, 110, (150, 150, 100), _MBAO),
    "mji-ay": _paint([
        (_any(_m(_walker(f"({x}+{v}*N)", y, s, 0)) for x, y, s, v in (
            (150, 84, 0.9, 0.1), (186, 80, 1.1, -0.15))), 60, 140, 110),
        ("lt(hypot(mod(X,8)-4,mod(Y,8)-4),1.2)*between(X,30,60)*between(Y,60,140)", 220, 90, 150),
        ("between(X,30,60)*between(Y,60,140)", "60+30*gt(sin(X*1.3)*sin(Y*0.9),0.4)", 116, 144),
        ("between(X,250,300)*between(Y,40,56)*lt(mod(X,6),2)", 50, 120, 140),
        ("lt(X,120-0.2*(Y-90))", "186-30*gt(sin(X/9+Y/23)*sin(Y/7),0.6)", 122, 138),
        ("gt(X,206+0.2*(Y-90))", "152-30*gt(sin(X/9+Y/23)*sin(Y/7),0.6)", 122, 138),
        ("gt(Y,110)", "140+10*gt(sin(X*0.4+Y),0.7)+50*lt(abs(X-165-0.3*(Y-140)),20)", 116, 140),
        ("gt(Y,30)", "176-0.3*Y", 124, 136)],
        ("210-0.3*Y", 150, 112)),
    "bahari-ay": _paint([
        (f"between(Y,30,114)*between(X,160-(1-{_TANGA}/0.9)*(Y-30)*1.1,"
         f"160+{_TANGA}/0.9*(Y-30)*1.1)",
         "220-20*sin(X/9)", 124, 134),
        ("lt(abs(X-160),1.5)*between(Y,24,140)", 60, 120, 140),
        (_m(_walker(f"(220-44*{_TANGA})", 100, 1.3, 0)), 40, 120, 150),
        ("gt(Y,140-0.1*abs(X-160))", "80+10*lt(mod(X,12),1)", 116, 146),
        ("gt(Y,100)", "120+30*gt(sin(X*0.2+Y*1.1+N*0.4),0.7)+100*gt(sin(X*7.1+Y*5.3+N*3),0.97)",
         150, 100)],
        ("210-0.4*Y", 146, 112)),
    "soko-ay": _paint([
        *[(f"lt(abs(X-{x}),0.8*(Y-{t}))*between(Y,{t},{t}+28)", lum, cb, cr)
          for x, t, lum, cb, cr in _VIUNGO],
        (_any(f"lt(hypot((X-{x})/28,(Y-174)/8),1)" for x, *_ in _VIUNGO), 120, 110, 150),
        ("between(Y,160,180)", 90, 116, 146),
        *[(_m(_walker(f"({x}+{v}*N)", 70, 1.7, 0)), f"{c[0]}+40*gt(sin(X*0.9+Y*0.7),0.3)", c[1],
           c[2]) for x, v, c in _KANGA],
        ("lt(Y,26)", "180-70*lt(mod(X,30),15)", 100, 170),
        ("1", "110+10*sin(X/5)*sin(Y/7)", 120, 140)],
        ("110", 120, 140)),
    "jioni-ay": _paint([
        (_felucca("(100+0.4*N)", 100, 60)[0], 26, 126, 134),
        (_felucca("(100+0.4*N)", 100, 60)[1], 20, 126, 134),
        (_palm(20, 180, 150, 0.5, "2*sin(N*0.1)"), 18, 126, 134),
        ("lt(hypot(X-200,Y-70),16)", 250, 60, 190),
        ("gt(Y,96)", "90+70*exp(-pow((X-200)/20,2))*gt(sin(Y*1.5+N*0.5+X*0.1),0.2)", 100, 170)],
        ("170-0.6*Y+60*exp(-hypot(X-200,Y-70)/50)", 90, 175)),
    "usiku-ay": _paint([
        *[(f"lt(hypot(X-{x},Y-90-4*sin(N*0.3+{k})),2.5)", 250, 80, 180)
          for k, x in enumerate((40, 100, 170, 230, 290))],
        *[(f"lt(abs(X-{x}+sin(Y*0.8+N)*2),1.5)*between(Y,96+4*sin(N*0.3+{k}),130)"
           f"*gt(sin(Y*1.3+N*0.7),0)", 150, 90, 170)
          for k, x in enumerate((40, 100, 170, 230, 290))],
        *[(f"lt(hypot((X-{x}-6)/22,(Y-98-4*sin(N*0.3+{k}))/4),1)", 34, 120, 140)
          for k, x in enumerate((40, 100, 170, 230, 290))],
        ("gt(Y,92)", "8+6*gt(sin(X*0.2+Y*1.2+N*0.3),0.8)", 130, 126)],
        ("14+0.05*Y", 136, 124)),
    "dhoruba-ay": _paint([
        (_palm(260, 170, 120, 0.6, "(10*sin(N*0.35)+8)"), 30, 124, 130),
        (_felucca(120, "(110+3*sin(N*0.4))", 50)[0], 170, 124, 130),
        (_felucca(120, "(110+3*sin(N*0.4))", 50)[1], 40, 124, 130),
        ("gt(Y,100)", "90+110*gt(sin(X*0.3+Y*0.9-N*0.6),0.93)", 128, 120),
        ("gt(Y,96)", 70, 128, 126)],
        ("80+14*gt(sin((X+3*N)/31+Y/13)*sin(Y/9),0.3)", 126, 126), add=_MVUA),
    "mwisho-ay": _framed(["MWISHO"], 30, 70, 0, "0xf8e8c0", SERIF, "0x201008", "0xc09050"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AY = {}

FX_AY = {
    **{f"grain{k}-ay": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (2, 9, "t+u", 97120127), (3, 4, "t", 97130131), (5, 4, "t", 97150151),
        (6, 10, "t+u", 97160169)]},
    # The black-and-white films' grain is in the luma only.
    **{f"grain{k}-ay": f"noise=c0s={a}:c0f=t+u:all_seed={seed}" for k, a, seed in [
        (1, 12, 97110113), (4, 14, 97140149)]},
    "sofia-ay": "hue=s=0,eq=contrast=1.12:gamma=0.96",
    "flick306-ay": "eq=brightness='0.022*sin(n*2.9)*sin(n*1.3+0.4)+0.01*sin(n*0.41)':eval=frame",
    "box137-ay": FX_AE["box137-ae"],
    "closer-ay": FX_AF["closer-af"],
    "panr-ay": FX_AO["panr-ao"],
    "crane306-ay": "scale=400:225,crop=320:180:x=40:y='45-0.7*n'",
    "para-ay": _ov(_puff(60, 100, 7, -1.5, 6, 3, 12, 14, 0.95), 226),
    "cue-ay": _ov("lt(hypot(X-292,Y-22),7)*between(N,MID+4,MID+7)", 236),
    "dazhd-ay": _grade(f"LUM*(1-0.32*{_ramp(-10, 2)})+{_DAZHD}*{_ramp(-8, 4)}"),
    "kabul-ay": "eq=saturation=0.85:contrast=0.96:gamma=1.04,colorbalance=rs=0.05:gs=-0.05:bs=0.04"
                ":rh=0.03:gh=-0.03",
    "box166-ay": FX_AE["box166-ae"],
    "panl-ay": FX_AO["panl-ao"],
    "hand307-ay": "scale=352:198,crop=320:180:x='16+7*sin(n*0.9)+3*sin(n*2.7)'"
                  ":y='9+5*sin(n*1.3+1)'",
    "title307-ay": _fade("BUZKASHI", 30, 28, "0xfff0d0", FONT, -26, 22, _EDGE.format("0x402010")),
    "sub-chapandaz-ay": _subs([("The calf is heavy. The prize is heavier.", -13, 10)]),
    "gard-ay": _pass(5, -40, 160, 120, 70, 46, 40, 118, 140) + ","
               + _ov(_puff(330, 136, -10, -1.5, 4, 2.5, 12, 18, 0.95), 178, 116, 140),
    "glare307-ay": _glare(290, 18, 7, 1.6, 8, 12),
    "betacam-ay": "eq=saturation=1.2:contrast=1.05,unsharp=3:3:0.6,colorbalance=rs=0.02:bs=-0.03",
    "box133-ay": FX_AE["box133-ae"],
    "tiltup308-ay": "scale=384:216,crop=320:180:x=32:y='max(0,36-0.6*n)'",
    "hand308-ay": "scale=340:191,crop=320:180:x='10+5*sin(n*0.7)+2*sin(n*2.3)'"
                  ":y='5.5+3*sin(n*1.1+2)'",
    "title308-ay": _fade("DJENNE", 30, 30, "0xffffff", FONT, -24, 20, _EDGE.format("0x201008")),
    "eau-ay": _ov("between(N,MID-2,MID+10)*lt(abs(Y-60-0.006*pow(X-200,2)-0.4*pow(N-MID+2,2)),"
                  "5+1.2*(N-MID+2))*lt(abs(X-200),8+10*(N-MID+2))*gt(sin(X*2.3+Y*3.1+N*2),-0.2)",
                  226, 126, 124),
    "sub-imam-ay": _subs([("Before the rains come, the mosque gets its new skin.", -14, 8)]),
    "sub-macon-ay": _subs([("My grandfather climbed this wall. Now my son does.", -12, 10)]),
    "passante-ay": _pass(10, -24, 160, 100, 80, 110, 30, 150, 116),
    "iris-ay": _grade("LUM*(1+0.45*exp(-pow((N-MID-2)/6,2)))"),
    "torche-ay": _grade(f"LUM*(1+1.4*{_ramp(-1, 1)}*exp(-pow((Y-110)/60,2)))+25*{_ramp(-1, 1)}"),
    "poussiere-ay": _grade(f"LUM+(178-LUM)*0.6*{_ramp(-12, 12)}",
                           f"CH+(112-CH)*0.6*{_ramp(-12, 12)}",
                           f"CH+(150-CH)*0.6*{_ramp(-12, 12)}"),
    "kursiai-ay": "hue=s=0,eq=contrast=1.3:gamma=0.92",
    "flick309-ay": "eq=brightness='0.018*sin(n*3.3)*sin(n*1.1+0.2)+0.008*sin(n*0.29)':eval=frame",
    "weave309-ay": "crop=308:173:x='6+1.1*sin(n*1.7)':y='3.5+0.9*sin(n*2.3+0.4)*sin(n*0.61)',"
                   "scale=320:180",
    "box235-ay": FX_AO["box235-ao"],
    "title309-ay": _fade("NERINGA", 30, 122, "0xf4f4f4", SERIF, -26, 22, _EDGE.format("0x101010")),
    "purslai-ay": _ov("between(N,MID-3,MID+14)*clip((MID+14-N)/8,0,1)"
                      "*(0.55+0.45*gt(sin(X*1.1+Y*0.7+N*0.8)*sin(Y*1.3-X*0.4),-0.2))"
                      "*clip(1.5*(1-hypot((X-220)/(6+7*(N-MID+3)),(Y-100+3*(N-MID+3)"
                      "-0.22*pow(N-MID+3,2))/(4+6*(N-MID+3)))),0,1)", 240),
    "zuvedra-ay": _pass(7, 30, 160, 70, 40, 10, 60),
    "druk-ay": "eq=saturation=1.18:contrast=1.04,colorbalance=bs=0.02:bm=0.01:rh=0.02",
    "box200-ay": FX_AN["box200-an"],
    "push310-ay": _zoom("1+0.0035*in", "0.45"),
    "title310-ay": _fade("TSECHU", 28, 124, "0xfff8e0", FONT, -24, 20, _EDGE.format("0x402000")),
    "hand310-ay": "scale=344:194,crop=320:180:x='12+5*sin(n*0.85)+2*sin(n*2.6)'"
                  ":y='7+3.5*sin(n*1.5+1)'",
    "sub-lama-ay": _subs([("The dances bless everyone who watches them.", -14, 8)]),
    "sub-ama-ay": _subs([("We walked two days to be here.", -12, 10)]),
    "mda-ay": _pass(4, 40, 160, 96, 10, 1.2, 40),
    "focus-ay": _grade("(LUM+lum(X-R,Y)+lum(X+R,Y)+lum(X,Y-R)+lum(X,Y+R)+lum(X-0.7*R,Y-0.7*R)"
                       "+lum(X+0.7*R,Y-0.7*R)+lum(X-0.7*R,Y+0.7*R)+lum(X+0.7*R,Y+0.7*R))/9"
                       .replace("R", "(4*exp(-pow((N-MID-10)/5,2)))")),
    "lam-ay": _pass(8, 26, 160, 100, 90, 120, 40, 110, 170),
    "unguja-ay": "eq=saturation=1.08:contrast=1.02:gamma=1.03,colorbalance=rs=0.05:bs=-0.05:rh=0.03"
                 ":bh=-0.03",
    "flick311-ay": "eq=brightness='0.012*sin(n*2.3)*sin(n*0.9+1)':eval=frame",
    "box185-ay": FX_AO["box185-ao"],
    "title311-ay": _fade("JAHAZI", 30, 20, "0xfff0c0", SERIF, -26, 20, _EDGE.format("0x402008")),
    "sub-fundi-ay": _subs([("A jahazi is built by the eye, not from drawings.", -14, 8)]),
    "sub-mwanafunzi-ay": _subs([("Then teach my eye, fundi.", -12, 10)]),
    "baiskeli-ay": _pass(8, -30, 160, 110, 60, 70, 40, 120, 140),
    "roll311-ay": "scale=400:225,rotate=a='0.06*sin(n*0.2)':ow=320:oh=180",
    "hand311-ay": "scale=344:194,crop=320:180:x='12+6*sin(n*0.8)+2*sin(n*2.4)'"
                  ":y='7+4*sin(n*1.3+2)'",
    "kandili-ay": _glare(160, 100, 6, 3, 6, 6, 24),
    "giza-ay": _grade(f"LUM*(1-0.35*{_ramp(-6, 6)})"),
}


def _window_dub(items):
    """items (a recipe's segments and transitions) with a window-dub timecode (_tc) burned into
    each segment last (effects tc308-K-ay, added to FX_AY), counting on from the frame of the
    clip where the segment starts: it runs on across cuts, and the two pictures of a dissolve
    show the same figures."""
    starts, out = segment_starts(items), []
    for i, item in enumerate(items):
        if isinstance(item, str):
            out.append(item)
            continue
        name = f"tc308-{i // 2}-ay"
        FX_AY[name] = _tc(starts[i // 2])
        out.append({**item, "fx": item["fx"] + [name]})
    return out


# held-out-ay (clips 306-311): new recipes again, written after held-out-ax without running the
# detector on them: six more kinds of film, clips of about 20 to 23 s with 11 shots, 40 cuts and
# 20 gradual transitions in all, mixing cuts between similar and different shots, to closer
# framings, between two dune shots and two field shots of like tones, between dark shots, into
# and out of near-white shots and a card, camera and subject motion, a gallop followed by a fast
# pan, a melee of horsemen, circle dances, masked dancers spinning, a flock taking off, a giant
# thangka unrolled, a sail swung across, things passing the lens, steam and dust blown over it, a
# wave's spray, a lantern carried through a dark room, a camera light switched on, a video
# camera's iris opening as a passer-by darkens the picture, a lens going out of focus and back,
# a lighthouse's beam, headlights sweeping a wall, the sun's glare, a harmattan haze thickening,
# a shower starting, a squall darkening, a cue mark, a window-dub timecode, rain, grain, flicker,
# gate weave, bars of six ratios, titles, subtitles and credits rolling, dissolves of
# 16 to 26 frames, a pixel dissolve, a dissolve through grey, fades through black and white and
# fade outs and ins.
_BG = "sofia-ay flick306-ay grain1-ay box137-ay"
_AF = "kabul-ay grain2-ay box166-ay"
_ML = "betacam-ay grain3-ay box133-ay"
_LT = "kursiai-ay flick309-ay weave309-ay grain4-ay box235-ay"
_BT = "druk-ay grain5-ay box200-ay"
_TZ = "unguja-ay flick311-ay grain6-ay box185-ay"
HELD_OUT_AY = [
    ("rozova-dolina", [
        S("zaglavie-ay", 36, 0, _BG), "cut",
        S("polya-ay", 64, 0, f"panr-ay {_BG}"), "cut",
        S("beritba-ay", 52, 0, _BG), "cut",
        S("kazan-ay", 60, 0, f"para-ay {_BG}"), "fade:24",
        S("momiche-ay", 34, 0, _BG), "cut",
        S("starets-ay", 32, 0, _BG), "cut",
        S("momiche-ay", 44, 34, f"closer-ay {_BG}"), "cut",
        S("horo-ay", 60, 0, f"crane306-ay cue-ay {_BG}"), "fadeblack:20",
        S("nosht-ay", 58, 0, _BG), "cut",
        S("dazhd-ay", 56, 0, f"dazhd-ay {_BG}"), "fadeio:22:14",
        S("kray-ay", 40, 0, _BG)]),
    ("buzkashi", [
        S("dasht-ay", 60, 0, f"title307-ay {_AF}"), "cut",
        S("chapandaz-ay", 34, 0, f"sub-chapandaz-ay {_AF}"), "cut",
        S("jang-ay", 56, 0, f"hand307-ay {_AF}"), "cut",
        S("gard-ay", 56, 0, _AF), "fade:20",
        S("tamashachi-ay", 60, 0, f"gard-ay {_AF}"), "cut",
        S("mazar-ay", 56, 0, _AF), "fadewhite:16",
        S("bazar-ay", 56, 0, f"panl-ay {_AF}"), "cut",
        S("chaikhana-ay", 56, 0, _AF), "fadeblack:22",
        S("ghudi-ay", 56, 0, f"glare307-ay {_AF}"), "cut",
        S("jashn-ay", 50, 0, f"hand307-ay {_AF}"), "fadeio:20:14",
        S("payan-ay", 60, 0, _AF)]),
    ("djenne", _window_dub([
        S("bani-ay", 60, 0, f"title308-ay {_ML}"), "cut",
        S("mosquee-ay", 60, 0, f"tiltup308-ay {_ML}"), "cut",
        S("echelles-ay", 56, 0, f"hand308-ay {_ML}"), "fade:16",
        S("banco-ay", 56, 0, f"eau-ay {_ML}"), "cut",
        S("imam-ay", 34, 0, f"sub-imam-ay {_ML}"), "cut",
        S("macon-ay", 32, 0, f"sub-macon-ay {_ML}"), "cut",
        S("imam-ay", 44, 34, f"closer-ay {_ML}"), "cut",
        S("marche-ay", 56, 0, f"passante-ay iris-ay {_ML}"), "fadeblack:18",
        S("nuit-ay", 56, 0, f"torche-ay {_ML}"), "cut",
        S("harmattan-ay", 58, 0, f"poussiere-ay {_ML}"), "fadeio:20:14",
        S("generique-ay", 60, 0, _ML)])),
    ("neringa", [
        S("kopos-ay", 64, 0, f"title309-ay {_LT}"), "cut",
        S("kopos2-ay", 48, 0, _LT), "cut",
        S("vetrunge-ay", 44, 0, _LT), "cut",
        S("zvejai-ay", 60, 0, f"cue-ay {_LT}"), "cut",
        S("banga-ay", 56, 0, f"purslai-ay {_LT}"), "fade:22",
        S("senele-ay", 34, 0, _LT), "cut",
        S("senelis-ay", 32, 0, _LT), "cut",
        S("pusynas-ay", 56, 0, _LT), "fadeblack:20",
        S("svyturys-ay", 56, 0, _LT), "cut",
        S("ruko-ay", 56, 0, f"zuvedra-ay {_LT}"), "fadewhite:18",
        S("pabaiga-ay", 40, 0, _LT)]),
    ("tsechu", [
        S("dzong-ay", 60, 0, f"push310-ay title310-ay {_BT}"), "cut",
        S("dungchen-ay", 50, 0, _BT), "cut",
        S("cham-ay", 60, 0, f"hand310-ay {_BT}"), "fade:26",
        S("cham2-ay", 56, 0, _BT), "cut",
        S("lama-ay", 34, 0, f"sub-lama-ay {_BT}"), "cut",
        S("ama-ay", 32, 0, f"sub-ama-ay {_BT}"), "cut",
        S("lama-ay", 44, 34, f"closer-ay {_BT}"), "fadegrays:20",
        S("thongdrel-ay", 60, 0, _BT), "cut",
        S("datse-ay", 56, 0, f"mda-ay focus-ay {_BT}"), "fadeblack:18",
        S("gonpa-ay", 56, 0, f"lam-ay {_BT}"), "fadeio:18:14",
        S("credits310-ay", 60, 0, _BT)]),
    ("jahazi", [
        S("pwani-ay", 60, 0, f"title311-ay {_TZ}"), "cut",
        S("msumeno-ay", 52, 0, _TZ), "cut",
        S("fundi-ay", 34, 0, f"sub-fundi-ay {_TZ}"), "cut",
        S("mwanafunzi-ay", 32, 0, f"sub-mwanafunzi-ay {_TZ}"), "cut",
        S("mji-ay", 56, 0, f"baiskeli-ay {_TZ}"), "fade:18",
        S("bahari-ay", 60, 0, f"roll311-ay {_TZ}"), "cut",
        S("soko-ay", 56, 0, f"hand311-ay {_TZ}"), "cut",
        S("jioni-ay", 56, 0, _TZ), "cut",
        S("usiku-ay", 56, 0, f"kandili-ay {_TZ}"), "dissolve:16",
        S("dhoruba-ay", 56, 0, f"giza-ay {_TZ}"), "fadeio:22:16",
        S("mwisho-ay", 40, 0, _TZ)]),
]
