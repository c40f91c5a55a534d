"""Sources, effects and recipes of held-out-m (clips 78-83), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-77. Drawn scenes for six more kinds of
film: a straight highway running into the heat haze between mesas, the view through a
windscreen over the dashboard, the driver in profile with the shadows of poles sweeping over
him, a gas station under its canopy, a car raising dust below red mesas and a motel at dusk
with a blinking sign (a desert road movie); a corridor lined with fluorescent tubes, a ward with
a patient and a bedside monitor, the heart monitor close up, an operating theatre under its
lamp, a chest X-ray on a lightbox and the nurses' station (a hospital drama); a lava lake
crusted over and cracking, a night eruption fountaining from its cone, a lava river crossing a
black field, an ash column over a cone, a volcanologist in a silver suit and steaming sulphur
vents (a volcano documentary); a furnace mouth with a stoker, a ladle pouring molten steel, a
grinder throwing sparks, a glowing slab running over rollers, a welder at his arc and an
overhead crane in a hazy hall, in faded colour in 4:3 (an industrial film of a steel mill);
stained cells drifting in a bright field, a cell dividing, a ciliate swimming under phase
contrast, diatoms in dark field, colonies in a petri dish and the lab bench, through a round
eyepiece (a microscope science film); an aurora curtain over snow and pines, star trails round
the pole over a tent, an observatory dome with its slit open, the moon through a telescope, the
Milky Way over trees and a tent lit from inside (an aurora night-sky film).
"""

from shots_lavfi import FONT, SERIF, geq as _geq, overlay as _overlay, scene as _scene, text as _text
from shots_recipes import S


def _light(add):
    """An effect: geq adding light (an expression in X, Y, N, luma coordinates) to the luma."""
    return f"format=yuv420p,geq=lum='clip(lum(X,Y)+{add},0,255)':cb='cb(X,Y)':cr='cr(X,Y)'"


# A desert road movie.
_MESAS = "lt(Y,82)*(gt(Y,62)*lt(abs(X-72),30+(Y-62)*0.9)+gt(Y,70)*lt(abs(X-236),16+(Y-70)*0.7))"
_ROAD = "lt(abs(X-160),(Y-82)*1.5)"
_DASH = "lt(abs(X-160),(Y-82)*0.035+0.6)*lt(mod(700/max(Y-80,1)+N*0.9,6),3)"
_MIRAGE = "45*exp(-(Y-82)/3)*(0.5+0.5*sin(X/3+N*1.1))"
_WHEEL = "between(hypot(X-90,Y-232),92,103)"
_DASHB = "gt(Y,122+8*sin(X/60))"
_DIAL = "between(hypot(X-206,Y-150),11,14)"
_PILLAR = "(lt(X,20+0.28*Y)+gt(X,300-0.28*Y))"
_MIRROR = "between(X,138,198)*between(Y,4,20)"
_POLE = "lt(abs(X-340+mod(N*9,440)),2.5)*between(Y,24,68)"
_WROAD = "lt(abs(X-170),(Y-64)*1.3)"
_WDASH = "lt(abs(X-170),(Y-64)*0.03+0.6)*lt(mod(500/max(Y-62,1)+N*1.1,6),3)"
_HEAD = "lt(hypot((X-100)/46,(Y-84)/62),1)"
_NOSE = "lt(hypot(X-148,Y-90),8)"
_HAIR = f"{_HEAD}*lt(Y,46+0.2*(X-100))"
_SHADES = "lt(hypot((X-128)/15,(Y-74)/6),1)"
_DWIN = "gt(X,150)*lt(Y,112)"
_POLESHADE = "lt(abs(mod(X+N*16,170)-85),14)"
_CANOPY = "between(Y,8,34)"
_CSTRIPE = "between(Y,27,34)"
_PUMP = "between(X,140,178)*between(Y,78,150)"
_PDISP = "between(X,147,171)*between(Y,86,104)"
_HOSE = "lt(abs(hypot(X-190,Y-112)-18),1.6)*gt(X,178)"
_CPIL = "(lt(abs(X-58),6)+lt(abs(X-262),6))*between(Y,34,150)"
_SEDAN = "between(X,196,300)*between(Y,118,148)*lt(Y,150-0.0*X)"
_BMESA = ("(gt(Y,50)*lt(abs(X-92),60+(Y-50)*0.6+6*sin(Y/3))+gt(Y,72)*lt(abs(X-254),38+(Y-72)*0.8"
          "+5*sin(Y/2.5)))*lt(Y,122)")
_CARX = "(-20+1.3*N)"
_CAR = f"between(X-{_CARX},-8,8)*between(Y-0.05*X,133,139)"
_DUST = f"exp(-pow(hypot((X-{_CARX}+34)/28,(Y-130-0.05*X)/8),2))*lt(X,{_CARX})"
_DUSK = "(lt(Y,100))"
_MOTEL = "between(X,36,250)*between(Y,100,146)"
_MROOF = "between(X,30,256)*between(Y,94,100)"
_MDOOR = "lt(mod(X-36,30),12)*between(Y,114,146)*between(X,40,246)"
_MLAMP = "lt(hypot(mod(X-36,30)-21,Y-110),3)*between(X,40,246)"
_SIGNP = "lt(abs(X-282),3)*between(Y,56,146)"
_SIGN = "between(X,252,312)*between(Y,26,58)"
_SIGNRIM = f"{_SIGN}*not(between(X,255,309)*between(Y,29,55))"
_CACTUS = "(lt(abs(X-18),4)*between(Y,70,146)+lt(abs(X-10),3)*between(Y,84,104)+between(X,8,18)*between(Y,102,106))"

# A hospital drama.
_CEIL = "lt(Y,80-abs(X-160)*0.56)"
_FLOOR = "gt(Y,80+abs(X-160)*0.56)"
_TUBES = "lt(mod(400/max(80-Y,1),3),0.9)*lt(abs(X-160),(80-Y)*0.5)"
_FLREFL = "lt(mod(400/max(Y-80,1),3),0.9)*lt(abs(X-160),(Y-80)*0.3)"
_DOORS = "lt(mod(900/max(abs(X-160),1),4),1.2)*lt(abs(Y-78),abs(X-160)*0.42)"
_ENDDOOR = "lt(abs(X-160),14)*lt(abs(Y-80),10)"
_NURSEX = "(182+10*sin(N*0.05))"
_NURSE = f"(lt(hypot((X-{_NURSEX})/6,(Y-88)/14),1)+lt(hypot(X-{_NURSEX},Y-71),4))"
_BLINDS = "between(X,232,302)*between(Y,18,100)"
_SHEET = "between(X,40,222)*between(Y,108,160)"
_PILLOW = "lt(hypot((X-72)/28,(Y-104)/10),1)"
_PHEAD = "lt(hypot((X-78)/14,(Y-96)/12),1)"
_MON = "between(X,172,228)*between(Y,28,72)"
_MTRACE = "lt(abs(Y-54+14*exp(-pow(mod(X-N*3,36)-18,2)/3)),1.3)*between(X,175,225)"
_IVPOLE = "lt(abs(X-28),1.5)*between(Y,16,160)"
_SWEEP = "mod(N*5,320)"
_ECG = "lt(abs(Y-74+42*exp(-pow(mod(X,64)-40,2)/2)-9*exp(-pow(mod(X,64)-54,2)/18)),1.6)"
_PLETH = "lt(abs(Y-138+12*pow(max(sin(X/10),0),2)),1.4)"
_ERASE = f"between(X-{_SWEEP},0,12)"
_GRID = "(lt(mod(X,20),1)+lt(mod(Y,20),1))"
_OLAMP = "lt(hypot(X-160,Y-18),42)"
_BULBS = "lt(hypot(mod(X-130,20)-10,mod(Y-2,20)-10),5)*lt(hypot(X-160,Y-18),38)"
_CAP1 = "lt(hypot((X-88)/26,(Y-92)/20),1)"
_CAP2 = "lt(hypot((X-234)/24,(Y-86)/19),1)"
_MASK1 = "lt(hypot((X-96)/18,(Y-110)/10),1)"
_MASK2 = "lt(hypot((X-226)/17,(Y-104)/10),1)"
_DRAPE = "gt(Y,122+0.1*abs(X-160))"
_FIELD = "exp(-pow(hypot((X-160)/46,(Y-146)/16),2))"
_LBOX = "between(X,38,282)*between(Y,12,168)"
_FILM = "between(X,66,254)*between(Y,20,160)"
_RIBS = "lt(abs(mod(Y-0.006*pow(X-160,2)-24,16)-8),2.4)*between(abs(X-160),12,82)*between(Y,28,150)"
_SPINE = "lt(abs(X-160),7)*between(Y,20,160)"
_LUNG = "lt(hypot((abs(X-160)-44)/36,(Y-90)/58),1)"
_PEN = "lt(abs(Y-112-0.5*(X-262-12*sin(N*0.08))),1.8)*between(X,232+12*sin(N*0.08),330)"
_COUNTER = "gt(Y,112)"
_SCREENS = "(between(X,56,118)+between(X,200,262))*between(Y,72,110)"
_SLINES = "lt(mod(Y,6),2)*lt(mod(X+floor(Y/6)*11,40),28)"
_NHEAD = "lt(hypot(X-158,Y-66),13)"
_NBODY = "lt(hypot((X-158)/26,(Y-112)/38),1)"
_CLOCK = "lt(hypot(X-278,Y-34),15)"
_HAND = "lt(abs((X-278)*cos(N*0.105)+(Y-34)*sin(N*0.105)),1)*lt(hypot(X-278,Y-34),13)*gt((X-278)*sin(N*0.105)-(Y-34)*cos(N*0.105),0)"

# A volcano documentary.
_LAKE = "lt(hypot((X-160)/150,(Y-112)/50),1)"
_CRACK = "lt(abs(sin(X/14+1.5*sin(Y/11+N*0.02))*sin(Y/9-N*0.012+1.5*cos(X/19))),0.09)"
_CONE = "gt(Y,100+0.5*abs(X-160))"
_SPRAY = ("exp(-pow((X-160)/(5+0.32*(100-Y)),2))*between(Y,18,100)"
          "*(0.5+0.5*gt(sin(Y/3+N*1.3+X/2)*sin(X/5-N*0.9),0.1))")
_VGLOW = "exp(-hypot(X-160,Y-100)/32)"
_RIVUL = "lt(abs(sin((X-160)/6+Y/14)),0.1)*gt(Y,104+0.5*abs(X-160))"
_CHAN = "lt(abs(Y-112-18*sin(X/45)),14+4*sin(X/20))"
_CRUST = "gt(sin((X-N*1.5)/8+sin(Y/5))*sin(Y/4+(X-N*1.5)/17),0.2)"
_ACONE = "gt(Y,118+0.62*abs(X-172))"
_ASHCOL = ("lt(abs(X-172-0.25*(118-Y)),(10+0.55*(118-Y))*(1+0.16*sin(Y/7-N*0.2)+0.1*sin(X/6+N*0.1)))"
           "*lt(Y,120)")
_SUIT = "lt(hypot((X-150)/28,(Y-116)/52),1)"
_HOOD = "lt(hypot((X-150)/19,(Y-50)/21),1)"
_VISOR = "lt(hypot((X-157)/11,(Y-50)/7),1)"
_PLUME1 = "exp(-pow((X-90-0.2*(100-Y)-5*sin(Y/9-N*0.15))/(6+0.3*(100-Y)),2))*lt(Y,104)"
_PLUME2 = "exp(-pow((X-228+0.15*(100-Y)-4*sin(Y/8-N*0.17))/(5+0.26*(100-Y)),2))*lt(Y,108)"

# An industrial film of a steel mill.
_FWALL = "between(X,76,262)*between(Y,28,150)"
_FMOUTH = "lt(hypot((X-170)/44,(Y-112)/40),1)*lt(Y,140)"
_STOKER = "(lt(hypot((X-92)/12,(Y-122)/30),1)+lt(hypot(X-94,Y-84),8))"
_ROD = "lt(abs(Y-112+0.25*(X-100)),1.5)*between(X,100,142)"
_LADLE = "lt(hypot((X-90)/60,(Y-50)/40),1)"
_LIP = "lt(abs(hypot((X-90)/60,(Y-50)/40)-1),0.06)*gt(X,122)"
_STREAM = "lt(abs(X-150-0.004*pow(Y-60,2)-1.5*sin(Y/3+N)),4)*between(Y,56,152)"
_MOULD = "between(X,118,222)*between(Y,150,172)"
_SPLASH = "lt(abs(sin(atan2(Y-150,X-160)*9+N*1.9)),0.05)*lt(hypot(X-160,Y-150),30)*lt(Y,150)"
_SPA = "atan2(Y-122,X-136)"
_SPARKS = (f"lt(abs(sin({_SPA}*23+N*3.1)),0.06)*between(hypot(X-136,Y-122),5,60+50*abs(sin({_SPA}*7+N*2)))"
           f"*between({_SPA},-0.5,0.9)")
_DISC = "lt(hypot(X-118,Y-110),22)"
_GUARD = "between(hypot(X-118,Y-110),22,26)*lt(Y,112)"
_BAR = "between(Y,122,140)*between(X,20,300)"
_SLABX = "(-150+1.8*N)"
_SLAB = f"between(X,{_SLABX},{_SLABX}+150)*between(Y,102,120)"
_ROLLERS = "lt(mod(X,22),8)*between(Y,120,128)"
_GIRDER = "lt(mod(X+0.3*Y,60),4)*lt(Y,70)"
_ARC = "(0.55+0.45*gt(sin(N*2.9)*sin(N*1.7+1),-0.2))"
_WMASK = "lt(hypot((X-118)/42,(Y-78)/52),1)"
_WGLASS = "between(X,128,160)*between(Y,60,76)"
_WPIECE = "between(Y,136,146)*between(X,150,300)"
_CRANE = "between(Y,38,54)"
_TROLLEY = "between(X,140,180+20*sin(N*0.03))*between(Y,54,64)"
_CCABLE = "lt(abs(X-160-10*sin(N*0.03)),1)*between(Y,64,124)"
_HOOK = "lt(abs(hypot(X-160-10*sin(N*0.03),Y-130)-6),2)*gt(Y,128)"
_SHAFTS = "gt(sin((X+0.6*Y)/12),0.85)"
_TRUSS = "lt(abs(mod(X+Y,36)-18),2)*lt(Y,36)"

# A microscope science film.
_CLX = "(mod(X+N*0.4+9*sin(floor((Y+N*0.2)/40)*2.3),46)-23)"
_CLY = "(mod(Y+N*0.2,40)-20)"
_CELLR = f"hypot({_CLX}/20,{_CLY}/16)"
_NUC = f"lt(hypot(({_CLX}-3)/7,({_CLY}+2)/6),1)"
_SPLIT = "min(N*0.18,36)"
_LOBES = (f"(lt(hypot((X-160-{_SPLIT})/40,(Y-90)/(36-0.2*{_SPLIT})),1)"
          f"+lt(hypot((X-160+{_SPLIT})/40,(Y-90)/(36-0.2*{_SPLIT})),1))")
_CHROMO = f"lt(hypot((abs(X-160)-{_SPLIT}-4)/5,(Y-90)/14),1)*gt(sin(Y*1.3),0)"
_PMX = "(50+0.9*N)"
_PMY = "(90+10*sin(N*0.05))"
_PMR = f"hypot((X-{_PMX})/50,(Y-{_PMY})/(16+4*(X-{_PMX})/50))"
_CILIA = f"between({_PMR},1,1.12)*gt(sin(atan2(Y-{_PMY},X-{_PMX})*60+N*2),0.4)"
_VAC = f"lt(hypot(X-{_PMX}+20,Y-{_PMY}+2),5)"
_PU = "((X-110-0.2*N)*0.955+(Y-80)*0.296)"
_PV = "((Y-80)*0.955-(X-110-0.2*N)*0.296)"
_PENN = f"lt(hypot({_PU}/62,{_PV}/14),1)"
_PRIM = f"between(hypot({_PU}/62,{_PV}/14),0.88,1)"
_CENT = "lt(hypot(X-232,Y-112+0.1*N),30)"
_CRIM = "between(hypot(X-232,Y-112+0.1*N),27,30)"
_DISH = "lt(hypot(X-160,Y-90),78)"
_DRIM = "between(hypot(X-160,Y-90),76,82)"
_COLON = ("lt(hypot(mod(X+floor(Y/23)*9,27)-13,mod(Y,23)-11),3+2*sin(floor(X/27)*3+floor(Y/23)*5))"
          "*lt(hypot(X-160,Y-90),72)")
_SCOPE = ("(between(X,60,124)*between(Y,128,142)+lt(abs(X-110+0.3*(Y-60)),8)*between(Y,40,128)"
          "+lt(abs(X-86-0.2*(Y-20)),7)*between(Y,14,70)+lt(hypot((X-92)/16,(Y-106)/5),1))")
_FLASK = "lt(abs(X-238),(Y-60)*0.35+4)*between(Y,60,140)"
_FBUB = "lt(hypot(mod(X-230,8)-4,mod(Y+N*2,12)-6),1.4)*gt(Y,100)"

# An aurora night-sky film.
_STARS = ("lt(hypot(mod(X+floor(Y/19)*7,23)-11+4*sin(floor(Y/19)*5.1+floor(X/23)*1.7),"
          "mod(Y,19)-9+3*cos(floor(X/23)*2.3)),0.9)")
_YB = "(70+12*sin(X/45+N*0.04)+6*sin(X/17-N*0.07))"
_AUR = (f"((exp(-pow((Y-{_YB})/5,2))+0.8*gt({_YB},Y)*exp(-({_YB}-Y)/28))"
        "*(0.5+0.5*sin(X/4+N*0.15+2*sin(X/29+N*0.02))))")
_PINES = "lt(abs(mod(X,26)-13),(Y-108)*0.35)*between(Y,108,150)"
_SNOWL = "gt(Y,146+4*sin(X/30))"
_PR = "hypot(X-250,Y-10)"
_PK = "floor(hypot(X-250,Y-10)/7)"
_PTH = "(atan2(Y-10,X-250)+N*0.012)"
_TRAILS = f"lt(abs(sin({_PTH}*(3+mod({_PK}*7,5))+{_PK}*1.9)),0.04)*lt(abs(mod({_PR},7)-3.5),0.9)"
_HILL = "gt(Y,122+18*sin(X/60)+8*sin(X/17))"
_TENT1 = "lt(abs(X-100),(Y-112)*0.9)*between(Y,112,136)"
_DOME = "lt(hypot(X-160,Y-118),70)*lt(Y,118)"
_SLIT = "lt(abs(X-160-8*sin(N*0.01)),9)"
_TUBE = "lt(abs(Y-64+0.6*(X-168)),4)*between(X,150,204)"
_OBASE = "between(X,100,220)*between(Y,118,168)"
_MOONR = "hypot(X-160+2*sin(N*0.3),Y-90+1.5*sin(N*0.41))"
_MARIA = "gt(sin(X/23+1)*sin(Y/19+2)+0.3*sin(X/9),0.3)"
_CRATER = "between(hypot(mod(X,37)-18,mod(Y+floor(X/37)*13,31)-15),4,6)"
_MWD = "((Y-150+0.6*X)/1.17)"
_MW = f"(exp(-pow({_MWD}/28,2))*(0.75+0.25*sin(X/11+Y/9)*sin(X/5-Y/7))-0.5*exp(-pow(({_MWD}-4)/5,2)))"
_TREES = "gt(Y,138+14*abs(sin(X/13))-10*gt(sin(X/7),0.7))"
_BTENT = "lt(abs(X-150),(Y-68)*0.9)*between(Y,68,150)"
_SHADOW = "lt(hypot((X-140-6*sin(N*0.07))/10,(Y-116)/20),1)"
_SKYLINE = "gt(Y,62+22*abs(sin(X/40))+6*sin(X/11))"

LAVFI_M = {
    # A desert road movie.
    "highway-m": _scene(f"min(250,if(gt(Y,82),if({_DASH},225,if({_ROAD},78+6*sin(X*1.3+Y*2.1),"
                        f"160+12*sin(X/5+Y/3)*sin(Y/2)+0.25*(Y-82)))+{_MIRAGE},if({_MESAS},"
                        "105+10*sin(Y/2),120+0.9*Y)))",
                        f"if(gt(Y,82),if({_ROAD},126,106),if({_MESAS},104,158-0.25*Y))",
                        f"if(gt(Y,82),if({_DASH},150,if({_ROAD},130,144)),if({_MESAS},168,106))"),
    "dash-m": _scene(f"if({_WHEEL},18,if({_DASHB},30+100*{_DIAL},if({_PILLAR},16,if({_MIRROR},"
                     f"46+20*sin(X/7),if({_POLE},40,if(gt(Y,64),if({_WDASH},220,if({_WROAD},80,"
                     "170+10*sin(X/6+Y/4))),140+0.8*Y))))))",
                     f"if({_WHEEL}+{_DASHB}+{_PILLAR}+{_MIRROR},128,if(gt(Y,64),if({_WROAD},126,108),152))",
                     f"if({_WHEEL}+{_DASHB}+{_PILLAR}+{_MIRROR},128,if(gt(Y,64),if({_WROAD},130,146),110))"),
    "driver-m": _scene(f"(1-0.42*{_POLESHADE})*if({_SHADES},16,if({_HAIR},38,if({_HEAD}+{_NOSE},"
                       f"128+18*sin(Y/13),if({_DWIN},160+25*sin(Y/2.3)*sin(Y/7)+12*sin((X+N*30)/9),"
                       "36+8*sin(Y/5)))))",
                       f"if({_HEAD}+{_NOSE},112,if({_DWIN},if(lt(Y,60),150,110),128))",
                       f"if({_HEAD}+{_NOSE},152,if({_DWIN},if(lt(Y,60),110,146),130))"),
    "pump-m": _scene(f"min(250,if({_CSTRIPE},80,if({_CANOPY},228-30*lt(mod(X,40),3),if({_PDISP},"
                     f"40+150*lt(mod(X,6),3)*lt(mod(Y,7),4),if({_PUMP},92,if({_HOSE},20,if({_CPIL},205,"
                     f"if({_SEDAN},if(lt(Y,130),40,150-20*lt(mod(X,30),2)),if(gt(Y,150),188+8*sin(X/3+Y),"
                     "if(gt(Y,110),166+8*sin(X/6),150+0.5*Y))))))))))",
                     f"if({_CSTRIPE}+{_PUMP},100,if({_SEDAN},150,if(gt(Y,110),112,150)))",
                     f"if({_CSTRIPE}+{_PUMP}*not({_PDISP}),196,if({_SEDAN},104,if(gt(Y,110),140,110)))"),
    "mesa-m": _scene(f"min(250,if({_CAR},30,if({_BMESA},96+16*sin(Y/3)*sin(X/11)+8*lt(mod(Y,9),2),"
                     f"if(gt(Y,122),150+10*sin(X/7+Y/2)-40*lt(abs(Y-136-0.05*X),1.5),100+0.7*Y)))"
                     f"+70*{_DUST})",
                     f"if({_BMESA},102,if(gt(Y,122),108,160-0.3*Y))",
                     f"if({_BMESA},174,if(gt(Y,122),146,104))"),
    "motel-m": _text(_text(_scene(f"min(250,if({_SIGNRIM},220,if({_SIGN},30,if({_SIGNP},24,if({_MLAMP},"
                                  f"235,if({_MDOOR},36,if({_MROOF},110,if({_MOTEL},66+6*sin(X/2),"
                                  f"if({_CACTUS},14,if(gt(Y,146),70+10*sin(X/4+Y/2),54+0.7*Y))))))))))",
                                  f"if({_SIGNRIM},150,if({_MLAMP},80,if({_MOTEL}+gt(Y,146),124,"
                                  "156-0.45*Y)))",
                                  f"if({_SIGNRIM},205,if({_MLAMP},160,if({_MOTEL}+gt(Y,146),132,"
                                  "140+0.3*Y)))"),
                           "MOTEL", 15, 258, 34, "0xff70c0"),
                     "VACANCY", 10, 256, 64, "0x70ffb0", ":enable='lt(mod(n,36),24)'"),
    "credits-m": f"color=c=0x0c0804:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=13:"
                 "fontcolor=0xffe0b8:line_spacing=10:textfile=THIRTEENTHREEL:x=(w-tw)/2:y=h-2.4*n",
    # A hospital drama.
    "corridor-m": _scene(f"min(250,if({_ENDDOOR},200-120*lt(abs(X-160),10)*gt(Y,76),if({_NURSE},60,"
                         f"if({_CEIL},if({_TUBES},248,196),if({_FLOOR},118+70*{_FLREFL}+6*sin(X/3),"
                         f"if({_DOORS},92,172-0.1*abs(X-160)))))))",
                         f"if({_NURSE},150,if({_DOORS}*not({_CEIL}+{_FLOOR}),112,if({_FLOOR},124,120)))",
                         f"if({_NURSE},110,if({_DOORS}*not({_CEIL}+{_FLOOR}),144,if({_FLOOR},128,118)))"),
    "ward-m": _scene(f"min(250,if({_MTRACE},170,if({_MON},20,if({_IVPOLE},90,if({_PHEAD},130,"
                     f"if({_PILLOW},236,if({_SHEET},222-24*lt(mod(X+0.3*Y,26),2),if({_BLINDS},"
                     "220-80*lt(mod(Y,8),3),if(gt(Y,160),108+6*sin(X/2),160+0.1*Y)))))))))",
                     f"if({_MTRACE},90,if({_PHEAD},112,if({_BLINDS},130,if({_SHEET}+{_PILLOW},128,120))))",
                     f"if({_MTRACE},80,if({_PHEAD},150,if({_BLINDS},124,if({_SHEET}+{_PILLOW},126,120))))"),
    "ecg-m": _text(_text(_scene(f"if({_ERASE},16,if({_ECG}*lt(X,300),200,if({_PLETH},170,18+26*{_GRID})))",
                                f"if({_ECG}*not({_ERASE}),80,if({_PLETH}*not({_ERASE}),190,120))",
                                f"if({_ECG}*not({_ERASE}),80,if({_PLETH}*not({_ERASE}),100,118))"),
                         "HR 72", 20, 236, 14, "0x50ff70"),
                   "SpO2 97", 14, 236, 150, "0x60c0ff"),
    "theatre-m": _scene(f"min(250,if({_BULBS},252,if({_OLAMP},196+10*sin(X/3),if({_MASK1}+{_MASK2},"
                        f"150,if({_CAP1}+{_CAP2},96+10*sin(X/4+Y/3),if({_DRAPE},72+8*sin(X/5)+140*{_FIELD},"
                        "40+12*sin(X/30)+20*exp(-Y/60)))))))",
                        f"if({_BULBS}+{_OLAMP},134,if({_DRAPE}*lt({_FIELD},0.4)+{_CAP1}+{_CAP2},118,124))",
                        f"if({_BULBS}+{_OLAMP},124,if({_DRAPE}*lt({_FIELD},0.4)+{_CAP1}+{_CAP2},98,"
                        f"if({_DRAPE},150,116)))"),
    "xray-m": _scene(f"if({_PEN},10,if({_FILM},if({_SPINE},150+30*lt(mod(Y,12),9),if({_RIBS},170,"
                     f"if({_LUNG},26+8*sin(X/5)*sin(Y/6),60))),if({_LBOX},230,34+6*sin(Y/4))))",
                     f"if({_FILM}+{_PEN},128,if({_LBOX},138,124))",
                     f"if({_FILM}+{_PEN},128,if({_LBOX},120,130))"),
    "station-m": _scene(f"min(250,if({_HAND},20,if({_CLOCK},230,if({_NHEAD},130,if({_NBODY},70,"
                        f"if({_SCREENS},if({_SLINES},240,180),if({_COUNTER},130+10*lt(abs(Y-116),3)"
                        "+6*sin(X/9),168-0.1*Y)))))))",
                        f"if({_NBODY}*not({_NHEAD}),152,if({_SCREENS},150,if({_NHEAD},112,"
                        f"if({_COUNTER},112,122))))",
                        f"if({_NBODY}*not({_NHEAD}),108,if({_SCREENS},112,if({_NHEAD},150,"
                        f"if({_COUNTER},146,118))))"),
    # A volcano documentary.
    "crater-m": _scene(f"min(250,if({_LAKE},40+190*{_CRACK}+12*sin(X/3)*sin(Y/2),"
                       "70+20*sin(X/6+Y/5)-25*lt(mod(Y+0.2*X,14),3)"
                       f"+70*exp(-(hypot((X-160)/150,(Y-112)/50)-1)*6))+40*exp(-Y/40))",
                       f"if({_LAKE},if({_CRACK},70,124),120)", f"if({_LAKE},if({_CRACK},200,134),140)"),
    "fountain-m": _scene(f"min(250,if({_CONE},6+200*{_RIVUL}+60*{_VGLOW},8+235*{_SPRAY}+120*{_VGLOW}"
                         "+6*(Y/100)))",
                         f"128-62*min({_SPRAY}+{_VGLOW}+{_RIVUL},1)", f"128+72*min({_SPRAY}+{_VGLOW}+{_RIVUL},1)"),
    "flow-m": _scene(f"min(250,if({_CHAN},if({_CRUST},70,232),if(lt(Y,40+6*sin(X/20)),150+0.4*Y,"
                     "38+15*sin(X/3)*sin(Y/4)))+40*exp(-pow((Y-72+0.1*X)/18,2)))",
                     f"if({_CHAN},if({_CRUST},118,66),if(lt(Y,40),136,128))",
                     f"if({_CHAN},if({_CRUST},140,196),if(lt(Y,40),122,130))"),
    "ash-m": _scene(f"if({_ACONE},66+10*sin(X/4+Y/3),if({_ASHCOL},118+40*sin(X/9+Y/8-N*0.15)"
                    "*sin(Y/11-N*0.1),140+0.45*Y))",
                    f"if({_ACONE}+{_ASHCOL},128,156-0.1*Y)", f"if({_ACONE}+{_ASHCOL},130,108)"),
    "suit-m": _scene(f"min(250,if({_VISOR},90+40*exp(-hypot(X-154,Y-47)/4),if({_HOOD}+{_SUIT},"
                     "170+55*sin(X/3+Y/5)*sin(Y/9),if(gt(Y,140+6*sin(X/10)),190+40*sin(X/5+N*0.4)"
                     "*sin(Y/3-N*0.3),30+40*exp(-(160-Y)/30)))))",
                     f"if({_VISOR},76,if({_HOOD}+{_SUIT},122,if(gt(Y,140),64,120)))",
                     f"if({_VISOR},170,if({_HOOD}+{_SUIT},136,if(gt(Y,140),196,142)))"),
    "vents-m": _scene(f"min(250,if(gt(Y,104+4*sin(X/17)),150+22*sin(X/4+Y/3)*sin(Y/5),168+0.1*Y)"
                      f"+65*({_PLUME1}+{_PLUME2})*(0.75+0.25*sin(Y/6-N*0.3)))",
                      f"if(gt(Y,104),64+40*min({_PLUME1}+{_PLUME2},1),146)",
                      f"if(gt(Y,104),150-16*min({_PLUME1}+{_PLUME2},1),118)"),
    # An industrial film of a steel mill.
    "furnace-m": _scene(f"min(250,if({_STOKER}+{_ROD},6,if({_FMOUTH},200+40*sin(X/5+N*0.7)*sin(Y/4-N*0.5),"
                        f"if({_FWALL},48+20*lt(mod(Y,10),1)+14*lt(mod(X+5*floor(Y/10),22),1),"
                        "if(gt(Y,150),28+130*exp(-hypot(X-170,Y-150)/50),14+10*Y/180)))))",
                        f"if({_FMOUTH},70,if({_FWALL},122,126))", f"if({_FMOUTH},196,if({_FWALL},140,132))"),
    "pour-m": _scene(f"min(250,if({_STREAM}+{_LIP},245,if({_LADLE},34,if({_SPLASH},250,if({_MOULD},"
                     "if(lt(Y,154),230,30),20+80*exp(-hypot(X-155,Y-110)/70))))))",
                     f"if({_STREAM}+{_LIP}+{_SPLASH},70,124)", f"if({_STREAM}+{_LIP}+{_SPLASH},196,136)"),
    "grind-m": _scene(f"min(250,if({_SPARKS},250,if({_GUARD},70,if({_DISC},40+10*sin(atan2(Y-110,X-118)*8"
                      f"+N*2),if({_BAR},90+20*lt(mod(X,40),2),20+50*exp(-hypot(X-136,Y-122)/60))))))",
                      f"if({_SPARKS},80,126)", f"if({_SPARKS},180,134)"),
    "slab-m": _scene(f"min(250,if({_SLAB},222+14*sin(X/4)*sin(Y/3),if({_ROLLERS},90+40*lt(mod(X,22),2),"
                     f"if({_GIRDER},12,if(lt(Y,20),170,26+30*exp(-pow((Y-110)/30,2))*lt(abs(X-{_SLABX}-75),160))))))",
                     f"if({_SLAB},74,126)", f"if({_SLAB},192,132)"),
    "welder-m": _scene(f"min(250,if({_WGLASS},12+40*{_ARC},if({_WMASK},34+10*sin(Y/6),if({_WPIECE},80,"
                       f"18+10*sin(X/20)*sin(Y/15))))+{_ARC}*(230*exp(-hypot(X-206,Y-132)/14)+40))",
                       f"128+22*{_ARC}*exp(-hypot(X-206,Y-132)/30)",
                       f"126-10*{_ARC}*exp(-hypot(X-206,Y-132)/30)"),
    "crane-m": _scene(f"min(250,if({_HOOK}+{_CCABLE},14,if({_TROLLEY},40,if({_CRANE},28+16*lt(mod(X,30),3),"
                      f"if({_TRUSS},20,if(lt(Y,30),200,58+40*(1-Y/180)+34*{_SHAFTS}*lt(Y,150)"
                      "-20*gt(Y,150)))))))",
                      "128", "134"),
    # A microscope science film.
    "cells-m": _scene(f"if(lt({_CELLR},0.85),if({_NUC},78,186+6*sin(X/2+Y/3)),if(lt({_CELLR},1),118,"
                      "206+8*sin(X/30+Y/40)))",
                      f"if(lt({_CELLR},0.85),if({_NUC},160,134),if(lt({_CELLR},1),142,126))",
                      f"if(lt({_CELLR},0.85),if({_NUC},152,140),if(lt({_CELLR},1),150,132))"),
    "mitosis-m": _scene(f"if({_CHROMO},56,if({_LOBES},180+8*sin(X/3)*sin(Y/4),208-10*exp(-pow(hypot(X-160,"
                        "Y-90)/110,2))))",
                        f"if({_CHROMO},166,if({_LOBES},136,126))", f"if({_CHROMO},156,if({_LOBES},142,130))"),
    "ciliate-m": _scene(f"if({_VAC},200,if(lt({_PMR},0.9),140+14*sin(X/2+Y/3),if(lt({_PMR},1.05),"
                        f"210,if({_CILIA},176,110+6*sin(X/17+Y/23)))))",
                        "126", "128"),
    "diatoms-m": _scene(f"if({_PRIM}+{_CRIM},240,if({_PENN},110+100*gt(sin({_PU}*1.2),0.3),if({_CENT},"
                        "if(lt(abs(sin(atan2(Y-112+0.1*N,X-232)*16)),0.3),196,80),12+6*sin(X/40))))",
                        f"if({_PENN}+{_CENT},112,128)", f"if({_PENN}+{_CENT},142,128)"),
    "petri-m": _scene(f"min(250,if({_DRIM},220,if({_DISH},if({_COLON},226,150+6*sin(X/9+Y/7)),30+8*sin(X/3)))"
                      "+60*exp(-pow(hypot(X-122,Y-52)/20,2)))",
                      f"if({_DISH}*not({_DRIM}),if({_COLON},112,100),128)",
                      f"if({_DISH}*not({_DRIM}),if({_COLON},134,152),130)"),
    "bench-m": _scene(f"min(250,if({_SCOPE},36,if({_FBUB}*{_FLASK},236,if({_FLASK},if(gt(Y,100),110,196),"
                      "if(gt(Y,142),204-12*lt(mod(X,50),1),if(between(X,180,310)*lt(Y,110),232,150+0.2*Y))))))",
                      f"if({_FLASK}*gt(Y,100),172,if(between(X,180,310)*lt(Y,110),136,124))",
                      f"if({_FLASK}*gt(Y,100),98,if(between(X,180,310)*lt(Y,110),120,132))"),
    # An aurora night-sky film.
    "aurora-m": _scene(f"if({_SNOWL},if({_PINES},6,54+10*sin(X/7)+30*exp(-pow((X-160)/120,2))),if({_PINES},6,"
                       f"10+6*Y/100+22*exp(-(146-Y)/25)+200*{_AUR}+180*{_STARS}*(1-min({_AUR},1))))",
                       f"128-40*min({_AUR},1)*not({_SNOWL}+{_PINES})+8*{_SNOWL}",
                       f"128-46*min({_AUR},1)*not({_SNOWL}+{_PINES})"),
    "trails-m": _scene(f"if({_TENT1},170,if({_HILL},6,14+0.08*Y+210*{_TRAILS}))",
                       f"if({_TENT1},88,if({_HILL},128,142))", f"if({_TENT1},172,if({_HILL},128,120))"),
    "dome-m": _scene(f"if({_TUBE},60,if({_DOME},if({_SLIT},30,80+0.35*(X-90)),if({_OBASE},86+8*lt(mod(Y,12),1),"
                     f"if(gt(Y,166),28,12+0.06*Y+200*{_STARS}))))",
                     f"if({_DOME}*{_SLIT},118,if({_DOME}+{_OBASE},128,140))",
                     f"if({_DOME}*{_SLIT},176,if({_DOME}+{_OBASE},128,122))"),
    "moon-m": _scene(f"if(lt({_MOONR},72),(176+20*sin(X/5)*sin(Y/4)-52*{_MARIA}-30*{_CRATER})"
                     "*clip((X-100)/50,0.08,1),4)",
                     "126", "129"),
    "milkyway-m": _scene(f"if({_TREES},4,12+110*max({_MW},0)+170*{_STARS})",
                         f"if({_TREES},128,134+10*max({_MW},0))", f"if({_TREES},128,126+8*max({_MW},0))"),
    "tent-m": _scene(f"if({_BTENT},if({_SHADOW},104,184+10*lt(abs(X-150),1.5)),if({_SNOWL},48+80*exp(-hypot("
                     f"X-150,Y-150)/60),if({_SKYLINE},18,12+190*{_STARS})))",
                     f"if({_BTENT},86,if({_SNOWL},120,136))", f"if({_BTENT},174,if({_SNOWL},138,124))"),
}
THIRTEENTHREEL = "\n".join(["Second Unit Driver", "Dusty Miles", "", "Medical Adviser", "Dr A. Fenwick",
                            "", "Volcano Unit", "Hot Feet", "", "By Courtesy of", "The Ironworks",
                            "", "Microscopy", "A Steady Hand", "", "Night Skies", "The Thirteenth Reel"])
TEXT_FILES_M = {"THIRTEENTHREEL": ("thirteenthreel.txt", THIRTEENTHREEL)}

FX_M = {
    "grain-m": "noise=alls=12:allf=t:all_seed=17000023",
    "grain2-m": "noise=alls=10:allf=t+u:all_seed=17000077",
    "grain3-m": "noise=alls=15:allf=t:all_seed=17000131",
    "grain4-m": "noise=alls=24:allf=t+u:all_seed=17000183",
    "grain5-m": "noise=alls=8:allf=t:all_seed=17000239",
    "grain6-m": "noise=alls=20:allf=t+u:all_seed=17000291",
    "tight-m": "crop=iw*0.66:ih*0.66:iw*0.12:ih*0.16,scale=320:180",
    "closer-m": "crop=iw*0.54:ih*0.54:iw*0.3:ih*0.25,scale=320:180",
    "angle2-m": "crop=iw*0.84:ih*0.84:iw*0.02:ih*0.12,scale=320:180",
    # Looks: sun-baked in scope bars; hospital green under tubes; documentary; a faded industrial
    # film in 4:3 with projector flicker; a stained slide in a round eyepiece; a cold night sky in
    # wide bars.
    "sunbaked-m": "eq=saturation=1.15:contrast=1.05,colorbalance=rm=0.06:bm=-0.06:rh=0.04",
    "scope-m": "drawbox=x=0:y=0:w=iw:h=22:c=black:t=fill,drawbox=x=0:y=ih-22:w=iw:h=22:c=black:t=fill",
    "fluoro-m": "eq=saturation=0.8:contrast=1.04,colorbalance=gm=0.05:gs=0.03:rm=-0.03",
    "doc-m": "eq=contrast=1.05:saturation=1.1",
    "archive-m": "eq=saturation=0.6:contrast=1.1,colorbalance=rm=0.05:bm=-0.06:rs=0.03",
    "gate-m": "eq=brightness='0.025*sin(n*2.3)+0.02*sin(n*5.7)':eval=frame",
    "pillar-m": "drawbox=x=0:y=0:w=40:h=ih:c=black:t=fill,drawbox=x=iw-40:y=0:w=40:h=ih:c=black:t=fill",
    "stain-m": "eq=contrast=1.05:saturation=1.25",
    "eyepiece-m": "format=yuv420p,geq=lum='if(lt(hypot(X-160,Y-90),84),lum(X,Y),8)'"
                  ":cb='if(lt(hypot(2*X-160,2*Y-90),84),cb(X,Y),128)'"
                  ":cr='if(lt(hypot(2*X-160,2*Y-90),84),cr(X,Y),128)'",
    "polar-m": "eq=contrast=1.1:saturation=1.3,colorbalance=bs=0.04:bm=0.02",
    "wide-m": "drawbox=x=0:y=0:w=iw:h=17:c=black:t=fill,drawbox=x=0:y=ih-17:w=iw:h=17:c=black:t=fill",
    # Text in shots: a place name fading in, a scale bar, a time-lapse clock, a mill's name.
    "place-m": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:text='Halemaumau Crater  Hawaii'"
               ":x=14:y=h-26:alpha='clip((n-MID)/9,0,1)'",
    "scalebar-m": f"drawbox=x=232:y=148:w=40:h=3:c=white:t=fill,drawtext=fontfile={FONT}:fontsize=10"
                  ":fontcolor=white:text='20 um':x=238:y=134",
    "clock-m": f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=0xd0e0ff:"
               "text='T+%{eif\\:n/2+140\\:d} min':x=w-70:y=h-30",
    "mill-m": f"drawtext=fontfile={SERIF}:fontsize=14:fontcolor=0xf0e0c0:text='Number Two Melting Shop'"
              ":x=48:y=h-30:alpha='clip((n-MID)/8,0,1)'",
    # Camera moves: a track along the road, a shaking car, a push down a corridor, a hand-held
    # sway, helicopter vibration, a slow zoom in, a tilt down, the microscope stage slid across,
    # a slow pan over the sky.
    "track-m": "scale=400:225,crop=320:180:x='min(n*0.9,80)':y=24",
    "bump-m": "scale=352:198,crop=320:180:x='16+12*sin(n*2.7)*between(n,MID-3,MID+5)'"
              ":y='9+8*sin(n*3.9)*between(n,MID-3,MID+5)'",
    "rattle-m": "scale=336:189,crop=320:180:x='8+2*sin(n*3.3)':y='4+2*sin(n*4.9)'",
    "push-m": "zoompan=z='1+0.004*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'",
    "sway-m": "scale=336:189,crop=320:180:x='8+5*sin(n*0.21)+2*sin(n*0.77)':y='4+3*sin(n*0.31)'",
    "heli-m": "scale=336:189,crop=320:180:x='8+3*sin(n*4.1)+2*sin(n*6.7)':y='4+2*sin(n*5.3)+1.5*sin(n*7.9)'",
    "zoomin-m": "zoompan=z='1+0.003*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.45':y='(ih-ih/zoom)*0.55'",
    "tiltdn-m": "scale=320:250,crop=320:180:x=0:y='min(n*1.6,70)'",
    "skypan-m": "scale=380:214,crop=320:180:x='min(n*0.8,60)':y=17",
    # Around MID: heat shimmer (all through), a truck passing close to the lens, a bump on the
    # road, the sun glaring off the windscreen, a dust cloud blowing across; a fluorescent tube
    # struggling, the theatre lamp switched on, a gurney passing the lens, a defibrillator shock,
    # light from a door opening; a burst of glow from the vent, a lava bomb past the lens, ash
    # falling, sulphur gas drifting, a tremor; the furnace door raised, sparks across the lens,
    # steam rising, a jolt from the crane, a crash zoom; a focus hunt, the stage slid across, the
    # lamp turned up, an air bubble drifting through; a headtorch sweeping over the lens, a car's
    # headlights passing, a fireball, time-lapse flicker, an aurora surge, the tent lamp put out.
    "heat-m": "format=yuv420p,geq=lum='lum(X+1.8*sin(Y*0.9+N*0.8)*gt(Y,70),Y)'"
              ":cb='cb(X+0.9*sin(Y*1.8+N*0.8)*gt(Y,35),Y)':cr='cr(X+0.9*sin(Y*1.8+N*0.8)*gt(Y,35),Y)'",
    "truck-m": _overlay("between(X,330-70*(N-MID+5),590-70*(N-MID+5))*between(Y,14,168)"
                        "*between(N,MID-5,MID+4)", "if(gt(Y,140),24,96+40*lt(mod(X+70*N,64),5))", 120, 136),
    "glare-m": "eq=brightness='0.3*exp(-pow((n-MID)/3,2))':contrast='1-0.3*exp(-pow((n-MID)/3,2))':eval=frame",
    "dust-m": _overlay("0.7*exp(-pow((X-160-(N-MID)*7)/60,2))*exp(-pow((Y-112)/70,2))", 170, 112, 140),
    "tubeflick-m": "eq=brightness='-0.28*(eq(n,MID-3)+eq(n,MID)+eq(n,MID+1))-0.12*eq(n,MID+4)"
                   "+0.06*eq(n,MID-1)':eval=frame",
    "lampon-m": "eq=brightness='-0.15*lt(n,MID)-0.06*eq(n,MID)':eval=frame",
    "gurney-m": _overlay("between(X,420-90*(N-MID+4)-220,420-90*(N-MID+4))*gt(Y,64)*between(N,MID-4,MID+4)",
                         "if(gt(Y,140),30,232)"),
    "defib-m": "eq=brightness=0.4:contrast=0.8:enable='eq(n,MID)',scale=352:198,crop=320:180"
               ":x='16+14*sin(n*3.1)*between(n,MID,MID+4)':y='9+9*sin(n*2.3)*between(n,MID,MID+4)'",
    "dooropen-m": _light("90*clip((N-MID+4)/8,0,1)*exp(-X/90)"),
    "ventglow-m": _light("200*exp(-(N-MID)/4)*gte(N,MID)*exp(-hypot(X-160,Y-100)/90)"),
    "bomb-m": _overlay("lt(hypot(X-40-50*(N-MID+3),Y-30-1.2*pow(N-MID,2)),20)*between(N,MID-3,MID+3)",
                       240, 70, 200),
    "ashfall-m": _overlay("0.8*lt(hypot(mod(X+2*sin(Y/15),17)-8,mod(Y-N*2.2+floor(X/17)*6,15)-7),1.1)", 60),
    "gas-m": _overlay("0.65*exp(-pow((X-160-(N-MID)*5)/80,2))", 180, 100, 140),
    "tremor-m": "scale=368:207,crop=320:180:x='24+20*sin(n*2.6)*between(n,MID-1,MID+7)'"
                ":y='13+12*sin(n*3.5)*between(n,MID-1,MID+7)'",
    "doorup-m": _light("120*clip((N-MID+2)/6,0,1)*exp(-hypot(X-170,Y-112)/80)"),
    "sparkpass-m": _overlay("between(N,MID-4,MID+4)*lt(abs(mod(X*0.7+Y*1.3+N*31,23)-11),1.2)"
                            "*exp(-pow((X-160-40*(N-MID))/60,2))", 250, 60, 200),
    "steam-m": _overlay("0.7*exp(-pow(hypot((X-140)/90,(Y-200+9*(N-MID+12))/60),2))", 200),
    "jolt-m": "scale=352:198,crop=320:180:x='16+13*sin(n*2.9)*between(n,MID,MID+5)'"
              ":y='9+9*sin(n*3.7)*between(n,MID,MID+5)'",
    "crashin-m": "zoompan=z='1+0.6/(1+exp((MID-in)*0.9))':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5'"
                 ":y='(ih-ih/zoom)*0.6'",
    "focus-m": "gblur=sigma=1.5:enable='between(n,MID-7,MID+7)',gblur=sigma=2.5:enable='between(n,MID-4,MID+4)'"
               ",gblur=sigma=3:enable='between(n,MID-2,MID+2)'",
    "slide-m": "scale=480:270,crop=320:180:x='80+70*tanh((n-MID)/1.3)':y='45+20*tanh((n-MID)/1.3)',"
               "gblur=sigma=6:sigmaV=2:enable='between(n,MID-2,MID+2)'",
    "lampup-m": "eq=brightness='0.12*clip((n-MID+4)/8,0,1)-0.06':eval=frame",
    "bubble-m": _overlay("between(N,MID-6,MID+6)*(between(hypot(X-40-22*(N-MID+6),Y-100),30,34)"
                         "+0.3*lt(hypot(X-40-22*(N-MID+6),Y-100),30))", 40),
    "headtorch-m": _light("230*exp(-pow(hypot(X+60-45*(N-MID+5),Y-100)/50,2))*between(N,MID-5,MID+5)"),
    "carlight-m": _light("160*exp(-pow(hypot((X+80-50*(N-MID+6))/80,(Y-170)/40),2))*between(N,MID-6,MID+6)"),
    "meteor-m": _light("(240*lt(abs(Y-30-0.45*(X-60)),1.6)*between(X,60+30*(N-MID),110+40*(N-MID+2))"
                       "+50*exp(-abs(N-MID)))*between(N,MID-2,MID+2)"),
    "tlflick-m": "eq=brightness='0.035*sin(n*2.1)+0.03*sin(n*4.7+1)':eval=frame",
    "surge-m": "eq=brightness='0.12*exp(-pow((n-MID)/7,2))':eval=frame",
    "lampoff-m": "eq=brightness='-0.1*gte(n,MID)-0.04*eq(n,MID-1)':eval=frame",
}

# held-out-m (clips 78-83): new recipes again, written after held-out-l without running the
# detector on them. Realistic film material of six more kinds: a desert road movie in scope bars
# (heat shimmer, a truck passing close to the lens, a bump in the road, sun glare off the
# windscreen, blowing dust, the shadows of poles sweeping over the driver, a motel sign blinking,
# cuts during a track and to closer framings, a 40-frame dissolve, credits over black), a
# hospital drama under green fluorescent light (a tube struggling, the theatre lamp switched on,
# a gurney past the lens, a defibrillator shock, a door opening, a push down a corridor, a heart
# monitor sweeping, cuts to near-identical angles, fades through black and white), a volcano
# documentary (cracking crust, a night eruption, a burst of glow, a lava bomb past the lens, ash
# falling, sulphur gas drifting, a tremor, helicopter vibration, a place name fading in, a
# 48-frame dissolve out of a zoom), an industrial film of a steel mill in 4:3 with projector
# flicker (a furnace door raised, a welding arc flickering, sparks across the lens, steam, a jolt
# and a crash zoom, a tilt down, cuts between dark shots), a microscope science film through a
# round eyepiece (a focus hunt, the stage slid across, the lamp turned up, an air bubble, a
# time-lapse clock, dissolves of 8 to 30 frames) and an aurora night-sky film in wide bars (a
# headtorch over the lens, headlights passing, a fireball, time-lapse flicker, an aurora surge,
# the tent lamp put out, cuts during a pan and between dark shots, fades through black).
HELD_OUT_M = [
    ("desert-road", [S("card:NOWHERE TO GO", 34), "fadeblack:14",
                     S("highway-m", 64, 0, "heat-m sunbaked-m scope-m grain-m"), "cut",
                     S("dash-m", 50, 0, "bump-m sunbaked-m scope-m grain-m"), "cut",
                     S("driver-m", 44, 0, "sunbaked-m scope-m grain-m"), "cut",
                     S("driver-m", 30, 80, "closer-m sunbaked-m scope-m grain-m"), "cut",
                     S("pump-m", 48, 0, "glare-m sunbaked-m scope-m grain-m"), "fade:20",
                     S("highway-m", 50, 120, "truck-m heat-m sunbaked-m scope-m grain-m"), "cut",
                     S("highway-m", 32, 200, "angle2-m heat-m sunbaked-m scope-m grain-m"), "cut",
                     S("mesa-m", 60, 0, "track-m sunbaked-m scope-m grain-m"), "cut",
                     S("mesa-m", 64, 70, "track-m tight-m sunbaked-m scope-m grain-m"), "fade:40",
                     S("motel-m", 64, 0, "sunbaked-m scope-m grain-m"), "cut",
                     S("motel-m", 30, 100, "closer-m sunbaked-m scope-m grain-m"), "cut",
                     S("dash-m", 44, 150, "rattle-m sunbaked-m scope-m grain-m"), "fadewhite:12",
                     S("mesa-m", 48, 120, "dust-m sunbaked-m scope-m grain-m"), "cut",
                     S("pump-m", 36, 100, "tight-m sunbaked-m scope-m grain-m"), "cut",
                     S("highway-m", 36, 300, "closer-m heat-m sunbaked-m scope-m grain-m"), "cut",
                     S("driver-m", 52, 150, "sunbaked-m scope-m grain-m"), "fadeblack:30",
                     S("credits-m", 60, 0)]),
    ("hospital-drama", [S("serif:Saint Agnes", 36, 0, "grain2-m"), "fadeio:12:12",
                        S("corridor-m", 60, 0, "push-m tubeflick-m fluoro-m grain2-m"), "cut",
                        S("ward-m", 48, 0, "sway-m fluoro-m grain2-m"), "cut",
                        S("ecg-m", 40, 0, "fluoro-m grain2-m"), "cut",
                        S("ward-m", 32, 100, "angle2-m sway-m fluoro-m grain2-m"), "cut",
                        S("theatre-m", 52, 0, "lampon-m fluoro-m grain2-m"), "cut",
                        S("theatre-m", 36, 80, "closer-m fluoro-m grain2-m"), "fade:18",
                        S("corridor-m", 44, 100, "gurney-m fluoro-m grain2-m"), "cut",
                        S("xray-m", 48, 0, "fluoro-m grain2-m"), "cut",
                        S("station-m", 50, 0, "dooropen-m sway-m fluoro-m grain2-m"), "fade:10",
                        S("ecg-m", 36, 100, "defib-m fluoro-m grain2-m"), "cut",
                        S("theatre-m", 44, 150, "defib-m fluoro-m grain2-m"), "fadewhite:14",
                        S("ward-m", 50, 200, "fluoro-m grain2-m"), "cut",
                        S("xray-m", 30, 100, "tight-m fluoro-m grain2-m"), "cut",
                        S("station-m", 54, 150, "tubeflick-m fluoro-m grain2-m"), "fade:32",
                        S("corridor-m", 76, 200, "push-m fluoro-m grain2-m"), "fadeblack:22",
                        S("card:NEXT WEEK", 40)]),
    ("volcano-documentary", [S("card:FIRE MOUNTAIN", 32), "fadeio:10:14",
                             S("crater-m", 60, 0, "heli-m place-m doc-m grain3-m"), "cut",
                             S("crater-m", 32, 90, "closer-m heli-m doc-m grain3-m"), "cut",
                             S("fountain-m", 50, 0, "ventglow-m doc-m grain3-m"), "cut",
                             S("fountain-m", 40, 100, "angle2-m doc-m grain3-m"), "fade:22",
                             S("flow-m", 56, 0, "gas-m doc-m grain3-m"), "cut",
                             S("suit-m", 44, 0, "bomb-m doc-m grain3-m"), "cut",
                             S("ash-m", 70, 0, "zoomin-m doc-m grain3-m"), "fade:48",
                             S("vents-m", 70, 0, "tremor-m doc-m grain3-m"), "cut",
                             S("flow-m", 40, 120, "tight-m doc-m grain3-m"), "cut",
                             S("fountain-m", 44, 200, "bomb-m doc-m grain3-m"), "fadeblack:18",
                             S("suit-m", 40, 100, "ashfall-m doc-m grain3-m"), "cut",
                             S("ash-m", 36, 120, "heli-m doc-m grain3-m"), "cut",
                             S("vents-m", 40, 150, "closer-m gas-m doc-m grain3-m"), "fade:14",
                             S("crater-m", 48, 250, "heli-m doc-m grain3-m"), "cut",
                             S("fountain-m", 44, 300, "ventglow-m doc-m grain3-m"), "fadeblack:24",
                             S("serif:Filmed in Hawaii", 44)]),
    ("steel-mill", [S("serif:Men of Iron", 36, 0, "gate-m grain4-m pillar-m"), "fadeio:14:10",
                    S("crane-m", 56, 0, "tiltdn-m mill-m archive-m gate-m grain4-m pillar-m"), "cut",
                    S("furnace-m", 48, 0, "doorup-m archive-m gate-m grain4-m pillar-m"), "cut",
                    S("slab-m", 50, 0, "archive-m gate-m grain4-m pillar-m"), "cut",
                    S("pour-m", 48, 0, "steam-m archive-m gate-m grain4-m pillar-m"), "fade:26",
                    S("welder-m", 50, 0, "archive-m gate-m grain4-m pillar-m"), "cut",
                    S("welder-m", 30, 90, "closer-m archive-m gate-m grain4-m pillar-m"), "cut",
                    S("grind-m", 44, 0, "sparkpass-m archive-m gate-m grain4-m pillar-m"), "cut",
                    S("furnace-m", 40, 100, "tight-m archive-m gate-m grain4-m pillar-m"), "cut",
                    S("slab-m", 44, 100, "jolt-m archive-m gate-m grain4-m pillar-m"), "fade:16",
                    S("crane-m", 48, 150, "crashin-m archive-m gate-m grain4-m pillar-m"), "cut",
                    S("pour-m", 40, 120, "angle2-m archive-m gate-m grain4-m pillar-m"), "cut",
                    S("grind-m", 36, 150, "archive-m gate-m grain4-m pillar-m"), "fadeblack:16",
                    S("welder-m", 48, 200, "archive-m gate-m grain4-m pillar-m"), "cut",
                    S("furnace-m", 56, 200, "steam-m archive-m gate-m grain4-m pillar-m"), "fade:36",
                    S("crane-m", 70, 250, "archive-m gate-m grain4-m pillar-m"), "fadeio:12:16",
                    S("serif:Steel at Work", 40, 0, "gate-m grain4-m pillar-m")]),
    ("microscope-film", [S("card:THE LIVING CELL", 32), "fadeio:12:10",
                         S("bench-m", 50, 0, "grain5-m"), "fade:16",
                         S("cells-m", 56, 0, "focus-m stain-m eyepiece-m scalebar-m grain5-m"), "cut",
                         S("cells-m", 30, 100, "closer-m stain-m eyepiece-m scalebar-m grain5-m"), "cut",
                         S("mitosis-m", 56, 0, "stain-m eyepiece-m clock-m grain5-m"), "fade:8",
                         S("mitosis-m", 50, 120, "stain-m eyepiece-m clock-m grain5-m"), "cut",
                         S("ciliate-m", 52, 0, "slide-m eyepiece-m grain5-m"), "cut",
                         S("diatoms-m", 48, 0, "lampup-m eyepiece-m grain5-m"), "fade:24",
                         S("petri-m", 50, 0, "grain5-m"), "cut",
                         S("petri-m", 30, 80, "tight-m grain5-m"), "cut",
                         S("cells-m", 48, 200, "bubble-m stain-m eyepiece-m grain5-m"), "cut",
                         S("ciliate-m", 40, 100, "focus-m eyepiece-m grain5-m"), "fadewhite:12",
                         S("diatoms-m", 44, 120, "angle2-m eyepiece-m grain5-m"), "cut",
                         S("bench-m", 50, 100, "closer-m grain5-m"), "fade:30",
                         S("mitosis-m", 60, 200, "stain-m eyepiece-m clock-m grain5-m"), "cut",
                         S("diatoms-m", 40, 200, "slide-m eyepiece-m grain5-m"), "fadeblack:20",
                         S("card:THE END", 36)]),
    ("aurora-night", [S("serif:Northern Lights", 36, 0, "grain6-m"), "fadeblack:16",
                      S("aurora-m", 64, 0, "skypan-m polar-m wide-m grain6-m"), "cut",
                      S("aurora-m", 40, 90, "skypan-m tight-m polar-m wide-m grain6-m"), "cut",
                      S("trails-m", 50, 0, "tlflick-m polar-m wide-m grain6-m"), "cut",
                      S("tent-m", 48, 0, "headtorch-m polar-m wide-m grain6-m"), "cut",
                      S("dome-m", 44, 0, "polar-m wide-m grain6-m"), "cut",
                      S("moon-m", 48, 0, "polar-m wide-m grain6-m"), "cut",
                      S("milkyway-m", 50, 0, "meteor-m polar-m wide-m grain6-m"), "fade:28",
                      S("aurora-m", 56, 200, "surge-m polar-m wide-m grain6-m"), "cut",
                      S("trails-m", 40, 100, "angle2-m tlflick-m polar-m wide-m grain6-m"), "cut",
                      S("tent-m", 48, 120, "lampoff-m polar-m wide-m grain6-m"), "fadeblack:20",
                      S("dome-m", 40, 100, "carlight-m polar-m wide-m grain6-m"), "cut",
                      S("dome-m", 30, 200, "angle2-m polar-m wide-m grain6-m"), "cut",
                      S("moon-m", 36, 100, "closer-m polar-m wide-m grain6-m"), "cut",
                      S("milkyway-m", 66, 150, "skypan-m polar-m wide-m grain6-m"), "fade:44",
                      S("aurora-m", 64, 300, "skypan-m polar-m wide-m grain6-m"), "cut",
                      S("tent-m", 46, 250, "closer-m polar-m wide-m grain6-m"), "fadeblack:26",
                      S("card:Under the Same Sky", 44)]),
]
