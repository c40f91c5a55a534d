"""Sources, effects and recipes of held-out-as (clips 270-275), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-269. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a framed title card,
a ballroom under a chandelier with couples waltzing under a whip pan, a count's face and a
singer's face before one damask wall with subtitles and a closer framing of hers, a balcony over
the city at night with fireworks bursting, a sleigh in falling snow at night seen by a running
camera and a nearer framing of it, a near-white garden tavern at noon with a waiter passing the
lens, a stage whose lights fail and come back cut to a closer framing of it, and a framed card
reading ENDE (a 1930s Viennese operetta film in 1.37, soft silvery black and white with grain); a
colliery's headframe in the rain with its wheel turning under a title, miners coming up in the
cage with a helmet lamp turned into the lens, a father's face and his son's face before one
flowered wallpaper with subtitles and a closer framing of his, a chapel with a choir as the sun
comes out cut to a nearer framing of it, a hillside with mist drifting across the lens under a
pan, a dark coal face whose lights fail twice, a terraced street at dusk in the rain with a coal
train's steam blown over the lens and a card reading DIWEDD (a 1970s Welsh mining-valley drama in
1.85, muted grey-green colour with grain); an orange grove in the sun under a title with a tractor
passing close across the lens, a water tower under a whip pan, a woman's face and a man's face
before one whitewashed wall with subtitles and a closer framing of his, a wheat field at noon near
white with dust blown over the lens cut to near-white whitewashed houses, a guard tower at night
with a searchlight sweeping into the lens, a dining hall whose strip lights are switched on, a
circle dance round a bonfire under a fast pan and a card reading SOF (a 1960s Israeli kibbutz film
in 2.35, bleached sun-baked colour); a glassworks in falling snow under a title with smoke from
its chimneys, a dark furnace hall where a furnace door is opened and a worker passes the lens, a
master glassblower's face with a caption fading in, a glowing gather on a blowpipe under a slow
zoom cut to a closer framing of it, steam bursting over the lens as glass is quenched, glasses
on a moving belt, a near-white showroom with glints under a pan, a night shift under flickering
furnace light with the power dipping cut to a nearer framing of it, and credits rolling over black
(a 1980s documentary about a glassworks in 1.33, warm 16 mm colour with grain and flicker); a
framed title card, a stilt house among palms with a trishaw passing close across the lens, a
man's face and a woman's face before one woven wall with subtitles and a closer framing of his, a
village in a monsoon downpour with lightning, paddy fields in a near-white morning mist under a
pan, a night market whose pressure lamp fails, a coffee shop with a fan turning and a camera's
flash, a jetty at dusk dissolving to the jetty at night and a framed card reading TAMAT (a 1960s
Malay kampong comedy in 1.66, contrasty black and white with flicker, gate weave, dust and a
vignette); a near-white salt flat with a jeep crossing under a title cut to the flooded salt flat
mirroring the sky, a woman's face and a man's face before one wall of salt bricks with subtitles
and a closer framing of hers, salt cones and workers seen by a running camera, an adobe room at
night whose bulb fails and comes back, the salt flat at night with a truck's headlights coming
into the lens, a market street under a whip pan with dust blowing over the lens, a train
graveyard at sunset under a pan and a card reading FIN (a 2000s Bolivian film of the salt flats
in 2.00, pale high-key digital colour).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed, _pass
from shots_sources_ad import _card, _roll
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _person
from shots_sources_ag import _any, _box, _fade, _flakes, _g
from shots_sources_ak import _EDGE
from shots_sources_am import _bolt
from shots_sources_ao import FX_AO
from shots_sources_ap import FX_AP
from shots_sources_ar import _puff, _walker

# Rain streaks (added to the luma) of this set: a steady drizzle and a monsoon downpour.
_DRIZ = "26*gt(sin(X*5.1+floor((Y+15*N+0.2*X)/11)*2.7),0.97)"
_MONS = "44*gt(sin(X*2.9+floor((Y+26*N+0.35*X)/9)*3.3),0.92)"


def _fireworks(bursts):
    """An effect: rockets bursting at (x, y) on frames MID+k, each a ring of sparks growing for
    nine frames and lighting the picture on its first two."""
    rings = "+".join(f"lt(abs(hypot(X-{x},Y-{y})-3.2*(N-MID-({k}))),1.4)"
                     f"*gt(sin(atan2(Y-{y},X-{x})*14),0.2)*between(N,MID+({k}),MID+({k})+9)"
                     for x, y, k in bursts)
    ks = [k for _, _, k in bursts]
    return (_overlay(f"({rings})", 240) + ","
            + _flash(ks + [k + 1 for k in ks], [0.22] * len(ks) + [0.08] * len(ks)))


def _dim(spans, depth):
    """An effect: the light failing (the luma multiplied by 1-depth) on frames MID+a to MID+b for
    each (a, b) of spans."""
    on = "+".join(f"between(N,MID+({a}),MID+({b}))" for a, b in spans)
    return _grade(f"LUM*(1-{depth}*({on}))")


def _glare(x, y, r0, grow, k0, k1, dx=0):
    """An effect: a lamp at (x, y) turned or coming into the lens: a bloom of radius r0 growing
    by grow a frame from frame MID-k0 to MID, then fading out until MID+k1 (moving dx a frame)."""
    t = f"clip(N-MID+{k0},0,{k0})"
    return _grade(f"LUM+(252-LUM)*clip(1.6*exp(-hypot(X-{x}-({dx})*(N-MID),Y-{y})"
                  f"/({r0}+{grow}*{t})),0,1)*clip((MID+{k1}-N)/{k1},0,1)"
                  f"*between(N,MID-{k0},MID+{k1})")


# A 1930s Viennese operetta film (drawn in greys).
_DAMAST = ("112+22*gt(abs(sin(X/9)*sin(Y/11))+0.4*sin((X+Y)/17),0.7)-10*lt(mod(X,40),1.4)", 128,
           128)
_WALZ = [(f"(170+118*sin(N*0.085+{k}*1.26))", f"(126+9*cos(N*0.085+{k}*1.26))") for k in range(5)]
_KERZ = [(160 + 34 * c, 34 + 4 * abs(c)) for c in (-2, -1, 0, 1, 2)]
_SLX = "(40+0.9*N)"  # the sleigh

# A 1970s Welsh mining-valley drama.
_PAPUR = ("124+16*gt(sin(X/7)*sin(Y/7)+0.6*sin(X/15+Y/12),0.9)-8*lt(mod(X,36),1.2)", 118, 140)
_PEWS = "gt(Y,118)*lt(mod(Y-118,12),5)*lt(abs(X-160),140)"
_CHOIR = [(x, y) for y in (86, 100) for x in range(108, 232, 16)]
_SHEEP = [(40, 130), (96, 120), (150, 140), (230, 126), (280, 146), (340, 132)]

# A 1960s Israeli kibbutz film.
_TR = "(170-30*(N-MID))"  # the tractor passing the lens
_SID = ("222+5*sin(X/3)*sin(Y/5)-18*gt(sin(X/31+Y/23),0.96)", 124, 132)
_GROVE = [(x, y) for y in (84, 110) for x in range(20 + (y - 84), 340, 46)]
_HORA = [(f"(160+96*sin(N*0.07+{k}*0.785))", f"(112+12*cos(N*0.07+{k}*0.785))") for k in range(8)]

# A 1980s documentary about a glassworks.
_GLOB = "exp(-hypot(X-214-3*sin(N*0.2),Y-96-3*cos(N*0.2))/9)"
_GLASSES = [(x, y) for y in (52, 92, 132) for x in range(40, 300, 30)]

# A 1960s Malay kampong comedy (drawn in greys: the flicker, weave and dust are effects).
_ATAP = ("150+24*gt(sin((X+Y)/3)*sin((X-Y)/3),0.1)-30*lt(mod(Y,30),1.5)", 128, 128)
_PALMS = [(40, 0.0), (110, 1.3), (270, 2.2)]
_BECA = "(150+34*(N-MID))"  # the trishaw passing the lens
_STALL = [(50, 60), (140, 56), (230, 62)]

# A 2000s Bolivian film of the salt flats.
_HEX = "lt(abs(sin(X/9+0.5*sin(Y/5))*sin(Y/6+0.5*sin(X/7))),0.06)"
_SAL = ("196+10*lt(mod(Y,18),1.6)+10*lt(mod(X+9*lt(mod(Y,36),18),36),1.6)-6*sin(X/5)*sin(Y/4)",
        126, 130)
_CONES = [(x, y, s) for x, y, s in ((30, 120, 14), (90, 124, 16), (150, 118, 12), (210, 128, 18),
                                    (280, 122, 15), (340, 126, 14))]
_LOCOS = [(40, 92), (160, 100), (270, 88)]

LAVFI_AS = {
    # A 1930s Viennese operetta film.
    "titel-as": _framed(["DIE GOLDENE GEIGE", "1934"], 22, 58, 44, "0xeeeeee", SERIF, "0x0a0a0a",
                        "0x9a9a9a"),
    "ballsaal-as": _paint([
        _g(_any(f"lt(hypot(X-{x},Y-{y}),1.8)" for x, y in _KERZ), "236+16*sin(N*1.9+X)"),
        _g("lt(abs(Y-40-0.012*pow(X-160,2)),1.4)*lt(abs(X-160),70)+lt(abs(X-160),1.2)*lt(Y,40)",
           190),
        _g(_any(f"lt(hypot(X-{x}+6,Y-{y}+30),4)+between(Y,{y}-26,{y})*lt(abs(X-{x}+6),4)"
                for x, y in _WALZ), 26),
        _g(_any(f"lt(hypot(X-{x},Y-{y}+28),4)+between(Y,{y}-24,{y}+2)*lt(abs(X-{x}),2+0.4*(Y-{y}+24))"
                for x, y in _WALZ), 232),
        _g("gt(Y,112)", "118+26*gt(sin(X/11)*sin((Y-112)/4),0)"),
        _g("lt(abs(mod(X,64)-32),6)*lt(Y,112)", 196),
        _g("between(Y,30,96)*lt(abs(mod(X+32,64)-32),12)", "206-20*lt(mod(Y,16),1.5)")],
        ("140-8*lt(mod(Y,24),1)", 128, 128), add="46*exp(-hypot(X-160,Y-36)/44)"),
    "graf-as": _person(140, 100, (34, 128, 128), False, 188, (22, 128, 128), _DAMAST, top=[
        _g("lt(hypot((abs(X-140)-7)/8,(Y-112)/2.2),1)", 30),
        _g("lt(abs(Y-148),2)*lt(abs(X-140),7)+lt(hypot(X-140,Y-152),3)", 236)]),
    "saengerin-as": _person(182, 96, (178, 128, 128), True, 214, (232, 128, 128), _DAMAST, top=[
        _g("lt(hypot(X-160,Y-62),5)+lt(hypot(X-168,Y-58),4)", 244)]),
    "balkon-as": _paint([
        _walker(60, 92, 1.6, 12), _walker(76, 96, 1.5, 16),
        _g("between(Y,148,156)+gt(Y,148)*lt(abs(mod(X,18)-9),3)", 52),
        _g("gt(Y,104)*lt(mod(X,9),2)*lt(mod(Y,11),2)*gt(sin(X*3.1+Y*1.7),0.4)", 190),
        _g("gt(Y,100-22*gt(sin(X/13),0.3)-44*lt(abs(X-230),5+0.1*(Y-50))*gt(Y,50))", 10)],
        ("16+0.12*Y", 128, 128)),
    "schlitten-as": _paint([
        _g(_flakes(5, 17, 21, 2.1), 232),
        _g(f"lt(hypot(X-{_SLX}-40,Y-92),2.5)+lt(hypot(X-{_SLX}+2,Y-92),2.5)", 252),
        _g(f"between(X,{_SLX},{_SLX}+38)*between(Y,90,118)", 18),
        _g(f"lt(hypot((X-{_SLX}-64)/18,(Y-104)/9),1)+lt(abs(X-{_SLX}-76),3)*between(Y,86,100)"
           f"+lt(abs(mod(X-{_SLX}-60,12)-6),2)*between(Y,110,130)*between(X,{_SLX}+50,{_SLX}+80)",
           26),
        _g(_any(f"gt(Y,40+2.4*abs(X-{x}))*lt(Y,112)" for x in (20, 250, 300)), 14),
        _g("gt(Y,116)", "150+6*sin(X/4)*sin(Y/3)")],
        ("24+0.1*Y", 128, 128), add=f"70*exp(-hypot(X-{_SLX}-19,Y-92)/28)"),
    "heuriger-as": _paint([
        _g("lt(mod(X+0.3*Y,22),3)*lt(Y,40)+lt(hypot(mod(X,30)-15,Y-40),9)*lt(Y,46)", 160),
        _g(_any(_box(x, x + 52, 110, 126) for x in (30, 130, 230)), 246),
        _g(_any(f"lt(abs(X-{x}),2)*between(Y,110,150)" for x in (40, 76, 140, 176, 240, 276)),
           120),
        _g("between(Y,46,120)*lt(X,200)", "226-14*lt(mod(Y,20),1.2)"),
        _g("gt(Y,126)", "214+6*sin(X/3)*sin(Y/2)")],
        ("236-0.04*Y", 128, 128)),
    "buehne-as": _paint([
        _walker("(160+6*sin(N*0.15))", 70, 1.8, 34),
        _g("lt(hypot((X-160)/50,(Y-142)/12),1)", 214),
        _g("between(Y,150,156)*lt(mod(X,20),8)", 246),
        _g("lt(X,50)+gt(X,270)", "60+20*sin(X/3)"),
        _g("lt(Y,20)", "70+16*sin(X/5)"),
        _g("gt(Y,150)", 60)],
        ("22", 128, 128), add="70*exp(-hypot((X-160)/50,(Y-100)/70))"),
    "ende-as": _framed(["ENDE"], 30, 72, 0, "0xeeeeee", SERIF, "0x0a0a0a", "0x9a9a9a"),
    # A 1970s Welsh mining-valley drama.
    "pwll-as": _paint([
        ("lt(abs(hypot(X-210,Y-42)-18),1.6)+lt(hypot(X-210,Y-42),18)"
         "*lt(abs(sin(atan2(Y-42,X-210)*3+N*0.22)),0.1)", 30, 126, 130),
        ("(lt(abs(X-210-0.28*(Y-42)),2)+lt(abs(X-210+0.28*(Y-42)),2))*between(Y,42,134)"
         "+lt(abs(Y-86),1.5)*lt(abs(X-210),14)", 34, 126, 130),
        ("gt(Y,96-0.18*X)*lt(Y,138)*lt(mod(Y+0.18*X,10),3)", 62, 128, 124),
        ("gt(Y,96-0.18*X)*lt(Y,138)", "100+12*lt(mod(X,14),1.5)", 124, 138),
        ("gt(Y,138)", 70, 126, 130),
        ("gt(Y,70+14*sin(X/40))", 96, 122, 124)],
        ("168-0.3*Y", 130, 124), add=_DRIZ),
    "cawell-as": _paint([
        (_any(f"lt(hypot(X-{x}-2*sin(N*0.3+{x}),Y-70),2.6)" for x in (90, 130, 196, 236)), 250, 110,
         150),
        (_any(f"lt(hypot(X-{x},Y-80),7)+between(Y,86,150)*lt(abs(X-{x}),10)"
              for x in (90, 130, 196, 236)), 20, 128, 130),
        ("lt(mod(X,22),2)*between(Y,30,152)+between(Y,28,32)+between(Y,150,154)", 56, 126, 128),
        ("gt(Y,154)", 26, 128, 128)],
        ("14", 128, 130), add="+".join(f"34*exp(-hypot(X-{x},Y-70)/22)" for x in (90, 130, 196, 236))),
    "tad-as": _person(140, 100, (84, 128, 128), False, 150, (48, 128, 124), _PAPUR, top=[
        ("lt(hypot((X-140)/36,(Y-66)/10),1)*lt(Y,70)+lt(hypot((X-140)/38,(Y-70)/3),1)*lt(X,150)",
         46, 132, 124), ("lt(hypot((X-124)/6,(Y-118)/3),1)", 96, 128, 128)]),
    "mab-as": _person(180, 96, (44, 124, 134), False, 176, (96, 142, 118), _PAPUR),
    "capel-as": _paint([
        (_any(f"lt(hypot(X-{x},Y-{y}),5)" for x, y in _CHOIR), 170, 118, 140),
        (_any(f"between(Y,{y}+5,{y}+14)*lt(abs(X-{x}),7)" for x, y in _CHOIR), 24, 128, 128),
        (_PEWS, 60, 120, 138),
        (_any(f"lt(abs(X-{x}),14)*between(Y,20,80)*(gt(Y,34)+lt(hypot(X-{x},Y-34),14))"
              for x in (60, 260)), "220-30*lt(mod(X,7),1)", 120, 122),
        (_box(100, 240, 60, 112), "92+8*lt(mod(X,10),1)", 118, 142),
        ("gt(Y,112)", 70, 120, 136)],
        ("120-0.1*Y", 126, 132), add="40*exp(-hypot(X-60,Y-60)/60)+40*exp(-hypot(X-260,Y-60)/60)"),
    "mynydd-as": _paint([
        (_any(f"lt(hypot((X-{x})/6,(Y-{y})/4),1)" for x, y in _SHEEP), 214, 126, 130),
        ("lt(abs(Y-112-0.1*X+4*sin(X/30)),3)*lt(abs(mod(X,7)-3),3)", 90, 126, 130),
        ("gt(Y,112+0.1*X-4*sin(X/30))", "110+10*sin(X/6)*sin(Y/4)", 108, 118),
        ("gt(Y,60+30*abs(sin(X/90)))", "90+8*sin(X/9)", 114, 122)],
        ("184-0.2*Y", 130, 124)),
    "ffas-as": _paint([
        ("lt(hypot(X-170-8*sin(N*0.12),Y-72),3)", 250, 118, 140),
        (_walker("(170+8*sin(N*0.12))", 74, 1.5, 20)[0], 20, 128, 128),
        ("lt(abs(Y-40-6*sin(X/20)),3)+lt(abs(mod(X,60)-30),3)*between(Y,40,150)", 44, 126, 132),
        ("gt(Y,146)", 22, 128, 128)],
        ("12+10*gt(sin(X/5+Y/7)*sin(Y/3),0.6)", 128, 128),
        add="120*exp(-hypot((X-120-8*sin(N*0.12))/50,(Y-110)/30))"),
    "stryd-as": _paint([
        (_any(f"lt(hypot(X-{x},Y-46),3)" for x in (60, 170, 280)), 244, 100, 160),
        (_any(f"lt(abs(X-{x}),1.2)*between(Y,46,140)" for x in (60, 170, 280)), 30, 128, 128),
        ("lt(abs(mod(X,30)-15),4)*lt(abs(mod(Y,24)-14),4)*between(Y,50,130)"
         "*gt(sin(floor(X/30)*4.1+floor(Y/24)*2.3),0)", 170, 104, 156),
        ("between(Y,36,136)", "70-10*lt(mod(X,60),2)", 124, 134),
        ("gt(Y,136)", "40+20*exp(-pow((X-170)/40,2))", 128, 134)],
        ("90-0.3*Y", 138, 122),
        add=_DRIZ + "+" + "+".join(f"40*exp(-hypot(X-{x},Y-46)/30)" for x in (60, 170, 280))),
    "diwedd-as": _card(["DIWEDD"], 30, 72, 0, "0xe0e4d0", SERIF, "0x10140e"),
    # A 1960s Israeli kibbutz film.
    "pardes-as": _paint([
        (_any(f"lt(hypot(mod(X-{x},9)-4,mod(Y-{y},8)-4),1.6)*lt(hypot((X-{x})/22,(Y-{y})/18),1)"
              for x, y in _GROVE), 170, 70, 190),
        (_any(f"lt(hypot((X-{x})/22,(Y-{y})/18),1)" for x, y in _GROVE), 80, 110, 104),
        ("gt(Y,96)", "170+10*sin(X/5)*sin(Y/3)", 104, 146),
        ("gt(Y,76+3*sin(X/25))", 150, 110, 126)],
        ("236-0.3*Y", 142, 120)),
    "migdal-as": _paint([
        ("lt(hypot((X-250)/26,(Y-40)/14),1)+between(X,224,276)*between(Y,40,62)", 210, 124, 132),
        ("(lt(abs(X-232-0.1*(Y-62)),2)+lt(abs(X-268+0.1*(Y-62)),2))*between(Y,62,130)", 70, 126,
         130),
        (_any(f"lt(abs(X-{x}),5+0.1*(Y-40))*between(Y,40,130)" for x in (30, 52, 180)), 60, 110,
         110),
        (_box(70, 170, 90, 130) + "*gt(abs(mod(X,20)-10),4)", 244, 126, 130),
        (_box(70, 170, 82, 130), "120+0*X", 126, 130),
        ("gt(Y,130)", "176+8*sin(X/4)", 104, 144)],
        ("234-0.4*Y", 150, 118)),
    "rina-as": _person(140, 100, (36, 122, 138), True, 168, (196, 108, 158), _SID),
    "avner-as": _person(180, 96, (30, 128, 128), False, 146, (140, 110, 140), _SID, top=[
        ("lt(hypot((X-180)/30,(Y-60)/14),1)*lt(Y,64)+lt(hypot((X-180)/40,(Y-64)/3),1)", 214, 130,
         126)]),
    "sade-as": _paint([
        ("lt(hypot((X-250)/22,(Y-84)/6),1)+between(X,236,262)*between(Y,76,84)", 120, 120, 150),
        ("gt(Y,86)", "206+14*sin(X*1.1+Y*0.7+3*sin(N*0.2+X/40))", 104, 140),
        ("gt(Y,80)", 218, 116, 134)],
        ("238-0.05*Y", 134, 124)),
    "batim-as": _paint([
        (_any(f"between(X,{x}+16,{x}+24)*between(Y,88,104)" for x in (20, 120, 220)), 110, 136, 118),
        (_any(f"between(X,{x}+36,{x}+64)*between(Y,70,120)" for x in (20, 120, 220)), 204, 130, 126),
        (_any(_box(x, x + 64, 70, 120) for x in (20, 120, 220)), 244, 126, 130),
        ("gt(Y,120)", "226+4*sin(X/3)*sin(Y/2)", 118, 136)],
        ("232-0.05*Y", 140, 122)),
    "shmira-as": _paint([
        ("lt(hypot(X-100,Y-34),4)", 246, 128, 128),
        ("between(X,88,112)*between(Y,30,42)", 30, 128, 128),
        ("(lt(abs(X-92-0.1*(Y-42)),1.5)+lt(abs(X-108+0.1*(Y-42)),1.5))*between(Y,42,140)", 26, 128,
         128),
        ("lt(mod(Y,14),1)*between(Y,112,140)+lt(mod(X,30),1)*between(Y,112,140)", 40, 126, 128),
        ("gt(Y,140)", 18, 126, 130)],
        ("12+0.04*Y", 140, 122)),
    "ochel-as": _paint([
        (_any(f"lt(abs(Y-{y}),1.5)*lt(abs(X-160),110)" for y in (24, 36)), 200, 128, 128),
        (_any(f"lt(hypot(X-{x},Y-{y}),4)" for x in range(40, 300, 24) for y in (96, 118)), 90, 120,
         140),
        (_any(f"between(Y,{y},{y}+5)*lt(abs(X-160),130)" for y in (104, 126)), 190, 126, 130),
        ("lt(abs(mod(X,50)-25),10)*between(Y,46,80)", 30, 140, 120),
        ("gt(Y,140)", 96, 120, 136)],
        ("120-0.2*Y", 126, 130)),
    "hora-as": _paint([
        ("lt(hypot(X-160+4*sin(N*1.3+Y/6),(Y-124)*0.5),11+4*sin(N*2.1))*lt(Y,132)", 236, 80, 190),
        (_any(_walker(x, y, 1.1, 0)[0] for x, y in _HORA), 30, 122, 140),
        ("gt(Y,132)", 30, 120, 140)],
        ("10+0.04*Y", 134, 126), mul="(1+0.12*sin(N*1.9)*sin(N*0.7))",
        add="90*exp(-hypot(X-160,Y-124)/50)"),
    "sof-as": _card(["SOF"], 32, 70, 0, "0xf4ecd8", FONT, "0x1c1008"),
    # A 1980s documentary about a glassworks.
    "sklarna-as": _paint([
        (_flakes(3, 15, 19, 1.5), 236, 128, 128),
        ("lt(hypot((X-96-0.6*(100-Y))/(8+0.16*(30-Y)),(Y-18+0.3*N)/12),1)*lt(Y,30)"
         "+lt(hypot((X-226-0.5*(100-Y))/(8+0.14*(34-Y)),(Y-22+0.3*N)/12),1)*lt(Y,34)",
         160, 128, 126),
        ("lt(abs(X-96),6)*between(Y,30,90)+lt(abs(X-226),6)*between(Y,34,90)", 70, 120, 150),
        ("between(X,40,290)*between(Y,90,150)*lt(abs(mod(X,24)-12),4)*lt(abs(mod(Y,20)-10),5)",
         "170+40*gt(sin(X*0.7),0)", 96, 160),
        ("between(X,40,290)*between(Y,84,150)", "80+6*lt(mod(Y,5),1)", 120, 152),
        ("gt(Y,150)", 210, 130, 126)],
        ("170-0.2*Y", 136, 124)),
    "pec-as": _paint([
        ("lt(hypot((X-160)/28,(Y-90)/22),1)", 240, 60, 200),
        ("lt(hypot((X-160)/56,(Y-96)/48),1)", 70, 120, 150),
        (_walker("(60+0.3*N)", 72, 1.5, 0)[0], 16, 128, 130),
        ("gt(Y,150)", 30, 124, 138)],
        ("14+4*sin(X/6)", 126, 134), mul="(1+0.08*sin(N*2.3)*sin(N*0.9))",
        add="80*exp(-hypot(X-160,Y-90)/40)"),
    "mistr-as": _person(150, 100, (150, 128, 128), False, 160, (58, 124, 136), ("24", 126, 134),
                        top=[("lt(hypot((abs(X-150)-12)/10,(Y-92)/3),1)", 120, 128, 128)],
                        add="70*exp(-hypot(X-300,Y-100)/70)"),
    "bublina-as": _paint([
        (f"gt({_GLOB},0.3)", "250-40*lt(hypot(X-211,Y-93),3)", 70, 190),
        ("lt(abs(Y-96-0.25*(X-214)),1.6)*lt(X,204)", 110, 124, 132),
        ("gt(Y,150)", 20, 126, 132)],
        ("10", 126, 132), add=f"200*{_GLOB}+40*exp(-hypot(X-214,Y-96)/40)"),
    "kaleni-as": _paint([
        ("lt(hypot((X-150)/7,(Y-60)/5),1)", 250, 80, 186),
        ("lt(abs(X-150-0.5*(Y-60)),1.5)*between(Y,60,80)+lt(abs(X-150+0.5*(Y-60)),1.5)"
         "*between(Y,60,80)+lt(abs(X-160-0.4*(60-Y)),2)*lt(Y,60)", 60, 126, 130),
        ("lt(hypot((X-160)/70,(Y-112)/12),1)", "60+40*gt(sin(X/5+N*0.4),0.6)", 136, 122),
        ("lt(hypot((X-160)/76,(Y-112)/15),1)+between(X,84,236)*between(Y,112,158)", 40, 124, 134),
        ("gt(Y,158)", 24, 124, 136)],
        ("18+6*sin(X/9)", 124, 136), add="60*exp(-hypot(X-150,Y-60)/40)"),
    "pas-as": _paint([
        ("lt(abs(mod(X-1.5*N,40)-20),7-0.2*(Y-98))*between(Y,84,112)",
         "200+40*gt(abs(mod(X-1.5*N,40)-20),5)", 120, 136),
        ("between(Y,112,120)", "70+20*lt(mod(X-1.5*N,8),2)", 126, 130),
        ("between(Y,40,84)*lt(abs(X-160),140)", 40, 110, 160),
        ("gt(Y,120)", 30, 126, 132)],
        ("50+0.1*Y", 120, 140), add="60*exp(-abs(Y-70)/30)"),
    "vystava-as": _paint([
        (_any(f"lt(abs(X-{x}),6-0.3*max(Y-{y}-6,0))*between(Y,{y}-8,{y}+12)"
              f"*(1-lt(abs(X-{x}),4-0.3*max(Y-{y}-6,0))*lt(Y,{y}+8))" for x, y in _GLASSES),
         150, 140, 120),
        (_any(f"between(Y,{y}+12,{y}+15)" for y in (52, 92, 132)), 190, 128, 128),
        ("gt(Y,150)", 226, 128, 128)],
        ("240-0.05*Y", 128, 128)),
    "nocni-as": _paint([
        (_any(f"lt(hypot(X-{x}-7*mod(N,{p}),Y-{y}+9*mod(N,{p})-0.5*pow(mod(N,{p}),2)),1.3)"
              for x, y, p in ((150, 110, 9), (162, 112, 7), (170, 106, 11))), 250, 80, 180),
        (_any(_walker(x, 80, 1.4, 0)[0] for x in (110, 220)), 14, 128, 130),
        ("lt(hypot((X-160)/20,(Y-120)/14),1)", 236, 70, 196),
        ("gt(Y,140)", 20, 124, 138)],
        ("10", 126, 134), mul="(1+0.15*sin(N*2.7)*sin(N*1.1+1))",
        add="90*exp(-hypot(X-160,Y-120)/50)"),
    "titulky-as": _roll(["PHOTOGRAPHY", "KAREL DVORAK", "", "SOUND", "MILOS BENES", "",
                         "A FILM UNIT PRODUCTION"], 13, 18, 1.5, "0xf0ece0"),
    # A 1960s Malay kampong comedy.
    "judul-as": _framed(["KAMPUNG SERI", "1961"], 24, 56, 46, "0xe6e6e6", SERIF, "0x080808",
                        "0x8c8c8c"),
    "kampung-as": _paint([
        _g(_any(f"lt(abs(atan2(Y-{40},X-{x}-6*sin(N*0.1+{p}))-{a}),0.09)*lt(hypot(X-{x},Y-40),30)"
                for x, p in _PALMS for a in (-2.6, -2.2, -0.9, -0.5)), 40),
        _g(_any(f"lt(abs(X-{x}-0.12*(Y-150)*sin({p})),2.5)*between(Y,40,150)" for x, p in _PALMS), 70),
        _g("between(X,130,240)*between(Y,60-0.4*abs(X-185),100)", 60),
        _g(_box(140, 230, 80, 118), "170-30*lt(mod(X,10),2)"),
        _g("lt(abs(mod(X,30)-15),2)*between(Y,118,144)*between(X,130,240)", 40),
        _g("gt(Y,140)", "160+8*sin(X/4)*sin(Y/3)")],
        ("210-0.4*Y", 128, 128)),
    "dollah-as": _person(140, 100, (20, 128, 128), False, 120, (226, 128, 128), _ATAP, top=[
        _g("between(X,116,164)*between(Y,52,72)", 12)]),
    "som-as": _person(180, 96, (24, 128, 128), True, 140, (170, 128, 128), _ATAP, top=[
        _g("lt(hypot(X-160,Y-78),3)", 230)]),
    "hujan-as": _paint([
        _g(_any(f"lt(abs(atan2(Y-50,X-{x}-10*sin(N*0.3+{p}))-{a}),0.1)*lt(hypot(X-{x},Y-50),34)"
                for x, p in _PALMS for a in (-2.5, -2.0, -1.0, -0.6)), 24),
        _g("between(X,120,230)*between(Y,70-0.4*abs(X-175),110)", 30),
        _g(_box(130, 220, 100, 136), 60),
        _g("gt(Y,136)", "70+20*gt(sin(X/3+N*0.6),0.8)")],
        ("96-0.2*Y", 128, 128), add=_MONS),
    "sawah-as": _paint([
        _g("lt(hypot((X-250)/20,(Y-112)/9),1)+lt(hypot((X-268)/6,(Y-104)/5),1)", 170),
        _g("gt(Y,100)*lt(mod(Y-100,8),2)", "204+6*sin(X/5)"),
        _g("gt(Y,100)", 220),
        _g("lt(abs(X-60),3)*between(Y,40,100)+lt(hypot(X-60,Y-38),14)*lt(Y,44)", 200)],
        ("236-0.05*Y", 128, 128)),
    "pasar-as": _paint([
        _g(_any(f"lt(hypot((X-{x})/4,(Y-{y})/5),1)" for x, y in _STALL), 250),
        _g(_any(f"between(X,{x}-40,{x}+40)*between(Y,{y}+10,{y}+20)" for x, y in _STALL), 110),
        _g(_any(_walker(f"({x}+0.5*N)", 84, 1.2, 0)[0] for x in (20, 120, 210)), 16),
        _g("gt(Y,120)", "40+20*gt(sin(X/4)*sin(Y/3),0.5)")],
        ("12", 128, 128),
        add="+".join(f"90*exp(-hypot(X-{x},Y-{y})/34)" for x, y in _STALL)),
    "kedai-as": _paint([
        _g("lt(hypot(X-160,Y-24),4)+lt(hypot(X-160,Y-24),40)*lt(abs(sin(atan2(Y-24,X-160)*1.5"
           "+N*0.9)),0.12)*lt(abs(Y-24),8)", 30),
        _g(_any(_walker(x, 80, 1.3, 0)[0] for x in (70, 250)), 40),
        _g(_any(f"lt(hypot((X-{x})/26,(Y-118)/6),1)" for x in (90, 230)), 220),
        _g("between(X,120,200)*between(Y,50,110)", 210),
        _g("gt(Y,130)", 90)],
        ("130-10*lt(mod(X,40),2)", 128, 128)),
    "jeti-as": _paint([
        _g(_any(f"lt(hypot((X-{x})/24,(Y-120-2*sin(N*0.15+{x}))/5),1)" for x in (60, 220)), 30),
        _g("between(X,100,320)*between(Y,100,106)+lt(abs(mod(X,30)-15),2)*between(Y,100,130)"
           "*gt(X,100)", 50),
        _g("lt(hypot(X-80,Y-70),14)", 240),
        _g("gt(Y,90)", "120+30*gt(sin(X/4+N*0.3+Y*1.1),0.7)*exp(-pow((X-80)/40,2))")],
        ("200-0.8*Y", 128, 128)),
    "jetimalam-as": _paint([
        _g(_any(f"lt(hypot((X-{x})/24,(Y-120-2*sin(N*0.15+{x}))/5),1)" for x in (60, 220)), 10),
        _g("between(X,100,320)*between(Y,100,106)+lt(abs(mod(X,30)-15),2)*between(Y,100,130)"
           "*gt(X,100)", 18),
        _g("lt(hypot(X-250,Y-36),9)", 236),
        _g("lt(hypot(mod(X,37)-18,mod(Y,23)-11),0.8)*lt(Y,80)", 180),
        _g("gt(Y,90)", "26+40*gt(sin(X/4+N*0.3+Y*1.1),0.7)*exp(-pow((X-250)/30,2))")],
        ("30-0.1*Y", 128, 128)),
    "tamat-as": _framed(["TAMAT"], 30, 72, 0, "0xe6e6e6", SERIF, "0x080808", "0x8c8c8c"),
    # A 2000s Bolivian film of the salt flats.
    "salar-as": _paint([
        ("lt(hypot((X-40-1.6*N)/10,(Y-92)/4),1)", 60, 120, 140),
        ("lt(hypot((X-20-1.6*N)/(30+0.3*N),(Y-90)/5),1)*lt(X,40+1.6*N)", 214, 122, 134),
        (f"gt(Y,94)*{_HEX}", 206, 128, 128),
        ("gt(Y,94)", "236+4*sin(X/7)*sin(Y/3)", 128, 128),
        ("gt(Y,94-10*abs(sin(X/70))-6*abs(sin(X/23)))", 170, 142, 122)],
        ("242-0.3*Y", 144, 120)),
    "espejo-as": _paint([
        ("lt(abs(X-200),3)*between(Y,70,100)+lt(hypot(X-200,Y-66),4)", 60, 126, 132),
        ("lt(abs(X-200),3)*between(Y,100,130)+lt(hypot(X-200,Y-134),4)", 120, 130, 130),
        ("lt(abs(Y-100),1)", 206, 130, 126),
        ("gt(Y,100)", "200+0.3*(Y-100)+10*gt(sin((Y-100)/9+X/60),0.7)+3*sin(X/3+N*0.3)", 146, 120),
        ("lt(Y,100)", "230-0.3*(100-Y)+10*gt(sin((100-Y)/9+X/60),0.7)", 146, 120)],
        ("220", 140, 122)),
    "rosa-as": _person(140, 100, (18, 128, 128), True, 150, (178, 108, 178), _SAL, top=[
        ("lt(hypot((X-140)/20,(Y-56)/14),1)*lt(Y,60)+lt(hypot((X-140)/34,(Y-60)/3),1)", 30, 130,
         124)]),
    "efrain-as": _person(180, 96, (20, 128, 128), False, 128, (70, 150, 112), _SAL, top=[
        ("lt(hypot((X-180)/33,(Y-64)/18),1)*lt(Y,68)", "120+60*lt(mod(Y,6),3)", 100, 190)]),
    "salina-as": _paint([
        (_any(_walker(f"({x}+4*sin(N*0.4+{x}))", 92, 1.3, 0)[0] for x in (70, 240)), 50, 118, 144),
        (_any(f"gt(Y,{y}-{s})*lt(Y,{y})*lt(abs(X-{x}),Y-{y}+{s})" for x, y, s in _CONES),
         "230-12*lt(mod(X,16),8)", 128, 128),
        ("gt(Y,104)", "222+6*sin(X/5)*sin(Y/3)", 130, 128),
        ("gt(Y,96)", 180, 140, 122)],
        ("240-0.4*Y", 146, 118)),
    "cuarto-as": _paint([
        ("lt(hypot(X-170,Y-40),4)", 252, 110, 150),
        ("lt(abs(X-170),0.8)*lt(Y,36)", 30, 128, 128),
        (_walker(110, 76, 1.4, 0)[0], 26, 124, 136),
        (_box(220, 280, 60, 110), 20, 136, 120),
        ("between(X,200,300)*between(Y,118,136)", 90, 120, 142),
        ("gt(Y,140)", "50+10*sin(X/3)", 118, 142)],
        ("40+10*sin(X/4)*sin(Y/5)", 118, 144), add="90*exp(-hypot(X-170,Y-40)/60)"),
    "noche-as": _paint([
        ("lt(hypot(mod(X*7,53)-26,mod(Y*3+X,41)-20),1.8)*lt(Y,90)", 200, 128, 128),
        ("lt(hypot(X-40,Y-20),2)", 240, 128, 128),
        ("gt(Y,92)", "40+6*sin(X/7)*sin(Y/3)", 136, 124),
        ("gt(Y,92-8*abs(sin(X/70)))", 14, 134, 126)],
        ("10+0.1*Y", 150, 120)),
    "uyuni-as": _paint([
        (_any(f"lt(hypot((X-{x})/12,(Y-104)/7),1)+lt(abs(X-{x}-10),3)*between(Y,80,104)"
              f"+lt(hypot(X-{x}-12,Y-80),3)" for x in (60, 260)), 200, 130, 134),
        (_any(_walker(f"({x}-0.6*N)", 82, 1.3, 0)[0] for x in (140, 190, 380)), 40, 110, 170),
        (_any(f"between(X,{x},{x}+44)*between(Y,40,110)" for x in (0, 80, 180, 280)),
         "150+30*gt(sin(X/3),0.3)", "120+20*sin(X/50)", "150-20*cos(X/40)"),
        ("gt(Y,110)", 170, 122, 138)],
        ("220-0.4*Y", 146, 118)),
    "trenes-as": _paint([
        (_any(f"between(X,{x},{x}+70)*between(Y,{y},{y}+28)+between(X,{x}+50,{x}+66)"
              f"*between(Y,{y}-14,{y})+lt(hypot(X-{x}-14,Y-{y}+6),5)" for x, y in _LOCOS),
         40, 120, 150),
        (_any(f"lt(abs(hypot(X-{x + 18 * k},Y-{y + 34})-8),2.2)" for x, y in _LOCOS for k in range(4)),
         30, 126, 134),
        ("gt(Y,126)", "90+10*sin(X/3)*sin(Y/4)", 110, 150),
        ("lt(hypot(X-250,Y-112),14)", 250, 80, 190)],
        ("200-0.9*Y", 80, 196), add="50*exp(-hypot(X-250,Y-112)/60)"),
    "fin-as": _card(["FIN"], 32, 70, 0, "0xf0f4f8", FONT, "0x0a1018"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AS = {}

FX_AS = {
    **{f"grain{k}-as": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 11, "t+u", 81270019), (2, 8, "t", 81271031), (3, 6, "t", 81272053),
        (4, 15, "t+u", 81273067), (5, 12, "t+u", 81274081), (6, 5, "t", 81275093)]},
    # Framings as in held-out-af; bars of 1.37, 1.85 and 2.35 as in held-out-ao, 1.66 as in
    # held-out-ap and 1.33 as in held-out-ae (nothing random in them); 2.00 new.
    **{f"{k}-as": FX_AF[f"{k}-af"] for k in ("closer", "near")},
    **{f"box{r}-as": FX_AO[f"box{r}-ao"] for r in (137, 185, 235)},
    "box166-as": FX_AP["box166-ap"], "box133-as": FX_AE["box133-ae"],
    "box200-as": "scale=320:160,pad=320:180:0:10:black",
    # Looks: soft silvery black and white; muted grey-green colour; bleached sun-baked colour; warm
    # 16 mm colour with a faint flicker; contrasty black and white with flicker, weave, dust and a
    # vignette; pale high-key digital colour.
    "operette-as": "hue=s=0,eq=contrast=1.06:gamma=1.03,gblur=sigma=0.55",
    "cwm-as": "eq=saturation=0.55:contrast=1.05:gamma=0.97,colorbalance=rs=-0.03:gs=0.03:bs=0.01",
    "shemesh-as": "eq=saturation=0.8:contrast=0.9:gamma=1.1,colorbalance=rh=0.04:bh=-0.05",
    "teply-as": "eq=saturation=1.12:contrast=1.05:gamma=0.97,colorbalance=rs=0.05:bs=-0.06",
    "flick16-as": "eq=brightness='0.02*sin(n*2.3)*sin(n*0.8+1)':eval=frame",
    "hitam-as": "hue=s=0,eq=contrast=1.22:gamma=0.93",
    "flick-as": "eq=brightness='0.045*sin(n*2.9)*sin(n*1.3+1)+0.012*sin(n*0.27)':eval=frame",
    "weave-as": "crop=306:172:x='7+1.3*sin(n*2.3)':y='4+1.2*sin(n*1.1+1)*sin(n*0.9)',scale=320:180",
    "dust-as": _overlay("gt(lt(hypot(X-160-150*sin(N*23.17),Y-90-85*sin(N*31.3)),1.5)+lt(hypot("
                        "(X-160-150*sin(N*13.9+2))/3,Y-90-85*sin(N*29.3+1)),1),0)", 24) + ","
               + _overlay("lt(abs(X-222-2*sin(N*0.3)),0.7)*lt(mod(N,11),6)", 196),
    "vig-as": "vignette=PI/4.2",
    "altiplano-as": "eq=saturation=0.85:contrast=0.92:gamma=1.08,colorbalance=bs=0.04:rs=-0.02",
    # Camera moves: pans as in held-out-ao; a running camera, a fast pan, a whip pan and a slow
    # zoom of this set.
    **{f"{k}-as": FX_AO[f"{k}-ao"] for k in ("panr", "panl")},
    "run-as": "scale=352:198,crop=320:180:x='16+9*sin(n*1.4)+4*sin(n*3.3)':y='9+6*sin(n*2.3+1)'",
    "fastpan-as": "scale=480:270,crop=320:180:x='80+2.2*(n-MID)':y=46",
    "whip-as": "scale=480:270,crop=320:180:x='80+74*tanh((n-MID)/1.4)':y=42",
    "zoomin-as": "zoompan=z='1+0.006*in':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=1"
                 ":s=320x180:fps=24",
    # Things that are not boundaries, around MID (see the docstring); subtitles and titles first.
    **{f"sub-{k}-as": _subs([(line, *cue)]) for (k, line), cue in zip([
        ("graf", "Tonight the orchestra plays only for you."),
        ("saengerin", "Then tell them to play slowly."),
        ("tad", "The pit will not have you too."),
        ("mab", "It had you for thirty years Dad."),
        ("rina", "The water truck did not come again."),
        ("avner", "Then we dig the well ourselves."),
        ("dollah", "Who ate the last durian in this house"),
        ("som", "Ask your goat Pak Dollah."),
        ("rosa", "The salt does not wait for anybody."),
        ("efrain", "Neither does the train to Oruro.")],
        [(-14, 8), (-12, 10)] * 5)},
    **{f"title{k}-as": _fade(line, size, y, color, font, a, b, _EDGE.format(edge))
       for k, line, size, y, color, font, a, b, edge in [
           (271, "CWM DU", 30, 30, "0xf0f0e0", SERIF, -26, 18, "0x101010"),
           (272, "SHADOT", 28, 26, "0xfff4d0", FONT, -24, 20, "0x402000"),
           (273, "THE GLASSMAKERS", 22, 34, "0xffffff", FONT, -20, 20, "0x000000"),
           (275, "SALAR", 32, 30, "0x203048", FONT, -26, 16, "0xe0e8f0")]},
    "caption273-as": _fade("JAN HORAK   MASTER GLASSBLOWER", 11, 154, "0xffffff", FONT, -12, 12,
                           _EDGE.format("0x000000")),
    # 270: candles flickering and a whip pan; fireworks; a waiter passing the lens; the stage
    # lights failing and coming back.
    "kerzen-as": _grade("LUM*(1+0.06*sin(N*2.3)*sin(N*0.7))"),
    "feuerwerk-as": _fireworks([(100, 40, -12), (220, 30, 0), (160, 56, 12)]),
    "kellner-as": _pass(6, -40, 170, 96, 70, 150, 18),
    "ausfall-as": _dim([(-5, -3), (1, 2), (7, 7)], 0.78),
    # 271: a helmet lamp into the lens; the sun coming out over the chapel; mist drifting across;
    # the coal face's lights failing twice; a coal train's steam.
    "lamp-as": _glare(130, 70, 6, 3, 8, 8),
    "haul-as": _grade(f"LUM*(0.8+0.3*{_ramp(-6, 10)})+30*{_ramp(-6, 10)}*exp(-hypot(X-60,Y-60)/50)"),
    "niwl-as": _overlay("0.82*exp(-pow((X+140-10*(N-MID+18))/80,2))*(0.8+0.2*sin(Y/9+X/15))", 196,
                        128, 128),
    "golau-as": _dim([(-8, -6), (2, 9)], 0.85),
    "stem-as": _overlay(_puff(60, 70, 6, -1, 8, 5, 8, 16, 0.85), 200, 128, 128),
    # 272: a tractor passing the lens; dust blown over it; a searchlight sweeping into the lens;
    # strip lights switched on.
    "traktor-as": _overlay(f"(lt(hypot(X-{_TR}+60,Y-128),50)+between(X,{_TR}-30,{_TR}+100)"
                           f"*between(Y,48,124))", 70, 110, 178) + ","
                  + _overlay(f"(lt(abs(hypot(X-{_TR}+60,Y-128)-40),8)+lt(hypot(X-{_TR}+60,Y-128),8))",
                             20, 128, 128),
    "avak-as": _overlay(_puff(240, 120, -5, -1, 9, 6, 6, 18, 0.8), 196, 110, 140),
    "zarkor-as": _grade("LUM+(250-LUM)*clip(1.3*exp(-pow((X-100-(Y-34)*sin((N-MID)*0.06))/(6+0.2*(Y-34)),2))"
                        "*gt(Y,34)+0.9*exp(-pow((N-MID)/2.2,2)),0,1)",
                        "CH+(128-CH)*0.9*exp(-pow((N-MID)/2.2,2))",
                        "CH+(128-CH)*0.9*exp(-pow((N-MID)/2.2,2))"),
    "neon-as": _grade("LUM*(0.28+0.72*clip(gte(N,MID)+eq(N,MID-5)+eq(N,MID-3)+0.5*eq(N,MID-2),0,1))"),
    # 273: a furnace door opened, a worker passing the lens; steam; glints; the power dipping.
    "dvirka-as": _grade(f"LUM*(1+0.9*{_ramp(-2, 4)}*exp(-hypot(X-160,Y-90)/90))"
                        f"+60*{_ramp(-2, 4)}*exp(-hypot(X-160,Y-90)/60)",
                        f"CH-20*{_ramp(-2, 4)}*exp(-hypot(X-160,Y-90)/80)",
                        f"CH+24*{_ramp(-2, 4)}*exp(-hypot(X-160,Y-90)/80)"),
    "delnik-as": _pass(7, 36, 150, 100, 60, 140, 12),
    "para-as": _overlay(_puff(160, 120, 0, -3, 12, 9, 8, 12, 0.9), 222, 128, 128),
    "jiskry-as": _overlay("(" + "+".join(
        f"eq(N,MID+({k}))*(lt(abs(X-{x}),1)*lt(abs(Y-{y}),12)+lt(abs(Y-{y}),1)*lt(abs(X-{x}),12))"
        for x, y, k in ((100, 48, -9), (220, 88, -1), (160, 128, 8))) + ")", 255) + ","
                 + _flash((-9, -1, 8), (0.05, 0.07, 0.05)),
    "vypadek-as": _dim([(-3, 0), (4, 5)], 0.5),
    # 274: a trishaw passing the lens; lightning; a pressure lamp failing; a camera's flash.
    "beca-as": _overlay(f"(lt(abs(hypot(X-{_BECA},Y-120)-44),5)+lt(abs(X-{_BECA}-30),3)*between(Y,20,120)"
                        f"+between(X,{_BECA}+10,{_BECA}+120)*between(Y,14,30))", 20) + ","
               + _overlay(f"between(X,{_BECA}+30,{_BECA}+110)*between(Y,30,110)", 200),
    "bolt274-as": _bolt(200, -4, 80),
    "pelita-as": _grade("LUM*(1-0.6*clip((N-MID+1)/3,0,1)*exp(-hypot(X-230,Y-62)/60))"),
    "kamera-as": _flash((-6, -5), (0.5, 0.15)),
    # 275: a jeep on the flat; a bulb failing and coming back; headlights into the lens; dust.
    "bombilla-as": _dim([(-7, -5), (0, 3), (6, 6)], 0.82),
    "faros-as": _glare(150, 112, 3, 1.5, 24, 6, -3) + "," + _glare(174, 112, 3, 1.5, 24, 6, 3),
    "polvo-as": _overlay(_puff(100, 110, 5, -2, 10, 6, 8, 16, 0.85), 200, 118, 140),
}

# held-out-as (clips 270-275): new recipes again, written after held-out-ar without running the
# detector on them: six more kinds of film, clips of about 21 to 24 s with 11 or 12 shots, mixing
# cuts between similar and different shots, to and from cards, between near-white shots, to
# closer and nearer framings, camera and subject motion, things passing the lens, lights switched
# on, failing and flickering, flashes, fireworks, lightning, a searchlight and headlights into the
# lens, rain, snow, mist, steam, dust, grain, flicker, gate weave, bars of six ratios, titles, a
# caption, subtitles and credits rolling, dissolves of 10 to 40 frames, one through grey, fades
# through black and white and fade outs and ins.
_AT = "operette-as grain1-as box137-as"
_CY = "cwm-as grain2-as box185-as"
_IL = "shemesh-as grain3-as box235-as"
_GL = "teply-as flick16-as grain4-as box133-as"
_MY = "hitam-as flick-as weave-as dust-as grain5-as vig-as box166-as"
_BO = "altiplano-as grain6-as box200-as"
HELD_OUT_AS = [
    ("die-goldene-geige", [
        S("titel-as", 34, 0, _AT), "cut", S("ballsaal-as", 72, 0, f"kerzen-as whip-as {_AT}"), "cut",
        S("graf-as", 34, 0, f"sub-graf-as {_AT}"), "cut",
        S("saengerin-as", 32, 0, f"sub-saengerin-as {_AT}"), "cut",
        S("saengerin-as", 46, 32, f"closer-as {_AT}"), "fade:30",
        S("balkon-as", 82, 0, f"feuerwerk-as {_AT}"), "fadeblack:24",
        S("schlitten-as", 66, 0, f"run-as {_AT}"), "cut",
        S("schlitten-as", 44, 66, f"near-as {_AT}"), "fadewhite:20",
        S("heuriger-as", 60, 0, f"kellner-as {_AT}"), "cut",
        S("buehne-as", 58, 0, f"ausfall-as {_AT}"), "cut",
        S("buehne-as", 40, 58, f"closer-as {_AT}"), "fadeio:18:14", S("ende-as", 34, 0, _AT)]),
    ("cwm-du", [
        S("pwll-as", 70, 0, f"title271-as {_CY}"), "cut", S("cawell-as", 60, 0, f"lamp-as {_CY}"),
        "cut", S("tad-as", 34, 0, f"sub-tad-as {_CY}"), "cut",
        S("mab-as", 32, 0, f"sub-mab-as {_CY}"), "cut",
        S("tad-as", 46, 34, f"closer-as {_CY}"), "fadegrays:28",
        S("capel-as", 60, 0, f"haul-as {_CY}"), "cut", S("capel-as", 62, 60, f"near-as {_CY}"),
        "fade:36", S("mynydd-as", 70, 0, f"panr-as niwl-as {_CY}"), "cut",
        S("ffas-as", 60, 0, f"golau-as {_CY}"), "fadeblack:28",
        S("stryd-as", 64, 0, f"stem-as {_CY}"), "cut", S("diwedd-as", 34, 0, _CY)]),
    ("shadot", [
        S("pardes-as", 70, 0, f"title272-as traktor-as {_IL}"), "cut",
        S("migdal-as", 58, 0, f"whip-as {_IL}"), "cut",
        S("rina-as", 34, 0, f"sub-rina-as {_IL}"), "cut",
        S("avner-as", 32, 0, f"sub-avner-as {_IL}"), "cut",
        S("avner-as", 44, 32, f"closer-as {_IL}"), "fade:22",
        S("sade-as", 64, 0, f"avak-as {_IL}"), "cut", S("batim-as", 56, 0, _IL), "fadewhite:26",
        S("shmira-as", 64, 0, f"zarkor-as {_IL}"), "cut",
        S("ochel-as", 58, 0, f"neon-as {_IL}"), "fade:10",
        S("hora-as", 66, 0, f"fastpan-as {_IL}"), "cut", S("sof-as", 34, 0, _IL)]),
    ("the-glassmakers", [
        S("sklarna-as", 66, 0, f"title273-as {_GL}"), "cut",
        S("pec-as", 62, 0, f"dvirka-as delnik-as {_GL}"), "cut",
        S("mistr-as", 40, 0, f"caption273-as {_GL}"), "cut",
        S("bublina-as", 60, 0, f"zoomin-as {_GL}"), "cut",
        S("bublina-as", 56, 60, f"closer-as {_GL}"), "fade:32",
        S("kaleni-as", 64, 0, f"para-as {_GL}"), "cut", S("pas-as", 50, 0, _GL), "cut",
        S("vystava-as", 60, 0, f"panl-as jiskry-as {_GL}"), "fadeblack:20",
        S("nocni-as", 62, 0, f"vypadek-as {_GL}"), "cut",
        S("nocni-as", 40, 62, f"near-as {_GL}"), "fadeio:16:12", S("titulky-as", 60, 0, _GL)]),
    ("kampung-seri", [
        S("judul-as", 34, 0, _MY), "cut", S("kampung-as", 66, 0, f"beca-as {_MY}"), "cut",
        S("dollah-as", 34, 0, f"sub-dollah-as {_MY}"), "cut",
        S("som-as", 32, 0, f"sub-som-as {_MY}"), "cut",
        S("dollah-as", 44, 34, f"closer-as {_MY}"), "fade:26",
        S("hujan-as", 60, 0, f"bolt274-as {_MY}"), "cut",
        S("sawah-as", 64, 0, f"panl-as {_MY}"), "fadewhite:22",
        S("pasar-as", 60, 0, f"pelita-as {_MY}"), "cut",
        S("kedai-as", 56, 0, f"kamera-as {_MY}"), "fadeblack:26",
        S("jeti-as", 82, 0, _MY), "fade:34", S("jetimalam-as", 54, 0, _MY), "cut",
        S("tamat-as", 34, 0, _MY)]),
    ("salar", [
        S("salar-as", 70, 0, f"title275-as {_BO}"), "cut", S("espejo-as", 56, 0, _BO), "cut",
        S("rosa-as", 34, 0, f"sub-rosa-as {_BO}"), "cut",
        S("efrain-as", 32, 0, f"sub-efrain-as {_BO}"), "cut",
        S("rosa-as", 50, 34, f"closer-as {_BO}"), "fadewhite:30",
        S("salina-as", 62, 0, f"run-as {_BO}"), "cut",
        S("cuarto-as", 58, 0, f"bombilla-as {_BO}"), "fadeblack:24",
        S("noche-as", 60, 0, f"faros-as {_BO}"), "cut",
        S("uyuni-as", 76, 0, f"whip-as polvo-as {_BO}"), "fade:40",
        S("trenes-as", 90, 0, f"panr-as {_BO}"), "fadeio:20:14", S("fin-as", 34, 0, _BO)]),
]
