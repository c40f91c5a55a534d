#!/usr/bin/env python3
"""What skipping the in-loop deblocking filter costs on keyframe-only decodes, in color and time.

A keyframe sample is one intra frame decoded alone: nothing is predicted from it afterwards, so
skipping its loop filter (`skip_loop_filter = all`) cannot drift; it only leaves block edges
unsmoothed. Whether that is visible once the frame is shrunk to the analysis size is what this
measures, independently of filmprint: FFmpeg decodes every keyframe of each film twice (loop
filter on and skipped), shrinks it to 256 pixels wide (area filter), and the mean Oklab ΔE
between the two pictures is computed here (Ottosson's published matrices). It also times both
decodes side by side (median of 3 runs each).

Usage: scripts/loop-filter-cost.py FILM...   (needs ffmpeg and numpy)
"""

import statistics
import subprocess
import sys
import time

import numpy as np

WIDTH = 256


def keyframes(path, skip_loop_filter):
    """Every keyframe, shrunk to WIDTH wide, as an array (frames, height, width, 3) of uint8."""
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height",
         "-of", "csv=p=0", path], check=True, capture_output=True, text=True).stdout.split(",")
    width, height = int(probe[0]), int(probe[1])
    out_h = max(2, round(height * WIDTH / width / 2) * 2)
    cmd = ["ffmpeg", "-v", "error", "-skip_frame", "nokey"]
    if skip_loop_filter:
        cmd += ["-skip_loop_filter", "all"]
    cmd += ["-i", path, "-an", "-fps_mode", "passthrough",
            "-vf", f"scale={WIDTH}:{out_h}:flags=area,format=rgb24", "-f", "rawvideo", "-"]
    raw = subprocess.run(cmd, check=True, capture_output=True).stdout
    return np.frombuffer(raw, dtype=np.uint8).reshape(-1, out_h, WIDTH, 3)


def oklab(rgb8):
    """sRGB 8-bit codes to Oklab (L in 0..1)."""
    v = rgb8.astype(np.float64) / 255.0
    linear = np.where(v <= 0.04045, v / 12.92, ((v + 0.055) / 1.055) ** 2.4)
    m1 = np.array([[0.4122214708, 0.5363325363, 0.0514459929],
                   [0.2119034982, 0.6806995451, 0.1073969566],
                   [0.0883024619, 0.2817188376, 0.6299787005]])
    m2 = np.array([[0.2104542553, 0.7936177850, -0.0040720468],
                   [1.9779984951, -2.4285922050, 0.4505937099],
                   [0.0259040371, 0.7827717662, -0.8086757660]])
    return np.cbrt(linear @ m1.T) @ m2.T


def decode_seconds(path, skip_loop_filter, runs=3):
    cmd = ["ffmpeg", "-v", "error", "-threads", "1", "-skip_frame", "nokey"]
    if skip_loop_filter:
        cmd += ["-skip_loop_filter", "all"]
    cmd += ["-i", path, "-an", "-f", "null", "-"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    print("| film | keyframes | mean ΔE (Oklab) | 99th pct ΔE | worst frame's mean | decode s filtered | skipped | time ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for path in sys.argv[1:]:
        filtered, skipped = keyframes(path, False), keyframes(path, True)
        if filtered.shape != skipped.shape:
            sys.exit(f"{path}: {filtered.shape[0]} keyframes with the filter, {skipped.shape[0]} without")
        delta = np.linalg.norm(oklab(filtered) - oklab(skipped), axis=-1)
        with_filter, without = decode_seconds(path, False), decode_seconds(path, True)
        name = path.rsplit("/", 1)[-1]
        print(f"| {name} | {delta.shape[0]} | {delta.mean():.5f} | {np.percentile(delta, 99):.4f} | "
              f"{delta.mean(axis=(1, 2)).max():.5f} | {with_filter:.2f} | {without:.2f} | "
              f"{without / with_filter:.3f} |")


if __name__ == "__main__":
    main()
