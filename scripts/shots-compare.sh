#!/usr/bin/env bash
# Compare filmprint's shot detection with PySceneDetect on a generated corpus
# with known boundaries. Usage: scripts/shots-compare.sh
# [held-out|held-out-b|held-out-c|held-out-d|held-out-e|held-out-f|held-out-g|held-out-h|
#  held-out-i|held-out-j|held-out-k|held-out-l|held-out-m|held-out-n|held-out-o|held-out-p|
#  held-out-q|held-out-r|held-out-s|held-out-t|held-out-u|held-out-v|held-out-w|held-out-x|
#  held-out-y|held-out-z|held-out-aa|held-out-ab|held-out-ac|held-out-ad|held-out-ae|held-out-af|
#  held-out-ag|held-out-ah|held-out-ai|held-out-aj|held-out-ak|held-out-al|held-out-am|
#  held-out-an|held-out-ao|held-out-ap|held-out-aq|held-out-ar|held-out-as|held-out-at|held-out-au|
#  held-out-av|held-out-aw|held-out-ax|held-out-ay|tuning|all]
#  [--details] [--quick] [--strict]
# (held-out-b: clips 12-17, the second held-out set; held-out-c: clips 18-23, the third;
# held-out-d: clips 24-29, the fourth; held-out-e: clips 30-35, the fifth; held-out-f: clips
# 36-41, the sixth; held-out-g: clips 42-47, the seventh; held-out-h: clips 48-53, the eighth;
# held-out-i: clips 54-59, the ninth; held-out-j: clips 60-65, the tenth; held-out-k: clips
# 66-71, the eleventh; held-out-l: clips 72-77, the twelfth; held-out-m: clips 78-83, the
# thirteenth; held-out-n: clips 84-89, the fourteenth; held-out-o: clips 90-95, the fifteenth;
# held-out-p: clips 96-101, the sixteenth; held-out-q: clips 102-107, the seventeenth;
# held-out-r: clips 108-113, the eighteenth; held-out-s: clips 114-119, the nineteenth;
# held-out-t: clips 120-125, the twentieth; held-out-u: clips 126-131, the twenty-first;
# held-out-v: clips 132-137, the twenty-second; held-out-w: clips 138-143, the twenty-third;
# held-out-x: clips 144-149, the twenty-fourth; held-out-y: clips 150-155, the twenty-fifth;
# held-out-z: clips 156-161, the twenty-sixth; held-out-aa: clips 162-167, the twenty-seventh;
# held-out-ab: clips 168-173, the twenty-eighth; held-out-ac: clips 174-179, the twenty-ninth;
# held-out-ad: clips 180-185, the thirtieth; held-out-ae: clips 186-191, the thirty-first;
# held-out-af: clips 192-197, the thirty-second; held-out-ag: clips 198-203, the thirty-third;
# held-out-ah: clips 204-209, the thirty-fourth; held-out-ai: clips 210-215, the thirty-fifth;
# held-out-aj: clips 216-221, the thirty-sixth; held-out-ak: clips 222-227, the thirty-seventh;
# held-out-al: clips 228-233, the thirty-eighth; held-out-am: clips 234-239, the thirty-ninth;
# held-out-an: clips 240-245, the fortieth; held-out-ao: clips 246-251, the forty-first;
# held-out-ap: clips 252-257, the forty-second; held-out-aq: clips 258-263, the forty-third;
# held-out-ar: clips 264-269, the forty-fourth; held-out-as: clips 270-275, the forty-fifth;
# held-out-at: clips 276-281, the forty-sixth; held-out-au: clips 282-287, the forty-seventh;
# held-out-av: clips 288-293, the forty-eighth; held-out-aw: clips 294-299, the forty-ninth;
# held-out-ax: clips 300-305, the fiftieth; held-out-ay: clips 306-311, the fifty-first)
set -euo pipefail

split="${1:-all}"
case "$split" in
  held-out | held-out-b | held-out-c | held-out-d | held-out-e | held-out-f | held-out-g \
    | held-out-h | held-out-i | held-out-j | held-out-k | held-out-l | held-out-m | held-out-n \
    | held-out-o | held-out-p | held-out-q | held-out-r | held-out-s | held-out-t \
    | held-out-u | held-out-v | held-out-w | held-out-x | held-out-y | held-out-z | held-out-aa \
    | held-out-ab | held-out-ac | held-out-ad | held-out-ae | held-out-af | held-out-ag | held-out-ah \
    | held-out-ai | held-out-aj | held-out-ak | held-out-al | held-out-am | held-out-an | held-out-ao \
    | held-out-ap | held-out-aq | held-out-ar | held-out-as | held-out-at | held-out-au \
    | held-out-av | held-out-aw | held-out-ax | held-out-ay | tuning \
    | all) ;;
  *) echo "usage: $0 [held-out|held-out-b|held-out-c|held-out-d|held-out-e|held-out-f|held-out-g|held-out-h|held-out-i|held-out-j|held-out-k|held-out-l|held-out-m|held-out-n|held-out-o|held-out-p|held-out-q|held-out-r|held-out-s|held-out-t|held-out-u|held-out-v|held-out-w|held-out-x|held-out-y|held-out-z|held-out-aa|held-out-ab|held-out-ac|held-out-ad|held-out-ae|held-out-af|held-out-ag|held-out-ah|held-out-ai|held-out-aj|held-out-ak|held-out-al|held-out-am|held-out-an|held-out-ao|held-out-ap|held-out-aq|held-out-ar|held-out-as|held-out-at|held-out-au|held-out-av|held-out-aw|held-out-ax|held-out-ay|tuning|all] [--details] [--quick] [--strict]" >&2
     exit 2 ;;
esac

cd "$(dirname "$0")/.."
venv="$HOME/.cache/filmprint-shots-venv"
if [[ ! -x "$venv/bin/scenedetect" ]]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet scenedetect-headless==0.7.2
fi

cargo build --release --locked -p filmprint-cli >&2
python3 scripts/shots-corpus.py
python3 scripts/shots-compare.py --split "$split" \
  --filmprint "${CARGO_TARGET_DIR:-target}/release/filmprint" "${@:2}"
