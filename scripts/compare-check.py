#!/usr/bin/env python3
"""How well `filmprint compare` finds known differences: the bundled trailer (real footage)
and a generated film of twelve moving scenes, each against copies made with FFmpeg —
re-encoded, trimmed, with a scene cut out, graded three ways, retimed 24 → 25 fps — and
against an unrelated film. Grades are checked against the shift measured on the pixels
themselves (every 12th frame, 80×45, in Oklab), independently of filmprint's sampling,
clustering and alignment. Prints a Markdown table (the ones in docs/compare.md).

    python3 scripts/compare-check.py [--held-out] [path/to/filmprint]   # default target/release/filmprint

The default set is what compare was developed on; `--held-out` is another generated film
(other colors, scene lengths and seeds) and other edits of the trailer (other trims, another
scene cut, other grades, a 25 → 24 fps slow-down), measured once after development.

Needs ffmpeg; pure Python otherwise (about a minute).
"""

import json
import math
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARGS = [a for a in sys.argv[1:] if a != "--held-out"]
HELD_OUT = "--held-out" in sys.argv[1:]
BIN = ARGS[0] if ARGS else os.path.join(ROOT, "target/release/filmprint")
TRAILER = os.path.join(ROOT, "samples/bbb_trailer_360p.mp4")
ENCODE = ["-an", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-g", "48"]
SCENES = [2.5, 3.0, 2.0, 3.5, 2.5, 3.0, 2.0, 3.5, 2.5, 2.0, 3.0, 2.5]
COLORS = ["0xd04020", "0x2060c0", "0xe0c040", "0x30a050", "0x8030a0", "0xf0f0e0", "0x103040", "0xc07030",
          "0x40c0c0", "0xa02060", "0x607080", "0x90b020"]


def ffmpeg(*args):
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-nostdin", *args], check=True)


# The held-out film: other scene lengths (40 s), colors and seeds.
HELD_OUT_SCENES = [3.0, 1.5, 4.0, 2.5, 3.5, 2.0, 4.5, 3.0, 2.5, 3.5, 2.0, 4.0, 4.0]
HELD_OUT_COLORS = ["0x7a2e10", "0x1f8a70", "0xbedb39", "0xfd7400", "0x004358", "0xe8e0c8", "0x5c1a5e",
                   "0x3e6b2a", "0xd9a441", "0x2b4c7e", "0xc33c54", "0x8fb8de", "0x40322a"]


def generated(path, scenes=SCENES, colors=COLORS, seed=1):
    args = []
    for i, seconds in enumerate(scenes):
        c0, c1 = colors[i % len(colors)], colors[(i + 5) % len(colors)]
        args += ["-f", "lavfi", "-i", f"gradients=s=160x90:r=24:c0={c0}:c1={c1}:speed=0.03:seed={i + seed}:d={seconds}"]
    inputs = "".join(f"[{i}:v]" for i in range(len(scenes)))
    ffmpeg(*args, "-filter_complex", f"{inputs}concat=n={len(scenes)}:v=1:a=0[v]", "-map", "[v]", *ENCODE, path)


# The edits: (trim at start, trim at end), grades, and the retime (filter, rate, expected speed).
EDITS = {
    "trims": (7.3, 2.0),
    "grades": [("sat", "eq=saturation=0.8", "chroma"), ("hue", "hue=h=15", "hue"),
               ("bal", "colorbalance=rm=0.15:gm=-0.05:bm=-0.1", "shift")],
    "retime": ("setpts=PTS*24/25", "25", 25 / 24, "retimed 24 → 25 fps"),
}
HELD_OUT_EDITS = {
    "trims": (3.7, 4.4),
    "grades": [("sat", "eq=saturation=1.25", "chroma"), ("hue", "hue=h=-20", "hue"),
               ("bal", "colorbalance=rs=-0.1:bs=0.15:bm=0.08", "shift")],
    "retime": ("setpts=PTS*25/24", "24", 24 / 25, "retimed 25 → 24 fps (played slower)"),
}


def srgb_to_oklab(r, g, b):
    def lin(c):
        c /= 255.0
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = lin(r), lin(g), lin(b)
    l = (0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b) ** (1 / 3)
    m = (0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b) ** (1 / 3)
    s = (0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b) ** (1 / 3)
    return (0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
            1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
            0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s)


def pixels(path):
    raw = subprocess.run(["ffmpeg", "-v", "error", "-nostdin", "-i", path, "-vf", "select='not(mod(n\\,12))',scale=80:45",
                          "-vsync", "0", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"], capture_output=True, check=True).stdout
    return [srgb_to_oklab(raw[i], raw[i + 1], raw[i + 2]) for i in range(0, len(raw), 3)]


def pixel_grade(a, b):
    pa, pb = pixels(a), pixels(b)
    n = min(len(pa), len(pb))
    ca = cb = sin = cos = 0.0
    shift = [0.0, 0.0, 0.0]
    for x, y in zip(pa[:n], pb[:n]):
        hx, hy = math.hypot(x[1], x[2]), math.hypot(y[1], y[2])
        ca += hx
        cb += hy
        for k in range(3):
            shift[k] += (y[k] - x[k]) / n
        if hx > 0.02 and hy > 0.02:
            turn = math.atan2(y[2], y[1]) - math.atan2(x[2], x[1])
            w = min(hx, hy)
            sin += w * math.sin(turn)
            cos += w * math.cos(turn)
    return {"chroma_ratio": cb / ca, "shift": shift, "hue_turn": math.degrees(math.atan2(sin, cos))}


def compare(a, b, extra):
    out = b + ".json"
    run = subprocess.run([BIN, "compare", a, b, "-q", "-o", b + ".png", "--json", out, *extra], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(run.stderr)
    return json.load(open(out))


def spans(c, key):
    return ", ".join(f"{s['start_s']:.1f}–{s['end_s']:.1f}" for s in c[key]) or "none"


def rows(name, base, cut_span, samples, work, edits):
    extra = ["-n", samples] if samples else []
    out = []
    def copy(tag, before, args):
        path = os.path.join(work, f"{name}-{tag}.mp4")
        ffmpeg(*before, "-i", base, *args, *ENCODE, path)
        return path
    c = compare(base, copy("mpeg4", [], ["-c:v", "mpeg4", "-q:v", "6"]), extra)
    out.append((name, "re-encoded (MPEG-4 part 2)", "distance ≈ 0, no spans",
                f"distance {c['distance']:.4f}; spans A {spans(c, 'only_in_a')}, B {spans(c, 'only_in_b')}"))
    duration = c["a"]["span"]["end_s"]
    start, end = edits["trims"]
    c = compare(base, copy("trim", ["-ss", str(start)], ["-t", f"{duration - start - end:.3f}"]), extra)
    step = duration / int(c["a"]["samples"])
    out.append((name, f"trimmed {start} s at the start, {end} s at the end", f"offset −{start} s ± {step:.3f} (one sample)",
                f"offset {c['timing']['offset_s']:+.3f} s; B lacks {spans(c, 'only_in_a')}"))
    s, e = cut_span
    c = compare(base, copy("cut", [], ["-vf", f"select='not(between(t,{s},{e - 0.01}))',setpts=N/24/TB"]), extra)
    out.append((name, f"scene cut out ({s}–{e} s)", "that span ± 2 s", f"B lacks {spans(c, 'only_in_a')}"))
    for tag, flt, what in edits["grades"]:
        path = copy(tag, [], ["-vf", flt])
        c, truth = compare(base, path, extra), pixel_grade(base, path)
        g = c["grade"]
        if what == "chroma":
            out.append((name, flt, f"chroma ×{truth['chroma_ratio']:.3f} (pixels)", f"chroma ×{g['chroma_ratio']:.3f}"))
        elif what == "hue":
            out.append((name, flt, f"hue turn {truth['hue_turn']:.1f}° (pixels)", f"hue turn {g['hue_turn']:.1f}°"))
        else:
            t = truth["shift"]
            out.append((name, flt, f"ΔL Δa Δb {t[0]:+.4f} {t[1]:+.4f} {t[2]:+.4f} (pixels)",
                        f"ΔL Δa Δb {g['lightness']:+.4f} {g['a']:+.4f} {g['b']:+.4f}"))
    flt, rate, speed, what = edits["retime"]
    c = compare(base, copy("pal", [], ["-vf", flt, "-r", rate]), extra)
    out.append((name, what, f"speed {speed:.4f} ± 0.5 %", f"speed {c['timing']['speed']:.4f}"))
    other = os.path.join(work, f"{name}-other.mp4")
    ffmpeg("-f", "lavfi", "-i", "mandelbrot=s=160x90:r=24", "-t", "30", *ENCODE, other)
    c = compare(base, other, extra)
    out.append((name, "an unrelated film (a Mandelbrot zoom)", "far above all of the above",
                f"distance {c['distance']:.4f}, matched {100 * c['matched'][0]:.0f} % of A"))
    return out


def main():
    with tempfile.TemporaryDirectory() as work:
        film = os.path.join(work, "generated.mp4")
        trailer = os.path.join(work, "trailer.mp4")
        ffmpeg("-i", TRAILER, "-vf", "scale=320:180", *ENCODE, trailer)
        if HELD_OUT:
            # Scenes 5 and 6 of the held-out film (11.0–16.5 s); the trailer's third shot (10.04–14.04 s).
            generated(film, HELD_OUT_SCENES, HELD_OUT_COLORS, seed=40)
            table = rows("generated (held out)", film, (11.0, 16.5), "400", work, HELD_OUT_EDITS)
            table += rows("trailer (held out)", trailer, (10.04, 14.04), None, work, HELD_OUT_EDITS)
        else:
            generated(film)
            table = rows("generated", film, (13.5, 18.5), "300", work, EDITS)
            table += rows("trailer", trailer, (24.7, 36.0), None, work, EDITS)
    print("| film | copy | expected | filmprint |")
    print("|---|---|---|---|")
    for row in table:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
