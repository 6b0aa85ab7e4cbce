# shellcheck shell=bash
# Who uses the local services. './sohoa run' and './sohoa test' may run at the same time from one
# checkout (the app in one terminal, the tests in another); each holds a lease while it needs
# PostgreSQL and Keycloak, and the services stop only when the last lease is given back.
#
# A lease is a file $SOHOA_STATE/users/<id>. A command's lease is named after its pid and records
# the process's start time, so a lease left behind by a killed command, or whose pid was reused by
# another process, counts for nothing. 'bin/services up' run by hand holds the lease "manual",
# which only 'bin/services down' run by hand gives back.
#
# Source after common.sh. Provides:
#   sohoa_lease_take ID       take (or renew) the lease ID: a pid, or "manual"
#   sohoa_lease_users         print the live leases, one a line, dropping stale ones
#   sohoa_lease_leave ID CMD...
#                             give back lease ID; if no other live lease remains, run CMD...
#                             (which stops what bin/services started); otherwise say who still
#                             needs the services and leave them running

SOHOA_USERS="$SOHOA_STATE/users"

# _sohoa_started PID -> the process's start time in clock ticks since boot, or nothing
_sohoa_started() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 0
  # Field 2 (the command name) may hold spaces; count fields after its closing parenthesis.
  stat="${stat##*) }"
  awk '{ print $20 }' <<<"$stat"
}

# _sohoa_lease_live ID: whether the lease file of ID still stands for a running user
_sohoa_lease_live() {
  local id="$1" recorded
  [[ -f "$SOHOA_USERS/$id" ]] || return 1
  [[ "$id" == manual ]] && return 0
  [[ "$id" =~ ^[0-9]+$ ]] || return 1
  read -r recorded _ <"$SOHOA_USERS/$id" || return 1
  [[ -n "$recorded" && "$recorded" == "$(_sohoa_started "$id")" ]]
}

sohoa_lease_take() {
  local id="$1" what="${2:-}"
  mkdir -p "$SOHOA_USERS"
  if [[ "$id" == manual ]]; then
    echo "manual bin/services up" >"$SOHOA_USERS/manual"
    return 0
  fi
  [[ "$id" =~ ^[0-9]+$ ]] || sohoa_die "a service lease is a pid or 'manual', not '$id'"
  local started
  started="$(_sohoa_started "$id")"
  [[ -n "$started" ]] || sohoa_die "no process $id to hold a service lease"
  echo "$started ${what:-$(tr '\0' ' ' <"/proc/$id/cmdline" 2>/dev/null)}" >"$SOHOA_USERS/$id"
}

sohoa_lease_users() {
  local file id
  [[ -d "$SOHOA_USERS" ]] || return 0
  for file in "$SOHOA_USERS"/*; do
    [[ -e "$file" ]] || continue
    id="${file##*/}"
    if _sohoa_lease_live "$id"; then
      echo "$id"
    else
      rm -f "$file"
    fi
  done
}

sohoa_lease_leave() {
  local id="$1" others=()
  shift
  rm -f "$SOHOA_USERS/$id"
  mapfile -t others < <(sohoa_lease_users)
  if (( ${#others[@]} > 0 )); then
    local user
    for user in "${others[@]}"; do
      sohoa_info "Leaving the services running: still needed by $(_sohoa_describe "$user")"
    done
    return 0
  fi
  "$@"
}

_sohoa_describe() {
  local id="$1" what
  [[ "$id" == manual ]] && { echo "'bin/services up' run by hand (stop with 'bin/services down')"; return; }
  read -r _ what <"$SOHOA_USERS/$id" 2>/dev/null || true
  echo "pid $id (${what:-unknown})"
}
