#!/usr/bin/env bash
# Results-engine figures for docs/benchmarks.md. Rerun with:  bench/results.sh [runs]
# Needs psql (apt-get install postgresql-client) and curl.
#
# Loads 10,000,000 person-level records (bench/results-data.sql: 8,000,000 sessions of 2,000,000
# clients and 2,000,000 group-attendance rows, 7 MRCs, 5 years) and a project whose framework has
# five indicators, into a fresh embedded database. Then, warm, in the same run:
#  - the project's full report through the API (every indicator by sex x age band x MRC x quarter,
#    each alone and in total), as the M&E officer; median of [runs] (default 5);
#  - the hand-written reference (bench/results-handwritten.sql) in psql, median of as many runs;
#  - freshness: a counsellor saves a session through the desk's form; the time from sending it
#    until the API's value (today, that MRC) has counted it.
#
# SAFAR_BENCH_DATA=/some/dir keeps the database there; a rerun with the same folder skips the load.
set -euo pipefail
trap 'echo "bench/results.sh: failed at line $LINENO" >&2' ERR
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${SAFAR_BENCH_PORT:-18083}
PGPORT=${SAFAR_BENCH_PGPORT:-15435}
for tool in psql curl; do command -v $tool > /dev/null || { echo "needs $tool"; exit 1; }; done

./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
JAR=$(ls target/safar-*.jar | head -1)
WORK=$(mktemp -d /tmp/safar-results.XXXX)
DATA=${SAFAR_BENCH_DATA:-$WORK/data}
APP_PID=""
trap 'if [ -n "$APP_PID" ]; then kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true; fi; cp "$WORK/app.log" /tmp/safar-results-app.log 2>/dev/null; rm -rf "$WORK"; true' EXIT

java -jar "$JAR" --server.port=$PORT --safar.db.data-dir="$DATA" --safar.db.embedded-port=$PGPORT \
  --safar.demo.enabled=true --spring.thymeleaf.cache=true --safar.security.two-factor.required-roles= \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
until grep -q 'Safar is ready' "$WORK/app.log"; do sleep 0.3; kill -0 $APP_PID || exit 1; done
PSQL="psql -X -q -h localhost -p $PGPORT -U postgres -d safar"

t0=$(date +%s)
if [ "$($PSQL -At -c "select count(*) > 0 from programme where code = 'BENCH-RESULTS'")" = t ]; then
  echo "data already loaded in $DATA"
else
  $PSQL -f bench/results-data.sql
fi
echo "data: $(( $(date +%s) - t0 )) s; $($PSQL -At -c "select (select count(*) from counselling_session) \
  || ' sessions, ' || (select count(*) from group_attendance) || ' group-attendance rows, ' \
  || (select count(*) from client) || ' clients'")"
# monthly cells (V1_950): the past months are added up in the background after a load; wait for them
t0=$(date +%s)
PENDING="select count(*) from (select month from results_dirty_month where month <= current_date - 1
  union all select month from results_built_month
  where through < least((month + interval '1 month' - interval '1 day')::date, current_date - 1)) m"
until [ "$($PSQL -At -c "$PENDING")" = 0 ]; do
  sleep 1
  [ $(( $(date +%s) - t0 )) -lt 1800 ] || { echo "monthly cells: not built after 30 min"; exit 1; }
done
echo "monthly cells: built in $(( $(date +%s) - t0 )) s after start-up checks; $($PSQL -At -c "select string_agg(source || ' ' || n || ' months, ' || c || ' cells, through ' || t, '; ') from (select source, count(*) n, sum(cells) c, max(through) t from results_built_month group by source) x")"
FRAMEWORK=$($PSQL -At -c "select f.id from results_framework f join programme p on p.id = f.programme_id where p.code = 'BENCH-RESULTS'")
SESSIONS=$($PSQL -At -c "select id from indicator where framework_id = $FRAMEWORK and code = 'B1'")
DHAKA=$($PSQL -At -c "select id from org_unit where code = 'MRC-DHAKA'")

session_of() { # signs in and prints the SESSION cookie
  local jar="$WORK/$1.cookies" tok
  tok=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" | grep -oP 'name="_csrf" value="\K[^"]+')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode username="$1" \
    --data-urlencode password=safar-demo-2026 --data-urlencode _csrf="$tok" "http://localhost:$PORT/login"
}
session_of mande
session_of counsellor.dhaka
MANDE="$WORK/mande.cookies"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
REPORT="http://localhost:$PORT/api/v1/frameworks/$FRAMEWORK/values?by=sex,ageBand,mrc,quarter"
status=$(curl -s -o "$WORK/report.json" -w '%{http_code}' -b "$MANDE" "$REPORT")
[ "$status" = 200 ] || { echo "report: HTTP $status"; cat "$WORK/report.json"; exit 1; }
echo "report: $(grep -o '"value"' "$WORK/report.json" | wc -l) cells of 5 indicators"
curl -s -o /dev/null -b "$MANDE" "$REPORT"   # warm-up
$PSQL -f bench/results-handwritten.sql > /dev/null
engine=(); reference=()
for i in $(seq "$RUNS"); do
  engine+=("$(curl -s -o /dev/null -w '%{time_total}' -b "$MANDE" "$REPORT" | awk '{printf "%d", $1 * 1000}')")
  reference+=("$($PSQL -f bench/results-handwritten.sql | awk '/^Time:/ {s += $2} END {printf "%d", s}')")
done
# each indicator alone, same breakdown: where the report's time goes
for id in $($PSQL -At -c "select id from indicator where framework_id = $FRAMEWORK order by code"); do
  url="http://localhost:$PORT/api/v1/indicators/$id/values?by=sex,ageBand,mrc,quarter"
  curl -s -o /dev/null -b "$MANDE" "$url"
  t=$(curl -s -o /dev/null -w '%{time_total}' -b "$MANDE" "$url" | awk '{printf "%d", $1 * 1000}')
  echo "  indicator $($PSQL -At -c "select code || ' (' || source || ' ' || measure || ')' from indicator where id = $id"): $t ms"
done
E=$(printf '%s\n' "${engine[@]}" | median)
R=$(printf '%s\n' "${reference[@]}" | median)
echo "engine, full report over HTTP (ms):    ${engine[*]}   median $E"
echo "hand-written SQL in psql (ms):         ${reference[*]}   median $R"
echo "ratio engine / hand-written: $(awk -v e=$E -v r=$R 'BEGIN {printf "%.2f", e / r}')"

# freshness: save a session for a Dhaka client through the form, then read until it is counted
CLIENT=$($PSQL -At -c "select id from client where mrc_id = $DHAKA and created_by = 'bench' limit 1")
TODAY=$(date +%F)
VALUE_URL="http://localhost:$PORT/api/v1/indicators/$SESSIONS/values?from=$TODAY&to=$TODAY&mrc=$DHAKA"
value() { curl -s -b "$MANDE" "$VALUE_URL" | grep -oP '"value":\K[0-9.]+' | tail -1; }
before=$(value)
JAR="$WORK/counsellor.dhaka.cookies"
FORM="http://localhost:$PORT/counselling/clients/$CLIENT/sessions/new"
tok=$(curl -s -c "$JAR" -b "$JAR" "$FORM" | grep -oP 'name="_csrf" value="\K[^"]+' | head -1)
t0=$(date +%s%N)
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data "_csrf=$tok&channel=HOTLINE&heldOn=$TODAY&durationMinutes=20&topics=VISAS" "$FORM")
saved=$(date +%s%N)
while [ "$(value)" = "$before" ]; do
  [ $(( ($(date +%s%N) - t0) / 1000000 )) -lt 10000 ] || { echo "freshness: not counted after 10 s"; exit 1; }
done
t1=$(date +%s%N)
echo "freshness: session saved (HTTP $code) in $(( (saved - t0) / 1000000 )) ms, counted $(( (t1 - t0) / 1000000 )) ms after sending ($before -> $(value))"
