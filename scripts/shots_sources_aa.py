"""Sources, effects and recipes of held-out-aa (clips 162-167), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-161. Drawn scenes for six more kinds of
film, with a deliberate emphasis on light that changes inside a shot and stays changed: a
cathedral's west front in falling snow at midnight and the same front at dawn, its nave with
chandeliers, pews and an altar, a choir in red cassocks singing, candles held in the dark, organ
pipes and a bishop in gold (a 2000s television broadcast of a Christmas midnight service, full
frame, soft video colour under a channel's bug, a caption and credits rolling over black); a
terrace of houses at dusk and the same terrace at dawn after a raid, a kitchen with a window
and a bare bulb, a mother's face, searchlights over the rooftops, the inside of an Anderson
shelter with a hurricane lamp and an air-raid warden with a torch (a 1940s British home-front
drama in 1.37, black and white with flicker, gate weave and grain); a workshop with a pegboard,
a bench and a window, a maker talking to the camera, a hand plane on a board, a table saw and a
finished stool on a near-white sweep seen from the side and from above (a 2010s woodworking
video, full frame, clean punchy colour, captions and an end screen); a walled garden in the
morning and the same garden at sunset, a greenhouse of tomatoes, a presenter, a dark potting
shed, a flower border and a lily pond (a 1990s gardening television programme in 4:3, soft
video colour, a name caption and credits rolling); the tiers of a cell block, a warden's
office with venetian blinds, a guard, a convict, a dark cell and the yard at night under a
searchlight (a 1970s prison drama in 1.85, yellow-green colour with heavy grain); a city skyline
at night, a dark bedroom with a computer, a monitor's screen of scrolling text, a hacker's face,
a server room and a phone booth in the rain (a 1980s hacker thriller in 2.35, cold blue and
green, a typed caption).
"""

from shots_lavfi import FONT, SERIF, half as _half, overlay as _overlay, paint as _paint
from shots_recipes import S
from shots_sources_q import _lines
from shots_sources_x import _face


def _grade(lum, cb="CH", cr="CH"):
    """An effect: geq recomputing each plane; LUM stands for the pixel's luma and CH for its
    chroma value (cb or cr); X, Y are luma coordinates (halved for the chroma planes)."""
    return ("format=yuv420p,geq=lum='clip(" + lum.replace("LUM", "lum(X,Y)") + ",0,255)'"
            ":cb='clip(" + _half(cb).replace("CH", "cb(X,Y)") + ",0,255)'"
            ":cr='clip(" + _half(cr).replace("CH", "cr(X,Y)") + ",0,255)'")


def _ramp(a, b):
    """0 before frame MID+a, 1 from frame MID+b, rising linearly between (a < b)."""
    return f"clip((N-MID-({a}))/({b}-({a})),0,1)"


# A 2000s television broadcast of a Christmas midnight service.
_SNOW = "lt(hypot(mod(X+5*sin(Y/23+N*0.05),29)-14,mod(Y-N*1.3+11*floor(X/29),31)-15),1.3)"
_SEAT = "gt(Y,124)*gt(abs(X-160),14)"
_COL = "(mod(X-20,40)-20)"
_ROW = "(mod(Y-46,44))"
_CHOIR = "between(Y,46,134)*between(X,20,300)"

# A 1940s British home-front drama (drawn in greys).
_WINDOWS = "lt(abs(mod(X-10,40)-20),7)*(between(Y,70,88)+between(Y,104,122))"

# A 2010s woodworking video.
_MAKERX = "(150+18*sin(N*0.02))"
_PLANEX = "(160+90*sin(N*0.11))"

# A 1970s prison drama.
_CELLS = "lt(mod(X,40),30)*between(mod(Y-15,45),5,40)*lt(Y,150)"

# A 1980s hacker thriller.
_TOWERS = "lt(Y,60+50*abs(sin(floor(X/26)*1.9))+8*sin(floor(X/26)*3.3))"


def _front(sky, facade, windows, ground, snow, add="0"):
    """The cathedral's west front: sky (lum, cb, cr), the facade's and the ground's luma, the
    windows (lum, cb, cr), and snow falling or not."""
    layers = [(_SNOW, 232, 128, 128)] if snow else []
    layers += [("lt(hypot(X-160,Y-58),12)", *windows),
               ("between(X,104,216)*between(Y,80,128)*lt(abs(mod(X-104,24)-12),4)"
                "*lt(hypot(mod(X-104,24)-12,(Y-84)*0.5),30)", *windows),
               ("lt(abs(X-160),10)*between(Y,128,150)", 20, 128, 128),
               ("between(X,96,224)*between(Y,40,150)+gt(Y,6+0.7*abs(X-160))*lt(Y,42)*lt(abs(X-160),64)"
                "+(between(X,70,104)+between(X,216,250))*between(Y,14,150)"
                "+gt(Y,2+2.2*abs(X-87))*lt(Y,16)+gt(Y,2+2.2*abs(X-233))*lt(Y,16)",
                f"{facade}-8*lt(mod(Y,8),1)-6*lt(mod(X+4*mod(floor(Y/8),2),12),1)", 126, 131),
               ("gt(Y,150-4*sin(X/40))", f"{ground}+6*sin(X/9)*sin(Y/3)", 130, 126)]
    return _paint(layers, sky, add=add)


def _terrace(sky, house, windows, smoke):
    """A terrace of houses (greys): sky and house lumas, the windows' luma, a plume of smoke."""
    layers = [("lt(abs(X-250-10*sin(Y/15+N*0.05)),10+0.25*(80-Y))*lt(Y,64)", smoke, 128, 128)] if smoke else []
    layers += [(f"{_WINDOWS}*(lt(abs(mod(X-10,40)-20),1)+lt(abs(mod(Y,18)-6),1))", 40, 128, 128),
               (_WINDOWS, windows, 128, 128),
               ("lt(abs(mod(X+10,80)-40),6)*between(Y,128,150)", 30, 128, 128),
               ("lt(abs(mod(X,40)-30),5)*between(Y,34,48)", 45, 128, 128),
               ("between(Y,46,150)", f"{house}-10*lt(mod(Y,5),1)-8*lt(mod(X+6*mod(floor(Y/5),2),12),1)", 128, 128),
               ("gt(Y,150)", "70-20*lt(abs(Y-154),1.5)", 128, 128)]
    return _paint(layers, sky)


def _garden(sky, wall, lawn, flowers, add="0"):
    """The walled garden, drawn wider than the frame: sky (lum, cb, cr), the wall's and the lawn's
    luma, the flowers' luma, and light added."""
    return _paint([("lt(hypot(mod(X+3*sin(N*0.1+Y/9),11)-5,mod(Y,9)-4),2.6)*between(Y,88,122)",
                    flowers, "100+60*gt(sin(floor(X/11)*2.3),0)", "200-70*gt(sin(floor(X/11)*1.7),0.3)"),
                   ("between(Y,82,124)", "70+25*sin(X/3)*sin(Y/2)", 105, 112),
                   ("lt(hypot((X-300)/46,(Y-40)/42),1+0.1*sin(X/3+Y/4))", "60+15*sin(X/2+Y/3)", 108, 116),
                   ("between(Y,30,82)", f"{wall}-14*lt(mod(Y,7),1)-14*lt(mod(X+8*mod(floor(Y/7),2),16),1)",
                    118, 150),
                   ("gt(Y,124)", f"{lawn}+10*sin(X/5)*sin(Y/3)", 100, 112)],
                  sky, add=add)


LAVFI_AA = {
    # A 2000s television broadcast of a Christmas midnight service.
    "front-aa": _front(("18+0.12*Y", 150, 120), 45, (215, 100, 168), 120, True),
    "frontdawn-aa": _front(("185-0.5*Y", 124, 146), 128, (85, 135, 124), 226, False,
                           add="30*exp(-hypot(X-40,Y-150)/90)"),
    "nave-aa": _paint([("lt(hypot(mod(X-32,64)-32,Y-34),3)*between(X,20,300)", 250, 100, 160),
                       ("lt(abs(mod(X-32,64)-32),0.8)*lt(Y,34)*between(X,20,300)", 60, 128, 128),
                       ("lt(abs(mod(X,64)-32),6)*lt(Y,124)", "128-22*lt(abs(mod(X,64)-30),2)", 124, 134),
                       ("lt(hypot((X-160)/13,(Y-58)/24),1)", "70+70*gt(sin(X*0.7)*sin(Y*0.5),0.2)", 150, 122),
                       ("lt(abs(mod(X-140,10)-5),1)*between(X,140,180)*between(Y,76,84)", 250, 110, 150),
                       ("between(X,138,182)*between(Y,84,106)", 210, 85, 170),
                       (f"{_SEAT}*lt(hypot(mod(X,13)-6,mod(Y-124,11)-4),3.2)", 45, 128, 135),
                       (_SEAT, "85-30*lt(mod(Y-124,11),4)", 118, 145),
                       ("gt(Y,124)", 105, 110, 178)],
                      ("40+70*exp(-abs(X-160)/50)*exp(-abs(Y-80)/60)", 118, 140)),
    "choir-aa": _paint([(f"{_CHOIR}*lt(hypot(abs({_COL})-4,{_ROW}-12),1.2)", 30, 128, 128),
                        (f"{_CHOIR}*lt(hypot({_COL}/2.5,({_ROW}-19)"
                         f"/(0.6+1.6*abs(sin(N*0.22+floor((X-20)/40))))),1)", 40, 128, 150),
                        (f"{_CHOIR}*lt(hypot({_COL}/9,({_ROW}-14)/11),1)", 190, 112, 150),
                        (f"{_CHOIR}*lt(hypot({_COL}/10,({_ROW}-11)/11),1)", 50, 125, 135),
                        (f"{_CHOIR}*lt(abs({_ROW}-27),3)*lt(abs({_COL}),12)", 238, 128, 128),
                        (f"{_CHOIR}*gt({_ROW},27)*lt(abs({_COL}),14)", 70, 105, 195),
                        ("gt(Y,134)", "55+10*lt(mod(X,30),2)", 112, 145)],
                       ("40+12*lt(mod(X,22),2)+10*sin(Y/9)", 112, 142)),
    "candles-aa": _paint([("lt(hypot((X-84)/3,(Y-84+1.2*sin(N*0.8))/7),1)"
                           "+lt(hypot((X-164)/3,(Y-72+1.2*sin(N*0.7+1))/7),1)", 250, 95, 165),
                          ("lt(abs(X-84),4)*between(Y,91,150)+lt(abs(X-164),4)*between(Y,79,140)", 205, 120, 140),
                          ("lt(abs(X-244),4)*between(Y,95,160)", "40+60*exp(-abs(Y-95)/30)", 122, 136),
                          ("lt(hypot((X-84)/13,(Y-136)/9),1)+lt(hypot((X-164)/13,(Y-124)/9),1)", 120, 114, 152),
                          ("lt(hypot((X-244)/13,(Y-146)/9),1)", 45, 120, 142),
                          ("lt(hypot((X-96)/22,(Y-50)/28),1)+lt(hypot((X-176)/22,(Y-36)/28),1)",
                           "25+70*exp(-hypot(X-84,Y-84)/40)+70*exp(-hypot(X-164,Y-72)/40)", 118, 146),
                          ("lt(hypot((X-256)/22,(Y-60)/28),1)", 22, 122, 138)],
                         ("6", 126, 132),
                         add="60*exp(-hypot(X-84,Y-84)/26)+60*exp(-hypot(X-164,Y-72)/26)"),
    "organ-aa": _paint([("lt(abs(mod(X,14)-7),3)*between(Y,132,137)", 15, 128, 128),
                        ("lt(abs(mod(X,14)-7),5.5)*gt(Y,12+80*abs(sin(floor(X/14)*0.45)))*lt(Y,150)",
                         "140+80*exp(-pow((mod(X,14)-5)/2,2))", 124, 136),
                        ("gt(Y,150)", "45+15*gt(sin(X/4)*sin(Y/3),0.5)", 115, 145),
                        ("lt(abs(X-160),150)", "22+8*sin(Y/7)", 118, 142)],
                       ("12", 128, 128)),
    "bishop-aa": _face("(160+2*sin(N*0.07))", "(82+1.5*sin(N*0.05))", (200, 128, 128), False, 175,
                       (215, 95, 152), ("28+40*exp(-hypot(X-250,Y-50)/50)", 120, 140)),
    "mass-aa": f"color=c=0x060404:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=12:"
               "fontcolor=0xf0e6c8:line_spacing=10:textfile=TWENTYSEVENTHREEL:x=(w-tw)/2:y=h-2.2*n",
    # A 1940s British home-front drama (drawn in greys).
    "terrace-aa": _terrace(("165-0.9*Y", 128, 128), 95, 205, 0),
    "terracenight-aa": _terrace(("30+0.1*Y", 128, 128), 40, 28, 0),
    "terracedawn-aa": _terrace(("215-0.45*Y", 128, 128), 128, 55, 175),
    "kitchen-aa": _paint([("lt(hypot(X-110,Y-28),5)", 70, 128, 128),
                          ("lt(abs(X-110),0.8)*lt(Y,24)", 40, 128, 128),
                          ("between(X,196,274)*between(Y,36,104)*(lt(abs(X-235),1.5)+lt(abs(Y-70),1.5))",
                           45, 128, 128),
                          ("between(X,196,274)*between(Y,36,104)", "215-0.3*(Y-36)", 128, 128),
                          ("between(X,190,280)*between(Y,30,110)", 60, 128, 128),
                          ("lt(hypot((X-96)/14,(Y-118)/12),1)+lt(abs(X-96),3)*between(Y,104,108)", 150, 128, 128),
                          ("lt(hypot((X-150)/15,(Y-72)/17),1)", 140, 128, 128),
                          ("lt(hypot((X-150)/16,(Y-68)/18),1)", 40, 128, 128),
                          ("lt(abs(X-150),26+0.25*(Y-88))*between(Y,88,130)", 70, 128, 128),
                          ("gt(Y,128)*lt(Y,140)", 105, 128, 128),
                          ("gt(Y,140)", "60+8*lt(mod(X,24),2)", 128, 128)],
                         ("110+12*gt(sin(X/5)*sin(Y/5),0.5)-0.2*Y", 128, 128)),
    "mother-aa": _face("(158+2*sin(N*0.06))", 84, (60, 128, 128), True, 170, (85, 128, 128),
                       ("70+20*lt(mod(Y,14),2)+15*sin(X/13)", 128, 128)),
    "searchlights-aa": _paint([("gt(Y,150-14*gt(sin(X/9),0.3)-10*lt(abs(mod(X,37)-5),3))", 8, 128, 128),
                               ("lt(hypot((X-200)/16,(Y-52)/6),1)+lt(abs(X-200+0.2*(Y-58)),0.6)*between(Y,58,150)",
                                55, 128, 128),
                               ("lt(abs((X-60)*sin(1.15+0.3*sin(N*0.05))+(Y-180)*cos(1.15+0.3*sin(N*0.05))),"
                                "2+0.04*((X-60)*cos(1.15+0.3*sin(N*0.05))-(Y-180)*sin(1.15+0.3*sin(N*0.05))))",
                                "40+160*exp(-hypot(X-60,Y-180)/200)", 128, 128),
                               ("lt(abs((X-260)*sin(2.0+0.25*sin(N*0.04+1))+(Y-180)*cos(2.0+0.25*sin(N*0.04+1))),"
                                "2+0.04*((X-260)*cos(2.0+0.25*sin(N*0.04+1))-(Y-180)*sin(2.0+0.25*sin(N*0.04+1))))",
                                "40+160*exp(-hypot(X-260,Y-180)/200)", 128, 128)],
                              ("14+10*exp(-(150-Y)/30)", 128, 128)),
    "shelter-aa": _paint([("lt(hypot((X-170)/6,(Y-66)/9),1)", 120, 128, 128),
                          ("lt(abs(X-170),0.8)*between(Y,24,57)", 90, 128, 128),
                          ("lt(hypot((X-90)/14,(Y-96)/16),1)+lt(hypot((X-240)/13,(Y-92)/15),1)", 150, 128, 128),
                          ("lt(abs(X-90),22+0.3*(Y-110))*between(Y,108,150)+lt(abs(X-240),20+0.3*(Y-106))"
                           "*between(Y,104,150)", 80, 128, 128),
                          ("between(Y,130,146)", 110, 128, 128),
                          ("lt(Y,24+0.002*pow(X-160,2))", 60, 128, 128),
                          ("gt(Y,160)", 70, 128, 128)],
                         ("120+40*gt(sin(X/3),0.3)", 128, 128), mul="0.22"),
    "warden-aa": _paint([("lt(hypot(X-150,Y-104),4)", 220, 128, 128),
                         ("lt(hypot((X-150)/26,(Y-52)/8),1)*lt(Y,55)", 45, 128, 128),
                         ("lt(hypot((X-150)/13,(Y-68)/15),1)", 95, 128, 128),
                         ("lt(abs(X-150),30+0.2*(Y-82))*gt(Y,82)", 30, 128, 128),
                         ("lt(mod(X,10),1.2)*between(Y,110,150)+lt(abs(Y-112),1)", 45, 128, 128)],
                        ("12+14*exp(-hypot(X-300,Y-20)/60)", 128, 128)),
    "title2-aa": _lines(_lines(_paint([], ("10+5*sin(X/4)*sin(Y/6)", 128, 128)),
                               ["HOME FIRES"], 28, 58, 0, "0xf2f2f2", SERIF),
                        ["An Ealing Studios Picture"], 12, 104, 0, "0xc0c0c0", SERIF),
    # A 2010s woodworking video.
    "bench-aa": _paint([("lt(hypot(X-176-6*sin(N*0.15),Y-62),11)", 180, 112, 150),
                        ("lt(hypot(X-176-6*sin(N*0.15),Y-56),12)*lt(Y,58)", 60, 120, 140),
                        ("lt(abs(X-176-6*sin(N*0.15)),22)*between(Y,72,112)", 75, 160, 110),
                        ("between(X,110,230)*between(Y,103,111)", 195, 100, 150),
                        ("between(Y,111,128)*between(X,40,300)", "150-20*lt(mod(X,40),2)", 102, 150),
                        ("(lt(abs(X-60),4)+lt(abs(X-280),4))*between(Y,128,160)", 90, 110, 150),
                        ("lt(abs(Y-8),2)*(between(X,30,140)+between(X,180,290))", 240, 126, 128),
                        ("lt(abs(Y-44-0.2*(X-210)),6)*between(X,210,262)", 200, 128, 128),
                        ("between(X,280,286)*between(Y,30,72)+between(X,272,294)*between(Y,26,34)", 70, 110, 160),
                        ("lt(abs(mod(X,14)-7),2)*between(X,232,272)*between(Y,58,96)", 70, 175, 100),
                        ("between(X,120,300)*between(Y,20,100)",
                         "160-60*lt(hypot(mod(X,8)-4,mod(Y,8)-4),1.2)", 116, 148),
                        ("between(X,10,90)*between(Y,20,100)*(lt(abs(X-50),1.5)+lt(abs(Y-60),1.5))", 90, 128, 128),
                        ("between(X,10,90)*between(Y,20,100)", "235-0.1*Y", 132, 124),
                        ("gt(Y,150)", "95+6*sin(X*1.3)*sin(Y*1.7)", 126, 130)],
                       ("178-0.15*Y", 134, 124)),
    "maker-aa": _face(_MAKERX, "(84+3*sin(N*0.05))", (70, 118, 142), False, 180, (95, 155, 108),
                      ("120+45*exp(-pow((mod(X+30,90)-45)/14,2))*lt(Y,90)-0.2*Y", 120, 140)),
    "plane-aa": _paint([(f"lt(hypot((X-{_PLANEX}+28)/16,(Y-40)/10),1)", 175, 112, 150),
                        (f"lt(hypot(X-{_PLANEX}+28,Y-50),12)+lt(hypot(X-{_PLANEX}-30,Y-54),9)", 80, 112, 168),
                        (f"between(X,{_PLANEX}-40,{_PLANEX}+40)*between(Y,58,104)", "60+40*lt(Y,64)", 172, 108),
                        (f"lt(abs(hypot(X-{_PLANEX}+50,Y-84)-8),2)*lt(X,{_PLANEX}-40)", 225, 108, 146),
                        ("between(Y,40,150)", "150+22*sin(Y*0.7+4*sin(X/37))", 100, 152)],
                       ("55+10*sin(X/20)", 118, 140)),
    "saw-aa": _paint([("lt(hypot(mod(X+N*9,11)-5,mod(Y-N*5,9)-4),1)*lt(hypot(X-118,Y-100),36)", 215, 108, 148),
                      ("between(Y,98,118)*gt(X,300-1.5*N)", "180+10*sin(Y*0.9)", 100, 152),
                      ("lt(abs(hypot(X-160,Y-125)-48),2)*lt(Y,118)", 235, 128, 128),
                      ("lt(hypot(X-160,Y-125),50)*lt(Y,118)",
                       "150+60*lt(mod(atan2(Y-125,X-160)*12/3.1416+N*0.37,1),0.3)", 128, 128),
                      ("gt(Y,118)*lt(abs(X-160),2)", 60, 128, 128),
                      ("gt(Y,118)", "165-0.2*(Y-118)", 128, 126),
                      ("between(Y,112,118)", 120, 128, 128)],
                     ("75+10*sin(X/30)", 120, 138)),
    "stool-aa": _paint([("lt(hypot((X-160)/50,(Y-80)/10),1)", "180-20*gt(Y,84)", 104, 150),
                        ("(lt(abs(X-125+0.15*(Y-80)),3)+lt(abs(X-195-0.15*(Y-80)),3)"
                         "+lt(abs(X-148+0.05*(Y-80)),2.5)+lt(abs(X-172-0.05*(Y-80)),2.5))*between(Y,80,150)",
                         165, 106, 148),
                        ("lt(hypot((X-160)/70,(Y-152)/6),1)", 208, 128, 128)],
                       ("240-0.04*Y", 128, 128)),
    "stooltop-aa": _paint([("lt(hypot(X-166,Y-92),54)*lt(abs(mod(hypot(X-166,Y-92)+3*sin(atan2(Y-92,X-166)*5),9)-4),0.7)",
                            172, 106, 150),
                           ("lt(hypot(X-166,Y-92),56)", 196, 104, 148),
                           ("lt(hypot(X-172,Y-98),58)", 214, 128, 128)],
                          ("243", 128, 128)),
    "endscreen-aa": _lines(_paint([("between(X,224,292)*between(Y,122,140)", 80, 100, 220),
                                   ("between(X,30,140)*between(Y,60,122)", "90+50*sin(X/9)*sin(Y/7)", 150, 110),
                                   ("between(X,170,280)*between(Y,60,122)", "110+40*sin(X/7+Y/9)", 100, 160)],
                                  ("40", 128, 128)),
                           ["THANKS FOR WATCHING", "SUBSCRIBE"], 14, 22, 110, "0xf8f8f8", FONT),
    # A 1990s gardening television programme.
    "garden-aa": _garden(("205-0.5*Y", 150, 116), 135, 120, 160),
    "gardeneve-aa": _garden(("150-0.7*Y+70*exp(-hypot(X-70,Y-30)/60)", 98, 168), 95, 70, 110,
                            add="-10+25*exp(-hypot(X-70,Y-60)/90)"),
    "greenhouse-aa": _paint([("lt(hypot(mod(X+12,50)-25,mod(Y+5,30)-15),4)*between(Y,80,150)", 95, 100, 200),
                             ("lt(hypot(mod(X,50)-25+8*sin(Y/11),mod(Y,14)-7),5)*between(Y,64,150)",
                              "85+20*sin(X/3)", 100, 108),
                             ("lt(abs(mod(X,50)-25+3*sin(Y/7)),2)*between(Y,60,160)", 70, 100, 112),
                             ("gt(Y,150)", "110+15*lt(mod(X,30),2)", 120, 138),
                             ("lt(Y,70)*(lt(mod(X,40),2)+lt(mod(Y,25),2))", 90, 125, 128),
                             ("lt(Y,70)", "228-0.2*Y", 134, 124)],
                            ("200-10*lt(mod(X,40),2)", 130, 124)),
    "presenter-aa": _face("(160+3*sin(N*0.04))", 80, (110, 122, 138), False, 178, (100, 118, 165),
                          ("130+30*sin(X/17)*sin(Y/13)", 104, 118)),
    "shed-aa": _paint([("between(X,20,80)*between(Y,20,160)*lt(abs(mod(Y,24)-12),1)", 40, 128, 128),
                       ("between(X,20,80)*between(Y,20,160)", 85, 120, 140),
                       ("lt(abs(mod(X-120,34)-17),11)*lt(abs(mod(Y,36)-24),9)*between(X,110,300)*between(Y,20,120)",
                        "150-30*lt(mod(Y,36),18)", 110, 165),
                       ("between(X,110,300)*lt(abs(mod(Y,36)-34),2)*between(Y,20,124)", 120, 115, 145),
                       ("between(X,130,280)*between(Y,124,140)", 130, 110, 150),
                       ("gt(Y,160)", "90+8*sin(X/3)", 118, 140)],
                      ("110+20*lt(mod(X,18),2)", 118, 142), mul="0.3"),
    "border-aa": _paint([("lt(hypot(X-100-4*sin(N*0.1),Y-80),8)+lt(hypot(X-230-3*sin(N*0.12+1),Y-60),8)"
                          "+lt(hypot(X-330-4*sin(N*0.09+2),Y-105),8)", 165, 60, 150),
                         ("lt(hypot(X-100-4*sin(N*0.1),Y-80),28+8*sin(atan2(Y-80,X-100-4*sin(N*0.1))*6))",
                          205, 140, 190),
                         ("lt(hypot(X-230-3*sin(N*0.12+1),Y-60),26+8*sin(atan2(Y-60,X-230-3*sin(N*0.12+1))*5))",
                          225, 150, 150),
                         ("lt(hypot(X-330-4*sin(N*0.09+2),Y-105),30+8*sin(atan2(Y-105,X-330-4*sin(N*0.09+2))*7))",
                          150, 170, 150),
                         ("lt(abs(sin(X/13+Y/29)),0.3)", "80+20*sin(X/5)", 100, 110)],
                        ("55+20*sin(X/11)*sin(Y/7)", 105, 114)),
    "pond-aa": _paint([("lt(hypot((X-80-1.5*N)/9,(Y-104)/4),1)", 150, 80, 200),
                       ("lt(hypot(X-206,Y-78),5)", 240, 128, 128),
                       ("lt(hypot((X-200)/20,(Y-82)/9),1)+lt(hypot((X-110)/22,(Y-70)/10),1)+lt(hypot((X-250)/16,(Y-120)/8),1)",
                        105, 100, 104),
                       ("gt(Y,150-10*sin(X/20))", "135+15*gt(sin(X/6)*sin(Y/4),0.3)", 126, 130),
                       ("gt(Y,30)", "70+22*sin(hypot(X-150,Y-100)/5-N*0.3)", 140, 116)],
                      ("120+20*sin(X/9)*sin(Y/5)", 108, 118)),
    "titleg-aa": _lines(_lines(_paint([("lt(hypot(mod(X,23)-11,mod(Y,19)-9),4)", 160, 90, 170)],
                                      ("60+20*sin(X/13)", 100, 110)),
                               ["GREEN FINGERS"], 26, 56, 0, "0xfff4c0", FONT),
                        ["with Geoff Pargeter"], 12, 100, 0, "0xf0f0f0", FONT),
    "roll-aa": f"color=c=0x041006:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=12:"
               "fontcolor=0xf0f8e0:line_spacing=9:textfile=HOTHOUSELIST:x=(w-tw)/2:y=h-2.3*n",
    # A 1970s prison drama.
    "tiers-aa": _paint([("lt(hypot(mod(X-20,64)-32,Y-12),5)", 250, 120, 140),
                        ("(lt(abs(Y-60),1.5)+lt(abs(Y-105),1.5)+lt(abs(Y-150),1.5))"
                         "+lt(mod(X,16),1.5)*(between(Y,45,60)+between(Y,90,105)+between(Y,135,150))", 95, 124, 122),
                        (f"{_CELLS}*lt(mod(X,5),1.2)", 85, 126, 126),
                        (_CELLS, 25, 128, 128),
                        ("gt(Y,150)", "110+30*exp(-abs(Y-165)/6)", 122, 124)],
                       ("140-0.2*Y", 120, 122)),
    "office-aa": _paint([("lt(hypot(X-120,Y-70),14)", 160, 112, 150),
                         ("lt(abs(X-120),30+0.2*(Y-84))*between(Y,84,112)", 50, 130, 126),
                         ("between(X,60,230)*between(Y,110,150)", "70+10*sin(X/5)", 112, 150),
                         ("lt(abs(X-200),2)*between(Y,80,110)+lt(hypot((X-205)/10,(Y-78)/5),1)", 60, 140, 118),
                         ("between(X,180,300)*between(Y,20,100)*lt(mod(Y-20,6),1)", 225, 128, 128),
                         ("between(X,180,300)*between(Y,20,100)", "105+5*sin(X/9)", 124, 132),
                         ("between(X,176,304)*between(Y,16,104)", 60, 124, 132),
                         ("between(X,20,56)*between(Y,40,150)", "90-20*lt(mod(Y,36),2)", 124, 122)],
                        ("120+8*sin(X/40)", 125, 135)),
    "guard-aa": _face("(160+2*sin(N*0.05))", 86, (35, 130, 124), False, 165, (70, 138, 118),
                      ("95-0.3*Y+20*lt(mod(X,40),3)", 125, 128)),
    "convict-aa": _face("(160+3*sin(N*0.04))", 84, (25, 128, 128), False, 150, (120, 145, 120),
                        ("25+10*lt(mod(X,9),2)", 128, 128), add="-35"),
    "cell-aa": _paint([("between(X,120,180)*between(Y,22,52)*lt(mod(X-120,12),2)", 20, 128, 128),
                       ("between(X,120,180)*between(Y,22,52)", 125, 140, 120),
                       ("between(X,250,310)*between(Y,20,165)*between(X,272,288)*between(Y,60,72)", 15, 128, 128),
                       ("between(X,250,310)*between(Y,20,165)", 48, 126, 128),
                       ("between(X,30,200)*between(Y,108,128)", "60+10*sin(X/4)", 132, 122),
                       ("between(X,30,200)*between(Y,128,150)", 30, 128, 128),
                       ("gt(Y,165)", 38, 126, 128)],
                      ("40+25*exp(-hypot(X-150,Y-90)/70)", 126, 128), mul="0.7"),
    "yard-aa": _paint([("lt(hypot(X-270,Y-36),4)", 252, 128, 128),
                       ("lt(abs((X-270)*(102)-(Y-36)*(160+120*sin(N*0.06)-270)),"
                        "(4+0.14*(Y-36))*hypot(102,160+120*sin(N*0.06)-270))*between(Y,36,140)", 150, 128, 128),
                       ("between(X,255,285)*between(Y,30,130)+lt(hypot(X-270,Y-26),20)*lt(Y,30)", 15, 128, 128),
                       ("lt(mod(X,12),1)*between(Y,70,120)+lt(abs(Y-70),1)+lt(abs(Y-66-2*sin(X)),0.7)", 90, 128, 128),
                       ("lt(hypot((X-160-120*sin(N*0.06))/40,(Y-140)/12),1)*gt(Y,120)", 175, 126, 130),
                       ("gt(Y,120)", "35+10*sin(X/7)*sin(Y/3)", 128, 130)],
                      ("18+0.08*Y", 140, 124)),
    "cellblock-aa": f"color=c=0x080806:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=12:"
                    "fontcolor=0xe8e0b8:line_spacing=10:textfile=VESPERSLIST:x=(w-tw)/2:y=h-2.3*n",
    # A 1980s hacker thriller.
    "skyline-aa": _paint([("gt(Y,150)", "10+30*exp(-abs(mod(X,40)-20)/3)*gt(sin(Y*3),0)", 150, 140),
                          (f"(1-{_TOWERS})"
                           "*gt(sin(floor(X/5)*12.9+floor(Y/6)*7.2),0.45)*lt(mod(X,5),3)*lt(mod(Y,6),3)",
                           170, 100, 150),
                          (f"(1-{_TOWERS})", 18, 138, 124)],
                         ("30-0.1*Y+15*sin(X/60)", 160, 135)),
    "den-aa": _paint([("between(X,190,250)*between(Y,62,108)", 30, 120, 120),
                      ("between(X,180,260)*between(Y,54,116)", 70, 128, 128),
                      ("between(X,200,240)*between(Y,116,124)", 60, 128, 128),
                      ("lt(hypot((X-110)/14,(Y-70)/16),1)", 60, 128, 128),
                      ("lt(abs(X-110),26+0.3*(Y-84))*between(Y,84,160)", 25, 138, 124),
                      ("between(Y,124,134)", "70+10*sin(X/6)", 118, 140),
                      ("between(X,20,70)*between(Y,30,90)", "50+80*exp(-abs(mod(X,13)-6)/2)*gt(sin(Y*0.7),0.3)",
                       150, 130),
                      ("between(X,270,310)*between(Y,20,80)", "70+30*sin(X/3)", 140, 170)],
                     ("22+6*sin(X/9)", 136, 124), mul="0.75"),
    "screen-aa": _paint([("between(X,40,280)*between(Y,24,150)*lt(mod(Y,3),1)", 10, 120, 110),
                         ("between(X,40,280)*between(Y,24,150)", "20+12*exp(-hypot(X-160,Y-88)/90)", 115, 105)],
                        ("30", 128, 128))
                 + f",drawtext=fontfile={FONT}:fontsize=10:fontcolor=0x70ff90:line_spacing=4"
                 ":textfile=TWENTYSEVENTHCODE:x=52:y=160-1.6*n"
                 + ",drawbox=x=0:y=0:w=320:h=24:c=0x9a9688:t=fill,drawbox=x=0:y=150:w=320:h=30:c=0x9a9688:t=fill"
                 ",drawbox=x=0:y=0:w=40:h=180:c=0x9a9688:t=fill,drawbox=x=280:y=0:w=40:h=180:c=0x9a9688:t=fill",
    "hacker-aa": _face("(160+2*sin(N*0.06))", 86, (30, 128, 128), False, 135, (40, 140, 120),
                       ("12+4*sin(X/7)", 138, 120), add="30*exp(-hypot(X-160,Y-190)/90)-10"),
    "racks-aa": _paint([("lt(abs(mod(X,64)-32),24)*between(Y,30,150)*lt(hypot(mod(X,8)-4,mod(Y,6)-3),1.2)",
                         "50+200*gt(sin(floor(X/8)*7.1+floor(Y/6)*3.3+N*0.7),0.3)",
                         "if(lt(mod(floor(X/8),2),1),90,80)", "if(lt(mod(floor(X/8),2),1),80,190)"),
                        ("lt(abs(mod(X,64)-32),24)*between(Y,30,150)", "35+8*lt(mod(Y,12),1)", 130, 126),
                        ("lt(Y,14)*lt(abs(mod(X,80)-40),30)", 245, 132, 124),
                        ("gt(Y,150)", "120-40*lt(mod(X+0.5*(Y-150)*(X-160)/40,32),1.5)", 134, 124)],
                       ("140-0.3*Y", 136, 124)),
    "booth-aa": _paint([("lt(mod(X+0.3*Y,13),0.8)*lt(mod(Y+N*14+31*floor((X+0.3*Y)/13),40),8)", 150, 132, 126),
                        ("lt(hypot((X-150)/10,(Y-70)/12),1)+lt(abs(X-150),16)*between(Y,82,140)", 25, 128, 128),
                        ("between(X,120,180)*between(Y,40,150)*(lt(abs(X-150),1)+lt(mod(Y-40,22),1.5))", 60, 128, 128),
                        ("between(X,120,180)*between(Y,40,150)", 185, 112, 118),
                        ("between(X,116,184)*between(Y,26,40)", 200, 90, 200),
                        ("gt(Y,150)", "18+45*exp(-abs(X-150)/22)*gt(sin(Y*2+N*0.3),0)", 140, 128)],
                       ("22+8*lt(mod(Y,8),1)+6*lt(mod(X+8*mod(floor(Y/8),2),16),1)", 132, 134)),
    "phreak-aa": _lines(_lines(_paint([("lt(abs(Y-90),0.7)*lt(abs(X-160),100)", 90, 100, 100)],
                                      ("4+10*exp(-hypot(X-160,(Y-90)*3)/120)", 140, 120)),
                               ["P H R E A K"], 28, 48, 0, "0x60ff80", FONT),
                        ["coming to the Odeon"], 12, 104, 0, "0x90a0b0", FONT),
}
TWENTYSEVENTHREEL = "\n".join(["Midnight Mass", "from Durnford Cathedral", "",
                               "The Cathedral Choir", "Directed by Alan Rushby", "",
                               "Organist", "Philippa Wray", "", "Producer", "Hugh Dennehy", "",
                               "A Westgate Television Production"])
HOTHOUSELIST = "\n".join(["Green Fingers", "", "Presenter", "Geoff Pargeter", "",
                          "Garden Adviser", "Moira Quennell", "", "Director", "Ken Ashdown", "",
                          "Pebble Mill"])
VESPERSLIST = "\n".join(["LOCKDOWN", "", "Directed by", "Ray Canavan", "", "Starring",
                         "Lou Mattingly", "Eddie Sorrell", "", "Filmed at", "Joliet Prison"])
TWENTYSEVENTHCODE = "\n".join(["> CONNECT 300", "CARRIER DETECTED", "LOGIN: JOSHUA",
                               "PASSWORD: ********", "ACCESS GRANTED", "> LIST /SYS/BANK",
                               "0001  TRANSFER  4400.00", "0002  TRANSFER  9120.50",
                               "0003  HOLD      0000.00", "0004  TRANSFER  1275.25",
                               "> COPY 0001-0004 TO ZRH", "COPYING ...", "DONE",
                               "> LOGOFF", "NO CARRIER", "> _"])
TEXT_FILES_AA = {"TWENTYSEVENTHREEL": ("twentyseventhreel.txt", TWENTYSEVENTHREEL),
                 "HOTHOUSELIST": ("hothouselist.txt", HOTHOUSELIST),
                 "VESPERSLIST": ("vesperslist.txt", VESPERSLIST),
                 "TWENTYSEVENTHCODE": ("twentyseventhcode.txt", TWENTYSEVENTHCODE)}

FX_AA = {
    "grain51-aa": "noise=alls=4:allf=t:all_seed=45200011",
    "grain52-aa": "noise=alls=12:allf=t+u:all_seed=45200023",
    "grain53-aa": "noise=alls=3:allf=t:all_seed=45200041",
    "grain54-aa": "noise=alls=5:allf=t:all_seed=45200059",
    "grain55-aa": "noise=alls=14:allf=t+u:all_seed=45200077",
    "grain56-aa": "noise=alls=6:allf=t:all_seed=45200093",
    "near-aa": "crop=iw*0.86:ih*0.86:iw*0.08:ih*0.06,scale=320:180",
    "angle-aa": "crop=iw*0.64:ih*0.64:iw*0.3:ih*0.16,scale=320:180",
    "left-aa": "crop=iw*0.6:ih*0.6:iw*0.05:ih*0.22,scale=320:180",
    "low-aa": "crop=iw*0.6:ih*0.6:iw*0.2:ih*0.4,scale=320:180",
    "closer-aa": "crop=iw*0.52:ih*0.52:iw*0.24:ih*0.2,scale=320:180",
    # Looks: soft video colour under a bug, full frame; black and white with flicker, gate weave
    # and grain in 1.37; clean punchy colour, full frame; soft video colour in 4:3; yellow-green
    # 1970s colour with heavy grain in 1.85; cold blue and green in 2.35.
    "xmas-aa": "eq=saturation=1.1:contrast=1.04,gblur=sigma=0.5",
    "bug-aa": f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=white@0.75:text='WTV  LIVE':x=w-tw-12:y=10",
    "forties-aa": "hue=s=0,eq=contrast=1.12",
    "flick-aa": "eq=brightness='0.03*sin(n*2.3)*sin(n*1.3+1)':eval=frame",
    "weave-aa": "crop=312:176:x='4+1.2*sin(n*1.3)':y='2+1*sin(n*1.9+1)',scale=320:180",
    "box137-aa": "scale=246:180,pad=320:180:37:0:black",
    "maker-look-aa": "eq=saturation=1.25:contrast=1.06,colorbalance=rs=0.03:bs=0.04:rh=0.03,unsharp=5:5:0.5",
    "tv90-aa": "eq=saturation=1.05:gamma=1.02,gblur=sigma=0.7",
    "box43-aa": "scale=240:180,pad=320:180:40:0:black",
    "seventies-aa": "eq=saturation=0.85:contrast=1.08,colorbalance=gm=0.05:bm=-0.04:rs=0.02",
    "box185-aa": "scale=320:172,pad=320:180:0:4:black",
    "cyber-aa": "eq=saturation=1.15:contrast=1.1,colorbalance=bs=0.1:gs=0.04:rh=-0.03",
    "box235-aa": "scale=320:136,pad=320:180:0:22:black",
    # Camera moves: a slow tilt up the organ pipes; a slow push in on the plane; a whip pan along
    # the bench from rest to rest; a slow pan along the garden; a slow pan along the border; a
    # whip pan along the tiers from rest to rest; a crash zoom on the screen; a bomb's thud
    # shaking the camera; a slow dolly in on the booth.
    "tiltup-aa": "scale=480:270,crop=320:180:x=80:y='90-90*clip((n-6)/(2*MID-12),0,1)'",
    "pushin-aa": "zoompan=z='1+0.005*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)*0.55'",
    "whipbench-aa": "scale=416:234,crop=320:180:x='48-46*tanh((n-MID)/2.2)':y=20,"
                    "gblur=sigma=12:sigmaV=0.5:enable='between(n,MID-2,MID+2)'",
    "pangarden-aa": "scale=400:225,crop=320:180:x='80*clip(n/(2*MID),0,1)':y=24",
    "panborder-aa": "scale=384:216,crop=320:180:x='64-64*clip(n/(2*MID),0,1)':y=18",
    "whiptiers-aa": "scale=420:236,crop=320:180:x='50+48*tanh((n-MID)/2)':y=28,"
                    "gblur=sigma=12:sigmaV=0.4:enable='between(n,MID-2,MID+2)'",
    "crashzoom-aa": "zoompan=z='1+0.7*clip((in-MID)/5,0,1)':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.35'"
                    ":y='(ih-ih/zoom)*0.45'",
    "thud-aa": "scale=344:194,crop=320:180:x='12+10*sin(n*2.9)*exp(-abs(n-MID-1)/3)'"
               ":y='7+6*sin(n*3.7)*exp(-abs(n-MID-1)/3)'",
    "dolly-aa": "zoompan=z='1+0.004*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.47':y='(ih-ih/zoom)*0.5'",
    # Light changing inside a shot and staying changed, around MID. Whole-picture changes: the
    # nave's lights dimmed for a carol (multiplied down, less saturated, over 20 frames), the
    # camera's iris opened on the bishop (brightness), a bare bulb switched on in a kitchen (a
    # curves lift, at once), dawn growing over the terrace (gamma), the workshop's strip lights
    # switched on bank by bank (multiplied up in steps), a phone camera re-metering (contrast and
    # gamma), a cloud over the workshop's window (multiplied down, cooler), the sun coming out over
    # a pond (an S-curve and saturation), the sunset deepening over the garden (darker, warmer),
    # the cell block's lights going out bank by bank (multiplied down in columns), a power cut to
    # red emergency light (a channel mix, at once). Local ones: candles lit along the pews, a
    # spotlight coming up on a soloist, a candle lit in the dark, the windows of a terrace going
    # dark one by one, a blackout blind pulled down, a hurricane lamp lit and turned up, a fire
    # flaring up over the rooftops, greenhouse blinds pulled down, a shed's door opened on the
    # daylight, venetian blinds opened, a cell door opened on a lit corridor, a monitor switched
    # on, a desk lamp switched on.
    "dimnave-aa": _grade(f"LUM*(1-0.45*{_ramp(-10, 10)})", f"128+(CH-128)*(1-0.35*{_ramp(-10, 10)})",
                         f"128+(CH-128)*(1-0.35*{_ramp(-10, 10)})"),
    "navedim-aa": _grade("LUM*0.55", "128+(CH-128)*0.65", "128+(CH-128)*0.65"),
    "pewcandles-aa": _overlay(f"{_SEAT}*lt(hypot(mod(X,13)-10,(mod(Y-124,11)-3)/2),1.2)"
                              "*lt(X,(N-MID+10)*14)", 250, 100, 165)
                     + "," + _grade(f"LUM+40*{_SEAT}*clip((N-MID+10)*14-X,0,1)*exp(-abs(mod(Y-124,11)-4)/4)"),
    "spot-aa": _grade(f"LUM*(1+1.1*{_ramp(-8, 8)}*exp(-pow(hypot(X-160,(Y-70)*0.8)/36,2)))"
                      f"+25*{_ramp(-8, 8)}*exp(-pow(hypot(X-160,(Y-70)*0.8)/36,2))"),
    "spotlit-aa": _grade("LUM*(1+1.1*exp(-pow(hypot(X-160,(Y-70)*0.8)/36,2)))"
                         "+25*exp(-pow(hypot(X-160,(Y-70)*0.8)/36,2))"),
    "candleon-aa": _overlay("lt(hypot((X-244)/3,(Y-87+1.2*sin(N*0.9))/7),1)*gte(N,MID)", 250, 95, 165)
                   + "," + _grade("LUM+(70*exp(-hypot(X-244,Y-87)/26)+40*exp(-hypot(X-250,Y-70)/40))"
                              "*clip((N-MID+1)/3,0,1)"),
    "candlelit-aa": _overlay("lt(hypot((X-244)/3,(Y-87+1.2*sin(N*0.9))/7),1)", 250, 95, 165)
                    + "," + _grade("LUM+70*exp(-hypot(X-244,Y-87)/26)+40*exp(-hypot(X-250,Y-70)/40)"),
    "irisopen-aa": "eq=brightness='0.1*clip((n-MID+3)/6,0,1)':eval=frame",
    "windowsout-aa": _overlay(f"{_WINDOWS}*gte(N,MID-12+3*floor((X-10)/40)+between(Y,70,88))", 38),
    "windowsdark-aa": _overlay(_WINDOWS, 38),
    "blackout-aa": _overlay(f"between(X,196,274)*between(Y,36,36+68*{_ramp(-8, 8)})", "22+5*lt(mod(Y,9),1)")
                   + ",eq=brightness='-0.07*clip((n-MID+8)/16,0,1)':eval=frame",
    "blackedout-aa": _overlay("between(X,196,274)*between(Y,36,104)", "22+5*lt(mod(Y,9),1)")
                     + ",eq=brightness=-0.07",
    "bulbon-aa": _overlay("lt(hypot(X-110,Y-28),5)*gte(N,MID)", 252)
                 + ",curves=m='0/0 0.2/0.34 0.6/0.8 1/1':enable='gte(n,MID)'",
    "dawnup-aa": "eq=gamma='1+0.4*clip((n-MID+12)/24,0,1)':eval=frame",
    "hurricane-aa": _grade(f"LUM*(1+{_ramp(0, 14)}*(1.2+3.2*exp(-hypot(X-170,Y-66)/55)))"
                           f"+60*(eq(N,MID-6)+eq(N,MID-5)*0.6)*exp(-hypot(X-150,Y-100)/20)"
                           f"+230*{_ramp(0, 4)}*lt(hypot((X-170)/4,(Y-67)/6),1)"),
    "hurricanelit-aa": _grade("LUM*(2.2+3.2*exp(-hypot(X-170,Y-66)/55))+230*lt(hypot((X-170)/4,(Y-67)/6),1)"),
    "fireflare-aa": _grade(f"LUM+(30+110*{_ramp(-6, 6)}*(1+0.15*sin(N*1.7)))*exp(-hypot((X-170)/1.6,Y-44)/40)"),
    "bombs-aa": "eq=brightness='0.3*eq(n,MID-10)+0.5*eq(n,MID)+0.3*eq(n,MID+1)':eval=frame",
    "dustfall-aa": _overlay("lt(abs(mod(X*7,53)-26),0.8)*lt(mod(Y-(N-MID)*9,90),40)*between(N,MID+1,MID+10)", 170),
    "torchlens-aa": _overlay("clip(1.8*exp(-hypot(X-150,Y-104)/(6+60*exp(-pow((N-MID)/2,2)))),0,1)"
                             "*between(N,MID-5,MID+5)", 252),
    "shoplights-aa": _grade("if(between(X,10,90)*between(Y,20,100),LUM,"
                            "if(lt(abs(Y-8),2.5)*(between(X,30,140)+between(X,180,290)),"
                            "LUM*(0.45+0.55*(between(X,30,140)*A1+between(X,180,290)*A2)),"
                            "LUM*(0.45+0.27*A1+0.28*A2)))"
                            .replace("A1", "gte(N,MID-6)*(1-eq(N,MID-5))")
                            .replace("A2", "gte(N,MID+4)*(1-eq(N,MID+5))")),
    "remeter-aa": "eq=gamma='1-0.22*clip((n-MID)/3,0,1)':contrast='1+0.18*clip((n-MID)/3,0,1)':eval=frame",
    "cloud-aa": _grade(f"LUM*(1-0.3*{_ramp(-12, 12)})", f"CH+9*{_ramp(-12, 12)}", f"CH-7*{_ramp(-12, 12)}"),
    "blinds-aa": _overlay(f"lt(Y,70*{_ramp(-9, 9)})*lt(Y,70)", "150-20*lt(mod(Y,10),1)", 120, 134)
                 + "," + _grade(f"LUM*(1-0.2*{_ramp(-9, 9)}*gte(Y,70))"),
    "blindsdown-aa": _overlay("lt(Y,70)", "150-20*lt(mod(Y,10),1)", 120, 134) + "," + _grade("LUM*(1-0.2*gte(Y,70))"),
    "shedopen-aa": _overlay(f"between(X,20,20+60*{_ramp(-8, 6)})*between(Y,20,160)", 238, 118, 124)
                   + "," + _grade(f"LUM*(1+(0.6+2.2*exp(-hypot(X-60,(Y-160)*1.5)/80))*{_ramp(-8, 6)}*gt(X,80))"),
    "sunout-aa": _grade(f"LUM+{_ramp(-9, 9)}*(12+38*sin((LUM-128)*0.02454))",
                        f"128+(CH-128)*(1+0.6*{_ramp(-9, 9)})", f"128+(CH-128)*(1+0.6*{_ramp(-9, 9)})"),
    "sunny-aa": _grade("LUM+12+38*sin((LUM-128)*0.02454)", "128+(CH-128)*1.6", "128+(CH-128)*1.6"),
    "dusk-aa": _grade(f"LUM*(1-0.25*{_ramp(-12, 12)})", f"CH-12*{_ramp(-12, 12)}", f"CH+14*{_ramp(-12, 12)}"),
    "lightsout-aa": _grade("LUM*if(gte(N,MID-8+8*floor(X/107)),0.35,1)"
                           "-150*gte(N,MID-8+8*floor(X/107))*lt(hypot(mod(X-20,64)-32,Y-12),5)",
                           "CH+8*gte(N,MID+8)"),
    "lightsoff-aa": _grade("LUM*0.35-150*lt(hypot(mod(X-20,64)-32,Y-12),5)", "CH+8"),
    "blindsopen-aa": _overlay(f"between(X,180,300)*between(Y,20,100)*lt(mod(Y-20,6),1+3*{_ramp(-7, 7)})", 230)
                     + "," + _grade(f"LUM+35*{_ramp(-7, 7)}*lt(X,180)*exp(-abs(X-150)/90)*gt(sin(Y*0.9-X*0.3),0)"),
    "blindsopened-aa": _overlay("between(X,180,300)*between(Y,20,100)*lt(mod(Y-20,6),4)", 230)
                       + "," + _grade("LUM+35*lt(X,180)*exp(-abs(X-150)/90)*gt(sin(Y*0.9-X*0.3),0)"),
    "torchsweep-aa": _grade("LUM*(1+2*@)+60*@".replace(
        "@", "exp(-pow(hypot(X-30-(N-MID+8)*16,Y-100)/32,2))*between(N,MID-8,MID+8)")),
    "dooropen-aa": _overlay(f"between(X,250,250+60*{_ramp(-7, 5)})*between(Y,20,165)", 215, 122, 124)
                   + "," + _grade(f"LUM*(1+(0.3+2.5*exp(-hypot(X-280,(Y-170)*2)/80))*{_ramp(-7, 5)}*lt(X,250))"),
    "muzzle-aa": _overlay("clip(1.6*exp(-hypot(X-262,Y-52)/10),0,1)*between(N,MID,MID+1)", 252)
                 + ",eq=brightness='0.14*eq(n,MID)':eval=frame",
    "crton-aa": _overlay(f"between(X,190,250)*lt(abs(Y-85),1+22*{_ramp(-1, 3)})*gte(N,MID-1)",
                         "150+60*lt(mod(Y,6),2)*gt(sin(X*0.9+Y),0)", 95, 88)
                + "," + _grade(f"LUM*(1+1.6*{_ramp(-1, 3)}*exp(-hypot(X-205,Y-90)/70)*(1-between(X,190,250)*between(Y,62,108)))",
                               f"CH-10*{_ramp(-1, 3)}*exp(-hypot(X-205,Y-90)/70)",
                               f"CH-12*{_ramp(-1, 3)}*exp(-hypot(X-205,Y-90)/70)"),
    "crtlit-aa": _overlay("between(X,190,250)*between(Y,63,107)", "150+60*lt(mod(Y,6),2)*gt(sin(X*0.9+Y),0)", 95, 88)
                 + "," + _grade("LUM*(1+1.6*exp(-hypot(X-205,Y-90)/70)*(1-between(X,190,250)*between(Y,62,108)))",
                                "CH-10*exp(-hypot(X-205,Y-90)/70)", "CH-12*exp(-hypot(X-205,Y-90)/70)"),
    "desklamp-aa": _grade("LUM*(1+gte(N,MID)*(0.25+1.4*exp(-hypot(X-60,(Y-128)*1.6)/60)))"
                          "+gte(N,MID)*230*lt(hypot((X-52)/10,(Y-112)/4),1)",
                          "CH-6*gte(N,MID)*exp(-hypot(X-60,(Y-128)*1.6)/60)",
                          "CH+14*gte(N,MID)*exp(-hypot(X-60,(Y-128)*1.6)/60)"),
    "powercut-aa": "eq=brightness='-0.3*(eq(n,MID-4)+eq(n,MID-2))':eval=frame,"
                   "colorchannelmixer=rr=0.6:rg=0.2:rb=0.1:gr=0.04:gg=0.12:bb=0.1:enable='gte(n,MID)'",
    "powerred-aa": "colorchannelmixer=rr=0.6:rg=0.2:rb=0.1:gr=0.04:gg=0.12:bb=0.1",
    # Other things that are not boundaries: a photographer's flash among the pews, a verger
    # passing the lens, a warden's torch into the lens, bombs flashing, dust falling after a thud,
    # a hand and sawdust passing the lens, a wheelbarrow and a bee passing the lens, a muzzle flash
    # from the tower, a guard's torch sweeping a cell, lightning over the city, a car's headlights
    # sweeping past a phone booth, captions and subtitles.
    "pewflash-aa": _overlay("clip(1.4*exp(-hypot(X-92,Y-134)/14),0,1)*eq(N,MID)", 252)
                   + ",eq=brightness='0.12*eq(n,MID)':eval=frame",
    "verger-aa": _overlay("lt(hypot((X-(N-MID)*34-160)/55,(Y-110)/110),1)*between(N,MID-7,MID+7)", 25, 126, 140),
    "caption-aa": f"drawtext=fontfile={SERIF}:fontsize=15:fontcolor=white:shadowcolor=black:shadowx=1:shadowy=1"
                  ":text='Midnight Mass':x=22:y=h-48:alpha='clip((n-MID+10)/8,0,1)':enable='gte(n,MID-10)',"
                  f"drawtext=fontfile={FONT}:fontsize=10:fontcolor=white:shadowcolor=black:shadowx=1:shadowy=1"
                  ":text='Live from Durnford Cathedral':x=22:y=h-28:alpha='clip((n-MID+6)/8,0,1)'"
                  ":enable='gte(n,MID-6)'",
    "subs1-aa": f"drawtext=fontfile={FONT}:fontsize=11:fontcolor=white:box=1:boxcolor=black@0.7:boxborderw=3"
                ":text='today we are building a shop stool':x=(w-tw)/2:y=h-26:enable='between(n,MID-10,MID+12)'",
    "step-aa": f"drawtext=fontfile={FONT}:fontsize=14:fontcolor=0x202020:box=1:boxcolor=0xffd020@0.95:boxborderw=5"
               ":text='STEP 3  GLUE UP':x=18:y=18:enable='gte(n,MID-8)'",
    "handpass-aa": _overlay("lt(hypot((X-320+(N-MID+5)*40)/60,(Y-100)/70),1)*between(N,MID-5,MID+5)", 165, 112, 152),
    "sawdust-aa": _overlay("clip(1.2*exp(-hypot(X-150,Y-95)/(18+14*(N-MID+4)))*lt(mod(X*3+Y*7+N*13,9),5),0,1)"
                           "*between(N,MID-4,MID+6)", 210, 110, 150),
    "namecap-aa": f"drawtext=fontfile={FONT}:fontsize=13:fontcolor=white:box=1:boxcolor=0x207030@0.9:boxborderw=5"
                  ":text='Geoff Pargeter':x='min(18,18-(MID-4-n)*40)':y=h-38:enable='gte(n,MID-10)'",
    "barrow-aa": _overlay("lt(hypot((X-(N-MID)*30-160)/70,(Y-120)/40),1)*between(N,MID-8,MID+8)", 60, 150, 100),
    "bee-aa": _overlay("lt(hypot((X-(N-MID)*45-160)/30,(Y-70-10*sin(N))/18),1)*between(N,MID-4,MID+4)", 70, 60, 160),
    "lightning-aa": _overlay("lt(abs(X-200-12*sin(Y/7)-6*sin(Y/2.3)),1.5)*lt(Y,70)*between(N,MID,MID+1)", 250)
                    + ",eq=brightness='0.4*eq(n,MID)+0.2*eq(n,MID+1)+0.3*eq(n,MID+4)':eval=frame",
    "typed-aa": "".join(f",drawtext=fontfile={FONT}:fontsize=12:fontcolor=0x70ff90:text='{t}':x=20:y=h-40"
                        f":enable='between(n,MID{a:+d},MID{b:+d})'"
                        for t, a, b in [("ZURICH", -10, -7), ("ZURICH  2.14", -6, -3),
                                        ("ZURICH  2.14 AM", -2, 999)])[1:],
    "carlights-aa": _grade("LUM+150*exp(-pow((X-320+(N-MID+10)*32)/35,2))*between(N,MID-10,MID+10)"),
}

# held-out-aa (clips 162-167): new recipes again, written after held-out-z without running the
# detector on them. Film material of six more kinds, clips of about 20 to 24 s with short shots,
# with an emphasis on light changing inside a shot and staying changed: a 2000s television
# broadcast of a Christmas midnight service (snow falling on a cathedral's front, a caption
# fading in, the nave's lights dimmed for a carol, a cut to a near-identical framing of the dim
# nave, a spotlight coming up on a soloist, a candle lit in the dark, a slow tilt up the organ
# pipes, a verger passing the lens, candles lit along the pews and a photographer's flash, the
# camera's iris opened on the bishop, a long dissolve from the front at midnight to the same
# front at dawn, credits rolling over black), a 1940s British home-front drama in 1.37, black and
# white (the windows of a terrace going dark one by one, a blackout blind pulled down, a bare bulb
# switched on, bombs flashing and a thud shaking the camera, searchlights sweeping, a hurricane
# lamp lit and turned up in a shelter, dust falling, a warden's torch into the lens, a fire
# flaring up, a long dissolve from the terrace at night to the same terrace at dawn, the dawn
# growing), a 2010s woodworking video (the strip lights switched on bank by bank, a jump cut in
# one framing, subtitles, a push in on a hand plane, a hand and sawdust passing the lens, a whip
# pan along the bench, a step caption, a phone camera re-metering, a cloud over the window, a cut
# between near-white shots of a stool), a 1990s gardening programme in 4:3 (a slow pan along a
# garden, a name caption sliding in, greenhouse blinds pulled down, a dark shed's door opened on
# the daylight, a bee passing the lens, the sun coming out over a pond, a wheelbarrow passing the
# lens, a long dissolve from the garden in the morning to the same garden at sunset, the sunset
# deepening, credits rolling), a 1970s prison drama in 1.85 (a whip pan along the tiers, venetian
# blinds opened, the block's lights going out bank by bank, a guard's torch sweeping a dark cell,
# cuts between dark shots, a cell door opened on a lit corridor, a searchlight sweeping the yard,
# a muzzle flash, credits rolling) and a 1980s hacker thriller in 2.35 (lightning over the city, a
# typed caption, a monitor switched on in a dark room, scrolling text, a crash zoom on the screen,
# a desk lamp switched on, a power cut to red emergency light, a car's headlights sweeping past a
# phone booth in the rain, a dolly in); cuts between near-identical framings and to closer
# framings, between dark and between near-white shots, dissolves of 10 to 36 frames (three between
# the same place at two times of day), pixel dissolves, fades through black, white and grays and
# fade outs and ins.
_MM = "xmas-aa grain51-aa bug-aa"
_HF = "forties-aa flick-aa grain52-aa weave-aa box137-aa"
_WW = "maker-look-aa grain53-aa"
_GF = "tv90-aa grain54-aa box43-aa"
_PR = "seventies-aa grain55-aa box185-aa"
_PH = "cyber-aa grain56-aa box235-aa"
HELD_OUT_AA = [
    ("midnight-mass", [S("front-aa", 48, 0, f"caption-aa {_MM}"), "fade:18",
                       S("nave-aa", 70, 0, f"dimnave-aa {_MM}"), "cut",
                       S("nave-aa", 34, 70, f"navedim-aa near-aa {_MM}"), "cut",
                       S("choir-aa", 50, 0, f"spot-aa {_MM}"), "cut",
                       S("choir-aa", 36, 50, f"spotlit-aa closer-aa {_MM}"), "fade:12",
                       S("candles-aa", 46, 0, f"candleon-aa {_MM}"), "cut",
                       S("candles-aa", 32, 46, f"candlelit-aa closer-aa {_MM}"), "dissolve:16",
                       S("organ-aa", 50, 0, f"tiltup-aa {_MM}"), "cut",
                       S("bishop-aa", 44, 0, f"verger-aa {_MM}"), "cut",
                       S("nave-aa", 52, 140, f"navedim-aa pewcandles-aa pewflash-aa low-aa {_MM}"),
                       "fadegrays:14",
                       S("bishop-aa", 52, 44, f"irisopen-aa closer-aa {_MM}"), "fade:20",
                       S("front-aa", 64, 48, f"left-aa {_MM}"), "fade:30",
                       S("frontdawn-aa", 62, 82, f"left-aa {_MM}"), "fadeblack:16",
                       S("mass-aa", 56, 0, _MM)]),
    ("home-fires", [S("title2-aa", 36, 0, _HF), "fadeio:10:12",
                    S("terrace-aa", 54, 0, f"windowsout-aa {_HF}"), "cut",
                    S("terrace-aa", 30, 54, f"windowsdark-aa closer-aa {_HF}"), "cut",
                    S("kitchen-aa", 52, 0, f"blackout-aa {_HF}"), "cut",
                    S("mother-aa", 38, 0, _HF), "cut",
                    S("kitchen-aa", 40, 52, f"blackedout-aa bulbon-aa near-aa {_HF}"), "fadeblack:14",
                    S("searchlights-aa", 46, 0, f"bombs-aa thud-aa {_HF}"), "cut",
                    S("shelter-aa", 52, 0, f"hurricane-aa {_HF}"), "cut",
                    S("mother-aa", 34, 38, f"closer-aa {_HF}"), "cut",
                    S("shelter-aa", 36, 52, f"hurricanelit-aa dustfall-aa thud-aa angle-aa {_HF}"), "fade:20",
                    S("warden-aa", 40, 0, f"torchlens-aa {_HF}"), "cut",
                    S("terracenight-aa", 46, 100, f"fireflare-aa near-aa {_HF}"), "fade:32",
                    S("terracedawn-aa", 80, 114, f"dawnup-aa near-aa {_HF}"), "fadeio:14:10",
                    S("serif:THE END", 36, 0, _HF)]),
    ("shop-stool", [S("bench-aa", 60, 0, f"shoplights-aa {_WW}"), "cut",
                    S("maker-aa", 40, 0, f"subs1-aa {_WW}"), "cut",
                    S("maker-aa", 34, 240, _WW), "cut",
                    S("plane-aa", 48, 0, f"pushin-aa {_WW}"), "fade:10",
                    S("plane-aa", 36, 48, f"handpass-aa closer-aa {_WW}"), "cut",
                    S("saw-aa", 44, 0, f"sawdust-aa {_WW}"), "cut",
                    S("bench-aa", 50, 60, f"whipbench-aa step-aa {_WW}"), "dissolve:14",
                    S("maker-aa", 46, 120, f"remeter-aa {_WW}"), "cut",
                    S("bench-aa", 52, 110, f"cloud-aa angle-aa {_WW}"), "fadewhite:12",
                    S("stool-aa", 40, 0, _WW), "cut",
                    S("stooltop-aa", 34, 0, _WW), "fade:14",
                    S("maker-aa", 40, 200, f"closer-aa {_WW}"), "fadeblack:12",
                    S("endscreen-aa", 48, 0, _WW)]),
    ("green-fingers", [S("titleg-aa", 36, 0, _GF), "dissolve:12",
                       S("garden-aa", 56, 0, f"pangarden-aa {_GF}"), "cut",
                       S("presenter-aa", 44, 0, f"namecap-aa {_GF}"), "cut",
                       S("presenter-aa", 30, 44, f"closer-aa {_GF}"), "cut",
                       S("greenhouse-aa", 56, 0, f"blinds-aa {_GF}"), "fade:14",
                       S("greenhouse-aa", 34, 56, f"blindsdown-aa near-aa {_GF}"), "cut",
                       S("shed-aa", 56, 0, f"shedopen-aa {_GF}"), "cut",
                       S("border-aa", 44, 0, f"panborder-aa bee-aa {_GF}"), "fadegrays:12",
                       S("pond-aa", 56, 0, f"sunout-aa {_GF}"), "cut",
                       S("pond-aa", 30, 56, f"sunny-aa closer-aa {_GF}"), "cut",
                       S("presenter-aa", 40, 100, f"barrow-aa near-aa {_GF}"), "fade:16",
                       S("garden-aa", 64, 100, f"near-aa {_GF}"), "fade:36",
                       S("gardeneve-aa", 76, 128, f"dusk-aa near-aa {_GF}"), "fadeblack:16",
                       S("roll-aa", 52, 0, _GF)]),
    ("lockdown", [S("tiers-aa", 56, 0, f"whiptiers-aa {_PR}"), "cut",
                  S("office-aa", 50, 0, f"blindsopen-aa {_PR}"), "cut",
                  S("guard-aa", 36, 0, _PR), "cut",
                  S("office-aa", 34, 50, f"blindsopened-aa closer-aa {_PR}"), "fadeblack:14",
                  S("tiers-aa", 60, 56, f"lightsout-aa angle-aa {_PR}"), "cut",
                  S("cell-aa", 50, 0, f"torchsweep-aa {_PR}"), "cut",
                  S("convict-aa", 36, 0, _PR), "cut",
                  S("cell-aa", 48, 50, f"dooropen-aa near-aa {_PR}"), "fade:16",
                  S("yard-aa", 50, 0, f"muzzle-aa {_PR}"), "cut",
                  S("yard-aa", 32, 50, f"near-aa {_PR}"), "dissolve:18",
                  S("convict-aa", 56, 36, f"closer-aa {_PR}"), "fade:22",
                  S("tiers-aa", 56, 140, f"lightsoff-aa near-aa {_PR}"), "fadeblack:16",
                  S("cellblock-aa", 50, 0, _PR)]),
    ("phreak", [S("skyline-aa", 48, 0, f"lightning-aa typed-aa {_PH}"), "cut",
                S("den-aa", 56, 0, f"crton-aa {_PH}"), "cut",
                S("hacker-aa", 40, 0, _PH), "cut",
                S("screen-aa", 48, 0, f"crashzoom-aa {_PH}"), "cut",
                S("den-aa", 40, 56, f"crtlit-aa desklamp-aa near-aa {_PH}"), "fade:12",
                S("racks-aa", 54, 0, f"powercut-aa {_PH}"), "cut",
                S("racks-aa", 32, 54, f"powerred-aa closer-aa {_PH}"), "fadeblack:14",
                S("booth-aa", 52, 0, f"carlights-aa dolly-aa {_PH}"), "cut",
                S("booth-aa", 30, 52, f"closer-aa {_PH}"), "dissolve:12",
                S("hacker-aa", 40, 40, f"closer-aa {_PH}"), "cut",
                S("screen-aa", 36, 48, f"near-aa {_PH}"), "fadewhite:10",
                S("skyline-aa", 50, 48, f"angle-aa {_PH}"), "fade:26",
                S("den-aa", 52, 96, f"crtlit-aa left-aa {_PH}"), "fadeio:12:10",
                S("phreak-aa", 44, 0, _PH)]),
]
