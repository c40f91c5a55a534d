#!/usr/bin/env python3
"""Turns the measurements of scripts/bench.sh into a table of ratios and a check of the speed
targets, printed and written into docs/BENCHMARKS.md between its markers (the rest of that file,
the discussion, is kept).

Usage: bench_report.py RESULTS_DIR MACHINE_DESCRIPTION BENCHMARKS_MD
RESULTS_DIR holds hyperfine's `NAME.json` files, filmprint's `--timings --json` output as
`FILM:timings MODE N=n.json` and `/usr/bin/time -v` reports as `FILM:rss MODE N=n.txt`.
"""
import glob
import json
import os
import re
import sys

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
FILMS = ["film_10min_720p", "film_2h_720p", "hevc10_3min_1080p", "vp9_3min_720p", "av1_3min_720p"]
# How many 10-minute films make the 2-hour one (it is their concatenation).
LOOPS = 12


def load(results):
    medians, timings, rss = {}, {}, {}
    for path in glob.glob(os.path.join(results, "*.json")):
        name = os.path.basename(path)[:-5]
        with open(path) as f:
            data = json.load(f)
        if ":timings " in name:
            timings[name.replace(":timings ", ":filmprint ")] = data.get("timings") or {}
        else:
            medians[name] = data["results"][0]["median"]
    for path in glob.glob(os.path.join(results, "*:rss *.txt")):
        name = os.path.basename(path)[:-4].replace(":rss ", ":filmprint ")
        with open(path) as f:
            found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
        if found:
            rss[name] = int(found.group(1)) / 1024
    return medians, timings, rss


def seed_steps(results):
    """The seed pipeline's own step times (its last output line, JSON), by command name."""
    steps = {}
    for path in glob.glob(os.path.join(results, "*seed pipeline*.out")):
        lines = [line for line in open(path).read().splitlines() if line.startswith("{")]
        if lines:
            steps[os.path.basename(path)[:-4]] = json.loads(lines[-1])
    return steps


def post_decode_share(t):
    """Share of the wall time spent after decoding: scaling, conversion, analysis (their share
    of the workers' CPU time, applied to the sampling stage's wall time), rendering, writing."""
    cpu = t["decode_s"] + t["analyse_s"]
    if cpu <= 0:
        return None
    after = t["sampling_s"] * (t.get("scale_s", 0) + t["analyse_s"]) / cpu + t.get("render_s", 0) + t.get("write_s", 0)
    total = t["open_s"] + t.get("crop_s", 0) + t["sampling_s"] + t.get("render_s", 0) + t.get("write_s", 0)
    return after / total if total > 0 else None


def fmt(value, spec, missing="–"):
    return missing if value is None else format(value, spec)


def table(medians, timings, rss):
    lines = [
        "| film | command | median s | × full decode | × seed | frames decoded | after decoding | peak RSS MB |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for film in FILMS:
        floor = medians.get(f"{film}:ffmpeg full decode")
        if floor is None:
            continue
        seed = {n: medians.get(f"{film}:seed pipeline N={n}") for n in (1000, 3600)}
        names = sorted((k for k in medians if k.startswith(film + ":")), key=order)
        for name in names:
            command = name.split(":", 1)[1]
            n = re.search(r"N=(\d+)", command)
            seed_time = seed.get(int(n.group(1))) if n and "filmprint" in command and "threads" not in command else None
            t = timings.get(name, {})
            share = post_decode_share(t) if t else None
            lines.append(
                f"| {film} | {command} | {medians[name]:.2f} | {medians[name] / floor:.4f} | "
                f"{fmt(seed_time and seed_time / medians[name], '.0f')} | "
                f"{fmt(t.get('frames_decoded'), 'd')} | {fmt(share and 100 * share, '.1f')}{'' if share is None else ' %'} | "
                f"{fmt(rss.get(name), '.0f')} |"
            )
    return lines


def order(name):
    command = name.split(":", 1)[1]
    rank = ["ffmpeg full", "ffmpeg key", "filmprint auto", "filmprint keyframe", "filmprint exact", "seed"]
    first = next((i for i, r in enumerate(rank) if command.startswith(r)), len(rank))
    n = re.search(r"N=(\d+)", command)
    return (first, int(n.group(1)) if n else 0, command)


def targets(medians, timings, rss, seed_steps):
    m = medians
    lines = []

    def check(label, value, limit, better, how):
        if value is None:
            lines.append(f"| {label} | not measured | {how} | – |")
            return
        met = value <= limit if better == "≤" else value >= limit
        lines.append(f"| {label} | {value:.4g} | {better} {limit:g} | {'met' if met else '**missed**'} |")

    auto10, auto2h = m.get("film_10min_720p:filmprint auto N=1000"), m.get("film_2h_720p:filmprint auto N=1000")
    seed2h = m.get("film_2h_720p:seed pipeline N=1000")
    seed_note = "measured"
    steps = seed_steps.get("film_10min_720p:seed pipeline N=1000")
    if seed2h is None and steps:
        # The seed re-encodes the whole film and decodes it again to export frames: those steps
        # grow with its length. Clustering N frames and plotting do not. So the 2-hour run is
        # estimated as 12 × the first two steps of the 10-minute run plus its last two once.
        seed2h = LOOPS * (steps["rescale_s"] + steps["export_s"]) + steps["cluster_s"] + steps["plot_s"]
        seed_note = f"extrapolated: {LOOPS} × re-encode and export + clustering and plot of the 10-min run"
    floor2h = m.get("film_2h_720p:ffmpeg full decode")
    lines += ["| target | measured | goal | |", "|---|---:|---|---|"]
    check(f"2 h, N=1000, auto: seed ÷ filmprint ({seed_note})", seed2h and auto2h and seed2h / auto2h, 300, "≥", "")
    check("2 h, N=1000, auto: filmprint ÷ full decode", auto2h and floor2h and auto2h / floor2h, 0.03, "≤", "")
    for n in (1000, 3600):
        a, b = m.get(f"film_10min_720p:filmprint auto N={n}"), m.get(f"film_2h_720p:filmprint auto N={n}")
        check(f"auto N={n}: 2 h ÷ 10 min", a and b and b / a, 1.5, "≤", "")
    floor10 = m.get("film_10min_720p:ffmpeg full decode")
    for n in (1000, 3600):
        e = m.get(f"film_10min_720p:filmprint exact N={n}")
        check(f"10 min, exact N={n}: filmprint ÷ full decode", e and floor10 and e / floor10, 0.8, "≤", "")
    shares = {k: post_decode_share(t) for k, t in timings.items() if t}
    shares = {k: v for k, v in shares.items() if v is not None}
    worst = max(shares, key=shares.get) if shares else None
    check(f"after decoding, worst run ({worst})", worst and shares[worst], 0.15, "≤", "")
    big = {k: v for k, v in rss.items() if k.startswith("film_2h_720p:") and "N=3600" in k}
    top = max(big, key=big.get) if big else None
    check(f"peak RSS MB, 2 h, N=3600, worst mode ({top})", top and big[top], 150, "≤", "")
    for mode in ("auto", "exact"):
        one = m.get(f"film_10min_720p:filmprint {mode} N=1000 threads=1")
        two = m.get(f"film_10min_720p:filmprint {mode} N=1000 threads=2")
        check(f"10 min, {mode} N=1000: 1 thread ÷ 2 threads (2 = linear)", one and two and one / two, 1.6, "≥", "")
    return lines, seed_note


def main():
    results, machine, markdown = sys.argv[1:4]
    medians, timings, rss = load(results)
    rows = table(medians, timings, rss)
    checks, _ = targets(medians, timings, rss, seed_steps(results))
    body = [
        f"Machine: {machine}.",
        "",
        "Medians of hyperfine runs, all in one run of `scripts/bench.sh`; ratios are between "
        "commands of that same run. *× seed* is the seed pipeline's time over this command's "
        "(same film, N, k=5, d=1). *After decoding* is the share of the wall time spent scaling, "
        "converting, analysing, drawing and writing (from `--timings`).",
        "",
        *rows,
        "",
        *checks,
    ]
    print("\n".join(body))
    text = open(markdown).read() if os.path.exists(markdown) else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    if BEGIN not in text or END not in text:
        text += f"\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    new = head + BEGIN + "\n" + "\n".join(body) + "\n" + END + tail
    tmp = markdown + ".part"
    with open(tmp, "w") as f:
        f.write(new)
    os.replace(tmp, markdown)
    print(f"\nwritten into {markdown}", file=sys.stderr)


if __name__ == "__main__":
    main()
