#!/usr/bin/env python3
"""Generate the shot-boundary test corpus with frame-exact ground truth.

Each clip is joined from segments (ffmpeg lavfi sources, and pieces of the
bundled Big Buck Bunny trailer that lie strictly inside one of its shots) by
one ffmpeg filter graph: cuts (concat), cross-dissolves (xfade fade/dissolve),
fades through black/white (xfade fadeblack/fadewhite) and fade-out/fade-in
(fade filter + concat). The ground truth is computed from the segment lengths:
a cut is the first frame of the new shot (first == last); a gradual transition
is the interval of blended frames. Inside shots there are distractors that are
NOT boundaries: flashes (1-2 bright or white frames), fast pans, zooms, grain.

Every clip is written in color and in black and white (hue=s=0), 320x180,
24 fps, H.264 yuv420p, with NAME.json beside it. Splits: of clips 00-11
(CLIPS), those whose index is 2 mod 3 are "held-out", the others "tuning";
clips 12-17 (HELD_OUT_B) are "held-out-b", a second held-out set made later
from new recipes (other sources, trailer frames, effects, seeds, orders and
transition lengths, the same kinds of difficulty), never looked at while
tuning. Also written: all-color.mp4 (the color clips 00-11 joined, for
timing) and trailer-annotated.json (the trailer's own boundaries, annotated by
eye). Idempotent: a clip is regenerated only if it or its JSON is missing or
its recipe changed.

Usage: scripts/shots-corpus.py [--out DIR]   (default ~/.cache/filmprint-shots-corpus)
"""

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

FPS, W, H = 24, 320, 180
REPO = Path(__file__).resolve().parent.parent
TRAILER = REPO / "samples" / "bbb_trailer_360p.mp4"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# Frame ranges of the trailer that lie strictly inside one shot, with no text
# fading in or out (checked by eye on extracted frames).
BBB_SHOTS = {"sky": (30, 78), "bird": (268, 310), "hole": (400, 538),
             "emerge": (558, 590), "hill": (596, 742), "squirrel": (795, 862),
             "field": (866, 898), "tree": (908, 986), "rodents": (990, 1047),
             "closeup": (1051, 1097), "sepia": (1136, 1202)}

# Trailer boundaries annotated by eye (frame numbers from 0, see docs in report).
TRAILER_TRUTH = {
    "boundaries": [
        {"kind": "gradual", "first": 217, "last": 264, "what": "fade out to black / fade in"},
        {"kind": "gradual", "first": 313, "last": 360, "what": "fade out to black / fade in"},
        {"kind": "cut", "first": 593, "last": 593, "what": "cut"},
        {"kind": "gradual", "first": 745, "last": 792, "what": "fade out to black / fade in"},
        {"kind": "cut", "first": 864, "last": 864, "what": "cut"},
        {"kind": "cut", "first": 900, "last": 900, "what": "cut (then fast camera shake, no cut)"},
        {"kind": "cut", "first": 988, "last": 988, "what": "cut"},
        {"kind": "cut", "first": 1049, "last": 1049, "what": "cut"},
        {"kind": "gradual", "first": 1099, "last": 1134, "what": "dark dissolve to sepia shot"},
        {"kind": "gradual", "first": 1204, "last": 1252, "what": "fade to black, credit card"},
    ],
    # Reported boundaries here are neither hits nor false positives.
    "ignore": [{"first": 0, "last": 26, "what": "opening fade in from black"}],
}

LAVFI = {
    "testsrc2": "testsrc2=s=320x180:r=24",
    "smptebars": "smptebars=s=320x180:r=24",
    "rgbtestsrc": "rgbtestsrc=s=320x180:r=24",
    "colorchart": "colorchart=r=24:patch_size=48x48,scale=320:180",
    "mandelbrot": "mandelbrot=s=320x180:r=24",
    "life": "life=s=160x90:r=24:seed=7:ratio=0.3:mold=10:life_color=#60ff60:death_color=#402020,"
            "scale=320:180:flags=neighbor",
    "cellauto": "cellauto=s=320x180:r=24:rule=110:seed=5",
    "gradients": "gradients=s=320x180:r=24:speed=0.05:seed=3:n=3",
    "sierpinski": "sierpinski=s=320x180:r=24:seed=2",
    "zoneplate": "nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='128+100*sin(((X-160)*(X-160)"
                 "+(Y-90)*(Y-90))/150-N*0.5)':cb='128+50*sin(X/25+N*0.1)':cr=128",
    "navy": "color=c=0x203070:s=320x180:r=24,noise=alls=30:allf=t",
    "ochre": "color=c=0xc09030:s=320x180:r=24,noise=alls=30:allf=t",
    "credits": f"color=c=black:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=13:"
               "fontcolor=white:line_spacing=10:textfile=CREDITS:x=(w-tw)/2:y=h-2*n",
}
CREDITS = "\n".join(["Directed by", "A. Machine", "", "Produced by", "The Test Corpus",
                     "", "Music", "Silence", "", "Cast", "Testsrc Two", "Mandelbrot",
                     "Big Buck Bunny", "", "Thanks to", "FFmpeg"])

# Sources added for held-out-b (own seeds: nothing random is shared with 00-11).
LAVFI.update({
    "testsrc": "testsrc=s=320x180:r=24",
    "pal100bars": "pal100bars=s=320x180:r=24",
    "smptehdbars": "smptehdbars=s=320x180:r=24",
    "yuvtestsrc": "yuvtestsrc=s=320x180:r=24",
    "colorspectrum": "colorspectrum=s=320x180:r=24:type=all",
    "haldclut": "haldclutsrc=level=6:r=24,scale=320:180",
    "mandelbrot-b": "mandelbrot=s=320x180:r=24:start_x=0.2925:start_y=0.0149:start_scale=1.2"
                    ":end_scale=0.005:end_pts=300:outer=normalized_iteration_count:inner=period",
    "life-b": "life=s=160x90:r=24:seed=23:ratio=0.25:mold=20:life_color=#ffc040:"
              "death_color=#203040,scale=320:180:flags=neighbor",
    "cellauto-b": "cellauto=s=320x180:r=24:rule=30:seed=31",
    "gradients-b": "gradients=s=320x180:r=24:speed=0.03:seed=17:n=5:type=radial",
    "sierpinski-b": "sierpinski=s=320x180:r=24:seed=13:jump=2:type=triangle",
    "plasma": "nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='128+50*sin(X/23+N*0.11)"
              "+50*sin(hypot(X-160,Y-90)/19-N*0.17)':cb='128+60*sin(Y/31+N*0.07)'"
              ":cr='128+60*cos(X/29-N*0.05)'",
    "checker": "nullsrc=s=320x180:r=24,format=yuv420p,geq=lum='if(mod(floor((X+N*3)/20)"
               "+floor(Y/20),2),200,50)':cb=110:cr=150",
    "teal": "color=c=0x206868:s=320x180:r=24,noise=alls=26:allf=t:all_seed=31337",
    "slate": "color=c=0x8890a0:s=320x180:r=24,noise=alls=26:allf=t:all_seed=27182",
    "maroon": "color=c=0x602030:s=320x180:r=24,noise=alls=26:allf=t:all_seed=16180",
    "credits-b": f"color=c=0x101830:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=15:"
                 "fontcolor=0xf0e0a0:line_spacing=8:textfile=ENDROLL:x=(w-tw)/2:y=h-3*n",
})
ENDROLL = "\n".join(["Written by", "Nobody in Particular", "", "Camera", "A Virtual One", "",
                     "Editing", "Frame Exact", "", "With", "Plasma", "Checkerboard",
                     "Rule Thirty", "", "Filmed in", "Libavfilter"])
# Text files for drawtext: placeholder in a source -> (file in the output directory, text).
TEXT_FILES = {"CREDITS": ("credits.txt", CREDITS), "ENDROLL": ("endroll.txt", ENDROLL)}

FX = {  # effects applied inside a segment (n = frame within the segment)
    "grain": "noise=alls=20:allf=t",
    "dark": "eq=brightness=-0.3",
    "letterbox": "scale=320:136,pad=320:180:0:22:black",
    "sepia": "colorchannelmixer=.393:.769:.189:0:.349:.686:.168:0:.272:.534:.131",
    "pan": "scale=640:360,crop=320:180:x='min(n*12,320)':y='min(n*4,180)'",
    "whip": "scale=640:360,crop=320:180:x='160+160*sin(n*0.3)':y=90",
    "zoom": "zoompan=z='1+0.012*in':d=1:s=320x180:fps=24:x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2'",
    # MID = the middle of the frames not overlapped by the transitions around.
    "flash": "eq=brightness=0.5:enable='between(n,MID,MID+1)'",
    "white": "drawbox=c=white:t=fill:enable='eq(n,MID)'",
    # Added for held-out-b.
    "grain2": "noise=alls=24:allf=t+u:all_seed=8191",
    "dim": "eq=brightness=-0.22:gamma=0.75",
    "scope": "scale=320:134,pad=320:180:0:23:black",
    "tilt": "scale=640:360,crop=320:180:x=160:y='min(n*5,180)'",
    "whip2": "scale=640:360,crop=320:180:x='160-155*sin(n*0.42)':y='90+60*sin(n*0.21)'",
    "zoomout": "zoompan=z='max(1,1.7-0.014*in)':d=1:s=320x180:fps=24:x='iw/2-iw/zoom/2'"
               ":y='ih/2-ih/zoom/2'",
    "flash2": "eq=brightness=0.6:enable='eq(n,MID-2)'",
    "strobe": "eq=brightness=0.45:enable='eq(n,MID-4)+eq(n,MID+3)'",
}


def card(text):
    """A static white-on-black title card (credits)."""
    return (f"color=c=black:s=320x180:r=24,drawtext=fontfile={FONT}:fontsize=20:"
            f"fontcolor=white:text='{text}':x=(w-tw)/2:y=(h-th)/2")


def S(src, n, at=0, fx=""):
    """A segment: n frames of source src from its frame at, with effects fx."""
    return {"src": src, "n": n, "at": at, "fx": fx.split() if fx else []}


# Transitions: "cut", "<xfade type>:<frames>" (fade = cross-dissolve,
# dissolve = pixel dissolve, fadeblack, fadewhite), "fadeio:<out>:<in>".
CLIPS = [
    ("synthetic", [S("testsrc2", 40), "cut", S("smptebars", 36), "cut", S("mandelbrot", 48),
                   "fade:12", S("life", 40), "cut", S("cellauto", 36), "dissolve:16",
                   S("gradients", 44), "cut", S("rgbtestsrc", 50, fx="flash"), "fadeblack:18",
                   S("sierpinski", 40), "cut", S("zoneplate", 40), "cut", S("colorchart", 36)]),
    ("trailer", [S("bbb", 40, 600), "cut", S("bbb", 36, 910), "cut", S("bbb", 30, 800),
                 "fade:16", S("bbb", 44, 410), "cut", S("bbb", 36, 995), "cut",
                 S("bbb", 40, 690), "fadeio:10:10", S("bbb", 48, 1140), "cut",
                 S("bbb", 30, 866), "cut", S("bbb", 40, 1051), "dissolve:12", S("bbb", 36, 270)]),
    ("mixed-grain", [S("bbb", 36, 620, "grain"), "cut", S("testsrc2", 30, 50, "grain"), "cut",
                     S("bbb", 40, 920, "grain"), "fadewhite:14", S("mandelbrot", 36, 100, "grain"),
                     "cut", S("bbb", 30, 1000, "grain"), "fade:20", S("bbb", 44, 800, "grain"),
                     "cut", S("navy", 30), "cut", S("bbb", 36, 1140, "grain"), "fadeio:8:12",
                     S("life", 36, 60, "grain"), "cut", S("bbb", 40, 420, "grain")]),
    ("dark", [S("bbb", 40, 640, "dark"), "cut", S("bbb", 36, 930, "dark"), "fadeblack:16",
              S("mandelbrot", 40, 40, "dark"), "cut", S("bbb", 30, 1060, "dark"), "cut",
              S("bbb", 40, 440, "dark"), "fade:16", S("bbb", 36, 820, "dark"), "cut",
              S("sierpinski", 30, 30, "dark"), "fadeio:10:10", S("bbb", 44, 1150, "dark"),
              "cut", S("bbb", 30, 1000, "dark"), "cut", S("bbb", 30, 560, "dark")]),
    ("letterbox-motion", [S("bbb", 40, 600, "pan letterbox"), "cut",
                          S("bbb", 36, 930, "letterbox"), "cut",
                          S("testsrc2", 40, 0, "whip letterbox"), "fade:14",
                          S("bbb", 40, 700, "zoom letterbox"), "cut",
                          S("bbb", 30, 1000, "letterbox"), "cut",
                          S("mandelbrot", 40, 20, "whip letterbox"), "fadeblack:20",
                          S("bbb", 44, 800, "pan letterbox"), "cut",
                          S("bbb", 30, 1055, "letterbox"), "dissolve:14",
                          S("gradients", 36, 0, "letterbox"), "cut",
                          S("bbb", 40, 440, "whip letterbox")]),
    ("dark-letterbox", [S("bbb", 36, 660, "dark letterbox"), "cut",
                        S("life", 36, 30, "dark letterbox"), "fadeio:10:8",
                        S("bbb", 40, 940, "dark letterbox grain"), "cut",
                        S("bbb", 30, 1010, "dark letterbox"), "fade:18",
                        S("bbb", 40, 1160, "dark letterbox"), "cut",
                        S("testsrc2", 30, 30, "dark letterbox"), "cut",
                        S("bbb", 40, 815, "dark letterbox pan"), "fadeblack:16",
                        S("bbb", 36, 450, "dark letterbox"), "cut",
                        S("zoneplate", 30, 0, "dark letterbox"), "cut",
                        S("bbb", 36, 610, "dark letterbox")]),
    ("credits", [S("card:Big Buck Test", 36), "fadeio:10:10", S("card:A Shot Corpus", 36), "cut",
                 S("card:Directed by Nobody", 30), "cut", S("card:Music by Silence", 30),
                 "fadeio:8:8", S("bbb", 40, 620), "fade:16", S("credits", 60), "cut",
                 S("card:The End", 36), "fadeblack:14", S("bbb", 36, 1150), "cut",
                 S("card:Made with FFmpeg", 30), "cut", S("smptebars", 30)]),
    ("similar", [S("bbb", 36, 600), "cut", S("bbb", 36, 700), "cut", S("mandelbrot", 36),
                 "cut", S("mandelbrot", 36, 120), "cut", S("bbb", 36, 410), "cut",
                 S("bbb", 36, 500), "fade:14", S("life", 36), "cut", S("life", 36, 120), "cut",
                 S("bbb", 36, 950), "cut", S("bbb", 36, 910), "dissolve:16",
                 S("bbb", 40, 800, "zoom"), "cut", S("bbb", 26, 836)]),
    ("similar-credits", [S("bbb", 36, 640), "cut", S("bbb", 36, 706), "cut",
                         S("card:Part Two", 30), "fadeio:8:8", S("credits", 48, 40), "cut",
                         S("sierpinski", 36), "cut", S("sierpinski", 36, 150), "fade:16",
                         S("bbb", 36, 690), "cut", S("bbb", 36, 610), "cut",
                         S("mandelbrot", 36, 60), "cut", S("mandelbrot", 36, 200), "fadeblack:18",
                         S("card:Fin", 36)]),
    ("flashes-pans", [S("bbb", 40, 610, "flash"), "cut", S("testsrc2", 36, 0, "whip"), "cut",
                      S("bbb", 40, 920, "white"), "fadewhite:12", S("bbb", 40, 660, "whip"),
                      "cut", S("mandelbrot", 36, 0, "pan flash"), "cut",
                      S("bbb", 46, 1052, "white"), "fade:14", S("bbb", 44, 800, "pan"), "cut",
                      S("gradients", 50, 0, "flash"), "fadeblack:14", S("bbb", 36, 420, "whip"),
                      "cut", S("bbb", 40, 1140, "flash")]),
    ("grain-sepia-slow", [S("bbb", 48, 600, "grain sepia"), "fade:30", S("bbb", 48, 910, "grain"),
                          "cut", S("mandelbrot", 36, 60, "grain"), "dissolve:24",
                          S("bbb", 48, 1000, "grain sepia"), "cut", S("ochre", 30), "cut",
                          S("bbb", 36, 800, "grain"), "fadeio:16:16", S("bbb", 44, 450, "sepia"),
                          "cut", S("navy", 30), "fade:28", S("bbb", 44, 696, "grain")]),
    ("distractors", [S("bbb", 40, 630, "whip"), "cut", S("bbb", 40, 930, "flash grain"), "cut",
                     S("zoneplate", 36, 20), "fadewhite:14", S("bbb", 40, 1055, "white"), "cut",
                     S("bbb", 36, 680, "pan"), "fade:16", S("testsrc2", 36, 60, "zoom"), "cut",
                     S("bbb", 36, 820, "flash"), "cut", S("cellauto", 30, 0, "whip"),
                     "fadeio:10:10", S("bbb", 40, 1150, "white"), "cut",
                     S("bbb", 36, 470, "zoom flash")]),
]

# held-out-b (clips 12-17): new recipes, written after 00-11 were tuned on. Trailer start
# frames differ from those above; about 17 boundaries a clip, two thirds cuts.
HELD_OUT_B = [
    ("dusk-grain", [S("bbb", 34, 32, "dim grain2"), "cut", S("teal", 28), "cut",
                    S("bbb", 38, 462, "dim"), "fadeblack:22", S("mandelbrot-b", 44, 0, "dim"),
                    "cut", S("bbb", 30, 1166, "dim grain2"), "cut", S("bbb", 26, 1020, "dim"),
                    "dissolve:10", S("plasma", 40, 0, "dim"), "cut",
                    S("bbb", 44, 935, "dim grain2"), "cut", S("bbb", 30, 650, "dim"), "cut",
                    S("bbb", 30, 712, "dim"), "fadeio:14:6", S("life-b", 36, 40, "dim"), "cut",
                    S("bbb", 22, 1068, "dim"), "cut", S("maroon", 40, 0, "dim"), "fade:26",
                    S("bbb", 50, 808, "dim grain2"), "cut", S("bbb", 28, 283, "dim"), "cut",
                    S("sierpinski-b", 34, 50, "dim"), "fadeblack:12", S("bbb", 36, 604, "dim")]),
    ("title-sequence", [S("card:Chapter One", 30), "fadeio:12:8", S("bbb", 42, 36, "scope"),
                        "cut", S("bbb", 36, 274, "scope"), "cut",
                        S("card:Somewhere in a Forest", 26), "cut",
                        S("card:Early One Morning", 26), "fadeblack:16",
                        S("bbb", 48, 1144, "scope"), "cut", S("credits-b", 64), "cut",
                        S("bbb", 26, 872, "scope"), "dissolve:20", S("smptehdbars", 40), "cut",
                        S("pal100bars", 36), "fade:8", S("bbb", 44, 670, "tilt scope"), "cut",
                        S("card:Intermission", 30), "fadeio:6:14", S("bbb", 36, 925, "scope"),
                        "cut", S("bbb", 24, 1024, "scope"), "cut", S("card:To Be Continued", 30),
                        "fadewhite:18", S("bbb", 40, 1058), "cut",
                        S("card:Thanks for Watching", 30)]),
    ("camera-moves", [S("bbb", 46, 646, "whip2"), "cut", S("testsrc", 36, 0, "zoomout"), "cut",
                      S("bbb", 40, 944, "pan"), "fade:22", S("bbb", 44, 480, "tilt"), "cut",
                      S("gradients-b", 36, 0, "whip"), "cut", S("bbb", 36, 998, "zoom"), "cut",
                      S("bbb", 36, 826, "whip2"), "dissolve:26", S("cellauto-b", 50, 0, "pan"),
                      "cut", S("bbb", 30, 1064, "zoomout"), "cut",
                      S("mandelbrot-b", 36, 80, "tilt"), "cut", S("bbb", 28, 562, "whip"),
                      "fadeblack:10", S("bbb", 38, 40, "zoom"), "cut",
                      S("checker", 36, 0, "whip2"), "cut", S("bbb", 30, 1172, "pan"),
                      "fadeio:12:12", S("bbb", 40, 598, "tilt"), "cut",
                      S("bbb", 20, 722, "whip"), "cut", S("plasma", 40, 30, "zoomout"),
                      "fade:14", S("bbb", 40, 912, "zoom")]),
    ("flashes-slow", [S("bbb", 44, 430, "strobe"), "fade:30", S("bbb", 50, 655, "flash2"), "cut",
                      S("slate", 30, 0, "white"), "dissolve:22", S("bbb", 40, 946, "sepia flash"),
                      "cut", S("yuvtestsrc", 30, 0, "flash"), "cut",
                      S("bbb", 36, 1006, "white"), "fadewhite:16",
                      S("bbb", 40, 798, "strobe"), "cut", S("bbb", 20, 1078, "sepia"), "cut",
                      S("life-b", 40, 0, "flash2"), "fade:18", S("bbb", 30, 48, "sepia strobe"),
                      "cut", S("bbb", 30, 869, "white"), "cut",
                      S("colorspectrum", 30, 0, "flash"), "dissolve:12",
                      S("bbb", 50, 488, "flash2 grain2"), "cut", S("bbb", 30, 1170, "white"),
                      "fadeblack:14", S("bbb", 27, 716, "flash"), "cut", S("haldclut", 30),
                      "cut", S("bbb", 22, 288, "flash")]),
    ("similar-grain", [S("bbb", 36, 406, "grain2"), "cut", S("bbb", 30, 508, "grain2"), "cut",
                       S("mandelbrot-b", 36, 10, "letterbox"), "cut",
                       S("mandelbrot-b", 36, 140, "letterbox"), "fade:12",
                       S("bbb", 28, 958, "letterbox"), "cut", S("bbb", 40, 916, "letterbox"),
                       "cut", S("teal", 30), "cut", S("slate", 30), "dissolve:18",
                       S("sierpinski-b", 40, 0, "grain2"), "cut",
                       S("sierpinski-b", 40, 200, "grain2"), "cut", S("bbb", 30, 992), "cut",
                       S("bbb", 30, 832), "fadeio:20:20", S("life-b", 40), "cut",
                       S("life-b", 40, 150), "cut", S("bbb", 30, 1066, "letterbox"), "cut",
                       S("checker", 30), "fadewhite:10", S("bbb", 30, 1137, "grain2"), "cut",
                       S("bbb", 20, 1078, "grain2"), "fade:8", S("haldclut", 36)]),
    ("night-scope", [S("bbb", 40, 446, "dark scope"), "fadeblack:20", S("testsrc", 36, 40, "dark"),
                     "cut", S("bbb", 36, 1061, "dark scope grain2"), "cut",
                     S("bbb", 30, 559, "dark scope"), "fade:16", S("credits-b", 50, 70), "cut",
                     S("card:Later That Night", 30), "cut", S("bbb", 30, 805, "dark scope"),
                     "cut", S("plasma", 36, 80, "dark"), "dissolve:14",
                     S("bbb", 25, 962, "dark scope"), "cut", S("maroon", 30), "cut",
                     S("bbb", 40, 686, "dark scope zoom"), "fadeio:10:16",
                     S("bbb", 40, 1156, "dark scope"), "cut", S("bbb", 30, 276, "dark scope"),
                     "cut", S("cellauto-b", 30, 100, "dark"), "fade:10",
                     S("bbb", 20, 56, "dark scope"), "cut", S("bbb", 30, 1012, "dark scope"),
                     "cut", S("yuvtestsrc", 30, 0, "dark"), "fadewhite:20",
                     S("bbb", 40, 496, "dark scope")]),
]


def label(seg):
    """How a segment is named in the ground truth, e.g. bbb@600 (trailer frame 600)."""
    return f"{seg['src']}@{seg['at']}" if seg["at"] else seg["src"]


def segment_input(seg):
    """ffmpeg input arguments and the filter chain opening this segment."""
    dur = f"{(seg['at'] + seg['n']) / FPS + 1:.3f}"
    if seg["src"] == "bbb":
        name = next((k for k, (a, b) in BBB_SHOTS.items() if a <= seg["at"] and seg["at"] + seg["n"] - 1 <= b), None)
        if name is None:
            sys.exit(f"trailer frames {seg['at']}+{seg['n']} are not inside one shot")
        # Seek half a frame early: the first frame kept is exactly seg['at'].
        return ["-ss", f"{(seg['at'] - 0.5) / FPS:.6f}", "-t", f"{seg['n'] / FPS + 1:.3f}", "-i", str(TRAILER)], "trim=start_frame=0"
    src = card(seg["src"][5:]) if seg["src"].startswith("card:") else LAVFI[seg["src"]]
    return ["-t", dur, "-f", "lavfi", "-i", src], f"trim=start_frame={seg['at']}"


def overlap(tr):
    """Frames a transition takes from the end of one segment and the start of the next."""
    kind, *num = tr.split(":")
    if kind == "cut":
        return 0, 0
    if kind == "fadeio":
        return int(num[0]), int(num[1])
    return int(num[0]), int(num[0])


def split_of(index):
    """The split a clip belongs to, from its index."""
    if index >= len(CLIPS):
        return "held-out-b"
    return "held-out" if index % 3 == 2 else "tuning"


def with_text_files(arg, out):
    """arg with each text-file placeholder (TEXT_FILES) replaced by the file's path."""
    for name, (file, _) in TEXT_FILES.items():
        arg = arg.replace(name, str(out / file))
    return arg


def build(items, out):
    """The ffmpeg arguments (inputs, filter graph) and the ground truth of a clip."""
    segs, trans = items[0::2], items[1::2]
    args, graph, truth, spans = [], [], [], []
    for i, seg in enumerate(segs):
        inp, head = segment_input(seg)
        args += [with_text_files(a, out) for a in inp]
        into = overlap(trans[i - 1])[1] if i else 0
        out_of = overlap(trans[i])[0] if i < len(trans) else 0
        mid = str((into + seg["n"] - out_of) // 2)
        chain = [head, "setpts=PTS-STARTPTS"] + [FX[f].replace("MID", mid) for f in seg["fx"]]
        chain += [f"scale={W}:{H}", "setsar=1", f"fps={FPS}", "format=yuv420p",
                  f"trim=end_frame={seg['n']}", "setpts=PTS-STARTPTS", f"settb=1/{FPS}"]
        graph.append(f"[{i}:v]{','.join(chain)}[s{i}]")
    length, acc = segs[0]["n"], "s0"
    spans.append({"first": 0, "last": length - 1, "src": label(segs[0]), "fx": segs[0]["fx"]})
    for i, (tr, seg) in enumerate(zip(trans, segs[1:]), 1):
        kind, *num = tr.split(":")
        out, new = f"a{i}", f"s{i}"
        if kind == "cut":
            graph.append(f"[{acc}][{new}]concat=n=2:v=1:a=0,settb=1/{FPS}[{out}]")
            first = last = length
            start = length
        elif kind == "fadeio":
            fo, fi = int(num[0]), int(num[1])
            graph.append(f"[{acc}]fade=t=out:start_frame={length - fo}:nb_frames={fo}[o{i}];"
                         f"[{new}]fade=t=in:start_frame=0:nb_frames={fi}[i{i}];"
                         f"[o{i}][i{i}]concat=n=2:v=1:a=0,settb=1/{FPS}[{out}]")
            first, last, start = length - fo, length + fi - 1, length
        else:
            d = int(num[0])
            graph.append(f"[{acc}][{new}]xfade=transition={kind}:duration={d / FPS:.6f}:"
                         f"offset={(length - d) / FPS:.6f}[{out}]")
            first, last, start = length - d, length - 1, length - d
        truth.append({"kind": "cut" if kind == "cut" else "gradual", "first": first,
                      "last": last, "transition": tr})
        length = start + seg["n"]
        spans.append({"first": start, "last": length - 1, "src": label(seg), "fx": seg["fx"]})
        acc = out
    graph.append(f"[{acc}]split=2[color][g];[g]hue=s=0[bw]")
    return args, ";".join(graph), truth, spans, length


def frame_count(path):
    """The number of frames ffprobe decodes from path."""
    out = subprocess.run(["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                          "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", str(path)],
                         check=True, capture_output=True, text=True).stdout
    return int(out.strip())


def make_clip(index, name, items, out):
    """Encode one clip (both versions) unless up to date; returns (stem, whether made)."""
    stem = out / f"{index:02d}-{name}"
    args, graph, truth, spans, frames = build(items, out)
    recipe = hashlib.sha256(json.dumps([args, graph, spans]).encode()).hexdigest()[:16]
    meta = stem.with_suffix(".json")
    videos = {v: f"{stem.name}-{v}.mp4" for v in ("color", "bw")}
    if meta.exists() and json.loads(meta.read_text()).get("recipe") == recipe \
            and all((out / f).exists() for f in videos.values()):
        return stem.name, False
    enc = ["-c:v", "libx264", "-preset", "medium", "-crf", "18", "-pix_fmt", "yuv420p"]
    cmd = ["ffmpeg", "-v", "error", "-y", *args, "-filter_complex", graph,
           "-map", "[color]", *enc, str(out / videos["color"]),
           "-map", "[bw]", *enc, str(out / videos["bw"])]
    subprocess.run(cmd, check=True)
    for f in videos.values():
        got = frame_count(out / f)
        if got != frames:
            sys.exit(f"{f}: {got} frames, the ground truth expects {frames}")
    meta.write_text(json.dumps({
        "clip": stem.name, "index": index, "split": split_of(index),
        "videos": videos, "fps": FPS, "frames": frames, "recipe": recipe,
        "boundaries": truth, "shots": spans}, indent=1))
    return stem.name, True


def join_color(made, out):
    """all-color.mp4: the color versions of the clips made (00-11; held-out-b stays out)."""
    joined = out / "all-color.mp4"
    if any(new for _, new in made) or not joined.exists():
        listing = out / "all-color.txt"
        listing.write_text("".join(f"file '{n}-color.mp4'\n" for n, _ in made))
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "concat", "-safe", "0", "-i",
                        str(listing), "-c", "copy", str(joined)], check=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path.home() / ".cache" / "filmprint-shots-corpus")
    out = ap.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    for file, text in TEXT_FILES.values():
        (out / file).write_text(text + "\n")
    made = [make_clip(i, name, items, out) for i, (name, items) in enumerate(CLIPS + HELD_OUT_B)]
    for name, new in made:
        print(f"{'made' if new else 'kept'} {name}", file=sys.stderr)
    join_color(made[:len(CLIPS)], out)
    (out / "trailer-annotated.json").write_text(json.dumps(
        {"clip": "trailer-annotated", "videos": {"color": str(TRAILER)}, "fps": FPS,
         "frames": 1323, "annotated_by_eye": True, **TRAILER_TRUTH}, indent=1))


if __name__ == "__main__":
    main()
