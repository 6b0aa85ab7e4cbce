#!/usr/bin/env bash
# The support log under load (SupportLogBench.java) against a server started from the built jar
# (see lib/server.sh), with plain JDBC on the same database as the reference:
#
#   bench/support-log.sh [posts] [client-threads] [records]     # defaults 10000 8 1000000
#
# Needs the local services (bin/services up) and a build (./mvnw -B -DskipTests package).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib/server.sh

DRIVER=$(ls "$(dirname "$BENCH_JAR")"/lib/main/org.postgresql.postgresql-*.jar | head -n 1)
bench_server_start
"$BENCH_JAVA" -Dbench.server.pid="$BENCH_SERVER_PID" -cp "$DRIVER" bench/SupportLogBench.java "http://127.0.0.1:$BENCH_PORT" "$BENCH_DB" \
  "${1:-10000}" "${2:-8}" "${3:-1000000}"
