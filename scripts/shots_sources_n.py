"""Sources, effects and recipes of held-out-n (clips 84-89), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-83. Drawn scenes for six more kinds of
film: misty ridges under the rainforest, the canopy seen from below with trunks and a shaft of
light, a waterfall among ferns, a red-eyed tree frog on a leaf, a toucan on a branch, a brown
river seen from a canoe's bow and leafcutter ants carrying leaves along a branch (a rainforest
nature film); the main straight under the grandstand with cars flashing past, an onboard camera
behind the halo, a hairpin seen from a tower, fans waving flags, a pit stop, the chequered flag
and the podium (a motor-racing broadcast); a jet team in formation trailing smoke, a pilot in
his cockpit with the horizon rolling, a jet taking off in front of the hangars, spectators
looking up, a biplane drawing a smoke loop and a dark hangar with a plane in its door (an air
show film in faded colour); the big top with its striped canvas and ring, a ringmaster with a
megaphone, a juggler, a clown's face, a lion on its drum behind cage bars, a trapeze artist
swinging in the dark and the audience laughing (a circus film); a wheat field, a combine
harvester with its reel turning, grain pouring from an auger into a trailer, a tractor ploughing
with gulls behind it, a red barn and a silo, a farmer under a straw hat and round bales at sunset
(a 16 mm educational film of the harvest); the studio set with chaser lights and podiums, the
host with his cards, a contestant at her podium, the question board, a big wheel spinning and the
studio audience clapping (a television quiz show).
"""

from shots_lavfi import FONT, SERIF, half as _half, overlay as _overlay, scene as _scene, text as _text
from shots_recipes import S

# A rainforest nature film.
_MR1 = "(136+9*sin(X/23)+6*sin(X/9+1))"
_MR2 = "(104+13*sin(X/41+2)+5*sin(X/13))"
_MR3 = "(76+16*sin(X/57+4)+4*sin(X/17))"
_MR4 = "(56+10*sin(X/70+1)+3*sin(X/21))"
_MTEX = "gt(sin(X*0.9+2*sin(Y/3))*sin(Y*0.7+X/5),0.1)"
_MMIST = (f"(50*exp(-pow((Y-{_MR2}-4)/7,2))*(0.6+0.4*sin(X/37+N*0.05))"
          f"+40*exp(-pow((Y-{_MR3}-3)/6,2))*(0.6+0.4*sin(X/29-N*0.04)))")
_CR = "hypot(X-160,Y-90)"
_CTRUNK = f"lt(abs(sin(atan2(Y-90,X-160)*2.5+0.7)),0.075)*gt({_CR},34)"
_CLEAF = ("gt(sin(X/7+2*sin(Y/11)+0.4*sin(N*0.04))*sin(Y/6+2*cos(X/13)-0.3*sin(N*0.05))"
          "+0.45*sin(X/23+Y/19),-0.1)")
_CSHAFT = "exp(-pow((X-0.55*Y-150)/12,2))"
_WFALL = "lt(abs(X-160-6*sin(Y/40)),24+0.1*Y)*lt(Y,144)*gt(Y,22+8*sin(X/9))"
_WPOOL = "gt(Y,144+3*sin(X/11))"
_WTOP = "lt(Y,22+8*sin(X/9))"
_WFERN = "(lt(X,64-18*sin(Y/30))+gt(X,262+16*sin(Y/26)))*gt(sin(X/3+Y/2.2)*sin(X/5-Y/3),-0.25)*gt(Y,50)"
_WSTREAK = "gt(sin(X*1.7+floor(X/4))*sin((Y-N*11)/5+X),0.15)"
_FLEAF = "lt(hypot((X-160)/150,(Y-132+0.22*(X-160))/30),1)"
_FVEIN = "min(lt(abs(Y-132+0.22*(X-160)),1.3)+lt(abs(mod(X+1.3*(Y-132+0.22*(X-160)),26)-13),0.9),1)"
_FBG = "(40+26*lt(hypot(mod(X+0.3*Y,53)-26,mod(Y,47)-23),13)+10*sin(X/31+Y/23))"
_FBODY = "lt(hypot((X-158)/44,(Y-104)/24),1)"
_FHEAD = "lt(hypot((X-198)/22,(Y-96)/17),1)"
_FEYE = "lt(hypot(X-204,Y-82),8)"
_FPUP = "lt(hypot((X-205)/1.6,(Y-82)/5),1)"
_FFOOT = ("(lt(hypot((X-130)/10,(Y-124)/5),1)+lt(hypot((X-196)/9,(Y-122)/5),1)"
          "+lt(hypot((X-112)/8,(Y-112)/4),1))")
_FTHROAT = "lt(hypot((X-206)/12,(Y-108)/(5+2*sin(N*0.55))),1)"
_FSIDE = f"lt(abs(Y-110-0.12*(X-158)),2.5)*{_FBODY}"
_TNOD = "(3*sin(N*0.08))"
_TBG = "(58+28*sin(X/17+Y/13)*sin(Y/9-X/29)+30*lt(hypot(mod(X,61)-30,mod(Y+0.4*X,57)-28),11))"
_TBR = "lt(abs(Y-146-0.12*(X-160)),7)"
_TBODY = "(lt(hypot((X-146)/28,(Y-104)/44),1)+between(X,128,152)*between(Y,140,180))"
_TTHROAT = "lt(hypot((X-160)/15,(Y-76)/14),1)"
_THEAD = f"lt(hypot(X-156,Y-58-{_TNOD}),18)"
_TEYE = f"lt(hypot(X-164,Y-55-{_TNOD}),5)"
_TBEAK = f"between(X,170,262)*lt(abs(Y-56-{_TNOD}-0.1*(X-170)),13*(1-(X-170)/100))"
_RWATER = "gt(Y,74)*lt(abs(X-160),24+(Y-74)*2.6)"
_RSKY = "lt(Y,26+12*abs(sin(X/19))+7*sin(X/7+1)+5*sin(X/3))"
_RBOW = "gt(Y,146)*lt(abs(X-160),(Y-146)*1.6)"
_RTEX = "gt(sin(X/4+3*sin(Y/6))*sin(Y/3+2*sin(X/9)),0.2)"
_AX = "(mod(X-N*1.6,44)-22)"
_AY = "(Y-89-0.2*(X-160))"
_AON = "gt(sin(floor((X-N*1.6)/44)*2.7),-0.6)"
_ANT = f"(lt(hypot({_AX}/9,{_AY}/3.4),1)+lt(hypot(({_AX}-11)/4.5,({_AY}+1)/4),1))*{_AON}"
_ALEAF = f"lt(hypot(({_AX}+1)/11,({_AY}+17)/9),1)*{_AON}"
_ALEGS = f"lt(abs(mod({_AX},6)-3),0.7)*between({_AY},1,5)*lt(abs({_AX}),9)*{_AON}"
_ABR = "lt(abs(Y-104-0.2*(X-160)),12)"

# A motor-racing broadcast.
_C1X = "(mod(N*18,900)-200)"
_C2X = "(mod(N*18-150,900)-200)"


def _car(cx):
    """Body, cockpit and wheels of a racing car seen from the side, its tail at x = cx."""
    return (f"between(X-{cx},0,84)*between(Y,114,130)+between(X-{cx},0,10)*between(Y,102,114)",
            f"between(X-{cx},30,50)*between(Y,106,114)",
            f"(lt(hypot(X-{cx}-14,Y-130),8)+lt(hypot(X-{cx}-70,Y-130),8))")


_C1B, _C1K, _C1W = _car(_C1X)
_C2B, _C2K, _C2W = _car(_C2X)
_SCROWD = "lt(hypot(mod(X+5*floor(Y/7),10)-5,mod(Y,7)-3.5),2.6)"
_VX = "(160+40*sin(N*0.035))"
_OCX = f"({_VX}+(160-{_VX})*(Y-70)/110)"
_OROAD = f"gt(Y,70)*lt(abs(X-{_OCX}),(Y-70)*1.9+1)"
_OKERB = f"gt(Y,70)*between(abs(X-{_OCX}),(Y-70)*1.9+1,(Y-70)*2.3+2)"
_OSTRIPE = "lt(mod(240/max(Y-68,1)+N*1.6,2),1)"
_OHALO = "(lt(abs(hypot((X-160)/170,(Y-232)/130)-1),0.045)+lt(abs(X-160),5)*between(Y,100,180))"
_ONOSE = "gt(Y,150)*lt(abs(X-160),(Y-150)*1.4)"
_OMIRR = "(lt(hypot((X-60)/18,(Y-150)/8),1)+lt(hypot((X-260)/18,(Y-150)/8),1))"
_PCAR = ("(between(X,64,262)*between(Y,108,128)+between(X,60,80)*between(Y,94,110)"
         "+between(X,240,272)*between(Y,124,130))")
_PWHEEL = "(lt(hypot(X-92,Y-124),14)+lt(hypot(X-236,Y-124),14))"
_PCOCK = "between(X,150,190)*between(Y,100,110)"


def _crew(xs, y=112):
    """Pit crew: a head and a body for each x (their arms busy)."""
    return "+".join(f"lt(hypot((X-{x}-2*sin(N*0.8+{i}))/9,(Y-{y})/20),1)+lt(hypot(X-{x},Y-{y - 26}),6.5)"
                    for i, x in enumerate(xs))


_PCREW = f"({_crew([84, 122, 206, 248])})"
_PLOLLY = "(lt(abs(X-292),1.5)*between(Y,70,150)+lt(hypot(X-292,Y-68),10))"
_HR = "hypot(X-170,Y-60)"
_HTRACK = f"(between({_HR},80,110)*gt(Y,60)+between(abs(X-170),80,110)*lt(Y,60))"
_HGRAVEL = f"between({_HR},110,140)*gt(Y,60)"
_HTYRES = f"between({_HR},140,147)*gt(Y,60)"
_HKERB = f"between({_HR},74,80)*gt(Y,60)"


def _hcar(k):
    """A car on the hairpin's arc (hidden on the straights), k its place in the train."""
    th = f"(mod(N*0.05+{k}*0.9,4.4)-0.6)"
    return f"lt(hypot(X-170-95*cos({th}),Y-60-95*sin({th})),7)*between({th},0,3.1416)"


_HCARS = f"({_hcar(0)}+{_hcar(1)}+{_hcar(2)})"


def _flag(x, y, k):
    """A flag on its pole waving from (x, y)."""
    return (f"between(X-{x},0,50)*between(Y-{y}-5*sin((X-{x})/8-N*0.6+{k}),0,28)",
            f"lt(abs(X-{x}),1.2)*between(Y,{y},{y + 80})")


_FL1, _FP1 = _flag(40, 30, 0)
_FL2, _FP2 = _flag(150, 20, 2)
_FL3, _FP3 = _flag(250, 36, 4)
_FANS = "lt(hypot(mod(X+9*floor(Y/18),18)-9,mod(Y+2*sin(N*0.3+floor(X/18)),18)-7),5)"
_FWAVE = "(Y+8*sin(X/25-N*0.5))"
_CHECK = f"gt(sin(X/14)*sin({_FWAVE}/14),0)"
_CFLAG = f"between(X,40,300)*between({_FWAVE},20,150)"


def _driver(x, y, arms=False):
    """A driver in his race suit standing at x with his head at y, arms up if he won."""
    up = (f"+lt(abs(X-{x}-22+0.5*(Y-{y})),3)*between(Y,{y - 34},{y + 14})"
          f"+lt(abs(X-{x}+22-0.5*(Y-{y})),3)*between(Y,{y - 34},{y + 14})") if arms else ""
    return f"(lt(hypot((X-{x})/20,(Y-{y}-44)/34),1){up})", f"lt(hypot(X-{x},Y-{y}),11)"


_D1, _H1 = _driver(160, 48, arms=True)
_D2, _H2 = _driver(80, 66)
_D3, _H3 = _driver(240, 76)
_TROPHY = "lt(hypot(X-186,Y-12),9)+between(X,183,189)*between(Y,12,26)"
_STEPS = "(between(X,120,200)*gt(Y,120)+between(X,40,120)*gt(Y,136)+between(X,200,280)*gt(Y,146))"

# An air show film.
_JETS = [(190, 70, 0), (166, 58, 1), (166, 82, 2), (142, 70, 3)]


def _jet(x, y, k):
    """A jet seen from the side-ish, nose to the right at x + 12; its smoke trail behind."""
    jx, jy = f"({x}+10*sin(N*0.02))", f"({y}+1.5*sin(N*0.13+{k}))"
    body = (f"(lt(abs(Y-{jy}),({jx}+12-X)*0.42)*between(X-{jx},-10,12)"
            f"+lt(abs(Y-{jy}),1.6)*between(X-{jx},-16,16))")
    trail = f"exp(-pow((Y-{jy})/(1.5+0.06*({jx}-X)),2))*lt(X,{jx}-12)*exp(-({jx}-X)/260)"
    return body, trail


_JBODY = "+".join(_jet(*j)[0] for j in _JETS)
_JTRAIL = "+".join(_jet(*j)[1] for j in _JETS)
_CLOUDS = "max(0,sin(X/31+N*0.004)*sin(Y/19+1)+0.4*sin(X/13+Y/11)-0.5)"
_ROLL = "(0.28*sin(N*0.045))"
_GROUND = f"gt(Y-96-(X-160)*{_ROLL},0)"
_PATCH = f"gt(sin(X/19+Y/7)*sin((Y-(X-160)*{_ROLL})/5-X/23),0)"
_ARCH = "lt(abs(hypot((X-160)/150,(Y-190)/170)-1),0.03)"
_HELMET = "lt(hypot((X-160)/34,(Y-92)/36),1)"
_VISOR = "lt(hypot((X-160)/28,(Y-88)/14),1)*lt(Y,96)"
_OMASK = "lt(hypot((X-160)/14,(Y-112)/12),1)"
_HOSE = "lt(abs(X-160-(Y-120)*0.5),3)*between(Y,118,160)"
_SUITP = "gt(Y,130)*lt(abs(X-160),60+(Y-130)*0.8)"
_STRAP = "lt(abs(abs(X-160)-30+(Y-130)*0.3),3)*gt(Y,130)"
_PX = "(-80+4.2*mod(N,110))"
_PY = "(118-0.03*pow(max(mod(N,110)-30,0),2))"
_PLANE = (f"(lt(hypot((X-{_PX})/42,(Y-{_PY})/6),1)+lt(abs(Y-{_PY}-2),2)*between(X-{_PX},-18,10)"
          f"+between(X-{_PX},-42,-30)*between({_PY}-Y,0,14))")
_HANGARS = "between(Y,62,80)*gt(X,170)*lt(mod(X,70),52)*gt(Y,62+6*pow((mod(X,70)-26)/26,2))"
_RUNWAY = "between(Y,120,150)"
_HEADS1 = "lt(hypot(mod(X,34)-17,Y-126-6*sin(floor(X/34)*2.7)),12)+gt(Y,140+4*sin(floor(X/34)*1.9))"
_HEADS2 = "lt(hypot(mod(X+20,44)-22,Y-160),16)+gt(Y,172)"
_ARMS = ("(lt(abs(X-126),3)+lt(abs(X-230),3))*between(Y,96,124)+lt(hypot(X-130,Y-96),5)+"
         "lt(hypot(X-226,Y-96),5)")
_FENCE = "between(Y,152,155)+lt(mod(X,40),3)*gt(Y,150)"
_LA = "(N*0.07)"
_PHI = "atan2(X-160,90-Y)"
_BPX = f"(160+56*sin({_LA}))"
_BPY = f"(90-56*cos({_LA}))"
_BIPLANE = (f"(lt(hypot((X-{_BPX})/9,(Y-{_BPY})/3),1)+lt(abs(X-{_BPX}),1.5)*lt(abs(Y-{_BPY}),7)"
            f"+lt(abs(X-{_BPX}-4),1.5)*lt(abs(Y-{_BPY}),7))")
_BBEHIND = f"mod({_LA}-{_PHI},6.2832)"
_LOOP = f"between(hypot(X-160,Y-90),53,59)*lt({_BBEHIND},3.5)*(1-{_BBEHIND}/3.5)"
_DOOR = "between(X,90,230)*between(Y,40,150)"
_PROP = ("(lt(hypot((X-160)/60,(Y-112)/10),1)+between(X,80,240)*between(Y,104,110)"
         "+between(X,206,222)*between(Y,86,106))")
_MECH = ("(lt(hypot((X-116)/8,(Y-132)/18),1)+lt(hypot(X-116,Y-108),6)+lt(hypot((X-252)/8,(Y-134)/18),1)+"
         "lt(hypot(X-252,Y-110),6))")
_TRUSS = "lt(Y,40)*lt(abs(mod(X+Y*1.5,40)-20),1.5)"

# A circus film.
_RING = "hypot((X-160)/150,(Y-148)/34)"
_CANVAS = "gt(sin(atan2(X-160,Y+60)*22),0)"
_SEATS = "lt(hypot(mod(X+7*floor(Y/8),12)-6,mod(Y,8)-4),3)"
_TH = "(0.7*sin(N*0.11))"
_BX = f"(160+110*sin({_TH}))"
_BY = f"(110*cos({_TH})-10)"
_ROPES = (f"(lt(abs(X-142-({_BX}-160)*(Y+10)/({_BY}+10)),1.2)+lt(abs(X-178-({_BX}-160)*(Y+10)/({_BY}+10)),"
          f"1.2))*lt(Y,{_BY})")
_TBAR = f"lt(abs(Y-{_BY}),2)*lt(abs(X-{_BX}),24)"
_ARTIST = (f"(lt(hypot((X-{_BX})/8,(Y-{_BY}-34)/26),1)+lt(hypot(X-{_BX},Y-{_BY}-64),7)"
           f"+lt(abs(Y-{_BY}-58),2)*lt(abs(X-{_BX}),22))")
_FACE = "lt(hypot((X-160)/50,(Y-92)/62),1)"
_WIG = "(lt(hypot((X-102)/30,(Y-70)/36),1)+lt(hypot((X-218)/30,(Y-70)/36),1))*gt(sin(X/2)*sin(Y/2),-0.5)"
_CHAT = "(between(X,140,180)*between(Y,18,36)+between(X,130,190)*between(Y,34,38))"
_CEYES = "lt(hypot((abs(X-160)-20)/6,(Y-78)/(7*gt(mod(N,44),3)+0.6)),1)"
_CPAINT = "lt(abs(abs(X-160)-20)+abs(Y-78)*0.6,13)"
_CNOSE = "lt(hypot(X-160,Y-98),11)"
_CMOUTH = "lt(abs(hypot((X-160)/36,(Y-98)/26)-1),0.11)*gt(Y,110)"
_JBODY2 = "lt(hypot((X-160)/22,(Y-128)/40),1)"
_JHEAD = "lt(hypot(X-160,Y-78),12)"
_JHANDS = ("(lt(hypot(X-134-6*sin(N*0.45),Y-104-6*cos(N*0.45)),5)"
           "+lt(hypot(X-186+6*sin(N*0.45),Y-104+6*cos(N*0.45)),5))")


def _ball(k):
    """The juggler's k-th ball on its arc."""
    p = f"(N*0.19+{k}*2.094)"
    return f"lt(hypot(X-160-34*cos({p}),Y-100+46*abs(sin({p}))),6)"


_LBODY = "lt(hypot((X-180)/30,(Y-92)/26),1)"
_LMANE = "lt(hypot(X-170,Y-62),24)"
_LFACE = "lt(hypot(X-170,Y-64),13)"
_LROAR = "lt(hypot((X-170)/6,(Y-72)/(2+3*gt(sin(N*0.09),0.6))),1)"
_DRUM = "between(X,140,220)*between(Y,110,150)"
_TAMER = "(lt(hypot((X-70)/16,(Y-118)/34),1)+lt(hypot(X-70,Y-76),9))"
_WHIP = "lt(abs(Y-100+0.3*(X-84)+10*sin((X-84)/14-N*0.5)),1.2)*between(X,84,150)"
_BARS = "(lt(mod(X,44),5)+lt(Y,8))"
_COAT = "lt(abs(X-160),36+0.3*(Y-90))*gt(Y,90)"
_LAPEL = "lt(abs(abs(X-160)-14),5)*between(Y,90,150)"
_SHIRT = "lt(abs(X-160),10)*between(Y,90,150)"
_RHEAD = "lt(hypot((X-160)/16,(Y-70)/19),1)"
_TASH = "lt(abs(Y-80+0.02*pow(X-160,2)),2)*lt(abs(X-160),14)"
_TOPHAT = "(between(X,140,180)*between(Y,18,52)+between(X,130,190)*between(Y,50,55))"
_HATBAND = "between(X,140,180)*between(Y,44,50)"
_HORN = "lt(abs(Y-80-3*sin(N*0.2)),(X-172)*0.3+2)*between(X,172,232)"
_AUX = "(mod(X+11*floor(Y/36),40)-20)"
_AUY = "(mod(Y,36)-16)"
_AFACE = f"lt(hypot({_AUX},{_AUY}),10)"
_AMOUTH = f"lt(hypot({_AUX}/4,({_AUY}-5)/(1+2*gt(sin(N*0.5+floor(X/40)*1.3+floor(Y/36)*2.1),0))),1)"

# A 16 mm educational film of the harvest.
_WHEAT = "gt(sin(X*(0.35+(Y-62)/90)+3*sin(Y*0.22+N*0.15)),0.35)"
_HEDGE = "between(Y,50,62)*gt(Y,50+5*abs(sin(X/9))+3*sin(X/4))"
_CX = "(200-0.5*N)"
_COMBINE = f"(between(X-{_CX},-60,50)*between(Y,66,118)+between(X-{_CX},-10,40)*between(Y,52,66))"
_CAB = f"between(X-{_CX},-46,-14)*between(Y,40,66)"
_HEADER = f"between(X-{_CX},-110,-60)*between(Y,98,114)"
_REEL = f"lt(hypot(X-{_CX}+86,Y-96),18)*lt(abs(sin(atan2(Y-96,X-{_CX}+86)*3+N*0.35)),0.2)"
_CWHEEL = f"(lt(hypot(X-{_CX}+34,Y-116),18)+lt(hypot(X-{_CX}-30,Y-120),11))"
_CHAFF = (f"exp(-pow(hypot((X-{_CX}-80)/50,(Y-86+6*sin(X/15+N*0.2))/26),2))"
          "*(0.7+0.3*sin(X/6-N*0.5)*sin(Y/5))")
_AUGER = "lt(abs(Y-20-0.35*X),6)*lt(X,170)"
_STREAM = "lt(abs(X-172-2*sin(Y/4+N)),6)*between(Y,78,132)*gt(sin((Y-N*10)/2.5+X*0.9),-0.4)"
_TRAILER = "between(X,60,300)*between(Y,130,172)"
_MOUND = "gt(Y,130-26*exp(-pow((X-172)/46,2))-min(0.06*N,14))*between(X,64,296)*lt(Y,131)"
_FU = "((X-160)/max(Y-48,1))"
_FURROW = f"lt(mod({_FU}*30,6),3)"
_TX = "(230-0.3*N)"
_TRACTOR = f"(between(X-{_TX},-24,20)*between(Y,86,106)+between(X-{_TX},-22,-4)*between(Y,66,86))"
_TWHEEL = f"(lt(hypot(X-{_TX}+14,Y-108),14)+lt(hypot(X-{_TX}-14,Y-112),8))"


def _gull(k):
    """A gull following the plough, its wings flapping."""
    gx, gy = f"({_TX}+30+22*{k}+10*sin(N*0.1+{k}))", f"(70-12*sin(N*0.07+{k}*2))"
    return f"lt(abs(abs(X-{gx})*0.5-({gy}-Y)-2*abs(sin(N*0.6+{k}))),1.2)*lt(abs(X-{gx}),7)"


_GULLS = f"({'+'.join(_gull(k) for k in range(4))})"
_BARNW = "between(X,70,190)*between(Y,80,150)"
_ROOF = "lt(abs(X-130),(Y-40)*1.5)*between(Y,40,80)"
_BDOOR = "between(X,108,152)*between(Y,104,150)"
_BTRIM = ("(lt(abs(abs(X-130)-22),1.5)+lt(abs((X-108)*46/44-(Y-104)),1.5)"
          "+lt(abs((152-X)*46/44-(Y-104)),1.5))")
_SILO = "between(X,200,236)*between(Y,40,150)+lt(hypot((X-218)/18,(Y-40)/12),1)*lt(Y,40)"
_RAILS = "(lt(abs(Y-150),1.5)+lt(abs(Y-160),1.5)+lt(mod(X,30),3)*between(Y,144,166))"
_FFACE = "lt(hypot((X-170)/40,(Y-104)/52),1)"
_BRIM = "lt(hypot((X-170)/96,(Y-62)/14),1)"
_CROWN = "between(Y,22,60)*lt(abs(X-170),42-0.1*(60-Y))"
_WEAVE = "gt(sin(X*1.5+Y)*sin(X-Y*1.5),0)"
_FEYES = "lt(abs(Y-96),1.5)*lt(abs(abs(X-170)-16),7)"
_FMOUTH = "lt(abs(Y-132),1.5)*lt(abs(X-170),12)"
_FLANNEL = "gt(Y,150)*lt(abs(X-170),70)"
_SUN = "hypot(X-230,Y-100)"
_BALES = ("(lt(hypot((X-80)/26,(Y-128)/22),1)*lt(Y,150)+lt(hypot((X-150)/16,(Y-120)/13),1)"
          "+lt(hypot((X-280)/34,(Y-140)/30),1))")

# A television quiz show.
_LOGO = "hypot(X-160,Y-52)"
_BULBA = "(atan2(Y-52,X-160)*3.8197)"
_BULBS = f"lt(abs({_LOGO}-66),2.6)*lt(abs(mod({_BULBA},1)-0.5)*17.3,2.6)*lt(Y,70)"
_BULBON = f"lt(mod(floor({_BULBA})+floor(N/2),4),2)"
_POD = "(lt(abs(X-70),34)+lt(abs(X-160),34)+lt(abs(X-250),34))*between(Y,100,150)"
_PODLIT = "between(Y,100,106)*(lt(abs(X-70),34)+lt(abs(X-160),34)+lt(abs(X-250),34))"
_PODNAME = "between(Y,112,122)*(lt(abs(X-70),26)+lt(abs(X-160),26)+lt(abs(X-250),26))"
_CHEADS = "(lt(hypot(X-70,Y-84),11)+lt(hypot(X-160,Y-84),11)+lt(hypot(X-250,Y-84),11))"
_CSHOUL = "between(Y,92,100)*(lt(abs(X-70),20)+lt(abs(X-160),20)+lt(abs(X-250),20))"
_PODCB = "if(lt(X,115),100,if(lt(X,205),90,190))"
_PODCR = "if(lt(X,115),200,if(lt(X,205),80,100))"
_HB = "(2*sin(N*0.12))"
_SUIT = "lt(abs(X-130),44+0.35*(Y-96))*gt(Y,96)"
_HSHIRT = "lt(abs(X-130),(Y-96)*0.35)*between(Y,96,150)"
_TIE = "lt(abs(X-130),3.5+0.04*(Y-100))*between(Y,100,148)"
_HHEAD = f"lt(hypot((X-130)/21,(Y-70-{_HB})/26),1)"
_HHAIR = f"lt(hypot((X-130)/23,(Y-56-{_HB})/16),1)*lt(Y,58+{_HB})"
_HSMILE = f"lt(abs(Y-82-{_HB}-0.02*pow(X-130,2)),1.2)*lt(abs(X-130),8)"
_CARDS = "between(X,168,196)*between(Y,120,160)"
_WHAIR = "lt(hypot((X-170)/30,(Y-66)/36),1)"
_WFACE = "lt(hypot((X-170)/20,(Y-70)/25),1)"
_WEYES = "lt(hypot((abs(X-170)-8)/3,(Y-66)/2),1)"
_WMOUTH = "lt(hypot((X-170)/6,(Y-82)/(1.5+1.5*gt(sin(N*0.3),0.5))),1)"
_BLOUSE = "lt(abs(X-170),40+0.4*(Y-100))*gt(Y,98)"
_BUZZER = "lt(hypot((X-110)/14,(Y-132)/5),1)"


def _box(x0, y0, x1, y1):
    """A framed box of the question board: (inside, border)."""
    return (f"between(X,{x0},{x1})*between(Y,{y0},{y1})",
            f"between(X,{x0 - 2},{x1 + 2})*between(Y,{y0 - 2},{y1 + 2})")


_BOXES = [_box(24, 20, 296, 80), _box(24, 96, 156, 124), _box(164, 96, 296, 124),
          _box(24, 136, 156, 164), _box(164, 136, 296, 164)]
_BIN = f"({'+'.join(b[0] for b in _BOXES)})"
_BRIM2 = f"({'+'.join(b[1] for b in _BOXES)})"
_ROT = "(7*(1-exp(-N/50)))"
_WR = "hypot(X-160,Y-96)"
_WANG = f"mod(atan2(Y-96,X-160)+{_ROT},6.2832)"
_WK = f"floor({_WANG}/0.5236)"
_WLINE = f"lt(mod({_WANG},0.5236)*{_WR},1.5)"
_WRIMB = f"lt(abs({_WR}-84),2.5)*lt(abs(mod(atan2(Y-96,X-160)*3.8197,1)-0.5)*22,2.5)"
_POINTER = "lt(abs(X-160),(Y-2)*0.5)*between(Y,2,18)"
_SX = "(mod(X+17*floor(Y/40),46)-23)"
_SY = "(mod(Y,40)-16)"
_SFACE = f"lt(hypot({_SX},{_SY}),11)"
_SEP = "(6+5*abs(sin(N*0.9+floor(X/46)*1.3+floor(Y/40)*0.7)))"
_SHANDS = f"(lt(hypot(abs({_SX})-{_SEP},{_SY}-14),4))"
_SBODY = f"gt({_SY},11)"

_SET = _text(_scene(f"min(250,if({_BULBS},90+160*{_BULBON},if(between({_LOGO},28,34),200,"
                    f"if(lt({_LOGO},28),60,if({_CHEADS},160,if({_CSHOUL},70,if({_PODLIT},240,"
                    f"if({_PODNAME},26,if({_POD},110+10*sin(X/5),if(gt(Y,150),50+60*exp(-pow((Y-150)/6,2))"
                    f"*{_POD.replace('Y', '(300-Y)')},34+20*exp(-pow(hypot(X-160,Y-50)/80,2))))))))))))",
                    f"if({_BULBS},if({_BULBON},100,150),if(between({_LOGO},28,34),60,if(lt({_LOGO},28),180,"
                    f"if({_CHEADS},110,if({_CSHOUL},140,if({_PODNAME}+{_PODLIT},128,if({_POD},{_PODCB},"
                    "170)))))))",
                    f"if({_BULBS},if({_BULBON},160,110),if(between({_LOGO},28,34),150,if(lt({_LOGO},28),120,"
                    f"if({_CHEADS},150,if({_CSHOUL},120,if({_PODNAME}+{_PODLIT},128,if({_POD},{_PODCR},"
                    "110)))))))"),
             "Q", 30, 150, 38, "0xffd040")

LAVFI_N = {
    # A rainforest nature film.
    "mist-n": _scene(f"min(250,if(gt(Y,{_MR1}),34+24*{_MTEX},if(gt(Y,{_MR2}),80+16*{_MTEX},if(gt(Y,{_MR3}),"
                     f"130+8*{_MTEX},if(gt(Y,{_MR4}),170,205+0.1*Y))))+{_MMIST})",
                     f"if(gt(Y,{_MR1}),112,if(gt(Y,{_MR2}),118,if(gt(Y,{_MR3}),124,if(gt(Y,"
                     f"{_MR4}),128,132))))",
                     f"if(gt(Y,{_MR1}),108,if(gt(Y,{_MR2}),114,if(gt(Y,{_MR3}),120,124)))"),
    "canopy-n": _scene(f"min(250,if({_CTRUNK},26+8*sin(Y/3),if({_CLEAF},46+22*sin(X/3+Y/5)*sin(Y/4),"
                       f"228+10*sin(X/9)*sin(Y/7)))+36*{_CSHAFT})",
                       f"if({_CTRUNK},124,if({_CLEAF},98,134))", f"if({_CTRUNK},134,if({_CLEAF},102,124))"),
    "falls-n": _scene(f"min(250,if({_WFERN},54+40*sin(X/2)*sin(Y/3),if({_WTOP},40+30*{_MTEX},if({_WFALL},"
                      f"176+60*{_WSTREAK},if({_WPOOL},80+110*exp(-pow((X-160)/40,2))*exp(-(Y-144)/10)"
                      "+12*sin(X/4+Y+N*0.6),46+22*sin(X/6)*sin(Y/5)+10*sin(X/2+Y/3))))))",
                      f"if({_WFERN}+{_WTOP},98,if({_WFALL},134,if({_WPOOL},134,120)))",
                      f"if({_WFERN}+{_WTOP},102,if({_WFALL},122,if({_WPOOL},110,126)))"),
    "frog-n": _scene(f"if({_FPUP},8,if({_FEYE},96,if({_FTHROAT},210,if({_FSIDE},96,if({_FFOOT},150,"
                     f"if({_FHEAD}+{_FBODY},150+12*sin(X/4)*sin(Y/5),if({_FLEAF},110+36*"
                     f"{_FVEIN},{_FBG})))))))",
                     f"if({_FPUP},128,if({_FEYE},100,if({_FTHROAT},110,if({_FSIDE},180,if({_FFOOT},60,"
                     f"if({_FHEAD}+{_FBODY},70,if({_FLEAF},96,110)))))))",
                     f"if({_FPUP},128,if({_FEYE},212,if({_FTHROAT},130,if({_FSIDE},110,if({_FFOOT},178,"
                     f"if({_FHEAD}+{_FBODY},92,if({_FLEAF},104,112)))))))"),
    "toucan-n": _scene(f"if({_TEYE},120,if({_TBEAK},if(gt(X,236),40,175-20*gt(Y-56-{_TNOD}-0.1*(X-170),2)),"
                       f"if({_TTHROAT},225,if({_THEAD}+{_TBODY},18+6*sin(Y/3),if({_TBR},70+16*sin(X/3)*"
                       f"sin(Y),{_TBG})))))",
                       f"if({_TEYE},190,if({_TBEAK},if(gt(X,236),128,52),if({_TTHROAT},96,if({_THEAD}+"
                       f"{_TBODY},128,if({_TBR},116,104)))))",
                       f"if({_TEYE},96,if({_TBEAK},if(gt(X,236),128,176),if({_TTHROAT},146,if({_THEAD}+"
                       f"{_TBODY},128,if({_TBR},146,108)))))"),
    "river-n": _scene(f"min(250,if({_RBOW},54+8*sin(X/3),if({_RWATER},104+16*sin(700/max(Y-72,1)+N*0.5+X/40)"
                      "-40*exp(-(24+(Y-74)*2.6-abs(X-160))/20)+30*exp(-pow((X-160)/(20+Y-74),2)),if(gt(Y,74)"
                      f",40+16*sin(X/3)*sin(Y/2),if({_RSKY},215-0.3*Y,34+26*{_RTEX}+10*sin(Y/2))))))",
                      f"if({_RBOW},116,if({_RWATER},118,if(gt(Y,74)+not({_RSKY}),104,130)))",
                      f"if({_RBOW},148,if({_RWATER},142,if(gt(Y,74)+not({_RSKY}),106,126)))"),
    "ants-n": _scene(f"if({_ANT},36+10*sin(X),if({_ALEAF},130+16*sin(X/2+Y/3),if({_ALEGS},30,if({_ABR},"
                     "92+20*sin(X/2)*sin(Y/1.5),70+24*sin(X/40+Y/30)))))",
                     f"if({_ANT},120,if({_ALEAF},86,if({_ALEGS},124,if({_ABR},118,112))))",
                     f"if({_ANT},154,if({_ALEAF},98,if({_ALEGS},132,if({_ABR},142,116))))"),
    # A motor-racing broadcast.
    "straight-n": _text(_scene(f"min(250,if({_C1W}+{_C2W},16,if({_C1K}+{_C2K},30,if({_C1B},90,if({_C2B},150,"
                               f"if(lt(Y,28),200-0.5*Y,if(lt(Y,38),50,if(lt(Y,82),70+90*{_SCROWD},if(lt(Y,94)"
                               ",150+60*lt(mod(X,64),50),if(lt(Y,152),78+5*sin(X*1.3+Y*2.1)+140*between(Y,"
                               "147,149),if(lt(Y,160),220-140*lt(mod(X,24),12),110+10*sin(X/3+Y))))))))))))",
                               f"if({_C1W}+{_C2W}+{_C1K}+{_C2K},128,if({_C1B},100,if({_C2B},150,if(lt(Y,28),"
                               "150,if(lt(Y,82),128+24*sin(floor(X/10)*2.3+floor(Y/7)*1.1),if(lt(Y,94),128+"
                               "60*sin(floor(X/64)*2.1),if(lt(Y,152),128,if(lt(Y,160),if(lt(mod(X,24),12),"
                               "100,128),100))))))))",
                               f"if({_C1W}+{_C2W}+{_C1K}+{_C2K},128,if({_C1B},200,if({_C2B},80,if(lt(Y,28),"
                               "112,if(lt(Y,82),128+24*cos(floor(X/10)*1.7+floor(Y/7)*2.9),if(lt(Y,94),128+"
                               "60*cos(floor(X/64)*1.7),if(lt(Y,152),128,if(lt(Y,160),if(lt(mod(X,24),12),"
                               "200,128),100))))))))"),
                        "VELOCE    OLIO MARINO    VELOCE", 9, 12, 84, "black"),
    "onboard-n": _scene(f"min(250,if({_OHALO}+{_OMIRR},20,if({_ONOSE},80,if({_OKERB},if({_OSTRIPE},90,225),"
                        f"if({_OROAD},84+6*sin(X*1.9+Y*3.1),if(gt(Y,70),96+14*sin(X/5+40/max(Y-68,1)+N*0.8),"
                        "if(gt(Y,56+6*abs(sin(X/11))),50,205-0.5*Y)))))))",
                        f"if({_OHALO}+{_OMIRR},128,if({_ONOSE},100,if({_OKERB},if({_OSTRIPE},100,128),"
                        f"if({_OROAD},128,if(gt(Y,56),100,150)))))",
                        f"if({_OHALO}+{_OMIRR},128,if({_ONOSE},200,if({_OKERB},if({_OSTRIPE},200,128),"
                        f"if({_OROAD},128,if(gt(Y,56),104,112)))))"),
    "pit-n": _scene(f"min(250,if({_PCREW},150,if({_PWHEEL},18,if({_PCOCK},24,if({_PCAR},90,if({_PLOLLY},200,"
                    "if(lt(Y,96),30+120*between(Y,20,60)*lt(mod(X,60),44),120+70*between(Y,150,154))))))))",
                    f"if({_PCREW},70,if({_PWHEEL}+{_PCOCK},128,if({_PCAR},100,if({_PLOLLY},120,if(lt(Y,96),"
                    "150,if(between(Y,150,154),40,128))))))",
                    f"if({_PCREW},180,if({_PWHEEL}+{_PCOCK},128,if({_PCAR},200,if({_PLOLLY},190,if(lt(Y,96),"
                    "112,if(between(Y,150,154),150,128))))))"),
    "hairpin-n": _scene(f"min(250,if({_HCARS},if(lt(mod(X,14),7),90,200),if({_HKERB},220-140*"
                        f"lt(mod(atan2(Y-60,X-170)*30,2),1),if({_HTRACK},80+5*sin(X*1.7+Y*2.3),if({_HTYRES},"
                        f"30+180*lt(mod(atan2(Y-60,X-170)*60,2),1),if({_HGRAVEL},178+14*sin(X*2.1)*sin(Y*1.7)"
                        ",100+16*lt(mod(X+Y,40),20)))))))",
                        f"if({_HCARS},if(lt(mod(X,14),7),100,150),if({_HKERB},if(lt(mod(atan2(Y-60,X-170)*30,"
                        f"2),1),100,128),if({_HTRACK}+{_HTYRES},128,if({_HGRAVEL},108,100))))",
                        f"if({_HCARS},if(lt(mod(X,14),7),200,80),if({_HKERB},if(lt(mod(atan2(Y-60,X-170)*30,"
                        f"2),1),200,128),if({_HTRACK}+{_HTYRES},128,if({_HGRAVEL},140,98))))"),
    "crowd-n": _scene(f"min(250,if({_FL1},150,if({_FL2},200,if({_FL3},90,if({_FP1}+{_FP2}+{_FP3},40,"
                      f"if({_FANS},170,60+50*sin(floor(X/18)*2.3+floor(Y/18)*1.1)))))))",
                      f"if({_FL1},60,if({_FL2},40,if({_FL3},100,if({_FP1}+{_FP2}+{_FP3},128,if({_FANS},110,"
                      "128+36*sin(floor(X/18)*1.7+floor(Y/18)*0.9))))))",
                      f"if({_FL1},100,if({_FL2},160,if({_FL3},200,if({_FP1}+{_FP2}+{_FP3},128,if({_FANS},150,"
                      "128+36*cos(floor(X/18)*1.3+floor(Y/18)*2.1))))))"),
    "flag-n": _scene(f"if(lt(abs(X-36),3),60,if({_CFLAG},(30+200*{_CHECK})*(0.75+0.25*cos(X/25-N*0.5)),"
                     "if(lt(Y,120),190-0.4*Y,90+20*lt(mod(X,30),2))))",
                     f"if({_CFLAG}+lt(abs(X-36),3),128,if(lt(Y,120),150,120))",
                     f"if({_CFLAG}+lt(abs(X-36),3),128,if(lt(Y,120),112,130))"),
    "podium-n": _scene(f"min(250,if({_TROPHY},200,if({_H1}+{_H2}+{_H3},60,if({_D1},90,if({_D2},70,if({_D3},"
                       f"150,if({_STEPS},220-120*lt(abs(Y-122),2),60+140*lt(mod(X,60),40)*"
                       "lt(mod(Y,30),10))))))))",
                       f"if({_TROPHY},60,if({_H1}+{_H2}+{_H3},128,if({_D1},100,if({_D2},190,if({_D3},70,"
                       f"if({_STEPS},128,150))))))",
                       f"if({_TROPHY},150,if({_H1}+{_H2}+{_H3},128,if({_D1},200,if({_D2},100,if({_D3},180,"
                       f"if({_STEPS},128+80*lt(abs(Y-122),2),120))))))"),
    # An air show film.
    "formation-n": _scene(f"min(250,if({_JBODY},95,120+0.35*Y+70*{_CLOUDS}+110*min({_JTRAIL},1)))",
                          f"if({_JBODY},100,160-0.1*Y-30*{_CLOUDS}-32*min({_JTRAIL},1))",
                          f"if({_JBODY},196,108+22*{_CLOUDS}+16*min({_JTRAIL},1))"),
    "cockpit-n": _scene(f"if({_ARCH},30,if({_HOSE}+{_STRAP},40,if({_OMASK},60,if({_VISOR},150+60*"
                        f"exp(-hypot(X-150,Y-84)/6),if({_HELMET},210,if({_SUITP},80+8*sin(X/4),if({_GROUND},"
                        f"100+24*{_PATCH},190-0.4*Y)))))))",
                        f"if({_ARCH}+{_HOSE}+{_STRAP}+{_OMASK}+{_HELMET},128,if({_VISOR},80,if({_SUITP},112,"
                        f"if({_GROUND},110,160))))",
                        f"if({_ARCH}+{_HOSE}+{_STRAP}+{_OMASK}+{_HELMET},128,if({_VISOR},150,if({_SUITP},124,"
                        f"if({_GROUND},120+10*{_PATCH},110))))"),
    "runway-n": _scene(f"min(250,if({_PLANE},200-40*gt(Y,{_PY}),if({_HANGARS},140,if(lt(Y,80),200-0.6*Y,"
                       f"if({_RUNWAY},86+4*sin(X*1.7+Y*2.9)+130*lt(abs(Y-135),1)*lt(mod(X,30),16),110+14*"
                       "sin(X/3)*sin(Y/2))))))",
                       f"if({_PLANE},120,if({_HANGARS},128,if(lt(Y,80),156-0.2*Y,if({_RUNWAY},128,100))))",
                       f"if({_PLANE},140,if({_HANGARS},128,if(lt(Y,80),110,if({_RUNWAY},128,104))))"),
    "spectators-n": _scene(f"min(250,if({_ARMS},150,if({_HEADS2},30+16*sin(floor((X+20)/44)*2.1),if({_FENCE},"
                           f"90,if({_HEADS1},50+30*sin(floor(X/34)*1.3),140+0.4*Y+70*{_CLOUDS})))))",
                           f"if({_ARMS},110,if({_HEADS2}+{_FENCE},128,if({_HEADS1},128+40*sin(floor(X/34)*"
                           "2.9),158-0.1*Y)))",
                           f"if({_ARMS},150,if({_HEADS2}+{_FENCE},128,if({_HEADS1},128+40*cos(floor(X/34)*"
                           f"1.7),110+22*{_CLOUDS})))"),
    "biplane-n": _scene(f"min(250,if({_BIPLANE},90,130+0.3*Y+70*{_CLOUDS}+120*{_LOOP}))",
                        f"if({_BIPLANE},100,165-0.1*Y-35*{_CLOUDS}-37*{_LOOP})",
                        f"if({_BIPLANE},200,106+22*{_CLOUDS}+20*{_LOOP})"),
    "hangar-n": _scene(f"min(250,if({_MECH},14,if({_DOOR}*{_PROP},20,if({_DOOR},if(gt(Y,120),180,230),"
                       f"if({_TRUSS},40,if(gt(Y,150),30+60*exp(-pow((X-160)/60,2))*exp(-(Y-150)/10),"
                       "18+6*sin(X/13)))))))",
                       f"if({_DOOR}*not({_PROP}+{_MECH}),if(gt(Y,120),126,142),126)",
                       f"if({_DOOR}*not({_PROP}+{_MECH}),if(gt(Y,120),130,118),132)"),
    # A circus film.
    "bigtop-n": _scene(f"min(250,if(lt(abs(X-160),3)*lt(Y,118),150,if(lt(Y,70),(80+120*{_CANVAS})*(0.6+0.4*"
                       f"Y/70),if(lt(Y,118)*gt({_RING},1.1),40+50*{_SEATS},if(lt({_RING},1),175+12*sin(X*1.3+"
                       "Y*2.7)+70*exp(-pow(hypot((X-120-30*sin(N*0.03))/40,(Y-150)/12),2))-120*"
                       f"lt(hypot((X-130)/5,(Y-140)/12),1),if(lt({_RING},1.1),200-120*lt(mod(atan2(Y-148,"
                       "X-160)*10,2),1),40))))))",
                       f"if(lt(Y,70),if({_CANVAS},110,115),if(lt(Y,118)*gt({_RING},1.1),128+30*sin(X*0.7),"
                       f"if(lt({_RING},1),100,if(lt({_RING},1.1),if(lt(mod(atan2(Y-148,X-160)*10,2),1),"
                       "100,128),128))))",
                       f"if(lt(Y,70),if({_CANVAS},190,140),if(lt(Y,118)*gt({_RING},1.1),140+30*cos(X*0.9),"
                       f"if(lt({_RING},1),148,if(lt({_RING},1.1),if(lt(mod(atan2(Y-148,X-160)*10,2),1),"
                       "200,128),128))))"),
    "trapeze-n": _scene(f"min(250,if({_ARTIST},210+20*sin(X*3+Y*2+N),if({_TBAR},200,if({_ROPES},160,"
                        "if(between(X,276,310)*between(Y,70,76),120,16+10*gt(sin(atan2(X-160,Y+60)*22),0)*"
                        f"Y/180))))+60*exp(-hypot(X-{_BX},Y-{_BY}-30)/40))",
                        f"if({_ARTIST},150,128)", f"if({_ARTIST},180,if({_TBAR}+{_ROPES},128,136))"),
    "clown-n": _scene(f"if({_CEYES},10,if({_CNOSE},90+80*lt(hypot(X-156,Y-94),3),if({_CMOUTH},80,"
                      f"if({_CPAINT}*{_FACE},120,if({_FACE},228,if({_WIG},150,if({_CHAT},100,50+30*"
                      "pow(sin(X/7),2))))))))",
                      f"if({_CEYES},128,if({_CNOSE}+{_CMOUTH},100,if({_CPAINT}*{_FACE},190,if({_FACE},128,"
                      f"if({_WIG},70,if({_CHAT},100,110))))))",
                      f"if({_CEYES},128,if({_CNOSE}+{_CMOUTH},220,if({_CPAINT}*{_FACE},100,if({_FACE},130,"
                      f"if({_WIG},190,if({_CHAT},90,180))))))"),
    "juggler-n": _scene(f"min(250,if({_ball(0)},150,if({_ball(1)},220,if({_ball(2)},90,if({_JHANDS}+{_JHEAD},"
                        f"170,if({_JBODY2},120+60*gt(sin((X+Y)/6)*sin((X-Y)/6),0),if(gt(Y,168),70,40))))))+"
                        "50*exp(-hypot(X-160,Y-110)/70))",
                        f"if({_ball(0)},100,if({_ball(1)},40,if({_ball(2)},200,if({_JHANDS}+{_JHEAD},110,"
                        f"if({_JBODY2},160,if(gt(Y,168),110,150))))))",
                        f"if({_ball(0)},200,if({_ball(1)},150,if({_ball(2)},100,if({_JHANDS}+{_JHEAD},150,"
                        f"if({_JBODY2},170,if(gt(Y,168),140,110))))))"),
    "lion-n": _scene(f"min(250,if({_BARS},22,if({_LROAR},20,if({_LFACE},170,if({_LMANE},90+30*sin(X*1.1+Y*"
                     f"0.9),if({_LBODY},150,if({_DRUM},if(lt(mod(X,20),10),90,200),if({_WHIP},40,if({_TAMER},"
                     "if(lt(Y,86),170,90),if(gt(Y,120),170+10*sin(X*1.9+Y*1.3),30))))))))))",
                     f"if({_BARS}+{_LROAR}+{_WHIP},128,if({_LFACE},110,if({_LMANE}+{_LBODY},95,if({_DRUM},"
                     f"if(lt(mod(X,20),10),100,70),if({_TAMER},if(lt(Y,86),110,100),if(gt(Y,"
                     "120),105,128))))))",
                     f"if({_BARS}+{_LROAR}+{_WHIP},128,if({_LFACE},150,if({_LMANE}+{_LBODY},155,if({_DRUM},"
                     f"if(lt(mod(X,20),10),200,150),if({_TAMER},if(lt(Y,86),150,200),if(gt(Y,"
                     "120),145,128))))))"),
    "ringmaster-n": _scene(f"min(250,if({_HORN},200,if({_TASH},30,if({_HATBAND},90,if({_TOPHAT},16,"
                           f"if({_RHEAD},170,if({_LAPEL},20,if({_SHIRT},230,if({_COAT},80,if(between(Y,16,24)"
                           ",190,50+40*pow(sin(X/9),2)))))))))))",
                           f"if({_HORN},90,if({_HATBAND},100,if({_TOPHAT}+{_TASH}+{_LAPEL}*{_COAT}+{_SHIRT},"
                           f"128,if({_RHEAD},110,if({_COAT},104,if(between(Y,16,24),60,110))))))",
                           f"if({_HORN},150,if({_HATBAND},200,if({_TOPHAT}+{_TASH}+{_LAPEL}*{_COAT}+{_SHIRT},"
                           f"128,if({_RHEAD},150,if({_COAT},196,if(between(Y,16,24),150,185))))))"),
    "audience-n": _scene(f"if({_AMOUTH}*{_AFACE},20,if({_AFACE},120+10*sin(Y/3),if(gt({_AUY},12),"
                         "40+20*sin(floor(X/40)*2.3+floor(Y/36)*1.9),16)))",
                         f"if({_AFACE},112,if(gt({_AUY},12),128+30*sin(floor(X/40)*1.1+"
                         "floor(Y/36)*2.7),128))",
                         f"if({_AFACE},150,if(gt({_AUY},12),128+30*cos(floor(X/40)*1.9+"
                         "floor(Y/36)*0.7),132))"),
    # A 16 mm educational film of the harvest.
    "wheat-n": _scene(f"min(250,if(lt(Y,50),206-0.4*Y+30*max(0,sin(X/40)*sin(Y/11)),if({_HEDGE},60,if(lt(Y,"
                      f"62),190,150+30*{_WHEAT}+0.3*(Y-62)))))",
                      f"if(lt(Y,50),150,if({_HEDGE},112,if(lt(Y,62),130,78)))",
                      f"if(lt(Y,50),116,if({_HEDGE},116,if(lt(Y,62),124,150)))"),
    "combine-n": _scene(f"min(250,if({_CWHEEL},20+40*lt(hypot(X-{_CX}+34,Y-116),7),if({_REEL},200,"
                        f"if({_HEADER},170,if({_CAB},60+120*lt(abs(X-{_CX}+30),1.5),if({_COMBINE},90,if(lt(Y,"
                        "54),200-0.4*Y,if(lt(Y,92),170+14*sin(X*1.3+Y*0.7),150-40*lt(mod(X+0.8*(Y-92),16),3)"
                        f")))))))+80*{_CHAFF})",
                        f"if({_CWHEEL}+{_CAB},128,if({_REEL}+{_HEADER},80,if({_COMBINE},100,if(lt(Y,54),150,"
                        "if(lt(Y,92),82,96)))))",
                        f"if({_CWHEEL}+{_CAB},128,if({_REEL}+{_HEADER},150,if({_COMBINE},200,if(lt(Y,54),114,"
                        "if(lt(Y,92),150,140)))))"),
    "unload-n": _scene(f"min(250,if({_STREAM},210,if({_AUGER},100,if({_MOUND},190,if({_TRAILER},80+20*"
                       "lt(mod(X,24),3),if(lt(Y,60),200-0.5*Y,if(lt(Y,130),160+10*sin(X*0.9+Y),30+10*"
                       "sin(X/5)))))))+40*exp(-pow(hypot((X-172)/40,(Y-120)/14),2)))",
                       f"if({_STREAM}+{_MOUND},80,if({_AUGER},100,if({_TRAILER},110,if(lt(Y,60),150,if(lt(Y,"
                       "130),84,128)))))",
                       f"if({_STREAM}+{_MOUND},150,if({_AUGER},200,if({_TRAILER},110,if(lt(Y,60),114,if(lt(Y,"
                       "130),148,128)))))"),
    "tractor-n": _scene(f"min(250,if({_GULLS},235,if({_TWHEEL},20,if({_TRACTOR},100+60*lt(abs(Y-76),6)*"
                        f"gt(X-{_TX},-20),if(lt(Y,50),200-0.5*Y,if(lt(Y,54),60,if(gt({_FU},1.2),170+10*sin(X*"
                        f"1.1),70+30*{_FURROW}+0.2*Y)))))))",
                        f"if({_GULLS}+{_TWHEEL},128,if({_TRACTOR},96,if(lt(Y,50),150,if(lt(Y,54),112,"
                        f"if(gt({_FU},1.2),84,116)))))",
                        f"if({_GULLS}+{_TWHEEL},128,if({_TRACTOR},90,if(lt(Y,50),114,if(lt(Y,54),116,"
                        f"if(gt({_FU},1.2),148,140)))))"),
    "barn-n": _scene(f"min(250,if({_RAILS},225,if({_BDOOR}*{_BTRIM},220,if({_BARNW},80-20*lt(mod(X,8),1),"
                     f"if({_ROOF},60,if({_SILO},150+30*lt(mod(Y,12),1)+20*sin(X/6),if(gt(Y,150),100+10*"
                     "sin(X/3+Y),190-0.3*Y)))))))",
                     f"if({_RAILS}+{_BDOOR}*{_BTRIM}+{_SILO},128,if({_BARNW},106,if({_ROOF},128,if(gt(Y,"
                     "150),100,118))))",
                     f"if({_RAILS}+{_BDOOR}*{_BTRIM}+{_SILO},128,if({_BARNW},190,if({_ROOF},124,if(gt(Y,"
                     "150),104,140))))"),
    "farmer-n": _scene(f"min(250,if({_BRIM}+{_CROWN},if(between(Y,50,58)*{_CROWN},60,200+14*{_WEAVE}),"
                       f"if({_FEYES}+{_FMOUTH},50,if({_FFACE},140+10*sin(Y/9)-30*lt(abs(mod(Y,9)-4),0.5)*"
                       f"between(X,150,190)*between(Y,70,80),if({_FLANNEL},70+50*gt(sin(X/5),0)*gt(sin(Y/5),"
                       "0),if(lt(Y,60),190,160+20*lt(hypot(mod(X,50)-25,mod(Y,40)-20),10)))))))",
                       f"if({_BRIM}+{_CROWN},96,if({_FFACE},108,if({_FLANNEL},110,if(lt(Y,60),150,90))))",
                       f"if({_BRIM}+{_CROWN},142,if({_FFACE},156,if({_FLANNEL},180,if(lt(Y,60),115,145))))"),
    "bales-n": _scene(f"min(250,if(lt({_SUN},14),250,if({_BALES},20+30*exp(-hypot(X-230,Y-100)/80),if(gt(Y,"
                      f"110),40+10*lt(mod(X+(Y-110)*2,12),2),40+1.2*Y)))+80*exp(-{_SUN}/30)*lt(Y,112))",
                      f"if(lt({_SUN},14),80,if({_BALES}+gt(Y,110),120,150-0.5*Y))",
                      f"if(lt({_SUN},14),170,if({_BALES}+gt(Y,110),140,110+0.6*Y))"),
    # A television quiz show.
    "set-n": _SET,
    "host-n": _scene(f"min(250,if({_HSMILE},60,if({_CARDS},230-150*between(Y,126,130),if({_HHAIR},40,"
                     f"if({_HHEAD},170,if({_TIE},80,if({_HSHIRT},225,if({_SUIT},50,40+60*"
                     "exp(-pow((hypot(X-230,Y-60)-40)/6,2))+80*gt(sin(X/9+floor(N/3)*1.57),0.7)*"
                     "exp(-pow((Y-20)/6,2))))))))))",
                     f"if({_CARDS}*between(Y,126,130),200,if({_HHAIR},120,if({_HHEAD},110,if({_TIE},100,"
                     f"if({_HSHIRT}+{_SUIT}+{_CARDS},128,165)))))",
                     f"if({_CARDS}*between(Y,126,130),100,if({_HHAIR},140,if({_HHEAD},150,if({_TIE},200,"
                     f"if({_HSHIRT}+{_SUIT}+{_CARDS},128,115)))))"),
    "contestant-n": _text(_text(_scene(f"min(250,if({_BUZZER},200,if(between(Y,132,138),if(lt(mod(X+N*3,20),"
                                       f"10),240,120),if(gt(Y,138),90,if({_WEYES}+{_WMOUTH},30,if({_WFACE},"
                                       f"175,if({_WHAIR},70,if({_BLOUSE},190,40+20*sin(X/30)))))))))",
                                       f"if({_BUZZER},90,if(between(Y,132,138),110,if(gt(Y,138),100,"
                                       f"if({_WFACE},110,if({_WHAIR},110,if({_BLOUSE},60,175))))))",
                                       f"if({_BUZZER},220,if(between(Y,132,138),150,if(gt(Y,138),200,"
                                       f"if({_WFACE},150,if({_WHAIR},160,if({_BLOUSE},150,110))))))"),
                                "Carol", 14, 150, 150, "white"),
                          "240", 16, 232, 150, "0xffe040"),
    "board-n": _text(_text(_text(_text(_text(
        _scene(f"if({_BIN},30,if({_BRIM2},200,50+0.2*Y+8*sin(X/20-N*0.2)))",
               f"if({_BIN},150,if({_BRIM2},60,180))", f"if({_BIN},120,if({_BRIM2},150,100))"),
        "Which river flows through Vienna", 13, 40, 42, "white"),
        "A  Rhine", 12, 36, 104, "white"), "B  Danube", 12, 176, 104, "white"),
        "C  Elbe", 12, 36, 144, "white"), "D  Seine", 12, 176, 144, "white"),
    "wheel-n": _scene(f"min(250,if({_POINTER},240,if(lt({_WR},10),200,if({_WRIMB},90+160*"
                      f"lt(mod(floor(atan2(Y-96,X-160)*3.8197)+floor(N/3),2),1),if(between({_WR},80,88),180,"
                      f"if(lt({_WR},80),if({_WLINE},240,120+60*sin({_WK}*2.1)),30))))))",
                      f"if({_POINTER}+{_WLINE}*lt({_WR},80),128,if(lt({_WR},10)+between({_WR},80,88),60,"
                      f"if(lt({_WR},80),128+70*sin({_WK}*1.3+1),150)))",
                      f"if({_POINTER}+{_WLINE}*lt({_WR},80),128,if(lt({_WR},10)+between({_WR},80,88),150,"
                      f"if(lt({_WR},80),128+70*cos({_WK}*1.7),150)))"),
    "studioaud-n": _scene(f"min(250,if({_SHANDS},180,if({_SFACE},170,if({_SBODY},60+40*sin(floor(X/46)*2.3"
                          "+floor(Y/40)*1.3),40))))",
                          f"if({_SHANDS}+{_SFACE},110,if({_SBODY},128+50*sin(floor(X/46)*1.7+"
                          "floor(Y/40)*0.9),140))",
                          f"if({_SHANDS}+{_SFACE},150,if({_SBODY},128+50*cos(floor(X/46)*2.9+"
                          "floor(Y/40)*1.1),130))"),
    "endroll-n": f"{_SET},drawtext=fontfile={SERIF}:fontsize=14:fontcolor=white:borderw=1:bordercolor=black:"
                 "line_spacing=9:textfile=FOURTEENREEL:x=(w-tw)/2:y=h-2.2*n",
}
FOURTEENREEL = "\n".join(["Jungle Camera", "Wet Boots", "", "Pit Lane Reporter", "Flat Out", "",
                          "Air Display Unit", "High Wing", "", "Ring Master", "Big Top Films", "",
                          "Harvest Adviser", "The Prairie Board", "", "Question Setter",
                          "The Fourteenth Reel"])
TEXT_FILES_N = {"FOURTEENREEL": ("fourteenreel.txt", FOURTEENREEL)}

FX_N = {
    "grain-n": "noise=alls=10:allf=t:all_seed=18000017",
    "grain2-n": "noise=alls=4:allf=t:all_seed=18000059",
    "grain3-n": "noise=alls=18:allf=t+u:all_seed=18000131",
    "grain4-n": "noise=alls=14:allf=t:all_seed=18000183",
    "grain5-n": "noise=alls=22:allf=t+u:all_seed=18000239",
    "grain6-n": "noise=alls=5:allf=t:all_seed=18000291",
    "tight-n": "crop=iw*0.64:ih*0.64:iw*0.2:ih*0.14,scale=320:180",
    "closer-n": "crop=iw*0.52:ih*0.52:iw*0.28:ih*0.2,scale=320:180",
    "angle2-n": "crop=iw*0.82:ih*0.82:iw*0.06:ih*0.1,scale=320:180",
    # Looks: humid and green; a broadcast, crisp, with its lap counter; faded Kodachrome with gate
    # weave in 1.66 pillars; warm tungsten under the big top; a faded 16 mm print with scratches
    # and dust; a bright studio.
    "humid-n": "eq=saturation=1.25:contrast=1.04,colorbalance=gm=0.03:gs=0.03:bh=-0.02",
    "night-n": "eq=brightness=-0.26:saturation=0.6:contrast=0.9,colorbalance=bs=0.08:bm=0.05:rs=-0.04",
    "tv-n": "eq=saturation=1.2:contrast=1.06,unsharp=5:5:0.6",
    "bug-n": f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=white:text='LAP 23/58':x=12:y=10:box=1"
             ":boxcolor=0x101018@0.85:boxborderw=4,drawbox=x=iw-36:y=6:w=28:h=16:c=0xd01010@0.9:t=fill",
    "kodak-n": "eq=saturation=1.3:contrast=1.1,colorbalance=rs=0.04:rm=0.03:bh=-0.03",
    "weave-n": "scale=330:186,crop=320:180:x='5+1.6*sin(n*0.71)+0.8*sin(n*2.3)':y='3+1.2*sin(n*0.53+1)',"
               "eq=brightness='0.02*sin(n*3.1)+0.015*sin(n*7.3)':eval=frame",
    "pillar-n": "drawbox=x=0:y=0:w=11:h=ih:c=black:t=fill,drawbox=x=iw-11:y=0:w=11:h=ih:c=black:t=fill",
    "tungsten-n": "eq=contrast=1.15:saturation=1.15,colorbalance=rm=0.05:gm=0.01:bm=-0.06,vignette=PI/4.5",
    "faded-n": "eq=saturation=0.72:contrast=0.94:gamma=1.05,colorbalance=rs=0.05:rm=0.04:bs=-0.04:bh=0.03",
    "filmwear-n": "eq=brightness='0.03*sin(n*2.7)+0.02*sin(n*6.1)':eval=frame,"
                  + _overlay("lt(abs(X-160-140*sin(N*1.37+0.4)),0.8)*gt(sin(N*0.77),0.3)", 215) + ","
                  + _overlay("lt(hypot(X-160-150*sin(N*5.31),Y-90-80*sin(N*4.17)),2.2)*gt(sin(N*2.9),0.6)+"
                             "lt(hypot(X-160-150*sin(N*3.11+1),Y-90-80*sin(N*6.29+2)),1.6)*"
                             "gt(sin(N*1.9+1),0.5)",
                             15),
    "studio-n": "eq=saturation=1.3:contrast=1.05,colorbalance=bh=0.03:rs=0.02",
    # Text in shots: place names and a caption fading in, a timing tower sliding in, a replay
    # bug, the right answer lit, the scores sliding in.
    "place-n": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:text='Yasuni  Ecuador'"
               ":x=14:y=h-26:alpha='clip((n-MID)/10,0,1)'",
    "place2-n": f"drawtext=fontfile={SERIF}:fontsize=13:fontcolor=0xfff0d0:text='Farnborough  1962'"
                ":x=24:y=h-28:alpha='clip((n-MID)/8,0,1)'",
    "caption-n": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:text='Swift Current  Saskatchewan'"
                 ":x=16:y=h-28:alpha='clip((n-MID)/9,0,1)'",
    "tower-n": ",".join(f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=white:text='{name}'"
                        f":x='min(8,-90+(n-MID+{10 - i})*12)':y={34 + 15 * i}:box=1:boxcolor=0x101018@0.85"
                        ":boxborderw=3"
                        for i, name in enumerate(["1  KARLSSON", "2  MOREAU", "3  LINDQVIST", "4  OKADA",
                                                  "5  BRANCO"])),
    "replay-n": f"drawtext=fontfile={FONT}:fontsize=11:fontcolor=white:text='REPLAY':x=w-62:y=10:box=1"
                ":boxcolor=0xc01818@0.9:boxborderw=3",
    "reveal-n": f"drawbox=x=166:y=98:w=128:h=24:c=0x20c040@0.85:t=fill:enable='gte(n,MID)',"
                f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:text='B  Danube':x=176:y=104"
                ":enable='gte(n,MID)'",
    "scorepop-n": f"drawtext=fontfile={FONT}:fontsize=13:fontcolor=white"
                  ":text='  CAROL 1400     JIM 900     RUTH 1100  ':x='min(10,-330+(n-MID)*40)':y=h-34"
                  ":box=1:boxcolor=0x1030a0@0.85:boxborderw=7",
    # Camera moves: a tilt down from the canopy, a canoe gliding, a follow pan, onboard vibration,
    # a tilt up after a jet, a zoom back, engine buzz, a follow after the trapeze, a pan over the
    # wheat, a slow zoom out from the farmer, a jib swooping down onto the set.
    "tiltdn-n": "scale=320:260,crop=320:180:x=0:y='min(n*1.4,80)'",
    "glide-n": "zoompan=z='1+0.0022*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'",
    "followpan-n": "scale=480:270,crop=320:180:x='80+80*sin(n*0.09)':y=45",
    "vibe-n": "scale=336:189,crop=320:180:x='8+2.5*sin(n*5.3)+1.5*sin(n*8.9)':y='4+2.5*sin(n*6.1)"
              "+1.5*sin(n*9.7)'",
    "tiltfollow-n": "scale=405:270,crop=320:180:x=42:y='45+45*tanh((MID-n)/3)'",
    "zoomback-n": "zoompan=z='max(1.5-0.012*in,1)':d=1:s=320x180:fps=24:x='(iw-iw/zoom)"
                  "/2':y='(ih-ih/zoom)/2'",
    "buzz-n": "scale=336:189,crop=320:180:x='8+1.5*sin(n*6.3)+sin(n*9.1)':y='4+1.5*sin(n*7.7)'",
    "follow-n": "scale=480:270,crop=320:180:x='80+80*sin(n*0.11)':y='45+30*sin(n*0.07)'",
    "panfield-n": "scale=420:236,crop=320:180:x='min(n*1.5,100)':y=28",
    "zoomout-n": "zoompan=z='max(1.45-0.01*in,1)':d=1:s=320x180:fps=24:x='(iw-iw/zoom)"
                 "/2':y='(ih-ih/zoom)*0.4'",
    "crane-n": "zoompan=z='1.35-0.35*clip(in/50,0,1)':d=1:s=320x180:fps=24"
               ":x='(iw-iw/zoom)*(0.2+0.3*clip(in/50,0,1))':y='(ih-ih/zoom)*(1-clip(in/50,0,1))'",
    "slowmo-n": "setpts=2*PTS",
    # Around MID: a morpho butterfly across the lens, mist drifting, rain setting in, the sun
    # breaking through, a rack focus, a leaf brushing the lens, fireflies; a car passing right in
    # front of the lens, tyre smoke, a kerb strike, a tunnel, photographers' flashes, champagne;
    # smoke drifting over the lens, a glint off the canopy, jets flying over, a sun flare; a follow
    # spot sweeping, the house lights going down, a drumroll strobe, confetti, a custard pie on the
    # lens, the trapeze artist swinging past, a cannon's flash and smoke; chaff blowing over the
    # lens, gulls, a cloud's shadow, a sun flare, dusk falling; studio lights dimmed, a buzzer,
    # colour strobes, a balloon drop, a camera operator crossing.
    "morpho-n": _overlay("lt(hypot((X-380+60*(N-MID+4))/(10+46*abs(sin(N*1.4))),(Y-80-20*sin(N*0.9))/38),1)"
                         "*between(N,MID-4,MID+4)", 96, 200, 104),
    "mistpass-n": _overlay("0.65*exp(-pow((X-160-(N-MID)*5)/70,2))*exp(-pow((Y-100)/80,2))", 214, 130, 126),
    "rain-n": _overlay("0.3*clip((N-MID+10)/14,0,1)", 20) + ","
              + _overlay("0.55*lt(abs(mod(X+0.25*Y+N*3,17)-8),0.55)*lt(mod(Y+N*29+floor(X/17)*13,41),18)"
                         "*clip((N-MID+10)/14,0,1)", 210),
    "sunburst-n": _overlay("0.35*clip((N-MID+4)/10,0,1)*exp(-hypot(X-240,Y-10)/140)", 250, 110, 140),
    "rack-n": "gblur=sigma=5:enable='lt(n,MID-6)',gblur=sigma=2.5:enable='between(n,MID-6,MID-2)',"
              "gblur=sigma=1:enable='between(n,MID-1,MID+1)'",
    "leafbrush-n": _overlay("clip(4-4*hypot((X+80-60*(N-MID+3))/120,(Y-150+14*(N-MID+3))/50),0,1)"
                            "*between(N,MID-5,MID+7)", 34, 106, 100),
    "fireflies-n": _overlay("lt(hypot(mod(X+7*sin(N*0.07+floor(Y/37)),41)-20,mod(Y+5*sin(N*0.05+floor(X/41))"
                            ",37)-18),1.6)*gt(sin(N*0.31+floor(X/41)*2.3+"
                            "floor(Y/37)*1.7),0.55)", 235, 70, 140),
    "whoosh-n": _overlay("between(X,-300+150*(N-MID+2),-20+150*(N-MID+2))*between(Y,30,170)*"
                         "between(N,MID-2,MID+3)",
                         70, 100, 200),
    "tyresmoke-n": _overlay("0.8*exp(-pow(hypot((X-210+(N-MID)*3)/(18+5*max(N-MID+4,0)),(Y-110+0.5*(N-MID))"
                            "/(12+2.5*max(N-MID+4,0))),2))*gte(N,MID-4)*"
                            "exp(-max(N-MID-10,0)/12)", 218, 128, 128),
    "kerbjolt-n": "scale=352:198,crop=320:180:x='16+6*sin(n*3.3)*between(n,MID,MID+5)'"
                  ":y='9+9*sin(n*4.1)*between(n,MID,MID+5)'",
    "tunnel-n": "eq=brightness='-0.5/(1+exp((MID-7-n)*0.9))/(1+exp((n-MID-7)*0.9))"
                "+0.25*exp(-pow((n-MID-9)/2.2,2))':eval=frame",
    "flashes-n": "eq=brightness='0.42*eq(n,MID-10)+0.3*eq(n,MID-3)+0.5*eq(n,MID+2)+0.25*eq(n,MID+3)"
                 "+0.36*eq(n,MID+9)':eval=frame",
    "spray-n": _overlay("0.8*lt(abs(sin(atan2(Y-60,X-190)*14+N*1.7)),0.25)*between(atan2(Y-60,X-190),-0.35,"
                        "0.55)*between(hypot(X-190,Y-60),8,40+14*max(N-MID+6,0))*gte(N,MID-6)*"
                        "(0.6+0.4*sin(X/3+N))",
                        240, 110, 140),
    "smokedrift-n": _overlay("0.7*exp(-pow((X-160-(N-MID)*6)/60,2))*(0.8+0.2*"
                             "sin(Y/13+N*0.2))", 226, 128, 128),
    "glint-n": "eq=brightness='0.42*eq(n,MID)+0.18*eq(n,MID+1)':contrast='1-0.3*eq(n,MID)':eval=frame",
    "flyover-n": _overlay("(lt(abs(X-150),(Y-200+60*(N-MID+3))*0.9)*between(Y-200+60*(N-MID+3),0,120)"
                          "+lt(abs(X-250),(Y-260+60*(N-MID+3))*0.9)*between(Y-260+60*(N-MID+3),0,100))"
                          "*between(N,MID-3,MID+6)", 30, 128, 128),
    "sunflare-n": _overlay("0.9*exp(-pow((N-MID)/4,2))*(exp(-hypot(X-250+6*(N-MID),Y-30)/(40+30*"
                           "exp(-pow((N-MID)/4,2))))+0.45*lt(abs(hypot(X-90-4*"
                           "(N-MID),Y-140)-16),3))", 252, 110, 140),
    "haze-n": "format=yuv420p,geq=lum='lum(X+1.4*sin(Y*1.3+N*0.9)*between(Y,110,150),Y)':cb='cb(X,"
              "Y)':cr='cr(X,Y)'",
    "spotsweep-n": _overlay("0.55*exp(-pow(hypot((X-160-22*(N-MID))/55,(Y-110)/42),2))", 250, 120, 140),
    "lightsdown-n": _overlay("0.75*clip((N-MID+8)/14,0,1)*(1-exp(-pow(hypot((X-160)/70,(Y-100)/60),2)))", 6),
    "strobe-n": "eq=brightness='0.38*lt(mod(n-MID+9,3),1)*between(n,MID-9,MID+9)':eval=frame",
    "confetti-n": _overlay("0.9*lt(hypot(mod(X+13*floor((Y+N*4)/23)+5*sin(N*0.2+Y/9),31)-15,mod(Y+N*4,23)"
                           "-11),2.2)*lt(Y,(N-MID+10)*9)", 210, 90, 170),
    "pie-n": _overlay("lt(hypot((X-160-6*sin(Y/7))/max(110-9*max(N-MID-2,0),1),(Y-90-3*pow(max(N-MID-2,0),"
                      "1.6))/max(80-6*max(N-MID-2,0),1)),1)*between(N,MID,MID+12)", 238, 118, 138),
    "swingby-n": _overlay("lt(hypot((X+120-90*(N-MID+3))/70,(Y-60-20*sin((N-MID)*0.5))/110),1)*"
                          "between(N,MID-3,MID+4)",
                          30, 140, 160),
    "cannon-n": "eq=brightness='0.55*eq(n,MID)+0.3*eq(n,MID+1)+0.1*eq(n,MID+2)':eval=frame,"
                + _overlay("0.85*exp(-pow(hypot((X-100-3*(N-MID))/(20+7*(N-MID)),(Y-110+1.5*(N-MID))/(14+4*"
                           "(N-MID))),2))*gte(N,MID)*exp(-max(N-MID-14,0)/10)", 200, 128, 128),
    "chaff-n": _overlay("0.6*exp(-pow((X-160-(N-MID)*12)/60,2))*(0.7+0.3*gt(sin(X*1.9+Y*2.3+N*3),0.6))",
                        196, 96, 150),
    "gulls-n": _overlay("(lt(abs(abs(X+60-50*(N-MID+4))*0.45-(90+10*sin(N*0.4)-Y)-10*abs(sin(N*0.9))),5)"
                        "*lt(abs(X+60-50*(N-MID+4)),45)"
                        "+lt(abs(abs(X+160-50*(N-MID+4))*0.45-(50-Y)-6*abs(sin(N*0.9+1))),3.5)"
                        "*lt(abs(X+160-50*(N-MID+4)),30))*between(N,MID-4,MID+8)", 225, 128, 128),
    "cloudshadow-n": _overlay("0.5*exp(-pow((X+0.5*Y-160-7*(N-MID))/90,2))", 10),
    "flare-n": _overlay("0.6*exp(-pow((N-MID)/6,2))*(exp(-hypot(X-230,Y-100)/40)+0.5*"
                        "lt(abs(hypot(X-120,Y-150)-18),3))",
                        250, 110, 150),
    "dusk-n": "eq=brightness='-0.2*clip((n-MID+10)/24,0,1)':eval=frame",
    "dim-n": "eq=brightness='-0.22*clip((n-MID+6)/12,0,1)':eval=frame",
    "buzzer-n": "eq=brightness='0.3*exp(-(n-MID)/2.5)*gte(n,MID)+0.15*exp(-(n-MID-6)/2.5)*gte(n,"
                "MID+6)':eval=frame",
    "winstrobe-n": "colorbalance=rm=0.3:gm=-0.1:bm=-0.2:enable='eq(mod(n-MID+8,4),0)*between(n,MID-8,MID+8)',"
                   "colorbalance=bm=0.3:rm=-0.2:enable='eq(mod(n-MID+8,4),2)*between(n,MID-8,MID+8)',"
                   "eq=brightness='0.3*lt(mod(n-MID+8,4),1)*between(n,MID-8,MID+8)':eval=frame",
    "balloons-n": _overlay("lt(hypot(mod(X+19*floor((Y-3*N)/40),37)-18,mod(Y-3*N,40)-20),9)*"
                           "lt(Y,6*(N-MID+6))", 170,
                           _half("128+70*sin(floor((Y-3*N)/40)*2.1+floor(X/37)*1.3)"),
                           _half("128+70*cos(floor((Y-3*N)/40)*1.7+floor(X/37)*2.3)")),
    "operator-n": _overlay("(lt(hypot((X+90-40*(N-MID+6))/30,(Y-110)/34),1)+lt(hypot((X+90-40*(N-MID+6))/70,"
                           "(Y-190)/60),1))*between(N,MID-6,MID+6)", 20),
}

# held-out-n (clips 84-89): new recipes again, written after held-out-m without running the
# detector on them. Realistic film material of six more kinds: a rainforest nature film (mist
# drifting, a tilt down from the canopy, a rack focus on a frog, a morpho butterfly across the
# lens, a canoe gliding, a leaf brushing the lens, rain setting in over a cut, the sun breaking
# through, fireflies at night and a cut between dark shots, long dissolves), a motor-racing
# broadcast with its lap counter over every shot (a follow pan, onboard vibration and a tunnel,
# a kerb strike, a timing tower sliding in, a car right in front of the lens, a slow-motion
# replay with doubled frames between two short dissolves, photographers' flashes and champagne,
# a white stinger), an air show film in faded colour with gate weave in 1.66 pillars (a caption,
# smoke drifting over the lens, a glint off the canopy, engine buzz, heat haze, a fast tilt up
# after a jet, jets flying over the camera, a sun flare, a zoom back, cuts between dark shots in
# a hangar), a circus film (a follow spot sweeping, a custard pie on the lens, a drumroll strobe
# behind cage bars, a follow after the trapeze, the artist swinging past the lens, the house
# lights going down, a cannon's flash and smoke, confetti), a 16 mm educational film of the
# harvest with scratches, dust and flicker (a pan, a caption, a zoom out, chaff over the lens,
# gulls past the lens, a cloud's shadow, a sun flare, dusk falling, a 44-frame dissolve) and a
# television quiz show (chaser lights, a jib move, the studio dimmed, a buzzer, the right answer
# lit, a camera operator crossing, a spinning wheel, colour strobes and a balloon drop, the
# scores sliding in, credits rolling over the set, cuts between the two cameras on a contestant).
HELD_OUT_N = [
    ("rainforest-film", [S("card:THE GREEN CATHEDRAL", 32), "fadeio:12:12",
                         S("mist-n", 64, 0, "place-n humid-n grain-n"), "fade:36",
                         S("canopy-n", 56, 0, "tiltdn-n humid-n grain-n"), "cut",
                         S("falls-n", 44, 0, "mistpass-n humid-n grain-n"), "cut",
                         S("frog-n", 44, 0, "rack-n humid-n grain-n"), "cut",
                         S("frog-n", 28, 60, "closer-n humid-n grain-n"), "cut",
                         S("toucan-n", 60, 0, "morpho-n humid-n grain-n"), "fade:20",
                         S("river-n", 56, 0, "glide-n humid-n grain-n"), "cut",
                         S("ants-n", 44, 0, "leafbrush-n humid-n grain-n"), "cut",
                         S("ants-n", 30, 100, "tight-n humid-n grain-n"), "cut",
                         S("canopy-n", 44, 100, "rain-n humid-n grain-n"), "cut",
                         S("river-n", 48, 150, "rain-n humid-n grain-n"), "fadeblack:24",
                         S("frog-n", 40, 150, "night-n fireflies-n grain-n"), "cut",
                         S("river-n", 36, 250, "night-n fireflies-n grain-n"), "fade:12",
                         S("mist-n", 50, 200, "sunburst-n humid-n grain-n"), "cut",
                         S("falls-n", 56, 200, "angle2-n humid-n grain-n"), "fadeblack:30",
                         S("card:FILMED IN ECUADOR", 40)]),
    ("motor-racing", [S("card:GRAND PRIX LIVE", 30), "fadewhite:8",
                      S("straight-n", 56, 0, "followpan-n bug-n tv-n grain2-n"), "cut",
                      S("onboard-n", 60, 0, "vibe-n tunnel-n bug-n tv-n grain2-n"), "cut",
                      S("hairpin-n", 48, 0, "tower-n bug-n tv-n grain2-n"), "cut",
                      S("hairpin-n", 30, 80, "closer-n bug-n tv-n grain2-n"), "cut",
                      S("crowd-n", 34, 0, "bug-n tv-n grain2-n"), "cut",
                      S("straight-n", 40, 100, "whoosh-n bug-n tv-n grain2-n"), "cut",
                      S("hairpin-n", 44, 150, "tyresmoke-n bug-n tv-n grain2-n"), "fade:10",
                      S("hairpin-n", 48, 150, "slowmo-n angle2-n replay-n tv-n grain2-n"), "fade:10",
                      S("pit-n", 56, 0, "bug-n tv-n grain2-n"), "cut",
                      S("pit-n", 30, 100, "angle2-n bug-n tv-n grain2-n"), "cut",
                      S("onboard-n", 44, 200, "vibe-n kerbjolt-n bug-n tv-n grain2-n"), "fadewhite:6",
                      S("flag-n", 40, 0, "tv-n grain2-n"), "cut",
                      S("crowd-n", 30, 100, "tv-n grain2-n"), "cut",
                      S("podium-n", 56, 0, "flashes-n tv-n grain2-n"), "cut",
                      S("podium-n", 40, 80, "closer-n spray-n tv-n grain2-n"), "fadeblack:20",
                      S("card:HIGHLIGHTS AT TEN", 36)]),
    ("air-show", [S("serif:Wings Over Farnborough", 36, 0, "grain3-n"), "fadeio:14:10",
                  S("spectators-n", 48, 0, "place2-n kodak-n weave-n grain3-n pillar-n"), "cut",
                  S("formation-n", 52, 0, "smokedrift-n kodak-n weave-n grain3-n pillar-n"), "cut",
                  S("formation-n", 32, 100, "closer-n kodak-n weave-n grain3-n pillar-n"), "cut",
                  S("cockpit-n", 48, 0, "glint-n buzz-n kodak-n weave-n grain3-n pillar-n"), "cut",
                  S("cockpit-n", 42, 80, "angle2-n buzz-n kodak-n weave-n grain3-n pillar-n"), "fade:24",
                  S("runway-n", 54, 20, "haze-n tiltfollow-n kodak-n weave-n grain3-n pillar-n"), "cut",
                  S("spectators-n", 40, 100, "flyover-n kodak-n weave-n grain3-n pillar-n"), "cut",
                  S("biplane-n", 52, 0, "kodak-n weave-n grain3-n pillar-n"), "fade:16",
                  S("hangar-n", 44, 0, "kodak-n weave-n grain3-n pillar-n"), "cut",
                  S("hangar-n", 30, 100, "tight-n kodak-n weave-n grain3-n pillar-n"), "cut",
                  S("formation-n", 44, 200, "sunflare-n kodak-n weave-n grain3-n pillar-n"), "fadewhite:10",
                  S("biplane-n", 50, 150, "zoomback-n kodak-n weave-n grain3-n pillar-n"), "cut",
                  S("runway-n", 40, 150, "haze-n kodak-n weave-n grain3-n pillar-n"), "cut",
                  S("spectators-n", 54, 200, "tight-n kodak-n weave-n grain3-n pillar-n"), "fade:40",
                  S("formation-n", 80, 300, "kodak-n weave-n grain3-n pillar-n"), "fadeblack:24",
                  S("serif:The End", 36, 0, "grain3-n")]),
    ("circus-ring", [S("serif:Cirque Lumiere", 34, 0, "grain4-n"), "fadeio:12:12",
                     S("bigtop-n", 60, 0, "spotsweep-n tungsten-n grain4-n"), "cut",
                     S("ringmaster-n", 44, 0, "tungsten-n grain4-n"), "cut",
                     S("ringmaster-n", 30, 60, "closer-n tungsten-n grain4-n"), "cut",
                     S("juggler-n", 50, 0, "tungsten-n grain4-n"), "fade:18",
                     S("clown-n", 48, 0, "pie-n tungsten-n grain4-n"), "cut",
                     S("audience-n", 36, 0, "tungsten-n grain4-n"), "cut",
                     S("lion-n", 52, 0, "strobe-n tungsten-n grain4-n"), "cut",
                     S("lion-n", 30, 90, "angle2-n tungsten-n grain4-n"), "fadeblack:16",
                     S("trapeze-n", 60, 0, "follow-n tungsten-n grain4-n"), "cut",
                     S("trapeze-n", 40, 120, "tight-n swingby-n tungsten-n grain4-n"), "cut",
                     S("audience-n", 40, 100, "lightsdown-n tungsten-n grain4-n"), "cut",
                     S("bigtop-n", 56, 150, "cannon-n tungsten-n grain4-n"), "fade:30",
                     S("clown-n", 40, 150, "tight-n tungsten-n grain4-n"), "cut",
                     S("juggler-n", 36, 120, "closer-n tungsten-n grain4-n"), "fadewhite:10",
                     S("bigtop-n", 56, 250, "confetti-n tungsten-n grain4-n"), "fadeblack:28",
                     S("serif:Fin", 40, 0, "grain4-n")]),
    ("harvest-film", [S("card:BREAD FROM THE PRAIRIE", 32, 0, "filmwear-n grain5-n"), "fadeio:10:14",
                      S("wheat-n", 56, 0, "panfield-n caption-n faded-n filmwear-n grain5-n"), "cut",
                      S("farmer-n", 44, 0, "zoomout-n faded-n filmwear-n grain5-n"), "cut",
                      S("wheat-n", 44, 120, "closer-n faded-n filmwear-n grain5-n"), "fade:28",
                      S("combine-n", 56, 0, "chaff-n faded-n filmwear-n grain5-n"), "cut",
                      S("combine-n", 34, 100, "tight-n faded-n filmwear-n grain5-n"), "cut",
                      S("unload-n", 48, 0, "faded-n filmwear-n grain5-n"), "cut",
                      S("tractor-n", 52, 0, "gulls-n faded-n filmwear-n grain5-n"), "fade:14",
                      S("barn-n", 48, 0, "cloudshadow-n faded-n filmwear-n grain5-n"), "cut",
                      S("farmer-n", 30, 100, "angle2-n faded-n filmwear-n grain5-n"), "cut",
                      S("unload-n", 40, 120, "closer-n faded-n filmwear-n grain5-n"), "cut",
                      S("tractor-n", 36, 100, "angle2-n faded-n filmwear-n grain5-n"), "fadeblack:18",
                      S("bales-n", 50, 0, "flare-n faded-n filmwear-n grain5-n"), "cut",
                      S("bales-n", 34, 80, "angle2-n faded-n filmwear-n grain5-n"), "cut",
                      S("barn-n", 66, 150, "dusk-n faded-n filmwear-n grain5-n"), "fade:44",
                      S("bales-n", 84, 200, "faded-n filmwear-n grain5-n"), "fadeblack:22",
                      S("card:THE END", 32, 0, "filmwear-n grain5-n")]),
    ("quiz-show", [S("card:THE BIG QUESTION", 30), "fadewhite:10",
                   S("set-n", 56, 0, "crane-n studio-n grain6-n"), "cut",
                   S("host-n", 44, 0, "operator-n studio-n grain6-n"), "cut",
                   S("contestant-n", 36, 0, "studio-n grain6-n"), "cut",
                   S("contestant-n", 30, 50, "angle2-n studio-n grain6-n"), "cut",
                   S("board-n", 48, 0, "dim-n studio-n grain6-n"), "cut",
                   S("host-n", 30, 80, "closer-n studio-n grain6-n"), "cut",
                   S("contestant-n", 44, 100, "buzzer-n studio-n grain6-n"), "cut",
                   S("board-n", 40, 80, "reveal-n studio-n grain6-n"), "cut",
                   S("studioaud-n", 36, 0, "studio-n grain6-n"), "fade:12",
                   S("wheel-n", 60, 0, "studio-n grain6-n"), "cut",
                   S("wheel-n", 30, 100, "tight-n studio-n grain6-n"), "cut",
                   S("set-n", 48, 100, "winstrobe-n balloons-n studio-n grain6-n"), "fadeblack:16",
                   S("host-n", 40, 150, "scorepop-n studio-n grain6-n"), "cut",
                   S("studioaud-n", 32, 100, "studio-n grain6-n"), "fade:20",
                   S("endroll-n", 76, 0, "studio-n grain6-n"), "fadeblack:18",
                   S("card:TAPED BEFORE AN AUDIENCE", 30)]),
]
