"""Sources, effects and recipes of held-out-t (clips 120-125), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-119. Drawn scenes for six more kinds of
film: a Paris boulevard with a couple walking under the trees, a girl in a striped shirt smoking
by a café window, a man in a hat driving with the street sliding past behind him, a newspaper
girl on the pavement, a hotel room striped by the shutters' light, a quay of the Seine with its
bookstalls under a bridge and the boulevard at night under its lamps (a 1960s French New Wave
street film in black and white, 1.37, jump cuts and a hand-held camera); a factory's flywheel
turning with its piston, a worker's face from below against the sky, a crowd running down a
flight of steps, a battleship's turret raising its guns, a crowd with raised fists, chimneys
smoking and a red flag, hand-coloured, waving on its mast, with constructivist intertitles (a
1920s Soviet montage film, black and white in 4:3, rapid short shots); a glass tower at night
with floors burning near its top, a ballroom party under a chandelier, a smoky corridor with an
exit sign and a fireman's helmet lamp, a glass elevator on the outside of the tower with the city
lights rushing up past it, the fire chief's face in the firelight, a helicopter over the roof
with its searchlight and water bursting from the tanks (a 1970s disaster film in Panavision,
2.35, warm colour); the bucking chutes with a cowboy on the bull behind the rails, the bull
bucking in the arena, the grandstand of hats, a barrel racer galloping past a barrel, a rodeo
clown in his barrel, a roper swinging his loop against the sky, a dark barn with a horse in its
stall and the arena's lights at dusk (a 1980s rodeo documentary in 1.85, dusty and sunny); the
avenue of a samba parade seen from above between its stands, an allegorical float with a golden
face and chaser lights, a dancer under a fan of feathers, the drummers in rows, the crowd in the
stands, the drum queen under her glittering crown, under a broadcast's bug (a carnival parade
broadcast at night, full frame, saturated); marine snow drifting up through a submersible's
light, the submersible seen from outside with its lamps, an anglerfish with its glowing lure, a
hydrothermal vent smoking among red tube worms, a comb jelly pulsing in colours, the pilot at
the viewport lit by her instruments and the sampling arm reaching for a rock (a deep-sea
submersible documentary, full frame, near dark).
"""

from shots_lavfi import FONT, SERIF, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_q import _lines, _wheel
from shots_sources_s import _horse


def _g(mask, lum):
    """A grey layer (the New Wave and the montage film are drawn in greys)."""
    return (mask, lum, 128, 128)


# A 1960s French New Wave street film.
def _walker(x, k, lum):
    """A passer-by walking right at x (the k-th), his coat lum: layers, those on top first."""
    sw = f"sin(N*0.5+{k})"
    return [_g(f"lt(hypot(X-{x},Y-96),5)", 60),
            _g(f"lt(hypot((X-{x})/9,(Y-116)/16),1)", lum),
            _g(f"lt(abs(X-{x}-(Y-132)*0.35*{sw}),1.8)*between(Y,130,152)", 40),
            _g(f"lt(abs(X-{x}+(Y-132)*0.35*{sw}),1.8)*between(Y,130,152)", 40)]


_FACADE = "lt(mod(X,22),12)*lt(mod(Y,26),16)*lt(Y,110)"

# A 1920s Soviet montage film (greys, but for the hand-coloured flag).
_ELEV = "(0.25+0.12*sin(N*0.05))"


def _barrel(y0):
    """A gun barrel pivoting at (110, y0), raised by _ELEV."""
    return (f"lt(abs((X-110)*sin({_ELEV})+(Y-{y0})*cos({_ELEV})),3.5)"
            f"*between((X-110)*cos({_ELEV})-(Y-{y0})*sin({_ELEV}),0,190)")


_STEPX, _STEPY = "(mod(X-N*2.2,34)-17)", "(mod(Y-N*3+0.5*X,48)-24)"

# A 1970s disaster film.
_SKYLINE = "gt(Y,140-30*gt(sin(floor(X/23)*2.7),0.2)-12*gt(sin(floor(X/23)*1.3),0.5))"
_SWAY = "(6*sin(N*0.1))"
_HX = "(170+6*sin(N*0.1))"

# A 1980s rodeo documentary.
_BUCK = "abs(sin(N*0.45))"
_LOOP = "lt(abs(hypot((X-160-40*cos(N*0.6))/40,(Y-34-8*sin(N*0.6))/10)-1),0.08)"

# A carnival parade broadcast.
_FX0 = "(N*0.8)"
_FAN = "atan2(Y-80,X-160)"
_QX = "(160+4*sin(N*0.6))"

# A deep-sea submersible documentary.
_LUREX, _LUREY = "(150+10*sin(N*0.07))", "(44+6*sin(N*0.09+1))"
_FISH = "(4*sin(N*0.05))"
_PULSE = "(1+0.15*sin(N*0.3))"
_ARM = "(20*sin(N*0.04))"
_SUBX = "(160+0.3*N)"

LAVFI_T = {
    # A 1960s French New Wave street film.
    "boulevard-t": _paint(_walker("(60+1.1*N)", 0, 45) + _walker("(78+1.1*N)", 2, 215)
                          + [_g("between(Y,86,96)*between(X,210,310)", "if(lt(mod(X,12),6),225,85)"),
                             _g("lt(hypot(mod(X,90)-45,Y-42-6*sin(X/7)),34)*lt(Y,78)",
                                "60+50*gt(sin(X*1.3+Y*0.9+0.3*sin(N*0.2)),0.5)"),
                             _g("lt(abs(mod(X,90)-45),3)*between(Y,60,120)", 40),
                             _g(_FACADE, "60+20*lt(mod(Y,26),3)"),
                             _g("lt(Y,110)", "195-0.3*Y"),
                             _g("gt(Y,110)", "150+12*lt(mod(X+2*Y,40),2)")],
                          ("235", 128, 128)),
    "cafe-t": _paint([_g("lt(abs(X-204-7*sin(Y/9+N*0.15)),1.4+0.04*(92-Y))*between(Y,14,90)",
                         "190+20*sin(Y/5)"),
                      _g("lt(abs(Y-92),1)*between(X,194,206)", 245),
                      _g("lt(hypot((X-194)/8,(Y-96)/5),1)", 175),
                      _g("lt(hypot((X-148)/25,(Y-64)/28),1)*lt(Y,60+0.35*(X-148))", 35),
                      _g("lt(hypot((X-150)/22,(Y-72)/27),1)", "150+40*(X-128)/44"),
                      _g("lt(hypot((X-150)/42,(Y-152)/46),1)", "if(lt(mod(Y,8),4),232,38)"),
                      _g("gt(Y,150)", "115+10*lt(mod(X,40),2)"),
                      _g("lt(abs(mod(X+N*5,150)-60),24)*between(Y,100,124)*lt(X,110)", 80),
                      _g("lt(mod(X,36),3)*lt(X,110)", 40),
                      _g("lt(X,110)", "238-10*sin(Y/30)")],
                     ("95+10*sin(X/40)", 128, 128)),
    "car-t": _paint([_g("lt(hypot((X-190)/17,(Y-44)/10),1)+between(Y,50,54)*lt(abs(X-190),28)", 28),
                     _g("lt(hypot(X-172,Y-72),2.5)", 30),
                     _g("lt(hypot((X-190)/20,(Y-70)/24),1)", "170-50*gt(X,196)"),
                     _g("lt(hypot((X-190)/46,(Y-150)/52),1)", "45+15*lt(abs(X-186+0.4*(Y-100)),3)"),
                     _g("lt(abs(hypot((X-110)/32,(Y-132)/42)-1),0.08)", 25),
                     _g("gt(Y,150)", 35),
                     _g("lt(X,60)+gt(X,300)+lt(Y,26)", "55+10*lt(mod(Y,20),2)")],
                    ("130+85*gt(sin((X+N*16)/13)*sin(Y/17+1),0.2)", 128, 128)),
    "room-t": _paint([_g("lt(hypot((X-114)/26,(Y-100)/12),1)*lt(X,122)", 40),
                      _g("lt(hypot((X-120)/18,(Y-104)/14),1)", "185-30*gt(Y,108)"),
                      _g("lt(hypot((X-110)/44,(Y-110)/15),1)", 238),
                      _g("gt(Y,100)*lt(abs(X-170),150)", "210-25*gt(sin(X/10+Y/4),0.6)"),
                      _g("between(X,222,282)*between(Y,18,80)", "if(lt(hypot(X-252,Y-48),20),60,225)"),
                      _g("between(X,222,282)*between(Y,15,83)", 30)],
                     ("105+70*lt(mod(X+0.5*Y,30),12)", 128, 128)),
    "quay-t": _paint([_g("lt(hypot(X-60-0.4*N,Y-84),4)+lt(hypot((X-60-0.4*N)/6,(Y-98)/11),1)", 35),
                      _g("between(Y,70,90)*lt(mod(X,50),40)*lt(X,190)", "70+20*lt(abs(Y-72),2)"),
                      _g("between(Y,88,98)", 205),
                      _g("between(Y,40,52)*between(X,120,320)", 175),
                      _g("lt(hypot((X-220)/100,(Y-120)/70),1)*between(Y,52,120)*gt(X,120)", 45),
                      _g("between(Y,52,120)*gt(X,120)", "165+15*lt(mod(X+Y,14),2)"),
                      _g("gt(Y,120)", "90+120*gt(sin(X*0.9+N*0.5)*sin(Y*1.7-N*0.3),0.85)")],
                     ("228-0.2*Y", 128, 128)),
    "night-t": _paint([_g("lt(hypot(X-mod(N*6,460)+70,Y-132),6)+lt(hypot(X-mod(N*6,460)+100,Y-132),6)", 250),
                       _g("lt(hypot(mod(X,80)-40,Y-40),4)", 252),
                       _g("lt(abs(mod(X,80)-40),1.2)*between(Y,40,140)", 70),
                       _g(f"{_FACADE}*gt(sin(floor(X/22)*3.1+floor(Y/26)*1.7),0.4)", 160),
                       _g("gt(Y,140)", "20+40*exp(-pow((mod(X,80)-40)/12,2))")],
                      ("14", 128, 128), add="70*exp(-hypot(mod(X,80)-40,Y-40)/14)"),
    "herald-t": _lines(_paint([_g("lt(hypot((X-160)/27,(Y-46)/26),1)*lt(Y,44+0.02*pow(X-160,2))", 30),
                               _g("lt(hypot(abs(X-160)-11,Y-52),2.5)", 25),
                               _g("lt(hypot((X-160)/22,(Y-56)/26),1)", "175-30*gt(X,170)"),
                               _g("gt(Y,84)*lt(abs(X-160),40+0.9*(Y-84))", "228-12*sin(X/6)"),
                               _g("1", "140+40*sin(X/25+N*0.05)*sin(Y/31)")],
                              ("140", 128, 128)),
                       ["EDITION", "DU SOIR"], 12, 116, 14, "0x181818", FONT),
    "title1-t": _lines(_lines(_paint([], ("10", 128, 128)), ["UNE FILLE"], 30, 44, 0, "0xffffff", FONT),
                       ["ET UN GARCON"], 22, 100, 0, "0xffffff", FONT),
    # A 1920s Soviet montage film.
    "flywheel-t": _paint([_g("between(X,230+20*cos(N*0.35),300)*lt(abs(Y-90),8)", 210)]
                         + [_g(w, lm) for w, lm in zip(_wheel(150, 90, 70, 0.35), (185, 205, 30))],
                         ("40+22*lt(mod(X,30),3)", 128, 128)),
    "worker-t": _paint([_g("lt(hypot((X-160)/38,(Y-52)/16),1)*lt(Y,58)", 30),
                        _g("lt(abs(Y-58),3)*between(X,122,202)", 20),
                        _g("lt(hypot(abs(X-160)-13,Y-76),3)", 20),
                        _g("lt(abs(Y-104),1.5)*lt(abs(X-160),10)", 60),
                        _g("lt(hypot((X-160)/30,(Y-84)/38),1)", "150+45*(X-160)/30"),
                        _g("gt(Y,118)*lt(abs(X-160),30+(Y-118)*1.4)", "40+20*lt(abs(X-160),4)")],
                       ("205-0.45*Y+18*sin(X/30+N*0.02)", 128, 128)),
    "steps-t": _paint([_g(f"lt(hypot({_STEPX},{_STEPY}+16),4)", 190),
                       _g(f"lt(hypot({_STEPX}/6,{_STEPY}/13),1)", 28)],
                      ("if(lt(mod(Y+0.5*X,16),4),75,175)", 128, 128)),
    "guns-t": _paint([_g(_barrel(y0), 70) for y0 in (96, 108, 120)]
                     + [_g("lt(hypot((X-100)/62,(Y-118)/30),1)*lt(Y,140)", "105+35*lt(Y,104)"),
                        _g("gt(Y,138)", "150-40*lt(mod(X+Y*2,30),2)")],
                     ("200-0.4*Y+15*sin(X/40)", 128, 128)),
    "flag-t": _paint([("between(X,100,270)*between(Y-7*sin(X/18-N*0.45)*(X-100)/170,34,104)",
                       "100+40*sin(X/18-N*0.45+1)", 95, 215),
                      _g("lt(abs(X-97),3)*between(Y,28,180)", 40),
                      _g("lt(hypot(X-97,Y-28),5)", 200)],
                     ("200-0.35*Y+20*gt(sin(X/23+N*0.03)*sin(Y/11),0.5)", 128, 128)),
    "crowd-t": _paint([_g("lt(hypot(mod(X+5,41)-20,Y-48-6*sin(N*0.3+floor((X+5)/41)*1.3)),5)", 175),
                       _g("lt(abs(mod(X+5,41)-20),2.5)"
                          "*between(Y,48-6*sin(N*0.3+floor((X+5)/41)*1.3),80)", 60),
                       _g("lt(hypot(mod(X,16)-8,mod(Y,18)-9-2*sin(N*0.4+floor(X/16))),6)*gt(Y,64)",
                          "60+40*sin(floor(X/16)*2.1+floor(Y/18))"),
                       _g("gt(Y,64)", 30)],
                      ("205-0.3*Y", 128, 128)),
    "chimneys-t": _paint([_g("gt(sin(X/13-N*0.25+2*sin(Y/11))*sin(Y/15+N*0.12+X/40),0.25)"
                             "*lt(Y,60+20*abs(sin(floor(X/64)*2.3)))", 115),
                          _g("lt(mod(X,64),14)*gt(Y,50+20*abs(sin(floor(X/64)*2.3)))", 25),
                          _g("gt(Y,140)", "40+15*lt(mod(X,20),10)*lt(mod(Y,12),6)")],
                         ("215-0.4*Y", 128, 128)),
    "inter-t": _lines(_paint([_g("between(Y,62,122)", 20)], ("226", 128, 128)),
                      ["BROTHERS!"], 34, 74, 0, "0xf2f2f2", FONT),
    "inter2-t": _lines(_paint([_g("lt(abs(X-160),150)*lt(abs(Y-90),80)"
                                  "*gt(max(abs(X-160)-142,abs(Y-90)-72),0)", 20)], ("226", 128, 128)),
                       ["THE MACHINE", "WAKES"], 26, 52, 44, "0x141414", FONT),
    "title2-t": _lines(_paint([_g("lt(abs(Y-90-0.5*(X-160)),24)", 120)], ("24", 128, 128)),
                       ["OCTOBER STEEL"], 28, 76, 0, "0xf0f0f0", FONT),
    # A 1970s disaster film.
    "tower-t": _paint([("between(Y,40,58)*lt(abs(X-160),40)", "170+60*sin(X/5+N*0.7)*sin(Y/3-N*0.9)",
                        80, 200),
                       ("lt(abs(X-160),40)*gt(Y,20)*lt(mod(X-120,8),4)*lt(mod(Y,7),3)",
                        "30+120*gt(sin(floor(X/8)*2.3+floor(Y/7)*1.1),-0.2)", 110, 150),
                       ("lt(abs(X-160),40)*gt(Y,20)", 30, 128, 128),
                       (f"{_SKYLINE}*lt(mod(X,7),2)*lt(mod(Y,9),2)*gt(sin(X*1.7+Y*2.9),0.3)", 170, 110, 150),
                       (_SKYLINE, 18, 128, 128)],
                      ("10+22*exp(-(180-Y)/60)", 140, 120), add="80*exp(-hypot((X-160)/60,(Y-48)/20))"),
    "ballroom-t": _paint([(f"lt(hypot(X-160-{_SWAY},Y-30),20)*gt(sin(atan2(Y-30,X-160-{_SWAY})*10),0)",
                           240, 120, 140),
                          (f"lt(abs(X-160-{_SWAY}*Y/30),1)*lt(Y,12)", 60, 128, 128),
                          ("lt(hypot(mod(X,26)-13,Y-118-4*sin(N*0.2+floor(X/26))),8)",
                           "60+40*sin(floor(X/26)*1.7)", 110, 150),
                          ("gt(Y,124)*lt(mod(X,26),20)", "40+30*sin(floor(X/26)*2.9)",
                           "128+30*sin(floor(X/26)*1.3)", "128+30*cos(floor(X/26)*2.1)"),
                          ("lt(hypot((mod(X,80)-40)/30,(Y-152)/8),1)", 230, 124, 132),
                          ("between(Y,20,100)*lt(mod(X,60),40)", "20+60*gt(sin(X*1.3)*sin(Y*1.7),0.7)",
                           140, 120)],
                         ("120+10*sin(X/15)", 100, 160), add=f"60*exp(-hypot(X-160-{_SWAY},Y-30)/30)"),
    "corridor-t": _paint([("between(X,150,170)*between(Y,30,38)", 120, 100, 230),
                          ("lt(hypot(X-200,Y-90),4)", 255, 128, 128),
                          ("lt(hypot((X-200)/14,(Y-96)/9),1)*lt(Y,98)", 150, 60, 150),
                          ("lt(hypot((X-200)/18,(Y-130)/30),1)", 50, 120, 140),
                          ("lt(abs(abs(X-160)-(Y-40)*1.2),2)*gt(Y,80)", 70, 120, 140)],
                         ("30+50*exp(-hypot(X-160,Y-80)/60)", 110, 150),
                         "(0.8+0.2*gt(sin(N*1.3)*sin(N*0.37),0.3))",
                         add="40*(0.5+0.5*sin(X/17+N*0.15)*sin(Y/11-N*0.1))+50*exp(-hypot(X-200,Y-90)/16)"),
    "elevator-t": _paint([("lt(abs(abs(X-160)-50),3)*between(Y,40,160)"
                           "+lt(abs(abs(Y-100)-60),3)*lt(abs(X-160),53)", 200, 124, 132),
                          ("lt(hypot(X-140,Y-86),9)+lt(hypot(X-180,Y-90),9)", 160, 110, 150),
                          ("lt(hypot((X-140)/13,(Y-124)/28),1)", 60, 170, 110),
                          ("lt(hypot((X-180)/13,(Y-128)/28),1)", 90, 100, 180)],
                         ("15+200*lt(mod(X,9),2)*lt(mod(Y+N*4,11),2)"
                          "*gt(sin(floor(X/9)*5.1+floor((Y+N*4)/11)*2.3),0.5)", 120, 150)),
    "chief-t": _paint([("lt(hypot(X-160,Y-44),6)", 200, 90, 150),
                       ("lt(hypot((X-160)/44,(Y-54)/26),1)*lt(Y,62)", 60, 120, 130),
                       ("lt(abs(Y-62),4)*lt(abs(X-160),56)", 40, 124, 130),
                       ("lt(hypot(abs(X-160)-12,Y-84),3)", 30, 128, 128),
                       ("lt(hypot((X-160)/30,(Y-92)/36),1)", "120+50*(X-130)/60", 110, 150),
                       ("gt(Y,120)*lt(abs(X-160),30+(Y-120)*1.6)", 50, 124, 134)],
                      ("30", 120, 150), "(0.8+0.25*sin(N*0.9)*sin(N*2.1))"),
    "heli-t": _paint([(f"lt(hypot((X-{_HX})/30,(Y-50)/14),1)", 40, 128, 128),
                      ("lt(abs(Y-46),2)*between(X,200,262)", 40, 128, 128),
                      (f"lt(abs(Y-34),1.2)*lt(abs(X-{_HX}),60*abs(sin(N*1.7))+4)", 90, 128, 128),
                      ("gt(Y,150)", "50+10*lt(mod(X,30),2)", 124, 134)],
                     ("12+25*exp(-Y/80)+30*exp(-(180-Y)/30)", 120, 150),
                     add=f"90*lt(abs(X-{_HX}-(Y-60)*0.5*sin(N*0.08)),(Y-60)*0.25)*gt(Y,60)"),
    "deluge-t": _paint([("gt(sin(X*0.9+3*sin(floor(X/5)))*sin((Y-N*14)/6+X),0.2)", 210, 140, 120)],
                       ("40+30*lt(mod(X,60),40)*lt(Y,100)", 110, 150)),
    "title3-t": _lines(_lines(_paint([(_SKYLINE, 15, 128, 128)], ("10+20*exp(-(180-Y)/50)", 140, 120),
                                     add="90*exp(-hypot((X-160)/80,(Y-150)/30))"),
                              ["THE BURNING TOWER"], 24, 50, 0, "0xff9020", FONT),
                       ["One Night  One Hundred Floors"], 11, 90, 0, "0xe0d0c0", FONT),
    "credits-t": f"color=c=0x060402:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=13:fontcolor=0xf0e0c0:"
                 "line_spacing=10:textfile=TWENTIETHREEL:x=(w-tw)/2:y=h-2.4*n",
    # A 1980s rodeo documentary.
    "chute-t": _paint([("lt(hypot((X-160)/22,(Y-50)/6),1)", 200, 100, 150),
                       ("lt(hypot(X-160,Y-62),8)", 150, 110, 150),
                       ("lt(hypot((X-160)/14,(Y-86)/18),1)", 90, 160, 110),
                       ("lt(mod(Y,22),4)*between(X,40,280)*gt(Y,60)", 170, 120, 130),
                       ("lt(mod(X,80),6)", 150, 120, 130),
                       ("lt(hypot((X-160)/70,(Y-130+3*sin(N*0.6))/30),1)", 40, 120, 140)],
                      ("110+20*sin(X/9)", 110, 150)),
    "bull-t": _paint([(f"lt(hypot((X-170)/18,(Y-40+30*{_BUCK})/5),1)", 210, 100, 150),
                      (f"lt(hypot((X-168)/10,(Y-62+24*{_BUCK})/16),1)", 90, 160, 110),
                      (f"lt(abs(X-150+(Y-50+24*{_BUCK})*0.6),2)*between(Y,34-24*{_BUCK},56-24*{_BUCK})",
                       150, 110, 150),
                      (f"lt(hypot(X-120,Y-120+10*{_BUCK}),14)", 35, 120, 140),
                      (f"lt(hypot((X-170)/50,(Y-104+20*{_BUCK})/22),1)", 35, 120, 140),
                      ("lt(abs(mod(X-130,70)-10),4)*between(Y,118,150)*between(X,120,230)", 35, 120, 140),
                      ("gt(Y,140)", "150+20*sin(X/6+Y/3)", 100, 150),
                      ("lt(Y,70)", "100+40*gt(sin(X*1.1)*sin(Y*1.3),0.3)", "128+30*sin(X)", "128+30*sin(Y)")],
                     ("180", 110, 140), add="30*exp(-pow((Y-140)/20,2))*(0.5+0.5*sin(X/15+N*0.3))"),
    "stands-t": _paint([("lt(hypot((mod(X,14)-7)/7,(mod(Y,16)-6)/2.5),1)*between(Y,40,150)",
                         "200+30*sin(floor(X/14)*3)", 100, 150),
                        ("lt(hypot(mod(X,14)-7,mod(Y,16)-9-sin(N*0.3+floor(X/14))),4)*between(Y,40,150)",
                         140, 110, 150),
                        ("between(Y,40,150)", "90+60*sin(floor(X/14)*1.9+floor(Y/16)*2.3)",
                         "128+40*sin(floor(X/14)*2.7)", "128+40*sin(floor(Y/16)*3.1+floor(X/14))"),
                        ("lt(Y,40)", "60+20*lt(mod(X,40),3)", 124, 134)],
                       ("170", 100, 150)),
    "barrel-t": _paint(_horse("150", 124, 0, 200, 90)
                       + [("lt(abs(X-mod(400-N*9,520)+60),14)*between(Y,96,130)", "90+30*lt(abs(Y-104),2)",
                           100, 200),
                          ("gt(Y,124)", "160+20*sin((X+N*9)/5+Y/3)", 100, 150),
                          ("lt(mod(X+N*9,50),4)*between(Y,60,124)+between(Y,70,74)", 230, 124, 130)],
                       ("120+40*sin((X+N*9)/7)", 120, 140)),
    "clown-t": _paint([("lt(hypot(X-160,Y-84),5)", 90, 100, 220),
                       ("lt(hypot(abs(X-160)-10,Y-72),4)", 20, 128, 128),
                       ("lt(abs(Y-98-0.02*pow(X-160,2)),2)*lt(abs(X-160),14)", 80, 110, 200),
                       ("lt(hypot((X-160)/26,(Y-80)/30),1)", 235, 126, 130),
                       ("lt(abs(X-160),24)*between(Y,26,54)", 40, 120, 140),
                       ("gt(Y,112)*lt(abs(X-160),60)", "110+30*lt(mod(Y,20),3)", 90, 170)],
                      ("150+10*sin(X/20)", 100, 150)),
    "roping-t": _paint([(_LOOP, 225, 124, 132),
                        ("lt(abs(X-160-(Y-70)*0.4),1.5)*between(Y,38,70)", 200, 124, 132),
                        ("lt(hypot((X-150)/20,(Y-70)/5),1)", 60, 120, 140),
                        ("lt(hypot(X-150,Y-82),8)", 150, 110, 150),
                        ("lt(hypot((X-150)/14,(Y-106)/18),1)", 170, 90, 180),
                        ("lt(hypot((X-140)/50,(Y-150)/22),1)+lt(hypot((X-210)/16,(Y-120)/24),1)",
                         70, 118, 152),
                        ("gt(Y,150)", "150+15*sin(X/5)", 100, 150)],
                       ("190-0.4*Y", 160, 110)),
    "barn-t": _paint([("lt(hypot(abs(X-180)-8,Y-60),4)", 60, 120, 140),
                      ("lt(hypot(X-172,Y-82),2)", 10, 128, 128),
                      ("lt(hypot((X-180)/16,(Y-92)/30),1)", 60, 120, 140),
                      ("between(Y,110,118)*lt(abs(X-160),120)", 80, 116, 146)],
                     ("30+10*lt(mod(X,18),2)", 120, 136), add="60*lt(mod(X+0.4*Y,24),3)*lt(Y,120)"),
    "sunset-t": _paint([("lt(hypot(mod(X,12)-6,Y-24),3)*(lt(abs(X-50),20)+lt(abs(X-270),20))", 255, 110, 150),
                        ("(lt(abs(X-50),2)+lt(abs(X-270),2))*between(Y,24,150)", 30, 128, 128),
                        ("lt(hypot(mod(X,36)-18,Y-112),5)+lt(hypot((mod(X,36)-18)/7,(Y-126)/10),1)",
                         20, 128, 128),
                        ("between(Y,118,132)", 50, 120, 140),
                        ("gt(Y,132)", "70+15*sin(X/6+Y/3)", 110, 150)],
                       ("200-0.9*Y", "80+0.4*Y", "190-0.2*Y"),
                       add="70*exp(-hypot(mod(X,12)-6,Y-24)/8)*(lt(abs(X-50),20)+lt(abs(X-270),20))"),
    "title4-t": _lines(_paint([("gt(Y,140)", 60, 110, 150)], ("210-0.8*Y", "90+0.3*Y", "180-0.2*Y")),
                       ["RODEO DAYS"], 30, 62, 0, "0x3a2010", SERIF),
    # A carnival parade broadcast.
    "float-t": _paint([(f"lt(hypot(mod(X-{_FX0},12)-6,mod(Y,12)-6),1.6)"
                        f"*gt(sin(floor((X-{_FX0})/12)*1.3+N*0.5),0)*(gt(Y,128)+lt(Y,20))", 250, 90, 160),
                       (f"lt(hypot(abs(X-120-{_FX0})-18,Y-70),6)", 30, 128, 128),
                       (f"lt(hypot((X-120-{_FX0})/50,(Y-80)/60),1)", f"170+50*sin((X-{_FX0})/10)", 60, 160),
                       ("gt(Y,128)", f"120+60*lt(mod(X-{_FX0},20),10)", 200, 100)],
                      ("15+10*sin(X/30)", 140, 120)),
    "dancer-t": _paint([("lt(hypot((X-160)/14,(Y-78)/17),1)", 120, 110, 155),
                        (f"lt(hypot(X-160,Y-80),80)*lt(Y,90)*gt(sin({_FAN}*18+0.2*sin(N*0.3)),-0.2)",
                         f"150+80*sin({_FAN}*9)", f"128+90*sin({_FAN}*3)", f"128+90*cos({_FAN}*3)"),
                        ("lt(hypot((X-160+6*sin(N*0.5))/26,(Y-140)/40),1)",
                         "120+120*gt(sin(X*2.1+Y*1.7+N*1.3),0.9)", 60, 170)],
                       ("20+30*exp(-pow((X-160)/80,2))", 140, 120)),
    "drums-t": _paint([("lt(hypot((mod(X,32)-16)/11,(mod(Y,50)-30-3*abs(sin(N*0.9+floor(X/32))))/7),1)"
                        "*gt(Y,40)", 210, 128, 128),
                       ("lt(hypot(mod(X,32)-16,mod(Y,50)-12-3*abs(sin(N*0.9+floor(X/32)))),6)*gt(Y,40)",
                        110, 110, 150),
                       ("gt(Y,40)", "140-30*lt(mod(X,32),4)", 90, 80)],
                      ("30", 128, 128)),
    "avenue-t": _paint([("lt(abs(X-160),40+0.5*Y)", "120+80*gt(sin(X*0.8+(Y-N*3)*0.9),0.3)",
                         "128+70*sin(floor((Y-N*3)/20)*2.1)", "128+70*cos(floor((Y-N*3)/20)*1.7)"),
                        ("lt(abs(X-160),70+0.6*Y)", 180, 128, 128),
                        ("gt(Y,20)", "60+80*gt(sin(X*1.9)*sin(Y*2.3),0.6)", 130, 130)],
                       ("10", 140, 124)),
    "crowd2-t": _paint([("between(mod(X,70),10,50)*between(Y-5*sin(mod(X,70)/8-N*0.5),20,44)", 140, 80, 100),
                        ("lt(abs(mod(X,70)-10),1.2)*between(Y,20,70)", 200, 128, 128),
                        ("lt(hypot(mod(X,12)-6,mod(Y,14)-7-2*sin(N*0.5+floor(X/12)*1.7)),5)*gt(Y,60)",
                         "90+80*sin(floor(X/12)*2.3+floor(Y/14)*1.1)",
                         "128+50*sin(floor(X/12)*1.9)", "128+50*sin(floor(Y/14)*2.9)")],
                       ("40", 130, 130)),
    "queen-t": _paint([(f"lt(Y,50+10*abs(sin(X/8)))*lt(abs(X-{_QX}),40)*gt(Y,20)",
                        "180+70*gt(sin(X*3+N*2)*sin(Y*2.7),0.6)", 70, 160),
                       (f"lt(hypot(abs(X-{_QX})-11,Y-76),3)", 20, 128, 128),
                       (f"lt(abs(Y-98+0.01*pow(X-{_QX},2)),2)*lt(abs(X-{_QX}),12)", 240, 128, 128),
                       (f"lt(hypot((X-{_QX})/28,(Y-82)/34),1)", 130, 110, 158),
                       ("gt(Y,116)*lt(abs(X-160),90)", "100+120*gt(sin(X*2.3+Y*1.9+N*1.7),0.8)", 90, 200)],
                      ("30+40*exp(-pow((X-250)/40,2))", 150, 120)),
    "title5-t": _lines(_paint([("lt(mod(X+Y+N*4,60),30)", 200, 60, 180)], ("90", 200, 100)),
                       ["CARNAVAL"], 40, 64, 0, "0xffffff", FONT),
    # A deep-sea submersible documentary.
    "snow-t": _paint([("lt(hypot(mod(X+3*sin(Y/20),17)-8,mod(Y+N*1.5+7*floor(X/17),23)-11),1.1)",
                       200, 130, 120)],
                     ("4+60*exp(-pow(hypot(X-160,Y-20)/100,2))", 140, 118),
                     "(0.2+1.2*exp(-hypot(X-160,Y+20)/120))"),
    "sub-t": _paint([(f"lt(hypot(abs(X-{_SUBX})-30,Y-110),4)", 255, 128, 128),
                     (f"lt(hypot((X-{_SUBX})/10,(Y-64)/8),1)", 210, 100, 170),
                     (f"lt(hypot((X-{_SUBX})/60,(Y-90)/22),1)", "170+30*lt(Y,85)", 110, 150),
                     (f"lt(abs(X-{_SUBX}-62),3)*lt(abs(Y-90),10)", 90, 128, 128)],
                    ("4+12*exp(-Y/50)", 150, 115),
                    add=f"60*lt(abs(abs(X-{_SUBX})-30-(Y-110)*0.2),(Y-110)*0.3)*gt(Y,110)"),
    "angler-t": _paint([(f"lt(hypot(X-{_LUREX},Y-{_LUREY}),4)", 250, 170, 100),
                        (f"lt(abs(Y-{_LUREY}-(X-{_LUREX})*(76-{_LUREY})/(120-{_LUREX})),1)"
                         f"*between(X,min({_LUREX},120),max({_LUREX},120))", 60, 128, 128),
                        (f"lt(mod(X,7),2)*between(Y,98,114)*lt(abs(X-120-{_FISH}),26)", 220, 128, 128),
                        (f"lt(hypot((X-120-{_FISH})/30,(Y-106)/10),1)", 5, 128, 128),
                        (f"lt(hypot(X-150-{_FISH},Y-84),4)", 150, 120, 130),
                        (f"lt(hypot((X-150-{_FISH})/60,(Y-100)/40),1)", "30+10*sin(X/5)*sin(Y/4)", 130, 130)],
                       ("3", 128, 128), add=f"90*exp(-hypot(X-{_LUREX},Y-{_LUREY})/14)"),
    "vent-t": _paint([("lt(abs(X-160-0.3*(100-Y)*sin(Y/15-N*0.2)),12+0.4*(100-Y))*lt(Y,100)",
                       "20+15*sin(Y/6-N*0.4+X/9)", 125, 132),
                      ("lt(abs(X-160),14+0.2*(Y-100))*gt(Y,96)", "70+30*sin(Y/4+X/3)", 110, 150),
                      ("lt(hypot(mod(X,9)-4,Y-150+8*sin(X)),3)*gt(Y,140)*lt(abs(X-160),90)", 120, 110, 200)],
                     ("10+50*exp(-hypot(X-160,Y-120)/80)", 140, 120)),
    "jelly-t": _paint([(f"lt(hypot((X-160)/(40*{_PULSE}),(Y-70)/(26/{_PULSE})),1)*lt(Y,80)",
                        "60+60*gt(sin(atan2(Y-80,X-160)*8+N*0.6),0.6)", "128+60*sin(X/8+N*0.4)",
                        "128+60*cos(X/8+N*0.4)"),
                       ("lt(abs(mod(X-120,16)-8-4*sin(Y/12-N*0.3)),1)*between(Y,80,170)*lt(abs(X-160),40)",
                        90, 160, 110)],
                      ("2", 128, 128)),
    "pilot2-t": _paint([("lt(hypot(mod(X,14)-7,Y-150),2.5)*gt(sin(floor(X/14)*2.9+floor(N/8)),0.3)",
                         200, 90, 90),
                        ("lt(hypot(abs(X-120)-10,Y-76),2.5)", 20, 128, 128),
                        ("lt(hypot((X-116)/26,(Y-58)/16),1)*lt(Y,62)", 30, 128, 128),
                        ("lt(hypot((X-120)/26,(Y-80)/32),1)", "50+40*(X-94)/52", 150, 110),
                        ("lt(abs(hypot(X-230,Y-80)-40),4)", 90, 128, 128),
                        ("lt(hypot(X-230,Y-80),40)", "10+30*exp(-hypot(X-230,Y-70)/30)", 150, 110)],
                       ("18", 128, 128)),
    "arm-t": _paint([(f"lt(hypot(X-150-{_ARM},Y-104),10)*gt(abs(Y-104),3)", 200, 124, 132),
                     (f"lt(abs(Y-40-0.4*X-0.2*{_ARM}),5)*lt(X,150+{_ARM})", 170, 100, 150),
                     ("lt(hypot((X-200)/50,(Y-150)/24),1)", "60+30*sin(X/4)*sin(Y/3)", 120, 140),
                     ("gt(Y,150)", "40+15*sin(X/5+Y/2)", 130, 128)],
                    ("6", 128, 128), "(0.3+1.2*exp(-hypot(X-170,Y-120)/90))"),
    "title6-t": _lines(_paint([], ("4+30*exp(-pow(hypot(X-160,Y-90)/70,2))", 150, 115)),
                       ["THE MIDNIGHT ZONE"], 22, 78, 0, "0xc0e0f0", SERIF),
}
TWENTIETHREEL = "\n".join(["The Burning Tower", "", "Fire Chief", "A Geq Expression", "",
                           "Architect", "Min and Max", "", "Stunts", "The Twentieth Reel", "",
                           "Filmed in Panavision"])
TEXT_FILES_T = {"TWENTIETHREEL": ("twentiethreel.txt", TWENTIETHREEL)}

FX_T = {
    "grain1-t": "noise=alls=19:allf=t+u:all_seed=38000041",
    "grain2-t": "noise=alls=21:allf=t+u:all_seed=38000093",
    "grain3-t": "noise=alls=9:allf=t:all_seed=38000151",
    "grain4-t": "noise=alls=11:allf=t:all_seed=38000217",
    "grain5-t": "noise=alls=6:allf=t:all_seed=38000283",
    "grain6-t": "noise=alls=8:allf=t:all_seed=38000339",
    "near-t": "crop=iw*0.88:ih*0.88:iw*0.04:ih*0.07,scale=320:180",
    "angle-t": "crop=iw*0.72:ih*0.72:iw*0.05:ih*0.2,scale=320:180",
    "tight-t": "crop=iw*0.62:ih*0.62:iw*0.25:ih*0.12,scale=320:180",
    "closer-t": "crop=iw*0.48:ih*0.48:iw*0.3:ih*0.24,scale=320:180",
    # Looks: a bright, hard black-and-white print in 1.37; a contrasty black-and-white print in 4:3,
    # flickering and scratched (the flag alone hand-coloured red); warm 1970s colour in 2.35; dusty
    # sunlit colour in 1.85; saturated broadcast colour under a bug; the blue-green dark of the deep
    # sea under a camera's readout.
    "nv-t": "hue=s=0,eq=contrast=1.18:gamma=1.04",
    "academy-t": "scale=246:180,pad=320:180:37:0:black",
    "sov-t": "eq=contrast=1.4:gamma=0.88",
    "flick2-t": "eq=brightness='0.05*sin(n*5.1)+0.03*sin(n*13.3+2)':eval=frame",
    "scratch-t": _overlay("lt(abs(X-40-250*abs(sin(floor(N/3)*1.37))),0.8)*gt(sin(floor(N/3)*2.7),0.2)", 230),
    "pillar-t": "scale=240:180,pad=320:180:40:0:black",
    "seventies-t": "eq=saturation=1.2:contrast=1.1:gamma=0.95,colorbalance=rs=0.06:gs=0.02:bs=-0.06:rh=0.04",
    "scope4-t": "scale=320:136,pad=320:180:0:22:black",
    "dusty-t": "eq=saturation=0.9:contrast=1.05:gamma=1.05,"
               "colorbalance=rs=0.08:gs=0.03:bs=-0.08:rm=0.04:bm=-0.05",
    "flat185-t": "scale=320:172,pad=320:180:0:4:black",
    "samba-t": "eq=saturation=1.4:contrast=1.1",
    "bug-t": f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=white:text='AO VIVO  RIO'"
             ":box=1:boxcolor=0xc01020@0.85:boxborderw=3:x=w-tw-12:y=10",
    "deep-t": "eq=contrast=1.1:gamma=0.9:saturation=1.1,colorbalance=bs=0.06:gs=0.02:rs=-0.06",
    "hud-t": f"drawtext=fontfile={FONT}:fontsize=9:fontcolor=0xc0ffc0:text='CAM 2   2417 m'"
             ":x=10:y=h-18",
    # Camera moves: a hand-held walk, a car's rumble, a whip pan along the quay; a tilt up a
    # worker, a tilted constructivist angle, a crash zoom; a slow zoom up the tower, the shudder
    # of an explosion; the jolt of a bull hitting the fence, a whip pan after a roper; a crane
    # down onto the avenue, a fast pan along the drummers, a zoom back from a float; a slow drift,
    # the thrusters' vibration.
    "walk-t": "scale=352:198,crop=320:180:x='16+8*sin(n*0.21)+4*sin(n*0.9)'"
              ":y='9+6*abs(sin(n*0.45))+2*sin(n*1.3)'",
    "rumblen-t": "scale=336:189,crop=320:180:x='8+3*sin(n*2.9)':y='4+3*sin(n*4.1)+2*sin(n*1.3)'",
    "whipn-t": "scale=640:360,crop=320:180:x='160-150*tanh((n-MID)/2.4)':y=100,"
               "gblur=sigma=10:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "tiltup-t": "scale=320:360,crop=320:180:x=0:y='max(180-n*6,0)'",
    "skew-t": "scale=460:259,rotate=a='-0.3':ow=460:oh=259,crop=320:180:70:40",
    "crashz-t": "zoompan=z='1+0.8*clip((in-MID)/3,0,1)':d=1:s=320x180:fps=24"
                ":x='(iw-iw/zoom)*0.6':y='(ih-ih/zoom)/2'",
    "zoomslow-t": "zoompan=z='1+0.006*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)*0.25'",
    "shudder-t": "scale=352:198,crop=320:180:x='16+14*sin(n*3.3)*exp(-max(n-MID,0)/5)*gte(n,MID)'"
                 ":y='9+8*sin(n*4.3)*exp(-max(n-MID,0)/5)*gte(n,MID)'",
    "jolt2-t": "scale=352:198,crop=320:180:x='16+15*sin(n*2.7)*exp(-abs(n-MID)/4)'"
               ":y='9+8*sin(n*3.9)*exp(-abs(n-MID)/4)'",
    "whipr-t": "scale=640:360,crop=320:180:x='160+150*tanh((n-MID)/2)':y=40,"
               "gblur=sigma=12:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "crane-t": "scale=320:360,crop=320:180:x=0:y='min(n*4,180)'",
    "pan2-t": "scale=480:270,crop=320:180:x='min(n*4.5,160)':y=45",
    "zoomout-t": "zoompan=z='1.6-0.01*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)/2':y='(ih-ih/zoom)/2'",
    "drift-t": "scale=400:225,crop=320:180:x='min(n*1.5,80)':y='22+10*sin(n*0.05)'",
    "thrust-t": "scale=340:191,crop=320:180:x='10+4*sin(n*5.3)':y='5+3*sin(n*6.1)'",
    # Around MID: a passer-by crossing the lens, the sun flickering through the trees, a near-white
    # overexposed quay, a lighter struck, headlights into the lens; a gun salvo's muzzle flash and
    # smoke, a splice's white frame; an explosion's fireball, the lights failing, smoke rolling
    # over the lens, a searchlight into the lens; dust over the lens, a photographer's flash, sun
    # glare; confetti over the lens, a spotlight sweeping, fireworks lighting the sky, a feather
    # passing the lens, flashes from the stands, colour strobes; a bioluminescent burst, the
    # lights failing, a silt cloud, a fish passing the lens, the sub's lamps into the lens.
    "passer-t": _overlay("lt(hypot((X-(N-MID+5)*40)/70,(Y-90)/140),1)*between(N,MID-5,MID+6)", 20),
    "sunflick-t": "eq=brightness='0.12*gt(sin(n*1.7)+sin(n*2.9),1.2)':eval=frame",
    "overexp-t": "eq=contrast=0.55:brightness=0.28",
    "lighter-t": _overlay("clip(1.5*exp(-hypot(X-200,Y-92)/(4+30*exp(-pow((N-MID)/2,2)))),0,1)"
                          "*between(N,MID-3,MID+8)", 250),
    "headl-t": _overlay("clip(1.3*exp(-hypot(X-(N-MID+8)*20,Y-120)/(20+40*exp(-pow((N-MID)/3,2)))),0,1)"
                        "*between(N,MID-8,MID+8)", 250),
    "muzzle-t": _overlay("clip(1.4*exp(-hypot(X-290,Y-60)/(6+90*eq(N,MID)+30*eq(N,MID+1))),0,1)"
                         "*between(N,MID,MID+1)", 250),
    "gunsmoke-t": _overlay("clip((1-abs(N-MID-7)/8)*0.9*(0.6+0.4*sin(X/11+Y/7+N*0.3)),0,0.9)"
                           "*between(N,MID+1,MID+15)", 200),
    "splice-t": "eq=brightness='0.6*eq(n,MID)':eval=frame",
    "fireball-t": _overlay("clip(1.3*exp(-hypot(X-200,Y-80)"
                           "/(10+60*clip((N-MID)/3,0,1)*exp(-max(N-MID-3,0)/4))),0,1)*between(N,MID,MID+14)",
                           245, 80, 190),
    "blackout-t": "eq=brightness='-0.45*(between(n,MID-6,MID-5)+between(n,MID,MID+8))':eval=frame",
    "smokeover-t": _overlay("clip((X/320*0.5+0.5)*clip((N-MID+10)/8,0,1)*clip((MID+12-N)/6,0,1)"
                            "*(0.7+0.3*sin(X/13+Y/9+N*0.4)),0,0.92)*between(N,MID-10,MID+12)", 70, 124, 134),
    "searchbeam-t": _overlay("clip(1.5*exp(-hypot(X-170,Y-150)/(10+150*exp(-pow((N-MID)/3,2)))),0,1)"
                             "*between(N,MID-9,MID+9)", 252, 120, 136),
    "dustover-t": _overlay("clip(0.9*clip(1-abs(N-MID)/9,0,1)*(0.6+0.4*sin(X/9+Y/13+N*0.5)),0,0.9)"
                           "*between(N,MID-9,MID+9)", 170, 105, 150),
    "camflash2-t": _overlay("0.88*eq(N,MID)", 250),
    "glare2-t": _overlay("clip(1.5*exp(-hypot(X-260,Y-30)/(20+120*exp(-pow((N-MID)/4,2)))),0,1)"
                         "*between(N,MID-12,MID+12)", 248, 110, 150),
    "confetti-t": _overlay("lt(mod(X+7*floor(Y/9)+N*3,23),3)*lt(mod(Y-N*6+11*floor(X/23),19),3)"
                           "*between(N,MID-12,MID+12)",
                           "if(gt(sin(X*1.7+Y),0),230,180)", "128+100*sin(floor(X/23)*2.1)",
                           "128+100*cos(floor(X/23)*1.3)"),
    "spotsweep-t": _overlay("clip(0.8*exp(-hypot(X-(N-MID+10)*16,Y-90)/40),0,0.8)*between(N,MID-10,MID+10)",
                            245, 128, 128),
    "burst-t": _overlay("clip((0.6*exp(-pow(hypot(X-240,Y-40)/(6*(N-MID+1)),2)*0.5)+0.35*exp(-(N-MID)/3))"
                        "*gte(N,MID),0,0.95)*between(N,MID,MID+10)", 240, 150, 100),
    "feather-t": _overlay("lt(abs(hypot((X-(N-MID+5)*36)/30,(Y-80-8*(N-MID))/110)-0.6),0.4)"
                          "*between(N,MID-5,MID+5)", "150+60*sin(Y/4)", 70, 200),
    "flashes2-t": _overlay("lt(hypot(mod(X,47)-23,mod(Y,31)-15),8)"
                           "*gt(sin(floor(X/47)*3.7+floor(Y/31)*2.1+N),0.7)"
                           "*between(N,MID-2,MID+2)*eq(mod(N,2),0)", 252),
    "colorstrobe-t": "eq=brightness='0.25*eq(mod(n,4),0)*between(n,MID-10,MID+10)'"
                     ":saturation='1+0.6*eq(mod(n,4),2)':eval=frame",
    "biolum-t": _overlay("clip(1.2*exp(-hypot(X-120,Y-90)/(20+160*exp(-pow((N-MID)/1.6,2)))),0,0.95)"
                         "*between(N,MID-4,MID+5)", 215, 190, 90),
    "lightsfail-t": "eq=brightness='-0.5*(eq(n,MID-5)+between(n,MID,MID+7))':eval=frame",
    "silt-t": _overlay("clip((Y-180+(N-MID+10)*16)/60,0,0.92)*clip(1-(N-MID-6)/8,0,1)"
                       "*between(N,MID-10,MID+14)*(0.8+0.2*sin(X/7+Y/5+N))", 90, 112, 150),
    "fishpass-t": _overlay("lt(hypot((X-360+(N-MID+4)*50)/90,(Y-100)/36),1)*between(N,MID-4,MID+5)",
                           14, 130, 126),
    "flare3-t": _overlay("clip(1.6*exp(-hypot(X-130,Y-110)/(8+130*exp(-pow((N-MID)/3,2)))),0,1)"
                         "*between(N,MID-9,MID+9)", 250, 140, 118),
}

# held-out-t (clips 120-125): new recipes again, written after held-out-s without running the
# detector on them. Film material of six more kinds, clips of about 20 s with short shots: a 1960s
# French New Wave street film in black and white, 1.37, grainy (jump cuts in one framing, a
# hand-held walk, a lighter struck, a car's rumble, a whip pan along the quay, a near-white
# overexposed quay, a passer-by crossing the lens, the sun flickering through the shutters,
# headlights into the lens at night), a 1920s Soviet montage film in black and white, 4:3, with
# flicker, scratches and a hand-coloured red flag (rapid shots of 12 to 18 frames cutting back and
# forth, intertitles, a tilt up, a tilted angle, a splice's white frame, a gun salvo's flash and
# smoke, a crash zoom, a long superimposing dissolve), a 1970s disaster film in 2.35 (a slow zoom
# up the tower, a chandelier swaying, smoke rolling over the lens, lights failing, a fireball and
# the camera's shudder, a searchlight into the lens, water bursting, credits rolling over black),
# a 1980s rodeo documentary in 1.85 (a bucking bull, the camera jolted, dust over the lens, a
# photographer's flash, a barrel racer followed, sun glare, a whip pan, a dark barn), a carnival
# parade broadcast under a bug (a crane down, a fast pan, flashes from the stands, confetti over
# the lens, a spotlight sweeping, fireworks lighting the sky, a feather passing the lens, colour
# strobes, a zoom back) and a deep-sea submersible documentary under a camera's readout, near dark
# (the lamps into the lens, a bioluminescent burst, the thrusters' vibration, the lights failing, a
# silt cloud, a fish passing the lens); cuts between near-identical framings, to closer framings,
# between dark and between near-white shots, dissolves of 12 to 40 frames (long ones between
# moving, strobing and flickering shots), pixel dissolves, fades through black, white and grays and
# fade outs and ins.
_NV = "nv-t grain1-t academy-t"
_SV = "sov-t flick2-t scratch-t grain2-t pillar-t"
_DF = "seventies-t grain3-t scope4-t"
_RD = "dusty-t grain4-t flat185-t"
_CA = "samba-t grain5-t bug-t"
_DS = "deep-t grain6-t hud-t"
HELD_OUT_T = [
    ("new-wave-street", [S("title1-t", 28, 0, "grain1-t academy-t"), "cut",
                         S("boulevard-t", 46, 0, f"walk-t {_NV}"), "cut",
                         S("boulevard-t", 26, 58, f"walk-t {_NV}"), "cut",
                         S("cafe-t", 40, 0, _NV), "cut",
                         S("cafe-t", 24, 52, _NV), "cut",
                         S("cafe-t", 32, 90, f"closer-t lighter-t {_NV}"), "fade:20",
                         S("car-t", 48, 0, f"rumblen-t {_NV}"), "cut",
                         S("car-t", 28, 64, f"rumblen-t {_NV}"), "cut",
                         S("quay-t", 44, 0, f"whipn-t {_NV}"), "fadewhite:14",
                         S("quay-t", 36, 60, f"overexp-t {_NV}"), "cut",
                         S("herald-t", 36, 0, f"walk-t passer-t {_NV}"), "cut",
                         S("herald-t", 38, 44, f"near-t walk-t {_NV}"), "fadegrays:22",
                         S("room-t", 56, 0, f"sunflick-t {_NV}"), "cut",
                         S("room-t", 28, 66, f"tight-t {_NV}"), "fadeblack:18",
                         S("night-t", 48, 0, f"headl-t {_NV}"), "cut",
                         S("night-t", 32, 54, f"near-t {_NV}"), "fadeio:14:12",
                         S("card:FIN", 30, 0, "grain1-t academy-t")]),
    ("soviet-montage", [S("title2-t", 40, 0, _SV), "fadeio:10:8",
                        S("chimneys-t", 56, 0, _SV), "cut",
                        S("flywheel-t", 18, 0, _SV), "cut",
                        S("worker-t", 14, 0, f"tiltup-t {_SV}"), "cut",
                        S("flywheel-t", 12, 18, f"closer-t {_SV}"), "cut",
                        S("worker-t", 14, 14, f"skew-t {_SV}"), "cut",
                        S("inter-t", 30, 0, f"splice-t {_SV}"), "cut",
                        S("crowd-t", 58, 0, _SV), "fade:40",
                        S("worker-t", 64, 28, f"near-t {_SV}"), "fadegrays:12",
                        S("steps-t", 42, 0, _SV), "cut",
                        S("steps-t", 16, 42, f"tight-t {_SV}"), "cut",
                        S("guns-t", 60, 0, f"muzzle-t gunsmoke-t {_SV}"), "fadeblack:20",
                        S("inter2-t", 30, 0, _SV), "cut",
                        S("flywheel-t", 44, 30, f"crashz-t {_SV}"), "dissolve:18",
                        S("chimneys-t", 40, 46, f"tiltup-t {_SV}"), "cut",
                        S("flag-t", 74, 0, _SV), "fadewhite:16",
                        S("card:KONETS", 32, 0, "flick2-t scratch-t grain2-t pillar-t")]),
    ("burning-tower", [S("title3-t", 34, 0, _DF), "fade:18",
                       S("tower-t", 44, 0, f"zoomslow-t {_DF}"), "cut",
                       S("ballroom-t", 36, 0, _DF), "cut",
                       S("ballroom-t", 26, 36, f"near-t {_DF}"), "cut",
                       S("corridor-t", 40, 0, f"smokeover-t {_DF}"), "cut",
                       S("tower-t", 30, 44, f"closer-t {_DF}"), "cut",
                       S("chief-t", 30, 0, _DF), "fadeblack:14",
                       S("corridor-t", 40, 40, f"blackout-t {_DF}"), "cut",
                       S("elevator-t", 46, 0, f"fireball-t shudder-t {_DF}"), "cut",
                       S("elevator-t", 44, 46, f"tight-t {_DF}"), "fade:30",
                       S("heli-t", 44, 0, f"searchbeam-t {_DF}"), "cut",
                       S("tower-t", 30, 74, f"angle-t {_DF}"), "cut",
                       S("ballroom-t", 40, 62, f"fireball-t shudder-t {_DF}"), "fadewhite:12",
                       S("deluge-t", 42, 0, _DF), "cut",
                       S("chief-t", 32, 34, f"closer-t {_DF}"), "fadegrays:22",
                       S("tower-t", 50, 104, f"near-t {_DF}"), "fadeio:16:12",
                       S("credits-t", 44, 0, "grain3-t")]),
    ("rodeo-arena", [S("title4-t", 28, 0, "grain4-t flat185-t"), "fadeio:12:10",
                     S("stands-t", 42, 0, _RD), "cut",
                     S("chute-t", 30, 0, _RD), "cut",
                     S("chute-t", 24, 30, f"closer-t {_RD}"), "cut",
                     S("bull-t", 46, 0, f"jolt2-t {_RD}"), "cut",
                     S("bull-t", 34, 46, f"near-t dustover-t {_RD}"), "fade:24",
                     S("stands-t", 34, 42, f"near-t camflash2-t {_RD}"), "cut",
                     S("clown-t", 38, 0, _RD), "cut",
                     S("barrel-t", 50, 0, f"glare2-t {_RD}"), "cut",
                     S("barrel-t", 26, 50, f"tight-t {_RD}"), "dissolve:16",
                     S("roping-t", 46, 0, _RD), "cut",
                     S("roping-t", 32, 46, f"closer-t whipr-t {_RD}"), "fadegrays:18",
                     S("barn-t", 46, 0, _RD), "cut",
                     S("barn-t", 30, 46, f"near-t {_RD}"), "fadeblack:20",
                     S("bull-t", 40, 76, f"angle-t jolt2-t {_RD}"), "cut",
                     S("stands-t", 44, 74, f"tight-t {_RD}"), "fade:34",
                     S("sunset-t", 70, 0, _RD)]),
    ("carnival-parade", [S("title5-t", 30, 0, "samba-t grain5-t"), "cut",
                         S("avenue-t", 44, 0, f"crane-t {_CA}"), "cut",
                         S("float-t", 40, 0, _CA), "cut",
                         S("dancer-t", 34, 0, _CA), "cut",
                         S("dancer-t", 24, 34, f"closer-t {_CA}"), "cut",
                         S("drums-t", 40, 0, f"pan2-t {_CA}"), "fade:20",
                         S("queen-t", 36, 0, f"flashes2-t {_CA}"), "cut",
                         S("crowd2-t", 34, 0, f"confetti-t {_CA}"), "cut",
                         S("float-t", 40, 40, f"near-t spotsweep-t {_CA}"), "fadewhite:14",
                         S("avenue-t", 40, 44, f"burst-t {_CA}"), "cut",
                         S("drums-t", 26, 40, f"tight-t {_CA}"), "cut",
                         S("drums-t", 24, 66, f"tight-t {_CA}"), "cut",
                         S("queen-t", 40, 36, f"feather-t {_CA}"), "dissolve:24",
                         S("dancer-t", 46, 58, f"angle-t colorstrobe-t {_CA}"), "fadeblack:12",
                         S("crowd2-t", 36, 34, f"near-t {_CA}"), "cut",
                         S("float-t", 60, 80, f"zoomout-t {_CA}"), "fade:40",
                         S("avenue-t", 52, 84, f"near-t {_CA}")]),
    ("abyss-dive", [S("title6-t", 30, 0, "grain6-t"), "fadeio:10:14",
                    S("snow-t", 44, 0, _DS), "cut",
                    S("sub-t", 40, 0, f"drift-t {_DS}"), "cut",
                    S("sub-t", 30, 40, f"closer-t flare3-t {_DS}"), "fadeblack:20",
                    S("angler-t", 44, 0, f"biolum-t {_DS}"), "cut",
                    S("angler-t", 28, 44, f"closer-t {_DS}"), "cut",
                    S("pilot2-t", 34, 0, _DS), "cut",
                    S("vent-t", 44, 0, f"thrust-t {_DS}"), "fade:28",
                    S("vent-t", 38, 44, f"near-t {_DS}"), "cut",
                    S("jelly-t", 40, 0, f"lightsfail-t {_DS}"), "cut",
                    S("arm-t", 44, 0, f"silt-t {_DS}"), "fadegrays:20",
                    S("snow-t", 36, 44, f"fishpass-t {_DS}"), "cut",
                    S("jelly-t", 30, 40, f"tight-t biolum-t {_DS}"), "cut",
                    S("pilot2-t", 30, 34, f"near-t {_DS}"), "dissolve:14",
                    S("arm-t", 40, 44, f"angle-t {_DS}"), "cut",
                    S("vent-t", 46, 74, f"angle-t drift-t {_DS}"), "fade:36",
                    S("snow-t", 56, 80, _DS)]),
]
