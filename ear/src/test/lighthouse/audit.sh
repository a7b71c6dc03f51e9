#!/usr/bin/env bash
# Lighthouse on every staff page (issue 14 item 6) and every public page (issue 12 item 9), against a
# running server (README's start command, with the demo data): accessibility and best practices, on a
# desktop and on a phone (Lighthouse's desktop preset and its default mobile emulation), signed in as the
# user who reaches the page ("-": nobody, a public page); a public page's performance too, which its
# users load on a phone over a mobile network (Lighthouse's mobile throttling).
#
#   ear/src/test/lighthouse/audit.sh [base-url] [page-filter]   (default http://127.0.0.1:8080/xinfang)
#
# Lighthouse is pinned in package-lock.json (12.2.3: 13 needs Node.js 22) and installed here with
# `npm ci` on the first run; Chromium is the machine's (/usr/bin/chromium, or CHROME_PATH). Prints one
# line per page with the four scores, then every audit that failed on a page below 95; the reports
# (JSON) are kept in ear/target/lighthouse/. A page-filter (a regular expression) audits only the
# pages whose path matches it; JOBS runs that many audits at once (default 2). Exits non-zero when a
# page scores below 95 (a public page's performance: below 90).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=${1:-http://127.0.0.1:8080/xinfang}
only=${2:-.}
password='Xinfang@2026'
out="$here/../../../target/lighthouse"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
mkdir -p "$out"
[ -x "$here/node_modules/.bin/lighthouse" ] || (cd "$here" && npm ci --no-audit --no-fund --prefer-offline >/dev/null)

# user → the pages they audit: the leader's menu holds every page but the administration's; each
# plugin's leader has the plugin's own pages and a case page of the plugin (CASE: the first case the
# user sees), with its panels.
pages() {
  cat <<'PAGES'
cy.leader /app/home.xhtml
cy.clerk /app/home.xhtml
cy.leader /app/cases/list.xhtml
cy.leader /app/cases/register.xhtml
cy.leader /app/cases/view.xhtml?id=CASE
cy.leader /app/reception/rota.xhtml
cy.leader /app/reception/applications.xhtml
cy.leader /app/reception/visits.xhtml
cy.leader /app/reception/leader.xhtml
cy.leader /app/identity/reveals.xhtml
cy.leader /app/supervision/inbox.xhtml
cy.leader /app/supervision/orders.xhtml
cy.leader /app/supervision/followed.xhtml
cy.leader /app/supervision/listed.xhtml
cy.leader /app/ledgers/reports.xhtml
cy.leader /app/ledgers/overview.xhtml
cy.leader /app/ledgers/screening.xhtml
cy.leader /app/prevention/assessments.xhtml
cy.leader /app/prevention/meetings.xhtml
cy.leader /app/account/password.xhtml
admin /app/admin/accounts.xhtml
admin /app/admin/units.xhtml
admin /app/admin/plugins.xhtml
admin /app/admin/calendar.xhtml
admin /app/admin/settings.xhtml
admin /app/admin/audit.xhtml
admin /app/ledgers/schedules.xhtml
jw.discipline_leader /plugins/discipline/guide.xhtml
jw.discipline_leader /plugins/discipline/joint.xhtml
jw.discipline_leader /plugins/discipline/joint-figures.xhtml
jw.discipline_leader /app/cases/view.xhtml?id=CASE
zy.court_leader /plugins/court/guide.xhtml
zy.court_leader /plugins/court/reception-day.xhtml
zy.court_leader /plugins/court/aid-figures.xhtml
zy.court_leader /app/cases/view.xhtml?id=CASE
rs.personnel_head /plugins/personnel/guide.xhtml
rs.personnel_head /plugins/personnel/first-received.xhtml
rs.personnel_head /plugins/personnel/quarters.xhtml
rs.personnel_head /app/cases/view.xhtml?id=CASE
zg.company_leader /plugins/company/guide.xhtml
zg.company_leader /plugins/company/protection.xhtml
zg.company_leader /app/cases/view.xhtml?id=CASE
- /public/petition.xhtml
- /public/follow.xhtml
- /public/receipt.xhtml
- /public/reception.xhtml
PAGES
}

# A signed-in session per user: the protected page sends us to the form, the form signs us in.
signin() {
  local user=$1 jar="$out/$1.jar" status session
  curl -s -c "$jar" -o /dev/null "$base/app/cases/list.xhtml"
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "j_username=$user" --data-urlencode "j_password=$password" "$base/j_security_check"
  session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1)
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$base/app/cases/list.xhtml")
  [ "$status" = 200 ] || { echo "could not sign in as $user at $base (status $status)" >&2; exit 1; }
  echo "$session" > "$out/$user.session"
}

report() {  # path form-factor → the report's file name
  echo "$out/$(echo "$1" | tr '/?=.' '____')-$2"
}

audit() {  # user path form-factor
  local user=$1 path=$2 form=$3 name preset=() categories=accessibility,best-practices cookie=()
  name=$(report "$path" "$form")
  [ "$form" = desktop ] && preset=(--preset=desktop)
  if [ "$user" = - ]; then
    categories+=,performance
  else
    cookie=(--extra-headers="{\"Cookie\": \"JSESSIONID=$(cat "$out/$user.session")\"}")
  fi
  "$here/node_modules/.bin/lighthouse" "$base$path" "${preset[@]}" --quiet \
    --only-categories="$categories" --output=json --output-path="$name.json" \
    --chrome-flags="--headless --no-sandbox --disable-gpu" --chrome-path="$CHROME_PATH" \
    "${cookie[@]}" >/dev/null 2>"$name.log" || true
}

scores() {  # path form-factor → "accessibility best-practices performance" (performance "-" where not measured)
  jq -r '[.categories.accessibility.score, .categories["best-practices"].score, (.categories.performance.score // null)]
         | map(if . == null then "-" else (. * 100 | round | tostring) end) | join(" ")' \
    "$(report "$1" "$2").json" 2>/dev/null || echo "- - -"
}

first_case() {  # user → the first case they see
  curl -s -u "$1:$password" "$base/api/v1/cases?limit=1" | jq -r '(.items // .)[0].id'
}
selected=$(pages | while read -r user path; do
  if [[ $path == *CASE* ]]; then path=${path/CASE/$(first_case "$user")}; fi
  if [[ $path =~ $only ]]; then echo "$user $path"; fi
done)
for user in $(echo "$selected" | cut -d' ' -f1 | sort -u | grep -vx -- -); do signin "$user"; done
rm -f "$out"/*.json
export -f audit report
export here base out CHROME_PATH
# Runs in parallel (JOBS, default 2): each run mostly waits for Chromium and the server.
echo "$selected" | while read -r user path; do echo "$user $path desktop"; echo "$user $path mobile"; done |
  xargs -P "${JOBS:-2}" -L 1 bash -c 'audit "$@"' _

below=0
failures=""
printf '%-42s %13s %13s %13s %13s %13s\n' page 'desktop a11y' 'desktop bp' 'mobile a11y' 'mobile bp' 'mobile perf'
while read -r user path; do
  read -r da db _ < <(scores "$path" desktop)
  read -r ma mb mp < <(scores "$path" mobile)
  printf '%-42s %13s %13s %13s %13s %13s\n' "$path" "$da" "$db" "$ma" "$mb" "$mp"
  [ "$user" = - ] && { [ "$mp" = - ] || [ "$mp" -lt 90 ]; } && mp_low=1 || mp_low=0
  for score in $da $db $ma $mb; do
    if [ "$score" = - ] || [ "$score" -lt 95 ] || [ "$mp_low" = 1 ]; then
      below=1
      failures+="$path: $(jq -r '[.audits[] | select(.score != null and .score < 1 and .scoreDisplayMode == "binary") | .id] | join(" ")' \
        "$(report "$path" desktop).json" "$(report "$path" mobile).json" 2>/dev/null | tr ' ' '\n' | sort -u | paste -sd ' ')"$'\n'
      break
    fi
  done
done <<< "$selected"
[ -z "$failures" ] || printf '\nfailed audits:\n%s' "$failures"
exit $below
