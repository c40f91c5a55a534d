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
"$bin" "$clip" -q --title 'Big Buck Bunny\ntrailer' --size 1000 -o "$out/bbb_trailer.png"
"$bin" "$clip" -q -n 500 -k 5 -d 3 --title 'Big Buck Bunny\ntrailer' --size 1000 -o "$out/bbb_trailer_d3.png"
"$bin" "$clip" -q -k 1 --title 'Big Buck Bunny\ntrailer' --size 1000 -o "$out/bbb_trailer_average.png"
echo "wrote $out/bbb_trailer.png, bbb_trailer_d3.png, bbb_trailer_average.png"
