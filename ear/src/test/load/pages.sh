#!/usr/bin/env bash
# Pages and API under load (issue 15, item 4), side by side in one run with wrk on loopback, against a
# running server (README's start command; the demo data gives cy.clerk and its cases):
#   the case list page, signed in, at 50 concurrent users; a static file of the same server (the
#   reference); the API's case list with Basic authentication; and the case list page at 200 users,
#   with the server's heap after it.
#
#   ear/src/test/load/pages.sh [base-url] [seconds]      (defaults http://127.0.0.1:8080/xinfang 20)
#
# Needs wrk (apt-get install wrk) and the JDK's jcmd. Warms up first (each load once, then until the JIT
# has caught up). Prints one line per run: requests/s, p50, p95.
set -euo pipefail
base=${1:-http://127.0.0.1:8080/xinfang}
seconds=${2:-20}
user=cy.clerk password='Xinfang@2026'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# p50 and p95 as wrk's Lua hook reports them (its --latency table has no p95).
cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f req/s | p50 %.1f ms | p95 %.1f ms | %d errors (non-2xx %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
LUA

# A signed-in browser session: the protected page sends us to the form, the form signs us in.
curl -s -c "$work/jar" -o /dev/null "$base/app/cases/list.xhtml"
curl -s -b "$work/jar" -c "$work/jar" -o /dev/null -d "j_username=$user" --data-urlencode "j_password=$password" \
  "$base/j_security_check"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$work/jar" | tail -1)
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$base/app/cases/list.xhtml")
if [ "$status" != 200 ] || ! grep -q '信访事项' "$work/page.html"; then
  echo "could not sign in as $user at $base (status $status)" >&2; exit 1
fi
basic=$(printf '%s:%s' "$user" "$password" | base64)

run() {
  local label=$1 connections=$2; shift 2
  printf '%-48s ' "$label ($connections users)"
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s "$work/report.lua" "$@" | grep '^RESULT' | sed 's/^RESULT //'
}

# The server measured is the one listening on the base URL's port: a machine may run several.
port=$(printf '%s' "$base" | sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#'); port=${port:-80}
pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
if [ -z "$pid" ]; then echo "no server listens on port $port" >&2; exit 1; fi
# Warm up: every load once, unreported, then wait until the JIT's C2 queue has drained. On two cores
# a freshly started server compiles for minutes (2,500 methods queued after the first pass), and a run
# measured meanwhile gets one core instead of two.
for warm in "$base/resources/css/xinfang.css" "$base/app/cases/list.xhtml"; do
  wrk -t2 -c50 -d"${seconds}s" --timeout 10s -H "Cookie: JSESSIONID=$session" "$warm" > /dev/null
done
wrk -t2 -c50 -d"${seconds}s" --timeout 10s -H "Authorization: Basic $basic" "$base/api/v1/cases?limit=20" > /dev/null
for _ in $(seq 60); do
  [ "$(jcmd "$pid" Compiler.queue | grep -c '^[0-9]')" -le 5 ] && break
  sleep 5
done

run "static file (resources/css/xinfang.css)" 50 "$base/resources/css/xinfang.css"
run "case list page, signed in" 50 -H "Cookie: JSESSIONID=$session" "$base/app/cases/list.xhtml"
run "API case list, Basic authentication" 50 -H "Authorization: Basic $basic" "$base/api/v1/cases?limit=20"
run "case list page, signed in" 200 -H "Cookie: JSESSIONID=$session" "$base/app/cases/list.xhtml"
jcmd "$pid" GC.run >/dev/null
printf '%-48s %s\n' "server heap after the 200-user run and a full GC" \
  "$(jcmd "$pid" GC.heap_info |  awk '/garbage-first heap/ { sub("K", "", $6); printf "%d MiB", $6 / 1024 }') used, -Xmx $(jcmd "$pid" VM.flags | grep -o 'MaxHeapSize=[0-9]*' | head -1 | awk -F= '{ printf "%d MiB", $2 / 1048576 }')"
