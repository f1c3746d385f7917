#!/usr/bin/env bash
# The replica tests start a primary and a streaming replica of their own (initdb, pg_basebackup -R,
# free ports, a temporary folder) with Debian's PostgreSQL 15 server binaries. Installs them when
# missing: as root directly, otherwise through sudo when that needs no password. Debian creates and
# starts a `main` cluster on 5432 when it installs the server; this script drops that cluster again
# when it was the one to create it (a machine's own PostgreSQL is never touched).
set -euo pipefail
version="${PG_TEST_VERSION:-15}"
bindir="${PG_TEST_BINDIR:-/usr/lib/postgresql/$version/bin}"
[ -x "$bindir/postgres" ] && [ -x "$bindir/pg_basebackup" ] && [ -x "$bindir/initdb" ] && exit 0
echo "== installing Debian's postgresql-$version for the replica tests"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then as_root=(sudo -n); else
    echo "PostgreSQL $version is missing at $bindir and this user cannot install it: run 'apt-get install -y postgresql-$version' as root, or set PG_TEST_BINDIR." >&2
    exit 1
  fi
fi
had_main=no
[ -d "/etc/postgresql/$version/main" ] && had_main=yes
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq "postgresql-$version" >/dev/null
if [ "$had_main" = no ] && [ -d "/etc/postgresql/$version/main" ] && command -v pg_dropcluster >/dev/null 2>&1; then
  "${as_root[@]}" pg_dropcluster --stop "$version" main || true
fi
[ -x "$bindir/postgres" ] && [ -x "$bindir/pg_basebackup" ] || { echo "PostgreSQL $version did not install at $bindir" >&2; exit 1; }
