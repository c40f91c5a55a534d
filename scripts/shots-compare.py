#!/usr/bin/env python3
"""Compare filmprint's shot-boundary detector with PySceneDetect on the corpus.

Runs, one after another on each clip (color and black-and-white versions):
ffmpeg decoding alone, `filmprint shots`, `scenedetect detect-content` and
`scenedetect detect-adaptive` (PySceneDetect with its default parameters),
then scores each against the ground truth written by shots-corpus.py and
prints a markdown report: precision, recall, F1 and gradual-transition recall
per detector, version and split, and the wall times with ratios to ffmpeg.

Matching: a true cut is found by a reported boundary (any kind) whose
interval, widened by 2 frames each side, contains it; a true gradual
transition by a reported boundary overlapping it widened by 0.5 s each side
(with --strict, by one lying wholly inside it widened so: the issue's words read
literally; PySceneDetect reports cuts, single frames, for which the two rules agree).
One-to-one, greedy by distance; unmatched reports are false positives.

Splits (the `split` field of each clip's JSON): tuning, held-out,
held-out-b (a second, later held-out set, clips 12-17), held-out-c (a
third, written after held-out-b, clips 18-23), held-out-d (a fourth,
written after held-out-c, clips 24-29), held-out-e (a fifth, written
after held-out-d, clips 30-35), held-out-f (a sixth, written after
held-out-e, clips 36-41), held-out-g (a seventh, written after
held-out-f, clips 42-47), held-out-h (an eighth, written after
held-out-g, clips 48-53), held-out-i (the ninth, written after
held-out-h, clips 54-59), held-out-j (the tenth, written after
held-out-i, clips 60-65), held-out-k (the eleventh, written after
held-out-j, clips 66-71), held-out-l (the twelfth, written after
held-out-k, clips 72-77), held-out-m (the thirteenth, written after
held-out-l, clips 78-83), held-out-n (the fourteenth, written after
held-out-m, clips 84-89), held-out-o (the fifteenth, written after
held-out-n, clips 90-95), held-out-p (the sixteenth, written after
held-out-o, clips 96-101), held-out-q (the seventeenth, written after
held-out-p, clips 102-107), held-out-r (the eighteenth, written after
held-out-q, clips 108-113), held-out-s (the nineteenth, written after
held-out-r, clips 114-119), held-out-t (the twentieth, written after
held-out-s, clips 120-125), held-out-u (the twenty-first, written after
held-out-t, clips 126-131), held-out-v (the twenty-second, written after
held-out-u, clips 132-137), held-out-w (the twenty-third, written after
held-out-v, clips 138-143), held-out-x (the twenty-fourth, written after
held-out-w, clips 144-149), held-out-y (the twenty-fifth, written after
held-out-x, clips 150-155), held-out-z (the twenty-sixth, written after
held-out-y, clips 156-161), held-out-aa (the twenty-seventh, written after
held-out-z, clips 162-167), held-out-ab (the twenty-eighth, written after
held-out-aa, clips 168-173), held-out-ac (the twenty-ninth, written after
held-out-ab, clips 174-179), held-out-ad (the thirtieth, written after
held-out-ac, clips 180-185), held-out-ae (the thirty-first, written after
held-out-ad, clips 186-191), held-out-af (the thirty-second, written after
held-out-ae, clips 192-197), held-out-ag (the thirty-third, written after
held-out-af, clips 198-203), held-out-ah (the thirty-fourth, written after
held-out-ag, clips 204-209), held-out-ai (the thirty-fifth, written after
held-out-ah, clips 210-215), held-out-aj (the thirty-sixth, written after
held-out-ai, clips 216-221), held-out-ak (the thirty-seventh, written after
held-out-aj, clips 222-227), held-out-al (the thirty-eighth, written after
held-out-ak, clips 228-233), held-out-am (the thirty-ninth, written after
held-out-al, clips 234-239), held-out-an (the fortieth, written after
held-out-am, clips 240-245), held-out-ao (the forty-first, written after
held-out-an, clips 246-251), held-out-ap (the forty-second, written after
held-out-ao, clips 252-257), held-out-aq (the forty-third, written after
held-out-ap, clips 258-263), held-out-ar (the forty-fourth, written after
held-out-aq, clips 264-269), held-out-as (the forty-fifth, written after
held-out-ar, clips 270-275), held-out-at (the forty-sixth, written after
held-out-as, clips 276-281), held-out-au (the forty-seventh, written after
held-out-at, clips 282-287), held-out-av (the forty-eighth, written after
held-out-au, clips 288-293), held-out-aw (the forty-ninth, written after
held-out-av, clips 294-299), held-out-ax (the fiftieth, written after
held-out-aw, clips 300-305) and held-out-ay (the fifty-first, written after
held-out-ax, clips 306-311); `all` runs every clip and
reports each split in its own table, in that order. The trailer annotated by
eye is scored with `tuning` and `all` only.

Usage: scripts/shots-compare.py [--split tuning|held-out|held-out-b|held-out-c|held-out-d|
                                          held-out-e|held-out-f|held-out-g|held-out-h|
                                          held-out-i|held-out-j|held-out-k|held-out-l|
                                          held-out-m|held-out-n|held-out-o|held-out-p|
                                          held-out-q|held-out-r|held-out-s|held-out-t|
                                          held-out-u|held-out-v|held-out-w|held-out-x|
                                          held-out-y|held-out-z|held-out-aa|held-out-ab|
                                          held-out-ac|held-out-ad|held-out-ae|held-out-af|
                                          held-out-ag|held-out-ah|held-out-ai|held-out-aj|
                                          held-out-ak|held-out-al|held-out-am|held-out-an|
                                          held-out-ao|held-out-ap|held-out-aq|held-out-ar|
                                          held-out-as|held-out-at|held-out-au|held-out-av|
                                          held-out-aw|held-out-ax|held-out-ay|all]
       [--details] [--quick] [--strict]
(--details lists filmprint's misses and false positives on the split's clips, and the gradual
transitions counted found only through the 0.5-s tolerance: a report beside them, not inside
them. On a held-out set measured fresh, looking makes it development material.)
"""

import argparse
import csv
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE = Path.home() / ".cache"
DETECTORS = ["filmprint", "sd-content", "sd-adaptive"]
SPLITS = ["tuning", "held-out", "held-out-b", "held-out-c", "held-out-d", "held-out-e",
          "held-out-f", "held-out-g", "held-out-h", "held-out-i",
          "held-out-j", "held-out-k", "held-out-l", "held-out-m", "held-out-n", "held-out-o",
          "held-out-p", "held-out-q", "held-out-r", "held-out-s", "held-out-t",
          "held-out-u", "held-out-v", "held-out-w", "held-out-x", "held-out-y",
          "held-out-z", "held-out-aa", "held-out-ab", "held-out-ac", "held-out-ad",
          "held-out-ae", "held-out-af", "held-out-ag", "held-out-ah", "held-out-ai",
          "held-out-aj", "held-out-ak", "held-out-al", "held-out-am", "held-out-an",
          "held-out-ao", "held-out-ap", "held-out-aq", "held-out-ar",
          "held-out-as", "held-out-at", "held-out-au", "held-out-av",
          "held-out-aw", "held-out-ax", "held-out-ay"]


def run(cmd):
    """Run cmd, return its wall time in seconds."""
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def filmprint(exe, clip, out):
    js = out / "filmprint.json"
    # One sample (-n 1): the samples are not scored, and `filmprint shots` without --json
    # clusters none either.
    t = run([str(exe), "shots", str(clip), "-n", "1", "--json", str(js), "-o", str(out / "filmprint.csv"), "-q"])
    shots = json.loads(js.read_text())["shots"]["shots"]
    found = [(s["transition"]["first_frame"], s["transition"]["last_frame"], s["transition"]["kind"])
             for s in shots[1:]]
    return t, found


def scenedetect(exe, detector, clip, out):
    name = f"{detector}.csv"
    t = run([str(exe), "-i", str(clip), "-q", detector, "list-scenes", "-o", str(out), "-f", name, "-s", "-q"])
    with open(out / name, newline="") as f:
        rows = list(csv.DictReader(f))
    # "Start Frame" is 1-based: the first scene starts at frame 1.
    starts = [int(r["Start Frame"]) - 1 for r in rows[1:]]
    return t, [(s, s, "cut") for s in starts]


def match(truth, found, fps, ignore=(), strict=False):
    """One-to-one greedy matching; returns (hits, gradual hits, false positives, unmatched truth,
    gradual transitions matched only by a report outside them, within the tolerance, with it).
    `strict`: a gradual transition is found only by a report lying wholly inside it ± 0.5 s."""
    pairs = []
    for i, b in enumerate(truth):
        pad = 2 if b["kind"] == "cut" else round(0.5 * fps)
        lo, hi = b["first"] - pad, b["last"] + pad
        for j, (first, last, _) in enumerate(found):
            if strict and b["kind"] == "gradual":
                counts = lo <= first and last <= hi
            else:
                counts = first <= hi and last >= lo
            if counts:
                gap = max(b["first"] - last, first - b["last"], 0)
                centre = abs((first + last) - (b["first"] + b["last"])) / 2
                pairs.append((gap, centre, i, j))
    used_t, used_f, matched = set(), set(), set()
    for _, _, i, j in sorted(pairs):
        if i not in used_t and j not in used_f:
            used_t.add(i)
            used_f.add(j)
            matched.add((i, j))
    ignored = {j for j, (first, last, _) in enumerate(found)
               if any(first <= z["last"] and last >= z["first"] for z in ignore)}
    fps_ = [found[j] for j in range(len(found)) if j not in used_f and j not in ignored]
    misses = [b for i, b in enumerate(truth) if i not in used_t]
    grad = sum(1 for i in used_t if truth[i]["kind"] == "gradual")
    beside = [(truth[i], found[j]) for gap, _, i, j in pairs
              if gap > 0 and truth[i]["kind"] == "gradual" and (i, j) in matched]
    return len(used_t), grad, fps_, misses, beside


def score(rows):
    """P/R/F1/gradual recall from summed counts."""
    tp = sum(r["tp"] for r in rows)
    n_true = sum(r["n_true"] for r in rows)
    n_found = sum(r["n_found"] for r in rows)
    n_grad = sum(r["n_grad"] for r in rows)
    p = tp / n_found if n_found else 0.0
    r = tp / n_true if n_true else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    g = sum(r["grad_tp"] for r in rows) / n_grad if n_grad else 0.0
    fp = sum(len(r["fp"]) for r in rows)
    return f"| {p:.3f} | {r:.3f} | {f1:.3f} | {g:.3f} | {tp}/{n_true} | {fp} |"


def evaluate(meta, version, tools, out):
    """Run every tool on one clip version; returns the timing row and per-detector scores."""
    clip = Path(meta["videos"][version])
    if not clip.is_absolute():
        clip = meta["dir"] / clip
    out.mkdir(parents=True, exist_ok=True)
    times = {"ffmpeg": run(["ffmpeg", "-v", "error", "-i", str(clip), "-an", "-f", "null", "-"])}
    results = {}
    times["filmprint"], results["filmprint"] = filmprint(tools.filmprint, clip, out)
    for det in ("detect-content", "detect-adaptive"):
        key = "sd-" + det.split("-")[1]
        if key in DETECTORS:
            times[key], results[key] = scenedetect(tools.scenedetect, det, clip, out)
        else:
            times[key] = float("nan")
    truth = meta["boundaries"]
    scores = {}
    for det, found in results.items():
        tp, grad, fp, misses, beside = match(truth, found, meta["fps"], meta.get("ignore", ()), tools.strict)
        # Reports in ignore zones count neither way: n_found = hits + false positives.
        scores[det] = {"tp": tp, "grad_tp": grad, "fp": fp, "misses": misses, "beside": beside,
                       "n_true": len(truth),
                       "n_found": tp + len(fp),
                       "n_grad": sum(1 for b in truth if b["kind"] == "gradual")}
    return times, scores


def table(title, rows_by_version):
    print(f"\n### {title}\n")
    print("| version | detector | precision | recall | F1 | gradual recall | found | false pos. |")
    print("|---|---|---|---|---|---|---|---|")
    for version, rows in rows_by_version.items():
        for det in DETECTORS:
            print(f"| {version} | {det} {score([r[det] for r in rows])}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=SPLITS + ["all"], default="all")
    ap.add_argument("--corpus", type=Path, default=CACHE / "filmprint-shots-corpus")
    ap.add_argument("--filmprint", type=Path, default=REPO / "target" / "release" / "filmprint")
    ap.add_argument("--scenedetect", type=Path, default=CACHE / "filmprint-shots-venv" / "bin" / "scenedetect")
    ap.add_argument("--work", type=Path, default=CACHE / "filmprint-shots-runs")
    ap.add_argument("--details", action="store_true",
                    help="filmprint's failures on the split's clips, and gradual transitions found only within the tolerance")
    ap.add_argument("--quick", action="store_true", help="filmprint only (no PySceneDetect), for tuning")
    ap.add_argument("--strict", action="store_true",
                    help="a gradual transition counts only for a report lying wholly inside it ± 0.5 s")
    tools = ap.parse_args()
    if tools.quick:
        DETECTORS[1:] = []

    metas = []
    for path in sorted(tools.corpus.glob("[0-9]*.json")):
        if ".part." in path.name:  # left by a shots-corpus.py run that was killed
            continue
        meta = json.loads(path.read_text())
        if tools.split in ("all", meta["split"]):
            metas.append({**meta, "dir": tools.corpus})
    if not metas:
        sys.exit(f"no clips in {tools.corpus}: run scripts/shots-corpus.py")
    info = subprocess.run([str(tools.scenedetect), "version"], capture_output=True, text=True).stdout
    sd_version = next((l.split()[-1] for l in info.splitlines() if l.startswith("scenedetect ")), "?")

    results, timing = {}, []
    for meta in metas:
        for v in ("color", "bw"):
            times, scores = evaluate(meta, v, tools, tools.work / meta["clip"] / v)
            results[(meta["clip"], v)] = (meta, scores)
            timing.append((f"{meta['clip']} ({v})", times))
    annotated = None
    if tools.split in ("tuning", "all"):
        meta = json.loads((tools.corpus / "trailer-annotated.json").read_text())
        annotated = evaluate({**meta, "dir": tools.corpus}, "color", tools, tools.work / "trailer-annotated")
        timing.append(("bbb trailer (55 s)", annotated[0]))
    # The whole corpus joined is made with the whole corpus: a corpus made in part (with
    # shots-corpus.py --only) has none.
    long_times = None
    if (tools.corpus / "all-color.mp4").is_file():
        long_times, _ = evaluate({"videos": {"color": "all-color.mp4"}, "dir": tools.corpus, "fps": 24,
                                  "boundaries": []}, "color", tools, tools.work / "all-color")

    rule = ", gradual transitions matched strictly" if tools.strict else ""
    print(f"## filmprint shots vs PySceneDetect {sd_version} (split: {tools.split}{rule})\n")
    print(f"Clips: {', '.join(m['clip'] for m in metas)}; each in color and black and white. "
          "PySceneDetect runs with its default parameters (the fair comparison).")
    splits = SPLITS if tools.split == "all" else [tools.split]
    for split in splits:
        by_version = {v: [s for (c, vv), (m, s) in results.items() if vv == v and m["split"] == split]
                      for v in ("color", "bw")}
        by_version["both"] = by_version["color"] + by_version["bw"]
        n = sum(1 for m in metas if m["split"] == split)
        if not n:
            continue
        table(f"{split} split ({n} clips)", by_version)
    if annotated:
        table("Big Buck Bunny trailer, boundaries annotated by eye (10 boundaries)",
              {"color": [annotated[1]]})

    print("\n### Wall time (s), run one after another on the same clip; ratio to ffmpeg decoding\n")
    tools_ = ["ffmpeg", "filmprint", "sd-content", "sd-adaptive"]
    print("| clip | " + " | ".join(tools_) + " | filmprint/ffmpeg | sd-content/ffmpeg | sd-adaptive/ffmpeg |")
    print("|---|" + "---|" * 7)
    total = {k: sum(t[k] for _, t in timing if not _.startswith("bbb")) for k in tools_}

    def row(name, t):
        cells = " | ".join(f"{t[k]:.2f}" for k in tools_)
        ratios = " | ".join(f"{t[k] / t['ffmpeg']:.1f}×" for k in tools_[1:])
        print(f"| {name} | {cells} | {ratios} |")
    for name, t in timing:
        row(name, t)
    row(f"**all {len(metas)} clips × 2 versions**", total)
    if long_times:
        row("**all-color.mp4 (whole corpus joined, one file)**", long_times)

    def where(meta, first, last):
        """The shots (source and effects) a frame interval touches."""
        return " / ".join(f"{s['src']}{'+' + '+'.join(s['fx']) if s['fx'] else ''} {s['first']}-{s['last']}"
                          for s in meta.get("shots", []) if s["first"] <= last and s["last"] >= first)

    if tools.details:
        print(f"\n### filmprint failures, {tools.split} clips\n")
        for (clip, v), (meta, scores) in results.items():
            s = scores["filmprint"]
            for b in s["misses"]:
                print(f"- {clip} ({v}) MISSED {b['kind']} {b['first']}-{b['last']} ({b['transition']}): "
                      + where(meta, b["first"] - 1, b["last"]))
            for first, last, kind in s["fp"]:
                print(f"- {clip} ({v}) FALSE POS. {kind} {first}-{last}: {where(meta, first, last)}")
            for b, (first, last, kind) in s["beside"]:
                print(f"- {clip} ({v}) ONLY WITHIN THE TOLERANCE {b['kind']} {b['first']}-{b['last']} "
                      f"({b['transition']}): found by {kind} {first}-{last}")
        if annotated:
            s = annotated[1]["filmprint"]
            for b in s["misses"]:
                print(f"- trailer MISSED {b['kind']} {b['first']}-{b['last']} ({b['what']})")
            for first, last, kind in s["fp"]:
                print(f"- trailer FALSE POS. {kind} {first}-{last}")

    print(f"\nReproduce: `scripts/shots-compare.sh {tools.split}` "
          f"(or `scripts/shots-corpus.py && scripts/shots-compare.py --split {tools.split}`)")


if __name__ == "__main__":
    main()
