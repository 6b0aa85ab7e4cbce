#!/usr/bin/env bash
# Replicating one recognised pilot to 1,000 communes in one request, and the province's pilot overview over
# them (PilotReplicationBench.java), against a server started from the built jar (see lib/server.sh), with
# the same statements over plain JDBC as the reference:
#
#   bench/pilot-replication.sh [communes]     # default 1000
#
# Needs the local services (bin/services up) and a build (./mvnw -B -DskipTests package).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib/server.sh

DRIVER=$(ls platform/server/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -n 1)
bench_server_start
"$BENCH_JAVA" -cp "$DRIVER" bench/PilotReplicationBench.java "http://127.0.0.1:$BENCH_PORT" "$BENCH_DB" "${1:-1000}"
