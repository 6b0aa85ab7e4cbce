# shellcheck shell=bash
# The browser of the UI tests: Debian's chromium at /usr/bin/chromium, driven by Playwright
# (Playwright's own browser download is switched off in platform/server/pom.xml, because build
# machines reach the OS package registry but not Playwright's CDN).
# Source after common.sh. Provides:
#   sohoa_ensure_chromium   install the chromium package when /usr/bin/chromium is missing

SOHOA_CHROMIUM=/usr/bin/chromium

sohoa_ensure_chromium() {
  [[ -x "$SOHOA_CHROMIUM" ]] && return 0
  command -v apt-get >/dev/null 2>&1 \
    || sohoa_die "the UI tests need Chromium at $SOHOA_CHROMIUM; install it with the system's package manager"
  local as_root=()
  if [[ "$(id -u)" -ne 0 ]]; then
    sudo -n true 2>/dev/null \
      || sohoa_die "installing chromium for the UI tests needs root: run 'sudo apt-get install -y chromium' once"
    as_root=(sudo -n)
  fi
  local log="$SOHOA_STATE/chromium-install.log"
  sohoa_info "Installing chromium for the UI tests (log: $log)"
  if ! { "${as_root[@]}" apt-get update \
      && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    sohoa_die "installing chromium failed (see $log)"
  fi
  [[ -x "$SOHOA_CHROMIUM" ]] || sohoa_die "the chromium package is installed but $SOHOA_CHROMIUM is missing"
}
