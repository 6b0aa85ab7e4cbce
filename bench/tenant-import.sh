#!/usr/bin/env bash
# Times a 10,000-row tenant import against a server started from the built jar (see lib/server.sh):
#
#   bench/tenant-import.sh [rows]
#
# Needs the local services (bin/services up) and a build (./mvnw -B -DskipTests package).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib/server.sh

bench_server_start
"$BENCH_JAVA" bench/TenantImportBench.java "http://127.0.0.1:$BENCH_PORT" "${1:-10000}"
