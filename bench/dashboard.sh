#!/usr/bin/env bash
# The province dashboard at country scale (DashboardBench.java) against a server started from the built jar
# (see lib/server.sh), beside the naive GROUP BY over the raw records on the same database:
#
#   bench/dashboard.sh [records] [members]     # defaults 10000000 200000
#
# Loads 50,000 tenants, the records and the team members set-based with their tallies, checks the tallies
# against a recount, then measures. Needs the local services (bin/services up) and a build
# (./mvnw -B -DskipTests package).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib/server.sh

bench_server_start
DRIVER=$(ls "$(dirname "$BENCH_JAR")"/lib/main/org.postgresql.postgresql-*.jar | head -n 1)
"$BENCH_JAVA" -cp "$DRIVER" bench/DashboardBench.java "http://127.0.0.1:$BENCH_PORT" "$BENCH_DB" \
  "${1:-10000000}" "${2:-200000}"
