"""Sources, effects and recipes of held-out-ah (clips 204-209), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-203. Drawn scenes for six more kinds of
film, mixing the difficulties of the earlier sets rather than stressing one: a title card, a
harbour in fog under a caption and a pan, a docks street at night in the rain with a man in a dark
coat passing the lens, a docker's and a girl's faces before one wall and a closer framing of his,
a cafe whose lamp is switched on, a dark room swept by a lighthouse's beam, a dark stair where a
match is struck, the quay at dawn as the fog thins and a train's steam blows over the lens, and a
card reading FIN (a 1930s French poetic realist film in 1.37, soft black and white with grain and
flicker); a snowy alley under red lanterns with a title, a gambling den under a swinging lamp, a
boss's and a hero's faces before one wall, a sword drawn with a glint and a crash zoom, a fight in
the rain with a whip pan, a lit paper screen with a body falling past the lens, two near-white
snow fields, a neon street with a blinking sign and the hero walking away under the word END (a
1960s Japanese yakuza film in 2.35, saturated contrasty colour); a sunlit street with a horse cart,
a painted minibus rattling past, a market with a woman in a boubou passing the lens, a man's and a
woman's faces before one wall, an office under a ceiling fan with a camera's flash, the sea with
pirogues and glints under a pan, a baobab with a cloud's shadow crossing it, a fire in a yard at
night and a beach at dawn under a credit (a 1970s Senegalese film in 1.66, warm saturated colour);
a railway crossing at dusk with a train passing close to the lens, a family dinner under a
fluorescent tube that flickers on, a grandfather's and a boy's faces before one wall, a school
corridor with children running across, an alley in the rain with lightning, a bedroom whose power
fails to near black, a dark street with a scooter's headlight into the lens, a rice paddy under a
subtitle and the crossing again in a nearer framing under a credit (a 1980s Taiwanese New Cinema
film in 1.85, muted greenish colour); a swimming pool with a sun glint, a white living room and a
nearer framing of it, an awkward dance with a dancer passing the lens, a car at night swept by
street lights, a dark garden with a torch swept into the lens, an overexposed tennis court, a
hallway whose lamp goes off and comes back, a face with subtitles, the pool again at dusk and a
title card (a 2010s Greek Weird Wave film, full frame, cold pale colour); the Bosphorus with a
ferry under a title and a pan, a salon with a snap zoom, a woman's face under a slow zoom, a man's
face and hers again, a sepia flashback of a wheat field in the wind, a night street in the rain
with lightning, a car's headlights into the lens to near white, a hospital corridor under a
flickering strip light and a sunset by the sea under the word SON (a 1970s Turkish Yesilcam
melodrama in 1.33, faded colour with a magenta cast, scratches).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_aa import _grade, _ramp
from shots_sources_ab import _subs
from shots_sources_ac import _pass
from shots_sources_ad import _card, _lift
from shots_sources_ae import FX_AE, _flash
from shots_sources_af import FX_AF, _person
from shots_sources_ag import FX_AG, _any, _box, _fade, _flakes, _g, _zoom

_EDGE = ":borderw=1:bordercolor={}"
_RAIN = "lt(mod(X+0.2*Y,6),0.8)*lt(mod(Y+N*26+71*sin(floor((X+0.2*Y)/6)*12.9),45),9)"
_SPARK = "gt(mod(sin(X*12.9898+Y*78.233+N*{k})*43758.5,1),{t})"

# A 1930s French poetic realist film (drawn in greys).
_WALL = ("58+14*lt(mod(Y,13),1.2)+10*sin(X/9)*sin(Y/7)", 128, 128)
_CAP = [_g("lt(hypot((X-150)/40,(Y-60)/7),1)*lt(Y,62)+lt(hypot((X-150)/34,(Y-52)/14),1)*lt(Y,60)",
           34)]
_BERET = [_g("lt(hypot((X-176)/34,(Y-56)/12),1)", 28)]

# A 1960s Japanese yakuza film.
_WOOD = ("40+14*lt(mod(X,22),2)+6*sin(Y/3)", 118, 146)
_LANT = "lt(hypot((mod(X,70)-35)/9,(Y-44-3*sin(N*0.1+floor(X/70)))/12),1)*between(X,10,300)"
_SWING = "(160+50*sin(N*0.11))"
_SHOJI = "between(X,40,280)*between(Y,20,160)"

# A 1970s Senegalese film.
_CART, _BUSX = "(-80+3*N)", "(40-3.4*N)"
_OCHRE = ("175+12*sin(X/11)*sin(Y/13)", 100, 160)

# A 1980s Taiwanese New Cinema film.
_TRAINX = "(-520+24*N)"
_GREEN = ("120+8*lt(mod(Y,30),1)", 122, 118)

# A 2010s Greek Weird Wave film.
_POOL = "between(Y,96,170)*lt(abs(X-160),130+0.4*(Y-96))"

# A 1970s Turkish Yesilcam melodrama.
_FERRY = "(330-1.3*N)"
_PAPER = ("150+20*lt(mod(X+6*sin(Y/8),26),3)", 118, 150)

LAVFI_AH = {
    # A 1930s French poetic realist film.
    "titre-ah": _card(["LE QUAI DU SOIR", "1938"], 20, 64, 38, "0xe0e0e0", SERIF, "0x080808"),
    "harbour-ah": _paint([
        _g("lt(abs(X-60),2)*between(Y,20,112)+lt(abs(Y-24-0.3*(X-60)),1.5)*between(X,60,150)"
           "+lt(abs(X-148),0.6)*between(Y,50,90)", 45),
        _g("between(X,226,250)*between(Y,40,72)", 50),
        _g("between(Y,70,112)*gt(X,170)*gt(Y,70+0.3*max(0,210-X))", "38+6*lt(mod(X,18),1)"),
        _g("lt(abs(X-300),1)*between(Y,10,70)+lt(abs(Y-20-0.2*(X-300)),0.8)*gt(X,250)", 60),
        _g("gt(Y,112)", "85+25*sin(Y*0.9+N*0.15+X/40)*exp(-(Y-112)/60)")],
        ("175-0.3*Y", 128, 128), mul="0.5", add="92"),
    "docks-ah": _paint([
        _g(_RAIN, 150), _g("lt(hypot(X-90,Y-40),5)", 250),
        _g("lt(abs(X-90),1.5)*between(Y,44,132)", 28),
        _g("lt(X,56)*lt(Y,132)", "36+10*lt(mod(Y,12),1.2)"),
        _g("gt(X,200)*lt(Y,128)*gt(Y,30+0.2*(X-200))", "30+10*lt(mod(X,30),2)"),
        _g("gt(Y,128)", "28+40*exp(-abs(X-90)/12)*(0.6+0.4*sin(Y*2+N*0.3))+6*lt(mod(X+2*Y,14),1)")],
        ("18", 128, 128), add="70*exp(-hypot(X-90,Y-40)/26)"),
    "jean-ah": _person(150, 92, (40, 128, 128), False, 160, (50, 128, 128), _WALL, top=_CAP),
    "nelly-ah": _person(176, 92, (205, 128, 128), True, 192, (30, 128, 128), _WALL, top=_BERET),
    "cafe-ah": _paint([
        _g("lt(hypot((X-210)/22,(Y-30)/9),1)*lt(Y,31)", 200),
        _g("lt(abs(X-210),0.8)*lt(Y,22)", 40),
        _g("lt(hypot(X-250,Y-80),11)+between(Y,90,140)*lt(abs(X-250),18+0.2*(Y-90))", 30),
        _g("between(Y,46,80)*lt(mod(X,14),6)*between(X,30,160)*gt(Y,46+8*lt(mod(X,14),2))",
           "150+40*lt(mod(X,14),1.5)"),
        _g("lt(abs(Y-82),1.5)*between(X,24,166)", 60),
        _g("gt(Y,112)", "70+30*lt(abs(Y-114),2)+10*lt(mod(X,40),2)")],
        ("105+8*lt(mod(X,24),1.2)", 128, 128)),
    "phare-ah": _paint([
        _g(f"{_box(200, 280, 30, 100)}*(lt(abs(X-240),1.5)+lt(abs(Y-65),1.5))", 8),
        _g(_box(200, 280, 30, 100), "26+10*lt(mod(Y+X,40),1)"),
        _g("between(X,20,170)*between(Y,110,150)", "22+6*lt(mod(X,30),1)"),
        _g("lt(hypot(X-60,Y-100),10)", 30), _g("gt(Y,150)", 14)],
        ("12+4*sin(X/7)*sin(Y/9)", 128, 128),
        add="120*exp(-pow(mod(X+9*N,420)-210,2)/600)*between(Y,20,160)"),
    "escalier-ah": _paint([
        _g("lt(abs(Y-40-0.5*X),1.2)*lt(X,250)+lt(mod(X,18),1.5)*between(Y-40-0.5*X,0,30)", 38),
        _g("gt(Y,70+0.5*X)*lt(mod(Y-0.5*X,14),2)", 34),
        _g("gt(Y,70+0.5*X)", "20+4*sin(X/3)"), _g("gt(X,250)", 10)],
        ("16+4*sin(X/5)*sin(Y/6)", 128, 128)),
    "aube-ah": _paint([
        _g("lt(hypot(X-120,Y-84),6)+between(Y,90,136)*lt(abs(X-120),8+0.1*(Y-90))"
           "+lt(hypot(X-140,Y-86),6)+between(Y,92,136)*lt(abs(X-140),9+0.15*(Y-92))", 30),
        _g(_box(60, 72, 126, 140), 40),
        _g("lt(abs(X-250),1.2)*between(Y,10,110)+between(Y,96,118)*between(X,200,320)", 50),
        _g("gt(Y,136)", "70+10*lt(mod(X+Y,18),1)"),
        _g("gt(Y,110)", "110+20*sin(Y*0.8+N*0.1+X/30)")],
        ("190-0.4*Y", 128, 128), mul="(0.42+0.006*N)", add="(100-1.2*N)"),
    "fin-ah": _card(["FIN"], 30, 72, 0, "0xe0e0e0", SERIF, "0x080808"),
    # A 1960s Japanese yakuza film.
    "alley-ah": _paint([
        (_flakes(5, 17, 21, 1.5), 240, 128, 128), (_LANT, 190, 90, 215),
        ("lt(mod(X,70)-35,0.8)*gt(mod(X,70)-35,-0.8)*lt(Y,32)", 30, 128, 128),
        ("lt(abs(X-160),50-0.2*Y)*lt(Y,130)", "20+6*lt(mod(Y,10),1)", 130, 120),
        ("lt(Y,130)", "40+10*lt(mod(X,22),2)", 120, 140), ("gt(Y,130)", 215, 132, 122)],
        ("30", 130, 130), add="60*exp(-pow(Y-44,2)/300)*lt(Y,130)"),
    "den-ah": _paint([
        (f"lt(hypot((X-{_SWING})/22,(Y-34)/8),1)*lt(Y,36)", 230, 110, 160),
        ("lt(abs(X-160-50*sin(N*0.11)*Y/34),0.8)*lt(Y,28)", 50, 128, 128),
        (_any(f"lt(hypot(X-{x},Y-70),10)+between(Y,80,120)*lt(abs(X-{x}),18)"
              for x in (60, 260)), 25, 128, 130),
        ("lt(mod(X-100,24),12)*between(Y,116,126)*between(X,100,220)", 220, 110, 200),
        (_box(90, 230, 108, 140), 230, 126, 130),
        ("gt(Y,100)", "130-20*lt(mod(X,40),2)", 90, 135)],
        ("40", 120, 140), mul=f"(0.4+0.9*exp(-hypot(X-{_SWING},Y-40)/120))"),
    "oyabun-ah": _person(150, 92, (22, 128, 128), False, 150, (35, 150, 118), _WOOD,
                         top=[("lt(abs(Y-84+0.8*(X-160)),1)*between(X,156,170)", 110, 120, 160)]),
    "kiyoshi-ah": _person(172, 90, (15, 128, 128), False, 178, (20, 128, 132), _WOOD),
    "blade-ah": _paint([
        ("lt(abs(Y-120+0.5*X),3)*between(X,40,300)", "200+40*exp(-abs(X-220)/30)", 128, 128),
        ("lt(abs(Y-120+0.5*X),5)*between(X,20,40)", 40, 150, 120),
        ("lt(hypot(X-30,Y-110),18)", 150, 114, 146)],
        ("12+6*sin(X/8)", 135, 125)),
    "rainyard-ah": _paint([
        (_RAIN, 170, 130, 120),
        (_any(f"lt(hypot(X-{x},Y-80),9)+between(Y,90,150)*lt(abs(X-{x}),12+0.15*(Y-90))"
              for x in (140, 240, 330)), 20, 128, 128),
        ("between(Y,40,150)*lt(mod(X,90),6)", 40, 120, 140),
        ("lt(Y,150)", "35+8*lt(mod(Y,18),1)", 140, 118), ("gt(Y,150)", "30+20*sin(X/5)", 140, 120)],
        ("30", 135, 120)),
    "shoji-ah": _paint([
        ("lt(hypot(X-140,Y-70),12)+between(Y,84,150)*lt(abs(X-140),16+0.2*(Y-84))", 110, 120, 150),
        (f"{_SHOJI}*(lt(mod(X-40,40),2)+lt(mod(Y-20,28),2))", 50, 128, 130),
        (_SHOJI, "200+20*exp(-hypot(X-200,Y-90)/60)", 105, 165)],
        ("20", 128, 130)),
    "snowfield-ah": _paint([
        (_flakes(4, 19, 23, 1.3), 252, 128, 128),
        ("lt(hypot(X-200,Y-96),2)+between(Y,98,108)*lt(abs(X-200),2)", 40, 128, 128),
        ("gt(Y,96+3*sin(X/40))", "228+6*sin(X/9)*sin(Y/5)", 130, 125)],
        ("222", 132, 124)),
    "snowtree-ah": _paint([
        (_flakes(6, 21, 19, 1.6), 252, 128, 128),
        ("lt(abs(X-90+0.1*(Y-40)),3)*between(Y,30,130)+lt(abs(Y-60+0.5*(X-90)),1.2)*between(X,90,140)",
         60, 128, 128),
        ("lt(hypot(X-220,Y-90),7)+between(Y,97,140)*lt(abs(X-220),8+0.1*(Y-97))", 35, 130, 124),
        ("gt(Y,130)", 232, 130, 125)],
        ("220", 132, 124)),
    "neon-ah": _paint([
        ("between(X,40,110)*between(Y,30,48)*lt(mod(X,9),6)", 230, 170, 200),
        ("between(X,200,280)*between(Y,24,40)*gt(sin(N*0.7),-0.2)", 220, 180, 80),
        ("between(X,130,150)*between(Y,50,110)*lt(mod(Y,12),8)", 210, 100, 200),
        ("lt(Y,120)*(lt(X,120)+gt(X,190))", "25+6*lt(mod(Y,15),1)", 140, 126),
        ("gt(Y,120)", "30+60*exp(-abs(X-75)/20)*gt(Y,140)*(0.6+0.4*sin(Y*1.5+N*0.4))", 160, 170)],
        ("14", 135, 130), add="40*exp(-hypot(X-75,Y-40)/40)"),
    "walk-ah": _paint([
        (_flakes(4, 23, 19, 1.2), 245, 128, 128),
        ("lt(hypot(X-160,Y-100+0.04*N),4)+between(Y,104,126)*lt(abs(X-160),4)", 20, 128, 128),
        ("lt(Y,112)*gt(abs(X-160),40-0.3*Y)*lt(abs(X-160),140)", "70+20*lt(mod(Y,16),1)", 130,
         120),
        ("gt(Y,112)", "200-0.4*(Y-112)", 132, 124)],
        ("150", 140, 120)),
    # A 1970s Senegalese film.
    "rue-ah": _paint([
        (f"lt(hypot(X-{_CART},Y-126),12)*gt(abs(hypot(X-{_CART},Y-126)-7),2)", 30, 128, 128),
        (f"between(X,{_CART}-40,{_CART}+20)*between(Y,100,118)", 120, 110, 150),
        (f"lt(hypot((X-{_CART}-50)/20,(Y-100)/14),1)+lt(hypot((X-{_CART}-70)/8,(Y-84)/12),1)",
         60, 120, 140),
        ("gt(Y,130)*lt(X,150+0.6*(Y-130))", 110, 110, 150),
        ("between(X,20,300)*between(Y,30,130)*lt(mod(X-20,56),18)*between(mod(Y,40),12,34)",
         60, 150, 110),
        ("between(Y,20,130)", "215-20*gt(X,220)", 100, 160), ("gt(Y,130)", 190, 105, 155)],
        ("190", 170, 100)),
    "bus-ah": _paint([
        (f"lt(hypot(mod(X-{_BUSX},220)-50,Y-150),16)+lt(hypot(mod(X-{_BUSX},220)-180,Y-150),16)",
         20, 128, 128),
        (f"between(Y,40,80)*lt(mod(X-{_BUSX},44),34)", 60, 140, 120),
        (f"between(Y,84,100)*lt(mod(X-{_BUSX}+30,44),22)", 150, 80, 200),
        ("between(Y,100,140)*lt(mod(X+N*3.4,60),30)", 200, 170, 90),
        ("between(Y,30,150)", 215, 60, 150)],
        ("200", 165, 105)),
    "market-ah": _paint([
        (_any(f"lt(hypot(X-{x},Y-{y}),8)" for x, y in [(40, 110), (90, 104), (150, 112),
                                                      (220, 106), (280, 110)]), 60, 130, 140),
        ("between(Y,112,180)*lt(mod(X,60),40)", "60+100*lt(mod(X+Y,10),5)",
         "128+70*sin(floor(X/60)*2.1)", "128+70*cos(floor(X/60)*1.7)"),
        ("between(Y,20,70)*gt(Y,20+0.3*abs(mod(X,80)-40))", "190-60*lt(mod(X,16),8)",
         "128+60*sin(floor(X/80)*3.3)", "128+60*cos(floor(X/80)*2.9)"),
        ("gt(Y,70)", 150, 105, 150)],
        ("220", 140, 110)),
    "malick-ah": _person(152, 90, (20, 128, 128), False, 75, (232, 126, 130), _OCHRE),
    "awa-ah": _person(172, 92, (30, 128, 128), True, 85, (150, 90, 190), _OCHRE,
                      top=[("lt(hypot((X-172)/40,(Y-58)/22),1)*lt(Y,66)",
                            "150+40*lt(mod(X+Y,12),6)", 60, 200)]),
    "bureau-ah": _paint([
        ("lt(hypot(X-160,Y-96),14)+between(Y,108,140)*lt(abs(X-160),20)", 40, 128, 132),
        (_box(170, 220, 120, 136), 30, 128, 128),
        (_box(60, 260, 136, 180), 90, 115, 150),
        (_box(230, 300, 20, 90), 245, 125, 135),
        ("between(Y,6,10)*lt(abs(X-160),60)", 40, 128, 128)],
        ("165+10*lt(mod(Y,30),1)", 120, 145),
        add="-30*gt(sin(6*atan2(Y-8,X-160)-N*1.9),0.6)*lt(hypot(X-160,Y-8),160)"),
    "ocean-ah": _paint([
        ("between(Y,70,110)*" + _SPARK.format(k="3.1", t="0.985"), 252, 128, 128),
        (_any(f"lt(abs(Y-{y}-0.004*pow(X-{x},2)),5)*lt(abs(X-{x}),40)*lt(Y,{y}+4)"
              for x, y in [(120, 100), (300, 120)]), 180, 60, 210),
        ("gt(Y,66)", "90+20*sin(Y*0.7-N*0.25+X/29)", 175, 95),
        ("gt(Y,62)", 140, 150, 120)],
        ("210-0.5*Y", 165, 110)),
    "baobab-ah": _paint([
        ("lt(abs(X-160),16+0.3*abs(Y-100))*between(Y,60,140)", 70, 120, 145),
        ("lt(Y,80)*lt(hypot((X-160)/70,(Y-56)/26),1)*gt(sin(X/3)*sin(Y/4),-0.5)", 60, 115, 140),
        ("gt(Y,130+4*sin(X/30))", "160+15*sin(X*1.3)*sin(Y)", 95, 160)],
        ("200-0.3*Y", 150, 110)),
    "feu-ah": _paint([
        ("lt(hypot((X-160)/14,(Y-128-4*sin(X/3+N*1.3))/18),1)*lt(Y,130)", 240, 80, 190),
        (_any(f"lt(hypot(X-{x},Y-96),8)+between(Y,104,150)*lt(abs(X-{x}),12)"
              for x in (80, 110, 220, 250)), 12, 128, 128),
        ("gt(Y,140)", 40, 120, 150)],
        ("10", 130, 130), add="90*exp(-hypot(X-160,Y-125)/45)*(0.75+0.25*sin(N*1.9)*sin(N*0.7+1))"),
    "plage-ah": _paint([
        (_any(f"lt(abs(Y-{y}-0.004*pow(X-{x},2)),4)*lt(abs(X-{x}),36)*lt(Y,{y}+3)"
              for x, y in [(90, 124), (230, 132)]), 60, 130, 150),
        ("gt(Y,120)", "170+10*sin(X/9)", 110, 150),
        ("gt(Y,80)", "110+30*exp(-pow((X-250)/40,2))+10*sin(Y*0.8+N*0.2)", 150, 140)],
        ("150+0.5*Y", 110, 165), add="40*exp(-hypot(X-250,Y-70)/40)"),
    # A 1980s Taiwanese New Cinema film.
    "crossing-ah": _paint([
        (f"between(X,{_TRAINX},{_TRAINX}+480)*between(Y,40,74)*lt(mod(X-{_TRAINX},60),40)", 200,
         110, 150),
        (f"between(X,{_TRAINX},{_TRAINX}+480)*between(Y,24,160)",
         f"90+40*lt(mod(Y,30),3)-30*lt(mod(X-{_TRAINX},120),4)", 140, 112),
        ("lt(abs(Y-100+0.2*(X-40)),2.5)*between(X,40,180)*lt(mod(X,20),10)", 230, 128, 200),
        ("lt(abs(Y-100+0.2*(X-40)),2.5)*between(X,40,180)", 240, 128, 128),
        ("lt(hypot(X-30,Y-40),6)*gt(sin(N*0.5),0)", 220, 90, 220),
        ("lt(abs(X-30),2)*between(Y,40,140)", 50, 128, 128),
        ("gt(Y,130)*lt(abs(Y-150),3)", 150, 128, 128), ("gt(Y,120)", 70, 120, 130),
        ("gt(Y,90+6*sin(X/23))", 70, 110, 120)],
        ("150-0.4*Y", 125, 150)),
    "dinner-ah": _paint([
        (_any(f"lt(hypot(X-{x},Y-{y}),11)" for x, y in [(120, 80), (200, 84), (160, 120)]), 225,
         125, 132),
        (_any(f"lt(hypot(X-{x},Y-{y}),8)" for x, y in [(150, 92), (180, 100)]), 90, 100, 130),
        ("lt(hypot((X-160)/110,(Y-100)/46),1)", 120, 115, 150),
        (_any(f"lt(hypot(X-{x},Y-{y}),14)" for x, y in [(30, 90), (290, 100), (160, 30)]), 20,
         128, 128)],
        _GREEN, add="50*exp(-hypot(X-160,Y-100)/60)"),
    "grandpa-ah": _person(150, 92, (215, 128, 128), False, 150, (70, 140, 120), _GREEN),
    "boy-ah": _person(170, 96, (20, 128, 128), False, 175, (225, 128, 128), _GREEN),
    "corridor-ah": _paint([
        ("gt(Y,110)*lt(mod(X-0.6*(Y-110),70),36)", 210, 120, 140),
        ("lt(Y,110)*lt(mod(X,70),36)*gt(Y,24)", 230, 125, 135),
        ("gt(Y,110)", 110, 125, 125), ("lt(Y,24)", 70, 125, 128)],
        ("130", 120, 125)),
    "alley207-ah": _paint([
        (_RAIN, 170, 128, 128),
        (_any(f"lt(hypot((X-{x})/24,(Y-90)/10),1)*lt(Y,92)" for x in (110, 220)), 60, 170, 100),
        (_any(f"between(Y,92,150)*lt(abs(X-{x}),10)" for x in (110, 220)), 45, 128, 128),
        ("lt(X,60)+gt(X,270)", "60+20*lt(mod(Y,20),2)", 120, 126), ("gt(Y,150)", 55, 125, 120)],
        ("95", 126, 124)),
    "bedroom-ah": _paint([
        ("lt(hypot((X-90)/16,(Y-70)/10),1)*lt(Y,72)", 210, 100, 160),
        ("between(X,60,150)*between(Y,80,96)", 150, 110, 150),
        ("lt(hypot(X-240,Y-40),14)+lt(abs(X-240),1)*lt(Y,26)", 60, 128, 128),
        ("between(X,170,320)*between(Y,110,150)", 80, 120, 140)],
        ("45", 128, 132), add="60*exp(-hypot(X-90,Y-80)/40)"),
    "scooter-ah": _paint([
        ("lt(hypot(mod(X,110)-55,Y-36),3)", 230, 100, 160),
        ("lt(Y,100)*(lt(X,80)+gt(X,240))*lt(mod(X,10),6)*lt(mod(Y,12),6)"
         "*gt(sin(floor(X/10)*7.7+floor(Y/12)*3.1),0.6)", 180, 90, 170),
        ("lt(Y,104)*(lt(X,90)+gt(X,230))", 22, 130, 126), ("gt(Y,104)", 24, 128, 126)],
        ("10", 134, 124)),
    "paddy-ah": _paint([
        ("gt(Y,90)*lt(mod(X+0.8*(X-160)*(Y-90)/60,12),2)", 100, 100, 110),
        ("gt(Y,90)", "170+12*sin(Y*0.6+N*0.1)", 110, 122),
        ("gt(Y,80+5*sin(X/30))", 130, 108, 120)],
        ("215-0.4*Y", 130, 124)),
    # A 2010s Greek Weird Wave film.
    "pool-ah": _paint([
        ("lt(hypot((X-100-0.5*N)/12,(Y-130)/4),1)", 170, 114, 146),
        (f"{_POOL}*lt(abs(sin(X/7+N*0.2)+sin(Y/5-N*0.1)),0.15)", 230, 150, 110),
        (_POOL, "160+10*sin(Y/4)", 170, 90),
        ("gt(Y,88)", "225-20*lt(mod(X,20),1)", 128, 128),
        ("between(X,250,300)*between(Y,40,88)", 200, 122, 134)],
        ("205", 138, 122)),
    "lounge-ah": _paint([
        (_any(f"lt(hypot(X-{x},Y-70),10)+between(Y,80,120)*lt(abs(X-{x}),14)"
              for x in (130, 190)), 80, 128, 140),
        ("between(X,90,230)*between(Y,96,140)", 200, 132, 124),
        ("lt(hypot(X-280,Y-80),20)*gt(sin(X*0.7)*sin(Y*0.9),0)", 110, 110, 110),
        ("gt(Y,140)", 180, 128, 126)],
        ("225", 128, 126)),
    "dance-ah": _paint([
        ("lt(hypot(X-160-20*sin(N*0.4),Y-60),9)+between(Y,70,140)"
         "*lt(abs(X-160-20*sin(N*0.4)+0.2*(Y-70)*sin(N*0.8)),12)", 60, 140, 120),
        ("lt(abs(Y-80-20*sin(N*0.8)-0.3*abs(X-160-20*sin(N*0.4))),2)"
         "*lt(abs(X-160-20*sin(N*0.4)),40)", 70, 128, 128),
        ("gt(Y,140)", 170, 128, 126), ("between(X,20,80)*between(Y,30,100)", 150, 140, 120)],
        ("215", 130, 124)),
    "car208-ah": _paint([
        ("lt(hypot(X-110,Y-80),14)+between(Y,94,150)*lt(abs(X-110),22)", 12, 128, 128),
        ("between(Y,30,100)*gt(X,40)*lt(X,300)", "20+50*exp(-pow(mod(X+16*N,260)-130,2)/200)",
         110, 150),
        ("gt(Y,100)+lt(Y,30)", 8, 128, 128)],
        ("15", 128, 128), add="40*exp(-pow(mod(X+16*N,260)-130,2)/1500)"),
    "garden208-ah": _paint([
        ("lt(abs(Y-60-6*sin(X/9)),30)*gt(sin(X*0.9)*sin(Y*1.1),-0.4)", 24, 118, 126),
        ("gt(Y,120)", "18+6*sin(X/5)", 120, 126), ("lt(hypot(X-250,Y-30),3)", 200, 128, 128)],
        ("8", 132, 124)),
    "tennis-ah": _paint([
        ("lt(abs(Y-120),1.5)+lt(abs(X-160-0.8*(Y-120)),1.5)*gt(Y,80)", 255, 128, 128),
        ("lt(hypot(X-200+N,Y-94),5)+between(Y,99,124)*lt(abs(X-200+N),4)", 150, 114, 146),
        ("between(Y,84,88)", 120, 128, 128), ("gt(Y,80)", 232, 140, 112)],
        ("240", 130, 126)),
    "hall208-ah": _paint([
        ("lt(hypot((X-160)/16,(Y-24)/6),1)", 240, 120, 140),
        ("lt(abs(X-160),40+0.6*(Y-40))*between(Y,40,160)*gt(Y,40)", "150-0.3*(Y-40)", 124, 134),
        ("lt(abs(X-160),20)*between(Y,50,110)", 90, 128, 128)],
        ("180+8*lt(mod(X,36),1)", 126, 130), add="30*exp(-hypot(X-160,Y-24)/50)"),
    "eleni-ah": _person(160, 90, (40, 128, 128), True, 190, (180, 140, 120),
                        ("200+6*lt(mod(X,32),1)", 126, 128)),
    "card208-ah": _card(["TO KOUTI"], 24, 74, 0, "0xf0f0f0", FONT, "0x000000"),
    # A 1970s Turkish Yesilcam melodrama.
    "bosphorus-ah": _paint([
        ("lt(abs(Y-40-6*sin(X/7+N*0.6)),1)*lt(mod(X+N,80),10)", 240, 128, 128),
        (f"between(X,{_FERRY},{_FERRY}+70)*between(Y,96,110)", 230, 125, 135),
        (f"between(X,{_FERRY}+20,{_FERRY}+30)*between(Y,84,96)", 40, 128, 128),
        ("lt(hypot(X-150,Y-74),12)*lt(Y,74)+lt(abs(X-122),1.5)*between(Y,50,80)"
         "+lt(abs(X-178),1.5)*between(Y,50,80)+between(X,130,170)*between(Y,72,86)", 80, 140, 128),
        ("between(Y,80,88)", 90, 135, 125),
        ("gt(Y,88)", "110+15*sin(Y*0.8+N*0.2+X/37)", 160, 110)],
        ("200-0.6*Y", 150, 118)),
    "salon209-ah": _paint([
        ("lt(hypot(X-160,Y-24),14)*gt(sin(atan2(Y-24,X-160)*10),0.3)", 250, 110, 150),
        ("lt(hypot(X-170,Y-90),8)+between(Y,98,150)*lt(abs(X-170),10+0.3*(Y-98))", 80, 100, 190),
        ("gt(Y,140)", "100+20*lt(mod(X+Y,20),2)", 110, 170)],
        _PAPER, add="40*exp(-hypot(X-160,Y-24)/40)"),
    "turkan-ah": _person(160, 88, (25, 128, 134), True, 190, (90, 100, 200), _PAPER),
    "kadir-ah": _person(162, 92, (30, 128, 128), False, 150, (60, 130, 130),
                        ("90+10*lt(mod(X,28),2)", 128, 140),
                        top=[("lt(hypot((X-162)/14,(Y-112)/2.4),1)", 25, 128, 128)]),
    "village-ah": _paint([
        ("lt(hypot(X-120+0.4*N,Y-96),5)+between(Y,100,130)*lt(abs(X-120+0.4*N),6+0.2*(Y-100))",
         150, 128, 128),
        ("gt(Y,100)*lt(mod(X+8*sin(Y/13+N*0.25),9),3)", 150, 128, 128),
        ("gt(Y,96)", "190+10*sin(X/6+N*0.3)", 128, 128),
        ("lt(hypot((X-260)/30,(Y-80)/20),1)*lt(Y,96)", 90, 128, 128)],
        ("220-0.4*Y", 128, 128)),
    "rain209-ah": _paint([
        (_RAIN, 170, 130, 130),
        ("lt(hypot(X-150,Y-70),10)+between(Y,80,150)*lt(abs(X-150),16)", 20, 128, 128),
        ("lt(hypot(X-60,Y-30),4)", 230, 110, 160),
        ("gt(Y,150)", "30+30*exp(-abs(X-60)/14)", 130, 140)],
        ("22", 135, 130), add="40*exp(-hypot(X-60,Y-30)/30)"),
    "road-ah": _paint([
        ("gt(Y,100)*lt(abs(X-160),3)*lt(mod(Y+6*N,24),12)", 180, 128, 128),
        ("gt(Y,100)*lt(abs(X-160),0.6*(Y-100)+10)", 30, 128, 128),
        ("gt(Y,100)", 14, 130, 124)],
        ("8", 132, 126)),
    "hospital-ah": _paint([
        ("between(Y,6,12)*lt(abs(X-160),50)", 252, 128, 128),
        ("lt(abs(X-160),30+0.5*(Y-40))*gt(Y,40)", "200-0.2*Y", 132, 124),
        ("lt(hypot(X-200,Y-90),8)+between(Y,98,140)*lt(abs(X-200),10)", 235, 130, 124)],
        ("215+6*lt(mod(Y,24),1)", 134, 124)),
    "sunset-ah": _paint([
        ("lt(hypot(X-150,Y-88),7)+between(Y,95,140)*lt(abs(X-150),10)"
         "+lt(hypot(X-172,Y-86),7)+between(Y,93,140)*lt(abs(X-172),11)", 15, 128, 140),
        ("lt(hypot(X-240,Y-80),16)", 250, 90, 180),
        ("gt(Y,130)", 30, 128, 134),
        ("gt(Y,88)", "120+40*exp(-pow((X-240)/14,2))*(0.7+0.3*sin(Y*1.3+N*0.3))", 120, 170)],
        ("200-0.7*Y", 95, 185), add="40*exp(-hypot(X-240,Y-80)/50)"),
}

# No text files: every card and caption of this set is drawn by drawtext from its own text.
TEXT_FILES_AH = {}

_BEAM = "exp(-hypot(X-160-(N-MID)*30,Y-90)/30)"

FX_AH = {
    **{f"grain{k}1-ah": f"noise=alls={a}:allf={f}:all_seed={seed}" for k, a, f, seed in [
        (1, 12, "t+u", 72204013), (2, 7, "t", 72205027), (3, 8, "t+u", 72206031),
        (4, 6, "t", 72207043), (5, 4, "t", 72208057), (6, 10, "t+u", 72209061)]},
    # Framings and bars as in held-out-af, -ae and -ag (nothing random in them).
    **{f"{k}-ah": FX_AF[f"{k}-af"] for k in ("closer", "near", "box137", "box166", "box185",
                                            "box235")},
    "box133-ah": FX_AE["box133-ae"],
    "sepia-ah": FX_AG["sepia-ag"],
    "scratch-ah": FX_AG["scratch-ag"].replace("2.71", "3.37").replace("48-220", "30-250"),
    # Looks: soft black and white with grain and flicker in 1.37; saturated contrasty colour in
    # 2.35; warm saturated colour in 1.66; muted greenish colour in 1.85; cold pale colour, full
    # frame; faded colour with a magenta cast in 1.33.
    "quai-ah": "hue=s=0,eq=contrast=1.06:gamma=1.04,gblur=sigma=0.7",
    "flick-ah": "eq=brightness='0.03*sin(n*2.3)*sin(n*0.7+2)':eval=frame",
    "toei-ah": "eq=saturation=1.45:contrast=1.15:gamma=0.95,colorbalance=rs=0.05:bs=0.03,"
               "gblur=sigma=0.5",
    "dakar-ah": "eq=saturation=1.3:contrast=1.06,colorbalance=rs=0.06:gs=0.02:bs=-0.06,"
                "gblur=sigma=0.6",
    "taipei-ah": "eq=saturation=0.8:gamma=1.05,colorbalance=rs=-0.02:gs=0.04,gblur=sigma=0.7",
    "athens-ah": "eq=saturation=0.7:contrast=0.92:gamma=1.08,colorbalance=bs=0.03:gs=0.01,"
                 "gblur=sigma=0.4",
    "yesil-ah": "eq=saturation=1.2:contrast=1.05:gamma=1.05,colorbalance=rs=0.08:gs=-0.04:bs=0.05,"
                "gblur=sigma=0.9",
    "dusk-ah": "eq=brightness=-0.12:saturation=0.8,colorbalance=bs=0.1:rs=-0.04",
    # Camera moves: pans; a crash zoom; a whip pan; a minibus's rattle; a slow zoom; a snap zoom.
    "pan-ah": "scale=368:207,crop=320:180:x='0.55*n':y=14",
    "crash-ah": _zoom("1+0.8*clip((in-MID+2)/3,0,1)", "0.6"),
    "whip-ah": "scale=480:270,crop=320:180:x='80+78*tanh((n-MID)/1.6)':y=45",
    "rattle-ah": "scale=344:194,crop=320:180:x='12+3*sin(n*2.7)':y='7+3*sin(n*3.9+1)'",
    "zoomslow-ah": _zoom("1+0.004*in"),
    "snap-ah": _zoom("1+0.5*clip((in-MID)/2,0,1)", "0.4"),
    # Things that are not boundaries, around MID (see the docstring).
    "havre-ah": _fade("Le Havre  novembre", 11, 150, "0xe8e8e8", SERIF, -20, 14),
    "coat-ah": _pass(6, 30, 160, 100, 44, 120, 14),
    "lampon-ah": _grade(f"LUM*(0.45+0.55*{_ramp(0, 2)})+50*{_ramp(0, 2)}"
                        "*exp(-hypot(X-210,Y-34)/50)"),
    "match-ah": _overlay("gte(N,MID)*clip(1.4*exp(-hypot(X-150,Y-96)/(16+14*exp(-(N-MID)/3))),"
                         "0,1)", 235) + "," + _flash((0, 1), (0.22, 0.08)),
    "steam-ah": _overlay("clip(1.3*exp(-pow((N-MID)/7,2))*(0.7+0.3*sin(X/17+Y/11-N*0.5)),0,0.9)",
                         215),
    "title205-ah": _fade("BLOOD ON THE SNOW", 20, 70, "0xff3030", SERIF, -24, 18,
                         _EDGE.format("black")),
    "glint-ah": _overlay("clip(1.6*exp(-pow((N-MID)/1.5,2))*exp(-hypot(X-220,Y-10)/14),0,1)", 252)
                + "," + _flash((-1, 0, 1), (0.08, 0.18, 0.06)),
    "fall-ah": _pass(4, 0, 170, 90, 90, 50, 12, 128, 128, dy=32),
    "end-ah": _fade("END", 26, 66, "white", SERIF, 6, None, _EDGE.format("black")),
    "horse-ah": _pass(4, -36, 160, 96, 60, 120, 150, 60, 190),
    "boubou-ah": _pass(5, 34, 160, 100, 50, 110, 170, 80, 200),
    "photo-ah": _overlay("eq(N,MID)*clip(1.4*exp(-hypot(X-60,Y-60)/60),0,1)", 252)
                + "," + _flash((0, 1), (0.35, 0.1)),
    "cloud-ah": _grade("LUM*(1-0.38*exp(-pow((X-160-8*(N-MID))/70,2)))"),
    "credit206-ah": _fade("un film de Mamadou Sarr", 12, 26, "0xfff0d8", SERIF, -8, None,
                          _EDGE.format("0x302010")),
    "tube207-ah": _grade("LUM*(0.35+0.65*(between(N,MID-6,MID-5)+between(N,MID-2,MID-2)"
                         "+gte(N,MID)))"),
    "kids-ah": _pass(5, 26, 160, 100, 16, 40, 90, 120, 150) + ","
               + _pass(4, -22, 200, 110, 18, 44, 200, 140, 120),
    "lightning-ah": _flash((-2, -1, 3), (0.45, 0.15, 0.3)),
    "poweroff-ah": _grade(f"LUM*(1-0.85*{_ramp(0, 1)})"),
    "scooter-ah": _overlay("lt(N,MID+6)*clip(1.6*exp(-hypot(X-170,Y-120)/(4+20*exp((N-MID)/3))),"
                           "0,1)", 252, 120, 136) + ","
                  + _lift(["0.3*exp(-pow((n-MID-3)/3,2))"]),
    "sub207-ah": _subs([("Grandpa  the train is coming.", -14, 2), ("I hear it.", 6, 20)]),
    "credit207-ah": _fade("a film by Lin Chia-hui", 12, 30, "0xf0f0e0", FONT, -10, None,
                          _EDGE.format("0x203020")),
    "sunglint-ah": _overlay("clip(1.6*exp(-pow((N-MID)/2,2))*exp(-hypot(X-180,Y-120)/16),0,1)",
                            252) + "," + _flash((0,), (0.1,)),
    "dancer-ah": _pass(4, -40, 160, 90, 60, 100, 60, 140, 120),
    "torch-ah": _overlay(f"clip(1.6*{_BEAM}*between(N,MID-8,MID+8),0,1)", 248) + ","
                + _lift(["0.25*exp(-pow((n-MID)/3,2))"]),
    "lampoff-ah": _grade(f"LUM*(1-0.6*{_ramp(-10, -9)}*(1-{_ramp(6, 7)}))"),
    "sub208-ah": _subs([("The sea is a large table.", -16, -2),
                        ("We do not say sea in this house.", 2, 18)]),
    "ferrytitle-ah": _fade("KIRIK KALPLER", 22, 66, "0xfff0c0", SERIF, -22, 18,
                           _EDGE.format("0x400020")),
    "zoomin-ah": _zoom("1+0.006*in", "0.4"),
    "wind-ah": "vignette=PI/4",
    "headlamp-ah": _overlay("lt(N,MID+10)*clip(1.7*(exp(-hypot(X-160+26*exp((N-MID)/6),Y-110)"
                            "/(3+3*exp((N-MID)/4)))+exp(-hypot(X-160-26*exp((N-MID)/6),Y-110)"
                            "/(3+3*exp((N-MID)/4)))),0,1)", 252) + ","
                   + _lift(["0.5*clip((n-MID+8)/16,0,1)*lt(n,MID+10)"]),
    "strip-ah": _grade("LUM*(1-0.4*(eq(N,MID-10)+eq(N,MID-9)+eq(N,MID-4)+eq(N,MID+3)))"),
    "son-ah": _fade("SON", 28, 60, "0xfff0e0", SERIF, 4, None, _EDGE.format("0x400000")),
}

# held-out-ah (clips 204-209): new recipes again, written after held-out-ag without running the
# detector on them: six more kinds of film, clips of about 20 to 21 s with 10 or 11 shots, mixing
# cuts between similar and different shots, to and from cards, between dark and between
# near-white shots, camera motion, things passing the lens, flashes, light changes, weather,
# grain, bars of five ratios and full frame, titles, captions and subtitles, dissolves of 20 to
# 32 frames, a pixel dissolve, a dissolve through grays, fades through black and white and fade
# outs and ins.
_FR = "quai-ah flick-ah grain11-ah box137-ah"
_YK, _SN = "toei-ah grain21-ah box235-ah", "dakar-ah grain31-ah box166-ah"
_TW, _GR = "taipei-ah grain41-ah box185-ah", "athens-ah grain51-ah"
_YC = "yesil-ah scratch-ah grain61-ah box133-ah"
HELD_OUT_AH = [
    ("le-quai-du-soir", [S("titre-ah", 40, 0, _FR), "cut",
                         S("harbour-ah", 70, 0, f"pan-ah havre-ah {_FR}"), "fade:24",
                         S("docks-ah", 56, 0, f"coat-ah {_FR}"), "cut",
                         S("jean-ah", 40, 0, _FR), "cut",
                         S("nelly-ah", 36, 0, _FR), "cut",
                         S("jean-ah", 30, 200, f"closer-ah {_FR}"), "cut",
                         S("cafe-ah", 60, 0, f"lampon-ah {_FR}"), "fadeblack:20",
                         S("phare-ah", 50, 0, _FR), "cut",
                         S("escalier-ah", 44, 0, f"match-ah {_FR}"), "cut",
                         S("aube-ah", 70, 0, f"steam-ah {_FR}"), "fadeio:24:16",
                         S("fin-ah", 36, 0, _FR)]),
    ("blood-on-the-snow", [S("alley-ah", 70, 0, f"title205-ah {_YK}"), "fade:30",
                           S("den-ah", 56, 0, _YK), "cut",
                           S("oyabun-ah", 40, 0, _YK), "cut",
                           S("kiyoshi-ah", 36, 0, _YK), "cut",
                           S("blade-ah", 40, 0, f"crash-ah glint-ah {_YK}"), "cut",
                           S("rainyard-ah", 44, 0, f"whip-ah {_YK}"), "cut",
                           S("shoji-ah", 48, 0, f"fall-ah {_YK}"), "fadewhite:16",
                           S("snowfield-ah", 70, 0, _YK), "cut",
                           S("snowtree-ah", 50, 0, _YK), "fadeblack:28",
                           S("neon-ah", 64, 0, _YK), "dissolve:20",
                           S("walk-ah", 64, 0, f"end-ah {_YK}")]),
    ("the-cart-driver", [S("rue-ah", 60, 0, _SN), "cut",
                         S("bus-ah", 50, 0, f"rattle-ah {_SN}"), "cut",
                         S("market-ah", 56, 0, f"boubou-ah {_SN}"), "cut",
                         S("malick-ah", 40, 0, _SN), "cut",
                         S("awa-ah", 38, 0, _SN), "cut",
                         S("bureau-ah", 48, 0, f"photo-ah {_SN}"), "cut",
                         S("ocean-ah", 64, 0, f"pan-ah {_SN}"), "fade:32",
                         S("baobab-ah", 60, 0, f"cloud-ah {_SN}"), "cut",
                         S("feu-ah", 56, 0, _SN), "fadeblack:24",
                         S("plage-ah", 80, 0, f"credit206-ah {_SN}")]),
    ("the-crossing", [S("crossing-ah", 76, 0, _TW), "cut",
                      S("dinner-ah", 60, 0, f"tube207-ah {_TW}"), "cut",
                      S("grandpa-ah", 40, 0, _TW), "cut",
                      S("boy-ah", 36, 0, _TW), "cut",
                      S("corridor-ah", 54, 0, f"kids-ah {_TW}"), "fade:20",
                      S("alley207-ah", 56, 0, f"lightning-ah {_TW}"), "cut",
                      S("bedroom-ah", 48, 0, f"poweroff-ah {_TW}"), "cut",
                      S("scooter-ah", 50, 0, f"scooter-ah {_TW}"), "fadewhite:20",
                      S("paddy-ah", 66, 0, f"sub207-ah {_TW}"), "fadegrays:24",
                      S("crossing-ah", 64, 200, f"near-ah credit207-ah {_TW}")]),
    ("the-box", [S("pool-ah", 60, 0, f"sunglint-ah {_GR}"), "cut",
                 S("lounge-ah", 48, 0, _GR), "cut",
                 S("lounge-ah", 40, 100, f"near-ah {_GR}"), "cut",
                 S("dance-ah", 50, 0, f"dancer-ah {_GR}"), "cut",
                 S("car208-ah", 50, 0, _GR), "cut",
                 S("garden208-ah", 44, 0, f"torch-ah {_GR}"), "fadeblack:16",
                 S("tennis-ah", 56, 0, _GR), "fadewhite:24",
                 S("hall208-ah", 50, 0, f"lampoff-ah {_GR}"), "cut",
                 S("eleni-ah", 44, 0, f"sub208-ah {_GR}"), "cut",
                 S("pool-ah", 56, 300, f"dusk-ah {_GR}"), "fadeio:30:12",
                 S("card208-ah", 36, 0, _GR)]),
    ("broken-hearts", [S("bosphorus-ah", 72, 0, f"pan-ah ferrytitle-ah {_YC}"), "fade:24",
                       S("salon209-ah", 56, 0, f"snap-ah {_YC}"), "cut",
                       S("turkan-ah", 40, 0, f"zoomin-ah {_YC}"), "cut",
                       S("kadir-ah", 36, 0, _YC), "cut",
                       S("turkan-ah", 36, 100, _YC), "fadewhite:20",
                       S("village-ah", 66, 0, f"sepia-ah wind-ah {_YC}"), "cut",
                       S("rain209-ah", 62, 0, f"lightning-ah {_YC}"), "cut",
                       S("road-ah", 54, 0, f"headlamp-ah {_YC}"), "cut",
                       S("hospital-ah", 56, 0, f"strip-ah {_YC}"), "fadeblack:24",
                       S("sunset-ah", 80, 0, f"son-ah {_YC}")]),
]
