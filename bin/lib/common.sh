# shellcheck shell=bash
# Common helpers for the Sohoa developer scripts (./sohoa, bin/services).
# Source this file; it does not change shell options of the caller.
#
# Provides:
#   SOHOA_ROOT        repository root (resolved from this file's location)
#   SOHOA_STATE       state/log directory ($SOHOA_ROOT/.sohoa), created on demand
#   sohoa_info MSG    "==> MSG" progress line
#   sohoa_warn MSG    warning on stderr
#   sohoa_die MSG     error on stderr, exit 1
#   sohoa_find_jdk    pick a JDK >= 21, export JAVA_HOME and PATH
#   sohoa_with_dev_secrets CMD...
#                     run CMD (the packaged server) with the local services' passwords and client secrets
#   wait_for_url URL TIMEOUT_SECONDS [PID]
#                     wait until URL answers HTTP 200 (returns 1 on timeout,
#                     or early if the optional PID is no longer alive)

if [[ -n "${SOHOA_COMMON_LOADED:-}" ]]; then
  return 0
fi
SOHOA_COMMON_LOADED=1

SOHOA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
SOHOA_STATE="$SOHOA_ROOT/.sohoa"
SOHOA_MIN_JAVA=21
export SOHOA_ROOT SOHOA_STATE

mkdir -p "$SOHOA_STATE"

sohoa_info() { printf '==> %s\n' "$*"; }
sohoa_warn() { printf 'WARNING: %s\n' "$*" >&2; }
sohoa_die() {
  printf 'ERROR: %s\n' "$*" >&2
  exit 1
}

# _sohoa_java_major JAVA_BIN -> prints the feature version (8, 17, 21, 25...) or nothing
_sohoa_java_major() {
  local java_bin="$1" line ver major
  [[ -x "$java_bin" ]] || return 0
  line="$("$java_bin" -version 2>&1 | grep -m1 -E 'version "[^"]+"' || true)"
  [[ -n "$line" ]] || return 0
  ver="${line#*version \"}"
  ver="${ver%%\"*}"
  if [[ "$ver" == 1.* ]]; then
    major="${ver#1.}"
    major="${major%%.*}"
  else
    major="${ver%%[.+-]*}"
  fi
  [[ "$major" =~ ^[0-9]+$ ]] && printf '%s\n' "$major"
  return 0
}

# sohoa_find_jdk: use $JAVA_HOME if it is a JDK >= 21, else the highest JDK >= 21
# found under /usr/lib/jvm, /opt/java, /usr/local/*jdk*. Exports JAVA_HOME, PATH.
sohoa_find_jdk() {
  local best_home="" best_major=0 major cand real
  local -A seen=()

  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && -x "$JAVA_HOME/bin/javac" ]]; then
    major="$(_sohoa_java_major "$JAVA_HOME/bin/java")"
    if [[ -n "$major" && "$major" -ge "$SOHOA_MIN_JAVA" ]]; then
      best_home="$JAVA_HOME"
      best_major="$major"
    fi
  fi

  if [[ -z "$best_home" ]]; then
    shopt -s nullglob
    for cand in /usr/lib/jvm/* /opt/java/* /usr/local/*jdk*; do
      [[ -d "$cand" && -x "$cand/bin/java" && -x "$cand/bin/javac" ]] || continue
      real="$(readlink -f "$cand")"
      [[ -z "${seen[$real]:-}" ]] || continue
      seen[$real]=1
      major="$(_sohoa_java_major "$cand/bin/java")"
      [[ -n "$major" ]] || continue
      if (( major >= SOHOA_MIN_JAVA && major > best_major )); then
        best_major="$major"
        best_home="$real"
      fi
    done
    shopt -u nullglob
  fi

  if [[ -z "$best_home" ]]; then
    {
      echo "ERROR: Sohoa needs a JDK ${SOHOA_MIN_JAVA} or newer, and none was found."
      if [[ -n "${JAVA_HOME:-}" ]]; then
        echo "       JAVA_HOME=$JAVA_HOME is not a JDK >= ${SOHOA_MIN_JAVA}."
      fi
      echo "       Searched: \$JAVA_HOME, /usr/lib/jvm/*, /opt/java/*, /usr/local/*jdk*"
      echo "       Install one, e.g. 'apt-get install openjdk-21-jdk' (Debian 13+/Ubuntu 24.04+;"
      echo "       on Debian 12 install a Temurin 21/25 JDK into /usr/lib/jvm or /opt/java),"
      echo "       or set JAVA_HOME to a JDK ${SOHOA_MIN_JAVA}+ installation."
    } >&2
    exit 1
  fi

  export JAVA_HOME="$best_home"
  case ":$PATH:" in
    "$JAVA_HOME/bin:"*) ;;
    *) export PATH="$JAVA_HOME/bin:$PATH" ;;
  esac
  if [[ "${SOHOA_JDK_ANNOUNCED:-}" != "$JAVA_HOME" ]]; then
    sohoa_info "Using JDK $best_major at $JAVA_HOME"
    export SOHOA_JDK_ANNOUNCED="$JAVA_HOME"
  fi
}

# sohoa_with_dev_secrets CMD...: runs CMD with the passwords and client secrets of the local services
# (bin/services, dev/keycloak/sohoa-realm.json). application.properties keeps them to %dev and %test, and the
# packaged server (prod profile) refuses them unless SOHOA_SECURITY_ALLOW_DEV_SECRETS=true: right for
# ./sohoa run and the benchmarks on this machine, never for a server others reach.
sohoa_with_dev_secrets() {
  env QUARKUS_DATASOURCE_PASSWORD=sohoa_app QUARKUS_LIQUIBASE_PASSWORD=sohoa_owner \
    QUARKUS_OIDC_CREDENTIALS_SECRET=sohoa-web-dev-secret \
    QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET=sohoa-admin-dev-secret \
    SOHOA_SECURITY_ALLOW_DEV_SECRETS=true "$@"
}

# wait_for_url URL TIMEOUT_SECONDS [PID]
wait_for_url() {
  local url="$1" timeout="${2:-60}" pid="${3:-}" code deadline
  command -v curl >/dev/null 2>&1 || sohoa_die "curl is required (apt-get install -y curl)"
  deadline=$(( SECONDS + timeout ))
  while (( SECONDS < deadline )); do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" 2>/dev/null || true)"
    if [[ "$code" == "200" ]]; then
      return 0
    fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
    sleep 2
  done
  return 1
}
