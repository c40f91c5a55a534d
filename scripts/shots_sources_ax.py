"""Sources, effects and recipes of held-out-ax (clips 300-305), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-299. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a framed title card,
rapids with logs tumbling and a floater riding his log under a pan, an intertitle, a forest camp
where a fir is felled, a young woman's face in a kerchief and a floater's face before one log wall
and a closer framing of hers, a cabin at night where a kerosene lamp is lit, a log boom on a lake
in a thunderstorm with lightning, a near-white misty lake at dawn with a rowing boat and a swallow
passing the lens and a card reading LOPPU (a 1920s Finnish silent film of log floaters on the
rapids in 1.33, greys tinted amber by day, green in the forest, blue by night and peach at dawn,
with flicker, gate weave, a scratch and grain); mountains with a trembita player on a ridge under a
slow push-in and a title, a high meadow with sheep grazing and a shepherd's hut seen by a swaying
camera, a young man's face in a feathered hat and a girl's face in a wreath before one carved wall
with subtitles and a closer framing of hers, a mountain stream with a wreath floating down and the
sun glinting, a winter village at night with carollers carrying a star in falling snow and a torch
passing the lens (a memory in steel-blue monochrome), a Kupala bonfire at night with dancers
circling, sparks, a couple jumping over it and the fire flaring, a wooden church with candles and a
swinging censer whose door is thrown open on daylight, a near-white sea of clouds over the peaks
with a hawk circling and credits rolling over black (a 1960s Ukrainian Soviet poetic film of the
Carpathians in 1.37, saturated colour with grain); a framed title card, the icebreaker in port with
smoke from its funnels, flags and a crowd waving under a pan, a map with the route drawn along the
coast, the ice ahead seen from the heaving deck with the bow breaking it, a captain's face in a fur
hat and a radio operator's face in headphones before one bulkhead with a porthole with subtitles
and a closer framing of the captain's, a near-white ice field with men hauling a sledge and a
plane's wing passing the lens, the ship frozen in at polar night under the aurora with its
searchlight sweeping the ice and turned into the lens, a camp on the ice where a signal flare is
fired and credits rolling over black (a 1930s Soviet documentary of an Arctic icebreaker expedition
in 1.19, black and white with flicker, frame-line jumps and grain); a Punjab village with an ox
turning a Persian wheel under a pan and a title, a fair with a Ferris wheel turning seen hand-held,
a hero's face in a turban and a girl's face in a dupatta before one painted wall with subtitles and
a closer framing of his, women dancing giddha at night under strings of bulbs blinking with a crash
zoom, a haveli at night where a guard fires his rifle, a road under trees with a tonga and a tonga
passing the lens, a near-white wheat field at noon with the girl running and the sun's glare, a
fort at sunset under a push-in and a framed card reading KHATAM SHUD (a 1970s Pakistani
Punjabi-language Lollywood musical in 2.35, saturated warm faded colour with grain); the lake at
dawn with a fisherman and his conical net under a tilt down and a title, a leg-rower rowing
followed by a pan, floating gardens with a longtail boat passing the lens, an old fisherman's face
in a headcloth and a woman's face with thanaka before one woven bamboo wall with subtitles and a
closer framing of his, golden stupas with their spires glinting seen hand-held, a floating market,
a monastery at night where the generator fails and the lights go out and come back, the festival
barge lit on the lake at night with floating lanterns and a boat's spotlight coming into the lens
and credits rolling over the dimmed lake (a 2000s Burmese documentary of Inle Lake in 1.85, soft
humid colour with grain); Kinshasa at dusk over the river with a pirogue under a title, a street
with a yellow and blue minibus seen hand-held with a motorbike passing the lens, a yard workshop
where a welder's arc flickers with sparks, a band leader's face in sunglasses under a name caption
and a sapeur's face in a white hat before one painted corrugated-iron wall with subtitles and a
closer framing of the band leader's, a rehearsal in a yard at night under one bulb through a power
cut, a bar's stage at night with dancers and phones' flashes in the crowd, a street at night in a
downpour with a motorbike's headlight coming into the lens, the near-white river at noon with a
fisherman casting his net and a kingfisher passing the lens and credits rolling over black (a 2010s
Congolese documentary of a Kinshasa street band in 1.78 with no bars, saturated digital video with
grain).
"""

from shots_lavfi import FONT, SERIF, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed, _pass
from shots_sources_ad import _card, _roll
from shots_sources_ae import FX_AE, _border, _flash
from shots_sources_af import FX_AF, _fedora, _person
from shots_sources_ag import _any, _fade, _zoom
from shots_sources_ak import _EDGE
from shots_sources_am import _bolt
from shots_sources_an import FX_AN, _lamp
from shots_sources_ao import FX_AO
from shots_sources_ar import _shots, _walker
from shots_sources_as import _dim, _glare
from shots_sources_at import _m, _rolling
from shots_sources_au import FX_AU, _ov, _palm
from shots_sources_aw import _smoke, _snow

# Rain streaks (added to the luma) of this set: a thunderstorm over a Finnish lake and a downpour
# in Kinshasa.
_UKKONEN = "16*gt(sin(X*4.1+floor((Y+24*N-0.2*X)/10)*2.7),0.93)"
_MVULA = "38*gt(sin(X*3.3+floor((Y+32*N+0.35*X)/9)*3.7),0.9)"


def _fir(x, top, base, w=0.3):
    """A mask of a fir in tiers, its tip at (x, top) and its foot at Y = base."""
    return (f"lt(abs(X-{x}),{w}*(Y-{top})*(0.75+0.25*sin((Y-{top})*0.55)))"
            f"*between(Y,{top},{base})")


def _dancer(x, y, s):
    """A mask of a woman with her arms raised and a wide skirt, head at (x, y), scale s."""
    return (f"lt(hypot(X-{x},Y-{y}),{4 * s})+lt(abs(X-{x}),{3 * s}+0.4*(Y-{y}-{5 * s}))"
            f"*between(Y,{y}+{5 * s},{y}+{30 * s})"
            f"+lt(abs(abs(X-{x})-{3 * s}-0.5*({y}+{6 * s}-Y)),{0.9 * s})"
            f"*between(Y,{y}-{8 * s},{y}+{6 * s})")


def _stupa(x, base, h):
    """A mask of a stupa shaped like a bell, standing on Y = base, h pixels high."""
    return (f"lt(hypot((X-{x})/({0.36 * h}),(Y-{base}+{0.28 * h})/({0.32 * h})),1)*lt(Y,{base})"
            f"+lt(abs(X-{x}),{0.2 * h}-0.2*({base}-{0.55 * h}-Y))"
            f"*between(Y,{base}-{h},{base}-{0.55 * h})"
            f"+between(Y,{base}-{0.1 * h},{base})*lt(abs(X-{x}),{0.46 * h})")


def _boat(x, y, w):
    """A mask of a long narrow boat's hull at (x, y) (x an expression), w pixels long."""
    return f"lt(hypot((X-{x})/{w / 2},(Y-{y})/3.5),1)*gt(Y,{y}-1)"


# A 1920s Finnish silent film of log floaters on the rapids (drawn in greys: the tints are
# effects).
_HONKA = "(30+2.6*abs(mod(X,14)-7)+9*sin(X/37)+5*sin(X/13))"  # the top of the fir forest
_HIRSI = ("70+60*sin(mod(Y,16)*0.19635)-30*lt(mod(Y,16),1.5)"
          "+12*gt(sin(X/7+floor(Y/16)*2.1),0.9)", 128, 128)  # a wall of logs
_TUKKI = "(40+1.5*N)"  # the floater's log
_KAATO = "(-1.42*pow(clip((N-14)/22,0,1),2))"  # the felled fir's angle from the vertical
_PITKIN = f"((X-214)*sin({_KAATO})-(Y-150)*cos({_KAATO}))"  # along the felled fir
_POIKKI = f"((X-214)*cos({_KAATO})+(Y-150)*sin({_KAATO}))"  # across it
_VENE = "(110+0.5*N)"  # the rowing boat at dawn

# A 1960s Ukrainian Soviet poetic film of the Carpathians.
_HATA = ("84+26*lt(abs(hypot(mod(X,40)-20,mod(Y,40)-20)-10),1.6)"
         "+14*lt(abs(abs(mod(X,40)-20)-abs(mod(Y,40)-20)),1.2)-18*lt(mod(X,40),1.5)", 112, 150)
_VINOK = "(60+2.0*N)"  # the wreath floating down the stream
_ZIRKA = "(130+0.5*N)"  # the carollers' star

# A 1930s Soviet documentary of an Arctic icebreaker expedition (drawn in greys).
_BORT = ("104+10*lt(mod(Y,40),2)+26*lt(hypot(mod(X,20)-10,mod(Y,40)-6),1.4)"
         "+if(lt(hypot(X-262,Y-58),24),if(lt(hypot(X-262,Y-58),18),150+40*gt(Y,58),70),0)",
         128, 128)  # a riveted bulkhead with a porthole
_LED_U = "((X-160)/(Y-46))"  # the ice ahead, seen in perspective from the deck
_LED_V = "(900/(Y-46)+0.5*N)"
_MARSH = "(60+0.5*N)"  # the men hauling the sledge

# A 1970s Pakistani Punjabi-language Lollywood musical.
_KANDH = ("170+20*gt(sin(X/5)*sin(Y/5),0.4)-34*lt(abs(hypot(mod(X,36)-18,mod(Y,36)-18)-8),1.5)",
          "100+40*lt(abs(hypot(mod(X,36)-18,mod(Y,36)-18)-8),1.5)", 152)  # a painted wall
_BAIL = "(170+34*cos(N*0.06))"  # the ox turning the Persian wheel
_TANGA = "(30+1.2*N)"

# A 2000s Burmese documentary of Inle Lake.
_THINBYU = ("150+30*if(lt(mod(X,12),6),lt(mod(Y,12),6),gte(mod(Y,12),6))-20*lt(mod(X+Y,24),1)",
            108, 144)  # a woven bamboo wall
_HLAW = "(120+1.3*N)"  # the leg-rower's boat, followed by the pan
_TH = "(0.45*sin(N*0.35))"  # his oar's angle

# A 2010s Congolese documentary of a Kinshasa street band.
# Painted corrugated iron, rusting.
_TOLE = ("104+14*sin(X*0.8)-10*gt(sin(X/17+Y/13)*sin(Y/11),0.5)",
         "152-30*gt(sin(X/17+Y/13)*sin(Y/11),0.5)", "112+36*gt(sin(X/17+Y/13)*sin(Y/11),0.5)")
_BUS = "(20+1.2*N)"
_PIROGUE = "(200-0.6*N)"


LAVFI_AX = {
    # A 1920s Finnish silent film of log floaters on the rapids.
    "nimi-ax": _framed(["KOSKEN KUNINGAS"], 24, 62, 0, "0xe6e6e6", SERIF, "0x0e0e0e", "0xb0b0b0")
        + f",drawtext=fontfile={SERIF}:fontsize=12:fontcolor=0xc4c4c4"
          ":text='naytelma kuudessa osassa':x=(w-tw)/2:y=112",
    "koski-ax": _paint([
        (_m(_walker(f"({_TUKKI}+2)", 80, 1.2, 0)), 30, 128, 128),
        (f"lt(abs(X-{_TUKKI}+0.45*(Y-104)),1.1)*between(Y,72,136)", 46, 128, 128),
        (f"lt(hypot((X-{_TUKKI})/30,(Y-118-1.5*sin(N*0.4))/3.5),1)",
         f"70+50*lt(abs(X-{_TUKKI}-28),2)", 128, 128),
        (_any(f"lt(hypot((X-mod({x}+2.6*N,420)+50)/24,(Y-{y}-2*sin(N*0.5+{y}))/3.2),1)"
              for x, y in ((30, 78), (150, 96), (260, 140), (350, 160), (200, 70))),
         "62+40*lt(abs(mod(X,48)-24),1)", 128, 128),
        (_any(f"lt(hypot((X-{x})/{rx},(Y-{y})/{ry}),1)" for x, y, rx, ry in (
            (70, 104, 16, 7), (230, 120, 20, 8), (300, 86, 12, 5), (140, 150, 14, 6))),
         "if(lt(Y+0.2*X,96+0.2*X+4),120,50)", 128, 128),
        (_any(f"lt(hypot((X-{x}+6)/{rx + 8},(Y-{y}+1)/{ry + 4}),1)"
              f"*gt(sin(atan2(Y-{y},X-{x})*7+N*1.1),-0.2)" for x, y, rx, ry in (
            (70, 104, 16, 7), (230, 120, 20, 8), (300, 86, 12, 5), (140, 150, 14, 6))),
         "238-16*gt(sin(X*0.9+N*1.3),0.4)", 128, 128),
        ("gt(Y,60)*gt(sin(X*0.09-N*0.5+3*sin(X/23+Y/17))*sin(Y*1.1+2*sin(X/31-N*0.3)),0.6)",
         "228-0.2*Y", 128, 128),
        ("gt(Y,60)", "112+26*sin(X*0.05+Y*0.9-N*0.4+2*sin(X/29))", 128, 128),
        (f"gt(Y,{_HONKA})", "36+10*gt(sin(X*1.3+Y*0.7),0.6)", 128, 128)],
        ("214-0.6*Y", 128, 128)),
    "valiteksti-ax": _border(_card(["Kevaan tulva toi tukit", "ja Matin kotiin."], 15, 66, 26,
                                   "0xe6e6e6", SERIF, bg="0x0c0c0c"),
                             36, 36, 248, 108, "0x8c8c8c")
        + ",drawbox=x=150:y=124:w=20:h=2:color=0xa0a0a0:t=fill",
    "savotta-ax": _paint([
        (f"lt(abs({_POIKKI}),3-0.012*{_PITKIN})*between({_PITKIN},0,150)"
         f"+lt(abs({_POIKKI}),0.22*(150-{_PITKIN})*(0.7+0.3*sin({_PITKIN}*0.6)))"
         f"*between({_PITKIN},36,150)", 34, 128, 128),
        (_any(_m(_walker(x, 96, 1.5, 0)) for x in (248, 276)), 44, 128, 128),
        ("lt(abs(X-256-0.6*(Y-112)),1.2)*between(Y,96,116)", 150, 128, 128),
        ("lt(hypot((X-214)/9,(Y-150)/4),1)", 176, 128, 128),
        (_any(_fir(x, t, 150) for x, t in ((30, 10), (76, 26), (306, 18))), 26, 128, 128),
        (_any(f"lt(abs(X-{x}),{w})*lt(Y,150)" for x, w in ((44, 3), (96, 2.5), (182, 2),
                                                          (250, 2.5), (286, 3))),
         "60+10*sin(Y/3)", 128, 128),
        ("gt(Y,146+3*sin(X/20))", "108+14*gt(sin(X*0.7+Y*1.3),0.6)", 128, 128),
        ("lt(Y,146)*lt(mod(X+7*sin(floor(X/23)*3.1),23),4)", "104+10*sin(Y/9)", 128, 128)],
        ("190-0.5*Y", 128, 128),
        add="30*exp(-pow((X-150-0.5*Y)/20,2))*lt(Y,140)"
            "+50*clip(1-hypot((X-90)/(10+3*max(N-36,0)),(Y-144)/(6+max(N-36,0))),0,1)"
            "*gt(N,36)*clip((60-N)/20,0,1)"),
    "aino-ax": _person(140, 100, (54, 128, 128), True, 204, ("150+20*lt(mod(X+Y,10),2)", 128, 128),
                       _HIRSI, top=[
        ("lt(hypot((X-140)/36,(Y-92)/44),1)*lt(Y,84)+lt(abs(X-140),6-0.3*(Y-140))"
         "*between(Y,140,152)", "230-14*lt(mod(X-Y,12),2)", 128, 128)]),
    "matti-ax": _person(182, 96, (40, 128, 128), False, 178, (48, 128, 128), _HIRSI, top=[
        ("lt(hypot((X-182)/34,(Y-66)/12),1)*lt(Y,70)", 44, 128, 128),
        ("lt(hypot((X-168)/36,(Y-70)/4),1)", 36, 128, 128),
        ("lt(hypot((X-182)/24,(Y-128)/15),1)*gt(Y,116)", "70+20*gt(sin(X*2.1)*sin(Y*2.7),0.2)",
         128, 128)]),
    "tupa-ax": _paint([
        ("lt(abs(X-150),2.5)*between(Y,74,90)", 90, 128, 128),
        ("lt(hypot((X-150)/7,(Y-94)/4),1)", 60, 128, 128),
        (_m(_walker(186, 56, 1.8, 0)), 18, 128, 128),
        ("between(Y,98,104)*between(X,100,220)+lt(abs(abs(X-160)-54),2)*between(Y,104,146)", 44,
         128, 128),
        ("between(X,236,286)*between(Y,36,96)*(lt(abs(X-261),1.5)+lt(abs(Y-66),1.5))", 20, 128,
         128),
        ("between(X,236,286)*between(Y,36,96)", "110+30*exp(-hypot(X-270,Y-46)/14)", 128, 128),
        ("gt(Y,146)*lt(abs(X-250-0.7*(Y-146)),26)", 64, 128, 128),
        ("gt(Y,146)", 22, 128, 128)],
        ("26+6*sin(mod(Y,16)*0.19635)", 128, 128)),
    "uitto-ax": _paint([
        ("lt(hypot(X-214,Y-104),2)", 190, 128, 128),
        ("between(X,200,250)*between(Y,96,112)+lt(abs(X-225),25-1.2*(Y-84))*between(Y,84,96)", 18,
         128, 128),
        ("lt(abs(Y-118-0.0012*pow(X-160,2)-1.2*sin(X/30+N*0.2)),2.5)*lt(mod(X,34),30)", 62, 128,
         128),
        ("gt(Y,84)", "46+20*gt(sin(X*0.15+Y*0.7+N*0.2),0.8)", 128, 128),
        ("gt(Y,72-10*abs(sin(X/47))-4*sin(X/13))", 18, 128, 128)],
        ("62+26*gt(sin(X/23+Y/9+N*0.04)*sin(X/41-Y/13),0.3)-0.2*Y", 128, 128),
        add=f"{_UKKONEN}+24*exp(-hypot(X-214,Y-104)/12)"),
    "aamu-ax": _paint([
        (_m(_walker(_VENE, 94, 0.6, 0)), 104, 128, 128),
        (f"lt(abs(Y-108-0.3*abs(X-{_VENE})*sin(N*0.4)),0.8)*lt(abs(X-{_VENE}),20)", 130, 128, 128),
        (f"lt(hypot((X-{_VENE})/22,(Y-112)/3),1)*gt(Y,111)", 112, 128, 128),
        (f"lt(hypot((X-{_VENE})/24,(Y-116)/3),1)*gt(Y,115)", 200, 128, 128),
        ("between(Y,66+5*abs(sin(X/5))+3*sin(X/17),80)", 194, 128, 128),
        ("between(Y,80,86-4*abs(sin(X/5)))", 214, 128, 128),
        ("gt(Y,86)", "230+6*gt(sin(X*0.5+Y*1.7+N*0.3),0.85)", 128, 128)],
        ("238-0.06*Y", 128, 128), add="6*sin(X/40+N*0.05)*exp(-pow((Y-76)/12,2))"),
    "loppu-ax": _card(["LOPPU"], 34, 66, 0, "0xe4e4e4", SERIF, bg="0x0c0c0c")
        + ",drawbox=x=130:y=112:w=60:h=1:color=0x9a9a9a:t=fill",
    # A 1960s Ukrainian Soviet poetic film of the Carpathians.
    "hory-ax": _paint([
        (_m(_walker(250, 60, 1.3, 0)), 30, 124, 136),
        ("lt(abs(Y-64-0.733*(X-250)),1.3)*between(X,190,250)", 150, 110, 150),
        ("gt(Y,99+0.004*pow(X-250,2))", "52+10*gt(sin(X*1.7+Y*0.9),0.5)", 118, 114),
        ("gt(Y,116-0.12*X-14*(1-abs(mod(X,11)-5.5)/5.5))", "60+8*sin(X*0.9)", 116, 118),
        ("gt(Y,76+20*sin(X/50)+8*sin(X/17))", 108, 134, 118),
        ("gt(Y,52+24*abs(sin(X/70+1))+6*sin(X/23))", 156, 140, 122)],
        ("216-0.6*Y", 138, 120), add="30*exp(-pow((Y-96+6*sin(X/40+N*0.05))/8,2))"),
    "polonyna-ax": _paint([
        *[(f"lt(hypot(X-mod({43 * k}+0.7*N+20,340)+2,Y-{112 + 14 * ((k * 5) % 3)}+2),2.6)", 40,
           128, 128) for k in range(8)],
        (_any(f"lt(hypot((X-mod({43 * k}+0.7*N+20,340)+12)/8,(Y-{112 + 14 * ((k * 5) % 3)})/4.5),1)"
              for k in range(8)), "222-10*gt(sin(X*1.3+Y),0.5)", 128, 128),
        (_m(_walker(80, 76, 1.6, 0)), 40, 120, 136),
        ("lt(abs(X-93),1)*between(Y,74,126)", 70, 118, 140),
        _smoke(250, 48, 40, 200, 128, 128),
        ("lt(abs(X-245),4+1.3*(Y-48))*between(Y,48,72)", 54, 120, 134),
        ("between(X,220,270)*between(Y,70,100)", "80+14*lt(mod(Y,8),2)", 112, 148),
        ("gt(Y,90)*gt(sin(X*2.1)*sin(Y*2.7),0.93)", 200, 60, 150),
        ("gt(Y,80+10*sin(X/60))", "120+12*gt(sin(X*0.9+Y*0.7),0.7)", 96, 112),
        ("gt(Y,50+14*sin(X/40)+6*sin(X/11))", 140, 140, 120)],
        ("210-0.5*Y", 140, 118)),
    "ivan-ax": _person(140, 100, (30, 128, 128), False, 190, (214, 128, 128), _HATA, top=[
        ("lt(abs(X-168-0.8*(Y-50)),1.5)*between(Y,34,58)", 226, 128, 128),
        ("lt(abs(Y-62),2)*lt(abs(X-140),27)", 80, 100, 200),
        ("lt(hypot((X-140)/28,(Y-56)/12),1)*lt(Y,66)", 40, 124, 134),
        ("lt(hypot((X-140)/46,(Y-66)/5),1)", 36, 124, 134),
        ("lt(abs(X-140),7)*between(Y,144,180)*gt(sin(X*1.2)*sin(Y*1.4),0.1)", 80, 100, 200)]),
    "marichka-ax": _person(182, 96, (26, 128, 128), True, 196, (
        "214-120*gt(sin(X*0.8)*sin(Y*0.8),0.6)", 110, "128+60*gt(sin(X*0.8)*sin(Y*0.8),0.6)"),
                           _HATA, top=[
        ("lt(abs(hypot((X-182)/34,(Y-70)/10)-1),0.28)*lt(Y,78)",
         "if(gt(sin(atan2(Y-70,X-182)*9),0),190,96)", "if(gt(sin(atan2(Y-70,X-182)*9),0),60,100)",
         "if(gt(sin(atan2(Y-70,X-182)*9),0),150,200)"),
        ("lt(abs(hypot((X-182)/26,(Y-136)/18)-1),0.12)*gt(Y,136)*gt(sin(atan2(Y-136,X-182)*16),0)",
         86, 104, 204)]),
    "potik-ax": _paint([
        (f"lt(abs(hypot((X-{_VINOK})/1.5,Y-60-0.5*{_VINOK}+30)-8),2.6)",
         f"if(gt(sin(atan2(Y-0.5*{_VINOK}-30,X-{_VINOK})*6),0),200,100)",
         f"if(gt(sin(atan2(Y-0.5*{_VINOK}-30,X-{_VINOK})*6),0),60,96)",
         f"if(gt(sin(atan2(Y-0.5*{_VINOK}-30,X-{_VINOK})*6),0),150,206)"),
        (_any(f"lt(hypot((X-{x})/{rx},(Y-{y})/{ry}),1)" for x, y, rx, ry in (
            (90, 120, 20, 10), (200, 96, 14, 8), (250, 150, 24, 11), (40, 70, 12, 6))),
         "96+34*gt(sin(Y*0.4-X*0.1),0.5)", 126, 130),
        ("lt(Y,0.5*X-44)", "48+14*gt(sin(X*1.3)*sin(Y*1.1),0.3)", 116, 116),
        ("gt(Y,0.5*X+88)", "100+14*gt(sin(X*0.9+Y*1.3),0.6)", 100, 112)],
        ("96+44*gt(sin(X*0.2+Y*0.45-N*0.7+2*sin(Y/11)),0.6)+16*sin(X/13)", 140, 114)),
    "zyma-ax": _paint([
        (_snow(1.4), 232, 128, 128),
        (f"lt(hypot(X-{_ZIRKA},Y-58),4+6*pow(abs(cos(4*atan2(Y-58,X-{_ZIRKA})+N*0.15)),6))", 226,
         128, 128),
        (f"lt(abs(X-{_ZIRKA}),1)*between(Y,58,100)", 60, 128, 128),
        (_any(_m(_walker(f"({x}+0.5*N)", 92, 1.2, 0)) for x in (70, 96, 118, 150)), 30, 128, 128),
        (_any(f"between(X,{x}+8,{x}+16)*between(Y,96,104)" for x in (20, 196, 262)), 190, 128, 128),
        (_any(f"lt(abs(X-{x}-22),30-0.9*(Y-70))*between(Y,70,88)" for x in (12, 186, 252)), 222,
         128, 128),
        (_any(f"between(X,{x},{x}+44)*between(Y,88,124)" for x in (12, 186, 252)), 70, 128, 128),
        ("lt(hypot((X-160)/11,(Y-44)/13),1)+lt(hypot((X-128)/7,(Y-56)/8),1)"
         "+lt(abs(X-160),1)*between(Y,20,32)+lt(abs(Y-26),1)*lt(abs(X-160),5)", 48, 128, 128),
        ("between(X,116,176)*between(Y,54,124)", 56, 128, 128),
        ("gt(Y,122+2*sin(X/20))", "206-0.2*Y", 128, 128)],
        ("36+0.1*Y", 128, 128)),
    "kupalo-ax": _paint([
        ("gt(mod(abs(sin(X*12.99+floor((Y+3*N)/6)*78.23))*437.58,1),0.93)*lt(mod(Y+3*N,6),1.5)"
         "*lt(abs(X-160),0.5*(112-Y))*between(Y,30,96)", 240, 70, 160),
        ("between(N,24,36)*lt(hypot((X-120-9*(N-24))/5,(Y-86+40*sin((N-24)*0.26))/13),1)", 28,
         128, 128),
        *[(_m(_walker(f"(160+110*cos(N*0.07+{k * 0.785}))", f"(92+14*sin(N*0.07+{k * 0.785}))",
                      1.3, 0)) + f"*gt(sin(N*0.07+{k * 0.785}),0)", 26, 128, 136)
          for k in range(8)],
        ("lt(abs(X-160+2*sin(Y/4+N*1.9)),(130-Y)*0.2)*between(Y,92+6*sin(N*1.3),130)", 236, 70,
         160),
        ("lt(abs(X-160+3*sin(Y/4+N*1.7)),(130-Y)*0.36)*between(Y,78+6*sin(N*1.3)+4*sin(N*2.9),"
         "130)", 170, 80, 196),
        ("lt(abs(Y-132+0.3*abs(X-160)),2)*lt(abs(X-160),22)", 40, 128, 128),
        *[(_m(_walker(f"(160+110*cos(N*0.07+{k * 0.785}))", f"(92+14*sin(N*0.07+{k * 0.785}))",
                      1.3, 0)) + f"*lt(sin(N*0.07+{k * 0.785}),0)", 22, 128, 136)
          for k in range(8)],
        ("gt(Y,126)", 30, 124, 140),
        ("between(Y,70,82)", "24+20*exp(-pow((X-160)/14,2))*gt(sin(Y*2+N*0.4),0)", 140, 124),
        ("gt(Y,56+6*sin(X/19)+4*sin(X/7))", 12, 128, 128),
        ("gt(sin(X*7.3)*sin(Y*5.9),0.995)", 200, 128, 128)],
        ("18", 144, 122), mul="(0.9+0.1*sin(N*1.9)*sin(N*0.7+1))",
        add="90*exp(-hypot(X-160,Y-112)/50)*(0.85+0.15*sin(N*2.3))"),
    "tserkva-ax": _paint([
        (_any(f"lt(hypot((X-{x})/1.6,(Y-{y}+1.5*sin(N*2.3+{x}))/4),1)" for x, y in (
            (60, 92), (74, 88), (88, 94))), 250, 90, 160),
        (_any(f"lt(abs(X-{x}),1.2)*between(Y,{y}+3,{y}+20)" for x, y in ((60, 92), (74, 88),
                                                                        (88, 94))),
         220, 120, 136),
        ("lt(abs(X-74),1.5)*between(Y,110,150)+lt(abs(Y-112),1.5)*lt(abs(X-74),18)", 90, 96, 150),
        ("lt(hypot((X-236-70*sin(0.4*sin(N*0.18)))/6,(Y-70*cos(0.4*sin(N*0.18))-20)/8),1)", 230,
         80, 150),
        ("lt(abs((X-236)*cos(0.4*sin(N*0.18))-(Y-20)*sin(0.4*sin(N*0.18))),1)"
         "*between(Y,20,20+64*cos(0.4*sin(N*0.18)))", 200, 90, 150),
        (_m(_walker(262, 66, 1.9, 0)), 40, 124, 150),
        ("lt(abs(X-160),18)*between(Y,60,120)", 36, 124, 140),
        ("between(Y,30,112)*between(X,44,276)*lt(hypot(mod(X-44,29)-14,mod(Y-30,41)-11),4)",
         164, 112, 146),
        ("between(Y,30,112)*between(X,44,276)*lt(hypot(mod(X-44,29)-14,mod(Y-30,41)-11),7)",
         196, 70, 150),
        ("between(Y,30,112)*between(X,44,276)*lt(mod(X-44,29),22)*lt(mod(Y-30,41),33)",
         "120+20*sin(X/5)", 100, 160),
        ("between(Y,20,120)*between(X,36,284)", "90+20*lt(mod(X,6),1)", 90, 150),
        ("gt(Y,120)", "36+10*lt(mod(X+2*Y,30),2)", 120, 140)],
        ("40+6*lt(mod(X,24),2)", 116, 146), mul="0.5",
        add="70*exp(-hypot(X-74,Y-94)/30)*(0.9+0.1*sin(N*2.1))"),
    "khmary-ax": _paint([
        ("lt(abs(Y-40-12*sin(N*0.12)-0.35*abs(X-160-50*cos(N*0.12))),1)"
         "*lt(abs(X-160-50*cos(N*0.12)),7)", 60, 128, 128),
        ("gt(Y,104+4*sin(X/20+N*0.05)+3*sin(X/7))", "236+6*sin(X/17+N*0.06)*sin(Y/9)", 128, 128),
        *[layer for x, t in ((300, 80), (236, 60), (90, 46)) for layer in (
            (f"lt(Y,{t}+0.9*abs(X-{x})+9)*gt(Y,{t}+0.9*abs(X-{x}))", 234, 128, 128),
            (f"gt(Y,{t}+0.9*abs(X-{x}))", f"if(lt(X,{x}),156,128)", 136, 120))]],
        ("240-0.06*Y", 132, 124)),
    "credits301-ax": _roll(["REZHYSER", "MYKOLA SAVCHUK", "", "OPERATOR", "PETRO KOVAL", "",
                            "KINOSTUDIIA IMENI DOVZHENKA 1966"], 12, 18, 1.5, "0xf4ecd8"),
    # A 1930s Soviet documentary of an Arctic icebreaker expedition.
    "titr-ax": _framed(["LEDOKOL"], 32, 58, 0, "0xf0f0f0", FONT, "0x121212", "0xc0c0c0")
        + f",drawtext=fontfile={FONT}:fontsize=11:fontcolor=0xd0d0d0"
          ":text='SOYUZKINOKHRONIKA 1934':x=(w-tw)/2:y=112",
    "port-ax": _paint([
        _smoke(168, 40, 40, "176+20*sin(X/5+Y/4-N*0.3)"),
        _smoke(204, 40, 40, "176+20*sin(X/5+Y/4-N*0.3)"),
        ("between(X,112,258)*lt(abs(Y-26-0.0022*pow(X-185,2)-2*sin(X/6-N*0.8)),4)*lt(mod(X,12),8)",
         "if(lt(mod(X,24),12),226,70)", 128, 128),
        ("lt(abs(X-110),1)*between(Y,18,90)+lt(abs(X-260),1)*between(Y,20,92)", 40, 128, 128),
        ("(between(X,160,176)+between(X,196,212))*between(Y,40,68)", "if(between(Y,46,52),210,36)",
         128, 128),
        ("between(X,140,230)*between(Y,76,82)*lt(mod(X,10),4)", 60, 128, 128),
        ("between(X,140,230)*between(Y,68,92)", 206, 128, 128),
        ("between(Y,90,124)*gt(X,70+0.8*(Y-90))*lt(X,300-0.6*(Y-90))",
         "30+160*between(Y,92,95)", 128, 128),
        ("lt(hypot(mod(X,9)-4.5,Y-146-1.5*sin(N*0.7+floor(X/9)*1.9)),3.5)", 30, 128, 128),
        ("lt(abs(mod(X+3*sin(N*0.9+floor(X/9)),9)-4.5),0.8)*between(Y,134,143)"
         "*gt(sin(floor(X/9)*5.3),0.3)", 44, 128, 128),
        ("gt(Y,148)", "50+20*gt(sin(floor(X/9)*3.1),0.2)", 128, 128),
        ("gt(Y,140)", 120, 128, 128),
        ("between(Y,124,140)", "70+20*gt(sin(X*0.3+Y*1.5+N*0.3),0.7)", 128, 128),
        ("between(X,20,28)*between(Y,30,140)+between(Y,30,36)*between(X,10,80)"
         "+lt(abs(X-70),0.8)*between(Y,36,70)", 50, 128, 128)],
        ("206-0.4*Y+10*gt(sin(X/23+Y/11),0.7)", 128, 128)),
    "karta-ax": _paint([
        ("lt(hypot(X-24-6*N,Y-100-12*sin((24+6*N)/37)),4)*lt(N,44)", 250, 128, 128),
        ("lt(abs(Y-100-12*sin(X/37)),1.4)*lt(mod(X,8),5)*between(X,24,24+6*N)", 236, 128, 128),
        ("lt(hypot((X-92)/8,(Y-76+0.5*(X-92))/24),1)+lt(hypot((X-186)/14,(Y-74)/12),1)"
         "+lt(hypot((X-272)/11,(Y-66)/5),1)", 186, 128, 128),
        ("gt(Y,124+16*sin(X/29)+8*sin(X/11+1))", "186-10*gt(sin(X/3)*sin(Y/3),0.6)", 128, 128),
        ("lt(mod(X,40),1)+lt(mod(Y,30),1)", 92, 128, 128)],
        ("56+4*sin(X/5)*sin(Y/5)", 128, 128))
        + f",drawtext=fontfile={FONT}:fontsize=13:fontcolor=0xf0f0f0"
          ":text='SEVERNYI MORSKOI PUT':x=(w-tw)/2:y=12"
        + f",drawtext=fontfile={FONT}:fontsize=9:fontcolor=0x202020:text='MURMANSK':x=12:y=160"
        + f",drawtext=fontfile={FONT}:fontsize=9:fontcolor=0x202020:text='CHUKOTKA':x=250:y=160",
    "led-ax": _paint([
        ("gt(Y,112)*lt(abs(abs(X-160)-0.62*(Y-104)),1.2)", 150, 128, 128),
        ("gt(Y,112)*lt(abs(X-160),0.62*(Y-104))", "34+8*lt(mod(Y,12),1)", 128, 128),
        ("gt(Y,104)*lt(abs(X-160),0.62*(Y-104)+6+3*sin(Y*0.7-N*1.3))",
         "44+60*gt(sin(X*0.5+Y*1.3-N*1.1),0.6)", 128, 128),
        (f"gt(Y,50)*(lt(abs(sin({_LED_V}*1.3+{_LED_U}*3)),0.05)"
         f"+lt(abs(sin({_LED_U}*5+0.3*{_LED_V})),0.04))", 104, 128, 128),
        ("gt(Y,50)", f"222-8*gt(sin({_LED_V}*0.4+{_LED_U}*1.7),0.6)", 128, 128)],
        ("176-0.4*Y", 128, 128)),
    "kapitan-ax": _person(140, 100, (60, 128, 128), False, 186, (36, 128, 128), _BORT, top=[
        ("lt(abs(Y-128-0.3*(X-150)),2)*between(X,150,176)+lt(hypot(X-178,Y-136),4)", 40, 128,
         128),
        ("lt(hypot((X-140)/38,(Y-72)/20),1)*lt(Y,82)+lt(hypot((abs(X-140)-34)/8,(Y-100)/18),1)",
         "120+30*gt(sin(X*1.9)*sin(Y*2.3),0.3)", 128, 128)]),
    "radist-ax": _person(182, 96, (50, 128, 128), False, 200, (
        "150+20*gt(sin(X*1.3)*sin(Y*1.3),0.4)", 128, 128), _BORT, top=[
        ("lt(hypot((abs(X-182)-33)/6,(Y-98)/10),1)", 30, 128, 128),
        ("lt(abs(hypot((X-182)/36,(Y-96)/44)-1),0.06)*lt(Y,96)", 34, 128, 128)]),
    "torosy-ax": _paint([
        (f"lt(abs(Y-117-0.25*(X-{_MARSH}-70)),0.8)*between(X,{_MARSH}+60,{_MARSH}+90)", 90, 128,
         128),
        (f"between(X,{_MARSH},{_MARSH}+30)*between(Y,118,124)", 70, 128, 128),
        (f"between(X,{_MARSH}+4,{_MARSH}+26)*between(Y,110,118)", 110, 128, 128),
        (_any(_m(_walker(f"({_MARSH}+{78 + 14 * k}+2*sin(N*0.5+{k}))", 96, 0.9, 0))
              for k in range(4)), 46, 128, 128),
        ("gt(Y,80-12*(1-abs(mod(X,23)-11.5)/11.5)*gt(sin(X/31+1),-0.2))*lt(Y,86)",
         "if(lt(mod(X,23),11.5),210,180)", 128, 128),
        ("gt(Y,70)", "234-6*gt(sin(X*0.3+Y*1.1),0.9)", 128, 128)],
        ("246-0.05*Y", 128, 128)),
    "noch-ax": _paint([
        ("lt(hypot(mod(X,12)-6,Y-108),1.5)*between(X,110,210)", 210, 128, 128),
        ("between(X,160,200)*between(Y,78,96)+lt(abs(X-130),1)*between(Y,40,96)"
         "+lt(abs(X-226),1)*between(Y,44,96)", 6, 128, 128),
        ("between(Y,96,120)*gt(X,90+0.8*(Y-96))*lt(X,240-0.6*(Y-96))", 6, 128, 128),
        ("gt(Y,112)", "56+14*gt(sin(X*0.4+Y*1.3),0.7)", 128, 128),
        ("gt(mod(abs(sin(X*12.99+Y*78.23))*437.58,1),0.994)*lt(Y,100)", 200, 128, 128)],
        ("14+0.3*Y", 128, 128),
        add="90*exp(-pow((Y-36-14*sin(X/37+N*0.07)-6*sin(X/11-N*0.11))/8,2))"
            "*(0.6+0.4*sin(X/19+N*0.13))"
            "+80*lt(abs(atan2(Y-84,X-200)-0.7+0.016*N),0.05)*gt(X,200)"
            "*exp(-hypot(X-200,Y-84)/140)"),
    "lager-ax": _paint([
        ("between(X,251,266)*between(Y-2*sin(X/4-N*0.8),30,38)", 40, 128, 128),
        ("lt(abs(X-250),1)*between(Y,30,118)+lt(abs(abs(X-250)-0.45*(Y-30)),0.7)*between(Y,60,118)",
         40, 128, 128),
        (_any(_m(_walker(x, y, 1.1, 0)) for x, y in ((100, 86), (134, 84), (200, 88))), 30, 128,
         128),
        (_any(f"lt(abs(X-{x}),0.7*(Y-{t}))*between(Y,{t},118)*gt(X,{x})" for x, t in (
            (60, 90), (160, 84), (290, 94))), 46, 128, 128),
        (_any(f"lt(abs(X-{x}),0.7*(Y-{t}))*between(Y,{t},118)" for x, t in (
            (60, 90), (160, 84), (290, 94))), 80, 128, 128),
        ("gt(Y,110)", "120+10*gt(sin(X*0.4+Y*1.2),0.8)", 128, 128)],
        ("96-0.3*Y", 128, 128)),
    "uchastniki-ax": _roll(["UCHASTNIKI EKSPEDITSII", "", "KAPITAN A. BELOV", "RADIST I. SHUBIN",
                            "", "KINOOPERATOR G. LAPIN"], 12, 18, 1.5, "0xeeeeee"),
    # A 1970s Pakistani Punjabi-language Lollywood musical.
    "pind-ax": _paint([
        (_any(f"lt(hypot(X-230-34*cos({k * 0.785}+N*0.04),Y-100-34*sin({k * 0.785}+N*0.04)),4)"
              for k in range(8)), 110, 110, 162),
        ("lt(abs(hypot(X-230,Y-100)-28),2)"
         "+lt(abs(sin(atan2(Y-100,X-230)*4-N*0.16)),0.12)*lt(hypot(X-230,Y-100),28)", 64, 116,
         146),
        (f"lt(hypot((X-{_BAIL})/16,(Y-128)/8),1)+lt(hypot(X-{_BAIL}-18,Y-124),5)"
         f"+lt(abs(abs(X-{_BAIL})-9),1.5)*between(Y,134,144)", 214, 124, 132),
        ("between(X,20,120)*between(Y,70,118)*(lt(abs(X-46),8)*gt(Y,90)"
         "+lt(abs(X-96),6)*between(Y,84,96))", 50, 120, 140),
        ("between(X,20,120)*between(Y,70,118)", 160, 110, 150),
        ("lt(hypot((X-150)/34,(Y-56)/18),1)", "70+14*gt(sin(X*1.3)*sin(Y*1.7),0.2)", 104, 120),
        ("lt(abs(X-150),3)*between(Y,60,120)", 60, 120, 140),
        ("gt(Y,140)", "170+20*gt(sin(X*1.7+Y*0.5+2*sin(N*0.1+X/20)),0.5)", 72, 152),
        ("gt(Y,116)", 150, 110, 146)],
        ("200-0.5*Y", 150, 112), add="20*exp(-hypot(X-280,Y-20)/40)"),
    "mela-ax": _paint([
        *[(_any(f"lt(hypot((X-200-60*cos(N*0.03+{k * 0.785}))/6,(Y-84-60*sin(N*0.03+{k * 0.785}))"
                f"/5),1)" for k in range(j, 8, 4)), *col)
          for j, col in enumerate(((90, 100, 200), (190, 50, 150), (110, 180, 100),
                                   (160, 90, 80)))],
        ("lt(abs(hypot(X-200,Y-80)-60),1.5)+lt(hypot(X-200,Y-80),60)"
         "*lt(abs(sin(atan2(Y-80,X-200)*4-N*0.03*4)),0.05)", 220, 110, 150),
        ("lt(abs(abs(X-200)-0.45*(Y-80)),2)*between(Y,80,160)", 70, 128, 128),
        (_any(f"lt(hypot(X-{x},Y-{y}),6)" for x, y in ((60, 70), (72, 62), (80, 74), (66, 82))),
         "if(lt(X,70),200,100)", "if(lt(Y,72),60,190)", "if(lt(Y,72),150,90)"),
        ("lt(abs(X-70),0.6)*between(Y,82,120)", 200, 128, 128),
        ("between(Y,16+0.003*pow(X-100,2),24+0.003*pow(X-100,2)-0.9*abs(mod(X,14)-7))",
         "if(lt(mod(X,42),14),100,if(lt(mod(X,42),28),200,120))",
         "if(lt(mod(X,42),14),100,if(lt(mod(X,42),28),60,190))",
         "if(lt(mod(X,42),14),200,if(lt(mod(X,42),28),150,90))"),
        ("lt(hypot(mod(X,10)-5,Y-146-2*sin(N*0.6+floor(X/10)*2.1)),4)", 40, 124, 140),
        ("gt(Y,150)", "100+60*gt(sin(floor(X/10)*2.3),0)", "128+50*sin(floor(X/10)*1.7)",
         "128+50*cos(floor(X/10)*1.3)"),
        ("between(X,0,110)*between(Y,96,146)", "if(lt(Y,106),if(lt(mod(X,16),8),220,90),80)",
         "if(lt(Y,106),if(lt(mod(X,16),8),128,170),120)", "if(lt(Y,106),128,140)"),
        ("gt(Y,130)", 140, 112, 146)],
        ("196-0.4*Y", 142, 118)),
    "sultan-ax": _person(140, 100, (20, 128, 128), False, 168, (226, 128, 128), _KANDH, top=[
        ("lt(hypot((abs(X-140)-9)/11,(Y-120)/3.2),1)+lt(hypot(abs(X-140)-19,Y-117),3)", 20, 128,
         128),
        ("lt(abs(X-156-0.3*(60-Y)),6)*between(Y,28,56)", "if(lt(mod(Y,6),3),200,140)", 70, 186),
        ("lt(hypot((X-140)/40,(Y-70)/22),1)*lt(Y,84)", "150+20*lt(abs(mod(X+Y,12)-6),1)", 70,
         188)]),
    "noori-ax": _person(182, 96, (20, 128, 128), True, 200, (100, 166, 190), _KANDH, top=[
        ("lt(abs(hypot(X-188,Y-114)-4),0.8)", 210, 70, 150),
        ("lt(hypot(X-182,Y-72),3)", 210, 70, 150),
        ("lt(abs(hypot((X-182)/38,(Y-96)/48)-1),0.13)*lt(Y,124)",
         "if(lt(abs(hypot((X-182)/38,(Y-96)/48)-1),0.03),210,150)",
         "if(lt(abs(hypot((X-182)/38,(Y-96)/48)-1),0.03),70,64)", 192)]),
    "giddha-ax": _paint([
        *[(f"lt(hypot(mod(X+{7 * k},14)-7,Y-{20 + 14 * k}-0.003*pow(X-160,2)),2.2)",
           f"if(gt(sin(N*0.9+floor((X+{7 * k})/14)*2.1+{k}),0),230,70)", cb, cr)
          for k, (cb, cr) in enumerate(((100, 200), (100, 80), (50, 150)))],
        (_m(_walker(284, 84, 1.5, 0)), 30, 128, 128),
        ("lt(hypot((X-284)/10,(Y-120)/7),1)", 120, 96, 150),
        *[(_dancer(f"({60 + 40 * k}+6*sin(N*0.4+{k}))", f"(84+3*sin(N*0.8+{k}))", 1.4), *col)
          for k, col in enumerate(((110, 90, 200), (150, 60, 170), (90, 170, 110),
                                   (170, 40, 150), (100, 180, 150)))],
        ("gt(Y,130)", 50, 124, 140)],
        ("40", 120, 140), add="20*exp(-pow((Y-34)/30,2))"),
    "haveli-ax": _paint([
        ("lt(hypot(X-270,Y-26),8)", 230, 128, 124),
        (_m(_walker(120, 98, 1.4, 0)), 22, 128, 128),
        ("lt(abs(Y-104+0.2*(X-128)),1.2)*between(X,120,150)", 30, 128, 128),
        ("between(X,30,290)*between(Y,50,100)*lt(hypot((mod(X-30,40)-20)/10,(Y-76)/16),1)"
         "*lt(Y,76)+between(X,30,290)*between(mod(X-30,40),10,30)*between(Y,76,96)",
         "if(gt(sin(floor((X-30)/40)*2.7),-0.2),206,30)", 90, 160),
        ("lt(hypot((X-160)/24,(Y-40)/16),1)*lt(Y,40)+between(X,130,190)*between(Y,40,50)", 76,
         118, 145),
        ("between(X,30,290)*between(Y,50,140)", "70+8*lt(mod(Y,10),1)", 118, 145),
        ("gt(Y,140)", 30, 124, 136)],
        ("16", 140, 122)),
    "tanga-ax": _paint([
        (f"lt(abs(hypot(X-{_TANGA}-10,Y-112)-14),1.6)"
         f"+lt(abs(sin(atan2(Y-112,X-{_TANGA}-10)*3+N*0.1)),0.1)*lt(hypot(X-{_TANGA}-10,Y-112),14)",
         40, 124, 136),
        (_m(_walker(f"({_TANGA}+6)", 74, 1.1, 0)), 40, 110, 160),
        (f"between(X,{_TANGA}-8,{_TANGA}+26)*between(Y,92,106)", 120, 96, 170),
        (f"lt(hypot((X-{_TANGA}-52)/16,(Y-100)/8),1)+lt(hypot((X-{_TANGA}-70)/5,(Y-92)/8),1)"
         f"+lt(abs(abs(X-{_TANGA}-52)-8+3*sin(N*0.9)),1.6)*between(Y,104,124)", 70, 116, 150),
        (_any(f"lt(hypot((X-{x})/34,(Y-{y})/24),1)" for x, y in ((40, 40), (160, 30), (280, 44))),
         "74+16*gt(sin(X*1.1)*sin(Y*1.3),0.2)", 104, 118),
        (_any(f"lt(abs(X-{x}),4)*between(Y,{y},120)" for x, y in ((40, 40), (160, 30),
                                                                 (280, 44))), 50, 120, 140),
        ("gt(Y,112)", "150+8*gt(sin(X*0.5+Y*2.1),0.7)", 110, 142)],
        ("204-0.4*Y", 138, 120),
        add=f"30*exp(-hypot((X-{_TANGA}+10)/30,(Y-120)/10))"),
    "kanak-ax": _paint([
        ("lt(abs(Y-82-3*sin(X/5-N)),2)*between(X,30+2.2*N,60+2.2*N)", 150, 60, 200),
        (_m(_walker("(60+2.2*N)", 76, 1.2, 0)), 120, 150, 196),
        ("gt(Y,90+3*sin(X/30))", "216+10*gt(sin(X*1.3+Y*0.4+N*0.2),0.6)", 104, 140)],
        ("222+0.1*Y", 136, 124)),
    "qila-ax": _paint([
        (_any(f"lt(abs(Y-{y}-0.4*abs(X-{x}-1.2*N)),0.8)*lt(abs(X-{x}-1.2*N),5)"
              for x, y in ((20, 40), (40, 30), (60, 46))), 30, 128, 128),
        ("between(X,70,180)*between(Y,60,100)*(gt(Y,64)+lt(mod(X,8),4))"
         "+lt(abs(X-70),8)*between(Y,50,100)+lt(abs(X-180),8)*between(Y,46,100)"
         "+lt(hypot(X-180,Y-46),8)", 22, 126, 136),
        ("gt(Y,130-40*exp(-pow((X-120)/90,2)))", 28, 126, 136),
        ("lt(hypot(X-226,Y-96),14)", 236, 70, 164)],
        ("90+0.6*Y", 92, 178)),
    "khatam-ax": _framed(["KHATAM SHUD"], 26, 74, 0, "0xffd860", FONT, "0x3a0a08", "0xd0a040"),
    # A 2000s Burmese documentary of Inle Lake.
    "kan-ax": _paint([
        ("lt(abs(abs(X-150)-0.45*(Y-82)),1)*between(Y,82,128)", 30, 128, 128),
        ("lt(abs(X-150),0.45*(Y-82))*between(Y,82,128)"
         "*(lt(abs(mod(X+Y*0.5,6)-3),0.6)+lt(abs(mod(X-Y*0.5,6)-3),0.6))", 40, 128, 128),
        (_m(_walker(112, 92, 1.2, 0)), 24, 128, 128),
        ("lt(abs(X-104-0.2*(Y-100)),1)*between(Y,100,140)", 24, 128, 128),
        ("lt(hypot((X-130)/40,(Y-130)/3),1)*gt(Y,129)", 20, 128, 128),
        ("lt(abs(X-150),0.45*(176-Y))*between(Y,132,176)", 120, 132, 136),
        ("gt(Y,84)", "186-0.3*Y+8*gt(sin(X*0.4+Y*1.2+N*0.2),0.85)", 136, 138),
        ("gt(Y,70-12*abs(sin(X/60))-5*sin(X/17))", 120, 140, 132)],
        ("206-0.4*Y", 138, 142), add="30*exp(-pow((Y-80)/10,2))"),
    "hlaw-ax": _paint([
        (f"lt(abs((X-{_HLAW}+20)*cos({_TH})-(Y-86)*sin({_TH})),1.2)*between(Y,86,136)", 40, 120,
         140),
        (f"lt(abs(X-{_HLAW}+14),1.6*(Y-68))*between(Y,68,77)", 170, 100, 140),
        (_m(_walker(f"({_HLAW}-14)", 80, 1.4, 0)), 36, 120, 150),
        (_boat(_HLAW, 116, 100), 50, 118, 140),
        ("between(Y,56,74)*lt(mod(X,36),24)+lt(mod(X,6),1)*between(Y,74,84)*lt(mod(X,36),24)",
         110, 116, 146),
        ("gt(Y,84)", "120+20*gt(sin(X*0.3+Y*1.1+N*0.25),0.8)", 140, 120),
        ("gt(Y,60)", "90+10*sin(X/5)", 110, 124)],
        ("210-0.5*Y", 145, 118)),
    "kyun-ax": _paint([
        (_m(_walker(184, 90, 1.0, 0)), 60, 118, 160),
        (_boat(186, 122, 40), 44, 120, 140),
        ("gt(Y,70)*lt(mod(Y+0.03*X,14),8)*gt(sin(X*1.7)*sin(Y*2.3),0.8)", 90, 100, 190),
        ("lt(mod(X,30),1.2)*gt(Y,60)*lt(mod(Y+0.03*X,14),9)", 160, 110, 140),
        ("gt(Y,70)*lt(mod(Y+0.03*X,14),8)", "110+10*sin(X*0.9)", 96, 110),
        ("gt(Y,70)", 90, 140, 120),
        ("between(Y,40,54)*lt(abs(mod(X,60)-30),24-1.4*(54-Y))", 80, 120, 140),
        ("between(Y,54,70)*lt(abs(mod(X,60)-30),22)", 130, 114, 146)],
        ("205-0.4*Y", 140, 118)),
    "uwin-ax": _person(140, 100, (150, 128, 128), False, 156, (150, 116, 160), _THINBYU, top=[
        ("lt(hypot(X-168,Y-66),7)+lt(hypot((X-140)/34,(Y-70)/16),1)*lt(Y,82)", 214, 120, 150)]),
    "makhin-ax": _person(182, 96, (20, 128, 128), True, 196, (90, 150, 110), _THINBYU, top=[
        ("lt(hypot(abs(X-182)-14,Y-108),7)", 226, 108, 136),
        ("lt(hypot(X-156,Y-66),5)", 190, 120, 176)]),
    "zedi-ax": _paint([
        (_palm(60, 150, 90, 0.3, "3*sin(N*0.2)"), 60, 110, 120),
        *[(_stupa(x, b, h), f"if(lt(X,{x}),{lum},{lum - 30})", cb, cr)
          for x, b, h, lum, cb, cr in ((120, 140, 90, 190, 70, 150), (210, 150, 70, 200, 70, 150),
                                       (270, 130, 50, 226, 128, 128), (170, 120, 40, 226, 128,
                                                                          128),
                                       (30, 120, 40, 190, 70, 150))],
        ("gt(Y,130)", "150+10*gt(sin(X*0.7+Y*1.9),0.8)", 110, 142)],
        ("205-0.3*Y", 150, 114)),
    "zei-ax": _paint([
        *[(f"lt(hypot((X-{x}-3*sin(N*0.1+{k}))/14,(Y-{y}+30)/8),1)*lt(Y,{y}-30)", *col)
          for k, (x, y, col) in enumerate(((60, 110, (110, 90, 200)), (170, 128, (180, 60, 150)),
                                           (260, 112, (100, 180, 100))))],
        *[(f"lt(abs(X-{x}-3*sin(N*0.1+{k})),0.6)*between(Y,{y}-30,{y})", 40, 128, 128)
          for k, (x, y) in enumerate(((60, 110), (170, 128), (260, 112)))],
        (_any(f"lt(abs(X-{x}-3*sin(N*0.1+{k})+8),1.6*(Y-{y}+22))*between(Y,{y}-22,{y}-14)"
              for k, (x, y) in enumerate(((40, 110), (110, 130), (150, 128), (220, 114),
                                          (290, 130)))), 176, 100, 140),
        (_any(_m(_walker(f"({x}+3*sin(N*0.1+{k})-8)", y - 14, 1.0, 0))
              for k, (x, y) in enumerate(((40, 110), (110, 130), (150, 128), (220, 114),
                                          (290, 130)))), 60, 118, 160),
        (_any(f"lt(hypot((X-{x}-3*sin(N*0.1+{k})+8)/12,(Y-{y}+4)/4),1)*lt(Y,{y})"
              for k, (x, y) in enumerate(((40, 110), (110, 130), (150, 128), (220, 114),
                                          (290, 130)))),
         "150+40*gt(sin(X*1.3)*sin(Y*2.1),0)", "90+60*gt(sin(X*0.7),0)", "170-30*gt(sin(X),0)"),
        (_any(_boat(f"({x}+3*sin(N*0.1+{k}))", y, 70) for k, (x, y) in enumerate(
            ((40, 110), (110, 130), (150, 128), (220, 114), (290, 130)))), 46, 118, 140),
        ("gt(Y,96)", "90+15*gt(sin(X*0.35+Y*1.3+N*0.2),0.8)", 140, 118),
        ("between(Y,50,96)", "if(lt(Y,62),80,130+20*lt(mod(X,20),2))", 118, 142)],
        ("200-0.4*Y", 146, 118)),
    "kyaung-ax": _paint([
        (_any(f"lt(hypot(X-{x},Y-40),3)" for x in (70, 160, 250)), 250, 110, 150),
        (_any(f"lt(abs(X-{x}),0.6)*lt(Y,40)" for x in (70, 160, 250)), 60, 128, 128),
        (_any(f"lt(hypot((X-{x})/9,(Y-{y})/7),1)+lt(hypot(X-{x},Y-{y}+10),4)" for x, y in (
            (60, 150), (100, 150), (220, 150), (260, 150), (80, 132), (240, 132))), 60, 118, 170),
        ("lt(hypot(X-160,Y-78),8)+lt(abs(X-160),18+0.3*(Y-86))*between(Y,86,120)"
         "+lt(abs(X-160),1.5)*between(Y,60,70)", 190, 70, 150),
        ("between(X,120,200)*between(Y,50,124)", 80, 110, 170),
        (_any(f"lt(abs(X-{x}),5)*lt(Y,140)" for x in (30, 110, 210, 290)), 90, 110, 176),
        ("gt(Y,124)", 70, 118, 142)],
        ("40", 120, 150), mul="0.6",
        add="60*(exp(-hypot(X-70,Y-40)/40)+exp(-hypot(X-160,Y-40)/40)+exp(-hypot(X-250,Y-40)/40))"),
    "pwe-ax": _paint([
        (_any(f"lt(hypot(X-mod({53 * k}+0.4*N,340)+10,Y-{128 + 6 * k}),2)" for k in range(6)),
         220, 80, 170),
        ("between(X,120,220)*between(Y,60,96)*lt(mod(X,8),2)*lt(mod(Y,8),2)"
         "*gt(sin(N*0.7+X*0.9+Y),0)", 250, 100, 150),
        (_any(f"lt(abs(X-170),{w}-1.2*({y}-Y))*between(Y,{y}-10,{y})" for y, w in (
            (70, 30), (82, 40), (96, 50))), 180, 70, 150),
        ("lt(hypot((X-170)/80,(Y-104)/8),1)*lt(Y,106)"
         "+lt(abs(X-100+0.6*(Y-80)),4)*between(Y,70,104)", 170, 70, 156),
        ("gt(Y,106)", "20+30*exp(-pow((X-170)/50,2))*gt(sin(Y*1.5+N*0.4),0.3)", 140, 124)],
        ("12+0.06*Y", 146, 122)),
    "credits304-ax": _rolling(_paint([
        ("gt(Y,106)", "20+20*exp(-pow((X-170)/50,2))*gt(sin(Y*1.5+N*0.4),0.3)", 140, 124)],
        ("12+0.06*Y", 146, 122), mul="0.5"),
        ["DIRECTED BY", "THIDA AYE", "", "CAMERA", "KYAW ZIN HTET", "", "YANGON 2007"],
        12, 18, 1.5, "0xfff8e8"),
    # A 2010s Congolese documentary of a Kinshasa street band.
    "kinshasa-ax": _paint([
        (f"lt(hypot((X-{_PIROGUE})/34,(Y-120)/2.5),1)*gt(Y,119)", 16, 128, 128),
        (_m(_walker(f"({_PIROGUE}+10)", 96, 0.9, 0)), 16, 128, 128),
        (f"lt(abs(X-{_PIROGUE}-20-0.3*(Y-90)),0.7)*between(Y,86,124)", 16, 128, 128),
        (_any(f"lt(hypot((X-mod({70 * k}+0.8*N,340)+10)/10,(Y-{140 + 8 * k})/3),1)"
              for k in range(4)), 70, 100, 110),
        ("lt(hypot(X-80,Y-84),10)", 240, 80, 160),
        ("gt(Y,92)", "90+30*gt(sin(X*0.3+Y*1.5+N*0.2),0.8)+60*exp(-pow((X-80)/16,2))", 106, 164),
        ("lt(abs(X-230),3)*between(Y,10,80)+lt(hypot((X-230)/12,(Y-30)/4),1)", 30, 128, 136),
        ("lt(mod(X,7),3)*lt(mod(Y,6),2)*gt(sin(floor(X/7)*3.1+floor(Y/6)*4.7),0.4)*gt(Y,60)"
         "*lt(Y,90)*gt(Y,90-30*gt(sin(X/13)*sin(X/7),-0.3)-20*gt(sin(X/29),0.5))", 190, 100, 150),
        ("gt(Y,90-30*gt(sin(X/13)*sin(X/7),-0.3)-20*gt(sin(X/29),0.5))*lt(Y,92)", 30, 128, 136)],
        ("110+0.6*Y", 100, 172)),
    "taxi-ax": _paint([
        (_any(f"lt(hypot(X-{_BUS}-{x},Y-112),8)" for x in (20, 90)), 24, 128, 128),
        (f"between(X,{_BUS}+6,{_BUS}+104)*between(Y,68,82)*lt(mod(X-{_BUS}-6,20),16)",
         "40+30*lt(hypot(mod(X-6,20)-8,Y-76),4)", 128, 128),
        (f"between(X,{_BUS},{_BUS}+110)*between(Y,64,112)", "if(lt(Y,90),190,90)",
         "if(lt(Y,90),40,180)", "if(lt(Y,90),150,100)"),
        *[(_m(_walker(f"({x}+{v}*N)", 82, 1.3, 0)), *col)
          for x, v, col in ((200, -0.5, (90, 160, 170)), (240, 0.4, (150, 60, 180)),
                            (290, -0.3, (70, 100, 110)))],
        ("between(Y,20,50)*lt(mod(X,64),56)", "if(lt(mod(X,128),64),200,150)",
         "if(lt(mod(X,128),64),60,170)", "if(lt(mod(X,128),64),150,90)"),
        ("lt(abs(Y-140),1)*lt(mod(X,30),16)", 200, 128, 128),
        ("gt(Y,112)", 70, 128, 128),
        ("lt(Y,118)", "150+20*lt(mod(X,64),2)", 120, 146)],
        ("200-0.3*Y", 136, 124)),
    "atelier-ax": _paint([
        (_m(_walker(190, 70, 1.6, 0)), 40, 120, 130),
        ("lt(hypot(X-190,Y-72),7)*lt(Y,78)", 30, 128, 128),
        ("lt(abs(Y-104+0.4*(X-186)),1.2)*between(X,180,196)", 60, 128, 128),
        ("lt(hypot((X-90)/16,(Y-100)/20),1)+lt(abs(X-90),2)*between(Y,50,80)", 150, 90, 160),
        (_any(f"lt(hypot((X-{x})/12,(Y-130)/18),1)" for x in (230, 262)), 90, 170, 110),
        ("between(X,20,140)*between(Y,120,136)", 70, 118, 140),
        ("gt(Y,136)", 80, 118, 142)],
        (_TOLE[0], _TOLE[1], _TOLE[2])),
    "papa-ax": _person(140, 100, (20, 128, 128), False, 106, (
        "150+40*gt(sin(X/5)*sin(Y/5),0)", "128+60*gt(sin(X/9+Y/7),0)", "128+50*cos(X/6)"), _TOLE,
                       top=[
        ("lt(hypot((abs(X-140)-12)/10,(Y-98)/6),1)+lt(abs(Y-97),1)*lt(abs(X-140),14)", 16, 128,
         128),
        ("lt(hypot((X-140)/34,(Y-68)/12),1)*lt(Y,72)+lt(hypot((X-128)/36,(Y-72)/4),1)", 60, 140,
         120)]),
    "sapeur-ax": _person(182, 96, (20, 128, 128), False, 116, (170, 138, 176), _TOLE, top=[
        *_fedora(182, 96, 220, 60),
        ("lt(hypot((abs(X-182)-6)/6,(Y-146)/4),1)", 40, 180, 90),
        ("lt(abs(X-212),6)*between(Y,154,162)", 230, 110, 140)]),
    "repetition-ax": _paint([
        ("lt(hypot(X-160,Y-30),4)", 250, 110, 150),
        ("lt(abs(X-160),0.6)*lt(Y,30)", 60, 128, 128),
        (_any(_m(_walker(x, 70, 1.6, 0)) for x in (90, 230, 160)), 26, 124, 136),
        ("lt(hypot((X-100)/9,(Y-116)/7),1)+lt(abs(Y-110+0.6*(X-100)),1.2)*between(X,100,124)"
         "+lt(hypot((X-220)/9,(Y-116)/7),1)", 110, 100, 160),
        (_any(f"lt(hypot((X-{x})/12,(Y-134)/14),1)" for x in (146, 176)), 80, 150, 110),
        ("lt(abs(X-196),1)*between(Y,80,150)+lt(hypot(X-196,Y-80),3)", 60, 128, 128),
        ("gt(Y,140)", 40, 124, 136)],
        ("60+8*sin(X*0.8)", 124, 136), mul="0.5", add="120*exp(-hypot(X-160,Y-30)/60)"),
    "concert-ax": _paint([
        (_any(f"lt(abs(X-{x}),3)*lt(abs(Y-{y}),5)" for x, y in ((60, 98), (130, 94), (250, 96),
                                                               (300, 100))), 230, 140, 120),
        (_any(f"lt(abs(X-{x}+0.3*(Y-104)),1.4)*between(Y,102,114)" for x in (60, 130, 250, 300)),
         10, 128, 128),
        ("lt(hypot(mod(X,14)-7,Y-114-2*sin(N*0.7+floor(X/14)*1.3)),6)+gt(Y,118)", 10, 128, 128),
        *[(_dancer(f"({x}+8*sin(N*0.5+{x}))", 70, 1.6), *col)
          for x, col in ((110, (120, 100, 200)), (210, (160, 60, 170)))],
        ("between(Y,100,120)*between(X,40,280)", 50, 120, 140),
        ("lt(Y,100)", "30+50*exp(-hypot(X-70,Y-20)/50)+50*exp(-hypot(X-250,Y-20)/50)",
         "128+40*gt(X,160)-40*lt(X,160)", "128+50*lt(X,160)")],
        ("20", 128, 128)),
    "pluie-ax": _paint([
        (_any(_m(_walker(x, 86, 1.3, 0)) for x in ("(120+0.5*N)", "(220-0.4*N)")), 24, 128, 128),
        (_any(f"lt(hypot((X-{x})/16,(Y-84)/6),1)*lt(Y,84)" for x in ("(120+0.5*N)",
                                                                   "(220-0.4*N)")),
         60, 170, 110),
        ("lt(abs(X-60),8)*lt(abs(Y-40),3)+lt(abs(X-60),3)*lt(abs(Y-40),8)", 170, 80, 60),
        ("between(X,20,100)*between(Y,20,120)", 50, 128, 128),
        ("gt(Y,120)", "26+50*exp(-pow((X-60)/10,2))*gt(sin(Y*1.7+N*0.5),0.2)",
         "128-24*exp(-pow((X-60)/10,2))", "128-40*exp(-pow((X-60)/10,2))"),
        ("between(X,100,320)*between(Y,10,120)", "36+20*lt(mod(X,40),2)", 128, 136)],
        ("14", 136, 124), add=_MVULA),
    "fleuve-ax": _paint([
        ("between(N,18,40)*lt(abs(hypot((X-186-1.5*(N-18))/(6+0.8*(N-18)),"
         "(Y-100+0.5*(N-18))/(3+0.3*(N-18)))-1),0.14)", 120, 128, 128),
        (_m(_walker(150, 98, 1.0, 0)), 70, 128, 128),
        ("lt(hypot((X-150)/46,(Y-126)/3),1)*gt(Y,125)", 84, 126, 132),
        (_any(f"lt(hypot((X-mod({80 * k}+0.5*N,340)+10)/10,(Y-{140 + 10 * k})/3),1)"
              for k in range(4)), 170, 108, 116),
        ("between(Y,82+4*abs(sin(X/6))+2*sin(X/19),90)", 200, 120, 126),
        ("gt(Y,90)", "228+8*gt(sin(X*0.5+Y*1.6+N*0.3),0.85)", 128, 130)],
        ("242-0.04*Y", 126, 130)),
    "credits305-ax": _roll(["REALISATION", "MIREILLE KABONGO", "", "IMAGE", "JUNIOR NSIMBA", "",
                            "KINSHASA 2014"], 12, 18, 1.5, "0xfff0d0"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AX = {}

FX_AX = {
    **{f"grain{k}-ax": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 13, "t+u", 96110117), (2, 7, "t+u", 96120121), (3, 12, "t+u", 96130133),
        (4, 8, "t+u", 96140147), (5, 5, "t", 96150157), (6, 6, "t", 96160163)]},
    # A closer framing as in held-out-af; bars of 1.33 and 1.37 as in held-out-ae, 1.19 as in
    # held-out-an, 2.35 and 1.85 as in held-out-ao; the documentary of Kinshasa fills the frame.
    "closer-ax": FX_AF["closer-af"],
    **{f"box{r}-ax": FX_AE[f"box{r}-ae"] for r in (133, 137)},
    "box119-ax": FX_AN["box119-an"],
    **{f"box{r}-ax": FX_AO[f"box{r}-ao"] for r in (235, 185)},
    # Looks: greys tinted amber by day, green in the forest, blue by night and peach at dawn with
    # flicker, gate weave and a scratch; saturated colour with a memory in steel-blue
    # monochrome; black and white with flicker and frame-line jumps; saturated warm faded colour;
    # soft humid colour; saturated digital video.
    "amber-ax": "hue=s=0,eq=contrast=1.1,colorchannelmixer=rr=1.0:gg=0.78:bb=0.48",
    "green-ax": "hue=s=0,eq=contrast=1.08,colorchannelmixer=rr=0.62:gg=0.95:bb=0.6",
    "blue-ax": "hue=s=0,eq=contrast=1.1,colorchannelmixer=rr=0.42:gg=0.62:bb=1.0",
    "peach-ax": "hue=s=0,eq=contrast=1.04,colorchannelmixer=rr=1.0:gg=0.84:bb=0.7",
    "flick300-ax": "eq=brightness='0.032*sin(n*2.5)*sin(n*1.7+0.5)+0.012*sin(n*0.37)':eval=frame",
    "weave300-ax": "crop=306:172:x='7+1.3*sin(n*1.5)':y='4+1.0*sin(n*2.1+0.7)*sin(n*0.55)',"
                   "scale=320:180",
    "scratch300-ax": _ov("0.5*lt(abs(X-90-150*abs(sin(floor(N/10)*2.31))-1.2*sin(N*1.9)),0.7)",
                         226),
    "karpaty-ax": "eq=saturation=1.25:contrast=1.06,colorbalance=rs=0.03:gs=0.02:bs=-0.04:rh=0.02",
    "spohad-ax": "hue=s=0,eq=contrast=1.12,colorchannelmixer=rr=0.7:gg=0.8:bb=0.95",
    "ledokol-ax": "hue=s=0,eq=contrast=1.2:gamma=0.97",
    "flick302-ax": "eq=brightness='0.03*sin(n*3.7)*sin(n*1.3+0.4)+0.012*sin(n*0.53)':eval=frame",
    "jump302-ax": "crop=320:172:x=0:y='4+3*eq(mod(n,29),11)-3*eq(mod(n,41),7)',scale=320:180",
    "lolly-ax": "eq=saturation=1.3:contrast=1.08:gamma=1.02,colorbalance=rs=0.06:bs=-0.07:rm=0.04"
                ":bh=-0.03",
    "inle-ax": "eq=saturation=0.92:contrast=0.96:gamma=1.04,colorbalance=gs=0.02:bs=0.02:rh=0.02",
    "kin-ax": "eq=saturation=1.25:contrast=1.06,unsharp=5:5:0.3,colorbalance=rs=0.02:rh=0.03"
              ":bh=-0.02",
    # Camera moves: pans as in held-out-ao, a tilt down and a hand-held camera as in held-out-au;
    # two slow push-ins and a crash zoom (held-out-ag's zoompan), a camera swaying, a deck
    # heaving, a pan following a leg-rower and two hand-held cameras of this set.
    **{f"{k}-ax": FX_AO[f"{k}-ao"] for k in ("panr", "panl")},
    **{f"{k}-ax": FX_AU[f"{k}-au"] for k in ("tiltdown", "mano")},
    "zoom301-ax": _zoom("1+0.003*in", "0.4"),
    "crash303-ax": _zoom("1+0.5*clip((in-MID+2)/3,0,1)", "0.4"),
    "push303-ax": _zoom("1+0.004*in", "0.5"),
    "sway301-ax": "scale=480:270,rotate=a='0.18*sin(n*0.11)':ow=320:oh=180",
    "kachka-ax": "scale=352:198,crop=320:180:x='16+3*sin(n*0.17)':y='9+7*sin(n*0.29+0.5)'",
    "follow304-ax": "scale=480:270,crop=320:180:x='30+2.0*n':y=60",
    "hand303-ax": "scale=340:191,crop=320:180:x='10+4*sin(n*0.75)+2*sin(n*2.5)'"
                  ":y='5.5+3*sin(n*1.4+2)'",
    "hand305-ax": "scale=344:194,crop=320:180:x='12+6*sin(n*0.95)+2.5*sin(n*2.8)'"
                  ":y='7+4*sin(n*1.6+1)'",
    # Things that are not boundaries, around MID (see the docstring); subtitles and titles first.
    **{f"sub-{k}-ax": _subs([(line, *cue)]) for (k, line), cue in zip([
        ("ivan", "The trembita called all night. Someone has died."),
        ("marichka", "Then play for the living, Ivan."),
        ("kapitan", "We go where no ship has wintered."),
        ("radist", "Moscow answers. They heard us."),
        ("sultan", "My father ploughed this land. So will my son."),
        ("noori", "Then why bring a gun to the fair, Sultan?"),
        ("uwin", "My feet row, my hands fish. That is the way here."),
        ("makhin", "The tomatoes go to Yangon. We keep the rain."),
        ("papa", "Our guitars are made of what the city throws away."),
        ("sapeur", "In Kinshasa a man must dress like a prince.")],
        [(-14, 8), (-12, 10)] * 5)},
    **{f"title{k}-ax": _fade(line, size, y, color, font, a, b, _EDGE.format(edge))
       for k, line, size, y, color, font, a, b, edge in [
           (301, "TINI HIR", 28, 18, "0xfff4d8", SERIF, -28, 20, "0x302010"),
           (303, "SHER PUTTAR", 30, 30, "0xffe040", FONT, -28, 20, "0x901000"),
           (304, "THE LEG ROWERS", 22, 20, "0xffffff", FONT, -24, 20, "0x202020"),
           (305, "KIN MAKAMBO", 26, 124, "0xffffff", FONT, -24, 20, "0x000000")]},
    "cap-papa-ax": "drawbox=x=10:y=116:w=96:h=18:color=0x000000@0.6:t=fill"
                   ":enable='between(n,MID-14,MID+12)'"
                   f",drawtext=fontfile={FONT}:fontsize=11:fontcolor=0xffe040:text='PAPA LOKOLE'"
                   ":x=16:y=120:enable='between(n,MID-14,MID+12)'",
    # 300: the kerosene lamp lit; lightning over the log boom; a swallow passing the lens.
    "lamppu-ax": _lamp(-3, 150, 82, 6, 1.8),
    "salama-ax": _bolt(110, -8, 72) + "," + _bolt(236, 6, 66),
    "paasky-ax": _pass(7, 36, 160, 64, 22, 6, 30),
    # 301: the sun glinting on the stream; a torch passing the lens; the bonfire flaring; the
    # church door thrown open.
    "blysk-ax": _glare(170, 100, 3, 1.2, 4, 6),
    "smoloskyp-ax": _pass(9, 30, 160, 100, 40, 70, 236, 80, 180),
    "spalakh-ax": _grade("LUM+70*exp(-hypot(X-160,Y-110)/60)*clip(1-abs(N-MID-2)/6,0,1)"),
    "dveri-ax": _grade(f"LUM+(236-LUM)*{_ramp(-4, 2)}*between(X,8,40)*between(Y,30,130)"
                       f"+80*{_ramp(-4, 2)}*exp(-hypot(X-24,Y-130)/60)"),
    # 302: a plane's wing passing the lens; the searchlight turned into the lens; a signal
    # flare fired over the camp.
    "samolet-ax": _pass(6, 40, 160, 30, 150, 12, 40),
    "prozhektor-ax": _glare(204, 84, 5, 2, 8, 10),
    "raketa-ax": _ov("between(N,MID-6,MID-1)*lt(abs(X-196-0.1*(Y-30)),1)*between(Y,30+6*(MID-N),"
                     "118)+between(N,MID,MID+16)*lt(hypot(X-196-0.5*(N-MID),Y-30-1.2*(N-MID)),3)",
                     252)
                 + "," + _flash(range(10), (0.3, 0.26, 0.22, 0.18, 0.15, 0.12, 0.1, 0.08, 0.06,
                                            0.04)),
    # 303: gunshots at the haveli; a tonga passing the lens; the sun's glare on the wheat.
    "goli-ax": _shots(150, 98, 10, (-8, -3, 6), 0.2),
    "ghora-ax": _pass(10, -32, 160, 96, 80, 80, 50, 110, 150),
    "dhup-ax": _glare(276, 18, 7, 1.5, 8, 12),
    # 304: a longtail boat passing the lens; the pagodas' spires glinting; the generator failing;
    # a boat's spotlight coming into the lens.
    "hle-ax": _pass(10, 34, 160, 130, 100, 40, 50, 120, 140),
    "glint304-ax": _ov(_any(f"lt(hypot(X-{x},Y-{y}),2.5)*gt(sin(N*1.7+{k}),0.85)"
                            for k, (x, y) in enumerate(((120, 50), (210, 80), (270, 80),
                                                        (170, 80), (30, 80)))), 252),
    "mee-ax": _glare(110, 112, 4, 1.5, 10, 10),
    "generator-ax": _dim(((-5, 2),), 0.78),
    # 305: a motorbike passing the lens; a welder's arc flickering with sparks; the power cut
    # and the generator starting; phones' flashes in the crowd; a motorbike's headlight coming
    # into the lens; a kingfisher passing the lens.
    "moto-ax": _pass(9, -36, 160, 110, 70, 74, 34),
    "soudure-ax": _ov("between(N,MID-14,MID+14)*gt(sin(X*2.9+Y*3.7+N*5.1),0.97)"
                      "*lt(hypot(X-180,Y-118),24)*gt(Y,110)", 240, 90, 160)
                  + "," + _grade("LUM+(250-LUM)*clip(1.6*exp(-hypot(X-180,Y-110)/6),0,1)*ARC"
                                 "+50*exp(-hypot(X-180,Y-110)/60)*ARC")
                  .replace("ARC", "gt(sin(N*2.7)*sin(N*1.9+1),0)*between(N,MID-14,MID+14)"),
    "coupure-ax": _dim(((-6, 1), (4, 5)), 0.82),
    "flashphone-ax": _ov("+".join(f"eq(N,MID+({k}))*lt(hypot(X-{x},Y-{y}),5)"
                                  for x, y, k in ((60, 128, -9), (250, 126, -1), (130, 122, 7))),
                         255) + "," + _flash((-9, -1, 7), (0.1, 0.14, 0.1)),
    "phare-ax": _glare(170, 112, 4, 1.6, 10, 10),
    "martin-ax": _pass(7, 32, 160, 66, 22, 8, 50, 140, 120),
}

# held-out-ax (clips 300-305): new recipes again, written after held-out-aw without running the
# detector on them: six more kinds of film, clips of about 20 to 23 s with 11 shots, mixing cuts
# between similar and different shots, to and from cards, an intertitle and a map, between dark
# shots, into and out of near-white shots, to closer framings, tint changes at cuts and at a
# dissolve, camera and subject motion, a fir felled, things passing the lens, a lamp lit, a
# church door thrown open, a generator failing, a power cut, lightning, a signal flare,
# gunshots, a welder's arc, phones' flashes, a bonfire flaring, a searchlight, the sun's glare,
# headlights and a spotlight into the lens, aurora, rain, snowfall, grain, flicker, gate weave, a
# scratch, frame-line jumps, bars of five ratios and none, titles, a caption, subtitles and
# credits rolling, dissolves of 18 to 22 frames, a dissolve through grey, a pixel dissolve, fades
# through black and white and fade outs and ins.
_FI_A = "amber-ax flick300-ax weave300-ax scratch300-ax grain1-ax box133-ax"
_FI_G = "green-ax flick300-ax weave300-ax scratch300-ax grain1-ax box133-ax"
_FI_B = "blue-ax flick300-ax weave300-ax scratch300-ax grain1-ax box133-ax"
_FI_P = "peach-ax flick300-ax weave300-ax scratch300-ax grain1-ax box133-ax"
_UA = "karpaty-ax grain2-ax box137-ax"
_UA_M = "spohad-ax grain2-ax box137-ax"
_AR = "ledokol-ax flick302-ax jump302-ax grain3-ax box119-ax"
_PK = "lolly-ax grain4-ax box235-ax"
_MM = "inle-ax grain5-ax box185-ax"
_CD = "kin-ax grain6-ax"
HELD_OUT_AX = [
    ("kosken-kuningas", [
        S("nimi-ax", 36, 0, _FI_A), "cut",
        S("koski-ax", 66, 0, f"panr-ax {_FI_A}"), "cut",
        S("valiteksti-ax", 44, 0, _FI_A), "cut",
        S("savotta-ax", 60, 0, _FI_G), "fade:22",
        S("aino-ax", 34, 0, _FI_A), "cut",
        S("matti-ax", 32, 0, _FI_A), "cut",
        S("aino-ax", 44, 34, f"closer-ax {_FI_A}"), "fadeblack:20",
        S("tupa-ax", 60, 0, f"lamppu-ax {_FI_B}"), "cut",
        S("uitto-ax", 56, 0, f"salama-ax {_FI_B}"), "cut",
        S("aamu-ax", 54, 0, f"paasky-ax {_FI_P}"), "fadeio:18:14",
        S("loppu-ax", 40, 0, _FI_A)]),
    ("tini-hir", [
        S("hory-ax", 70, 0, f"zoom301-ax title301-ax {_UA}"), "cut",
        S("polonyna-ax", 60, 0, f"sway301-ax {_UA}"), "cut",
        S("ivan-ax", 34, 0, f"sub-ivan-ax {_UA}"), "cut",
        S("marichka-ax", 32, 0, f"sub-marichka-ax {_UA}"), "cut",
        S("marichka-ax", 44, 32, f"closer-ax {_UA}"), "fadegrays:26",
        S("potik-ax", 56, 0, f"blysk-ax {_UA}"), "cut",
        S("zyma-ax", 56, 0, f"smoloskyp-ax {_UA_M}"), "cut",
        S("kupalo-ax", 60, 0, f"spalakh-ax {_UA}"), "fadeblack:18",
        S("tserkva-ax", 56, 0, f"dveri-ax {_UA}"), "cut",
        S("khmary-ax", 56, 0, _UA), "fadeio:16:14",
        S("credits301-ax", 60, 0, _UA)]),
    ("ledokol", [
        S("titr-ax", 36, 0, _AR), "cut",
        S("port-ax", 66, 0, f"panl-ax {_AR}"), "cut",
        S("karta-ax", 44, 0, _AR), "cut",
        S("led-ax", 60, 0, f"kachka-ax {_AR}"), "fade:20",
        S("kapitan-ax", 34, 0, f"sub-kapitan-ax {_AR}"), "cut",
        S("radist-ax", 32, 0, f"sub-radist-ax {_AR}"), "cut",
        S("kapitan-ax", 44, 34, f"closer-ax {_AR}"), "fadewhite:18",
        S("torosy-ax", 56, 0, f"samolet-ax {_AR}"), "cut",
        S("noch-ax", 60, 0, f"prozhektor-ax {_AR}"), "fadeblack:18",
        S("lager-ax", 56, 0, f"raketa-ax {_AR}"), "fadeio:16:12",
        S("uchastniki-ax", 60, 0, _AR)]),
    ("sher-puttar", [
        S("pind-ax", 66, 0, f"panl-ax title303-ax {_PK}"), "cut",
        S("mela-ax", 60, 0, f"hand303-ax {_PK}"), "cut",
        S("sultan-ax", 34, 0, f"sub-sultan-ax {_PK}"), "cut",
        S("noori-ax", 32, 0, f"sub-noori-ax {_PK}"), "cut",
        S("sultan-ax", 44, 34, f"closer-ax {_PK}"), "cut",
        S("giddha-ax", 56, 0, f"crash303-ax {_PK}"), "fade:22",
        S("haveli-ax", 56, 0, f"goli-ax {_PK}"), "cut",
        S("tanga-ax", 56, 0, f"ghora-ax {_PK}"), "cut",
        S("kanak-ax", 56, 0, f"dhup-ax {_PK}"), "fadewhite:20",
        S("qila-ax", 56, 0, f"push303-ax {_PK}"), "fadeio:16:12",
        S("khatam-ax", 40, 0, _PK)]),
    ("inle", [
        S("kan-ax", 66, 0, f"tiltdown-ax title304-ax {_MM}"), "cut",
        S("hlaw-ax", 60, 0, f"follow304-ax {_MM}"), "cut",
        S("kyun-ax", 56, 0, f"hle-ax {_MM}"), "cut",
        S("uwin-ax", 34, 0, f"sub-uwin-ax {_MM}"), "cut",
        S("makhin-ax", 32, 0, f"sub-makhin-ax {_MM}"), "cut",
        S("uwin-ax", 44, 34, f"closer-ax {_MM}"), "fade:18",
        S("zedi-ax", 56, 0, f"glint304-ax mano-ax {_MM}"), "cut",
        S("zei-ax", 56, 0, _MM), "dissolve:16",
        S("kyaung-ax", 56, 0, f"generator-ax {_MM}"), "fadeblack:20",
        S("pwe-ax", 56, 0, f"mee-ax {_MM}"), "fadeio:16:12",
        S("credits304-ax", 60, 0, _MM)]),
    ("kin-makambo", [
        S("kinshasa-ax", 56, 0, f"title305-ax {_CD}"), "cut",
        S("taxi-ax", 60, 0, f"hand305-ax moto-ax {_CD}"), "cut",
        S("atelier-ax", 56, 0, f"soudure-ax {_CD}"), "cut",
        S("papa-ax", 34, 0, f"cap-papa-ax sub-papa-ax {_CD}"), "cut",
        S("sapeur-ax", 32, 0, f"sub-sapeur-ax {_CD}"), "cut",
        S("papa-ax", 44, 34, f"closer-ax {_CD}"), "cut",
        S("repetition-ax", 60, 0, f"coupure-ax {_CD}"), "fade:20",
        S("concert-ax", 56, 0, f"flashphone-ax {_CD}"), "cut",
        S("pluie-ax", 56, 0, f"phare-ax {_CD}"), "fadewhite:16",
        S("fleuve-ax", 56, 0, f"martin-ax {_CD}"), "fadeio:16:12",
        S("credits305-ax", 60, 0, _CD)]),
]
