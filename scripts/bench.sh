#!/usr/bin/env bash
# End-to-end speed and memory of filmprint against the decoding floor and the seed's pipeline,
# measured side by side in one run, so the ratios hold on a shared, noisy machine.
#
# It makes its own workloads (no downloads) from the bundled sample clip, cached in BENCH_DIR:
#   film10   the trailer looped and upscaled to a 10-minute 720p H.264 film with film-like GOPs
#            (a keyframe at most every 4 s, scene-cut keyframes, 3 B-frames);
#   film2h   film10 concatenated 12 times by stream copy: a 2-hour film;
#   hevc10   3 minutes at 1080p, HEVC 10-bit (x265);
#   vp9      3 minutes at 720p, VP9 (libvpx);
#   av1      3 minutes at 720p, AV1 (SVT-AV1).
# Then it times with hyperfine (median of RUNS runs; one run for anything over a minute):
#   - ffmpeg decoding every frame (`ffmpeg -threads 0 -i FILM -an -f null -`), the floor for
#     anything that looks at every frame, and decoding keyframes only (`-skip_frame nokey`);
#   - filmprint in each sampling mode (auto, keyframe, exact) at N = 1000 and 3600;
#   - the seed's pipeline (scripts/seed-baseline, a faithful Python implementation) at the same
#     N, k and d on the 10-minute film (SEED_2H=1 also on the 2-hour one; else extrapolated);
#   - filmprint's peak resident memory (`/usr/bin/time -v`), its post-decoding share (from
#     `--timings`) and its speed on 1 thread against 2.
# It prints a table of ratios and writes it into docs/BENCHMARKS.md between the markers.
#
# Usage: scripts/bench.sh            (40 to 70 minutes on 2 cores, most of it the seed's pipeline)
# Env:   BENCH_DIR  workload cache (default ~/.cache/filmprint-bench)
#        RUNS       runs per short command, the median is kept (default 3)
#        SEED=0     skip the seed's pipeline; SEED_2H=1 also run it on the 2-hour film (~1 h)
#        SEED_VENV  its Python environment (default ~/.cache/seed-baseline-venv, made by
#                   scripts/seed-baseline/setup.sh when missing)
#        QUICK=1    only film10 and N = 1000, one run each: a smoke test of this script
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${RUNS:-3}
dir=${BENCH_DIR:-$HOME/.cache/filmprint-bench}
seed_venv=${SEED_VENV:-$HOME/.cache/seed-baseline-venv}
seed_script=$root/scripts/seed-baseline/seed_fingerprint.py
mkdir -p "$dir"
for tool in hyperfine ffmpeg python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench: needs $tool (make bench installs it)" >&2; exit 1; }
done
cargo build --release --locked -q
bin=$root/target/release/filmprint

# --- workloads ---------------------------------------------------------------------------
make_clip() { # NAME, then ffmpeg output arguments; written under a temporary name, then renamed
    local out=$dir/$1; shift
    [ -s "$out" ] && return
    echo "making $out ..." >&2
    ffmpeg -v error -y -stream_loop -1 -i samples/bbb_trailer_360p.mp4 -an "$@" "$out.part.${out##*.}"
    mv "$out.part.${out##*.}" "$out"
}
make_clip film_10min_720p.mp4 -t 600 -vf scale=1280:720:flags=bicubic -c:v libx264 -preset veryfast \
    -crf 23 -g 96 -keyint_min 24 -bf 3
if [ ! -s "$dir/film_2h_720p.mp4" ]; then
    echo "making $dir/film_2h_720p.mp4 by stream copy ..." >&2
    list=$(mktemp)
    for _ in $(seq 12); do echo "file '$dir/film_10min_720p.mp4'"; done > "$list"
    ffmpeg -v error -y -f concat -safe 0 -i "$list" -c copy "$dir/film_2h_720p.part.mp4"
    rm -f "$list"
    mv "$dir/film_2h_720p.part.mp4" "$dir/film_2h_720p.mp4"
fi
make_clip hevc10_3min_1080p.mkv -t 180 -vf scale=1920:1080:flags=bicubic,format=yuv420p10le \
    -c:v libx265 -preset ultrafast -x265-params keyint=96:min-keyint=24:bframes=3:log-level=error
make_clip vp9_3min_720p.webm -t 180 -vf scale=1280:720:flags=bicubic -c:v libvpx-vp9 -deadline realtime \
    -cpu-used 8 -row-mt 1 -b:v 2M -g 96
make_clip av1_3min_720p.mkv -t 180 -vf scale=1280:720:flags=bicubic -c:v libsvtav1 -preset 12 -g 96 -crf 35

if [ "${SEED:-1}" = 1 ] && [ ! -x "$seed_venv/bin/python" ]; then
    echo "making the seed pipeline's Python environment in $seed_venv ..." >&2
    "$root/scripts/seed-baseline/setup.sh" "$seed_venv" >&2
fi

# --- measurements ------------------------------------------------------------------------
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
# hyperfine NAME RUNS COMMAND: the command's times as results/NAME.json, its output (the
# seed pipeline prints its steps' times) in results/NAME.out
timed() {
    local name=$1 n=$2; shift 2
    echo "== $name" >&2
    hyperfine --style basic --warmup 0 --runs "$n" --export-json "$results/$name.json" \
        --output "$results/$name.out" --command-name "$name" -- "$(printf '%q ' "$@")" >&2
}
k=5; d=1
ns="1000 3600"; films="film_10min_720p.mp4 film_2h_720p.mp4 hevc10_3min_1080p.mkv vp9_3min_720p.webm av1_3min_720p.mkv"
if [ "${QUICK:-0}" = 1 ]; then ns=1000; films=film_10min_720p.mp4; runs=1; fi
out=$results/out
mkdir -p "$out"
for film in $films; do
    path=$dir/$film
    name=${film%%.*}
    long=$runs; [ "$name" = film_2h_720p ] && long=1
    timed "$name:ffmpeg full decode" "$long" ffmpeg -v error -threads 0 -i "$path" -an -f null -
    timed "$name:ffmpeg keyframes only" "$runs" ffmpeg -v error -threads 0 -skip_frame nokey -i "$path" -an -f null -
    for n in $ns; do
        for mode in auto keyframe exact; do
            r=$runs; [ "$mode" = exact ] && r=$long
            timed "$name:filmprint $mode N=$n" "$r" "$bin" "$path" -q -n "$n" -k "$k" -d "$d" \
                --sampling "$mode" -o "$out/x.png"
            # One more run, for where the time went (--timings) and the peak memory.
            /usr/bin/time -v -o "$results/$name:rss $mode N=$n.txt" "$bin" "$path" -q -n "$n" -k "$k" \
                -d "$d" --sampling "$mode" -o "$out/x.png" --timings \
                --json "$results/$name:timings $mode N=$n.json" 2>/dev/null
        done
    done
    if [ "$name" = film_10min_720p ]; then
        for mode in auto exact; do
            timed "$name:filmprint $mode N=1000 threads=1" "$runs" "$bin" "$path" -q -n 1000 -k $k -d $d \
                --sampling $mode --threads 1 -o "$out/x.png"
            timed "$name:filmprint $mode N=1000 threads=2" "$runs" "$bin" "$path" -q -n 1000 -k $k -d $d \
                --sampling $mode --threads 2 -o "$out/x.png"
        done
    fi
    if [ "${SEED:-1}" = 1 ] && { [ "$name" = film_10min_720p ] || { [ "$name" = film_2h_720p ] && [ "${SEED_2H:-0}" = 1 ]; }; }; then
        for n in $ns; do
            timed "$name:seed pipeline N=$n" 1 "$seed_venv/bin/python" "$seed_script" "$path" "$out/seed.png" \
                --frames "$n" --dom "$d" --clusters "$k"
        done
    fi
done

machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), \
$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(uname -sr), \
$(ffmpeg -version | head -1 | cut -d' ' -f1-3), filmprint $(git rev-parse --short HEAD)"
python3 scripts/bench_report.py "$results" "$machine" docs/BENCHMARKS.md
