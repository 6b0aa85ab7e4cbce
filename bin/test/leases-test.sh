#!/usr/bin/env bash
# Tests of bin/lib/leases.sh: './sohoa run' and './sohoa test' of one checkout share the services,
# and whichever leaves first must not stop them under the other. Runs the lease logic in a temporary
# state directory with a fake stop command, so it never touches the real services.
#
# Usage: bin/test/leases-test.sh   (exit code 0 when every case passes)
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
SOHOA_STATE="$(mktemp -d)"
# shellcheck source-path=SCRIPTDIR source=../lib/leases.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/leases.sh"

FAKES=()
cleanup() {
  local pid
  for pid in "${FAKES[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  rm -rf "$SOHOA_STATE"
}
trap cleanup EXIT

STOPS=0
fake_stop() { STOPS=$((STOPS + 1)); }

# A stand-in for a running './sohoa run' or './sohoa test': a process that lives until killed.
FAKE=""
start_fake() {
  sleep 600 &
  FAKE=$!
  FAKES+=("$FAKE")
}

FAILED=0
check() {
  local name="$1" expected="$2" actual="$3"
  if [[ "$expected" == "$actual" ]]; then
    echo "ok - $name"
  else
    echo "FAILED - $name: expected '$expected', got '$actual'"
    FAILED=1
  fi
}

reset() {
  rm -rf "$SOHOA_USERS"
  STOPS=0
}

# --------------------------------------------------------------------------------------------
reset
start_fake; run=$FAKE
start_fake; tests=$FAKE
sohoa_lease_take "$run"
sohoa_lease_take "$tests"
sohoa_lease_leave "$tests" fake_stop >/dev/null
check "the tests leaving while the app still serves stop nothing" 0 "$STOPS"
sohoa_lease_leave "$run" fake_stop >/dev/null
check "the app leaving last stops the services" 1 "$STOPS"

reset
start_fake; run=$FAKE
start_fake; tests=$FAKE
sohoa_lease_take "$run"
sohoa_lease_take "$tests"
sohoa_lease_leave "$run" fake_stop >/dev/null
check "the app leaving while the tests still run stops nothing" 0 "$STOPS"
sohoa_lease_leave "$tests" fake_stop >/dev/null
check "the tests leaving last stop the services" 1 "$STOPS"

reset
start_fake; killed=$FAKE
start_fake; tests=$FAKE
sohoa_lease_take "$killed"
sohoa_lease_take "$tests"
kill "$killed"
wait "$killed" 2>/dev/null || true
check "a lease of a command that was killed does not count" "$tests" "$(sohoa_lease_users)"
sohoa_lease_leave "$tests" fake_stop >/dev/null
check "the last live user stops the services despite a stale lease" 1 "$STOPS"
check "the stale lease is cleared" "" "$(ls "$SOHOA_USERS")"

reset
start_fake; reused=$FAKE
start_fake; tests=$FAKE
sohoa_lease_take "$tests"
mkdir -p "$SOHOA_USERS"
echo "1 ./sohoa run (an earlier process that had the same pid)" >"$SOHOA_USERS/$reused"
check "a lease whose pid now belongs to another process does not count" "$tests" "$(sohoa_lease_users)"

reset
start_fake; tests=$FAKE
sohoa_lease_take manual
sohoa_lease_take "$tests"
sohoa_lease_leave "$tests" fake_stop >/dev/null
check "services brought up by hand stay up after the tests" 0 "$STOPS"
sohoa_lease_leave manual fake_stop >/dev/null
check "'bin/services down' by hand then stops them" 1 "$STOPS"

reset
start_fake; run=$FAKE
start_fake; tests=$FAKE
sohoa_lease_take "$run"
sohoa_lease_take "$tests"
check "the one who leaves says who still needs the services" \
  "==> Leaving the services running: still needed by pid $run (sleep 600)" \
  "$(sohoa_lease_leave "$tests" fake_stop)"

exit "$FAILED"
