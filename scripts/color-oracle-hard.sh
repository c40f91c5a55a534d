#!/usr/bin/env bash
# The per-frame clustering against scikit-learn on frames that are hard for it: dark (a planet
# on black space, a night street), low-key, high-key and near-uniform (fog), generated with
# FFmpeg's geq filter, film grain added, encoded as H.264 (so dark values spread as they do in
# real films). Two sets: `tuning`, looked at while developing, and `held-out`, other scenes of
# the same kinds, looked at only to measure the result. k = 3, 5 and 8. See docs/color.md.
#
# Usage: scripts/color-oracle-hard.sh [tuning|held-out|all]   (default all)
# Env:   ORACLE_DIR, VENV as for scripts/color-oracle.sh; RESTARTS, BITS (filmprint's defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
restarts=${RESTARTS:-10}
bits=${BITS:-5}
dir=${ORACLE_DIR:-$HOME/.cache/filmprint-oracle}/hard
venv=${VENV:-${ORACLE_DIR:-$HOME/.cache/filmprint-oracle}/venv}
mkdir -p "$dir"
# shellcheck source=scripts/oracle-setup.sh
. scripts/oracle-setup.sh

# name, grain strength, then the red, green and blue expressions of geq (X, Y, T).
scene() {
    local name=$1 grain=$2 r=$3 g=$4 b=$5
    [ -s "$dir/$name.mp4" ] && return
    ffmpeg -v error -y -f lavfi -i "nullsrc=s=320x180:r=5:d=12,format=gbrp,geq=r='$r':g='$g':b='$b',noise=alls=$grain:allf=t" \
        -c:v libx264 -crf 18 -pix_fmt yuv420p "$dir/$name.mp4"
}
tuning=(planet night high_key fog)
held_out=(eclipse candle snow overcast)
# Tuning: a dim planet on black with limb darkening; a night street with two lamps; a pale
# high-key room; grey fog.
planet='if(lt(hypot(X-160-20*sin(T),Y-90),60),70*sqrt(1-pow(hypot(X-160-20*sin(T),Y-90)/60,2)),0)'
scene planet 6 "$planet" "0.8*$planet" "0.6*$planet"
lamps='6+220*exp(-(pow(X-80,2)+pow(Y-50,2))/200)+160*exp(-(pow(X-250+10*T,2)+pow(Y-120,2))/400)'
scene night 8 "$lamps" "0.7*($lamps)" "0.4*($lamps)"
scene high_key 5 '235-20*Y/180+8*sin(X/20+T)' '230-15*Y/180+8*sin(X/25+T)' '220-10*Y/180'
scene fog 4 '128+6*sin(X/50+T)' '130+6*sin(X/50+T)' '134+5*sin(Y/40+T)'
# Held out: a ring of light on black (an eclipse); candlelight fading into black; snow;
# an overcast sky.
ring='4+140*exp(-pow(hypot(X-160,Y-90)-40-5*sin(T),2)/30)'
scene eclipse 5 "$ring" "0.45*($ring)" "0.25*($ring)"
candle='3+90*exp(-(pow(X-100-8*T,2)+pow(Y-140,2))/3000)'
scene candle 7 "$candle" "0.55*($candle)" "0.2*($candle)"
scene snow 6 '238+10*sin(X/30+Y/20+T)' '242+8*sin(X/30+T)' '250'
scene overcast 3 '165+10*Y/180+3*sin(X/30+T)' '172+10*Y/180+3*sin(X/30+T)' '185+8*Y/180'

case $which in
    tuning) names=("${tuning[@]}") ;;
    held-out) names=("${held_out[@]}") ;;
    *) names=("${tuning[@]}" "${held_out[@]}") ;;
esac
dumps=()
for k in 3 5 8; do
    for name in "${names[@]}"; do
        out=$dir/${name}_k$k
        "$dump" "$dir/$name.mp4" 60 "$out" "$bits" "$restarts" oklab "$k" >/dev/null
        dumps+=("$out")
    done
done
"$venv/bin/python" scripts/color-oracle.py "${dumps[@]}"
