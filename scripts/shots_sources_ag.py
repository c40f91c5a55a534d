"""Sources, effects and recipes of held-out-ag (clips 198-203), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-197. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a programme card, a
train growing towards the lens as it draws in, workers pouring out of a factory gate, bathers in
the surf with a wave's spray, a street with a tram, a cab and a passer-by crossing the lens, a
rowing boat seen from another, rocking one, a catalogue card, a forge flaring up under a smith's
hammer, a phantom ride with telegraph poles whipping past and a bridge passing over the camera, a
hose sprayed into the lens and a card reading FIN (a 1900s programme of actuality films in 1.33,
sepia with hand-cranked exposure, flicker, gate weave, scratches, dust and a vignette); terraces
under mill chimneys with a title over a pan, a weaving shed with a worker passing the lens, a
young man's and a young woman's faces before one brick yard and a closer framing of his, a pub
whose door opens on the daylight, a canal at dusk walked along, a train on a viaduct, a bedsit
whose bare bulb is switched off, a fairground at night and the terraces in the morning fog (a
1960s British kitchen-sink drama in 1.66, black and white with grain); a glass heart under a title
and a glint, a hacienda with a sun glint, a maid's and a villainess's faces with a crash zoom, a
slap and a jolt, a suitor under three zoom punches, a salon in a lightning storm, a wedding under
press flashes, a balcony under fireworks and the maid in tears fading to sepia under a caption (a
2000s Mexican telenovela, full frame, bright sharpened video under a channel's logo); a courtyard
in moving dappled sun under a caption and a pan, a girl's face under the leaves' shadows, a halved
papaya pushed in on, banana leaves as the rain begins, a street of shophouses with a cyclo past
the lens, a dark room crossed by a woman carrying an oil lamp, a caged cricket with a moth past the
lens, a pianist at night, a lotus pond at dusk with a dragonfly and the girl grown up under a
credit (a 1990s Vietnamese period film in 1.85, lush soft colour); a stairwell whose timer light
goes out and comes back under a caption, a kitchen under a flickering strip light, two women's
faces before one corridor with subtitles, a hotel desk with a guest passing the lens, a night
street with headlights sweeping into the lens and a stray dog, a night bus swept by street lights,
a police office with subtitles, a snowy car park and a snowy yard, both near white, and a credit
(a 2000s Romanian New Wave drama in 2.39, cold desaturated colour, hand-held); a snowy forest with
a rider, a castle at dusk, a girl's face by firelight, a hazelnut opening in a burst of magic
light, a tilt down a palace stair, a prince's face and a closer framing of it, a ballroom with a
dancer passing the lens, an owl in a dark barn as a lantern passes, a frozen pond with a snow
flurry over the lens to near white and a sleigh followed through the forest under the word KONEC
(a 1970s Czechoslovak fairy-tale film, full frame, warm faded colour).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _pass
from shots_sources_ad import _card, _fireworks, _lift
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _person, _text

ITALIC = SERIF.replace("Serif.ttf", "Serif-Italic.ttf")
_ZP = "d=1:s=320x180:fps=24"
_FRAME = ",drawbox=x=30:y=40:w=260:h=100:c=0xb0b0b0:t=2"


def _g(mask, lum):
    """A grey layer of a drawn scene."""
    return (mask, lum, 128, 128)


def _box(x0, x1, y0, y1):
    """A mask of the rectangle x0 <= X <= x1, y0 <= Y <= y1."""
    return f"between(X,{x0},{x1})*between(Y,{y0},{y1})"


def _any(masks):
    """The sum of masks: nonzero where any of them is 1 (the layers of paint test it with if)."""
    return "+".join(f"({m})" for m in masks)


def _fade(line, size, y, color, font, a, b=None, extra=""):
    """A caption (af's _text) fading in over 8 frames from MID+a, and out over 8 frames until
    MID+b if b is given."""
    alpha = f"clip((n-MID-({a}))/8,0,1)" + (f"*clip((MID+({b})-n)/8,0,1)" if b is not None else "")
    when = f"between(n,MID+({a}),MID+({b}))" if b is not None else f"gte(n,MID+({a}))"
    return _text(line, size, y, color, font, alpha, when, extra)


def _zoom(z, y="0.45"):
    """A zoompan effect: the zoom z (an expression in the input frame in and MID)."""
    return f"zoompan=z='{z}':{_ZP}:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)*{y}'"


def _flakes(dx, w, h, speed):
    """A mask of snowflakes falling speed pixels a frame in cells w by h, swaying by dx."""
    return (f"lt(hypot(mod(X+{dx}*sin(Y/21+N*0.06),{w})-{w // 2},mod(Y-{speed}*N"
            f"+7*floor(X/{w}),{h})-{h // 2}),1.1)")


# A 1900s programme of actuality films (drawn in greys: the sepia is an effect).
_P = "(0.1*exp(N*0.038))"  # the locomotive's scale as it comes closer, at (_LX, _LY)
_LX, _LY = f"(232-120*{_P})", f"(80+66*{_P})"
_CROWD = [(30, 112, 7), (62, 104, 6), (98, 96, 5)]
_WORKERS = [f"(160+{d}*mod({v}*N+{o},200))" for d, v, o in
            [(1, 1.6, 0), (-1, 1.4, 30), (1, 1.2, 80), (-1, 1.7, 110), (1, 1.5, 150),
             (-1, 1.3, 170)]]
_TRAM, _CAB, _HAMMER = "(-90+3.6*N)", "(300-1.4*N)", "(66+30*abs(sin(N*0.26)))"
_POLE = "(mod(20-0.9*N,24)+1.5)"  # the depth of the next telegraph pole
_BRICK = "(165-25*lt(mod(Y,11),1.2)-20*lt(mod(X+11*mod(floor(Y/11),2),22),1.2))"
_DEPTH = "mod(600/(Y-79.5)+N*0.9"

# A 1960s British kitchen-sink drama (drawn in greys).
_ROWY = "mod(Y+0.16*X-58,24)"
_TOWN = [_g("lt(abs(X-236),5)*between(Y,8,92)+lt(abs(X-272),4)*between(Y,20,92)", 45),
         _g("lt(Y,40)*gt(X,236)*lt(abs(Y-10+0.15*(X-236)-4*sin(X/11-N*0.3)),5+0.06*(X-236))",
            "150+20*sin(X/7-N*0.4)"),
         _g(f"gt(Y,52)*lt({_ROWY},9)", "70+14*lt(mod(X+2*Y,5),1)"),
         _g(f"gt(Y,52)*lt(mod(X,17),7)*between({_ROWY},13,20)", 40),
         _g("gt(Y,52)", "118+10*lt(mod(Y,4),1)")]
_YARD = ("120-30*lt(mod(Y,10),1.2)-30*lt(mod(X+10*mod(floor(Y/10),2),20),1.2)", 128, 128)
_PIPE = [_g("lt(abs(X-270),4)", 60)]
_TRAIN, _MILK, _WHEEL = "(6*N-40)", "(2*N-40)", "hypot(X-100,Y-78)"

# A 2000s Mexican telenovela.
_HEART = ("lt(pow(pow((X-160)/46,2)+pow((96-Y)/44,2)-1,3)"
          "-pow((X-160)/46,2)*pow((96-Y)/44,3),0)")
_ROOM = ("185+15*lt(mod(X,24),3)*gt(X,220)", 135, 140)
_WINDOW = "between(X,110,190)*between(Y,20,90)"

# A 1990s Vietnamese period film.
_LAMP, _BIKE = "(30+4.2*N)", "(mod(2.5*N,420)-60)"
_LEAF = "lt(abs(Y-30-0.5*X),40-0.1*X)*lt(X,230)"

# A 2000s Romanian New Wave drama.
_CORR = ("if(gt(Y,96),105,170)+6*sin(X/4)*sin(Y/6)", "if(gt(Y,96),118,126)",
         "if(gt(Y,96),118,132)")
_CARS = "lt(hypot((X-70)/40,(Y-140)/16),1){a}+lt(hypot((X-190)/44,(Y-146)/17),1){b}"

# A 1970s Czechoslovak fairy-tale film.
_RIDER, _SKATER, _U, _TROT = "(-40+4.4*N)", "(60+2.2*N)", "(X+3.2*N)", "sin(N*0.7)"
_FIRS = "lt(abs(mod({u},56)-28),0.4*(Y-20))*between(Y,20,140)"
_NUTS = [(120, 96), (160, 90), (200, 98)]
_DANCE = [(f"(160+100*sin(N*0.05+{k}*1.26))", f"(128+16*cos(N*0.05+{k}*1.26))")
          for k in range(5)]

LAVFI_AG = {
    # A 1900s programme of actuality films.
    "programme-ag": _card(["ANIMATED VIEWS", "Programme of the Evening"], 20, 66, 34,
                          "0xe8e8e8", SERIF, "0x101010") + _FRAME,
    "train-ag": _paint([
        _g(_any(f"lt(hypot(X-{x},Y-{y}),{r})" for x, y, r in _CROWD), 35),
        _g(_any(f"between(Y,{y}+{r},{y}+{r * 7})*lt(abs(X-{x}),{r}*1.3+0.15*(Y-{y}))"
                for x, y, r in _CROWD), 45),
        _g(f"lt(hypot((X-{_LX}+8*{_P})/(26*{_P}+3),(Y-{_LY}+78*{_P}+4)/(16*{_P}+2)),1)",
           "215+10*sin(X/5+N)"),
        _g(f"lt(hypot(X-{_LX},Y-{_LY}+22*{_P}),6*{_P}+0.6)", 245),
        _g(f"lt(hypot(X-{_LX},Y-{_LY}+20*{_P}),30*{_P}+1)", 38),
        _g(f"between(X,{_LX}-30*{_P},{_LX}+150*{_P})*between(Y,{_LY}-62*{_P},{_LY}+6*{_P})",
           f"30+14*lt(mod(X-{_LX},40*{_P}+2),8*{_P}+1)"),
        _g("gt(Y,80)*(lt(abs(X-232+1.6*(Y-80)),0.5+0.02*(Y-80))"
           "+lt(abs(X-232+0.7*(Y-80)),0.5+0.02*(Y-80)))", 70),
        _g("gt(Y,80)*lt(X,232-2.2*(Y-80))", "150-25*lt(mod(Y-80,9),1)"),
        _g("lt(Y,44)*lt(X,210)+lt(abs(mod(X,44)-22),2)*lt(Y,96)*lt(X,200)", 55),
        _g("gt(Y,80)", "100+8*sin(X*1.7)*sin(Y*1.3)")], ("205-0.4*Y", 128, 128)),
    "factory-ag": _paint([
        _g(_any(f"lt(hypot(X-{x},Y-104),5)" for x in _WORKERS), 40),
        *[_g(_any(f"between(Y,110,142)*lt(abs(X-{x}),5+0.2*(Y-110))" for x in _WORKERS[k::2]),
             lum) for k, lum in ((0, 200), (1, 60))],
        _g(_box(112, 208, 56, 142), "28+6*sin(Y/5)"),
        _g(_box(96, 224, 56, 142), 80), _g("lt(mod(X,60),20)*between(Y,14,44)", 70),
        _g("lt(Y,142)", _BRICK)], ("125+6*sin(X*1.3)*sin(Y*0.7)", 128, 128)),
    "sea-ag": _paint([
        _g(_any(f"lt(hypot(X-{x},Y-{y}-2*sin(N*0.3+{k})),3)"
                for k, (x, y) in enumerate([(96, 92), (132, 96), (210, 90)])), 30),
        _g("gt(X,250)*between(Y,52,60)+gt(X,250)*lt(mod(X,16),2.5)*between(Y,60,100)", 55),
        _g("between(Y,62,118+4*sin(X/31))*lt(mod(Y-1.1*N+5*sin(X/23),26),3.5)", 238),
        _g("between(Y,62,118+4*sin(X/31))", "105+18*sin(Y*0.8-N*0.3+X/37)"),
        _g("gt(Y,62)", "175+8*sin(X*1.1)*sin(Y*0.9)")], ("210-0.3*Y", 128, 128)),
    "street-ag": _paint([
        _g(f"lt(hypot(X-{_TRAM}-20,Y-116),6)+lt(hypot(X-{_TRAM}-90,Y-116),6)", 20),
        _g(f"between(X,{_TRAM},{_TRAM}+110)*between(Y,78,92)*lt(mod(X-{_TRAM},16),10)", 60),
        _g(f"between(X,{_TRAM},{_TRAM}+110)*between(Y,70,114)"
           f"+lt(abs(X-{_TRAM}-55),1)*between(Y,50,70)", 175),
        _g(f"lt(hypot((X-{_CAB})/22,(Y-108)/12),1)+lt(hypot((X-{_CAB}+40)/18,(Y-104)/8),1)", 40),
        _g("(lt(X,90)+gt(X,230))*lt(Y,120)*between(mod(X,22),6,15)*between(mod(Y,26),8,20)", 60),
        _g("(lt(X,90)+gt(X,230))*lt(Y,124)", "150+10*lt(mod(Y,5),1)"),
        _g("lt(Y,120)*gt(Y,46+10*sin(floor(X/30)*2.3))", "120+12*lt(mod(X,30),2)"),
        _g("gt(Y,120)", "120+12*lt(mod(X+2*Y,10),1)")], ("205", 128, 128)),
    "boat-ag": _paint([
        _g("lt(hypot(X-140,Y-102),4)+lt(hypot(X-178,Y-102),4)", 30),
        _g("between(Y,106,118)*(lt(abs(X-140),5)+lt(abs(X-178),5))", 50),
        _g("lt(abs(Y-114-0.3*(X-108)*sin(N*0.35)),1)*between(X,80,112)"
           "+lt(abs(Y-114+0.3*(X-210)*sin(N*0.35)),1)*between(X,206,240)", 40),
        _g("lt(hypot((X-160)/52,(Y-118)/8),1)*gt(Y,116)", 40),
        _g("lt(abs(Y-34-0.4*abs(mod(X-1.5*N,60)-30)),1)*between(mod(X-1.5*N,60),18,42)"
           "*lt(X,200)", 60),
        _g("lt(abs(X-40),5)*between(Y,40,72)", 200), _g("between(Y,70,82)*lt(X,200)", 90),
        _g("gt(Y,80)", "110+18*sin(X/13+Y*0.7-N*0.3)")], ("210-0.5*Y", 128, 128)),
    "forgecard-ag": _card(["No. 7", "THE FORGE"], 20, 62, 34, "0xe8e8e8", SERIF, "0x101010")
                    + _FRAME,
    "forge-ag": _paint([
        _g("lt(abs(sin(N*0.26)),0.3)*gt(mod(sin(X*12.9898+Y*78.233+N*7.7)*43758.5,1),0.97)"
           "*lt(hypot(X-175,Y-96),36)", 250),
        _g(f"lt(abs(X-190),8)*lt(abs(Y-{_HAMMER}),5)", 50),
        _g(f"lt(abs(Y-{_HAMMER}-0.6*(X-195)),3)*between(X,195,225)", 80),
        _g("lt(hypot(X-235,Y-60),11)", 90),
        _g("between(Y,70,150)*lt(abs(X-235),18+0.1*(Y-70))", "70-25*gt(Y,96)"),
        _g("lt(abs(X-172),14)*lt(abs(Y-98),2)", 240),
        _g("between(X,140,210)*between(Y,100,110)+between(X,160,190)*between(Y,110,140)",
           "30+60*lt(Y,102)"),
        _g("lt(hypot((X-50)/40,(Y-120)/18),1)", "200+40*sin(X/3+N)*sin(Y/2)"),
        _g("between(X,10,90)*between(Y,30,100)*gt(Y,30+0.5*abs(X-50))", 40)],
        ("30+10*sin(X/7)*sin(Y/9)", 128, 128),
        add="60*exp(-hypot(X-50,Y-120)/50)*(0.8+0.2*sin(N*1.3))"),
    "phantom-ag": _paint([
        _g(f"lt(abs(X-160-800/{_POLE}),1+12/{_POLE})*between(Y,80-500/{_POLE},80+100/{_POLE})",
           35),
        _g("gt(Y,80)*lt(abs(abs(X-160)-0.45*(Y-80)),0.6+0.03*(Y-80))", 200),
        _g(f"gt(Y,80)*lt(abs(X-160),0.7*(Y-80))*lt({_DEPTH},3),1.2)", 60),
        _g("gt(Y,80)*lt(abs(X-160),0.7*(Y-80))", 95),
        _g("gt(Y,80)", f"120+20*lt({_DEPTH}+X/40,4),1.5)"),
        _g("gt(Y,72-4*sin(X/7)-3*sin(X/3))", 90)], ("205-0.3*Y", 128, 128)),
    "garden-ag": _paint([
        _g("lt(abs(Y-100+0.9*(X-120)-0.006*pow(X-120,2)),1.5)*between(X,120,260)"
           "*gt(sin(X*2-N*3),-0.3)", 235),
        _g("lt(hypot(X-100,Y-70),8)*lt(Y,72)+lt(hypot((X-100)/14,(Y-70)/3),1)", 60),
        _g("lt(hypot(X-100,Y-80),7)", 170),
        _g("between(Y,88,150)*lt(abs(X-100),10+0.12*(Y-88))", 90),
        _g("lt(hypot((X-250)/50,(Y-128)/26),1)*gt(sin(X/2.5)*sin(Y/3),-0.5)", 70),
        _g("gt(Y,110+4*sin(X/19))", "150+10*sin(X*1.3)*sin(Y*1.1)"),
        _g("lt(Y,70)", "120+15*lt(mod(Y,9),1)")], ("190", 128, 128)),
    "fin-ag": _card(["FIN"], 30, 72, 0, "0xe8e8e8", SERIF, "0x101010"),
    # A 1960s British kitchen-sink drama.
    "town-ag": _paint(_TOWN, ("185+12*sin(X/50+N*0.01)", 128, 128)),
    "mill-ag": _paint([
        _g("lt(abs(mod(X,80)-40),30)*between(Y,8,12)", 250),
        _g("lt(abs(mod(X,64)-25-20*sin(N*0.9+floor(X/64))),3)*between(mod(Y,40),16,20)*gt(Y,50)",
           220),
        _g("lt(mod(X,64),50)*between(mod(Y,40),14,34)*gt(Y,50)", 70),
        _g("lt(mod(X,3),1)*lt(mod(Y,40),14)*gt(Y,50)", 170)], ("95+10*sin(Y/9)", 128, 128)),
    "arthur-ag": _person(150, 90, (30, 128, 128), False, 170, (60, 128, 128), _YARD,
                         top=[_g("lt(hypot(X-178,Y-118),2)", 250),
                              _g("lt(abs(Y-117),1)*between(X,162,178)", 230)], back=_PIPE),
    "doreen-ag": _person(170, 92, (190, 128, 128), True, 185, (95, 128, 128), _YARD, back=_PIPE),
    "pub-ag": _paint([
        _g("lt(mod(X-100,26),4)*between(Y,88,118)*between(X,100,220)", 210),
        _g("lt(hypot(X-292,Y-60),14)", 200), _g("lt(hypot(mod(X,80)-40,Y-20),6)", 250),
        _g(_box(14, 48, 40, 148), 45), _g("between(X,60,260)*between(Y,66,80)*lt(mod(X,12),6)", 60),
        _g(_box(60, 260, 20, 80), 150), _g("gt(Y,118)", "50+10*lt(mod(X,40),2)")],
        ("100+8*lt(mod(X,30),1)", 128, 128), add="40*exp(-pow(mod(X,80)-40,2)/300-Y/40)"),
    "canal-ag": _paint([
        _g("between(Y,40,80)*lt(abs(X-200),90)*gt(hypot((X-200)/30,(Y-80)/28),1)",
           "85+10*lt(mod(Y,6),1)"),
        _g("gt(Y,78)*lt(abs(X-200),20+1.3*(Y-78))",
           "60+30*sin(Y*0.9+N*0.2+X/30)*exp(-abs(X-200)/60)"),
        _g("gt(Y,78)*lt(X,180-1.3*(Y-78))", "95+8*sin(X*1.3)*sin(Y)"),
        _g("lt(X,60)*lt(Y,110)", "70+50*lt(mod(X,14),6)*lt(mod(Y,16),8)*gt(Y,20)"),
        _g("gt(Y,78)", 50)], ("160-0.5*Y", 128, 128)),
    "viaduct-ag": _paint([
        _g(f"lt(hypot((X-{_TRAIN}+30)/40,(Y-36)/12),1)", 210),
        _g(f"between(X,{_TRAIN}-360,{_TRAIN})*between(Y,62,72)*lt(mod(X-{_TRAIN},30),18)", 180),
        _g(f"between(X,{_TRAIN}-360,{_TRAIN}+40)*between(Y,54,84)", 35),
        _g("gt(Y,84)*(1-gt(lt(abs(mod(X,64)-32),22)*gt(Y,112)"
           "+lt(hypot(mod(X,64)-32,Y-112),22),0))", "100+12*lt(mod(Y,8),1)"),
        _g("gt(Y,130+6*sin(X/25))", 140)], ("200-0.3*Y", 128, 128)),
    "bedsit-ag": _paint([
        _g("lt(hypot(X-150,Y-50),5)", 252), _g("lt(abs(X-150),0.8)*lt(Y,46)", 40),
        _g("between(X,214,286)*between(Y,34,100)*(lt(abs(X-250),1.5)+lt(abs(Y-67),1.5))", 40),
        _g(_box(214, 286, 34, 100), "120+20*sin(X*0.8)"),
        _g(_box(30, 170, 118, 160), "150-30*lt(mod(Y,10),2)"), _g(_box(30, 60, 90, 160), 110),
        _g(_box(190, 240, 110, 170), 80), _g("gt(Y,150)", 70)],
        ("120+25*lt(mod(X+0.3*Y,26),2)", 128, 128), add="90*exp(-hypot(X-150,Y-50)/45)-20"),
    "fair-ag": _paint([
        _g(f"lt(abs({_WHEEL}-62),2)*gt(cos(24*atan2(Y-78,X-100)-N*0.15),0.6)", 252),
        _g(f"lt(abs({_WHEEL}-62),1)+lt(abs(sin(atan2(Y-78,X-100)*6-N*0.025))*{_WHEEL},1.5)"
           f"*lt({_WHEEL},62)", 130),
        _g("lt(mod(X+5*N,14),5)*between(Y,110,114)*between(X,170,316)", 245),
        _g(_box(170, 316, 114, 150), "40+30*lt(mod(X,30),3)"),
        _g("between(Y,78,160)*lt(abs(abs(X-100)-0.25*(Y-78)),3)", 80), _g("gt(Y,160)", 25)],
        ("12+8*exp(-Y/60)", 128, 128), add=f"30*exp(-{_WHEEL}/70)"),
    "fog-ag": _paint([
        _g(f"lt(hypot(X-{_MILK}-8,Y-152),5)+lt(hypot(X-{_MILK}-36,Y-152),5)", 20),
        _g(f"between(X,{_MILK},{_MILK}+44)*between(Y,128,150)", 200), *_TOWN],
        ("185", 128, 128), mul="0.35", add="150"),
    # A 2000s Mexican telenovela.
    "opening-ag": _paint([
        ("lt(hypot(mod(X,23)-11,mod(Y,19)-9),1.4)"
         "*gt(sin(floor(X/23)*7.1+floor(Y/19)*3.3+N*0.5),0.8)", 252, 128, 128),
        (f"{_HEART}*lt(abs(sin((X-Y)/9+N*0.1)),0.12)", 250, 128, 128),
        (_HEART, "170+40*sin((X+Y)/14)", 145, 190)],
        ("60+90*exp(-hypot(X-160,Y-90)/120)", 150, 175)),
    "hacienda-ag": _paint([
        ("lt(hypot(X-44,Y-40),30)*gt(cos(7*atan2(Y-40,X-44)),0.55)*lt(Y,60)", 90, 100, 100),
        ("lt(abs(X-40-0.1*(150-Y)),3)*between(Y,40,150)", 110, 120, 140),
        ("lt(hypot((X-250)/40,(Y-124)/14),1)*gt(sin(X*1.3)*sin(Y*1.1),-0.3)", 120, 150, 200),
        ("between(X,100,300)*between(Y,100,150)*lt(abs(mod(X-100,40)-20),12)"
         "*(gt(Y,112)+lt(hypot(mod(X-100,40)-20,Y-112),12))", 60, 130, 140),
        ("between(Y,68,86)*lt(abs(X-200),90+1.2*(Y-68))", 100, 110, 175),
        (_box(96, 304, 86, 150), 225, 125, 132), ("gt(Y,150)", 170, 110, 140)],
        ("170+0.4*Y", 165, 105)),
    "maid-ag": _person(150, 88, (22, 128, 130), True, 150, (228, 128, 128), _ROOM,
                       top=[("lt(abs(X-138),1.1)*between(Y,92,96+0.4*mod(N,60))", 235, 128, 128),
                            ("lt(abs(Y-136),3)*lt(abs(X-150),16)", 60, 150, 120)]),
    "villain-ag": _person(
        166, 90, (190, 70, 150), True, 180, (80, 100, 212), ("50+14*sin(X/5)*sin(Y/6)", 165, 118),
        top=[("lt(hypot((X-166)/9,(Y-117)/2.6),1)", 80, 105, 215)],
        back=[(_box(238, 300, 20, 90), "90+30*sin(X/6)*sin(Y/4)", 110, 140),
              (_box(232, 306, 14, 96), 170, 60, 150)]),
    "galan-ag": _person(
        158, 86, (24, 128, 128), False, 135, (35, 128, 128),
        ("70+40*lt(mod(X,9),6)*lt(mod(Y,26),19)", "128+30*sin(floor(X/9)*2.3)",
         "128+30*cos(floor(X/9)*1.7)"),
        top=[("lt(hypot((X-158)/13,(Y-106)/2.6),1)", 30, 128, 128),
             ("lt(abs(X-158),3+0.15*(Y-134))*between(Y,134,170)", 60, 110, 175),
             ("between(Y,132,170)*lt(abs(X-158),10+0.2*(Y-132))", 235, 128, 128)]),
    "salon-ag": _paint([
        ("lt(hypot((X-270)/14,(Y-70)/10),1)*lt(Y,74)", 220, 90, 160),
        ("between(X,60,200)*between(Y,110,150)+between(X,50,210)*between(Y,96,130)"
         "*(lt(X,66)+gt(X,194)+lt(Y,112))", 60, 120, 170),
        (f"{_WINDOW}*(lt(abs(X-150),1.5)+lt(abs(Y-55),1.5))", 50, 128, 128),
        (_WINDOW, "30+10*lt(mod(Y+2*X+7*N,23),1)", 150, 120),
        ("between(X,90,110)*between(Y,12,150)+between(X,190,210)*between(Y,12,150)",
         "70+15*sin(X/2)", 130, 160),
        ("gt(Y,150)", 40, 128, 140)], ("45", 135, 130), add="50*exp(-hypot(X-270,Y-70)/50)"),
    "church-ag": _paint([
        ("lt(hypot(X-150,Y-88),5)+between(Y,92,130)*lt(abs(X-150),5+0.3*(Y-92))", 238, 128, 128),
        ("lt(hypot(X-172,Y-86),5)", 160, 114, 146),
        ("between(Y,92,130)*lt(abs(X-172),6+0.05*(Y-92))", 30, 128, 128),
        ("lt(hypot(mod(X-100,30)-1,Y-67),2)*between(X,98,222)", 250, 80, 160),
        ("lt(mod(X-100,30),2)*between(Y,70,84)*between(X,100,220)", 235, 128, 128),
        (_box(110, 210, 84, 100), 200, 110, 145),
        ("gt(Y,110)*lt(abs(X-160),16+0.5*(Y-110))", 80, 110, 190),
        ("gt(Y,110)*lt(mod(Y,12),5)", 55, 115, 150),
        ("lt(abs(mod(X,64)-32),20)*between(Y,20,110)*(gt(Y,40)"
         "+lt(hypot(mod(X,64)-32,Y-40),20))*(lt(X,100)+gt(X,220))", 120, 120, 140)],
        ("150+20*sin(X/40)", 125, 140), add="40*exp(-hypot(X-160,Y-76)/50)"),
    "balcony-ag": _paint([
        ("lt(hypot(X-150,Y-74),9)+lt(hypot(X-168,Y-72),9)"
         "+between(Y,80,150)*lt(abs(X-159),22+0.1*(Y-80))", 12, 128, 128),
        ("gt(Y,120)*(lt(abs(mod(X,14)-7),1.5)+lt(abs(Y-122),2))", 20, 128, 128),
        ("between(Y,100,130)*lt(hypot(mod(X,7)-3,mod(Y,6)-3),1)"
         "*gt(sin(floor(X/7)*4.7+floor(Y/6)*9.1),0.3)", 230, 90, 160),
        ("lt(hypot(X-262,Y-34),11)", 240, 125, 135), ("gt(Y,100+8*sin(X/40))", 20, 140, 125)],
        ("30+0.25*Y", 160, 120), add="25*exp(-hypot(X-262,Y-34)/30)"),
    # A 1990s Vietnamese period film.
    "yard-ag": _paint([
        ("lt(hypot((X-250)/26,(Y-140)/24),1)", "70+30*exp(-hypot(X-242,Y-130)/10)", 110, 150),
        ("lt(hypot(X-102,Y-44),5)+lt(hypot(X-118,Y-46),5)", 130, 90, 120),
        ("lt(hypot(X-110,Y-30),48)*gt(cos(9*atan2(Y-30,X-110)),0.2)*lt(Y,52)", 100, 105, 100),
        ("lt(abs(X-110-3*sin(Y/30)),5)*between(Y,30,150)", 140, 120, 132),
        ("between(X,180,290)*between(Y,30,90)*(lt(mod(X,10),2)+lt(mod(Y,10),2))", 60, 120, 145),
        (_box(180, 290, 30, 90), 25, 128, 130), ("lt(Y,110)", "110-20*lt(mod(X,16),1.5)", 108, 150),
        ("gt(Y,110)", "120-25*(lt(mod(X+0.6*(Y-110),18),1.2)+lt(mod(Y,9),1))", 105, 160)],
        ("100", 110, 150), add="40*gt(sin(X/11+N*0.05+2*sin(Y/17))*sin(Y/9-N*0.04),0.35)"),
    "mui-ag": _person(160, 90, (18, 128, 128), False, 165, (200, 118, 140),
                      ("90+30*sin(X/6)*sin(Y/5)", 100, 112),
                      add="-32*gt(sin((X+1.5*N)/13)*sin(Y/11+N*0.03),0.3)"),
    "papaya-ag": _paint([
        ("lt(hypot(mod(X,8)-4,mod(Y+4*floor(X/8),8)-4),2.6)*lt(hypot((X-160)/44,(Y-90)/26),1)",
         "30+60*lt(hypot(mod(X,8)-5,mod(Y+4*floor(X/8),8)-5),0.9)", 125, 135),
        ("lt(hypot((X-160)/50,(Y-90)/30),1)", 180, 100, 160),
        ("lt(hypot((X-160)/110,(Y-90)/62),1)", "165+10*sin(X/9)", 70, 185),
        ("lt(hypot((X-160)/118,(Y-90)/68),1)", 120, 90, 120)],
        ("70+10*lt(mod(Y+0.2*X,14),1)", 110, 150)),
    "rainleaf-ag": _paint([
        ("lt(abs(Y-30-0.5*X),2)*lt(X,230)+lt(abs(Y-170+0.4*X),2)*gt(X,90)", 160, 100, 110),
        (f"{_LEAF}*lt(mod(X+Y,12),1)", 100, 105, 105), (_LEAF, "120+15*sin(X/20)", 95, 100),
        ("lt(abs(Y-170+0.4*X),36)*gt(X,90)", 105, 98, 102), ("gt(Y,130)", 60, 140, 120)],
        ("50+30*sin(X/15)*sin(Y/13)", 110, 115)),
    "cyclo-ag": _paint([
        (f"lt(hypot(X-{_BIKE},Y-120),6)+lt(hypot(X-{_BIKE}-22,Y-120),6)", 20, 128, 128),
        (f"lt(hypot(X-{_BIKE}-12,Y-100),5)+between(Y,104,116)*lt(abs(X-{_BIKE}-12),5)", 60, 140,
         120),
        ("between(Y,40,54)*lt(mod(X,80),64)", 200, "128+60*sin(floor(X/80)*3.1)",
         "128+60*cos(floor(X/80)*2.3)"),
        ("between(Y,60,118)*lt(mod(X-6,80),52)", 40, 130, 125),
        ("lt(Y,118)", "170+20*sin(floor(X/80)*5.3)", "128+30*sin(floor(X/80)*4.1)",
         "128+30*cos(floor(X/80)*3.7)"),
        ("gt(Y,118)", "100+6*sin(X*1.2)", 126, 128)], ("200", 130, 125)),
    "lamp-ag": _paint([
        (f"lt(hypot((X-{_LAMP})/2.5,(Y-96)/4),1)", 255, 70, 170),
        (f"lt(abs(X-{_LAMP}),5)*between(Y,92,104)", 200, 100, 150),
        (f"between(Y,60,170)*lt(abs(X-{_LAMP}-14),12+0.08*(Y-60))"
         f"+lt(hypot(X-{_LAMP}-14,Y-50),9)", 40, 120, 140),
        ("between(X,120,220)*between(Y,100,110)+between(X,126,136)*between(Y,110,160)"
         "+between(X,204,214)*between(Y,110,160)", 110, 110, 150),
        (_box(240, 310, 40, 160), "90-20*lt(mod(X-240,35),1.5)", 112, 150),
        ("gt(Y,160)", 80, 115, 145)],
        ("75", 118, 140), mul=f"(0.18+1.2*exp(-hypot(X-{_LAMP},Y-96)/75))"),
    "cricket-ag": _paint([
        ("lt(hypot(X-186,Y-108),7)", 90, 90, 120),
        ("lt(hypot((X-160)/22,(Y-112)/8),1)", 110, 80, 110),
        ("lt(abs(Y-120-0.9*abs(X-150)),1)*between(X,130,172)", 80, 100, 120),
        ("lt(mod(X-70,12),1.8)*between(X,70,250)*between(Y,40,150)*gt(Y,40+0.004*pow(X-160,2))",
         150, 100, 150),
        (_box(66, 254, 146, 154), 120, 100, 150)],
        ("14+20*exp(-hypot(X-40,Y-60)/90)", 125, 135), add="50*exp(-hypot(X-160,Y-110)/60)"),
    "piano-ag": _paint([
        ("lt(hypot((X-250)/16,(Y-40)/10),1)*lt(Y,44)", 200, 90, 165),
        ("lt(hypot(X-130-10*sin(N*0.5),Y-110),6)+lt(hypot(X-175+12*sin(N*0.4+1),Y-110),6)", 150,
         114, 146),
        ("lt(hypot(X-150,Y-40),13)+between(Y,50,110)*lt(abs(X-150),26)", 30, 128, 132),
        ("between(X,40,280)*between(Y,110,115)*lt(mod(X,14),4)", 15, 128, 128),
        ("between(X,40,280)*between(Y,110,120)*gt(mod(X,7),1)", 240, 128, 128),
        ("between(X,30,290)*(between(Y,60,110)+between(Y,120,170))", 20, 128, 132)],
        ("22", 128, 132), add="60*exp(-hypot(X-250,Y-56)/50)"),
    "lotus-ag": _paint([
        ("lt(hypot(X-80,Y-104),9)*gt(cos(5*atan2(Y-104,X-80)),-0.3)"
         "+lt(hypot(X-220,Y-116),11)*gt(cos(5*atan2(Y-116,X-220)),-0.3)", 180, 120, 180),
        ("lt(abs(X-80),1)*between(Y,104,130)+lt(abs(X-220),1)*between(Y,116,140)", 80, 110, 120),
        ("gt(Y,118)*lt(hypot((mod(X+13*floor(Y/20),60)-30)/24,(mod(Y,20)-10)/6),1)", 90, 100,
         105),
        ("gt(Y,96)", "120+30*exp(-pow((X-200)/30,2))+8*sin(Y*1.1+N*0.2)", 90, 160),
        ("gt(Y,84+6*sin(X/13)+4*sin(X/5))", 40, 120, 130)],
        ("190-0.9*Y", "80+0.3*Y", "170-0.2*Y"), add="40*exp(-hypot(X-200,Y-70)/30)"),
    "mui2-ag": _person(160, 88, (16, 128, 128), True, 175, (235, 126, 130),
                       ("150+30*sin(X/9)*sin(Y/8)", 105, 125), add="25*exp(-hypot(X-280,Y-20)/60)"),
    # A 2000s Romanian New Wave drama.
    "stair-ag": _paint([
        ("lt(hypot(X-52,Y-18),5)", 250, 128, 128),
        ("lt(abs(Y-20-0.55*X),1.5)*between(X,20,320)+lt(mod(X,16),1.5)*between(Y-20-0.55*X,0,38)",
         35, 128, 128),
        (_box(236, 280, 20, 96), 85, 120, 142),
        ("gt(Y,58+0.55*X)", "115+35*lt(mod(Y-0.55*X,13),2.5)", 126, 130),
        ("gt(Y,10+0.55*X)", "105+10*sin(X/3)*sin(Y/5)", 116, 120)],
        ("185+8*sin(X/5)*sin(Y/7)", 126, 132), add="40*exp(-hypot(X-52,Y-18)/60)"),
    "kitchen-ag": _paint([
        (_box(110, 210, 6, 10), 250, 128, 128), ("lt(hypot(X-90,Y-70),13)", 50, 128, 135),
        ("lt(hypot(X-220,Y-60),13)*lt(Y,62)", 120, 120, 140),
        ("lt(hypot(X-220,Y-66),12)", 160, 114, 146),
        ("between(Y,80,140)*lt(abs(X-90),22+0.1*(Y-80))", 90, 150, 110),
        ("between(Y,78,140)*lt(abs(X-220),20+0.1*(Y-78))", 150, 110, 160),
        (_box(40, 290, 120, 170), "170-30*lt(mod(X,12),6)*lt(mod(Y,12),6)", 125, 122),
        (_box(130, 200, 24, 80), 70, 160, 118)],
        ("150+6*lt(mod(X,20),1)*gt(Y,90)", 124, 126), add="30*exp(-hypot(X-160,Y-8)/80)"),
    "otilia-ag": _person(150, 90, (55, 124, 136), False, 160, (70, 140, 118), _CORR,
                         back=[("between(X,250,300)*gt(Y,20)", 90, 122, 140)]),
    "gabita-ag": _person(172, 92, (120, 118, 140), True, 172, (150, 130, 150), _CORR,
                         back=[("between(X,20,70)*gt(Y,20)", 90, 122, 140)]),
    "hotel-ag": _paint([
        ("lt(hypot(X-150,Y-56),14)*lt(Y,60)", 50, 128, 130),
        ("lt(hypot(X-150,Y-62),12)", 155, 114, 146),
        ("between(Y,72,110)*lt(abs(X-150),24)", 60, 135, 120),
        ("gt(Y,110)", "120+10*lt(mod(X,30),1)", 115, 140),
        ("between(X,200,300)*between(Y,20,90)*lt(hypot(mod(X,12)-6,mod(Y,14)-4),2)", 200, 110,
         140),
        (_box(200, 300, 20, 90), 80, 118, 142)],
        ("140+8*lt(mod(X+Y,22),1)", 118, 134), add="20*exp(-hypot(X-60,Y-20)/40)"),
    "nightst-ag": _paint([
        ("lt(hypot(mod(X,100)-50,Y-40),4)", 250, 90, 170),
        ("lt(abs(mod(X,100)-50),1)*between(Y,40,130)", 30, 128, 128),
        ("between(Y,10,110)*lt(mod(X,12),6)*lt(mod(Y,10),5)"
         "*gt(sin(floor(X/12)*12.7+floor(Y/10)*4.3),0.5)", 190, 100, 160),
        ("lt(Y,112)*gt(Y,8+20*gt(sin(floor(X/90)*2.1),0))", 30, 130, 126),
        ("gt(Y,130)", "25+30*exp(-pow(mod(X,100)-50,2)/300)", 120, 140)],
        ("14", 140, 124), add="20*exp(-pow(mod(X,100)-50,2)/500)*gt(Y,40)"),
    "bus-ag": _paint([
        ("lt(hypot(X-110,Y-92),10)+lt(hypot(X-220,Y-88),11)", 40, 128, 135),
        ("between(Y,100,150)*(lt(abs(X-110),28)+lt(abs(X-220),30))", 60, 150, 118),
        ("lt(abs(X-165),1.5)+lt(abs(Y-22),1.5)", 170, 128, 128),
        ("between(Y,30,90)*(lt(X,60)+gt(X,270))", "20+80*exp(-pow(mod(X+Y+14*N,170)-85,2)/60)",
         150, 110),
        (_box(120, 210, 40, 85), 25, 150, 120), ("gt(Y,150)", 50, 128, 128)],
        ("55", 128, 132), add="55*exp(-pow(mod(X+14*N,300)-150,2)/900)"),
    "office-ag": _paint([
        ("between(Y,6,9)*(between(X,40,140)+between(X,180,280))", 252, 128, 128),
        ("lt(hypot(X-120,Y-64),13)*lt(Y,64)", 40, 128, 130),
        ("lt(hypot(X-120,Y-70),13)", 150, 114, 146),
        ("between(Y,82,140)*lt(abs(X-120),26)", 90, 130, 120),
        (_box(182, 218, 90, 110), 235, 128, 128), (_box(170, 230, 108, 124), 40, 128, 128),
        ("between(Y,124,180)*between(X,30,300)", 100, 115, 140),
        ("between(X,20,70)*between(Y,50,124)*gt(mod(Y,25),2)", 120, 126, 124)],
        ("150+4*lt(mod(Y,30),1)", 122, 126)),
    "snowlot-ag": _paint([
        _g(_flakes(4, 19, 23, 1.6), 250), _g(_CARS.format(a="*lt(Y,146)", b="*lt(Y,152)"), 238),
        _g(_CARS.format(a="", b=""), 150),
        _g("between(Y,10,110)*between(X,20,300)", "200-30*lt(mod(X,22),10)*lt(mod(Y,18),8)"),
        _g("gt(Y,110)", 232)], ("226", 128, 128)),
    "snowyard-ag": _paint([
        _g(_flakes(5, 17, 27, 1.3), 250),
        _g("(lt(mod(X-100,30),1.2)+lt(mod(Y-80,20),1.2))*between(X,100,221)*between(Y,80,140)",
           90),
        _g(_box(240, 300, 128, 132), 120),
        _g("lt(abs(Y-20-0.3*X-8*sin(X/13)),1.2)*lt(X,140)", 110), _g("gt(Y,120)", 236)],
        ("222", 128, 130)),
    "credit-ag": _card(["un film de", "Andrei Voinea"], 16, 70, 26, "0xdddddd", FONT, "0x000000"),
    # A 1970s Czechoslovak fairy-tale film.
    "forest-ag": _paint([
        (_flakes(5, 17, 21, 1.4), 245, 128, 128),
        (f"lt(hypot((X-{_RIDER}-4)/9,(Y-88)/14),1)", 80, 100, 200),
        (f"lt(hypot(X-{_RIDER}-4,Y-72),5)", 170, 114, 146),
        (f"lt(hypot((X-{_RIDER})/26,(Y-110)/11),1)+lt(hypot((X-{_RIDER}-28)/8,(Y-96)/12),1)"
         f"+lt(abs(mod(X-{_RIDER}+22,14)-7),2)*between(Y,115,140)*lt(abs(X-{_RIDER}),24)", 230, 128,
         128),
        (_FIRS.format(u="X"), "60+150*lt(mod(Y,14),3)", 118, 122), ("gt(Y,140)", 235, 130, 126)],
        ("200-0.3*Y", 132, 124)),
    "castle-ag": _paint([
        ("between(Y,60,100)*lt(mod(X-100,20),5)*lt(mod(Y,16),7)*between(X,100,220)", 230, 70,
         160),
        ("lt(abs(X-110),(Y-26)*0.35)*between(Y,26,50)+lt(abs(X-210),(Y-20)*0.35)*between(Y,20,46)",
         60, 140, 140),
        ("lt(abs(X-110),9)*between(Y,50,110)+lt(abs(X-210),9)*between(Y,46,110)", 70, 130, 130),
        ("between(X,100,220)*between(Y,56,110)*gt(Y,56+6*lt(mod(X,10),5))", 80, 132, 128),
        ("gt(Y,108+0.002*pow(X-160,2))", 225, 135, 128)],
        ("90+0.6*Y", "150-0.3*Y", "140+0.15*Y"), add="30*exp(-hypot(X-160,Y-180)/120)"),
    "hearth-ag": _person(
        140, 90, (70, 110, 150), True, 178, (110, 118, 140), ("30+10*sin(X/5)*sin(Y/7)", 120, 140),
        back=[("lt(hypot((X-300)/30,(Y-160)/20),1)", "200+50*sin(X/3+N)*sin(Y/2-N*1.3)", 60, 180)],
        add="50*exp(-hypot(X-320,Y-140)/90)*(0.75+0.25*sin(N*1.7)*sin(N*0.9+1))"),
    "nut-ag": _paint([
        *[(f"lt(hypot((X-{x})/15,(Y-{y}+13)/6),1)", 90, 110, 140) for x, y in _NUTS],
        *[(f"lt(hypot((X-{x})/14,(Y-{y})/17),1)", f"110+30*exp(-hypot(X-{x}+5,Y-{y}+6)/6)", 100,
           150) for x, y in _NUTS],
        ("lt(hypot((X-160)/80,(Y-120)/44),1)", 170, 114, 146), ("gt(Y,150)", 60, 150, 120)],
        ("25+10*sin(X/9)*sin(Y/11)", 130, 130)),
    "stairs-ag": _paint([
        ("lt(hypot(X-160,Y-104),5)", 180, 114, 146),
        ("lt(hypot(X-160,Y-101),6)*lt(Y,103)", 60, 118, 150),
        ("between(Y,110,160)*lt(abs(X-160),4+0.35*(Y-110))", "200+40*gt(sin(X*2+Y*1.5+N*0.3),0.7)",
         130, 126),
        ("lt(hypot(X-160,Y-24),16)*gt(sin(atan2(Y-24,X-160)*12),0.4)*lt(Y,30)", 250, 100, 150),
        ("lt(mod(X,10),3)*between(Y,80,120)*(lt(X,110)+gt(X,210))", 220, 125, 132),
        ("gt(Y,100)*lt(abs(X-160),30+0.8*(Y-100))", "80-15*lt(mod(Y,8),1)", 100, 200),
        ("gt(Y,100)", "200-40*lt(mod(Y,8),1)", 125, 132)],
        ("110+20*lt(mod(X,40),3)", 120, 145), add="40*exp(-hypot(X-160,Y-24)/40)"),
    "prince-ag": _person(
        162, 88, (90, 118, 142), False, 176, (75, 100, 200),
        ("120+30*exp(-hypot(X-40,Y-60)/20)+30*exp(-hypot(X-280,Y-50)/20)", 110, 150),
        top=[("lt(abs(Y-30-0.02*pow(X-190,2)),2.5)*between(X,170,230)", 235, 128, 128),
             ("lt(hypot((X-162)/40,(Y-52)/12),1)*lt(Y,56)", 40, 150, 120)]),
    "ball-ag": _paint([
        (_any(f"lt(hypot(X-{x},Y-{y}+36),5)" for x, y in _DANCE), 170, 114, 146),
        (_any(f"between(Y,{y}-30,{y})*lt(abs(X-{x}-8),6)" for x, y in _DANCE), 40, 128, 128),
        (_any(f"between(Y,{y}-30,{y})*lt(abs(X-{x}),3+0.4*(Y-{y}+30))" for x, y in _DANCE), 210,
         140, 150),
        ("lt(hypot(mod(X,100)-50,Y-22),12)*gt(sin(atan2(Y-22,mod(X,100)-50)*10),0.5)*lt(Y,26)",
         250, 90, 160),
        ("between(Y,34,90)*lt(abs(mod(X,80)-40),14)", 70, 160, 118), ("lt(Y,96)", 170, 110, 150),
        ("gt(Y,96)", "120+20*lt(mod(X+2*Y,16),8)", 105, 155)],
        ("170", 110, 150), add="30*exp(-pow(Y-22,2)/400)"),
    "owl-ag": _paint([
        ("lt(hypot(abs(X-160)-9,Y-70),2)*gt(abs(sin(N*0.09)),0.12)", 10, 128, 128),
        ("lt(hypot(abs(X-160)-9,Y-70),5)*gt(abs(sin(N*0.09)),0.12)", 220, 60, 170),
        ("lt(abs(abs(X-160)-14),3)*between(Y,52,62)", 80, 118, 140),
        ("lt(hypot((X-160)/22,(Y-90)/30),1)", "90+20*sin(X*1.5)*sin(Y*1.2)", 118, 140),
        ("between(Y,118,128)", 50, 124, 134),
        ("lt(X,100)*lt(mod(X+0.5*Y,18),3)*lt(Y,150)", 120, 145, 120)], ("10+4*sin(X/7)", 130, 128)),
    "pond-ag": _paint([
        (f"lt(hypot(X-{_SKATER},Y-100),4)+between(Y,104,124)*lt(abs(X-{_SKATER}),4)", 60, 150,
         120),
        ("lt(mod(X,7),1.2)*between(Y,90+8*sin(X*0.9),120)*lt(X,80)", 70, 120, 140),
        ("lt(abs(X-260-4*sin(Y/9)),2)*between(Y,30,110)+lt(abs(Y-60+0.6*(X-260)),1)"
         "*between(X,260,300)", 40, 128, 128),
        ("gt(Y,110)", "200+15*sin(X/30+Y/7)", 140, 124),
        ("gt(Y,100+4*sin(X/20))", 150, 130, 128)], ("150+0.5*Y", "140-0.1*Y", "150-0.1*Y")),
    "sleigh-ag": _paint([
        (_flakes(4, 19, 23, 1.5), 245, 128, 128),
        (f"(lt(abs(X-100-6*{_TROT}),2)+lt(abs(X-122+6*{_TROT}),2))*between(Y,118,138)"
         f"+lt(hypot((X-110)/24,(Y-112-2*{_TROT})/10),1)"
         f"+lt(hypot((X-136)/7,(Y-98-2*{_TROT})/11),1)", 40, 128, 140),
        ("lt(hypot(X-175,Y-92),6)+lt(hypot(X-198,Y-90),6)", 170, 114, 146),
        ("lt(abs(Y-132),1.5)*between(X,146,228)", 200, 80, 160),
        (_box(150, 220, 100, 126), 80, 100, 200),
        (_FIRS.format(u=_U), "50+160*lt(mod(Y,12),3)", 118, 122), ("gt(Y,124)", 235, 130, 126)],
        ("170+0.2*Y", 140, 126)),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AG = {}

_BRIDGE = "(14*exp((N-MID+14)*0.16))"
_RAIN = "lt(mod(X+0.2*Y,7),0.8)*lt(mod(Y+N*24+53*sin(floor((X+0.2*Y)/7)*9.1),40),10)"
_SEPIA = _ramp(4, 14)
_BURST = "hypot(X-160,Y-90)"
_ROSE = ":borderw=2:bordercolor=0x800040"
_EDGE = ":borderw=1:bordercolor={}"

FX_AG = {
    **{f"grain{k}1-ag": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 13, "t+u", 61198011), (2, 12, "t+u", 61199023), (3, 4, "t", 61200037),
        (4, 6, "t+u", 61201041), (5, 7, "t", 61202053), (6, 9, "t+u", 61203067)]},
    # Framings and bars as in held-out-af and -ae (nothing random in them).
    **{f"{k}-ag": FX_AF[f"{k}-af"] for k in ("closer", "near", "box166", "box185")},
    **{f"{k}-ag": FX_AE[f"{k}-ae"] for k in ("box133", "box239")},
    # Looks: sepia with hand-cranked exposure, flicker, gate weave, scratches, dust and a vignette
    # in 1.33; black and white in 1.66; bright sharpened video under a channel's logo, full frame;
    # lush soft colour in 1.85; cold desaturated colour in 2.39; warm faded colour, full frame.
    "sepia-ag": "hue=s=0,eq=contrast=1.12:gamma=1.02,"
                "colorchannelmixer=.393:.769:.189:0:.349:.686:.168:0:.272:.534:.131",
    "crank-ag": "eq=brightness='0.045*sin(n*2.9)*sin(n*0.8+1)+0.035*sin(n*0.23+1)':eval=frame",
    "weave-ag": "crop=306:172:x='7+1.4*sin(n*1.7)':y='4+1.6*sin(n*2.3+1)*sin(n*0.4)',"
                "scale=320:180",
    "scratch-ag": _overlay("0.55*lt(abs(X-48-220*abs(sin(floor(N/9)*2.71))-2*sin(N*1.3)),0.7)",
                           230),
    "dust-ag": _overlay("lt(hypot(X-160-150*sin(N*17.31),Y-90-85*sin(N*53.77)),1.6)"
                        "+lt(hypot((X-160-150*sin(N*3.93+1))/4,Y-90-85*sin(N*29.1+2)),1)", 25),
    "vig-ag": "vignette=PI/3.6",
    "sink-ag": "hue=s=0,eq=contrast=1.18:gamma=0.96,gblur=sigma=0.5",
    "novela-ag": "eq=saturation=1.35:contrast=1.1:brightness=0.02,colorbalance=rs=0.04:bs=0.03,"
                 "unsharp=5:5:1.0",
    "bug-ag": f"drawtext=fontfile={FONT}:fontsize=9:fontcolor=white@0.7:text='CANAL ESTRELLA'"
              ":x=w-tw-10:y=10:borderw=1:bordercolor=0x600040@0.6",
    "saigon-ag": "eq=saturation=1.25:contrast=1.04:gamma=1.04,"
                 "colorbalance=rs=0.03:gs=0.04:bs=-0.05,gblur=sigma=0.8",
    "ro-ag": "eq=saturation=0.55:contrast=1.03:gamma=0.97,"
             "colorbalance=rs=-0.03:gs=0.03:bs=0.02:gm=0.04,gblur=sigma=0.45",
    "pohadka-ag": "eq=saturation=0.85:contrast=0.95:gamma=1.06,"
                  "colorbalance=rs=0.05:gs=0.01:bs=-0.04,gblur=sigma=0.7",
    # Camera moves: a boat rocking; pans; a hand-held camera; slow zooms and push ins; a crash
    # zoom; three zoom punches; a jolt after a slap; a tilt down a stair.
    "rock-ag": "scale=368:207,rotate=a='0.045*sin(n*0.21)':ow=320:oh=180",
    "pan-ag": "scale=368:207,crop=320:180:x='0.6*n':y=14",
    "hh-ag": "scale=352:198,crop=320:180:x='16+8*sin(n*0.29)+4*sin(n*0.77+2)'"
             ":y='9+6*sin(n*0.37+1)+3*sin(n*1.05)'",
    "zoomslow-ag": _zoom("1+0.004*in"),
    "pushin-ag": _zoom("1+0.003*in", "0.5"),
    "crash-ag": _zoom("1+0.7*clip((in-MID+3)/4,0,1)", "0.4"),
    "zooms3-ag": _zoom("1+0.16*(gte(in,MID-8)+gte(in,MID)+gte(in,MID+8))", "0.4"),
    "jolt-ag": "scale=352:198,crop=320:180"
               ":x='16+12*sin((n-MID)*2.3)*exp(-(n-MID)/4)*gte(n,MID)'"
               ":y='9+6*sin((n-MID)*3.1)*exp(-(n-MID)/4)*gte(n,MID)'",
    "tilt-ag": "scale=320:300,crop=320:180:x=0:y='120*clip((n-4)/40,0,1)'",
    # Things that are not boundaries, around MID (see the docstring): things passing the lens,
    # spray, smoke, flashes, glints, lightning and fireworks, light changing and staying changed,
    # captions, titles and subtitles.
    "splash-ag": _overlay("clip(1.3*exp(-pow((N-MID)/5,2))*exp(-hypot(X-160,(Y-110)*1.3)"
                          "/(30+3*(N-MID+10))),0,0.9)", 240),
    "passer-ag": _pass(4, 40, 160, 96, 56, 120, 28),
    "flare-ag": _overlay("0.5*clip((N-MID+6)/12,0,1)*exp(-hypot(X-50,Y-110)/70)", 250)
                + "," + _lift(["0.05*clip((n-MID+6)/12,0,1)"]),
    "bridge-ag": _overlay(f"gt(between(Y,80-1.4*{_BRIDGE},80-0.5*{_BRIDGE})+gt(abs(X-160),"
                          f"{_BRIDGE})*between(Y,80-1.4*{_BRIDGE},80+0.6*{_BRIDGE}),0)",
                          "45+10*lt(mod(Y,7),1)") + "," + _lift(["-0.12*exp(-pow((n-MID-1)/2,2))"]),
    "spray-ag": _overlay("clip(1.2*exp(-pow((N-MID)/4,2)),0,1)*(0.35+0.65*lt(hypot(mod(X,7)-3,"
                         "mod(Y+9*N,9)-4),2)*gt(mod(sin(floor(X/7)*12.9898+floor((Y+9*N)/9)*78.233)"
                         "*43758.5,1),0.4))", 235),
    "title-ag": _fade("THE LONG WEEK", 22, 70, "white", SERIF, -20, 16, _EDGE.format("black")),
    "worker-ag": _pass(5, 38, 160, 100, 60, 120, 25),
    "smoke-ag": _overlay("0.45*exp(-pow((X-120-1.2*N-8*sin(Y/9+N*0.1))/18,2))*between(Y,40,120)",
                         200),
    "door-ag": _overlay(f"between(X,14,14+34*{_ramp(-4, 4)})*between(Y,40,148)", 245)
               + "," + _lift(["0.1*clip((n-MID+4)/8,0,1)"]),
    "bulboff-ag": _grade(f"LUM*(1-0.72*{_ramp(0, 2)}*(1-between(X,214,286)*between(Y,34,100)))"),
    "lad-ag": _pass(5, -40, 160, 110, 50, 90, 15) + "," + _flash((-8, -7), (0.25, 0.1)),
    "heartitle-ag": _fade("Corazón de Cristal", 24, 138, "0xfff0f8", ITALIC, -18, None, _ROSE)
                    + "," + _overlay("clip(1.2*exp(-hypot(X-20-12*(N-MID+12),Y-150)/7)+0.7*exp("
                                     "-abs(Y-150)/1.2)*exp(-abs(X-20-12*(N-MID+12))/30),0,1)"
                                     "*between(N,MID-12,MID+14)", 252),
    "glint-ag": _overlay("clip(1.5*exp(-pow((N-MID)/2,2))*(exp(-hypot(X-250,Y-96)/12)"
                         "+0.5*exp(-abs(Y-96)/1.5-abs(X-250)/60)),0,1)", 252) + ","
                + _flash((-1, 0, 1), (0.06, 0.12, 0.06)),
    "slap-ag": _pass(3, -70, 160, 90, 55, 40, 175, 114, 146),
    "storm-ag": _overlay(f"{_WINDOW}*(eq(N,MID-3)+0.6*eq(N,MID-2)+eq(N,MID+5))", 245, 150, 120)
                + "," + _flash((-3, -2, 5), (0.28, 0.12, 0.22)),
    "press-ag": _overlay("clip(1.5*(eq(N,MID-8)*exp(-hypot(X-20,Y-90)/40)+eq(N,MID-3)"
                         "*exp(-hypot(X-300,Y-80)/40)+eq(N,MID+4)*exp(-hypot(X-60,Y-150)/40)),0,1)",
                         252) + "," + _flash((-8, -3, 4), (0.3, 0.25, 0.35)),
    "fireworks-ag": _fireworks([(80, 40, -16, 250, 100, 190), (230, 55, -8, 245, 60, 150),
                                (120, 30, -1, 250, 160, 90)]),
    "tbc-ag": _fade("CONTINUARÁ...", 22, 136, "white", ITALIC, 4, None, _ROSE) + ","
              + _grade("LUM", f"128+(CH-128)*(1-0.8*{_SEPIA})-12*{_SEPIA}",
                       f"128+(CH-128)*(1-0.8*{_SEPIA})+10*{_SEPIA}"),
    "saigon1951-ag": _fade("Saigon 1951", 12, 150, "0xfff4d8", SERIF, -12, 18),
    "rainstart-ag": _overlay(f"0.5*{_ramp(-10, 10)}*{_RAIN}", 210) + ","
                    + _lift(["-0.09*clip((n-MID+10)/20,0,1)"]) + ","
                    + _flash((6, 7), (0.22, 0.08)),
    "cyclo-ag": _pass(5, 36, 160, 110, 70, 60, 35, 125, 132),
    "moth-ag": _pass(6, 18, 160, 70, 18, 10, 200, 120, 140, dy=-4),
    "dragonfly-ag": _pass(5, -30, 160, 80, 30, 5, 30, 120, 130, dy=2),
    "credit201-ag": _fade("a film by Tran Minh Khoa", 12, 24, "0xfff4d8", SERIF, -6, None,
                          _EDGE.format("0x203010")),
    "bucharest-ag": _fade("Bucuresti 1989", 11, 150, "0xe0e0e0", FONT, -26, -10),
    "timer-ag": _grade(f"LUM*(1-0.72*{_ramp(-8, -7)}*(1-{_ramp(10, 12)}))"),
    "tube-ag": _grade("LUM*(1-0.45*(eq(N,MID-14)+eq(N,MID-12)+eq(N,MID-11)+eq(N,MID-8)))"),
    "sub1-ag": _subs([("Did you bring the money?", -14, -2), ("All of it.", 2, 14)]),
    "sub2-ag": _subs([("He wants more.", -12, 2), ("Then we go somewhere else.", 5, 16)]),
    "sub3-ag": _subs([("Name and address.", -10, 2), ("And the reason for your visit.", 5, 22)]),
    "guest-ag": _pass(5, 36, 160, 90, 60, 110, 30, 130, 126),
    "headlights-ag": _overlay("clip(1.6*(exp(-hypot(X-140-(N-MID)*26,(Y-120)*1.4)/22)"
                              "+exp(-hypot(X-180-(N-MID)*26,(Y-120)*1.4)/22))"
                              "*between(N,MID-8,MID+8),0,1)", 250) + ","
                     + _lift(["0.15*exp(-pow((n-MID)/3,2))"]) + ","
                     + _pass(14, 8, 80, 150, 16, 8, 35),
    "magic-ag": _overlay(f"clip(1.6*exp(-pow((N-MID)/2.5,2))*exp(-{_BURST}/60)"
                         f"+0.6*{_ramp(0, 6)}*exp(-{_BURST}/22),0,1)", 250, 70, 150) + ","
                + _overlay(f"gt(N,MID)*lt(hypot(mod(X+3*N,13)-6,mod(Y-2*N,11)-5),0.9)"
                           f"*lt({_BURST},20+3*(N-MID))*gt(sin(floor(X/13)*7+floor(Y/11)*3+N),0.5)",
                           250) + "," + _flash((0, 1), (0.2, 0.08)),
    "dancer-ag": _pass(4, -44, 160, 96, 70, 110, 200, 150, 150),
    "lantern-ag": _overlay("clip(0.8*exp(-hypot(X-160-(N-MID)*12,Y-120)/40),0,0.8)", 200, 90,
                           160),
    "flurry-ag": _overlay("clip(1.4*exp(-pow((N-MID)/6,2))*(0.8+0.2*sin(X/13+Y/9-N*0.6)),0,0.93)",
                          235, 130, 126),
    "konec-ag": _fade("KONEC", 30, 64, "0xfff0d0", SERIF, 2, None, _EDGE.format("0x402010")),
}

# held-out-ag (clips 198-203): new recipes again, written after held-out-af without running the
# detector on them: six more kinds of film, clips of about 20 to 22 s with 10 or 11 shots, mixing
# cuts between similar and different shots, to and from cards, between dark and between
# near-white shots with camera motion, things passing the lens, flashes, light changes, weather,
# grain, bars of four ratios and full frame, titles, captions and subtitles, dissolves of 12 to
# 40 frames, a pixel dissolve, fades through black and white and fade outs and ins.
_AV = "sepia-ag crank-ag weave-ag scratch-ag dust-ag grain11-ag vig-ag box133-ag"
_KS, _TN = "sink-ag grain21-ag box166-ag", "novela-ag grain31-ag bug-ag"
_VN, _RO = "saigon-ag grain41-ag box185-ag", "ro-ag grain51-ag box239-ag"
_CZ = "pohadka-ag grain61-ag"
HELD_OUT_AG = [
    ("animated-views", [S("programme-ag", 40, 0, _AV), "cut",
                        S("train-ag", 60, 0, _AV), "cut",
                        S("factory-ag", 50, 0, _AV), "cut",
                        S("sea-ag", 50, 0, f"splash-ag {_AV}"), "fadeblack:16",
                        S("street-ag", 58, 0, f"passer-ag {_AV}"), "cut",
                        S("boat-ag", 50, 0, f"rock-ag {_AV}"), "cut",
                        S("forgecard-ag", 30, 0, _AV), "cut",
                        S("forge-ag", 58, 0, f"flare-ag {_AV}"), "fade:12",
                        S("phantom-ag", 66, 0, f"bridge-ag {_AV}"), "cut",
                        S("garden-ag", 58, 0, f"spray-ag {_AV}"), "fadeio:20:12",
                        S("fin-ag", 36, 0, _AV)]),
    ("the-long-week", [S("town-ag", 76, 0, f"pan-ag title-ag {_KS}"), "fade:30",
                       S("mill-ag", 60, 0, f"worker-ag {_KS}"), "cut",
                       S("arthur-ag", 40, 0, f"smoke-ag {_KS}"), "cut",
                       S("doreen-ag", 36, 0, _KS), "cut",
                       S("arthur-ag", 30, 200, f"closer-ag {_KS}"), "cut",
                       S("pub-ag", 60, 0, f"door-ag {_KS}"), "fadeblack:20",
                       S("canal-ag", 56, 0, f"hh-ag {_KS}"), "cut",
                       S("viaduct-ag", 50, 0, _KS), "cut",
                       S("bedsit-ag", 48, 0, f"bulboff-ag {_KS}"), "cut",
                       S("fair-ag", 54, 0, f"lad-ag {_KS}"), "fadewhite:18",
                       S("fog-ag", 66, 0, _KS)]),
    ("corazon-de-cristal", [S("opening-ag", 60, 0, f"heartitle-ag {_TN}"), "fadewhite:12",
                            S("hacienda-ag", 56, 0, f"zoomslow-ag glint-ag {_TN}"), "cut",
                            S("maid-ag", 44, 0, _TN), "cut",
                            S("villain-ag", 44, 0, f"crash-ag {_TN}"), "cut",
                            S("maid-ag", 40, 100, f"near-ag slap-ag jolt-ag {_TN}"), "cut",
                            S("galan-ag", 50, 0, f"zooms3-ag {_TN}"), "fade:16",
                            S("salon-ag", 58, 0, f"storm-ag {_TN}"), "cut",
                            S("church-ag", 60, 0, f"press-ag {_TN}"), "dissolve:24",
                            S("balcony-ag", 58, 0, f"fireworks-ag {_TN}"), "cut",
                            S("maid-ag", 70, 300, f"zoomslow-ag tbc-ag {_TN}")]),
    ("the-courtyard-of-rain", [S("yard-ag", 80, 0, f"pan-ag saigon1951-ag {_VN}"), "fade:36",
                               S("mui-ag", 60, 0, _VN), "cut",
                               S("papaya-ag", 44, 0, f"pushin-ag {_VN}"), "cut",
                               S("rainleaf-ag", 66, 0, f"rainstart-ag {_VN}"), "cut",
                               S("cyclo-ag", 56, 0, f"cyclo-ag {_VN}"), "fadeblack:20",
                               S("lamp-ag", 58, 0, _VN), "cut",
                               S("cricket-ag", 42, 0, f"moth-ag {_VN}"), "cut",
                               S("piano-ag", 52, 0, _VN), "fadeio:16:14",
                               S("lotus-ag", 66, 0, f"dragonfly-ag {_VN}"), "fade:28",
                               S("mui2-ag", 72, 0, f"credit201-ag {_VN}")]),
    ("the-last-bus", [S("stair-ag", 60, 0, f"timer-ag hh-ag bucharest-ag {_RO}"), "cut",
                      S("kitchen-ag", 70, 0, f"tube-ag hh-ag {_RO}"), "cut",
                      S("otilia-ag", 40, 0, f"hh-ag sub1-ag {_RO}"), "cut",
                      S("gabita-ag", 36, 0, f"hh-ag sub2-ag {_RO}"), "cut",
                      S("hotel-ag", 50, 0, f"guest-ag {_RO}"), "fadeblack:24",
                      S("nightst-ag", 56, 0, f"headlights-ag {_RO}"), "cut",
                      S("bus-ag", 50, 0, _RO), "cut",
                      S("office-ag", 60, 0, f"hh-ag sub3-ag {_RO}"), "fadewhite:30",
                      S("snowlot-ag", 60, 0, _RO), "cut",
                      S("snowyard-ag", 48, 0, _RO), "fadeio:24:8",
                      S("credit-ag", 36, 0, _RO)]),
    ("the-snow-princess", [S("forest-ag", 70, 0, _CZ), "fade:40",
                           S("castle-ag", 66, 0, f"zoomslow-ag {_CZ}"), "cut",
                           S("hearth-ag", 48, 0, _CZ), "cut",
                           S("nut-ag", 56, 0, f"magic-ag {_CZ}"), "fadewhite:16",
                           S("stairs-ag", 60, 0, f"tilt-ag {_CZ}"), "cut",
                           S("prince-ag", 42, 0, _CZ), "cut",
                           S("prince-ag", 32, 200, f"closer-ag {_CZ}"), "cut",
                           S("ball-ag", 56, 0, f"dancer-ag {_CZ}"), "fadeblack:28",
                           S("owl-ag", 60, 0, f"lantern-ag {_CZ}"), "cut",
                           S("pond-ag", 80, 0, f"flurry-ag {_CZ}"), "fade:40",
                           S("sleigh-ag", 80, 0, f"konec-ag {_CZ}")]),
]
