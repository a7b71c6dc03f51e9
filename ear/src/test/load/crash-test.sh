#!/usr/bin/env bash
# No matter lost in a crash (issue 15): runs CrashLoad's clients against a server built as README's
# -Pstart builds it, kills the server with kill -9 in the middle of the load and starts it again; with
# "mariadb", also restarts the database three quarters into the load. Then checks that every matter and
# step the server acknowledged is there and that none is half-saved (CrashLoad.java says how).
#
#   ear/src/test/load/crash-test.sh [h2|mariadb] [clients] [seconds]     (defaults: h2 100 120)
#
# mariadb uses the database and user .ci/run creates (xinfang_test, xinfang/xinfang-ci) unless
# MYSQL_URL, MYSQL_USER and MYSQL_PASSWORD say otherwise. The server runs on port 8380 (port offset 300,
# or CRASH_PORT_OFFSET) with its data under ear/target/crash/, so a demo server on 8080 is left alone.
# Prints the timings.
set -euo pipefail
cd "$(dirname "$0")/../../../.."

mode=${1:-h2}
clients=${2:-100}
seconds=${3:-120}
offset=${CRASH_PORT_OFFSET:-300}
base="http://127.0.0.1:$((8080 + offset))/xinfang"
work=ear/target/crash
server=ear/target/server

say() { printf '%s CRASH-TEST %s\n' "$(date +%T)" "$*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

profiles=start
if [ "$mode" = mariadb ]; then
  profiles=start,mysql
  export MYSQL_URL=${MYSQL_URL:-'jdbc:mysql://127.0.0.1:3306/xinfang_test?useUnicode=true&characterEncoding=UTF-8'}
  export MYSQL_USER=${MYSQL_USER:-xinfang} MYSQL_PASSWORD=${MYSQL_PASSWORD:-xinfang-ci} XINFANG_DEMO_DATA=true
fi

say "building the server as README's start command does ($profiles), without running it"
./mvnw -B -q -ntp -P"$profiles" -DskipTests -Dexec.skip=true verify
rm -rf "$work" && mkdir -p "$work"

server_pid=
start_server() {
  "$server/bin/standalone.sh" -Djboss.socket.binding.port-offset=$offset -Dxinfang.db.dir="$PWD/$work/h2" \
    -Dxinfang.identity.keyFile="$PWD/$work/identity.key" >> "$work/server.log" 2>&1 &
  local started; started=$(now)
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null -u "cy.leader:Xinfang@2026" "$base/api/v1/me" 2>/dev/null; then
      server_pid=$(pgrep -f "jboss-modules.jar.*-Djboss.socket.binding.port-offset=$offset" | head -1)
      say "server up in $(since "$started") s (pid $server_pid)"
      return 0
    fi
    sleep 0.5
  done
  say "the server did not come up; see $work/server.log"; exit 1
}
stop_server() {
  pkill -f "jboss-modules.jar.*-Djboss.socket.binding.port-offset=$offset" 2>/dev/null || true
}
trap stop_server EXIT

start_server
say "load: $clients clients for $seconds s"
java ear/src/test/load/CrashLoad.java load "$base" "$clients" "$seconds" "$work/journal.txt" > "$work/load.log" 2>&1 &
load_pid=$!
load_started=$(date +%s)

sleep $((seconds / 4))
say "kill -9 of the server under load ($(grep -c '^CASE' "$work/journal.txt") matters acknowledged so far)"
kill -9 "$server_pid"
sleep 2
start_server

if [ "$mode" = mariadb ]; then
  # Three quarters into the load, whenever the server came back.
  sleep $(( load_started + seconds * 3 / 4 - $(date +%s) > 0 ? load_started + seconds * 3 / 4 - $(date +%s) : 0 ))
  say "restarting MariaDB under load"
  down=$(now)
  pkill -x mariadbd || pkill -x mysqld || true
  for _ in $(seq 1 60); do pgrep -x mariadbd >/dev/null || break; sleep 0.5; done
  sleep 3
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do mysqladmin -h127.0.0.1 -uroot --connect-timeout=2 ping >/dev/null 2>&1 && break; sleep 0.5; done
  say "MariaDB back after $(since "$down") s"
  recovered=$(now)
  answered=false
  for _ in $(seq 1 360); do
    if curl -fsS -o /dev/null -u "cy.leader:Xinfang@2026" "$base/api/v1/cases?limit=1" 2>/dev/null; then answered=true; break; fi
    sleep 0.5
  done
  if [ "$answered" = false ]; then
    say "the application did not recover within 180 s of the database's return"; exit 1
  fi
  say "the application answered again $(since "$recovered") s after the database was back"
fi

wait "$load_pid" || true
cat "$work/load.log"
say "verifying"
java ear/src/test/load/CrashLoad.java verify "$base" "$work/journal.txt"
