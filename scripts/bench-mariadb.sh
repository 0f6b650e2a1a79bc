#!/bin/sh
# A private MariaDB for the big benchmarks (npm run bench:quality at 10 million measurements): the
# shared server keeps its own settings; this one is sized as a production server would be.
#   scripts/bench-mariadb.sh start [DIR] [PORT] [BUFFER_POOL]   (defaults: /tmp/cdo-bench-mariadb 3320 3G)
#   BENCH_MYSQL_URL=mysql://root@127.0.0.1:3320 npm run bench:quality -- --measurements 10000000
#   scripts/bench-mariadb.sh stop [DIR]
set -eu
command="${1:-start}"
dir="${2:-/tmp/cdo-bench-mariadb}"
port="${3:-3320}"
pool="${4:-3G}"
case "$command" in
start)
  mkdir -p "$dir"
  if [ ! -f "$dir/my.cnf" ]; then
    cat >"$dir/my.cnf" <<CNF
[mariadbd]
datadir=$dir/data
port=$port
bind-address=127.0.0.1
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
user=$(id -un)
innodb_buffer_pool_size=$pool
innodb_log_file_size=1G
innodb_flush_log_at_trx_commit=2
innodb_flush_method=O_DIRECT
max_allowed_packet=64M
skip-log-bin
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default-time-zone=+00:00
tmpdir=$dir
CNF
    mariadb-install-db --defaults-file="$dir/my.cnf" --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1
  fi
  nohup mariadbd --defaults-file="$dir/my.cnf" >"$dir/mariadbd.log" 2>&1 &
  for _ in $(seq 1 60); do
    if mariadb -h127.0.0.1 -P"$port" -uroot -e "SELECT 1" >/dev/null 2>&1; then
      echo "MariaDB on 127.0.0.1:$port (innodb_buffer_pool_size=$pool, data in $dir): BENCH_MYSQL_URL=mysql://root@127.0.0.1:$port"
      exit 0
    fi
    sleep 1
  done
  echo "MariaDB did not start: see $dir/mariadbd.log" >&2
  exit 1
  ;;
stop)
  kill "$(cat "$dir/mysqld.pid")"
  ;;
*)
  echo "usage: $0 start|stop [DIR] [PORT] [BUFFER_POOL]" >&2
  exit 2
  ;;
esac
