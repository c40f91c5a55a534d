"""Sources, effects and recipes of held-out-ai (clips 210-215), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-209. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a framed title card,
a street of tin houses at night under a street lamp with a caption and a pan, a dance hall under a
chandelier with a couple dancing past the lens, a bandoneon player whose bellows open and close, a
woman's and a man's faces before one papered wall and a closer framing of hers, a tenement patio
in the rain with lightning, a dark boarding-house room whose bedside lamp is switched on, a
transporter bridge over the river in the morning haze as the sun comes up and gulls fly past the
lens, and a framed card reading FIN (a 1950s Argentine tango melodrama in 1.37, silvery black and
white with grain and flicker); a kiosk on a snowy street at night under a title, a laundrette's
drums turning, a man's and a woman's faces before one teal wall with subtitles and a slow push
in, a karaoke bar whose stage light changes from red to blue, a frozen harbour and a snowy field,
both near white, a dark flat lit by a flickering television, a bus stop at night with a lit bus
sweeping past close to the lens and a card reading LOPPU (a 1990s Finnish deadpan comedy in 1.85,
flat saturated colour); a canal at dusk with a longtail boat under a title and a pan, a dark
hospital ward pushed in on with a pale figure passing the lens, a nurse's and a ghost girl's faces
and the nurse again under a snap zoom, a spirit house with flickering candles and incense, a
darkroom under a red safelight whose white light is switched on, a monsoon street with an
umbrella passing the lens, a white temple courtyard and sheets drying in the sun, both near
white, and the canal again in a nearer framing under a credit (a 2000s Thai ghost film in 2.39,
desaturated green-cyan digital colour); an autobahn seen from a field under a title and a pan, a
flat with brown wallpaper and a test card on the television, a woman's and a man's faces before
one wallpaper, a tram street in the rain where the pantograph sparks, shot hand-held, a pub with a
jukebox's cycling lights and a drinker passing the lens, a factory yard under a pan and a closer
framing of it, a forest with sun shafts dimmed by a cloud, a lake at dusk with glints under a
credit and a card reading ENDE (a 1970s New German Cinema film in 1.66, muted brown and olive
colour with grain); the steppe with a ger under a title, a herd of horses galloping under a whip
pan, the dark inside of a ger by its stove, a grandmother's and a boy's faces before one felt wall
with subtitles, an eagle flying past the lens before the mountains, a ground blizzard and a flock
of sheep in the snow, both near white, a ger at night under the stars whose lamp goes out, the
city at dusk under a pan and the steppe again in a nearer framing under a credit (a 2010s
Mongolian film, full frame, cold bright colour); a title card, a block of flats with laundry shot
hand-held, a parade with a red flag passing the lens, a woman's and a man's faces before one
plaster wall and a nearer framing of his, a tavern with a brass band and a camera's flash, the
Danube at dusk with a barge and glints under a slow zoom out, a dark cellar whose swinging bulb is
switched on, a sunflower field in the wind with a whip pan and a card reading KRAJ (a 1960s
Yugoslav Black Wave film in 1.33, faded yellowed colour with scratches).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _card as _framed, _pass
from shots_sources_ad import _card
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _person
from shots_sources_ag import _any, _box, _fade, _flakes, _g, _zoom

_EDGE = ":borderw=1:bordercolor={}"
_SPARK = "gt(mod(sin(X*12.9898+Y*78.233+N*{k})*43758.5,1),{t})"
_STARS = "gt(mod(sin(X*12.9898+Y*78.233)*43758.5,1),0.993)"

# A 1950s Argentine tango melodrama (drawn in greys).
_PAPEL = ("118+18*lt(abs(mod(X,24)-12)+abs(mod(Y,24)-12),4)", 128, 128)
_LLUVIA = "lt(mod(X-0.15*Y,7),0.8)*lt(mod(Y+N*24+61*sin(floor((X-0.15*Y)/7)*11.3),42),9)"
_BW = "(48+22*sin(N*0.25))"  # the half width of the bandoneon's bellows
_COUPLES = [f"({x}+6*sin(N*0.2+{p}))" for x, p in ((70, 0), (160, 2), (250, 4))]

# A 1990s Finnish deadpan comedy.
_TEAL = ("104+6*lt(mod(Y,36),1)", 150, 96)
_DRUMS = (60, 130, 200, 270)
_TV = "(sin(N*1.7)*sin(N*0.63+1))"

# A 2000s Thai ghost film.
_BOAT = "(330-1.6*N)"
_CANDLES = (140, 160, 180)
_MONSOON = "lt(mod(X+0.1*Y,8),0.8)*lt(mod(Y+N*28+47*sin(floor((X+0.1*Y)/8)*5.7),38),11)"

# A 1970s New German Cinema film.
_ORANGE = ("95+20*lt(abs(hypot(mod(X,30)-15,mod(Y,30)-15)-8),2)", 105, 150)
_DRIZZLE = "lt(mod(X-0.3*Y,9),0.7)*lt(mod(Y+N*20+53*sin(floor((X-0.3*Y)/9)*8.9),50),8)"

# A 2010s Mongolian film.
_FELT = ("72+8*lt(mod(X+Y,16),1.5)", 120, 140)
_HORSES = [(f"(mod({30 + 72 * k}+4*N,400)-40)", k) for k in range(5)]
_GER = "lt(hypot((X-200)/26,(Y-96)/10),1)*lt(Y,96)+between(X,174,226)*between(Y,96,116)"

# A 1960s Yugoslav Black Wave film.
_PLASTER = ("150+10*sin(X/11)*sin(Y/9)-30*gt(Y,132)", 122, 136)
_BARGE = "(-60+0.9*N)"
_FLAGS = (40, 110, 180, 250)
_HEADS = (90, 160, 230)
_SUN = "lt(hypot(mod(X+4*sin(N*0.2+Y/20),30)-15,mod(Y,26)-13),{r})*gt(Y,60)"

LAVFI_AI = {
    # A 1950s Argentine tango melodrama.
    "titulo-ai": _framed(["LA ULTIMA MILONGA", "1952"], 22, 60, 42, "0xe8e8e8", SERIF, "0x0a0a0a",
                         "0x909090"),
    "boca-ai": _paint([
        _g("lt(hypot(X-232,Y-36),6)", 245),
        _g("lt(abs(X-232),1.5)*between(Y,40,140)+lt(abs(Y-40),1)*between(X,222,232)", 28),
        _g("between(Y,52,70)*(between(X,28,50)+between(X,98,120)+between(X,168,188))",
           "190+20*lt(mod(X,11),1)"),
        _g("lt(abs(Y-78),1)*between(X,16,204)+lt(mod(X,8),1)*between(Y,78,88)*between(X,16,204)",
           38),
        _g("lt(X,210)*lt(Y,140)*gt(Y,24+14*lt(mod(floor(X/70),2),1))",
           "58+12*lt(mod(X,5),2)+12*lt(mod(X,70),2)"),
        _g("gt(Y,140)",
           "28+34*exp(-abs(X-232)/12)*(0.6+0.4*sin(Y*1.7+N*0.2))+6*lt(mod(X+3*Y,16),1)")],
        ("22+0.08*Y", 128, 128), add="55*exp(-hypot(X-232,Y-36)/28)"),
    "salon-ai": _paint([
        _g(_any(f"lt(hypot(X-{x},Y-24),3)" for x in (130, 145, 160, 175, 190)), 250),
        _g("lt(hypot((X-160)/34,(Y-20)/8),1)*gt(Y,20)", 90),
        _g(_any(f"lt(hypot(X-{c}+7,Y-66),7)+lt(hypot(X-{c}-7,Y-70),6.5)" for c in _COUPLES), 30),
        _g(_any(f"between(Y,74,135)*lt(abs(X-{c}+8),10+0.05*(Y-74))" for c in _COUPLES), 25),
        _g(_any(f"between(Y,76,135)*lt(abs(X-{c}-8),9+0.25*(Y-76))" for c in _COUPLES), 175),
        _g("gt(Y,128)", "105+30*lt(mod(floor(X/22)+floor(Y/8),2),1)"),
        _g("lt(mod(X,64),8)", 150),
        _g("between(mod(X,64),16,56)*between(Y,34,110)", "85+20*sin(X/9+Y/13)")],
        ("112", 128, 128), add="40*exp(-hypot(X-160,Y-22)/50)"),
    "bandoneon-ai": _person(150, 66, (18, 128, 128), False, 160, (35, 128, 128),
                            ("40+8*sin(X/13)", 128, 128), top=[
        _g(f"lt(abs(abs(X-150)-{_BW}-10),10)*between(Y,112,164)"
           "*lt(hypot(mod(X,6)-3,mod(Y,6)-3),1.3)", 220),
        _g(f"lt(abs(abs(X-150)-{_BW}-10),10)*between(Y,112,164)", 22),
        _g(f"lt(abs(X-150),{_BW})*between(Y,116,160)",
           f"70+90*lt(mod((X-150)*24/{_BW}+60,6),2)")]),
    "rosa-ai": _person(160, 90, (22, 128, 128), True, 205, (55, 128, 128), _PAPEL, top=[
        _g("lt(hypot(X-134,Y-60),7)*gt(sin(atan2(Y-60,X-134)*5),-0.5)", 235)]),
    "carlos-ai": _person(154, 92, (14, 128, 128), False, 165, (30, 128, 128), _PAPEL, top=[
        _g("lt(hypot((X-154)/10,(Y-112)/2),1)", 18),
        _g("lt(abs(X-154),3)*between(Y,138,180)", 20),
        _g("between(Y,136,180)*lt(abs(X-154),0.35*(Y-130))", 210)]),
    "patio-ai": _paint([
        _g(_LLUVIA, 150),
        _g("lt(hypot(X-160,Y-96),6)+between(Y,102,122)*lt(abs(X-160),7)", 20),
        _g(_box(148, 172, 72, 122), "175+10*sin(Y/3)"),
        _g("lt(abs(Y-48-0.002*pow(X-160,2)),0.8)", 90),
        _g("between(Y-48-0.002*pow(X-160,2),0,18)*lt(mod(X,36),14)*between(X,40,280)",
           "160+20*lt(mod(X,36),2)"),
        _g("(lt(X,70+0.3*Y)+gt(X,250-0.3*Y))*lt(Y,150)",
           "48+10*lt(mod(Y,22),1.2)+16*lt(mod(X+Y,70),20)*between(mod(Y,60),20,55)"),
        _g("between(Y,30,130)", "38+6*lt(mod(X,30),1)"),
        _g("gt(Y,130)", "24+18*sin(X/7+Y/3)*exp(-abs(X-160)/40)")],
        ("14", 128, 128)),
    "cuarto-ai": _paint([
        _g("lt(abs(X-80),10+0.4*(Y-62))*between(Y,62,76)", 120),
        _g("lt(abs(X-80),2)*between(Y,76,92)", 50),
        _g(_box(60, 100, 92, 130), 45),
        _g("lt(hypot((X-130)/16,(Y-100)/6),1)", 120),
        _g(_box(104, 116, 70, 130), 35),
        _g(_box(110, 300, 100, 140), 90),
        _g("lt(abs(X-160),1)*between(Y,30,50)+lt(abs(Y-36),1)*between(X,155,165)", 30),
        _g(f"{_box(200, 270, 20, 80)}*(lt(abs(X-235),1.5)+lt(abs(Y-50),1.5))", 30),
        _g(_box(200, 270, 20, 80), "70+10*lt(mod(X,35),1.5)"),
        _g("gt(Y,140)", "30+4*lt(mod(X+Y,20),1)")],
        ("38+6*lt(mod(X,28),1)", 128, 128)),
    "riachuelo-ai": _paint([
        _g("(lt(abs(X-60),6)+lt(abs(X-262),6))*between(Y,14,116)", "40+25*lt(mod(X+Y,10),2)"),
        _g("between(Y,12,22)*between(X,54,268)", "40+30*lt(mod(X-Y,10),2)"),
        _g(_box(150, 170, 22, 28), 45),
        _g("lt(abs(X-160),0.6)*between(Y,28,98)", 60),
        _g(_box(136, 184, 98, 112), 50),
        _g("between(Y,96,120)*lt(mod(X,50),36)*gt(Y,96+6*lt(mod(X,50),18))", 70),
        _g("between(Y,108,120)", 72),
        _g("gt(Y,120)", "110+20*sin(Y*0.9+N*0.12+X/31)")],
        ("185-0.3*Y", 128, 128), mul="0.6",
        add="70+0.5*clip(N-10,0,60)*exp(-hypot(X-220,Y-70)/50)"),
    "fin-ai": _framed(["FIN"], 32, 70, 0, "0xe8e8e8", SERIF, "0x0a0a0a", "0x808080"),
    # A 1990s Finnish deadpan comedy.
    "kioski-ai": _paint([
        (_flakes(4, 19, 23, 1.4), 240, 128, 128),
        ("lt(hypot(X-200,Y-96),6)+between(Y,102,140)*lt(abs(X-200),8)", 20, 135, 125),
        (_box(90, 150, 70, 100), 230, 90, 150),
        (_box(74, 166, 44, 52), 60, 128, 128),
        (_box(80, 160, 50, 140), 80, 110, 190),
        ("gt(Y,140)", "200+6*sin(X/7)", 135, 122),
        ("lt(hypot(X-290,Y-30),4)", 240, 100, 150),
        ("lt(abs(X-290),1.2)*between(Y,30,140)", 30, 128, 128),
        ("lt(Y,140)*gt(Y,20)", "30+6*lt(mod(X,40),2)", 140, 120)],
        ("20", 140, 120), add="45*exp(-hypot(X-120,Y-85)/40)+35*exp(-hypot(X-290,Y-30)/30)"),
    "pesula-ai": _paint([
        (_any(f"lt(hypot(X-{x},Y-100),14)*gt(sin(atan2(Y-100,X-{x})*3+N*0.4),0.3)"
              for x in _DRUMS), 170, 100, 170),
        (_any(f"lt(hypot(X-{x},Y-100),16)" for x in _DRUMS), 50, 140, 120),
        (_any(f"lt(hypot(X-{x},Y-100),20)" for x in _DRUMS), 200, 126, 128),
        ("between(Y,70,140)*lt(mod(X-25,70),60)", 225, 126, 128),
        ("between(Y,40,50)*lt(abs(X-160),60)", 220, 110, 190),
        ("gt(Y,140)", 100, 120, 140)],
        ("110", 150, 95)),
    "kalle-ai": _person(150, 92, (30, 128, 128), False, 175, (50, 140, 120), _TEAL),
    "irma-ai": _person(170, 92, (110, 112, 150), True, 190, (80, 100, 200), _TEAL),
    "karaoke-ai": _paint([
        (_any(f"lt(hypot(X-{x},Y-150),12)+between(Y,160,180)*lt(abs(X-{x}),16)"
              for x in (40, 280)), 10, 128, 128),
        ("lt(hypot(X-160,Y-70),9)+between(Y,79,140)*lt(abs(X-160),14+0.15*(Y-79))", 40, 128, 132),
        ("lt(abs(X-150),1)*between(Y,80,150)", 150, 128, 128),
        ("gt(Y,140)", 60, 120, 150),
        ("lt(mod(X,6),2)", "90+30*sin(Y/5+X)", 110, 170)],
        ("40", 120, 170), add="50*lt(abs(X-160),10+0.35*Y)*lt(Y,150)"),
    "satama-ai": _paint([
        ("lt(hypot(X-120+0.3*N,Y-112),2.5)+between(Y,114,124)*lt(abs(X-120+0.3*N),2)", 40, 128,
         128),
        ("lt(abs(X-250-0.3*(Y-50)),1.2)*between(Y,50,84)", 160, 128, 128),
        (_box(220, 290, 84, 96), 150, 130, 126),
        ("gt(Y,96)", "225+6*sin(X/13)*sin(Y/7)", 132, 126)],
        ("235-0.05*Y", 134, 124)),
    "pelto-ai": _paint([
        ("between(Y,70,100)*lt(mod(X+7*sin(X/30),23),1.5)", 120, 128, 128),
        ("lt(abs(Y-40-0.0015*pow(mod(X,160)-80,2)),0.7)", 150, 128, 128),
        ("lt(mod(X,160),2)*between(Y,40,100)", 110, 128, 128),
        ("gt(Y,100)", "232+4*sin(X/5+Y/9)", 130, 126)],
        ("226", 132, 126)),
    "tv-ai": _paint([
        (_box(220, 270, 70, 110), f"150+60*{_TV}", 160, 110),
        (_box(210, 280, 62, 140), 30, 128, 128),
        ("lt(hypot(X-60,Y-92),10)", 35, 128, 132),
        (_box(30, 170, 100, 150), 25, 130, 124),
        (f"{_box(100, 150, 20, 70)}*(lt(abs(X-125),1.5)+lt(abs(Y-45),1.5))", 20, 128, 128),
        (_box(100, 150, 20, 70), 40, 150, 120)],
        ("14", 140, 122), add=f"(18+14*{_TV})*exp(-hypot(X-240,Y-90)/90)"),
    "pysakki-ai": _paint([
        ("lt(hypot(X-40,Y-26),5)", 240, 100, 170),
        ("lt(abs(X-40),1.5)*between(Y,30,140)", 30, 128, 128),
        (_box(190, 230, 60, 120), 210, 110, 150),
        ("(lt(abs(X-180),1.5)+lt(abs(X-290),1.5))*between(Y,50,130)"
         "+between(Y,48,52)*between(X,180,290)",
         50, 128, 128),
        (_box(240, 286, 106, 112), 60, 125, 130),
        ("gt(Y,130)", "150+6*sin(X/9)", 130, 140),
        ("lt(Y,130)*gt(Y,30)", "22+6*lt(mod(X,50),2)", 140, 122)],
        ("12", 138, 122), add="60*exp(-hypot(X-40,Y-26)/40)+30*exp(-hypot(X-210,Y-90)/50)"),
    "loppu-ai": _card(["LOPPU"], 30, 72, 0, "0xf0e0a0", FONT, "0x102028"),
    # A 2000s Thai ghost film.
    "khlong-ai": _paint([
        (f"lt(hypot(X-{_BOAT}-10,Y-100),4)+between(Y,104,116)*lt(abs(X-{_BOAT}-10),3)", 30, 128,
         128),
        (f"between(X,{_BOAT},{_BOAT}+60)*between(Y,114,122)", 40, 125, 135),
        (f"gt(Y,122)*lt(abs(Y-124-0.1*(X-{_BOAT}-60)),1.5)*between(X,{_BOAT}+60,{_BOAT}+200)",
         170, 128, 128),
        ("between(Y,64,80)*lt(mod(X,30),10)*between(X,20,110)", 200, 100, 170),
        ("between(Y,100,120)*lt(mod(X,20),2)*between(X,10,120)", 30, 128, 128),
        ("gt(Y,30+0.6*abs(X-65))*lt(Y,52)*lt(X,130)", 40, 128, 135),
        (_box(10, 120, 50, 100), 70, 120, 140),
        ("lt(hypot(X-260,Y-40),24)*gt(sin(atan2(Y-40,X-260)*7),0.4)*lt(Y,52)", 25, 128, 120),
        ("lt(abs(X-260-0.15*(Y-40)),2)*between(Y,40,112)", 25, 128, 128),
        ("gt(Y,112)", "80+25*sin(Y*0.9+N*0.15+X/25)", 120, 140),
        ("between(Y,100,112)", 45, 128, 128)],
        ("170-0.6*Y", 110, 160)),
    "ward-ai": _paint([
        (f"{_box(130, 190, 20, 80)}*(lt(abs(X-160),1.5)+lt(abs(Y-50),1.5))", 20, 128, 128),
        (_box(130, 190, 20, 80), 90, 150, 115),
        ("lt(hypot(X-280,Y-40),4)", 220, 120, 140),
        ("lt(mod(X,64),4)*between(Y,96,130)", 60, 128, 128),
        ("lt(mod(X,64),44)*between(Y,112,130)", 140, 132, 124),
        ("gt(Y,130)", "35+20*exp(-abs(X-160)/30)", 136, 122)],
        ("28", 136, 122), add="30*exp(-hypot(X-280,Y-40)/30)"),
    "nurse-ai": _person(150, 92, (15, 128, 128), False, 170, (220, 128, 128),
                        ("40+8*lt(mod(X,40),2)", 145, 115),
                        top=[("between(Y,42,52)*lt(abs(X-150),18)", 235, 128, 128)]),
    "girl-ai": _person(170, 88, (8, 128, 128), True, 215, (230, 130, 125), ("22", 138, 120),
                       top=[("lt(abs(X-158),5)*between(Y,60,130)", 8, 128, 128)]),
    "shrine-ai": _paint([
        (_any(f"lt(hypot((X-{x})/2,(Y-104-sin(N*1.3+{x}))/4),1)" for x in _CANDLES), 250, 90,
         170),
        (_any(f"lt(abs(X-{x}),1.5)*between(Y,108,118)" for x in _CANDLES), 220, 128, 128),
        ("lt(abs(Y-80-0.01*pow(X-160,2)),2)*lt(abs(X-160),40)*lt(mod(X,4),3)", 200, 80, 150),
        (_box(150, 170, 80, 110), 20, 128, 128),
        ("gt(Y,40+0.8*abs(X-160))*lt(Y,70)*lt(abs(X-160),46)", 90, 100, 160),
        (_box(125, 195, 70, 110), 70, 110, 150),
        (_box(152, 168, 110, 180), 50, 128, 128)],
        ("10", 130, 128),
        add="40*exp(-hypot(X-160,Y-104)/40)*(0.8+0.2*sin(N*1.9)*sin(N*0.7))"
            "+25*exp(-pow((X-160-10*sin(Y/15+N*0.2))/12,2))*lt(Y,100)"),
    "darkroom-ai": _paint([
        ("lt(hypot(X-260,Y-30),8)", 200, 100, 220),
        ("lt(hypot((X-150)/14,(Y-124)/10),1)", "90+min(N,60)", 125, 140),
        (_box(110, 190, 116, 140), 60, 120, 160),
        ("between(X,60,70)*between(Y,10,80)*lt(mod(Y,12),9)", 40, 120, 150),
        ("gt(Y,140)", 30, 120, 150)],
        ("25", 118, 170), add="50*exp(-hypot(X-260,Y-30)/40)"),
    "monsoon-ai": _paint([
        (_MONSOON, 160, 128, 128),
        ("between(X,40,90)*between(Y,30,44)*lt(mod(X,7),5)", 200, 170, 80),
        (_box(220, 280, 26, 38), 210, 80, 200),
        ("lt(Y,110)*(lt(X,110)+gt(X,200))", "35+8*lt(mod(Y,20),1)", 132, 126),
        ("gt(Y,110)", "25+40*exp(-abs(X-65)/16)*(0.6+0.4*sin(Y*1.6+N*0.5))"
                      "+30*exp(-abs(X-250)/14)*(0.6+0.4*sin(Y*1.4+N*0.5))", 140, 128)],
        ("15", 135, 125)),
    "chedi-ai": _paint([
        ("lt(hypot(X-90,Y-112),3)+between(Y,115,130)*lt(abs(X-90),3)", 150, 80, 190),
        ("lt(abs(X-160),1)*between(Y,8,24)", 170, 110, 150),
        ("between(Y,20,120)*lt(abs(X-160),4+0.35*(Y-20)+20*gt(Y,80))",
         "222-12*lt(mod(Y,14),1.5)-0.15*abs(X-160)", 126, 130),
        ("gt(Y,120)", "205+5*sin(X/6)", 128, 130)],
        ("196+0.05*Y", 132, 124)),
    "sheets-ai": _paint([
        ("lt(abs(Y-28),0.8)", 120, 128, 128),
        ("lt(mod(X+6*sin(Y/10+N*0.3),90),3)*between(Y,28,34)", 90, 128, 128),
        ("between(Y,28,130)*lt(mod(X+6*sin(Y/10+N*0.3),90),70)",
         "218+8*sin(X/5+N*0.4)-10*lt(mod(X+6*sin(Y/10+N*0.3),90),4)", 128, 128),
        ("gt(Y,150)", 200, 126, 132)],
        ("196", 134, 124)),
    # A 1970s New German Cinema film.
    "autobahn-ai": _paint([
        (_any(f"between(mod(X-7*N-{k * 97},420),0,34)*between(Y,102,111)" for k in range(4)),
         "60+100*lt(mod(X,7),2)", 120, 150),
        (_any(f"between(mod(X+9*N-{k * 131},420),0,30)*between(Y,112,121)" for k in range(3)),
         150, 140, 120),
        ("lt(abs(mod(X,70)-35),6-0.05*abs(Y-60))*between(Y,30,100)", 60, 120, 126),
        ("between(Y,100,122)", 90, 128, 128),
        ("gt(Y,122)", "110+10*lt(mod(Y*3+X*0.2,9),2)", 110, 135)],
        ("170-0.2*Y", 132, 124)),
    "wohnung-ai": _paint([
        (_box(210, 260, 80, 112), "100+60*lt(mod(X,8),4)", 128, 128),
        (_box(200, 270, 72, 140), 50, 120, 140),
        ("lt(hypot(X-80,Y-40),14)", 230, 90, 170),
        ("lt(abs(X-80),0.8)*lt(Y,26)", 30, 128, 128),
        (_box(20, 180, 110, 150), 70, 110, 150),
        (_box(120, 190, 20, 90), "200+10*sin(X*1.5)", 126, 130),
        ("gt(Y,150)", 60, 115, 145)],
        _ORANGE, add="40*exp(-hypot(X-80,Y-40)/40)"),
    "petra-ai": _person(160, 92, (150, 100, 145), True, 185, (90, 110, 150), _ORANGE),
    "ali-ai": _person(152, 92, (20, 128, 128), False, 130, (60, 125, 135), _ORANGE,
                      top=[("lt(hypot((X-152)/11,(Y-112)/2.2),1)", 18, 128, 128)]),
    "strasse-ai": _paint([
        (_DRIZZLE, 140, 128, 128),
        ("lt(abs(Y-28-0.05*X),0.7)+lt(abs(Y-34-0.05*X),0.7)", 120, 128, 128),
        ("lt(Y,100)*lt(mod(X,28),12)*lt(mod(Y,26),12)"
         "*gt(sin(floor(X/28)*5.1+floor(Y/26)*2.3),0.3)", 170, 110, 150),
        ("lt(Y,100)", 30, 128, 130),
        ("gt(Y,100)*(lt(abs(X-160-1.2*(Y-100)),1)+lt(abs(X-160+1.2*(Y-100)),1))", 120, 128, 128),
        ("gt(Y,100)", "20+15*sin(Y*1.3+X/17)", 132, 128)],
        ("12", 135, 126)),
    "kneipe-ai": _paint([
        ("between(X,250,290)*between(Y,60,130)*lt(abs(hypot(X-270,Y-90)-16),3)", 180,
         "128+60*sin(N*0.3)", "128+60*cos(N*0.3)"),
        (_box(248, 292, 56, 140), 60, 120, 150),
        (_any(f"lt(hypot(X-{x},Y-70),9)+between(Y,79,140)*lt(abs(X-{x}),14)"
              for x in (60, 120, 180)),
         25, 128, 132),
        ("lt(abs(Y-100),2)*lt(X,222)", 120, 120, 140),
        ("between(Y,100,140)*lt(X,220)", 50, 115, 150),
        (_any(f"lt(hypot((X-{x})/14,(Y-20)/6),1)*gt(Y,20)" for x in (80, 180)), 200, 100, 160),
        ("lt(Y,90)*between(X,20,220)*lt(mod(X,10),4)*between(mod(Y,30),10,28)", 90, 140, 120),
        ("gt(Y,140)", 40, 120, 140)],
        ("55", 115, 145), add="30*exp(-hypot(X-80,Y-24)/40)+30*exp(-hypot(X-180,Y-24)/40)"),
    "fabrik-ai": _paint([
        ("gt(Y,110)*(lt(mod(X+Y,12),1)+lt(mod(X-Y,12),1))", 40, 128, 128),
        ("lt(abs(X-210-0.6*(40-Y)-4*sin(Y/9+N*0.3)),3+0.3*(40-Y))*lt(Y,40)", 150, 128, 128),
        ("lt(abs(X-210),5)*between(Y,40,100)+lt(abs(X-110),4)*between(Y,50,100)", 60, 115, 150),
        ("gt(Y,88+12*mod(X,40)/40)*lt(Y,130)", "80+10*lt(mod(X,40),2)", 115, 145),
        ("gt(Y,130)", 100, 122, 134)],
        ("175-0.2*Y", 128, 130)),
    "wald-ai": _paint([
        ("lt(abs(mod(X+0.1*Y,45)-22),4+0.02*Y)", 40, 120, 135),
        ("gt(Y,140)", "70+8*sin(X*1.1)*sin(Y*0.9)", 105, 140)],
        ("120", 105, 128), add="40*lt(abs(mod(X-0.5*Y,90)-45),8)"),
    "see-ai": _paint([
        ("lt(hypot(X-100,Y-130),3)+lt(hypot(X-124,Y-138),3)", 60, 120, 140),
        ("between(Y,110,116)*lt(X,150)+lt(mod(X,24),2)*between(Y,116,130)*lt(X,150)", 40, 128,
         130),
        ("between(Y,100,160)*lt(abs(X-220),20+0.3*(Y-100))*" + _SPARK.format(k="2.3", t="0.985"),
         252, 110, 160),
        ("gt(Y,96)", "90+15*sin(Y*0.8+N*0.2+X/40)", 140, 135),
        ("between(Y,80,96)*gt(Y,80+8*sin(X/40))", 50, 120, 135)],
        ("190-0.8*Y", 100, 160), add="30*exp(-hypot(X-220,Y-96)/40)"),
    "ende-ai": _card(["ENDE"], 28, 74, 0, "0xf0f0f0", FONT, "0x000000"),
    # A 2010s Mongolian film.
    "steppe-ai": _paint([
        (_box(194, 206, 102, 116), 100, 90, 180),
        (_GER, 235, 126, 128),
        ("lt(hypot((mod(X-0.4*N,160)-80)/40,(Y-30)/10),1)", 240, 130, 126),
        ("gt(Y,90+8*sin(X/50)+4*sin(X/17))", "120+10*sin(X/30+Y/10)", 100, 115),
        ("gt(Y,80+10*sin(X/70+1))", 150, 140, 115)],
        ("190-0.5*Y", 165, 105)),
    "horses-ai": _paint([
        (_any(f"lt(hypot((X-{x})/18,(Y-100-2*sin(N*0.8+{k}))/8),1)"
              f"+lt(hypot((X-{x}-20)/6,(Y-90)/5),1)"
              f"+between(Y,104,120)*lt(abs(abs(X-{x})-10-3*sin(N*0.8+{k})),1.5)"
              for x, k in _HORSES), 60, 115, 145),
        ("gt(Y,112)", "130+20*exp(-pow(Y-118,2)/30)", 110, 138),
        ("gt(Y,80+10*sin(X/70))", 120, 100, 118)],
        ("195-0.5*Y", 162, 108)),
    "gerin-ai": _paint([
        ("lt(hypot((X-160)/30,(Y-10)/8),1)", 250, 128, 128),
        ("lt(abs(X-160),3)*between(Y,18,110)", 40, 128, 128),
        (_box(152, 168, 122, 134), "200+30*sin(N*2.1)", 90, 200),
        (_box(145, 175, 110, 145), 30, 128, 128),
        ("lt(Y,60)*lt(abs(sin(atan2(Y+20,X-160)*18)),0.12)", 70, 115, 150),
        ("between(Y,60,140)*(lt(mod(X+Y,16),1.5)+lt(mod(X-Y,16),1.5))", 80, 115, 150),
        ("between(Y,60,140)", 40, 120, 140),
        ("gt(Y,140)", "50+10*lt(mod(X,12),6)", 110, 170)],
        ("30", 120, 140),
        add="30*lt(abs(X-160-0.2*(Y-10)),20)*between(Y,10,140)"
            "+40*exp(-hypot(X-160,Y-128)/40)*(0.8+0.2*sin(N*2.1))"),
    "emee-ai": _person(150, 94, (40, 128, 128), False, 150, (90, 150, 100), _FELT,
                       top=[("lt(hypot((X-150)/36,(Y-78)/32),1)*lt(Y,78)", 110, 160, 110)]),
    "bold-ai": _person(174, 96, (20, 128, 128), False, 160, (100, 110, 170), _FELT),
    "eagle-ai": _paint([
        ("lt(hypot(X-100,Y-88),3)+between(Y,90,100)*lt(abs(X-100),4)", 40, 128, 128),
        ("gt(Y,60+30*abs(sin(X/40))+10*sin(X/13))*lt(Y,70+30*abs(sin(X/40))+10*sin(X/13))", 235,
         130, 126),
        ("gt(Y,60+30*abs(sin(X/40))+10*sin(X/13))", 100, 125, 132),
        ("gt(Y,100)", 130, 115, 135)],
        ("200-0.5*Y", 160, 108)),
    "tsas-ai": _paint([
        ("lt(mod(Y+3*sin(X/40+N*0.3),9),1)*lt(mod(X-12*N+37*sin(floor(Y/9)*7.1),80),40)", 245,
         128, 128),
        ("lt(hypot((X-240)/12,(Y-100)/5),1)*lt(Y,100)+between(X,228,252)*between(Y,100,108)",
         190, 128, 128),
        ("gt(Y,104+3*sin(X/30))", "226+4*sin(X/9)*sin(Y/5)", 130, 126)],
        ("214+0.05*Y", 134, 124)),
    "honi-ai": _paint([
        ("lt(hypot(mod(X-0.3*N+5*floor(Y/14),22)-17,mod(Y,14)-7),1.5)*between(Y,90,160)", 60, 128,
         128),
        ("lt(hypot((mod(X-0.3*N+5*floor(Y/14),22)-11)/7,(mod(Y,14)-7)/4),1)*between(Y,90,160)",
         215, 120, 136),
        ("gt(Y,80)", 238, 130, 126)],
        ("230", 134, 124)),
    "shono-ai": _paint([
        (_box(194, 206, 102, 116), 240, 90, 180),
        (_GER, 65, 135, 124),
        (f"{_STARS}*lt(Y,100)", "180+70*sin(N*0.5+X)", 128, 128),
        ("gt(Y,104)", 40, 140, 124)],
        ("8+0.05*Y", 140, 122),
        add="25*exp(-pow((Y-40+0.4*(X-160))/20,2))*lt(Y,100)"
            "+60*exp(-hypot(X-200,Y-120)/25)*gt(Y,110)"),
    "khot-ai": _paint([
        ("lt(abs(X-250-0.6*(30-Y)-4*sin(Y/8+N*0.25)),14+0.3*(30-Y))*lt(Y,32)", 170, 128, 128),
        ("lt(abs(X-250),14+0.004*pow(Y-70,2))*between(Y,30,110)", 110, 128, 128),
        ("lt(X,210)*between(Y,50,110)*lt(mod(X,8),3)*lt(mod(Y,9),4)"
         "*gt(sin(floor(X/8)*3.7+floor(Y/9)*1.3),0.2)*gt(Y,50+20*lt(mod(X,60),30))", 190, 100,
         160),
        ("lt(Y,110)*gt(Y,50+20*lt(mod(X,60),30))*lt(X,210)", 70, 130, 128),
        ("between(Y,110,150)*lt(mod(X,6),1)", 60, 128, 128),
        ("between(Y,110,140)*lt(hypot(mod(X,30)-15,(Y-124)*1.5),11)", 180, 128, 128),
        ("gt(Y,140)", 90, 125, 130)],
        ("150-0.5*Y", 120, 160)),
    # A 1960s Yugoslav Black Wave film.
    "naslov-ai": _card(["PTICE I LJUDI", "1968"], 24, 60, 44, "0xd03020", FONT, "0x000000"),
    "blok-ai": _paint([
        ("between(mod(Y,30),14,22)*lt(mod(X+3*sin(N*0.5+Y),40),12)"
         "*gt(sin(floor(X/40)*3.1+floor(Y/30)*1.7),0)*between(X,20,300)*gt(Y,10)", 200,
         "128+50*sin(floor(X/40)*2.3)", "128+50*cos(floor(X/40)*1.9)"),
        ("lt(mod(Y,30),3)*between(X,20,300)*gt(Y,10)", 170, 128, 128),
        ("lt(mod(X,40),16)*between(mod(Y,30),5,25)*between(X,20,300)*gt(Y,10)", 50, 130, 126),
        ("between(X,20,300)*gt(Y,10)", 140, 126, 130),
        ("gt(Y,170)", 80, 128, 128)],
        ("180", 140, 120)),
    "parada-ai": _paint([
        (_any(f"between(X,{x},{x}+40)*between(Y-4*sin(X/7-N*0.6),30,54)" for x in _FLAGS), 80,
         100, 210),
        (_any(f"lt(abs(X-{x}),1)*between(Y,28,120)" for x in _FLAGS), 60, 128, 128),
        ("lt(hypot((X-160)/14,(Y-85)/18),1)", 90, 125, 135),
        (_box(130, 190, 60, 110), 200, 126, 130),
        ("gt(Y,120)*lt(hypot(mod(X+7*floor(Y/10),18)-9,mod(Y,10)-5),5)", 40, 128, 132),
        ("gt(Y,120)", 80, 126, 134)],
        ("150+10*lt(mod(X,50),2)", 130, 128)),
    "milena-ai": _person(162, 90, (45, 120, 140), True, 185, (160, 110, 150), _PLASTER),
    "zoran-ai": _person(156, 92, (25, 128, 128), False, 160, (40, 128, 132), _PLASTER,
                        top=[("lt(abs(Y-118-0.2*(X-170)),1)*between(X,166,186)", 230, 128, 128)]),
    "kafana-ai": _paint([
        (_any(f"lt(hypot(X-{x},Y-80),9)" for x in _HEADS), "200+40*sin(N*0.9+X)", 90, 150),
        (_any(f"lt(hypot(X-{x}+14,Y-64),9)+between(Y,73,130)*lt(abs(X-{x}+14),16)"
              for x in _HEADS), 40, 128, 140),
        ("gt(Y,130)*lt(mod(X,80),60)", 220, 125, 130),
        ("lt(hypot(mod(X,80)-40,Y-16),4)", 250, 110, 150),
        ("lt(abs(mod(X,80)-40),0.7)*lt(Y,12)", 30, 128, 128),
        ("gt(Y,130)", 45, 115, 150)],
        ("70+10*lt(mod(X,26),2)", 110, 150),
        add="30*exp(-pow(Y-16,2)/400)+15*exp(-pow((X-160-30*sin(Y/20+N*0.1))/50,2))*lt(Y,60)"),
    "dunav-ai": _paint([
        ("between(Y,100,150)*lt(abs(X-230),15+0.4*(Y-100))*" + _SPARK.format(k="4.7", t="0.985"),
         252, 110, 160),
        (f"between(X,{_BARGE}+80,{_BARGE}+104)*between(Y,96,104)", 50, 128, 130),
        (f"between(X,{_BARGE},{_BARGE}+120)*between(Y,104,112)", 30, 128, 132),
        ("between(Y,78,84)*lt(X,150)+between(Y,84,92)*lt(X,150)*lt(mod(X,30),4)", 60, 128, 135),
        ("gt(Y,90)", "100+15*sin(Y*0.9+N*0.12+X/37)", 115, 150),
        ("between(Y,82,92)", 50, 125, 140)],
        ("200-0.7*Y", 90, 175), add="40*exp(-hypot(X-230,Y-80)/40)"),
    "podrum-ai": _paint([
        ("lt(hypot(X-160,Y-34),4)", 200, 120, 140),
        ("lt(abs(X-160),0.7)*lt(Y,30)", 40, 128, 128),
        (_any(f"lt(hypot((X-{x})/26,(Y-120)/30),1)" for x in (50, 110, 230, 290)),
         "80+20*lt(abs(mod(Y,18)-9),1.5)", 115, 150),
        ("gt(Y,150)", 50, 125, 135)],
        ("60+10*lt(mod(Y,14),1.2)+8*lt(mod(X+14*mod(floor(Y/14),2),28),1.2)", 118, 142)),
    "suncokret-ai": _paint([
        (_SUN.format(r=4), 50, 120, 140),
        (_SUN.format(r=10), 190, 40, 160),
        ("gt(Y,60)", 80, 100, 110)],
        ("200-0.4*Y", 150, 110)),
    "kraj-ai": _card(["KRAJ"], 30, 72, 0, "0xe0d0b0", SERIF, "0x000000"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AI = {}

_BUS = "(-310+40*(N-MID+8))"
_EAGLE = "(X-160-(N-MID)*32)"
_CRANK = "12*sin((N-MID)*0.3)*gte(N,MID)"

FX_AI = {
    **{f"grain{k}1-ai": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 11, "t+u", 72210017), (2, 5, "t", 72211029), (3, 6, "t", 72212037),
        (4, 9, "t+u", 72213041), (5, 4, "t", 72214053), (6, 10, "t+u", 72215067)]},
    # Framings and bars as in held-out-af and -ae (nothing random in them).
    **{f"{k}-ai": FX_AF[f"{k}-af"] for k in ("closer", "near", "box137", "box166", "box185")},
    **{f"{k}-ai": FX_AE[f"{k}-ae"] for k in ("box133", "box239")},
    "scratch-ai": _overlay("0.5*lt(abs(X-60-200*abs(sin(floor(N/7)*4.13))-2*sin(N*1.7)),0.7)",
                           225),
    # Looks: silvery black and white with grain and flicker in 1.37; flat saturated colour in
    # 1.85; desaturated green-cyan digital colour in 2.39; muted brown and olive colour in 1.66;
    # cold bright colour, full frame; faded yellowed colour with scratches in 1.33.
    "baires-ai": "hue=s=0,eq=contrast=1.14:gamma=0.98,gblur=sigma=0.6",
    "flick-ai": "eq=brightness='0.025*sin(n*2.1)*sin(n*0.9+1)':eval=frame",
    "helsinki-ai": "eq=saturation=1.35:contrast=1.08,colorbalance=rs=-0.02:gs=0.02:bs=0.04,"
                   "gblur=sigma=0.4",
    "bangkok-ai": "eq=saturation=0.65:contrast=1.12:gamma=0.92,"
                  "colorbalance=rs=-0.06:gs=0.05:bs=0.03,gblur=sigma=0.5",
    "bremen-ai": "eq=saturation=0.75:contrast=1.04:gamma=1.02,"
                 "colorbalance=rs=0.05:gs=0.03:bs=-0.07,gblur=sigma=0.7",
    "gobi-ai": "eq=saturation=1.15:contrast=1.06,colorbalance=rs=-0.03:bs=0.05,unsharp=5:5:0.6",
    "novi-ai": "eq=saturation=0.7:contrast=1.12:gamma=1.04,colorbalance=rs=0.05:gs=0.03:bs=-0.05,"
               "gblur=sigma=0.8",
    # Camera moves: pans both ways; a slow push in; a creep in; a snap zoom; hand-held cameras;
    # a whip pan both ways; a slow zoom out.
    "panl-ai": "scale=368:207,crop=320:180:x='44-0.55*n':y=12",
    "panr-ai": "scale=368:207,crop=320:180:x='4+0.55*n':y=16",
    "push-ai": _zoom("1+0.003*in", "0.4"),
    "creep-ai": _zoom("1+0.002*in", "0.5"),
    "snap-ai": _zoom("1+0.45*clip((in-MID)/2,0,1)", "0.4"),
    "shake-ai": "scale=344:194,crop=320:180:x='12+5*sin(n*0.41)+2*sin(n*1.3)'"
                ":y='7+3*sin(n*0.33+1)+1.5*sin(n*1.7)'",
    "ruka-ai": "scale=352:198,crop=320:180:x='16+6*sin(n*0.37)+3*sin(n*1.1)'"
               ":y='9+4*sin(n*0.29+1)+2*sin(n*1.3)'",
    "whipl-ai": "scale=480:270,crop=320:180:x='80-78*tanh((n-MID)/1.6)':y=50",
    "whipr-ai": "scale=480:270,crop=320:180:x='80+78*tanh((n-MID)/1.4)':y='40+10*sin(n*0.2)'",
    "zoomout-ai": _zoom("max(1,1.3-0.005*in)", "0.5"),
    # Things that are not boundaries, around MID (see the docstring).
    "caption210-ai": _fade("Buenos Aires  1952", 12, 150, "0xf0f0f0", SERIF, -20, 16),
    "pareja-ai": _pass(5, 30, 160, 100, 60, 140, 22) + "," + _pass(5, 30, 210, 110, 40, 120, 190),
    "rayo-ai": _overlay("eq(N,MID-3)*lt(abs(X-210-8*sin(Y/7)-4*sin(Y/3)),1.5)*lt(Y,64)", 252)
               + "," + _flash((-3, -2, 2), (0.5, 0.14, 0.32)),
    "velador-ai": _grade(f"LUM*(0.4+0.6*{_ramp(0, 2)})+55*{_ramp(0, 2)}"
                         "*exp(-hypot(X-80,Y-72)/45)"),
    "gull-ai": _pass(4, -32, 160, 70, 44, 10, 235) + "," + _pass(3, -26, 100, 110, 30, 8, 225),
    "title211-ai": _fade("TALVEN VALOT", 24, 56, "0xffd870", FONT, -28, 18,
                         _EDGE.format("0x202020")),
    "sub-kalle-ai": _subs([("Would you like a beer?", -14, 8)]),
    "sub-irma-ai": _subs([("I do not drink beer.", -12, 10)]),
    "sub-kalle2-ai": _subs([("Neither do I.", -8, 10)]),
    "wash-ai": _grade(f"LUM*(1-0.2*{_ramp(-3, 5)})", cb=f"CH+45*{_ramp(-3, 5)}",
                      cr=f"CH-60*{_ramp(-3, 5)}"),
    "tvdim-ai": "eq=brightness='0.02*sin(n*1.7)*sin(n*0.63+1)':eval=frame",
    "bus-ai": _overlay(f"between(X,{_BUS},{_BUS}+300)*between(Y,36,150)*between(N,MID-8,MID+8)",
                       f"60+150*lt(mod(X-{_BUS},44),30)*between(Y,52,92)+30*lt(abs(Y-120),2)",
                       110, 118),
    "title212-ai": _fade("THE HOUSE ON THE KLONG", 18, 64, "0xe0f0e0", SERIF, -20, 16,
                         _EDGE.format("black")),
    "ghost-ai": _pass(5, 24, 160, 96, 36, 120, 205, 132, 124),
    "lightson-ai": _grade(f"LUM*(1+0.9*{_ramp(0, 1)})+40*{_ramp(0, 1)}", cr=f"CH-40*{_ramp(0, 1)}"),
    "umbrella-ai": _pass(5, -30, 160, 40, 100, 60, 18),
    "credit212-ai": _fade("a film by Niran Sukprasert", 12, 140, "0xe8f0e8", FONT, -12, None,
                          _EDGE.format("0x102010")),
    "title213-ai": _fade("DIE KALTE STADT", 22, 40, "0xf0f0f0", FONT, -24, 16,
                         _EDGE.format("0x202020")),
    "spark-ai": _overlay("eq(N,MID)*clip(1.5*exp(-hypot(X-120,Y-34)/14),0,1)"
                         "+eq(N,MID+1)*clip(exp(-hypot(X-120,Y-34)/8),0,1)", 250, 170, 110)
                + "," + _flash((0, 1), (0.3, 0.08)),
    "gast-ai": _pass(5, -34, 160, 100, 56, 130, 30, 125, 135),
    "wolke-ai": _grade("LUM*(1-0.4*exp(-pow((N-MID)/9,2)))"),
    "credit213-ai": _fade("ein Film von Jutta Brenner", 12, 136, "0xfff0d0", SERIF, -10, None,
                          _EDGE.format("0x302010")),
    "title214-ai": _fade("UNDER THE BLUE SKY", 20, 50, "white", SERIF, -16, 14,
                         _EDGE.format("0x203050")),
    "sub-emee-ai": _subs([("The winter will be hard this year.", -14, 4)]),
    "sub-bold-ai": _subs([("Then we will go to the city.", -10, 8)]),
    "wings-ai": _overlay(f"between(N,MID-6,MID+6)*(lt(abs(Y-70-(N-MID)*3-0.45*abs({_EAGLE})),"
                         f"7+0.04*abs({_EAGLE}))*lt(abs({_EAGLE}),110)"
                         f"+lt(hypot({_EAGLE}/10,(Y-72-(N-MID)*3)/16),1))", 28, 128, 134),
    "lampout-ai": _grade(f"LUM*(1-0.8*{_ramp(0, 2)}*exp(-hypot(X-200,Y-110)/40))"),
    "credit214-ai": _fade("a film by Oyun Batbayar", 12, 150, "0xf0f4ff", FONT, -10, None,
                          _EDGE.format("0x102040")),
    "zastava-ai": _overlay("lt(abs(X-160-(N-MID)*26-10*sin(Y/12+N)),70)*between(N,MID-6,MID+6)",
                           90, 100, 215),
    "blic-ai": _overlay("eq(N,MID)*clip(1.5*exp(-hypot(X-260,Y-50)/50),0,1)", 252)
               + "," + _flash((0, 1), (0.4, 0.12)),
    "sijalica-ai": _grade(f"LUM*(0.25+0.75*{_ramp(0, 1)})+90*{_ramp(0, 1)}"
                          f"*exp(-hypot(X-160-{_CRANK},Y-40)/50)"),
}

# held-out-ai (clips 210-215): new recipes again, written after held-out-ah without running the
# detector on them: six more kinds of film, clips of about 20 to 21 s with 10 or 11 shots, mixing
# cuts between similar and different shots, to and from cards, between dark and between
# near-white shots, camera motion, things passing the lens, flashes, light changes, weather,
# grain, bars of five ratios and full frame, titles, captions and subtitles, dissolves of 20 to
# 36 frames, a pixel dissolve, a dissolve through grays, fades through black and white and fade
# outs and ins.
_AR = "baires-ai flick-ai grain11-ai box137-ai"
_FI, _TH = "helsinki-ai grain21-ai box185-ai", "bangkok-ai grain31-ai box239-ai"
_DE, _MN = "bremen-ai grain41-ai box166-ai", "gobi-ai grain51-ai"
_YU = "novi-ai scratch-ai grain61-ai box133-ai"
HELD_OUT_AI = [
    ("la-ultima-milonga", [S("titulo-ai", 40, 0, _AR), "cut",
                           S("boca-ai", 72, 0, f"panl-ai caption210-ai {_AR}"), "fade:24",
                           S("salon-ai", 56, 0, f"pareja-ai {_AR}"), "cut",
                           S("bandoneon-ai", 44, 0, _AR), "cut",
                           S("rosa-ai", 36, 0, _AR), "cut",
                           S("carlos-ai", 34, 0, _AR), "cut",
                           S("rosa-ai", 30, 150, f"closer-ai {_AR}"), "cut",
                           S("patio-ai", 58, 0, f"rayo-ai {_AR}"), "fadeblack:20",
                           S("cuarto-ai", 50, 0, f"velador-ai {_AR}"), "cut",
                           S("riachuelo-ai", 76, 0, f"gull-ai {_AR}"), "fadeio:24:16",
                           S("fin-ai", 36, 0, _AR)]),
    ("winter-lights", [S("kioski-ai", 70, 0, f"title211-ai {_FI}"), "cut",
                       S("pesula-ai", 56, 0, _FI), "cut",
                       S("kalle-ai", 40, 0, f"sub-kalle-ai {_FI}"), "cut",
                       S("irma-ai", 36, 0, f"push-ai sub-irma-ai {_FI}"), "cut",
                       S("kalle-ai", 40, 100, f"sub-kalle2-ai {_FI}"), "fade:20",
                       S("karaoke-ai", 62, 0, f"wash-ai {_FI}"), "cut",
                       S("satama-ai", 52, 0, _FI), "cut",
                       S("pelto-ai", 48, 0, _FI), "fadeblack:28",
                       S("tv-ai", 54, 0, f"tvdim-ai {_FI}"), "cut",
                       S("pysakki-ai", 64, 0, f"bus-ai {_FI}"), "dissolve:20",
                       S("loppu-ai", 36, 0, _FI)]),
    ("the-house-on-the-klong", [S("khlong-ai", 70, 0, f"panr-ai title212-ai {_TH}"),
                                "fadeblack:24",
                                S("ward-ai", 60, 0, f"creep-ai ghost-ai {_TH}"), "cut",
                                S("nurse-ai", 40, 0, _TH), "cut",
                                S("girl-ai", 36, 0, _TH), "cut",
                                S("nurse-ai", 36, 120, f"snap-ai {_TH}"), "cut",
                                S("shrine-ai", 50, 0, _TH), "cut",
                                S("darkroom-ai", 48, 0, f"lightson-ai {_TH}"), "cut",
                                S("monsoon-ai", 56, 0, f"umbrella-ai {_TH}"), "fadewhite:16",
                                S("chedi-ai", 50, 0, _TH), "cut",
                                S("sheets-ai", 60, 0, _TH), "fade:36",
                                S("khlong-ai", 66, 300, f"near-ai credit212-ai {_TH}")]),
    ("the-cold-city", [S("autobahn-ai", 56, 0, f"panl-ai title213-ai {_DE}"), "cut",
                       S("wohnung-ai", 44, 0, _DE), "cut",
                       S("petra-ai", 40, 0, _DE), "cut",
                       S("ali-ai", 44, 0, _DE), "fadeio:20:12",
                       S("strasse-ai", 54, 0, f"shake-ai spark-ai {_DE}"), "cut",
                       S("kneipe-ai", 52, 0, f"gast-ai {_DE}"), "cut",
                       S("fabrik-ai", 50, 0, f"panr-ai {_DE}"), "cut",
                       S("fabrik-ai", 44, 200, f"closer-ai {_DE}"), "fadeblack:24",
                       S("wald-ai", 76, 0, f"wolke-ai {_DE}"), "fade:28",
                       S("see-ai", 64, 0, f"credit213-ai {_DE}"), "cut",
                       S("ende-ai", 32, 0, _DE)]),
    ("under-the-blue-sky", [S("steppe-ai", 70, 0, f"title214-ai {_MN}"), "fade:30",
                            S("horses-ai", 52, 0, f"whipl-ai {_MN}"), "cut",
                            S("gerin-ai", 50, 0, _MN), "cut",
                            S("emee-ai", 42, 0, f"sub-emee-ai {_MN}"), "cut",
                            S("bold-ai", 38, 0, f"sub-bold-ai {_MN}"), "cut",
                            S("eagle-ai", 48, 0, f"wings-ai {_MN}"), "cut",
                            S("tsas-ai", 50, 0, _MN), "cut",
                            S("honi-ai", 46, 0, _MN), "fadeblack:24",
                            S("shono-ai", 54, 0, f"lampout-ai {_MN}"), "cut",
                            S("khot-ai", 56, 0, f"panl-ai {_MN}"), "fade:20",
                            S("steppe-ai", 66, 300, f"near-ai credit214-ai {_MN}")]),
    ("birds-and-people", [S("naslov-ai", 36, 0, _YU), "cut",
                          S("blok-ai", 64, 0, f"ruka-ai {_YU}"), "cut",
                          S("parada-ai", 56, 0, f"zastava-ai {_YU}"), "cut",
                          S("milena-ai", 36, 0, _YU), "cut",
                          S("zoran-ai", 34, 0, _YU), "cut",
                          S("zoran-ai", 28, 200, f"near-ai {_YU}"), "cut",
                          S("kafana-ai", 56, 0, f"blic-ai {_YU}"), "fadegrays:24",
                          S("dunav-ai", 62, 0, f"zoomout-ai {_YU}"), "cut",
                          S("podrum-ai", 54, 0, f"sijalica-ai {_YU}"), "fadeblack:20",
                          S("suncokret-ai", 66, 0, f"whipr-ai {_YU}"), "fadeio:20:14",
                          S("kraj-ai", 36, 0, _YU)]),
]
