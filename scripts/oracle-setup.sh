# Sourced by scripts/color-oracle.sh and scripts/color-oracle-hard.sh: the scikit-learn venv
# (made once in $venv) and the oracle_dump example built; sets $dump to the example's path.
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q scikit-learn numpy
fi
cargo build --release --locked -q --example oracle_dump
dump=${CARGO_TARGET_DIR:-target}/release/examples/oracle_dump
