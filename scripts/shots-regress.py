#!/usr/bin/env python3
"""Compare the shot boundaries two filmprint binaries find on the corpus, clip by clip.

A detector change is judged by what it changes: this runs an old and a new `filmprint shots`
on every clip version (color and black and white) whose index is below --below, and on the
annotated trailer, and lists each boundary one reports and the other does not, marked against
the ground truth (a hit, or a false positive) with the shots it touches. The totals say how
many true boundaries were gained and lost and how many false ones were added and dropped, net
for each clip version (a boundary found a frame later is a change listed, not a hit lost).

Keep the newest held-out sets out of it (--below) until they have been measured once, fresh:
running a detector on them makes them development material.

Usage: scripts/shots-regress.py OLD_BINARY NEW_BINARY [--below N] [-j JOBS]
"""

import argparse
import importlib.util
import json
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("shots_compare", HERE / "shots-compare.py")
compare = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(compare)


def boundaries(exe, clip, out):
    out.mkdir(parents=True, exist_ok=True)
    return compare.filmprint(exe, clip, out)[1]


def verdicts(meta, found):
    """Each found boundary -> True when it matches a true boundary, False when it is a false one
    (None inside an ignore zone)."""
    _, _, fps, _, _ = compare.match(meta["boundaries"], found, meta["fps"], meta.get("ignore", ()))
    false = set(fps)
    ignore = meta.get("ignore", ())
    marks = {}
    for b in found:
        if any(b[0] <= z["last"] and b[1] >= z["first"] for z in ignore):
            marks[b] = None
        else:
            marks[b] = b not in false
    return marks


def where(meta, first, last):
    return " / ".join(f"{s['src']} {s['first']}-{s['last']}"
                      for s in meta.get("shots", []) if s["first"] <= last and s["last"] >= first)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--below", type=int, default=None,
                    help="only clips whose index is below this (keep unmeasured held-out sets out)")
    ap.add_argument("--corpus", type=Path, default=compare.CACHE / "filmprint-shots-corpus")
    ap.add_argument("--work", type=Path, default=compare.CACHE / "filmprint-shots-regress")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()

    jobs = []
    for path in sorted(args.corpus.glob("[0-9]*.json")):
        if ".part." in path.name:
            continue
        meta = {**json.loads(path.read_text()), "dir": args.corpus}
        index = int(path.name.split("-")[0].split(".")[0])
        if args.below is not None and index >= args.below:
            continue
        for v in ("color", "bw"):
            jobs.append((meta, v, meta["clip"]))
    trailer = args.corpus / "trailer-annotated.json"
    if trailer.is_file():
        jobs.append(({**json.loads(trailer.read_text()), "dir": args.corpus}, "color", "trailer"))
    if not jobs:
        sys.exit(f"no clips in {args.corpus}: run scripts/shots-corpus.py")

    def one(job):
        meta, v, name = job
        clip = Path(meta["videos"][v])
        if not clip.is_absolute():
            clip = meta["dir"] / clip
        out = args.work / name / v
        return (boundaries(args.old, clip, out / "old"), boundaries(args.new, clip, out / "new"))

    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(one, jobs))

    gained = lost = added = dropped = changed = 0
    for (meta, v, name), (old, new) in zip(jobs, results):
        if old == new:
            continue
        changed += 1
        old_marks, new_marks = verdicts(meta, old), verdicts(meta, new)
        for b in sorted(set(old) | set(new)):
            if (b in old) == (b in new):
                continue
            mark = new_marks.get(b) if b in new else old_marks.get(b)
            what = {True: "hit", False: "FALSE", None: "ignored"}[mark]
            sign = "+" if b in new else "-"
            print(f"{name} ({v}) {sign} {b[2]} {b[0]}-{b[1]} [{what}] {where(meta, b[0], b[1])}")
        hits_old = sum(1 for m in old_marks.values() if m)
        hits_new = sum(1 for m in new_marks.values() if m)
        false_old = sum(1 for m in old_marks.values() if m is False)
        false_new = sum(1 for m in new_marks.values() if m is False)
        gained += max(hits_new - hits_old, 0)
        lost += max(hits_old - hits_new, 0)
        added += max(false_new - false_old, 0)
        dropped += max(false_old - false_new, 0)
    print(f"\n{len(jobs)} clip versions, {changed} changed: true boundaries +{gained} -{lost}, "
          f"false ones +{added} -{dropped}")


if __name__ == "__main__":
    main()
