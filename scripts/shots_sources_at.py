"""Sources, effects and recipes of held-out-at (clips 276-281), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-275. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: an alpine pasture
with cows under a title, a farmhouse with geraniums on its balcony and a hay wagon passing close
across the lens, a forester's face and a farm girl's face before one panelled wall with subtitles
and a closer framing of hers, a lake with a rowing boat under a pan with the sun coming into the
lens, a village fete at dusk whose strings of lanterns are switched on, a mountain hut at night in
the rain with lightning twice, a forest with shafts of sunlight under a tilt with a bird passing
the lens cut to a nearer framing of it, and a lake at sunset reading ENDE (a 1950s West German
Heimatfilm in 1.66, saturated warm Agfacolor with grain); a card reading EL COBRE ES NUESTRO, an
open-pit copper mine with a haul truck under a pan, a strikers' assembly under a banner with fists
raised seen hand-held and a placard passing the lens, a union leader's face with a megaphone and
a caption fading in, a miner's face before a corrugated iron wall with subtitles and a closer
framing of it, a mine gallery whose helmet lamps are turned into the lens, a march seen by a
running camera with a photographer's flash, a port where a load swings close across the lens,
children at a water tap in the glare and credits rolling over black (a 1970s Chilean documentary
of a copper-mine strike in 1.37, contrasty grainy black and white with flicker); a framed red
title card, a stage garden with a moon gate under a slow zoom, water sleeves waving, a scholar's
painted face and a maiden's face before one painted backdrop with subtitles and a closer framing
of his, a river scene in blue stage light with dry-ice mist rising over the lens, a palace hall
whose stage lights turn to a red wash, a general with flags on his back leaping under a whip pan,
a moonlit garden with swaying lanterns, pear blossom falling on the lovers parting and a framed
card reading THE END (a 1950s Hong Kong Cantonese opera film in 2.55, saturated Eastmancolor with
grain); tea estates on misty hills under a title, tea pluckers with a basket passing the lens, an
overseer's face and a plucker's face before one line-room wall with subtitles and a closer framing
of hers, a withering loft with a fan turning and sunbeams dimmed as a cloud passes, a planter's
verandah at dusk whose bulb flickers and fails cut to a nearer framing of it in the dark where a
hurricane lamp is lit, a night procession with torches, fire dancers and a lit elephant under a
fast pan, a train on a viaduct with another passing close across the lens and a sunrise over the
hills (a 1980s Sri Lankan tea-plantation drama in 1.85, humid green colour with grain); a
broadcast's title with a shine sweeping over it, the arena with photographers' flashes, the table
seen from above with a red potted and the break caption changing, two players' faces before dark
backgrounds, the view down the table with a cue feathering, the table from above again later in
the frame, the referee's gloved hand spotting the black, the audience applauding with flashes, a
corner pocket with a ball dropping and credits rolling over the dimmed arena (a 1980s television
snooker broadcast in 1.33 cropped from the picture, bright video colour under a score caption); a
terraced High Atlas village under snowy peaks under a title, a mountain souk with a mule passing
the lens and dust blown over it, a grandmother's tattooed face and a boy's face before one earthen
wall with subtitles and a closer framing of hers, a mountain road seen through a minibus's
windscreen jolting with the sun's glare, a dark house whose door is opened onto the sunlight, a
night dance of women with frame drums in firelight with a phone's flash, a near-white snowy pass
with a gust of snow to near white cut to a nearer framing of it and credits rolling over black (a
2000s Moroccan film of a High Atlas village in 2.39, warm dusty digital colour).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed, _pass
from shots_sources_ad import _card, _roll
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _person
from shots_sources_ag import _any, _box, _fade, _flakes
from shots_sources_ak import _EDGE
from shots_sources_am import _bolt
from shots_sources_ao import FX_AO
from shots_sources_ar import _puff, _walker
from shots_sources_as import _glare

# Rain streaks (added to the luma) of this set: a night storm in the mountains.
_REGEN = "30*gt(sin(X*4.3+floor((Y+22*N+0.3*X)/10)*2.9),0.95)"


def _m(walker):
    """The mask of a grey walker layer (shots_sources_ar._walker)."""
    return walker[0]


def _rolling(src, lines, size, step, speed, color, font=FONT):
    """Credits rolling up over the source src: lines centred, one every step pixels, speed
    pixels a frame (shots_sources_ad._roll over a drawn scene)."""
    for k, line in enumerate(lines):
        if line:
            src += (f",drawtext=fontfile={font}:fontsize={size}:fontcolor={color}:text='{line}'"
                    f":x=(w-tw)/2:y='{110 + k * step}-{speed}*n'")
    return src


def _bug(score, brk, after=None, k=None):
    """A snooker broadcast's score caption: the players' frames and the break, the break
    changing to after on frame MID+k if given."""
    box = "drawbox=x=50:y=144:w=150:h=28:color=0x0c1238@0.85:t=fill"
    txt = f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=0xf4f0d8:text='{score}':x=56:y=147"
    if after is None:
        brks = [(brk, "1")]
    else:
        brks = [(brk, f"lt(n,MID+{k})"), (after, f"gte(n,MID+{k})")]
    return ",".join([box, txt] + [
        f"drawtext=fontfile={FONT}:fontsize=9:fontcolor=0xffd860:text='{b}':x=56:y=160"
        f":enable='{when}'" for b, when in brks])


# A 1950s West German Heimatfilm.
_RIDGE = "(20+40*abs(sin(X/53))+6*sin(X/11))"
_KUEHE = [(70, 124), (120, 134), (236, 128)]
_TAFEL = ("96+14*sin(X/2.7+3*sin(Y/23))-26*lt(mod(X,34),2)", 112, 152)
_BOOT = "(60+0.35*N)"  # the rowing boat
_LAMP = "lt(hypot(mod(X,24)-12,Y-34-0.003*pow(X-160,2)),3.6)*between(X,12,308)"
_PAAR = [(f"(160+92*sin(N*0.06+{k}*1.57))", f"(112+8*cos(N*0.06+{k}*1.57))") for k in range(4)]
_REH = "(236-0.25*N)"  # the deer

# A 1970s Chilean documentary of a copper-mine strike (drawn in greys).
_TRUCK = "(60+0.9*N)"
_PUNOS = [(x, 60 + 14 * (k % 3), 0.9 * k) for k, x in enumerate(range(30, 300, 38))]
_KUMPEL = [(110, 88, 0.3), (190, 84, -0.2), (232, 92, 0.15)]
_DEPTHS = (0.3, 0.5, 0.72, 1.0)

# A 1950s Hong Kong Cantonese opera film.
_BACKDROP = ("150+20*gt(sin(X/14+2*sin(Y/17)),0.5)-0.2*Y", 150, 116)
_GX = "(160+40*sin(N*0.08))"  # the general
_GY = "(100-30*max(sin(N*0.16),0))"
_LANTERNS = [(40, 40, 0.0), (120, 30, 1.3), (200, 44, 2.1), (280, 34, 3.0)]

# A 1980s Sri Lankan tea-plantation drama.
_LINE = ("170+8*sin(X/5)*sin(Y/7)-30*gt(sin(X/37+Y/29),0.9)", 150, 116)
_PLUCKERS = [(40, 96), (96, 84), (150, 104), (214, 90), (270, 110), (300, 80)]
_OAKS = [(30, 92), (130, 80), (250, 100)]
_TORCHES = [0, 70, 140, 210, 280]
_TX = "(-100+2.2*N)"  # the train on the viaduct
_SUN = "clip(N/70,0,1)"  # the sun rising

# A 1980s television snooker broadcast (the 4:3 picture lies between X = 40 and 280).
_CLOTH = (80, 108, 76)
_POCKETS = [(52, 22), (160, 20), (268, 22), (52, 158), (160, 160), (268, 158)]
_COLOURS = [((92, 90), (70, 110, 150)), ((92, 70), (90, 100, 90)), ((92, 110), (200, 40, 150)),
            ((160, 90), (80, 190, 100)), ((214, 90), (190, 120, 170)), ((250, 90), (20, 128, 128))]
_PACK = [(220 + r * 4.6, 90 + (k - r / 2) * 5.2) for r in range(5) for k in range(r + 1)][:-5] \
    + [(238.4, 90 + (k - 2) * 5.2) for k in range(1, 5)]
_REDS2 = [(120, 60), (140, 128), (186, 44), (206, 118), (232, 70), (244, 136), (70, 140)]
_CUE = "(120+4*min(N,24)-0.8*clip(N-24,0,20))", "(112-0.75*min(N,24)+clip(N-24,0,20))"
_POT = "clip(N-24,0,22)"
_HAND = "(50+0.9*min(N,40)-1.6*max(N-40,0))"  # the referee's hand

# A 2000s Moroccan film of a High Atlas village.
_HOUSES = [(58 + 21 * i, 76 + 7 * (i % 3) - 2 * i, 18 + 4 * (i % 2), 13 + 3 * (i % 3))
           for i in range(10)]
_TABOUT = ("150+10*sin(X/4)*sin(Y/6)+8*gt(sin(X/19+Y/13),0.7)", 108, 156)
_MULE = "(230-0.4*N)"
_DANCE = [(40 + 32 * k, 0.3 * k) for k in range(8)]

LAVFI_AT = {
    # A 1950s West German Heimatfilm.
    "alm-at": _paint([
        (_any(f"lt(hypot((X-{x}-0.05*N)/13,(Y-{y})/6),1)+lt(hypot(X-{x}-0.05*N-14,Y-{y}+3),4)"
              f"+lt(abs(abs(X-{x}-0.05*N)-8),1.3)*between(Y,{y},{y}+11)" for x, y in _KUEHE),
         "120+100*gt(sin(X/4)*sin(Y/3),0.2)", 118, 148),
        ("gt(Y,104)*lt(hypot(mod(X+3*floor(Y/11),13)-6,mod(Y,11)-5),1.3)", 215, 50, 150),
        ("gt(Y,90+3*sin(X/40))", "128+14*sin(X/4)*sin(Y/3)+0.3*(Y-90)", 86, 112),
        ("gt(Y,66+10*abs(sin(X/3.2))+4*sin(X/31))*lt(Y,96)", 52, 118, 112),
        ("gt(sin((X+0.25*N)/23)*sin(Y/7+1)+0.3*sin((X+0.25*N)/9),0.7)*lt(Y,30)", 244, 128, 128),
        (f"gt(Y,{_RIDGE})*lt(Y,38+8*sin(X/17))", 238, 132, 126),
        (f"gt(Y,{_RIDGE})", "130-20*gt(sin(X/5+Y/7),0.6)", 124, 130)],
        ("196-0.5*Y", 158, 112)),
    "hof-at": _paint([
        ("between(Y,70,76)*between(X,60,260)*lt(hypot(mod(X,7)-3,mod(Y,6)-3),2.5)", 110, 100, 210),
        ("between(Y,74,86)*between(X,56,264)*lt(mod(X,6),2.5)", 70, 118, 140),
        ("(between(Y,96,118)+between(Y,46,64))*lt(abs(mod(X-20,50)-25),8)*between(X,70,250)", 40,
         140, 120),
        ("(between(Y,96,118)+between(Y,46,64))*between(abs(mod(X-20,50)-25),8,13)"
         "*between(X,60,260)", 80, 110, 100),
        ("between(X,56,264)*between(Y,40,86)", "90+10*lt(mod(Y,5),1)", 115, 148),
        ("between(X,60,260)*between(Y,86,140)", 228, 126, 130),
        ("lt(Y,44)*gt(Y,10+0.22*abs(X-160))*lt(abs(X-160),126)", "60-10*lt(mod(X,4),1)", 120, 145),
        ("gt(Y,140)", "150+10*sin(X/3)", 96, 118),
        ("gt(Y,70+20*sin(X/60))", 100, 96, 110)],
        ("200-0.4*Y", 160, 112)),
    "jaeger-at": _person(140, 100, (50, 124, 136), False, 168, (76, 112, 118), _TAFEL, top=[
        ("lt(abs(X-165-0.5*(58-Y)),1.4)*between(Y,34,58)", 215, 126, 128),
        ("lt(abs(Y-64),2)*lt(abs(X-140),25)", 150, 100, 120),
        ("lt(abs(X-140),24)*between(Y,44,66)*gt(Y,44+4*exp(-pow((X-140)/6,2)))", 64, 118, 120),
        ("lt(hypot((X-140)/44,(Y-68)/5),1)", 58, 118, 120),
        ("lt(hypot((X-140)/12,(Y-120)/2.5),1)", 40, 128, 128)]),
    "vroni-at": _person(180, 96, (196, 96, 140), False, 200, (236, 126, 130), _TAFEL, top=[
        ("lt(hypot(X-152,Y-64),5)", 210, 110, 170),
        ("lt(abs(abs(X-180)-31),4.5)*between(Y,92,170)*gt(sin(Y/2.2),-0.6)", 186, 96, 140),
        ("gt(Y,150)*lt(abs(X-180),22+0.5*(Y-150))", 80, 112, 196)]),
    "see-at": _paint([
        (_m(_walker(f"({_BOOT}-6)", 102, 0.5, 0)), 226, 128, 128),
        (_m(_walker(f"({_BOOT}+8)", 103, 0.5, 0)), 90, 110, 190),
        (f"lt(hypot((X-{_BOOT})/24,(Y-118)/4),1)*lt(Y,120)"
         f"+lt(abs(Y-116-0.3*(X-{_BOOT}-20)),0.8)*between(X,{_BOOT}+16,{_BOOT}+36)", 70, 118, 148),
        ("gt(Y,104)*gt(sin(X*1.7+N*0.5)*sin(Y*2.3-N*0.3),0.9)", 240, 126, 132),
        ("gt(Y,104)", "90+0.4*(Y-104)+8*sin(Y*1.3+N*0.2)", 150, 112),
        ("gt(Y,92+5*abs(sin(X/4)))", 56, 120, 112),
        ("gt(Y,44+26*abs(sin(X/61+1))+5*sin(X/13))*lt(Y,54+20*abs(sin(X/61+1)))", 232, 134, 124),
        ("gt(Y,44+26*abs(sin(X/61+1))+5*sin(X/13))", "120-16*gt(sin(X/6+Y/9),0.5)", 136, 122)],
        ("206-0.6*Y", 160, 110)),
    "fest-at": _paint([
        (_LAMP, 70, "128+50*sin(floor(X/24)*2.1)", "150+40*cos(floor(X/24)*1.3)"),
        ("lt(abs(Y-30-0.003*pow(X-160,2)),0.7)*between(X,10,310)", 30, 128, 128),
        (_any(_m(_walker(f"({x}+5)", f"({y}-30)", 1.0, 0)) for x, y in _PAAR), 150, 100, 190),
        (_any(_m(_walker(f"({x}-5)", f"({y}-32)", 1.05, 0)) for x, y in _PAAR), 34, 128, 128),
        ("lt(hypot((X-250)/14,(Y-22)/5),1)", 60, 110, 110),
        ("lt(abs(X-250),2.2)*between(Y,22,140)", "200-120*gt(sin((Y+0.6*X)/3),0)", 150, 120),
        ("between(Y,132,140)*lt(abs(mod(X,80)-40),30)", 90, 118, 146),
        ("gt(Y,140)", 50, 120, 130),
        ("gt(Y,70-20*gt(mod(X,70),36))*lt(Y,140)*lt(abs(mod(X,18)-9),3)*lt(abs(mod(Y,16)-8),4)"
         "*gt(sin(floor(X/18)*3.1+floor(Y/16)*1.7),0.2)", 170, 90, 160),
        ("gt(Y,70-20*gt(mod(X,70),36))*lt(Y,140)", 28, 126, 132)],
        ("60-0.2*Y+30*exp(-Y/40)", 150, 122)),
    "gewitter-at": _paint([
        ("between(X,196,210)*between(Y,104,116)", 200, 80, 160),
        ("between(X,150,250)*between(Y,96,140)+gt(Y,60+0.6*abs(X-200))*lt(Y,98)*lt(abs(X-200),62)",
         "30+6*lt(mod(Y,5),1)", 124, 134),
        (_any(f"lt(abs(X-{x}),0.4*(Y-{y}))*between(Y,{y},{y}+80)" for x, y in ((40, 60), (84, 72),
                                                                              (290, 58))),
         16, 126, 126),
        ("gt(Y,138+3*sin(X/20))", 24, 126, 128),
        ("gt(Y,40+20*abs(sin(X/47)))", 34, 136, 124)],
        ("22+0.05*Y", 140, 124), add=_REGEN + "+40*exp(-hypot(X-203,Y-110)/16)"),
    "wald-at": _paint([
        (f"lt(hypot((X-{_REH})/16,(Y-122)/7),1)+lt(hypot(X-{_REH}+17,Y-110),4.5)"
         f"+lt(abs(X-{_REH}+16),2)*between(Y,110,120)"
         f"+lt(abs(abs(X-{_REH})-9),1.4)*between(Y,124,140)", 110, 110, 156),
        ("gt(Y,132+6*sin(X/7))", "70+30*gt(sin(X*0.9+Y*0.5),0.4)", 100, 110),
        (_any(f"lt(abs(X-{x}-0.02*Y*{s}),{w})" for x, w, s in ((30, 9, 1), (96, 6, -1),
                                                              (176, 11, 0.5), (262, 7, -0.4),
                                                              (300, 5, 1))),
         "40+10*sin(Y/3)", 122, 134),
        ("lt(Y,24+8*sin(X/9))", "50+30*gt(sin(X/3)*sin(Y/2),0.2)", 110, 116)],
        ("70+0.2*Y", 116, 124),
        add="46*exp(-pow((X-0.6*Y-60)/12,2))+36*exp(-pow((X-0.6*Y-190)/9,2))"),
    "ende-at": _paint([
        ("lt(hypot(X-160,Y-84),14)", 240, 60, 160),
        ("gt(Y,70+14*abs(sin(X/50)))*lt(Y,96)", 40, 130, 140),
        ("gt(Y,96)", "100+60*exp(-abs(X-160)/12)*gt(sin(Y*1.7),0)", 100, 160)],
        ("150-0.5*Y", 90, 170))
        + f",drawtext=fontfile={SERIF}:fontsize=34:fontcolor=0xfff4e0:text='ENDE':x=(w-tw)/2:y=22",
    # A 1970s Chilean documentary of a copper-mine strike.
    "titulo-at": _card(["EL COBRE", "ES NUESTRO"], 28, 52, 40, "0xf2f2f2", FONT),
    "mina-at": _paint([
        (f"lt(hypot(X-{_TRUCK}-5,Y-104),3.5)+lt(hypot(X-{_TRUCK}-24,Y-104),3.5)", 20, 128, 128),
        (f"between(X,{_TRUCK},{_TRUCK}+22)*between(Y,92,102)"
         f"+between(X,{_TRUCK}+22,{_TRUCK}+30)*between(Y,86,102)", 200, 128, 128),
        ("gt(Y,46+3*sin(X/31))",
         "150-50*lt(mod(hypot((X-160)/2.4,Y-190),16),3)-0.4*(Y-46)+10*sin(X/3)*sin(Y/2)", 128,
         128),
        ("gt(Y,28+12*abs(sin(X/40)))", 170, 128, 128)],
        ("214-0.3*Y", 128, 128), add=f"40*exp(-hypot((X-{_TRUCK}+20)/24,(Y-94)/8))"),
    "asamblea-at": _paint([
        (_any(f"lt(hypot(X-{x},Y-{y}+10*max(sin(N*0.35+{p}),0)),4.5)"
              f"+lt(abs(X-{x}),1.8)*between(Y,{y}-10*max(sin(N*0.35+{p}),0),{y}+24)"
              for x, y, p in _PUNOS), 150, 128, 128),
        ("lt(hypot(mod(X,26)-13,Y-112-2*sin(N*0.5+floor(X/26)*1.7)),9)+gt(Y,118)", 40, 128, 128),
        ("lt(hypot(mod(X+13,26)-13,Y-94-2*sin(N*0.5+floor((X+13)/26)*1.3)),8)+gt(Y,100)", 90,
         128, 128),
        ("lt(hypot(mod(X+5,22)-11,Y-78),7)+gt(Y,84)", 130, 128, 128),
        ("between(X,40,280)*between(Y,20,48)", 232, 128, 128),
        ("lt(abs(X-40),1.5)*between(Y,20,84)+lt(abs(X-280),1.5)*between(Y,20,84)", 40, 128, 128)],
        ("190-0.2*Y", 128, 128))
        + f",drawtext=fontfile={FONT}:fontsize=20:fontcolor=0x101010:text='UNIDAD':x=(w-tw)/2:y=24",
    "orador-at": _person(150, 100, (24, 128, 128), False, 140, (60, 128, 128),
                         ("200-0.35*Y+12*sin(X/9)", 128, 128), top=[
        ("between(X,176,250)*lt(abs(Y-124),3+0.2*(X-176))", "210-40*lt(mod(X,18),2)", 128, 128),
        ("lt(hypot((X-184)/8,(Y-140)/10),1)", 130, 128, 128),
        ("lt(hypot((X-150)/13,(Y-120)/3),1)", 20, 128, 128)]),
    "obrero-at": _person(170, 98, (30, 128, 128), False, 120, (50, 128, 128),
                         ("130+26*sin(X/2.6)-0.2*Y", 128, 128), top=[
        ("lt(hypot((X-170)/36,(Y-66)/26),1)*lt(Y,68)+lt(hypot((X-170)/42,(Y-68)/3),1)", 226, 128,
         128),
        ("lt(hypot((X-170)/20,(Y-130)/8),1)*gt(sin(X*2.1)*sin(Y*1.9),0)", 70, 128, 128)]),
    "socavon-at": _paint([
        (_any(f"lt(hypot(X-{x}-{s}*N,Y-{y}),2.4)" for x, y, s in _KUMPEL), 250, 128, 128),
        (_any(_m(_walker(f"({x}+{s}*N)", y + 6, 1.3, 0)) for x, y, s in _KUMPEL), 30, 128, 128),
        (_any(f"lt(abs(abs(X-160)-{140 * d:g}),{3 * d:g})*lt(abs(Y-90),{80 * d:g})"
              f"+lt(abs(Y-90+{80 * d:g}),{3 * d:g})*lt(abs(X-160),{140 * d:g})" for d in _DEPTHS),
         "40+30*sin(X/5)*sin(Y/4)", 128, 128),
        ("gt(Y,110)*lt(abs(abs(X-160)-0.9*(Y-100)-4),1.2)", 80, 128, 128)],
        ("8+6*sin(X/4)*sin(Y/5)", 128, 128), mul="(1+0.2*sin(N*3.1)*sin(N*1.7))",
        add="60*exp(-hypot(X-160,Y-56)/30)"),
    "marcha-at": _paint([
        ("between(X,60,170)*between(Y,50+2*sin(N*0.3),70+2*sin(N*0.3))"
         "+between(X,190,290)*between(Y,46+2*sin(N*0.3+1),64+2*sin(N*0.3+1))", 230, 128, 128),
        ("lt(hypot(mod(X,24)-12,Y-120-3*abs(sin(N*0.4+floor(X/24)))),9)+gt(Y,126)", 36, 128, 128),
        ("lt(hypot(mod(X+12,22)-11,Y-98-2*abs(sin(N*0.4+floor((X+12)/22)))),7)+gt(Y,104)", 80,
         128, 128),
        ("lt(hypot(mod(X+4,18)-9,Y-84-abs(sin(N*0.4+floor((X+4)/18)))),5)+gt(Y,88)", 120, 128,
         128),
        ("(lt(X,70)+gt(X,250))*gt(Y,6)", "110-40*lt(mod(Y,14),6)*lt(mod(X,16),8)", 128, 128),
        ("gt(Y,100)", 120, 128, 128)],
        ("200-0.3*Y", 128, 128)),
    "puerto-at": _paint([
        ("between(X,200+14*sin(N*0.08)-16,200+14*sin(N*0.08)+16)*between(Y,80,96)",
         "70+20*lt(mod(X,6),2)", 128, 128),
        ("lt(abs(X-200-14*sin(N*0.08)),0.8)*between(Y,24,80)", 40, 128, 128),
        ("lt(abs(X-60),4)*between(Y,20,140)+lt(abs(Y-24),3)*between(X,40,250)", 50, 128, 128),
        ("between(X,250,300)*between(Y,70,100)*lt(mod(X,10),5)*between(Y,78,86)", 40, 128, 128),
        ("between(X,250,300)*between(Y,70,100)", 200, 128, 128),
        ("between(X,100,320)*between(Y,100,140)", "60+8*lt(mod(Y,8),1)", 128, 128),
        ("gt(Y,140)", "80+20*sin(X/5+N*0.3)*sin(Y/2)", 128, 128)],
        ("180-0.4*Y", 128, 128)),
    "ninos-at": _paint([
        (_any(_m(_walker(f"({x}+3*sin(N*0.5+{x}))", 84, 1.1, 0)) for x in (110, 136, 196, 226)),
         40, 128, 128),
        ("lt(abs(X-160-2*sin(Y+N)),2)*between(Y,70,110)", 250, 128, 128),
        ("lt(abs(X-160),3)*between(Y,50,70)+lt(abs(Y-50),3)*between(X,160,200)", 60, 128, 128),
        ("between(Y,40,116)*gt(X,180)", "200+10*lt(mod(Y,10),1)", 128, 128),
        ("gt(Y,116)", "220+8*sin(X/3)*sin(Y/2)", 128, 128)],
        ("236-0.1*Y", 128, 128)),
    "creditos-at": _roll(["CAMARA", "JORGE MUNOZ", "", "SONIDO", "ELENA SOTO", "",
                          "CHILE 1972"], 13, 18, 1.5, "0xf0f0f0"),
    # A 1950s Hong Kong Cantonese opera film.
    "biaoti-at": _framed(["THE JADE HAIRPIN", "1957"], 22, 58, 44, "0xf0d070", SERIF, "0x7a0c0c",
                         "0xd8a848"),
    "tingyuan-at": _paint([
        ("(lt(abs(Y-100-14*sin(N*0.2)-0.3*(X-214)),4+0.1*abs(X-214))*between(X,214,256)"
         "+lt(abs(Y-104-12*sin(N*0.2+1.5)+0.3*(X-206)),4+0.1*abs(X-206))*between(X,166,206))",
         244, 128, 128),
        ("lt(hypot(X-210,Y-54),8)*lt(Y,56)", 40, 110, 170),
        ("lt(hypot(X-210,Y-62),7)", 210, 118, 150),
        ("between(Y,70,146)*lt(abs(X-210),8+0.16*(Y-70))", 200, 120, 170),
        ("lt(abs(Y-52),2)*lt(abs(X-110),16)+lt(hypot(X-110,Y-50),7)*lt(Y,52)", 24, 128, 128),
        ("lt(hypot(X-110,Y-60),7)", 214, 118, 146),
        ("between(Y,68,146)*lt(abs(X-110),9+0.16*(Y-68))", 140, 150, 100),
        (_any(f"lt(abs(X-{x}-6*sin(Y/20+N*0.1)),1)*lt(Y,{60 + (x * 7) % 50})"
              for x in range(20, 100, 9)), 120, 100, 100),
        ("lt(hypot(X-160,Y-88),40)", "110+40*gt(sin(X/2.5),0.6)", 100, 100),
        ("between(Y,30,140)*between(X,60,260)", 232, 126, 132),
        ("between(Y,24,32)*between(X,54,266)", 60, 140, 120),
        ("gt(Y,140)", 90, 110, 180)],
        ("170-0.3*Y", 150, 112)),
    "sheng-at": _person(150, 100, (20, 128, 128), False, 226, (150, 160, 100), _BACKDROP, top=[
        ("lt(hypot(X-150,Y-52),4)", 170, 100, 90),
        ("lt(abs(Y-62),3)*lt(abs(X-150),58)*gt(abs(X-150),30)", 24, 128, 128),
        ("lt(hypot((X-150)/32,(Y-60)/28),1)*lt(Y,64)", 24, 128, 128),
        ("lt(hypot((abs(X-150)-15)/9,(Y-112)/6),1)", 180, 118, 178)]),
    "dan-at": _person(184, 96, (18, 128, 128), True, 230, (206, 118, 172), _BACKDROP, top=[
        ("lt(hypot(X-184,Y-44),6)", 90, 100, 210),
        ("lt(hypot(mod(X-184,7)-3.5,mod(Y,7)-3.5),2)*lt(hypot((X-184)/38,(Y-62)/20),1)*lt(Y,66)",
         245, 128, 128),
        ("lt(hypot((X-184)/38,(Y-62)/20),1)*lt(Y,66)", 170, 70, 150),
        ("lt(hypot((abs(X-184)-15)/9,(Y-108)/6),1)", 186, 118, 178)]),
    "jiangbian-at": _paint([
        ("lt(hypot(X-250,Y-36),14)", 236, 120, 128),
        ("lt(abs(X-186-0.5*(Y-70)),1.2)*between(Y,70,124)", 60, 120, 150),
        (_m(_walker(170, "(76+3*sin(N*0.15))", 1.3, 0)), 210, 120, 160),
        ("lt(hypot((X-150)/60,(Y-112-3*sin(N*0.15))/14),1)*gt(Y,118+3*sin(N*0.15))", 70, 120, 150),
        ("gt(Y,104)", "70+30*gt(sin(X/8+N*0.2+sin(Y/3)),0.7)", 180, 100),
        ("gt(Y,70+18*abs(sin(X/40)))", 90, 150, 110)],
        ("60+0.2*Y", 170, 100)),
    "gongdian-at": _paint([
        ("lt(hypot(X-250,Y-80),22)", "190-30*lt(abs(hypot(X-250,Y-80)-14),2)", 70, 150),
        ("lt(abs(Y-54),2)*lt(abs(X-250),30)+lt(abs(abs(X-250)-28),2)*between(Y,54,140)", 60, 110,
         190),
        ("lt(hypot(X-140,Y-70),8)", 210, 118, 146),
        ("lt(hypot((X-140)/12,(Y-60)/6),1)", 180, 60, 150),
        ("between(Y,80,150)*lt(abs(X-140),20+0.1*(Y-80))", 180, 60, 150),
        ("between(X,110,170)*between(Y,66,130)", 140, 80, 160),
        ("lt(abs(mod(X,80)-40),8)*lt(Y,150)*gt(sin(Y/6+X/4),0.8)", 170, 70, 150),
        ("lt(abs(mod(X,80)-40),8)*lt(Y,150)", 80, 100, 200),
        ("gt(Y,150)", 70, 120, 140)],
        ("40", 128, 150), add="50*exp(-hypot((X-140)/60,(Y-100)/60))"),
    "wusheng-at": _paint([
        (_any(f"between(Y,{_GY}-48,{_GY}-20)*lt(abs(X-{_GX}-({o})),0.35*(Y-{_GY}+48))"
              for o in (-14, -5, 5, 14)), 200, 60, 150),
        (f"lt(hypot(X-{_GX},Y-{_GY}+26),7)", 220, 118, 146),
        (f"between(Y,{_GY}-20,{_GY}+30)*lt(abs(X-{_GX}),10+0.1*(Y-{_GY}+20))"
         f"+lt(abs(abs(X-{_GX})-5),2.5)*between(Y,{_GY}+30,{_GY}+50)", "120+40*gt(sin(Y/2),0.7)",
         150, 110),
        ("lt(abs(mod(X,60)-30),10)*between(Y,20,60)+lt(abs(mod(X,60)-20),1)*between(Y,20,140)", 90,
         110, 190),
        ("gt(Y,150)", 100, 110, 170)],
        ("110-0.2*Y", 120, 140)),
    "yueye-at": _paint([
        (_any(f"lt(hypot((X-{x}-6*sin(N*0.12+{p}))/7,(Y-{y})/9),1)" for x, y, p in _LANTERNS),
         150, 80, 210),
        (_any(f"lt(abs(X-{x}-3*sin(N*0.12+{p})*(Y/{y})),0.7)*lt(Y,{y}-8)"
              for x, y, p in _LANTERNS), 40, 128, 128),
        ("lt(hypot(X-80,Y-40),16)", 240, 120, 126),
        (_m(_walker(230, 72, 1.4, 0)), 170, 120, 160),
        ("lt(abs(Y-64-20*sin(X/30)),2)*between(X,180,320)", 30, 128, 128),
        ("(between(Y,120,126)+lt(mod(X,20),3))*between(Y,120,150)", 180, 110, 130),
        ("gt(Y,150)", 40, 130, 128)],
        ("24+0.05*Y", 160, 118), mul="(1+0.07*sin(N*2.3)*sin(N*0.9))",
        add="+".join(f"30*exp(-hypot(X-{x},Y-{y})/20)" for x, y, _ in _LANTERNS)),
    "lihua-at": _paint([
        (_flakes(4, 15, 17, 1.4), 250, 126, 136),
        ("lt(hypot(mod(X,11)-5,Y-26-10*sin(X/25)),3)*lt(X,220)", 245, 124, 140),
        ("lt(abs(Y-30-10*sin(X/25)),2.5)*lt(X,220)", 60, 120, 140),
        (_m(_walker("(140-0.3*N)", 70, 1.4, 0)), 140, 150, 100),
        (_m(_walker("(180+0.3*N)", 72, 1.35, 0)), 200, 120, 170),
        ("gt(Y,146)", 150, 120, 150)],
        ("200-0.2*Y", 134, 138)),
    "theend-at": _framed(["THE END"], 30, 70, 0, "0xf0d070", SERIF, "0x7a0c0c", "0xd8a848"),
    # A 1980s Sri Lankan tea-plantation drama.
    "estate-at": _paint([
        (_any(f"lt(hypot(X-{x},Y-{y}),2.5)" for x, y in _PLUCKERS), 150, 90, 190),
        (_any(f"lt(hypot((X-{x})/6,(Y-{y}+34)/8),1)" for x, y in _OAKS), 100, 110, 120),
        (_any(f"lt(abs(X-{x}),1)*between(Y,{y}-30,{y})" for x, y in _OAKS), 80, 120, 136),
        ("gt(Y,60+20*sin(X/70))",
         "90+24*gt(sin((Y-0.3*X+10*sin(X/30))/2.5),0.3)+0.2*(Y-60)", 96, 104),
        ("gt(Y,40+14*abs(sin(X/55+0.5)))", 150, 140, 118)],
        ("200-0.35*Y", 140, 120), add="50*exp(-pow((Y-70-6*sin(X/40+N*0.05))/10,2))"),
    "pluck-at": _paint([
        ("gt(Y,130+4*sin(X/9))", "80+40*gt(sin(X/1.7)*sin(Y/1.9),0.3)", 90, 100),
        (_any(f"lt(hypot(X-{x}+22+4*sin(N*0.9+{x}),Y-110+4*cos(N*0.9+{x})),5)" for x in (90, 220)),
         120, 118, 150),
        (_any(f"lt(hypot((X-{x}-20)/18,(Y-70)/24),1)" for x in (90, 220)),
         "140+20*lt(mod(X+Y,6),2)", 110, 140),
        (_any(f"lt(hypot(X-{x}-2*sin(N*0.3+{x}),Y-60),10)" for x in (90, 220)), 100, 120, 150),
        ("between(Y,70,180)*lt(abs(X-90),16+0.1*(Y-70))", 130, 90, 200),
        ("between(Y,70,180)*lt(abs(X-220),16+0.1*(Y-70))", 110, 170, 120)],
        ("100+30*gt(sin(X/2.1+Y/3)*sin(Y/2.3-X/5),0.2)", 96, 106)),
    "kangani-at": _person(140, 100, (20, 128, 128), False, 112, (226, 128, 128), _LINE, top=[
        ("lt(hypot((X-140)/15,(Y-120)/3.2),1)", 16, 128, 128)]),
    "valli-at": _person(182, 96, (16, 128, 128), True, 120, (150, 80, 180), _LINE, top=[
        ("lt(hypot(X-182,Y-76),2.5)", 60, 110, 210),
        ("lt(hypot(X-190,Y-110),1.4)", 240, 80, 150),
        ("gt(Y,130)*lt(abs(X-152+0.6*(Y-130)),14)", 170, 80, 190)]),
    "factory-at": _paint([
        ("lt(hypot(X-280,Y-100),26)*lt(abs(sin(atan2(Y-100,X-280)*2+N*0.8)),0.35)"
         "+lt(hypot(X-280,Y-100),4)", 50, 128, 128),
        (_any(_m(_walker(f"({x}+0.3*N)", 80, 1.2, 0)) for x in (70, 170)), 40, 124, 136),
        (_any(f"between(Y,{y},{y}+6)*lt(abs(X-160),{w})" for y, w in ((110, 140), (128, 150),
                                                                      (146, 160))),
         "110+20*gt(sin(X*1.3+Y),0.5)", 100, 120),
        (_any(f"between(Y,{y}-2,{y}+8)*lt(abs(X-160),{w}+3)" for y, w in ((110, 140), (128, 150),
                                                                          (146, 160))),
         150, 110, 146),
        ("lt(abs(mod(X,64)-32),12)*between(Y,20,60)", 240, 120, 128)],
        ("60", 124, 134),
        add="+".join(f"50*exp(-pow((X-0.5*Y-{x - 10})/10,2))*gt(Y,40)" for x in (32, 96, 160))),
    "bungalow-at": _paint([
        ("lt(hypot(X-160,Y-34),4)", 250, 90, 150),
        ("lt(abs(X-160),0.8)*lt(Y,30)", 30, 128, 128),
        (_m(_walker(110, 78, 1.3, 0)), 220, 128, 128),
        ("lt(hypot((X-110)/26,(Y-118)/22),1)", "120+20*lt(mod(X+Y,5),2)", 110, 145),
        ("between(X,150,200)*between(Y,116,122)", 70, 118, 140),
        ("(lt(abs(X-40),8)+lt(abs(X-280),8))*lt(Y,150)", 210, 126, 132),
        ("lt(Y,20)", 50, 120, 140),
        ("(between(Y,110,114)+lt(mod(X,12),3))*between(Y,110,140)*between(X,48,272)", 190, 126,
         132),
        ("gt(Y,96+6*sin(X/20))*lt(Y,150)", 60, 110, 120),
        ("gt(Y,140)", "90+20*gt(mod(X+2*Y,40),20)", 120, 140)],
        ("120-0.5*Y+40*exp(-Y/30)", 110, 160), add="70*exp(-hypot(X-160,Y-40)/50)"),
    "perahera-at": _paint([
        (_any(f"lt(hypot((X-mod({x}+0.8*N,360)+20)/3,(Y-70-2*sin(N*1.7+{x}))/6),1)"
              for x in _TORCHES), 250, 60, 170),
        (_any(f"lt(abs(hypot(X-{x},Y-100)-12),1.5)*gt(sin(atan2(Y-100,X-{x})*3+N*1.4),0.3)"
              for x in (60, 250)), 250, 60, 170),
        ("lt(hypot((X-120-0.5*N)/52,(Y-96)/36),1)*lt(hypot(mod(X,8)-4,mod(Y,8)-4),1.5)", 230, 110,
         150),
        ("lt(hypot((X-120-0.5*N)/50,(Y-96)/34),1)+lt(hypot(X-170-0.5*N,Y-84),16)"
         "+lt(abs(X-182-0.5*N),4)*between(Y,90,136)", 40, 128, 128),
        (_any(_m(_walker(f"(mod({x}+0.8*N,360)-20)", 74, 1.2, 0)) for x in _TORCHES), 30, 124, 136),
        ("gt(Y,140-6*abs(sin(X/9)))", 12, 128, 128)],
        ("10", 128, 132), mul="(1+0.1*sin(N*2.9)*sin(N*1.3))",
        add="+".join(f"40*exp(-hypot(X-mod({x}+0.8*N,360)+20,Y-70)/24)" for x in _TORCHES[1:4])),
    "train-at": _paint([
        (f"between(X,{_TX},{_TX}+140)*between(Y,72,76)*lt(mod(X-{_TX},6),3)", 200, 128, 128),
        (f"between(X,{_TX},{_TX}+140)*between(Y,70,82)*gt(mod(X-{_TX},36),2)", 70, 170, 110),
        ("between(Y,82,88)*between(X,20,310)+lt(abs(mod(X,30)-15),4)*between(Y,88,130)"
         "*between(X,20,310)", 120, 120, 138),
        ("gt(Y,100+10*sin(X/50))", "100+20*gt(sin((Y-0.2*X)/2.3),0.3)", 96, 104),
        ("gt(Y,50+16*abs(sin(X/60)))", 140, 136, 118)],
        ("206-0.3*Y", 138, 122), add="40*exp(-pow((Y-60-4*sin(X/30+N*0.04))/8,2))"),
    "sunrise-at": _paint([
        ("lt(hypot(X-200,Y-110+0.6*N),10)", 250, 80, 160),
        ("gt(Y,96+12*sin(X/40))", f"20+60*{_SUN}", 124, 128),
        ("gt(Y,74+16*abs(sin(X/50+1)))", f"40+80*{_SUN}", 136, 124)],
        (f"(40+150*{_SUN})-0.3*Y", 120, 150),
        add=f"60*{_SUN}*exp(-pow((Y-90-3*sin(X/30))/10,2))+60*exp(-hypot(X-200,Y-110+0.6*N)/30)"),
    # A 1980s television snooker broadcast.
    "ident-at": _paint([], ("30+0.4*Y", 170, 110), add="60*exp(-pow((X+0.5*Y-8*N+40)/12,2))")
        + f",drawtext=fontfile={SERIF}:fontsize=28:fontcolor=0xf0d070:text='THE MASTERS'"
          ":x=(w-tw)/2:y=58"
        + f",drawtext=fontfile={FONT}:fontsize=14:fontcolor=0xf4f4f4:text='FINAL'"
          ":x=(w-tw)/2:y=100",
    "arena-at": _paint([
        ("between(X,104,216)*between(Y,20,22)", 250, 128, 128),
        ("between(X,100,220)*between(Y,10,20)", 60, 128, 128),
        (_m(_walker(240, 58, 1.2, 0)), 26, 128, 128),
        (_m(_walker(80, 62, 1.1, 0)), 40, 128, 128),
        (_any(f"lt(hypot(X-{x},Y-{y}),2)" for x, y in ((190, 100), (196, 104), (150, 118))),
         80, 110, 200),
        ("between(Y,86,128)*lt(abs(X-160),70+0.9*(Y-86))", *_CLOTH),
        ("between(Y,82,132)*lt(abs(X-160),76+0.9*(Y-82))", 50, 118, 140),
        ("gt(Y,134)", "20+30*gt(sin(X/3)*sin(Y/2.5),0.6)", 124, 136)],
        ("14", 128, 132), add="60*exp(-hypot((X-160)/90,(Y-106)/30))"),
    "overhead-at": _paint([
        (f"lt(hypot(X-{_CUE[0]},Y-{_CUE[1]}),2.6)", 240, 128, 128),
        (f"lt(hypot(X-238.4-1.36*{_POT},Y-79.6+2.7*{_POT}),2.6)*lt({_POT},22)", 80, 110, 200),
        (_any(f"lt(hypot(X-{x:g},Y-{y:g}),2.6)" for x, y in _PACK), 80, 110, 200),
        *[(f"lt(hypot(X-{x},Y-{y}),2.6)", *c) for (x, y), c in _COLOURS],
        (_any(f"lt(hypot(X-{x},Y-{y}),6)" for x, y in _POCKETS), 8, 128, 128),
        ("lt(abs(X-92),0.7)*between(Y,22,158)+lt(abs(hypot(X-92,Y-90)-22),0.7)*lt(X,92)", 150,
         118, 110),
        ("between(X,52,268)*between(Y,22,158)", "80+4*sin(X*2.1)*sin(Y*1.7)", 108, 76),
        ("between(X,44,276)*between(Y,14,166)", 56, 118, 146)],
        ("18", 128, 132)),
    "player1-at": _person(150, 100, (28, 128, 128), False, 176, (236, 128, 128),
                          ("16+6*sin(X/9)", 128, 130), top=[
        ("lt(abs(Y-142),3+0.25*abs(X-150))*lt(abs(X-150),9)", 20, 128, 128),
        ("gt(Y,146)*gt(abs(X-150),14+0.3*(Y-146))*lt(abs(X-150),44+0.8*(Y-144))", 24, 128, 128)]),
    "baulk-at": _paint([
        ("lt(hypot((X-150)/30,(Y-190)/30),1)", 30, 128, 128),
        ("lt(abs(X-160-0.1*(Y-100)),1.6)*between(Y,120+8*sin(N*0.4),180)", 180, 110, 150),
        ("lt(hypot(X-161,Y-112),3)", 240, 128, 128),
        (_m(_walker(176, 48, 0.9, 0)), 26, 128, 128),
        (_any(f"lt(hypot(X-{x},Y-{y}),{r})" for x, y, r in ((150, 74, 1.6), (170, 76, 1.6),
                                                             (160, 88, 2))), 80, 110, 200),
        ("gt(Y,70)*lt(abs(X-160),30+1.6*(Y-70))", *_CLOTH),
        ("gt(Y,66)*lt(abs(X-160),36+1.7*(Y-66))", 50, 118, 140)],
        ("12", 128, 132), add="50*exp(-hypot((X-160)/60,(Y-40)/20))"),
    "overhead2-at": _paint([
        ("lt(hypot(X-112,Y-96),2.6)", 240, 128, 128),
        (_any(f"lt(hypot(X-{x},Y-{y}),2.6)" for x, y in _REDS2), 80, 110, 200),
        *[(f"lt(hypot(X-{x},Y-{y}),2.6)", *c) for (x, y), c in _COLOURS[:4] + _COLOURS[5:]],
        (_any(f"lt(hypot(X-{x},Y-{y}),6)" for x, y in _POCKETS), 8, 128, 128),
        ("lt(abs(X-92),0.7)*between(Y,22,158)+lt(abs(hypot(X-92,Y-90)-22),0.7)*lt(X,92)", 150,
         118, 110),
        ("between(X,52,268)*between(Y,22,158)", "80+4*sin(X*2.1)*sin(Y*1.7)", 108, 76),
        ("between(X,44,276)*between(Y,14,166)", 56, 118, 146)],
        ("18", 128, 132)),
    "player2-at": _person(180, 96, (150, 128, 128), False, 190, (236, 128, 128),
                          ("22+8*sin(X/11)", 130, 126), top=[
        ("lt(abs(hypot((abs(X-180)-12)/9,(Y-94)/6)-1),0.18)+lt(abs(Y-94),0.8)*lt(abs(X-180),3)",
         200, 128, 128),
        ("lt(abs(Y-138),3+0.25*abs(X-180))*lt(abs(X-180),9)", 20, 128, 128),
        ("gt(Y,142)*gt(abs(X-180),14+0.3*(Y-142))*lt(abs(X-180),44+0.8*(Y-140))", 40, 110, 150)]),
    "referee-at": _paint([
        (f"lt(hypot((X-160)/14,(Y-{_HAND})/10),1)", 240, 128, 128),
        (f"between(Y,0,{_HAND}-8)*lt(abs(X-160),12)", 20, 128, 128),
        (f"lt(hypot(X-160,Y-min({_HAND}+14,100)),9)", "20+80*exp(-hypot(X-157,Y-min("
         f"{_HAND}+14,100)+4)/3)", 128, 128),
        ("gt(Y,150)", 50, 118, 140),
        ("lt(hypot(X-160,Y-100),2)", 150, 118, 110)],
        ("80+4*sin(X*2)*sin(Y*1.7)", 108, 76), add="30*exp(-hypot((X-160)/120,(Y-60)/60))"),
    "crowd-at": _paint([
        (_any(f"lt(hypot(mod(X+{s},22)-11,Y-{y}-1.5*sin(N*0.9+floor((X+{s})/22))),7)"
              for s, y in ((0, 130), (11, 96), (5, 62), (16, 28))), "150+10*sin(X/3)", 114, 146),
        (_any(f"gt(Y,{y}+6)*lt(Y,{y}+30)" for y in (130, 96, 62, 28)), 30, 128, 130),
        ("gt(Y,136)", 26, 128, 130)],
        ("18", 128, 132)),
    "pocket-at": _paint([
        ("lt(hypot(X-80-3.5*clip(N,0,40),Y-150+3.25*clip(N,0,40)),14)*gt(hypot(X-220,Y-20),28)",
         "80+90*exp(-hypot(X-74-3.5*clip(N,0,40),Y-144+3.25*clip(N,0,40))/5)", 110, 200),
        ("lt(hypot(X-220,Y-20),30)", 6, 128, 128),
        ("lt(hypot(X-220,Y-20),40)", 60, 118, 146),
        ("gt(Y,150-0.9*(X-40))*lt(X,150)+lt(Y,60)", 56, 118, 146)],
        ("80+4*sin(X*2)*sin(Y*1.7)", 108, 76)),
    "abspann-at": _rolling(_paint([
        ("between(Y,86,128)*lt(abs(X-160),70+0.9*(Y-86))", *_CLOTH),
        ("between(Y,82,132)*lt(abs(X-160),76+0.9*(Y-82))", 50, 118, 140)],
        ("10", 128, 132), mul="0.45", add="20*exp(-hypot((X-160)/90,(Y-106)/30))"),
        ["PRODUCER", "ALAN WEBB", "", "DIRECTOR", "SUE HALLIWELL", "", "OUTSIDE BROADCAST 1986"],
        12, 18, 1.5, "0xf4f0d8"),
    # A 2000s Moroccan film of a High Atlas village.
    "atlas-at": _paint([
        (_any(f"lt(hypot((X-{x})/14,(Y-{y})/10),1)" for x, y in ((40, 120), (250, 118),
                                                                  (290, 126))),
         "70+20*gt(sin(X*1.3+Y),0.5)", 110, 116),
        ("(" + _any(_box(x, x + w, y, y + h) for x, y, w, h in _HOUSES) + ")"
         "*lt(abs(mod(X,11)-5),1.5)*lt(abs(mod(Y,13)-6),2)", 40, 124, 136),
        (_any(_box(x, x + w, y, y + h) for x, y, w, h in _HOUSES), 150, 110, 158),
        ("gt(Y,96)", "120-20*lt(mod(Y+0.2*X,9),1.5)+18*gt(sin(X/13+Y/5),0.4)",
         "100+16*gt(sin(X/17),0.3)", 140),
        ("gt(Y,56+24*abs(sin(X/46+0.3)))", 140, 106, 160),
        ("gt(Y,18+30*abs(sin(X/37))+6*sin(X/9))", "236-30*gt(Y,40+8*sin(X/7))", 130, 124)],
        ("210-0.4*Y", 150, 116)),
    "souk-at": _paint([
        (f"lt(hypot((X-{_MULE}+2)/8,(Y-108)/7),1)+lt(hypot((X-{_MULE}-8)/8,(Y-108)/7),1)", 120, 70,
         170),
        (f"lt(hypot((X-{_MULE})/18,(Y-112)/8),1)+lt(hypot(X-{_MULE}+20,Y-100),5)"
         f"+lt(abs(abs(X-{_MULE})-10),2)*between(Y,116,134)", 80, 120, 140),
        (_any(_m(_walker(f"({x}+{v}*N)", 74, 1.3, 0)) for x, v in ((60, 0.3), (150, -0.2),
                                                                  (196, 0.1), (280, -0.35))),
         "170-100*gt(sin(X/7),0.2)", 118, 140),
        (_any(f"lt(hypot((X-{x})/14,(Y-132)/6),1)*lt(Y,134)" for x in (40, 120, 280)), 150, 60,
         170),
        (_any(f"lt(hypot((X-{x})/14,(Y-132)/6),1)*lt(Y,134)" for x in (80, 240)), 110, 100, 100),
        (_any(f"between(X,{x},{x}+80)*gt(Y,40+0.25*abs(X-{x}-40))*lt(Y,70)" for x in (10, 120,
                                                                                      230)),
         230, 126, 132),
        ("gt(Y,120)", "160+8*sin(X/3)*sin(Y/2)", 110, 150),
        ("gt(Y,50)", 170, 112, 152)],
        ("200-0.2*Y", 128, 140)),
    "jedda-at": _person(140, 100, (40, 128, 128), False, 150, (90, 150, 110), _TABOUT, top=[
        ("lt(hypot((X-140)/40,(Y-92)/50),1)*(1-lt(hypot((X-140)/29,(Y-102)/37),1))*lt(Y,140)",
         "170+40*gt(sin(X/3+Y/4),0.4)", 80, 170),
        ("lt(abs(X-140),1)*between(Y,130,138)+lt(abs(abs(X-140)-5),0.8)*between(Y,132,136)", 70,
         130, 150)]),
    "boy-at": _person(182, 96, (22, 128, 128), False, 150, (60, 160, 120), _TABOUT),
    "piste-at": _paint([
        ("gt(Y,140-10*exp(-pow((X-160)/100,2)))", 30, 128, 128),
        ("lt(X,20+0.2*Y)+gt(X,300-0.2*Y)+lt(Y,14)", 30, 128, 128),
        ("between(X,150,190)*between(Y,14,24)", 40, 128, 128),
        ("lt(abs(X-170-3*sin(N*0.5)),1)*between(Y,24,44)+lt(hypot(X-170-3*sin(N*0.5),Y-46),3)",
         100, 60, 170),
        ("lt(abs(X-160-60*sin((Y-60)/8+N*0.08)*((Y-60)/80)),3+0.2*(Y-60))*gt(Y,60)", 180, 112,
         150),
        ("gt(Y,60-20*abs(sin(X/50)))", "150-20*gt(sin(X/5+Y/9),0.6)", 110, 156)],
        ("214-0.4*Y", 150, 116)),
    "maison-at": _paint([
        ("lt(hypot((X-160)/20,(Y-130)/4),1)", 120, 80, 150),
        (_m(_walker(110, 70, 1.5, 0)), 50, 100, 170),
        ("lt(mod(X,6),1)*between(X,40,90)*between(Y,30,130)", 90, 120, 140),
        ("between(X,210,250)*between(Y,40,150)", 40, 120, 150),
        ("gt(Y,150)", 30, 110, 170)],
        ("20+4*sin(X/3)*sin(Y/4)", 120, 140)),
    "ahidous-at": _paint([
        ("lt(hypot((X-160)/30,(Y-160)/10),1)", "220+30*sin(N*2+X)", 60, 180),
        (_any(f"lt(hypot((X-{x}-8-3*sin(N*0.25+{p}))/7,(Y-76)/9),1)" for x, p in _DANCE), 170,
         100, 150),
        (_any(_m(_walker(f"({x}+3*sin(N*0.25+{p}))", 56, 1.4, 0)) for x, p in _DANCE), 200, 126,
         130),
        (_any(_m(_walker(f"({x}+16)", 48, 1.3, 0)) for x, _ in _DANCE), 60, 124, 136),
        ("between(Y,30,120)", 26, 120, 140)],
        ("8", 130, 130), mul="(1+0.12*sin(N*2.7)*sin(N*1.1+1))",
        add="80*exp(-hypot((X-160)/80,(Y-170)/40))"),
    "col-at": _paint([
        (_any(f"lt(hypot((X-{x}-0.5*N)/6,(Y-102)/3),1)+lt(abs(abs(X-{x}-0.5*N)-4),0.8)"
              f"*between(Y,104,110)" for x in (40, 62, 84, 110)), 60, 124, 136),
        ("gt(Y,100)*gt(sin(X/9)*sin(Y/5+X/13)+0.5*sin(X/3.1+Y/2.3),1.25)", 150, 126, 130),
        ("gt(Y,90+10*sin(X/60))", "238+6*sin(X/5)*sin(Y/3)", 130, 126),
        ("gt(Y,50+20*abs(sin(X/44)))", 228, 134, 124)],
        ("236-0.1*Y", 130, 126)),
    "generique-at": _roll(["UN FILM DE", "YOUSSEF AMRANI", "", "IMAGE", "NADIA BENALI", "",
                           "AVEC LES HABITANTS", "DES VILLAGES DU HAUT ATLAS"], 13, 18, 1.5,
                          "0xf4ece0"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AT = {}

FX_AT = {
    **{f"grain{k}-at": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 9, "t+u", 82760027), (2, 17, "t+u", 82771039), (3, 7, "t", 82782051),
        (4, 11, "t+u", 82793063), (5, 5, "t", 82804079), (6, 6, "t", 82815091)]},
    # Framings as in held-out-af; bars of 1.66 as in held-out-ae, 1.37 and 1.85 as in
    # held-out-ao, 2.39 as in held-out-ao; 2.55 new and 1.33 cropped from the picture new.
    **{f"{k}-at": FX_AF[f"{k}-af"] for k in ("closer", "near")},
    "box166-at": FX_AE["box166-ae"],
    **{f"box{r}-at": FX_AO[f"box{r}-ao"] for r in (137, 185, 239)},
    "box255-at": "scale=320:126,pad=320:180:0:27:black",
    "box133c-at": "crop=240:180:40:0,pad=320:180:40:0:black",
    # Looks: saturated warm Agfacolor; contrasty black and white with flicker; saturated
    # Eastmancolor; humid green colour; bright video colour; warm dusty digital colour.
    "agfa-at": "eq=saturation=1.3:contrast=1.04,colorbalance=rm=0.04:gm=0.02:bm=-0.05",
    "cobre-at": "hue=s=0,eq=contrast=1.28:gamma=0.92:brightness=0.01",
    "flick-at": "eq=brightness='0.03*sin(n*2.1)*sin(n*0.7+2)+0.01*sin(n*0.31)':eval=frame",
    "eastman-at": "eq=saturation=1.35:contrast=1.06:gamma=1.02,colorbalance=rh=0.04:bh=-0.03"
                  ":bs=0.03",
    "ceylon-at": "eq=saturation=1.1:contrast=1.03:gamma=1.02,colorbalance=rs=0.02:gs=0.04:bs=-0.02",
    "video-at": "eq=saturation=1.15:contrast=1.04,unsharp=5:5:0.5",
    "maghreb-at": "eq=saturation=1.08:contrast=1.04:gamma=0.98,colorbalance=rs=0.06:gs=0.01"
                  ":bs=-0.07:rh=0.03:bh=-0.03",
    # Camera moves: pans as in held-out-ao; a hand-held camera, a running camera, a minibus's
    # jolts, a tilt down, a fast pan, a whip pan and a slow zoom of this set.
    **{f"{k}-at": FX_AO[f"{k}-ao"] for k in ("panr", "panl")},
    "mano-at": "scale=344:194,crop=320:180:x='12+5*sin(n*0.9)+2*sin(n*2.7)':y='7+4*sin(n*1.3+1)'",
    "run-at": "scale=352:198,crop=320:180:x='16+9*sin(n*1.2)+5*sin(n*3.1)':y='9+6*sin(n*2.5+1)'",
    "bump-at": "scale=352:198,crop=320:180:x='16+3*sin(n*1.1)':y='9+7*abs(sin(n*0.7))*sin(n*2.9)'",
    "tilt-at": "scale=400:225,crop=320:180:x=40:y='min(45,0.75*n)'",
    "fastpan-at": "scale=480:270,crop=320:180:x='20+2.1*n':y=48",
    "whip-at": "scale=480:270,crop=320:180:x='80-72*tanh((n-MID)/1.3)':y=40",
    "zoomin-at": "zoompan=z='1+0.005*in':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=1"
                 ":s=320x180:fps=24",
    # Things that are not boundaries, around MID (see the docstring); subtitles and titles first.
    **{f"sub-{k}-at": _subs([(line, *cue)]) for (k, line), cue in zip([
        ("jaeger", "The stag has not been seen since spring."),
        ("vroni", "Then you must stay until the autumn."),
        ("obrero", "We dig the copper and they take it away."),
        ("obrero2", "Now it will stay here with us."),
        ("sheng", "I will return when the plum trees flower."),
        ("dan", "Then I will keep the hairpin until then."),
        ("kangani", "Two more baskets before the bell."),
        ("valli", "My daughter has had fever since morning."),
        ("jedda", "The pass will close before the snow comes."),
        ("boy", "Then I go down with the mules tomorrow.")],
        [(-14, 8), (-12, 10), (-14, 8), (-8, 10), (-14, 8), (-12, 10), (-14, 8), (-12, 10),
         (-14, 8), (-12, 10)])},
    **{f"title{k}-at": _fade(line, size, y, color, font, a, b, _EDGE.format(edge))
       for k, line, size, y, color, font, a, b, edge in [
           (276, "HEIMAT AM SEE", 30, 24, "0xfff0c0", SERIF, -26, 18, "0x402000"),
           (279, "KANDA UDA", 30, 26, "0xfffff0", SERIF, -24, 18, "0x203010"),
           (281, "TIZI", 34, 28, "0xfff6e8", FONT, -26, 18, "0x402010")]},
    "caption277-at": _fade("JUAN ROJAS   DIRIGENTE SINDICAL", 11, 154, "0xffffff", FONT, -12, 12,
                           _EDGE.format("0x000000")),
    # 276: a hay wagon passing the lens; the sun coming into the lens under a pan; lanterns
    # switched on; lightning twice; a bird passing the lens.
    "heuwagen-at": _overlay("gt((lt(hypot((X-160+26*(N-MID))/70,(Y-100)/50),1)*lt(Y,130))"
                            "+between(X,90-26*(N-MID),230-26*(N-MID))*between(Y,120,140),0)"
                            "*between(N,MID-9,MID+9)", 180, 80, 150) + ","
                   + _overlay("lt(abs(hypot(X-120+26*(N-MID),Y-150)-22),4)*between(N,MID-9,MID+9)",
                              50),
    "sonne-at": _glare(300, 14, 6, 2.5, 12, 12),
    "lampions-at": _grade("LUM*(1+0.2*{on})+150*{on}*{lamp}+40*{on}*exp(-abs(Y-40)/40)".format(
        on="clip(gte(N,MID)+eq(N,MID-4)+0.5*eq(N,MID-2),0,1)", lamp=_LAMP)),
    "blitz-at": _bolt(110, -8, 60) + "," + _bolt(240, 9, 50),
    "vogel-at": _pass(6, -34, 160, 70, 26, 10, 30),
    # 277: a placard passing the lens; a helmet lamp into the lens; a photographer's flash; a
    # load swinging across the lens.
    "pancarta-at": _overlay("(between(X,400-28*(N-MID)-50,400-28*(N-MID)+50)*between(Y,10,120)"
                            "+lt(abs(X-400+28*(N-MID)),3)*gt(Y,120))*between(N,MID-2,MID+18)",
                            225),
    "lampara-at": _glare(140, 80, 5, 3, 8, 8),
    "prensa-at": _flash((-9, -8, 6), (0.5, 0.12, 0.35)),
    "carga-at": _overlay("(between(X,-80+30*(N-MID+8)-60,-80+30*(N-MID+8)+60)*between(Y,30,130)"
                         "+lt(abs(X+80-30*(N-MID+8)),1.5)*lt(Y,30))*between(N,MID-8,MID+8)", 46),
    # 278: dry-ice mist over the lens; the stage lights turning to a red wash.
    "yanwu-at": _overlay(_puff(160, 150, 0, -3, 10, 6, 10, 12, 0.9), 220, 140, 124),
    "hongdeng-at": _grade(f"LUM*(1-0.25*{_ramp(-2, 4)})", f"CH-22*{_ramp(-2, 4)}",
                          f"CH+38*{_ramp(-2, 4)}"),
    # 279: a basket passing the lens; a cloud dimming the sunbeams; a bulb flickering and
    # failing; a hurricane lamp lit in the dark; a train passing close across the lens.
    "kooday-at": _pass(8, -30, 160, 90, 70, 70, 150, 110, 140),
    "wolke-at": _grade("LUM*(1-0.35*exp(-pow((N-MID)/8,2)))"),
    "kapuwa-at": _grade("LUM*(1-{off}*(0.25+0.5*exp(-hypot(X-160,Y-40)/90)))".format(
        off="clip(between(N,MID-6,MID-5)+eq(N,MID-2)+gte(N,MID),0,1)")),
    "dark279-at": _grade("LUM*(1-(0.25+0.5*exp(-hypot(X-160,Y-40)/90)))"),
    "lampe-at": _grade(f"LUM*(1+0.8*{_ramp(-4, 4)})+90*{_ramp(-4, 4)}*exp(-hypot(X-186,Y-118)/40)"
                       f"+(250-LUM)*clip(1.5*exp(-hypot(X-186,Y-114)/4),0,1)*{_ramp(-4, -3)}"),
    "koochchiya-at": _overlay("between(Y,48,176)*gt(mod(X-330+34*(N-MID+8),150),6)"
                              "*gt(X,330-34*(N-MID+8))*lt(X,780-34*(N-MID+8))",
                              "80+120*between(Y,64,92)*lt(abs(mod(X-330+34*(N-MID+8),24)-12),8)",
                              170, 110),
    # 280: photographers' flashes in the arena and the audience; the score captions.
    "blitz280-at": _overlay("(" + "+".join(
        f"eq(N,MID+({k}))*lt(hypot(X-{x},Y-{y}),4)"
        for x, y, k in ((60, 150, -10), (250, 160, -3), (120, 170, 9))) + ")", 255) + ","
                   + _flash((-10, -3, 9), (0.08, 0.12, 0.08)),
    "blitzcrowd-at": _overlay("(" + "+".join(
        f"eq(N,MID+({k}))*lt(hypot(X-{x},Y-{y}),5)"
        for x, y, k in ((90, 60, -8), (200, 100, -1), (150, 30, 6))) + ")", 255) + ","
                     + _flash((-8, -1, 6), (0.14, 0.18, 0.12)),
    "bug2-at": _bug("HARGREAVES 4   McBRIDE 3", "BREAK 24", "BREAK 25", 16),
    "bug3-at": _bug("HARGREAVES 4   McBRIDE 3", "BREAK 25"),
    "bug4-at": _bug("HARGREAVES 5   McBRIDE 3", "FRAME WON"),
    # 281: a mule passing the lens; dust blown over it; the sun's glare; a door opened onto the
    # sunlight; a phone's flash; a gust of snow to near white.
    "baghl-at": _pass(9, 28, 160, 100, 80, 60, 70, 120, 140),
    "ghobar-at": _overlay(_puff(120, 130, 4, -1, 8, 5, 6, 16, 0.8), 200, 114, 146),
    "soleil-at": _glare(60, 20, 6, 2, 10, 10),
    "porte-at": _overlay("between(X,250-clip((N-MID+2)*5,0,40),250)*between(Y,40,150)", 248, 118,
                         140) + ","
                + _grade(f"LUM*(1+0.8*{_ramp(-2, 8)})"
                         f"+40*{_ramp(-2, 8)}*exp(-hypot(X-220,Y-120)/80)"),
    "hatif-at": _overlay("(eq(N,MID-6)+eq(N,MID-7))*lt(hypot(X-270,Y-110),3)", 255) + ","
                + _flash((-6,), (0.45,)),
    "rafale-at": _overlay("0.9*clip(1-abs(N-MID)/8,0,1)*(0.8+0.2*sin(X/9+Y/7+N))", 250, 128, 128),
}

# held-out-at (clips 276-281): new recipes again, written after held-out-as without running the
# detector on them: six more kinds of film, clips of about 20 to 23 s with 11 shots, mixing cuts
# between similar and different shots, to and from cards, between near-white shots, between dark
# shots, to closer and nearer framings, between two framings of one table, camera and subject
# motion, things passing the lens, lights switched on, failing and flickering, a lamp lit in the
# dark, a door opened onto the sunlight, flashes, lightning, a sun and helmet lamps into the lens,
# a red stage wash, a cloud's shadow, rain, mist, dust and a gust of snow, grain, flicker, bars of
# six ratios (one cropped), titles, a caption, subtitles, a score caption and credits rolling,
# dissolves of 12 to 32 frames (one a pixel dissolve, one through grey), fades through black and
# white and fade outs and ins.
_HF = "agfa-at grain1-at box166-at"
_CL = "cobre-at flick-at grain2-at box137-at"
_HK = "eastman-at grain3-at box255-at"
_LK = "ceylon-at grain4-at box185-at"
_TV = "video-at grain5-at box133c-at"
_MA = "maghreb-at grain6-at box239-at"
HELD_OUT_AT = [
    ("heimat-am-see", [
        S("alm-at", 70, 0, f"title276-at {_HF}"), "cut",
        S("hof-at", 60, 0, f"heuwagen-at {_HF}"), "cut",
        S("jaeger-at", 34, 0, f"sub-jaeger-at {_HF}"), "cut",
        S("vroni-at", 32, 0, f"sub-vroni-at {_HF}"), "cut",
        S("vroni-at", 44, 32, f"closer-at {_HF}"), "fade:28",
        S("see-at", 66, 0, f"panr-at sonne-at {_HF}"), "cut",
        S("fest-at", 60, 0, f"lampions-at {_HF}"), "cut",
        S("gewitter-at", 60, 0, f"blitz-at {_HF}"), "fadeblack:24",
        S("wald-at", 64, 0, f"tilt-at vogel-at {_HF}"), "cut",
        S("wald-at", 40, 64, f"near-at {_HF}"), "fadeio:18:14", S("ende-at", 40, 0, _HF)]),
    ("el-cobre", [
        S("titulo-at", 34, 0, _CL), "cut", S("mina-at", 66, 0, f"panl-at {_CL}"), "cut",
        S("asamblea-at", 60, 0, f"mano-at pancarta-at {_CL}"), "cut",
        S("orador-at", 40, 0, f"mano-at caption277-at {_CL}"), "cut",
        S("obrero-at", 36, 0, f"sub-obrero-at {_CL}"), "cut",
        S("obrero-at", 40, 36, f"closer-at sub-obrero2-at {_CL}"), "fadeblack:20",
        S("socavon-at", 62, 0, f"lampara-at {_CL}"), "cut",
        S("marcha-at", 66, 0, f"run-at prensa-at {_CL}"), "fade:24",
        S("puerto-at", 60, 0, f"carga-at {_CL}"), "cut",
        S("ninos-at", 50, 0, f"mano-at {_CL}"), "fadeio:16:12", S("creditos-at", 60, 0, _CL)]),
    ("the-jade-hairpin", [
        S("biaoti-at", 34, 0, _HK), "cut", S("tingyuan-at", 70, 0, f"zoomin-at {_HK}"), "cut",
        S("sheng-at", 34, 0, f"sub-sheng-at {_HK}"), "cut",
        S("dan-at", 32, 0, f"sub-dan-at {_HK}"), "cut",
        S("sheng-at", 44, 34, f"closer-at {_HK}"), "fade:30",
        S("jiangbian-at", 64, 0, f"yanwu-at {_HK}"), "cut",
        S("gongdian-at", 60, 0, f"hongdeng-at {_HK}"), "cut",
        S("wusheng-at", 56, 0, f"whip-at {_HK}"), "fadegrays:18", S("yueye-at", 62, 0, _HK),
        "fadeblack:22", S("lihua-at", 60, 0, _HK), "fadeio:20:12", S("theend-at", 34, 0, _HK)]),
    ("kanda-uda", [
        S("estate-at", 70, 0, f"title279-at {_LK}"), "cut",
        S("pluck-at", 56, 0, f"kooday-at {_LK}"), "cut",
        S("kangani-at", 34, 0, f"sub-kangani-at {_LK}"), "cut",
        S("valli-at", 32, 0, f"sub-valli-at {_LK}"), "cut",
        S("valli-at", 46, 32, f"closer-at {_LK}"), "fadewhite:24",
        S("factory-at", 60, 0, f"wolke-at {_LK}"), "cut",
        S("bungalow-at", 58, 0, f"kapuwa-at {_LK}"), "cut",
        S("bungalow-at", 70, 58, f"dark279-at near-at lampe-at {_LK}"), "fade:32",
        S("perahera-at", 66, 0, f"fastpan-at {_LK}"), "cut",
        S("train-at", 64, 0, f"koochchiya-at {_LK}"), "fadeblack:26",
        S("sunrise-at", 70, 0, _LK)]),
    ("the-masters-final", [
        S("ident-at", 40, 0, _TV), "fade:16", S("arena-at", 60, 0, f"blitz280-at {_TV}"), "cut",
        S("overhead-at", 62, 0, f"bug2-at {_TV}"), "cut",
        S("player1-at", 34, 0, f"bug3-at {_TV}"), "cut",
        S("baulk-at", 56, 0, f"bug3-at {_TV}"), "cut",
        S("overhead2-at", 50, 0, f"bug3-at {_TV}"), "cut",
        S("player2-at", 32, 0, f"bug3-at {_TV}"), "cut",
        S("referee-at", 56, 0, f"bug4-at {_TV}"), "fade:20",
        S("crowd-at", 54, 0, f"blitzcrowd-at {_TV}"), "dissolve:12",
        S("pocket-at", 56, 0, _TV), "fadeblack:18", S("abspann-at", 60, 0, _TV)]),
    ("tizi", [
        S("atlas-at", 70, 0, f"title281-at {_MA}"), "cut",
        S("souk-at", 60, 0, f"baghl-at ghobar-at {_MA}"), "cut",
        S("jedda-at", 34, 0, f"sub-jedda-at {_MA}"), "cut",
        S("boy-at", 32, 0, f"sub-boy-at {_MA}"), "cut",
        S("jedda-at", 44, 34, f"closer-at {_MA}"), "fade:28",
        S("piste-at", 64, 0, f"bump-at soleil-at {_MA}"), "cut",
        S("maison-at", 58, 0, f"porte-at {_MA}"), "cut",
        S("ahidous-at", 62, 0, f"hatif-at {_MA}"), "fadewhite:20",
        S("col-at", 56, 0, f"rafale-at {_MA}"), "cut",
        S("col-at", 40, 56, f"near-at {_MA}"), "fadeio:18:14", S("generique-at", 60, 0, _MA)]),
]
