"""Sources, effects and recipes of held-out-ak (clips 222-227), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-221. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a framed title card,
the Bund with a steamer on the river under a caption and a pan, a lane of stone-gate houses at
dusk whose window lamp is switched on, a dance hall under a mirror ball with a press camera's
flash, a singer's face and a clerk's face in a fedora before one plaster wall and a nearer framing
of hers, a street at night in the rain with a rickshaw passing the lens, a dark stairwell, a dark
room in slatted moonlight and a card reading WAN (a 1930s Shanghai left-wing melodrama in 1.37,
soft black and white with flicker, scratches and grain); a framed title card, pomegranates on a
white cloth bleeding their juice, near white, books drying on a roof with their pages in the wind
under a slow tilt, a whitewashed monastery wall, near white, and a closer framing of it, a poet's
and a queen's faces before one carpet, a dark church of candles whose door is opened, hills with
a white horse passing the lens, a storm at night over the hills with lightning and a card
reading VERJ (a late-1960s Armenian poetic tableau film in 1.33, saturated colour); the sea ice,
near white, under a title, a dog team passing the lens, the inside of an igloo by a seal-oil
lamp, an old man's face in a fur hood and a girl's face before one igloo wall with subtitles, a
blizzard shot hand-held and a white flat under a low sun crossed by a cloud's shadow, both near
white, the aurora at night over two igloos with a rifle's muzzle flash, a hunter at a seal's
breathing hole under a whip pan, the sea ice again in a nearer framing under a credit and a card
reading ISUA (a 2000s Inuit digital-video film, full frame, cold clean video); the Malecon with
the waves breaking over it under a title and a pan, a street of colonnades with an old American
car passing the lens, domino players under a bulb with a tourist's camera flash, a woman's and a
man's faces before one peeling blue wall with subtitles and a closer framing of hers, a crowded
bus shot hand-held, a rooftop at night whose city lights come back after a power cut, a tropical
downpour at night with lightning, a beach at noon, near white, under a slow push in and a card
reading FIN (a 1980s Cuban comedy in 1.66, warm faded colour); a valley with a farm under
mountains crossed by a cloud's shadow under a title, a sheep round-up with a sheep passing the
lens, a dark sheep house whose bulb is switched on, two bearded brothers' faces before one
corrugated iron wall with subtitles and a closer framing of the first, a blizzard shot hand-held
and a snowfield with fence posts, both near white, a farm at night swept by a car's headlights,
the valley again in a nearer framing under a credit and a card reading ENDIR (a 2010s Icelandic
sheep-farming drama in 2.39, cold grey-blue colour); the cordillera with a condor gliding under
a title and a pan, a llama caravan with a llama passing the lens, a market shot hand-held, a
woman's face in a bowler hat and a man's face in a knitted cap before one adobe wall with
subtitles, a festival at night under a castle of fireworks with rockets bursting, a salt flat and
a snowy peak, both near white, a dark mine gallery with a miner's lamp coming closer, a dark hut
whose candle is lit and a card reading FIN (a 1970s Peruvian Andean film in 1.85, faded
Eastmancolor with grain).
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

_EDGE = ":borderw=1:bordercolor={}"
# A bright bloom (a flash's source) at (x, y) of radius r.
_BLOOM = "clip(1.7*exp(-hypot(X-{x},Y-{y})/{r}),0,1)"
# An ellipse crossing the whole picture close to the lens, at x0 on frame MID and moving dx
# pixels a frame: never gated, it enters and leaves over the picture's edges.
_CROSS = "lt(hypot((X-{x0}-({dx})*(N-MID))/{rx},(Y-{y})/{ry}),1)"

# A 1930s Shanghai left-wing melodrama (drawn in greys).
_PLASTER = ("118+8*sin(X/7)*sin(Y/5)-16*lt(mod(Y,26),1.2)", 128, 128)
_SKYLINE = "(40+26*abs(sin(floor(X/38)*1.7)))"
_YURAIN = "lt(mod(X+0.15*Y,8),0.8)*lt(mod(Y+N*28+53*sin(floor((X+0.15*Y)/8)*5.3),42),10)"
_LAMPS = (60, 160, 260)

# A late-1960s Armenian poetic tableau film.
_D = "(abs(mod(X,24)-12)+abs(mod(Y,24)-12))"
_CARPET = (f"62+40*lt({_D},8)*gt({_D},5)+30*lt({_D},2)", 112, 186)
_CANDLES = [(60, 100), (84, 96), (108, 102), (132, 98), (156, 100), (180, 95)]
_HILLS = "(100+14*sin(X/50)+6*sin(X/17+1))"

# A 2000s Inuit digital-video film.
_BLOCKS = "gt(lt(mod(Y,18),1.2)+lt(mod(X+22*mod(floor(Y/18),2),44),1.2),0)"
_IGLU = (f"112+40*exp(-hypot(X-160,Y-150)/120)-26*{_BLOCKS}", 124, 136)

# A 1980s Cuban comedy.
_AZUL = ("118+8*sin(X/11)*sin(Y/9)-14*lt(mod(X+3*sin(Y/20),37),1.5)+18*gt(sin(X/23)*sin(Y/17),0.7)",
         168, 104)
_FACADE = "floor(X/92)"
_RIDERS = [(40, 70, 16), (100, 76, 18), (210, 72, 17), (280, 78, 15)]

# A 2010s Icelandic sheep-farming drama.
_CORRUGATED = ("108+16*sin(X*0.9)-12*lt(mod(X,60),2)", 136, 122)
_PEAKS = "(30+30*abs(sin(X/60+0.5))+10*sin(X/17))"
_FLOCK = [(60, 120), (92, 112), (124, 126), (150, 110), (186, 122), (214, 114), (246, 128),
          (270, 112), (110, 140), (200, 142)]
_DARK = [(70, 120), (130, 116), (230, 122), (280, 118)]

# A 1970s Peruvian Andean film.
_RIDGE = "(50+25*abs(sin(X/45))+8*sin(X/11))"
_CONDOR = "(60+0.9*N)"
_ADOBEPE = ("135+10*sin(X/9)*sin(Y/7)-12*lt(mod(Y+4*mod(floor(X/36),2),18),1.3)", 112, 150)
_SHAFT = "hypot((X-160)/1.2,Y-90)"
_LAMP = "(1+0.09*N)"

LAVFI_AK = {
    # A 1930s Shanghai left-wing melodrama.
    "biaoti-ak": _framed(["YE LAI XIANG", "1934"], 22, 60, 42, "0xe8e8e8", SERIF, "0x0a0a0a",
                         "0xb0b0b0"),
    "waitan-ak": _paint([
        _g("between(Y,98,106)*between(X,196+0.3*N,276+0.3*N)+lt(abs(X-226-0.3*N),3)"
           "*between(Y,84,98)", 35),
        _g("gt(Y,104)", "120+25*sin(Y*0.9+N*0.2+X/25)"),
        _g(f"lt(Y,96)*gt(Y,{_SKYLINE})*lt(mod(X,10),4)*lt(mod(Y,9),4)", 150),
        _g(f"lt(Y,96)*gt(Y,{_SKYLINE})+lt(hypot(X-70,Y-42),12)*lt(Y,42)"
           "+between(X,58,82)*between(Y,42,70)", "70+8*sin(X/3)")],
        ("220-0.4*Y", 128, 128)),
    "longtang-ak": _paint([
        _g(_box(232, 258, 52, 78), 40),
        _g("lt(abs(Y-34-0.12*X),0.8)*between(X,110,210)", 30),
        _g("between(X,130,146)*between(Y,34+0.12*X,54+0.12*X)", 170),
        _g("lt(X,118-0.6*abs(Y-96))", "78+10*lt(mod(Y,22),1.5)+5*sin(X*1.3)"),
        _g("gt(X,202+0.6*abs(Y-96))", "92+10*lt(mod(Y+7,22),1.5)+5*sin(X*1.1)"),
        _g("gt(Y,96)", "52+6*lt(mod(X+Y,14),1)")],
        ("140-0.6*Y", 128, 128)),
    "wuting-ak": _paint([
        _g(_any(f"lt(hypot(X-{x}-6*sin(N*0.2+{k}),Y-84),9)"
                f"+between(Y,92,140)*lt(abs(X-{x}-6*sin(N*0.2+{k})),14-0.05*(Y-92))"
                for k, x in enumerate((70, 110, 200, 250))), 22),
        _g("lt(hypot(mod(X+3*N,40)-20,mod(Y-N,36)-18),3)*lt(Y,80)", 200),
        _g("lt(hypot(X-160,Y-20),9)", "150+60*gt(sin(X*2.1+N)*sin(Y*1.7),0.3)"),
        _g(_box(20, 300, 60, 84), "60+10*sin(X/9)"),
        _g("gt(Y,130)", "40+20*lt(mod(X-0.2*Y,30),15)")],
        ("30", 128, 128), add="30*exp(-hypot(X-160,Y-70)/70)"),
    "ahong-ak": _person(150, 94, (18, 128, 128), True, 190, (70, 128, 128), _PLASTER, top=[
        _g("lt(hypot((X-150)/34,(Y-60)/10),1)*lt(Y,62)", 10)]),
    "laowang-ak": _person(170, 92, (28, 128, 128), False, 160, (200, 128, 128), _PLASTER,
                          top=_fedora(170, 92, 45, 20)),
    "yujie-ak": _paint([
        _g(_YURAIN, 150),
        _g(_any(f"lt(hypot(X-{x},Y-40),5)" for x in _LAMPS), 240),
        _g(_any(f"lt(abs(X-{x}),1.5)*between(Y,40,120)" for x in _LAMPS), 35),
        _g("gt(Y,120)", "30+40*exp(-pow(mod(X,100)-60,2)/50)*(0.7+0.3*sin(Y*1.3+N*0.5))"),
        _g("lt(Y,120)*gt(Y,20)*lt(mod(X,50),40)", "28+6*lt(mod(Y,15),1)")],
        ("12", 128, 128), add="50*exp(-pow(mod(X,100)-60,2)/300-abs(Y-40)/40)"),
    "louti-ak": _paint([
        _g("lt(abs(Y-150+0.8*X),3)*between(X,20,200)", 70),
        _g("gt(Y,150-0.8*X)*lt(mod(Y+0.8*X,16),8)", "24+6*sin(X/5)"),
        _g(_box(240, 280, 10, 60), 80)],
        ("14+4*lt(mod(X,30),1)", 128, 128), add="30*exp(-hypot(X-260,Y-30)/50)"),
    "fangjian-ak": _paint([
        _g("between(X,180,240)*between(Y,30,100)*lt(mod(Y,10),5)", 120),
        _g(_box(30, 160, 110, 130), 40),
        _g("between(X,180,300)*gt(Y,110+0.3*(X-180))*lt(mod(Y-0.3*X,10),5)", 50)],
        ("10", 128, 128)),
    "wan-ak": _card(["WAN"], 34, 70, 0, "0xe0e0e0", SERIF, "0x000000"),
    # A late-1960s Armenian poetic tableau film.
    "gir-ak": _framed(["TSIRANI TSAR", "1969"], 20, 62, 40, "0xf0d890", SERIF, "0x280808",
                      "0xa07030"),
    "nur-ak": _paint([
        ("lt(hypot(X-110,Y-90),16)+lt(hypot(X-160,Y-82),18)+lt(hypot(X-210,Y-92),15)", 70, 100,
         200),
        ("lt(abs(Y-120+0.1*X),1.5)*between(X,60,140)", 120, 128, 128),
        ("lt(hypot((X-170)/(14+0.6*N),(Y-124)/(5+0.15*N)),1)", 90, 110, 190),
        ("gt(Y,40)", "228+4*sin(X/3)*sin(Y/4)", 126, 132)],
        ("205", 122, 134)),
    "girk-ak": _paint([
        (_any(f"between(X,{x},{x}+30)*between(Y,{y}-6*abs(sin(N*0.5+{k}+X/8)),{y}+18)"
              for k, (x, y) in enumerate(((40, 100), (100, 120), (170, 104), (240, 126)))),
         225, 125, 135),
        (_any(_box(x - 3, x + 33, y - 2, y + 21) for x, y in ((40, 100), (100, 120), (170, 104),
                                                             (240, 126))), 60, 110, 150),
        ("gt(Y,80)", "150+10*lt(mod(X+Y,20),1)", 115, 145)],
        ("150-0.3*Y", 170, 100)),
    "vank-ak": _paint([
        (f"lt(hypot(X-200,Y-70),14)*lt(Y,70)+{_box(186, 214, 70, 120)}", 60, 120, 140),
        ("lt(abs(X-120),2)*between(Y,36,72)+lt(abs(Y-48),2)*lt(abs(X-120),10)", 200, 124, 134),
        ("gt(Y,120)", "215+4*sin(X*1.1)", 122, 136)],
        ("236-0.04*Y+3*sin(X/5)*sin(Y/7)", 126, 132)),
    "ashugh-ak": _person(150, 96, (25, 128, 128), True, 170, (40, 120, 160), _CARPET),
    "tagoohi-ak": _person(168, 92, (20, 128, 128), True, 205, (200, 150, 110), _CARPET, top=[
        ("lt(abs(Y-56),3)*lt(abs(X-168),30)", 210, 100, 150)]),
    "tachar-ak": _paint([
        (_any(f"lt(hypot((X-{x})/2.5,(Y-{y}-sin(N*1.3+{x}))/5),1)" for x, y in _CANDLES), 245,
         90, 160),
        (_any(f"lt(abs(X-{x}),3)*between(Y,{y}+5,130)" for x, y in _CANDLES), 190, 120, 140),
        ("gt(Y,130)", 20, 128, 128),
        (_box(250, 290, 40, 140), 25, 130, 126)],
        ("14+5*lt(mod(X,40),2)", 128, 132), add="50*exp(-hypot(X-120,Y-100)/50)"),
    "dzi-ak": _paint([
        ("gt(Y,{})".format(_HILLS), "90+10*sin(X*0.5+Y*0.3)", 110, 140),
        ("lt(hypot(X-250,Y-40),14)", 245, 110, 150)],
        ("170-0.4*Y", 165, 105)),
    "amprop-ak": _paint([
        ("lt(mod(X-0.1*Y,9),0.8)*lt(mod(Y+N*30+41*sin(floor((X-0.1*Y)/9)*6.7),44),10)", 110,
         135, 124),
        (f"gt(Y,{_HILLS})", "18+4*sin(X*0.5)", 128, 132)],
        ("26+0.05*Y", 145, 118)),
    "verj-ak": _card(["VERJ"], 32, 70, 0, "0xf0d890", SERIF, "0x200606"),
    # A 2000s Inuit digital-video film.
    "siku-ak": _paint([
        ("lt(hypot(X-240,Y-82),3)+between(Y,84,92)*lt(abs(X-240),2)", 40, 128, 128),
        ("gt(Y,80)*lt(abs(Y-100-10*sin(X/30)),2+2*sin(X/9))", 205, 140, 120),
        ("gt(Y,80)", "232+4*sin(X*0.7+Y*1.3)", 130, 124)],
        ("222+0.05*Y", 138, 120)),
    "qimmiq-ak": _paint([
        ("lt(abs(Y-86),2)*lt(abs(X-100-0.4*N),10)", 40, 128, 128),
        ("gt(Y,84)*lt(abs(Y-110-8*sin(X/40)),1.5)", 200, 140, 120),
        ("gt(Y,84)", "226+4*sin(X*0.9+Y*0.7)", 130, 124)],
        ("210-0.2*Y", 142, 118)),
    "iglu-ak": _paint([
        ("lt(hypot((X-160)/4,(Y-116-sin(N*1.2))/8),1)", 245, 90, 170),
        ("lt(hypot((X-160)/22,(Y-126)/5),1)", 60, 120, 140),
        ("gt(Y,130)", "60+10*sin(X/4)*sin(Y/3)", 120, 140)],
        ("40+0.1*Y-22*" + _BLOCKS, 122, 140),
        add="100*exp(-hypot(X-160,Y-112)/50)*(0.9+0.1*sin(N*1.7)*sin(N*0.6))"),
    "ataata-ak": _person(150, 96, (25, 128, 128), False, 150, (120, 116, 138), _IGLU, top=[
        ("lt(abs(hypot((X-150)/44,(Y-96)/52)-1),0.12)", 190, 126, 132)]),
    "panik-ak": _person(168, 94, (12, 128, 128), True, 175, (90, 140, 118), _IGLU),
    "piqsiq-ak": _paint([
        ("lt(mod(Y+3*sin(X/40),7),1)*lt(mod(X+N*22+37*sin(floor(Y/7)*3.7),60),26)", 250, 128,
         128),
        ("lt(hypot(X-110,Y-100),5)+between(Y,105,125)*lt(abs(X-110),5)", 170, 130, 126),
        ("gt(Y,110)", 228, 130, 126)],
        ("218", 132, 124)),
    "sila-ak": _paint([
        ("lt(hypot(X-90,Y-50),10)", 252, 128, 128),
        ("lt(abs(Y-96),1)", 205, 134, 122),
        ("gt(Y,96)", "236+3*sin(X*0.9)", 130, 125)],
        ("226-0.1*Y+20*exp(-hypot(X-90,Y-50)/30)", 136, 122)),
    "unnuaq-ak": _paint([
        ("lt(abs(Y-40-14*sin(X/40+N*0.08)-6*sin(X/13+N*0.05)),8+4*sin(X/25+N*0.1))",
         "80+40*sin(X/7+N*0.3)", 100, 90),
        (_any(f"lt(hypot((X-{x})/30,(Y-130)/22),1)*lt(Y,130)" for x in (80, 230)), 60, 140, 124),
        ("gt(Y,128)", "40+4*sin(X*0.3)", 140, 124)],
        ("10+0.05*Y", 140, 124)),
    "aglu-ak": _paint([
        ("lt(hypot((X-140)/14,(Y-128)/4),1)", 40, 140, 120),
        ("lt(abs(X-220-0.3*(Y-40)),1)*between(Y,40,120)", 30, 128, 128),
        ("lt(hypot(X-200,Y-70),9)+between(Y,78,130)*lt(abs(X-200),12+0.1*(Y-78))", 60, 130, 124),
        ("gt(Y,90)", "225+4*sin(X*0.9+Y*0.7)", 132, 124)],
        ("205-0.2*Y", 140, 120)),
    "isua-ak": _card(["ISUA"], 30, 72, 0, "0xffffff", FONT, "0x000000"),
    # A 1980s Cuban comedy.
    "malecon-ak": _paint([
        ("lt(hypot(mod(X,70)-35,(Y-70+30*abs(sin(N*0.15+floor(X/70))))/1.6),"
         "12*abs(sin(N*0.15+floor(X/70))))", 235, 128, 128),
        ("between(Y,100,116)", "150+6*sin(X/2)", 120, 140),
        ("gt(Y,116)", "120+15*sin(X*0.3+Y)", 110, 145),
        ("between(Y,72,100)", "100+10*sin(X/10+N*0.2+Y)", 160, 100)],
        ("200-0.5*Y", 150, 110)),
    "calle-ak": _paint([
        ("lt(mod(X,46),8)*between(Y,60,130)", 220, 120, 135),
        ("between(Y,54,60)", 60, 128, 128),
        ("lt(mod(X+23,46),18)*between(Y,20,48)", 50, 125, 135),
        ("lt(Y,130)", f"170+20*sin({_FACADE}*2.3)", f"128+25*sin({_FACADE}*1.9)",
         f"128+25*cos({_FACADE}*2.7)"),
        ("gt(Y,130)", "110+5*sin(X)", 125, 132)],
        ("200", 150, 110)),
    "domino-ak": _paint([
        ("lt(hypot(X-160,Y-30),5)", 250, 110, 150),
        ("lt(abs(X-160),0.8)*lt(Y,26)", 30, 128, 128),
        ("between(Y,108,112)*lt(mod(X,10),6)*between(X,120,200)", 235, 128, 128),
        ("lt(hypot((X-160)/70,(Y-112)/10),1)", 90, 115, 150),
        (_any(f"lt(hypot(X-{x},Y-86),11)+between(Y,96,140)*lt(abs(X-{x}),17)"
              for x in (70, 250)), 50, 120, 150),
        ("lt(Y,140)", "120+10*sin(X/8)", 140, 112),
        ("gt(Y,140)", 80, 120, 135)],
        ("100", 128, 128), add="60*exp(-hypot(X-160,Y-40)/60)"),
    "rosa-ak": _person(150, 94, (20, 128, 128), True, 165, (150, 100, 190), _AZUL),
    "pepe-ak": _person(168, 94, (30, 128, 128), False, 140, (220, 128, 128), _AZUL, top=[
        ("lt(hypot((X-168)/12,(Y-112)/2.5),1)", 25, 128, 128)]),
    "guagua-ak": _paint([
        (_any(f"lt(hypot(X-{x},Y-{y}),{r})+between(Y,{y}+{r},180)*lt(abs(X-{x}),{r}+6)"
              for x, y, r in _RIDERS), 40, 124, 140),
        ("lt(Y,90)*gt(Y,30)*lt(mod(X,70),56)", "215+10*sin(X/20+N*0.4)", 120, 140),
        ("lt(abs(Y-24),2)", 180, 128, 128)],
        ("70+10*sin(X/6)", 120, 135)),
    "azotea-ak": _paint([
        ("lt(Y,110)*gt(Y,50+30*abs(sin(floor(X/30)*2.1)))*lt(mod(X,8),4)*lt(mod(Y,9),4)"
         "*gt(sin(floor(X/8)*5.1+floor(Y/9)*3.3),0.1)", 60, 110, 150),
        ("lt(Y,110)*gt(Y,50+30*abs(sin(floor(X/30)*2.1)))", 22, 128, 128),
        ("gt(Y,110)", "30+5*sin(X/3)", 125, 132)],
        ("18+0.1*Y", 140, 120)),
    "aguacero-ak": _paint([
        ("lt(mod(X-0.1*Y,7),0.8)*lt(mod(Y+N*33+47*sin(floor((X-0.1*Y)/7)*7.7),40),12)", 140, 128,
         128),
        ("lt(abs(X-80-0.1*(140-Y)),3)*between(Y,50,140)"
         "+lt(hypot(X-82,Y-50),30)*lt(abs(sin(atan2(Y-50,X-82)*5)),0.25)", 15, 128, 128),
        ("gt(Y,100+10*lt(mod(X,60),30))", "25+5*lt(mod(X,6),1)", 128, 128)],
        ("20+0.08*Y", 138, 122)),
    "playa-ak": _paint([
        ("lt(hypot((X-230)/26,(Y-96)/10),1)*lt(Y,96)+lt(abs(X-230),1)*between(Y,96,130)", 160,
         100, 190),
        ("lt(abs(Y-70),1)", 200, 150, 115),
        ("lt(abs(Y-100-3*sin(X/20+N*0.15)),2)", 252, 128, 128),
        ("between(Y,70,100)", "200+8*sin(Y*1.1+N*0.2)", 145, 118),
        ("gt(Y,100)", "235+4*sin(X*0.9+Y*1.3)", 120, 134)],
        ("228-0.1*Y", 140, 118)),
    "fin-ak": _card(["FIN"], 32, 70, 0, "0xfff0d0", SERIF, "0x180c04"),
    # A 2010s Icelandic sheep-farming drama.
    "dalur-ak": _paint([
        (_box(176, 224, 94, 102), 80, 110, 180),
        (_box(180, 220, 102, 118), 220, 128, 128),
        ("gt(Y,112+6*sin(X/50))", "100+10*sin(X*0.5+Y)", 115, 125),
        (f"gt(Y,{_PEAKS})*lt(Y,{_PEAKS}+12)", 235, 130, 126),
        (f"gt(Y,{_PEAKS})", "80+10*sin(X/5)*sin(Y/3)", 130, 124)],
        ("190-0.4*Y", 145, 118)),
    "rett-ak": _paint([
        (_any(f"lt(hypot(X-{x}+14-4*sin(N*0.2+{k}),Y-{y}+2),3)" for k, (x, y) in enumerate(_FLOCK)),
         40, 128, 128),
        (_any(f"lt(hypot((X-{x}-4*sin(N*0.2+{k}))/12,(Y-{y})/8),1)"
              for k, (x, y) in enumerate(_FLOCK)), 215, 126, 132),
        ("lt(abs(Y-96),5)+lt(abs(X-30),5)*gt(Y,96)", "110+30*lt(mod(X+Y*0.5,10),5)", 128, 126),
        ("gt(Y,84)", "90+8*sin(X*0.7)", 120, 132)],
        ("200-0.3*Y", 140, 118)),
    "fjarhus-ak": _paint([
        ("lt(hypot(X-160,Y-24),5)", 60, 128, 128),
        (_any(f"lt(hypot((X-{x})/14,(Y-{y})/9),1)" for x, y in _DARK), 60, 126, 132),
        ("lt(mod(X,40),3)*between(Y,80,140)+lt(abs(Y-90),2)", 45, 128, 128)],
        ("20+3*lt(mod(X,12),1)", 130, 126)),
    "gummi-ak": _person(150, 96, (150, 128, 128), False, 170, (60, 140, 120), _CORRUGATED, top=[
        ("lt(hypot((X-150)/26,(Y-122)/20),1)*gt(Y,110)", 140, 128, 128)]),
    "kiddi-ak": _person(168, 94, (60, 128, 128), False, 180, (130, 110, 150), _CORRUGATED, top=[
        ("lt(hypot((X-168)/26,(Y-120)/20),1)*gt(Y,108)", 55, 128, 128)]),
    "hrid-ak": _paint([
        ("lt(hypot(mod(X+N*14+5*sin(Y/9),23)-11,(mod(Y+N*3+9*floor(X/23),17)-8)*1.5),1.6)", 252,
         128, 128),
        ("lt(mod(X-40,70),3)*between(Y,90,130)", 150, 128, 128),
        ("gt(Y,110)", "230+4*sin(X*0.5)", 130, 126)],
        ("214+0.05*Y", 134, 124)),
    "fonn-ak": _paint([
        (_any(f"lt(abs(X-{x}),{w})*between(Y,{y},{y}+{h})"
              for x, y, w, h in ((40, 100, 2, 40), (110, 94, 1.5, 26), (160, 90, 1, 16),
                                 (195, 88, 0.8, 10), (222, 86, 0.6, 6))), 70, 128, 128),
        ("gt(Y,80)", "236+3*sin(X*0.7+Y*0.5)", 130, 126)],
        ("226-0.05*Y", 136, 122)),
    "nott-ak": _paint([
        (_box(60, 80, 96, 110), 200, 100, 160),
        (f"{_box(40, 130, 86, 130)}+lt(Y,86)*gt(Y,60+0.6*abs(X-85))*between(X,40,130)", 25, 128,
         128),
        ("gt(Y,130)", "35+4*sin(X*0.5)", 135, 124)],
        ("15+0.08*Y", 140, 122)),
    "endir-ak": _card(["ENDIR"], 30, 72, 0, "0xe8f0ff", FONT, "0x000000"),
    # A 1970s Peruvian Andean film.
    "cordillera-ak": _paint([
        (f"lt(hypot((X-{_CONDOR})/14,(Y-40-3*sin(N*0.2))/1.8),1)"
         f"+lt(hypot(X-{_CONDOR},Y-40-3*sin(N*0.2)),2.5)", 20, 128, 128),
        (f"gt(Y,{_RIDGE})*lt(Y,{_RIDGE}+14)", 235, 128, 128),
        (f"gt(Y,{_RIDGE})", "95+10*sin(X/4)*sin(Y/5)", 120, 140),
        ("gt(Y,120)", "120+10*sin(X*0.3+Y)", 105, 150)],
        ("185-0.5*Y", 160, 112)),
    "llamas-ak": _paint([
        ("lt(abs(mod(X-0.6*N,50)-33),2)*between(Y,82,100)+lt(hypot(mod(X-0.6*N,50)-35,Y-82),3)",
         200, 120, 140),
        ("lt(hypot((mod(X-0.6*N,50)-25)/10,(Y-100)/6),1)", 200, 120, 140),
        ("gt(Y,104)", "120+10*sin(X*0.3+Y)", 105, 150),
        ("gt(Y,70+10*sin(X/40))", "100+8*sin(X/5)", 118, 140)],
        ("190-0.5*Y", 160, 112)),
    "mercado-ak": _paint([
        ("lt(Y,40)*gt(Y,20)", "150+50*lt(mod(X,20),10)", "128+40*sin(floor(X/20)*2.1)",
         "128+50*cos(floor(X/20)*1.3)"),
        (_any(f"lt(hypot((X-{x})/16,(Y-58)/8),1)*lt(Y,60)+lt(hypot(X-{x},Y-66),9)"
              f"+between(Y,74,110)*lt(abs(X-{x}),15)" for x in (60, 170, 270)), 50, 120, 150),
        ("gt(Y,110)*lt(hypot(mod(X,30)-15,mod(Y,20)-10),8)", "140+30*sin(floor(X/30)*3.1)",
         "100+30*sin(floor(X/30)*1.7)", "170+20*cos(floor(X/30)*2.3)"),
        ("gt(Y,100)", 90, 120, 140)],
        ("140", 125, 140)),
    "sisa-ak": _person(150, 98, (15, 128, 128), True, 140, (90, 90, 190), _ADOBEPE, top=[
        ("lt(hypot((X-150)/20,(Y-58)/14),1)*lt(Y,62)+lt(hypot((X-150)/30,(Y-62)/3),1)", 30, 128,
         128)]),
    "amaru-ak": _person(168, 96, (20, 128, 128), False, 130, (120, 150, 170), _ADOBEPE, top=[
        ("lt(hypot((X-168)/34,(Y-66)/30),1)*lt(Y,72)", "120+60*lt(mod(X+Y,10),5)", 100, 190)]),
    "fiesta-ak": _paint([
        ("lt(abs(hypot(X-160,Y-70)-14),1.5)*gt(sin(atan2(Y-70,X-160)*6+N*0.8),0.3)", 245, 80, 170),
        ("gt(Y,130+10*abs(sin(X/14+N*0.3)))", 25, 128, 128),
        (f"{_box(130, 190, 40, 140)}*(lt(mod(X,15),1.2)+lt(mod(Y,15),1.2))", 90, 110, 150)],
        ("10+0.04*Y", 140, 122), add="40*exp(-hypot(X-160,Y-70)/40)"),
    "salar-ak": _paint([
        ("between(Y,72,80)*gt(Y,72+6*abs(sin(X/25)))", 170, 140, 120),
        ("gt(Y,80)*lt(abs(sin(X/(6+0.1*Y))*sin(Y/4)),0.05)", 205, 128, 130),
        ("gt(Y,80)", "238+3*sin(X*0.8)", 128, 130)],
        ("225-0.1*Y", 140, 120)),
    "nevado-ak": _paint([
        ("gt(Y,40+0.8*abs(X-160))*lt(mod(X*0.7+Y,23),3)", 120, 128, 128),
        ("gt(Y,40+0.8*abs(X-160))", "232+5*sin(X*0.4+Y*0.3)", 128, 128)],
        ("222-0.1*Y", 138, 120)),
    "socavon-ak": _paint([
        (f"lt(abs(mod(9*log({_SHAFT}),3)-1.5),0.25)*gt({_SHAFT},14)", 60, 120, 140),
        ("gt(Y,100)*(lt(abs(X-160-0.5*(Y-100)),1.5)+lt(abs(X-160+0.5*(Y-100)),1.5))", 70, 128,
         128)],
        (f"min(40,10+0.3*{_SHAFT})", 128, 132)),
    "choza-ak": _paint([
        ("lt(abs(X-120),3)*between(Y,100,118)", 160, 128, 128),
        ("lt(hypot(X-200,Y-84),11)+between(Y,94,140)*lt(abs(X-200),18)", 20, 128, 128),
        (_box(60, 260, 118, 124), 35, 128, 128)],
        ("12+3*lt(mod(X+2*sin(Y),16),1)", 125, 135)),
    "final-ak": _card(["FIN"], 30, 72, 0, "0xf8e8c8", SERIF, "0x100804"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AK = {}

_HEAD = "(160-({d})*(N-MID))"

FX_AK = {
    **{f"grain{k}1-ak": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 11, "t+u", 84222017), (2, 5, "t", 84223029), (3, 6, "t", 84224041),
        (4, 8, "t+u", 84225053), (5, 6, "t", 84226067), (6, 10, "t+u", 84227079)]},
    # Framings and bars as in held-out-af and -ae (nothing random in them).
    **{f"{k}-ak": FX_AF[f"{k}-af"] for k in ("closer", "near", "box137", "box166", "box185")},
    **{f"{k}-ak": FX_AE[f"{k}-ae"] for k in ("box133", "box239")},
    "scratch-ak": _overlay("0.5*lt(abs(X-60-200*abs(sin(floor(N/7)*2.91))-2*sin(N*1.7)),0.7)",
                           215),
    # Looks: soft black and white with flicker, scratches and grain in 1.37; saturated colour in
    # 1.33; cold clean video, full frame; warm faded colour in 1.66; cold grey-blue colour in
    # 2.39; faded Eastmancolor with grain in 1.85.
    "shanghai-ak": "hue=s=0,eq=contrast=1.05:gamma=1.05,gblur=sigma=0.8",
    "flick-ak": "eq=brightness='0.025*sin(n*2.1)*sin(n*0.7+1)':eval=frame",
    "nran-ak": "eq=saturation=1.35:contrast=1.08,colorbalance=rs=0.05:bs=-0.03",
    "siku-look-ak": "eq=saturation=1.1:contrast=1.05,colorbalance=bs=0.05:bh=0.03,"
                    "unsharp=3:3:0.6",
    "habana-ak": "eq=saturation=0.9:contrast=0.98:gamma=1.05,"
                 "colorbalance=rs=0.07:gs=0.02:bs=-0.07:rh=0.04,gblur=sigma=0.6",
    "kaldur-ak": "eq=saturation=0.7:contrast=1.05:gamma=0.97,"
                 "colorbalance=rs=-0.06:bs=0.07:rm=-0.03:bm=0.04",
    "andes-ak": "eq=saturation=0.78:contrast=0.96:gamma=1.04,"
                "colorbalance=rs=0.05:bs=-0.05:rh=0.03:bh=-0.02",
    # Camera moves: pans both ways; a slow tilt up; hand-held cameras; a whip pan; a slow push
    # in.
    "panr-ak": "scale=372:210,crop=320:180:x='4+0.6*n':y=16",
    "panl-ak": "scale=372:210,crop=320:180:x='48-0.6*n':y=14",
    "tilt-ak": "scale=352:198,crop=320:180:x=16:y='18-0.28*n'",
    "shake-ak": "scale=344:194,crop=320:180:x='12+6*sin(n*0.43)+3*sin(n*1.37)'"
                ":y='7+3*sin(n*0.33+1)+2*sin(n*1.61)'",
    "kamay-ak": "scale=352:198,crop=320:180:x='16+7*sin(n*0.29)+4*sin(n*0.87)+2*sin(n*2.3)'"
                ":y='9+4*sin(n*0.25+2)+3*sin(n*1.2)'",
    "whip-ak": "scale=480:270,crop=320:180:x='80+78*tanh((n-MID)/1.7)':y=40",
    "push-ak": _zoom("1+0.003*in", "0.5"),
    # Things that are not boundaries, around MID (see the docstring).
    "caption222-ak": _fade("Shanghai  1934", 12, 150, "0xf0f0f0", SERIF, -26, 16),
    "deng-ak": _grade(f"LUM+170*{_ramp(0, 2)}*{_box(232, 258, 52, 78)}"
                      f"+45*{_ramp(0, 2)}*exp(-hypot(X-245,Y-70)/45)"),
    "shanguang-ak": _overlay(f"eq(N,MID)*{_BLOOM.format(x=280, y=60, r=12)}", 252)
                    + "," + _flash((0, 1), (0.35, 0.1)),
    "chefu-ak": _overlay(_CROSS.format(x0=160, dx=30, rx=80, y=104, ry=72), 15) + ","
                + _overlay("lt(abs(hypot(X-160-30*(N-MID)+20,Y-150)-40),4)", 70),
    "dur-ak": _grade(f"LUM+150*between(X,250,250+40*{_ramp(-4, 6)})*between(Y,40,140)"
                     f"+35*{_ramp(-4, 6)}*exp(-hypot(X-270,Y-150)/60)"),
    "dziavor-ak": _overlay(_CROSS.format(x0=160, dx=34, rx=110, y=110, ry=60), 235, 126, 130)
                  + "," + _overlay(_CROSS.format(x0=290, dx=34, rx=30, y=70, ry=24), 225, 126,
                                   130),
    "kaytsak-ak": _overlay("eq(N,MID-2)*lt(abs(X-200-9*sin(Y/6)-4*sin(Y/2.4)),1.5)*lt(Y,96)", 252)
                  + "," + _flash((-2, -1, 2), (0.5, 0.15, 0.35)),
    "title224-ak": _fade("SIKU", 26, 40, "0x102040", SERIF, -24, 20),
    "qimmiit-ak": _overlay("(" + _any([_CROSS.format(x0=160, dx=-30, rx=70, y=112, ry=46),
                                       _CROSS.format(x0=330, dx=-30, rx=60, y=118, ry=40)])
                           + ")", 70, 132, 124),
    "sub-ataata-ak": _subs([("The ice will open tomorrow.", -14, 8)]),
    "sub-panik-ak": _subs([("Then we go before the light.", -12, 10)]),
    "nuvuja-ak": _grade("LUM*(1-0.35*exp(-pow((X-160-(N-MID)*10)/120,2)))"),
    "qukiut-ak": _overlay(f"eq(N,MID)*{_BLOOM.format(x=200, y=118, r=9)}", 252, 90, 170)
                 + "," + _flash((0, 1), (0.3, 0.08)),
    "credit224-ak": _fade("a film by Elisapi Qamaniq", 12, 144, "0x10182a", FONT, -12, None),
    "title225-ak": _fade("LA GUAGUA DE LAS SEIS", 16, 30, "0xfff0d0", FONT, -26, 18,
                         _EDGE.format("0x302010")),
    "almendron-ak": _overlay(_CROSS.format(x0=160, dx=32, rx=110, y=124, ry=40), 90, 100, 200)
                    + "," + _overlay("lt(abs(Y-118),2)*"
                                     + _CROSS.format(x0=160, dx=32, rx=104, y=124, ry=38), 230),
    "foto-ak": _overlay(f"eq(N,MID)*{_BLOOM.format(x=300, y=70, r=12)}", 252)
               + "," + _flash((0, 1), (0.35, 0.1)),
    "sub-rosa-ak": _subs([("The bus is never coming  Pepe.", -14, 8)]),
    "sub-pepe-ak": _subs([("It comes at six. Every day.", -12, 10)]),
    "luz-ak": _grade(f"LUM+160*{_ramp(0, 3)}*gt(LUM,50)*lt(LUM,70)*lt(Y,110)"
                     f"+25*{_ramp(0, 3)}*lt(Y,110)"),
    "rayo-ak": _overlay("eq(N,MID-3)*lt(abs(X-230-8*sin(Y/7)-4*sin(Y/2.3)),1.5)*lt(Y,90)", 252)
               + "," + _flash((-3, -2, 1), (0.5, 0.15, 0.3)),
    "title226-ak": _fade("FJARHUSID", 22, 34, "0xffffff", SERIF, -24, 20,
                         _EDGE.format("0x203040")),
    "skuggi-ak": _grade("LUM*(1-0.4*exp(-pow((X-160-(N-MID)*8)/120,2)))"),
    "kind-ak": _overlay(_CROSS.format(x0=160, dx=-28, rx=100, y=120, ry=70), 225, 126, 132)
               + "," + _overlay(_CROSS.format(x0=70, dx=-28, rx=25, y=90, ry=20), 40),
    "pera-ak": _grade(f"LUM*(1+1.2*{_ramp(0, 2)})+30*{_ramp(0, 2)}*exp(-hypot(X-160,Y-24)/60)"
                      f"+190*{_ramp(0, 2)}*lt(hypot(X-160,Y-24),5)"),
    "sub-gummi-ak": _subs([("The vet says all of them.", -14, 8)]),
    "sub-kiddi-ak": _subs([("Not mine. Not one of mine.", -12, 10)]),
    "billjos-ak": _grade(f"LUM+110*exp(-pow((X-{_HEAD.format(d=18)})/50,2))*(0.6+0.4*gt(Y,90))"),
    "credit226-ak": _fade("leikstjorn Sigrun Halldorsdottir", 12, 144, "0xffffff", FONT, -12,
                          None, _EDGE.format("0x203040")),
    "title227-ak": _fade("TAYTA INTI", 24, 40, "0xfff0c0", SERIF, -24, 18,
                         _EDGE.format("0x302010")),
    "llama-ak": _overlay(_CROSS.format(x0=160, dx=30, rx=100, y=120, ry=55), 170, 120, 145)
                + "," + _overlay(_CROSS.format(x0=290, dx=30, rx=22, y=60, ry=40), 180, 120, 145),
    "sub-sisa-ak": _subs([("Your father went down at dawn.", -14, 8)]),
    "sub-amaru-ak": _subs([("He will come up tonight.", -12, 10)]),
    "cohete-ak": _overlay(f"(eq(N,MID-6)+eq(N,MID+3))*{_BLOOM.format(x=240, y=30, r=16)}", 250,
                          90, 170) + "," + _flash((-6, -5, 3, 4), (0.3, 0.08, 0.32, 0.08)),
    "lampara-ak": _grade(f"LUM+200*lt(hypot(X-160,Y-86),{_LAMP})"
                         f"+60*exp(-hypot(X-160,Y-86)/({_LAMP}*4))"),
    "vela-ak": _grade(f"LUM+{_ramp(0, 3)}*(200*lt(hypot((X-120)/2.5,(Y-94)/6),1)"
                      "+70*exp(-hypot(X-120,Y-96)/40))"),
}

# held-out-ak (clips 222-227): new recipes again, written after held-out-aj without running the
# detector on them: six more kinds of film, clips of about 20 s with 11 shots, mixing cuts
# between similar and different shots, to and from cards, between dark and between near-white
# shots, camera motion, things passing the lens, flashes, light changes, weather, grain, bars of
# five ratios and full frame, titles, captions and subtitles, dissolves of 20 to 36 frames,
# fades through black and white and fade outs and ins.
_SH = "shanghai-ak flick-ak scratch-ak grain11-ak box137-ak"
_AM, _IN = "nran-ak grain21-ak box133-ak", "siku-look-ak grain31-ak"
_CU, _IS = "habana-ak grain41-ak box166-ak", "kaldur-ak grain51-ak box239-ak"
_PE = "andes-ak grain61-ak box185-ak"
HELD_OUT_AK = [
    ("ye-lai-xiang", [S("biaoti-ak", 40, 0, _SH), "cut",
                      S("waitan-ak", 76, 0, f"panr-ak caption222-ak {_SH}"), "fade:30",
                      S("longtang-ak", 60, 0, f"deng-ak {_SH}"), "cut",
                      S("wuting-ak", 56, 0, f"shanguang-ak {_SH}"), "cut",
                      S("ahong-ak", 38, 0, _SH), "cut",
                      S("laowang-ak", 36, 0, _SH), "cut",
                      S("ahong-ak", 30, 120, f"near-ak {_SH}"), "cut",
                      S("yujie-ak", 60, 0, f"chefu-ak {_SH}"), "fadeblack:24",
                      S("louti-ak", 54, 0, _SH), "cut",
                      S("fangjian-ak", 50, 0, _SH), "fadeio:20:14",
                      S("wan-ak", 40, 0, _SH)]),
    ("tsirani-tsar", [S("gir-ak", 40, 0, _AM), "cut",
                      S("nur-ak", 60, 0, _AM), "cut",
                      S("girk-ak", 60, 0, f"tilt-ak {_AM}"), "fade:26",
                      S("vank-ak", 48, 0, _AM), "cut",
                      S("vank-ak", 40, 60, f"closer-ak {_AM}"), "cut",
                      S("ashugh-ak", 38, 0, _AM), "cut",
                      S("tagoohi-ak", 36, 0, _AM), "cut",
                      S("tachar-ak", 56, 0, f"dur-ak {_AM}"), "fadewhite:20",
                      S("dzi-ak", 60, 0, f"dziavor-ak {_AM}"), "cut",
                      S("amprop-ak", 54, 0, f"kaytsak-ak {_AM}"), "fadeio:20:14",
                      S("verj-ak", 36, 0, _AM)]),
    ("siku", [S("siku-ak", 66, 0, f"title224-ak {_IN}"), "cut",
              S("qimmiq-ak", 54, 0, f"qimmiit-ak {_IN}"), "cut",
              S("iglu-ak", 48, 0, _IN), "cut",
              S("ataata-ak", 38, 0, f"sub-ataata-ak {_IN}"), "cut",
              S("panik-ak", 36, 0, f"sub-panik-ak {_IN}"), "cut",
              S("piqsiq-ak", 54, 0, f"kamay-ak {_IN}"), "cut",
              S("sila-ak", 46, 0, f"nuvuja-ak {_IN}"), "fade:28",
              S("unnuaq-ak", 56, 0, f"qukiut-ak {_IN}"), "cut",
              S("aglu-ak", 52, 0, f"whip-ak {_IN}"), "fade:24",
              S("siku-ak", 58, 200, f"near-ak credit224-ak {_IN}"), "fadeio:18:12",
              S("isua-ak", 34, 0, _IN)]),
    ("la-guagua-de-las-seis", [S("malecon-ak", 70, 0, f"panl-ak title225-ak {_CU}"), "cut",
                               S("calle-ak", 56, 0, f"almendron-ak {_CU}"), "cut",
                               S("domino-ak", 50, 0, f"foto-ak {_CU}"), "cut",
                               S("rosa-ak", 36, 0, f"sub-rosa-ak {_CU}"), "cut",
                               S("pepe-ak", 34, 0, f"sub-pepe-ak {_CU}"), "cut",
                               S("rosa-ak", 28, 100, f"closer-ak {_CU}"), "cut",
                               S("guagua-ak", 58, 0, f"shake-ak {_CU}"), "fadeblack:20",
                               S("azotea-ak", 52, 0, f"luz-ak {_CU}"), "cut",
                               S("aguacero-ak", 52, 0, f"rayo-ak {_CU}"), "fade:32",
                               S("playa-ak", 70, 0, f"push-ak {_CU}"), "fadeio:18:14",
                               S("fin-ak", 34, 0, _CU)]),
    ("fjarhusid", [S("dalur-ak", 70, 0, f"skuggi-ak title226-ak {_IS}"), "cut",
                   S("rett-ak", 54, 0, f"kind-ak {_IS}"), "cut",
                   S("fjarhus-ak", 50, 0, f"pera-ak {_IS}"), "cut",
                   S("gummi-ak", 36, 0, f"sub-gummi-ak {_IS}"), "cut",
                   S("kiddi-ak", 34, 0, f"sub-kiddi-ak {_IS}"), "cut",
                   S("gummi-ak", 28, 80, f"closer-ak {_IS}"), "cut",
                   S("hrid-ak", 52, 0, f"shake-ak {_IS}"), "cut",
                   S("fonn-ak", 50, 0, _IS), "fadeblack:24",
                   S("nott-ak", 76, 0, f"billjos-ak {_IS}"), "fade:28",
                   S("dalur-ak", 62, 300, f"near-ak credit226-ak {_IS}"), "fadeio:20:12",
                   S("endir-ak", 34, 0, _IS)]),
    ("tayta-inti", [S("cordillera-ak", 76, 0, f"panl-ak title227-ak {_PE}"), "fade:36",
                    S("llamas-ak", 62, 0, f"llama-ak {_PE}"), "cut",
                    S("mercado-ak", 52, 0, f"kamay-ak {_PE}"), "cut",
                    S("sisa-ak", 36, 0, f"sub-sisa-ak {_PE}"), "cut",
                    S("amaru-ak", 34, 0, f"sub-amaru-ak {_PE}"), "cut",
                    S("fiesta-ak", 52, 0, f"cohete-ak {_PE}"), "cut",
                    S("salar-ak", 46, 0, _PE), "cut",
                    S("nevado-ak", 44, 0, _PE), "fadeblack:20",
                    S("socavon-ak", 52, 0, f"lampara-ak {_PE}"), "cut",
                    S("choza-ak", 48, 0, f"vela-ak {_PE}"), "fadeio:20:14",
                    S("final-ak", 34, 0, _PE)]),
]
