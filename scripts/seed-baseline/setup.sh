#!/usr/bin/env bash
# Creates the Python environment that runs the reference implementation of the seed design.
# Usage: scripts/seed-baseline/setup.sh [VENV_DIR]   (default: ~/.cache/seed-baseline-venv)
set -euo pipefail
venv=${1:-$HOME/.cache/seed-baseline-venv}
command -v ffmpeg >/dev/null || { apt-get update -qq && apt-get install -y -qq ffmpeg; }
python3 -m venv "$venv"
"$venv/bin/pip" install -q scikit-learn==1.9.1 matplotlib==3.11.2 joblib numpy pillow
echo "run: $venv/bin/python $(dirname "$0")/seed_fingerprint.py MOVIE OUT.png --frames N"
