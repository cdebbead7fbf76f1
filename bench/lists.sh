#!/usr/bin/env bash
# List-page figures for docs/benchmarks.md. Rerun with:  bench/lists.sh [seconds-per-url]
# Needs psql (apt-get install postgresql-client) and wrk (apt-get install wrk).
#
# Loads 1,000,000 clients, 3,000,000 sessions and 1,000,000 inquiries (bench/lists-data.sql) into a
# fresh embedded database, then measures each filtered list page with wrk (1 and 4 connections, signed
# in as a counsellor of one MRC or as an administrator who sees all seven). Reference in the same
# run: a static file served by the same app through the same filters.
#
# Two-factor sign-in is switched off for the run, so curl can sign in as the administrator.
#
# SAFAR_BENCH_DATA=/some/dir keeps the database there, and a rerun with the same folder skips the
# load (about 2 minutes) when the data is already in it.
set -euo pipefail
trap 'echo "bench/lists.sh: failed at line $LINENO" >&2' ERR
cd "$(dirname "$0")/.."
DURATION=${1:-10}
PORT=${SAFAR_BENCH_PORT:-18082}
PGPORT=${SAFAR_BENCH_PGPORT:-15434}
for tool in psql wrk; do command -v $tool > /dev/null || { echo "needs $tool"; exit 1; }; done

./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
JAR=$(ls target/safar-*.jar | head -1)
WORK=$(mktemp -d /tmp/safar-lists.XXXX)
DATA=${SAFAR_BENCH_DATA:-$WORK/data}
APP_PID=""
trap 'if [ -n "$APP_PID" ]; then kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true; fi; cp "$WORK/app.log" /tmp/safar-lists-app.log 2>/dev/null; pkill -f "postgres -D $DATA" 2>/dev/null || true; rm -rf "$WORK"; true' EXIT

java -jar "$JAR" --server.port=$PORT --safar.db.data-dir="$DATA" --safar.db.embedded-port=$PGPORT \
  --safar.demo.enabled=true --spring.thymeleaf.cache=true --safar.security.two-factor.required-roles= \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
until grep -q 'Safar is ready' "$WORK/app.log"; do sleep 0.3; kill -0 $APP_PID || exit 1; done

t0=$(date +%s)
if [ "$(psql -At -h localhost -p $PGPORT -U postgres -d safar -c 'select count(*) >= 1000000 from client')" = t ]; then
  echo "data already loaded in $DATA"
else
  psql -q -h localhost -p $PGPORT -U postgres -d safar -f bench/lists-data.sql
fi
echo "data loaded in $(( $(date +%s) - t0 )) s: $(psql -At -h localhost -p $PGPORT -U postgres -d safar -c \
  "select (select count(*) from client) || ' clients, ' || (select count(*) from counselling_session) || ' sessions, ' || (select count(*) from inquiry) || ' inquiries'")"

session_of() { # signs in and prints the SESSION cookie
  local jar="$WORK/$1.cookies" tok
  tok=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" | grep -oP 'name="_csrf" value="\K[^"]+')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode username="$1" \
    --data-urlencode password=safar-demo-2026 --data-urlencode _csrf="$tok" "http://localhost:$PORT/login"
  awk '$6 == "SESSION" {print $7}' "$jar"
}
COUNSELLOR=$(session_of counsellor.dhaka)
ADMIN=$(session_of admin)
DHAKA=$(psql -At -h localhost -p $PGPORT -U postgres -d safar -c "select id from org_unit where code = 'MRC-DHAKA'")

measure() { # label cookie path: p50/p99 with 1 and with 4 concurrent connections
  local status line=""
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$2" "http://localhost:$PORT$3")
  [ "$status" = 200 ] || { echo "$1: HTTP $status for $3"; return 0; }
  wrk -t1 -c4 -d"${WARMUP:-5}s" -H "Cookie: SESSION=$2" "http://localhost:$PORT$3" > /dev/null
  for c in 1 4; do
    local out
    out=$(wrk -t1 -c$c -d"${DURATION}s" --latency -H "Cookie: SESSION=$2" "http://localhost:$PORT$3")
    line="$line | c=$c p50 $(echo "$out" | awk '$1 == "50%" {print $2}') p99 $(echo "$out" | awk '$1 == "99%" {print $2}')"
  done
  printf '%-46s%s\n' "$1" "$line"
}

CSS=$(curl -s -H "Cookie: SESSION=$ADMIN" "http://localhost:$PORT/" | grep -oP 'href="\K/css/[^"]+')
measure "reference: static CSS file" "$ADMIN" "$CSS"
measure "clients, counsellor (1 MRC), first page" "$COUNSELLOR" "/counselling/clients"
measure "clients, admin (7 MRCs), first page" "$ADMIN" "/counselling/clients"
measure "clients, admin, search 'Karimi 77'" "$ADMIN" "/counselling/clients?q=Karimi+77"
measure "clients, admin, status=RETURNED, page 200" "$ADMIN" "/counselling/clients?status=RETURNED&page=200"
measure "inquiries, counsellor, MRC + OPEN" "$COUNSELLOR" "/counselling/inquiries?mrc=$DHAKA&status=OPEN"
measure "inquiries, admin, all" "$ADMIN" "/counselling/inquiries"
measure "inquiries, admin, channel + date range" "$ADMIN" "/counselling/inquiries?channel=WHATSAPP&from=2026-03-01&to=2026-03-31"
measure "sessions, counsellor, first page" "$COUNSELLOR" "/counselling/sessions"
measure "sessions, admin, topic=HEALTH" "$ADMIN" "/counselling/sessions?topic=HEALTH"
measure "sessions, admin, topic + channel + month" "$ADMIN" "/counselling/sessions?topic=VISAS&channel=HOTLINE&from=2025-06-01&to=2025-06-30"
measure "clients, admin, sorted by name, page 10" "$ADMIN" "/counselling/clients?sort=NAME&page=10"
measure "sessions, admin, topic, oldest first" "$ADMIN" "/counselling/sessions?topic=HEALTH&sort=OLDEST"
COORD=$(session_of coordinator.dhaka)
PROVIDER=$(session_of provider.dhaka)
measure "referrals, coordinator (1 MRC), first page" "$COORD" "/referrals"
measure "referrals, admin (7 MRCs), status=SENT" "$ADMIN" "/referrals?status=SENT"
measure "referrals, coordinator, overdue" "$COORD" "/referrals?overdue=true"
measure "referrals, admin, status=REJECTED, page 20" "$ADMIN" "/referrals?status=REJECTED&page=20"
measure "referrals, provider's inbox" "$PROVIDER" "/referrals"
