"""Sources, effects and recipes of held-out-o (clips 90-95), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-89. Drawn scenes for six more kinds of
film: the stage seen from the stalls inside its gilt proscenium with a soprano and a tenor in
follow spots, the soprano close up singing, the chorus on the steps of a painted set, the
orchestra pit from above with its stand lamps and bows, the conductor facing the stage and the
tiers of boxes under the chandelier (an opera relayed from the house); a galleon under full sail,
her deck with its rigging and a sailor hauling, the one-eyed captain, the gun deck with its
cannon run out through the ports, a sword fight under the sails, the captain's cabin lit by a
swinging lantern and a desert island's beach with a palm (a technicolor pirate film); a
classroom seen from the back row, a blackboard of equations, the science master at his bench, a
flask boiling over a burner, a Bunsen flame, the periodic table and a rack of test tubes, in
black and white with projector flicker (a 1950s classroom chemistry film); balloons rising over
a field at dawn, an envelope cold-inflated by its fan, the view up into an envelope over the
burner, the pilot in his basket, the fields drifting below, balloons across the sky and a night
glow with the balloons lit in turn by their burners (a balloon festival documentary); the casino
front with its marquee and photographers, the roulette wheel from above, a baccarat table under
its lamp, the gaming hall under chandeliers, a vault corridor crossed by laser beams, a safe's
dial turned by a gloved hand and a rooftop under a sweeping searchlight (a 1960s caper film in
scope); a forest of tall firs with shafts of light, a faller with his chainsaw at a trunk, a
river of floating logs, a loaded logging truck, the sawmill's big blade, a camp at dusk round a
fire and a stack of log ends (a 1970s television documentary about loggers, in 4:3).
"""

from shots_lavfi import FONT, SERIF, half as _half, overlay as _overlay, scene as _scene, text as _text
from shots_recipes import S

# An opera relayed from the house.
_PROS = "(gt(abs(X-160),136)+lt(Y,10))"
_GILT = "(between(abs(X-160),128,136)*gt(Y,10)+between(Y,10,18)*lt(abs(X-160),136))"
_VALANCE = "between(Y,18,32+5*abs(sin(X/16)))*lt(abs(X-160),128)"
_DRAPES = "between(abs(X-160),100+0.05*Y,128)*lt(Y,150)"
_SOPX = "(118+10*sin(N*0.025))"
_SOPRANO = f"(lt(abs(X-{_SOPX}),(Y-84)*0.42+3)*between(Y,84,136)+lt(hypot(X-{_SOPX},Y-77),6.5))"
_TENOR = "(lt(hypot((X-214)/10,(Y-110)/24),1)+lt(hypot(X-214,Y-80),6.5))"
_SPOTS = (f"(exp(-pow(hypot((X-{_SOPX})/30,(Y-112)/34),4))"
          "+0.8*exp(-pow(hypot((X-214)/26,(Y-112)/32),4)))")
_PIT = "gt(Y,158+5*abs(sin(X/7))+3*sin(X/3))"
_COLS = "lt(mod(X-4,38),9)*between(Y,36,124)"
_DX = "(160+3*sin(N*0.05))"
_DFACE = f"lt(hypot((X-{_DX})/25,(Y-74)/32),1)"
_DHAIR = f"(lt(hypot((X-{_DX})/31,(Y-62)/32),1)*lt(Y,64)+lt(hypot(X-{_DX},Y-26),14))"
_DEYES = f"lt(hypot((abs(X-{_DX})-10)/5,(Y-70)/2),1)"
_DMOUTH = f"lt(hypot((X-{_DX})/5,(Y-92)/(1.5+4*abs(sin(N*0.09)))),1)"
_DNECK = f"lt(abs(X-{_DX}),10)*between(Y,100,122)"
_DGOWN = f"gt(Y,120)*lt(abs(X-{_DX}),60+0.6*(Y-120))"
_NECKLACE = f"lt(abs(hypot((X-{_DX})/20,(Y-104)/14)-1),0.09)*gt(Y,106)"
_DSPOT = "hypot((X-160)/110,(Y-92)/96)"
_CHX = "(mod(X,40)-20)"
_CHX2 = "(mod(X+20,40)-20)"
_CHF = f"(lt(hypot({_CHX},Y-104),8)+lt(abs({_CHX}),9+0.25*(Y-112))*between(Y,112,180))"
_CHB = f"(lt(hypot({_CHX2},Y-72),7)+lt(abs({_CHX2}),8+0.2*(Y-80))*between(Y,80,112))"
_CHMF = f"lt(hypot({_CHX}/2.6,(Y-107)/(0.8+2.2*gt(sin(N*0.2),0))),1)"
_CHMB = f"lt(hypot({_CHX2}/2.2,(Y-75)/(0.7+1.8*gt(sin(N*0.2),0))),1)"
_PSX = "(mod(X+14*floor(Y/40),56)-28)"
_PSY = "(mod(Y,40)-20)"
_PK = "(floor((X+14*floor(Y/40))/56)*1.7+floor(Y/40)*2.3)"
_STAND = f"between({_PSX},-10,10)*between({_PSY},-15,-9)"
_PHEAD = f"lt(hypot({_PSX}+2,{_PSY}+1),7)"
_BOWX = f"({_PSX}-8*sin(N*0.45+{_PK}))"
_BOW = f"lt(abs({_PSY}-3-0.45*{_BOWX}),1)*lt(abs({_BOWX}),13)"
_PCOND = "(lt(hypot(X-160,Y-150),8)+lt(abs(X-160-(Y-136)*1.4*sin(N*0.3)),1.5)*between(Y,126,146))"
_MX = "(160+2*sin(N*0.07))"
_MHEAD = f"lt(hypot((X-{_MX})/19,(Y-58)/24),1)"
_MHAIR = f"lt(hypot((X-{_MX})/22,(Y-48)/20),1)*lt(Y,48)"
_MCOAT = f"gt(Y,84)*lt(abs(X-{_MX}),44+0.6*(Y-84))"
_MSHIRT = f"gt(Y,84)*lt(abs(X-{_MX}),(Y-80)*0.3)"
_MTIE = f"lt(hypot((abs(X-{_MX})-5)/5,(Y-88)/3),1)"
_HRX = "(226+26*sin(N*0.32))"
_HRY = "(96-30*abs(sin(N*0.32+0.6)))"
_HLX = "(94-20*sin(N*0.32+0.4))"
_HLY = "(104-22*abs(sin(N*0.32+1.1)))"
_MARMR = f"lt(abs(Y-98-(X-198)*({_HRY}-98)/max({_HRX}-198,6)),7)*between(X,198,{_HRX})"
_MARML = f"lt(abs(Y-100-(X-122)*({_HLY}-100)/min({_HLX}-122,-6)),7)*between(X,{_HLX},122)"
_MHANDS = f"(lt(hypot(X-{_HRX},Y-{_HRY}),7)+lt(hypot(X-{_HLX},Y-{_HLY}),7))"
_BATON = f"lt(abs((Y-{_HRY})+0.8*(X-{_HRX})),1.6)*between(X-{_HRX},0,46)"
_BOKEH = "exp(-pow(hypot(mod(X+9*floor(Y/40),50)-25,mod(Y,40)-20)/9,4))"
_BXX = "(mod(X,54)-27)"
_BXY = "mod(Y-6,50)"
_BOPEN = f"lt(abs({_BXX}),20)*between({_BXY},6,38)*gt(Y,40)"
_BPARA = f"between({_BXY},38,46)*gt(Y,40)"
_BHEAD = f"lt(hypot({_BXX}-8*sin(floor(X/54)*3+floor(Y/50)),{_BXY}-30),6)*gt(Y,40)"
_CHAND = "exp(-hypot(X-160,(Y-16)*1.4)/13)"

# A technicolor pirate film.
_BOB = "(3*sin(N*0.08))"
_HULL = f"(between(Y-{_BOB},94,124)*lt(abs(X-160),92-1.2*max(Y-{_BOB}-106,0))" \
        f"+between(X,64,112)*between(Y-{_BOB},80,94))"
_PORTS = f"between(Y-{_BOB},104,109)*lt(mod(X,16),6)*between(X,80,240)"
_STRIPE = f"between(Y-{_BOB},99,101)*lt(abs(X-160),90)"


def _sail(x, w, y0, y1):
    """A square sail on the mast at x, belly shaded."""
    return f"lt(abs(X-{x}),{w}+2*sin((Y-{_BOB})/9))*between(Y-{_BOB},{y0},{y1})"


_SAILS = "+".join([_sail(120, 24, 24, 50), _sail(120, 28, 56, 88), _sail(172, 26, 18, 46),
                   _sail(172, 30, 52, 88), _sail(220, 20, 30, 54), _sail(220, 23, 60, 88)])
_MASTS = f"(lt(abs(X-120),2)+lt(abs(X-172),2)+lt(abs(X-220),1.5))*between(Y-{_BOB},10,94)"
_JOLLY = f"between(X,174,192)*between(Y-{_BOB},4,15)"
_SKULL = f"lt(hypot(X-183,Y-{_BOB}-9),2.6)"
_SEA = "(72+18*sin(X/7+N*0.2+Y*Y/300)*sin(Y/2.2)+0.3*(Y-100))"
_CLOUD = "max(0,sin(X/37+N*0.005)*sin(Y/13+0.8)+0.3*sin(X/11+Y/9)-0.45)"
_DECK = "gt(Y,112)"
_PLANK = "lt(abs(mod((X-160)/max(Y-40,1)*34,3)-1.5),0.18)"
_RAIL = "between(Y,100,112)"
_SHROUDS = "(lt(abs(X-46-0.62*Y),1.2)+lt(abs(X-274+0.62*Y),1.2)+lt(abs(X-70-0.4*Y),1)+lt(abs(X-250+0.4*Y),1))*lt(Y,100)"
_RATLINE = "lt(mod(Y,12),1.2)*lt(Y,100)*(between(X-46-0.62*Y,-24,0)+between(X-274+0.62*Y,0,24))"
_DMAST = "lt(abs(X-160),7+0.02*Y)*lt(Y,150)"
_DSAIL = "between(X,96,224)*between(Y,8+2*sin(X/20),62)"
_SAILOR = "(lt(hypot((X-240)/14,(Y-132)/28),1)+lt(hypot(X-240,Y-98),8))"
_SARMS = "lt(abs(X-236-(Y-112)*0.2),3)*between(Y,82+10*sin(N*0.3),112)"
_ROPE = "lt(abs(X-234-(Y-20)*0.03),1.2)*lt(Y,100)"
_CPX = "(150+2*sin(N*0.06))"
_CFACE = f"lt(hypot((X-{_CPX})/30,(Y-86)/36),1)"
_CBEARD = f"lt(hypot((X-{_CPX})/33,(Y-104)/26),1)*gt(Y,97)*gt(sin(X*1.3)*sin(Y*1.1),-0.7)"
_CLIPS = f"lt(hypot((X-{_CPX})/8,(Y-104)/2.2),1)"
_CPATCH = f"(lt(hypot(X-{_CPX}+11,Y-78),6)+lt(abs(Y-69-0.45*(X-{_CPX})),1.3)*lt(abs(X-{_CPX}),30))"
_CEYE = f"lt(hypot((X-{_CPX}-11)/4,(Y-78)/2.5),1)"
_CHAT = (f"(lt(abs(X-{_CPX}),62-1.3*(58-Y))*between(Y,38,58)+lt(hypot((X-{_CPX})/38,(Y-40)/18),1))"
         f"*not({_CFACE}*gt(Y,52))")
_CTRIM = f"lt(abs(Y-57),1.5)*lt(abs(X-{_CPX}),60)"
_CCOAT = f"gt(Y,118)*lt(abs(X-{_CPX}),50+0.8*(Y-118))"
_CJABOT = f"lt(abs(X-{_CPX}),11-(Y-118)*0.15)*between(Y,118,150)"
_CBUTTON = f"lt(hypot(abs(X-{_CPX})-14,mod(Y-120,14)-7),2.8)*gt(Y,124)"


def _port(k):
    """The k-th gun port of the gun deck, and the cannon's muzzle in it."""
    x = 60 + 100 * k
    return (f"between(X,{x - 26},{x + 26})*between(Y,50,96)", f"lt(hypot(X-{x},Y-80),13)",
            f"between(X,{x - 22},{x + 22})*between(Y,96,118)+lt(hypot(X-{x - 14},Y-120),7)"
            f"+lt(hypot(X-{x + 14},Y-120),7)")


_GP = [_port(k) for k in range(3)]
_GPORT = "(" + "+".join(p[0] for p in _GP) + ")"
_GMUZZLE = "(" + "+".join(p[1] for p in _GP) + ")"
_GCARR = "(" + "+".join(p[2] for p in _GP) + ")"
_GLX = "(150+6*sin(N*0.1))"
_GLAMP = f"exp(-hypot(X-{_GLX},Y-30)/34)"
_GCREW = "(lt(hypot(X-108,Y-112),9)+lt(hypot((X-108)/14,(Y-136)/22),1)+lt(hypot(X-214,Y-116),9)" \
         "+lt(hypot((X-214)/14,(Y-140)/22),1))"
_AX = "(122+12*sin(N*0.21))"
_BX = "(204+12*sin(N*0.21+0.9))"
_FENCER_A = f"(lt(hypot((X-{_AX})/12,(Y-118)/30),1)+lt(hypot(X-{_AX},Y-80),8))"
_FENCER_B = f"(lt(hypot((X-{_BX})/13,(Y-120)/30),1)+lt(hypot(X-{_BX},Y-82),8))"
_BLADE_A = f"lt(abs(Y-100+(X-{_AX}-14)*0.35*sin(N*0.55)),1.1)*between(X-{_AX},14,66)"
_BLADE_B = f"lt(abs(Y-98-(X-{_BX}+14)*0.35*sin(N*0.55+1.2)),1.1)*between({_BX}-X,14,66)"
_LX = "(160+34*sin(N*0.12))"
_LY = "(46+4*cos(N*0.24))"
_LAMPLIGHT = f"(0.32+0.95*exp(-hypot(X-{_LX},Y-{_LY})/85))"
_WINDOWS = "between(Y,24,88)*between(X,36,284)*lt(mod(X-36,84),64)*lt(hypot((mod(X-36,84)-32)/32,(Y-56)/42),1.2)"
_TABLE = "between(Y,124,180)*lt(abs(X-160),130-0.3*(180-Y))"
_MAP = "between(X,104,216)*between(Y,130,162)"
_LANTERN = f"(lt(hypot((X-{_LX})/7,(Y-{_LY})/10),1)+lt(abs(X-160-({_LX}-160)*Y/{_LY}),1)*lt(Y,{_LY}-9))"
_PALM = "lt(abs(X-236+0.0018*pow(170-Y,2)),4+0.02*(Y-30))*between(Y,30,168)"
_FROND = ("lt(abs(sin(atan2(Y-30,X-200)*4+0.15*sin(N*0.09))),0.22)*lt(hypot((X-200)/62,(Y-34)/40),1)"
          "*gt(Y,12+0.2*abs(X-200))")
_FOAM = "lt(abs(Y-112-3*sin(N*0.11+X/30)),1.8)"
_BOAT = "lt(hypot((X-90)/36,(Y-140)/12),1)*gt(Y,138)"

# A 1950s classroom chemistry film (drawn in shades of grey).
_KX = "(mod(X+{o},{w})-{h})"


def _heads(y, r, w, o):
    """A row of pupils' heads seen from behind, r their radius, every w pixels."""
    x = _KX.format(o=o, w=w, h=w / 2)
    return f"(lt(hypot({x},Y-{y}-2*sin(floor((X+{o})/{w})*2.3)),{r})+lt(abs({x}),{r * 1.5})*between(Y,{y + r - 2},{y + 2.4 * r}))"


_PUPILS = f"({_heads(150, 18, 86, 20)}+{_heads(112, 12, 62, 5)}+{_heads(92, 8, 44, 30)})"
_DESKS = "(between(Y,128,134)+between(Y,100,104)+between(Y,84,87))*gt(X,70)"
_CWIN = "lt(X,62-0.12*Y)*between(Y,14,150)"
_CWBAR = "(lt(abs(mod(Y,34)-17),1.5)+lt(abs(X-30),1.5))"
_CBOARD = "between(X,110,250)*between(Y,30,66)"
_CTEACH = "(lt(hypot(X-268,Y-48),5)+lt(hypot((X-268)/7,(Y-66)/14),1))"
_TX = "(150+2*sin(N*0.08))"
_TFACE = f"lt(hypot((X-{_TX})/24,(Y-70)/30),1)"
_TGLASS = f"lt(abs(hypot(abs(X-{_TX})-10,Y-66)-6),1.2)+lt(abs(X-{_TX}),4)*lt(abs(Y-65),1)"
_TMOUTH = f"lt(hypot((X-{_TX})/7,(Y-87)/(1.2+2*gt(sin(N*0.35),0.2))),1)"
_THAIR = f"lt(hypot((X-{_TX})/27,(Y-62)/31),1)*gt(abs(X-{_TX}),19)"
_TCOAT = f"gt(Y,100)*lt(abs(X-{_TX}),46+0.5*(Y-100))"
_TSHIRT = f"lt(abs(X-{_TX}),(Y-98)*0.4)*between(Y,98,132)"
_TTIE = f"lt(abs(X-{_TX}),3.5)*between(Y,100,132)"
_TSHELF = "lt(mod(Y,40),3)"
_TBOTTLE = "lt(abs(mod(X,22)-11),5)*between(mod(Y,40),12,38)+lt(abs(mod(X,22)-11),2)*between(mod(Y,40),6,12)"
_TBENCH = "gt(Y,156)"
_FLASKW = "(10+0.75*max(Y-70,0))"
_FLASK = f"(lt(abs(X-160),10)*between(Y,30,70)+lt(abs(X-160),{_FLASKW})*between(Y,70,140))"
_FLASKE = f"lt(abs(abs(X-160)-{_FLASKW}),1.6)*between(Y,30,140)+lt(abs(Y-140),1.5)*lt(abs(X-160),63)"
_LIQ = f"lt(abs(X-160),{_FLASKW})*between(Y,100+2*sin(X/6+N*0.9),140)"
_BUBBLE = "lt(hypot(mod(X+5*floor((Y+N*3)/11),13)-6,mod(Y+N*3,11)-5),2)"
_STEAM = "exp(-pow(hypot((X-160-6*sin(Y/9+N*0.3))/(8+0.3*(30-Y)),(Y-12)/18),2))*lt(Y,30)"
_FLAME = "lt(hypot((X-160)/(14-0.1*(120-Y)),(Y-88-2*sin(N*1.3))/32),1)*lt(Y,120)"
_FLAMEIN = "lt(abs(X-160),(Y-84)*0.3)*between(Y,84,120)"
_TUBE = "between(X,150,170)*between(Y,120,172)"
_PCOL = "floor((X-16)/16)"
_PROW = "floor((Y-34)/20)"
_PCELL = (f"between(X,16,303)*between(Y,34,173)*(eq({_PROW},0)*(eq({_PCOL},0)+eq({_PCOL},17))"
          f"+between({_PROW},1,2)*(lt({_PCOL},2)+gt({_PCOL},11))+between({_PROW},3,6))")
_PLINE = "(lt(mod(X-16,16),1.2)+lt(mod(Y-34,20),1.2))"
_RTUBE = "lt(abs(mod(X-40,40)-20),7)*between(Y,26,134)*between(X,40,279)"
_RGLASS = "lt(abs(abs(mod(X-40,40)-20)-7),1.3)*between(Y,26,134)*between(X,40,279)"
_RLIQ = "gt(Y,86+10*sin(floor((X-40)/40)*2.1))"
_RRACK = "between(Y,108,120)*between(X,30,290)"
_DROP = "lt(hypot(X-140,Y-(6+mod(N*5,80))),2.5)"

# A balloon festival documentary.


def _balloon(cx, cy, r, k=0):
    """A hot-air balloon (envelope and basket) at (cx, cy) of radius r: (envelope, basket, stripe)."""
    return (f"(lt(hypot(X-{cx},Y-{cy}),{r})+between(Y-{cy},0,{1.25 * r})*lt(abs(X-{cx}),{r}*(1-(Y-{cy})/{1.25 * r})))",
            f"between(Y-{cy},{1.4 * r},{1.62 * r})*lt(abs(X-{cx}),{0.2 * r})",
            f"gt(sin((X-{cx})/{r}*5.5+{k}),0)")


_FB1 = _balloon("(100+0.05*N)", "(70-0.15*N)", 26, 0)
_FB2 = _balloon("(206+0.04*N)", "(52-0.1*N)", 20, 1)
_FB3 = _balloon("(272+0.03*N)", "(100-0.22*N)", 13, 2)
_SB = [_balloon(f"(mod({x}+{v}*N,400)-40)", f"({y}+3*sin(N*0.03+{k}))", r, k)
       for k, (x, y, r, v) in enumerate([(60, 60, 24, 0.3), (170, 110, 30, 0.35), (250, 40, 14, 0.2),
                                          (320, 96, 18, 0.28), (120, 26, 9, 0.15)])]
_SBCOL = [(150, 60, 190, 210, 40, 150), (120, 180, 100, 225, 128, 128), (160, 80, 210, 90, 170, 160),
          (200, 35, 150, 100, 100, 85), (170, 130, 190, 230, 120, 130)]
_IRX = "(130+0.0*N)"
_IRY = "(44+min(N*0.12,22))"
_INFL = f"lt(hypot((X-190)/{_IRX},(Y-140)/{_IRY}),1)*lt(Y,140)"
_FAN = "lt(hypot(X-40,Y-126),20)"
_FANB = "lt(abs(sin(atan2(Y-126,X-40)*3+N*1.6)),0.18)"
_CREW = "(lt(hypot(X-96,Y-122),5)+lt(hypot((X-96)/6,(Y-138)/12),1)+lt(hypot(X-286,Y-120),5)+lt(hypot((X-286)/6,(Y-136)/12),1))"
_EANG = "atan2(Y-90,X-160)"
_ER = "hypot(X-160,Y-90)"
_EGORE = f"floor(mod({_EANG}*12/6.2832+12,12))"
_ESEAM = f"lt(abs(sin({_EANG}*6)),0.03*max(1,60/max({_ER},1)))"
_EPILOT = "lt(hypot((X-160)/(10+3*sin(N*2.1)),(Y-176)/14),1)"
_WICKER = "gt(sin(X*1.1+2*gt(sin(Y*0.55),0))*sin(Y*1.1),0)"
_PFACE = "lt(hypot((X-136)/18,(Y-72)/22),1)"
_PCAP = "lt(hypot((X-136)/20,(Y-56)/12),1)*lt(Y,58)+between(X,134,168)*between(Y,54,58)"
_PSHADES = "lt(hypot((abs(X-136)-7)/6,(Y-68)/3.5),1)"
_PBODY = "gt(Y,92)*lt(abs(X-136),30+0.4*(Y-92))"
_PARM = "lt(abs(X-176-(Y-40)*0.35),5)*between(Y,36,100)"
_BFRAME = "(between(Y,8,18)*between(X,120,250)+lt(abs(X-186),10)*lt(Y,12))"
_BROPES = "(lt(abs(X-100-(110-Y)*0.35),1)+lt(abs(X-300+(110-Y)*0.35),1))*lt(Y,110)"
_AU = "(X+N*0.6)"
_AV = "(Y+N*0.25)"
_ACELL = f"(floor({_AU}/62)+7*floor({_AV}/46))"
_AHEDGE = f"(lt(mod({_AU},62),2.5)+lt(mod({_AV},46),2.5))"
_ARIVER = f"lt(abs({_AV}-90-30*sin({_AU}/44)),6)"
_ASHADOW = "lt(hypot((X-200-8*sin(N*0.02))/22,(Y-70)/26),1)"
_ARIM = "gt(Y,164-4*sin(X/40))"


def _glow(k):
    """How brightly the k-th balloon of the night glow is lit by its burner."""
    return f"gt(sin(N*0.21+{k}*1.9),0.72)"


_NB = [_balloon(x, y, r, k) for k, (x, y, r) in enumerate([(56, 84, 30), (150, 70, 36), (238, 90, 26),
                                                             (300, 74, 20)])]
_NCOL = [(90, 200), (50, 150), (140, 90), (110, 170)]

# A 1960s caper film.
_MARQ = "between(Y,40,70)*between(X,60,260)"
_BULBS = "(lt(abs(Y-42),3)+lt(abs(Y-68),3))*lt(abs(mod(X,10)-5),3)*between(X,60,260)"
_BULBON = "eq(mod(floor(X/10)+floor(N/2),3),0)"
_DOORS = "between(X,132,188)*between(Y,82,140)"
_CARPET = "lt(abs(X-160),28+0.6*(Y-140))*gt(Y,140)"
_FACADE = "lt(mod(X,28),12)*lt(mod(Y,22),12)*lt(Y,36)*gt(sin(floor(X/28)*3.1+floor(Y/22)*1.7),-0.2)"


def _snapper(x):
    """A press photographer by the carpet: body, head and camera."""
    return (f"(lt(hypot((X-{x})/16,(Y-160)/30),1)+lt(hypot(X-{x},Y-124),9)"
            f"+between(X-{x},-9,9)*between(Y,126,136))")


_SNAPPERS = f"({_snapper(34)}+{_snapper(78)}+{_snapper(246)}+{_snapper(290)})"
_RR = "hypot(X-160,Y-90)"
_RA = "atan2(Y-90,X-160)"
_RROT = "(N*0.12)"
_RPOCK = f"floor(mod(({_RA}+{_RROT})*37/6.2832+370,37))"
_RBALL = f"lt(hypot(X-160-48*cos(-N*0.23),Y-90-48*sin(-N*0.23)),3.2)"
_RSPOKE = f"lt(abs(sin(2*({_RA}+{_RROT}))),0.12)*lt({_RR},22)"
_RGRID = "gt(X,236)*(lt(mod(X-236,20),1.2)+lt(mod(Y-30,16),1.2))*between(Y,30,158)"


def _chips(x, y, k):
    """A stack of chips seen from the front, k picks its colour."""
    return f"lt(abs(X-{x}),12)*between(Y,{y - 18},{y})+lt(hypot((X-{x})/12,(Y-{y}+18)/4),1)"


_CHIPS = f"({_chips(60, 150, 0)}+{_chips(88, 156, 1)}+{_chips(262, 148, 2)})"


def _card(x, y):
    """A playing card lying on the felt, with a red pip."""
    return (f"between(X,{x},{x + 24})*between(Y,{y},{y + 34})", f"lt(hypot(X-{x + 12},Y-{y + 17}),4)")


_CARDS = [_card(x, y) for x, y in [(100, 104), (128, 104), (176, 104), (204, 104), (150, 60)]]
_CARD = "(" + "+".join(c[0] for c in _CARDS) + ")"
_PIP = "(" + "+".join(c[1] for c in _CARDS) + ")"
_DHX = "(140+22*sin(N*0.15))"
_DHANDS = f"(lt(hypot((X-{_DHX})/12,(Y-44)/8),1)+lt(hypot((X-220)/12,(Y-40)/8),1))"
_DCUFFS = f"(between(X-{_DHX},-10,10)*between(Y,26,36)+between(X,210,230)*between(Y,22,32))"
_DSLEEVE = f"(between(X-{_DHX},-10,10)*lt(Y,28)+between(X,210,230)*lt(Y,24))"
_HCH = "(exp(-hypot(X-60,(Y-28)*1.4)/11)+exp(-hypot(X-160,(Y-22)*1.4)/13)+exp(-hypot(X-260,(Y-28)*1.4)/11))"
_HARCH = "lt(abs(mod(X,64)-32),20)*between(Y,48-8*sqrt(max(1-pow((mod(X,64)-32)/20,2),0)),110)"
_HX = "(mod(X+11*floor(Y/22),30)-15)"
_HHEADS = f"lt(hypot({_HX},mod(Y,22)-11),8)*gt(Y,112)"
_VU = "(abs(X-160)/160)"
_VV = "(abs(Y-90)/90)"
_VD = f"(1/max(max({_VU},{_VV}),0.05))"
_VWALL = f"gt({_VU},{_VV})"
_VSEAM = f"lt(mod({_VD}*3+0.5,3),0.22)"
_VDOOR = "lt(hypot(X-160,Y-90),26)"
_VSPOKE = "lt(abs(sin(atan2(Y-90,X-160)*3+0.4)),0.12)*lt(hypot(X-160,Y-90),22)"
_LASER = ("(lt(abs(Y-92-(X-160)*0.42-6*sin(N*0.03)),0.9)+lt(abs(Y-104+(X-160)*0.5),0.9)"
          "+lt(abs(Y-70+(X-160)*0.18+5*sin(N*0.04+1)),0.9))*gt(hypot(X-160,Y-90),28)")
_THIEF = "(lt(hypot((X-104)/16,(Y-144)/22),1)+lt(hypot(X-110,Y-116),9))"
_SROT = "(6*sin(N*0.05)+N*0.08)"
_SR = "hypot(X-150,Y-90)"
_SA = f"(atan2(Y-90,X-150)+{_SROT})"
_STICK = f"lt(abs(mod({_SA}*50/3.1416,1)-0.5),0.12+0.1*lt(abs(mod({_SA}*5/3.1416,1)-0.5),0.05))*between({_SR},34,44)"
_SGLOVE = f"lt(hypot((X-150-50*cos({_SROT}-0.6))/11,(Y-90-50*sin({_SROT}-0.6))/16),1)"
_SHANDLE = "(lt(hypot(X-262,Y-90),10)+between(X,258,266)*between(Y,50,130))"
_CITYB = "gt(Y,86+30*abs(sin(floor(X/23)*2.7)))"
_CITYW = "lt(mod(X,5),2)*lt(mod(Y,6),2)*gt(sin(floor(X/5)*12.9+floor(Y/6)*7.3),0.4)"
_SBEAM_A = "(-1.3+0.45*sin(N*0.05))"
_SBEAM = f"lt(abs(sin(atan2(Y-150,X-60)-{_SBEAM_A})),0.035+0.0002*hypot(X-60,Y-150))*lt(Y,150)"
_CATSUIT = "(lt(hypot((X-212)/9,(Y-118)/24),1)+lt(hypot(X-212,Y-88),7))"

# A 1970s television documentary about loggers.
_FTRUNK = "lt(mod(X+13*floor(X/57),57),12)"
_FSHAFT = "(exp(-pow((X-0.4*Y-96)/15,2))+0.8*exp(-pow((X-0.4*Y-214)/10,2)))"
_TRK = "lt(X,118+0.05*Y)"
_NOTCH = "lt(abs(Y-122),max(0,(X-96)*0.5))*between(X,96,120)"
_HAT = "(lt(hypot((X-206)/22,(Y-52)/14),1)*lt(Y,56)+lt(hypot((X-206)/30,(Y-56)/4),1))"
_JFACE = "lt(hypot((X-206)/17,(Y-72)/19),1)"
_JBEARD = "lt(hypot((X-206)/17,(Y-82)/10),1)*gt(Y,78)"
_JSHIRT = "gt(Y,92)*lt(abs(X-206),34+0.4*(Y-92))"
_JCHECK = "gt(sin(X/3.5)*sin(Y/3.5),0)"
_SAW = "between(X,150,182)*between(Y,110,130)"
_BAR = "between(X,96,152)*between(Y,116,124)"
_CHAIN = "lt(mod(X+N*6,6),3)*(lt(abs(Y-116),1)+lt(abs(Y-124),1))*between(X,96,150)"
_JARMS = "lt(abs(Y-104-(X-166)*0.1),5)*between(X,166,196)"
_SPRAY = "lt(hypot(mod(X-N*9+7*floor(Y/9),23)-11,mod(Y-N*3,9)-4),1.3)*between(X,120,200)*between(Y,126,170)"
_LU = "(X-N*1.5+37*floor((Y-40)/18))"
_LOGS = "lt(abs(mod(Y-40,18)-9),5.5)*lt(abs(mod(" + _LU + ",96)-48),38)*gt(Y,40)"
_LOGEND = "lt(abs(abs(mod(" + _LU + ",96)-48)-37),1.6)*lt(abs(mod(Y-40,18)-9),5.5)*gt(Y,40)"
_RIDER = "(lt(hypot((X-180)/7,(Y-96)/18),1)+lt(hypot(X-180,Y-74),6))"
_PIKE = "lt(abs(X-160-(Y-60)*0.45),1)*between(Y,60,126)"
_TCAB = "between(X,24,86)*between(Y,78,136)"
_THUBS = "(lt(hypot(X-54,Y-142),4)+lt(hypot(X-200,Y-142),4)+lt(hypot(X-232,Y-142),4)+lt(hypot(X-270,Y-142),4))"
_TWIN = "between(X,56,82)*between(Y,84,104)"
_TCHASSIS = "between(X,24,304)*between(Y,128,138)"
_TWHEELS = "(lt(hypot(X-54,Y-142),13)+lt(hypot(X-200,Y-142),13)+lt(hypot(X-232,Y-142),13)+lt(hypot(X-270,Y-142),13))"
_TLOADX = "(mod(X-96,22)-11)"
_TLOADY = "(mod(Y-54+11*lt(mod(floor((X-96)/22),2),1),22)-11)"
_TLOAD = f"between(X,96,304)*between(Y,50,128)*lt(hypot({_TLOADX},{_TLOADY}),10.5)"
_TRINGS = f"gt(sin(hypot({_TLOADX},{_TLOADY})*1.7),0.3)"
_TSTAKE = "lt(abs(X-98),2.5)*between(Y,44,128)+lt(abs(X-302),2.5)*between(Y,44,128)"
_MR = "hypot(X-204,Y-98)"
_MTEETH = f"between({_MR},44,52)*lt(mod((atan2(Y-98,X-204)+N*0.9)*40/6.2832,1),0.5)"
_MBLADE = f"lt({_MR},48)"
_MLOG = "between(X,-10,160-mod(N*1.2,60))*between(Y,86,124)"
_MSHAFT = "exp(-pow((X-0.7*Y-34)/18,2))"
_MDUST = "lt(hypot(mod(X+N*0.7+11*floor(Y/13),29)-14,mod(Y-N*0.5,13)-6),1)"
_CAMPSKY = "lt(Y,96-10*abs(sin(X/31))-8*abs(sin(X/13+1)))"
_CABINS = "(between(X,30,110)*between(Y,86,130)+between(X,236,300)*between(Y,92,130))"
_CROOF = "(lt(abs(X-70),(Y-60)*1.6)*between(Y,60,86)+lt(abs(X-268),(Y-70)*1.6)*between(Y,70,92))"
_CWINDOW = "(between(X,48,66)*between(Y,98,112)+between(X,252,268)*between(Y,102,114))"
_FIRE = "lt(hypot((X-160)/(9+2*sin(N*1.7)),(Y-150+6*sin(N*1.1+X/5))/18),1)*lt(Y,160)"
_FMEN = "(lt(hypot((X-120)/10,(Y-150)/16),1)+lt(hypot(X-120,Y-130),6)+lt(hypot((X-204)/10,(Y-152)/16),1)+lt(hypot(X-204,Y-132),6))"
_SMOKEC = "exp(-pow((X-90-0.5*(60-Y)-4*sin(Y/9+N*0.1))/(5+0.12*(60-Y)),2))*lt(Y,60)"
_SKX = "(mod(X+29*floor(Y/52),60)-30)"
_SKY = "(mod(Y,52)-26)"
_SKR = f"hypot({_SKX},{_SKY})"

LAVFI_O = {
    # An opera relayed from the house.
    "stage-o": _scene(f"min(250,if({_PIT},12,if({_PROS},18+10*lt(mod(Y,30),3),if({_GILT},150+40*sin(X/2+Y/3),"
                      f"if({_VALANCE},52+24*sin(X/5),if({_DRAPES},46+26*sin(X/2.6),if({_SOPRANO},205,if({_TENOR},"
                      f"36,if(gt(Y,124),60+10*lt(mod(Y,6),1),64+44*{_COLS}+12*sin(X/23)))))))))"
                      f"+80*{_SPOTS}*not({_PIT}+{_PROS}+{_GILT}))",
                      f"if({_PIT}+{_PROS},128,if({_GILT},70,if({_VALANCE}+{_DRAPES},112,if({_SOPRANO},126,"
                      f"if({_TENOR},142,if(gt(Y,124),108,156))))))",
                      f"if({_PIT}+{_PROS},128,if({_GILT},152,if({_VALANCE}+{_DRAPES},190,if({_SOPRANO},132,"
                      f"if({_TENOR},118,if(gt(Y,124),146,112))))))"),
    "diva-o": _scene(f"if({_DEYES},30,if({_DMOUTH},50,if({_DHAIR},34+8*sin(X/2),if({_DFACE},182-10*"
                     f"pow((X-{_DX})/25,2),if({_NECKLACE},240,if({_DNECK},168,if({_DGOWN},222+8*sin(X/5+Y/7),"
                     f"if(lt({_DSPOT},1),52+10*sin(X/17),16))))))))",
                     f"if({_DHAIR},124,if({_DEYES}+{_DMOUTH},128,if({_DFACE}+{_DNECK},104,if({_NECKLACE},110,"
                     f"if({_DGOWN},130,150)))))",
                     f"if({_DHAIR},138,if({_DMOUTH},178,if({_DEYES},128,if({_DFACE}+{_DNECK},150,if({_NECKLACE},"
                     f"136,if({_DGOWN},128,116))))))"),
    "chorus-o": _scene(f"min(250,if({_CHMF}*lt(Y,112)+{_CHMB}*lt(Y,82),30,if({_CHF}*lt(Y,112)+{_CHB}*lt(Y,82),"
                       f"178,if({_CHF},70+50*sin(floor(X/40)*2.1),if({_CHB},80+40*sin(floor((X+20)/40)*1.3),"
                       "if(between(Y,108,114),150,if(gt(Y,112),70+6*lt(mod(Y,8),1),if(gt(Y,80),86,"
                       "120+70*exp(-pow((Y-60)/30,2))))))))))",
                       f"if({_CHF}*lt(Y,112)+{_CHB}*lt(Y,82),106,if({_CHF},128+50*sin(floor(X/40)*2.7),"
                       f"if({_CHB},128+45*sin(floor((X+20)/40)*1.9),if(gt(Y,80),110,100+0.5*Y))))",
                       f"if({_CHF}*lt(Y,112)+{_CHB}*lt(Y,82),150,if({_CHF},128+50*cos(floor(X/40)*1.4),"
                       f"if({_CHB},128+45*cos(floor((X+20)/40)*2.2),if(gt(Y,80),146,170-0.4*Y))))"),
    "pit-o": _scene(f"min(250,if({_PCOND},200,if({_STAND},225,if({_BOW},190,if({_PHEAD},38,22+50*exp(-hypot("
                    f"{_PSX},{_PSY}+11)/11)+20*lt(mod(X,13),1)*lt({_PSY},-16))))))",
                    f"if({_STAND},112,if({_BOW},100,if({_PHEAD},120,108)))",
                    f"if({_STAND},142,if({_BOW},150,if({_PHEAD},140,150)))"),
    "maestro-o": _scene(f"min(250,if({_BATON},242,if({_MHANDS},178,if({_MARMR}+{_MARML},18,if({_MTIE},236,"
                        f"if({_MSHIRT},224,if({_MCOAT},16,if({_MHAIR},196,if({_MHEAD},168,18+46*{_BOKEH}"
                        "+20*exp(-pow((Y-180)/40,2)))))))))))",
                        f"if({_BATON}+{_MTIE}+{_MSHIRT}+{_MCOAT}+{_MHAIR}+{_MARMR}+{_MARML},128,"
                        f"if({_MHANDS}+{_MHEAD},104,100))",
                        f"if({_BATON}+{_MTIE}+{_MSHIRT}+{_MCOAT}+{_MHAIR}+{_MARMR}+{_MARML},128,"
                        f"if({_MHANDS}+{_MHEAD},150,156))"),
    "boxes-o": _scene(f"min(250,if({_BHEAD},70+40*sin(floor(X/54)*1.7),if({_BOPEN},40+12*sin(X/3),if({_BPARA},"
                      f"160+40*sin(X/2),if(lt(Y,40),30,60+20*sin(X/9)*sin(Y/7)))))+230*{_CHAND})",
                      f"if({_BHEAD},110,if({_BOPEN},116,if({_BPARA},72,if(lt(Y,40),110,96))))",
                      f"if({_BHEAD},150,if({_BOPEN},180,if({_BPARA},150,if(lt(Y,40),150,160))))"),
    # A technicolor pirate film.
    "galleon-o": _scene(f"min(250,if({_SKULL},225,if({_JOLLY},20,if({_SAILS},228-30*pow(sin((X-20)/16),2),"
                        f"if({_MASTS},46,if({_PORTS},16,if({_STRIPE},176,if({_HULL},64+8*lt(mod(Y,5),1),if(lt(Y,"
                        f"100),200-0.55*Y+50*{_CLOUD},{_SEA})))))))))",
                        f"if({_SKULL}+{_JOLLY}+{_PORTS},128,if({_SAILS},120,if({_MASTS}+{_HULL},102,if({_STRIPE},"
                        "64,if(lt(Y,100),170-0.2*Y,156)))))",
                        f"if({_SKULL}+{_JOLLY}+{_PORTS},128,if({_SAILS},134,if({_MASTS}+{_HULL},150,if({_STRIPE},"
                        "156,if(lt(Y,100),104,96)))))"),
    "deck-o": _scene(f"min(250,if({_SARMS},160,if({_SAILOR},if(lt(Y,106),160,120+80*lt(mod(Y,6),3)),"
                     f"if({_ROPE},150,if({_DSAIL},222-20*pow((X-160)/64,2),if({_DMAST},70+10*sin(X/2),"
                     f"if({_DECK},130+8*sin(X/3)-40*{_PLANK},if({_RAIL},66+20*lt(mod(X,26),4),if({_SHROUDS}+"
                     f"{_RATLINE},36,if(gt(Y,70),80+14*sin(X/6+N*0.2)*sin(Y/2),206-0.6*Y))))))))))",
                     f"if({_SARMS},102,if({_SAILOR},if(lt(Y,106),100,if(lt(mod(Y,6),3),128,170)),if({_ROPE}+"
                     f"{_SHROUDS}+{_RATLINE},120,if({_DSAIL},122,if({_DMAST}+{_DECK}+{_RAIL},100,if(gt(Y,70),"
                     "160,168))))))",
                     f"if({_SARMS},156,if({_SAILOR},if(lt(Y,106),156,if(lt(mod(Y,6),3),128,96)),if({_ROPE}+"
                     f"{_SHROUDS}+{_RATLINE},140,if({_DSAIL},134,if({_DMAST}+{_DECK}+{_RAIL},152,if(gt(Y,70),"
                     "92,100))))))"),
    "captain-o": _scene(f"if({_CEYE},30,if({_CPATCH},16,if({_CLIPS},90,if({_CBEARD},26,if({_CTRIM},180,"
                        f"if({_CHAT},22,if({_CFACE},150-8*pow((X-{_CPX})/30,2),if({_CJABOT},228,if({_CBUTTON},"
                        f"186,if({_CCOAT},84+6*sin(Y/4),if(lt(Y,104),196-0.4*Y+40*{_CLOUD},84+16*sin(X/6+N*0.2)"
                        "*sin(Y/2))))))))))))",
                        f"if({_CEYE}+{_CPATCH}+{_CBEARD}+{_CHAT}+{_CJABOT},128,if({_CLIPS},110,if({_CTRIM}+"
                        f"{_CBUTTON},62,if({_CFACE},100,if({_CCOAT},100,if(lt(Y,104),168,156))))))",
                        f"if({_CEYE}+{_CPATCH}+{_CBEARD}+{_CHAT}+{_CJABOT},128,if({_CLIPS},172,if({_CTRIM}+"
                        f"{_CBUTTON},156,if({_CFACE},158,if({_CCOAT},212,if(lt(Y,104),104,96))))))"),
    "broadside-o": _scene(f"min(250,if({_GMUZZLE},if(lt(hypot(X-60-100*floor(X/100),Y-80),8),8,30),"
                          f"if({_GPORT},if(lt(Y,70),200-0.5*Y,110+14*sin(X/5+N*0.2)),if({_GCREW},20,if({_GCARR},"
                          "70+6*sin(X),if(gt(Y,130),(56+8*lt(mod(X+3*Y,24),2))*1,38+10*lt(mod(Y,12),1))))))"
                          f"*(0.6+0.6*{_GLAMP})+200*exp(-hypot(X-{_GLX},Y-30)/5))",
                          f"if({_GPORT},if(lt(Y,70),160,150),if({_GMUZZLE}+{_GCREW},128,106))",
                          f"if({_GPORT},if(lt(Y,70),108,100),if({_GMUZZLE}+{_GCREW},128,148))"),
    "duel-o": _scene(f"min(250,if({_BLADE_A}+{_BLADE_B},236,if({_FENCER_A},if(lt(Y,88),168,220),if({_FENCER_B},"
                     f"if(lt(Y,90),160,24),if(gt(Y,140),120-30*lt(mod(X+0.5*Y,22),2),if(lt(abs(X-100),5),70,"
                     "if(between(X,110,300)*between(Y,8+3*sin(X/30),104),214-30*pow(sin((X-110)/60),2),if(gt(Y,"
                     "104),88+14*sin(X/6+N*0.2)*sin(Y/2),190-0.4*Y))))))))",
                     f"if({_BLADE_A}+{_BLADE_B},128,if({_FENCER_A},if(lt(Y,88),104,124),if({_FENCER_B},"
                     "if(lt(Y,90),104,128),if(gt(Y,140),100,if(lt(abs(X-100),5),104,if(between(X,110,300)*"
                     "between(Y,8,104),120,if(gt(Y,104),156,168)))))))",
                     f"if({_BLADE_A}+{_BLADE_B},128,if({_FENCER_A},if(lt(Y,88),154,132),if({_FENCER_B},"
                     "if(lt(Y,90),154,128),if(gt(Y,140),150,if(lt(abs(X-100),5),150,if(between(X,110,300)*"
                     "between(Y,8,104),134,if(gt(Y,104),96,102)))))))"),
    "cabin-o": _scene(f"min(250,(if({_LANTERN},200,if({_MAP},186-40*lt(abs(sin(X/9+Y/13)),0.05),if({_TABLE},"
                      f"78+6*sin(X/3),if({_WINDOWS},70+90*exp(-hypot(X-200,Y-50)/10)+20*sin(X/4+N*0.1)*gt(Y,70),"
                      f"44+10*lt(mod(X,30),2))))))*if({_LANTERN}+{_WINDOWS},1,{_LAMPLIGHT}))",
                      f"if({_LANTERN},70,if({_MAP},104,if({_TABLE},104,if({_WINDOWS},160,108))))",
                      f"if({_LANTERN},170,if({_MAP},146,if({_TABLE},152,if({_WINDOWS},110,150))))"),
    "island-o": _scene(f"min(250,if({_PALM},80+12*lt(mod(Y,8),2),if({_FROND},60+20*sin(X/3),if({_BOAT},90,"
                       f"if({_FOAM},236,if(gt(Y,112+3*sin(N*0.11+X/30)),206-0.2*(Y-112),if(gt(Y,70),128+10*"
                       "sin(X/5+N*0.3)*sin(Y*1.3)+40*gt(sin(X*1.7+N*0.7)*sin(Y*3.1),0.95),196-0.5*Y+"
                       f"40*{_CLOUD})))))))",
                       f"if({_PALM}+{_BOAT},100,if({_FROND},96,if({_FOAM},128,if(gt(Y,112+3*sin(N*0.11+X/30)),"
                       "100,if(gt(Y,70),156,170)))))",
                       f"if({_PALM}+{_BOAT},150,if({_FROND},88,if({_FOAM},128,if(gt(Y,112+3*sin(N*0.11+X/30)),"
                       "142,if(gt(Y,70),70,100)))))"),
    # A 1950s classroom chemistry film.
    "class-o": _scene(f"min(250,if({_CWIN},if({_CWBAR},60,226),if({_PUPILS},34+8*sin(X/3),if({_DESKS},96,"
                      f"if({_CBOARD},44,if({_CTEACH},60,if(lt(Y,24),176,150-0.2*Y+10*lt(mod(X,40),1))))))))"),
    "blackboard-o": _text(_text(_text(_scene(
        "if(gt(abs(X-160),150)+lt(Y,10)+gt(Y,150),90+20*lt(mod(X+Y,9),1),if(lt(abs(Y-146),3),110,"
        "54+6*sin(X/13+Y/7)+8*exp(-pow(hypot(X-120,Y-70)/60,2))))"),
        "2 Mg  +  O2   =   2 MgO", 16, 34, 34, "0xe4e4e4"),
        "CH4  +  2 O2  =  CO2  +  2 H2O", 15, 34, 70, "0xdcdcdc"),
        "heat  and  light", 14, 60, 108, "0xd0d0d0"),
    "teacher-o": _scene(f"min(250,if({_TGLASS}*lt(Y,74),30,if({_TMOUTH},60,if({_THAIR},70,if({_TFACE},"
                        f"176-10*pow((X-{_TX})/24,2),if({_TTIE},40,if({_TSHIRT},200,if({_TCOAT},226-8*lt(abs("
                        f"abs(X-{_TX})-20),2),if({_TBENCH},40+10*lt(mod(X,50),2),if({_TSHELF},70,if({_TBOTTLE},"
                        "110+60*sin(floor(X/22)*2.1+floor(Y/40)),120)))))))))))"),
    "beaker-o": _scene(f"min(250,if({_FLASKE},230,if({_LIQ},if({_BUBBLE},214,120+10*sin(Y/3)),if({_FLASK},"
                       f"70+8*sin(X/9),if(between(Y,140,146)*lt(abs(X-160),60),150,if(between(Y,150,178)*lt(abs("
                       "X-160),9+(Y-150)*0.1),200+40*gt(sin(N*1.9+Y),0.2),40+6*lt(mod(X,40),2)+8*lt(mod(Y,40),2)"
                       f")))))+150*{_STEAM})"),
    "burner-o": _scene(f"min(250,if({_FLAMEIN},246,if({_FLAME},196+20*sin(Y/4+N*1.7),if({_TUBE},120+80*"
                       "exp(-pow((X-156)/3,2)),if(between(X,140,180)*between(Y,166,180),90,24+8*sin(X/29)+"
                       "30*exp(-hypot(X-160,Y-100)/50)*(0.9+0.1*sin(N*1.3)))))))"),
    "periodic-o": _text(_scene(f"if({_PCELL},if({_PLINE},40,196-40*lt({_PCOL},2)-20*between({_PCOL},2,11)"
                               f"-12*gt({_PCOL},11)+8*sin({_PROW}*3+{_PCOL})),210-0.1*Y+4*sin(X/3))"),
                        "PERIODIC  TABLE  OF  THE  ELEMENTS", 11, 70, 12, "0x202020"),
    "testtube-o": _scene(f"min(250,if({_DROP},70,if({_RGLASS},236,if({_RRACK},96+10*lt(mod(X,30),2),if({_RTUBE},"
                         f"if({_RLIQ},60+50*(1+sin(floor((X-40)/40)*2.7)),190),if(gt(Y,150),120,170-0.2*Y"
                         "+10*lt(mod(X,44),1)))))))"),
    # A balloon festival documentary.
    "field-o": _scene(f"min(250,if({_FB1[1]}+{_FB2[1]}+{_FB3[1]},60,if({_FB1[0]},if({_FB1[2]},150,205),"
                      f"if({_FB2[0]},if({_FB2[2]},90,225),if({_FB3[0]},if({_FB3[2]},110,190),if(gt(Y,156+6*abs("
                      "sin(X/7))),14,if(gt(Y,118),70+14*sin(X/9+Y/3),if(gt(Y,104+6*sin(X/50)),96,170-0.3*Y+"
                      "80*exp(-hypot(X-54,Y-104)/26)))))))))",
                      f"if({_FB1[1]}+{_FB2[1]}+{_FB3[1]},108,if({_FB1[0]},if({_FB1[2]},60,40),if({_FB2[0]},"
                      f"if({_FB2[2]},180,128),if({_FB3[0]},if({_FB3[2]},100,60),if(gt(Y,156),128,if(gt(Y,118),"
                      "104,if(gt(Y,104),112,90+0.7*(104-Y))))))))",
                      f"if({_FB1[1]}+{_FB2[1]}+{_FB3[1]},150,if({_FB1[0]},if({_FB1[2]},200,150),if({_FB2[0]},"
                      f"if({_FB2[2]},100,128),if({_FB3[0]},if({_FB3[2]},85,200),if(gt(Y,156),128,if(gt(Y,118),"
                      "112,if(gt(Y,104),130,170-0.55*(104-Y))))))))"),
    "inflate-o": _scene(f"min(250,if({_FANB}*{_FAN},40,if({_FAN},150,if({_CREW},30,if({_INFL},150+60*gt(sin("
                        f"X/12),0)+30*exp(-pow((Y-140+{_IRY})/14,2)),if(gt(Y,140),86+12*sin(X/4+Y/2),190-0.4*Y"
                        "))))))",
                        f"if({_FAN}+{_CREW},128,if({_INFL},if(gt(sin(X/12),0),36,96),if(gt(Y,140),100,160)))",
                        f"if({_FAN}+{_CREW},128,if({_INFL},if(gt(sin(X/12),0),150,200),if(gt(Y,140),104,104)))"),
    "envelope-o": _scene(f"min(250,if({_EPILOT},250,if(lt({_ER},13),226,if({_ESEAM},40,(70+90*exp(-{_ER}/"
                         f"140))*(1+0.15*gt(mod({_EGORE},3),0.5))+40*exp(-hypot(X-160,Y-180)/50)))))",
                         f"if({_EPILOT}+{_ESEAM},128,if(lt({_ER},13),160,if(eq(mod({_EGORE},3),0),60,"
                         f"if(eq(mod({_EGORE},3),1),100,170))))",
                         f"if({_EPILOT}+{_ESEAM},128,if(lt({_ER},13),104,if(eq(mod({_EGORE},3),0),200,"
                         f"if(eq(mod({_EGORE},3),1),150,110))))"),
    "basket-o": _scene(f"min(250,if({_BFRAME},150+40*lt(abs(Y-12),1),if({_PARM},130,if({_PSHADES},16,if({_PCAP},"
                       f"80,if({_PFACE},168,if(gt(Y,118),if({_WICKER},150,90),if({_PBODY},60,if({_BROPES},120,"
                       "if(lt(hypot((X-270)/14,(Y-52-2*sin(N*0.05))/16),1),170,176-0.4*Y+30*max(0,sin(X/40)*"
                       "sin(Y/13)-0.3)))))))))))",
                       f"if({_BFRAME}+{_PSHADES}+{_BROPES},128,if({_PARM}+{_PFACE},104,if({_PCAP},110,"
                       f"if(gt(Y,118),100,if({_PBODY},170,if(lt(hypot((X-270)/14,(Y-52-2*sin(N*0.05))/16),1),"
                       "50,168))))))",
                       f"if({_BFRAME}+{_PSHADES}+{_BROPES},128,if({_PARM}+{_PFACE},154,if({_PCAP},200,"
                       f"if(gt(Y,118),150,if({_PBODY},100,if(lt(hypot((X-270)/14,(Y-52-2*sin(N*0.05))/16),1),"
                       "160,100))))))"),
    "aloft-o": _scene(f"min(250,if({_ARIM},if({_WICKER},130,70),(if({_ARIVER},120+20*sin(X/5+N*0.4),if({_AHEDGE},"
                      f"50,100+40*sin({_ACELL}*2.3)))*(1-0.45*{_ASHADOW}))))",
                      f"if({_ARIM},100,if({_ARIVER},160,if({_AHEDGE},108,100+14*sin({_ACELL}*1.7))))",
                      f"if({_ARIM},150,if({_ARIVER},104,if({_AHEDGE},112,116+22*sin({_ACELL}*3.1))))"),
    "sky-o": _scene("min(250,"
                    + "".join(f"if({b[1]},60,if({b[0]},if({b[2]},{c[0]},{c[3]}),"
                              for b, c in zip(_SB, _SBCOL))
                    + f"176-0.4*Y+40*{_CLOUD}" + "))" * len(_SB) + ")",
                    "".join(f"if({b[1]},108,if({b[0]},if({b[2]},{c[1]},{c[4]}),"
                            for b, c in zip(_SB, _SBCOL)) + "166" + "))" * len(_SB),
                    "".join(f"if({b[1]},150,if({b[0]},if({b[2]},{c[2]},{c[5]}),"
                            for b, c in zip(_SB, _SBCOL)) + "100" + "))" * len(_SB)),
    "nightglow-o": _scene("min(250,if(gt(Y,160+5*abs(sin(X/6))),8,"
                          + "".join(f"if({b[1]},24+60*{_glow(k)},if({b[0]},(22+150*{_glow(k)})*(0.8+0.2*{b[2]}),"
                                    for k, b in enumerate(_NB))
                          + "if(gt(Y,140),14,18+0.05*Y+40*lt(hypot(mod(X,37)-18,mod(Y,29)-14),0.8))"
                          + "))" * len(_NB) + "))",
                          "if(gt(Y,140),128," + "".join(f"if({b[0]},{_NCOL[k][0]},"
                                                         for k, b in enumerate(_NB)) + "150" + ")" * len(_NB) + ")",
                          "if(gt(Y,140),128," + "".join(f"if({b[0]},{_NCOL[k][1]},"
                                                         for k, b in enumerate(_NB)) + "120" + ")" * len(_NB) + ")"),
    # A 1960s caper film.
    "entrance-o": _text(_scene(f"min(250,if({_SNAPPERS},12,if({_BULBS},if({_BULBON},250,120),if({_MARQ},40,"
                               f"if({_DOORS},200+20*sin(X/4),if({_CARPET},80,if(gt(Y,140),60+8*lt(mod(X+2*Y,30),2),"
                               f"if({_FACADE},170,28+0.2*Y))))))))",
                               f"if({_SNAPPERS},128,if({_BULBS},70,if({_MARQ},150,if({_DOORS},80,if({_CARPET},100,"
                               f"if({_FACADE},70,140))))))",
                               f"if({_SNAPPERS},128,if({_BULBS},160,if({_MARQ},120,if({_DOORS},160,if({_CARPET},"
                               f"210,if({_FACADE},160,124))))))"),
                        "CASINO  ROYAL", 18, 98, 46, "0xffd040"),
    "roulette-o": _scene(f"min(250,if({_RBALL},245,if({_RSPOKE},220,if(lt({_RR},34),110+40*lt(hypot(X-160,"
                         f"Y-90),6),if(lt({_RR},46),if(eq({_RPOCK},0),90,if(mod({_RPOCK},2),80,22)),if(lt({_RR},"
                         f"58),96+20*sin({_RA}*40),if({_RGRID},200,70+10*sin(X/7)*sin(Y/5))))))))",
                         f"if({_RBALL}+{_RSPOKE}+{_RGRID},128,if(lt({_RR},34),96,if(lt({_RR},46),if(eq({_RPOCK},"
                         f"0),100,if(mod({_RPOCK},2),100,128)),if(lt({_RR},58),100,117))))",
                         f"if({_RBALL}+{_RSPOKE}+{_RGRID},128,if(lt({_RR},34),156,if(lt({_RR},46),if(eq({_RPOCK},"
                         f"0),80,if(mod({_RPOCK},2),210,128)),if(lt({_RR},58),152,92))))"),
    "cards-o": _scene(f"min(250,if({_PIP},90,if({_CARD},228,if({_DCUFFS},230,if({_DSLEEVE},14,if({_DHANDS},170,"
                      f"if({_CHIPS},120+80*lt(mod(Y,4),1)+60*gt(sin(X/2),0.6),(66+6*sin(X/3)*sin(Y/4))*(0.45+0.9"
                      "*exp(-hypot(X-160,Y-100)/100)))))))))",
                      f"if({_PIP},100,if({_CARD}+{_DCUFFS}+{_DSLEEVE},128,if({_DHANDS},104,if({_CHIPS},"
                      "if(lt(X,74),100,if(lt(X,150),180,128)),117))))",
                      f"if({_PIP},212,if({_CARD}+{_DCUFFS}+{_DSLEEVE},128,if({_DHANDS},152,if({_CHIPS},"
                      "if(lt(X,74),210,if(lt(X,150),100,128)),92))))"),
    "hall-o": _scene(f"min(250,if({_HHEADS},40+30*sin(floor(X/30)*2.9+floor(Y/22)),if(between(Y,120,134),70,"
                     f"if({_HARCH},50+10*sin(Y/5),if(between(Y,40,112),150+40*sin(X/3)*sin(Y/4),40+0.5*Y))))"
                     f"+220*{_HCH}+30*gt(sin(X*2.1+N*0.5)*sin(Y*2.7),0.97)*lt(Y,50))",
                     f"if({_HHEADS},118,if(between(Y,120,134),117,if({_HARCH},120,if(between(Y,40,112),74,110))))",
                     f"if({_HHEADS},146,if(between(Y,120,134),92,if({_HARCH},180,if(between(Y,40,112),150,146))))"),
    "vault-o": _scene(f"min(250,if({_LASER},150,if({_THIEF},8,if({_VDOOR},if({_VSPOKE},200,130+30*lt(abs(hypot("
                      f"X-160,Y-90)-20),2)),(if({_VWALL},70,46)+30*{_VSEAM})*(0.3+0.7*min({_VU}+{_VV},1))))))",
                      f"if({_LASER},90,if({_THIEF},128,140))",
                      f"if({_LASER},230,if({_THIEF},128,120))"),
    "safe-o": _scene(f"min(250,(if({_SGLOVE},22,if({_STICK},220,if(lt({_SR},34),if(lt({_SR},8),180,40),if(lt("
                     f"{_SR},48),56,if({_SHANDLE},190,110+6*sin(Y*2.1)+4*sin(X/7)))))))*(0.45+0.8*exp(-hypot(X-150,"
                     "Y-90)/80)))",
                     "124", "130"),
    "rooftop-o": _scene(f"min(250,if({_CATSUIT},6,if(gt(Y,150),54+8*lt(mod(X,40),2),if(gt(Y,140),40,if("
                        f"{_CITYB},20+190*{_CITYW},14+0.14*Y+200*exp(-hypot(X-270,Y-30)/7)+70*{_SBEAM})))))",
                        f"if({_CATSUIT}+gt(Y,140),128,if({_CITYB},if({_CITYW},104,128),150))",
                        f"if({_CATSUIT}+gt(Y,140),128,if({_CITYB},if({_CITYW},156,128),118))"),
    "credits-o": f"color=c=0x100a06:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=14:fontcolor=0xf0d890:"
                 "line_spacing=9:textfile=FIFTEENREEL:x=(w-tw)/2:y=h-2.4*n",
    # A 1970s television documentary about loggers.
    "forest-o": _scene(f"min(250,if({_FTRUNK},52+14*sin(Y/2+X)-20*lt(mod(X+13*floor(X/57),57),3),if(gt(Y,150+"
                       "6*sin(X/9)),70+30*gt(sin(X/2+Y/3)*sin(X/5-Y/2),0),110+20*sin(X/11+Y/17)+50*gt(sin(X/9)*"
                       f"sin(Y/5),0.7)*lt(Y,40)))+60*{_FSHAFT})",
                       f"if({_FTRUNK},108,if(gt(Y,150),96,110))",
                       f"if({_FTRUNK},146,if(gt(Y,150),100,118))"),
    "feller-o": _scene(f"min(250,if({_SPRAY},200,if({_CHAIN},200,if({_BAR},150,if({_SAW},150+20*lt(abs(Y-116),"
                       f"2),if({_HAT},200,if({_JBEARD},60,if({_JFACE},160,if({_JARMS},90,if({_JSHIRT},70+50*"
                       f"{_JCHECK},if({_NOTCH},30,if({_TRK},70+20*sin(X/2)*sin(Y/13),100+20*sin(X/9+Y/13)"
                       "))))))))))))",
                       f"if({_SPRAY},100,if({_CHAIN}+{_BAR},128,if({_SAW},60,if({_HAT},36,if({_JBEARD},120,"
                       f"if({_JFACE},100,if({_JARMS},110,if({_JSHIRT},110,if({_NOTCH}+{_TRK},112,100)))))))))",
                       f"if({_SPRAY},150,if({_CHAIN}+{_BAR},128,if({_SAW},190,if({_HAT},152,if({_JBEARD},150,"
                       f"if({_JFACE},156,if({_JARMS},150,if({_JSHIRT},if({_JCHECK},200,150),if({_NOTCH}+{_TRK},"
                       "150,112)))))))))"),
    "river-o": _scene(f"min(250,if({_PIKE},200,if({_RIDER},if(lt(Y,80),150,50),if({_LOGEND},190,if({_LOGS},"
                      "80+20*sin(Y/2),if(lt(Y,40+4*sin(X/13)),40+20*gt(sin(X/3)*sin(Y/4),0.2),100+14*sin((X-N*2)"
                      "/6+Y/3)+30*gt(sin((X-N*2)*0.9+Y*1.7),0.9)))))))",
                      f"if({_PIKE}+{_RIDER},128,if({_LOGEND},110,if({_LOGS},104,if(lt(Y,40),110,140))))",
                      f"if({_PIKE}+{_RIDER},if({_RIDER}*gt(Y,80),100,150),if({_LOGEND},150,if({_LOGS},150,"
                      "if(lt(Y,40),110,116))))"),
    "truck-o": _scene(f"min(250,if({_TWHEELS},if({_THUBS},150,18),if({_TWIN},170,"
                      f"if({_TCAB},100,if({_TSTAKE},40,if({_TLOAD},if({_TRINGS},190,160),if({_TCHASSIS},30,if(gt(Y,"
                      "146),150+10*sin(X/3+Y),if(gt(Y,76+10*sin(X/40)),110+20*sin(X/5)*sin(Y/3),196-0.5*Y)"
                      "))))))))",
                      f"if({_TWHEELS}+{_TSTAKE}+{_TCHASSIS},128,if({_TWIN},150,if({_TCAB},90,if({_TLOAD},96,"
                      "if(gt(Y,146),110,if(gt(Y,76),110,160))))))",
                      f"if({_TWHEELS}+{_TSTAKE}+{_TCHASSIS},128,if({_TWIN},110,if({_TCAB},210,if({_TLOAD},156,"
                      "if(gt(Y,146),140,if(gt(Y,76),110,110))))))"),
    "mill-o": _scene(f"min(250,if({_MTEETH},210,if({_MBLADE},130+40*exp(-pow(({_MR}-30)/6,2)),if({_MLOG},"
                     "80+20*sin(Y/3)+40*lt(abs(X-160+mod(N*1.2,60)),3),if(gt(Y,136),40+10*lt(mod(X,20),2),"
                     f"26+8*lt(mod(X,36),3)))))+70*{_MSHAFT}+50*{_MDUST}*{_MSHAFT})",
                     f"if({_MTEETH}+{_MBLADE},128,if({_MLOG},104,120))",
                     f"if({_MTEETH}+{_MBLADE},128,if({_MLOG},150,140))"),
    "camp-o": _scene(f"min(250,if({_FIRE},240,if({_FMEN},10,if({_CWINDOW},200,if({_CROOF}+{_CABINS},24,if("
                     f"{_CAMPSKY},60+0.5*Y+60*{_SMOKEC},30)))))"
                     "+90*exp(-hypot(X-160,(Y-150)*1.6)/40))",
                     f"if({_FIRE}+{_CWINDOW},60,if({_FMEN}+{_CROOF}+{_CABINS},128,if({_CAMPSKY},150-0.6*Y,120)))",
                     f"if({_FIRE}+{_CWINDOW},190,if({_FMEN}+{_CROOF}+{_CABINS},128,if({_CAMPSKY},130+0.6*Y,"
                     "140)))"),
    "stack-o": _scene(f"min(250,if(lt({_SKR},24),160+20*sin({_SKR}*1.4)-40*lt(abs({_SKX}+{_SKY}*0.2),0.8),"
                      f"if(lt({_SKR},28),60+10*sin(atan2({_SKY},{_SKX})*9),20)))",
                      f"if(lt({_SKR},24),100,if(lt({_SKR},28),110,128))",
                      f"if(lt({_SKR},24),150,if(lt({_SKR},28),146,128))"),
}
FIFTEENREEL = "\n".join(["The Job", "Planned by", "Six Patient Renderers", "", "Safecracker",
                         "A Steady Hand", "", "Croupier", "Thirty-Seven Pockets", "", "Lookout",
                         "The Searchlight", "", "Filmed on Location", "In a Filter Graph", "",
                         "The Fifteenth Reel"])
TEXT_FILES_O = {"FIFTEENREEL": ("fifteenreel.txt", FIFTEENREEL)}

FX_O = {
    "grain-o": "noise=alls=10:allf=t:all_seed=19000013",
    "grain2-o": "noise=alls=12:allf=t:all_seed=19000067",
    "grain3-o": "noise=alls=24:allf=t+u:all_seed=19000129",
    "grain4-o": "noise=alls=8:allf=t:all_seed=19000177",
    "grain5-o": "noise=alls=9:allf=t:all_seed=19000243",
    "grain6-o": "noise=alls=16:allf=t+u:all_seed=19000301",
    "tight-o": "crop=iw*0.62:ih*0.62:iw*0.22:ih*0.16,scale=320:180",
    "closer-o": "crop=iw*0.5:ih*0.5:iw*0.26:ih*0.22,scale=320:180",
    "angle2-o": "crop=iw*0.8:ih*0.8:iw*0.12:ih*0.08,scale=320:180",
    "fireside-o": "crop=iw*0.55:ih*0.55:iw*0.22:ih*0.45,scale=320:180",
    # Looks: warm stage light; saturated technicolor; a black-and-white 16 mm print with flicker,
    # weave, scratches and dust in 4:3; warm morning colour; a glossy 1960s caper in scope; faded
    # 1970s television film in 4:3.
    "velvet-o": "eq=contrast=1.1:saturation=1.2,colorbalance=rm=0.04:bm=-0.05:rh=0.03",
    "techni-o": "eq=saturation=1.45:contrast=1.08,colorbalance=rs=0.03:rm=0.03:bh=0.02",
    "mono-o": "hue=s=0,eq=contrast=1.1",
    "flicker-o": "eq=brightness='0.035*sin(n*2.9)+0.025*sin(n*7.3+1)+0.015*sin(n*17.1)':eval=frame",
    "weave-o": "scale=330:186,crop=320:180:x='5+1.4*sin(n*0.83)+0.7*sin(n*2.9)':y='3+1.3*sin(n*0.61+2)'",
    "wear-o": _overlay("lt(abs(X-160-120*sin(N*1.13+0.9)),0.9)*gt(sin(N*0.71),0.2)", 220) + ","
              + _overlay("lt(hypot(X-160-150*sin(N*4.71),Y-90-80*sin(N*3.37)),2.4)*gt(sin(N*2.3),0.55)+"
                         "lt(hypot(X-160-150*sin(N*2.93+2),Y-90-80*sin(N*5.83+1)),1.7)*gt(sin(N*1.7+2),0.5)", 18),
    "pillar43-o": "drawbox=x=0:y=0:w=40:h=ih:c=black:t=fill,drawbox=x=iw-40:y=0:w=40:h=ih:c=black:t=fill",
    "morning-o": "eq=saturation=1.15:gamma=1.05,colorbalance=rs=0.05:rm=0.04:bs=-0.04",
    "caper-o": "eq=saturation=1.25:contrast=1.1,colorbalance=rh=0.03:bm=0.03",
    "scope-o": "scale=320:134,pad=320:180:0:23:black",
    "seventies-o": "eq=saturation=0.82:contrast=0.95:gamma=1.06,colorbalance=rs=0.06:rm=0.04:bs=-0.06:bh=0.02",
    # Text in shots: a caption and a place name fading in.
    "caption-o": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=white:text='Albuquerque  October'"
                 ":x=14:y=h-26:alpha='clip((n-MID)/9,0,1)'",
    "place-o": f"drawtext=fontfile={FONT}:fontsize=12:fontcolor=0xfff4d0:text='Olympic Peninsula  1974'"
               ":x=50:y=h-26:alpha='clip((n-MID)/10,0,1)'",
    # Camera moves: a slow push-in, the ship rolling, a whip pan in the duel, a pan along the
    # blackboard, a tilt up the trunks, a hand-held walk, a fast pan across the sky, a drift down
    # towards the table.
    "pushin-o": "zoompan=z='1+0.004*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)*0.3'",
    "roll-o": "scale=368:207,rotate=a='0.07*sin(n*0.09)':ow=320:oh=180",
    "whip-o": "scale=640:360,crop=320:180:x='clip((n-MID+5)*32,0,320)':y=90,"
              "gblur=sigma=14:sigmaV=0.4:enable='between(n,MID-4,MID+4)'",
    "boardpan-o": "scale=480:270,crop=320:180:x='min(n*2.4,160)':y=30",
    "tiltup-o": "scale=320:300,crop=320:180:x=0:y='max(120-n*2.6,0)'",
    "walk-o": "scale=352:198,crop=320:180:x='16+5*sin(n*0.31)':y='9+5*abs(sin(n*0.62))'",
    "skypan-o": "scale=640:360,crop=320:180:x='160+160*tanh((n-MID)/4)':y=60,"
                "gblur=sigma=10:sigmaV=0.4:enable='between(n,MID-3,MID+3)'",
    "drift-o": "zoompan=z='1.05+0.003*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)*0.6'",
    # Around MID: a photographer's flash in the boxes, the follow spot swinging to pick up the
    # tenor, the stage lights going to blue for the night scene, a thunder strobe, a latecomer
    # crossing the lens; a broadside (flashes in the ports, then smoke), smoke drifting over the
    # lens, a rope swinging past the lens, spray over the lens; the blinds drawn, a hand reaching
    # across the lens, magnesium burning, the projector stuttering; a burner blast lighting the
    # envelope, a balloon drifting past the lens, a sun flare as the basket turns, every burner
    # fired at once, flashes at the night glow; photographers' flashes, a waiter passing the lens,
    # a searchlight across the lens, a guard's torch into the lens, a power cut and red emergency
    # light; a tree falling across the lens, sawdust over the lens, sunlight flickering through the
    # branches, a truck passing right in front of the lens, the fire flaring up.
    "dusk-o": "eq=brightness=-0.22:gamma=0.8:saturation=0.9",
    "flash-o": "eq=brightness='0.42*eq(n,MID)+0.16*eq(n,MID+1)':eval=frame",
    "spotpick-o": _overlay("0.7*exp(-pow(hypot((X-40-16*(N-MID+8))/30,(Y-112)/34),4))*between(N,MID-8,MID+10)",
                           250, 118, 140),
    "blueout-o": _overlay("0.6*clip((N-MID+6)/12,0,1)", 24, 170, 108),
    "thunder-o": "eq=brightness='0.45*eq(n,MID)+0.3*eq(n,MID+3)+0.1*eq(n,MID+4)':eval=frame",
    "latecomer-o": _overlay("(lt(hypot((X+70-32*(N-MID+6))/30,(Y-118)/36),1)+lt(hypot((X+70-32*(N-MID+6))/84,"
                            "(Y-204)/66),1))*between(N,MID-6,MID+8)", 8, 128, 128),
    "cannon-o": "eq=brightness='0.38*(eq(n,MID-4)+eq(n,MID)+eq(n,MID+4))+0.12*(eq(n,MID-3)+eq(n,MID+1)"
                "+eq(n,MID+5))':eval=frame,"
                + _overlay("0.8*clip((N-MID+4)/10,0,1)*exp(-max(N-MID-6,0)/12)*exp(-pow(hypot((X-160)/140,"
                           "(Y-76)/70),2))*(0.8+0.2*sin(X/9+Y/7+N*0.3))", 210, 128, 128),
    "smoke-o": _overlay("0.75*exp(-pow((X-160-(N-MID)*9)/70,2))*(0.75+0.25*sin(Y/11+X/17+N*0.2))", 214, 126, 130),
    "ropeswing-o": _overlay("lt(abs(X+60-38*(N-MID+5)+0.5*(Y-90)),16)*between(N,MID-5,MID+6)", 36, 110, 146),
    "spray-o": _overlay("0.85*exp(-pow((N-MID)/3,2))*(0.55+0.45*gt(sin(X*1.7+Y*1.3)*sin(X*0.9-Y*2.1+N),0.2))",
                        232, 132, 124),
    "blinds-o": _overlay("0.7*clip((N-MID+8)/16,0,1)*lt(X,74)", 50) + ","
                + "eq=brightness='-0.12*clip((n-MID+8)/16,0,1)':eval=frame",
    "reach-o": _overlay("lt(hypot((X-160-110-200*abs(N-MID)/7)/84,(Y-122)/26),1)*between(N,MID-7,MID+7)", 40) + ","
               + _overlay("(lt(hypot((X-160-12-200*abs(N-MID)/7)/26,(Y-114)/15),1)+lt(abs(Y-106-0.2*(X-150-200*"
                          "abs(N-MID)/7)),3)*between(X-150-200*abs(N-MID)/7,-14,14))*between(N,MID-7,MID+7)", 176),
    "magnesium-o": _overlay("clip((0.8+0.2*sin(N*3.1))*1.6*exp(-pow((N-MID)/5,2))*exp(-hypot(X-232,Y-110)/(16+60"
                            "*exp(-pow((N-MID)/5,2)))),0,1)", 252) + ","
                   + "eq=brightness='0.22*exp(-pow((n-MID)/5,2))':eval=frame",
    "stutter-o": "eq=brightness='0.16*between(n,MID-3,MID+2)*(2*mod(n,2)-1)':eval=frame,"
                 "scale=320:204,crop=320:180:x=0:y='10+12*between(n,MID,MID+1)'",
    "roar-o": _overlay("0.55*exp(-pow((N-MID)/5,2))*exp(-pow(hypot((X-160)/160,(Y-130)/130),2))", 250, 90, 172)
              + ",eq=brightness='0.12*exp(-pow((n-MID)/5,2))':eval=frame",
    "passby-o": _overlay("lt(hypot((X+200-46*(N-MID+8))/170,(Y-90-10*(N-MID)/8)/160),1)*between(N,MID-8,MID+9)",
                         "120+70*gt(sin(X/22),0)", _half("110-70*gt(sin(X/22),0)"),
                         _half("140+60*gt(sin(X/22),0)")),
    "sunflare-o": _overlay("0.9*exp(-pow((N-MID)/4,2))*(exp(-hypot(X-60-8*(N-MID),Y-40)/(36+30*exp(-pow((N-MID)"
                           "/4,2))))+0.4*lt(abs(hypot(X-220+5*(N-MID),Y-130)-14),2.5))", 250, 100, 150),
    "glowall-o": "eq=brightness='0.24*exp(-pow((n-MID)/5,2))':saturation='1+0.4*exp(-pow((n-MID)/5,2))'"
                 ":eval=frame",
    "flashes-o": "eq=brightness='0.4*eq(n,MID-7)+0.34*eq(n,MID+1)+0.12*eq(n,MID+2)+0.45*eq(n,MID+8)':eval=frame",
    "paparazzi-o": "eq=brightness='0.45*eq(n,MID-9)+0.32*eq(n,MID-3)+0.5*eq(n,MID+2)+0.2*eq(n,MID+3)"
                   "+0.4*eq(n,MID+9)':eval=frame",
    "waiter-o": _overlay("lt(hypot((X+80-36*(N-MID+6))/52,(Y-120)/110),1)*between(N,MID-6,MID+8)", 20) + ","
                + _overlay("lt(hypot((X+50-36*(N-MID+6))/40,(Y-70)/6),1)*between(N,MID-6,MID+8)", 200),
    "searchsweep-o": _overlay("0.85*exp(-pow((X+60-40*(N-MID+5))/30,2))*between(N,MID-5,MID+7)", 250, 128, 120),
    "torch-o": _overlay("clip(1.4*exp(-hypot(X-40-18*(N-MID+8),Y-100)/(24+40*exp(-pow((N-MID)/3,2)))),0,1)"
                        "*between(N,MID-8,MID+8)", 248, 120, 136),
    "powercut-o": "eq=brightness='-0.4*clip((n-MID+6)/3,0,1)*lt(n,MID+4)-0.14*gte(n,MID+4)':eval=frame,"
                  "colorbalance=rs=0.35:rm=0.3:gs=-0.1:bs=-0.15:enable='gte(n,MID+4)'",
    "treefall-o": _overlay("lt(abs(-(X-300)*cos(1.65*clip((N-MID+6)/12,0,1))+(Y-220)*sin(1.65*clip((N-MID+6)/12,"
                           "0,1))),22)*between(N,MID-6,MID+8)", 36, 110, 150) + ","
                  + "scale=352:198,crop=320:180:x='16+8*sin(n*3.1)*between(n,MID+6,MID+10)'"
                    ":y='9+8*sin(n*3.9)*between(n,MID+6,MID+10)'",
    "sawdust-o": _overlay("0.9*lt(hypot(mod(X-N*23+7*floor(Y/19),37)-18,mod(Y+N*5,19)-9),3+2*sin(X))"
                          "*exp(-pow((N-MID)/5,2))", 206, 100, 150),
    "dapple-o": "eq=brightness='0.09*sin(n*0.7)+0.06*sin(n*1.9+1)':eval=frame",
    "truckpass-o": _overlay("between(X,-420+60*(N-MID+5),-20+60*(N-MID+5))*between(Y,16,172)*between(N,MID-5,MID+9)",
                            "60+50*lt(hypot(mod(X,24)-12,mod(Y,24)-12),10)", 110, 150),
    "flareup-o": _overlay("0.7*exp(-pow((N-MID)/4,2))*exp(-hypot(X-160,(Y-150)*1.4)/70)", 250, 70, 180)
                 + ",eq=brightness='0.16*exp(-pow((n-MID)/4,2))':eval=frame",
}

# held-out-o (clips 90-95): new recipes again, written after held-out-n without running the
# detector on them. Film material of six more kinds, shorter clips (about 20 s) with shorter
# shots: an opera relayed from the house (a photographer's flash in the boxes, a follow spot
# swinging across the stage, a push-in on the soprano, the stage going blue for the night
# scene, a thunder strobe, a latecomer crossing the lens), a technicolor pirate film (the ship
# rolling, a broadside with smoke over the lens, smoke drifting, a whip pan in the sword fight, a
# rope swinging past the lens, spray over the lens, a lantern swinging in the cabin), a 1950s
# classroom chemistry film in black and white with flicker, weave, scratches and dust (the
# blinds drawn, a pan along the blackboard, a hand reaching across the lens, magnesium burning,
# the projector stuttering), a balloon festival documentary (a caption, burner blasts lighting
# the envelope, a balloon drifting past the lens, a sun flare, a fast pan across the sky, every
# burner fired at once, flashes at the night glow), a 1960s caper film in scope (photographers'
# flashes, a waiter passing the lens, a searchlight across the lens, a guard's torch into the
# lens, a power cut and red emergency light, credits rolling) and a 1970s television documentary
# about loggers in 4:3 (a tilt up the firs, a place name, sawdust over the lens, a tree falling
# across the lens, sunlight flickering on a hand-held walk, a truck passing in front of the lens,
# the fire flaring up); cuts between near-identical angles, to closer framings and between dark
# shots, dissolves of 8 to 40 frames and fades through black and white.
HELD_OUT_O = [
    ("opera-night", [S("serif:Gala Night at the Opera", 28, 0, "grain-o"), "fadeio:10:12",
                     S("boxes-o", 34, 0, "flash-o velvet-o grain-o"), "cut",
                     S("stage-o", 36, 0, "spotpick-o velvet-o grain-o"), "cut",
                     S("diva-o", 26, 0, "pushin-o velvet-o grain-o"), "cut",
                     S("maestro-o", 24, 0, "velvet-o grain-o"), "cut",
                     S("pit-o", 34, 0, "velvet-o grain-o"), "fade:16",
                     S("chorus-o", 34, 0, "velvet-o grain-o"), "cut",
                     S("chorus-o", 20, 60, "closer-o velvet-o grain-o"), "cut",
                     S("stage-o", 44, 100, "blueout-o velvet-o grain-o"), "fadeblack:14",
                     S("diva-o", 30, 100, "velvet-o grain-o"), "cut",
                     S("diva-o", 22, 140, "tight-o velvet-o grain-o"), "cut",
                     S("maestro-o", 32, 80, "latecomer-o velvet-o grain-o"), "cut",
                     S("pit-o", 46, 100, "angle2-o velvet-o grain-o"), "fade:30",
                     S("stage-o", 56, 200, "thunder-o velvet-o grain-o"), "cut",
                     S("boxes-o", 22, 80, "angle2-o velvet-o grain-o"), "cut",
                     S("stage-o", 34, 250, "closer-o velvet-o grain-o"), "fadeblack:20",
                     S("serif:Curtain", 28, 0, "grain-o")]),
    ("pirate-film", [S("serif:The Crimson Corsair", 26, 0, "grain2-o"), "fadeio:10:10",
                     S("galleon-o", 34, 0, "techni-o grain2-o"), "cut",
                     S("deck-o", 30, 0, "roll-o techni-o grain2-o"), "cut",
                     S("captain-o", 22, 0, "techni-o grain2-o"), "cut",
                     S("captain-o", 20, 60, "closer-o techni-o grain2-o"), "cut",
                     S("broadside-o", 36, 0, "cannon-o techni-o grain2-o"), "cut",
                     S("galleon-o", 36, 100, "smoke-o techni-o grain2-o"), "dissolve:12",
                     S("duel-o", 36, 0, "whip-o techni-o grain2-o"), "cut",
                     S("duel-o", 22, 80, "angle2-o techni-o grain2-o"), "cut",
                     S("deck-o", 42, 100, "ropeswing-o roll-o techni-o grain2-o"), "fadeblack:16",
                     S("cabin-o", 36, 0, "techni-o grain2-o"), "cut",
                     S("cabin-o", 46, 80, "tight-o techni-o grain2-o"), "fade:32",
                     S("island-o", 46, 0, "techni-o grain2-o"), "cut",
                     S("captain-o", 22, 150, "angle2-o techni-o grain2-o"), "cut",
                     S("deck-o", 36, 200, "spray-o roll-o techni-o grain2-o"), "fadewhite:8",
                     S("galleon-o", 44, 250, "techni-o grain2-o"), "fadeblack:20",
                     S("serif:The End", 28, 0, "grain2-o")]),
    ("chemistry-film", [S("card:FIRE AND FLAME", 26, 0, "flicker-o wear-o grain3-o mono-o pillar43-o"),
                        "fadeio:8:10",
                        S("class-o", 40, 0, "blinds-o weave-o flicker-o wear-o grain3-o mono-o pillar43-o"), "cut",
                        S("blackboard-o", 36, 0, "boardpan-o weave-o flicker-o wear-o grain3-o mono-o pillar43-o"),
                        "cut",
                        S("teacher-o", 26, 0, "weave-o flicker-o wear-o grain3-o mono-o pillar43-o"), "cut",
                        S("burner-o", 32, 0, "weave-o flicker-o wear-o grain3-o mono-o pillar43-o"), "fade:10",
                        S("beaker-o", 36, 0, "reach-o weave-o flicker-o wear-o grain3-o mono-o pillar43-o"), "cut",
                        S("beaker-o", 22, 80, "closer-o weave-o flicker-o wear-o grain3-o mono-o pillar43-o"),
                        "cut",
                        S("teacher-o", 34, 100, "magnesium-o weave-o flicker-o wear-o grain3-o mono-o pillar43-o"),
                        "cut",
                        S("burner-o", 36, 100, "closer-o weave-o flicker-o wear-o grain3-o mono-o pillar43-o"),
                        "fade:20",
                        S("periodic-o", 40, 0, "stutter-o weave-o flicker-o wear-o grain3-o mono-o pillar43-o"),
                        "cut",
                        S("testtube-o", 28, 0, "weave-o flicker-o wear-o grain3-o mono-o pillar43-o"), "cut",
                        S("class-o", 28, 100, "angle2-o weave-o flicker-o wear-o grain3-o mono-o pillar43-o"),
                        "fadewhite:12",
                        S("blackboard-o", 34, 100, "tight-o weave-o flicker-o wear-o grain3-o mono-o pillar43-o"),
                        "cut",
                        S("teacher-o", 22, 150, "closer-o weave-o flicker-o wear-o grain3-o mono-o pillar43-o"),
                        "cut",
                        S("testtube-o", 40, 100, "closer-o weave-o flicker-o wear-o grain3-o mono-o pillar43-o"),
                        "fade:26",
                        S("teacher-o", 56, 200, "angle2-o weave-o flicker-o wear-o grain3-o mono-o pillar43-o"),
                        "fadeblack:18",
                        S("card:THE END", 26, 0, "flicker-o wear-o grain3-o mono-o pillar43-o")]),
    ("balloon-festival", [S("card:A SKY FULL OF BALLOONS", 26), "fadewhite:10",
                          S("field-o", 36, 0, "caption-o morning-o grain4-o"), "cut",
                          S("inflate-o", 24, 0, "morning-o grain4-o"), "cut",
                          S("envelope-o", 30, 0, "roar-o morning-o grain4-o"), "cut",
                          S("basket-o", 22, 0, "morning-o grain4-o"), "cut",
                          S("sky-o", 46, 0, "passby-o morning-o grain4-o"), "fade:14",
                          S("aloft-o", 40, 0, "sunflare-o morning-o grain4-o"), "cut",
                          S("aloft-o", 20, 100, "angle2-o morning-o grain4-o"), "cut",
                          S("basket-o", 28, 100, "roar-o closer-o morning-o grain4-o"), "cut",
                          S("sky-o", 34, 100, "skypan-o morning-o grain4-o"), "cut",
                          S("envelope-o", 52, 100, "closer-o morning-o grain4-o"), "fade:40",
                          S("field-o", 56, 150, "angle2-o morning-o grain4-o"), "cut",
                          S("nightglow-o", 34, 0, "glowall-o morning-o grain4-o"), "cut",
                          S("nightglow-o", 28, 100, "flashes-o tight-o morning-o grain4-o"), "cut",
                          S("envelope-o", 26, 200, "dusk-o tight-o morning-o grain4-o"), "fade:8",
                          S("nightglow-o", 40, 200, "angle2-o morning-o grain4-o"), "fadeblack:20",
                          S("card:SEE YOU NEXT OCTOBER", 30)]),
    ("casino-caper", [S("serif:The Monte Carlo Job", 26, 0, "grain5-o"), "fadeio:12:10",
                      S("entrance-o", 42, 0, "paparazzi-o caper-o grain5-o scope-o"), "cut",
                      S("hall-o", 32, 0, "waiter-o caper-o grain5-o scope-o"), "cut",
                      S("roulette-o", 26, 0, "caper-o grain5-o scope-o"), "cut",
                      S("cards-o", 22, 0, "caper-o grain5-o scope-o"), "cut",
                      S("roulette-o", 30, 100, "closer-o caper-o grain5-o scope-o"), "fadegrays:16",
                      S("rooftop-o", 42, 0, "searchsweep-o caper-o grain5-o scope-o"), "cut",
                      S("vault-o", 36, 0, "torch-o caper-o grain5-o scope-o"), "cut",
                      S("safe-o", 22, 0, "caper-o grain5-o scope-o"), "cut",
                      S("vault-o", 34, 100, "powercut-o caper-o grain5-o scope-o"), "cut",
                      S("safe-o", 20, 100, "tight-o caper-o grain5-o scope-o"), "cut",
                      S("rooftop-o", 32, 100, "angle2-o caper-o grain5-o scope-o"), "fadeblack:14",
                      S("hall-o", 30, 100, "angle2-o caper-o grain5-o scope-o"), "cut",
                      S("cards-o", 42, 100, "drift-o caper-o grain5-o scope-o"), "fade:28",
                      S("entrance-o", 42, 150, "closer-o caper-o grain5-o scope-o"), "cut",
                      S("roulette-o", 34, 200, "caper-o grain5-o scope-o"), "fadeblack:20",
                      S("credits-o", 40, 0)]),
    ("logging-film", [S("card:TIMBER COUNTRY", 28, 0, "pillar43-o"), "fadeio:10:10",
                      S("forest-o", 36, 0, "tiltup-o place-o seventies-o grain6-o pillar43-o"), "cut",
                      S("feller-o", 34, 0, "sawdust-o seventies-o grain6-o pillar43-o"), "cut",
                      S("forest-o", 36, 100, "treefall-o seventies-o grain6-o pillar43-o"), "cut",
                      S("stack-o", 30, 0, "seventies-o grain6-o pillar43-o"), "fade:14",
                      S("truck-o", 30, 0, "seventies-o grain6-o pillar43-o"), "cut",
                      S("river-o", 24, 0, "seventies-o grain6-o pillar43-o"), "cut",
                      S("river-o", 50, 100, "closer-o seventies-o grain6-o pillar43-o"), "fade:36",
                      S("mill-o", 50, 0, "seventies-o grain6-o pillar43-o"), "cut",
                      S("mill-o", 22, 100, "tight-o seventies-o grain6-o pillar43-o"), "cut",
                      S("feller-o", 22, 100, "angle2-o seventies-o grain6-o pillar43-o"), "cut",
                      S("truck-o", 34, 100, "truckpass-o seventies-o grain6-o pillar43-o"), "cut",
                      S("forest-o", 36, 200, "walk-o dapple-o seventies-o grain6-o pillar43-o"), "fadeblack:16",
                      S("camp-o", 40, 0, "flareup-o seventies-o grain6-o pillar43-o"), "cut",
                      S("camp-o", 24, 100, "fireside-o seventies-o grain6-o pillar43-o"), "cut",
                      S("forest-o", 34, 250, "angle2-o seventies-o grain6-o pillar43-o"), "fadeblack:20",
                      S("card:A NORTHWEST FILM", 28, 0, "pillar43-o")]),
]
