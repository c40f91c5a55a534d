#!/usr/bin/env bash
# Regenerates the pictures the README shows, from the bundled sample clip.
# Usage: scripts/readme-images.sh   (after `make demo` or `cargo build --release`)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/filmprint
[ -x "$bin" ] || cargo build --release --locked
clip=samples/bbb_trailer_360p.mp4
out=docs/images
mkdir -p "$out"
title='Big Buck Bunny\ntrailer'
"$bin" "$clip" -q --title "$title" --size 1000 -o "$out/bbb_trailer.png"
"$bin" "$clip" -q -n 500 -k 5 -d 3 --title "$title" --size 1000 -o "$out/bbb_trailer_d3.png"
"$bin" "$clip" -q -k 1 --title "$title" --size 1000 -o "$out/bbb_trailer_average.png"

# One picture per style, all from one analysis (3 colors per bar).
"$bin" "$clip" -q -n 500 -d 3 --size 600 --title "$title" --subtitle "2008 · Blender Foundation" \
	--style stacked,proportional,average,smooth,frames,ring,strip -o "$out/style.png"

# Ranking: the largest cluster, or the largest colorful one.
"$bin" "$clip" -q --no-title --size 1000 -o "$out/rank_share.png"
"$bin" "$clip" -q --no-title --size 1000 --rank vivid -o "$out/rank_vivid.png"

# Letterbox bars: the clip padded to a 2.39:1 picture in a 16:9 frame, analysed as is and with
# --ignore-black.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ffmpeg -v error -y -i "$clip" -vf "scale=640:268,pad=640:360:0:46:black" -c:v libx264 -crf 20 "$work/letterboxed.mp4"
"$bin" "$work/letterboxed.mp4" -q --no-title --size 1000 -o "$out/letterbox_plain.png"
"$bin" "$work/letterboxed.mp4" -q --no-title --size 1000 --ignore-black -o "$out/letterbox_ignore_black.png"
ffmpeg -v error -y -ss 20 -i "$work/letterboxed.mp4" -frames:v 1 -vf scale=320:-1 "$out/letterbox_frame.png"

# The film's palette: equal bars, proportional bars, and one row per tenth of the film.
"$bin" palette "$clip" -q -o "$out/palette.png"
"$bin" palette "$clip" -q --proportional --segments 10 -o "$out/palette_segments.png"
echo "wrote the README's pictures in $out"
