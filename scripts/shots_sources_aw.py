"""Sources, effects and recipes of held-out-aw (clips 294-299), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-293. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a framed title card,
a manor in falling snow with a troika passing under a pan, an intertitle, a ballroom with couples
waltzing under a chandelier's flickering candles, a young woman's face and an officer's face
before one damask wall and a closer framing of hers, a bedroom at night where she carries a candle
in, a frozen river by moonlight with snow blown over the lens, a near-white birch wood at dawn
with a crow passing the lens and a card reading KONETS (a 1910s Russian melodrama in 1.33, greys
tinted sepia, night green-blue and dawn lilac, with flicker, gate weave, dust and grain); mill
chimneys smoking at dawn under a tilt down and a title, looms with shuttles flying under shafts of
light, a mill worker's face and his wife's face before one lime-washed wall with subtitles and a
closer framing of his, a chawl's gallery with washing swaying seen hand-held with a woman carrying
water passing the lens, a union meeting at night where a petromax lamp is pumped up, a street in
the monsoon at night with a bus's headlights coming into the lens, a near-white sea front at noon
with the sun's glare cut to a nearer framing of it and credits rolling over black (a 1980s Indian
parallel-cinema film of a Bombay textile mill in 1.66, faded warm Eastmancolor with grain);
whitewashed rooftops with sheets flapping and pigeons circling under a pan and a title, a covered
souk seen hand-held with a porter's cart passing the lens, a girl's face and her grandmother's
face before one tiled wall with subtitles and a closer framing of the girl's, a hammam with steam
rising through shafts of light, a courtyard with a fountain where two lanterns are switched on
one after the other, a wedding at night with dancers and a photographer's flash, near-white walls
with a blue door, a cat and the sun's glare, the sea with a whip pan from a cliff to a ferry and a
card reading FIN (a 1990s Tunisian film of the Tunis medina in 1.85, warm golden colour with
grain); a skyline at night with aviation lights blinking under a title, a convenience store at
night with a customer walking in and a taxi's headlights sweeping the pavement, the aisles under
tubes one of which flickers, a clerk's face and a salaryman's face before one wall of shelves
with subtitles and a closer framing of hers, a level crossing at night with its lamps flashing
and a train passing, a shopping street in the rain with neon signs seen hand-held, an alley with
a vending machine, a cat and steam from a vent, a near-white river bank at dawn with the sun's
glare and credits rolling over the dimmed skyline (a 2000s Japanese late-night television drama
in Tokyo in 1.78 with no bars, cool sharp video under a channel's logo); a framed title card, a
station hall with a locomotive arriving in its steam under a pan, a newspaper seller limping
along a platform seen hand-held with a porter passing the lens, a seller's face and a drinks
seller's face before one brick wall with subtitles and a closer framing of his, a night express
passing a platform with its windows' light sweeping it, a room where a bulb swings on its cord, a
railway yard at night where a signal changes and a shunting engine's headlamp comes into the
lens, a near-white Nile at noon with feluccas and a card reading AL-NIHAYA (a 1950s Egyptian
railway-station drama in 1.37, black and white with flicker and grain); mountains at dawn with a
car on a winding road under a title, the road through a windscreen with the wiper sweeping it, a
driver's face and an old woman's face before one car window with the land moving past, with
subtitles, and a closer framing of his, a checkpoint with a flag waving seen hand-held with a
pickup passing the lens, a near-white snowy pass with snow blown over the lens cut to a nearer
framing of it, a fire by the road at night with sparks and a truck's headlights passing, a
village at dawn with smoke from its chimneys under a tilt up and credits rolling over black (a
2010s Kurdish road movie in 2.39, teal and orange digital colour with grain).
"""

from shots_lavfi import FONT, SERIF, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed, _pass
from shots_sources_ad import _card, _roll
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _person
from shots_sources_ag import _any, _fade
from shots_sources_ak import _EDGE
from shots_sources_ao import FX_AO
from shots_sources_ar import _puff, _walker
from shots_sources_as import _glare
from shots_sources_at import _m, _rolling
from shots_sources_au import FX_AU, _ov

# Rain streaks (added to the luma) of this set: a monsoon night in Bombay and a rainy night in
# Tokyo.
_MONSOON = "30*gt(sin(X*3.7+floor((Y+26*N-0.3*X)/9)*2.3),0.93)"
_TOKYO_RAIN = "24*gt(sin(X*4.3+floor((Y+28*N+0.25*X)/8)*2.9),0.94)"


def _snow(v, r=0.9, thin=0.2):
    """A mask of snow falling v pixels a frame: a flake in some of the cells of a staggered grid,
    drifting sideways."""
    row = f"floor((Y-{v}*N+2000)/12)"
    return (f"lt(hypot(mod(X+5*{row}+3*sin(N*0.15+{row}),16)-8,mod(Y-{v}*N+2000,12)-6),{r})"
            f"*gt(sin(floor((X+5*{row})/16)*12.9+{row}*7.1),{thin})")


def _smoke(x, top, h=50, lum="190", cb=128, cr=128):
    """A layer: smoke rising from a chimney's top at (x, top), drifting right, h pixels high."""
    return (f"lt(Y,{top})*gt(Y,{top}-{h})*lt(abs(X-{x}-0.7*({top}-Y)-3*sin(Y/6+N*0.25)),"
            f"3+0.22*({top}-Y))", lum, cb, cr)


def _couple(k):
    """Masks (the man in black, the lady's white gown) of the k-th couple waltzing round the
    ballroom."""
    a = f"(N*0.09+{k}*1.26)"
    x, y = f"(160+110*cos({a}))", f"(78+12*sin({a}))"
    return (_m(_walker(f"({x}-5)", y, 1.3, 0)),
            f"lt(hypot(X-{x}-5,Y-{y}),5)+lt(hypot((X-{x}-5)/(10+3*sin(N*0.5+{k})),"
            f"(Y-{y}-34)/16),1)*lt(Y,{y}+40)")


def _cat(x, y):
    """A mask of a cat walking right, its body centred at (x, y) (x an expression)."""
    return (f"lt(hypot((X-{x})/12,(Y-{y})/5),1)+lt(hypot(X-{x}-13,Y-{y}+5),4)"
            f"+lt(abs(X-{x}+15+0.4*(Y-{y})),1.3)*between(Y,{y}-12,{y})"
            f"+lt(abs(abs(X-{x})-7+2*sin(N*0.8)),1.3)*between(Y,{y},{y}+9)")


def _felucca(x, y, h):
    """Masks (sail, hull) of a felucca at (x, y) with a lateen sail h pixels high, drifting."""
    return (f"between(Y,{y}-{h},{y}-2)*gt(X,{x}-0.6*({y}-2-Y)*({y}-2-Y)/{h})*lt(X,{x}+2)"
            f"+lt(abs(Y-{y}+0.8*({x}-X)),1.2)*between(X,{x}-0.6*{h},{x}+4)",
            f"lt(hypot((X-{x})/18,(Y-{y})/3),1)*gt(Y,{y}-1)")


# A 1910s Russian melodrama (drawn in greys: the tints are effects).
_DAMASK = ("118+18*gt(sin(X/6+2*sin(Y/8))*sin(Y/7-1.5*sin(X/9)),0.35)-12*lt(mod(X,40),1.5)", 128,
           128)
_SANI = "(-90+3.4*N)"  # the troika
_CANDLE = "(30+2.6*min(N,50))"  # the candle carried into the bedroom

# A 1980s Indian parallel-cinema film of a Bombay textile mill.
_CHAWL = ("150+16*gt(sin(X/7+2*sin(Y/13)),0.6)-34*gt(sin(X/23+1)*sin(Y/17),0.8)", 140, 112)
_CLOTHES = [(90, 100, 190), (200, 60, 120), (160, 170, 90), (230, 128, 128), (120, 90, 100)]

# A 1990s Tunisian film of the Tunis medina.
_ZELLIJ = ("140+40*gt(abs(sin(X/4)*sin(Y/4)),0.5)-30*lt(abs(mod(X+Y,32)-16),1)",
           "128+46*gt(sin(X/8+Y/8),0.3)-30*gt(sin(X/8-Y/8),0.5)", "128+36*gt(cos(X/8),0.5)")
_ROOFS = "(96+14*sin(floor(X/46)*2.7))"

# A 2000s Japanese late-night television drama in Tokyo.
_SHELF = ("150+40*sin(floor(X/9)*3.3)-70*lt(mod(Y,22),3)", "128+46*sin(floor(X/9)*2.1)",
          "128+46*cos(floor(X/9)*1.7)")
_TOWERS = [(10, 40, 60), (56, 30, 30), (92, 44, 46), (142, 26, 20), (174, 50, 54), (230, 34, 36),
           (270, 46, 64)]
_TRAIN = "(330-28*(N-22))"  # the front of the train passing the crossing

# A 1950s Egyptian railway-station drama (drawn in greys).
_BRICK = ("118+22*lt(mod(Y,12),10)*lt(mod(X+6*lt(mod(Y,24),12),24),22)"
          "-12*gt(sin(X/17+Y/13),0.7)", 128, 128)
_LOCO = "(330-160*(1-exp(-N/22)))"
_EXPRESS = "(330-30*(N-24))"  # the front of the night express
_BX = "(160+40*sin(N*0.16))"  # the swinging bulb
_BY = "(40+6*pow(sin(N*0.16),2))"

# A 2010s Kurdish road movie.
_CAR = ("if(between(X,204,316)*between(Y,24,96),150+40*gt(sin((X+8*N)/11)*sin(Y/7),0.2)"
        "-40*gt(Y,70+8*sin((X+8*N)/30)),36+6*sin(Y/9))", 128, 132)
_RIDGE = "50+20*abs(sin(X/37))+8*sin(X/11)"


LAVFI_AW = {
    # A 1910s Russian melodrama.
    "titul-aw": _framed(["ZIMNIE ROZY"], 30, 62, 0, "0xe8e8e8", SERIF, "0x101010", "0xb0b0b0")
        + f",drawtext=fontfile={SERIF}:fontsize=12:fontcolor=0xc8c8c8"
          ":text='drama v chetyrekh chastyakh':x=(w-tw)/2:y=112",
    "usadba-aw": _paint([
        (_snow(1.6), 240, 128, 128),
        (f"lt(hypot(X-{_SANI}-96,Y-114),5)+lt(hypot((X-{_SANI}-76)/18,(Y-122)/8),1)", 36, 128,
         128),
        (f"lt(abs(abs(X-{_SANI}-76)-8+5*sin(N*0.9+X/5)),1.3)*between(Y,126,140)"
         f"*between(X,{_SANI}+58,{_SANI}+94)", 36, 128, 128),
        (f"lt(abs(hypot(X-{_SANI}-74,Y-120)-15),1.2)*lt(Y,118)", 60, 128, 128),
        (_any(_m(_walker(f"({_SANI}+{o})", 98, 0.9, 0)) for o in (14, 30)), 30, 128, 128),
        (f"between(X,{_SANI},{_SANI}+46)*between(Y,114,132)+lt(abs(Y-134),1)"
         f"*between(X,{_SANI}-6,{_SANI}+50)", 54, 128, 128),
        ("between(Y,74,112)*between(X,134,188)*lt(mod(X-134,12),4)", 226, 128, 128),
        ("between(Y,76,108)*between(X,74,250)*lt(mod(X-74,22),8)*gt(mod(Y-76,18),6)", 60, 128,
         128),
        ("between(Y,50,74)*lt(abs(X-161),0.95*(Y-50)+4)", 200, 128, 128),
        ("lt(hypot((X-161)/22,(Y-50)/16),1)*lt(Y,50)", 150, 128, 128),
        ("between(Y,66,112)*between(X,66,256)", 176, 128, 128),
        (_any(f"lt(abs(X-{x}),0.5*(Y-{t}))*between(Y,{t},136)" for x, t in ((26, 60), (46, 76),
                                                                          (286, 56), (304, 80))),
         "40+14*lt(mod(Y,8),2)", 128, 128),
        ("gt(Y,134+2*sin(X/30))", "234-8*gt(sin(X/9+Y/3),0.8)", 128, 128)],
        ("206-0.35*Y", 128, 128)),
    "nadpis-aw": _card(["Vera ne znala,", "chto Sergei uzhe obruchen."], 15, 66, 26, "0xe6e6e6",
                       SERIF, bg="0x0c0c0c")
        + ",drawbox=x=40:y=40:w=240:h=1:color=0x909090:t=fill"
          ",drawbox=x=40:y=132:w=240:h=1:color=0x909090:t=fill",
    "bal-aw": _paint([
        (_any(f"lt(hypot((X-160-{d})/1.6,(Y-28+0.15*abs({d})-1.5*sin(N*2.3+{d}))/3),1)"
              for d in range(-36, 37, 12)), 250, 128, 128),
        ("lt(abs(hypot((X-160)/42,(Y-26)/9)-1),0.12)*gt(Y,26)+lt(abs(X-160),1)*lt(Y,26)", 90, 128,
         128),
        *[(layer, lum, 128, 128) for k in range(5) for layer, lum in zip(_couple(k), (24, 226))],
        ("gt(Y,118)", "96+22*lt(mod(X+2*Y,24),12)", 128, 128),
        ("lt(abs(mod(X,64)-32),6)*lt(Y,118)", "176-0.3*Y", 128, 128),
        ("lt(Y,118)*lt(abs(mod(X,64)-32),26)*between(Y,36,100)", 104, 128, 128)],
        ("136-0.2*Y", 128, 128), mul="(0.96+0.03*sin(N*2.1)*sin(N*0.8))",
        add="40*exp(-hypot(X-160,Y-28)/40)"),
    "vera-aw": _person(140, 100, (40, 128, 128), True, 204, (
        "206+30*gt(sin(X*1.5)*sin(Y*1.5),0.5)", 128, 128), _DAMASK, top=[
        ("lt(abs(hypot(X-140,(Y-128)*1.4)-22),1.6)*gt(Y,128)", 246, 128, 128),
        ("lt(hypot(X-114,Y-68),6)*gt(abs(sin(atan2(Y-68,X-114)*5)),0.35)", 232, 128, 128)]),
    "sergei-aw": _person(182, 96, (50, 128, 128), False, 186, (58, 128, 128), _DAMASK, top=[
        ("lt(hypot((abs(X-182)-7)/8,(Y-116)/2.2),1)", 40, 128, 128),
        ("lt(hypot((abs(X-182)-44)/12,(Y-150)/4),1)", 222, 128, 128),
        ("between(Y,136,142)*lt(abs(X-182),18)", 210, 128, 128),
        (_any(f"lt(hypot(X-182,Y-{y}),1.8)" for y in (152, 162, 172)), 236, 128, 128)]),
    "spalnya-aw": _paint([
        (f"lt(hypot((X-{_CANDLE})/2.5,(Y-80-1.5*sin(N*2.7))/6),1)", 250, 128, 128),
        (f"between(Y,86,104)*lt(abs(X-{_CANDLE}),2)", 220, 128, 128),
        (_m(_walker(f"({_CANDLE}-14)", 52, 2.6, 0)), 30, 128, 128),
        ("between(Y,112,150)*between(X,196,306)", "170+20*lt(mod(X+Y,20),3)", 128, 128),
        ("between(Y,84,112)*between(X,196,220)", 140, 128, 128),
        ("between(X,40,100)*between(Y,30,96)", "74+8*lt(abs(X-70),1.5)+8*lt(abs(Y-63),1.5)", 128,
         128),
        ("between(X,120,170)*between(Y,40,140)", "60+10*lt(abs(mod(X-120,25)-12),1)", 128, 128),
        ("gt(Y,150)", 70, 128, 128)],
        _DAMASK, mul="0.3", add=f"116*exp(-hypot(X-{_CANDLE},Y-84)/34)"),
    "reka-aw": _paint([
        ("lt(hypot(X-250,Y-30),7)", 240, 128, 128),
        (_m(_walker("(60+0.9*N)", 94, 1.0, 0)), 14, 128, 128),
        ("gt(Y,104)*lt(abs(X-250),6+0.3*(Y-104))*gt(sin(Y*1.3+N*0.2),-0.2)", 150, 128, 128),
        ("gt(Y,104)*lt(abs(sin(X*0.13+Y*0.04)*sin(Y*0.5)),0.04)", 120, 128, 128),
        ("gt(Y,104)", "62+16*gt(sin(X*0.2+Y*0.05)*sin(Y*0.7),0.8)", 128, 128),
        ("gt(Y,84+10*abs(sin(X/9))*gt(sin(X/23),-0.2))", 16, 128, 128)],
        ("34-0.1*Y", 128, 128), add="30*exp(-hypot(X-250,Y-30)/30)"),
    "rassvet-aw": _paint([
        (_any(f"lt(abs(X-{x}),2.5)*lt(Y,150)*gt(sin(Y*1.3+{x}),0.8)" for x in (50, 92, 230, 262,
                                                                              300)),
         60, 128, 128),
        (_any(f"lt(abs(X-{x}),2.5)*lt(Y,150)" for x in (50, 92, 230, 262, 300)), 236, 128, 128),
        (_any(f"lt(abs(Y-{y}+0.5*abs(X-{x})),1)*lt(abs(X-{x}),14)*lt(Y,{y})"
              for x, y in ((50, 40), (92, 56), (230, 30), (262, 50))), 90, 128, 128),
        ("gt(Y,112+3*sin(X/40))", "236+6*sin(X/4)*sin(Y/3)", 128, 128)],
        ("236-0.08*Y", 128, 128), add="14*exp(-hypot(X-160,Y-100)/40)"),
    "konets-aw": _card(["KONETS"], 34, 66, 0, "0xe6e6e6", SERIF, bg="0x0c0c0c"),
    # A 1980s Indian parallel-cinema film of a Bombay textile mill.
    "chimni-aw": _paint([
        _smoke(90, 40, 40, "150+15*sin(X/5+Y/4-N*0.3)", 126, 132),
        _smoke(210, 30, 30, "150+15*sin(X/5+Y/4-N*0.3)", 126, 132),
        _smoke(262, 50, 46, "150+15*sin(X/5+Y/4-N*0.3)", 126, 132),
        (_any(f"lt(abs(X-{x}),4+0.04*(Y-{t}))*between(Y,{t},110)" for x, t in ((90, 40), (210, 30),
                                                                              (262, 50))),
         "56+20*lt(abs(Y-46),2)", 118, 150),
        ("gt(Y,100-12*mod(X,32)/32)*lt(Y,118)", 52, 120, 140),
        ("gt(Y,116)*lt(Y,150)", "70+50*gt(sin(X/3),0.6)*lt(mod(Y,16),8)", 110, 156),
        ("gt(Y,150)", 84, 124, 136)],
        ("176-0.6*Y", 100, 166), add="56*exp(-hypot(X-60,Y-70)/30)"),
    "karkhana-aw": _paint([
        (_any(f"lt(hypot((X-{x}-18*sin(N*2.3+{x}))/4,(Y-{y})/1.8),1)" for x, y in (
            (40, 94), (130, 94), (220, 94), (300, 94), (70, 126), (180, 126), (280, 126),
            (30, 160), (150, 160), (260, 160))), 220, 90, 170),
        ("gt(sin(X*3.1+N*0.2)*sin(Y*2.7-N*0.3),0.97)*lt(Y,140)", 190, 120, 140),
        (_any(_m(_walker(x, y, 1.5, 0)) for x, y in ((86, 56), (236, 60))), 40, 118, 146),
        (_any(f"between(Y,{y}-6,{y}+8)*lt(mod(X+{13 * k},60),48)"
              for k, y in enumerate((94, 126, 160))), "50+20*lt(mod(X,3),1)", 124, 136),
        ("lt(Y,20)*lt(mod(X,40),24)", 220, 130, 124),
        ("gt(Y,150)", 60, 124, 136)],
        ("76-0.1*Y", 120, 140), add="36*exp(-pow(mod(X+0.7*Y+2000,90)-45,2)/80)*lt(Y,150)"),
    "shankar-aw": _person(140, 100, (26, 128, 128), False, 150, (222, 128, 128), _CHAWL, top=[
        ("lt(hypot((abs(X-140)-7)/8,(Y-120)/2.2),1)", 28, 128, 128),
        ("lt(hypot((X-106)/14,(Y-152)/22),1)", "204+10*lt(mod(X+Y,8),2)", 112, 160)]),
    "sudha-aw": _person(182, 96, (22, 128, 128), True, 158, (82, 100, 196), _CHAWL, top=[
        ("lt(hypot(X-182,Y-82),2.4)", 64, 110, 204),
        ("lt(hypot(X-210,Y-70),4)+lt(hypot(X-214,Y-78),4)", 236, 110, 136),
        ("lt(abs(X-170-0.9*(Y-136)),7)*gt(Y,136)", "150+40*lt(abs(X-170-0.9*(Y-136)),2)", 80,
         176)]),
    "chawl-aw": _paint([
        (_any(_m(_walker(x, 70, 1.6, 0)) for x in ("(100+0.6*N)", "250")), 50, 120, 146),
        *[(_any(f"between(X-3*sin(N*0.45+{a}),{a},{a}+16)*between(Y,62,80+2*sin(N*0.5+{a}))"
                for a in range(20 + 40 * k, 320, 200)), *col) for k, col in enumerate(_CLOTHES)],
        ("lt(abs(Y-62-4*sin(X/30)),0.6)", 60, 128, 128),
        ("between(Y,110,114)+lt(mod(X,10),2)*between(Y,114,140)", 60, 120, 146),
        ("between(Y,46,110)*lt(mod(X,50),22)", "70+10*sin(X/3)", "128+30*sin(X/50)", 150),
        ("gt(Y,140)", "150-0.2*Y", 100, 160),
        ("gt(Y,104)", 110, 124, 136)],
        ("130+10*sin(X/11)", 125, 140), add="30*exp(-pow((Y-150)/20,2))"),
    "sabha-aw": _paint([
        ("lt(hypot(X-160,Y-58),5)", 250, 120, 140),
        ("between(Y,62,80)*lt(abs(X-160),5)+between(Y,40,53)*lt(abs(X-160),2)", 90, 120, 140),
        (_m(_walker(160, 60, 2.2, 0)), 30, 126, 134),
        (_any(_m(_walker(x, 108, 1.6, 0)) for x in (50, 96, 140, 190, 236, 280)), 18, 128, 130),
        ("between(X,232,292)*between(Y,26,66)", 70, 110, 180),
        ("gt(Y,150)", 24, 128, 130)],
        ("44-0.1*Y", 124, 138), mul="0.62", add="80*exp(-hypot(X-160,Y-58)/50)"),
    "baarish-aw": _paint([
        (_any(f"lt(hypot((X-{u})/16,(Y-92)/6),1)*lt(Y,92)" for u in ("(40+0.7*N)",
                                                                       "(150-0.5*N)",
                                                                       "(250+0.4*N)")),
         16, 128, 128),
        (_any(f"lt(abs(X-{u}),3)*between(Y,92,124)" for u in ("(40+0.7*N)", "(150-0.5*N)",
                                                              "(250+0.4*N)")), 28, 128, 128),
        ("lt(mod(X,12),5)*lt(mod(Y,14),6)*lt(Y,40+24*gt(sin(X/27),0))"
         "*gt(sin(floor(X/12)*7.3+floor(Y/14)*3.1),0.3)", 170, 90, 160),
        ("gt(Y,40+24*gt(sin(X/27),0))*lt(Y,120)", 26, 128, 130),
        ("gt(Y,120)", "26+16*gt(sin(X*0.7+Y*2.1+N*0.9),0.85)", 130, 128)],
        ("22-0.05*Y", 132, 124), add=_MONSOON),
    "samudra-aw": _paint([
        (_any(_m(_walker(f"({x}+{v}*N)", 104, 0.6, 0)) for x, v in ((80, 0.3), (200, -0.2))), 130,
         124, 136),
        ("lt(hypot(mod(X,18)-9,Y-128-0.0015*pow(X-320,2)),4)", 170, 128, 128),
        ("gt(Y,128+0.0015*pow(X-320,2))", "226-10*lt(mod(X,40),2)", 126, 132),
        ("gt(Y,84)", "220+10*gt(sin(X*0.5+Y*1.7+N*0.3),0.8)", 134, 122),
        ("between(Y,72,84)*gt(sin(X/13)+0.5*sin(X/5),-0.6)", 202, 130, 126)],
        ("242-0.08*Y", 130, 126), add="12*exp(-hypot(X-250,Y-24)/40)"),
    "credits295-aw": _roll(["NIRDESHAK", "SUDHIR KELKAR", "", "CHHAYANKAN", "RAMESH NAIK", "",
                            "NAVYUG CHITRA 1984"], 12, 18, 1.5, "0xf8ecd0"),
    # A 1990s Tunisian film of the Tunis medina.
    "sutuh-aw": _paint([
        (_any(f"lt(hypot(X-150-46*cos(N*0.2+{k}),Y-40-12*sin(N*0.2+{k})),1.6)"
              for k in range(5)), 60, 128, 128),
        (_any(f"between(X-3*sin(N*0.7+Y/8),{x},{x}+26)*between(Y,66,90+3*sin(N*0.5+{x}))"
              for x in (40, 80, 120, 160)), "236-10*sin(X/3)", 128, 128),
        ("lt(abs(Y-66),0.6)*between(X,30,200)", 60, 128, 128),
        ("between(X,222,226)*between(Y,8,20)+between(X,226,238)*between(Y,4,20)", 120, 90, 100),
        ("between(X,220,244)*between(Y,18,110)", "200-30*lt(mod(Y,30),2)", 110, 142),
        (f"gt(Y,{_ROOFS}+10)*lt(abs(mod(X,46)-30),4)*lt(Y,{_ROOFS}+34)", 70, 180, 100),
        (f"gt(Y,{_ROOFS})", "232-26*lt(mod(X,46),4)", 126, 130)],
        ("190-0.4*Y", 150, 110)),
    "souk-aw": _paint([
        (_any(_m(_walker(x, y, 1.8, 0)) for x, y in (("(140+0.4*N)", 74), ("(190-0.3*N)", 76))),
         54, 122, 142),
        (_any(f"lt(hypot(X-{x},Y-{y}),4)" for x, y in ((100, 30), (220, 30), (160, 48))), 200, 80,
         160),
        ("lt(hypot((X-160)/22,(Y-70)/30),1)*lt(Y,96)+between(Y,70,96)*lt(abs(X-160),22)", 230,
         126, 132),
        (_any(f"lt(abs(hypot((X-160)/{r},(Y-70)/({r}*1.2))-1),0.06)*lt(Y,96)" for r in (40, 70,
                                                                                       110)),
         176, 116, 146),
        ("(lt(X,108)+gt(X,212))*between(Y,60,140)", "120+60*gt(sin(X/4)*sin(Y/5),0.4)",
         "128+50*sin(X/9+Y/7)", "128+50*cos(X/6)"),
        ("gt(Y,140)", 110, 120, 140)],
        ("70+0.3*Y", 120, 140)),
    "leila-aw": _person(140, 100, (30, 128, 134), True, 190, (170, 150, 100), _ZELLIJ, top=[
        ("lt(hypot(abs(X-140)-31,Y-112),2.5)", 232, 80, 150)]),
    "jadda-aw": _person(182, 96, (226, 128, 128), True, 160, (228, 128, 128), _ZELLIJ, top=[
        ("lt(hypot(X-182,Y-132),1.5)+lt(hypot(X-182,Y-84),1.3)", 90, 150, 120),
        ("lt(abs(hypot((X-182)/32,(Y-96)/40)-1),0.05)*lt(Y,112)", 190, 128, 128)]),
    "hammam-aw": _paint([
        (_any(f"lt(hypot(X-{x},Y-{y}),2.5)" for x, y in ((120, 8), (160, 4), (200, 8), (140, 16),
                                                         (180, 16))), 250, 128, 128),
        (_any(_m(_walker(x, y, 1.4, 0)) for x, y in ((150, 100), (196, 104))), 70, 120, 150),
        ("between(Y,120,140)*between(X,60,260)", 150, 124, 136),
        ("lt(abs(mod(X,64)-32),14)*between(Y,60,120)+lt(hypot((mod(X,64)-32)/14,(Y-60)/14),1)"
         "*lt(Y,60)", 36, 124, 140)],
        ("62-0.1*Y", 122, 140),
        add="(40*exp(-pow(X-120-0.3*Y-4*sin(N*0.2),2)/90)+40*exp(-pow(X-200+0.3*Y,2)/90))"
            "*(0.6+0.4*sin(X/13+Y/9-N*0.2))"),
    "dar-aw": _paint([
        (_any(f"lt(hypot(X-{x},Y-38),5)" for x in (100, 220)),
         "if(gt(N,20)*lt(X,160)+gt(N,34)*gt(X,160),250,96)", 110, 150),
        ("lt(abs(X-160-1.5*sin(Y*0.7+N*1.3)),1.2)*between(Y,104,128)", 230, 134, 124),
        ("lt(hypot((X-160)/40,(Y-130)/8),1)", 150, 124, 134),
        ("gt(sin(X*1.7)*sin(Y*1.9),0.9)*lt(hypot((X-270)/30,(Y-66)/26),1)", 150, 60, 180),
        ("lt(hypot((X-270)/30,(Y-66)/26),1)", 90, 100, 110),
        (_any(f"lt(hypot((X-{x})/18,(Y-70)/18),1)*lt(Y,70)+between(Y,70,120)*lt(abs(X-{x}),18)"
              for x in (40, 100, 220)), 40, 124, 140),
        ("gt(Y,120)", "100+30*lt(mod(X+Y,16),8)", "128+20*lt(mod(X-Y,16),8)", 120)],
        ("186-0.3*Y", 110, 150), mul="(0.7+0.12*gt(N,20)+0.1*gt(N,34))",
        add="50*exp(-hypot(X-100,Y-40)/40)*gt(N,20)+50*exp(-hypot(X-220,Y-40)/40)*gt(N,34)"),
    "urs-aw": _paint([
        (_any(f"lt(hypot(mod(X+{o},16)-8,Y-{y}-8*sin(X/60)),1.8)" for o, y in ((0, 18), (8, 34))),
         240, 100, 150),
        ("lt(hypot(X-160,Y-70),6)", 180, 116, 146),
        ("lt(hypot((X-160)/22,(Y-104)/28),1)", 236, 110, 146),
        *[(_m(_walker(f"({x}+6*sin(N*0.5+{x}))", 80, 1.5, 0)), *col)
          for x, col in ((60, (80, 110, 190)), (100, (110, 90, 90)), (220, (70, 170, 120)),
                         (264, (150, 60, 170)))],
        ("between(Y,120,150)*between(X,110,210)", 90, 110, 170),
        ("gt(Y,140)", 60, 110, 176)],
        ("26", 128, 128), add="26*exp(-pow((Y-26)/24,2))"),
    "sidibou-aw": _paint([
        (_cat("(40+1.2*N)", 150), 60, 128, 128),
        ("between(X,140,176)*between(Y,60,140)*lt(hypot(mod(X-140,8)-4,mod(Y-60,10)-5),1)", 226,
         128, 128),
        ("between(X,140,176)*between(Y,60,140)+lt(hypot((X-158)/18,(Y-60)/18),1)", 70, 190, 100),
        ("between(X,220,260)*between(Y,50,90)*(lt(mod(X,6),2)+lt(mod(Y,6),2))", 90, 180, 110),
        ("lt(hypot((X-60)/40,(Y-40)/30),1)*gt(sin(X*1.3)*sin(Y*1.7),0)", 110, 150, 200),
        ("gt(Y,156)", "226-14*lt(mod(Y,8),2)", 128, 128),
        ("lt(X+0.8*Y,60)", 210, 130, 126)],
        ("242-0.05*Y", 128, 128)),
    "bahr-aw": _paint([
        ("between(X,280+0.3*N,310+0.3*N)*between(Y,90,100)", 230, 128, 128),
        ("between(X,292+0.3*N,300+0.3*N)*between(Y,80,90)", 80, 110, 190),
        ("between(X,260+0.3*N,330+0.3*N)*between(Y,100,112)", 220, 128, 128),
        ("between(Y,70,100)*gt(X,50-0.3*(100-Y))*lt(X,58)", 240, 128, 128),
        ("lt(hypot((X-54)/14,(Y-100)/3),1)*gt(Y,99)", 60, 128, 128),
        ("lt(X,30+0.5*(Y-60))*gt(Y,60)", "150+60*gt(sin(X/3)*sin(Y/4),0.2)", 128, 132),
        ("gt(Y,96)", "80+20*gt(sin(X*0.6+Y*1.4+N*0.4),0.8)", 160, 100)],
        ("200-0.5*Y", 150, 115)),
    "fin296-aw": _card(["FIN"], 36, 66, 0, "0xfff0d8", SERIF, bg="0x100804"),
    # A 2000s Japanese late-night television drama in Tokyo.
    "yakei-aw": _paint([
        (_any(f"lt(hypot(X-{x + w // 2},Y-{t}+3),2)*gt(sin(N*0.4+{x}),0.5)"
              for x, w, t in _TOWERS), 120, 100, 220),
        (_any(f"between(X,{x},{x}+{w})*gt(Y,{t})*lt(mod(X-{x},6),3)*lt(mod(Y,8),4)"
              f"*gt(sin(floor((X-{x})/6)*5.1+floor(Y/8)*3.7+{x}),0.2)" for x, w, t in _TOWERS),
         170, 110, 140),
        (_any(f"between(X,{x},{x}+{w})*gt(Y,{t})" for x, w, t in _TOWERS), 24, 130, 126),
        ("lt(abs(X-250),1+0.25*(Y-30))*between(Y,30,130)*(lt(mod(Y,10),2)"
         "+lt(abs(abs(X-250)-0.25*(Y-30)),1.5))", 110, 100, 200)],
        ("30-0.1*Y", 140, 125), add="20*exp(-pow((Y-130)/20,2))"),
    "konbini-aw": _paint([
        (_m(_walker("(20+1.6*N)", 84, 1.5, 0)), 24, 128, 128),
        ("between(X,60,260)*between(Y,62,130)*lt(mod(Y,14),3)", 150, "128+40*sin(X/7)",
         "128+40*cos(X/5)"),
        ("between(X,60,260)*between(Y,62,130)", "226-40*lt(mod(X,40),3)", 134, 122),
        ("between(X,60,260)*between(Y,46,62)", "if(lt(Y,51),210,if(lt(Y,56),120,160))",
         "if(lt(Y,51),128,if(lt(Y,56),70,176))", "if(lt(Y,51),128,if(lt(Y,56),90,100))"),
        ("lt(Y,62)", 28, 132, 126),
        ("gt(Y,130)", 46, 130, 126)],
        ("16", 135, 125),
        add="40*exp(-pow((Y-142)/10,2))*between(X,60,260)"
            "+70*exp(-pow((X-330+12*N)/30,2)-pow((Y-152)/12,2))"),
    "tana-aw": _paint([
        ("lt(abs(Y-12),2)*lt(abs(mod(X,80)-40),30)", 250, 128, 128),
        ("lt(mod(X,9),1)*between(Y,26,146)", 60, 128, 128),
        ("between(Y,26,146)*gt(mod(Y-26,30),24)", 224, 128, 128),
        ("between(Y,26,146)", "150+40*sin(floor(X/9)*3.3+floor(Y/30))",
         "128+50*sin(floor(X/9)*2.1+floor(Y/30)*1.3)", "128+50*cos(floor(X/9)*1.7+floor(Y/30))"),
        ("gt(Y,146)", "200-0.3*(Y-146)", 128, 128)],
        ("206", 130, 126),
        mul="(1-0.22*exp(-pow((X-80)/100,2))*gt(sin(N*2.9)*sin(N*1.3+1),0.3)*between(N,18,36))"),
    "haruka-aw": _person(140, 100, (30, 128, 128), False, 200, ("150+60*lt(mod(Y,8),4)", 160, 110),
                         _SHELF, top=[
        ("lt(hypot((X-140)/34,(Y-64)/12),1)*lt(Y,68)", 90, 170, 100),
        ("lt(hypot((X-140)/42,(Y-70)/4),1)*gt(Y,66)", 70, 170, 100),
        ("between(X,150,168)*between(Y,156,166)", 236, 128, 128)]),
    "tanaka-aw": _person(182, 96, (24, 128, 128), False, 190, (58, 130, 126), _SHELF, top=[
        ("lt(abs(hypot(abs(X-182)-12,Y-94)-7),1)+lt(abs(Y-93),0.8)*lt(abs(X-182),5)", 20, 128,
         128),
        ("lt(abs(X-182),4-0.1*(Y-140))*between(Y,140,180)", 70, 110, 180),
        ("lt(abs(X-182),14-0.6*(Y-136))*between(Y,136,150)", 236, 128, 128)]),
    "fumikiri-aw": _paint([
        (f"between(Y,56,112)*gt(X,{_TRAIN})*lt(X,{_TRAIN}+560)*between(Y,64,84)"
         f"*lt(mod(X+28*N,40),26)", 236, 120, 132),
        (f"between(Y,56,112)*gt(X,{_TRAIN})*lt(X,{_TRAIN}+560)", "140+20*lt(abs(Y-96),2)", 132,
         124),
        ("lt(hypot(X-60,Y-50),6)", "if(gt(sin(N*0.55),0),170,40)", 90, 230),
        ("lt(hypot(X-84,Y-50),6)", "if(lt(sin(N*0.55),0),170,40)", 90, 230),
        ("lt(abs(X-72),2)*between(Y,40,150)+lt(abs(abs(X-72)-0.8*(Y-26)),2)*between(Y,18,36)",
         70, 128, 128),
        ("lt(abs(Y-104+0.02*(X-72)),2)*between(X,72,320)", "if(lt(mod(X,20),10),190,30)",
         "if(lt(mod(X,20),10),40,128)", "if(lt(mod(X,20),10),150,128)"),
        ("lt(abs(Y-118),1)+lt(abs(Y-126),1)", 120, 128, 128),
        ("gt(Y,112)", 30, 130, 126),
        ("gt(Y,60+20*gt(sin(X/19),0.3))", 20, 132, 126)],
        ("18", 134, 124),
        add="50*exp(-hypot(X-60,Y-50)/20)*gt(sin(N*0.55),0)"
            "+50*exp(-hypot(X-84,Y-50)/20)*lt(sin(N*0.55),0)"
            f"+30*gt(X,{_TRAIN})*lt(X,{_TRAIN}+560)*gt(Y,112)*exp(-(Y-112)/20)"),
    "ame-aw": _paint([
        (_any(f"lt(hypot((X-{u})/16,(Y-92)/6),1)*lt(Y,92)" for u in ("(40+0.7*N)",
                                                                       "(250+0.4*N)")),
         30, 128, 128),
        ("lt(hypot((X-150+0.5*N)/16,(Y-92)/6),1)*lt(Y,92)", 180, 128, 128),
        (_any(f"lt(abs(X-{u}),3)*between(Y,92,124)" for u in ("(40+0.7*N)", "(150-0.5*N)",
                                                              "(250+0.4*N)")), 26, 128, 128),
        *[(f"between(X,{x},{x}+14)*between(Y,20,80)", lum, cb, cr)
          for x, lum, cb, cr in ((30, 150, 170, 200), (120, 170, 170, 70),
                                 (210, "200-140*lt(sin(N*1.7)*sin(N*0.9),-0.5)", 40, 150))],
        *[(f"between(X,{x},{x}+14)*gt(Y,124)", "70+30*sin(Y*0.9+N*0.5)", cb, cr)
          for x, cb, cr in ((30, 170, 200), (120, 170, 70), (210, 40, 150))],
        ("gt(Y,124)", 24, 130, 128)],
        ("22", 130, 128), add=_TOKYO_RAIN),
    "jihanki-aw": _paint([
        (_cat("(20+1.4*N)", 146), 40, 128, 128),
        ("between(X,204,246)*between(Y,60,100)*lt(mod(X,8),5)*lt(mod(Y,12),8)", 160,
         "128+50*sin(X/3)", "128+50*cos(X/4)"),
        ("between(X,200,250)*between(Y,50,140)", 230, 140, 120),
        ("lt(X,60)+gt(X,290)", "30+10*lt(abs(mod(X,12)-6),1)", 130, 126),
        ("gt(Y,140)", "30+24*exp(-hypot(X-225,Y-150)/40)", 130, 126)],
        ("14", 132, 126), add="70*exp(-hypot((X-225)/1.2,Y-95)/40)"),
    "asa-aw": _paint([
        (_m(_walker("(40+0.8*N)", 86, 0.6, 0)), 110, 128, 128),
        ("lt(abs(Y-70-0.004*pow(X-160,2)),2)*between(X,20,300)", 160, 132, 124),
        ("lt(abs(Y-60),2)+lt(abs(mod(X,60)-30),1.5)*between(Y,60,100)", 160, 132, 124),
        ("gt(Y,100)", "220+10*gt(sin(X*0.5+Y*1.9+N*0.3),0.8)", 132, 124),
        ("between(Y,84,100)*gt(sin(X/9),-0.3)", 206, 132, 124)],
        ("238-0.06*Y", 126, 134), add="20*exp(-hypot(X-70,Y-40)/30)"),
    "credits297-aw": _rolling(_paint([
        (_any(f"between(X,{x},{x}+{w})*gt(Y,{t})*lt(mod(X-{x},6),3)*lt(mod(Y,8),4)"
              f"*gt(sin(floor((X-{x})/6)*5.1+floor(Y/8)*3.7+{x}),0.2)" for x, w, t in _TOWERS),
         170, 110, 140),
        (_any(f"between(X,{x},{x}+{w})*gt(Y,{t})" for x, w, t in _TOWERS), 24, 130, 126)],
        ("30-0.1*Y", 140, 125), mul="0.4"),
        ["KYAKUHON", "MORI KEIKO", "", "ENSHUTSU", "SATO JUN", "", "KTN TELEVISION 2006"],
        12, 18, 1.5, "0xf4f8ff"),
    # A 1950s Egyptian railway-station drama.
    "unwan-aw": _framed(["QITAR AL-LAYL"], 26, 66, 0, "0xf0f0f0", SERIF, "0x141414", "0xc8c8c8")
        + f",drawtext=fontfile={SERIF}:fontsize=11:fontcolor=0xd0d0d0"
          ":text='AFLAM AL-HILAL 1957':x=(w-tw)/2:y=114",
    "mahatta-aw": _paint([
        (f"lt(Y,64)*gt(Y,10)*lt(abs(X-{_LOCO}-17+0.4*(64-Y)-3*sin(Y/5+N*0.3)),4+0.5*(64-Y))",
         "210+20*sin(X/6+Y/5-N*0.2)", 128, 128),
        (f"lt(hypot(X-{_LOCO},Y-76),3)", 240, 128, 128),
        (f"between(X,{_LOCO}+12,{_LOCO}+22)*between(Y,64,80)+lt(hypot(X-{_LOCO}-4,Y-96),14)"
         f"+between(X,{_LOCO},{_LOCO}+200)*between(Y,80,128)", "30+10*lt(mod(X,12),1)", 128,
         128),
        (_any(_m(_walker(x, 96, 1.4, 0)) for x in ("(40+0.5*N)", "90", "(130-0.3*N)")), 50, 128,
         128),
        ("lt(abs(Y-20-0.0025*pow(X-160,2)),1.5)+lt(mod(X,30),1.5)*lt(Y,20+0.0025*pow(X-160,2))",
         200, 128, 128),
        ("lt(Y,20+0.0025*pow(X-160,2))", "150+30*lt(mod(X,30),14)", 128, 128),
        ("gt(Y,128)", "120-0.1*Y", 128, 128)],
        ("100+10*lt(mod(X,40),2)", 128, 128)),
    "rasif-aw": _paint([
        ("lt(hypot((X-164-0.4*N-2*abs(sin(N*0.4)))/10,(Y-110)/6),1)", 220, 128, 128),
        (_m(_walker("(150+0.4*N+2*abs(sin(N*0.4)))", 70, 2.0, 0)), 40, 128, 128),
        ("lt(abs(Y-140+0.2*(X-160)),1.5)", 220, 128, 128),
        ("lt(abs(mod(X,90)-45),6)*lt(Y,140)", 150, 128, 128),
        ("between(Y,50,110)*lt(mod(X,30),18)*between(Y,58,78)", 170, 128, 128),
        ("between(Y,50,110)", 80, 128, 128),
        ("gt(Y,110)", "130-0.2*Y+10*lt(mod(X+2*Y,40),2)", 128, 128)],
        ("170-0.4*Y", 128, 128)),
    "qinawi-aw": _person(140, 100, (30, 128, 128), False, 140, (196, 128, 128), _BRICK, top=[
        ("lt(hypot((X-140)/26,(Y-124)/14),1)*gt(Y,116)*gt(sin(X*3.1)*sin(Y*2.9),0.2)", 90, 128,
         128),
        ("lt(hypot((X-140)/30,(Y-66)/10),1)*lt(Y,68)", 214, 128, 128)]),
    "hanuma-aw": _person(182, 96, (24, 128, 128), True, 192, (60, 128, 128), _BRICK, top=[
        ("lt(hypot(abs(X-182)-31,Y-110),3)", 240, 128, 128),
        ("lt(hypot(X-196,Y-116),1.2)", 60, 128, 128)]),
    "layl-aw": _paint([
        (f"gt(X,{_EXPRESS})*lt(X,{_EXPRESS}+560)*between(Y,56,80)*lt(mod(X+30*N,44),30)", 214,
         128, 128),
        (f"gt(X,{_EXPRESS})*lt(X,{_EXPRESS}+560)*between(Y,40,118)", 30, 128, 128),
        ("lt(hypot(X-250,Y-30),4)", 250, 128, 128),
        ("lt(abs(X-250),1.5)*between(Y,34,120)", 60, 128, 128),
        (_m(_walker(60, 80, 1.8, 0)), 20, 128, 128),
        ("gt(Y,120)", 40, 128, 128)],
        ("16", 128, 128),
        add="50*exp(-hypot(X-250,Y-34)/40)"
            f"+60*gt(sin(X/10-2.6*N),0.2)*gt(X,{_EXPRESS})*lt(X,{_EXPRESS}+560)*gt(Y,120)"
            "*exp(-(Y-120)/30)"),
    "ghurfa-aw": _paint([
        (f"lt(hypot(X-{_BX},Y-{_BY}),4)", 250, 128, 128),
        (f"lt(abs(X-160-({_BX}-160)*Y/{_BY}),1)*lt(Y,{_BY})", 20, 128, 128),
        (_m(_walker(224, 80, 2.0, 0)), 26, 128, 128),
        ("between(Y,120,150)*between(X,180,300)", 170, 128, 128),
        ("between(X,60,90)*between(Y,50,90)+between(X,100,124)*between(Y,60,84)", 184, 128, 128),
        ("gt(Y,150)", 80, 128, 128)],
        ("120+10*gt(sin(X/5+Y/9),0.6)", 128, 128), mul="0.35",
        add=f"110*exp(-hypot(X-{_BX},Y-{_BY})/50)"),
    "warsha-aw": _paint([
        ("lt(hypot(X-260,Y-30),3)", "if(gt(N,26),240,90)", 128, 128),
        ("lt(abs(X-260),1.5)*between(Y,30,100)", 60, 128, 128),
        ("between(Y,50,90)*between(X,20,140)", 22, 128, 128),
        (_any(f"lt(abs(X-160-(Y-60)*{k}),1+0.01*(Y-60))*gt(Y,60)" for k in (-1.5, -0.6, 0.6, 1.5)),
         140, 128, 128),
        ("gt(Y,60)", "30+6*sin(X*0.9)*sin(Y*1.1)", 128, 128)],
        ("12", 128, 128), add="30*exp(-hypot(X-260,Y-30)/20)*gt(N,26)"),
    "nil-aw": _paint([
        *[(mask, lum, 128, 128) for x, y, h in (("(80+0.4*N)", 112, 46), ("(220+0.3*N)", 106, 34))
          for mask, lum in zip(_felucca(x, y, h), (196, 70))],
        ("between(Y,92,100)", "214-20*gt(sin(X/5)*sin(X/13),-0.4)", 128, 128),
        ("gt(Y,100)", "224+10*gt(sin(X*0.7+Y*1.6+N*0.3),0.8)", 128, 128)],
        ("244-0.1*Y", 128, 128), add="8*exp(-hypot(X-240,Y-20)/30)"),
    "nihaya-aw": _card(["AL-NIHAYA"], 30, 68, 0, "0xeeeeee", SERIF, bg="0x0c0c0c"),
    # A 2010s Kurdish road movie.
    "chiya-aw": _paint([
        ("lt(hypot(X-160-60*sin((70+0.8*N)/14),Y-70-0.8*N),2)", 250, 110, 150),
        ("lt(abs(X-160-60*sin(Y/14)),2+0.08*(Y-60))*gt(Y,60)", 170, 124, 132),
        ("gt(Y,70+30*abs(sin(X/53))+6*sin(X/7))", "90+20*gt(sin(X/5+Y/3),0.6)", 118, 140),
        (f"gt(Y,{_RIDGE})", "110-0.2*Y", 140, 120)],
        ("160-0.5*Y", 110, 160), add="40*exp(-hypot(X-240,Y-50)/40)"),
    "shusha-aw": _paint([
        ("lt(abs(hypot(X-90,(Y-175)*1.3)-44),4)", 24, 128, 128),
        ("between(X,150,190)*between(Y,14,26)", "if(between(X,152,188)*between(Y,16,24),120,40)",
         128, 128),
        ("gt(Y,142-0.0006*pow(X-160,2))", 30, 128, 128),
        ("lt(X,20+0.3*Y)+gt(X,300-0.3*Y)", 20, 128, 128),
        ("gt(Y,92)*lt(abs(X-160),0.5+0.04*(Y-90))*gt(mod(500/(Y-88)+2*N,10),5)", 230, 128, 128),
        ("gt(Y,90)*lt(abs(X-160),6+1.6*(Y-90))", 100, 128, 128),
        ("gt(Y,90)", "120+20*gt(sin(X*0.4+300/(Y-88)+N*0.6),0.5)", 118, 142),
        ("gt(Y,60+15*abs(sin(X/40)))", 120, 134, 126)],
        ("210-0.6*Y", 140, 118)),
    "azad-aw": _person(140, 100, (30, 128, 128), False, 166, (70, 140, 120), _CAR, top=[
        ("lt(hypot((X-140)/28,(Y-124)/16),1)*gt(Y,114)*gt(sin(X*2.7)*sin(Y*3.3),-0.2)", 50, 128,
         128)]),
    "daya-aw": _person(182, 96, (26, 118, 150), True, 172, (60, 120, 150), _CAR, top=[
        ("lt(abs(hypot((X-182)/36,(Y-92)/44)-1),0.06)*lt(Y,120)", 200, 90, 160),
        ("lt(hypot(X-182,Y-132),1.5)+lt(hypot(X-182,Y-136),1.2)", 80, 140, 130)]),
    "khal-aw": _paint([
        ("between(X,252,290)*between(Y-3*sin(X/8-N*0.9),12,34)",
         "if(lt(Y-3*sin(X/8-N*0.9),19),90,if(lt(Y-3*sin(X/8-N*0.9),27),230,120))",
         "if(lt(Y-3*sin(X/8-N*0.9),19),110,if(lt(Y-3*sin(X/8-N*0.9),27),128,90))",
         "if(lt(Y-3*sin(X/8-N*0.9),19),200,if(lt(Y-3*sin(X/8-N*0.9),27),128,90))"),
        ("lt(abs(X-251),1)*between(Y,10,120)", 60, 128, 128),
        (_any(_m(_walker(x, y, 1.6, 0)) for x, y in (("(120+0.3*N)", 70), ("180", 72))), 70, 120,
         136),
        ("lt(abs(Y-100),2.5)*between(X,60,300)", "if(lt(mod(X,24),12),230,80)", 128,
         "if(lt(mod(X,24),12),128,200)"),
        ("lt(abs(X-60),3)*between(Y,96,140)", 60, 128, 128),
        ("between(X,220,290)*between(Y,50,120)", "150+20*gt(sin(X*0.8)*sin(Y*1.2),0.3)", 118,
         140),
        ("gt(Y,110)", 150, 120, 138),
        ("gt(Y,60+14*abs(sin(X/31)))", 130, 126, 132)],
        ("200-0.5*Y", 140, 118)),
    "befr-aw": _paint([
        (_any(f"lt(abs(X-{x}),{w})*between(Y,{y}-{h},{y}-{h}*0.7)" for x, y, w, h in (
            (60, 150, 1.6, 30), (110, 120, 1.2, 20), (145, 104, 1, 14), (170, 96, 0.8, 10))),
         80, 110, 190),
        (_any(f"lt(abs(X-{x}),{w})*between(Y,{y}-{h},{y})" for x, y, w, h in (
            (60, 150, 1.6, 30), (110, 120, 1.2, 20), (145, 104, 1, 14), (170, 96, 0.8, 10))),
         90, 128, 128),
        ("gt(Y,90+6*sin(X/30))", "236+8*sin(X*0.3+Y*0.9)", 130, 126),
        ("gt(Y,50+20*abs(sin(X/50)))", 224, 132, 124)],
        ("242-0.05*Y", 130, 126),
        add="14*gt(sin(X*0.9+Y*0.3-N*1.4),0.7)*gt(sin(Y*1.3+N*0.7),0.3)"),
    "agir-aw": _paint([
        (_any(f"lt(hypot(X-160-10*sin(N*0.7+{k}),Y-120+mod(5*N+17*{k},70)),1.2)"
              for k in range(6)), 250, 90, 170),
        ("lt(hypot((X-160)/10,(Y-130)/(16+3*sin(N*1.7))),1)*lt(Y,134)",
         "230-30*sin(X*0.8+N*2.1)", 60, 190),
        (_any(_m(_walker(x, 100, 1.4, 0)) for x in (110, 210)), 30, 128, 130),
        ("between(X,230,310)*between(Y,90,130)", 26, 128, 128),
        ("gt(Y,136)", 20, 128, 130),
        (f"gt(Y,{_RIDGE}+20)", 14, 132, 126),
        ("lt(hypot(X-60,Y-24),1)+lt(hypot(X-150,Y-14),1)+lt(hypot(X-270,Y-30),1)", 220, 128,
         128)],
        ("10", 140, 124), mul="(0.9+0.1*sin(N*1.9)*sin(N*0.7))",
        add="80*exp(-hypot(X-160,Y-124)/36)*(0.85+0.15*sin(N*2.3))"),
    "gund-aw": _paint([
        _smoke(96, 80, 50, 190, 128, 128),
        _smoke(196, 100, 50, 190, 128, 128),
        _smoke(250, 66, 40, 190, 128, 128),
        (_any(f"between(X,{x0}+8,{x0}+14)*between(Y,{y0}+8,{y0}+18)" for x0, y0 in (
            (70, 80), (120, 96), (180, 100), (230, 66), (40, 120), (150, 130), (260, 110))), 40,
         124, 136),
        (_any(f"between(X,{x0},{x0}+40)*between(Y,{y0},{y0}+26)" for x0, y0 in (
            (70, 80), (120, 96), (180, 100), (230, 66), (40, 120), (150, 130), (260, 110))),
         "150+20*sin(X*0.7)*sin(Y*0.9)", 118, 140),
        ("gt(Y,40+0.3*X)", 110, 118, 138)],
        ("190-0.5*Y", 150, 120), add="30*exp(-hypot(X-40,Y-30)/40)"),
    "credits299-aw": _roll(["DERHENER", "SHWAN KARIM", "", "WENEGIR", "HARDI OMAR", "",
                            "SULAIMANI 2015"], 12, 18, 1.5, "0xf0e8d8"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AW = {}

FX_AW = {
    **{f"grain{k}-aw": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 12, "t+u", 94511173), (2, 7, "t+u", 94522189), (3, 6, "t", 94533197),
        (4, 5, "t", 94544209), (5, 12, "t+u", 94555219), (6, 7, "t+u", 94566229)]},
    # Framings as in held-out-af; bars of 1.33 and 1.66 as in held-out-ae, 1.85, 1.37 and 2.39 as
    # in held-out-ao; the television drama fills the frame.
    **{f"{k}-aw": FX_AF[f"{k}-af"] for k in ("closer", "near")},
    **{f"box{r}-aw": FX_AE[f"box{r}-ae"] for r in (133, 166)},
    **{f"box{r}-aw": FX_AO[f"box{r}-ao"] for r in (185, 137, 239)},
    # Looks: greys tinted sepia, night green-blue and dawn lilac with flicker, gate weave and
    # dust; faded warm Eastmancolor; warm golden colour; cool sharp video under a channel's
    # logo; black and white with flicker; teal and orange digital colour.
    "sepia-aw": "hue=s=0,eq=contrast=1.1,colorchannelmixer=rr=1.0:gg=0.84:bb=0.62",
    "night-aw": "hue=s=0,eq=contrast=1.08,colorchannelmixer=rr=0.45:gg=0.7:bb=0.9",
    "lilac-aw": "hue=s=0,eq=contrast=1.04,colorchannelmixer=rr=0.95:gg=0.8:bb=1.0",
    "flick-aw": "eq=brightness='0.035*sin(n*2.9)*sin(n*1.3+1)+0.01*sin(n*0.47)':eval=frame",
    "weave-aw": "crop=306:172:x='7+1.2*sin(n*1.7)':y='4+1.0*sin(n*2.3+1)*sin(n*0.6)',"
                "scale=320:180",
    "dust-aw": _ov("lt(hypot(X-20-mod(N*137,280),Y-10-mod(N*71,160)),1.4)*gt(sin(N*4.7),0.2)"
                   "+lt(hypot(X-30-mod(N*89,260),Y-20-mod(N*113,140)),1.1)*gt(sin(N*3.3+1),0.5)",
                   232),
    "eastman-aw": "eq=saturation=0.9:contrast=1.02:gamma=1.03,colorbalance=rs=0.05:gs=0.02"
                  ":bs=-0.06:rm=0.03:bm=-0.04",
    "tunis-aw": "eq=saturation=1.1:contrast=1.05:gamma=1.01,colorbalance=rs=0.04:gs=0.01:bs=-0.05"
                ":rh=0.03:bh=-0.02",
    "tokyo-aw": "eq=saturation=1.12:contrast=1.05,unsharp=5:5:0.4,colorbalance=bs=0.04:bm=0.03"
                ":rh=-0.02",
    "bug-aw": f"drawtext=fontfile={FONT}:fontsize=11:fontcolor=0xffffff@0.7:text='KTN'"
              ":x=w-tw-12:y=10:borderw=1:bordercolor=0x000000@0.4",
    "abyad-aw": "hue=s=0,eq=contrast=1.15:gamma=1.0",
    "flick298-aw": "eq=brightness='0.025*sin(n*3.3)*sin(n*1.1+2)':eval=frame",
    "kurd-aw": "eq=saturation=0.95:contrast=1.08:gamma=0.98,colorbalance=rs=-0.04:bs=0.05:rh=0.05"
               ":bh=-0.04",
    # Camera moves: pans as in held-out-ao, hand-held cameras and tilts as in held-out-au; a
    # whip pan from a cliff to a ferry of this set.
    **{f"{k}-aw": FX_AO[f"{k}-ao"] for k in ("panr", "panl")},
    **{f"{k}-aw": FX_AU[f"{k}-au"] for k in ("hand", "mano", "tiltdown", "tiltup")},
    "whip-aw": "scale=480:270,crop=320:180:x='78+74*tanh((n-MID+3)/1.2)':y=40",
    # Things that are not boundaries, around MID (see the docstring); subtitles and titles first.
    **{f"sub-{k}-aw": _subs([(line, *cue)]) for (k, line), cue in zip([
        ("shankar", "The siren blows at six. Every day for twenty years."),
        ("sudha", "And tomorrow? If the mill shuts?"),
        ("leila", "Grandmother, the roofs are full of birds today."),
        ("jadda", "Birds come back. People do not."),
        ("haruka", "Welcome. The bento is still warm."),
        ("tanaka", "I come here only to hear a voice."),
        ("qinawi", "Every train goes somewhere. I stay here."),
        ("hanuma", "Then buy a ticket, Qinawi."),
        ("azad", "Two more checkpoints before Sulaimani."),
        ("daya", "Drive slowly. The dead are not in a hurry.")],
        [(-14, 8), (-12, 10)] * 5)},
    **{f"title{k}-aw": _fade(line, size, y, color, font, a, b, _EDGE.format(edge))
       for k, line, size, y, color, font, a, b, edge in [
           (295, "BHONGA", 32, 24, "0xfff0d0", SERIF, -26, 18, "0x402000"),
           (296, "SUTUH", 28, 124, "0xffffff", SERIF, -24, 20, "0x203040"),
           (297, "MAYONAKA NO KONBINI", 18, 76, "0xf0f8ff", FONT, -22, 20, "0x000000"),
           (299, "REGA", 30, 112, "0xfff4e0", FONT, -26, 18, "0x201008")]},
    # 294: snow blown over the lens on the river; a crow passing the lens.
    "metel-aw": _ov(_puff(60, 70, 6, 1, 9, 5, 8, 12, 0.85), 235),
    "voron-aw": _pass(8, 26, 160, 70, 16, 6, 30),
    # 295: a woman carrying water passing the lens; the petromax pumped up; a bus's headlights
    # coming into the lens; the sun's glare on the sea.
    "panihari-aw": _pass(9, -30, 160, 100, 70, 90, 60, 110, 190),
    "petromax-aw": _grade("LUM*(0.62+0.38*clip((N-MID+10)/16,0,1))+36*clip((N-MID+10)/16,0,1)"
                          "*exp(-hypot(X-160,Y-58)/36)"),
    "bus-aw": _glare(140, 112, 4, 1.6, 10, 10) + "," + _glare(184, 112, 4, 1.6, 10, 10),
    "glare295-aw": _glare(250, 24, 6, 1.5, 8, 12),
    # 296: a porter's cart passing the lens; steam in the hammam; a photographer's flash; the
    # sun's glare on the white walls.
    "karossa-aw": _pass(10, 32, 160, 120, 60, 50, 50, 120, 150),
    "bukhar-aw": _ov(_puff(110, 140, 1, -2.5, 4, 3, 20, 16, 0.6), 210, 126, 132),
    "flash296-aw": _ov("eq(N,MID-10)*lt(hypot(X-60,Y-80),6)+eq(N,MID+4)*lt(hypot(X-260,Y-76),6)",
                       255) + "," + _flash((-10, 4), (0.3, 0.22)),
    "shams-aw": _glare(296, 14, 8, 1.5, 8, 12),
    # 297: steam from a vent; the sun's glare at dawn.
    "yuge-aw": _ov(_puff(80, 150, 0.6, -2, 3, 2.5, 18, 14, 0.55), 170),
    "sun297-aw": _glare(70, 40, 6, 1.5, 8, 12),
    # 298: a porter passing the lens; a shunting engine's headlamp coming into the lens.
    "shayyal-aw": _pass(10, -28, 160, 96, 66, 84, 40),
    "kashaf-aw": _glare(160, 84, 4, 1.5, 10, 10),
    # 299: the wiper sweeping the windscreen; a pickup passing the lens; snow blown over the
    # lens; a truck's headlights passing.
    "wiper-aw": _ov("between(N,MID-4,MID+4)*lt(abs((X-160)*cos(-1.2+2.4*clip((N-MID+4)/8,0,1))"
                    "+(Y-190)*sin(-1.2+2.4*clip((N-MID+4)/8,0,1))),4)*lt(hypot(X-160,Y-190),190)",
                    24),
    "pickup-aw": _pass(9, 34, 160, 112, 90, 56, 70, 120, 140),
    "bawa-aw": _ov(_puff(40, 90, 7, 0, 10, 6, 8, 12, 0.9), 250),
    "truck-aw": _glare(30, 116, 4, 1.4, 10, 8, 6),
}

# held-out-aw (clips 294-299): new recipes again, written after held-out-av without running the
# detector on them: six more kinds of film, clips of about 20 to 23 s with 11 shots, mixing cuts
# between similar and different shots, to and from cards and an intertitle, between dark shots,
# into and out of near-white shots, to closer and nearer framings, tint changes at cuts, camera and
# subject motion, things passing the lens, a candle carried, a petromax pumped up, lanterns and
# a signal switched on, a tube flickering, a bulb swinging, crossing lamps and aviation lights
# blinking, a train's windows sweeping a platform, a photographer's flash, the sun's glare,
# headlights into the lens and sweeping, steam, smoke, snow blown over the lens, rain, snowfall,
# grain, flicker, gate weave, dust, bars of five ratios and none, titles, a channel's logo,
# subtitles and credits rolling, dissolves of 18 to 28 frames, a pixel dissolve, fades through
# black and white and fade outs and ins.
_RU_S = "sepia-aw flick-aw weave-aw dust-aw grain1-aw box133-aw"
_RU_N = "night-aw flick-aw weave-aw dust-aw grain1-aw box133-aw"
_RU_D = "lilac-aw flick-aw weave-aw dust-aw grain1-aw box133-aw"
_IN = "eastman-aw grain2-aw box166-aw"
_TN = "tunis-aw grain3-aw box185-aw"
_JP = "tokyo-aw grain4-aw bug-aw"
_EG = "abyad-aw flick298-aw grain5-aw box137-aw"
_KU = "kurd-aw grain6-aw box239-aw"
HELD_OUT_AW = [
    ("zimnie-rozy", [
        S("titul-aw", 36, 0, _RU_S), "cut",
        S("usadba-aw", 66, 0, f"panr-aw {_RU_S}"), "cut",
        S("nadpis-aw", 44, 0, _RU_S), "cut",
        S("bal-aw", 60, 0, _RU_S), "fade:20",
        S("vera-aw", 34, 0, _RU_S), "cut",
        S("sergei-aw", 32, 0, _RU_S), "cut",
        S("vera-aw", 44, 34, f"closer-aw {_RU_S}"), "fadeblack:22",
        S("spalnya-aw", 62, 0, _RU_S), "cut",
        S("reka-aw", 56, 0, f"metel-aw {_RU_N}"), "cut",
        S("rassvet-aw", 54, 0, f"voron-aw {_RU_D}"), "fadeio:18:14",
        S("konets-aw", 40, 0, _RU_S)]),
    ("bhonga", [
        S("chimni-aw", 66, 0, f"tiltdown-aw title295-aw {_IN}"), "cut",
        S("karkhana-aw", 56, 0, _IN), "cut",
        S("shankar-aw", 34, 0, f"sub-shankar-aw {_IN}"), "cut",
        S("sudha-aw", 32, 0, f"sub-sudha-aw {_IN}"), "cut",
        S("shankar-aw", 44, 34, f"closer-aw {_IN}"), "fade:24",
        S("chawl-aw", 60, 0, f"mano-aw panihari-aw {_IN}"), "cut",
        S("sabha-aw", 56, 0, f"petromax-aw {_IN}"), "cut",
        S("baarish-aw", 56, 0, f"bus-aw {_IN}"), "fadewhite:18",
        S("samudra-aw", 56, 0, f"glare295-aw {_IN}"), "cut",
        S("samudra-aw", 40, 56, f"near-aw {_IN}"), "fadeio:16:12",
        S("credits295-aw", 60, 0, _IN)]),
    ("sutuh", [
        S("sutuh-aw", 66, 0, f"panl-aw title296-aw {_TN}"), "cut",
        S("souk-aw", 60, 0, f"hand-aw karossa-aw {_TN}"), "cut",
        S("leila-aw", 34, 0, f"sub-leila-aw {_TN}"), "cut",
        S("jadda-aw", 32, 0, f"sub-jadda-aw {_TN}"), "cut",
        S("leila-aw", 44, 34, f"closer-aw {_TN}"), "fade:26",
        S("hammam-aw", 60, 0, f"bukhar-aw {_TN}"), "dissolve:16",
        S("dar-aw", 56, 0, _TN), "cut",
        S("urs-aw", 56, 0, f"flash296-aw {_TN}"), "fadeblack:20",
        S("sidibou-aw", 56, 0, f"shams-aw {_TN}"), "cut",
        S("bahr-aw", 56, 0, f"whip-aw {_TN}"), "fadeio:14:12",
        S("fin296-aw", 40, 0, _TN)]),
    ("mayonaka-no-konbini", [
        S("yakei-aw", 56, 0, f"title297-aw {_JP}"), "cut",
        S("konbini-aw", 56, 0, _JP), "cut",
        S("tana-aw", 56, 0, _JP), "cut",
        S("haruka-aw", 34, 0, f"sub-haruka-aw {_JP}"), "cut",
        S("tanaka-aw", 32, 0, f"sub-tanaka-aw {_JP}"), "cut",
        S("haruka-aw", 44, 34, f"closer-aw {_JP}"), "fade:18",
        S("fumikiri-aw", 60, 0, _JP), "cut",
        S("ame-aw", 56, 0, f"hand-aw {_JP}"), "cut",
        S("jihanki-aw", 56, 0, f"yuge-aw {_JP}"), "fadewhite:16",
        S("asa-aw", 56, 0, f"sun297-aw {_JP}"), "fadeio:16:12",
        S("credits297-aw", 60, 0, _JP)]),
    ("qitar-al-layl", [
        S("unwan-aw", 36, 0, _EG), "cut",
        S("mahatta-aw", 66, 0, f"panl-aw {_EG}"), "cut",
        S("rasif-aw", 56, 0, f"mano-aw shayyal-aw {_EG}"), "cut",
        S("qinawi-aw", 34, 0, f"sub-qinawi-aw {_EG}"), "cut",
        S("hanuma-aw", 32, 0, f"sub-hanuma-aw {_EG}"), "cut",
        S("qinawi-aw", 44, 34, f"closer-aw {_EG}"), "fade:22",
        S("layl-aw", 60, 0, _EG), "fadeblack:18",
        S("ghurfa-aw", 60, 0, _EG), "cut",
        S("warsha-aw", 56, 0, f"kashaf-aw {_EG}"), "fadewhite:20",
        S("nil-aw", 56, 0, _EG), "fadeio:18:12",
        S("nihaya-aw", 40, 0, _EG)]),
    ("rega", [
        S("chiya-aw", 66, 0, f"title299-aw {_KU}"), "cut",
        S("shusha-aw", 56, 0, f"wiper-aw {_KU}"), "cut",
        S("azad-aw", 34, 0, f"sub-azad-aw {_KU}"), "cut",
        S("daya-aw", 32, 0, f"sub-daya-aw {_KU}"), "cut",
        S("azad-aw", 44, 34, f"closer-aw {_KU}"), "cut",
        S("khal-aw", 60, 0, f"hand-aw pickup-aw {_KU}"), "fade:28",
        S("befr-aw", 56, 0, f"bawa-aw {_KU}"), "cut",
        S("befr-aw", 40, 56, f"near-aw {_KU}"), "fadeblack:14",
        S("agir-aw", 56, 0, f"truck-aw {_KU}"), "cut",
        S("gund-aw", 60, 0, f"tiltup-aw {_KU}"), "fadeio:16:14",
        S("credits299-aw", 60, 0, _KU)]),
]
