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
24 fps, H.264 yuv420p, with NAME.json beside it. Split rule: clips whose index
is 2 mod 3 are held out; the others are for tuning. Also written: all-color.mp4
(every color clip joined, for timing) and trailer-annotated.json (the trailer's
own boundaries, annotated by eye). Idempotent: a clip is regenerated only if
it or its JSON is missing or its recipe changed.

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


def build(items, credits_file):
    """The ffmpeg arguments (inputs, filter graph) and the ground truth of a clip."""
    segs, trans = items[0::2], items[1::2]
    args, graph, truth, spans = [], [], [], []
    for i, seg in enumerate(segs):
        inp, head = segment_input(seg)
        args += [a.replace("CREDITS", str(credits_file)) for a in inp]
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
    out = subprocess.run(["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                          "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", str(path)],
                         check=True, capture_output=True, text=True).stdout
    return int(out.strip())


def make_clip(index, name, items, out):
    stem = out / f"{index:02d}-{name}"
    credits_file = out / "credits.txt"
    args, graph, truth, spans, frames = build(items, credits_file)
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
        "clip": stem.name, "index": index, "split": "held-out" if index % 3 == 2 else "tuning",
        "videos": videos, "fps": FPS, "frames": frames, "recipe": recipe,
        "boundaries": truth, "shots": spans}, indent=1))
    return stem.name, True


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path.home() / ".cache" / "filmprint-shots-corpus")
    out = ap.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    (out / "credits.txt").write_text(CREDITS + "\n")
    made = [make_clip(i, name, items, out) for i, (name, items) in enumerate(CLIPS)]
    for name, new in made:
        print(f"{'made' if new else 'kept'} {name}", file=sys.stderr)
    joined = out / "all-color.mp4"
    if any(new for _, new in made) or not joined.exists():
        listing = out / "all-color.txt"
        listing.write_text("".join(f"file '{n}-color.mp4'\n" for n, _ in made))
        subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "concat", "-safe", "0", "-i",
                        str(listing), "-c", "copy", str(joined)], check=True)
    (out / "trailer-annotated.json").write_text(json.dumps(
        {"clip": "trailer-annotated", "videos": {"color": str(TRAILER)}, "fps": FPS,
         "frames": 1323, "annotated_by_eye": True, **TRAILER_TRUTH}, indent=1))


if __name__ == "__main__":
    main()
