#!/usr/bin/env bash
# The PgBouncer integration run (`npm run test:integration:pgbouncer`) puts Debian's PgBouncer in
# transaction pooling between the API and PostgreSQL. Installs it when missing: as root directly,
# otherwise through sudo when that needs no password. The test setup starts its own PgBouncer (its
# own configuration, a free port, a temporary folder); the system service the package brings is
# stopped and disabled when this script installed it, so nothing is left listening.
set -euo pipefail
bin="${PGBOUNCER_PATH:-/usr/sbin/pgbouncer}"
[ -x "$bin" ] && exit 0
echo "== installing Debian's pgbouncer for the transaction-pooling integration run"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then as_root=(sudo -n); else
    echo "PgBouncer is missing at $bin and this user cannot install it: run 'apt-get install -y pgbouncer' as root, or set PGBOUNCER_PATH." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq pgbouncer >/dev/null
# The package may start its own service on 6432: the tests never use it.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  "${as_root[@]}" systemctl disable --now pgbouncer >/dev/null 2>&1 || true
elif [ -x /etc/init.d/pgbouncer ]; then
  "${as_root[@]}" /etc/init.d/pgbouncer stop >/dev/null 2>&1 || true
fi
[ -x "$bin" ] || { echo "PgBouncer did not install at $bin" >&2; exit 1; }
