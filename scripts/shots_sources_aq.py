"""Sources, effects and recipes of held-out-aq (clips 258-263), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-257. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a title card, a
village hall at a firemen's raffle with dancers and a brass band under a pan, whose lights fail
and come back, a girl's face and a pianist's face in round glasses before one flowered wallpaper
with subtitles and a closer framing of hers, a street at night in the rain with a tram passing
close across the lens, a dormitory at night swept by a torch, a dark corridor, a snowy square
and a railway through a snow field, both near white, and a card reading KONEC (a 1960s
Czechoslovak New Wave comedy in 1.66, grainy black and white); a framed title card, a harbour
with boats rocking and gulls under a pan, an intertitle, a girl's face in a tall lace coiffe and
a bearded fisherman's face before one whitewashed wall and a closer framing of hers, a carousel
whirling, a tavern at night under a swinging lamp with a drunkard passing the lens, a jetty at
dawn with a wave's spray over the lens, the sea in mist, near white, and a framed card reading
FIN (a 1920s French impressionist film in 1.33, greys tinted straw by day, violet by night and
sea green at dawn, with flicker, gate weave, dust and a vignette); an avenue at dusk under a
title with a jeepney passing the lens, a building site in dusty haze under a fast pan, a young
man's face and a young woman's face before one green plank wall with subtitles and a closer
framing of his, a Chinatown alley at night with a failing neon sign, a dark room whose bulb is
switched on, stilt houses in the monsoon rain with lightning, a church square at noon with
pigeons flying up past the lens, a market of about the same colour and a card reading WAKAS (a
1970s Filipino Manila melodrama in 1.85, faded warm colour with heavy grain); a banyan tree over
graves at night under a red title with lightning, a bamboo house whose oil lamp is blown out, a
healer's face and a woman's face before one woven bamboo wall with subtitles and a closer
framing of hers, a cemetery in mist with a ghost gliding and fog rolling over the lens, villagers
with torches at night under a whip pan, rice terraces at dawn and a nearer framing of them, a
beach at sunset and a red card reading TAMAT (a 1980s Indonesian horror film in 2.35, saturated
colour); a grey sea with rocks under a title, a dark room lit by a flickering television, a
mechanic's face and his wife's face before one panelled wall with subtitles and a closer framing
of hers, a road across the tundra with an excavator passing the lens, a lakeshore with three
rifle shots, a whale's skeleton in fog, near white, cut to a nearer framing of it, a dark church
with candles and a card reading BEREG (a 2010s Russian film of the Barents Sea coast in 2.00,
cold desaturated digital colour); a murky swimming pool under a title, hills in haze under a
pan, a girl's face and a boy's face before one green tiled wall with subtitles and a closer
framing of his, a dim bedroom with a ceiling fan turning and a camera's flash, a house at night
in a storm with lightning and its lights failing, a dark veranda in the rain, sheets drying in
the sun cut to a hazy sky with a bird circling, both near white, and a card reading FIN (a 2000s
Argentine New Cinema film in 1.78 without bars, muted humid colour).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed
from shots_sources_ad import _card
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _person
from shots_sources_ag import _any, _box, _fade, _flakes, _g
from shots_sources_ak import _BLOOM, _CROSS, _EDGE
from shots_sources_am import _bolt
from shots_sources_an import FX_AN, _lamp
from shots_sources_ao import FX_AO, _out
from shots_sources_ap import FX_AP

# Rain streaks (added to the luma) of this set.
_RAIN = "34*gt(sin(X*3.9+floor((Y+15*N+0.3*X)/12)*2.7),0.962)"

# A 1960s Czechoslovak New Wave comedy (drawn in greys).
_CHAIN = "lt(abs(Y-16-14*sin(PI*mod(X,64)/64)),1.3)"
_PAIRS = [f"({x}+8*sin(N*0.14+{p}))" for x, p in
          ((128, 0.3), (166, 1.9), (204, 1.0), (244, 2.6), (284, 0.8))]
_LAMPS, _BAND, _BEDS = (60, 160, 260), (206, 236, 266, 296), (50, 130, 210)
_TAPETA = ("138+22*gt(sin(X/5)*sin(Y/5)+0.6*sin((X+Y)/11),0.7)-14*lt(mod(X,46),1.2)", 128, 128)
_TX, _WX = "(160-34*(N-MID))", "(40+0.9*N)"  # the tram passing the lens, a man crossing

# A 1920s French impressionist film (drawn in greys: the tints are effects).
_BOATS = [(90, 0), (170, 1.7), (250, 0.9)]
_GULLS = [(y, f"(mod(1.5*N+{o},360)-20)") for y, o in ((30, 0), (44, 120), (24, 230))]
_CHAUX = ("170+10*sin(X/5)*sin(Y/4)+8*sin(X/23+Y/17)-30*lt(mod(Y,22),1.5)"
          "-30*lt(mod(X+20*mod(floor(Y/22),2),40),1.5)", 128, 128)
_H, _HB = "mod(X+6*N,60)", "(6*sin(N*0.4+floor((X+6*N)/60)*2))"  # the carousel's horses
_IN = "between(X,40,280)"  # the carousel
_LX, _SW = "(160+34*sin(N*0.16))", "max(sin(N*0.2),0)"  # the swinging lamp, a wave bursting
_KS = "max(N-MID+4,0)"  # frames since the spray began to fly over the lens

# A 1970s Filipino Manila melodrama.
_JX = "(160-26*(N-MID-20))"  # the jeepney passing the lens
_TABLA = ("118+6*sin(Y/2.7)-20*lt(mod(X,22),1.5)+18*gt(sin(X/5+Y/9)*sin(Y/4),0.7)", 112, 110)
_LANTERNS = [(100, 40), (150, 56), (200, 36), (124, 80)]
_SIGN, _POLES = _box(250, 270, 30, 110), "lt(mod(X,30),1.5)+lt(mod(Y,34),1.5)"
_ROOFS = "(50+14*gt(sin(floor(X/46)*2.9),0))"
_PIGEONS = [(150, 120, -6, 8, 6), (200, 130, 5, 7, 5), (110, 100, -3, 10, 9),
            (170, 110, 2, 14, 30)]  # x, y, dx, dy (a frame) and size

# A 1980s Indonesian horror film.
_BILIK = ("110+26*gt(sin((X+Y)/3.5)*sin((X-Y)/3.5),0)", 100, 160)
_GX, _FX = "(60+0.7*N)", "(120+0.3*N)"  # the ghost gliding, the farmer
_STONES = ((30, 140, 5), (110, 134, 4), (150, 138, 4), (190, 132, 3), (290, 144, 6))
_OBOR = [(50, 70), (100, 64), (160, 72), (214, 66), (270, 70)]
_KF = "max(N-MID+14,0)"  # frames since the fog began to roll over the lens

# A 2010s Russian film of the Barents Sea coast.
_DOSKI = ("132+4*sin(Y/2.7)-18*lt(mod(X,18),1.2)+6*sin(X/31)", 136, 122)
_EX = "(160+30*(N-MID))"  # the excavator passing the lens
_SVECHI = [(70, 112), (90, 116), (110, 110), (210, 114), (232, 110)]

# A 2000s Argentine New Cinema film.
_AZULEJO = ("150-40*gt(lt(mod(X,24),1.5)+lt(mod(Y,24),1.5),0)+6*sin(X/5)*sin(Y/7)", 114, 108)
_WIN = "between(Y,96,118)*lt(abs(mod(X-40,60)-30),11)*between(X,40,280)"
_OFF = "(between(N,MID+4,MID+7)+eq(N,MID+10))"
_ARCH = "lt(abs(mod(X,80)-40),30)*lt(Y,136)*(gt(Y,60)+lt(hypot(mod(X,80)-40,Y-60),30))*gt(Y,30)"
_SHEETS = [(20, 60, 80), (96, 70, 92), (182, 56, 76), (252, 60, 86)]
_BX, _BY = "(160+60*cos(N*0.05))", "(70+20*sin(N*0.05))"  # the bird circling
_DECK = ((60, 96), (250, 100))

LAVFI_AQ = {
    # A 1960s Czechoslovak New Wave comedy.
    "titul-aq": _card(["LOTERIE", "1966"], 28, 56, 42, "0xeeeeee", FONT, "0x000000"),
    "sal-aq": _paint([
        _g(_CHAIN, 228), _g(_any(f"lt(hypot(X-{x},Y-36),6)" for x in _LAMPS), 250),
        _g(_any(f"lt(hypot(X-{x}-5,Y-100),4.5)+between(Y,106,150)*lt(abs(X-{x}-5),4+0.2*(Y-106))"
                for x in _PAIRS), 214),
        _g(_any(f"lt(hypot(X-{x}+5,Y-98),5)+between(Y,104,150)*lt(abs(X-{x}+5),6)"
                for x in _PAIRS), 30),
        _g(_box(20, 44, 100, 118), 236), _g("lt(hypot((X-66)/11,(Y-112)/7),1)", 120),
        _g("lt(abs(mod(X,7)-3.5),1.6)*between(X,78,98)*between(Y,98,118)", 40),
        _g(_box(8, 104, 118, 150), "222-20*lt(mod(X,16),1)"),
        _g(_any(f"lt(hypot(X-{x},Y-80),4)" for x in _BAND), 246),
        _g(_any(f"lt(hypot(X-{x}+4,Y-68),5)+between(Y,74,100)*lt(abs(X-{x}+4),7)"
                for x in _BAND), 40),
        _g(_box(180, 330, 50, 100), "96+30*sin(X/4)"),
        _g("gt(Y,150)", "100+20*lt(mod(X+0.6*Y,26),2)")], ("170-0.35*Y+6*sin(X/7)", 128, 128),
        add="+".join(f"40*exp(-hypot(X-{x},Y-36)/30)" for x in _LAMPS)),
    "divka-aq": _person(150, 98, (34, 128, 128), True, 208, (236, 128, 128), _TAPETA, top=[
        _g("lt(abs(Y-62-0.004*pow(X-150,2)),2)*lt(abs(X-150),28)", 232)]),
    "pianista-aq": _person(170, 96, (46, 128, 128), False, 192, (44, 128, 128), _TAPETA, top=[
        _g("lt(abs(hypot(abs(X-170)-12,Y-94)-7),1)+lt(abs(Y-93),0.8)*lt(abs(X-170),5)", 24)]),
    "ulice-aq": _paint([
        _g("lt(hypot((X-250)/7,(Y-40)/5),1)", 250),
        _g("lt(abs(X-250),1.5)*between(Y,44,150)+lt(abs(Y-36),1)*between(X,238,250)", 30),
        _g("lt(X,180)*between(Y,30,110)*lt(abs(mod(X,30)-15),5)*lt(abs(mod(Y,26)-13),6)"
           "*gt(sin(floor(X/30)*3.1+floor(Y/26)*5.3),0.3)", 170),
        _g("lt(X,180+0.3*Y)*lt(Y,120)", "44+8*lt(mod(Y,26),1)"),
        _g("lt(abs(Y-140-0.1*(X-160)),0.8)+lt(abs(Y-160-0.12*(X-160)),0.8)", 80),
        _g("gt(Y,120)", "28+10*lt(mod(X+5*floor(Y/5),10),1)+60*exp(-abs(X-250)/10)*gt(Y,128)")],
        ("22+0.05*Y", 128, 128), add=f"{_RAIN}+50*exp(-hypot(X-250,Y-44)/40)"),
    "nocleharna-aq": _paint([
        _g(f"{_box(236, 292, 24, 84)}*gt(abs(X-264),1.5)*gt(abs(Y-54),1.5)", 100),
        _g(_any(f"lt(hypot((X-{x})/7,(Y-112)/6),1)" for x in _BEDS), 36),
        _g(_any(f"lt(hypot((X-{x})/14,(Y-114)/7),1)" for x in _BEDS), 86),
        _g(_any(f"between(X,{x}-20,{x}+22)*between(Y,116,150)" for x in _BEDS), "62+8*sin(Y/2)"),
        _g(_any(f"lt(abs(X-{x}+22),1.5)*between(Y,100,156)" for x in _BEDS), 20)],
        ("20+4*sin(X/13)", 128, 128), add="30*exp(-hypot(X-264,Y-120)/60)"),
    "chodba-aq": _paint([
        _g("lt(abs(X-166),5)*between(Y,72,100)", 150), _g(_box(144, 176, 68, 102), 40),
        _g("(lt(X,70)+gt(X,250))*between(Y,40,140)*lt(mod(X,40),18)", 30),
        _g("gt(Y,102)*lt(abs(X-160),16+4*(Y-102))",
           "26+40*exp(-pow((X-166)/8,2))*exp(-(Y-102)/30)")], ("34-0.06*abs(Y-86)", 128, 128)),
    "namesti-aq": _paint([
        _g(_flakes(3, 17, 21, 1.4), 252),
        _g(f"lt(hypot(X-{_WX},Y-108),3.5)+between(Y,112,134)*lt(abs(X-{_WX}),4.5)", 56),
        _g("lt(abs(X-220),min(12,2+0.5*Y))*between(Y,2,100)", "186-66*lt(abs(X-220),3)*lt(Y,54)"),
        _g("lt(Y,100)*gt(Y,52+8*lt(mod(X,50),25))",
           "200-30*lt(abs(mod(X,25)-12),3)*lt(abs(mod(Y,16)-8),4)"),
        _g("gt(Y,100)", "228+4*sin(X/3+Y)")], ("222+0.03*Y", 128, 128)),
    "trat-aq": _paint([
        _g(_any(f"lt(abs(X-{x}),{w})*between(Y,{t},96)" for x, w, t in
                ((40, 2, 20), (120, 1.2, 56), (160, 0.8, 72))), 70),
        _g("lt(hypot(X-204,Y-98+0.02*N),2)+between(Y,100,110)*lt(abs(X-204),2.2)", 60),
        _g("gt(Y,96)*lt(abs(abs(X-210)-0.7*(Y-96)-1),0.9)", 96),
        _g("gt(Y,96)", "232+3*sin(X*0.5+Y)")], ("226", 128, 128)),
    "konec-aq": _card(["KONEC"], 30, 72, 0, "0xeeeeee", FONT, "0x000000"),
    # A 1920s French impressionist film.
    "titre-aq": _framed(["COEUR DE BRUME", "1924"], 22, 56, 44, "0xe4e4e4", SERIF, "0x0a0a0a",
                        "0x8a8a8a"),
    "port-aq": _paint([
        _g(_any(f"lt(abs(Y-{y}+0.5*abs(X-{g})),0.8)*lt(abs(X-{g}),5)" for y, g in _GULLS), 240),
        *[_g(f"between(Y,50,108)*between(X-{x}-0.05*sin(N*0.13+{p})*(Y-118),2,(Y-50)*0.55)", 214)
          for x, p in _BOATS],
        *[_g(f"lt(abs(X-{x}-0.05*sin(N*0.13+{p})*(Y-118)),1)*between(Y,44,118)", 40)
          for x, p in _BOATS],
        _g(_any(f"lt(hypot((X-{x})/26,(Y-118-2*sin(N*0.13+{p}))/9),1)*gt(Y,114+2*sin(N*0.13+{p}))"
                for x, p in _BOATS), 46),
        _g("lt(X,60-0.2*Y)*gt(Y,80)", "110-20*lt(mod(Y,10),1)-20*lt(mod(X+5*Y,20),1)"),
        _g("gt(Y,110)", "118+14*sin(X/5+N*0.3+Y*0.7)+6*sin(X/17-N*0.15)"),
        _g("gt(Y,92+6*sin(X/40)+3*sin(X/11))", 130)], ("214-0.5*Y", 128, 128)),
    "intertitre-aq": _framed(["Marie attendait", "le retour des barques."], 16, 66, 28,
                             "0xdedede", SERIF, "0x000000", "0x606060"),
    "marie-aq": _person(150, 98, (60, 128, 128), False, 214, (40, 128, 128), _CHAUX, top=[
        _g("lt(hypot((abs(X-150)-26)/13,(Y-72)/6),1)", 238),
        _g("lt(abs(X-150),10+0.1*Y)*between(Y,16,62)", "246-34*gt(sin(X*1.3)*sin(Y*1.1),0.6)")]),
    "marin-aq": _person(170, 96, (40, 128, 128), False, 176, (70, 128, 128), _CHAUX, top=[
        _g("lt(hypot((X-170)/26,(Y-120)/16),1)*gt(Y,106)*(1-lt(hypot((X-170)/9,(Y-124)/3),1))",
           50), _g("lt(hypot((X-170)/35,(Y-70)/22),1)*lt(Y,76)", "70-16*lt(mod(X,6),2)")]),
    "manege-aq": _paint([
        _g(f"lt(hypot(mod(X,16)-8,Y-52),2.4)*{_IN}", "150+100*gt(sin(floor(X/16)*2.3+N*1.1),0)"),
        _g(f"lt(Y,52)*gt(Y,14+0.3*abs(X-160))*{_IN}", "200-60*gt(sin((X-160)*4/(Y-10)),0)"),
        _g(f"(lt(hypot(({_H}-44)/5,(Y-96-{_HB})/4),1)+lt(hypot(({_H}-30)/14,(Y-104-{_HB})/6),1))"
           f"*{_IN}", 226),
        _g(f"lt(abs(abs({_H}-30)-8),1.3)*between(Y-{_HB},108,118)*{_IN}", 210),
        _g(f"lt(abs({_H}-30),1)*between(Y,52,130)*{_IN}", 190),
        _g("gt(Y,150-10*abs(sin(X/14)))", 20), _g(f"between(Y,130,140)*{_IN}", 150)],
        ("80+10*sin(X/9)*lt(Y,60)", 128, 128)),
    "taverne-aq": _paint([
        _g(f"lt(hypot((X-{_LX})/6,(Y-60)/8),1)", 246),
        _g(f"lt(abs(X-160-({_LX}-160)*Y/56),0.8)*lt(Y,56)", 60),
        _g(_any(f"lt(hypot(X-{x},Y-92),8)+between(Y,100,130)*lt(abs(X-{x}),12)"
                for x in (70, 124, 220, 262)), 28),
        _g("between(Y,118,126)*between(X,40,280)", 120),
        _g("between(Y,40,80)*lt(abs(mod(X,12)-6),2)*gt(X,200)*gt(Y,52-12*lt(mod(X,24),12))", 90)],
        ("40+6*sin(X/8)*sin(Y/8)", 128, 128), add=f"90*exp(-hypot(X-{_LX},Y-64)/50)"),
    "jetee-aq": _paint([
        _g(f"lt(hypot((X-250)/(10+14*{_SW}),(Y-90+20*{_SW})/(6+22*{_SW})),1)", 236),
        _g("lt(abs(X-262),5-0.05*(Y-50))*between(Y,40,92)", "200-60*lt(abs(mod(Y,16)-8),3)"),
        _g("between(Y,150-0.21*X,160-0.17*X)*lt(X,280)", "90-20*lt(mod(X,12),1)"),
        _g("gt(Y,86)", "120+18*sin(X/6+N*0.35+Y*0.8)+8*sin(X/15-N*0.2)")], ("190-0.4*Y", 128, 128)),
    "brume-aq": _paint([
        _g("between(Y,84,100)*between(X-200,0,0.6*Y-50)+lt(hypot((X-206)/10,(Y-101)/2),1)", 160),
        _g("gt(Y,100)", "218+6*sin(Y*0.9+N*0.2+X/60)")], ("236-0.04*Y", 128, 128)),
    "fin-aq": _framed(["FIN"], 30, 74, 0, "0xe0e0e0", SERIF, "0x000000", "0x707070"),
    # A 1970s Filipino Manila melodrama.
    "kalye-aq": _paint([
        (_box(40, 110, 40, 46), 40, 128, 128), (_box(30, 120, 30, 60), 200, 100, 180),
        (_box(200, 260, 50, 62), 180, 170, 80),
        ("lt(Y,120)*gt(Y,20+40*gt(sin(floor(X/60)*2.3),0)+10*sin(floor(X/60)*1.7))",
         "56+110*lt(abs(mod(X,12)-6),2)*lt(abs(mod(Y,14)-7),3)"
         "*gt(sin(floor(X/12)*1.9+floor(Y/14)*2.7),0.3)", 116, 150),
        ("gt(Y,120)", "50+40*exp(-pow((Y-140)/6,2))*gt(sin(X/3+N*0.5),0.7)", 120, 140)],
        ("150-0.6*Y", 100, 176)),
    "konstruksyon-aq": _paint([
        (_any(f"lt(hypot(X-{x},Y-{y}),3)+between(Y,{y}+3,{y}+16)*lt(abs(X-{x}),3)"
              for x, y in ((60, 70), (140, 40), (230, 104), (280, 70))), 60, 120, 150),
        (_box(20, 300, 10, 140), f"if({_POLES},150,60+120*lt(mod(Y,34),7))",
         f"if({_POLES},110,126)", 140),
        ("gt(Y,140)", "150+10*sin(X/4)*sin(Y/3)", 110, 150)],
        ("214-0.3*Y", 120, 140), add="20*gt(sin((X+3*N)/11+2*sin(Y/9)),0.7)"),
    "julio-aq": _person(150, 98, (20, 128, 128), False, 150, (150, 146, 112), _TABLA),
    "ligaya-aq": _person(170, 96, (22, 128, 128), True, 160, (170, 110, 170), _TABLA,
                         top=[("lt(hypot(X-142,Y-68),5)", 226, 110, 160)]),
    "ongpin-aq": _paint([
        (_any(f"lt(hypot((X-{x})/9,(Y-{y})/11),1)" for x, y in _LANTERNS), 170, 96, 214),
        (f"{_SIGN}*gt(sin(Y/3),-0.5)", 190, 170, 80), (_SIGN, 40, 140, 110),
        ("lt(X,80+0.3*Y)+gt(X,240-0.3*Y)", "30+8*sin(Y/5)", 124, 140),
        ("gt(Y,140)", "24+40*exp(-pow((X-130)/10,2))", 110, 170)], ("18", 134, 130),
        add="+".join(f"40*exp(-hypot(X-{x},Y-{y})/30)" for x, y in _LANTERNS)),
    "silid-aq": _paint([
        ("lt(hypot(X-160,Y-36),4)", 70, 128, 128), ("lt(abs(X-160),0.6)*lt(Y,32)", 20, 128, 128),
        ("lt(hypot(X-100,Y-84),9)+between(Y,92,126)*lt(abs(X-100),13)", 30, 128, 132),
        (_box(40, 200, 110, 150), 60, 124, 134), (_box(230, 290, 40, 100), 60, 120, 170)],
        ("14+2*sin(X/9)", 128, 128), add="24*exp(-hypot(X-260,Y-70)/50)"),
    "estero-aq": _paint([
        (f"lt(Y,8+{_ROOFS})*gt(Y,{_ROOFS}-6)*lt(mod(X,46),44)", 90, 110, 160),
        (f"lt(Y,110)*gt(Y,{_ROOFS})*lt(mod(X,46),42)", "80+20*lt(mod(X,6),1)", 124, 136),
        ("between(Y,110,126)*lt(mod(X,23),1.5)", 40, 128, 128),
        ("gt(Y,120)", "60+10*sin(X/4+N*0.2)", 126, 126)], ("110-0.3*Y", 134, 124), add=_RAIN),
    "simbahan-aq": _paint([
        (_any(f"lt(hypot((X-{x})/9,(Y-118)/4),1)*lt(Y,118)+lt(abs(X-{x}),1)*between(Y,118,132)"
              for x in (60, 110, 214, 266)), 40, 128, 128),
        _g(_any(f"lt(hypot((X-{x})/4,(Y-146)/2.5),1)" for x in (40, 52, 230, 262, 280)), 110),
        _g("between(X,144,176)*between(Y,90,140)*(gt(Y,106)+lt(hypot(X-160,Y-106),16))", 60),
        ("between(X,80,240)*between(Y,30,140)+lt(Y,30)*gt(Y,2+0.3*abs(X-160))*lt(abs(X-160),80)",
         "206-16*lt(mod(Y,20),1)-20*lt(abs(mod(X-80,32)-16),1)", 118, 140),
        ("gt(Y,140)", 196, 122, 136)], ("232", 126, 130)),
    "palengke-aq": _paint([
        ("lt(Y,70+6*sin(X/20))", "206-14*lt(mod(X,40),2)", 118, 140),
        ("between(Y,100,140)*gt(sin(X/3)*sin(Y/3),0)", "180+20*sin(floor(X/40)*2)",
         "100+20*sin(floor(X/40)*3)", "150+10*sin(floor(X/40)*5)"),
        ("between(Y,70,140)", 150, 120, 138), ("gt(Y,140)", 198, 122, 136)], ("228", 126, 130)),
    "wakas-aq": _card(["WAKAS"], 30, 72, 0, "0xfff0d0", FONT, "0x000000"),
    # A 1980s Indonesian horror film.
    "beringin-aq": _paint([
        ("lt(abs(mod(X+3*sin(Y/9),9)-4.5),0.9)*between(X,90,230)*between(Y,40,130)", 34, 120, 120),
        ("lt(hypot((X-160)/110,(Y-30)/36),1+0.12*sin(X/5)*sin(Y/4))",
         "26+10*gt(sin(X/3)*sin(Y/3),0.3)", 124, 112),
        ("lt(abs(X-160),16+0.2*max(Y-100,0))*between(Y,30,140)", "40+10*sin(X/2)", 126, 124),
        (_any(f"lt(abs(X-{x}),5)*between(Y,{y}-12,{y})+lt(hypot(X-{x},Y-{y}+12),5)"
              for x, y in ((40, 146), (76, 150), (250, 148), (286, 144))), 150, 104, 100),
        ("gt(Y,136+4*sin(X/30))", 30, 120, 118)],
        ("34+0.1*Y", 150, 110), add="24*gt(sin((X-2*N)/17+2*sin(Y/9)),0.6)*gt(Y,110)"),
    "rumah-aq": _paint([
        ("lt(hypot((X-110)/2.5,(Y-92+1.5*sin(N*1.3))/5),1)", 250, 80, 170),
        ("lt(abs(X-110),5)*between(Y,97,110)+between(X,60,170)*between(Y,110,118)", 66, 116, 150),
        ("lt(abs(mod(X-60,110)-2),2)*between(Y,118,150)*lt(X,174)", 50, 116, 146),
        _g("lt(hypot(X-210,Y-80),10)+between(Y,88,140)*lt(abs(X-210),14+0.1*(Y-88))", 30),
        (_box(250, 300, 30, 80), 60, 160, 110)],
        ("52+14*gt(sin((X+Y)/3.5)*sin((X-Y)/3.5),0)", 104, 156),
        mul="(1+0.08*sin(N*1.9)*sin(N*0.7+1))", add="110*exp(-hypot(X-110,Y-92)/60)"),
    "dukun-aq": _person(150, 98, (30, 128, 128), False, 120, (30, 128, 128), _BILIK, top=[
        _g("lt(hypot((X-150)/12,(Y-113)/2.5),1)", 20),
        ("lt(hypot((X-150)/34,(Y-72)/20),1)*lt(Y,76)", "80+30*gt(sin(X/2)*sin(Y/2),0)", 110, 150)]),
    "sumarni-aq": _person(170, 96, (12, 128, 128), True, 176, (236, 126, 130), _BILIK, top=[
        _g(_any(f"lt(hypot(X-{x},Y-{y}),2.2)" for x, y in ((136, 70), (140, 78), (134, 86))),
           250)]),
    "kuburan-aq": _paint([
        (f"lt(hypot((X-{_GX})/9,(Y-80)/16),1)*lt(Y,92)*gt(abs(X-{_GX}),3)", 16, 128, 128),
        (f"lt(hypot((X-{_GX})/10,(Y-96)/30),1)*gt(Y,70)+lt(hypot(X-{_GX},Y-70),7)",
         "220+10*sin(Y/3)", 124, 126),
        (_any(f"lt(abs(X-{x}),{w})*between(Y,{y - 2 * w},{y})" for x, y, w in _STONES), 130,
         110, 104),
        _g("lt(abs(X-250-6*sin(Y/12)),4)*between(Y,40,140)+lt(hypot((X-250)/40,(Y-40)/20),1)", 40),
        ("gt(Y,128)", 60, 116, 116)],
        ("60+0.2*Y", 140, 104), add="30*gt(sin((X-2.5*N)/23+2*sin(Y/13)),0.5)"),
    "obor-aq": _paint([
        (_any(f"lt(hypot((X-{x})/3,(Y-{y}+3*sin(N*1.1+{x}))/7),1)" for x, y in _OBOR), 240,
         70, 180),
        _g(_any(f"lt(abs(X-{x}),1)*between(Y,{y}+4,{y}+24)" for x, y in _OBOR), 50),
        (_any(f"lt(hypot(X-{x}-8,Y-{y}+2),6)+between(Y,{y}+4,150)*lt(abs(X-{x}-8),9)"
              for x, y in _OBOR), 24, 128, 132),
        ("lt(Y,100)*gt(Y,60+0.6*abs(mod(X,80)-40))", 30, 126, 134)],
        ("20", 140, 120), add="+".join(f"60*exp(-hypot(X-{x},Y-{y})/26)" for x, y in _OBOR)),
    "sawah-aq": _paint([
        (f"between(Y,74,82)*lt(abs(X-{_FX}),(Y-74)*1.4)", 210, 110, 140),
        _g(f"lt(abs(X-{_FX}),4)*between(Y,82,100)", 60),
        _g(_any(f"lt(hypot(X-{x},Y-30),12)*gt(sin(atan2(Y-30,X-{x})*7),0.3)"
                f"+lt(abs(X-{x}-0.1*(Y-40)),1.4)*between(Y,30,72)" for x in (40, 270)), 50),
        ("gt(Y,70+8*sin(X/40))", "110+30*gt(sin((Y-10*sin(X/40))/5),0.6)+10*sin(X/3)*sin(Y/2)",
         90, 100)], ("190-0.4*Y", 110, 160), add="30*exp(-pow((Y-74)/10,2))"),
    "pantai-aq": _paint([
        ("lt(hypot(X-220,Y-56),12)", 250, 90, 170),
        ("gt(Y,120-30*exp(-pow((X-60)/30,2)))*lt(X,110)", 30, 126, 130),
        ("gt(Y,140+6*sin(X/30+N*0.1))", 150, 110, 150),
        _g("gt(Y,84)*lt(abs(mod(Y-84+2*N+6*sin(X/20),22)-11),1.5)", 220),
        ("gt(Y,84)", "70+16*sin(X/6+N*0.3)", 150, 100)],
        ("160-0.6*Y", 80, 190), add="60*exp(-hypot(X-220,Y-56)/40)"),
    "tamat-aq": _card(["TAMAT"], 30, 72, 0, "0xd01818", SERIF, "0x000000"),
    # A 2010s Russian film of the Barents Sea coast.
    "more-aq": _paint([
        ("lt(abs(Y-128-10*sin(X/30)-3*sin(X/7+N*0.3)),2+1.5*sin(X/5+N*0.2))", 200, 130, 126),
        _g("gt(Y,136-24*exp(-pow((X-60)/40,2))-30*exp(-pow((X-280)/30,2))+4*sin(X/4))",
           "40+10*sin(X/3)*sin(Y/2)"),
        ("gt(Y,78)", "86+16*sin(X/5+N*0.3+Y*0.9)+8*sin(X/13-N*0.1)", 134, 122)],
        ("178-0.2*Y+8*gt(sin(X/40+Y/20),0.3)", 132, 124)),
    "dom-aq": _paint([
        (_box(200, 250, 80, 112), "120+60*sin(X/7+N*0.9)*sin(Y/5)", 150, 120),
        _g(_box(194, 256, 74, 118), 30),
        _g("lt(hypot(X-100,Y-92),9)+between(Y,100,130)*lt(abs(X-100),14)", 20),
        (_box(30, 170, 110, 150), 36, 130, 124), (_box(30, 80, 20, 70), 44, 150, 116)],
        ("22+4*lt(mod(X,18),1)", 134, 122), add="50*exp(-hypot(X-225,Y-96)/70)"),
    "kolya-aq": _person(150, 98, (60, 128, 128), False, 170, (60, 134, 120), _DOSKI, top=[
        _g("lt(hypot((X-150)/27,(Y-118)/18),1)*gt(Y,104)*gt(sin(X*2.1)*sin(Y*1.9),0.1)", 120)]),
    "lilya-aq": _person(170, 96, (150, 118, 140), True, 200, (40, 130, 126), _DOSKI),
    "doroga-aq": _paint([
        _g("gt(Y,90)*lt(abs(X-150),0.6+0.02*(Y-90))*gt(sin(Y*0.5),0)", 200),
        _g("gt(Y,90)*lt(abs(X-150),4+1.2*(Y-90))", 70),
        ("gt(Y,90)", "106+10*sin(X/4)*sin(Y/3)+8*sin(X/31)", 122, 134),
        ("gt(Y,70+10*sin(X/60)+4*sin(X/13))", 90, 132, 126)], ("184-0.2*Y", 130, 126)),
    "piknik-aq": _paint([
        (_any(f"lt(abs(X-{x}),2)*between(Y,86,98)" for x in (236, 246, 258)), 60, 150, 110),
        _g("lt(hypot((X-248)/30,(Y-104)/8),1)", 80),
        _g("lt(abs(Y-88-0.1*(X-130)),1.2)*between(X,130,172)", 30),
        (_any(f"lt(hypot(X-{x},Y-80),7)+between(Y,86,130)*lt(abs(X-{x}),10)" for x in (120, 60)),
         36, 136, 122), ("gt(Y,96)", "110+8*sin(X/6+N*0.2)", 134, 122),
        ("gt(Y,80+6*sin(X/50))", 70, 128, 126)], ("190-0.3*Y", 130, 126)),
    "kit-aq": _paint([
        _g(_any(f"lt(abs(hypot(X-{c},Y-120)-{30 - abs(c - 170) * 0.25}),1.6)*lt(Y,120)"
                for c in range(100, 242, 14)), 170),
        _g("lt(abs(Y-92-0.002*pow(X-170,2)),2)*between(X,90,250)", 160),
        _g("lt(hypot((X-262)/16,(Y-112)/9),1)", 176), _g("gt(Y,120)", "222+4*sin(X/3)*sin(Y/2)")],
        ("230+0.03*Y", 128, 126), add="6*sin((X-N)/30)"),
    "tserkov-aq": _paint([
        (_any(f"lt(hypot((X-{x})/2,(Y-{y}+sin(N*1.7+{x}))/4),1)" for x, y in _SVECHI), 250,
         90, 170),
        (_any(f"lt(abs(X-{x}),1.3)*between(Y,{y}+4,{y}+20)" for x, y in _SVECHI), 200, 120, 140),
        (_any(_box(x - 14, x + 14, 40, 80) for x in (100, 160, 220)),
         "70+20*gt(sin(X/2)*sin(Y/2),0.5)", 100, 150), (_box(40, 280, 30, 100), 24, 124, 136)],
        ("12", 128, 128), mul="(1+0.1*sin(N*2.3)*sin(N*0.9))",
        add="+".join(f"40*exp(-hypot(X-{x},Y-{y})/30)" for x, y in _SVECHI)),
    "bereg-aq": _card(["BEREG"], 30, 72, 0, "0xe8e8e8", FONT, "0x000000"),
    # A 2000s Argentine New Cinema film.
    "pileta-aq": _paint([
        (_any(f"lt(hypot((X-{x})/18,(Y-{y})/5),1)" for x, y in _DECK), 170, 110, 150),
        (_any(f"lt(abs(Y-{y}-4+0.3*(X-{x})),3)*between(X,{x}-20,{x}+20)" for x, y in _DECK),
         "150-40*lt(mod(X,6),3)", 120, 140),
        ("between(Y,110,170)*lt(abs(X-160),150-0.3*(170-Y))", "84+10*sin(X/7+N*0.2)*sin(Y/3)",
         116, 112),
        ("between(Y,104,174)*lt(abs(X-160),156-0.3*(170-Y))", 200, 126, 130),
        ("gt(Y,86)", "150+6*sin(X/3)", 116, 142),
        ("lt(Y,86)*gt(Y,40+14*sin(X/17)+8*sin(X/5))", "70+14*sin(X/3)*sin(Y/2)", 110, 118)],
        ("224-0.2*Y", 126, 130)),
    "monte-aq": _paint([
        ("lt(hypot(mod(X,26)-13,(Y-110-8*sin(floor(X/26)*2.1))*1.3),7+3*sin(floor(X/26)*1.7))"
         "*gt(Y,96)", 70, 116, 124),
        ("gt(Y,120)*lt(abs(X-160+0.8*(Y-120)),10+0.6*(Y-120))", 170, 112, 146),
        ("gt(Y,90+14*sin(X/60))", "130+8*sin(X/5)*sin(Y/4)", 112, 140),
        ("gt(Y,60+20*abs(sin(X/70)))", 160, 124, 130)],
        ("214-0.3*Y", 128, 126), add="16*gt(sin((X-3*N)/13+2*sin(Y/8)),0.7)"),
    "momi-aq": _person(150, 98, (70, 120, 140), True, 190, (120, 110, 170), _AZULEJO),
    "jose-aq": _person(170, 96, (30, 128, 128), False, 168, (210, 128, 128), _AZULEJO),
    "dormitorio-aq": _paint([
        _g("lt(abs(sin(atan2((Y-16)*7,X-160)-N*0.5)),0.25)*lt(hypot((X-160)/70,(Y-16)/10),1)", 40),
        (_any(f"lt(hypot(X-{x},Y-104),7)" for x in (50, 108)), 150, 110, 150),
        (_any(_box(x - 30, x + 30, 110, 150) for x in (60, 120)), 190, 124, 134),
        ("between(X,180,300)*between(Y,30,100)*lt(mod(Y,8),4)", 200, 116, 146)],
        ("70+4*sin(X/9)", 118, 138)),
    "tormenta-aq": _paint([
        (_WIN, 200, 100, 160),
        _g("between(X,30,290)*between(Y,70,140)+gt(Y,30+0.3*abs(X-160))*lt(Y,72)*between(X,20,300)",
           30), _g("gt(Y,140)", 20)], ("26+0.05*Y", 140, 122), add=_RAIN),
    "galeria-aq": _paint([
        (_ARCH, "44+30*gt(sin(X*3.9+floor((Y+18*N+0.2*X)/11)*2.7),0.95)", 134, 124),
        _g("lt(hypot((X-200)/30,(Y-110)/6),1)", 26), _g("gt(Y,140)", "24+8*lt(mod(X+Y,20),10)")],
        ("16", 128, 128)),
    "sabanas-aq": _paint([
        _g("lt(abs(Y-36-0.002*pow(X-160,2)),0.6)", 120),
        (_any(f"between(X,{x}+4*sin(N*0.2+Y/12),{x + w}+4*sin(N*0.2+Y/12))"
              f"*between(Y,38,{38 + h}+3*sin(N*0.25+X/9))" for x, w, h in _SHEETS),
         "248-12*sin(X/5+N*0.3)", 128, 128),
        ("gt(Y,130)", "214+4*sin(X/3)", 124, 134)], ("228-0.05*Y", 128, 126)),
    "cielo-aq": _paint([
        _g(f"lt(abs(Y-{_BY}-0.3*abs(X-{_BX})),1)*lt(abs(X-{_BX}),8)", 110),
        ("gt(Y,150+6*sin(X/40))", 200, 124, 130)], ("236+0.05*Y", 126, 130),
        add="12*exp(-hypot(X-230,Y-40)/40)"),
    "fin263-aq": _card(["FIN"], 30, 72, 0, "0xf0f0f0", FONT, "0x000000"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AQ = {}

FX_AQ = {
    **{f"grain{k}-aq": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 14, "t+u", 64258013), (2, 10, "t+u", 64259027), (3, 13, "t+u", 64260031),
        (4, 8, "t", 64261043), (5, 4, "t", 64262057), (6, 6, "t", 64263071)]},
    # Framings as in held-out-af; bars of 1.33, 1.66, 1.85, 2.35 and 2.00 as in held-out-ae, -ap,
    # -ao and -an (nothing random in them); the Argentine film has none.
    **{f"{k}-aq": FX_AF[f"{k}-af"] for k in ("closer", "near")},
    "box133-aq": FX_AE["box133-ae"], "box166-aq": FX_AP["box166-ap"],
    **{f"box{r}-aq": FX_AO[f"box{r}-ao"] for r in (185, 235)}, "box200-aq": FX_AN["box200-an"],
    # Looks: grainy black and white; tints with flicker, gate weave, dust and a vignette; faded
    # warm colour; saturated colour; cold desaturated digital colour; muted humid colour.
    "praha-aq": "hue=s=0,eq=contrast=1.15:gamma=0.97,gblur=sigma=0.4",
    "straw-aq": "hue=s=0,colorchannelmixer=.35:.69:.13:0:.32:.63:.12:0:.21:.42:.08",
    "violet-aq": "hue=s=0,colorchannelmixer=.26:.51:.10:0:.18:.35:.07:0:.30:.59:.12",
    "seagreen-aq": "hue=s=0,colorchannelmixer=.18:.35:.07:0:.29:.58:.11:0:.26:.52:.10",
    "flick24-aq": "eq=brightness='0.04*sin(n*3.1)*sin(n*0.9+1)+0.012*sin(n*0.23)':eval=frame",
    "weave-aq": "crop=308:173:x='6+1.2*sin(n*2.1)':y='3.5+1.0*sin(n*1.5+1)*sin(n*0.8)',"
                "scale=320:180",
    "dust-aq": _overlay("gt(lt(hypot(X-160-150*sin(N*17.93),Y-90-85*sin(N*43.1)),1.5)+lt(hypot("
                        "(X-160-150*sin(N*13.7+2))/2.5,Y-90-85*sin(N*27.9+1)),1),0)", 26),
    "vig-aq": "vignette=PI/4.3",
    "manila-aq": "eq=saturation=0.75:contrast=0.9:gamma=1.1,"
                 "colorbalance=rs=0.08:gs=0.03:bs=-0.08,gblur=sigma=0.6",
    "orba-aq": "eq=saturation=1.4:contrast=1.12:gamma=0.95,colorbalance=rs=0.04:bs=-0.02",
    "sever-aq": "eq=saturation=0.5:contrast=1.04:gamma=0.96,"
                "colorbalance=rs=-0.04:bs=0.07:rh=-0.02:bh=0.03",
    "salta-aq": "eq=saturation=0.8:contrast=0.96:gamma=1.04,colorbalance=rs=0.01:gs=0.04:bs=-0.04",
    # Camera moves: pans both ways and a whip pan as in held-out-ao, a fast pan.
    **{f"{k}-aq": FX_AO[f"{k}-ao"] for k in ("panr", "panl", "whip")},
    "fastpan-aq": "scale=480:270,crop=320:180:x='150-2.4*n':y=40",
    # Things that are not boundaries, around MID (see the docstring); subtitles and titles first.
    **{f"sub-{k}-aq": _subs([(line, *cue)]) for (k, line), cue in zip([
        ("divka", "Do you play only sad songs."), ("pianista", "Only when the band goes home."),
        ("julio", "I looked for you in every street."),
        ("ligaya", "You should not have come Julio."),
        ("dukun", "The queen of the night wants her daughter back."),
        ("sumarni", "Then let her come for me."), ("kolya", "They will take the house by spring."),
        ("lilya", "Then we leave before spring."), ("momi", "Nobody swims in that pool anymore."),
        ("jose", "Mom says the water is clean.")],
        [(-14, 8), (-12, 10)] * 5)},
    **{f"title{k}-aq": _fade(line, size, y, color, font, a, b, _EDGE.format(edge))
       for k, line, size, y, color, font, a, b, edge in [
           (260, "ANINO NG LUNGSOD", 22, 30, "0xfff0c0", FONT, -26, 14, "0x301000"),
           (261, "KUTUKAN RATU MALAM", 18, 40, "0xe01818", SERIF, -26, 20, "0x200000"),
           (262, "BEREG", 26, 40, "0xf0f0f0", FONT, -26, 18, "0x000000"),
           (263, "EL VERANO ESPESO", 20, 26, "0xffffff", FONT, -24, 20, "0x000000")]},
    "tma-aq": _grade("LUM*(1-0.8*(between(N,MID-5,MID+4)+0.5*eq(N,MID+6)))"),
    "tramvaj-aq": _overlay(f"lt(abs(X-{_TX}),190)*gt(Y,18)", 70) + ","
                  + _overlay(f"lt(abs(X-{_TX}),184)*between(Y,44,84)*gt(abs(mod(X-{_TX},46)-23),3)",
                             196) + ","
                  + _overlay(f"lt(abs(X-{_TX}),190)*between(Y,120,126)", 150),
    "baterka-aq": _grade("LUM+between(N,MID-14,MID+12)*90*exp(-pow(hypot((X-30-8*(N-MID+14))/34,"
                         "(Y-118)/18),2))"),
    "ivrogne-aq": _overlay(_CROSS.format(x0=160, dx=-26, rx=70, y=100, ry=120), 14),
    "embrun-aq": _overlay(f"0.9*clip(1.6*(1-hypot((X-150)/(30+9*{_KS}),"
                          f"(Y-100+2*{_KS})/(24+7*{_KS}))),0,1)*(0.8+0.2*sin(X*1.7+Y*2.3))"
                          "*gt(N,MID-4)*clip((MID+14-N)/8,0,1)", 240),
    "dyip-aq": _overlay(f"lt(abs(X-{_JX}),140)*gt(Y,40)", 196, 106, 146) + ","
               + _overlay(f"lt(abs(X-{_JX}),140)*between(Y,118,126)", 90, 100, 200) + ","
               + _overlay(f"lt(abs(X-{_JX}),130)*between(Y,60,92)*gt(abs(mod(X-{_JX},30)-15),3)",
                          24),
    "neon260-aq": _overlay(f"{_SIGN}*(between(N,MID-9,MID-7)+between(N,MID+2,MID+3)"
                           "+eq(N,MID+6))", 26, 128, 128),
    "bumbilya-aq": _lamp(0, 160, 36, 6, 1.8, -8, 14) + "," + _grade(f"LUM+28*{_ramp(0, 2)}"),
    "kidlat-aq": _bolt(96, 6, 48),
    "kalapati-aq": _overlay("(" + "+".join(
        f"lt(hypot((X-{x}-{dx}*(N-MID+2))/({s}*(1+0.06*(N-MID+2))),"
        f"(Y-{y}+{dy}*(N-MID+2))/({s}*0.5*(1+0.06*(N-MID+2)))),1)" for x, y, dx, dy, s in _PIGEONS)
        + ")*gt(N,MID-2)", 70),
    "petir261-aq": _bolt(262, 12, 60),
    "pelita-aq": _out(0, 110, 92, 50, (2.5, 5)),
    "kabut-aq": _overlay(f"0.85*clip(1.4*(1-hypot((X-60-6*{_KF})/(60+4*{_KF}),"
                         f"(Y-100)/(50+3*{_KF}))),0,1)*gt(N,MID-14)*clip((MID+16-N)/10,0,1)",
                         200, 120, 122),
    "tv-aq": _grade("LUM*(1+(0.3*sin(N*1.9)*sin(N*0.53+1)+0.45*between(N,MID,MID+5))"
                    "*exp(-hypot(X-225,Y-96)/110))",
                    "CH+14*between(N,MID,MID+5)*exp(-hypot(X-225,Y-96)/110)"),
    "ekskavator-aq": _overlay(f"lt(abs(X-{_EX}),120)*between(Y,40,150)", 168, 66, 152) + ","
                     + _overlay(f"between(X-{_EX},-60,0)*between(Y,50,90)", 40) + ","
                     + _overlay(f"lt(abs(X-{_EX}),130)*gt(Y,140)", 24),
    "vystrely-aq": _overlay("(" + "+".join(f"eq(N,MID{k:+d})*{_BLOOM.format(x=174, y=92, r=6)}"
                                           for k in (-10, 0, 9)) + ")", 250, 100, 160) + ","
                   + _flash((-10, 0, 9), (0.1, 0.12, 0.1)),
    "flash263-aq": _overlay(f"eq(N,MID)*{_BLOOM.format(x=100, y=96, r=14)}", 252) + ","
                   + _flash((0, 1), (0.45, 0.1)),
    "rayo-aq": _bolt(70, -8, 60),
    "apagon-aq": _grade(f"LUM-{_OFF}*(LUM-30)*{_WIN}", *[f"CH-{_OFF}*(CH-128)*{_WIN}"] * 2),
}

# held-out-aq (clips 258-263): new recipes again, written after held-out-ap without running the
# detector on them: six more kinds of film, clips of about 20 to 22 s with 11 shots, mixing cuts
# between similar and different shots, to and from cards, between dark and near-white shots, to
# closer and nearer framings, tint changes, camera motion, things passing the lens, lights failing,
# switched on and blown out, flashes, lightning, rain, snow, mist, fog and spray, grain, flicker,
# gate weave, bars of five ratios and none, titles, an intertitle and subtitles, dissolves of 22
# to 40 frames, one through grey, fades through black and white and fade outs and ins.
_CS = "praha-aq grain1-aq box166-aq"
_ST = "straw-aq flick24-aq weave-aq dust-aq grain2-aq vig-aq box133-aq"
_VI = "violet-aq flick24-aq weave-aq dust-aq grain2-aq vig-aq box133-aq"
_SG = "seagreen-aq flick24-aq weave-aq dust-aq grain2-aq vig-aq box133-aq"
_MN = "manila-aq grain3-aq box185-aq"
_ID = "orba-aq grain4-aq box235-aq"
_RU = "sever-aq grain5-aq box200-aq"
_AR = "salta-aq grain6-aq"
HELD_OUT_AQ = [
    ("loterie", [
        S("titul-aq", 34, 0, _CS), "cut", S("sal-aq", 74, 0, f"panr-aq tma-aq {_CS}"), "cut",
        S("divka-aq", 36, 0, f"sub-divka-aq {_CS}"), "cut",
        S("pianista-aq", 32, 0, f"sub-pianista-aq {_CS}"), "cut",
        S("divka-aq", 52, 36, f"closer-aq {_CS}"), "fade:30",
        S("ulice-aq", 64, 0, f"tramvaj-aq {_CS}"), "fadeio:16:12",
        S("nocleharna-aq", 56, 0, f"baterka-aq {_CS}"), "cut",
        S("chodba-aq", 50, 0, _CS), "fadewhite:24", S("namesti-aq", 62, 0, _CS), "cut",
        S("trat-aq", 56, 0, _CS), "cut", S("konec-aq", 34, 0, _CS)]),
    ("coeur-de-brume", [
        S("titre-aq", 36, 0, _ST), "cut", S("port-aq", 70, 0, f"panl-aq {_ST}"), "cut",
        S("intertitre-aq", 38, 0, _ST), "cut", S("marie-aq", 36, 0, _ST), "cut",
        S("marin-aq", 32, 0, _ST), "cut", S("marie-aq", 54, 36, f"closer-aq {_ST}"), "fade:34",
        S("manege-aq", 64, 0, _ST), "cut",
        S("taverne-aq", 58, 0, f"ivrogne-aq {_VI}"), "fadeblack:28",
        S("jetee-aq", 66, 0, f"embrun-aq {_SG}"), "cut", S("brume-aq", 60, 0, _ST), "fadeio:20:12",
        S("fin-aq", 34, 0, _ST)]),
    ("anino-ng-lungsod", [
        S("kalye-aq", 68, 0, f"title260-aq dyip-aq {_MN}"), "cut",
        S("konstruksyon-aq", 56, 0, f"fastpan-aq {_MN}"), "cut",
        S("julio-aq", 34, 0, f"sub-julio-aq {_MN}"), "cut",
        S("ligaya-aq", 32, 0, f"sub-ligaya-aq {_MN}"), "cut",
        S("julio-aq", 50, 34, f"closer-aq {_MN}"), "fade:26",
        S("ongpin-aq", 60, 0, f"neon260-aq {_MN}"), "cut",
        S("silid-aq", 56, 0, f"bumbilya-aq {_MN}"), "fadeblack:24",
        S("estero-aq", 64, 0, f"kidlat-aq {_MN}"), "fade:36",
        S("simbahan-aq", 60, 0, f"kalapati-aq {_MN}"), "cut",
        S("palengke-aq", 54, 0, _MN), "fadeio:18:12", S("wakas-aq", 34, 0, _MN)]),
    ("kutukan-ratu-malam", [
        S("beringin-aq", 76, 0, f"title261-aq petir261-aq {_ID}"), "cut",
        S("rumah-aq", 60, 0, f"pelita-aq {_ID}"), "cut",
        S("dukun-aq", 34, 0, f"sub-dukun-aq {_ID}"), "cut",
        S("sumarni-aq", 32, 0, f"sub-sumarni-aq {_ID}"), "cut",
        S("sumarni-aq", 50, 32, f"closer-aq {_ID}"), "fade:30",
        S("kuburan-aq", 66, 0, f"kabut-aq {_ID}"), "cut",
        S("obor-aq", 60, 0, f"whip-aq {_ID}"), "fadeblack:30", S("sawah-aq", 64, 0, _ID), "cut",
        S("sawah-aq", 64, 64, f"near-aq {_ID}"), "fade:40",
        S("pantai-aq", 70, 0, _ID), "fadeio:18:12", S("tamat-aq", 34, 0, _ID)]),
    ("bereg", [
        S("more-aq", 70, 0, f"title262-aq {_RU}"), "cut", S("dom-aq", 58, 0, f"tv-aq {_RU}"), "cut",
        S("kolya-aq", 34, 0, f"sub-kolya-aq {_RU}"), "cut",
        S("lilya-aq", 32, 0, f"sub-lilya-aq {_RU}"), "cut",
        S("lilya-aq", 50, 32, f"closer-aq {_RU}"), "cut",
        S("doroga-aq", 62, 0, f"ekskavator-aq {_RU}"), "fade:32",
        S("piknik-aq", 64, 0, f"vystrely-aq {_RU}"), "cut", S("kit-aq", 60, 0, _RU), "cut",
        S("kit-aq", 46, 60, f"near-aq {_RU}"), "fadeblack:26",
        S("tserkov-aq", 62, 0, _RU), "fadeio:20:12", S("bereg-aq", 34, 0, _RU)]),
    ("el-verano-espeso", [
        S("pileta-aq", 70, 0, f"title263-aq {_AR}"), "cut",
        S("monte-aq", 60, 0, f"panr-aq {_AR}"), "cut",
        S("momi-aq", 34, 0, f"sub-momi-aq {_AR}"), "cut",
        S("jose-aq", 32, 0, f"sub-jose-aq {_AR}"), "cut",
        S("jose-aq", 50, 32, f"closer-aq {_AR}"), "fadegrays:22",
        S("dormitorio-aq", 60, 0, f"flash263-aq {_AR}"), "cut",
        S("tormenta-aq", 64, 0, f"rayo-aq apagon-aq {_AR}"), "cut",
        S("galeria-aq", 52, 0, _AR), "fadewhite:24", S("sabanas-aq", 58, 0, _AR), "cut",
        S("cielo-aq", 56, 0, _AR), "fadeio:20:12", S("fin263-aq", 34, 0, _AR)]),
]
