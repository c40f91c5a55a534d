"""Sources and effects of held-out-i (clips 54-59), merged into LAVFI, FX and TEXT_FILES by
shots-corpus.py; the recipes are HELD_OUT_I in shots_recipes.py.

Own seeds again: nothing random is shared with clips 00-53. Drawn scenes for six more kinds of
film: a courthouse's steps under the press, a courtroom, a witness, a jury and counsel before
tall windows (a courtroom drama); a submarine's control room under red battle lights, the view
through the periscope, a sonar screen, the boat seen underwater and the torpedo room (a
submarine film); a half-pipe, a street ridden along, an empty pool from above and the board
over the rushing asphalt (a skateboard video shot on a camcorder); a bamboo forest, a temple
courtyard, a training hall, an old master and two fighters against the sunset (a 1970s kung-fu
film); the savannah with an acacia and a giraffe, a waterhole with zebras, a lion, a running
herd and the savannah at dusk (a wildlife safari); a kitchen table, a garden, a clay face and a
shed at night, all moved a little between exposures and held for two frames (a stop-motion
clay animation).
"""

from shots_lavfi import FONT, SERIF, geq as _geq


# A courtroom drama.
_SEAL = "lt(hypot(X-160,Y-22),14)"
_JUDGE_H = "lt(hypot(X-160,Y-50),11)"
_ROBE = "between(X,136,184)*between(Y,60,72)"
_BENCH = "between(Y,72,118)*lt(abs(X-160),112)"
_COUNSEL = "(lt(hypot(X-70-sin(N*0.07),Y-124),11)+lt(hypot(X-252+sin(N*0.06+1),Y-126),11))"
_RAIL = "(between(Y,140,145)+lt(mod(X,16),4)*between(Y,145,162))"
_WX = "(X-150-2*sin(N*0.07))"
_W_HAIR = f"lt(hypot({_WX},(Y-70)*0.95),40)*lt(Y,120)"
_W_FACE = f"lt(hypot({_WX}/30,(Y-84)/38),1)"
_W_EYES = f"lt(hypot(abs({_WX})-12,Y-78),3.5)*lt(mod(N,66),62)"
_W_MOUTH = f"lt(hypot({_WX}/9,(Y-104)/2.5),1)"
_W_BLOUSE = "lt(hypot((X-150)/78,(Y-196)/70),1)"
_W_MIC = "(lt(abs(X-196-0.472*(Y-108)),2)*between(Y,108,180)+lt(hypot(X-196,Y-106),6))"
_W_BOX = "between(Y,164,180)"
_J1, _J2 = "floor(X/44)", "floor((X+22)/44)"
_J1X, _J2X = "(mod(X,44)-22)", "(mod(X+22,44)-22)"
_J1_HEAD = f"lt(hypot({_J1X},Y-74-1.5*sin(N*0.09+{_J1}*1.7)),13)"
_J1_BODY = f"lt(abs({_J1X}),18)*between(Y,86,104)"
_J2_HEAD = f"lt(hypot({_J2X},Y-112-1.5*sin(N*0.08+{_J2}*2.3)),13)"
_J2_BODY = f"lt(abs({_J2X}),18)*between(Y,124,140)"
_LX = "(X-110-10*sin(N*0.05))"
_L_WIN = "lt(mod(X,80),40)*between(Y,10,132)"
_L_MULL = "lt(abs(mod(X,80)-20),1.5)"
_L_HEAD = f"lt(hypot({_LX},(Y-64)*0.9),16)"
_L_HAIR = f"lt(hypot({_LX},(Y-58)*1.1),16)*lt(Y,60)"
_L_BODY = f"lt(hypot({_LX}/36,(Y-150)/72),1)"
_L_ARM = f"between(Y,96,104)*between({_LX},0,30+18*abs(sin(N*0.12)))"
_LECTERN = "between(X,196,250)*between(Y,100,180)"
_COLUMN = "lt(mod(X-10,52),20)*between(Y,24,118)"
_PRESS_X = "(mod(X+5*sin(N*0.11+floor(X/30)),30)-15)"
_PRESS = (f"gt(Y,136)*(lt(hypot({_PRESS_X},Y-146-3*sin(N*0.2+floor(X/30)*1.9)),9)"
          f"+lt(abs({_PRESS_X}),12)*gt(Y,154))")

# A submarine film.
_PIPES = "(lt(abs(mod(Y,44)-8),3)+lt(abs(mod(X,74)-6),3))"
_GX, _GY = "(mod(X,74)-40)", "(mod(Y,44)-28)"
_GAUGE = f"lt(hypot({_GX},{_GY}),10)"
_NEEDLE = (f"lt(abs(sin(atan2({_GY},{_GX})-N*0.04-floor(X/74)*1.3-floor(Y/44)*0.7)),0.12)"
           f"*lt(hypot({_GX},{_GY}),9)")
_PERI_COL = "lt(abs(X-160),12)*lt(Y,150)"
_CREW = ("(lt(hypot(X-84-2*sin(N*0.05),Y-112),15)+lt(hypot((X-84)/34,(Y-180)/50),1)"
         "+lt(hypot(X-246,Y-106),14)+lt(hypot((X-246)/32,(Y-176)/52),1))")
_PR = "hypot(X-160,Y-90)"
_HZ = "(90+5*sin(N*0.07))"
_PX = "(X+N*1.8)"
_SHIP = (f"(lt(abs(mod({_PX},520)-300),34)*between(Y,{_HZ}-8,{_HZ})"
         f"+lt(abs(mod({_PX},520)-292),5)*between(Y,{_HZ}-18,{_HZ}-8))")
_CROSS = "(lt(abs(X-160),0.8)+lt(abs(Y-90),0.8)+lt(abs(X-160),4)*lt(abs(mod(Y-90,20)),0.8))"
_SWEEP = "mod(N*0.11-atan2(Y-90,X-160),2*PI)"
_BLIP1 = "lt(hypot(X-205,Y-62),3.5)*exp(-mod(N*0.11-atan2(-28,45),2*PI)*1.1)"
_BLIP2 = "lt(hypot(X-120,Y-120),3.5)*exp(-mod(N*0.11-atan2(30,-40),2*PI)*1.1)"
_SUBX = "(X-mod(110+0.7*N,520)+100)"
_HULL = f"(lt(hypot({_SUBX}/120,(Y-112)/17),1)+between({_SUBX},-6,26)*between(Y,80,100))"
_BUBBLES = "lt(hypot(mod(X+4*sin(Y/9),40)-20,mod(Y+N*2.5,64)-32),2.5)"
_TR = "hypot(mod(X-70+90,180)-90,mod(Y-62+36,72)-36)"
_TUBES = f"lt({_TR},28)*between(Y,30,170)"
_SAILOR_X = "(X-160-50*sin(N*0.035))"
_SAILOR = f"(lt(hypot({_SAILOR_X},Y-70),12)+lt(abs({_SAILOR_X}),16)*between(Y,82,180))"

# A skateboard video.
_CURVE = "(158-96*pow((X-160)/150,2))"
_SKX = "(160+128*sin(N*0.085))"
_SKY_R = f"(140-96*pow(({_SKX}-160)/150,2))"
_SKATER_R = (f"(lt(hypot((X-{_SKX})/6,(Y-{_SKY_R})/14),1)+lt(hypot(X-{_SKX},Y-{_SKY_R}+18),5)"
             f"+lt(abs(X-{_SKX}),10)*lt(abs(Y-{_SKY_R}-15),1.5))")
_SHOPX = "(X+N*5)"
_SHOP_WIN = f"between(mod({_SHOPX},96),14,70)*between(Y,40,100)"
_ST_HEAD = "lt(hypot(X-150,Y-64-2*sin(N*0.3)),7)"
_ST_BODY = "lt(hypot((X-150)/9,(Y-88)/18),1)"
_ST_LEGS = "between(Y,104,128)*lt(abs(abs(X-150)-5),2)"
_ST_BOARD = "lt(abs(X-150),16)*between(Y,128,131)"
_POOL_R = "hypot((X-160)/140,(Y-90)/78)"
_POOL_SK = "lt(hypot(X-160-100*cos(N*0.1),Y-90-54*sin(N*0.1)),8)"
_POOL_SH = "lt(hypot(X-172-100*cos(N*0.1),Y-98-54*sin(N*0.1)),8)"
_ASPH = "(X+N*23)"
_DECK = "between(X,50,270)*between(Y,96,110)"
_WHEELS = "(lt(hypot(X-84,Y-118),9)+lt(hypot(X-236,Y-118),9))"
_SHOES = ("(lt(hypot((X-112)/26,(Y-84-3*sin(N*0.4))/12),1)"
          "+lt(hypot((X-210)/26,(Y-82-3*sin(N*0.4+2))/12),1))")
_JEANS = "lt(Y,76)*(lt(abs(X-110),12)+lt(abs(X-208),12))"

# A 1970s kung-fu film.
_BX = "(X+5*sin(Y/50+N*0.06))"
_BK = f"floor({_BX}/26)"
_STALK = f"lt(mod({_BX},26),8+2*sin({_BK}*3.1))"
_NODE = f"lt(mod(Y+{_BK}*17,46),2)"
_EAVE = "(46-14*pow((X-160)/160,2))"
_F1X = "(X-128-18*sin(N*0.21))"
_F2X = "(X-196+18*sin(N*0.21+0.8))"
_FIGHTER = ("(lt(hypot({x},Y-98),6)+lt(abs({x}),7)*between(Y,104,132)"
            "+lt(abs(abs({x})-4),2)*between(Y,132,150))")
_KICK = f"between(Y,108,112)*between({_F1X},0,8+16*abs(sin(N*0.4)))"
_DX = "(X-160-6*sin(N*0.05))"
_D_HEAD = f"lt(hypot({_DX},Y-58),10)"
_D_GI = (f"(lt(hypot({_DX}/22,(Y-96)/36),1)+lt(abs(abs({_DX})-9),5)*between(Y,128,158)"
         f"+between(Y,74,80)*between({_DX},0,22+34*abs(sin(N*0.33))))")
_D_BELT = f"lt(abs(Y-104),2)*lt(abs({_DX}),22)"
_MX = "(X-160-1.5*sin(N*0.05))"
_M_FACE = f"lt(hypot({_MX}/46,(Y-88)/56),1)"
_M_BEARD = f"lt(hypot({_MX}/32,(Y-134)/40),1)*gt(Y,112)"
_M_BROWS = f"lt(abs(abs({_MX})-18),11)*lt(abs(Y-70+0.2*abs({_MX})),3)"
_M_EYES = f"lt(abs(abs({_MX})-18),8)*lt(abs(Y-80),1.5)"
_M_KNOT = f"lt(hypot({_MX},Y-26),12)"
_CREST = "(132-22*exp(-pow((X-160)/90,2)))"
_S1X = "(X-138-10*sin(N*0.18))"
_S2X = "(X-184+10*sin(N*0.18+1.2))"
_SILHOUETTE = ("(lt(hypot({x},Y-90),5)+lt(abs({x}),5)*between(Y,95,112)"
               "+lt(abs(abs({x})-3),1.6)*between(Y,112,124))")
_S_KICK = f"lt(abs(Y-104+0.5*{_S1X}),2)*between({_S1X},0,12+10*abs(sin(N*0.3)))"

# A wildlife safari.
_GIRAFFE = ("(lt(hypot((X-{g})/22,(Y-{y})/9),1)+lt(abs(X-{g}+18+0.294*({y}-6-Y)),3)"
            "*between(Y,{y}-40,{y}-4)+lt(hypot((X-{g}+30)/7,(Y-{y}+42)/4.5),1)"
            "+lt(abs(mod(X-{g}+22,14)-7),1.5)*between(Y,{y}+6,{y}+32)*lt(abs(X-{g}),22))")
_GIR_DAY = _GIRAFFE.format(g="(236-0.45*N)", y=92)
_GIR_DUSK = _GIRAFFE.format(g="(250-0.4*N)", y=104)
_ACACIA = "(lt(hypot((X-88)/64,(Y-54)/11),1)+lt(abs(X-88+0.1*(Y-60)),3)*between(Y,58,96))"
_ACACIA_D = "(lt(hypot((X-92)/58,(Y-62)/10),1)+lt(abs(X-92),3)*between(Y,62,130))"
_ZX = "(mod(X,96)-48)"
_ZEBRA = (f"(lt(hypot({_ZX}/20,(Y-62)/9),1)+lt(hypot(({_ZX}+24)/6,(Y-72-4*sin(N*0.06"
          f"+floor(X/96)*2))/5),1)+lt(abs({_ZX}+18),3)*between(Y,60,72)"
          f"+lt(abs(abs({_ZX}+2)-10),1.5)*between(Y,68,80))")
_LNX = "(X-160-1.5*sin(N*0.04))"
_MANE = f"lt(hypot({_LNX},(Y-96)*0.92),80)"
_L_FACE = f"lt(hypot({_LNX}/42,(Y-104)/50),1)"
_MUZZLE = f"lt(hypot({_LNX}/24,(Y-130)/16),1)"
_NOSE = f"lt(abs({_LNX}),9-(Y-116)*1.1)*between(Y,116,124)"
_L_EYES = f"lt(hypot(abs({_LNX})-19,Y-94),5)*lt(mod(N,70),66)"
_PUPILS = f"lt(hypot(abs({_LNX})-19,Y-94),2)*lt(mod(N,70),66)"
_EARS = f"lt(hypot(abs({_LNX})-40,Y-54),10)"
_HX = "(X+N*4.5)"
_HC = f"(mod({_HX},38)-19)"
_HYC = f"(112+14*sin(floor({_HX}/38)*2.7)+3*abs(sin(N*0.5+floor({_HX}/38))))"
_HERD = (f"(lt(hypot({_HC}/15,(Y-{_HYC})/8),1)+lt(hypot(({_HC}+17)/5,(Y-{_HYC}-4)/5),1)"
         f"+lt(abs(mod({_HC}+13,9)-4.5),1.2)*between(Y,{_HYC}+6,{_HYC}+18)*lt(abs({_HC}),13))")
_DUSTBAND = "60*exp(-pow((Y-92)/22,2))*(0.6+0.4*sin(X/23-N*0.2))"

# A stop-motion clay animation: each pose is held for two frames and every object is placed a
# little off between poses (J is the pose, JX and JY the hand's error).
_J = "floor(N/2)"
_JX = f"(1.2*sin({_J}*12.9898))"
_JY = f"(1.0*sin({_J}*78.233))"
_FGX = f"(X-70-90*abs(sin({_J}*0.045))-{_JX})"
_FG_BODY = f"lt(hypot({_FGX}/18,(Y-90-{_JY})/22),1)"
_FG_HEAD = f"lt(hypot({_FGX},Y-56-{_JY}),15)"
_FG_EYES = f"lt(hypot(abs({_FGX})-6,Y-54-{_JY}),4)"
_FG_PUPILS = f"lt(hypot(abs({_FGX})-6+1.5*sin({_J}*0.3),Y-54-{_JY}),1.8)"
_FG_FEET = f"lt(hypot((abs({_FGX})-8)/7,(Y-112-{_JY})/4),1)"
_TEAPOT = ("(lt(hypot((X-244)/30,(Y-88)/22),1)+lt(abs(Y-84+0.7*(X-274)),3)*between(X,270,292)"
           "+lt(hypot((X-244)/10,(Y-64)/5),1))")
_CLOTH = "mod(floor(X/22)+floor((Y-108)/9),2)"
_CX = f"(X-160-2*{_JX})"
_CY = f"(Y-94-2*{_JY})"
_C_HEAD = f"lt(hypot({_CX}/78,{_CY}/72),1)"
_C_EYES = f"lt(hypot((abs({_CX})-30)/17,({_CY}+22)/20),1)"
_C_PUPILS = f"lt(hypot(abs({_CX})-30-5*sin({_J}*0.21),{_CY}+20),7)"
_C_MOUTH = f"lt(hypot({_CX}/26,({_CY}-32)/(3+9*abs(sin(floor(N/4)*1.7)))),1)"
_C_NOSE = f"lt(hypot({_CX}/10,({_CY}-4)/9),1)"
_SNX = f"(X-40-mod(2*{_J},280)-{_JX})"
_SHELL = f"lt(hypot({_SNX},Y-134-{_JY}),12)"
_SPIRAL = f"lt(abs(sin(hypot({_SNX},Y-134-{_JY})/2.2+atan2(Y-134-{_JY},{_SNX}))),0.3)"
_SNAIL = (f"(lt(hypot(({_SNX}+8)/20,(Y-146-{_JY})/5),1)+lt(abs({_SNX}+22),1.5)"
          f"*between(Y,130-{_JY},142))")
_FLOWERS = "(lt(hypot(mod(X,64)-32,Y-96),9)*lt(Y,104))"
_STEMS = "lt(abs(mod(X,64)-32),1.5)*between(Y,104,120)"
_LAMPX = f"(160+10*sin({_J}*0.12))"
_LAMP = f"lt(hypot((X-{_LAMPX})/14,(Y-34)/8),1)*gt(Y,30)"
_CONE = f"lt(abs(X-{_LAMPX}),(Y-34)*0.75)*gt(Y,34)"
_SH_FIG = (f"(lt(hypot(X-190-{_JX},Y-86-{_JY}),13)"
           f"+lt(hypot((X-190-{_JX})/20,(Y-114-{_JY})/18),1))")

LAVFI_I = {
    "steps-i": _geq(f"if({_PRESS},32,if(lt(Y,24),190-40*lt(mod(X,12),2)*between(Y,14,18),"
                    f"if({_COLUMN},212-45*abs(mod(X-10,52)-10)/10,if(lt(Y,118),60,"
                    "172-30*lt(mod(Y-118,8),2)))))",
                    f"if({_PRESS},128,122)", f"if({_PRESS},128,136)"),
    "court-i": _geq(f"if({_SEAL},180+30*lt(abs(hypot(X-160,Y-22)-10),1.5),if({_JUDGE_H},165,"
                    f"if({_ROBE},18,if(between(Y,72,76)*lt(abs(X-160),112),130,if({_BENCH},"
                    f"55+8*sin(X/2.1),if({_COUNSEL},28,if({_RAIL},75,if(gt(Y,162),"
                    "100+12*lt(mod(X,30),2),88-35*lt(mod(X,40),3)+10*sin(Y/7+X/50)"
                    "+15*exp(-hypot(X-160,Y-40)/70)))))))))",
                    f"if({_SEAL},96,if({_JUDGE_H},112,if({_ROBE}+{_COUNSEL},128,if(gt(Y,162),118,"
                    "110))))",
                    f"if({_SEAL},150,if({_JUDGE_H},150,if({_ROBE}+{_COUNSEL},128,if(gt(Y,162),140,"
                    "152))))"),
    "witness-i": _geq(f"if({_W_MIC},25,if({_W_BOX},70+6*sin(X/3),if({_W_EYES},30,if({_W_MOUTH},"
                      f"90,if({_W_FACE},172,if({_W_HAIR},42,if({_W_BLOUSE},120,80+18*sin(X/11)"
                      "+6*sin(Y/30))))))))",
                      f"if({_W_MIC}+{_W_EYES},128,if({_W_BOX},110,if({_W_MOUTH},120,if({_W_FACE},"
                      f"112,if({_W_HAIR},122,if({_W_BLOUSE},165,110))))))",
                      f"if({_W_MIC}+{_W_EYES},128,if({_W_BOX},152,if({_W_MOUTH},165,if({_W_FACE},"
                      f"152,if({_W_HAIR},136,if({_W_BLOUSE},112,150))))))"),
    "jury-i": _geq(f"if(gt(Y,140),if(lt(Y,145),125,62+8*sin(X/2.7)),if({_J2_HEAD},110+50*sin("
                   f"{_J2}*2.9),if({_J2_BODY},40+30*sin({_J2}*1.3),if({_J1_HEAD},110+50*sin({_J1}"
                   f"*2.9+1),if({_J1_BODY},40+30*sin({_J1}*1.3+2),100-20*lt(mod(X,50),2))))))",
                   f"if(gt(Y,140),110,if({_J2_HEAD}+{_J1_HEAD},112,if({_J2_BODY},128+25*sin({_J2}"
                   f"*2.1),if({_J1_BODY},128+25*sin({_J1}*2.1+1),118))))",
                   f"if(gt(Y,140),150,if({_J2_HEAD}+{_J1_HEAD},148,if({_J2_BODY},128+25*cos({_J2}"
                   f"*1.7),if({_J1_BODY},128+25*cos({_J1}*1.7+1),140))))"),
    "lectern-i": _geq(f"if({_LECTERN},if(lt(Y,106),120,70+6*sin(X/2.3)),if({_L_ARM},35,if("
                      f"{_L_HAIR},30,if({_L_HEAD},160,if({_L_BODY},26,if({_L_WIN},if({_L_MULL},60,"
                      "228-0.2*Y),if(gt(Y,150),85,118)))))))",
                      f"if({_LECTERN},110,if({_L_ARM}+{_L_BODY}+{_L_HAIR},128,if({_L_HEAD},112,"
                      f"if({_L_WIN},134,120))))",
                      f"if({_LECTERN},152,if({_L_ARM}+{_L_BODY}+{_L_HAIR},128,if({_L_HEAD},150,"
                      f"if({_L_WIN},122,136))))"),
    "control-i": _geq(f"if({_CREW},10,if({_PERI_COL},95+40*exp(-abs(X-156)/4),if({_GAUGE},"
                      f"if({_NEEDLE},20,170),if({_PIPES},75,28+10*sin(X/9)*sin(Y/7)))))",
                      f"if({_CREW},128,if({_GAUGE},110,100))",
                      f"if({_CREW},140,if({_GAUGE},160,175))"),
    "periscope-i": _geq(f"if(gt({_PR},82),4,(1-0.35*pow({_PR}/82,3))*if({_CROSS},15,if({_SHIP},"
                        f"30,if(lt(Y,{_HZ}),185-0.5*Y+10*sin({_PX}/40),70+18*sin({_PX}/5+Y*Y/70)"
                        "*sin(Y/1.8+N*0.2)+0.3*(Y-90)))))",
                        f"if(gt({_PR},82),128,if(lt(Y,{_HZ}),140,145))",
                        f"if(gt({_PR},82),128,if(lt(Y,{_HZ}),118,112))"),
    "sonar-i": _geq(f"if(gt({_PR},80),if(lt({_PR},86),70,22+6*sin(X/3)*sin(Y/3)),min(250,18"
                    f"+35*lt(mod({_PR},20),1)+35*(lt(abs(X-160),0.7)+lt(abs(Y-90),0.7))"
                    f"+170*exp(-{_SWEEP}*2)+220*{_BLIP1}+220*{_BLIP2}))",
                    f"if(gt({_PR},80),128,95)", f"if(gt({_PR},80),128,85)"),
    "deep-i": _geq(f"if({_HULL},12+6*sin(X/8),if({_BUBBLES},170,25+55*(1-Y/180)"
                   "+28*gt(sin((X-0.45*Y)/10+N*0.025),0.7)*(1-Y/200)+8*sin(X/17+N*0.1)"
                   "*sin(Y/13)))",
                   f"if({_HULL},135,165)", f"if({_HULL},120,100)"),
    "torpedo-i": _geq(f"if({_SAILOR},18,if({_TUBES},if(lt(abs({_TR}-24),3),40,if(lt({_TR},5),"
                      "200,150-25*lt(abs(sin(atan2(mod(Y-62+36,72)-36,mod(X-70+90,180)-90)*3)),"
                      "0.12))),70+10*lt(mod(X,50),2)+30*lt(hypot(mod(X,25)-12,mod(Y,25)-12),1.5)"
                      "+40*exp(-hypot(X-160,Y-20)/60)))",
                      f"if({_SAILOR},128,if({_TUBES},120,112))",
                      f"if({_SAILOR},128,if({_TUBES},130,128))"),
    "ramp-i": _geq(f"if({_SKATER_R},35,if(lt(abs(Y-{_CURVE}),2.2),235,if(gt(Y,{_CURVE}),"
                   "178-40*lt(mod(X,24),1.2),if(lt(Y,28),205,110+40*sin(X/13+sin(Y/9))"
                   "*sin(Y/11+X/40)))))",
                   f"if({_SKATER_R},150,if(lt(abs(Y-{_CURVE}),2.2),128,if(gt(Y,{_CURVE}),112,"
                   "if(lt(Y,28),150,128+60*sin(X/29+Y/37)))))",
                   f"if({_SKATER_R},100,if(lt(abs(Y-{_CURVE}),2.2),128,if(gt(Y,{_CURVE}),140,"
                   "if(lt(Y,28),110,128+60*cos(X/23)))))"),
    "street-i": _geq(f"if({_ST_HEAD},150,if({_ST_BODY},60,if({_ST_LEGS},70,if({_ST_BOARD},30,"
                     "if(lt(Y,30),210,if(between(Y,116,120),210,if(gt(Y,120),165-65*lt(mod("
                     f"X+N*8,48),2),if({_SHOP_WIN},60+30*sin(floor({_SHOPX}/96)*2.1),150+40*sin("
                     f"floor({_SHOPX}/96)*1.7)))))))))",
                     f"if({_ST_HEAD},112,if({_ST_BODY},100,if({_ST_LEGS},150,if(lt(Y,30),150,"
                     f"if(gt(Y,116),126,128+30*sin(floor({_SHOPX}/96)*2.9))))))",
                     f"if({_ST_HEAD},150,if({_ST_BODY},190,if({_ST_LEGS},110,if(lt(Y,30),112,"
                     f"if(gt(Y,116),130,128+30*cos(floor({_SHOPX}/96)*1.3))))))"),
    "pool-i": _geq(f"if({_POOL_SK},40,if(lt({_POOL_R},1),if(lt(abs({_POOL_R}-0.93),0.02),90,"
                   f"180-60*{_POOL_R}-45*{_POOL_SH}),if(lt({_POOL_R},1.03),225,"
                   "150+10*sin(X*1.3)*sin(Y*1.7))))",
                   f"if({_POOL_SK},128,if(lt({_POOL_R},0.91),150,if(lt({_POOL_R},0.95),175,128)))",
                   f"if({_POOL_SK},128,if(lt({_POOL_R},0.91),110,if(lt({_POOL_R},0.95),100,"
                   "130)))"),
    "asphalt-i": _geq(f"if({_WHEELS},225,if({_DECK},22,if({_SHOES},215,if({_JEANS},60,70+28*sin("
                      f"{_ASPH}*1.9)*sin(Y*2.7+{_ASPH}*0.31)+10*sin({_ASPH}/9)))))",
                      f"if({_WHEELS},100,if({_JEANS},150,126))",
                      f"if({_WHEELS},140,if({_JEANS},110,128))"),
    "bamboo-i": _geq(f"if({_STALK},if({_NODE},55,95+35*sin(mod({_BX},26)/2.6)),165+25*sin(Y/25"
                     f"+X/80)-35*lt(mod(X*0.6+{_BK}*7,14),2))",
                     f"if({_STALK},95,112)", f"if({_STALK},105,118)"),
    "temple-i": _geq(f"if({_FIGHTER.format(x=_F1X)}+{_KICK},25,if({_FIGHTER.format(x=_F2X)},225,"
                     f"if(lt(Y,20),210,if(lt(Y,24),30,if(lt(Y,{_EAVE}),45+20*lt(mod(X,9),2),if("
                     f"lt(Y,132),if(lt(abs(mod(X,64)-32),6),95,170-30*lt(Y,{_EAVE}+8)),140-30"
                     "*lt(mod(Y,10),1)-30*lt(mod(X+(X-160)*(Y-132)/48,40),2)))))))",
                     f"if(lt(Y,20),150,if(between(Y,{_EAVE},132)*lt(abs(mod(X,64)-32),6),100,"
                     "118))",
                     f"if(lt(Y,20),112,if(between(Y,{_EAVE},132)*lt(abs(mod(X,64)-32),6),190,"
                     "140))"),
    "dojo-i": _geq(f"if({_D_BELT},20,if({_D_HEAD},168,if({_D_GI},232,if(lt(Y,120),if(lt(mod(X,40),"
                   "3)+lt(mod(Y,28),3),55,212),145-40*lt(mod(Y,8),1)+8*sin(X/5)))))",
                   f"if({_D_BELT}+{_D_GI},128,if({_D_HEAD},112,if(lt(Y,120),122,110)))",
                   f"if({_D_BELT}+{_D_GI},128,if({_D_HEAD},150,if(lt(Y,120),134,150)))"),
    "master-i": _geq(f"if({_M_BROWS},235,if({_M_EYES},30,if({_M_BEARD},222+12*sin(X*1.4),if("
                     f"{_M_KNOT},228,if({_M_FACE},150+10*sin(X/9),45+25*exp(-hypot(X-60,Y-40)"
                     "/90))))))",
                     f"if({_M_BROWS}+{_M_BEARD}+{_M_KNOT},126,if({_M_FACE},110,112))",
                     f"if({_M_BROWS}+{_M_BEARD}+{_M_KNOT},130,if({_M_FACE},152,170))"),
    "sunset-i": _geq(f"if({_SILHOUETTE.format(x=_S1X)}+{_SILHOUETTE.format(x=_S2X)}+{_S_KICK}"
                     f"+gt(Y,{_CREST}),12,if(lt(hypot(X-160,Y-102),34),245,120+100*(1-Y/140)))",
                     f"if(gt(Y,{_CREST}),128,if(lt(hypot(X-160,Y-102),34),100,80))",
                     f"if(gt(Y,{_CREST}),128,if(lt(hypot(X-160,Y-102),34),170,190))"),
    "savannah-i": _geq(f"if({_GIR_DAY},170-70*gt(sin(X*0.9)*sin(Y*1.1),0.3),if({_ACACIA},40"
                       "+10*sin(X/3),if(lt(Y,84),if(gt(Y,76-6*sin(X/40)),120,205-0.45*Y),150"
                       "+22*sin(X/2.3+Y*Y/45)*sin(Y/1.6+N*0.05)+0.2*(Y-84))))",
                       f"if({_GIR_DAY},95,if({_ACACIA},118,if(lt(Y,76),150,92)))",
                       f"if({_GIR_DAY},160,if({_ACACIA},128,if(lt(Y,76),115,150)))"),
    "waterhole-i": _geq(f"if({_ZEBRA},if(gt(sin(X*0.9+Y*0.35),0),230,25),if(lt(Y,58),150+15*sin("
                        "X/3)*sin(Y/2),if(gt(Y,150),110+10*sin(X/4),80+18*sin(X/6+N*0.12+Y*Y/150)"
                        "*sin(Y/1.9-N*0.05)+35*exp(-abs(Y-84)/6)*gt(sin(X*0.9-Y*0.35+N*0.1),0))))",
                        f"if({_ZEBRA},128,if(lt(Y,58),95,if(gt(Y,150),112,140)))",
                        f"if({_ZEBRA},128,if(lt(Y,58),148,if(gt(Y,150),140,120)))"),
    "lion-i": _geq(f"if({_PUPILS},20,if({_L_EYES},90,if({_NOSE},60,if({_MUZZLE},215,if({_L_FACE},"
                   f"178+8*sin(Y/6),if({_EARS},140,if({_MANE},115+35*sin(atan2(Y-96,{_LNX})*21"
                   f"+hypot({_LNX},Y-96)/4+sin(N*0.1)),160+20*sin(X/3+sin(Y/9))*sin(Y/2))))))))",
                   f"if({_L_EYES},80,if({_MUZZLE}+{_NOSE},118,if({_L_FACE}+{_EARS},96,if({_MANE},"
                   "88,95))))",
                   f"if({_L_EYES},160,if({_MUZZLE}+{_NOSE},136,if({_L_FACE}+{_EARS},150,if("
                   f"{_MANE},162,145))))"),
    "herd-i": _geq(f"min(240,if({_HERD},40,if(lt(Y,70),200-0.4*Y,150+10*sin(X/5)*sin(Y/3)))"
                   f"+{_DUSTBAND})",
                   f"if({_HERD},128,if(lt(Y,70),140,100))", f"if({_HERD},135,if(lt(Y,70),120,145))"),
    "dusk-i": _geq(f"if({_GIR_DUSK}+{_ACACIA_D}+gt(Y,128-10*sin(X/50)),10,if(lt(hypot(X-226,"
                   "Y-96),24),250,100+120*(1-Y/150)))",
                   f"if({_GIR_DUSK}+{_ACACIA_D}+gt(Y,128-10*sin(X/50)),128,if(lt(hypot(X-226,"
                   "Y-96),24),110,85))",
                   f"if({_GIR_DUSK}+{_ACACIA_D}+gt(Y,128-10*sin(X/50)),128,if(lt(hypot(X-226,"
                   "Y-96),24),160,185))"),
    "claytable-i": _geq(f"if({_FG_PUPILS},20,if({_FG_EYES},240,if({_FG_HEAD}+{_FG_BODY},192+8*sin("
                        f"X*1.3+Y*1.7),if({_FG_FEET},60,if({_TEAPOT},110,if(gt(Y,108),220-125"
                        f"*{_CLOTH},if(gt(Y,104),90,175+15*gt(sin(X/7)*sin(Y/7),0.5))))))))",
                        f"if({_FG_PUPILS}+{_FG_EYES}+{_FG_FEET},128,if({_FG_HEAD}+{_FG_BODY},80,"
                        f"if({_TEAPOT},170,if(gt(Y,108),128-18*{_CLOTH},118))))",
                        f"if({_FG_PUPILS}+{_FG_EYES}+{_FG_FEET},128,if({_FG_HEAD}+{_FG_BODY},175,"
                        f"if({_TEAPOT},110,if(gt(Y,108),128+62*{_CLOTH},140))))"),
    "clayface-i": _geq(f"if({_C_PUPILS},18,if({_C_EYES},238,if({_C_MOUTH},45,if({_C_NOSE},170,if("
                       f"{_C_HEAD},192+7*sin(X*1.1+Y*0.8)-20*{_CX}/80,85+10*sin(X/40+Y/30))))))",
                       f"if({_C_PUPILS}+{_C_EYES},128,if({_C_MOUTH},118,if({_C_HEAD},88,160)))",
                       f"if({_C_PUPILS}+{_C_EYES},128,if({_C_MOUTH},170,if({_C_HEAD},172,110)))"),
    "claygarden-i": _geq(f"if({_SNAIL},205,if({_SHELL},150-50*{_SPIRAL},if({_FLOWERS},200,if("
                         f"{_STEMS},80,if(lt(Y,40),if(lt(hypot((mod(X,120)-60)/30,(Y-20)/8),1),"
                         "235,195),if(lt(Y,104),if(lt(mod(X,22),16),165,70),115+8*sin(X*0.7)"
                         "*sin(Y*0.9)))))))",
                         f"if({_SNAIL},120,if({_SHELL},110,if({_FLOWERS},128+60*sin(floor(X/64)*2),"
                         "if(lt(Y,40),160,if(lt(Y,104),if(lt(mod(X,22),16),105,100),98)))))",
                         f"if({_SNAIL},140,if({_SHELL},160,if({_FLOWERS},128+60*cos(floor(X/64)*2),"
                         "if(lt(Y,40),112,if(lt(Y,104),if(lt(mod(X,22),16),150,100),104)))))"),
    "clayshed-i": _geq(f"min(250,if({_LAMP},245,if({_SH_FIG},150+35*lt(Y,100)+60*{_CONE},if(lt("
                       "abs(X-160),1)*lt(Y,28),40,18+120*exp(-(Y-34)/130)*"
                       f"{_CONE}+20*lt(mod(X,46),2)*lt(Y,110)+50*gt(Y,124)+40*gt(Y,124)*{_CONE}"
                       "+70*lt(mod(X,30),12)*between(Y,50,70)*lt(X,100)))))",
                       f"if({_SH_FIG},85,100)", f"if({_SH_FIG},170,150)"),
    "credits-i": f"color=c=0x0b0b0b:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=13:"
                 "fontcolor=0xfaf0dc:line_spacing=10:textfile=NINTHREEL:x=(w-tw)/2:y=h-1.9*n",
}
NINTHREEL = "\n".join(["Presiding", "A Wooden Gavel", "", "Submarine Crew", "The Red Watch", "",
                       "Skaters", "The Sidewalk Surfers", "", "Fight Choreography",
                       "The Jade Tiger", "", "Wildlife", "The Long Grass", "",
                       "Clay Animation", "Mister Pudding", "", "With Thanks to",
                       "Big Buck Bunny", "", "The Ninth Reel"])
TEXT_FILES_I = {"NINTHREEL": ("ninthreel.txt", NINTHREEL)}

FX_I = {
    "grain-i": "noise=alls=16:allf=t:all_seed=12000041",
    "grain2-i": "noise=alls=24:allf=t+u:all_seed=12000097",
    "grain3-i": "noise=alls=12:allf=t:all_seed=12000133",
    "grain4-i": "noise=alls=28:allf=t+u:all_seed=12000199",
    "warm-i": "colorbalance=rs=0.07:rm=0.05:bs=-0.07:bm=-0.03,eq=contrast=1.05",
    "flashback-i": "colorchannelmixer=.40:.72:.18:0:.35:.65:.15:0:.27:.52:.12,eq=contrast=0.9,"
                   "gblur=sigma=0.6",
    "seventies-i": "eq=saturation=0.85:contrast=0.92:gamma=1.05,colorbalance=rs=0.08:gs=-0.05"
                   ":bs=0.05:rh=0.06:bh=-0.04",
    "golden-i": "colorbalance=rs=0.1:rm=0.06:bs=-0.1:bm=-0.04,eq=saturation=1.1",
    "claygrade-i": "eq=saturation=1.15:contrast=1.06,colorbalance=rm=0.04:bm=-0.03",
    "flat-i": "scale=320:172,pad=320:180:0:4:black",
    "scope-i": "scale=320:138,pad=320:180:0:21:black",
    "tight-i": "crop=iw*0.58:ih*0.58:iw*0.2:ih*0.16,scale=320:180",
    # A camcorder: 4:3 in the frame, over-saturated, colour fringes, a date stamp; a tracking
    # band rolling down the picture; old film: two scratches.
    "camcorder-i": "eq=saturation=1.3:contrast=1.08,rgbashift=rh=2:bh=-2,scale=240:180,"
                   f"pad=320:180:40:0:black,drawtext=fontfile={FONT}:fontsize=11:"
                   "fontcolor=0xffb030:text='JUN 14 1994':x=204:y=160",
    "tracking-i": "format=yuv420p,geq=lum='min(255,lum(X,Y)+55*lt(abs(Y-mod(N*7,260)+40),3)"
                  "*gt(sin(X*2.3+N*5.1),-0.2))':cb='cb(X,Y)':cr='cr(X,Y)'",
    "scratch-i": "drawbox=x=97:y=0:w=1:h=ih:c=white@0.5:t=fill:enable='lt(mod(n,6),2)',"
                 "drawbox=x=233:y=0:w=2:h=ih:c=black@0.45:t=fill:enable='between(mod(n,9),3,4)'",
    # Camera moves: a slow push-in, a pan along the jury, a follow cam, a fisheye lens, crash
    # zooms in and out centred on MID (the 1970s kind), a slow zoom, a whip pan centred on MID,
    # a telephoto creep, a pan following an animal, a jeep-mounted camera.
    "pushin-i": "zoompan=z='1+0.0045*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.42'"
                ":y='(ih-ih/zoom)*0.38'",
    "jurypan-i": "scale=448:252,crop=320:180:x='min(n*2.4,128)':y=40",
    "follow-i": "scale=384:216,crop=320:180:x='32+26*sin(n*0.11)+5*sin(n*1.3)'"
                ":y='18+7*sin(n*1.7)+5*sin(n*0.4)'",
    "fisheye-i": "lenscorrection=k1=-0.22:k2=-0.04",
    "crashin-i": "zoompan=z='1+1.1/(1+exp((MID-in)*1.3))':d=1:s=320x180:fps=24"
                 ":x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)*0.35'",
    "crashout-i": "zoompan=z='2.1-1.1/(1+exp((MID-in)*1.3))':d=1:s=320x180:fps=24"
                  ":x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)*0.4'",
    "zoomslow-i": "zoompan=z='1+0.009*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.55'"
                  ":y='(ih-ih/zoom)*0.45'",
    "whip-i": "scale=640:360,crop=320:180:x='310-300/(1+exp((MID-n)*1.3))':y='90+10*sin(n*0.4)'",
    "telezoom-i": "zoompan=z='1+0.006*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.6'"
                  ":y='(ih-ih/zoom)*0.45'",
    "track-i": "scale=448:252,crop=320:180:x='max(128-n*1.1,0)':y=36",
    "jeep-i": "scale=352:198,crop=320:180:x='16+5*sin(n*3.9)+3*sin(n*7.3)'"
              ":y='9+5*sin(n*4.7)+2*sin(n*11.1)'",
    "haze-i": "format=yuv420p,geq=lum='lum(X+1.3*sin(Y/2.5+N*1.1),Y+0.6*sin(X/7+N*0.8))'"
              ":cb='cb(X+0.6*sin(Y/1.25+N*1.1),Y)':cr='cr(X+0.6*sin(Y/1.25+N*1.1),Y)'",
    # Around MID: press camera flashes (and small ones in the crowd), a flash in court, the
    # lights dipping as a depth charge goes off and the boat shaking, a red alarm pulse, an
    # explosion on the horizon, the sun flaring into the lens, a bail (the camera knocked), a
    # tape dropout, a flurry of hits and one hit frame, a bird flying past the lens, the set
    # bumped, the lamp flickering off, the exposure of each frame a little off.
    "pressflash-i": "eq=brightness=0.5:contrast=0.85:enable='eq(n,MID-7)+eq(n,MID+4)',"
                    "eq=brightness=0.3:enable='eq(n,MID-1)',drawbox=x=60:y=140:w=8:h=8:c=white"
                    ":t=fill:enable='eq(mod(n,6),2)',drawbox=x=250:y=150:w=7:h=7:c=white:t=fill"
                    ":enable='eq(mod(n,8),5)'",
    "courtflash-i": "eq=brightness=0.55:contrast=0.8:enable='eq(n,MID)',eq=brightness=0.2"
                    ":enable='eq(n,MID+1)'",
    "powerdip-i": "eq=brightness=-0.32:enable='between(n,MID,MID+2)',eq=brightness=-0.14"
                  ":enable='between(n,MID+3,MID+4)'",
    "depthshake-i": "scale=368:207,crop=320:180:x='24+13*sin(n*2.7)*between(n,MID,MID+9)'"
                    ":y='13+8*sin(n*3.4)*between(n,MID,MID+9)'",
    "alarm-i": "eq=brightness='0.07*sin(n*0.55)':eval=frame",
    "flare-i": "eq=brightness=0.4:enable='eq(n,MID)',eq=brightness=0.22:enable='eq(n,MID+1)',"
               "eq=brightness=0.1:enable='eq(n,MID+2)'",
    "sunflare-i": "eq=brightness='0.42*exp(-abs(n-MID)/1.4)':contrast='1-0.25*exp(-abs(n-MID)"
                  "/1.4)':eval=frame",
    "bail-i": "scale=384:216,crop=320:180:x='32+20*sin(n*2.9)*between(n,MID,MID+7)'"
              ":y='18+12*sin(n*3.7)*between(n,MID,MID+7)'",
    "dropout-i": "format=yuv420p,geq=lum='lum(X+16*gt(Y,70)*between(N,MID,MID+1),Y)+40*between("
                 "N,MID,MID+1)*lt(abs(Y-70),2)':cb='cb(X+8*gt(Y,35)*between(N,MID,MID+1),Y)'"
                 ":cr='cr(X+8*gt(Y,35)*between(N,MID,MID+1),Y)'",
    "hits-i": "eq=brightness=0.45:contrast=0.85:enable='eq(n,MID-6)+eq(n,MID)+eq(n,MID+5)'",
    "hit-i": "drawbox=c=white@0.9:t=fill:enable='eq(n,MID)',eq=brightness=0.25:enable='eq(n,MID+1)'",
    "bird-i": "format=yuv420p,geq=lum='lum(X,Y)*(1-0.85*lt(hypot((X-60*(N-MID+4)+40)/46,"
              "(Y-70-6*(N-MID))/20),1)*between(N,MID-4,MID+4))':cb='cb(X,Y)':cr='cr(X,Y)'",
    "bump-i": "scale=344:194,crop=320:180:x='12+10*between(n,MID,MID+1)+4*eq(n,MID+2)'"
              ":y='7+6*between(n,MID,MID+1)+2*eq(n,MID+2)'",
    "lampdip-i": "eq=brightness=-0.28:enable='between(n,MID,MID+1)+between(n,MID+5,MID+6)'",
    "stopflicker-i": "eq=brightness='0.035*sin(n*12.9898)+0.02*sin(n*4.1414)':eval=frame",
}
