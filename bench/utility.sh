#!/usr/bin/env bash
# Utility of a release at realistic volumes: repeated releases (fresh noise each run) of one
# synthetic quarter at 300, 1,000 and 5,000 kept reports, against the exact values; writes the
# table into docs/BENCHMARKS.md (between the utility markers) with the command and the date.
# Usage: bash bench/utility.sh [RUNS]   (default 2000 releases per volume)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-2000}
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
# The dev profile builds dependencies (OpenDP) with opt-level 2; our crate's code is cheap here.
cargo bench --quiet -p anonymizer --bench utility --profile dev -- --runs "$RUNS" >"$OUT" 2>/dev/null
cat "$OUT"
python3 - "$OUT" "$RUNS" "$(git rev-parse --short HEAD)" <<'PY'
import datetime, re, sys
table = open(sys.argv[1]).read().strip()
runs, commit = sys.argv[2], sys.argv[3]
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
block = (
    "<!-- utility:start -->\n"
    "```sh\nbash bench/utility.sh " + runs + "\n```\n\n"
    "Measured " + now + " on commit " + commit + ":\n\n" + table + "\n<!-- utility:end -->"
)
path = "docs/BENCHMARKS.md"
doc = open(path).read()
doc, n = re.subn(r"<!-- utility:start -->.*?<!-- utility:end -->", lambda m: block, doc, flags=re.S)
if n != 1:
    sys.exit("docs/BENCHMARKS.md has no utility markers")
open(path, "w").write(doc)
PY
