# Sourced by the bench scripts: starts the built server (the way ./sohoa run starts it) on a port,
# database and cluster port of its own, so that a benchmark disturbs nobody, and stops it on exit.
#
#   bench_server_start       uses BENCH_PORT, BENCH_DB, BENCH_CLUSTER_PORT, BENCH_JAR (defaults below; a copy of
#                            the built quarkus-app lets the next build run while a benchmark measures); sets
#                            BENCH_SERVER_PID, the server's JVM. BENCH_JAVA_OPTS adds JVM options,
#                            e.g. BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/bench.jfr for a profile
#
# The database is recreated empty first (bin/services reset-test-db with SOHOA_TEST_DB), so each run
# starts from the same state, unless BENCH_KEEP_DB=1; Keycloak must be up (bin/services up).

# shellcheck source=../../bin/lib/common.sh
. bin/lib/common.sh

BENCH_PORT="${BENCH_PORT:-8093}"
BENCH_DB="${BENCH_DB:-sohoa_bench}"
BENCH_CLUSTER_PORT="${BENCH_CLUSTER_PORT:-7993}"
BENCH_JAR="${BENCH_JAR:-platform/server/target/quarkus-app/quarkus-run.jar}"
BENCH_JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

bench_server_start() {
  [[ -f "$BENCH_JAR" ]] || { echo "No $BENCH_JAR: build first (./mvnw -B -DskipTests package)" >&2; exit 1; }
  # BENCH_KEEP_DB=1 keeps the database of an earlier run (a benchmark whose load takes long reuses it).
  [[ "${BENCH_KEEP_DB:-0}" == 1 ]] || SOHOA_TEST_DB="$BENCH_DB" bin/services reset-test-db
  BENCH_LOG="$(mktemp -t sohoa-bench.XXXXXX.log)"
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
  sohoa_with_dev_secrets "$BENCH_JAVA" ${BENCH_JAVA_OPTS:-} -Dquarkus.http.port="$BENCH_PORT" -Dquarkus.log.console.json.enabled=false \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" \
    -Dsohoa.cluster.bind-port="$BENCH_CLUSTER_PORT" -Dsohoa.cluster.initial-hosts="127.0.0.1[$BENCH_CLUSTER_PORT]" \
    -jar "$BENCH_JAR" >"$BENCH_LOG" 2>&1 &
  BENCH_SERVER=$!
  # The function runs in a subshell of its own: stop the server (its child) with it, or it outlives the run.
  trap 'kill $(pgrep -P "$BENCH_SERVER") "$BENCH_SERVER" 2>/dev/null; wait "$BENCH_SERVER" 2>/dev/null || true' EXIT
  # A loaded machine starts the server in minutes, not seconds: wait for it (BENCH_START_SECONDS), and never
  # measure a server that is not ready.
  local ready=""
  for _ in $(seq 1 "${BENCH_START_SECONDS:-900}"); do
    curl -fs "http://127.0.0.1:$BENCH_PORT/q/health/ready" >/dev/null && { ready=yes; break; }
    kill -0 "$BENCH_SERVER" 2>/dev/null || { cat "$BENCH_LOG" >&2; exit 1; }
    sleep 1
  done
  [[ -n "$ready" ]] || { echo "The server did not get ready on port $BENCH_PORT (log $BENCH_LOG)" >&2; exit 1; }
  BENCH_SERVER_PID=$(pgrep -P "$BENCH_SERVER" java || echo "$BENCH_SERVER")
  echo "server ready on port $BENCH_PORT, database $BENCH_DB (log $BENCH_LOG)"
}
