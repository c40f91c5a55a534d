#!/usr/bin/env bash
# Installs the Debian package made by `make deb` with apt-get (which pulls in the FFmpeg
# libraries it depends on), runs the installed /usr/bin/filmprint on the bundled clip, checks
# the manual page and completions are where Debian looks for them, and removes the package.
# Needs root (it changes the system).
#
# Usage: make deb-test   (or scripts/deb-test.sh after `make deb`)
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls -t target/debian/filmprint_*_amd64.deb | head -1)
echo "== $deb"
dpkg-deb --field "$deb" Package Version Depends
dpkg-deb --contents "$deb" | awk '{print $6}'
if dpkg -s filmprint >/dev/null 2>&1; then
    echo "filmprint is already installed: not touching it" >&2
    exit 1
fi
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq filmprint >/dev/null' EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
work=$(mktemp -d)
cd "$work"
echo "== $(command -v filmprint): $(filmprint --version)"
/usr/bin/filmprint "$OLDPWD/samples/bbb_trailer_360p.mp4" -q -n 100 -o trailer.png --json trailer.json
python3 - <<'PY'
import json, struct
with open("trailer.png", "rb") as f:
    head = f.read(24)
assert head[:8] == b"\x89PNG\r\n\x1a\n", "a PNG"
width, height = struct.unpack(">II", head[16:24])
fp = json.load(open("trailer.json"))
assert len(fp["samples"]) == 100, "100 samples"
print(f"== /usr/bin/filmprint made a {width}x{height} PNG and a JSON of {len(fp['samples'])} samples")
PY
for file in /usr/share/man/man1/filmprint.1* /usr/share/bash-completion/completions/filmprint \
    /usr/share/zsh/vendor-completions/_filmprint /usr/share/fish/vendor_completions.d/filmprint.fish; do
    test -s "$file" || { echo "missing: $file" >&2; exit 1; }
done
man -w filmprint 2>/dev/null || echo "(man is not installed here; the page is $(ls /usr/share/man/man1/filmprint.1*))"
cd - >/dev/null
rm -rf "$work"
echo "== installed, ran and removed: ok"
