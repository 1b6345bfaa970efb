#!/usr/bin/env bash
# Rust (opendp crate) vs Python (opendp package) on the counting-and-noise step of a release,
# same plaintext synthetic records (streamed over a pipe). Usage: bash bench/count_noise.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
VENV=target/bench-venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "opendp==0.16.0"
fi
cargo bench -p anonymizer --bench count_noise -- --reports "$N" --python "$PWD/$VENV/bin/python"
