#!/usr/bin/env bash
# The Playwright flows drive Debian's Chromium (Playwright never downloads a browser here).
# Installs it when missing: as root directly, otherwise through sudo when that needs no password.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
echo "== installing Debian's chromium for the Playwright flows"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then as_root=(sudo -n); else
    echo "Chromium is missing at $browser and this user cannot install it: run 'apt-get install -y chromium' as root, or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq chromium >/dev/null
[ -x "$browser" ] || { echo "Chromium did not install at $browser" >&2; exit 1; }
