#!/usr/bin/env bash
# A MariaDB primary and a replica with GTID replication on local ports, for the replica tests
# (test/scaleout/replicas.test.ts) and for trying DATABASE_REPLICA_URLS by hand. Data directories,
# sockets and logs live under DIR (a temporary folder); the shared server on 3306 is never touched.
#
#   scripts/replication.sh start DIR [PRIMARY_PORT=3307] [REPLICA_PORT=3308]   make both, start both, replicate
#   scripts/replication.sh stop-replica DIR      stop the replica's server (the primary goes on)
#   scripts/replication.sh start-replica DIR     start it again: it catches up from its GTID position
#   scripts/replication.sh stop DIR              stop both (DIR is left for the caller to remove)
#
# Both accept root without a password on 127.0.0.1 only. Runs as the current user (root needs --user=root).
set -euo pipefail

command=${1:?usage: replication.sh start|stop-replica|start-replica|stop DIR [PRIMARY_PORT REPLICA_PORT]}
dir=${2:?the folder for data directories, sockets and logs}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
user=$(id -un)

client() { mariadb --protocol=tcp -h127.0.0.1 -P"$1" -uroot --connect-timeout=2 -e "$2"; }
answers() { mysqladmin --protocol=tcp -h127.0.0.1 -P"$1" -uroot --connect-timeout=1 ping >/dev/null 2>&1; }

# Starts one server in the background from its data directory; waits until it answers on its port.
start_server() {
  local name=$1 port=$2 id=$3
  echo "$port" >"$dir/$name.port"
  mariadbd --no-defaults --user="$user" --datadir="$dir/$name" --port="$port" --bind-address=127.0.0.1 \
    --socket="$dir/$name.sock" --pid-file="$dir/$name.pid" --log-error="$dir/$name.err" \
    --server-id="$id" --log-bin="$dir/$name/binlog" --log-slave-updates=ON --binlog-format=ROW \
    --gtid-strict-mode=ON --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size=32M --innodb-log-file-size=16M --skip-name-resolve \
    --max-connections=200 --performance-schema=OFF >/dev/null 2>&1 &
  for _ in $(seq 1 120); do
    answers "$port" && return 0
    sleep 0.25
  done
  echo "$name did not start on port $port; see $dir/$name.err" >&2
  tail -n 20 "$dir/$name.err" >&2 || true
  exit 1
}

stop_server() {
  local name=$1
  [ -f "$dir/$name.port" ] || return 0
  local port
  port=$(cat "$dir/$name.port")
  if [ -f "$dir/$name.pid" ]; then
    local pid
    pid=$(cat "$dir/$name.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.25
    done
  fi
  ! answers "$port" || { echo "$name still answers on $port" >&2; exit 1; }
}

case "$command" in
  start)
    primary_port=${3:-3307}
    replica_port=${4:-3308}
    for name in primary replica; do
      [ -d "$dir/$name/mysql" ] || mariadb-install-db --no-defaults --user="$user" --datadir="$dir/$name" --auth-root-authentication-method=normal \
        --skip-test-db >"$dir/$name.install.log" 2>&1 || { cat "$dir/$name.install.log" >&2; exit 1; }
    done
    start_server primary "$primary_port" 1
    start_server replica "$replica_port" 2
    # Passwordless root over TCP from 127.0.0.1 on both (install-db makes root@localhost only).
    for port in "$primary_port" "$replica_port"; do
      client "$port" "SET sql_log_bin = 0; CREATE USER IF NOT EXISTS root@'127.0.0.1' IDENTIFIED BY ''; GRANT ALL ON *.* TO root@'127.0.0.1' WITH GRANT OPTION;"
    done
    client "$replica_port" "STOP SLAVE; RESET SLAVE ALL; RESET MASTER; SET GLOBAL gtid_slave_pos = '';
      CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$primary_port, MASTER_USER='root', MASTER_PASSWORD='',
        MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1;
      SET GLOBAL read_only = ON; START SLAVE;"
    echo "primary mysql://root@127.0.0.1:$primary_port  replica mysql://root@127.0.0.1:$replica_port  (GTID replication; data under $dir)"
    ;;
  stop-replica) stop_server replica ;;
  start-replica)
    start_server replica "$(cat "$dir/replica.port")" 2
    # A restarted replica reconnects from its GTID position (CHANGE MASTER is kept in its data directory).
    client "$(cat "$dir/replica.port")" "SET GLOBAL read_only = ON; START SLAVE;" 2>/dev/null || true
    ;;
  stop)
    stop_server replica
    stop_server primary
    ;;
  *)
    echo "unknown command $command" >&2
    exit 2
    ;;
esac
