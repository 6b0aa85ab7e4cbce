#!/usr/bin/env bash
# Training at scale (TrainingBench.java) against a server started from the built jar (see lib/server.sh):
# an assignment rule enrolling every team member of a province in one request, and the training overview of
# the province over its communes, each beside its plain-SQL reference on the same database:
#
#   bench/training.sh [members] [communes]     # defaults 50000 3000
#
# Needs the local services (bin/services up) and a build (./mvnw -B -DskipTests package).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib/server.sh

DRIVER=$(ls platform/server/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -n 1)
bench_server_start
"$BENCH_JAVA" -cp "$DRIVER" bench/TrainingBench.java "http://127.0.0.1:$BENCH_PORT" "$BENCH_DB" "${1:-50000}" "${2:-3000}"
