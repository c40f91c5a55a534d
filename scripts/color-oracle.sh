#!/usr/bin/env bash
# Proof of quality for the per-frame clustering: filmprint's k-means against scikit-learn's
# KMeans(n_init=10) on the same pixels, frame by frame (see docs/color.md).
#
# It builds the `oracle_dump` example, makes a Python venv with scikit-learn (PyPI), generates
# test clips with FFmpeg's lavfi sources (no downloads), dumps >= 200 frames of the bundled
# clip and 60 of each generated clip, and prints the table of within-cluster sum-of-squares
# ratios (filmprint / scikit-learn) with filmprint's time per frame.
#
# Usage: scripts/color-oracle.sh [restarts] [bin_bits]   (defaults: filmprint's, 10 and 5)
# Env:   ORACLE_DIR  work folder (default ~/.cache/filmprint-oracle), VENV (its venv)
set -euo pipefail
cd "$(dirname "$0")/.."
restarts=${1:-10}
bits=${2:-5}
dir=${ORACLE_DIR:-$HOME/.cache/filmprint-oracle}
venv=${VENV:-$dir/venv}
mkdir -p "$dir"
# shellcheck source=scripts/oracle-setup.sh
. scripts/oracle-setup.sh

clip() { # name lavfi-source seconds
    [ -s "$dir/$1.mp4" ] || ffmpeg -v error -y -f lavfi -i "$2" -t "$3" -c:v libx264 -crf 18 "$dir/$1.mp4"
}
clip mandelbrot "mandelbrot=s=320x180:r=5" 12
clip gradients "gradients=s=320x180:r=5:n=4:speed=0.05:seed=1" 12
clip testsrc2 "testsrc2=s=320x180:r=5" 12

run() { # tag movie frames space
    "$dump" "$2" "$3" "$dir/$1" "$bits" "$restarts" "$4" >/dev/null
    echo "$dir/$1"
}
dumps=(
    "$(run bundled_clip_oklab samples/bbb_trailer_360p.mp4 200 oklab)"
    "$(run bundled_clip_cielab samples/bbb_trailer_360p.mp4 200 cielab)"
    "$(run bundled_clip_srgb samples/bbb_trailer_360p.mp4 200 srgb)"
    "$(run mandelbrot_oklab "$dir/mandelbrot.mp4" 60 oklab)"
    "$(run gradients_oklab "$dir/gradients.mp4" 60 oklab)"
    "$(run testsrc2_oklab "$dir/testsrc2.mp4" 60 oklab)"
)
"$venv/bin/python" scripts/color-oracle.py "${dumps[@]}"
