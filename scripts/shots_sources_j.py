"""Sources, effects and recipes of held-out-j (clips 60-65), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-59. Drawn scenes for six more kinds of
film: a stage with a dancer in a follow spot, the corps de ballet before a blue cyclorama, a
ballerina close, her feet en pointe, the house and the view from the wings (a ballet film); a
side-scrolling platformer with its score bar, a dungeon seen from above, a racing game, a boss
fight, a cut-scene with a dialogue box and a title menu (a video game capture); a hotel lobby,
a car park, a corridor, a shop counter from the ceiling and a street at night, in grey with
camera labels and running frame counters (surveillance footage); the driver's view along the
rails with masts rushing past, fields through the window with telegraph poles whipping by, the
carriage, a station with a clock and a train on a viaduct (a railway travelogue); the pad with
the rocket and its gantry, the lift-off, mission control, the countdown clock, a long-lens
tracking shot of the climb and an astronaut in his helmet (archive footage of a rocket launch);
the catwalk seen from its end with a model walking down it, the model on a long lens, the front
row, backstage mirrors and shoes on the runway (a fashion show).
"""

from shots_lavfi import FONT, SERIF, geq as _geq, text as _text
from shots_recipes import S


# A ballet film.
_SPX = "(160+90*sin(N*0.045))"
_DX = f"(X-{_SPX})"
_SPOT = f"exp(-pow(hypot({_DX}/52,(Y-108)/64),2))"
_DANCER = (f"(lt(hypot({_DX},Y-72),6)+lt(hypot({_DX}/6,(Y-92)/16),1)"
           f"+lt(hypot({_DX}/(22+6*sin(N*0.5)),(Y-110)/5),1)+lt(abs(abs({_DX})-3),1.6)"
           f"*between(Y,112,142)+lt(abs(Y-84+10*sin(N*0.2)+0.4*abs({_DX})),1.5)"
           f"*between(abs({_DX}),4,20))")
_CX = "(mod(X-4*sin(N*0.1),52)-26)"
_CB = "(4*sin(N*0.25))"
_CORPS = (f"(lt(hypot({_CX},Y-80+{_CB}),5)+lt(hypot({_CX}/5,(Y-96+{_CB})/12),1)"
          f"+lt(hypot({_CX}/17,(Y-106+{_CB})/4),1)+lt(abs(abs({_CX})-2.5),1.3)*between(Y,108+{_CB},"
          f"132)+lt(abs(Y-88+10*sin(N*0.25)+0.35*abs({_CX})),1.3)*between(abs({_CX}),4,18))")
_BX = "(X-160-6*sin(N*0.05))"
_B_FACE = f"lt(hypot({_BX}/24,(Y-78)/31),1)"
_B_BUN = f"lt(hypot({_BX},Y-40),13)+lt(hypot({_BX}/26,(Y-58)/18),1)*lt(Y,62)"
_B_EYES = f"lt(hypot(abs({_BX})-9,Y-76),2.5)*lt(mod(N,80),76)"
_B_ARMS = f"lt(abs(hypot({_BX},Y-112)-78+8*sin(N*0.08)),5)*lt(Y,104)"
_B_BODICE = f"lt(hypot({_BX}/56,(Y-190)/76),1)"
_B_NECK = f"lt(abs({_BX}),9)*between(Y,100,124)"
_FTX = "(X-150-8*sin(N*0.3))"
_LEGS = (f"(lt(abs({_FTX}+22),9)*lt(Y,128-10*abs(sin(N*0.3)))"
         f"+lt(abs({_FTX}-22),9)*lt(Y,132))")
_SHOES = (f"(lt(hypot(({_FTX}+22)/10,(Y-136+10*abs(sin(N*0.3)))/9),1)"
          f"+lt(hypot(({_FTX}-22)/10,(Y-140)/9),1))")
_HEADS = "lt(hypot(mod(X+floor(Y/24)*13,30)-15,mod(Y,24)-10),9)*gt(Y,62)"
_WDX = "(X-mod(N*2.2,300)-150)"
_W_DANCER = (f"(lt(hypot({_WDX},Y-70),6)+lt(hypot({_WDX}/6,(Y-90)/16),1)"
             f"+lt(hypot({_WDX}/22,(Y-106)/5),1)+lt(abs(abs({_WDX})-3),1.6)*between(Y,108,140))")
_HAND = "(lt(hypot((X-70-3*sin(N*0.07))/16,(Y-110)/46),1)+lt(hypot(X-70-3*sin(N*0.07),Y-56),10))"

# A video game capture.
_PSX = "(X+N*3)"
_P_Y = "(126-34*abs(sin(N*0.12)))"
_PLAYER = f"between(X,72,88)*between(Y,{_P_Y},{_P_Y}+24)"
_P_HEAD = f"between(X,74,86)*between(Y,{_P_Y},{_P_Y}+9)"
_PLATF = f"between(Y,100,106)*lt(mod({_PSX},200),60)"
_COINS = f"lt(hypot(mod({_PSX},20)-10,Y-88),4)*lt(mod({_PSX},200),60)*gt(sin(N*0.8),-0.5)"
_HILLS = "gt(Y,120-25*abs(sin((X+N*1.5)/60)))"
_CLOUDS = "lt(hypot(mod(X+N*0.5,140)-70,(Y-34)*2),22)"
_GROUND = f"(lt(mod({_PSX},16),1)+lt(mod(Y,16),1))"
_DPX = "(160+60*sin(N*0.05))"
_DPY = "(100+30*cos(N*0.07))"
_D_PLAYER = f"lt(hypot(X-{_DPX},Y-{_DPY}),7)"
_SLIMES = "lt(hypot(mod(X-N*0.8,90)-45,(Y-60-50*gt(mod(X-N*0.8,180),90))*1.3),7)*between(Y,40,160)"
_TORCH = "(exp(-hypot(X-40,Y-40)/30)+exp(-hypot(X-280,Y-40)/30))*(0.8+0.2*sin(N*1.7))"
_WALL = "(lt(X,24)+gt(X,296)+lt(Y,34)+gt(Y,166))"
_RD = "(Y-70)"
_CURVE = f"(40*sin(N*0.03)*pow(1-{_RD}/110,2))"
_RZ = f"(600/({_RD}+2)+N*1.5)"
_ROADW = f"(4+{_RD}*1.5)"
_ROAD = f"lt(abs(X-160-{_CURVE}),{_ROADW})"
_KERB = f"lt(abs(abs(X-160-{_CURVE})-{_ROADW}),2+{_RD}*0.08)"
_STRIPE = f"lt(mod({_RZ},2),1)"
_CENTER = f"lt(abs(X-160-{_CURVE}),0.5+{_RD}*0.02)*{_STRIPE}"
_CAR = "(between(X,140,180)*between(Y,150,170)+lt(abs(abs(X-160)-16),5)*between(Y,166,176))"
_BOSS = "lt(hypot(X-220-20*sin(N*0.05),Y-86-10*sin(N*0.08)),46)"
_BOSS_EYE = "lt(hypot(X-206-20*sin(N*0.05),Y-76-10*sin(N*0.08)),9)"
_SHIP = "lt(abs(Y-96-30*sin(N*0.06)),8-abs(X-50)*0.4)*between(X,30,70)"
_SHOTS = ("lt(hypot(mod(X+N*6,50)-25,Y-86-40*sin(floor((X+N*6)/50)*1.9)),3)*lt(X,200)"
          "+lt(abs(Y-96-30*sin(N*0.06)),1)*lt(mod(X-N*9,40),14)*between(X,70,170)")
_STARS = "gt(sin(floor(X+N*0.5)*12.9898+floor(Y)*78.233),0.996)"
_HERO = "(lt(hypot(X-80,Y-70),26)+lt(hypot((X-80)/40,(Y-124)/30),1))"
_HERO_M = "lt(hypot((X-80)/8,(Y-82)/(1+3*abs(sin(N*0.6)))),1)"
_VILLAIN = "(lt(hypot(X-240,Y-72),24)+lt(hypot((X-240)/44,(Y-128)/32),1))"

# Surveillance footage.
_PX1 = "(mod(20+N*1.3,380)-30)"
_PX2 = "(330-mod(N*0.7,380))"
_WALKER = ("(lt(hypot(X-{x},Y-{y}),7)+lt(hypot((X-{x})/10,(Y-{y}-22)/16),1)"
           "+lt(abs(abs(X-{x})-4+3*sin(N*0.4)),2)*between(Y,{y}+34,{y}+48))")
_LOBBY_P = _WALKER.format(x=_PX1, y=90) + "+" + _WALKER.format(x=_PX2, y=60)
_CPX = "(mod(N*3.5,600)-100)"
_CARMOV = f"between(X,{_CPX},{_CPX}+70)*between(Y,138,166)"
_HEADL = f"lt(hypot(X-{_CPX}-72,Y-152),6)"
_BEAM = f"exp(-hypot((X-{_CPX}-110)/60,(Y-152)/18))*gt(X,{_CPX}+70)"
_DEP = "max(abs(X-160)/40,abs(Y-80)/28)"
_ZP = "(1+mod(N*0.012,3))"
_CO_P = (f"(lt(hypot(X-166,Y-80+34/{_ZP}),7/{_ZP})+lt(abs(X-166),8/{_ZP})"
         f"*between(Y,80-28/{_ZP},80+40/{_ZP}))")
_CASHX = "(120+30*sin(N*0.06))"
_BELT = "between(Y,100,130)*lt(mod(X+N*2,44),26)*gt(X,150)"
_ST_CAR = "(lt(hypot(X-mod(N*6,520)+60,Y-150),5)+lt(hypot(X-mod(N*6,520)+84,Y-150),5))"
_TAIL = "(lt(hypot(X-460+mod(N*4,520),Y-140),3)+lt(hypot(X-474+mod(N*4,520),Y-140),3))"

# A railway travelogue.
_HZ = "(Y-70)"
_TZ = f"(900/({_HZ}+4)+N*1.8)"
_ZPOLE = "(8.5-mod(N*0.25,8))"
_MAST = (f"lt(abs(X-160-260/{_ZPOLE}),1+4/{_ZPOLE})*between(Y,70-120/{_ZPOLE},70+50/{_ZPOLE})"
         f"+lt(abs(Y-70+110/{_ZPOLE}),1+2/{_ZPOLE})*between(X,160,160+260/{_ZPOLE})")
_RAILS = f"lt(abs(abs(X-160)-{_HZ}*0.55),0.6+0.02*{_HZ})*gt(Y,70)"
_SLEEPERS = f"lt(mod({_TZ},1),0.35)*lt(abs(X-160),{_HZ}*0.7)*gt(Y,70)"
_BALLAST = f"lt(abs(X-160),{_HZ}*0.9)*gt(Y,70)"
_POLE = "lt(mod(X+N*31,260),10)"
_WIRES = "lt(abs(Y-30-8*pow((mod(X+N*31,260)-130)/130,2)),0.8)"
_WFRAME = "(lt(X,10)+gt(X,310)+lt(Y,12)+gt(Y,168))"
_SWAY = "(X+2*sin(N*0.3))"
_SEATS = f"between(Y,96,150)*lt(mod({_SWAY}-160+floor((Y-96)/18)*7,64),48)"
_PASS = f"lt(hypot(mod({_SWAY},64)-24,Y-88),9)*gt(sin(floor({_SWAY}/64)*4.1),-0.3)"
_CLOCK_R = "hypot(X-250,Y-40)"
_HANDS = ("(lt(abs(sin(atan2(Y-40,X-250)-N*0.02)),0.08)*lt({r},16)"
          "+lt(abs(sin(atan2(Y-40,X-250)-N*0.002-1)),0.12)*lt({r},11))").format(r=_CLOCK_R)
_PLAT_P = ("(lt(hypot(X-{x},Y-92),5)+lt(abs(X-{x}),6)*between(Y,97,128))")
_PLAT_PEOPLE = (_PLAT_P.format(x="(200+mod(N*0.9,90))") + "+"
                + _PLAT_P.format(x="(290-mod(N*0.6,110))"))
_TRX = "(X-mod(N*4,720)+200)"
_VTRAIN = f"between(Y,90,110)*between({_TRX},0,260)"
_VWIN = f"between(Y,94,101)*lt(mod({_TRX},20),12)*between({_TRX},10,250)"
_ARCH = "between(Y,112,170)*gt(lt(hypot(mod(X,40)-20,Y-168),17),0)"

# Archive footage of a rocket launch.
_LATT = "(lt(mod(X-190,12),2)+lt(mod(Y+X-190,12),1.5)+lt(mod(Y-X+190,12),1.5))"
_GANTRY = "between(X,190,214)*between(Y,20,150)"
_ROCKET = "(between(X,150,170)*between(Y,30,150)+lt(abs(X-160),(Y-12)*0.55)*between(Y,12,30))"
_ROLL = "lt(mod(Y,24),5)*lt(X,160)"
_VAPOR = "exp(-pow(hypot((X-140-mod(N*0.6,30))/26,(Y-140+mod(N*0.6,30))/12),2))"
_RY = "(0.03*pow(max(N-20,0),2))"
_LROCK = (f"(between(X,150,170)*between(Y+{_RY},30,150)"
          f"+lt(abs(X-160),(Y+{_RY}-12)*0.55)*between(Y+{_RY},12,30))")
_PLUME = f"lt(abs(X-160),4+(Y+{_RY}-150)*0.25)*between(Y+{_RY},150,200)*gt(N,18)"
_SMOKE = ("min(1,max(N-18,0)/30)*gt(Y,150-min(max(N-18,0)*1.2,36)"
          "*exp(-pow((X-160)/(20+max(N-18,0)*3),2)))*(0.8+0.2*sin(X/9+Y/7+N*0.2))")
_IGN = "min(1,max(N-18,0)/4)"
_CONSOLES = "(between(Y,116,134)+between(Y,156,174))"
_MONS = "lt(mod(X,40),26)*(between(Y,104,116)+between(Y,144,156))"
_MHEADS = "(lt(hypot(mod(X+7+sin(N*0.05),40)-20,Y-100),7)+lt(hypot(mod(X+27,40)-20,Y-140),7))"
_BIGSCR = "between(X,80,240)*between(Y,10,70)"
_TRAJ = "lt(abs(Y-64+50*pow((X-84)/152,1.6)),1.2)*lt(X,84+min(N*0.8,152))*gt(X,84)"
_TKY = "(Y-N*0.8)"
_TR_PLUME = "lt(abs(X-160+(Y-78)*0.3),1+(Y-78)*0.08)*between(Y,78,190)"
_TR_ROCK = "lt(hypot((X-160)/3,(Y-72)/8),1)"
_TR_CLOUD = "gt(sin(X/30+sin(Y/9))*sin((Y+N*3)/14),0.6)"
_VISOR = "lt(hypot((X-160)/46,(Y-86)/34),1)"
_HELMET = "lt(hypot((X-160)/72,(Y-90)/70),1)"
_GLINT = "lt(hypot((X-140-10*sin(N*0.04))/14,(Y-72)/6),1)"
_SWITCH = "lt(mod(X,16),8)*lt(mod(Y,14),6)*(lt(X,70)+gt(X,250))"

# A fashion show.
_FP = "(mod(N,150)/150)"
_FS = f"(0.5+1.3*{_FP})"
_FFY = f"(60+110*{_FP})"
_FMX = "(X-160-3*sin(N*0.35))"
_FMODEL = (f"(lt(hypot({_FMX}/(7*{_FS}),(Y-{_FFY}+30*{_FS})/(22*{_FS})),1)"
           f"+lt(abs(abs({_FMX})-2*{_FS}),1.3*{_FS})*between(Y,{_FFY}-10*{_FS},{_FFY}))")
_FHEAD = f"lt(hypot({_FMX},Y-{_FFY}+58*{_FS}),5*{_FS})"
_RUNWAY = "lt(abs(X-160),20+(Y-40)*0.64)*gt(Y,40)"
_RLIGHTS = "lt(abs(abs(X-160)-20-(Y-40)*0.64),1.5)*lt(mod(Y,10),3)*gt(Y,40)"
_AUD = "lt(hypot(mod(X+floor(Y/20)*11,26)-13,mod(Y,20)-8),7)*gt(Y,48)"
_PHONES = "lt(mod(X+floor(Y/20)*11,52),3)*lt(mod(Y,20),3)*gt(Y,48)*gt(sin(floor(X/52)*7+N*0.2),0.3)"
_MMX = "(X-160-6*sin(N*0.35))"
_MM_HEAD = f"lt(hypot({_MMX}/17,(Y-40)/21),1)"
_MM_HAIR = f"lt(hypot({_MMX}/20,(Y-34)/22),1)*lt(Y,38)"
_MM_DRESS = f"lt(abs({_MMX}),18+0.35*max(Y-70,0))*between(Y,64,180)"
_MM_ARMS = f"lt(abs(abs({_MMX})-26-0.12*(Y-70)-6*sin(N*0.35)*(Y-70)/60),4)*between(Y,70,140)"
_BOKEH = "lt(hypot(mod(X,34)-17,mod(Y+floor(X/34)*9,30)-15),7)"
_BULBS = "lt(hypot(mod(X-8,18)-9,mod(Y-8,18)-9),3)*(lt(mod(X-20,110),8)+gt(mod(X-20,110),78)+lt(Y,26)+between(Y,118,126))*lt(Y,127)"
_MIRROR = "between(mod(X-20,110),8,78)*between(Y,26,118)"
_RACK = "between(Y,130,180)*lt(mod(X+floor(X/9)*3,9),7)"
_BS_P = "lt(hypot(X-mod(N*2.5,420)+50,Y-70),12)+lt(abs(X-mod(N*2.5,420)+50),16)*between(Y,82,180)"
_FR_X = "(mod(X,46)-23)"
_FR_HEAD = f"lt(hypot({_FR_X},Y-84+2*sin(floor(X/46)*3+N*0.1)),11)"
_FR_BODY = f"lt(hypot({_FR_X}/20,(Y-140)/44),1)"
_FR_SUN = f"lt(abs(abs({_FR_X})-5),4)*lt(abs(Y-82),2.5)*lt(abs(X-161),23)"
_HEEL_X = "(mod(X+N*4,220)-110)"
_HEEL = (f"(lt(hypot(({_HEEL_X}+30)/26,(Y-128+14*abs(sin(N*0.2)))/9),1)"
         f"+lt(hypot(({_HEEL_X}-30)/26,(Y-132+14*abs(sin(N*0.2+1.6)))/9),1))")
_SHINS = (f"(lt(abs({_HEEL_X}+36),8)*lt(Y,122-14*abs(sin(N*0.2)))"
          f"+lt(abs({_HEEL_X}-24),8)*lt(Y,126-14*abs(sin(N*0.2+1.6))))")

LAVFI_J = {
    # A ballet film.
    "stage-j": _geq(f"min(245,if({_DANCER},120+115*{_SPOT},if(lt(Y,18),40+8*sin(X/3),if(lt(X,28)"
                    "+gt(X,292),36+14*sin(X/2.5),if(lt(Y,120),18+8*(1-Y/120),30+6*lt(mod(Y,12),1)"
                    f"))+190*{_SPOT}*(0.4+0.6*gt(Y,60)))))",
                    f"if({_DANCER},120,if(lt(Y,18)+lt(X,28)+gt(X,292),112,if(lt(Y,120),150,126)))",
                    f"if({_DANCER},134,if(lt(Y,18)+lt(X,28)+gt(X,292),185,if(lt(Y,120),118,140)))"),
    "corps-j": _geq(f"if({_CORPS},236,if(gt(Y,134),70+10*lt(mod(Y,10),1),60+70*(1-Y/134)))",
                    f"if({_CORPS},126,if(gt(Y,134),118,178))",
                    f"if({_CORPS},130,if(gt(Y,134),136,104))"),
    "dancerclose-j": _geq(f"if({_B_EYES},25,if({_B_BUN},38,if({_B_FACE}+{_B_NECK},196-0.6*abs({_BX}),"
                          f"if({_B_ARMS},188,if({_B_BODICE},228-20*lt(mod(X,6),1),"
                          f"14+22*exp(-hypot({_BX},Y-80)/90))))))",
                          f"if({_B_EYES}+{_B_BUN},128,if({_B_FACE}+{_B_NECK}+{_B_ARMS},112,"
                          f"if({_B_BODICE},126,150)))",
                          f"if({_B_EYES}+{_B_BUN},128,if({_B_FACE}+{_B_NECK}+{_B_ARMS},150,"
                          f"if({_B_BODICE},134,118)))"),
    "pointe-j": _geq(f"if({_SHOES},205,if({_LEGS},172,70+50*exp(-pow(hypot(X-150,(Y-140)*2)/110,2))"
                     "-18*lt(mod(X+(X-160)*(Y-100)/90,36),2)*gt(Y,100)))",
                     f"if({_SHOES}+{_LEGS},116,if(gt(Y,100),112,130))",
                     f"if({_SHOES},152,if({_LEGS},148,if(gt(Y,100),148,132)))"),
    "audience-j": _geq(f"if({_HEADS},10,if(lt(hypot(mod(X,40)-20,Y-30),2.5),230,"
                       "24+28*exp((Y-180)/70)+12*between(Y,36,44)))",
                       "120", "150"),
    "wings-j": _geq(f"if({_HAND},4,if(lt(X,120),if(lt(mod(X,22),1)*lt(Y,140),40,12+6*sin(Y/9)),"
                    f"if({_W_DANCER},232,60+90*exp(-pow((Y-100)/70,2))*(0.7+0.3*sin(X/40)))))",
                    f"if(lt(X,120)+{_HAND},128,if({_W_DANCER},124,112))",
                    f"if(lt(X,120)+{_HAND},128,if({_W_DANCER},132,150))"),
    # A video game capture.
    "platform-j": _text(_geq(f"if(lt(Y,14),16,if({_P_HEAD},200,if({_PLAYER},90,if({_COINS},215,"
                             f"if({_PLATF},150-40*lt(mod({_PSX},10),1),if(gt(Y,150),100-30*{_GROUND},"
                             f"if({_HILLS},118-20*lt(mod(X+N*1.5,24),3),if({_CLOUDS},245,"
                             "178-0.35*Y))))))))",
                             f"if(lt(Y,14),128,if({_P_HEAD},110,if({_PLAYER},100,if({_COINS},40,"
                             f"if({_PLATF},80,if(gt(Y,150),100,if({_HILLS},88,if({_CLOUDS},128,"
                             "168))))))))",
                             f"if(lt(Y,14),128,if({_P_HEAD},150,if({_PLAYER},205,if({_COINS},150,"
                             f"if({_PLATF},168,if(gt(Y,150),152,if({_HILLS},96,if({_CLOUDS},128,"
                             "104))))))))"),
                        "SCORE 004210    WORLD 1-2    x3", 10, 8, 2),
    "dungeon-j": _geq(f"min(250,if({_D_PLAYER},150,if({_SLIMES}*not({_WALL}),120,if({_WALL},"
                      "40+25*(lt(mod(X,16),1)+lt(mod(Y,8),1)),60+12*mod(floor(X/20)+floor(Y/20),2)))"
                      f")+110*{_TORCH}+60*lt(hypot(mod(X,14)-7,Y-8),5)*lt(X,56))",
                      f"if({_D_PLAYER},80,if({_SLIMES}*not({_WALL}),90,if(lt(Y,16)*lt(X,56),100,"
                      "110)))",
                      f"if({_D_PLAYER},90,if({_SLIMES}*not({_WALL}),80,if(lt(Y,16)*lt(X,56),200,"
                      "150)))"),
    "racer-j": _text(_geq(f"if({_CAR},if(gt(Y,166),20,70),if(lt(Y,70),if(gt(Y,52+10*abs(sin(X/37"
                          f"+N*0.01))),90,200-1.2*Y),if({_KERB},if({_STRIPE},235,90),if({_ROAD},"
                          f"95-6*{_STRIPE}+140*{_CENTER},120-20*{_STRIPE}))))",
                          f"if({_CAR},100,if(lt(Y,70),if(gt(Y,52+10*abs(sin(X/37+N*0.01))),120,"
                          f"170),if({_KERB}*not({_STRIPE}),100,if({_ROAD}+{_KERB},128,85))))",
                          f"if({_CAR},210,if(lt(Y,70),if(gt(Y,52+10*abs(sin(X/37+N*0.01))),120,"
                          f"100),if({_KERB}*not({_STRIPE}),200,if({_ROAD}+{_KERB},128,95))))"),
                     "LAP 2/3   %{eif\\:140+mod(n\\,40)\\:d} KM/H", 11, 8, 6),
    "boss-j": _geq(f"min(250,if({_BOSS_EYE},240,if({_BOSS},70+20*sin(hypot(X-220,Y-86)/4-N*0.3),"
                   f"if({_SHIP},200,if({_SHOTS},250,if(lt(Y,14),if(between(Y,5,10)*lt(X,300-N*0.4)"
                   f"*gt(X,20),120,10),20+12*{_STARS}*10))))))",
                   f"if({_BOSS_EYE},60,if({_BOSS},110,if({_SHIP},160,if(lt(Y,14),100,140))))",
                   f"if({_BOSS_EYE},160,if({_BOSS},190,if({_SHIP},100,if(lt(Y,14),210,120))))"),
    "cutscene-j": _text(_geq(f"if(lt(Y,22)+gt(Y,158),0,if(gt(Y,122),if(lt(abs(Y-124),1.5),220,50),"
                             f"if({_HERO_M},60,if({_HERO},170,if({_VILLAIN},60,"
                             "30+20*sin(X/20)*sin(Y/15)+20*(Y/122))))))",
                             f"if(lt(Y,22)+gt(Y,158),128,if(gt(Y,122),180,if({_HERO},115,"
                             f"if({_VILLAIN},150,140))))",
                             f"if(lt(Y,22)+gt(Y,158),128,if(gt(Y,122),100,if({_HERO},150,"
                             f"if({_VILLAIN},170,120))))"),
                        "You will never reach the tower.", 12, 14, 132),
    "menu-j": _text(_text(_geq(f"if({_STARS},230,if(between(Y,40,80)*between(X,40,280),"
                               "60+40*lt(abs(Y-42),1.5),20+10*sin(Y/20+N*0.05)))",
                               "170", "150"),
                          "TOWER OF ASH", 26, "(w-tw)/2", 48, "0xffd060"),
                    "PRESS START", 14, "(w-tw)/2", 120, "white", ":enable='lt(mod(n,24),15)'"),
    # Surveillance footage.
    "lobby-j": _geq(f"if({_LOBBY_P},45,if(lt(Y,40),if(between(X,250,300),200,110),if(between(X,40,"
                    "130)*between(Y,60,100),70,150-40*(lt(mod(X+(X-160)*(Y-40)/160,32),2)"
                    "+lt(mod(Y,24),2)))))",
                    "120", "140"),
    "parking-j": _geq(f"min(250,if({_HEADL},250,if({_CARMOV},40,if(between(mod(X,110),40,56)*lt(Y,"
                      "120),140,if(between(Y,104,134)*lt(mod(X+5,55),44),55+40*sin(floor((X+5)/55)"
                      "*2.7),if(lt(Y,12),if(lt(mod(X,80),20),240,60),100+40*lt(mod(X-Y*0.6,60),3)"
                      f"*gt(Y,134))))))+150*{_BEAM})",
                      f"if({_CARMOV},128,if(between(Y,104,134)*lt(mod(X+5,55),44),128+40*sin("
                      "floor((X+5)/55)*1.3),124))",
                      f"if({_CARMOV},128,if(between(Y,104,134)*lt(mod(X+5,55),44),128+40*cos("
                      "floor((X+5)/55)*2.1),132))"),
    "corridor-j": _geq(f"if({_CO_P},35,if(lt({_DEP},1),60,if(gt(Y-80,28*abs(X-160)/40),"
                       f"120-20*lt(mod(3/{_DEP},0.5),0.05),if(lt(Y-80,-28*abs(X-160)/40),"
                       f"80+150*lt(mod(4/{_DEP},1),0.2)*lt(abs(X-160),24*{_DEP}),"
                       f"140-60*lt(mod(3/{_DEP}+0.2,1),0.25)))))",
                       "124", "134"),
    "cashdesk-j": _geq(f"if(lt(hypot(X-{_CASHX},Y-60),16),40,if(lt(hypot((X-{_CASHX})/30,"
                       f"(Y-74)/14),1),90,if(lt(hypot(X-250-10*sin(N*0.04),Y-160),18),60,"
                       f"if({_BELT},200,if(between(Y,96,134),120,if(between(X,60,110)*between(Y,"
                       "100,130),50,160-30*lt(mod(X+Y,40),2)))))))",
                       "126", "136"),
    "street-j": _geq(f"min(250,if({_ST_CAR}+{_TAIL},250,if(lt(abs(X-90),2)*between(Y,20,140),60,"
                     "if(between(Y,130,170),26+6*lt(mod(X,40),18)*lt(abs(Y-150),1),if(lt(Y,130)"
                     "*gt(X,170)*lt(mod(X,30),20)*lt(mod(Y,24),14)*gt(Y,30),60+40*gt(sin(X*3.1+Y),"
                     "0.3),8))))+150*exp(-hypot(X-90,(Y-24)*1.4)/30)+80*exp(-hypot(X-90,Y-140)/40)"
                     f"+120*exp(-hypot(X-mod(N*6,520)+40,Y-150)/30))",
                     "120", "145"),
    # A railway travelogue.
    "cab-j": _geq(f"if({_MAST},30,if(lt(Y,70),if(gt(Y,60-10*abs(sin(X/45))),110,190-0.8*Y),"
                  f"if({_RAILS},210,if({_SLEEPERS},70,if({_BALLAST},120+10*sin(X*1.7+Y*2.3),"
                  f"90+22*lt(mod({_TZ},4),2))))))",
                  f"if(lt(Y,70),if(gt(Y,60-10*abs(sin(X/45))),118,155),if({_BALLAST},126,100))",
                  f"if(lt(Y,70),if(gt(Y,60-10*abs(sin(X/45))),124,112),if({_BALLAST},132,110))"),
    "window-j": _geq(f"if({_WFRAME},50,if({_POLE},28,if({_WIRES},40,if(lt(Y,58),195-0.6*Y,"
                     "if(lt(Y,90),if(gt(Y,74-10*abs(sin((X+N*0.8)/50))),110,180),if(lt(Y,140),"
                     "130+25*sin((X+N*6)/17)-60*lt(mod(X+N*6,90),6),110+30*sin((X+N*22)/5)))))))",
                     f"if({_WFRAME}+{_POLE},128,if(lt(Y,58),150,if(lt(Y,90),115,if(lt(Y,140),92,"
                     "108))))",
                     f"if({_WFRAME}+{_POLE},128,if(lt(Y,58),112,if(lt(Y,90),124,if(lt(Y,140),104,"
                     "124))))"),
    "carriage-j": _geq(f"if({_PASS},70,if({_SEATS},60+20*lt(mod(Y,18),3),if(between(Y,36,90)*lt("
                       f"mod({_SWAY},50),42),200+40*sin(X/10+N*1.3),if(gt(Y,150),90,130+10*sin(Y/6)"
                       "))))",
                       f"if({_PASS},118,if({_SEATS},170,if(between(Y,36,90),138,120)))",
                       f"if({_PASS},148,if({_SEATS},110,if(between(Y,36,90),118,134)))"),
    "station-j": _geq(f"if(lt({_CLOCK_R},20)*{_HANDS},20,if(lt({_CLOCK_R},20),235,if({_PLAT_PEOPLE},"
                      "30,if(lt(X,150)*between(Y,60,150),if(lt(mod(X+4,36),22)*between(Y,70,96),"
                      "170,70),if(lt(Y,26),60+20*lt(mod(X,40),3),if(lt(mod(X,80),6)*lt(Y,128),50,"
                      "if(gt(Y,128),140-40*lt(abs(Y-130),2)+10*sin(X*0.8),120+60*(1-Y/128))))))))",
                      f"if(lt({_CLOCK_R},20),128,if(lt(X,150)*between(Y,60,150),105,124))",
                      f"if(lt({_CLOCK_R},20),128,if(lt(X,150)*between(Y,60,150),175,132))"),
    "viaduct-j": _geq(f"if({_VWIN},200,if({_VTRAIN},40,if({_ARCH},150-20*lt(mod(Y,8),1),if(gt(Y,"
                      "170),70+20*sin(X/5+N*0.2),if(gt(Y,120+20*sin(X/60)),80,200-0.7*Y)))))",
                      f"if({_VTRAIN},100,if({_ARCH},118,if(gt(Y,170),160,if(gt(Y,120+20*sin(X/60)),"
                      "90,158))))",
                      f"if({_VTRAIN},110,if({_ARCH},140,if(gt(Y,170),108,if(gt(Y,120+20*sin(X/60)),"
                      "100,108))))"),
    # Archive footage of a rocket launch.
    "pad-j": _geq(f"min(250,if({_ROCKET},if({_ROLL},30,228),if({_GANTRY}*gt({_LATT},0),60,"
                  "if(gt(Y,150),80+10*sin(X/3),130+0.4*Y)))+120*" + _VAPOR + ")",
                  f"if({_ROCKET}+gt(Y,150),126,if({_GANTRY},120,165))",
                  f"if({_ROCKET},128,if(gt(Y,150),134,if({_GANTRY},140,108)))"),
    "liftoff-j": _geq(f"min(252,if({_PLUME},250,if({_LROCK},if(lt(mod(Y+{_RY},24),5)*lt(X,160),30,"
                      f"228),if({_GANTRY}*gt({_LATT},0),60,if(gt(Y,150),80+10*sin(X/3),130+0.4*Y))"
                      f"))+100*{_SMOKE}+30*{_IGN})",
                      f"if({_PLUME},60,if(gt(Y,150),126,if({_GANTRY},120,165)))",
                      f"if({_PLUME},160,if(gt(Y,150),134,if({_GANTRY},140,108)))"),
    "mission-j": _geq(f"if({_MHEADS},14,if({_MONS},150+20*sin(Y*2+N*0.5),if({_CONSOLES},60,"
                      f"if({_BIGSCR},if({_TRAJ},240,120+10*lt(mod(X,20),1)),26+10*sin(X/30)))))",
                      f"if({_MONS},100,if({_BIGSCR},150,124))",
                      f"if({_MONS},90,if({_BIGSCR},100,134))"),
    "countdown-j": _text(_geq("if(between(X,30,290)*between(Y,50,130),20+8*lt(abs(mod(Y,8)-4),1),"
                              "40+20*sin(X/13)*sin(Y/11))", "120", "150"),
                         "T-%{eif\\:max(0\\,31-floor(n/24))\\:d}", 64, "(w-tw)/2", 58,
                         "0xff9030"),
    "tracking-j": _geq(f"min(250,if({_TR_ROCK},240,if({_TR_PLUME},250-(Y-78)*0.6,if({_TR_CLOUD}"
                       f"*gt({_TKY},60),220,60+0.9*max({_TKY},-60)+40)))+60*exp(-hypot(X-160,Y-80)"
                       "/20))",
                       "if(lt(hypot(X-160,Y-80),30),90,170)",
                       "if(lt(hypot(X-160,Y-80),30),170,100)"),
    "astro-j": _geq(f"if({_GLINT},240,if({_VISOR},30+20*sin(X/20+N*0.05),if({_HELMET},215-0.5*abs("
                    f"X-160),if({_SWITCH},if(gt(sin(X*3+N*0.4),0.6),230,120),50+10*sin(Y/4)))))",
                    f"if({_VISOR},150,if({_SWITCH},90,124))",
                    f"if({_VISOR},110,if({_SWITCH},180,132))"),
    # A fashion show.
    "runway-j": _geq(f"min(250,if({_FHEAD},175,if({_FMODEL},28,if({_RLIGHTS},250,if({_RUNWAY},"
                     f"205-0.3*Y,if({_PHONES},220,if({_AUD},12,if(lt(Y,40),60+40*lt(abs(X-160),40)"
                     "*between(Y,14,30),20))))))))",
                     f"if({_FHEAD},112,if({_PHONES},170,if(lt(Y,40)*lt(abs(X-160),40),150,128)))",
                     f"if({_FHEAD},150,if({_FMODEL},140,if({_PHONES},110,128)))"),
    "model-j": _geq(f"if({_MM_HAIR},30,if({_MM_HEAD},180,if({_MM_ARMS},168,if({_MM_DRESS},"
                    f"90+50*lt(mod(Y+{_MMX}*0.5,16),5),30+45*{_BOKEH}))))",
                    f"if({_MM_HAIR}+{_MM_ARMS}*not({_MM_DRESS}),120,if({_MM_HEAD},112,"
                    f"if({_MM_DRESS},100,140)))",
                    f"if({_MM_HAIR},135,if({_MM_HEAD}+{_MM_ARMS}*not({_MM_DRESS}),150,"
                    f"if({_MM_DRESS},200,120)))"),
    "backstage-j": _geq(f"if({_BS_P},25,if({_BULBS},250,if({_MIRROR},130+30*sin(X/25+Y/40),"
                        f"if({_RACK},60+80*abs(sin(floor(X/9)*1.7)),70))))",
                        f"if({_RACK},128+60*sin(floor(X/9)*2.3),if({_BULBS},100,124))",
                        f"if({_RACK},128+60*cos(floor(X/9)*1.9),if({_BULBS},150,140))"),
    "frontrow-j": _geq(f"if({_FR_SUN},15,if({_FR_HEAD},150+20*sin(floor(X/46)*5),if({_FR_BODY},"
                       "40+60*abs(sin(floor(X/46)*2.2)),if(gt(Y,170),50,16+10*exp(-abs(Y-40)/30)))))",
                       f"if({_FR_HEAD},112,if({_FR_BODY},128+50*sin(floor(X/46)*3.1),128))",
                       f"if({_FR_HEAD},150,if({_FR_BODY},128+50*cos(floor(X/46)*2.5),128))"),
    "heels-j": _geq(f"if({_HEEL},25,if({_SHINS},170,if(gt(Y,120),215-50*exp(-pow(({_HEEL_X})/50,2)"
                    "*pow((Y-150)/20,2))+10*lt(mod(X,40),1),40+20*sin(X/15))))",
                    f"if({_SHINS},112,128)", f"if({_HEEL},170,if({_SHINS},150,128))"),
    "credits-j": f"color=c=0x080808:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=13:"
                 "fontcolor=0xf0f0f0:line_spacing=10:textfile=TENTHREEL:x=(w-tw)/2:y=h-2.2*n",
}
TENTHREEL = "\n".join(["Choreography", "Madame Tutu", "", "Level Design", "The Eight Bits", "",
                       "Security", "Camera Three", "", "Locomotive", "The Night Mail", "",
                       "Flight Director", "Ground Control", "", "Wardrobe", "The Catwalk", "",
                       "The Tenth Reel"])
TEXT_FILES_J = {"TENTHREEL": ("tenthreel.txt", TENTHREEL)}

FX_J = {
    "grain-j": "noise=alls=14:allf=t:all_seed=13000019",
    "grain2-j": "noise=alls=22:allf=t+u:all_seed=13000061",
    "grain3-j": "noise=alls=30:allf=t+u:all_seed=13000109",
    "grain4-j": "noise=alls=18:allf=t:all_seed=13000157",
    "tight-j": "crop=iw*0.62:ih*0.62:iw*0.22:ih*0.18,scale=320:180",
    "closer-j": "crop=iw*0.5:ih*0.5:iw*0.3:ih*0.12,scale=320:180",
    "angle2-j": "crop=iw*0.86:ih*0.86:iw*0.1:ih*0.04,scale=320:180",
    "scope-j": "scale=320:134,pad=320:180:0:23:black",
    "stagegrade-j": "eq=contrast=1.1:saturation=1.1,colorbalance=rs=0.05:bh=0.05",
    "capture-j": "gblur=sigma=0.4,eq=saturation=1.15",
    # Surveillance: grey, soft, a camera label and a frame counter; an infrared camera; a
    # recorder that keeps six frames a second.
    "cctv-j": "hue=s=0.3,gblur=sigma=0.7,noise=alls=12:allf=t:all_seed=13000201",
    "ir-j": "hue=s=0,eq=contrast=1.25:brightness=0.06",
    "lowfps-j": "fps=6,fps=24",
    **{f"cam{c}-j": f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=white:"
                    f"text='CAM 0{c}  2026-03-14  %{{eif\\:{c}*7100+n\\:d}}':x=8:y=h-16"
       for c in range(1, 7)},
    "archive-j": "eq=saturation=0.7:contrast=0.95:gamma=1.05,colorbalance=rs=0.08:gs=0.02:bs=-0.08",
    "kodak-j": "eq=saturation=0.8:contrast=1.12,colorbalance=rs=0.1:rm=0.05:bs=-0.06:bh=0.05",
    "scratch-j": "drawbox=x=61:y=0:w=1:h=ih:c=white@0.5:t=fill:enable='lt(mod(n,7),3)',"
                 "drawbox=x=262:y=0:w=1:h=ih:c=black@0.5:t=fill:enable='between(mod(n,11),4,6)'",
    "weave-j": "scale=336:189,crop=320:180:x='8+2*sin(n*1.3)':y='4+2*sin(n*0.9+1)'",
    "glossy-j": "eq=contrast=1.15:saturation=1.2,colorbalance=bs=0.04:rh=0.04",
    # Camera moves: a pan following the dancer, a slow zoom, a PTZ camera swinging round at MID
    # (a whip), a carriage's sway, launch vibration, a tilt up after the rocket, a long-lens
    # push-in, a fast scroll (the player dashing) at MID.
    "followpan-j": "scale=400:225,crop=320:180:x='40+38*sin(n*0.045)':y=30",
    "zoomin-j": "zoompan=z='1+0.006*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5'"
                ":y='(ih-ih/zoom)*0.45'",
    "ptz-j": "scale=480:270,crop=320:180:x='160/(1+exp((MID-n)*0.9))':y=45",
    "sway-j": "scale=344:194,crop=320:180:x='12+5*sin(n*0.31)+2*sin(n*1.7)':y='7+3*sin(n*0.5)'",
    "vibe-j": "scale=336:189,crop=320:180:x='8+4*sin(n*2.9)+2*sin(n*7.1)':y='4+3*sin(n*3.7)'",
    "tiltup-j": "scale=320:270,crop=320:180:x=0:y='max(90-n*1.6,0)'",
    "pushin-j": "zoompan=z='1+0.008*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5'"
                ":y='(ih-ih/zoom)*0.4'",
    "dash-j": "scale=640:360,crop=320:180:x='300/(1+exp((MID-n)*1.1))':y=120",
    "shake-j": "scale=352:198,crop=320:180:x='16+12*sin(n*3.3)*between(n,MID,MID+7)'"
               ":y='9+8*sin(n*4.3)*between(n,MID,MID+7)'",
    # Around MID: the stage lights dipping to near black and coming up again, a follow spot
    # sweeping across, the player hurt (a red frame), the game paused, LEVEL UP appearing, a
    # tape glitch, the camera switching to infrared, headlights blooming into the lens, the
    # train in a tunnel, steam over the lens, the glare of the engines, photographers'
    # flashes, runway strobes, the countdown's glow.
    "dim-j": "eq=brightness='-0.42*exp(-pow((n-MID)/6,2))':contrast='1-0.3*exp(-pow((n-MID)/6,2))'"
             ":eval=frame",
    "spotsweep-j": "format=yuv420p,geq=lum='min(255,lum(X,Y)+170*exp(-pow(hypot(X-30*(N-MID+7),"
                   "(Y-90)*0.6)/50,2))*between(N,MID-7,MID+7))':cb='cb(X,Y)':cr='cr(X,Y)'",
    "hurt-j": "drawbox=c=0xff2020@0.55:t=fill:enable='between(n,MID,MID+1)',"
              "drawbox=c=0xff2020@0.25:t=fill:enable='eq(n,MID+2)'",
    "pause-j": "drawbox=c=black@0.5:t=fill:enable='between(n,MID-5,MID+6)',"
               f"drawtext=fontfile={FONT}:fontsize=22:fontcolor=white:text='PAUSED':x=(w-tw)/2"
               ":y=(h-th)/2:enable='between(n,MID-5,MID+6)'",
    "levelup-j": f"drawtext=fontfile={FONT}:fontsize=28:fontcolor=0xffe040:borderw=2:"
                 "text='LEVEL UP!':x=(w-tw)/2:y=60:enable='gte(n,MID)'",
    "glitch-j": "format=yuv420p,geq=lum='lum(mod(X+40*between(N,MID,MID+1)*gt(sin(floor(Y/12)*7.7),"
                "0),320),Y)':cb='cb(mod(X+20*between(N,MID,MID+1)*gt(sin(floor(Y/6)*7.7),0),160),Y)'"
                ":cr='cr(mod(X+20*between(N,MID,MID+1)*gt(sin(floor(Y/6)*7.7),0),160),Y)'",
    "irswitch-j": "hue=s='if(lt(n,MID),1,0)',eq=brightness=0.07:contrast=1.15:enable='gte(n,MID)'",
    "bloom-j": "eq=brightness='0.4*exp(-pow((n-MID)/3,2))':contrast='1-0.3*exp(-pow((n-MID)/3,2))'"
               ":eval=frame",
    "tunnel-j": "eq=brightness='-0.62/(1+exp((MID-8-n)*0.8))/(1+exp((n-MID-8)*0.8))"
                "+0.12*lt(mod(n,5),1)*between(n,MID-6,MID+6)':contrast='1-0.5/(1+exp((MID-8-n)"
                "*0.8))/(1+exp((n-MID-8)*0.8))':eval=frame",
    "steam-j": "format=yuv420p,geq=lum='lum(X,Y)+(225-lum(X,Y))*0.85*exp(-pow((N-MID)/5,2))"
               "*(0.6+0.4*sin(X/30+Y/20+N*0.3))':cb='cb(X,Y)':cr='cr(X,Y)'",
    "glare-j": "eq=brightness='0.45*exp(-pow((n-MID)/4,2))':contrast='1-0.4*exp(-pow((n-MID)/4,2))'"
               ":eval=frame",
    "flashes-j": "eq=brightness=0.4:contrast=0.85:enable='eq(n,MID-9)+eq(n,MID-2)+eq(n,MID+3)"
                 "+eq(n,MID+4)+eq(n,MID+10)',drawbox=x=40:y=120:w=10:h=10:c=white:t=fill"
                 ":enable='eq(mod(n,5),1)',drawbox=x=270:y=110:w=9:h=9:c=white:t=fill"
                 ":enable='eq(mod(n,7),3)',drawbox=x=150:y=150:w=8:h=8:c=white:t=fill"
                 ":enable='eq(mod(n,9),6)'",
    "strobe-j": "eq=brightness=0.5:contrast=0.75:enable='eq(mod(n,3),1)*between(n,MID-7,MID+7)'",
}

# held-out-j (clips 60-65): new recipes again, written after held-out-i without running the
# detector on them. Realistic film material of six more kinds: a ballet film (a follow spot and
# a panning camera, stage lights dipping to near black and a spot sweeping across, slow and
# dark cross-fades, a long faint dissolve), a video game capture (scrolling and dashing, a red
# hurt frame, the pause screen, LEVEL UP appearing, screen shake, a blinking PRESS START, cuts
# between moving game shots and to a closer framing, a level fading to black, a teleport through
# white), surveillance footage (grey cameras with labels and running counters, a six-frame
# recorder, cuts between two near-identical angles of one room, a PTZ camera swinging round, a
# tape glitch, a camera switching to infrared, headlights blooming, gaps through black), a
# railway travelogue (masts and telegraph poles rushing past, a tunnel, steam over the lens, a
# swaying carriage, cuts between moving shots, dissolves under motion), archive footage of a
# rocket launch (a gantry, ignition and lift-off, vibration, glare, a tilt up, a countdown
# clock whose digits change, cuts to closer framings of the pad, dissolves and a fade through
# white) and a fashion show (a model walking down the catwalk, photographers' flashes, strobes,
# cuts between near-identical angles, dissolves and a fade through white).
HELD_OUT_J = [
    ("ballet-film", [S("serif:The Swan Princess", 40, 0, "grain-j"), "fadeio:12:14",
                     S("audience-j", 70, 0, "stagegrade-j grain-j"), "fade:30",
                     S("stage-j", 60, 0, "followpan-j stagegrade-j grain-j"), "cut",
                     S("dancerclose-j", 36, 0, "stagegrade-j grain-j"), "cut",
                     S("corps-j", 48, 0, "spotsweep-j stagegrade-j grain-j"), "cut",
                     S("corps-j", 30, 140, "tight-j stagegrade-j grain-j"), "cut",
                     S("pointe-j", 44, 0, "stagegrade-j grain-j"), "fade:24",
                     S("stage-j", 56, 200, "dim-j stagegrade-j grain-j"), "cut",
                     S("wings-j", 40, 0, "stagegrade-j grain-j"), "cut",
                     S("stage-j", 34, 320, "tight-j followpan-j stagegrade-j grain-j"), "fade:18",
                     S("dancerclose-j", 40, 200, "dim-j stagegrade-j grain-j"), "cut",
                     S("audience-j", 30, 100, "stagegrade-j grain-j"), "cut",
                     S("corps-j", 70, 300, "followpan-j stagegrade-j grain-j"), "fade:44",
                     S("stage-j", 70, 500, "stagegrade-j grain-j"), "cut",
                     S("pointe-j", 30, 200, "stagegrade-j grain-j"), "cut",
                     S("dancerclose-j", 48, 400, "spotsweep-j stagegrade-j grain-j"),
                     "fadeblack:24", S("credits-j", 60, 0)]),
    ("game-capture", [S("menu-j", 40, 0, "capture-j"), "fadeblack:12",
                      S("platform-j", 56, 0, "hurt-j capture-j"), "cut",
                      S("platform-j", 30, 120, "closer-j capture-j"), "cut",
                      S("dungeon-j", 44, 0, "pause-j capture-j"), "cut",
                      S("racer-j", 40, 0, "capture-j"), "cut",
                      S("platform-j", 36, 300, "dash-j capture-j"), "fadewhite:10",
                      S("boss-j", 48, 0, "shake-j capture-j"), "cut",
                      S("cutscene-j", 40, 0, "capture-j"), "cut",
                      S("boss-j", 36, 200, "hurt-j capture-j"), "fadeblack:16",
                      S("dungeon-j", 40, 200, "levelup-j capture-j"), "cut",
                      S("racer-j", 36, 200, "shake-j capture-j"), "cut",
                      S("racer-j", 26, 300, "closer-j capture-j"), "dissolve:8",
                      S("cutscene-j", 30, 100, "capture-j"), "cut",
                      S("platform-j", 40, 500, "levelup-j capture-j"), "cut",
                      S("dungeon-j", 30, 300, "tight-j shake-j capture-j"), "cut",
                      S("boss-j", 30, 400, "capture-j"), "fadeio:10:8",
                      S("menu-j", 36, 200, "capture-j")]),
    ("cctv-footage", [S("card:EXHIBIT 14  CAMERA TAPES", 36), "cut",
                      S("lobby-j", 60, 0, "cctv-j cam1-j"), "cut",
                      S("lobby-j", 36, 60, "angle2-j cctv-j cam2-j"), "cut",
                      S("corridor-j", 44, 0, "lowfps-j cctv-j cam3-j"), "cut",
                      S("parking-j", 50, 0, "ir-j cctv-j cam4-j"), "cut",
                      S("cashdesk-j", 40, 0, "glitch-j cctv-j cam5-j"), "cut",
                      S("cashdesk-j", 30, 100, "angle2-j cctv-j cam6-j"), "fadeblack:14",
                      S("street-j", 56, 0, "bloom-j ir-j cctv-j cam4-j"), "cut",
                      S("lobby-j", 40, 200, "ptz-j cctv-j cam1-j"), "cut",
                      S("lobby-j", 30, 260, "angle2-j cctv-j cam2-j"), "cut",
                      S("corridor-j", 36, 150, "cctv-j cam3-j"), "fade:12",
                      S("parking-j", 48, 200, "irswitch-j cctv-j cam4-j"), "cut",
                      S("cashdesk-j", 30, 200, "lowfps-j cctv-j cam5-j"), "cut",
                      S("street-j", 40, 300, "glitch-j ir-j cctv-j cam4-j"), "fadeblack:20",
                      S("corridor-j", 40, 300, "lowfps-j cctv-j cam3-j"), "cut",
                      S("corridor-j", 60, 360, "closer-j lowfps-j cctv-j cam3-j"), "fade:30",
                      S("parking-j", 64, 400, "ir-j cctv-j cam4-j"), "fadeio:12:8",
                      S("card:END OF EXHIBIT 14", 30)]),
    ("railway-travelogue", [S("serif:The Northern Line", 40, 0, "archive-j grain2-j"), "fadeio:12:12",
                            S("station-j", 50, 0, "steam-j archive-j grain2-j"), "cut",
                            S("cab-j", 60, 0, "archive-j grain2-j"), "cut",
                            S("window-j", 40, 0, "archive-j grain2-j"), "cut",
                            S("carriage-j", 36, 0, "sway-j archive-j grain2-j"), "fade:20",
                            S("cab-j", 64, 200, "tunnel-j archive-j grain2-j"), "cut",
                            S("viaduct-j", 48, 0, "archive-j grain2-j"), "cut",
                            S("window-j", 36, 150, "archive-j grain2-j"), "fade:16",
                            S("bbb", 36, 703, "followpan-j archive-j grain2-j"), "cut",
                            S("cab-j", 40, 400, "tight-j archive-j grain2-j"), "fade:14",
                            S("window-j", 44, 450, "sway-j archive-j grain2-j"), "cut",
                            S("carriage-j", 30, 200, "archive-j grain2-j"), "cut",
                            S("window-j", 70, 300, "archive-j grain2-j"), "fade:40",
                            S("viaduct-j", 56, 250, "archive-j grain2-j"), "cut",
                            S("station-j", 40, 300, "tight-j archive-j grain2-j"), "cut",
                            S("bbb", 30, 957, "archive-j grain2-j"), "cut",
                            S("station-j", 50, 500, "steam-j archive-j grain2-j"),
                            "fadeblack:26", S("serif:The End", 36, 0, "archive-j grain2-j")]),
    ("rocket-launch", [S("card:APOLLO ARCHIVE REEL 7", 36, 0, "scratch-j grain3-j"), "fadeio:10:12",
                       S("pad-j", 50, 0, "kodak-j weave-j scratch-j grain3-j"), "cut",
                       S("pad-j", 30, 100, "closer-j kodak-j weave-j grain3-j"), "cut",
                       S("mission-j", 40, 0, "kodak-j weave-j grain3-j"), "cut",
                       S("countdown-j", 40, 700, "kodak-j weave-j grain3-j"), "cut",
                       S("astro-j", 36, 0, "vibe-j kodak-j weave-j grain3-j"), "cut",
                       S("liftoff-j", 64, 0, "vibe-j kodak-j weave-j grain3-j"), "cut",
                       S("liftoff-j", 40, 50, "tiltup-j kodak-j weave-j grain3-j"), "cut",
                       S("tracking-j", 44, 0, "vibe-j glare-j kodak-j weave-j grain3-j"),
                       "fadewhite:14", S("mission-j", 40, 300, "kodak-j weave-j grain3-j"), "cut",
                       S("mission-j", 44, 360, "closer-j kodak-j weave-j grain3-j"), "fade:22",
                       S("tracking-j", 80, 200, "kodak-j weave-j scratch-j grain3-j"), "fade:36",
                       S("astro-j", 60, 200, "kodak-j weave-j grain3-j"), "cut",
                       S("pad-j", 36, 400, "pushin-j kodak-j weave-j grain3-j"), "fadeblack:18",
                       S("mission-j", 44, 500, "glare-j kodak-j weave-j grain3-j"), "cut",
                       S("tracking-j", 56, 400, "closer-j vibe-j kodak-j weave-j grain3-j"),
                       "fadeblack:30", S("card:NASA FILM 1969", 30, 0, "scratch-j grain3-j")]),
    ("fashion-show", [S("card:MAISON LUNE", 36), "fadewhite:12",
                      S("runway-j", 60, 0, "flashes-j glossy-j grain4-j"), "cut",
                      S("model-j", 36, 0, "glossy-j grain4-j"), "cut",
                      S("runway-j", 30, 70, "angle2-j glossy-j grain4-j"), "cut",
                      S("frontrow-j", 40, 0, "flashes-j glossy-j grain4-j"), "cut",
                      S("heels-j", 30, 0, "glossy-j grain4-j"), "fade:16",
                      S("backstage-j", 48, 0, "glossy-j grain4-j"), "cut",
                      S("runway-j", 44, 200, "strobe-j glossy-j grain4-j"), "cut",
                      S("model-j", 30, 150, "pushin-j flashes-j glossy-j grain4-j"), "cut",
                      S("model-j", 30, 250, "tight-j glossy-j grain4-j"), "fade:10",
                      S("frontrow-j", 36, 200, "glossy-j grain4-j"), "cut",
                      S("runway-j", 48, 400, "pushin-j glossy-j grain4-j"), "fadewhite:20",
                      S("backstage-j", 40, 300, "flashes-j glossy-j grain4-j"), "cut",
                      S("heels-j", 30, 200, "strobe-j glossy-j grain4-j"), "cut",
                      S("runway-j", 36, 600, "glossy-j grain4-j"), "cut",
                      S("runway-j", 50, 650, "angle2-j flashes-j glossy-j grain4-j"),
                      "fadeblack:22", S("credits-j", 64, 100)]),
]
