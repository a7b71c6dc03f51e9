#!/usr/bin/env bash
# The home page (工作台, issue 14) against the case list, side by side in one run, for users whose day
# differs in size: a district clerk, a district leader (figures, 包案, the units' overdue) and the city's
# leader (everything below the city). Against a running server with the demo data (README's start
# command):
#
#   ear/src/test/load/home.sh [base-url] [requests]      (defaults http://127.0.0.1:8080/xinfang 20)
#
# Each page is fetched once to warm up, then [requests] times one after another with the signed-in
# session's cookie, alternating home and list so that both see the same machine. Prints per user the
# median (min–max) in milliseconds of each page. Needs curl.
set -euo pipefail
base=${1:-http://127.0.0.1:8080/xinfang}
requests=${2:-20}
password='Xinfang@2026'
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

stats() { # milliseconds, one per line → "median (min–max)"
  sort -n | awk '{ v[NR] = $1 } END { printf "%d ms (%d–%d)", v[int((NR + 1) / 2)], v[1], v[NR] }'
}

printf '%-10s | %-22s | %-22s\n' user "home, median (min–max)" "list, median (min–max)"
for user in cy.clerk cy.leader qz.leader; do
  jar="$work/$user"
  curl -s -c "$jar" -o /dev/null "$base/app/home.xhtml"
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "j_username=$user" --data-urlencode "j_password=$password" "$base/j_security_check"
  for page in home cases/list; do
    status=$(curl -s -b "$jar" -o "$work/page.html" -w '%{http_code}' "$base/app/$page.xhtml")
    if [ "$status" != 200 ] || ! grep -q 'xf-' "$work/page.html"; then
      echo "could not open $page as $user at $base (status $status)" >&2; exit 1
    fi
  done
  : > "$work/home.ms"; : > "$work/list.ms"
  for _ in $(seq 1 "$requests"); do
    curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$base/app/home.xhtml" | awk '{ printf "%d\n", $1 * 1000 }' >> "$work/home.ms"
    curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$base/app/cases/list.xhtml" | awk '{ printf "%d\n", $1 * 1000 }' >> "$work/list.ms"
  done
  printf '%-10s | %-22s | %-22s\n' "$user" "$(stats < "$work/home.ms")" "$(stats < "$work/list.ms")"
done
