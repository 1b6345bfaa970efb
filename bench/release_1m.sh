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
# The synthetic reports live in a pristine database that no release ever touches; each run
# releases from a fresh copy of it, so the release is measured rather than returned from the
# database. The privacy ledger is append-only (the database refuses UPDATE and DELETE): a
# benchmark never removes a spend, it starts from a database that has none.
PRISTINE=$WORK/bench.db
RUN_DB=$WORK/run.db
if [ ! -f "$WORK/ready" ]; then
  rm -rf "$WORK" && mkdir -p "$WORK"
  cargo build --release --quiet -p admin
  "$BIN/tsr-admin" keys init --dir "$KEYS_DIR" >/dev/null
  DATABASE_URL=sqlite://$PRISTINE "$BIN/tsr-admin" audit verify >/dev/null   # creates the schema
  DATABASE_URL=sqlite://$PRISTINE /usr/bin/time -f "synth: %e s wall, %M KiB peak RSS" \
    "$BIN/anonymizer" synth --reports "$N" --period 2026Q3 --quiet
  touch "$WORK/ready"
fi
rm -f "$RUN_DB" "$RUN_DB-wal" "$RUN_DB-shm"
python3 - "$PRISTINE" "$RUN_DB" <<'PY'
import sqlite3, sys
src, dst = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
src.backup(dst)
dst.close(); src.close()
PY
export DATABASE_URL=sqlite://$RUN_DB
# `release` needs the pinned keyring signer; here it is the bench keyring's own.
KEYRING_FINGERPRINT=$("$BIN/tsr-admin" keys show --dir "$KEYS_DIR" | awk '/^Keyring signing key/ {print $4}')
export KEYRING_FINGERPRINT
/usr/bin/time -f "release: %e s wall, %M KiB peak RSS" \
  "$BIN/anonymizer" release --period 2026Q3 --quiet --out "$WORK/out"
