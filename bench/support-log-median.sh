#!/usr/bin/env bash
# The support log's API / JDBC ratio as the median of three runs of bench/support-log.sh (each a freshly
# started server on an empty database, without the list part), with the CPU per request of each run:
#
#   bench/support-log-median.sh [posts] [client-threads]     # defaults 10000 8
#
# Needs what bench/support-log.sh needs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

ratios=() by_cpu=()
for run in 1 2 3; do
  log=$(mktemp -t sohoa-bench-support.XXXXXX.log)
  echo "== run $run (log $log)"
  bench/support-log.sh "${1:-10000}" "${2:-8}" 0 >"$log" 2>&1 || { tail -n 30 "$log" >&2; exit 1; }
  grep -E '^(API POST|JDBC insert|API / JDBC)' "$log" | grep -v warm-up
  ratios+=("$(sed -n 's|^API / JDBC throughput: ||p' "$log")")
  by_cpu+=("$(sed -n 's|^API / JDBC by CPU per request: ||p' "$log")")
done
echo "API / JDBC throughput of the three runs: ${ratios[*]}; median $(median "${ratios[@]}")"
echo "API / JDBC by CPU per request of the three runs: ${by_cpu[*]}; median $(median "${by_cpu[@]}")"
