#!/usr/bin/env python3
"""Checks filmprint's per-frame k-means against scikit-learn's KMeans(n_init=10).

For every frame dumped by the `oracle_dump` example (the frame's pixels, losslessly, as
distinct colors with counts, and the centers filmprint found), it clusters the same weighted
points with scikit-learn in the same space and compares the within-cluster sums of squares:
filmprint's centers are scored on the full pixels, so any loss from binning the census shows.

Usage: color-oracle.py DUMP_DIR [DUMP_DIR ...]
Prints one line per dump: frames, median and worst ratio (filmprint / scikit-learn), the share
of frames above 1.01, and filmprint's mean milliseconds per frame.
"""
import json
import os
import sys

import numpy as np
from sklearn.cluster import KMeans


def wcss(points, weights, centers):
    d2 = ((points[:, None, :] - centers[None, :, :]) ** 2).sum(axis=2)
    return float((d2.min(axis=1) * weights).sum())


def check(dump):
    meta = json.load(open(os.path.join(dump, "frames.json")))
    raw = np.fromfile(os.path.join(dump, "points.f32"), dtype="<f4").reshape(-1, 4).astype(np.float64)
    k = meta["k"]
    offset = 0
    ratios, millis, bins = [], [], []
    for frame in meta["frames"]:
        n = frame["points"]
        block = raw[offset:offset + n]
        offset += n
        points, weights = block[:, :3], block[:, 3]
        centers = np.array(frame["centers"], dtype=np.float64).reshape(-1, 3)
        ours = wcss(points, weights, centers)
        clusters = min(k, n)
        if clusters < 2:
            ratios.append(1.0)
            continue
        oracle = KMeans(n_clusters=clusters, n_init=10, random_state=0).fit(points, sample_weight=weights)
        theirs = float(oracle.inertia_)
        ratios.append(1.0 if theirs <= 1e-12 and ours <= 1e-12 else ours / max(theirs, 1e-12))
        millis.append(frame["ms"])
        bins.append(frame["bins"])
    ratios = np.array(ratios)
    return {
        "k": k,
        "ratios": ratios,
        "dump": os.path.basename(os.path.normpath(dump)),
        "space": meta["space"],
        "bits": meta["bits"],
        "restarts": meta["restarts"],
        "frames": len(ratios),
        "median": float(np.median(ratios)),
        "p90": float(np.percentile(ratios, 90)),
        "worst": float(ratios.max()),
        "above_1_01": float((ratios > 1.01).mean()),
        "ms": float(np.mean(millis)) if millis else 0.0,
        "bins": float(np.mean(bins)) if bins else 0.0,
    }


def main():
    print(f"{'dump':<34} {'space':<7} {'bits':>4} {'restarts':>8} {'frames':>6} "
          f"{'median':>8} {'p90':>8} {'worst':>8} {'>1.01':>6} {'bins':>7} {'ms/frame':>9}")
    by_k = {}
    for dump in sys.argv[1:]:
        r = check(dump)
        by_k.setdefault(r["k"], []).append(r)
        print(f"{r['dump']:<34} {r['space']:<7} {r['bits']:>4} {r['restarts']:>8} {r['frames']:>6} "
              f"{r['median']:>8.4f} {r['p90']:>8.4f} {r['worst']:>8.4f} {r['above_1_01']:>6.1%} {r['bins']:>7.0f} "
              f"{r['ms']:>9.2f}")
    if len(by_k) > 1 or any(len(v) > 1 for v in by_k.values()):
        print()
        print(f"{'all dumps, by k':<34} {'frames':>6} {'median':>8} {'p90':>8} {'worst':>8} {'>1.01':>6} {'ms/frame':>9}")
        for k in sorted(by_k):
            ratios = np.concatenate([r["ratios"] for r in by_k[k]])
            ms = np.mean([r["ms"] for r in by_k[k]])
            print(f"{'k = ' + str(k):<34} {len(ratios):>6} {np.median(ratios):>8.4f} "
                  f"{np.percentile(ratios, 90):>8.4f} {ratios.max():>8.4f} {(ratios > 1.01).mean():>6.1%} {ms:>9.2f}")


if __name__ == "__main__":
    main()
