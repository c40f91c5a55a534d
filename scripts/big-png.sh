#!/usr/bin/env bash
# Memory of large PNGs: pictures up to 16384² are drawn whole (1 GiB of RGBA at most); larger
# ones in bands of rows (256 MiB each), so peak memory stops growing with the size. Draws the
# bundled trailer's fingerprint at several sizes and prints the wall time and peak RSS of each.
#
# Usage: scripts/big-png.sh   (from the repository, after `make demo` or `cargo build --release`)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/filmprint
[ -x "$bin" ] || cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" samples/bbb_trailer_360p.mp4 -q -n 300 --json "$work/fp.json" -o "$work/first.png"
printf '%-14s %-8s %10s %14s %12s\n' size style "wall s" "peak RSS MiB" "PNG MiB"
for size in 8192x8192 16384x16384 24000x24000 40000x12000; do
    for style in stacked ring; do
        /usr/bin/time -f '%e %M' -o "$work/time" "$bin" render "$work/fp.json" -q --style "$style" \
            --size "$size" -o "$work/big.png"
        read -r wall rss < "$work/time"
        printf '%-14s %-8s %10s %14d %12.1f\n' "$size" "$style" "$wall" $((rss / 1024)) \
            "$(echo "$(stat -c %s "$work/big.png") / 1048576" | bc -l)"
    done
done
