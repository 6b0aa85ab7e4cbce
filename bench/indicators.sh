#!/usr/bin/env bash
# Indicators at the scale of a country's communes (IndicatorBench.java) against a server started from the
# built jar (see lib/server.sh): approval throughput through the API beside plain JDBC, and the province
# roll-up of one month through the API beside a plain GROUP BY over the raw form values (run by psql as
# the database superuser, which row-level security does not bind):
#
#   bench/indicators.sh [communes] [approvals] [client-threads]     # defaults 3300 2000 8
#
# Needs the local services (bin/services up), a build (./mvnw -B -DskipTests package) and root or
# password-less sudo for the reference query.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. bench/lib/server.sh

DRIVER=$(ls "$(dirname "$BENCH_JAR")"/lib/main/org.postgresql.postgresql-*.jar | head -n 1)
bench_server_start
OUT="$(mktemp -t sohoa-indicator-bench.XXXXXX.log)"
"$BENCH_JAVA" -cp "$DRIVER" bench/IndicatorBench.java "http://127.0.0.1:$BENCH_PORT" "$BENCH_DB" \
  "${1:-3300}" "${2:-2000}" "${3:-8}" | tee "$OUT"

read -r _ PROVINCE SET PERIOD < <(grep '^REFERENCE ' "$OUT")
as_postgres() { if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi; }
QUERY="select v.indicator_code, sum(v.value), sum(v.numerator), sum(v.denominator), count(*)
  from report_value v join report_form f on f.tenant_id = v.tenant_id and f.id = v.form_id
  join tenant t on t.code = f.tenant_id join tenant r on r.code = '$PROVINCE'
  where t.path <@ r.path and f.data_set_id = $SET and f.period = '$PERIOD' and f.state = 'APPROVED'
  group by v.indicator_code;"
{ echo '\timing on'; for _ in $(seq 1 120); do echo "$QUERY"; done; } \
  | (cd / && as_postgres psql -X -q -d "$BENCH_DB" -o /dev/null) \
  | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 100 | sort -n \
  | awk '{ t[NR] = $1 } END { printf "%-40s %7d queries              p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n",
           "plain GROUP BY over raw values", NR, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.99 + 0.5)], t[NR] }'
