#!/usr/bin/env bash
# The library without its `ffmpeg` feature: it builds, its tests pass, and nothing of FFmpeg is
# in it — no FFmpeg crate in its dependency graph (so no libav headers, no libclang to build
# it) and no libav library linked into its test binary — so it builds on a machine without
# FFmpeg's libraries. Run by `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
if cargo tree --locked -p filmprint --no-default-features -e normal,build | grep -Eiq 'ffmpeg|bindgen|clang-sys'; then
    echo "filmprint without the ffmpeg feature still depends on FFmpeg's crates:" >&2
    cargo tree --locked -p filmprint --no-default-features -e normal,build -i ffmpeg-sys-next >&2 || true
    exit 1
fi
cargo test --locked -p filmprint --no-default-features --lib --tests
binary=$(cargo test --locked -p filmprint --no-default-features --tests --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["name"] == "tests":
        print(m["executable"])')
[ -x "$binary" ] || { echo "no test binary of filmprint without ffmpeg was found" >&2; exit 1; }
if ldd "$binary" | grep -q 'libav'; then
    echo "$binary links FFmpeg's libraries:" >&2
    ldd "$binary" | grep libav >&2
    exit 1
fi
echo "filmprint builds and tests without FFmpeg (no FFmpeg crate, $(basename "$binary") links no libav)"
