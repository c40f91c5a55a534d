"""Sources, effects and recipes of held-out-l (clips 72-77), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-71. Drawn scenes for six more kinds of
film: a coral reef under rippling caustics with a shoal of fish, a sea turtle gliding over the
sand, a silver shoal wheeling round, a diver with his torch and bubbles, a dark wreck in marine
snow and a manta ray crossing the bright surface (an underwater reef documentary); a heaving grey
sea under a low sky, a trawler pitching in the swell, a breaking wave, the wheelhouse with the
horizon tilting past its windows, a lighthouse sweeping its beam at night and waves bursting on
a cliff (a nature film of a storm at sea); a glade with a fox walking through, a badger leaving
its sett, an owl turning its head, a hedgehog in the leaves, deer grazing and bats over a tree
line, in infrared green with shining eyes (a night-vision wildlife film from camera traps); a
stage between red curtains with the magician and his assistant, a star-spangled cabinet, a fan
of cards in his hands, the audience in the dark, a rabbit rising out of a top hat and a lady
sawn in half (a stage magic show); bursts of fireworks over a skyline, the crowd with a phone
raised, a bridge and its reflection in the river, rockets rising, a sparkler lighting a face and
the finale (a fireworks night); a mountain panorama, a skier carving down a slope, a chairlift,
moguls, a skier in deep powder, goggles reflecting the peaks and a chalet at dusk in falling
snow (a ski film).
"""

from shots_lavfi import FONT, SERIF, geq as _geq, overlay as _overlay, scene as _scene, text as _text
from shots_recipes import S


# An underwater reef documentary.
_CAUS = "gt(sin(X/9+N*0.21+2*sin(Y/13-N*0.11))*sin(Y/8-N*0.17+2*sin(X/17+N*0.09)),0.45)"
_CORAL = "gt(Y,128+14*sin(X/19)+9*cos(X/7+1)+6*sin(X/3.3))"
_SCX = "(X-2.2*N)"
_SCHOOL = (f"lt(hypot((mod({_SCX},28)-14)/6,(mod(Y-3*sin({_SCX}/40),16)-8)/2.4),1)*between(Y,56,104)"
           f"*lt(mod(floor({_SCX}/28)*7+floor(Y/16)*3,5),3)")
_TX = "(60+0.7*N)"
_TY = "(88+6*sin(N*0.05))"
_SHELL = f"lt(hypot((X-{_TX})/40,(Y-{_TY})/26),1)"
_SCUTE = f"lt(abs(sin((X-{_TX})/7)*sin((Y-{_TY})/6)),0.12)"
_FLIP = (f"(lt(hypot((X-{_TX}-48)/11,(Y-{_TY}+2)/8),1)"
         f"+lt(hypot((X-{_TX}-16)/26,(Y-{_TY}-24-10*sin(N*0.15))/6),1)"
         f"+lt(hypot((X-{_TX}-16)/26,(Y-{_TY}+24+10*sin(N*0.15))/6),1)"
         f"+lt(hypot((X-{_TX}+34)/12,(abs(Y-{_TY})-12)/4),1))")
_SAND = "gt(Y,160+4*sin(X/13))"
_SR = "hypot(X-160,Y-90)"
_STH = "atan2(Y-90,X-160)"
_SHOAL = f"between({_SR},36+8*sin(N*0.07),84)*gt(sin(({_STH}+N*0.03-{_SR}/150)*26)*sin({_SR}/3.4-N*0.05),0.5)"
_DVX = "(230-0.45*N)"
_DIVER = (f"(lt(hypot((X-{_DVX})/44,(Y-98)/11),1)+lt(hypot(X-{_DVX}+50,Y-93),9)"
          f"+lt(hypot((X-{_DVX}+4)/22,(Y-85)/6),1)+lt(hypot((X-{_DVX}-56)/15,(Y-98-7*sin(N*0.4))/4),1))")
_BUBS = f"lt(abs(X-{_DVX}+54+3*sin(Y/7+N*0.3)),2.5)*lt(mod(Y+N*3,13),5)*lt(Y,86)"
_BEAM = f"lt(abs(Y-94-({_DVX}-50-X)*0.28),({_DVX}-50-X)*0.22)*lt(X,{_DVX}-50)"
_HULL = "between(Y,64+0.22*X,168)*lt(X,262-0.3*(Y-64))"
_PORT = "lt(hypot(mod(X,36)-18,Y-96-0.22*X),5)*lt(X,240)"
_MSNOW = "lt(hypot(mod(X+0.3*N,23)-11,mod(Y-0.5*N+floor((X+0.3*N)/23)*7,19)-9),0.9)"
_TORCH = "exp(-pow(hypot(X-160-70*sin(N*0.04),(Y-112-20*cos(N*0.05))*1.3)/42,2))"
_MX = "(30+1.1*N)"
_MANTA = (f"(lt(abs(X-{_MX})/72+abs(Y-84-7*sin(N*0.11)*abs(X-{_MX})/72)/18,1)"
          f"+lt(abs(Y-84),1.5)*between(X-{_MX},-120,-60))")
_RAYS = "gt(sin(atan2(Y+60,X-160)*22+N*0.04),0.6)"

# A storm at sea.
_HOR = "(72+10*sin(N*0.08))"
_WAVE = "gt(sin(X/18-N*0.3+3*sin(Y/11+N*0.1))*sin(Y*0.3-N*0.4),0.25)"
_CAP = "gt(sin(X/9+N*0.5+Y*0.6)*sin(X/23-Y/5+N*0.2),0.8)"
_PA = "(0.14*sin(N*0.12+1))"
_HY = "(96+9*sin(N*0.12))"
_U = f"((X-160)*cos({_PA})+(Y-{_HY})*sin({_PA}))"
_V = f"((Y-{_HY})*cos({_PA})-(X-160)*sin({_PA}))"
_BOAT = f"lt(abs({_U}+6),72-max({_V},0)*0.9)*between({_V},0,24)"
_CABIN = f"between({_U},-34,4)*between({_V},-28,0)"
_PANES = f"between({_U},-30,0)*between({_V},-24,-16)*lt(mod({_U}+30,10),7)"
_MAST = f"lt(abs({_U}-22),1.6)*between({_V},-64,0)"
_SEAF = "gt(Y,116+7*sin(X/20+N*0.2)+4*sin(X/7-N*0.35))"
_WWIN = "between(X,50,270)*between(Y,26,98)*gt(mod(X-50,55),3)"
_WHOR = "(62+22*sin(N*0.09)+(X-160)*0.22*sin(N*0.07))"
_WHEEL = ("(between(hypot(X-160,Y-150),26,31)+lt(abs(sin(atan2(Y-150,X-160)*4+N*0.05)),0.1)"
          "*lt(hypot(X-160,Y-150),28)+lt(hypot(X-160,Y-150),5))")
_LAMP = "exp(-hypot(X-90-24*sin(N*0.1),Y-14)/55)"
_LTH = "(N*0.07)"
_WEDGE = f"lt(abs(Y-40),abs(X-92)*0.09+2)*gt((X-92)*sin({_LTH}),0)*abs(sin({_LTH}))*exp(-abs(X-92)/260)"
_GLARE = f"pow(max(cos({_LTH}),0),8)*exp(-hypot(X-92,Y-40)/(16+60*pow(max(cos({_LTH}),0),8)))"
_LTOWER = "lt(abs(X-92),9-0.04*(Y-44))*between(Y,44,128)"
_ROCK = "gt(Y,124+9*sin(X/15)+5*cos(X/6))"
_CREST = "(84+26*sin((X+N*3)/50)+8*sin((X-N*2)/17))"
_DROPS = "lt(hypot(mod(X+N*4,9)-4,mod(Y+N*6+floor((X+N*4)/9)*5,11)-5),1.1)"
_CLIFF = "gt(X,206+12*sin(Y/9)+8*sin(Y/3.7))"
_PP = "pow(abs(sin(N*0.045)),3)"
_PLUME = f"{_PP}*exp(-pow(hypot((X-196)/(20+30*{_PP}),(Y-120+50*{_PP})/(14+50*{_PP})),2))"

# A night-vision wildlife film: infrared green, shining eyes.
_NVCB, _NVCR = 102, 96
_TRUNKS = "lt(abs(mod(X+20*sin(floor(X/70)),70)-35),6+2*sin(Y/20))*lt(Y,150)"
_FOX = "(-40+2.2*N)"
_FOXB = (f"(lt(hypot((X-{_FOX})/26,(Y-118)/10),1)+lt(hypot(X-{_FOX}-28,Y-110),8)"
         f"+lt(hypot((X-{_FOX}+34)/18,(Y-116)/5),1)+lt(abs(mod(X-{_FOX}+24,12)-6+3*sin(N*0.6)),1.5)"
         f"*between(Y,124,140)*between(X-{_FOX},-22,22))")
_FOXEYE = f"lt(hypot(X-{_FOX}-32,Y-108),2.5)"
_BANK = "gt(Y,40+0.25*X+6*sin(X/17))"
_HOLE = "lt(hypot((X-160)/30,(Y-104)/18),1)"
_BDY = "(124-min(N*0.4,34))"
_BADGER = f"lt(hypot((X-160)/16,(Y-{_BDY})/12),1)*lt(Y,122)"
_BEYES = f"lt(hypot(abs(X-160)-7,Y-{_BDY}+2),2.2)*lt(Y,122)"
_OHX = "(150+8*sin(N*0.06))"
_BRANCH = "lt(abs(Y-122-0.1*(X-160)),6)"
_OWL = "lt(hypot((X-150)/22,(Y-92)/32),1)"
_ODISC = f"lt(hypot(X-{_OHX},Y-66),16)"
_OEYES = f"lt(hypot(abs(X-{_OHX})-7,Y-64),4)*gt(mod(N,80),3)"
_DHY = "(112-26*max(sin(N*0.05),0))"
_DEER = (f"(lt(hypot((X-180)/46,(Y-96)/20),1)+lt(abs(X-140+0.5*(Y-{_DHY})),7)*between(Y,{_DHY},96)"
         f"+lt(hypot((X-136)/10,(Y-{_DHY})/7),1)+lt(abs(mod(X-146,22)-11),3)*between(Y,110,150)"
         f"*between(X,146,216))")
_DEYE = f"lt(hypot(X-132,Y-{_DHY}+2),2.2)*lt({_DHY},100)"
_LEAVES = "gt(sin(X/6+sin(Y/5))*sin(Y/7-X/11),0.2)"
_HGX = "(60+0.8*N)"
_HOG = f"lt(hypot((X-{_HGX})/36,(Y-110)/22),1)*gt(Y,92)"
_SNOUT = f"lt(hypot((X-{_HGX}-38)/12,(Y-116)/7),1)"
_TREELINE = "gt(Y,120+10*sin(X/9)+6*sin(X/3.1))"


def _bat(k):
    """A bat flitting round the sky."""
    bx = f"(160+120*sin(N*0.07+{k * 2.1}))"
    by = f"(60+30*sin(N*0.13+{k * 1.7}))"
    return f"lt(abs(X-{bx})/14+abs(Y-{by}+3*sin(N*1.5+{k})*abs(X-{bx})/14)/4,1)"


_BATS = f"({_bat(0)}+{_bat(1)}+{_bat(2)})"

# A stage magic show.
_CURTL = "(lt(X,44-6*sin(Y/30))+gt(X,276+6*sin(Y/30))+lt(Y,20+4*abs(sin(X/20))))"
_POOL = "exp(-pow(hypot((X-170)/90,(Y-150)/24),2))"
_MGX = "(140+6*sin(N*0.05))"
_MAG = (f"(lt(hypot((X-{_MGX})/19,(Y-112)/42),1)+between(X,{_MGX}-9,{_MGX}+9)*between(Y,34,54)"
        f"+lt(abs(Y-54),1.5)*lt(abs(X-{_MGX}),14))")
_MFACE = f"lt(hypot((X-{_MGX})/7,(Y-64)/9),1)"
_MSHIRT = f"lt(abs(X-{_MGX}),(Y-74)*0.22)*between(Y,74,104)"
_WAND = f"lt(abs(Y-84+(X-{_MGX}-16)*0.7*sin(N*0.08)),1.5)*between(X-{_MGX},14,44)"
_ASST = "lt(hypot((X-212)/13,(Y-112)/40),1)"
_AHEAD = "lt(hypot((X-212)/7,(Y-64)/9),1)"
_SEQ = "gt(sin(X*3.1+Y*2.3+N*0.9)*sin(X*1.7-Y*2.9),0.6)"
_BSTAR = "lt(hypot(mod(X,29)-14,mod(Y+floor(X/29)*11,23)-11),1.2)"
_CAB = "between(X,116,204)*between(Y,18,162)"
_CSTAR = "lt(abs(mod(X-116,22)-11)+abs(mod(Y-18,22)-11),4)"
_CDOOR = "between(X,128,192)*between(Y,30,150)"
_APPEAR = "gte(N,26)"
_CASST = "(lt(hypot((X-160)/13,(Y-104)/40),1)+lt(hypot((X-160)/7,(Y-56)/9),1))"
_CAHEAD = "lt(hypot((X-160)/7,(Y-56)/9),1)"
_FTH = "atan2(X-160,150-Y)"
_FR = "hypot(X-160,150-Y)"
_SPREAD = "(0.25+0.75*abs(sin(N*0.05)))"
_FAN = f"lt(abs({_FTH}),{_SPREAD})*between({_FR},30,96)*lt(Y,150)"
_EDGE = f"lt(abs(mod({_FTH}+{_SPREAD},0.16)-0.08),0.012)"
_PIP = f"lt(abs(mod({_FTH}+{_SPREAD},0.16)-0.12),0.02)*between({_FR},78,88)"
_HANDS = "(lt(hypot((X-150)/30,(Y-162)/22),1)+lt(hypot((X-236-8*sin(N*0.07))/30,(Y-120)/20),1))"
_ROWI = "floor((Y-56)/30)"
_SEATX = f"(mod(X+{_ROWI}*13+2*sin(N*0.05+floor(X/34)),34)-17)"
_SEATY = f"(Y-70-30*{_ROWI})"
_HEADS = f"(lt(hypot({_SEATX},{_SEATY}),11)+gt({_SEATY},6)*lt(abs({_SEATX}),16))*gt(Y,56)"
_RIM = f"between(hypot({_SEATX},{_SEATY}),8.5,11)*lt({_SEATY},-2)"
_RY = "min(max(N-8,0)*0.9,40)"
_HAT = "(between(X,130,190)*between(Y,122,164)+lt(abs(Y-122),3)*lt(abs(X-160),40))"
_RAB = (f"(lt(hypot((X-160)/17,(Y-112+{_RY})/15),1)+lt(hypot((abs(X-160)-7)/4,(Y-88+{_RY})/15),1))"
        "*lt(Y,122)")
_REYE = f"lt(hypot(abs(X-160)-6,Y-110+{_RY}),2)*lt(Y,122)"
_BOX = "between(X,70,250)*between(Y,92,132)"
_SAWX = "(160+30*sin(N*0.45))"
_BLADE = f"lt(abs(Y-82-0.25*(X-160)),5)*between(X,{_SAWX}-50,{_SAWX}+50)"
_SAWH = f"lt(abs(Y-82-0.25*(X-160)),9)*between(X,{_SAWX}+50,{_SAWX}+66)"


# A fireworks night.
def _burst(cx, cy, period, phase, x="X", y="Y"):
    """How bright a firework bursting every period frames is at x, y: 0 to about 1."""
    t = f"mod(N+{phase},{period})"
    r = f"hypot({x}-{cx},{y}-{cy}-0.02*pow({t},2))"
    ring = f"lt(abs({r}-2.6*{t}),2.5+0.1*{t})*gt(sin(atan2({y}-{cy},{x}-{cx})*22),0.2)*exp(-{t}/14)"
    return f"({ring}+0.65*exp(-{r}/22)*exp(-{t}/3))"


_B1 = _burst(110, 70, 36, 0)
_B2 = _burst(222, 58, 44, 17)
_CITY = "gt(Y,160-12*lt(mod(X,40),25))"
_CWIN = "lt(mod(X,7),2)*lt(mod(Y,6),2)*gt(sin(X*3.3+Y*1.7),0.7)"
_CT = "mod(N+5,40)"
_PULSE = f"(min({_CT}/2,1)*exp(-{_CT}/10))"
_B3 = _burst(90, 40, 40, 25)
_CROWD = ("(lt(hypot(mod(X,26)-13,Y-128-5*sin(floor(X/26)*2.3)),10)+gt(Y,134+3*sin(X/9))"
          "+lt(abs(X-230),4)*between(Y,100,134))")
_PHONE = "between(X,224,236)*between(Y,86,104)"
_B4 = _burst(150, 46, 42, 11)
_B4R = _burst(150, 46, 42, 11, "(X+3*sin(Y/2+N*0.7))", "(244-Y)")
_BRIDGE = "(between(Y,96,104)+lt(abs(mod(X,80)-40),6)*between(Y,104,122))"


def _rocket(k):
    """A rocket rising with its trail: 0 to 1."""
    x = f"({60 + 100 * k}+3*sin(N*0.1+{k}))"
    head = f"(200-mod(N*4+{k * 70},260))"
    return (f"(between(Y,{head},{head}+45)*lt(abs(X-{x}-2*sin(Y/9)),1.3)*(1-(Y-{head})/45)"
            f"+lt(hypot(X-{x},Y-{head}),3))")


_ROCKETS = f"({_rocket(0)}+{_rocket(1)}+{_rocket(2)})"
_SPR = "hypot(X-204,Y-66)"
_SPA = "atan2(Y-66,X-204)"
_SPARKS = f"lt(abs(sin({_SPA}*11+N*2.3+sin(N*1.1))),0.07)*lt({_SPR},18+14*abs(sin(N*1.7+{_SPA}*5)))"
_WIRE = "lt(abs(Y-66-(X-204)*0.9),1.2)*between(X,204,250)"
_SHAND = "lt(hypot((X-262)/22,(Y-128)/30),1)"
_SFACE = "lt(hypot((X-112)/42,(Y-96)/56),1)"
_SEYES = "lt(hypot(abs(X-112)-14,Y-86),4)"
_F1 = _burst(80, 60, 24, 0)
_F2 = _burst(170, 40, 28, 9)
_F3 = _burst(250, 70, 26, 17)

# A ski film.
_RIDGE = "(48+22*abs(sin(X/37))+8*sin(X/11))"
_SKM = "mod(N,150)"
_SKX = f"(30+1.7*{_SKM})"
_SKY = f"(62+0.72*{_SKM})"
_SKIER = f"(lt(hypot((X-{_SKX})/4,(Y-{_SKY})/9),1)+lt(hypot(X-{_SKX}-1,Y-{_SKY}+11),3.5))"
_SKIS = f"lt(abs(Y-{_SKY}-9-0.35*(X-{_SKX})),1.1)*lt(abs(X-{_SKX}),11)"
_TRACK = f"lt(abs(Y-71-0.424*(X-30)-3*sin(X/9)),1.2)*between(X,30,{_SKX}-8)"
_PK = "(62+44*abs(sin(X/29))*abs(cos(X/47))+10*sin(X/7))"
_CABLE = "lt(abs(Y-36-0.3*X),1)"
_CH = "(mod(X-N*1.6,76)-38)"
_CHY = "(Y-36-0.3*X)"
_CHAIR = (f"(lt(abs({_CH}),1)*between({_CHY},0,24)+lt(abs({_CHY}-26),3)*lt(abs({_CH}),9)"
          f"+lt(abs({_CH}+7),2)*between({_CHY},16,26))")
_RIDER = f"lt(hypot({_CH},{_CHY}-18),5)"
_PINES = "lt(abs(mod(X,18)-9),(Y-112)*0.32)*between(Y,112,150)"
_MSX = "(160+64*sin(N*0.06))"
_MSY = "(92+8*abs(sin(N*0.25)))"
_MSKIER = f"(lt(hypot((X-{_MSX})/4,(Y-{_MSY})/9),1)+lt(hypot(X-{_MSX},Y-{_MSY}+11),3.5))"
_MSKIS = f"lt(abs(Y-{_MSY}-9),1.1)*lt(abs(X-{_MSX}),10)"
_DSX = "(60+1.4*mod(N,140))"
_DSKIER = f"(lt(hypot((X-{_DSX})/5,(Y-92)/10),1)+lt(hypot(X-{_DSX},Y-79),4))*lt(Y,98)"
_PSPRAY = f"exp(-pow(hypot((X-{_DSX}+26)/(30+6*sin(N*0.5)),(Y-92)/20),2))"
_ROOF = "between(Y-abs(X-160)*0.62,30,46)*lt(abs(X-160),92)"
_CWALL = "between(X,90,230)*between(Y,76,140)"
_CWINS = ("(between(X,108,136)+between(X,184,212))*between(Y,90,116)*gt(mod(X-108,14),1.5)"
          "*gt(mod(Y-90,13),1.5)")
_CSMOKE = "exp(-pow((X-196-0.15*(70-Y)-6*sin(Y/12-N*0.1))/(6+0.2*(70-Y)),2))*lt(Y,50)"
_FLAKES = "lt(hypot(mod(X+3*sin(Y/20+N*0.1),13)-6,mod(Y-N*1.5+floor(X/13)*5,17)-8),1)"
_GOG = "lt(hypot((X-160)/92,(Y-78)/28),1)"
_GREFL = "gt(Y,80+12*sin((X+N*2.2)/15)+6*sin((X-N)/7))"
_HELM = "lt(hypot((X-160)/110,(Y-70)/90),1)*lt(Y,64)"
_GFACE = "lt(hypot((X-160)/80,(Y-110)/80),1)"
_STRAP = "lt(abs(Y-78),10)*gt(abs(X-160),88)"

LAVFI_L = {
    # An underwater reef documentary.
    "reef-l": _scene(f"if({_CORAL},60+35*sin(X/5)*sin(Y/4)+45*gt(sin(X/23+1),0.3),if({_SCHOOL},210,"
                   f"26+0.55*(180-Y)+45*{_CAUS}*(1-Y/180)))",
                   f"if({_CORAL},if(gt(sin(X/23+1),0.3),100,140),if({_SCHOOL},128,162))",
                   f"if({_CORAL},if(gt(sin(X/23+1),0.3),175,150),if({_SCHOOL},124,98))"),
    "turtle-l": _scene(f"if({_SHELL},95-45*{_SCUTE},if({_FLIP},125,if({_SAND},150+10*sin(X/4+Y/3),"
                     f"36+0.45*(180-Y)+28*{_CAUS}*(1-Y/180))))",
                     f"if({_SHELL},104,if({_FLIP}+{_SAND},118,166))",
                     f"if({_SHELL},142,if({_FLIP}+{_SAND},135,96))"),
    "shoal-l": _scene(f"if({_SHOAL},170+60*sin({_STH}*3+N*0.12),22+0.35*(180-Y)+20*{_CAUS}*(1-Y/180))",
                    f"if({_SHOAL},128,164)", f"if({_SHOAL},126,100)"),
    "diver-l": _scene(f"min(250,if({_DIVER},18,if({_BUBS},200,22+0.45*(180-Y)+20*{_CAUS}*(1-Y/180)"
                    f"+70*{_BEAM}*exp(-({_DVX}-50-X)/140))))",
                    f"if({_DIVER},128,if({_BEAM},140,164))", f"if({_DIVER},128,if({_BEAM},118,98))"),
    "wreck-l": _scene(f"min(250,if({_HULL},if({_PORT},8,18+8*sin(X/3)*sin(Y/2)),10+14*(1-Y/180))"
                    f"+120*{_TORCH}+25*{_MSNOW})",
                    f"if({_HULL},126,150)", f"if({_HULL},136,110)"),
    "manta-l": _scene(f"min(250,if({_MANTA},16,50+0.8*(180-Y)*(0.6+0.4*exp(-abs(X-160)/120))"
                    f"+40*{_RAYS}*(1-Y/180)+50*{_CAUS}*lt(Y,40)+80*exp(-hypot(X-160,Y+10)/30)))",
                    f"if({_MANTA},128,150+0.08*Y)", f"if({_MANTA},128,110-0.05*Y)"),
    "credits-l": f"color=c=0x04101c:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=13:"
                 "fontcolor=0xd8ecff:line_spacing=10:textfile=TWELFTHREEL:x=(w-tw)/2:y=h-2.2*n",
    # A storm at sea.
    "sea-l": _scene(f"min(245,if(lt(Y,{_HOR}),60+26*sin(X/40+N*0.03)*sin(Y/15+X/90)"
                  f"+16*sin(X/13-N*0.05)*cos(Y/9),36+0.2*(Y-{_HOR})+35*{_WAVE}+150*{_CAP}))",
                  f"if(lt(Y,{_HOR}),132,138)", f"if(lt(Y,{_HOR}),124,118)"),
    "trawler-l": _scene(f"min(245,if({_SEAF},40+30*gt(sin(X/11-N*0.3)*sin(Y/5+N*0.2),0.3)"
                      f"+140*gt(sin(X/6+N*0.6+Y)*sin(X/19-Y/4),0.85),if({_PANES},200,if({_CABIN},190,"
                      f"if({_BOAT},if(lt({_V},5),200,60),if({_MAST},30,if(gt(Y,80+5*sin(X/30)),"
                      "50+20*sin(Y/3+X/40+N*0.2),90+20*sin(X/50+N*0.02)*sin(Y/12))))))))",
                      f"if({_SEAF},136,if({_BOAT}*not({_CABIN}),118,130))",
                      f"if({_SEAF},118,if({_BOAT}*not({_CABIN})*gt({_V},5),170,122))"),
    "wheelhouse-l": _scene(f"min(245,if({_WWIN},if(lt(Y,{_WHOR}),110+15*sin(X/30+N*0.04),"
                         "45+25*gt(sin(X/12-N*0.25)*sin(Y/4),0.4)),"
                         f"if({_WHEEL},70,34-10*lt(mod(Y,22),2)))+90*{_LAMP})",
                         f"if({_WWIN},if(lt(Y,{_WHOR}),132,136),if({_WHEEL},110,112))",
                         f"if({_WWIN},124,if({_WHEEL},150,146))"),
    "lighthouse-l": _scene(f"min(250,if({_ROCK},14+6*sin(X/3+Y/4),if({_LTOWER},60+30*lt(mod(Y,20),10),"
                         "8+16*(Y/180)+10*gt(sin(X/9-N*0.2)*sin(Y/3+N*0.1),0.5)*gt(Y,100)))"
                         f"+170*{_WEDGE}+240*{_GLARE}+200*lt(hypot(X-92,Y-40),4))",
                         "if(lt(hypot(X-92,Y-40),30),110,140)", "if(lt(hypot(X-92,Y-40),30),140,118)"),
    "breakers-l": _scene(f"min(245,if(lt(Y,{_CREST}),96+20*sin(X/40+N*0.02)-0.2*Y+120*{_DROPS}"
                       f"*gt(Y,{_CREST}-30),if(lt(Y-{_CREST},18+6*sin(X/9+N*0.3)),215+25*sin(X/3+Y/2+N*0.7),"
                       f"44+20*gt(sin(X/8-N*0.3+Y/3)*sin(Y/5),0.35)+0.15*(Y-{_CREST}))))",
                       f"if(lt(Y,{_CREST}),134,if(lt(Y-{_CREST},20),128,140))",
                       f"if(lt(Y,{_CREST}),124,if(lt(Y-{_CREST},20),128,116))"),
    "cliffs-l": _scene(f"min(245,if({_CLIFF},28+14*sin(X/4+Y/6)+10*sin(Y/2),if(lt(Y,90),"
                     "84+14*sin(X/35+N*0.04)*sin(Y/12),40+28*gt(sin(X/10+N*0.3+2*sin(Y/7))"
                     f"*sin(Y/2.5-N*0.3),0.3)))+170*{_PLUME})",
                     f"if({_CLIFF},124,134)", f"if({_CLIFF},132,122)"),
    # A night-vision wildlife film.
    "glade-l": _scene(f"min(250,if({_FOXEYE},250,if({_FOXB},150,if({_TRUNKS},30,"
                    "60+25*sin(X/5)*sin(Y/4)))+80*exp(-hypot(X-160,Y-150)/90)))", _NVCB, _NVCR),
    "sett-l": _scene(f"min(250,if({_BEYES},245,if({_BADGER},if(lt(abs(X-160),5),200,60),if({_HOLE},10,"
                   f"if({_BANK},90+20*sin(X/4)*sin(Y/3),40+10*sin(X/7))))))", _NVCB, _NVCR),
    "owl-l": _scene(f"if({_OEYES},250,if({_ODISC},170,if({_OWL},130+20*lt(mod(Y+abs(X-150)*0.5,7),2),"
                  f"if({_BRANCH},80+20*sin(X/3),25+40*(1-Y/180)))))", _NVCB, _NVCR),
    "deer-l": _scene(f"if({_DEYE},250,if({_DEER},140+10*sin(Y/9),if(gt(Y,138),80+20*sin(X/6+Y/4),"
                   "36+12*sin(X/20)*sin(Y/15))))", _NVCB, _NVCR),
    "hedgehog-l": _scene(f"if(lt(hypot(X-{_HGX}-44,Y-112),2.5),250,if({_SNOUT},150,if({_HOG},"
                       f"110+60*lt(mod(X*1.3+Y*2.1,6),2),70+40*{_LEAVES})))", _NVCB, _NVCR),
    "bats-l": _scene(f"if({_BATS},15,if({_TREELINE},20,100-0.3*Y+8*sin(X/40+N*0.02)))", _NVCB, _NVCR),
    # A stage magic show.
    "stage-l": _scene(f"min(250,if({_CURTL},50+35*sin(X/3),if({_MFACE}+{_AHEAD},190,if({_MSHIRT},235,"
                    f"if({_WAND},if(gt(X-{_MGX},38),250,20),if({_MAG},18,if({_ASST},150+90*{_SEQ},"
                    f"if(gt(Y,128),60+150*{_POOL},22+60*{_BSTAR}+40*{_POOL}))))))))",
                    f"if({_CURTL},100,if({_MFACE}+{_AHEAD},110,if({_ASST},170,if(gt(Y,128),120,150))))",
                    f"if({_CURTL},190,if({_MFACE}+{_AHEAD},150,if({_ASST},120,if(gt(Y,128),140,110))))"),
    "cabinet-l": _scene(f"min(250,if({_CDOOR},if({_APPEAR}*{_CASST},if({_CAHEAD},190,150+90*{_SEQ}),10),"
                      f"if({_CAB},if({_CSTAR},220,40+10*sin(Y/6)),if(gt(Y,162),70+20*sin(X/20),"
                      "24+30*exp(-pow((X-160)/70,2))))))",
                      f"if({_CDOOR},if({_APPEAR}*{_CASST},165,128),if({_CAB},if({_CSTAR},70,150),"
                      "if(gt(Y,162),120,118)))",
                      f"if({_CDOOR},if({_APPEAR}*{_CASST},120,128),if({_CAB},if({_CSTAR},160,110),"
                      "if(gt(Y,162),140,150)))"),
    "hands-l": _scene(f"if({_HANDS},170+10*sin(X/8),if({_FAN},if({_EDGE},60,if({_PIP},90,235)),"
                    "50+18*sin(X/2.5)*sin(Y/2.7)))",
                    f"if({_HANDS},112,if({_FAN},if({_PIP},110,128),110))",
                    f"if({_HANDS},150,if({_FAN},if({_PIP},190,128),100))"),
    "audience-l": _scene(f"if(gt(Y,56),if({_HEADS},if({_RIM},70,12),26+40*exp(-(Y-56)/40)),"
                       "60+40*exp(-pow((X-160)/80,2)))", "120", "140"),
    "rabbit-l": _scene(f"if({_HAT},14+8*lt(abs(Y-140),3),if({_REYE},40,if({_RAB},232,if(gt(Y,164),"
                     "90+20*lt(mod(X,40),2),30+25*sin(X/4)+20*exp(-pow(hypot(X-160,Y-90)/90,2))))))",
                     f"if({_HAT}+{_RAB},128,110)",
                     f"if({_HAT},if(lt(abs(Y-140),3),170,128),if({_REYE},170,if({_RAB},128,"
                     "if(gt(Y,164),150,175))))"),
    "saw-l": _scene(f"if({_SAWH},40,if({_BLADE},200+30*lt(mod(X,6),3),if(lt(hypot(X-60,Y-104),10),180,"
                  "if(lt(hypot(X-56,Y-100),12)*lt(X,58),40,if(lt(hypot((X-262)/10,(Y-102)/5),1),160,"
                  f"if({_BOX},if(lt(mod(X+Y,20),10),200,60),if(lt(hypot((X-200)/20,(Y-60)/38),1)*lt(Y,92),"
                  "20,if(gt(Y,150),70,20+40*exp(-pow(hypot(X-160,Y-100)/100,2))))))))))",
                  f"if({_BOX},if(lt(mod(X+Y,20),10),128,170),120)",
                  f"if({_BOX},if(lt(mod(X+Y,20),10),128,110),150)"),
    # A fireworks night.
    "skyburst-l": _scene(f"min(250,if({_CITY},4+60*{_CWIN},6+10*(Y/180)+8*sin(X/30+N*0.02)*sin(Y/20)"
                       f"+230*{_B1}+230*{_B2}))",
                       f"128-50*min({_B1},1)+40*min({_B2},1)", f"128+45*min({_B1},1)+50*min({_B2},1)"),
    "crowd-l": _scene(f"min(250,if({_CROWD},6,if({_PHONE},200,16+55*{_PULSE}*(1-Y/180)+230*{_B3})))",
                    f"if({_PHONE},150,128+25*{_PULSE}-40*min({_B3},1))",
                    f"if({_PHONE},118,128+25*{_PULSE}-30*min({_B3},1))"),
    "river-l": _scene(f"min(250,if({_BRIDGE},if(lt(mod(X,40),2)*lt(Y,99),220,6),if(gt(Y,122),10+140*{_B4R}"
                      "+6*sin(X/5+N*0.3)+110*lt(abs(mod(X,40)-1),1.5)*gt(sin(Y*1.3+N*0.5),0.2),"
                      f"8+26*exp(-(96-Y)/24)+230*{_B4})))",
                    f"128-45*min({_B4}+{_B4R}*gt(Y,122),1)", f"128-20*min({_B4}+{_B4R}*gt(Y,122),1)"),
    "rockets-l": _scene(f"min(250,if(gt(Y,166+5*sin(X/7)),4,8+22*exp(-(166-Y)/36)+230*{_ROCKETS}))",
                      f"128-35*min({_ROCKETS},1)", f"128+40*min({_ROCKETS},1)"),
    "sparkler-l": _scene(f"min(250,if({_SPARKS},250,if({_WIRE},70,if({_SHAND},70+60*exp(-{_SPR}/80),"
                       f"if({_SEYES}*{_SFACE},15,if({_SFACE},30+70*exp(-{_SPR}/110)+8*sin(N*2.1),6)))))"
                       f"+200*exp(-{_SPR}/28))",
                       f"if({_SPARKS},90,if({_SFACE}+{_SHAND},110,128))",
                       f"if({_SPARKS},160,if({_SFACE}+{_SHAND},155,128))"),
    "finale-l": _scene(f"min(250,10+14*(sin(X/25+N*0.03)*sin(Y/18-N*0.02)+1)*(0.3+{_F1}+{_F2}+{_F3})"
                     f"+230*({_F1}+{_F2}+{_F3}))",
                     f"128-50*min({_F1},1)+45*min({_F2},1)+30*min({_F3},1)",
                     f"128+50*min({_F1},1)+40*min({_F2},1)-40*min({_F3},1)"),
    # A ski film.
    "slope-l": _scene(f"min(250,if({_SKIER},if(lt(Y,{_SKY}-8),200,70),if({_SKIS},30,if({_TRACK},175,"
                    f"if(gt(Y,{_RIDGE}),232-30*exp(-(Y-{_RIDGE})/14)*gt(sin(X/13),0)-10*sin(X/40+Y/30),"
                    "120+0.4*Y)))))",
                    f"if({_SKIER},if(lt(Y,{_SKY}-8),128,90),if(gt(Y,{_RIDGE}),136,168))",
                    f"if({_SKIER},if(lt(Y,{_SKY}-8),140,200),if(gt(Y,{_RIDGE}),124,104))"),
    "peaks-l": _scene(f"min(252,if(gt(Y,{_PK}),if(lt(sin(X/9+Y/6+2*sin(Y/13)),-0.7)*lt(Y-{_PK},50),70,"
                      f"222-0.15*(Y-{_PK})),"
                    "90+0.5*Y+30*exp(-hypot(X-250,Y-30)/25)+140*lt(hypot(X-250,Y-30),10)"
                    "+30*gt(sin((X-N*0.6)/20)*sin(Y/9),0.6)*lt(Y,50)))",
                    f"if(gt(Y,{_PK}),134,175-0.2*Y)", f"if(gt(Y,{_PK}),124,100)"),
    "lift-l": _scene(f"min(250,if({_CHAIR},25,if({_RIDER},90,if({_CABLE},30,if({_PINES},"
                     "40+160*lt(mod(Y,7),1),"
                   "if(gt(Y,112),225-10*sin(X/20),120+0.5*Y))))))",
                   f"if({_RIDER},90,if({_PINES},110,if(gt(Y,112),134,170)))",
                   f"if({_RIDER},190,if({_PINES},120,if(gt(Y,112),124,104)))"),
    "moguls-l": _scene(f"if({_MSKIER},if(lt(Y,{_MSY}-8),200,150),if({_MSKIS},30,if(lt(hypot((X-{_MSX}-6)/10,"
                     f"(Y-{_MSY}-11)/3),1),150,if(lt(Y,24+4*sin(X/6)),50+20*sin(X/2),"
                     "200+28*sin(X/12+Y/7)*cos(Y/9-X/25)))))",
                     f"if({_MSKIER},70,if(lt(Y,24),120,136))", f"if({_MSKIER},150,if(lt(Y,24),124,124))"),
    "deepsnow-l": _scene(f"min(250,if({_DSKIER},50,if(lt(Y,50+6*sin(X/11)),40+60*lt(hypot(mod(X,9)-4,"
                       f"mod(Y,8)-4),1.3),215+12*sin(X/5+Y/7)))+180*{_PSPRAY})",
                       f"if({_DSKIER},180,if(lt(Y,50),116,136))", f"if({_DSKIER},90,if(lt(Y,50),120,124))"),
    "chalet-l": _scene(f"min(250,if({_CWINS},200,if({_ROOF},170,if({_CWALL},45+10*lt(mod(Y,8),1),"
                     f"if(gt(Y,140+4*sin(X/25)),110+8*sin(X/7)+40*exp(-hypot(X-160,Y-150)/60),"
                     f"22+0.15*Y+40*{_CSMOKE}))))+70*{_FLAKES})",
                     f"if({_CWINS},60,if({_ROOF},150,if({_CWALL},120,if(gt(Y,140),150,160))))",
                     f"if({_CWINS},175,if({_ROOF},118,if({_CWALL},140,if(gt(Y,140),118,112))))"),
    "goggles-l": _scene(f"if({_GOG},if({_GREFL},220,130+0.6*Y),if({_STRAP},30,if({_HELM},235,"
                      f"if({_GFACE},150+10*sin(Y/9),200-0.3*Y))))",
                      f"if({_GOG},if({_GREFL},110,80),if({_STRAP}+{_HELM},128,if({_GFACE},110,165)))",
                      f"if({_GOG},if({_GREFL},140,160),if({_STRAP}+{_HELM},128,if({_GFACE},150,105)))"),
}
TWELFTHREEL = "\n".join(["Underwater Camera", "A Patient Grouper", "", "Sea Unit", "The Margaret Ann", "",
                         "Night Cameras", "A Curious Fox", "", "Magic Consultant", "The Rabbit", "",
                         "Pyrotechnics", "Bang and Sons", "", "Ski Cameras", "Cold Fingers", "",
                         "The Twelfth Reel"])
TEXT_FILES_L = {"TWELFTHREEL": ("twelfthreel.txt", TWELFTHREEL)}

FX_L = {
    "grain-l": "noise=alls=11:allf=t:all_seed=15000017",
    "grain2-l": "noise=alls=18:allf=t+u:all_seed=15000059",
    "grain3-l": "noise=alls=30:allf=t+u:all_seed=15000101",
    "grain4-l": "noise=alls=14:allf=t:all_seed=15000149",
    "grain5-l": "noise=alls=16:allf=t+u:all_seed=15000191",
    "grain6-l": "noise=alls=9:allf=t:all_seed=15000233",
    "tight-l": "crop=iw*0.62:ih*0.62:iw*0.19:ih*0.2,scale=320:180",
    "closer-l": "crop=iw*0.5:ih*0.5:iw*0.25:ih*0.22,scale=320:180",
    "angle2-l": "crop=iw*0.86:ih*0.86:iw*0.1:ih*0.03,scale=320:180",
    # Looks: blue water, soft; a cold grey sea in scope bars; infrared with a round vignette; a warm
    # stage; fireworks, saturated; bright snow in 2:1 bars.
    "deepblue-l": "eq=saturation=1.1:gamma=1.05,colorbalance=bs=0.05:rs=-0.06,gblur=sigma=0.6",
    "cold-l": "eq=saturation=0.75:contrast=1.12,colorbalance=bs=0.07:bm=0.04:rs=-0.05:rm=-0.02",
    "scope-l": "drawbox=x=0:y=0:w=iw:h=23:c=black:t=fill,drawbox=x=0:y=ih-23:w=iw:h=23:c=black:t=fill",
    "nv-l": "eq=contrast=1.12,vignette=PI/3.2",
    "trap-l": f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=white:"
              "text='CAM 2  IR  03h41m%{eif\\:12+n/24\\:d}s  -2C':x=8:y=h-16",
    "theatre-l": "eq=contrast=1.1:saturation=1.2,colorbalance=rh=0.05:gh=0.02:bs=-0.03,vignette=PI/5",
    "night-l": "eq=contrast=1.08:saturation=1.25",
    "alpine-l": "eq=contrast=1.06:saturation=1.15,colorbalance=bh=0.05:bs=0.03:rh=-0.02",
    "wide-l": "drawbox=x=0:y=0:w=iw:h=10:c=black:t=fill,drawbox=x=0:y=ih-10:w=iw:h=10:c=black:t=fill",
    # Text appearing in mid-shot: a place name, the magician's name.
    "place-l": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:text='Osprey Reef  Coral Sea'"
               ":x=14:y=h-28:alpha='clip((n-MID)/10,0,1)'",
    "name-l": f"drawtext=fontfile={SERIF}:fontsize=14:fontcolor=0xffe6a0:text='The Great Zanzini'"
              ":x=20:y=h-30:alpha='clip((n-MID)/8,0,1)'",
    # Camera moves: a slow drift in the current, a ship rolling and heaving, a phone held up, a tilt
    # up after a rocket, a pan after the magician, a fast follow pan.
    "drift-l": "scale=352:198,crop=320:180:x='16+14*sin(n*0.03)':y='9+7*sin(n*0.05+1)'",
    "roll-l": "scale=388:218,rotate=a='0.075*sin(n*0.11)':ow=320:oh=180",
    "heave-l": "scale=320:216,crop=320:180:x=0:y='18+16*sin(n*0.1)'",
    "phone-l": "scale=344:194,crop=320:180:x='12+5*sin(n*0.37)+3*sin(n*1.9)'"
               ":y='7+4*sin(n*0.53)+2*sin(n*2.3)'",
    "tiltup-l": "scale=320:260,crop=320:180:x=0:y='max(80-n*2.2,0)'",
    "pan-l": "scale=400:225,crop=320:180:x='40+36*sin(n*0.06)':y=22",
    "follow-l": "scale=440:248,crop=320:180:x='60+54*sin(n*0.085)':y='34+9*sin(n*0.23)'",
    # Around MID: big bubbles rising past the lens, a diver's torch shone into the lens, a shoal
    # passing close, forked lightning (a stroke, a dark frame, two weaker ones), a wave over the
    # lens leaving drops, the wheelhouse lamp flickering and failing for good, the infrared lamp
    # surging and recovering, auto-gain hunting, a moth flying past the lens, a recorder glitch,
    # flash powder with its smoke, the house lights dimming slowly, a phone flash in the stalls, a
    # firework lighting all in gold, crackling strobes, smoke drifting across, a pinch zoom, a whip
    # pan, snow sprayed on the lens, a slow sun flare, a whiteout, a skier passing the lens.
    "bubbles-l": _overlay("(between(hypot(X-70-4*sin(N*0.9),Y-200+16*(N-MID+8)),28,34)"
                          "+0.5*lt(hypot(X-70-4*sin(N*0.9),Y-200+16*(N-MID+8)),28)"
                          "+between(hypot(X-196,Y-200+12*(N-MID+8)),18,22)"
                          "+between(hypot(X-262+3*sin(N*0.7),Y-200+10*(N-MID+8)),12,15))"
                          "*between(N,MID-8,MID+8)", 235),
    "torchglare-l": "format=yuv420p,geq=lum='min(255,lum(X,Y)+240*exp(-pow((N-MID)/3,2))"
                    "*exp(-hypot(X-200,Y-70)/(30+20*exp(-pow((N-MID)/3,2)))))':cb='cb(X,Y)':cr='cr(X,Y)'",
    "shoalpass-l": _overlay("0.75*lt(hypot((mod(X+30*(N-MID),90)-45)/38,(Y-60-mod(floor((X+30*(N-MID))/90)"
                            "*37,70))/14),1)*between(N,MID-6,MID+6)", 20, 128, 128),
    "fork-l": "eq=brightness='0.55*eq(n,MID)+0.38*eq(n,MID+2)+0.14*eq(n,MID+3)'"
              ":contrast='1-0.35*eq(n,MID)-0.2*eq(n,MID+2)':eval=frame",
    "spray-l": "gblur=sigma=7:enable='between(n,MID-2,MID+2)',eq=brightness=0.14:contrast=0.8"
               ":enable='between(n,MID-2,MID+1)',format=yuv420p,geq=lum='if(lt(hypot(mod(X+Y*0.3,53)-26,"
               "mod(Y+X*0.7,41)-20),7)*between(N,MID+3,MID+12),lum(X+5*sin(Y/2),Y+3),lum(X,Y))'"
               ":cb='cb(X,Y)':cr='cr(X,Y)'",
    "lampout-l": "eq=brightness='-0.14*eq(n,MID-4)-0.09*eq(n,MID-1)-0.12*gte(n,MID+1)':eval=frame",
    "irsurge-l": "eq=brightness='0.45*exp(-(n-MID)/3)*gte(n,MID)':eval=frame",
    "gainhunt-l": "eq=brightness='0.045*sin(n*1.7)+0.03*sin(n*0.6)':eval=frame",
    "mothpass-l": "format=yuv420p,geq=lum='min(255,lum(X,Y)+180*exp(-pow(hypot(X+40-45*(N-MID+4),"
                  "Y-80-30*sin(N))/45,2))*between(N,MID-4,MID+4))':cb='cb(X,Y)':cr='cr(X,Y)'",
    "glitch-l": "format=yuv420p,geq=lum='if(between(N,MID,MID+1)*between(Y,64,120),"
                "lum(floor((X+37+30*sin(floor(Y/16)*3.1))/16)*16,floor(Y/16)*16),lum(X,Y))'"
                ":cb='cb(X,Y)':cr='cr(X,Y)'",
    "powder-l": "eq=brightness=0.5:contrast=0.65:enable='between(n,MID,MID+1)',"
                + _overlay("0.85*gte(N,MID+2)*exp(-(N-MID-2)/7)"
                           "*exp(-pow(hypot(X-160,Y-96)/(55+5*(N-MID)),2))", 140),
    "houselights-l": "eq=brightness='-0.15*clip((n-MID+16)/32,0,1)':eval=frame",
    "phoneflash-l": "drawbox=x=0:y=ih*0.45:w=iw:h=ih*0.55:c=white@0.6:t=fill:enable='eq(n,MID)',"
                    "eq=brightness=0.12:enable='eq(n,MID+1)'",
    "bigflash-l": "eq=brightness='0.42*exp(-(n-MID)/2.2)*gte(n,MID)':eval=frame,colorbalance=rs=0.25:gs=0.1"
                  ":bs=-0.25:rm=0.25:gm=0.08:bm=-0.25:rh=0.1:bh=-0.1:enable='between(n,MID,MID+4)'",
    "crackle-l": "eq=brightness=0.32:contrast=0.82:enable='eq(mod(n,3),0)*between(n,MID-7,MID+7)'",
    "smokeroll-l": _overlay("0.6*exp(-pow((X-160-(N-MID)*6)/70,2))", 70),
    "pinch-l": "zoompan=z='1+0.45*clip((in-MID+3)/6,0,1)':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.55'"
               ":y='(ih-ih/zoom)*0.4'",
    "whip-l": "scale=480:270,crop=320:180:x='80+78*tanh((n-MID)/1.6)':y=45,"
              "gblur=sigma=9:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "snowspray-l": _overlay("between(N,MID,MID+5)*lt(sin(X/7+Y/5+N)*sin(Y/6-X/9),0.25-0.15*(N-MID))",
                            245, 128, 128),
    "flare-l": "format=yuv420p,geq=lum='min(255,lum(X,Y)+exp(-pow((N-MID)/10,2))*(50+120*exp(-hypot("
               "X-250+(N-MID)*2,Y-30)/40)+90*lt(abs(hypot(X-140+(N-MID),Y-110)-14),2)))'"
               ":cb='cb(X,Y)':cr='cr(X,Y)'",
    "whiteout-l": "eq=contrast='1-0.55*exp(-pow((n-MID)/6,2))':brightness='0.22*exp(-pow((n-MID)/6,2))'"
                  ":eval=frame",
    "passby-l": _overlay("0.85*between(N,MID-3,MID+3)*exp(-pow(hypot((X-160+70*(N-MID))/70,(Y-100)/110),4))",
                         40, 90, 190),
}

# held-out-l (clips 72-77): new recipes again, written after held-out-k without running the
# detector on them. Realistic film material of six more kinds: an underwater reef documentary
# (rippling caustics, a slow drift in the current, bubbles and a shoal passing the lens, a
# diver's torch shone into the lens, a dark wreck, a place name fading in, cuts between dark
# shots and to closer framings, a 40-frame dissolve), a storm at sea in scope bars (the camera
# rolling and heaving, forked lightning, a wave over the lens, the wheelhouse lamp failing for
# good, a lighthouse beam sweeping into the lens, cuts during the roll, to closer framings and
# dark to dark, fades through black and white), a night-vision wildlife film (infrared green,
# heavy grain, a camera trap's running clock, the infrared lamp surging, auto-gain hunting, a
# moth past the lens, a recorder glitch, cuts between dark shots and near-identical angles), a
# stage magic show (flash powder and smoke as the assistant appears, the house lights dimming
# slowly, a phone flash in the stalls, the magician's name fading in, a rabbit rising out of a
# hat, a pan, a fade through white), a fireworks night (bursts lighting the sky, a phone held
# up, a gold flash over everything, crackling strobes, smoke drifting, a pinch zoom, a tilt up,
# dissolves of up to 44 frames, cuts dark to dark) and a ski film in 2:1 bars (whip pans and a
# follow pan, snow sprayed on the lens, a slow sun flare, a whiteout, a skier passing the lens,
# fades through white between bright shots, cuts to near-identical angles of the peaks).
HELD_OUT_L = [
    ("reef-documentary", [S("serif:Beneath the Coral Sea", 40, 0, "grain-l"), "fadeio:12:14",
                          S("reef-l", 60, 0, "drift-l deepblue-l grain-l"), "fade:30",
                          S("turtle-l", 56, 0, "deepblue-l grain-l"), "cut",
                          S("turtle-l", 34, 100, "closer-l deepblue-l grain-l"), "cut",
                          S("shoal-l", 48, 0, "shoalpass-l deepblue-l grain-l"), "cut",
                          S("reef-l", 40, 120, "bubbles-l deepblue-l grain-l"), "cut",
                          S("diver-l", 48, 0, "drift-l deepblue-l grain-l"), "fade:18",
                          S("wreck-l", 50, 0, "torchglare-l deepblue-l grain-l"), "cut",
                          S("wreck-l", 30, 150, "angle2-l deepblue-l grain-l"), "cut",
                          S("manta-l", 56, 0, "deepblue-l grain-l"), "fade:40",
                          S("reef-l", 56, 250, "deepblue-l grain-l"), "cut",
                          S("shoal-l", 36, 150, "closer-l deepblue-l grain-l"), "cut",
                          S("diver-l", 52, 150, "bubbles-l deepblue-l grain-l"), "fadeblack:24",
                          S("wreck-l", 40, 300, "deepblue-l grain-l"), "cut",
                          S("turtle-l", 36, 200, "drift-l deepblue-l grain-l"), "cut",
                          S("reef-l", 40, 400, "tight-l place-l deepblue-l grain-l"), "cut",
                          S("manta-l", 44, 150, "drift-l deepblue-l grain-l"), "fadeio:18:12",
                          S("credits-l", 60, 0)]),
    ("storm-at-sea", [S("card:THE WINTER SEA", 36), "fadeblack:14",
                      S("sea-l", 64, 0, "roll-l cold-l scope-l grain2-l"), "cut",
                      S("trawler-l", 50, 0, "heave-l cold-l scope-l grain2-l"), "cut",
                      S("trawler-l", 32, 120, "closer-l heave-l cold-l scope-l grain2-l"), "cut",
                      S("breakers-l", 44, 0, "spray-l cold-l scope-l grain2-l"), "cut",
                      S("wheelhouse-l", 56, 0, "roll-l lampout-l cold-l scope-l grain2-l"), "cut",
                      S("sea-l", 48, 150, "fork-l roll-l cold-l scope-l grain2-l"), "fade:22",
                      S("lighthouse-l", 60, 50, "cold-l scope-l grain2-l"), "cut",
                      S("lighthouse-l", 36, 200, "tight-l cold-l scope-l grain2-l"), "cut",
                      S("cliffs-l", 48, 0, "cold-l scope-l grain2-l"), "fade:36",
                      S("trawler-l", 70, 250, "roll-l fork-l cold-l scope-l grain2-l"), "cut",
                      S("wheelhouse-l", 36, 150, "angle2-l heave-l cold-l scope-l grain2-l"), "cut",
                      S("breakers-l", 40, 150, "cold-l scope-l grain2-l"), "fadewhite:12",
                      S("sea-l", 44, 300, "heave-l cold-l scope-l grain2-l"), "cut",
                      S("cliffs-l", 36, 200, "spray-l cold-l scope-l grain2-l"), "cut",
                      S("lighthouse-l", 56, 380, "cold-l scope-l grain2-l"), "fadeblack:30",
                      S("serif:Aboard the Margaret Ann", 46)]),
    ("night-vision", [S("card:AFTER DARK", 30), "fadeio:10:12",
                      S("glade-l", 60, 0, "trap-l nv-l grain3-l"), "cut",
                      S("sett-l", 48, 0, "gainhunt-l trap-l nv-l grain3-l"), "cut",
                      S("sett-l", 30, 100, "closer-l trap-l nv-l grain3-l"), "cut",
                      S("owl-l", 44, 0, "mothpass-l trap-l nv-l grain3-l"), "cut",
                      S("glade-l", 40, 120, "irsurge-l trap-l nv-l grain3-l"), "fade:16",
                      S("hedgehog-l", 50, 0, "glitch-l trap-l nv-l grain3-l"), "cut",
                      S("deer-l", 48, 0, "trap-l nv-l grain3-l"), "cut",
                      S("deer-l", 30, 150, "angle2-l trap-l nv-l grain3-l"), "cut",
                      S("bats-l", 44, 0, "trap-l nv-l grain3-l"), "fade:28",
                      S("owl-l", 48, 150, "trap-l nv-l grain3-l"), "cut",
                      S("hedgehog-l", 36, 150, "closer-l gainhunt-l trap-l nv-l grain3-l"), "cut",
                      S("glade-l", 40, 250, "mothpass-l trap-l nv-l grain3-l"), "fadeblack:20",
                      S("sett-l", 44, 250, "irsurge-l trap-l nv-l grain3-l"), "cut",
                      S("bats-l", 36, 150, "trap-l nv-l grain3-l"), "cut",
                      S("deer-l", 48, 300, "trap-l nv-l grain3-l"), "fade:10",
                      S("owl-l", 40, 300, "tight-l trap-l nv-l grain3-l")]),
    ("magic-show", [S("serif:The Great Zanzini", 40, 0, "grain4-l"), "fadeio:14:10",
                    S("stage-l", 56, 0, "houselights-l theatre-l grain4-l"), "cut",
                    S("hands-l", 44, 0, "theatre-l grain4-l"), "cut",
                    S("audience-l", 36, 0, "phoneflash-l theatre-l grain4-l"), "cut",
                    S("cabinet-l", 48, 0, "powder-l theatre-l grain4-l"), "cut",
                    S("stage-l", 40, 100, "pan-l name-l theatre-l grain4-l"), "fade:14",
                    S("rabbit-l", 48, 0, "theatre-l grain4-l"), "cut",
                    S("rabbit-l", 30, 100, "closer-l theatre-l grain4-l"), "cut",
                    S("audience-l", 30, 100, "theatre-l grain4-l"), "cut",
                    S("saw-l", 50, 0, "theatre-l grain4-l"), "fade:26",
                    S("hands-l", 40, 150, "closer-l theatre-l grain4-l"), "cut",
                    S("stage-l", 44, 200, "phoneflash-l theatre-l grain4-l"), "cut",
                    S("stage-l", 30, 300, "angle2-l theatre-l grain4-l"), "fadewhite:10",
                    S("cabinet-l", 40, 200, "pan-l theatre-l grain4-l"), "cut",
                    S("saw-l", 36, 150, "tight-l theatre-l grain4-l"), "cut",
                    S("audience-l", 50, 200, "houselights-l theatre-l grain4-l"), "fadeblack:22",
                    S("serif:And for my next trick", 36, 0, "grain4-l")]),
    ("fireworks-night", [S("card:NEW YEAR ON THE RIVER", 34), "fadeblack:12",
                         S("skyburst-l", 56, 0, "phone-l night-l grain5-l"), "cut",
                         S("crowd-l", 48, 0, "night-l grain5-l"), "cut",
                         S("river-l", 50, 0, "night-l grain5-l"), "cut",
                         S("rockets-l", 44, 0, "tiltup-l night-l grain5-l"), "fade:16",
                         S("sparkler-l", 48, 0, "night-l grain5-l"), "cut",
                         S("sparkler-l", 30, 100, "closer-l night-l grain5-l"), "cut",
                         S("skyburst-l", 56, 150, "bigflash-l night-l grain5-l"), "fade:32",
                         S("finale-l", 74, 0, "crackle-l night-l grain5-l"), "cut",
                         S("crowd-l", 36, 150, "phone-l night-l grain5-l"), "cut",
                         S("river-l", 40, 150, "angle2-l smokeroll-l night-l grain5-l"), "cut",
                         S("skyburst-l", 48, 300, "pinch-l night-l grain5-l"), "cut",
                         S("rockets-l", 36, 200, "night-l grain5-l"), "fadeio:12:12",
                         S("finale-l", 56, 150, "smokeroll-l night-l grain5-l"), "cut",
                         S("sparkler-l", 64, 250, "night-l grain5-l"), "fade:44",
                         S("river-l", 90, 300, "night-l grain5-l"), "fadeblack:28",
                         S("card:Happy New Year", 44)]),
    ("ski-film", [S("card:WHITE LINES", 30, 0, "wide-l"), "fadewhite:12",
                  S("peaks-l", 60, 0, "flare-l alpine-l wide-l grain6-l"), "fade:24",
                  S("slope-l", 50, 0, "follow-l alpine-l wide-l grain6-l"), "cut",
                  S("slope-l", 30, 60, "tight-l alpine-l wide-l grain6-l"), "cut",
                  S("lift-l", 44, 0, "alpine-l wide-l grain6-l"), "cut",
                  S("moguls-l", 48, 0, "whip-l alpine-l wide-l grain6-l"), "cut",
                  S("goggles-l", 36, 0, "alpine-l wide-l grain6-l"), "cut",
                  S("deepsnow-l", 50, 0, "snowspray-l follow-l alpine-l wide-l grain6-l"), "fadewhite:20",
                  S("peaks-l", 56, 200, "whiteout-l alpine-l wide-l grain6-l"), "cut",
                  S("peaks-l", 30, 300, "angle2-l alpine-l wide-l grain6-l"), "cut",
                  S("slope-l", 44, 160, "passby-l alpine-l wide-l grain6-l"), "fade:12",
                  S("chalet-l", 56, 0, "alpine-l wide-l grain6-l"), "cut",
                  S("chalet-l", 52, 150, "closer-l alpine-l wide-l grain6-l"), "fade:36",
                  S("moguls-l", 56, 150, "follow-l alpine-l wide-l grain6-l"), "cut",
                  S("deepsnow-l", 40, 150, "whip-l alpine-l wide-l grain6-l"), "cut",
                  S("lift-l", 36, 150, "tight-l alpine-l wide-l grain6-l"), "cut",
                  S("goggles-l", 40, 100, "flare-l alpine-l wide-l grain6-l"), "fadeio:14:16",
                  S("serif:Snow Again Next Winter", 36)]),
]
