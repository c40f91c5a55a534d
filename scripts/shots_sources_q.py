"""Sources, effects and recipes of held-out-q (clips 102-107), merged into LAVFI, FX, TEXT_FILES
and the clip list by shots-corpus.py.

Own seeds again: nothing random is shared with clips 00-101. Drawn scenes for six more kinds of
film: a bank's columned front with a striped robber running out with his sack, a row of
shopfronts with four policemen in helmets running past, a flivver bouncing along a road past
telegraph poles, a streetcar under its wire and rooftops at night with chimney pots and washing
on a line, with ornate intertitles, in amber and blue tints, undercranked, with flicker, weave,
scratches, grain and a heavy vignette (a 1920s slapstick chase); a monk writing at his desk by a
candle, the manuscript page with its illuminated initial and the quill at work, the cloister at
night crossed by a monk with a lantern, the chapel with its candles, stained glass and choir, the
bell rope pulled in the tower, the abbot's face by candlelight and a stained-glass window at dawn
(a candle-lit monastery drama, dark and slow, with rolling credits); the rink's neon sign with its
chaser bulbs, the rink with skaters circling under the mirror ball's spots, the mirror ball, the
skates on the boards, the DJ at his turntables and a couple skating hand in hand past the lights
(a 1970s roller disco); a sledge party on the ice field, a dog team, an icebreaker's bow in the
pack ice, tents in blowing snow, the expedition's hut with its stove, a polar bear on the snow
and a climber in a blue crevasse (a polar expedition documentary, near-white and low in
contrast); the pool from above with the swimmers' kaleidoscope, the swimmers under water with
bubbles and light rays, the diving tower, the fountains lit in colours, the star swimmer in her
flowered cap and the grandstand (a 1950s aquacade in Technicolor and CinemaScope); a wet street
at night with a taxi passing, the view through the windscreen with its wipers, the driver lit by
passing street lights, the rear-view mirror with dice, the meter, the passenger in the back seat
washed by neon and a diner in the rain (a 1970s taxi film at night, in scope).
"""

from shots_lavfi import FONT, SERIF, either as _either, overlay as _overlay, paint as _paint
from shots_recipes import S


def _f(v):
    """A number as written in an expression."""
    return f"{v:.6g}"


def _lines(src, lines, size, y0, step, color, font=SERIF):
    """src with lines of text centred, the first at y0, one every step pixels."""
    for k, line in enumerate(lines):
        src += (f",drawtext=fontfile={font}:fontsize={size}:fontcolor={color}:text='{line}'"
                f":x=(w-tw)/2:y={y0 + k * step}")
    return src


# A 1920s slapstick chase (drawn in greys: the amber and blue tints are effects).
def _runner(x, base, s, ph, speed):
    """A figure running at x (an expression) with its feet at base, scale s, stride phase ph:
    masks of its head, body, legs, arms and the top of its head (for a helmet or a cap)."""
    sw = f"sin(N*{speed}+{ph})"
    yb = f"({base}-{_f(3 * s)}*abs({sw}))"
    hip = f"({yb}-{_f(20 * s)})"
    return dict(
        head=f"lt(hypot(X-{x},Y-{yb}+{_f(62 * s)}),{_f(7 * s)})",
        body=f"lt(hypot((X-{x})/{_f(10 * s)},(Y-{yb}+{_f(38 * s)})/{_f(19 * s)}),1)",
        legs=_either(f"lt(abs(X-{x}-(Y-{hip})*0.7*{sw}),{_f(2.6 * s)})*between(Y,{hip},{yb})",
                     f"lt(abs(X-{x}+(Y-{hip})*0.7*{sw}),{_f(2.6 * s)})*between(Y,{hip},{yb})"),
        arms=_either(f"lt(abs(Y-{yb}+{_f(48 * s)}-(X-{x})*0.9*{sw}),{_f(2.2 * s)})*lt(abs(X-{x}),{_f(17 * s)})",
                     f"lt(abs(Y-{yb}+{_f(44 * s)}+(X-{x})*0.5*{sw}),{_f(2.2 * s)})*lt(abs(X-{x}),{_f(15 * s)})"),
        helmet=_either(f"lt(hypot((X-{x})/{_f(7.5 * s)},(Y-{yb}+{_f(68 * s)})/{_f(8 * s)}),1)*lt(Y,{yb}-{_f(64 * s)})",
                       f"lt(hypot(X-{x},Y-{yb}+{_f(77 * s)}),{_f(2 * s)})"),
        cap=f"lt(hypot((X-{x}-{_f(2 * s)})/{_f(9 * s)},(Y-{yb}+{_f(67 * s)})/{_f(3.5 * s)}),1)",
        eyes=f"lt(abs(Y-{yb}+{_f(63 * s)}),{_f(1.6 * s)})*lt(abs(X-{x}),{_f(7 * s)})",
        sack=f"lt(hypot(X-{x}+{_f(11 * s)},Y-{yb}+{_f(72 * s)}),{_f(9 * s)})",
        yb=yb)


def _cop(x, base, s, ph, speed, on="1"):
    """A policeman in his helmet and dark tunic, running (layers, those on top first)."""
    r = _runner(x, base, s, ph, speed)
    return [(f"{r['helmet']}*{on}", 34, 128, 128),
            (f"lt(hypot(X-{x},Y-{r['yb']}+{_f(66 * s)}),{_f(1.6 * s)})*{on}", 220, 128, 128),
            (f"{r['head']}*{on}", 196, 128, 128), (f"{r['arms']}*{on}", 40, 128, 128),
            (f"{r['body']}*lt(abs(X-{x}),1.2)*lt(mod(Y,7),2.2)*{on}", 214, 128, 128),
            (f"{r['body']}*{on}", 36, 128, 128), (f"{r['legs']}*{on}", 30, 128, 128)]


_RX = "(150+4.2*mod(N,80))"
_ROBBER = _runner(_RX, 150, 1, 0, 1.35)
_ROBBERL = [(_ROBBER["sack"], 176, 128, 128), (_ROBBER["cap"], 26, 128, 128), (_ROBBER["eyes"], 12, 128, 128),
            (_ROBBER["head"], 192, 128, 128), (_ROBBER["arms"], 46, 128, 128),
            (_ROBBER["body"], "if(lt(mod(Y,6),3),40,206)", 128, 128), (_ROBBER["legs"], 52, 128, 128)]
_BKBLOCKS = "gt(lt(mod(Y,12),1.2)+lt(mod(X+14*mod(floor(Y/12),2),28),1.2),0)"
_BKCOL = "lt(abs(mod(X-20,70)-35),9)*between(Y,44,138)"
_BKCAP = "lt(abs(mod(X-20,70)-35),13)*between(Y,40,46)"
_SHOPWIN = "between(mod(X,80),12,58)*between(Y,54,104)"
_CX = [f"(mod(30+3.3*N+64*{k},440)-60)" for k in range(4)]
_FBOB = "(2.5*abs(sin(N*1.3)))"


def _wheel(cx, cy, r, w):
    """A spoked wheel at (cx, cy) turning w radians a frame: (tyre, spokes, disc)."""
    rr = f"hypot(X-{cx},Y-{cy})"
    return (f"between({rr},{_f(r * 0.7)},{r})",
            f"lt(abs(sin(atan2(Y-{cy},X-{cx})*6-N*{w})),0.22)*lt({rr},{_f(r * 0.7)})",
            f"lt({rr},{r})")


_FW = [_wheel(125, f"(124+{_FBOB})", 16, 1.3), _wheel(232, f"(124+{_FBOB})", 16, 1.3)]
_TX0 = "(290-2.4*mod(N,160))"
_TRBODY = f"between(X-{_TX0},0,200)*between(Y,60,130)"
_TRWIN = f"lt(mod(X-{_TX0},25),16)*between(Y,70,95)*between(X-{_TX0},8,192)"
_TRHEADS = f"lt(hypot(mod(X-{_TX0},25)-8,Y-90),5)*between(X-{_TX0},8,192)"
_TRPOLE = f"lt(abs(Y-52+(X-{_TX0}-150)*0.8),1.5)*between(Y,8,52)"
_RFX = "(40+1.1*mod(N,200))"
_RFROOF = "gt(Y,132-0.12*X)"
_SKYLINE = "lt(Y,86+34*gt(sin(floor(X/26)*2.7),0.2)-18*gt(sin(floor(X/26)*5.1),0.6))"
_SKYWIN = "lt(mod(X,9),4)*lt(mod(Y,11),5)*gt(sin(floor(X/9)*3.7+floor(Y/11)*1.9),0.6)"
_POTS = "between(mod(X,90),20,40)*between(Y,92,132-0.12*X)"
_WASHING = "between(mod(X,40),8,30)*between(Y,73,92+5*sin(N*0.5+X/10))*between(X,60,300)"


def _intertitle(lines, y0):
    """An intertitle: lines of serif text in a double ruled border with corner rings."""
    border = _either("between(X,52,268)*between(Y,16,164)*not(between(X,55,265)*between(Y,19,161))",
                     "between(X,60,260)*between(Y,24,156)*not(between(X,61,259)*between(Y,25,155))",
                     "lt(abs(hypot(abs(X-160)-92,abs(Y-90)-58)-6),1.2)")
    return _lines(_paint([(border, 196, 128, 128)], ("10+5*sin(X/3)*sin(Y/4)", 128, 128)),
                  lines, 17, y0, 26, "0xf0f0f0")


# A candle-lit monastery drama.
_STONE = "gt(lt(mod(Y,16),1.5)+lt(mod(X+16*mod(floor(Y/16),2),32),1.5),0)"
_CFX = "(214+1.5*sin(N*0.7)+0.8*sin(N*1.9))"
_HX = "(172+5*sin(N*0.5)+2*sin(N*1.7))"
_QX = "(80+mod(N,200))"
_ROW = "floor((Y-30)/14)"
_GLYPH = (f"lt(mod(Y-30,14),7)*gt(sin(X*1.9+{_ROW}*3.7)*sin(X*0.53+{_ROW}),-0.25)*lt(mod(X+{_ROW}*7,23),19)"
          f"*between(X,80,280)*between(Y,30,128)*if(eq({_ROW},6),lt(X,{_QX}),lt({_ROW},6))")
_MX = "(40+1.4*N)"
_MB = "(1.5*abs(sin(N*0.4)))"
_ARCH = _either("lt(abs(mod(X,64)-32),22)*between(Y,62,140)", "lt(hypot(mod(X,64)-32,Y-62),22)*lt(Y,62)")
_CHOIR = "(lt(X,60)+gt(X,260))"
_CMX = "(mod(X,30)-15)"
_SALLY = "(20*sin(N*0.22))"
_BELLX = "(160+6*sin(N*0.22+1.5))"
_AEX = "(2.5*sin(N*0.06))"
_DIAG = "floor((X+Y)/26)"
_ADIAG = "floor((X-Y)/26)"
_DAWN = "clip((N-2)/12,0,1)"

# A 1970s roller disco.
_BRICKR = "gt(lt(mod(Y,8),1)+lt(mod(X+10*mod(floor(Y/8),2),20),1),0)"
_OVAL = "hypot((X-160)/118,(Y-50)/34)"


def _skater(k):
    """One of six skaters circling the rink: layers (hair, head, body, legs), those on top first."""
    a = f"(N*0.07+{_f(k * 1.047)})"
    x, y, s = f"(160+118*cos({a}))", f"(128+34*sin({a}))", f"(0.8+0.25*sin({a}))"
    cb, cr = (_f(128 + 60 * v) for v in ((-1, 0.3, 1, -0.6, 0.7, -0.2)[k], (0.8, -1, 0.2, 0.9, -0.5, 0.1)[k]))
    return [(f"lt(hypot(X-{x},Y-{y}+41*{s}),7*{s})*lt(Y,{y}-38*{s})", 20, 128, 134),
            (f"lt(hypot(X-{x},Y-{y}+36*{s}),5.5*{s})", 110, 112, 150),
            (f"lt(hypot((X-{x})/(7*{s}),(Y-{y}+20*{s})/(14*{s})),1)", 150, cb, cr),
            (f"lt(abs(abs(X-{x})-3*{s}),1.8*{s})*between(Y,{y}-8*{s},{y})", 70, 128, 128)]


_SPOTS = "lt(hypot(mod(X+N*5+17*floor(Y/23),37)-18,mod(Y-N*1.5,23)-11),2.1)"
_BR = "hypot(X-160,Y-84)"
_LON = "(atan2(X-160,sqrt(max(3136-pow(X-160,2)-pow(Y-84,2),1)))+N*0.09)"
_FAC = f"(floor({_LON}*10)*12.9+floor((Y-84)/6)*7.7)"
_SA = "(140+34*sin(N*0.42))"
_SB = "(184-34*sin(N*0.42))"


def _skate(x):
    """A roller skate at x seen from the side: layers, those on top first."""
    layers = []
    for wx in (f"({x}-14)", f"({x}+14)"):
        rr = f"hypot(X-{wx},Y-124)"
        layers += [(f"lt({rr},3)", 240, 128, 128),
                   (f"lt(abs(sin(atan2(Y-124,X-{wx})+N*1.6)),0.3)*lt({rr},8)", 150, 70, 150),
                   (f"lt({rr},8)", 200, 50, 156)]
    return layers + [(f"between(X,{x}-22,{x}+22)*between(Y,110,115)", 160, 128, 128),
                     (f"lt(hypot(X-{x}-22,Y-110),5)", 40, 120, 190),
                     (f"lt(abs(X-{x}+4),6)*lt(mod(Y,6),1.5)*between(Y,46,90)", 50, 128, 128),
                     (_either(f"lt(hypot((X-{x})/22,(Y-96)/16),1)*gt(Y,80)", f"lt(abs(X-{x}+4),14)*between(Y,40,98)"),
                      236, 128, 128),
                     (f"lt(abs(X-{x}+4),13)*between(mod(Y,14),4,8)*lt(Y,40)", 90, 170, 90),
                     (f"lt(abs(X-{x}+4),13)*lt(Y,40)", 230, 128, 128)]


def _deck(tx):
    """A turntable at tx: layers, those on top first."""
    ang = f"atan2((Y-142)*4,X-{tx})"
    return [(f"lt(hypot((X-{tx})/13,(Y-142)/3.3),1)*gt(cos({ang}-N*0.9),0.8)", 250, 128, 128),
            (f"lt(hypot((X-{tx})/13,(Y-142)/3.3),1)", 170, 90, 200),
            (f"lt(hypot((X-{tx})/46,(Y-142)/11),1)", f"24+16*lt(mod(hypot(X-{tx},(Y-142)*4),6),1)", 128, 128),
            (f"lt(abs(X-{tx}),56)*between(Y,130,154)", 90, 120, 140)]


_DBOB = "(3*abs(sin(N*0.5)))"
_BOKX = "(X+11*N+31*floor(Y/40))"
_GX = "(128+4*sin(N*0.2))"
_GY = "(196+4*sin(N*0.2+0.5))"

# A polar expedition documentary.
_SLX = "(250-0.5*N)"
_DOGS = [f"({40 + 40 * k}+2*sin(N*1.1+{k}))" for k in range(6)]


def _dog(x, k):
    """A sled dog running at x: layers, those on top first."""
    ph = f"sin(N*1.1+{k})"
    b = f"(2*abs({ph}))"
    return [(f"lt(hypot(X-{x}-13,Y-114+{b}),4.5)", 96, 126, 130),
            (f"lt(hypot(X-{x}-16,Y-110+{b}),1.6)", 40, 128, 128),
            (f"lt(hypot((X-{x})/12,(Y-122+{b})/3),1)", 170, 128, 128),
            (f"lt(hypot((X-{x})/12,(Y-120+{b})/5),1)", 84, 126, 130),
            (_either(f"lt(abs(X-{x}-7-(Y-124)*0.6*{ph}),1.5)*between(Y,124,133)",
                     f"lt(abs(X-{x}+7+(Y-124)*0.6*{ph}),1.5)*between(Y,124,133)"), 70, 128, 128)]


_FLOES = "gt(sin(X/17+sin((Y+3*N)/9)*2)*sin((Y+3*N)/7+X/40),-0.55)"
_PITCH = "(3*sin(N*0.2))"
_SPIN = "gt(sin((X-20*N)/7+sin(Y/3)*2)*sin(Y*1.3+N),0.6)*(0.5+0.5*sin(Y/17+N*0.2))"


def _tent(x, y, w):
    """A pyramid tent at x with its base at y, w wide: (tent, shaded side)."""
    return (f"lt(abs(X-{x}),(Y-{y}+{_f(w * 0.9)})*0.55)*between(Y,{_f(y - w * 0.9)},{y})",
            f"lt(X-{x},(Y-{y}+{_f(w * 0.9)})*0.55)*gt(X,{x})*between(Y,{_f(y - w * 0.9)},{y})")


_TENTS = [_tent(70, 132, 50), _tent(170, 124, 40), _tent(250, 128, 46)]
_BX = "(80+0.9*mod(N,200))"
_BLEG = [f"lt(abs(X-{_BX}-({d})-(Y-124)*0.3*sin(N*0.35+{p})),5)*between(Y,120,142)"
         for d, p in ((-30, 0), (-20, 3.1), (22, 1.6), (32, 4.7))]
_CY = "(40+0.6*mod(N,200))"

# A 1950s aquacade.
_PR = "hypot(X-160,Y-90)"
_PA = "(atan2(Y-90,X-160)-N*0.04)"
_SWIM = f"lt(abs(mod({_PA}*1.2732,1)-0.5)*{_PR},5)"
_CAUSTIC = ("exp(-pow(sin(X/10+1.7*sin(Y/15+N*0.1))+sin(Y/11+1.5*sin(X/13-N*0.08)),2)*6)")
_BUB = "lt(abs(hypot(mod(X+9*floor((Y+3*N)/37),41)-20,mod(Y+3*N,37)-18)-3),1.1)"
_DV = "mod(N,100)"
_DY = f"(58+0.35*pow(max({_DV}-18,0),2))"
_DX = f"(150-0.8*max({_DV}-18,0))"
_JETS = [(f"(160+{40 * k})", f"(42+22*abs(sin(N*0.12+{k})))", k) for k in range(-3, 4)]
_SBOB = "(3*sin(N*0.15))"
_RIPPLE = "lt(abs(mod(hypot(X-160,Y-110)-N*1.2,14)-7),1.5)"
_SEAT = "(floor((X+9*floor(Y/18))/18)*3.1+floor(Y/18)*1.7)"

# A 1970s taxi film at night.
_TAXI = "(360-3.2*mod(N,150))"
_RAINQ = "lt(mod(X+0.3*Y,11),1)*gt(mod(Y+N*17+37*floor((X+0.3*Y)/11),53),44)"
_SIGNQ = [(20, 64, 30, 52, 170, 150, 200), (92, 118, 20, 70, 180, 70, 120), (196, 250, 36, 54, 190, 170, 80),
          (268, 300, 22, 74, 170, 110, 210)]
_PHI = "(1.2*sin(N*0.17))"


def _wiper(px):
    """A wiper blade pivoting at (px, 176), swept through the angle _PHI from the vertical."""
    along = f"((X-{px})*sin({_PHI})-(Y-176)*cos({_PHI}))"
    perp = f"((X-{px})*cos({_PHI})+(Y-176)*sin({_PHI}))"
    return f"lt(abs({perp}),2.5)*between({along},10,150)"


_SWEEP = "(mod(N*12,480)-80)"
_PASSBOK = "lt(hypot(mod(X+8*N+23*floor(Y/45),61)-30,mod(Y,45)-22),8)"
_DICEX = "(150+12*sin(N*0.25))"

LAVFI_Q = {
    # A 1920s slapstick chase.
    "bank-q": _lines(_paint(_cop("100", 150, 1, 1.2, 0.08, "gt(N,150)") + _ROBBERL
                            + [("lt(abs(X-40),2.2)*between(Y,50,154)", 30, 128, 128),
                               ("lt(hypot((X-40)/7,(Y-46)/9),1)", 64, 128, 128),
                               ("between(X,178,190)*between(Y,84,138)", 92, 128, 128),
                               ("between(X,142,178)*between(Y,84,138)", 26, 128, 128),
                               (_BKCAP, 214, 128, 128), (_BKCOL, "192-50*lt(mod(X,5),1.2)", 128, 128),
                               ("between(Y,24,40)*between(X,14,306)", 176, 128, 128),
                               ("lt(abs(X-160),(Y-4)*7.5)*between(Y,4,24)", "166-30*lt(abs(Y-22),1.2)", 128, 128),
                               ("between(Y,40,138)*between(X,14,306)", f"150-40*{_BKBLOCKS}", 128, 128),
                               ("between(Y,138,154)", "186-46*lt(mod(Y-138,5),1.2)", 128, 128),
                               ("gt(Y,154)", "118+16*gt(sin(X*0.9)*sin(Y*1.3),0.3)", 128, 128)],
                            ("216-0.5*Y", 128, 128)),
                     ["NATIONAL BANK"], 12, 27, 0, "0x303030"),
    "cops-q": _paint([layer for k in range(4) for layer in _cop(_CX[k], 150, 0.95, _f(k * 1.7), 1.25)]
                     + [("lt(abs(X-250),5)*between(Y,124,146)", 66, 128, 128),
                        ("lt(hypot((X-250)/7,(Y-124)/4),1)", 80, 128, 128),
                        ("lt(abs(mod(X,80)-35),1.5)*between(Y,54,104)", 40, 128, 128),
                        (_SHOPWIN, "70+70*gt(sin((X+Y)*0.25),0.7)", 128, 128),
                        ("between(mod(X,80),6,64)*between(Y,40,54)", "90+100*lt(mod(X,10),5)", 128, 128),
                        ("between(Y,26,38)", "60+130*lt(mod(X,80),50)*lt(abs(Y-32),1.5)*lt(mod(X,6),3)", 128, 128),
                        ("between(Y,24,122)", "142-30*lt(mod(Y,9),1)", 128, 128),
                        ("between(Y,122,146)", "176-40*lt(mod(X,30),1)", 128, 128),
                        ("between(Y,146,149)", 120, 128, 128), ("gt(Y,149)", 108, 128, 128)],
                     ("212-0.6*Y", 128, 128)),
    "flivver-q": _paint([(f"lt(hypot(X-175,Y-82-{_FBOB}),8)", 196, 128, 128),
                         (f"lt(hypot((X-175)/8,(Y-72-{_FBOB})/6),1)*lt(Y,75+{_FBOB})", 34, 128, 128)]
                        + [(w[1], 60, 128, 128) for w in _FW] + [(w[0], 24, 128, 128) for w in _FW]
                        + [(w[2], 196, 128, 128) for w in _FW]
                        + [(f"between(X,150,198)*between(Y,68+{_FBOB},94+{_FBOB})", 176, 128, 128),
                           (f"between(X,124,210)*between(Y,58+{_FBOB},63+{_FBOB})", 22, 128, 128),
                           (f"lt(hypot(X-252,Y-104-{_FBOB}),5)", 226, 128, 128),
                           (_either(f"between(X,200,250)*between(Y,96+{_FBOB},118+{_FBOB})",
                                    f"between(X,130,205)*between(Y,62+{_FBOB},118+{_FBOB})",
                                    f"between(X,96,135)*between(Y,94+{_FBOB},118+{_FBOB})"), 36, 128, 128),
                           ("lt(mod(X+16*N,110),3)*between(Y,36,128)", 40, 128, 128),
                           ("lt(mod(X+16*N,110),24)*lt(abs(Y-42),1.5)", 50, 128, 128),
                           ("lt(mod(X+16*N,18),2)*between(Y,112,128)", 90, 128, 128),
                           ("lt(mod(X+24*N,60),30)*between(Y,150,154)", 200, 128, 128),
                           ("gt(Y,128)", "142+10*sin((X+24*N)/3)*gt(Y,156)", 128, 128),
                           ("gt(Y,100-12*abs(sin(X/40+0.5)))", 150, 128, 128)],
                        ("218-0.4*Y", 128, 128),
                        add="70*exp(-pow(hypot((X-74)/40,(Y-116)/16),2))*(0.6+0.4*sin(X/7+N*1.5))"),
    "trolley-q": _paint([(_TRPOLE, 30, 128, 128), ("lt(abs(Y-8),1)", 20, 128, 128),
                         (f"lt(hypot(mod(X-{_TX0},50)-25,Y-132),7)*between(X-{_TX0},10,190)", 24, 128, 128),
                         (_TRHEADS, 170, 128, 128), (_TRWIN, 62, 128, 128),
                         (f"between(X-{_TX0},0,200)*between(Y,52,60)", 60, 128, 128),
                         (_TRBODY, f"150-40*lt(abs(Y-104),2)+30*lt(abs(mod(X-{_TX0},25)-20),1)", 128, 128),
                         ("lt(abs(Y-140),1.5)+lt(abs(Y-150),1.5)", 60, 128, 128),
                         ("gt(Y,130)", "124+10*lt(mod(X,16),1.5)*between(Y,140,150)", 128, 128),
                         ("between(Y,20,130)*lt(mod(X,16),9)*lt(mod(Y,22),12)", 96, 128, 128),
                         ("between(Y,20,130)", "150-20*gt(sin(floor(X/64)*2.9),0)", 128, 128)],
                        ("214-0.5*Y", 128, 128)),
    "rooftop-q": _paint([(f"lt(hypot((X-{_RFX})/9,(Y-124+0.12*{_RFX})/10),1)", 14, 128, 128),
                         (f"lt(hypot(X-{_RFX}-8,Y-136+0.12*{_RFX}),5)", 14, 128, 128),
                         (_WASHING, "170+20*sin(X/4)", 128, 128),
                         ("lt(abs(Y-70-0.002*pow(X-180,2)),1)*between(X,56,304)", 120, 128, 128),
                         (_POTS, "48+20*lt(mod(X,90),24)", 128, 128),
                         (_RFROOF, "64+16*lt(mod(X-6*Y,14),2)", 128, 128),
                         (f"{_SKYLINE}*{_SKYWIN}", 200, 128, 128), (_SKYLINE, 20, 128, 128),
                         ("lt(hypot(X-250,Y-36),15)", 232, 128, 128)],
                        ("46+30*exp(-hypot(X-250,Y-36)/60)", 128, 128)),
    "title-q": _intertitle(["HOLD THAT THIEF"], 80),
    "after-q": _intertitle(["AFTER HIM", "BOYS!"], 64),
    "morning-q": _intertitle(["THE NEXT", "MORNING"], 64),
    "end-q": _intertitle(["THE END"], 80),
    # A candle-lit monastery drama.
    "scribe-q": _paint([(f"lt(hypot((X-{_CFX})/3.2,(Y-76)/8),1)", 250, 80, 176),
                        ("between(X,209,219)*between(Y,84,114)", 220, 116, 140),
                        ("between(X,202,226)*between(Y,112,116)", 120, 110, 150),
                        (f"lt(abs((X-{_HX}-2)+(Y-112)*0.55),1.3)*between(Y,88,112)", 236, 124, 132),
                        (f"lt(hypot(X-{_HX},Y-112),6)", 160, 108, 158),
                        ("lt(abs(Y-106-(X-120)*0.18),7)*between(X,116,172)", 60, 118, 142),
                        ("lt(hypot((X-130)/12,(Y-72)/17),1)", "100+80*clip((X-118)/24,0,1)", 108, 158),
                        ("lt(hypot((X-118)/32,(Y-66)/40),1)*lt(Y,98)", 56, 118, 142),
                        ("lt(hypot((X-108)/50,(Y-150)/66),1)", 50, 118, 142),
                        ("between(X,150,200)*between(Y,110,117)", 214, 116, 140),
                        ("between(X,240,290)*between(Y,96,116)", "110+60*lt(mod(Y,4),1)*gt(X,286)", 100, 170),
                        ("between(X,130,310)*between(Y,116,128)", 90, 112, 152),
                        ("lt(abs(mod(X,150)-20),5)*between(Y,128,180)*gt(X,130)", 60, 114, 148),
                        ("lt(hypot((X-60)/12,(Y-40)/20),1)", "34-20*lt(mod(X,6),1.2)", 150, 116)],
                       (f"26-8*{_STONE}", 120, 140),
                       "(0.35+1.3*exp(-hypot(X-214,Y-84)/80))*(0.93+0.05*sin(N*0.9)+0.02*sin(N*2.3))"),
    "page-q": _paint([(_either(f"lt(abs((X-{_QX}-30)/26),1)*lt(abs(Y-134),9)", f"lt(hypot((X-{_QX}-80)/50,(Y-156)/26),1)"),
                       "if(gt(X,{0}+56),45,150)".format(_QX), 110, "if(gt(X,{0}+56),140,156)".format(_QX)),
                      (f"lt(abs((X-{_QX})+(Y-120)*0.9),1.6)*between(Y,20,120)", 240, 124, 130),
                      (f"lt(abs((X-{_QX})+(Y-120)*0.9),6)*between(Y,20,70)", 226, 124, 132),
                      ("lt(abs(hypot((X-52)/12,(Y-50)/14)-1),0.15)*gt(X,51)+lt(abs(X-51),2)*between(Y,36,64)",
                       222, 70, 150),
                      ("between(X,38,72)*between(Y,30,70)*not(between(X,41,69)*between(Y,33,67))", 200, 70, 150),
                      ("between(X,38,72)*between(Y,30,70)", 110, 96, 196),
                      (f"{_GLYPH}*lt(Y,44)", 80, 110, 190), (_GLYPH, 34, 124, 136),
                      ("lt(abs(mod(Y-30,14)-13),0.5)*between(X,80,280)*between(Y,30,140)", 172, 112, 146)],
                     ("196+6*sin(X/7+Y/11)", 110, 146),
                     "(0.5+0.75*exp(-hypot(X-300,Y-10)/170))*(0.95+0.05*sin(N*0.8))"),
    "cloister-q": _paint([(f"lt(hypot(X-{_MX}-16,Y-108-{_MB}),4)", 250, 90, 172),
                          (f"lt(hypot(X-{_MX},Y-76-{_MB}),9)", 14, 128, 128),
                          (f"lt(hypot((X-{_MX})/14,(Y-112-{_MB})/34),1)", 14, 128, 128),
                          ("gt(Y,140)", "30+6*lt(mod(X+(Y-140)*2,30),1.5)", 122, 138),
                          (_ARCH, "20+22*gt(Y,110)*(0.6+0.4*sin(X/3))", 150, 116)],
                         (f"34-8*{_STONE}", 122, 138),
                         add=f"26*lt(abs(mod(X-0.6*(Y-140),64)-32),16)*gt(Y,140)"
                             f"+110*exp(-hypot(X-{_MX}-16,Y-108)/24)"),
    "chapel-q": _paint([(f"lt(hypot((mod(X,22)-11-1.2*sin(N*0.8+floor(X/22)*1.7))/2.2,(Y-111)/5.5),1)"
                         "*between(X,66,254)", 250, 84, 176),
                        ("lt(abs(mod(X,22)-11),2.4)*between(Y,118,146)*between(X,66,254)", 220, 120, 136),
                        ("lt(abs(X-160),2)*between(Y,96,146)+lt(abs(Y-108),2)*lt(abs(X-160),10)", 170, 90, 160),
                        ("between(X,66,254)*between(Y,146,156)", 190, 126, 134),
                        ("between(X,70,250)*gt(Y,150)", 60, 112, 150),
                        (f"lt(hypot({_CMX}/2.5,(Y-103)/(1+1.5*abs(sin(N*0.3+floor(X/30))))),1)*{_CHOIR}",
                         20, 128, 128),
                        (f"lt(hypot({_CMX}/6,(Y-98)/8),1)*{_CHOIR}", 120, 108, 158),
                        (f"lt(hypot({_CMX}/10,(Y-94)/13),1)*{_CHOIR}", 35, 122, 138),
                        (f"lt(abs({_CMX}),12)*gt(Y,104)*{_CHOIR}", 30, 122, 138),
                        (_either("lt(mod(X,8),1)*between(X,136,184)*between(Y,0,92)",
                                 "lt(mod(Y,9),1)*between(X,136,184)*between(Y,0,92)"), 10, 128, 128),
                        (_either("between(X,136,184)*between(Y,18,92)", "lt(hypot(X-160,Y-18),24)*lt(Y,18)"),
                         "60+30*gt(sin(X/3)*sin(Y/4),0)", "128+50*sin(floor(X/8)*2.1+floor(Y/9)*1.3)",
                         "128+50*cos(floor(X/8)*1.7+floor(Y/9)*2.9)")],
                       ("14+4*sin(X/13)", 124, 138),
                       "(0.5+1.1*exp(-pow((Y-118)/50,2))*exp(-pow((X-160)/120,2)))",
                       "40*exp(-pow((Y-111)/14,2))*between(X,60,260)"),
    "bell-q": _paint([(f"between(Y,96+{_SALLY},122+{_SALLY})*lt(abs(X-160),4)",
                       f"if(lt(mod(Y-{_SALLY},8),4),200,110)", 110, f"if(lt(mod(Y-{_SALLY},8),4),132,196)"),
                      (f"lt(hypot((X-160)/7,(Y-128-{_SALLY})/5),1)", 150, 108, 158),
                      (f"lt(abs(X-160-(Y-128-{_SALLY})*0.5),5)*between(Y,128+{_SALLY},180)", 36, 122, 138),
                      (f"lt(hypot((X-200)/16,(Y-150-0.3*{_SALLY})/18),1)", 34, 122, 138),
                      ("lt(hypot((X-196)/44,(Y-196)/50),1)", 30, 122, 138),
                      (f"lt(abs(X-{_BELLX}),1.6)*lt(Y,170)", 130, 116, 146),
                      (f"lt(hypot((X-{_BELLX})/58,(Y+6)/40),1)*lt(Y,30)", f"70+50*exp(-pow((X-{_BELLX}+20)/20,2))",
                       106, 156),
                      ("between(X,58,66)*between(Y,10,40)", 120, 150, 116)],
                     (f"20-6*{_STONE}", 124, 136),
                     add="36*exp(-pow((X-70-0.55*Y)/12,2))"),
    "abbot-q": _paint([(f"lt(hypot((X-262-1.5*sin(N*0.8))/3.5,(Y-150)/8),1)", 250, 84, 176),
                       ("between(X,257,267)*gt(Y,158)", 210, 120, 136),
                       ("lt(hypot((X-150)/12,(Y-122)/2),1)", 25, 128, 136),
                       ("lt(hypot((X-150)/34,(Y-140)/24),1)*gt(Y,124)",
                        "60+90*exp(-hypot(X-200,Y-150)/60)+10*sin(X*1.3+Y*0.4)", 124, 134),
                       (f"lt(hypot(abs(X-150-{_AEX})-16,Y-86),2.2)", 10, 128, 128),
                       ("lt(hypot((abs(X-150)-16)/8,(Y-86)/3.2),1)", "60+60*gt(X,150)", 124, 136),
                       ("lt(abs(Y-77+0.12*abs(X-150)),1.6)*between(abs(X-150),7,26)", 30, 124, 136),
                       ("lt(abs(X-146-(Y-86)*0.1),2)*between(Y,88,110)", 40, 116, 150),
                       ("lt(hypot((X-150)/40,(Y-96)/52),1)", "30+160*exp(-hypot(X-205,Y-140)/80)", 108, 160),
                       ("lt(hypot((X-150)/64,(Y-80)/86),1)", "14+20*exp(-hypot(X-210,Y-150)/70)", 122, 140)],
                      (8, 126, 134),
                      "(0.92+0.06*sin(N*1.1)+0.03*sin(N*2.7))"),
    "window-q": _paint([("lt(abs(hypot(X-160,Y-62)-15),3)", 230, 60, 150),
                        ("lt(hypot(X-160,Y-62),10)", 200, 118, 146),
                        ("lt(hypot((X-160)/26,(Y-120)/50),1)*gt(Y,74)", 130, 170, 100),
                        (_either("lt(abs(mod(X+Y,26)-13),1.3)", "lt(abs(mod(X-Y,26)-13),1.3)"), 12, 128, 128),
                        (_either("between(X,100,220)*gt(Y,40)", "lt(hypot(X-160,Y-40),60)*lt(Y,40)"), 130,
                         f"128+42*sin({_DIAG}*1.7+{_ADIAG}*2.3)", f"128+42*cos({_DIAG}*1.3+{_ADIAG}*2.9)")],
                       ("22+8*sin(X/5)*sin(Y/7)", 124, 136),
                       f"(0.3+0.6*{_DAWN})",
                       f"30*{_DAWN}*exp(-pow((X-160)/70,2))"),
    "credits-q": f"color=c=0x0c0806:s=320x180:r=24,drawtext=fontfile={SERIF}:fontsize=14:fontcolor=0xf0d8a8:"
                 "line_spacing=9:textfile=SEVENTEENREEL:x=(w-tw)/2:y=h-2.4*n",
    # A 1970s roller disco.
    "sign-q": _lines(_lines(_paint([(f"lt(hypot(mod(X,26)-13,Y-112),6+2*gt(sin(floor(X/26)*2.3),0))*between(X,210,310)",
                                     12, 128, 128),
                                    ("lt(hypot((mod(X,26)-13)/7,(Y-138)/22),1)*between(X,210,310)", 12, 128, 128),
                                    ("lt(hypot(mod(X,8)-4,Y-92),2)*between(X,100,220)",
                                     "if(eq(mod(floor(X/8)+floor(N/3),3),0),250,90)", 100, 160),
                                    ("lt(abs(X-160),2)*between(Y,100,160)", 40, 128, 128),
                                    ("between(X,120,200)*between(Y,100,160)", 180, 110, 150),
                                    ("between(X,96,224)*between(Y,86,98)", 40, 128, 128),
                                    (f"lt(abs({_OVAL}-1),0.035)", 230, 170, 80),
                                    ("gt(Y,160)", "20+40*exp(-pow((X-160)/50,2))", 120, 140)],
                                   (f"26-8*{_BRICKR}", 124, 136),
                                   add=f"40*exp(-pow(({_OVAL}-1)/0.12,2))"),
                            ["ROLLER CITY"], 26, 30, 0, "0xff4fd8", FONT),
                     ["SKATE  NITE"], 12, 64, 0, "0xffe040", FONT),
    "rink-q": _paint([(_SPOTS, 245, 128, 128)] + [layer for k in range(6) for layer in _skater(k)]
                     + [("between(Y,72,76)", 200, 128, 128),
                        ("between(Y,56,72)", "60+30*gt(sin(X/6),0)", "128+60*sin(X/40)", "128+60*cos(X/33)"),
                        ("lt(hypot(mod(X,40)-20,Y-12),3)", 240, 100, 170),
                        ("gt(Y,76)", "120+18*lt(mod((X-160)*60/(Y-30),18),1.5)", 108, 152)],
                     ("12+6*sin(X/9)", 136, 130),
                     add="40*exp(-pow((Y-100)/20,2))*gt(sin(X/7),0.6)"),
    "ball-q": _paint([("lt(abs(X-160),6)*lt(Y,8)", 60, 128, 128), ("lt(abs(X-160),1.5)*lt(Y,30)", 120, 128, 128),
                      (f"lt({_BR},56)*(lt(mod({_LON}*10,1),0.12)+lt(mod((Y-84)/6,1),0.12))", 30, 128, 128),
                      (f"lt({_BR},56)", f"70+150*gt(sin({_FAC}),0.55)+40*sqrt(max(3136-pow({_BR},2),0))/56",
                       f"128+40*sin(floor({_LON}*10)*3.1)", "128+40*cos(floor((Y-84)/6)*2.3)")],
                     (f"10+30*gt(sin(atan2(Y-84,X-160)*9+N*0.15),0.93)*exp(-{_BR}/200)", 140, 126),
                     add="200*exp(-pow(hypot(X-138,Y-62)/(3+2*abs(sin(N*0.7))),2))"),
    "skates-q": _paint(_skate(_SA) + _skate(_SB)
                       + [("lt(mod(X+13*N,38),2.2)", 70, 110, 148)],
                       ("130+10*sin((X+13*N)/5)", 108, 152),
                       add="60*exp(-pow(hypot(X-mod(N*9,420)+50,Y-140)/40,2))"),
    "dj-q": _paint([("lt(hypot((X-100-6*sin(N*0.9))/12,(Y-146)/7),1)", 100, 112, 150)]
                   + _deck(100) + _deck(250)
                   + [(f"lt(hypot((X-176)/8,(Y-88-{_DBOB})/2),1)", 240, 128, 128),
                      (f"lt(hypot((abs(X-176)-8)/7,(Y-72-{_DBOB})/4),1)", 10, 128, 128),
                      (f"lt(hypot(abs(X-176)-24,Y-78-{_DBOB}),8)", 50, 100, 200),
                      (f"lt(hypot((X-176)/17,(Y-76-{_DBOB})/22),1)", 100, 112, 150),
                      (f"lt(abs(hypot(X-176,Y-70-{_DBOB})-30),3)*lt(Y,70+{_DBOB})", 60, 128, 128),
                      (f"lt(hypot(X-176,Y-62-{_DBOB}),34)", 22, 128, 134),
                      (f"lt(abs(X-176),(Y-96-{_DBOB})*0.8)*between(Y,96+{_DBOB},124)", 240, 128, 128),
                      (f"gt(Y,96+{_DBOB})*lt(abs(X-176),50+0.4*(Y-98))", 150, 90, 196),
                      ("gt(Y,150)", "70+10*lt(mod(X,20),1)", 120, 140),
                      ("lt(mod(X,12),8)*lt(mod(Y,8),5)*between(Y,14,70)",
                       "if(gt(Y,70-50*abs(sin(floor(X/12)*1.7+N*0.45))),220,34)",
                       "128+70*sin(floor(X/12)*0.9)", "128+70*cos(floor(X/12)*0.9)")],
                   (20, 150, 150)),
    "couple-q": _paint([(f"lt(abs(Y-104),3)*between(X,{_GX}+18,{_GY}-20)", 160, 110, 152),
                        (f"lt(hypot(X-{_GY},Y-46),22)*lt(Y,52)", 20, 128, 128),
                        (f"lt(hypot((X-{_GY})/12,(Y-58)/15),1)", 90, 114, 146),
                        (f"lt(hypot((X-{_GY})/22,(Y-102)/34),1)", 200, 60, 140),
                        (f"gt(Y,130)*lt(abs(X-{_GY}),14+0.3*(Y-130))", 50, 150, 110),
                        (f"lt(hypot((X-{_GX})/12,(Y-56)/15),1)", 170, 110, 152),
                        (f"lt(hypot((X-{_GX})/24,(Y-50)/28),1)", 150, 90, 160),
                        (f"lt(hypot((X-{_GX})/20,(Y-100)/30),1)", 120, 170, 170),
                        (f"lt(abs(X-{_GX}),20)*between(Y,118,138)", 60, 170, 120),
                        (f"lt(abs(abs(X-{_GX})-8),4)*between(Y,138,180)", 160, 110, 152),
                        ("gt(Y,130)", "90+20*lt(mod(X+11*N,30),2)", 108, 150),
                        (f"lt(hypot(mod({_BOKX},64)-32,mod(Y,40)-20),10)",
                         f"120+60*sin(floor({_BOKX}/64)*1.3)", f"128+60*sin(floor({_BOKX}/64)*2.1)",
                         f"128+60*cos(floor({_BOKX}/64)*1.7)")],
                       (16, 140, 130)),
    # A polar expedition documentary.
    "icefield-q": _paint([(f"lt(hypot((X-{_SLX}-12*floor((X-{_SLX})/12)-6)/3,(Y-100)/7),1)*between(X-{_SLX},0,48)",
                           56, 126, 132),
                          (f"between(X-{_SLX},50,75)*between(Y,102,106)", 92, 124, 134),
                          (f"lt(abs(Y-106),0.6)*gt(X,{_SLX}+75)", 208, 130, 126),
                          ("lt(Y,80)*gt(Y,80-14*abs(sin(X/40))-6*abs(sin(X/13)))", 200, 134, 124),
                          ("gt(Y,80)", "232-0.05*(Y-80)-10*gt(sin(X/9+Y*0.8+sin(X/30)*3),0.8)", 130, 126)],
                         ("226-0.2*Y", 134, 124),
                         add="15*exp(-hypot(X-60,Y-30)/40)"),
    "dogs-q": _paint([layer for k in range(6) for layer in _dog(_DOGS[k], k)]
                     + [("lt(abs(Y-117),0.7)*between(X,20,290)", 60, 128, 128),
                        ("gt(Y,108)", "226-8*gt(sin((X+8*N)/11+Y*0.5),0.85)", 130, 126)],
                     ("230-0.1*Y", 132, 124),
                     add="20*gt(sin(X*1.7+N*3)*sin(Y*2.3),0.7)*gt(Y,128)"),
    "ship-q": _paint([(f"between(Y,36+{_PITCH},44+{_PITCH})*lt(abs(X-174),5)", 30, 128, 128),
                      (f"lt(abs(X-150),1)*between(Y,4+{_PITCH},40+{_PITCH})", 40, 128, 128),
                      (f"between(X,130,190)*between(Y,40+{_PITCH},70+{_PITCH})",
                       "214-40*lt(mod(X,10),4)*between(Y,48,54)", 128, 128),
                      (f"lt(abs(X-160),70-0.45*(Y-70-{_PITCH}))*between(Y,70+{_PITCH},126)",
                       "60+30*lt(abs(Y-96),1.5)", 120, 170),
                      ("gt(Y,110)", f"if({_FLOES},226-20*gt(Y,110)*exp(-(Y-110)/20),52)", f"if({_FLOES},130,140)",
                       f"if({_FLOES},126,120)")],
                     ("196-0.2*Y+10*sin(X/30+Y/20)", 130, 126),
                     add=f"40*exp(-pow(hypot(X-174-0.3*(36-Y),Y-20)/12,2))*lt(Y,36)"),
    "tents-q": _paint([("lt(abs(X-120),1)*between(Y,60,126)", 40, 128, 128),
                       ("between(X,121,141)*between(Y,60+3*sin(N*0.9+X/5),72+3*sin(N*0.9+X/5))", 90, 110, 190)]
                      + [(t[1], "120+10*sin(N*1.3+Y/3)", 112, 150) for t in _TENTS]
                      + [(t[0], "156+10*sin(N*1.3+Y/3)", 110, 150) for t in _TENTS]
                      + [("gt(Y,110)", "224-6*sin(X/19+Y/5)", 130, 126)],
                      ("206-0.1*Y", 130, 126),
                      add=f"40*{_SPIN}"),
    "hut-q": _paint([("lt(hypot(X-70,Y-124),9)", "200+40*sin(N*1.3)*sin(X+Y)", 80, 190),
                     ("lt(hypot((X-70)/26,(Y-120)/34),1)", 30, 126, 130),
                     ("lt(abs(X-70),5)*lt(Y,90)", 40, 126, 130),
                     ("lt(hypot((X-160)/14,(Y-86)/16),1)+lt(hypot((X-238)/14,(Y-84)/16),1)", 130, 112, 150),
                     ("lt(hypot((X-160)/16,(Y-100)/12),1)*gt(Y,92)+lt(hypot((X-238)/16,(Y-98)/12),1)*gt(Y,90)",
                      60, 124, 136),
                     ("lt(hypot((X-160)/26,(Y-126)/30),1)+lt(hypot((X-238)/26,(Y-124)/30),1)", 50, 130, 124),
                     ("between(X,150,210)*between(Y,116,120)", 200, 124, 136),
                     ("between(X,120,280)*between(Y,118,130)", 90, 112, 150),
                     ("lt(hypot(X-190,Y-56),6)", 250, 100, 160),
                     ("between(X,250,300)*between(Y,24,64)", "240-40*lt(abs(X-275),1.5)", 130, 122)],
                    ("40+8*lt(mod(X,18),1.5)", 116, 142),
                    "(0.5+0.9*exp(-hypot(X-190,Y-56)/90))"),
    "bear-q": _paint([("lt(hypot(X-{0}-60,Y-106),2.5)".format(_BX), 20, 128, 128),
                      ("lt(hypot(X-{0}-50,Y-101),1.5)".format(_BX), 30, 128, 128),
                      ("lt(hypot(X-{0}-40,Y-96),4)".format(_BX), 200, 118, 136),
                      ("lt(hypot((X-{0}-46)/14,(Y-106)/10),1)".format(_BX), 214, 118, 136),
                      (_either(*_BLEG), 204, 118, 136),
                      ("lt(hypot((X-{0})/44,(Y-112)/20),1)".format(_BX), "214-20*(Y-100)/30", 118, 136),
                      ("lt(hypot((X-{0})/50,(Y-143)/4),1)".format(_BX), 192, 136, 122),
                      ("gt(Y,96)", "228-6*sin(X/23+Y/9)", 130, 126)],
                     ("218-0.1*Y", 132, 124)),
    "crevasse-q": _paint([(f"lt(hypot(X-160,Y-{_CY}),6)", 150, 112, 150),
                          (f"lt(hypot((X-160)/8,(Y-{_CY}-14)/14),1)", 60, 110, 170),
                          (f"lt(abs(X-160),1)*lt(Y,{_CY})", 200, 90, 180),
                          ("lt(X,120+20*sin(Y/23))", "150+40*sin(Y/7+X/19)", 170, 100),
                          ("gt(X,200-16*sin(Y/29))", "140+40*sin(Y/9-X/17)", 172, 98),
                          ("lt(Y,20)", 240, 130, 124)],
                         ("30+60*exp(-Y/60)", 150, 110)),
    # A 1950s aquacade.
    "pool-q": _paint([(f"lt({_PR},14)", 240, 128, 128),
                      (f"lt(abs({_PR}-50),2)", 170, 110, 150),
                      (f"{_SWIM}*between({_PR},70,80)", 200, 130, 190),
                      (f"{_SWIM}*between({_PR},30,70)", 176, 110, 150),
                      ("gt(abs(X-160),150)", 220, 128, 128)],
                     ("120", 170, 96),
                     add=f"60*{_CAUSTIC}"),
    "under-q": _paint([("lt(Y,8)", "200+40*sin(X/5+N*0.4)", 150, 110), (_BUB, 230, 150, 116)]
                      + [layer for k in range(5) for layer in [
                          (f"lt(abs(abs(X-{40 + 60 * k}-2*sin(N*0.3+{k}))-4),3)*lt(Y,26)", 150, 140, 140),
                          (f"lt(hypot(X-{40 + 60 * k},Y-84),7)", 120, 140, 160),
                          (f"lt(hypot((X-{40 + 60 * k})/8,(Y-50)/26),1)*between(Y,36,64)", 100, 120, 200),
                          (f"lt(hypot((X-{40 + 60 * k})/8,(Y-50)/26),1)", 150, 140, 140)]]
                      + [("gt(Y,150)", "130-60*lt(abs(X-160),10)", 160, 110)],
                      ("90-0.3*Y", 172, 100),
                      add="25*(0.5+0.5*sin((X+0.35*Y)/7+sin(X/40+N*0.1)*3))*exp(-Y/100)"),
    "tower-q": _paint([(f"lt(hypot(X-{_DX},Y-{_DY}+34),5)", 180, 110, 152),
                       (f"lt(abs(X-{_DX}),2)*between(Y,{_DY}-48,{_DY}-38)", 170, 110, 152),
                       (f"lt(hypot((X-{_DX})/5,(Y-{_DY}+22)/10),1)", 120, 100, 200),
                       (f"lt(abs(X-{_DX}),3)*between(Y,{_DY}-14,{_DY})", 180, 110, 152),
                       ("between(X,150,250)*between(Y,60,64)", 230, 128, 128),
                       ("between(X,230,250)*gt(Y,60)*(lt(abs(mod(Y+X,20)-10),1.5)+lt(abs(X-231),1.5)+lt(abs(X-249),1.5))",
                        220, 128, 128),
                       ("gt(Y,150)", "100+80*gt(sin(X*1.3)*sin(Y*2.1),0.2)", "128+50*sin(X*0.7)", "128+50*cos(X*0.9)")],
                      ("190-0.5*Y+20*max(0,sin(X/30+N*0.02)*sin(Y/11))", 160, 100)),
    "fountain-q": _paint([(f"lt(hypot(mod(X,40)-20,Y-152),5)*between(Y,146,158)", 220, 110, 190)]
                         + [(f"lt(hypot(X-{x},Y-{t}),8+2*sin(N+{k}))", 240, _f(128 + 50 * (k % 3 - 1)), _f(128 - 40 * (k % 2)))
                            for x, t, k in _JETS]
                         + [(f"lt(abs(X-{x}-3*sin(Y/7+N*0.9)),3+0.03*(150-Y))*between(Y,{t},150)", 220,
                             f"128+60*sin({k}*1.3+N*0.05)", f"128+60*cos({k}*1.7+N*0.05)") for x, t, k in _JETS]
                         + [("gt(Y,150)", "60+30*sin(X/4+N*0.5)", 160, 110)],
                         ("30+10*exp(-Y/60)", 160, 110)),
    "star-q": _paint([(f"gt(Y,118+3*sin(X/9+N*0.3)+{_SBOB})", "110+40*" + _RIPPLE, 170, 96),
                      (f"lt(hypot((X-160)/10,(Y-106-{_SBOB})/4),1)", 90, 110, 210),
                      (f"lt(hypot((abs(X-160)-12)/6,(Y-82-{_SBOB})/3),1)", 30, 128, 128),
                      (f"lt(hypot(mod(X,12)-6,mod(Y,12)-6),4)*lt(hypot((X-160)/36,(Y-70-{_SBOB})/34),1)*lt(Y,76+{_SBOB})",
                       250, 100, 200),
                      (f"lt(hypot((X-160)/36,(Y-70-{_SBOB})/34),1)*lt(Y,76+{_SBOB})", 230, 110, 170),
                      (f"lt(hypot((X-160)/30,(Y-86-{_SBOB})/36),1)", 190, 110, 156)],
                     ("110+40*" + _RIPPLE, 170, 96)),
    "stands-q": _paint([("lt(hypot(mod(X+9*floor(Y/18),18)-9,mod(Y,18)-8),6)*gt(Y,30)*gt(sin(" + _SEAT + "),0.5)",
                         "150+60*gt(sin(N*0.9+" + _SEAT + "),0)", "128+70*sin(" + _SEAT + "*2)", "128+70*cos(" + _SEAT + ")"),
                        ("lt(hypot(mod(X+9*floor(Y/18),18)-9,mod(Y,18)-10),5)*gt(Y,30)", 170, 110, 152),
                        ("lt(hypot(mod(X+9*floor(Y/18),18)-9,mod(Y,18)-6),5.5)*gt(Y,30)",
                         "60+120*gt(sin(" + _SEAT + "*1.7),0.3)", "128+40*sin(" + _SEAT + ")", "128+40*cos(" + _SEAT + "*1.3)"),
                        ("gt(Y,30)*lt(mod(Y,18),2)", 200, 128, 128),
                        ("lt(abs(mod(X,64)-32),1)*lt(Y,30)", 60, 128, 128),
                        ("lt(abs(mod(X,64)-32),14)*between(Y,6,14+2*sin(N*0.6+X/9))", 180, 90, 200)],
                       ("if(lt(Y,30),200-Y,80)", 160, 100)),
    # A 1970s taxi film at night.
    "street-q": _paint([(f"lt(hypot(X-{_TAXI}-2,Y-110),4)", 250, 120, 134),
                        (f"lt(hypot(X-{_TAXI}-108,Y-108),3)", 170, 100, 220),
                        (f"between(X-{_TAXI},40,60)*between(Y,78,84)", 240, 90, 160),
                        (f"between(X-{_TAXI},24,78)*between(Y,86,97)", 30, 128, 128),
                        (f"between(X-{_TAXI},18,84)*between(Y,84,98)", 190, 40, 150),
                        (f"lt(hypot(X-{_TAXI}-22,Y-122),8)+lt(hypot(X-{_TAXI}-88,Y-122),8)", 14, 128, 128),
                        (f"between(X-{_TAXI},0,110)*between(Y,98,122)", 200, 40, 150)]
                       + [(f"between(X,{x0},{x1})*gt(Y,110)*gt(sin(Y*1.3+N*0.4),-0.2)", _f(lm * 0.4), b, r)
                          for x0, x1, y0, y1, lm, b, r in _SIGNQ]
                       + [(f"between(X,{x0},{x1})*between(Y,{y0},{y1})", lm, b, r) for x0, x1, y0, y1, lm, b, r in _SIGNQ]
                       + [("lt(mod(X,14),6)*lt(mod(Y,16),8)*gt(sin(floor(X/14)*2.3+floor(Y/16)*3.1),0.5)*lt(Y,100)",
                           150, 100, 164),
                          ("gt(Y,110)", "14+6*sin(X/5+Y*1.2)", 128, 128)],
                       (16, 132, 128),
                       add=f"80*exp(-hypot(X-{_TAXI},Y-110)/20)+40*{_RAINQ}"),
    "windscreen-q": _paint([(_wiper(90), 6, 128, 128), (_wiper(220), 6, 128, 128),
                            ("lt(X,20+0.3*(180-Y))+gt(X,300-0.3*(180-Y))", 10, 128, 128),
                            ("lt(hypot(X-120,Y-156),8)+lt(hypot(X-150,Y-156),8)", 60, 170, 100),
                            ("gt(Y,140)", 20, 128, 128),
                            ("lt(hypot(X-148,Y-96),4)+lt(hypot(X-172,Y-96),4)", 200, 110, 220),
                            ("between(X,140,180)*between(Y,90,104)", 24, 128, 128),
                            ("lt(hypot(mod(X+2*N+23*floor(Y/30),53)-26,mod(Y,30)-15),7)*lt(Y,100)",
                             "60+40*sin(floor((X+2*N)/53)*2.1)", "128+40*sin(floor((X+2*N)/53)*1.3)",
                             "128+50*cos(floor((X+2*N)/53)*1.9)")],
                           ("if(lt(Y,100),34+30*exp(-pow((Y-90)/30,2))+8*sin(X/23),20+10*sin(X/9))", 130, 128),
                           add="40*gt(sin(X*3.1+Y*1.7)*sin(X*2.3-Y*3.9),0.9)*lt(Y,140)"
                               "+60*exp(-hypot(X-160,(Y-96)*2)/30)"),
    "driver-q": _paint([("lt(hypot((X-170)/26,(Y-48)/10),1)*lt(Y,52)", 30, 120, 140),
                        ("lt(hypot(X-152,Y-74),2.5)", 20, 128, 128),
                        ("lt(hypot((X-166)/22,(Y-84)/32),1)+lt(hypot((X-144)/6,(Y-90)/5),1)", 40, 118, 146),
                        ("gt(Y,118)*lt(abs(X-170),44+0.5*(Y-118))", 26, 130, 124),
                        (f"between(X,200,320)*between(Y,20,110)*{_PASSBOK}",
                         "120+40*sin(floor((X+8*N)/61))", "128+50*sin(floor((X+8*N)/61)*2.3)",
                         "128+50*cos(floor((X+8*N)/61)*1.9)"),
                        ("between(X,200,320)*between(Y,20,110)", "20+20*lt(mod(X+0.2*Y,13),1)", 136, 124)],
                       (12, 128, 128),
                       add=f"110*exp(-pow((X+0.3*Y-{_SWEEP})/28,2))*lt(hypot((X-166)/26,(Y-84)/40),1)"
                           f"+30*exp(-pow((X+0.3*Y-{_SWEEP})/28,2))"),
    "mirror-q": _paint([(f"between(X,{_DICEX}-9,{_DICEX}+9)*between(Y,124,142)*lt(hypot(mod(X-{_DICEX}+9,6)-3,mod(Y-124,6)-3),1.3)",
                         20, 128, 128),
                        (f"between(X,{_DICEX}-9,{_DICEX}+9)*between(Y,124,142)", 230, 128, 128),
                        (f"lt(abs(X-150-(Y-100)*({_DICEX}-150)/24),1)*between(Y,100,124)", 120, 128, 128),
                        ("lt(hypot((abs(X-160)-22)/9,(Y-80)/3.5),1)", 40, 128, 128),
                        ("between(X,84,236)*between(Y,62,98)", "40+120*exp(-pow((Y-80)/8,2))", 118, 146),
                        ("between(X,80,240)*between(Y,58,102)", 10, 128, 128)],
                       ("20+40*gt(sin(X/6+N*0.6)*sin(Y/5),0.7)", 132, 132)),
    "meter-q": _lines(_lines(_paint([("lt(abs(X-262),5)*between(Y,40+30*clip((N-14)/6,0,1),70+30*clip((N-14)/6,0,1))", 200, 110, 190),
                                     ("between(X,104,216)*between(Y,64,96)", 14, 128, 128),
                                     ("between(X,80,240)*between(Y,40,150)", "40+10*lt(mod(Y,8),1)", 128, 128),
                                     ("lt(hypot(X-110,Y-130),6)+lt(hypot(X-210,Y-130),6)", 180, 80, 120)],
                                    ("16+10*gt(sin(X/11+N*0.3),0.7)", 130, 126)),
                             ["3.40"], 28, 66, 0, "0xff3020", FONT),
                      ["FARE   EXTRAS"], 10, 104, 0, "0xd0d0d0", FONT),
    "passenger-q": _paint([("lt(hypot((abs(X-118)-9)/8,(Y-84)/5),1)", 8, 128, 128),
                           ("lt(hypot((X-118)/20,(Y-92)/28),1)", "70+60*exp(-pow((X-mod(N*6,300)+40)/60,2))",
                            "128+30*sin(N*0.2+X/60)", "140+30*cos(N*0.23)"),
                           ("lt(hypot((X-118)/32,(Y-86)/40),1)", 30, 150, 160),
                           ("gt(Y,120)*lt(abs(X-118),40+0.6*(Y-120))", 40, 150, 120),
                           (f"between(X,170,300)*between(Y,30,120)*{_PASSBOK}",
                            "150+40*sin(floor((X+8*N)/61))", "128+60*sin(floor((X+8*N)/61)*1.7)",
                            "128+60*cos(floor((X+8*N)/61)*2.9)"),
                           ("between(X,170,300)*between(Y,30,120)",
                            f"24+30*{_RAINQ}", 136, 124)],
                          (14, 128, 128)),
    "diner-q": _lines(_paint([(f"lt(hypot(mod(X,30)-15,Y-92),6)*between(X,40,290)", 30, 128, 128),
                              ("lt(abs(mod(X,30)-15),8)*between(Y,96,110)*between(X,40,290)", 30, 128, 128),
                              ("between(X,40,290)*between(Y,70,110)", 200, 100, 160),
                              ("between(X,20,310)*between(Y,40,120)", "120-20*lt(mod(Y,6),1)", 120, 140),
                              ("between(X,230,320)*between(Y,126,150)", 190, 40, 150),
                              ("gt(Y,150)", "14+50*exp(-pow((X-160)/120,2))*(0.5+0.5*sin(Y*1.5+N*0.3))", 120, 150)],
                             (10, 132, 126),
                             add="50*" + _RAINQ),
                      ["DINER"], 20, 14, 0, "0xff3040", FONT),
}
SEVENTEENREEL = "\n".join(["The Silent Brothers", "", "The Abbot", "A Face by Candlelight", "",
                           "The Scribe", "One Line a Night", "", "The Bell Ringer", "Up Before Dawn", "",
                           "Lit by Candles", "Drawn in a Filter Graph", "", "The Seventeenth Reel"])
TEXT_FILES_Q = {"SEVENTEENREEL": ("seventeenreel.txt", SEVENTEENREEL)}

FX_Q = {
    "grain-q": "noise=alls=22:allf=t+u:all_seed=29000017",
    "grain2-q": "noise=alls=13:allf=t:all_seed=29000071",
    "grain3-q": "noise=alls=10:allf=t:all_seed=29000143",
    "grain4-q": "noise=alls=7:allf=t:all_seed=29000189",
    "grain5-q": "noise=alls=8:allf=t:all_seed=29000251",
    "grain6-q": "noise=alls=14:allf=t:all_seed=29000317",
    "tight-q": "crop=iw*0.62:ih*0.62:iw*0.18:ih*0.2,scale=320:180",
    "closer-q": "crop=iw*0.52:ih*0.52:iw*0.26:ih*0.22,scale=320:180",
    "angle2-q": "crop=iw*0.8:ih*0.8:iw*0.12:ih*0.06,scale=320:180",
    # Looks: a 1920s print in 4:3, tinted amber by day and blue by night, flickering, weaving,
    # scratched and dusty, with a heavy vignette; candlelight in 1.85; 1970s colour, full frame;
    # a pale, low-contrast polar white in 2:1; Technicolor in CinemaScope; a 1970s night in scope.
    "amber-q": "colorchannelmixer=rr=1.0:gg=0.8:bb=0.52",
    "blue-q": "colorchannelmixer=rr=0.5:gg=0.72:bb=1.0",
    "flicker-q": "eq=brightness='0.05*sin(n*2.9)+0.035*sin(n*7.3+1)+0.02*sin(n*17.1)':eval=frame",
    "weave-q": "scale=330:186,crop=320:180:x='5+1.4*sin(n*0.9)+0.7*sin(n*2.9)':y='3+1.3*sin(n*0.61+2)'",
    "wear-q": _overlay("lt(abs(X-160-120*sin(N*0.83+1.1)),1)*gt(sin(N*0.47+2),0.2)", 220) + ","
              + _overlay("lt(hypot(X-160-130*sin(N*4.37),Y-90-76*sin(N*2.93)),2.4)*gt(sin(N*1.7),0.4)+"
                         "lt(hypot(X-160-130*sin(N*2.71+2),Y-90-76*sin(N*5.29+1)),1.6)*gt(sin(N*2.3+1),0.5)", 12),
    "vignette-q": "vignette=PI/2.6",
    "pillar43-q": "drawbox=x=0:y=0:w=40:h=ih:c=black:t=fill,drawbox=x=iw-40:y=0:w=40:h=ih:c=black:t=fill",
    "candle-q": "eq=gamma=0.92:saturation=1.1,colorbalance=rs=0.08:rm=0.06:bs=-0.08:bm=-0.05",
    "flat185-q": "scale=320:172,pad=320:180:0:4:black",
    "disco-q": "eq=saturation=1.25:contrast=1.05,colorbalance=rs=0.03:gs=0.02:bs=-0.04",
    "polar-q": "eq=contrast=0.85:brightness=0.03:saturation=0.8",
    "wide2-q": "scale=320:160,pad=320:180:0:10:black",
    "techni-q": "eq=saturation=1.45:contrast=1.08,colorbalance=bs=0.03:rs=0.03",
    "cscope-q": "scale=320:126,pad=320:180:0:27:black",
    "nightcab-q": "eq=saturation=1.1:contrast=1.12:gamma=0.9,colorbalance=rs=0.02:gm=0.03",
    "scope-q": "scale=320:134,pad=320:180:0:23:black",
    # Camera moves: a slow push-in on the scribe, a fast pan along the cops, a swish pan across
    # the rink, a fast pan with the skaters, a slow pan over the ice, a crane back from the pool,
    # a tilt down with the diver.
    "slowpush-q": "zoompan=z='1+0.003*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.45':y='(ih-ih/zoom)*0.4'",
    "fastpan-q": "scale=560:315,crop=320:180:x='min(n*9,240)':y=70",
    "swish-q": "scale=640:360,crop=320:180:x='160-150*tanh((n-MID)/3)':y=60,"
               "gblur=sigma=11:sigmaV=0.4:enable='between(n,MID-3,MID+3)'",
    "icepan-q": "scale=480:270,crop=320:180:x='min(n*2,160)':y=60",
    "craneout-q": "zoompan=z='1.5-0.01*in':d=1:s=320x180:fps=24:x='(iw-iw/zoom)*0.5':y='(ih-ih/zoom)*0.5'",
    "divetilt-q": "scale=320:320,crop=320:180:x=0:y='min(max(n-18,0)*6,140)'",
    # Around MID: the iris closing on a detail and opening again, the flivver jolting, a frame
    # line slipping through the gate; a candle guttering, a monk passing the lens, a candle blown
    # out, a door opening on light; the sign's neon failing, colour strobes, a follow spot, a
    # skater passing the lens, colour washes, the sign switched off; a gust of snow to near white,
    # sun glare, snow flurries, the wind shaking the camera, the stove door opened; a splash over
    # the lens, bubbles, the fountains surging, press cameras' flashes; headlights into the lens,
    # police lights, a bump in the road, sodium lights in a tunnel.
    "iris-q": _overlay("gt(hypot(X-160,Y-104),60+220*clip((abs(N-MID)-4)/10,0,1))", 0, 128, 128),
    "jolt-q": "scale=336:189,crop=320:180:x='8+6*sin(n*2.5)*between(n,MID-3,MID+6)':y='4+5*sin(n*3.1)*between(n,MID-3,MID+6)'",
    "misframe-q": _overlay("between(Y,150-36*(N-MID),162-36*(N-MID))*between(N,MID,MID+4)", 6),
    "gutter-q": "eq=brightness='-0.2*exp(-pow((n-MID)/3,2))-0.1*exp(-pow((n-MID-5)/2,2))':eval=frame",
    "monkpass-q": _overlay("lt(hypot((X-360+40*(N-MID+7))/70,(Y-100)/130),1)*between(N,MID-7,MID+9)", 6, 128, 130),
    "blowout-q": "eq=brightness='-0.16*clip((n-MID)/3,0,1)':eval=frame",
    "door-q": _overlay("0.55*clip((N-MID)/6,0,1)*lt(abs(X-40),6+26*clip((N-MID)/6,0,1))*gt(Y,20)", 200, 140, 124),
    "neonfail-q": _overlay("between(Y,14,86)*between(X,40,280)*(eq(N,MID-3)+between(N,MID+1,MID+2))", "0.3*lum(X,Y)"),
    "strobe-q": _overlay("0.6*(eq(N,MID-6)+eq(N,MID-3)+eq(N,MID)+eq(N,MID+3)+eq(N,MID+6))",
                         "min(255,lum(X,Y)*1.5+60)",
                         "if(eq(N,MID-3),200,if(eq(N,MID+3),60,if(eq(N,MID),128,190)))",
                         "if(eq(N,MID-3),80,if(eq(N,MID+3),70,if(eq(N,MID),128,200)))"),
    "followspot-q": _overlay("0.6*exp(-pow(hypot((X-20-14*(N-MID+10))/50,(Y-110)/60),2))*between(N,MID-10,MID+12)",
                             250, 120, 140),
    "skaterpass-q": _overlay("lt(hypot((X+80-36*(N-MID+6))/60,(Y-100)/110),1)*between(N,MID-6,MID+8)", 40, 150, 110),
    "colorwash-q": _overlay("0.35", "lum(X,Y)", "128+70*sin(N*0.35)", "128+70*cos(N*0.35)"),
    "signoff-q": _overlay("between(Y,14,86)*between(X,40,280)*gte(N,MID)", "0.3*lum(X,Y)"),
    "whiteout-q": _overlay("0.85*exp(-pow((N-MID)/5,2))*(0.75+0.25*sin(X/7+Y/5+N*2))", 240, 128, 128),
    "glare-q": _overlay("0.7*exp(-pow((N-MID)/4,2))*exp(-hypot(X-60,Y-30)/(40+60*exp(-pow((N-MID)/4,2))))",
                        252, 120, 134) + ",eq=brightness='0.16*exp(-pow((n-MID)/4,2))':eval=frame",
    "flurry-q": _overlay("lt(hypot(mod(X+N*3+13*floor(Y/19),29)-14,mod(Y+N*5+7*floor(X/29),19)-9),1.3)", 250),
    "windshake-q": "scale=336:189,crop=320:180:x='8+4*sin(n*2.3)+2*sin(n*5.1)':y='4+3*sin(n*3.7)'",
    "stovedoor-q": _overlay("0.6*clip(1-abs(N-MID)/8,0,1)*exp(-hypot(X-70,Y-124)/90)", 230, 80, 190),
    "splash-q": _overlay("0.9*exp(-pow((N-MID)/3,2))*(0.5+0.5*gt(sin(X*1.1+Y*1.7+N)*sin(X*0.6-Y*1.3),0))",
                         240, 140, 120),
    "bubbles-q": _overlay("lt(hypot((X-160-40*sin(floor(X/40)))/(18+6*sin(X)),(Y-200+16*(N-MID+8))/18),1)"
                          "*lt(abs(mod(X,40)-20),16)*between(N,MID-8,MID+10)", 230, 150, 116),
    "surge-q": "eq=brightness='0.14*exp(-pow((n-MID)/5,2))':saturation='1+0.3*exp(-pow((n-MID)/5,2))':eval=frame",
    "pressflash-q": "eq=brightness='0.42*eq(n,MID-5)+0.38*eq(n,MID+3)+0.15*eq(n,MID+4)':eval=frame",
    "headlights-q": _overlay("clip(1.6*exp(-min(hypot(X-140,Y-100),hypot(X-190,Y-100))/(8+40*exp(-pow((N-MID)/4,2)))),0,1)"
                             "*between(N,MID-10,MID+6)", 252, 120, 134),
    "police-q": _overlay("0.45*gt(sin(N*1.6),0.3)*between(N,MID-8,MID+8)", "min(255,lum(X,Y)*1.3+30)", 100, 210) + ","
                + _overlay("0.45*lt(sin(N*1.6),-0.3)*between(N,MID-8,MID+8)", "min(255,lum(X,Y)*1.3+30)", 210, 100),
    "bump-q": "scale=336:189,crop=320:180:x='8+5*sin(n*2.9)*between(n,MID-2,MID+5)':y='4+6*sin(n*3.7)*between(n,MID-2,MID+5)'",
    "tunnel-q": _overlay("0.35*gt(sin(N*1.9),0.5)", "min(255,lum(X,Y)*1.4+20)", 90, 170),
}

# held-out-q (clips 102-107): new recipes again, written after held-out-p without running the
# detector on them. Film material of six more kinds, clips of about 20 s with short shots: a
# 1920s slapstick chase in 4:3, tinted amber by day and blue by night, with flicker, weave,
# scratches, dust, grain and a heavy vignette (ornate intertitles, a robber running out of the
# bank, policemen running past the shops, undercranked, a flivver bouncing past telegraph poles
# and jolting, a streetcar, rooftops at night, the iris closing on a detail and opening again, a
# frame line slipping through the gate), a candle-lit monastery drama in 1.85, dark and slow (a
# slow push-in on the scribe, the quill writing, a monk with a lantern in the cloister, a candle
# guttering, a monk passing the lens, a door opening on light, a candle blown out, a window at
# dawn growing brighter, long dissolves, credits rolling), a 1970s roller disco, full frame (the
# neon failing and chaser bulbs, the mirror ball's spots sweeping every shot, colour strobes, a
# follow spot, colour washes, a skater passing the lens, swish and fast pans, the sign switched
# off), a polar expedition documentary in 2:1, near-white and low in contrast (a gust of snow to
# near white, sun glare, snow flurries, the wind shaking the camera, a slow pan, a white bear on
# the snow, the stove door opened in a dark hut, fades through white), a 1950s aquacade in
# Technicolor and CinemaScope (a crane back from the kaleidoscope, the dive followed by a tilt, a
# splash over the lens, bubbles, the fountains surging, press flashes) and a 1970s taxi film at
# night in scope (the wipers sweeping, headlights into the lens, street lights sweeping over the
# driver, police lights, a bump in the road, sodium lights strobing in a tunnel, neon washing
# over the passenger); cuts between near-identical angles, to closer framings and between dark
# and between near-white shots, intertitles cut into, dissolves of 10 to 30 frames and fades
# through black, white and grays.
_SC = "weave-q flicker-q wear-q grain-q amber-q vignette-q pillar43-q"
_SN = "weave-q flicker-q wear-q grain-q blue-q vignette-q pillar43-q"
_ST = "flicker-q wear-q grain-q amber-q vignette-q pillar43-q"
_MO = "candle-q grain2-q flat185-q"
_RD = "disco-q grain3-q"
_PO = "polar-q grain4-q wide2-q"
_AQ = "techni-q grain5-q cscope-q"
_TX = "nightcab-q grain6-q scope-q"
HELD_OUT_Q = [
    ("slapstick-chase", [S("title-q", 30, 0, _ST), "fadeio:10:10",
                         S("bank-q", 40, 0, _SC), "cut",
                         S("cops-q", 36, 0, f"fastpan-q {_SC}"), "cut",
                         S("bank-q", 24, 100, f"closer-q {_SC}"), "cut",
                         S("after-q", 24, 0, _ST), "cut",
                         S("flivver-q", 40, 0, _SC), "cut",
                         S("cops-q", 30, 100, f"angle2-q {_SC}"), "fade:14",
                         S("trolley-q", 40, 0, f"misframe-q {_SC}"), "cut",
                         S("flivver-q", 28, 100, f"jolt-q tight-q {_SC}"), "cut",
                         S("cops-q", 34, 200, f"tight-q {_SC}"), "dissolve:12",
                         S("rooftop-q", 40, 0, _SN), "cut",
                         S("rooftop-q", 24, 100, f"closer-q {_SN}"), "fadeblack:16",
                         S("morning-q", 26, 0, _ST), "cut",
                         S("bank-q", 40, 200, f"iris-q angle2-q {_SC}"), "cut",
                         S("trolley-q", 30, 100, f"closer-q {_SC}"), "cut",
                         S("flivver-q", 38, 200, f"angle2-q {_SC}"), "fadeblack:20",
                         S("end-q", 30, 0, _ST)]),
    ("scriptorium", [S("serif:The Silent Brothers", 28, 0, "grain2-q flat185-q"), "fadeio:12:12",
                     S("cloister-q", 50, 0, _MO), "fade:24",
                     S("scribe-q", 48, 0, f"slowpush-q {_MO}"), "cut",
                     S("page-q", 36, 0, _MO), "cut",
                     S("scribe-q", 26, 100, f"closer-q {_MO}"), "cut",
                     S("abbot-q", 36, 0, f"gutter-q {_MO}"), "cut",
                     S("chapel-q", 40, 0, _MO), "cut",
                     S("chapel-q", 40, 100, f"monkpass-q angle2-q {_MO}"), "fadeblack:18",
                     S("bell-q", 40, 0, _MO), "cut",
                     S("cloister-q", 34, 120, f"door-q tight-q {_MO}"), "cut",
                     S("window-q", 48, 0, _MO), "fade:30",
                     S("page-q", 44, 100, f"angle2-q {_MO}"), "cut",
                     S("abbot-q", 28, 100, f"closer-q {_MO}"), "cut",
                     S("scribe-q", 40, 200, f"blowout-q {_MO}"), "fadegrays:16",
                     S("chapel-q", 40, 200, f"tight-q {_MO}"), "cut",
                     S("window-q", 36, 100, f"closer-q {_MO}"), "fadeblack:20",
                     S("credits-q", 50, 0, "flat185-q")]),
    ("roller-disco", [S("sign-q", 36, 0, f"neonfail-q {_RD}"), "fade:10",
                      S("rink-q", 40, 0, f"followspot-q {_RD}"), "cut",
                      S("ball-q", 30, 0, _RD), "cut",
                      S("dj-q", 36, 0, f"strobe-q {_RD}"), "cut",
                      S("skates-q", 26, 0, _RD), "cut",
                      S("skates-q", 20, 60, f"closer-q {_RD}"), "cut",
                      S("couple-q", 40, 0, f"skaterpass-q {_RD}"), "fade:16",
                      S("rink-q", 36, 100, f"strobe-q angle2-q {_RD}"), "cut",
                      S("dj-q", 24, 100, f"closer-q colorwash-q {_RD}"), "cut",
                      S("ball-q", 30, 100, f"tight-q strobe-q {_RD}"), "cut",
                      S("couple-q", 36, 100, f"fastpan-q {_RD}"), "fadewhite:10",
                      S("rink-q", 42, 200, f"swish-q {_RD}"), "cut",
                      S("skates-q", 26, 150, f"angle2-q {_RD}"), "cut",
                      S("dj-q", 40, 200, f"angle2-q strobe-q {_RD}"), "fade:26",
                      S("couple-q", 40, 200, f"tight-q colorwash-q {_RD}"), "cut",
                      S("rink-q", 36, 300, f"closer-q {_RD}"), "fadeblack:20",
                      S("sign-q", 40, 100, f"signoff-q {_RD}")]),
    ("polar-expedition", [S("card:THE LONG WHITE", 28, 0, "wide2-q"), "fadewhite:14",
                          S("icefield-q", 44, 0, f"icepan-q flurry-q {_PO}"), "cut",
                          S("dogs-q", 34, 0, _PO), "cut",
                          S("dogs-q", 22, 60, f"closer-q {_PO}"), "cut",
                          S("ship-q", 40, 0, _PO), "fadewhite:18",
                          S("tents-q", 44, 0, f"whiteout-q {_PO}"), "cut",
                          S("hut-q", 36, 0, f"stovedoor-q {_PO}"), "cut",
                          S("hut-q", 24, 100, f"closer-q {_PO}"), "cut",
                          S("icefield-q", 34, 100, f"glare-q angle2-q {_PO}"), "cut",
                          S("bear-q", 44, 0, _PO), "fade:22",
                          S("crevasse-q", 40, 0, _PO), "cut",
                          S("crevasse-q", 24, 100, f"tight-q {_PO}"), "cut",
                          S("ship-q", 36, 100, f"windshake-q angle2-q {_PO}"), "cut",
                          S("bear-q", 36, 100, f"closer-q flurry-q {_PO}"), "fade:28",
                          S("icefield-q", 54, 200, f"whiteout-q tight-q {_PO}"), "cut",
                          S("tents-q", 36, 150, f"windshake-q {_PO}"), "fadeblack:20",
                          S("card:FILMED ON THE ICE", 28, 0, "wide2-q")]),
    ("aquacade", [S("serif:Bathing Belles of 1953", 28, 0, "grain5-q cscope-q"), "fadeio:10:12",
                  S("stands-q", 36, 0, _AQ), "cut",
                  S("pool-q", 40, 0, f"craneout-q {_AQ}"), "cut",
                  S("pool-q", 24, 100, f"closer-q {_AQ}"), "cut",
                  S("star-q", 36, 0, f"splash-q {_AQ}"), "cut",
                  S("under-q", 44, 0, f"bubbles-q {_AQ}"), "fade:20",
                  S("tower-q", 44, 0, f"divetilt-q {_AQ}"), "cut",
                  S("fountain-q", 36, 0, f"surge-q {_AQ}"), "cut",
                  S("stands-q", 30, 100, f"pressflash-q angle2-q {_AQ}"), "cut",
                  S("under-q", 34, 100, f"angle2-q {_AQ}"), "dissolve:14",
                  S("pool-q", 40, 200, f"angle2-q {_AQ}"), "cut",
                  S("star-q", 26, 100, f"closer-q {_AQ}"), "cut",
                  S("fountain-q", 36, 100, f"tight-q {_AQ}"), "fadegrays:18",
                  S("tower-q", 34, 100, f"closer-q {_AQ}"), "cut",
                  S("under-q", 28, 200, f"tight-q {_AQ}"), "cut",
                  S("pool-q", 48, 300, f"craneout-q {_AQ}"), "fadeblack:24",
                  S("serif:The End", 34, 0, "grain5-q cscope-q")]),
    ("night-taxi", [S("card:NIGHT FARE", 28, 0, "scope-q"), "fadeio:10:10",
                    S("street-q", 40, 0, _TX), "cut",
                    S("windscreen-q", 40, 0, _TX), "cut",
                    S("driver-q", 36, 0, _TX), "cut",
                    S("mirror-q", 24, 0, _TX), "cut",
                    S("passenger-q", 40, 0, _TX), "fade:18",
                    S("windscreen-q", 40, 100, f"headlights-q angle2-q {_TX}"), "cut",
                    S("meter-q", 30, 0, _TX), "cut",
                    S("driver-q", 32, 100, f"police-q closer-q {_TX}"), "cut",
                    S("diner-q", 40, 0, _TX), "fadeblack:16",
                    S("street-q", 38, 100, f"bump-q angle2-q {_TX}"), "cut",
                    S("windscreen-q", 30, 200, f"tunnel-q tight-q {_TX}"), "cut",
                    S("mirror-q", 30, 100, f"closer-q {_TX}"), "dissolve:10",
                    S("passenger-q", 36, 100, f"closer-q {_TX}"), "cut",
                    S("driver-q", 44, 200, f"angle2-q {_TX}"), "fade:28",
                    S("street-q", 56, 200, _TX), "fadeblack:20",
                    S("card:THE END", 28, 0, "scope-q")]),
]
