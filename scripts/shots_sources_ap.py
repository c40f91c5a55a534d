"""Sources, effects and recipes of held-out-ap (clips 252-257), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-251. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a framed title card,
a nightclub with couples dancing before a band shell under a pan and a photographer's flashbulb,
an heiress's face in pearls and a reporter's face in a fedora before one art deco wall and a
closer framing of hers, a country road at night in the rain with a car's headlights coming
closer and lightning, a dark inn room with a blanket hung between two beds whose lamp is
switched off, a sunlit terrace, near white, cut to a nearer framing of it, a station platform
with a streamliner whose steam drifts over the lens and a card reading THE END (a 1930s
Hollywood screwball comedy in 1.37, silvery black and white with flicker and grain); a framed
title card, a salon with a diva in a white gown raising her arm under a pan, an intertitle, the
diva's face with shadowed eyelids and a count's face with a monocle before one velvet drape and
a closer framing of hers, a lake at night with lightning over the mountains, a dark bedroom
whose sheer curtain blows across the lens, steps by the sea at dawn with the diva fallen on
them, the sea at dawn, both near white, and a card reading FINE (a 1910s Italian diva film in
1.33, greys tinted amber by day, blue by night and rose at dawn, with flicker, gate weave, dust,
a scratch and a vignette); a castle on a crag at dusk under a title with lightning, a coach in a
foggy forest at night, an inn's taproom in flickering firelight, a heroine's face and a count's
face before one red damask wall and a closer framing of his, a crypt with candles flickering and
a bat past the lens, a moonlit bedroom with a cape sweeping across the lens, the crag at sunrise
growing brighter and a red card reading THE END (a 1960s British gothic horror film in 1.66,
saturated Eastmancolor); a title card, a gorge with a stone bridge and a column of partisans
under a fast pan, a pine forest in falling snow with three muzzle flashes, a commander's face
and a partisan woman's face in caps with red stars before one rock face and a closer framing of
his, the bridge in a nearer framing blown up with a flash, a fireball and smoke, a ravine of
about the same colour with a whip pan and a soldier running past the lens, a snow field with a
column of tiny figures, near white, a frozen river, near white, and a card reading KRAJ (a
1970s Yugoslav partisan war film in 2.20, faded colour with heavy grain); three cars' headlights
winding over dark hills under a title, the inside of a car at night with an oncoming car's
headlights glaring, a village room at night whose bulb flickers and goes out in a power cut, a
prosecutor's face and a doctor's face before one green plaster wall with subtitles and a closer
framing of the doctor's, the steppe at dawn with grass in the wind and blowing dust under a
pan, a village street in the rain with a tractor passing the lens, the steppe under snow, near
white, with snow falling, a nearer framing of it and a card reading SON (a 2010s Turkish
Anatolian film in 2.39, cold desaturated digital colour); a hillside of shacks under a title
with a minibus taxi passing the lens, a dusty street with children chasing a ball under a fast
pan, a son's face and his mother's face in a headwrap before one blue zinc wall with subtitles
and a closer framing of his, a shebeen at night with string lights, a flickering bulb, dancers
and a phone's flash, a street at night where a police van's blue lights begin to flash, washing
lines on a hazy morning, near white, cut to a pale mine dump of about the same lightness in
blowing dust, a sunset over the roofs darkening under a credit and a card reading UKUPHELA (a
2010s South African township drama in 1.78 without bars, warm saturated digital colour).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed
from shots_sources_ad import _card
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _fedora, _person
from shots_sources_ag import _any, _box, _fade, _flakes, _g
from shots_sources_ak import _BLOOM, _CROSS, _EDGE
from shots_sources_am import _bolt
from shots_sources_ao import FX_AO, _out

# Rain streaks (added to the luma) of this set.
_RAIN = "36*gt(sin(X*4.3+floor((Y+16*N+0.25*X)/13)*3.7),0.96)"

# A 1930s Hollywood screwball comedy (drawn in greys).
_DECO = ("138+26*lt(mod(X,24),3)-22*gt(sin(atan2(Y-200,X-160)*16),0.75)*lt(hypot(X-160,Y-200),170)",
         128, 128)
_COUPLES = [f"({x}+9*sin(N*0.16+{p}))" for x, p in
            ((56, 0), (112, 1.7), (176, 0.6), (236, 2.4), (286, 1.1))]
_S = "(6+0.12*N)"  # how near the car is (the headlights' spread)
_HX, _HY = f"(160-0.5*{_S})", f"(86+{_S})"

# A 1910s Italian diva film (drawn in greys: the tints are effects).
_VELVET = ("64+40*sin(X/5+0.4*sin(Y/17))*sin(X/13+1)+0.1*Y", 128, 128)
_DX, _DA = "(160+6*sin(N*0.07))", "(0.9+0.5*sin(N*0.09))"

# A 1960s British gothic horror film.
_RED = ("68+18*gt(sin(X/4+2*sin(Y/9))*sin(Y/6+sin(X/7)),0.2)", 104, 192)
_CASTLE = ("lt(abs(X-186),7)*between(Y,34,96)+lt(abs(X-218),12)*between(Y,50,96)"
           "+between(X,170,240)*between(Y,70,96)+lt(abs(X-186),9)*between(Y,28,34)*lt(mod(X,4),2)"
           "+lt(abs(X-218),14)*between(Y,44,50)*lt(mod(X,5),2.5)")
_CRAG = "gt(Y,92+30*pow(abs(X-205)/80,1.6)+3*sin(X/3))"
_CX = "(30+1.7*N)"
_CANDLES = ((96, 92), (224, 92))
_R = _ramp(-24, 12)

# A 1970s Yugoslav partisan war film.
_K = "max(N-MID,0)"  # frames since the bridge blew up
_ROCK = ("120+14*sin(X/7+3*sin(Y/11))*sin(Y/5)-20*lt(abs(sin(X/17+Y/23)),0.05)", 122, 132)
_TITOVKA = [("lt(abs(X-{c}),27)*between(Y,{t},{t}+16)*gt(Y,{t}+5*abs(X-{c})/27)", 84, 120, 126),
            ("lt(hypot(X-{c},Y-{t}-9),3.6)", 90, 100, 204)]

# A 2010s Turkish Anatolian film.
_ROAD = "(118-0.12*{x}+10*sin({x}/26))"
_CARS = [f"(60+1.0*N-36*{k})" for k in range(3)]
_SIVA = ("140+8*sin(X/5)*sin(Y/7)-24*lt(abs(mod(Y,60)-30),0.8)", 122, 126)
_OFF = "gt(eq(N,MID-12)+eq(N,MID-11)+eq(N,MID-6)+gte(N,MID),0)"

# A 2010s South African township drama.
_ZINC = ("118+12*sin(X*0.9)-14*lt(mod(X,64),2)", 162, 104)
_ROOF = "sin(floor(X/26)*{a}+floor(Y/16)*{b})"
_TX = "(160+24*(N-MID-18))"  # the minibus taxi passing the lens
_BX, _BY = "(80+2.2*N)", "(140-14*abs(sin(N*0.25)))"
_WASH = [(30, 40, 50, 230, 140, 120), (90, 30, 40, 226, 120, 150), (150, 46, 56, 238, 128, 128),
         (220, 36, 44, 224, 150, 118), (270, 34, 50, 232, 118, 140)]

LAVFI_AP = {
    # A 1930s Hollywood screwball comedy.
    "title252-ap": _framed(["THE MADCAP HEIRESS", "1936"], 22, 56, 44, "0xececec", SERIF,
                           "0x141414", "0x9a9a9a"),
    "nightclub-ap": _paint([
        _g(_any(f"lt(hypot((X-{x})/26,(Y-166)/9),1)" for x in (40, 150, 262)), 238),
        _g(_any(f"lt(hypot(X-{x}-5,Y-106),4.2)+between(Y,110,150)*lt(abs(X-{x}-5),4+0.18*(Y-110))"
                for x in _COUPLES), 226),
        _g(_any(f"lt(hypot(X-{x}+5,Y-104),4.5)+between(Y,108,150)*lt(abs(X-{x}+5),5+0.05*(Y-108))"
                for x in _COUPLES), 22),
        _g(_any(f"lt(hypot(X-{x},Y-86),3.5)+between(Y,90,104)*lt(abs(X-{x}),4)"
                for x in (120, 140, 180, 200)), 30),
        _g("gt(Y,104)", "50+30*exp(-pow((X-160)/60,2))"),
        _g("lt(hypot(X-160,Y-104),96)*lt(Y,104)", "176-44*lt(mod(hypot(X-160,Y-104),12),3)")],
        ("64+20*lt(mod(X,30),2)", 128, 128)),
    "heiress-ap": _person(150, 98, (224, 128, 128), True, 196, (40, 128, 128), _DECO, top=[
        _g("lt(hypot(mod(X-150,6)-3,Y-140-0.03*pow(X-150,2)),1.8)*lt(abs(X-150),11)", 246),
        _g(_any(f"lt(hypot(X-{x},Y-112),2.8)" for x in (119, 181)), 246)]),
    "reporter-ap": _person(170, 96, (40, 128, 128), False, 172, (150, 128, 128), _DECO,
                           top=[*_fedora(170, 96, 64, 28), _g("lt(abs(X-170),4)*gt(Y,142)", 30)]),
    "roadster-ap": _paint([
        _g(_any(f"lt(hypot(X-{_HX}{s}0.45*{_S},Y-{_HY}),0.8+0.08*{_S})" for s in "+-"), 250),
        _g("lt(abs(X-160),0.4+0.02*(Y-86))*gt(Y,86)*lt(mod(200/(Y-80),2),1)", 120),
        _g("gt(Y,86)*lt(abs(X-160),3+1.3*(Y-86))", "34+0.15*(Y-86)"),
        _g(_any(f"lt(abs(X-{x}),{w})*gt(Y,{t})" for x, w, t in
                ((20, 6, 20), (62, 3, 60), (264, 4, 50), (304, 7, 10))), 8),
        _g("gt(Y,86+6*sin(X/37)-14*exp(-pow((X-90)/30,2)))", 16)],
        ("26+8*sin(X/23+Y/31)+0.05*Y", 128, 128),
        add=f"{_RAIN}+70*exp(-hypot(X-{_HX},Y-{_HY})/(3+0.5*{_S}))"),
    "inn-ap": _paint([
        _g("lt(abs(X-96),6+0.35*(Y-84))*between(Y,84,96)", 236),
        _g("lt(abs(X-96),2)*between(Y,96,110)", 60), _g(_box(84, 108, 110, 140), 40),
        _g("lt(abs(X-160-2*sin(Y/9+N*0.05)),18)*between(Y,36,150)", "92+14*gt(sin(Y/3),0.6)"),
        _g("lt(abs(Y-36),0.8)", 80), _g(_box(20, 140, 118, 150), 150),
        _g(_box(180, 300, 118, 150), 70),
        _g(_box(220, 290, 30, 90), "46+40*gt(sin(X*3.1+floor((Y+10*N)/12)*2.3),0.95)")],
        ("30+6*lt(mod(X,34),1.5)", 128, 128), add="70*exp(-hypot(X-96,Y-94)/50)"),
    "terrace-ap": _paint([
        _g("lt(hypot((X-250)/36,(Y-60)/14),1)*lt(Y,60)", 246),
        _g("lt(abs(X-250),1)*between(Y,60,138)", 160),
        _g("between(Y,96,132)*lt(abs(mod(X,16)-8),3)", 244),
        _g("between(Y,90,96)+between(Y,132,138)", 248),
        _g("lt(Y,24+3*sin(X/14+N*0.25))", "240-28*lt(mod(X,28),14)"),
        _g("gt(Y,138)", "226+6*lt(mod(X+2*Y,40),20)"),
        _g("gt(Y,70)", 216)], ("236-0.1*Y", 128, 128)),
    "depot-ap": _paint([
        _g("lt(X,100)*between(Y,58,72)*lt(mod(X,22),16)", 180),
        _g("lt(X,112)*between(Y,44,136)+lt(hypot((X-112)/34,(Y-90)/46),1)",
           "52+40*lt(abs(mod(Y-60,18)-9),1.2)"),
        _g("gt(Y,136)", "120+20*lt(mod(X-0.3*Y,30),2)"),
        _g("lt(abs(mod(X-180,50)-25),3)*gt(X,150)", 70),
        _g("lt(Y,26)", "90-30*lt(abs(mod(X-Y,40)-20),2)")], ("170", 128, 128)),
    "end252-ap": _card(["THE END"], 30, 72, 0, "0xf0f0f0", SERIF, "0x000000"),
    # A 1910s Italian diva film.
    "titolo-ap": _framed(["LA DIVA PERDUTA", "1916"], 22, 56, 44, "0xe6e6e6", SERIF, "0x0a0a0a",
                         "0x808080"),
    "salone-ap": _paint([
        _g(f"lt(abs((X-{_DX})*sin{_DA}+(Y-66)*cos{_DA}),1.8)"
           f"*between((X-{_DX})*cos{_DA}-(Y-66)*sin{_DA},0,26)", 230),
        _g(f"lt(hypot(X-{_DX},Y-54),7)", 26),
        _g(f"between(Y,60,150)*lt(abs(X-{_DX}),6+0.22*(Y-60))", "230-14*gt(sin(X/3),0.5)"),
        _g("lt(X,40-10*sin(Y/30))+gt(X,280+10*sin(Y/30))", "50+28*sin(X/4)"),
        _g("lt(abs(mod(X,70)-35),9)*lt(Y,130)", "188-40*lt(abs(mod(X,70)-35),1.5)"),
        _g("gt(Y,130)", "130+46*gt(sin(X/9+Y/3)*sin(X/9-Y/3),0)")],
        ("150-0.2*Y+10*sin(X/20)", 128, 128)),
    "didascalia-ap": _framed(["Ella non tornera", "mai piu."], 16, 66, 28, "0xdcdcdc", SERIF,
                             "0x000000", "0x606060"),
    "diva-ap": _person(150, 98, (22, 128, 128), True, 222, (232, 128, 128), _VELVET, top=[
        _g(_any(f"lt(hypot((X-{x})/10,(Y-95)/6),1)*lt(Y,95)*gt(hypot((X-{x})/7,(Y-96)/3.5),1)"
                for x in (138, 162)), 96),
        _g("lt(hypot((X-126)/9,(Y-64)/7),1)", 246)]),
    "conte-ap": _person(170, 96, (20, 128, 128), False, 190, (26, 128, 128), _VELVET, top=[
        _g("lt(hypot((abs(X-170)-8)/9,(Y-113)/2.2),1)+lt(hypot((abs(X-170)-17)/3,(Y-110)/2),1)",
           18),
        _g("lt(abs(hypot(X-158,Y-94)-7.5),1)+lt(abs(X-151),0.6)*between(Y,94,130)", 236),
        _g("gt(Y,140)*lt(abs(X-170),9+0.25*(Y-140))", 236)]),
    "lago-ap": _paint([
        _g("lt(hypot(X-226,Y-34),9)", 242),
        _g(_any(f"lt(abs(X-{x}),{w}*(Y-{t})/(150-{t}))*between(Y,{t},150)" for x, w, t in
                ((36, 14, 20), (64, 10, 40), (290, 12, 30))), 16),
        _g("gt(Y,150)+between(Y,130,150)*lt(abs(mod(X,14)-7),2.5)+between(Y,126,131)", 30),
        _g("gt(Y,96)*lt(abs(X-226),4+0.35*(Y-96))*gt(sin(Y*1.9+X*0.7+N*0.6),0.55)", 210),
        _g("gt(Y,96)", "56+14*sin(Y*1.3+N*0.2+X/20)"),
        _g("gt(Y,70+14*abs(sin(X/50+0.4))+6*sin(X/11))", 44)],
        ("96+20*gt(sin(X/19+Y/9)*sin(Y/13),0.4)-0.1*Y", 128, 128)),
    "camera-ap": _paint([
        _g("lt(abs(X-235),1.5)*between(Y,24,110)", 30),
        _g(_box(200, 270, 24, 110), "150+20*sin(X/3)"),
        _g(_any(f"lt(abs(X-{x}),2)*between(Y,30,150)" for x in (40, 150)), 24),
        _g(_box(36, 154, 28, 40), 40), _g(_box(40, 150, 104, 146), 110),
        _g("lt(abs(X-210+0.5*(Y-146)),30)*gt(Y,146)", 70),
        _g("gt(Y,146)", 26)], ("22+6*gt(sin(X/6)*sin(Y/6),0.5)", 128, 128)),
    "alba-ap": _paint([
        _g("lt(hypot(X-250,Y-60),10)", 252), _g("lt(hypot(X-92,Y-118),5)", 40),
        _g("lt(hypot((X-120)/28,(Y-120)/6),1)", 246), _g("gt(Y,110)", "206-22*lt(mod(Y-110,10),2)"),
        _g("gt(Y,70)", "224-6*lt(mod(Y+X/9,7),1)")], ("236", 128, 128)),
    "mare-ap": _paint([
        _g("between(Y,58,86)*between(X,186,186+0.5*(Y-58))", 180), _g(_box(180, 204, 86, 89), 120),
        _g("gt(Y,88)", "224+8*sin(Y*0.8+N*0.25+X/50)")], ("242-0.1*Y", 128, 128)),
    "fine-ap": _framed(["FINE"], 30, 74, 0, "0xe0e0e0", SERIF, "0x000000", "0x707070"),
    # A 1960s British gothic horror film.
    "castle-ap": _paint([
        (_any(_box(x, x + 3, y, y + 4) for x, y in ((184, 50), (214, 64), (226, 76))), 210, 70,
         170),
        (_CASTLE, 18, 132, 128), (_CRAG, 14, 130, 126),
        ("gt(Y,140+8*sin(X/30))", 24, 136, 124)], ("40+0.7*Y", "160-0.25*Y", "118+0.25*Y")),
    "coach-ap": _paint([
        (_any(f"lt(hypot(X-{_CX}-{d},Y-98),2.2)" for d in (-2, 40)), 240, 90, 160),
        (f"between(X,{_CX},{_CX}+38)*between(Y,92,118)+lt(hypot((X-{_CX}-19)/20,(Y-92)/6),1)",
         12, 132, 126),
        (_any(f"lt(abs(hypot(X-{_CX}-{w},Y-122)-6),1.5)" for w in (6, 32)), 30, 128, 128),
        (f"between(X,{_CX}+40,{_CX}+70)*between(Y,100,114)+lt(hypot(X-{_CX}-72,Y-98),5)", 14, 128,
         128),
        ("lt(abs(mod(X+8*sin(floor(X/37)*3),37)-18),3+0.02*Y)", 10, 134, 124),
        ("gt(Y,126)", 16, 136, 122)], ("22+0.05*Y", 150, 114),
        add=f"14*(1+sin((X+1.3*N)/31+2*sin(Y/13)))*gt(Y,90)+40*exp(-hypot(X-{_CX}+2,Y-98)/14)"
            f"+40*exp(-hypot(X-{_CX}-40,Y-98)/14)"),
    "taproom-ap": _paint([
        ("lt(hypot((X-50)/16,(Y-128)/(12+4*sin(N*1.3+X/3))),1)*lt(Y,132)", "200+40*sin(X+N)", 60,
         190),
        (_box(24, 76, 100, 136), 10, 128, 128), (_box(16, 84, 92, 140), 110, 120, 140),
        (_any(f"lt(hypot(X-{x},Y-92),8)+between(Y,100,136)*lt(abs(X-{x}),12)"
              for x in (150, 190, 236, 280)), 40, 118, 146),
        ("between(Y,122,130)*between(X,130,300)", 70, 112, 150),
        ("lt(abs(mod(X,60)-30),4)*lt(Y,30)+lt(Y,10)", 36, 124, 140)],
        ("96+10*sin(X/7)*sin(Y/5)", 108, 160),
        mul="(1+0.1*sin(N*1.7)*sin(N*0.6+1)+0.05*sin(N*3.1))",
        add="60*exp(-hypot(X-50,Y-126)/60)"),
    "heroine-ap": _person(150, 98, (90, 110, 172), True, 202, (232, 124, 134), _RED, top=[
        ("lt(abs(X-150),1.2)*between(Y,138,152)+lt(abs(Y-142),1.2)*lt(abs(X-150),4)", 200, 70,
         150)]),
    "count-ap": _person(170, 96, (14, 128, 128), False, 224, (16, 128, 130), _RED, top=[
        ("lt(hypot(abs(X-170)-12,Y-94),2.2)", 70, 100, 210),
        ("lt(abs(X-170),7-0.7*(Y-74))*between(Y,74,84)", 14, 128, 128)], back=[
        ("lt(abs(X-170),50-0.3*(Y-60))*between(Y,56,150)*gt(abs(X-170),20)", 70, 104, 200)]),
    "crypt-ap": _paint([
        *[(f"lt(hypot((X-{x})/3,(Y-{y}+2*sin(N*0.9+{x}))/7),1)", 250, 80, 160)
          for x, y in _CANDLES],
        (_any(f"lt(abs(X-{x}),2)*between(Y,{y}+4,{y}+20)" for x, y in _CANDLES), 200, 120, 135),
        (_any(f"lt(abs(X-{x}),1.5)*between(Y,{y}+20,150)" for x, y in _CANDLES), 50, 128, 128),
        ("between(Y,108,136)*lt(abs(X-160),50-0.3*(Y-108))", "40+30*lt(Y,111)", 120, 150),
        ("lt(abs(mod(X,80)-40),30)*(gt(Y,60)+lt(hypot(mod(X,80)-40,Y-60),30))*lt(Y,140)", 14,
         128, 128),
        ("gt(Y,140)", 36, 128, 126)],
        ("70-14*lt(mod(Y,12),1)-14*lt(mod(X+12*mod(floor(Y/12),2),24),1)", 128, 122),
        add="+".join(f"70*(1+0.25*sin(N*2.1+{x})*sin(N*0.8))*exp(-hypot(X-{x},Y-{y})/45)"
                     for x, y in _CANDLES)),
    "bedroom254-ap": _paint([
        (_box(190, 280, 20, 120), "100+30*gt(sin(X/6+sin(Y/9+N*0.2)),0.5)", 150, 116),
        ("lt(hypot(X-60,Y-104),7)", 40, 120, 150),
        ("lt(hypot((X-64)/14,(Y-106)/6),1)", 170, 140, 120),
        (_box(30, 170, 108, 150), 120, 140, 120)], ("28+4*sin(X/8)", 146, 118)),
    "dawn254-ap": _paint([
        ("lt(hypot(X-110,Y-110+0.4*N),10)", 252, 100, 150),
        ("lt(abs(X-186),7)*between(Y,64,94)+lt(abs(X-218),12)*between(Y,50,94)"
         "+between(X,170,240)*between(Y,70,94)", 90, 122, 136),
        (_CRAG, 70, 124, 134)], ("200+0.2*Y", 110, 150)),
    "end254-ap": _card(["THE END"], 30, 72, 0, "0xc81818", SERIF, "0x000000"),
    # A 1970s Yugoslav partisan war film.
    "naslov-ap": _card(["KRVAVI MOST", "1972"], 26, 58, 40, "0xe0c060", FONT, "0x000000"),
    "gorge-ap": _paint([
        (_any(f"lt(abs(X-{x}),2)*between(Y,92,101)+lt(hypot(X-{x},Y-90),2.2)"
              for x in (f"(70+mod(0.6*N+{o},180))" for o in (0, 14, 30, 52, 70, 96, 120))), 40,
         126, 130),
        ("between(X,60,260)*between(Y,100,160)*gt(hypot((X-160)/76,(Y-162)/56),1)",
         "150-18*lt(mod(X,12),1)-14*lt(mod(Y,8),1)", 118, 136),
        ("gt(Y,150)", "96+12*sin(X/5+N*0.4)", 146, 112),
        ("lt(X,70-0.2*Y+6*sin(Y/5))+gt(X,250+0.2*Y-6*sin(Y/6))", "100+16*sin(X/4)*sin(Y/3)",
         122, 132),
        ("gt(Y,76+22*abs(sin(X/60+0.3))+8*sin(X/13))", 80, 120, 120),
        ("gt(Y,56+22*abs(sin(X/60+0.3))+8*sin(X/13))", 128, 126, 124)], ("200-0.4*Y", 146, 120)),
    "suma-ap": _paint([
        (_flakes(3, 15, 19, 1.6), 236, 128, 128), ("gt(Y,132+4*sin(X/20))", 214, 132, 124),
        ("lt(abs(mod(X,46)-23),0.34*(Y-20-14*abs(sin(floor(X/46)*2.3)))-3*lt(mod(Y,9),4))",
         40, 124, 122)], ("150-0.3*Y", 134, 124)),
    "komandant-ap": _person(150, 98, (40, 124, 132), False, 170, (96, 118, 128), _ROCK, top=[
        *[(m.format(c=150, t=52), *v) for m, *v in _TITOVKA],
        ("lt(hypot((X-150)/26,(Y-122)/16),1)*gt(Y,108)*(1-lt(hypot((X-150)/9,(Y-124)/3),1))",
         40, 126, 130)]),
    "partizanka-ap": _person(170, 96, (50, 122, 136), True, 186, (90, 118, 130), _ROCK,
                             top=[(m.format(c=170, t=50), *v) for m, *v in _TITOVKA]),
    "klanac-ap": _paint([
        ("gt(Y,120+10*sin(X/30))*lt(abs(X-160-20*sin(Y/20)),30)", 150, 118, 140),
        ("gt(Y,40+0.6*abs(X-160))", "120+22*sin(X/6+2*sin(Y/9))*sin(Y/5)", 122, 134)],
        ("190-0.3*Y", 140, 122)),
    "snijeg-ap": _paint([
        (_flakes(2, 13, 17, 1.3), 250, 128, 128),
        (_any(f"lt(abs(X-{x}),1.2)*between(Y,96,102)+lt(hypot(X-{x},Y-95),1.3)"
              for x in (f"(60+0.3*N+{14 * k})" for k in range(7))), 150, 128, 128),
        ("gt(Y,88+6*sin(X/40))", "234+3*sin(X/3+Y)", 130, 126)], ("224+0.05*Y", 132, 126)),
    "rijeka-ap": _paint([
        ("gt(Y,100)", "230-26*lt(abs(sin(X/17+2*sin(Y/7))),0.04)", 134, 124),
        ("gt(Y,80)", "204+8*sin(X/2)*sin(Y/3)", 128, 126)], ("238", 130, 126)),
    "kraj-ap": _card(["KRAJ"], 30, 72, 0, "0xe8d8b0", FONT, "0x000000"),
    # A 2010s Turkish Anatolian film.
    "gece-ap": _paint([
        (_any(f"lt(hypot(X-{x},Y-{_ROAD.format(x=x)}),1.6)" for x in _CARS), 250, 120, 136),
        (f"lt(abs(Y-{_ROAD.format(x='X')}),1)*gt(X,10)", 30, 128, 128),
        ("gt(Y,96+14*sin(X/70+1)+4*sin(X/19))", 14, 134, 124)], ("24+0.04*Y", 140, 122),
        add="+".join(f"50*exp(-hypot(X-{x},Y-{_ROAD.format(x=x)})/7)" for x in _CARS)),
    "araba-ap": _paint([
        (_any(f"lt(hypot(X-{x},Y-70),20)+between(Y,84,140)*lt(abs(X-{x}),34)" for x in (70, 250)),
         6, 128, 128),
        ("gt(Y,128)", "20+30*lt(hypot((X-160)/26,(Y-144)/8),1)", 150, 112),
        ("lt(Y,18)+lt(X,18+0.3*Y)+gt(X,302-0.3*Y)", 8, 128, 128),
        ("gt(Y,90)*lt(abs(X-160),20+1.4*(Y-90))", "26+50*clip((Y-90)/40,0,1)", 128, 132)],
        ("12", 134, 124)),
    "ev-ap": _paint([
        ("lt(hypot(X-160,Y-36),4)", 252, 120, 140), ("lt(abs(X-160),0.6)*lt(Y,32)", 20, 128, 128),
        (_any(f"lt(hypot(X-{x},Y-96),8)+between(Y,104,140)*lt(abs(X-{x}),13)"
              for x in (80, 130, 200, 250)), 50, 128, 132),
        ("between(Y,128,136)*lt(abs(X-165),70)", 90, 116, 140),
        (_box(270, 306, 40, 90), 30, 150, 116),
        ("gt(Y,136)", "60+16*gt(sin(X/4)*sin(Y/3),0.3)", 110, 160)],
        ("110-0.3*Y", 120, 136), add="70*exp(-hypot(X-160,Y-36)/70)"),
    "savci-ap": _person(150, 98, (150, 128, 128), False, 172, (44, 134, 122), _SIVA, top=[
        ("lt(hypot((X-150)/14,(Y-113)/2.6),1)", 120, 128, 128)]),
    "doktor-ap": _person(170, 96, (30, 128, 128), False, 186, (96, 140, 118), _SIVA, top=[
        ("lt(hypot((X-170)/28,(Y-118)/18),1)*gt(Y,106)*(1-lt(hypot((X-170)/10,(Y-122)/2.5),1))",
         150, 122, 136)]),
    "safak-ap": _paint([
        ("gt(Y,90+6*sin(X/50))", "136+22*gt(sin(X/1.2+3*sin(Y/7+N*0.3)),0.5)", 116, 138),
        ("gt(Y,70+10*sin(X/60))", 120, 124, 132)],
        ("196-0.3*Y", 138, 122), add="22*gt(sin((X-6*N)/13+2*sin(Y/9)),0.7)*gt(Y,60)"),
    "koy-ap": _paint([
        ("lt(hypot((X-150)/30,(Y-140)/5),1)", 130, 128, 128),
        ("gt(Y,110)", "70+10*sin(X/7+Y/3)", 124, 134),
        ("lt(X,100-0.3*Y)*gt(Y,30+0.2*X)+gt(X,230+0.3*Y)*gt(Y,30+0.2*(320-X))",
         "100-20*lt(mod(Y,14),1.5)", 126, 130)], ("150-0.2*Y", 132, 124), add=_RAIN),
    "kar-ap": _paint([
        (_flakes(3, 14, 18, 1.5), 252, 128, 128),
        ("lt(abs(X-210),2)*between(Y,70,100)+lt(hypot((X-210)/18,(Y-66)/12),1)"
         "*gt(sin(X*1.3)*sin(Y*1.7),-0.3)", 70, 128, 128),
        ("gt(Y,96+4*sin(X/50))", "232+3*sin(X*0.4+Y)", 130, 126)], ("220+0.05*Y", 134, 124)),
    "son-ap": _card(["SON"], 30, 72, 0, "0xe8e8e8", FONT, "0x000000"),
    # A 2010s South African township drama.
    "ilokishi-ap": _paint([
        ("gt(Y,56+0.1*X)*(lt(mod(X,26),3)+lt(mod(Y,16),2))", 40, 128, 128),
        ("gt(Y,56+0.1*X)", f"130+40*{_ROOF.format(a=3.1, b=7.3)}+8*sin(X*1.6)",
         f"124+12*{_ROOF.format(a=5.7, b=2.9)}", f"134+12*{_ROOF.format(a=1.9, b=4.1)}"),
        ("gt(Y,48+6*sin(X/40))", 150, 110, 140)], ("190-0.5*Y", 152, 110)),
    "umgwaqo-ap": _paint([
        (f"lt(hypot(X-{_BX},Y-{_BY}),3)", 240, 128, 128),
        (_any(f"lt(hypot(X-{_BX}-{d}-12*sin(N*0.3+{d}),Y-112),4)+between(Y,116,146)"
              f"*lt(abs(X-{_BX}-{d}-12*sin(N*0.3+{d})),5)" for d in (-40, -16, 24)), 40, 130, 140),
        ("between(Y,70,110)*lt(mod(X,18),2)", 90, 128, 128),
        ("lt(Y,110)*gt(Y,40+10*sin(floor(X/50)*2.3))", "130+40*sin(floor(X/50)*2.7)",
         "128+30*sin(floor(X/50)*1.3)", "128+30*cos(floor(X/50)*1.7)"),
        ("gt(Y,110)", "176+8*sin(X/3)*sin(Y/4)", 100, 150)],
        ("196-0.3*Y", 150, 112), add="26*gt(sin((X-5*N)/9+2*sin(Y/7)),0.75)*gt(Y,100)"),
    "indodana-ap": _person(150, 98, (22, 128, 128), False, 116, (170, 70, 150), _ZINC),
    "umama-ap": _person(170, 96, (20, 128, 128), False, 100, (130, 92, 186), _ZINC, top=[
        ("lt(hypot((X-170)/38,(Y-60)/30),1)*lt(Y,76)", "120+30*gt(sin(X/3+Y/3),0.3)", 90,
         190)]),
    "ishibhini-ap": _paint([
        ("lt(hypot(X-160,Y-30),4)", 250, 120, 140),
        ("lt(hypot(mod(X,20)-10,Y-20-6*sin(X/40)),2)*gt(sin(floor(X/20)*2.7+N*0.7),-0.2)", 230,
         "128+60*sin(floor(X/20)*1.3)", "128+60*cos(floor(X/20)*2.1)"),
        (_any(f"lt(hypot(X-{x}-6*sin(N*0.3+{p}),Y-80),8)+between(Y,88,150)"
              f"*lt(abs(X-{x}-6*sin(N*0.3+{p})),12+0.05*(Y-88))"
              for x, p in ((70, 0), (120, 1.3), (190, 2.1), (250, 0.6))), 26, 128, 134),
        ("gt(Y,140)", 60, 120, 146),
        ("between(Y,120,140)*between(X,260,310)", 80, 100, 180)],
        ("44+10*lt(mod(Y,30),1)", 110, 118), mul="(1-0.3*gt(sin(N*2.3)*sin(N*0.41),0.6))",
        add="50*exp(-hypot(X-160,Y-30)/50)"),
    "amaphoyisa-ap": _paint([
        (_box(220, 280, 90, 96), 90, 128, 128), (_box(200, 300, 96, 140), 60, 126, 124),
        ("lt(Y,120)*gt(Y,60+14*sin(floor(X/40)*2.1))", 18, 128, 128),
        ("gt(Y,120)", 24, 128, 128)], ("14", 138, 124)),
    "ukusa-ap": _paint([
        *[(f"between(X,{x},{x + w})*between(Y,40,{40 + h}+3*sin(N*0.2+{x}))", lm, b, r)
          for x, w, h, lm, b, r in _WASH],
        ("lt(abs(Y-40),0.6)+lt(abs(mod(X,130)-10),1.2)*between(Y,36,130)", 90, 128, 128),
        ("gt(Y,130)", 206, 118, 138)], ("236-0.05*Y", 132, 126)),
    "umgodi-ap": _paint([
        ("gt(Y,140)", 196, 112, 136),
        ("gt(Y,70+0.5*max(0,abs(X-170)-70))", "212+6*sin(X/9)*sin(Y/3)-12*lt(mod(X+0.3*Y,23),1)",
         100, 140)], ("232-0.05*Y", 130, 128), add="16*gt(sin((X-4*N)/15+2*sin(Y/10)),0.6)"),
    "ukushona-ap": _paint([
        ("gt(Y,86+6*lt(mod(X,30),18)+4*sin(floor(X/30)*3))", 16, 130, 132),
        ("lt(hypot(X-200,Y-60-0.3*N),12)", 250, 90, 170)],
        ("120+0.8*Y", 96, 176), add="80*exp(-hypot(X-200,Y-66)/40)"),
    "ukuphela-ap": _card(["UKUPHELA"], 30, 72, 0, "0xfff0d0", FONT, "0x000000"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AP = {}

FX_AP = {
    **{f"grain{k}-ap": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 9, "t+u", 63252011), (2, 12, "t+u", 63253029), (3, 6, "t", 63254037),
        (4, 13, "t+u", 63255041), (5, 4, "t", 63256053), (6, 5, "t", 63257067)]},
    # Framings as in held-out-af; bars of 1.33 as in held-out-ae, of 1.37 and 2.39 as in
    # held-out-ao, and of 1.66 and 2.20 (nothing random in them); the South African film has none.
    **{f"{k}-ap": FX_AF[f"{k}-af"] for k in ("closer", "near")},
    "box133-ap": FX_AE["box133-ae"],
    **{f"box{r}-ap": FX_AO[f"box{r}-ao"] for r in (137, 239)},
    "box166-ap": "scale=298:180,pad=320:180:11:0:black",
    "box220-ap": "scale=320:146,pad=320:180:0:17:black",
    # Looks: silvery black and white with flicker; greys tinted amber, blue and rose with flicker,
    # gate weave, dust, a scratch and a vignette; saturated Eastmancolor; faded colour; cold
    # desaturated digital colour; warm saturated digital colour.
    "silver-ap": "hue=s=0,eq=contrast=1.12:gamma=0.98,gblur=sigma=0.5",
    "flick36-ap": "eq=brightness='0.025*sin(n*2.9)*sin(n*0.7+2)':eval=frame",
    "amber-ap": "hue=s=0,colorchannelmixer=.36:.70:.14:0:.27:.53:.10:0:.13:.25:.05",
    "blue-ap": "hue=s=0,colorchannelmixer=.14:.28:.06:0:.22:.43:.08:0:.33:.65:.13",
    "rose-ap": "hue=s=0,colorchannelmixer=.34:.66:.13:0:.24:.47:.09:0:.28:.55:.11",
    "flick16-ap": "eq=brightness='0.045*sin(n*3.7)*sin(n*1.3+1)+0.015*sin(n*0.27)':eval=frame",
    "weave-ap": "crop=308:173:x='6+1.3*sin(n*2.3)':y='3.5+1.1*sin(n*1.7+2)*sin(n*0.9)',"
                "scale=320:180",
    "dust-ap": _overlay("gt(lt(hypot(X-160-150*sin(N*23.71),Y-90-85*sin(N*37.3)),1.6)"
                        "+lt(hypot((X-160-150*sin(N*11.9+1))/2.5,Y-90-85*sin(N*29.3+2)),1.1),0)",
                        24),
    "scratch-ap": _overlay("lt(abs(X-96-40*sin(N*0.031)),0.6)*gt(sin(N*0.37),0.2)", 170),
    "vig-ap": "vignette=PI/4.2",
    "eastman-ap": "eq=saturation=1.35:contrast=1.1:gamma=0.96,"
                  "colorbalance=rs=0.06:gs=-0.02:bs=-0.02:rm=0.04",
    "partizan-ap": "eq=saturation=0.7:contrast=0.92:gamma=1.08,"
                   "colorbalance=rs=0.04:gs=0.03:bs=-0.06,gblur=sigma=0.5",
    "anadolu-ap": "eq=saturation=0.62:contrast=1.06:gamma=0.94,"
                  "colorbalance=rs=-0.05:bs=0.06:rh=0.03:bh=-0.02",
    "jozi-ap": "eq=saturation=1.25:contrast=1.08:gamma=0.98,"
               "colorbalance=rs=0.05:gs=0.01:bs=-0.06:rh=0.04",
    # Camera moves: pans both ways as in held-out-ao, a fast pan and a whip pan.
    "panr-ap": FX_AO["panr-ao"],
    "panl-ap": FX_AO["panl-ao"],
    "fastpan-ap": "scale=480:270,crop=320:180:x='8+2.1*n':y=50",
    "whip-ap": FX_AO["whip-ao"],
    # Things that are not boundaries, around MID (see the docstring).
    "bulb-ap": _overlay(f"eq(N,MID)*{_BLOOM.format(x=44, y=150, r=16)}", 252) + ","
               + _flash((0, 1), (0.5, 0.12)),
    "blitz252-ap": _bolt(236, 0, 84),
    "lamp252-ap": _out(0, 96, 90, 50, (8, 7)),
    "steam-ap": _overlay("0.9*clip(1.5*(1-hypot((X-70-3*{k})/(20+3*{k}),(Y-96+0.6*{k})/(16+2*{k})))"
                         "+0.25*sin(X/6+N*0.2)*sin(Y/5-N*0.1),0,1)*gt(N,MID-16)"
                         "*clip((MID+14-N)/8,0,1)".format(k="max(N-MID+16,0)"), 214),
    "blitz253-ap": _bolt(130, 0, 70),
    "tenda-ap": _overlay("0.7*clip(1.5*(1-hypot((X-160+22*(N-MID))/90,(Y-90)/120)),0,1)"
                         "*(0.7+0.3*sin(X/4))", 200),
    "title254-ap": _fade("THE VAMPYR OF KRONSTADT", 18, 30, "0xd01010", SERIF, -24, 18,
                         _EDGE.format("0x200000")),
    "blitz254-ap": _bolt(80, 24, 120),
    "bat-ap": _overlay("lt(hypot((X-160-18*(N-MID))/40,(Y-80-8*sin(N*1.3))/(6+8*abs(sin(N*1.1)))),"
                       "1)", 10),
    "cape-ap": _overlay(_CROSS.format(x0=160, dx=-26, rx=110, y=90, ry=140), 8, 128, 128),
    "sunup-ap": _grade(f"LUM*(1+0.2*{_R})+{_R}*40*exp(-hypot(X-110,Y-96)/60)"),
    "puska-ap": _overlay("(" + "+".join(f"eq(N,MID{k:+d})*{_BLOOM.format(x=x, y=y, r=6)}"
                                  for k, x, y in ((-8, 70, 110), (0, 230, 104), (6, 150, 116)))
                         + ")",
                         250, 96, 170) + "," + _flash((-8, 0, 6), (0.1, 0.14, 0.1)),
    "boom-ap": _overlay(f"clip(1.5*(1-hypot((X-160)/(10+8*{_K}),(Y-100+{_K})/(8+6*{_K}))),0,1)"
                        "*between(N,MID,MID+10)*(1-(N-MID)/14)", 240, 80, 180) + ","
               + _overlay(f"gt(N,MID+2)*0.9*clip(1.4*(1-hypot((X-160+0.5*{_K})/(14+4*{_K}),"
                          f"(Y-90+1.2*{_K})/(10+3*{_K}))),0,1)", 90, 126, 130) + ","
               + _flash((0, 1, 2), (0.55, 0.3, 0.12)),
    "vojnik-ap": _overlay(_CROSS.format(x0=-140, dx=30, rx=34, y=100, ry=90), 46, 122, 132),
    "title256-ap": _fade("BOZKIR", 24, 36, "0xf0f0f0", FONT, -26, 16, _EDGE.format("0x000000")),
    "farlar-ap": _grade("LUM+exp(-pow((N-MID)/3,2))*(30+220*exp(-hypot(X-140-4*(N-MID),Y-86)"
                        "/(18+4*abs(N-MID))))"),
    "elektrik-ap": _grade(f"LUM*(1-0.8*{_OFF})-{_OFF}*230*lt(hypot(X-160,Y-36),4.5)"),
    "sub-savci-ap": _subs([("The body must be near a fountain.", -14, 8)]),
    "sub-doktor-ap": _subs([("Every fountain looks the same at night.", -12, 10)]),
    "traktor-ap": _overlay(_CROSS.format(x0=160, dx=-20, rx=70, y=110, ry=56), 70, 112, 160)
                  + "," + _overlay(_CROSS.format(x0=170, dx=-20, rx=30, y=140, ry=30), 16),
    "title257-ap": _fade("EKASI", 28, 24, "0xfff0d0", FONT, -26, 14, _EDGE.format("0x301000")),
    "taxi-ap": _overlay(f"lt(abs(X-{_TX}),110)*gt(Y,56)", 225, 126, 130) + ","
               + _overlay(f"lt(abs(X-{_TX}),104)*between(Y,70,96)*gt(abs(mod(X-{_TX},44)-22),3)",
                          40) + ","
               + _overlay(f"lt(abs(X-{_TX}),110)*between(Y,112,118)", 120, 90, 170),
    "sub-indodana-ap": _subs([("Mama I got the job in town.", -14, 8)]),
    "sub-umama-ap": _subs([("Then go. But come home on Sundays.", -12, 10)]),
    "ifoni-ap": _overlay(f"eq(N,MID)*{_BLOOM.format(x=240, y=96, r=12)}", 252) + ","
                + _flash((0,), (0.35,)),
    "blou-ap": _grade("LUM+gt(N,MID-8)*gt(sin(N*1.1),0.3)*(40*exp(-hypot(X-250,Y-93)/70)"
                      "+150*between(X,220,280)*between(Y,90,96))",
                      "CH+gt(N,MID-8)*gt(sin(N*1.1),0.3)*70*exp(-hypot(X-250,Y-93)/70)",
                      "CH-gt(N,MID-8)*gt(sin(N*1.1),0.3)*30*exp(-hypot(X-250,Y-93)/70)"),
    "credit257-ap": _fade("a film by Thandeka Mokoena", 12, 150, "0xfff0e0", FONT, -14, None,
                          _EDGE.format("0x000000")),
    "dusk257-ap": _grade(f"LUM*(1-0.3*{_ramp(-24, 6)})"),
}

# held-out-ap (clips 252-257): new recipes again, written after held-out-ao without running the
# detector on them: six more kinds of film, clips of about 20 to 22 s with 10 or 11 shots,
# mixing cuts between similar and different shots, to and from cards, between dark and between
# near-white shots, cuts to closer and nearer framings, tint changes, camera motion, things
# passing the lens, a flashbulb, lightning, muzzle flashes, an explosion, a phone's flash,
# headlights, lights switched off, failing and flickering, firelight, candles, police lights, a
# sunrise and a sunset, rain, snow, fog, steam, smoke and dust, grain, flicker and gate weave, bars
# of five ratios and none, titles, an intertitle, subtitles and a credit, dissolves of 24 to 36
# frames, a dissolve through grey, fades through black and white and fade outs and ins.
_HW = "silver-ap flick36-ap grain1-ap box137-ap"
_AM = "amber-ap flick16-ap weave-ap dust-ap scratch-ap grain2-ap vig-ap box133-ap"
_BL = "blue-ap flick16-ap weave-ap dust-ap scratch-ap grain2-ap vig-ap box133-ap"
_RO = "rose-ap flick16-ap weave-ap dust-ap scratch-ap grain2-ap vig-ap box133-ap"
_GH = "eastman-ap grain3-ap box166-ap"
_YU = "partizan-ap grain4-ap box220-ap"
_TR = "anadolu-ap grain5-ap box239-ap"
_ZA = "jozi-ap grain6-ap"
HELD_OUT_AP = [
    ("madcap-heiress", [S("title252-ap", 34, 0, _HW), "cut",
                        S("nightclub-ap", 76, 0, f"panr-ap bulb-ap {_HW}"), "cut",
                        S("heiress-ap", 36, 0, _HW), "cut",
                        S("reporter-ap", 32, 0, _HW), "cut",
                        S("heiress-ap", 54, 36, f"closer-ap {_HW}"), "fade:28",
                        S("roadster-ap", 70, 0, f"blitz252-ap {_HW}"), "cut",
                        S("inn-ap", 56, 0, f"lamp252-ap {_HW}"), "fadeblack:24",
                        S("terrace-ap", 60, 0, _HW), "cut",
                        S("terrace-ap", 42, 60, f"near-ap {_HW}"), "fadewhite:24",
                        S("depot-ap", 76, 0, f"steam-ap {_HW}"), "fadeio:18:12",
                        S("end252-ap", 34, 0, _HW)]),
    ("la-diva-perduta", [S("titolo-ap", 36, 0, _AM), "cut",
                         S("salone-ap", 66, 0, f"panl-ap {_AM}"), "cut",
                         S("didascalia-ap", 40, 0, _AM), "cut",
                         S("diva-ap", 36, 0, _AM), "cut",
                         S("conte-ap", 32, 0, _AM), "cut",
                         S("diva-ap", 56, 36, f"closer-ap {_AM}"), "fade:32",
                         S("lago-ap", 70, 0, f"blitz253-ap {_BL}"), "cut",
                         S("camera-ap", 56, 0, f"tenda-ap {_BL}"), "fadeblack:24",
                         S("alba-ap", 72, 0, _RO), "cut",
                         S("mare-ap", 60, 0, f"panr-ap {_RO}"), "fadeio:20:12",
                         S("fine-ap", 34, 0, _AM)]),
    ("vampyr-of-kronstadt", [S("castle-ap", 78, 0, f"title254-ap blitz254-ap {_GH}"), "cut",
                             S("coach-ap", 60, 0, _GH), "cut",
                             S("taproom-ap", 56, 0, _GH), "cut",
                             S("heroine-ap", 34, 0, _GH), "cut",
                             S("count-ap", 32, 0, _GH), "cut",
                             S("count-ap", 54, 32, f"closer-ap {_GH}"), "fade:30",
                             S("crypt-ap", 66, 0, f"bat-ap {_GH}"), "cut",
                             S("bedroom254-ap", 60, 0, f"cape-ap {_GH}"), "fadeblack:26",
                             S("dawn254-ap", 72, 0, f"sunup-ap {_GH}"), "fadeio:18:12",
                             S("end254-ap", 34, 0, _GH)]),
    ("krvavi-most", [S("naslov-ap", 34, 0, _YU), "cut",
                     S("gorge-ap", 70, 0, f"fastpan-ap {_YU}"), "cut",
                     S("suma-ap", 60, 0, f"puska-ap {_YU}"), "cut",
                     S("komandant-ap", 34, 0, _YU), "cut",
                     S("partizanka-ap", 32, 0, _YU), "cut",
                     S("komandant-ap", 54, 34, f"closer-ap {_YU}"), "fade:30",
                     S("gorge-ap", 72, 200, f"near-ap boom-ap {_YU}"), "cut",
                     S("klanac-ap", 64, 0, f"whip-ap vojnik-ap {_YU}"), "fadegrays:24",
                     S("snijeg-ap", 66, 0, _YU), "cut",
                     S("rijeka-ap", 50, 0, _YU), "fadeio:16:12",
                     S("kraj-ap", 34, 0, _YU)]),
    ("bozkir", [S("gece-ap", 78, 0, f"title256-ap {_TR}"), "cut",
                S("araba-ap", 56, 0, f"farlar-ap {_TR}"), "cut",
                S("ev-ap", 64, 0, f"elektrik-ap {_TR}"), "cut",
                S("savci-ap", 34, 0, f"sub-savci-ap {_TR}"), "cut",
                S("doktor-ap", 32, 0, f"sub-doktor-ap {_TR}"), "cut",
                S("doktor-ap", 60, 32, f"closer-ap {_TR}"), "fade:36",
                S("safak-ap", 72, 0, f"panr-ap {_TR}"), "cut",
                S("koy-ap", 60, 0, f"traktor-ap {_TR}"), "fadewhite:26",
                S("kar-ap", 62, 0, _TR), "cut",
                S("kar-ap", 40, 62, f"near-ap {_TR}"), "fadeio:20:12",
                S("son-ap", 34, 0, _TR)]),
    ("ekasi", [S("ilokishi-ap", 70, 0, f"title257-ap taxi-ap {_ZA}"), "cut",
               S("umgwaqo-ap", 60, 0, f"fastpan-ap {_ZA}"), "cut",
               S("indodana-ap", 34, 0, f"sub-indodana-ap {_ZA}"), "cut",
               S("umama-ap", 32, 0, f"sub-umama-ap {_ZA}"), "cut",
               S("indodana-ap", 50, 34, f"closer-ap {_ZA}"), "fade:24",
               S("ishibhini-ap", 64, 0, f"ifoni-ap {_ZA}"), "cut",
               S("amaphoyisa-ap", 56, 0, f"blou-ap {_ZA}"), "fadeblack:24",
               S("ukusa-ap", 60, 0, _ZA), "cut",
               S("umgodi-ap", 56, 0, _ZA), "fade:36",
               S("ukushona-ap", 70, 0, f"credit257-ap dusk257-ap {_ZA}"), "fadeio:20:12",
               S("ukuphela-ap", 34, 0, _ZA)]),
]
