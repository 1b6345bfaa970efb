#!/usr/bin/env bash
# The console's inbox with 1,000 reports in headless Chromium (issue 17): runs the e2e test
# that lists and searches them and prints its figures (docs/BENCHMARKS.md). Needs chromium and
# chromedriver. Run from the repository root: bash bench/console_triage.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-2}"
cargo test -p server --test e2e --no-run >/dev/null 2>&1 || cargo test -p server --test e2e --no-run
for _ in $(seq 1 "$runs"); do
  CI=true cargo test -p server --test e2e -- --nocapture --exact \
    console_triage_volume::a_thousand_reports_are_listed_and_searchable_after_one_unlock 2>&1 |
    grep '^BENCH console triage'
done
