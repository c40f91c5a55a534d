"""Sources, effects and recipes of held-out-ar (clips 264-269), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-263. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a title card, an
embankment at dawn with a couple walking and cranes flying over under a pan, a woman's face and a
soldier's face before one patterned wallpaper with subtitles and a closer framing of hers, a
station in the rain with steam blown over the lens, a dark flat in an air raid with searchlights
sweeping and bombs flashing in the window, a dark staircase, a birch wood in falling snow seen by
a running camera and a nearer framing of it, and a card reading KONETS (a 1950s Soviet Thaw war
romance in 1.37, silvery black and white with grain); a harbour village under a title with boats
rocking, a dim pub whose door is opened onto the sunlight, a postmistress's face and a bearded
skipper's face before one green wall with subtitles and a closer framing of his, a beach with the
haar rolling in from the sea to near white, a red phone box on a headland in a squall of rain, a
ceilidh with couples whirling, a harbour at night where a boat's deck lamp is switched on cut to
a nearer framing of it, and a card reading THE END (a 1980s Scottish coastal comedy in 1.85, soft
cool colour); a river in fog under a title with a ferry crossing, a demolition site with a worker
swinging a hammer and dust blowing over the lens under a fast pan, a man's face and a woman's
face before one peeling wall marked for demolition with subtitles and a closer framing of his, a
night noodle stall under a failing strip light and a blinking sign, the river at night in the
rain with a boat's lights gliding past, the river in a near-white morning haze with a boatman cut
to a near-white sky behind a half-demolished block, a market street under a whip pan and a card
reading ZHONG (a 2000s Chinese digital independent film of a river town before a dam in 2.39,
cold green-grey digital colour); a street in the sun under a title with a country bus passing
close across the lens, a studio whose red recording lamp is switched on, a producer's face and a
singer's face before one egg-box wall with subtitles and a closer framing of the producer's, a
sound system dance at night under cycling coloured bulbs, a dark lane with three muzzle flashes,
a near-white beach at noon, a cane field in the wind under a pan, a hillside shack in a tropical
downpour with lightning and a card reading THE END (a 1970s Jamaican reggae film in 1.66, hot
saturated colour with heavy grain); a framed title card, a wasteland with gas tanks where a father
and his son walk and toss a hat under a pan, an intertitle, the father's face and the son's face
before one paper screen and a closer framing of the father's, a street of washing poles with a
train passing close across the lens, an inn room at night with a guttering lantern and a
watchman's lantern passing outside the screen, an alley in the rain at night with umbrellas, a
canal in a near-white morning mist and a framed card reading OWARI (a 1930s Japanese silent
shomingeki film in 1.33, black and white with flicker, gate weave, dust, a scratch and a
vignette); ravines at noon under a title with horsemen galloping, a village square with women at
a well under a whip pan, a bandit's face and a landlord's face before one rock wall with
subtitles and a closer framing of the bandit's, a temple at night with oil lamps flickering, a
bandits' camp by a campfire with three rifle shots, a Holi festival with coloured powder thrown
over the lens, a steam train on a viaduct with its smoke blown over the lens, the ravines at
sunset and a red card reading SAMAPT (a 1970s Hindi dacoit western in 2.20, hot saturated colour).
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
from shots_sources_ak import _BLOOM, _EDGE
from shots_sources_am import _bolt
from shots_sources_an import _lamp
from shots_sources_ao import FX_AO
from shots_sources_ap import FX_AP

# Rain streaks (added to the luma) of this set, and a heavier slanting downpour.
_RAIN = "30*gt(sin(X*4.3+floor((Y+17*N+0.25*X)/13)*3.1),0.965)"
_POUR = "38*gt(sin(X*3.3+floor((Y+22*N+0.45*X)/10)*2.9),0.93)"


def _puff(x, y, dx, dy, gx, gy, k0, k1, a=0.85):
    """A mask: a soft cloud blown over the lens, starting at (x, y) on frame MID-k0, drifting dx,
    dy and growing gx, gy a frame, gone by MID+k1 (steam, dust, smoke, powder)."""
    t = f"max(N-MID+{k0},0)"
    return (f"{a}*clip(1.5*(1-hypot((X-{x}-{dx}*{t})/(20+{gx}*{t}),"
            f"(Y-{y}-{dy}*{t})/(14+{gy}*{t}))),0,1)*(0.8+0.2*sin(X/7+Y/5+N*0.3))"
            f"*gt(N,MID-{k0})*clip((MID+{k1}-N)/10,0,1)")


def _shots(x, y, r, ks, amount):
    """An effect: muzzle flashes at (x, y) on frames MID+k, each lighting the picture."""
    return (_overlay("(" + "+".join(f"eq(N,MID{k:+d})*{_BLOOM.format(x=x, y=y, r=r)}" for k in ks)
                     + ")", 250, 100, 170) + "," + _flash(ks, [amount] * len(ks)))


def _walker(x, y, s, lum):
    """A grey layer: a figure of scale s with its head at (x, y) (x an expression)."""
    return _g(f"lt(hypot(X-{x},Y-{y}),{4 * s})+between(Y,{y}+{4 * s},{y}+{30 * s})"
              f"*lt(abs(X-{x}),{4 * s}+0.15*(Y-{y}-{4 * s}))", lum)


# A 1950s Soviet Thaw war romance (drawn in greys).
_OBOI = ("128+18*gt(sin(X/6)*sin(Y/8)+0.5*sin((X-Y)/13),0.6)-12*lt(mod(X,32),1.2)", 128, 128)
_CPX = "(30+0.9*N)"  # the couple walking
_CRANES = [(f"(mod(2.2*N+{o},390)-30)", y) for o, y in ((0, 30), (40, 40), (70, 24), (200, 34))]
_BIRCH = [(x, w) for x, w in ((30, 7), (76, 4), (118, 9), (170, 5), (214, 8), (262, 4), (300, 6))]

# A 1980s Scottish coastal comedy.
_COTTAGES = [(60 + 44 * k, 74 + 3 * (k % 2)) for k in range(5)]
_BOATS = [(90, 0.0), (170, 1.9), (240, 0.8)]
_BALLA = ("120+6*sin(X/4)*sin(Y/5)-14*lt(mod(Y,60),1.2)", 110, 118)
_DANCE = [(f"(160+104*sin(N*0.1+{k}*1.05))", f"(118+14*cos(N*0.1+{k}*1.05))") for k in range(6)]

# A 2000s Chinese digital independent film.
_QIANG = ("150+10*sin(X/9)*sin(Y/7)-30*gt(sin(X/23+Y/31)*sin(Y/17),0.7)", 120, 132)
_STALLS = [(30, 200, 120), (110, 120, 200), (190, 200, 90), (270, 90, 150)]

# A 1970s Jamaican reggae film.
_BUS = "(160+28*(N-MID))"
_EGG = ("96+22*sin(X/3)*sin(Y/3)", 118, 142)
_BULBS = "lt(hypot(mod(X,20)-10,Y-30-6*sin(X/40)),3)"
_FENCE = "lt(abs(mod(X,14)-7),6)"

# A 1930s Japanese silent film (drawn in greys: the flicker, weave and dust are effects).
_SHOJI = ("200-60*gt(lt(mod(X,28),1.6)+lt(mod(Y,36),1.6),0)+4*sin(X/3)", 128, 128)
_FAX, _HAT = "(250-0.7*N)", "abs(sin(N*0.09))"  # the father walking, the hat tossed
_KX = "(160+36*(N-MID))"  # the train passing the lens
_UMBR = [(f"(mod(1.2*N+{o},380)-30)", y) for o, y in ((0, 100), (130, 110), (250, 96))]

# A 1970s Hindi dacoit western.
_RAVINE = "gt(Y,92-22*abs(sin(X/29))-10*abs(sin(X/11+1)))"
_RIDERS = [f"(mod(340-4.2*N+{o},420)-50)" for o in (0, 34, 70)]
_DIYA = [(60 + 20 * k, 132) for k in range(11)]
_ROCKS = ("150+16*gt(sin(X/9+Y/13)*sin(Y/7),0.2)-20*lt(abs(sin(X/17+Y/11)),0.05)", 108, 146)
_POWDER = [(60, 70, 160, 190), (160, 60, 90, 80), (250, 74, 200, 120)]

LAVFI_AR = {
    # A 1950s Soviet Thaw war romance.
    "zagl-ar": _card(["PROSHCHANIE", "1957"], 26, 58, 42, "0xeeeeee", FONT, "0x000000"),
    "naberezh-ar": _paint([
        _g(_any(f"lt(abs(Y-{y}+0.5*abs(X-{x})),0.9)*lt(abs(X-{x}),6)" for x, y in _CRANES), 50),
        _walker(_CPX, 100, 1, 36), _walker(f"({_CPX}+11)", 97, 1.1, 30),
        _g("lt(mod(X,90),2)*between(Y,62,140)+lt(hypot(mod(X,90)-1,Y-60),4)", 46),
        _g("between(Y,126,140)", "86+12*lt(mod(X,24),1.5)"),
        _g("gt(Y,140)", "118+8*sin(X/3)*sin(Y/2)"),
        _g("between(Y,84,126)", "168+14*sin(X/6+N*0.2+Y*0.9)"),
        _g("between(Y,68,84)+lt(Y,84)*gt(Y,52+12*abs(sin(X/26)))*lt(X,210)", 104)],
        ("228-0.6*Y", 128, 128)),
    "vera-ar": _person(146, 100, (44, 128, 128), False, 204, (62, 128, 128), _OBOI, top=[
        _g("lt(hypot((X-146)/34,(Y-70)/10),1)*lt(Y,72)", 58)]),
    "boris-ar": _person(174, 94, (30, 128, 128), False, 176, (96, 128, 128), _OBOI, top=[
        _g("lt(abs(Y-138-0.2*abs(X-174)),2)*lt(abs(X-174),40)", 150)]),
    "vokzal-ar": _paint([
        _g(_any(_walker(f"({x}+3*sin(N*0.2+{x}))", 96, 1.2, 30)[0] for x in (150, 188, 226, 272)),
           28),
        _g("lt(X,120)*between(Y,40,130)*lt(abs(mod(X,40)-20),12)*between(Y,58,80)", 170),
        _g("lt(X,120)*between(Y,36,132)", "58-12*lt(mod(X,40),2)"),
        _g("gt(Y,132)", "70+30*exp(-pow((X-200)/30,2))"),
        _g("lt(Y,36)", "90+30*lt(mod(X,24),2)")], ("120-0.1*Y", 128, 128), add=_RAIN),
    "kvartira-ar": _paint([
        _g("between(X,190,290)*between(Y,30,110)*(lt(abs(X-240),2)+lt(abs(Y-70),2))", 14),
        _g("between(X,190,290)*between(Y,30,110)*(lt(abs(atan2(X-210-30*sin(N*0.05),130-Y)"
           "-0.5*sin(N*0.09)),0.07)+lt(abs(atan2(X-270,130-Y)+0.4*sin(N*0.07+1)),0.06))", 150),
        _g(_box(190, 290, 30, 110), 40), _g("between(X,40,150)*between(Y,96,150)", 22),
        _g(_box(170, 196, 20, 130), "30+8*sin(X/2)")], ("18+3*sin(X/11)", 128, 128)),
    "lestnitsa-ar": _paint([
        _g("lt(mod(X+2*Y,40),3)*gt(Y,60)", 48), _g("lt(abs(Y-40-0.5*X),2)", 40),
        _g(_box(240, 280, 20, 60), 70), _g("gt(Y,180-0.5*X)", "30+12*lt(mod(Y+X/2,18),2)")],
        ("16+0.05*X", 128, 128), add="26*exp(-hypot(X-260,Y-40)/50)"),
    "bereza-ar": _paint([
        _g(_flakes(4, 19, 23, 1.7), 246),
        _g(_any(f"lt(abs(X-{x}-0.04*(Y-90)),{w})*lt(abs(mod(Y+{x},23)-11),1.5)" for x, w in _BIRCH),
           40),
        _g(_any(f"lt(abs(X-{x}-0.04*(Y-90)),{w})" for x, w in _BIRCH), "220-20*sin(Y/9)"),
        _g("gt(Y,130+6*sin(X/40))", "236-6*sin(X/7)")], ("196+0.1*Y", 128, 128)),
    "konets-ar": _card(["KONETS"], 30, 72, 0, "0xeeeeee", FONT, "0x000000"),
    # A 1980s Scottish coastal comedy.
    "bagh-ar": _paint([
        *[(f"between(Y,{y - 16},{y})*lt(abs(X-{x}),18-0.6*max({y - 8}-Y,0))", 60, 136, 122)
          for x, y in _COTTAGES],
        (_any(_box(x - 16, x + 16, y, y + 14) for x, y in _COTTAGES), 234, 126, 128),
        (_any(f"lt(hypot((X-{x})/18,(Y-118-2*sin(N*0.13+{p}))/5),1)" for x, p in _BOATS),
         80, 140, 112),
        ("gt(Y,140+8*sin(X/40))", "84+10*sin(X/5)*sin(Y/3)", 116, 118),
        ("gt(Y,92)", "118+12*sin(X/6+N*0.25+Y*0.8)", 146, 118),
        ("gt(Y,70-20*exp(-pow((X-260)/50,2)))", "100+8*sin(X/4)", 118, 122)],
        ("196-0.4*Y", 140, 120)),
    "taigh-ar": _paint([
        (_any(f"lt(abs(X-{x}),3)*between(Y,50,66)" for x in range(40, 200, 14)), 90, 150, 110),
        _g("between(X,20,210)*between(Y,68,70)", 70),
        (_walker(130, 76, 1.3, 0)[0], 24, 128, 130),
        ("between(X,20,210)*between(Y,100,150)", "40+10*lt(mod(X,30),2)", 118, 140),
        (_box(240, 300, 36, 152), "38+6*lt(mod(Y,30),2)", 120, 140)],
        ("30+4*sin(X/8)", 122, 138), add="20*exp(-hypot(X-100,Y-30)/40)"),
    "morag-ar": _person(146, 100, (110, 118, 150), False, 196, (120, 150, 110), _BALLA),
    "hamish-ar": _person(174, 94, (70, 120, 140), False, 170, (60, 140, 120), _BALLA, top=[
        ("lt(hypot((X-174)/26,(Y-118)/16),1)*gt(Y,104)*(1-lt(hypot((X-174)/9,(Y-122)/3),1))",
         80, 120, 146), ("lt(hypot((X-174)/34,(Y-66)/14),1)*lt(Y,66)", 40, 140, 120)]),
    "traigh-ar": _paint([
        ("gt(Y,90)*lt(abs(mod(Y-90-1.5*N+5*sin(X/20),18)-9),1.3)*lt(Y,130)", 226, 126, 128),
        ("gt(Y,128+4*sin(X/30))", "196+6*sin(X/3)*sin(Y/2)", 118, 134),
        ("gt(Y,86)", "120+14*sin(X/6+N*0.3)", 140, 118)], ("206-0.3*Y", 134, 124)),
    "bocsa-ar": _paint([
        ("(" + _any(_box(a, a + 8, b, b + 10) for a in (204, 214) for b in (78, 92, 106)) + ")",
         200, 128, 128),
        (_box(200, 226, 62, 134), "80+20*lt(mod(Y,14),1)", 100, 190),
        ("gt(Y,120+10*sin(X/50))*gt(sin(X*1.3+3*sin(N*0.3+Y/9)),0.2)", 100, 110, 118),
        ("gt(Y,120+10*sin(X/50))", 80, 112, 120)],
        ("96+16*sin(X/30-N*0.05)*sin(Y/15)", 132, 124), add=_POUR),
    "ceilidh-ar": _paint([
        (_any(f"lt(hypot(X-{x}-6,Y-{y}+34),5)+between(Y,{y}-28,{y})*lt(abs(X-{x}-6),6)"
              for x, y in _DANCE), 36, 130, 122),
        (_any(f"lt(hypot(X-{x},Y-{y}+32),5)+between(Y,{y}-26,{y}+6)*lt(abs(X-{x}),4+0.3*(Y-{y}+26))"
              for x, y in _DANCE), 110, 110, 190),
        ("lt(hypot(X-30,Y-70),6)+between(Y,76,110)*lt(abs(X-30),7)", 30, 128, 128),
        ("lt(abs(Y-24-6*sin(X/30)),4)*lt(abs(mod(X,16)-8),4-(Y-20))", 160, 90, 170),
        ("gt(Y,120)", "96+14*lt(mod(X+0.5*Y,30),2)", 118, 146)],
        ("70+10*sin(X/10)", 120, 146), add="30*exp(-hypot(X-160,Y-10)/60)"),
    "cala-ar": _paint([
        (_any(f"lt(hypot((X-{x})/22,(Y-108-1.5*sin(N*0.12+{p}))/5),1)" for x, p in _BOATS), 8, 128,
         128),
        (_any(f"lt(abs(X-{x}+8),0.8)*between(Y,70,108)" for x, p in _BOATS), 14, 128, 128),
        ("lt(Y,94)*gt(Y,60+16*sin(X/50))*lt(abs(mod(X,26)-13),3)*lt(abs(mod(Y,12)-6),2)"
         "*gt(sin(floor(X/26)*3.7+floor(Y/12)*2.1),0.4)", 150, 100, 160),
        ("gt(Y,60+16*sin(X/50))*lt(Y,96)", 22, 130, 124),
        ("gt(Y,96)", "16+30*gt(sin(X/3+N*0.3+Y),0.8)*gt(sin(X/26),0.6)", 132, 122)],
        ("12+0.04*Y", 136, 122)),
    "end265-ar": _card(["THE END"], 28, 74, 0, "0xf0e8d0", SERIF, "0x101828"),
    # A 2000s Chinese digital independent film.
    "jiang-ar": _paint([
        ("lt(abs(X-40-0.6*N),26)*between(Y,98,108)+lt(abs(X-44-0.6*N),10)*between(Y,88,98)",
         60, 130, 124),
        ("gt(Y,96)", "120+6*sin(X/7+N*0.2+Y*0.6)", 132, 120),
        ("gt(Y,60+20*abs(sin(X/60)))", "150+4*sin(X/9)", 128, 124)],
        ("176-0.1*Y", 128, 126), add="20*sin((X-N)/40+Y/30)"),
    "chai-ar": _paint([
        ("lt(hypot(X-150-14*cos(N*0.3),Y-70+14*abs(sin(N*0.3))),4)", 60, 128, 128),
        _walker(146, 66, 1.3, 50),
        ("lt(mod(X,16),1.2)*between(Y,30,96)*gt(X,180)", 60, 128, 134),
        ("between(Y,30+8*sin(X/7),100)*gt(X,170)", "140+20*gt(sin(X/9)*sin(Y/8),0.3)", 120, 136),
        ("gt(Y,110-20*abs(sin(X/40)))", "110+30*gt(sin(X*1.3)*sin(Y*1.7),0.4)", 122, 134)],
        ("190-0.2*Y", 126, 128)),
    "laoma-ar": _person(146, 100, (26, 128, 128), False, 172, (90, 130, 122), _QIANG, top=[
        ("lt(abs(hypot(X-262,Y-46)-22),2.5)", 100, 100, 180)]),
    "xiaoyu-ar": _person(174, 94, (22, 128, 128), True, 196, (150, 150, 110), _QIANG, top=[
        ("lt(abs(hypot(X-262,Y-46)-22),2.5)", 100, 100, 180)]),
    "yedian-ar": _paint([
        (_box(120, 260, 22, 26), 245, 124, 124),
        ("lt(hypot((X-60)/26,(Y-40)/10),1)", "110+100*lt(mod(N,17),10)", 100, 200),
        ("lt(hypot(X-200+4*sin(N*0.2+Y/9),(Y-90)/2),10+0.4*(100-Y))*between(Y,50,100)",
         "120+20*sin(Y/4-N*0.4)", 128, 128),
        (_box(170, 230, 100, 130), 70, 130, 124),
        (_any(_walker(x, 82, 1.1, 0)[0] for x in (90, 120)), 30, 128, 132),
        ("gt(Y,130)", 50, 126, 130)],
        ("40+0.2*Y", 124, 126), add="50*exp(-hypot(X-190,Y-24)/80)"),
    "yehe-ar": _paint([
        ("lt(hypot(mod(X-2.5*N,9)-4,Y-86),1.6)*lt(abs(X-2.5*N+10),60)", 230, 120, 150),
        ("gt(Y,96)*gt(sin(X/3+N*0.4+Y*1.3),0.7)*lt(abs(mod(X,50)-25),4)", 140, 110, 160),
        ("gt(Y,96)", 20, 130, 124),
        ("gt(Y,50+10*sin(X/40))*lt(Y,96)*lt(abs(mod(X,24)-12),2)*gt(sin(floor(X/24)*5.1),0.2)",
         170, 110, 150)], ("14+0.05*Y", 132, 124), add=_RAIN),
    "bai-ar": _paint([
        ("lt(abs(X-200+0.3*N),20)*between(Y,100,106)", 150, 126, 128),
        ("lt(abs(X-206+0.3*N-0.4*(Y-60)),1)*between(Y,60,102)+lt(hypot(X-196+0.3*N,Y-84),4)",
         120, 126, 128),
        ("gt(Y,98)", "222+4*sin(X/9+N*0.2)", 128, 126)], ("234-0.04*Y", 128, 126)),
    "lou-ar": _paint([
        ("between(X,120,240)*between(Y,40,180)*(lt(mod(X,20),2.5)+lt(mod(Y,24),2.5))", 196, 128,
         128), ("gt(Y,164)", 214, 126, 128)], ("238-0.05*Y", 128, 126)),
    "jie-ar": _paint([
        *[(f"between(X,{2 * x},{2 * x + 70})*between(Y,40,60)", 180, cb, cr)
          for x, cb, cr in _STALLS],
        (_any(_walker(f"({x}+0.5*N*{s})", 86, 1.3, 0)[0] for x, s in
              ((80, 1), (200, -1), (340, 1), (470, -1))), 50, 124, 136),
        ("between(Y,60,120)", "100+30*gt(sin(X/5)*sin(Y/4),0.2)", 110, 150),
        ("gt(Y,120)", 90, 126, 128)], ("170-0.3*Y", 128, 124)),
    "zhong-ar": _card(["ZHONG"], 30, 72, 0, "0xe8e8e8", FONT, "0x000000"),
    # A 1970s Jamaican reggae film.
    "kingston-ar": _paint([
        ("lt(abs(X-60),3)*between(Y,40,120)"
         "+lt(hypot((X-60)/26,(Y-40)/8),1)*gt(sin(atan2(Y-40,X-60)*9),0)", 70, 110, 120),
        ("between(X,160,300)*between(Y,50,70)", 230, 60, 180),
        ("between(Y,70,130)", f"120+30*{_FENCE}*sin(floor(X/70))", "110+50*sin(floor(X/70)*2)",
         "140+40*cos(floor(X/70)*3)"),
        ("gt(Y,130)", "170+6*sin(X/3)*sin(Y/2)", 110, 150)], ("200-0.4*Y", 170, 100)),
    "studio-ar": _paint([
        (_box(278, 286, 22, 30), 40, 110, 150),
        ("lt(abs(X-120),1.2)*between(Y,60,130)+lt(hypot((X-120)/5,(Y-58)/8),1)", 70, 128, 128),
        (_walker(100, 70, 1.4, 0)[0], 20, 128, 132),
        ("between(X,190,270)*between(Y,110,140)*lt(hypot(mod(X,8)-4,mod(Y,6)-3),1.4)",
         "60+150*gt(sin(X*1.7+floor(N/3)*2.3),0.6)", 110, 170),
        (_box(186, 274, 106, 146), 40, 126, 130)],
        ("44+12*sin(X/3)*sin(Y/3)", 120, 136)),
    "hilton-ar": _person(146, 100, (20, 128, 128), False, 100, (200, 110, 160), _EGG, top=[
        ("lt(hypot((abs(X-146)-12)/10,(Y-98)/6),1)+lt(abs(Y-96),1.5)*lt(abs(X-146),22)", 14,
         128, 128)]),
    "ivan-ar": _person(174, 94, (20, 128, 128), False, 90, (120, 150, 120), _EGG, top=[
        ("lt(hypot((X-174)/36,(Y-66)/24),1)*lt(Y,70)", "if(lt(Y,54),120,if(lt(Y,62),200,90))",
         "if(lt(Y,54),90,if(lt(Y,62),40,100))", "if(lt(Y,54),90,if(lt(Y,62),160,200))")]),
    "soundsys-ar": _paint([
        (_BULBS, 200, "128+70*sin(floor(X/20)*2.1+floor(N/6))",
         "128+70*cos(floor(X/20)*1.3+floor(N/6))"),
        ("lt(abs(mod(X,70)-35),2)*lt(Y,36)", 10, 128, 128),
        (_any(f"lt(hypot(X-{x},Y-{y}),{r}+1.5*sin(N*2.2))" for x in (40, 280) for y, r in
              ((70, 14), (120, 18))), 50, 128, 128),
        (_any(_box(x - 28, x + 28, 44, 146) for x in (40, 280)), 14, 128, 128),
        (_any(_walker(f"({x}+4*sin(N*0.3+{x}))", f"(90+3*abs(sin(N*0.35+{x})))", 1.2, 0)[0]
              for x in (100, 140, 180, 220)), 24, 124, 138)],
        ("26+0.1*Y", 124, 140), add="30*exp(-abs(Y-30)/20)"),
    "lane-ar": _paint([
        ("lt(hypot(X-100,Y-40),3)", 230, 110, 160),
        (f"lt(Y,130)*gt(Y,40+10*sin(floor(X/14)))*{_FENCE}", "30+10*sin(floor(X/14)*3)", 124,
         134), ("gt(Y,130)", 16, 128, 128)], ("10", 128, 128), add="40*exp(-hypot(X-100,Y-40)/40)"),
    "hellshire-ar": _paint([
        ("lt(hypot((X-210-0.2*N)/8,(Y-96)/3),1)", 120, 120, 150),
        ("between(Y,90,100)", "210+10*sin(X/5+N*0.3)", 140, 116),
        ("gt(Y,100)", "238+4*sin(X/3)*sin(Y/2)", 118, 134)], ("246-0.1*Y", 134, 124),
        add="10*exp(-hypot(X-270,Y-20)/40)"),
    "cane-ar": _paint([
        ("gt(Y,70)*gt(sin((X+6*sin(N*0.3+Y/30))/3),0.2)", "100+40*(Y-70)/110", 90, 110),
        ("gt(Y,70)", 70, 110, 118), ("gt(Y,60+6*sin(X/20))", 130, 110, 120)],
        ("190-0.5*Y", 160, 104)),
    "shack-ar": _paint([
        ("lt(hypot((X-60-4*sin(N*0.4))/40,(Y-120)/12),1)*gt(sin(atan2(Y-120,X-60)*12),0)", 60,
         100, 110),
        ("between(X,150,240)*between(Y,70,76+0.1*(X-150))", 110, 128, 128),
        ("between(X,156,234)*between(Y,76,130)", "50+12*lt(mod(X,10),2)", 120, 140),
        ("gt(Y,130)", 44, 120, 134)], ("70+0.1*Y", 134, 124), add=_POUR),
    "end267-ar": _card(["THE END"], 28, 74, 0, "0xf0d040", FONT, "0x0c0c0c"),
    # A 1930s Japanese silent film.
    "daimei-ar": _framed(["OTOSAN NO BOSHI", "1934"], 22, 58, 44, "0xe8e8e8", SERIF, "0x0a0a0a",
                         "0x909090"),
    "akichi-ar": _paint([
        _g(f"lt(hypot((X-{_FAX}+14)/5,(Y-70+40*{_HAT})/2),1)", 20),
        _walker(_FAX, 90, 1.3, 30), _walker(f"({_FAX}-20)", 104, 0.9, 40),
        _g("lt(hypot((X-70)/34,(Y-80)/30),1)+lt(hypot((X-130)/24,(Y-90)/20),1)", 120),
        _g("lt(abs(mod(X,60)-30),3)*between(Y,20,100)*gt(X,170)", 60),
        _g("lt(hypot(X-260+2*N,Y-24+0.2*N),10+0.3*N)*gt(X,190)", 170),
        _g("gt(Y,110)", "150+10*sin(X/4)*sin(Y/3)")], ("210-0.3*Y", 128, 128)),
    "jimaku-ar": _framed(["Tonight too", "there is no money for the inn."], 15, 68, 28, "0xe0e0e0",
                         SERIF, "0x000000", "0x707070"),
    "chichi-ar": _person(146, 100, (40, 128, 128), False, 178, (60, 128, 128), _SHOJI, top=[
        _g("lt(hypot((X-146)/34,(Y-70)/12),1)*lt(Y,72)+between(X,146,186)*between(Y,66,72)", 30)]),
    "musuko-ar": _person(174, 94, (70, 128, 128), False, 200, (110, 128, 128), _SHOJI),
    "monohoshi-ar": _paint([
        _g(_any(f"between(X,{x},{x + 24})*between(Y,50,70+6*sin(N*0.4+X/8+{x}))" for x in
                (40, 90, 200, 240)), "230-20*lt(mod(X,8),1)"),
        _g("lt(abs(Y-48),1)", 40), _g("lt(mod(X,110),3)*between(Y,40,140)", 50),
        _g("between(Y,20,140)*lt(X,30)+between(Y,20,140)*gt(X,290)", 90),
        _g("gt(Y,140)", 130)], ("196-0.2*Y", 128, 128)),
    "yado-ar": _paint([
        _g("lt(hypot((X-100)/12,(Y-80)/16),1)", 236),
        _g("between(X,180,310)*between(Y,30,140)*(lt(mod(X,26),1.6)+lt(mod(Y,32),1.6))", 30),
        _g(_box(180, 310, 30, 140), 60), _walker(140, 96, 1.3, 16),
        _g("gt(Y,140)", "40+8*lt(mod(X,40),2)")], ("26+3*sin(X/9)", 128, 128),
        mul="(1+0.12*sin(N*1.7)*sin(N*0.6+1))", add="80*exp(-hypot(X-100,Y-80)/50)"),
    "roji-ar": _paint([
        _g(_any(f"lt(hypot((X-{x})/22,(Y-{y})/10),1)*lt(Y,{y})" for x, y in _UMBR), 20),
        _g(_any(f"lt(abs(X-{x}),5)*between(Y,{y},{y}+40)" for x, y in _UMBR), 30),
        _g("lt(hypot(X-240,Y-40),4)", 240),
        _g("lt(X,60)+gt(X,260)", "40+8*lt(mod(Y,20),2)"), _g("gt(Y,140)", 34)],
        ("30", 128, 128), add=f"{_RAIN}+50*exp(-hypot(X-240,Y-40)/40)"),
    "kawa-ar": _paint([
        _g("lt(abs(hypot((X-160)/110,(Y-110)/50)-1),0.04)*lt(Y,110)", 200),
        _g("lt(hypot((X-60)/30,(Y-40)/50),1)*gt(sin(X*1.3+Y*0.2),0)", 206),
        _g("gt(Y,110)", "228+4*sin(X/5+N*0.2)")], ("236-0.03*Y", 128, 128)),
    "owari-ar": _framed(["OWARI"], 30, 74, 0, "0xe0e0e0", SERIF, "0x000000", "0x707070"),
    # A 1970s Hindi dacoit western.
    "beehad-ar": _paint([
        (_any(f"lt(hypot((X-{x})/12,(Y-120-3*abs(sin(N*0.6+{k})))/6),1)+lt(hypot(X-{x}+4,Y-106),4)"
              f"+between(Y,108,118)*lt(abs(X-{x}+4),3)" for k, x in enumerate(_RIDERS)),
         40, 120, 140),
        (f"{_RAVINE}*gt(sin(X/7+Y/9),0.6)", 120, 100, 160),
        (_RAVINE, "160+14*sin(X/5)*sin(Y/4)", 100, 160), ("gt(Y,84)", 180, 104, 150)],
        ("220-0.3*Y", 140, 118)),
    "gaon-ar": _paint([
        ("lt(hypot((X-170)/30,(Y-110)/8),1)+between(X,140,200)*between(Y,110,130)", 150, 118,
         140),
        (_any(_walker(f"({x}+0.4*N)", 84, 1.3, 0)[0] for x in (40, 80, 250)), 110, 90, 200),
        ("between(Y,40,120)*lt(mod(X,100),80)", "220-30*lt(abs(mod(X,100)-40),8)*between(Y,70,110)",
         120, 136), ("gt(Y,120)", 170, 106, 150)], ("200-0.3*Y", 150, 110)),
    "daku-ar": _person(146, 100, (20, 128, 128), False, 130, (40, 128, 128), _ROCKS, top=[
        ("lt(hypot((X-146)/40,(Y-64)/18),1)*lt(Y,72)", 110, 80, 190),
        ("lt(abs(Y-112+0.15*abs(X-146)),2)*lt(abs(X-146),24)", 16, 128, 128),
        ("lt(hypot((X-146)/2,(Y-80)/5),1)", 90, 110, 200)]),
    "thakur-ar": _person(174, 94, (200, 128, 128), False, 150, (230, 126, 130), _ROCKS),
    "mandir-ar": _paint([
        (_any(f"lt(hypot((X-{x})/2,(Y-{y}+sin(N*1.9+{x}))/4),1)" for x, y in _DIYA), 240, 80,
         190),
        ("between(X,130,190)*between(Y,60,124)*(gt(Y,84)+lt(hypot(X-160,Y-84),30))", 80, 90, 190),
        ("between(X,100,220)*between(Y,30,136)+lt(Y,30)*gt(Y,0.5*abs(X-160)-30)*lt(abs(X-160),70)",
         36, 120, 140), ("gt(Y,136)", 20, 124, 134)],
        ("10", 128, 128), mul="(1+0.1*sin(N*2.1)*sin(N*0.8))",
        add="+".join(f"22*exp(-hypot(X-{x},Y-{y})/20)" for x, y in _DIYA)),
    "dera-ar": _paint([
        ("lt(hypot(X-160+3*sin(N*1.7+Y/5),(Y-130)*0.5),10+3*sin(N*2.3))*lt(Y,140)", 230, 80, 190),
        (_any(_walker(x, 96, 1.2, 0)[0] for x in (90, 230)), 20, 128, 130),
        ("gt(Y,140)", 26, 124, 136)], ("8", 130, 128),
        mul="(1+0.1*sin(N*1.9))", add="60*exp(-hypot(X-160,Y-130)/50)"),
    "holi-ar": _paint([
        *[(f"lt(hypot((X-{x}-8*sin(N*0.1+{x}))/(30+6*sin(N*0.2)),(Y-{y})/20),1)", 170, cb, cr)
          for x, y, cb, cr in _POWDER],
        (_any(_walker(f"({x}+5*sin(N*0.3+{x}))", 92, 1.2, 0)[0] for x in range(30, 320, 40)),
         150, 100, 200),
        ("gt(Y,124)", 170, 106, 150)], ("214-0.2*Y", 140, 116)),
    "rail-ar": _paint([
        ("lt(hypot((X-90+0.8*N)/(20+0.3*(90-Y)),(Y-50)/20),1)*lt(Y,70)", 150, 126, 130),
        ("between(X,100-0.8*N,180-0.8*N)*between(Y,64,80)", 30, 128, 128),
        ("between(Y,80,86)+lt(abs(mod(X,50)-25),3)*between(Y,86,140)", 110, 110, 150),
        (_RAVINE.replace("92", "150"), 140, 104, 156)], ("200-0.3*Y", 150, 110)),
    "shaam-ar": _paint([
        (_any(f"lt(hypot(X-{x}+0.4*N,Y-108),3)+between(Y,110,120)*lt(abs(X-{x}+0.4*N),4)"
              for x in (100, 130)), 10, 128, 128),
        ("gt(Y,120-20*abs(sin(X/39)))", 24, 124, 140),
        ("lt(hypot(X-220,Y-100),18)", 240, 90, 180)], ("120+0.5*Y", 90, 200),
        add="60*exp(-hypot(X-220,Y-100)/50)"),
    "samapt-ar": _card(["SAMAPT"], 30, 72, 0, "0xf0c040", SERIF, "0x300000"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AR = {}

_K = "max(N-MID+4,0)"
FX_AR = {
    **{f"grain{k}-ar": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 12, "t+u", 70264013), (2, 6, "t", 70265029), (3, 7, "t", 70266037),
        (4, 16, "t+u", 70267049), (5, 11, "t+u", 70268063), (6, 9, "t", 70269077)]},
    # Framings as in held-out-af; bars of 1.37, 1.85 and 2.39 as in held-out-ao, 1.66 and 2.20 as
    # in held-out-ap and 1.33 as in held-out-ae (nothing random in them).
    **{f"{k}-ar": FX_AF[f"{k}-af"] for k in ("closer", "near")},
    **{f"box{r}-ar": FX_AO[f"box{r}-ao"] for r in (137, 185, 239)},
    **{f"box{r}-ar": FX_AP[f"box{r}-ap"] for r in (166, 220)}, "box133-ar": FX_AE["box133-ae"],
    # Looks: silvery black and white; soft cool colour; cold green-grey digital colour; hot
    # saturated colour; black and white with flicker, weave, dust, a scratch and a vignette;
    # hot saturated colour.
    "ottepel-ar": "hue=s=0,eq=contrast=1.12:gamma=0.98,gblur=sigma=0.35",
    "hebrid-ar": "eq=saturation=0.85:contrast=0.95:gamma=1.03,colorbalance=rs=-0.03:bs=0.04",
    "sanxia-ar": "eq=saturation=0.62:contrast=0.94:gamma=1.05,"
                 "colorbalance=rs=-0.05:gs=0.03:bs=0.04:rh=-0.03",
    "yard-ar": "eq=saturation=1.35:contrast=1.1:gamma=0.95,colorbalance=rs=0.06:gs=0.02:bs=-0.06",
    "nitrate-ar": "hue=s=0,eq=contrast=1.2:gamma=0.95",
    "flick-ar": "eq=brightness='0.05*sin(n*2.7)*sin(n*1.1+2)+0.015*sin(n*0.31)':eval=frame",
    "weave-ar": "crop=306:172:x='7+1.4*sin(n*1.9)':y='4+1.1*sin(n*1.3+2)*sin(n*0.7)',scale=320:180",
    "dust-ar": _overlay("gt(lt(hypot(X-160-150*sin(N*19.31),Y-90-85*sin(N*37.7)),1.6)+lt(hypot("
                        "(X-160-150*sin(N*11.3+1))/3,Y-90-85*sin(N*23.9+2)),1),0)", 30) + ","
               + _overlay("lt(abs(X-96-3*sin(N*0.2)),0.7)*lt(mod(N,9),5)", 190),
    "vig-ar": "vignette=PI/4.1",
    "chambal-ar": "eq=saturation=1.3:contrast=1.08:gamma=0.97,colorbalance=rs=0.08:gs=0.02:bs=-0.1",
    # Camera moves: pans as in held-out-ao, a running camera, a fast pan and a whip pan.
    **{f"{k}-ar": FX_AO[f"{k}-ao"] for k in ("panr", "panl")},
    "run-ar": "scale=352:198,crop=320:180:x='16+10*sin(n*1.3)+4*sin(n*3.7)':y='9+7*sin(n*2.1+1)'",
    "fastpan-ar": "scale=480:270,crop=320:180:x='20+2.2*n':y=50",
    "whip-ar": "scale=480:270,crop=320:180:x='80-70*tanh((n-MID)/1.5)':y=44",
    # Things that are not boundaries, around MID (see the docstring); subtitles and titles first.
    **{f"sub-{k}-ar": _subs([(line, *cue)]) for (k, line), cue in zip([
        ("vera", "You will write to me every day."), ("boris", "Every day until the snow melts."),
        ("morag", "The ferry comes when it comes Hamish."),
        ("hamish", "It came on a Tuesday once."),
        ("laoma", "The water will reach the third floor."),
        ("xiaoyu", "Then we go upriver to my sister."),
        ("hilton", "You want a record you sing for me first."),
        ("ivan", "Me sing for the whole island man."),
        ("daku", "Your guns cannot hear prayers Thakur."), ("thakur", "Then let them hear mine.")],
        [(-14, 8), (-12, 10)] * 5)},
    **{f"title{k}-ar": _fade(line, size, y, color, font, a, b, _EDGE.format(edge))
       for k, line, size, y, color, font, a, b, edge in [
           (265, "THE INCHMORE FERRY", 20, 28, "0xfff8e0", SERIF, -28, 16, "0x202020"),
           (266, "JIANG BIAN", 24, 40, "0xf4f4f4", FONT, -26, 18, "0x000000"),
           (267, "DOWNTOWN SOUND", 24, 34, "0xffe040", FONT, 2, 28, "0x300000"),
           (269, "BEEHAD", 30, 30, "0xf03020", SERIF, -22, 20, "0x200000")]},
    "par-ar": _overlay(_puff(110, 100, 3, -1.5, 6, 4, 16, 12, 0.8), 215),
    "nalet-ar": _overlay("(eq(N,MID-12)+eq(N,MID+8))*between(X,190,290)*between(Y,30,110)", 245)
                + "," + _flash((-12, -11, 8, 9), (0.35, 0.1, 0.4, 0.12)),
    "doras-ar": _grade(f"LUM+{_ramp(-2, 6)}*(between(X,244,244+52*{_ramp(-2, 6)})*between(Y,40,150)"
                       "*(236-LUM)+40*exp(-hypot(X-270,Y-150)/70)*lt(X,244))",
                       f"CH-6*{_ramp(-2, 6)}*exp(-hypot(X-270,Y-150)/70)",
                       f"CH+6*{_ramp(-2, 6)}*exp(-hypot(X-270,Y-150)/70)"),
    "haar-ar": _overlay("0.88*clip((X-320+14*max(N-MID+6,0))/80,0,1)*(0.85+0.15*sin(X/17+Y/11"
                        "+N*0.1))", 236),
    "solas-ar": _lamp(0, 126, 96, 5, 1.6, -8, 12),
    "solason-ar": _lamp(None, 126, 96, 5, 1.6, -8, 12),
    "chen-ar": _overlay(_puff(250, 120, -4, -1, 7, 5, 8, 20), 168, 124, 134),
    "riguang-ar": _grade("LUM*(1-0.6*(between(N,MID-12,MID-10)+eq(N,MID-6)+between(N,MID+3,MID+5)"
                         "+eq(N,MID+9)))"),
    "bus-ar": _overlay(f"lt(abs(X-{_BUS}),150)*gt(Y,30)", 170, 70, 170) + ","
              + _overlay(f"lt(abs(X-{_BUS}),140)*between(Y,50,84)*gt(abs(mod(X-{_BUS},36)-18),3)",
                         30) + ","
              + _overlay(f"lt(abs(X-{_BUS}),150)*between(Y,100,110)", 90, 100, 80),
    "redlamp-ar": _lamp(0, 282, 26, 5, 1.2, -10, 40),
    "shots-ar": _shots(206, 96, 7, (-9, 0, 8), 0.12),
    "bolt267-ar": _bolt(220, 6, 70),
    "kisha-ar": _overlay(f"lt(abs(X-{_KX}),200)*gt(Y,24)", 36) + ","
                + _overlay(f"lt(abs(X-{_KX}),194)*between(Y,44,84)*gt(abs(mod(X-{_KX},40)-20),4)",
                           170),
    "chochin-ar": _grade("LUM+between(N,MID-16,MID+16)*80*exp(-pow(hypot((X-30-8*(N-MID+16))/44,"
                         "(Y-86)/50),2))*between(X,180,310)"),
    "goli-ar": _shots(120, 100, 6, (-10, 1, 11), 0.14),
    "gulal-ar": _overlay(_puff(180, 110, -2, -3, 10, 8, 6, 18, 0.9), 140, 150, 200),
    "dhuan-ar": _overlay(_puff(60, 60, 5, 2, 8, 5, 10, 16), 150, 126, 130),
}

# held-out-ar (clips 264-269): new recipes again, written after held-out-aq without running the
# detector on them: six more kinds of film, clips of about 20 to 21 s with 11 shots, mixing cuts
# between similar and different shots, to and from cards, between dark and near-white shots, to
# closer and nearer framings, camera and subject motion, things passing the lens, lights switched
# on, failing and flickering, a door opened on the sun, flashes, lightning, rain, snow, fog, haze,
# steam, dust, smoke and powder, grain, flicker, gate weave, bars of six ratios, titles, an
# intertitle and subtitles, dissolves of 22 to 40 frames, one through grey, fades through black
# and white and fade outs and ins.
_SU = "ottepel-ar grain1-ar box137-ar"
_SC = "hebrid-ar grain2-ar box185-ar"
_CN = "sanxia-ar grain3-ar box239-ar"
_JA = "yard-ar grain4-ar box166-ar"
_JP = "nitrate-ar flick-ar weave-ar dust-ar grain5-ar vig-ar box133-ar"
_HI = "chambal-ar grain6-ar box220-ar"
HELD_OUT_AR = [
    ("proshchanie", [
        S("zagl-ar", 34, 0, _SU), "cut", S("naberezh-ar", 72, 0, f"panr-ar {_SU}"), "cut",
        S("vera-ar", 36, 0, f"sub-vera-ar {_SU}"), "cut",
        S("boris-ar", 32, 0, f"sub-boris-ar {_SU}"), "cut",
        S("vera-ar", 48, 36, f"closer-ar {_SU}"), "fade:32",
        S("vokzal-ar", 70, 0, f"par-ar {_SU}"), "cut",
        S("kvartira-ar", 56, 0, f"nalet-ar {_SU}"), "cut",
        S("lestnitsa-ar", 50, 0, _SU), "fadeblack:26",
        S("bereza-ar", 70, 0, f"run-ar {_SU}"), "cut",
        S("bereza-ar", 48, 70, f"near-ar {_SU}"), "fadeio:18:12", S("konets-ar", 34, 0, _SU)]),
    ("inchmore-ferry", [
        S("bagh-ar", 76, 0, f"title265-ar {_SC}"), "cut",
        S("taigh-ar", 60, 0, f"doras-ar {_SC}"), "cut",
        S("morag-ar", 36, 0, f"sub-morag-ar {_SC}"), "cut",
        S("hamish-ar", 32, 0, f"sub-hamish-ar {_SC}"), "cut",
        S("hamish-ar", 48, 32, f"closer-ar {_SC}"), "fade:28",
        S("traigh-ar", 64, 0, f"haar-ar {_SC}"), "fadewhite:24",
        S("bocsa-ar", 60, 0, _SC), "cut", S("ceilidh-ar", 70, 0, _SC), "fade:36",
        S("cala-ar", 56, 0, f"solas-ar {_SC}"), "cut",
        S("cala-ar", 44, 56, f"solason-ar near-ar {_SC}"), "fadeio:16:12",
        S("end265-ar", 34, 0, _SC)]),
    ("jiang-bian", [
        S("jiang-ar", 76, 0, f"title266-ar {_CN}"), "cut",
        S("chai-ar", 60, 0, f"fastpan-ar chen-ar {_CN}"), "cut",
        S("laoma-ar", 34, 0, f"sub-laoma-ar {_CN}"), "cut",
        S("xiaoyu-ar", 32, 0, f"sub-xiaoyu-ar {_CN}"), "cut",
        S("laoma-ar", 50, 34, f"closer-ar {_CN}"), "fadegrays:26",
        S("yedian-ar", 70, 0, f"riguang-ar {_CN}"), "cut",
        S("yehe-ar", 70, 0, _CN), "fade:40", S("bai-ar", 66, 0, _CN), "cut",
        S("lou-ar", 52, 0, _CN), "cut", S("jie-ar", 62, 0, f"whip-ar {_CN}"), "fadeblack:24",
        S("zhong-ar", 34, 0, _CN)]),
    ("downtown-sound", [
        S("kingston-ar", 70, 0, f"title267-ar bus-ar {_JA}"), "cut",
        S("studio-ar", 60, 0, f"redlamp-ar {_JA}"), "cut",
        S("hilton-ar", 34, 0, f"sub-hilton-ar {_JA}"), "cut",
        S("ivan-ar", 32, 0, f"sub-ivan-ar {_JA}"), "cut",
        S("hilton-ar", 48, 34, f"closer-ar {_JA}"), "fade:22",
        S("soundsys-ar", 70, 0, _JA), "cut", S("lane-ar", 64, 0, f"shots-ar {_JA}"), "fadeblack:28",
        S("hellshire-ar", 64, 0, _JA), "fadewhite:22", S("cane-ar", 64, 0, f"panl-ar {_JA}"), "cut",
        S("shack-ar", 60, 0, f"bolt267-ar {_JA}"), "fade:30", S("end267-ar", 34, 0, _JA)]),
    ("otosan-no-boshi", [
        S("daimei-ar", 36, 0, _JP), "cut", S("akichi-ar", 72, 0, f"panl-ar {_JP}"), "cut",
        S("jimaku-ar", 38, 0, _JP), "cut", S("chichi-ar", 34, 0, _JP), "cut",
        S("musuko-ar", 32, 0, _JP), "cut", S("chichi-ar", 48, 34, f"closer-ar {_JP}"), "fade:34",
        S("monohoshi-ar", 68, 0, f"kisha-ar {_JP}"), "cut",
        S("yado-ar", 72, 0, f"chochin-ar {_JP}"), "fadeblack:30", S("roji-ar", 64, 0, _JP), "cut",
        S("kawa-ar", 64, 0, _JP), "fadeio:20:14", S("owari-ar", 34, 0, _JP)]),
    ("beehad", [
        S("beehad-ar", 72, 0, f"title269-ar {_HI}"), "cut",
        S("gaon-ar", 58, 0, f"whip-ar {_HI}"), "cut",
        S("daku-ar", 34, 0, f"sub-daku-ar {_HI}"), "cut",
        S("thakur-ar", 32, 0, f"sub-thakur-ar {_HI}"), "cut",
        S("daku-ar", 48, 34, f"closer-ar {_HI}"), "fade:24",
        S("mandir-ar", 62, 0, _HI), "cut", S("dera-ar", 60, 0, f"goli-ar {_HI}"), "fadewhite:26",
        S("holi-ar", 64, 0, f"gulal-ar {_HI}"), "cut", S("rail-ar", 72, 0, f"dhuan-ar {_HI}"),
        "fade:38", S("shaam-ar", 60, 0, _HI), "cut", S("samapt-ar", 34, 0, _HI)]),
]
