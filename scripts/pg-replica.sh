#!/usr/bin/env bash
# usage: scripts/pg-replica.sh start POSTGRES_URL   prints the replica's URL and its folder
#        scripts/pg-replica.sh stop FOLDER
# A streaming replica of the throwaway cluster scripts/with-postgres.sh started, made with
# pg_basebackup -R from the machine's own binaries; the replica tests start one for themselves,
# so the rest of the suite does not pay for replaying every test database.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -x "$bindir/pg_basebackup" ] || { echo "pg-replica: no pg_basebackup in /usr/lib/postgresql/*/bin" >&2; exit 3; }
runas=()
if [ "$(id -u)" = 0 ]; then runas=(runuser -u postgres --); fi

case "${1:-}" in
  start)
    primary=${2:?usage: pg-replica.sh start POSTGRES_URL}
    host=$(node -e "const u=new URL(process.argv[1]);console.log(u.hostname)" "$primary")
    pport=$(node -e "const u=new URL(process.argv[1]);console.log(u.port||5432)" "$primary")
    user=$(node -e "const u=new URL(process.argv[1]);console.log(decodeURIComponent(u.username)||'postgres')" "$primary")
    data=$(mktemp -d /tmp/secretariat-replica.XXXXXX)
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$data"; fi
    chmod 700 "$data"
    port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    "${runas[@]}" "$bindir/pg_basebackup" -h "$host" -p "$pport" -U "$user" -D "$data" -R -X stream -c fast >/dev/null 2>&1
    "${runas[@]}" "$bindir/pg_ctl" -D "$data" -l "$data/replica.log" -w -t 30 \
      -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c hot_standby=on -c fsync=off -c max_connections=200" \
      start >/dev/null
    echo "postgres://$user@127.0.0.1:$port/postgres $data"
    ;;
  stop)
    data=${2:?usage: pg-replica.sh stop FOLDER}
    case "$data" in /tmp/secretariat-replica.*) ;; *) echo "pg-replica: not a replica folder: $data" >&2; exit 2 ;; esac
    "${runas[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$data"
    ;;
  *) echo "usage: pg-replica.sh start POSTGRES_URL | stop FOLDER" >&2; exit 2 ;;
esac
