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
	--style stacked,proportional,average,smooth,frames,ring,strip,arch -o "$out/style.png"

# The wave styles: the trailer has no sound, so it is given a generated one (a 220 Hz tone
# swelling and fading every 9 s) to show them.
wave_dir=$(mktemp -d)
ffmpeg -v error -y -i "$clip" -f lavfi -i "sine=f=220:d=33,volume='0.03+0.97*abs(sin(t/3))':eval=frame" \
	-shortest -map 0:v -map 1:a -c:v copy -c:a aac "$wave_dir/with_sound.mp4"
"$bin" "$wave_dir/with_sound.mp4" -q -n 500 -d 3 --size 600 --title "$title" --subtitle "with a generated soundtrack" \
	--style wave,wave-ring -o "$out/style.png"
rm -rf "$wave_dir"

# Titles in other scripts, drawn with the fonts installed here (Noto Sans CJK, DejaVu Sans).
"$bin" "$clip" -q --title "ビッグ・バック・バニー" --subtitle "أرنب كبير · ארנב גדול" --size 600 -o "$out/title_scripts.png"

# Shots: a bar per shot, as wide as the shot is long (the film's color script), square and strip.
"$bin" "$clip" -q --bars shots -d 3 --title "$title" --subtitle "shot by shot" --size 1000 -o "$out/bbb_trailer_shots.png"
"$bin" "$clip" -q --bars shots -d 3 --style strip --title 'Big Buck Bunny trailer · by shot' --size 1000 \
	-o "$out/bbb_trailer_shots_strip.png"

# Ranking: the largest cluster, or the largest colorful one.
"$bin" "$clip" -q --no-title --size 1000 -o "$out/rank_share.png"
"$bin" "$clip" -q --no-title --size 1000 --rank vivid -o "$out/rank_vivid.png"

# Letterbox bars: the clip padded to a 2.39:1 picture in a 16:9 frame, analysed as is and with
# --ignore-black.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ffmpeg -v error -y -i "$clip" -vf "scale=640:268,pad=640:360:0:46:black" -c:v libx264 -crf 20 "$work/letterboxed.mp4"
"$bin" "$work/letterboxed.mp4" -q --no-title --size 1000 --no-crop -o "$out/letterbox_plain.png"
"$bin" "$work/letterboxed.mp4" -q --no-title --size 1000 --no-crop --ignore-black -o "$out/letterbox_ignore_black.png"
"$bin" "$work/letterboxed.mp4" -q --no-title --size 1000 -o "$out/letterbox_crop.png"

# HDR: the trailer made into a 10-bit PQ BT.2020 HEVC film (SDR white at 203 nits), drawn
# tone-mapped, and the same pixels mislabelled as SDR BT.709 (what ignoring the tags gives).
ffmpeg -v error -y -i "$clip" -vf "format=gbrpf32le,zscale=transferin=bt709:primariesin=bt709:matrixin=bt709:t=smpte2084:p=bt2020:m=bt2020nc:r=tv:npl=203,format=yuv420p10le" \
	-c:v libx265 -x265-params "log-level=error:colorprim=bt2020:transfer=smpte2084:colormatrix=bt2020nc" -crf 22 -an "$work/hdr.mkv"
ffmpeg -v error -y -i "$work/hdr.mkv" -c copy \
	-bsf:v hevc_metadata=colour_primaries=1:transfer_characteristics=1:matrix_coefficients=1 \
	-color_primaries bt709 -color_trc bt709 -colorspace bt709 "$work/hdr_as_sdr.mkv"
"$bin" "$work/hdr.mkv" -q --no-title --size 1000 -o "$out/hdr_tonemapped.png"
"$bin" "$work/hdr_as_sdr.mkv" -q --no-title --size 1000 -o "$out/hdr_naive.png"
ffmpeg -v error -y -ss 20 -i "$work/letterboxed.mp4" -frames:v 1 -vf scale=320:-1 "$out/letterbox_frame.png"

# The film's palette: equal bars, proportional bars, and one row per tenth of the film.
"$bin" palette "$clip" -q -o "$out/palette.png"
"$bin" palette "$clip" -q --proportional --segments 10 -o "$out/palette_segments.png"
"$bin" palette "$clip" -q --labels -o "$out/palette_labels.png"
# The trailer's colors in color space: the a–b plane, the hue wheel, lightness and chroma.
"$bin" "$clip" -q -o "$work/trailer.png" --json "$work/trailer.json"
"$bin" plot "$work/trailer.json" --size 800 -o "$out/plot.png"

# Compare: the trailer against a copy of itself with its first 4 s trimmed, its fifth and sixth
# shots (24.7–36.0 s) cut out, and a warmer, less saturated grade.
ffmpeg -v error -y -i "$clip" -vf "select='not(between(t,24.7,35.99))',setpts=N/24/TB,eq=saturation=0.85,colorbalance=rm=0.1:bm=-0.14:bh=-0.05" \
	-an -c:v libx264 -crf 20 "$work/edited_full.mp4"
ffmpeg -v error -y -ss 4 -i "$work/edited_full.mp4" -c:v libx264 -crf 20 "$work/edited.mp4"
"$bin" compare "$clip" "$work/edited.mp4" -q -o "$out/compare.png"
# The HTML report in Chromium, as the browser test sees it (it saves its screenshot here).
FILMPRINT_SCREENSHOT="$PWD/$out/report.png" cargo test --locked -q -p filmprint-cli --test tests \
	report::hovering_a_bar >/dev/null
echo "wrote the README's pictures in $out"
