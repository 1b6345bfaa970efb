#!/usr/bin/env bash
# Soak of the server-sealed intake: paced submissions for MINUTES at RATE per second (default:
# 10 minutes at 650/s, half the capacity measured in docs/BENCHMARKS.md), the server's resident
# memory sampled every 10 s, throughput, p50 and p99 per minute. Outside CI: it takes minutes.
#
#   bash bench/soak.sh [RATE] [MINUTES] [BACKEND]     # BACKEND: sqlite (default) or postgres
#
# The machine's load average is printed each minute (stderr), since the load generator and
# anything else running share the cores with the server.
set -euo pipefail
cd "$(dirname "$0")/.."
rate="${1:-650}"
minutes="${2:-10}"
backend="${3:-sqlite}"

cargo bench -p server --bench intake_load --no-run --quiet
echo "soak: backend=$backend rate=$rate/s minutes=$minutes clients=64 ($(nproc) cores)" >&2
(
  while sleep 60; do
    echo "$(date -u +%H:%M:%S) load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  done
) &
ticker=$!
trap 'kill "$ticker" 2>/dev/null || true' EXIT
echo "$(date -u +%H:%M:%S) load average $(cut -d' ' -f1-3 /proc/loadavg) (start)" >&2
cargo bench -p server --bench intake_load --quiet -- \
  --backend "$backend" --clients 64 --rate "$rate" --seconds $((minutes * 60)) --sample 10
