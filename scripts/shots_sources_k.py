"""Sources, effects and recipes of held-out-k (clips 66-71), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-65. Drawn scenes for six more kinds of
film: a church aisle with the bride walking up it, the rings on a cushion, the cake by
candlelight, the first dance under moving coloured spots, a portrait in a garden and a toast (a
wedding video); a skyline going from day to night with its windows lighting up, clouds racing
past a tower, a crossing seen from above, light trails of a night street, a bridge with blinking
lights and a sunrise over a harbour, all with time-lapse flicker (a city time-lapse); an
instructor doing jumping jacks in a pastel studio, a row of exercisers, leg warmers stepping, a
close-up in a headband and a chrome logo, on worn tape with chroma bleed and tracking noise (a
1980s VHS aerobics workout); an ant on a leaf in dappled light, a bee on a flower, a beetle on
dark bark, dew drops, a moth round a lamp at night and a caterpillar on a twig (an insect macro
documentary); a weather map with a presenter and a ticker, a satellite spiral, a five-day chart,
the studio, a reporter in the rain and a radar sweep (a weather forecast); a striped booth with
two puppets, its curtain opening, a puppet's face, the children watching, a shadow play and a
crocodile snapping (a puppet show).
"""

from shots_lavfi import FONT, SERIF, geq as _geq, text as _text
from shots_recipes import S


# A wedding video.
_BY = "min(70+0.22*N,150)"
_BS = f"(({_BY}-56)/60)"
_BRIDE = (f"(lt(abs(X-160),{_BS}*(Y-{_BY}+40*{_BS})*0.4+1)*between(Y,{_BY}-40*{_BS},{_BY})"
          f"+lt(hypot(X-160,Y-{_BY}+46*{_BS}),5*{_BS}))")
_CARPET = "lt(abs(X-160),4+(Y-60)*0.45)*gt(Y,60)"
_PEWS = "gt(Y,66)*lt(abs(X-160),20+(Y-60)*1.6)*lt(mod(300/(Y-54),1),0.55)"
_RING1 = "between(hypot(X-132,(Y-98)*1.7),26,35)"
_RING2 = "between(hypot(X-184,(Y-104)*1.5),24,32)"
_GLINT = "exp(-hypot(X-118-70*sin(N*0.045),(Y-88)*1.5)/7)"
_TIER = ("(between(X,110,210)*between(Y,110,140)+between(X,125,195)*between(Y,84,110)"
         "+between(X,140,180)*between(Y,62,84))")
_FLAME = "exp(-hypot((mod(X,60)-30)*1.6,Y-36-2*sin(N*1.9+floor(X/60)))/5)"
_SP1 = "exp(-hypot(X-160-110*sin(N*0.06),(Y-120-30*cos(N*0.05))*1.4)/38)"
_SP2 = "exp(-hypot(X-160+100*sin(N*0.045+1),(Y-110+26*sin(N*0.07))*1.4)/34)"
_COUPLE = "lt(hypot((X-160)/(18+8*abs(sin(N*0.09))),(Y-110)/40),1)+lt(hypot(X-160-5*sin(N*0.09),Y-62),9)"
_BOKEH = "lt(hypot(mod(X+N*0.4,44)-22,mod(Y+floor((X+N*0.4)/44)*13,38)-19),11)"
_GHEAD1 = "lt(hypot((X-135-3*sin(N*0.05))/18,(Y-72)/23),1)"
_GHEAD2 = "lt(hypot((X-190-3*sin(N*0.05))/17,(Y-66)/22),1)"
_VEIL = "lt(hypot((X-190-3*sin(N*0.05))/34,(Y-80)/62),1)*gt(Y,44)"
_GLASS_Y = "(74+22*sin(N*0.035))"
_GLASS = f"lt(abs(X-148),6-0.1*(Y-{_GLASS_Y}))*between(Y,{_GLASS_Y},{_GLASS_Y}+18)"
_MAN = "(lt(hypot(X-110,Y-56),15)+lt(hypot((X-110)/40,(Y-140)/70),1))"
_SHIRT = "lt(abs(X-110),6+0.1*(Y-72))*between(Y,72,130)"

# A city time-lapse.
_DAY = "max(0,1-N/420)"
_BH = "(50+80*abs(sin(floor(X/22)*3.7+1)))"
_BLDG = f"gt(Y,180-{_BH})"
_WIN = "lt(mod(X,5),3)*lt(mod(Y,7),4)*gt(mod(X,22),3)*lt(mod(X,22),19)"
_LIT = f"gt(sin(floor(X/5)*7.13+floor(Y/7)*3.31)+1.2*{_DAY},0.7)"
_FASTCLOUD = "gt(sin((X+N*7)/43+sin(Y/21))*cos(Y/17+N*0.015),0.35)"
_TOWER = "(lt(abs(X-160),20+0.05*Y)*gt(Y,30)+lt(abs(X-160),1.5)*between(Y,4,30))"
_LANE1 = "lt(mod(X-N*5,90),24)*between(Y,73,85)"
_LANE2 = "lt(mod(X+N*4,110),28)*between(Y,95,107)"
_LANE3 = "lt(mod(Y-N*3,76),22)*between(X,145,157)"
_ROADS = "(between(Y,68,112)+between(X,138,182))"
_ZEBRA = ("(lt(mod(X,8),4)*(between(Y,56,66)+between(Y,114,124))*between(X,138,182)"
          "+lt(mod(Y,8),4)*(between(X,126,136)+between(X,184,194))*between(Y,68,112))")
_TR1 = "lt(abs(Y-110-pow(X-160,2)/700),1.6)"
_TR2 = "lt(abs(Y-118-pow(X-150,2)/520),1.4)"
_TRDASH = "(0.65+0.35*sin((X+N*23)/6))"
_DECK = "between(Y,88,94)"
_PYLON = "(lt(abs(X-100),4)+lt(abs(X-230),4))*between(Y,30,110)"
_CABLE = ("lt(abs(Y-30-abs(X-100)*0.55),1)*lt(abs(X-100),70)*lt(Y,90)"
          "+lt(abs(Y-30-abs(X-230)*0.55),1)*lt(abs(X-230),70)*lt(Y,90)")
_BLINK = "(lt(hypot(X-100,Y-27),3)+lt(hypot(X-230,Y-27),3))*gt(sin(N*0.5),0)"
_SUNY = "(150-0.25*N)"
_CRANE = ("(lt(abs(X-60),3)*between(Y,40,130)+lt(abs(Y-42),2)*between(X,30,120)"
          "+lt(abs(X-250),3)*between(Y,56,130)+lt(abs(Y-58),2)*between(X,200,300))")

# A VHS aerobics workout.
_JJ = "abs(sin(N*0.25))"
_IY = f"(96-8*{_JJ})"
_INSTR = (f"(lt(hypot(X-160,Y-{_IY}+38),8)+lt(hypot((X-160)/11,(Y-{_IY}+10)/22),1)"
          f"+lt(abs(Y-{_IY}+24+abs(X-160)*(1.2-2.4*{_JJ})),2.5)*between(abs(X-160),8,38)"
          f"+lt(abs(abs(X-160)-(Y-{_IY}-10)*(0.1+0.5*{_JJ})),3)*between(Y,{_IY}+10,{_IY}+52))")
_LEOTARD = f"lt(hypot((X-160)/11,(Y-{_IY}+10)/22),1)"
_RX = "(mod(X,64)-32)"
_RB = "(6*abs(sin(N*0.3+floor(X/64)*0.7)))"
_ROW = (f"(lt(hypot({_RX},Y-70+{_RB}),7)+lt(hypot({_RX}/10,(Y-98+{_RB})/20),1)"
        f"+lt(abs(abs({_RX})-5),3)*between(Y,114-{_RB},150))")
_LEG1 = "lt(abs(X-118-6*sin(N*0.5)),15)*lt(Y,158-18*max(sin(N*0.5),0))"
_LEG2 = "lt(abs(X-204+6*sin(N*0.5)),15)*lt(Y,158-18*max(-sin(N*0.5),0))"
_SHOE1 = "lt(hypot((X-122-6*sin(N*0.5))/24,(Y-164+18*max(sin(N*0.5),0))/10),1)"
_SHOE2 = "lt(hypot((X-200+6*sin(N*0.5))/24,(Y-164+18*max(-sin(N*0.5),0))/10),1)"
_FX0 = "(X-160-6*sin(N*0.5))"
_FY0 = "(Y-4*abs(sin(N*0.5)))"
_FACE = f"lt(hypot({_FX0}/34,({_FY0}-96)/44),1)"
_HAIR = f"lt(hypot({_FX0}/62,({_FY0}-80)/58),1)"
_BAND = f"lt(abs({_FY0}-66+0.002*pow({_FX0},2)),5)*lt(abs({_FX0}),40)"
_SMILE = f"lt(abs({_FY0}-116-0.012*pow({_FX0},2)),2)*lt(abs({_FX0}),14)"
_EYES = f"lt(hypot(abs({_FX0})-13,{_FY0}-90),3.5)"

# An insect macro documentary.
_LV = "(Y-95-0.15*(X-160))"
_LEAF = f"lt(hypot((X-160)/150,{_LV}/58),1)"
_VEIN = f"(lt(abs({_LV}),1.5)+lt(abs(mod(X+{_LV}*0.9,30)-15),0.9))"
_AX = "(40+0.9*N)"
_ANT = (f"(lt(hypot((X-{_AX})/6,(Y-97-0.15*({_AX}-160))/4),1)+lt(hypot(X-{_AX}-9,Y-97-0.15*({_AX}-151)),3.5)"
        f"+lt(hypot((X-{_AX}+11)/7,(Y-97-0.15*({_AX}-171))/5),1))")
_DAPPLE = "gt(sin(X/23+N*0.05)*sin(Y/19-N*0.04),0.35)"
_FR = "hypot(X-150,Y-100)"
_FTH = "atan2(Y-100,X-150)"
_PETAL = f"lt({_FR},74*(0.55+0.45*abs(cos(3*{_FTH}))))"
_BX = "(X-150-22*sin(N*0.09))"
_BYY = "(Y-82-8*sin(N*0.13))"
_BEE = f"lt(hypot({_BX}/22,{_BYY}/12),1)"
_WING = f"lt(hypot(({_BX}+4)/16,({_BYY}+16)/9),1)"
_BTX = "(X-120-0.3*N)"
_BEETLE = f"lt(hypot({_BTX}/42,(Y-96)/30),1)"
_BHEAD = f"lt(hypot(({_BTX}-46)/12,(Y-96)/14),1)"
_DROP1 = "hypot(X-110,Y-60-0.15*N)"
_DROP2 = "hypot(X-210,Y-100)"
_BLADE = "(lt(abs(X-100-0.4*(Y-90)),18)+lt(abs(X-220+0.3*(Y-90)),14))"
_MX = "(220+50*cos(N*0.21))"
_MY = "(62+30*sin(N*0.27))"
_MOTH = f"lt(hypot((X-{_MX})/(10+8*abs(sin(N*1.3))),(Y-{_MY})/7),1)"
_CX = "(100+0.4*N)"
_CATY = f"(112-12*max(sin((X-{_CX})/12-N*0.2),0))"
_CAT = f"lt(abs(Y-{_CATY}),9)*between(X,{_CX}-60,{_CX}+60)"
_TWIG = "lt(abs(Y-126-0.1*(X-160)),6)"

# A weather forecast.
_LAND = "gt(sin(X/40)*cos(Y/30)+0.8*sin((X+Y)/55),-0.15)*between(X,100,300)*between(Y,10,172)"
_ISO = "lt(abs(mod(hypot(X-250-0.2*N,Y-60)/17,1)-0.5),0.05)"
_WCLOUD = "gt(sin((X-N*1.2)/35)*sin(Y/28+1),0.55)*gt(X,90)"
_PRES = "(lt(hypot(X-50,Y-52),12)+lt(hypot((X-50)/26,(Y-130)/64),1))"
_PARM = "lt(abs(Y-96+(X-60)*(0.3+0.3*sin(N*0.06))),3)*between(X,60,96)"
_SR = "hypot(X-170,Y-90)"
_SPIRAL = f"gt(sin(3*atan2(Y-90,X-170)+{_SR}/18-N*0.05),0.25)*exp(-{_SR}/110)"
_RAIN = "lt(mod(X+Y*0.25-N*2,17),0.9)*lt(mod(Y+N*22+floor((X+Y*0.25-N*2)/17)*37,60),22)"
_UMB = "lt(hypot((X-170)/44,(Y-70)/30),1)*lt(Y,72)"
_REP = "(lt(hypot(X-170,Y-84),10)+lt(hypot((X-170)/22,(Y-140)/48),1))"
_RANG = "mod(atan2(Y-90,X-160)-N*0.15,2*PI)"
_ECHO = "gt(sin(X/13+sin(Y/9))*sin(Y/11+X/31),0.55)*lt(hypot(X-160,Y-90),84)"
_RRING = "lt(abs(mod(hypot(X-160,Y-90),28)-14),0.6)*lt(hypot(X-160,Y-90),86)"

# A puppet show.
_OPEN = "between(X,70,250)*between(Y,34,118)"
_P1X = "(124+12*sin(N*0.08))"
_P1Y = "(80+6*sin(N*0.31))"
_P2X = "(204-10*sin(N*0.07))"
_P2Y = "(84+6*sin(N*0.27+1))"
_PUP1 = f"(lt(hypot(X-{_P1X},Y-{_P1Y}),13)+lt(hypot((X-{_P1X})/16,(Y-{_P1Y}-30)/20),1))"
_PUP2 = f"(lt(hypot(X-{_P2X},Y-{_P2Y}),12)+lt(hypot((X-{_P2X})/15,(Y-{_P2Y}-30)/20),1))"
_HAT = f"lt(abs(X-{_P1X}),10-0.5*({_P1Y}-Y))*between(Y,{_P1Y}-30,{_P1Y}-10)"
_CUR = "(84*min(N/44,1))"
_CURT = f"(lt(X,160-{_CUR})+gt(X,160+{_CUR}))*{_OPEN}"
_PFX = "(X-160-8*sin(N*0.12))"
_PFACE = f"lt(hypot({_PFX}/70,(Y-96)/74),1)"
_PEYE = f"lt(hypot(abs({_PFX})-26,Y-74),13)"
_PUPIL = f"lt(hypot(abs({_PFX})-26-4*sin(N*0.07),Y-76),5)"
_PMOUTH = f"lt(hypot({_PFX}/26,(Y-132)/(3+9*abs(sin(N*0.4)))),1)"
_PNOSE = f"lt(hypot({_PFX},Y-104),10)"
_KX = "(mod(X,40)-20)"
_KB = "(3*sin(N*0.2+floor(X/40)*1.9))"
_KIDS = f"(lt(hypot({_KX},Y-96+{_KB}),14)+lt(hypot({_KX},Y-140+{_KB}),17)*gt(Y,120))"
_SCREEN = "between(X,30,290)*between(Y,20,160)"
_SHX = "(80+1.3*N)"
_SHAPE = (f"(lt(hypot((X-{_SHX})/34,(Y-94)/14),1)+lt(hypot(X-{_SHX}-34,Y-84),10)"
          f"+lt(abs(Y-88+(X-{_SHX}+10)*(0.6*sin(N*0.3))),3)*between(X,{_SHX}-30,{_SHX}+10))")
_CRX = "(X-140-30*sin(N*0.05))"
_JAW = "(10+14*abs(sin(N*0.35)))"
_SNOUT = f"lt(abs(Y-90+{_JAW}*max({_CRX},0)/110),10)*between({_CRX},-40,110)"
_LOWJ = f"lt(abs(Y-110-{_JAW}*max({_CRX},0)/110),8)*between({_CRX},-40,110)"
_TEETH = (f"lt(mod({_CRX},10),5)*between({_CRX},0,100)*(lt(abs(Y-98+{_JAW}*{_CRX}/110),3)"
          f"+lt(abs(Y-102-{_JAW}*{_CRX}/110),3))")
_CRHEAD = f"lt(hypot(({_CRX}+50)/40,(Y-104)/34),1)"
_CREYE = f"lt(hypot({_CRX}+40,Y-72),8)"

LAVFI_K = {
    # A wedding video.
    "aisle-k": _geq(f"if({_BRIDE},236,if({_CARPET},80,if({_PEWS},50+20*lt(mod(X,9),1),"
                    "if(lt(Y,60),if(lt(mod(X+20,46),14)*between(Y,10,52),230,150-20*lt(mod(X,46),2)),"
                    "120))))",
                    f"if({_BRIDE},128,if({_CARPET},112,if({_PEWS},110,if(lt(Y,60),120,126))))",
                    f"if({_BRIDE},130,if({_CARPET},190,if({_PEWS},150,if(lt(Y,60),134,136))))"),
    "rings-k": _geq(f"min(252,if({_RING1}+{_RING2},150+50*sin(X/9+Y/13),190+18*sin(X/7+Y/23)"
                    f"-25*exp(-hypot(X-160,Y-150)/60))+140*{_GLINT}*({_RING1}+{_RING2}))",
                    f"if({_RING1}+{_RING2},78,122)", f"if({_RING1}+{_RING2},150,134)"),
    "cake-k": _geq(f"min(252,if({_TIER}*between(X,30,290),if(lt(mod(Y,26),3),160,214),"
                   f"if(gt(Y,140),170-10*lt(mod(X,12),1),22+14*exp(-hypot(X-160,Y-60)/90)))"
                   f"+200*{_FLAME}*between(X,120,200))",
                   f"if({_TIER},124,if(gt(Y,140),126,108))",
                   f"if({_TIER},134,if(gt(Y,140),130,150))"),
    "dance-k": _geq(f"min(250,if({_COUPLE},12+20*{_SP1},16+5*lt(mod(X+Y,30),1)+190*{_SP1}+170*{_SP2}))",
                    f"128+60*{_SP2}-30*{_SP1}", f"128+70*{_SP1}-20*{_SP2}"),
    "garden-k": _geq(f"if({_GHEAD1},170,if({_VEIL},232,if({_GHEAD2},182,if(gt(Y,120)*lt(abs(X-160),70),"
                     f"40,90+60*{_BOKEH}+20*sin(Y/30)))))",
                     f"if({_GHEAD1}+{_GHEAD2},110,if({_VEIL},128,if(gt(Y,120),130,96)))",
                     f"if({_GHEAD1}+{_GHEAD2},150,if({_VEIL},130,if(gt(Y,120),126,110)))"),
    "toast-k": _text(_geq(f"if({_GLASS},210,if({_SHIRT},225,if({_MAN},30,if(gt(Y,150),200,"
                          "60+50*lt(hypot(mod(X,36)-18,mod(Y,30)-15),9)+30*sin(X/40)))))",
                          f"if({_GLASS},110,if({_MAN}+{_SHIRT},128,if(gt(Y,150),128,112)))",
                          f"if({_GLASS},132,if({_MAN}+{_SHIRT},128,if(gt(Y,150),128,148)))"),
                     "Best man", 11, 200, 150, "white@0.8"),
    # A city time-lapse.
    "skyline-k": _geq(f"if({_BLDG},if({_WIN}*{_LIT},230-30*{_DAY},30+70*{_DAY}),"
                      f"min(245,30+150*{_DAY}+0.3*(180-Y)*{_DAY}+50*{_FASTCLOUD}*(0.3+{_DAY})))",
                      f"if({_BLDG}*{_WIN}*{_LIT},104,if({_BLDG},126,150-22*{_DAY}))",
                      f"if({_BLDG}*{_WIN}*{_LIT},160,if({_BLDG},130,120+40*(1-{_DAY})*{_DAY}))"),
    "clouds-k": _geq(f"if({_TOWER},90+50*sin(N*0.11)+30*lt(mod(Y,10),2),if(gt(Y,150),50,"
                     f"min(250,120+0.4*Y+100*{_FASTCLOUD})))",
                     f"if({_TOWER}+gt(Y,150),126,if({_FASTCLOUD},126,156))",
                     f"if({_TOWER}+gt(Y,150),130,if({_FASTCLOUD},128,110))"),
    "crossing-k": _geq(f"if({_LANE1}+{_LANE2}+{_LANE3},70+120*abs(sin(floor((X-N*5)/90)*2.1"
                       f"+floor((Y-N*3)/76)*1.3)),if({_ZEBRA},220,if({_ROADS},80,"
                       "if(lt(mod(X+Y,18),2),150,110+40*gt(X+0.6*Y,250+0.3*N)))))",
                       f"if({_LANE1}+{_LANE2}+{_LANE3},128+70*sin(floor((X-N*5)/90)*1.7),"
                       f"if({_ROADS},128,110))",
                       f"if({_LANE1}+{_LANE2}+{_LANE3},128+70*cos(floor((X+N*4)/110)*2.9),"
                       f"if({_ROADS},128,120))"),
    "trails-k": _geq(f"min(250,if({_TR1},230*{_TRDASH},if({_TR2},150*{_TRDASH},"
                     "if(lt(Y,100)*lt(mod(X,50),38),if(lt(mod(X,5),2)*lt(mod(Y,7),3)*gt(sin(X*1.7+Y*2.9)"
                     ",0.5),190,22),8+10*(Y/180)))))",
                     f"if({_TR2},100,if({_TR1},126,124))", f"if({_TR2},200,if({_TR1},134,130))"),
    "bridge-k": _geq(f"min(250,if({_BLINK},240,if({_PYLON}+{_DECK},if(lt(mod(X,8),2)*{_DECK},200,40),"
                     f"if({_CABLE},110,if(gt(Y,110),if(lt(mod(X,8),2)*gt(sin(Y*1.3+N*0.4),0.2),"
                     "120,12),14+12*(1-Y/110))))))",
                     f"if({_BLINK},90,if(gt(Y,110),120,134))", f"if({_BLINK},220,if(gt(Y,110),130,124))"),
    "sunrise-k": _geq(f"min(250,if(lt(hypot(X-200,Y-{_SUNY}),18),250,if({_CRANE},20,if(gt(Y,130),"
                      f"50+0.2*N+80*exp(-abs(X-200)/20)*gt(sin(Y*2.1+N*0.5+X/7),0.3),"
                      f"min(240,40+0.35*N+0.6*Y+60*exp(-hypot(X-200,Y-{_SUNY})/60))))))",
                      f"if({_CRANE},128,if(gt(Y,130),118,96))",
                      f"if({_CRANE},128,if(gt(Y,130),140,170))"),
    # A VHS aerobics workout.
    "studio-k": _geq(f"if({_INSTR},if({_LEOTARD},150,190),if(gt(Y,134),150-40*lt(mod(X+(X-160)*(Y-134)"
                     "/40,40),3)-30*lt(mod(Y,11),2),200-30*lt(mod(X-Y,60),10)+20*lt(abs(Y-40),3)))",
                     f"if({_LEOTARD},150,if({_INSTR},110,if(gt(Y,134),120,118)))",
                     f"if({_LEOTARD},220,if({_INSTR},150,if(gt(Y,134),140,165-30*lt(mod(X-Y,60),10))))"),
    "rows-k": _geq(f"if({_ROW},160,if(gt(Y,150),110-20*lt(mod(Y,7),1),180+20*lt(mod(X,64),2)))",
                   f"if({_ROW},100+60*sin(floor(X/64)*2.3),if(gt(Y,150),126,150))",
                   f"if({_ROW},160+50*cos(floor(X/64)*1.7),if(gt(Y,150),140,150))"),
    "legs-k": _geq(f"if({_SHOE1}+{_SHOE2},240,if({_LEG1}+{_LEG2},if(between(Y,84,146),"
                   "150+40*lt(mod(Y,6),3),170),if(gt(Y,168),90,120+40*sin(X/30))))",
                   f"if(({_LEG1}+{_LEG2})*between(Y,84,146),70,if({_LEG1}+{_LEG2},112,128))",
                   f"if(({_LEG1}+{_LEG2})*between(Y,84,146),200,if({_LEG1}+{_LEG2},150,150))"),
    "closeup-k": _geq(f"if({_EYES},30,if({_SMILE},60,if({_BAND},220,if({_FACE},180,if({_HAIR},"
                      "120+30*sin(X/3+Y/5),170+30*sin(Y/40))))))",
                      f"if({_BAND},60,if({_FACE},110,if({_HAIR},100,140)))",
                      f"if({_BAND},80,if({_FACE},150,if({_HAIR},150,190)))"),
    "logo-k": _text(_geq("if(gt(Y,110),20+180*lt(abs(mod((X-160)*40/(Y-100),40)-20),1.5)"
                         "+180*lt(mod(900/(Y-100)+N*0.4,8),0.6),40+0.8*Y)",
                         "if(gt(Y,110),190,200-0.6*Y)", "if(gt(Y,110),190,150+0.5*Y)"),
                    "GET PHYSICAL 86", 30, "(w-tw)/2", 46, "0xf0f0ff", ":borderw=2:bordercolor=0xff40c0"),
    # An insect macro documentary.
    "leaf-k": _geq(f"if({_ANT},20,if({_LEAF},if({_VEIN},150,100+10*sin(X/5+Y/7))+60*{_DAPPLE},"
                   "36+18*sin(X/30)*sin(Y/25)))",
                   f"if({_ANT},120,if({_LEAF},80,100))", f"if({_ANT},140,if({_LEAF},108,112))"),
    "bee-k": _geq(f"min(250,if({_WING},200+30*sin(N*3.1),if({_BEE},if(lt(mod({_BX},12),5),30,190),"
                  f"if(lt({_FR},22),100+50*lt(mod(X,6)+mod(Y,6),3),if({_PETAL},170+30*cos(6*{_FTH}),"
                  "60+20*sin(X/40+Y/50))))))",
                  f"if({_WING},128,if({_BEE},60,if(lt({_FR},22),70,if({_PETAL},160,110))))",
                  f"if({_WING},128,if({_BEE},160,if(lt({_FR},22),150,if({_PETAL},190,118))))"),
    "beetle-k": _geq(f"if({_BHEAD},14,if({_BEETLE},30+60*exp(-hypot({_BTX}+12,Y-84)/10)"
                     f"+14*lt(abs({_BTX}),1),24+12*sin(X/7+3*sin(Y/11))))",
                     f"if({_BEETLE},140,118)", f"if({_BEETLE},110,136)"),
    "dew-k": _geq(f"min(250,if(lt({_DROP1},22),60+150*exp(-hypot(X-102,Y-52-0.15*N)/5)+60*gt({_DROP1},18),"
                  f"if(lt({_DROP2},16),70+150*exp(-hypot(X-204,Y-94)/4),if({_BLADE},110+20*sin(X/3),"
                  "40+20*sin(Y/37)))))",
                  f"if({_BLADE},84,110)", f"if({_BLADE},104,116)"),
    "moth-k": _geq(f"min(250,if({_MOTH},150,6+230*exp(-hypot(X-220,Y-44)/14)+50*exp(-hypot(X-220,Y-44)/60)))",
                   "if(lt(hypot(X-220,Y-44),40),110,128)", "if(lt(hypot(X-220,Y-44),40),150,128)"),
    "caterpillar-k": _geq(f"if({_CAT},if(lt(mod(X-{_CX},12),2),40,140+30*lt(abs(Y-{_CATY}+4),2)),"
                          f"if({_TWIG},70+10*sin(X/2),150+30*sin(X/50+Y/40)))",
                          f"if({_CAT},80,if({_TWIG},118,104))", f"if({_CAT},100,if({_TWIG},140,120))"),
    # A weather forecast.
    "map-k": _text(_geq(f"min(250,if({_PRES}+{_PARM},if(lt(hypot(X-50,Y-52),12),170,40),"
                        f"if({_ISO},240,if({_LAND},110,60))+130*{_WCLOUD}))",
                        f"if({_PRES}+{_PARM},128,if({_LAND},90,190))",
                        f"if({_PRES}+{_PARM},136,if({_LAND},96,90))"),
                   "TONIGHT  RAIN IN THE NORTH  LOW 6C", 11, "w-mod(n*3\\,w+tw)", 164, "white",
                   ":box=1:boxcolor=0x102050@0.8"),
    "satellite-k": _geq(f"min(250,30+200*{_SPIRAL}+30*gt(sin(X/25)*cos(Y/20),0.6))",
                        "128", "128"),
    "chart-k": _text(_text(_geq("if(between(mod(X,64),6,58)*between(Y,30,150),if(lt(hypot(mod(X,64)-32,"
                                "Y-66),14)*lt(sin(floor(X/64)*2.1),0),230,if(lt(hypot((mod(X,64)-32)/20,"
                                "(Y-66)/11),1),190,70+20*sin(Y/20+N*0.02))),40+0.3*Y)",
                                "if(lt(hypot(mod(X,64)-32,Y-66),14)*lt(sin(floor(X/64)*2.1),0),40,170)",
                                "if(lt(hypot(mod(X,64)-32,Y-66),14)*lt(sin(floor(X/64)*2.1),0),160,110)"),
                           "MON    TUE    WED    THU    FRI", 13, 16, 36),
                     "12     9     14     7     11", 18, 26, 110, "0xffe080"),
    "studio2-k": _geq("if(between(X,180,300)*between(Y,30,110),if(gt(sin(X/40)*cos(Y/30),-0.1),120,70),"
                      "if(lt(hypot(X-120,Y-62),11)+lt(hypot((X-120)/22,(Y-118)/50),1),50,"
                      "if(gt(Y,130),140-30*lt(mod(X,30),2),60+40*lt(mod(X,60),4)*lt(Y,16)+30*sin(X/60))))",
                      "if(between(X,180,300)*between(Y,30,110),if(gt(sin(X/40)*cos(Y/30),-0.1),90,190),120)",
                      "if(between(X,180,300)*between(Y,30,110),if(gt(sin(X/40)*cos(Y/30),-0.1),96,90),138)"),
    "rain-k": _text(_geq(f"min(250,if({_UMB},24,if({_REP},if(lt(hypot(X-170,Y-84),10),150,60),"
                         "if(gt(Y,140),50+30*sin(X/6+N*0.3)*lt(mod(Y,4),1),70-0.2*Y)))"
                         f"+90*{_RAIN})",
                         f"if({_REP},120,124)", f"if({_REP},140,130)"),
                    "LIVE  HARBOUR ROAD", 11, 10, 10, "white", ":box=1:boxcolor=0xc02020@0.9"),
    "radar-k": _geq(f"min(250,14+160*exp(-{_RANG}*2)*lt(hypot(X-160,Y-90),86)+80*{_RRING}"
                    f"+120*{_ECHO}*(0.4+0.6*exp(-{_RANG})))",
                    f"if({_ECHO},60,100)", f"if({_ECHO},90,100)"),
    # A puppet show.
    "booth-k": _geq(f"if({_HAT},40,if({_PUP1},if(lt(Y,{_P1Y}+12),200,120),if({_PUP2},if(lt(Y,{_P2Y}+12),"
                    f"190,70),if({_OPEN},90+30*(Y/118),if(between(Y,118,130),110,"
                    "if(lt(mod(X,24),12),210,120))))))",
                    f"if({_PUP1}+{_PUP2},if(lt(Y,{_P1Y}+12),110,150),if({_OPEN},190,if(lt(mod(X,24),12)"
                    "+between(Y,118,130),128,100)))",
                    f"if({_PUP1}+{_PUP2},if(lt(Y,{_P1Y}+12),150,90),if({_OPEN},100,if(lt(mod(X,24),12)"
                    "+between(Y,118,130),128,200)))"),
    "curtain-k": _geq(f"if({_CURT},80+30*sin(X/4),if({_PUP2}*{_OPEN},180,if({_OPEN},100+30*(Y/118),"
                      "if(lt(mod(X,24),12),210,120))))",
                      f"if({_CURT},110,if({_OPEN},180,if(lt(mod(X,24),12),128,100)))",
                      f"if({_CURT},210,if({_OPEN},100,if(lt(mod(X,24),12),128,200)))"),
    "puppetface-k": _geq(f"if({_PUPIL},20,if({_PEYE},235,if({_PNOSE},120,if({_PMOUTH},50,if({_PFACE},"
                         "190,if(lt(Y,30),60,100+20*sin(X/20)))))))",
                         f"if({_PNOSE}+{_PMOUTH},100,if({_PFACE},110,150))",
                         f"if({_PNOSE}+{_PMOUTH},210,if({_PFACE},150,100))"),
    "kids-k": _geq(f"if({_KIDS},if(lt(Y,100+{_KB})*lt(abs({_KX}),8)*gt(Y,90),70,30+15*sin(floor(X/40))),"
                   "12+30*exp(-Y/60))",
                   "if(lt(Y,80),140,124)", "if(lt(Y,80),100,134)"),
    "shadow-k": _geq(f"if({_SCREEN},if({_SHAPE},16,70+150*exp(-pow(hypot(X-160,Y-90)/130,2))),8)",
                     f"if({_SCREEN}*not({_SHAPE}),100,128)", f"if({_SCREEN}*not({_SHAPE}),160,128)"),
    "croc-k": _geq(f"if({_CREYE},240,if({_TEETH},250,if({_SNOUT}+{_LOWJ}+{_CRHEAD},"
                   f"70+30*lt(mod(X+Y,14),3),if(lt(Y,150),60+0.6*Y,110))))",
                   f"if({_SNOUT}+{_LOWJ}+{_CRHEAD},90,if(lt(Y,150),190,120))",
                   f"if({_SNOUT}+{_LOWJ}+{_CRHEAD},90,if(lt(Y,150),100,150))"),
    "credits-k": f"color=c=0x0a0806:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=13:"
                 "fontcolor=0xf4ecd8:line_spacing=10:textfile=ELEVENREEL:x=(w-tw)/2:y=h-2.1*n",
}
ELEVENREEL = "\n".join(["Videography", "Uncle Pete", "", "Time-lapse", "The Long Night", "",
                        "Aerobics", "Miss Leotard", "", "Macro Lens", "The Ant", "",
                        "Weather", "Low Pressure", "", "Puppets", "Mister Punch", "",
                        "The Eleventh Reel"])
TEXT_FILES_K = {"ELEVENREEL": ("eleventhreel.txt", ELEVENREEL)}

FX_K = {
    "grain-k": "noise=alls=12:allf=t:all_seed=14000023",
    "grain2-k": "noise=alls=20:allf=t+u:all_seed=14000071",
    "grain3-k": "noise=alls=16:allf=t:all_seed=14000113",
    "grain4-k": "noise=alls=24:allf=t+u:all_seed=14000167",
    "tight-k": "crop=iw*0.6:ih*0.6:iw*0.2:ih*0.2,scale=320:180",
    "closer-k": "crop=iw*0.52:ih*0.52:iw*0.26:ih*0.16,scale=320:180",
    "angle2-k": "crop=iw*0.84:ih*0.84:iw*0.04:ih*0.12,scale=320:180",
    # A wedding video: warm and soft, a vignette, a date in the corner.
    "warm-k": "eq=saturation=1.05:gamma=1.08,colorbalance=rs=0.06:rm=0.04:bs=-0.05,vignette=PI/5",
    "date-k": f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=0xfff0c0:text='14.06.2025':x=w-70:y=h-16",
    # A time-lapse: exposure flicker from frame to frame, a clock in the corner.
    "tlflicker-k": "eq=brightness='0.035*sin(n*2.7)+0.025*sin(n*5.3+1)':eval=frame",
    "clock-k": f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=white:"
               "text='%{eif\\:18+floor(n/40)\\:d}h%{eif\\:mod(n*3\\,120)/2\\:d}':x=8:y=h-16",
    # A VHS tape: chroma bleed, soft, oversaturated, the head-switching band, a rep counter.
    "vhs-k": "chromashift=cbh=4:crh=-3,gblur=sigma=1.1:sigmaV=0.3,eq=saturation=1.35,"
             "drawbox=x=0:y=ih-7:w=iw:h=7:c=black@0.5:t=fill,noise=alls=10:allf=t:all_seed=14000211",
    "reps-k": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=0x40ffff:text='REPS %{{eif\\:n/12+1\\:d}}'"
              ":x=w-64:y=10",
    # A weather forecast and a puppet show: clean, a warm stage.
    "broadcast-k": "eq=saturation=1.1:contrast=1.05",
    "stage-k": "eq=contrast=1.08,colorbalance=rs=0.05:gs=0.02:bh=0.03",
    # A macro lens: greener, soft edges.
    "macro-k": "eq=saturation=1.15,colorbalance=gm=0.03,vignette=PI/4.5",
    # Camera moves: handheld sway, a slow push-in, wind swaying the stem, a hyperlapse push,
    # a tilt down, a slow zoom out.
    "handheld-k": "scale=344:194,crop=320:180:x='12+6*sin(n*0.23)+2*sin(n*1.3)':y='7+3*sin(n*0.41)'",
    "pushin-k": "zoompan=z='1+0.005*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5'"
                ":y='(ih-ih/zoom)*0.5'",
    "wind-k": "scale=360:203,crop=320:180:x='20+16*sin(n*0.13)+4*sin(n*0.57)':y='11+6*sin(n*0.19)'",
    "hyper-k": "zoompan=z='1+0.012*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.45'"
               ":y='(ih-ih/zoom)*0.5'",
    "tiltdown-k": "scale=320:260,crop=320:180:x=0:y='min(n*1.4,80)'",
    "zoomout-k": "zoompan=z='1.4-0.007*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5'"
                 ":y='(ih-ih/zoom)*0.4'",
    # Around MID: camera flashes of the guests, the dance-floor lights dropping and coming back, a
    # tape dropout, a tracking roll, sun through leaves flaring, lightning, the stage lights
    # flickering, a shaky bump, the candle blown out.
    "guestflash-k": "eq=brightness=0.45:contrast=0.85:enable='eq(n,MID-8)+eq(n,MID+1)+eq(n,MID+9)'",
    "lightsdown-k": "eq=brightness='-0.4*exp(-pow((n-MID)/5,2))':eval=frame",
    "dropout-k": "drawbox=x=40:y=70:w=180:h=2:c=white:t=fill:enable='eq(n,MID)',"
                 "drawbox=x=120:y=104:w=150:h=2:c=white:t=fill:enable='eq(n,MID+1)',"
                 "drawbox=x=0:y=30:w=90:h=1:c=white:t=fill:enable='eq(n,MID+1)'",
    "vroll-k": "format=yuv420p,geq=lum='lum(X,mod(Y+50*between(N,MID,MID+2),180))'"
               ":cb='cb(X,mod(Y+25*between(N,MID,MID+2),90))':cr='cr(X,mod(Y+25*between(N,MID,MID+2),90))'",
    "sunflare-k": "eq=brightness='0.3*exp(-pow((n-MID)/4,2))':contrast='1-0.25*exp(-pow((n-MID)/4,2))'"
                  ":eval=frame",
    "lightning-k": "drawbox=c=white@0.8:t=fill:enable='eq(n,MID)',eq=brightness=0.35:contrast=0.8"
                   ":enable='eq(n,MID+2)'",
    "stageflicker-k": "eq=brightness='-0.12*lt(mod(n,5),2)*between(n,MID-6,MID+6)':eval=frame",
    "bump-k": "scale=352:198,crop=320:180:x='16+12*sin(n*3.1)*between(n,MID,MID+6)'"
              ":y='9+8*sin(n*3.9)*between(n,MID,MID+6)'",
    "candleout-k": "eq=brightness='-0.25/(1+exp((MID-n)*1.5))':eval=frame",
}

# held-out-k (clips 66-71): new recipes again, written after held-out-j without running the
# detector on them. Realistic film material of six more kinds: a wedding video (a bride walking
# up the aisle, guests' camera flashes, dance-floor spots sweeping and dropping, handheld sway,
# candles blown out, cuts between near-identical angles of the aisle and the toast, long soft
# dissolves, a fade through white), a city time-lapse (day turning to night, windows lighting
# up, racing clouds, exposure flicker from frame to frame, a hyperlapse push, light trails,
# cuts between dark night shots and to closer framings of the crossing), a VHS aerobics workout
# (chroma bleed and a head-switching band, a rep counter, a tape dropout and a tracking roll,
# jumping jacks, cuts between moving shots and same-coloured framings of one studio, short
# dissolves), an insect macro documentary (wind sway, sun flares through the leaves, dark bark
# and a night moth, cuts dark to dark and to tighter framings, a 44-frame dissolve), a weather
# forecast (a scrolling ticker, moving clouds on a map, a radar sweep, lightning in the rain,
# fades through black and white) and a puppet show (a curtain opening inside a shot, bobbing
# puppets, flickering stage lights, a shadow play, cuts between dark shots).
HELD_OUT_K = [
    ("wedding-video", [S("serif:Anna and Tom", 40, 0, "grain-k"), "fadeio:14:12",
                       S("garden-k", 56, 0, "handheld-k warm-k date-k grain-k"), "fade:28",
                       S("aisle-k", 60, 0, "guestflash-k warm-k date-k grain-k"), "cut",
                       S("aisle-k", 36, 60, "closer-k warm-k date-k grain-k"), "cut",
                       S("rings-k", 40, 0, "handheld-k warm-k date-k grain-k"), "cut",
                       S("aisle-k", 30, 120, "tight-k warm-k date-k grain-k"), "fade:18",
                       S("toast-k", 48, 0, "handheld-k warm-k date-k grain-k"), "cut",
                       S("toast-k", 30, 80, "angle2-k warm-k date-k grain-k"), "cut",
                       S("cake-k", 40, 0, "candleout-k warm-k date-k grain-k"), "cut",
                       S("dance-k", 50, 0, "warm-k date-k grain-k"), "cut",
                       S("dance-k", 36, 100, "closer-k guestflash-k warm-k date-k grain-k"),
                       "fadewhite:16", S("garden-k", 44, 200, "pushin-k warm-k date-k grain-k"), "cut",
                       S("rings-k", 30, 150, "warm-k date-k grain-k"), "fade:10",
                       S("dance-k", 40, 250, "lightsdown-k warm-k date-k grain-k"), "cut",
                       S("cake-k", 30, 100, "warm-k date-k grain-k"), "cut",
                       S("toast-k", 30, 200, "handheld-k warm-k date-k grain-k"), "cut",
                       S("aisle-k", 56, 220, "warm-k date-k grain-k"), "fadeblack:30",
                       S("credits-k", 60, 0)]),
    ("city-timelapse", [S("card:CITY OF LIGHTS", 36), "fadeblack:12",
                        S("skyline-k", 70, 0, "tlflicker-k clock-k grain2-k"), "cut",
                        S("clouds-k", 44, 0, "tlflicker-k grain2-k"), "cut",
                        S("crossing-k", 40, 0, "tlflicker-k grain2-k"), "cut",
                        S("crossing-k", 30, 80, "closer-k tlflicker-k grain2-k"), "cut",
                        S("trails-k", 48, 0, "tlflicker-k grain2-k"), "fade:24",
                        S("skyline-k", 60, 300, "hyper-k tlflicker-k clock-k grain2-k"), "cut",
                        S("bridge-k", 44, 0, "tlflicker-k grain2-k"), "cut",
                        S("trails-k", 36, 100, "angle2-k tlflicker-k grain2-k"), "cut",
                        S("sunrise-k", 56, 0, "tlflicker-k grain2-k"), "fade:40",
                        S("clouds-k", 64, 200, "tiltdown-k tlflicker-k grain2-k"), "cut",
                        S("skyline-k", 40, 100, "angle2-k tlflicker-k clock-k grain2-k"), "cut",
                        S("crossing-k", 36, 200, "tlflicker-k grain2-k"), "fadewhite:14",
                        S("sunrise-k", 40, 150, "closer-k tlflicker-k grain2-k"), "cut",
                        S("bridge-k", 40, 150, "closer-k tlflicker-k grain2-k"), "cut",
                        S("skyline-k", 50, 400, "tlflicker-k clock-k grain2-k"), "fadeio:16:10",
                        S("card:FIN", 30)]),
    ("vhs-aerobics", [S("logo-k", 40, 0, "vhs-k"), "fadewhite:10",
                      S("studio-k", 56, 0, "reps-k vhs-k"), "cut",
                      S("rows-k", 44, 0, "vhs-k"), "cut",
                      S("studio-k", 30, 100, "closer-k reps-k vhs-k"), "cut",
                      S("legs-k", 36, 0, "vhs-k"), "cut",
                      S("rows-k", 40, 100, "dropout-k vhs-k"), "fade:12",
                      S("closeup-k", 36, 0, "vhs-k"), "cut",
                      S("studio-k", 48, 200, "vroll-k reps-k vhs-k"), "cut",
                      S("legs-k", 30, 100, "vhs-k"), "cut",
                      S("rows-k", 30, 200, "angle2-k vhs-k"), "cut",
                      S("studio-k", 44, 300, "reps-k vhs-k"), "fade:20",
                      S("closeup-k", 40, 100, "bump-k vhs-k"), "cut",
                      S("studio-k", 40, 400, "zoomout-k reps-k vhs-k"), "fadeblack:16",
                      S("rows-k", 40, 300, "vhs-k"), "cut",
                      S("legs-k", 36, 200, "dropout-k vhs-k"), "fade:8",
                      S("studio-k", 40, 500, "reps-k vhs-k"), "cut",
                      S("closeup-k", 30, 200, "vhs-k"), "fadeio:10:10",
                      S("card:STAY TUNED FOR PART TWO", 30, 0, "vhs-k")]),
    ("insect-macro", [S("serif:Small Worlds", 40, 0, "grain3-k"), "fadeio:12:16",
                      S("leaf-k", 60, 0, "wind-k sunflare-k macro-k grain3-k"), "cut",
                      S("leaf-k", 30, 60, "closer-k macro-k grain3-k"), "cut",
                      S("bee-k", 48, 0, "wind-k macro-k grain3-k"), "cut",
                      S("bee-k", 30, 100, "tight-k macro-k grain3-k"), "cut",
                      S("dew-k", 44, 0, "pushin-k macro-k grain3-k"), "fade:32",
                      S("caterpillar-k", 50, 0, "macro-k grain3-k"), "cut",
                      S("beetle-k", 40, 0, "macro-k grain3-k"), "cut",
                      S("moth-k", 48, 0, "macro-k grain3-k"), "cut",
                      S("beetle-k", 60, 100, "closer-k macro-k grain3-k"), "fade:44",
                      S("leaf-k", 56, 160, "sunflare-k macro-k grain3-k"), "cut",
                      S("caterpillar-k", 30, 150, "closer-k macro-k grain3-k"), "cut",
                      S("bee-k", 40, 250, "wind-k macro-k grain3-k"), "fadeblack:22",
                      S("moth-k", 44, 150, "macro-k grain3-k"), "cut",
                      S("dew-k", 36, 150, "wind-k macro-k grain3-k"), "fade:14",
                      S("bee-k", 40, 400, "macro-k grain3-k"), "cut",
                      S("leaf-k", 36, 250, "tight-k wind-k macro-k grain3-k")]),
    ("weather-forecast", [S("card:THE WEATHER", 30), "fade:10",
                          S("studio2-k", 48, 0, "broadcast-k grain4-k"), "cut",
                          S("map-k", 60, 0, "broadcast-k grain4-k"), "cut",
                          S("satellite-k", 44, 0, "broadcast-k grain4-k"), "cut",
                          S("map-k", 40, 100, "closer-k broadcast-k grain4-k"), "cut",
                          S("radar-k", 40, 0, "broadcast-k grain4-k"), "fade:16",
                          S("rain-k", 56, 0, "lightning-k handheld-k broadcast-k grain4-k"), "cut",
                          S("rain-k", 30, 80, "closer-k broadcast-k grain4-k"), "cut",
                          S("chart-k", 40, 0, "broadcast-k grain4-k"), "cut",
                          S("map-k", 44, 200, "pushin-k broadcast-k grain4-k"), "fade:26",
                          S("satellite-k", 40, 200, "broadcast-k grain4-k"), "cut",
                          S("radar-k", 30, 150, "broadcast-k grain4-k"), "cut",
                          S("studio2-k", 36, 200, "broadcast-k grain4-k"), "fadeblack:20",
                          S("rain-k", 40, 200, "lightning-k broadcast-k grain4-k"), "fadewhite:8",
                          S("chart-k", 36, 100, "broadcast-k grain4-k"), "cut",
                          S("map-k", 48, 300, "broadcast-k grain4-k"), "fadeio:12:8",
                          S("card:GOOD NIGHT", 30)]),
    ("puppet-show", [S("serif:The Crocodile and the Clown", 40, 0, "grain-k"), "fadeio:10:14",
                     S("curtain-k", 56, 0, "stage-k grain-k"), "cut",
                     S("booth-k", 48, 0, "stage-k grain-k"), "cut",
                     S("puppetface-k", 36, 0, "stage-k grain-k"), "cut",
                     S("booth-k", 30, 100, "angle2-k stage-k grain-k"), "cut",
                     S("kids-k", 40, 0, "stageflicker-k stage-k grain-k"), "cut",
                     S("croc-k", 44, 0, "handheld-k stage-k grain-k"), "fade:12",
                     S("shadow-k", 56, 0, "stage-k grain-k"), "cut",
                     S("shadow-k", 60, 100, "closer-k stage-k grain-k"), "fade:36",
                     S("booth-k", 60, 200, "stageflicker-k stage-k grain-k"), "cut",
                     S("puppetface-k", 30, 100, "bump-k stage-k grain-k"), "cut",
                     S("croc-k", 40, 150, "stage-k grain-k"), "cut",
                     S("puppetface-k", 30, 200, "closer-k stage-k grain-k"), "cut",
                     S("booth-k", 30, 300, "closer-k stage-k grain-k"), "fadeblack:18",
                     S("kids-k", 40, 150, "stage-k grain-k"), "cut",
                     S("booth-k", 48, 400, "pushin-k stage-k grain-k"), "fade:22",
                     S("credits-k", 60, 80)]),
]
