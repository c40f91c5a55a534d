#!/usr/bin/env bash
# End-to-end speed of filmprint against the decoding floor, side by side in one run.
#
# It makes its own workloads (no downloads) from the bundled sample clip: the trailer looped
# and upscaled to a 10-minute 720p H.264 film with film-like GOPs (keyframe at most every 4 s,
# scene-cut keyframes, B-frames), and that film concatenated 12 times by stream copy into a
# 2-hour one. Then it times, on each film:
#   - ffmpeg decoding every frame (`ffmpeg -threads 0 -i FILM -an -f null -`): the floor for
#     any tool that looks at every frame;
#   - filmprint in each sampling mode at N samples.
# and prints each filmprint time as a ratio of the full decode measured in the same run.
#
# Usage: scripts/bench.sh [N]          (default N = 1000)
# Env:   BENCH_DIR  where the workloads are cached (default ~/.cache/filmprint-bench)
#        RUNS       timed runs per command, the median is kept (default 3)
#        FULL_2H=0  skip the full decode of the 2-hour film (about 2.5 min on 2 cores) and
#                   extrapolate it as 12 x the 10-minute one
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
runs=${RUNS:-3}
dir=${BENCH_DIR:-$HOME/.cache/filmprint-bench}
mkdir -p "$dir"
bin=target/release/filmprint
cargo build --release --locked -q

film10=$dir/film_10min_720p.mp4
film2h=$dir/film_2h_720p.mp4
if [ ! -s "$film10" ]; then
    echo "making $film10 (about a minute)..." >&2
    ffmpeg -v error -y -stream_loop 10 -i samples/bbb_trailer_360p.mp4 -t 600 -an \
        -vf scale=1280:720:flags=bicubic -c:v libx264 -preset veryfast -crf 23 \
        -g 96 -keyint_min 24 -bf 3 "$film10.part.mp4"
    mv "$film10.part.mp4" "$film10"
fi
if [ ! -s "$film2h" ]; then
    echo "making $film2h by stream copy..." >&2
    list=$(mktemp)
    for _ in $(seq 12); do echo "file '$film10'"; done > "$list"
    ffmpeg -v error -y -f concat -safe 0 -i "$list" -c copy "$film2h.part.mp4"
    rm -f "$list"
    mv "$film2h.part.mp4" "$film2h"
fi

# Median wall time in seconds of `runs` runs of a command.
median() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-10s %-22s %10s %14s\n' film command seconds "x full decode"
for film in "$film10" "$film2h"; do
    name=$(basename "$film" .mp4)
    if [ "$film" = "$film2h" ] && [ "${FULL_2H:-1}" = 0 ]; then
        floor=$(echo "$floor10 * 12" | bc -l)
        printf '%-10s %-22s %10.2f %14s\n' "${name#film_}" "ffmpeg full decode" "$floor" "(12 x 10 min)"
    else
        floor=$(RUNS=1 median ffmpeg -v error -threads 0 -i "$film" -an -f null -)
        [ "$film" = "$film10" ] && floor10=$floor
        printf '%-10s %-22s %10.2f %14s\n' "${name#film_}" "ffmpeg full decode" "$floor" 1
    fi
    keyonly=$(median ffmpeg -v error -threads 0 -skip_frame nokey -i "$film" -an -f null -)
    printf '%-10s %-22s %10.2f %14.4f\n' "${name#film_}" "ffmpeg keyframes only" "$keyonly" "$(echo "$keyonly / $floor" | bc -l)"
    for mode in auto keyframe exact; do
        if [ "$mode" = exact ] && [ "$film" = "$film2h" ]; then continue; fi
        t=$(median "$bin" "$film" -q -n "$n" --sampling "$mode" -o "$out/x.png")
        printf '%-10s %-22s %10.2f %14.4f\n' "${name#film_}" "filmprint $mode N=$n" "$t" "$(echo "$t / $floor" | bc -l)"
    done
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
