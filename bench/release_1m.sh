#!/usr/bin/env bash
# The full anonymizer release over N synthetic sealed records (default 1,000,000) on SQLite:
# wall time, peak RSS and the time spent opening sealed boxes. The database is built once
# (sealing a million reports takes a few minutes) and kept under target/bench-release.
# Usage: bash bench/release_1m.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
WORK=target/bench-release-$N
BIN=target/release
cargo build --release --quiet -p anonymizer
export KEYS_DIR=$WORK/keys KEYS_PASSPHRASE=bench-passphrase-not-a-secret
export DATABASE_URL=sqlite://$WORK/bench.db
if [ ! -f "$WORK/ready" ]; then
  rm -rf "$WORK" && mkdir -p "$WORK"
  cargo build --release --quiet -p server
  "$BIN/server" keys init --dir "$KEYS_DIR" >/dev/null
  "$BIN/server" audit verify >/dev/null   # creates the schema
  /usr/bin/time -f "synth: %e s wall, %M KiB peak RSS" \
    "$BIN/anonymizer" synth --reports "$N" --period 2026Q3 --quiet
  touch "$WORK/ready"
fi
# A fresh ledger each run, so the release is measured rather than returned from the database.
"$BIN/anonymizer" ledger >/dev/null
sqlite3_clear() {
  python3 - "$WORK/bench.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.executescript("DELETE FROM privacy_ledger; DELETE FROM release_cells; DELETE FROM release_tables; DELETE FROM releases;")
c.commit()
PY
}
sqlite3_clear
/usr/bin/time -f "release: %e s wall, %M KiB peak RSS" \
  "$BIN/anonymizer" release --period 2026Q3 --quiet --out "$WORK/out"
