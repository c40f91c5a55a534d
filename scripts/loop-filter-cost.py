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

import itertools
import statistics
import subprocess
import sys
import time

import numpy as np

WIDTH = 256


def picture_size(path):
    """The (width, height) of the film's first video stream, as ffprobe reports it."""
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height",
         "-of", "csv=p=0", path], check=True, capture_output=True, text=True).stdout.split(",")
    return int(probe[0]), int(probe[1])


def keyframes(path, skip_loop_filter, out_h):
    """Every keyframe, shrunk to WIDTH × out_h, one (out_h, WIDTH, 3) uint8 array at a time:
    one frame in memory, however long the film."""
    cmd = ["ffmpeg", "-v", "error", "-skip_frame", "nokey"]
    if skip_loop_filter:
        cmd += ["-skip_loop_filter", "all"]
    cmd += ["-i", path, "-an", "-fps_mode", "passthrough",
            "-vf", f"scale={WIDTH}:{out_h}:flags=area,format=rgb24", "-f", "rawvideo", "-"]
    size = out_h * WIDTH * 3
    with subprocess.Popen(cmd, stdout=subprocess.PIPE) as ffmpeg:
        while chunk := ffmpeg.stdout.read(size):
            if len(chunk) != size:
                sys.exit(f"{path}: a frame of {len(chunk)} bytes from ffmpeg, expected {size}")
            yield np.frombuffer(chunk, dtype=np.uint8).reshape(out_h, WIDTH, 3)
    if ffmpeg.returncode != 0:
        sys.exit(f"{path}: ffmpeg failed (exit {ffmpeg.returncode})")


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
        width, height = picture_size(path)
        out_h = max(2, round(height * WIDTH / width / 2) * 2)
        # Streamed frame by frame: the mean and each frame's mean exactly, the 99th percentile
        # from a histogram of ΔE in steps of 1e-5 (finer than the 4 decimals printed).
        edges = np.append(np.arange(0.0, 0.5, 1e-5), np.inf)
        counts = np.zeros(len(edges) - 1, dtype=np.int64)
        total, pixels, frames, worst = 0.0, 0, 0, 0.0
        pairs = itertools.zip_longest(keyframes(path, False, out_h), keyframes(path, True, out_h))
        for filtered, skipped in pairs:
            if filtered is None or skipped is None:
                sys.exit(f"{path}: not as many keyframes with the loop filter as without")
            delta = np.linalg.norm(oklab(filtered) - oklab(skipped), axis=-1)
            total, pixels, frames = total + delta.sum(), pixels + delta.size, frames + 1
            worst = max(worst, delta.mean())
            counts += np.histogram(delta, bins=edges)[0]
        if frames == 0:
            sys.exit(f"{path}: no keyframes decoded")
        p99 = edges[np.searchsorted(np.cumsum(counts), 0.99 * pixels)]
        with_filter, without = decode_seconds(path, False), decode_seconds(path, True)
        name = path.rsplit("/", 1)[-1]
        print(f"| {name} | {frames} | {total / pixels:.5f} | {p99:.4f} | "
              f"{worst:.5f} | {with_filter:.2f} | {without:.2f} | "
              f"{without / with_filter:.3f} |")


if __name__ == "__main__":
    main()
