#!/usr/bin/env bash
# usage: scripts/with-postgres.sh COMMAND...
# Runs COMMAND with TEST_POSTGRES_URL pointing at a throwaway PostgreSQL cluster made from
# the machine's own binaries, and removes the cluster afterwards. Without the binaries it
# says so loudly and runs COMMAND anyway: the PostgreSQL tests then report as skipped.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  cat >&2 <<'BANNER'

  ############################################################################
  #  NO POSTGRESQL BINARIES FOUND (/usr/lib/postgresql/*/bin/initdb).         #
  #  The PostgreSQL half of the store tests will be SKIPPED, not passed.      #
  #  Install Debian's postgresql package to run them.                         #
  ############################################################################

BANNER
  exec "$@"
fi

data=$(mktemp -d /tmp/secretariat-pg.XXXXXX)
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
runas=()
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$data"; runas=(runuser -u postgres --); fi  # initdb refuses root

"${runas[@]}" "$bindir/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
"${runas[@]}" "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
stop() { "${runas[@]}" "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$data"; }
trap stop EXIT

export TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on port $port" >&2
"$@"
