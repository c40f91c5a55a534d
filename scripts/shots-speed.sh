#!/usr/bin/env bash
# Shot finding's speed against its floor, a full decode: `ffmpeg -i FILM -an -f null -` and
# `filmprint shots FILM` run one after the other, ROUNDS times, on the same machine; prints each
# pair's wall times, their ratio, and the median ratio with filmprint's peak memory.
# Usage: scripts/shots-speed.sh FILM [ROUNDS]   (default: the 10-minute 720p film of
# scripts/bench.sh, 3 rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
film=${1:-$HOME/.cache/filmprint-bench/film_10min_720p.mp4}
rounds=${2:-3}
[ -f "$film" ] || { echo "no film at $film (scripts/bench.sh makes the default one)" >&2; exit 1; }
cargo build --release --locked -q -p filmprint-cli
bin=${CARGO_TARGET_DIR:-target}/release/filmprint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
ratios=()
for round in $(seq "$rounds"); do
	read -r decode _ < <(seconds ffmpeg -v error -i "$film" -an -f null -)
	read -r shots memory < <(seconds "$bin" shots "$film" -q -o "$work/shots.csv")
	ratio=$(python3 -c "print(f'{$shots / $decode:.2f}')")
	ratios+=("$ratio")
	echo "round $round: ffmpeg ${decode} s, filmprint shots ${shots} s (peak ${memory} KB): ${ratio}x"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median: filmprint shots takes ${median}x the time of a full decode of $(basename "$film")"
