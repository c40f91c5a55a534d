#!/usr/bin/env bash
# Film discovery over a large library: FILES files in nested folders (a third films — hard links
# of one small clip — the rest posters, subtitles and notes), found one probe at a time and
# several at once, side by side in one run. Over a network share, where each probe waits
# longer, the gap grows.
#
# Usage: scripts/discovery-bench.sh [FILES]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ffmpeg -v error -f lavfi -i color=c=teal:s=160x90:r=24:d=2 -c:v libx264 -pix_fmt yuv420p "$work/clip.mp4"
printf 'poster' > "$work/poster.jpg"
printf '1\n00:00:01,000 --> 00:00:02,000\nHello\n' > "$work/subtitle.srt"
for ((i = 0; i < files; i++)); do
    folder="$work/library/$((i / 100))"
    mkdir -p "$folder"
    case $((i % 3)) in
        0) ln "$work/clip.mp4" "$folder/film$i.mp4" ;;
        1) ln "$work/poster.jpg" "$folder/poster$i.jpg" ;;
        2) ln "$work/subtitle.srt" "$folder/film$i.srt" ;;
    esac
done
cargo run --release --quiet --example discover -- "$work/library" 1 "$(nproc)" $(( $(nproc) * 2 )) $(( $(nproc) * 4 ))
