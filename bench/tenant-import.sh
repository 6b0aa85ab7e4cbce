#!/usr/bin/env bash
# Times a 10,000-row tenant import against a server started from the built jar, the way ./sohoa run
# starts it, on its own port and database so that it disturbs nobody:
#
#   bench/tenant-import.sh [rows]
#
# Needs the local services (bin/services up), the database named below (owned by sohoa_owner, with the
# ltree extension) and a build (./mvnw -B -DskipTests package). Override with BENCH_PORT, BENCH_DB,
# BENCH_CLUSTER_PORT.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PORT="${BENCH_PORT:-8093}"
DB="${BENCH_DB:-sohoa_test_import}"
CLUSTER_PORT="${BENCH_CLUSTER_PORT:-7993}"
JAR=platform/server/target/quarkus-app/quarkus-run.jar
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[[ -f "$JAR" ]] || { echo "No $JAR: build first (./mvnw -B -DskipTests package)" >&2; exit 1; }

LOG="$(mktemp -t sohoa-bench.XXXXXX.log)"
"$JAVA" -Dquarkus.http.port="$PORT" -Dquarkus.log.console.json.enabled=false \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
  -Dsohoa.cluster.bind-port="$CLUSTER_PORT" -Dsohoa.cluster.initial-hosts="127.0.0.1[$CLUSTER_PORT]" \
  -jar "$JAR" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 1
done
echo "server ready on port $PORT (log $LOG)"
"$JAVA" bench/TenantImportBench.java "http://127.0.0.1:$PORT" "${1:-10000}"
