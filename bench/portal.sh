#!/usr/bin/env bash
# Public portal figures for docs/benchmarks.md. Rerun with:  bench/portal.sh [seconds-per-run]
# Needs psql (apt-get install postgresql-client) and wrk (apt-get install wrk).
#
# Loads 10,000 published leaflets in all eight languages (80,000 translations, bench/portal-data.sql)
# into a fresh embedded database, then measures with wrk, paced at about 200 requests/s over 8
# connections (bench/portal.lua; wrk has no open-loop mode, so each connection waits 40 ms between
# requests): a static file served by the same app (the reference), random leaflet pages in random
# languages, and searches in English, Russian, Dari, Arabic and Bengali. Then the page weight: the
# gzip size of a demo leaflet page and of everything it loads, and whether it names another host.
#
# SAFAR_BENCH_DATA=/some/dir keeps the database there; a rerun skips the load when it is there.
# SAFAR_BENCH_PORT and SAFAR_BENCH_PGPORT choose the ports (two benchmarks may then run side by side).
set -euo pipefail
trap 'echo "bench/portal.sh: failed at line $LINENO" >&2' ERR
cd "$(dirname "$0")/.."
DURATION=${1:-20}
PORT=${SAFAR_BENCH_PORT:-18097}
PGPORT=${SAFAR_BENCH_PGPORT:-15447}
# SAFAR_BENCH_VOCAB=zipf loads bench/portal-data-zipf.sql instead: 3,000 words a language used as
# in real text (Zipf), where the default 30 words are in every text, the worst case for search.
# Keep each in its own SAFAR_BENCH_DATA folder: a rerun does not reload.
case "${SAFAR_BENCH_VOCAB:-worst}" in
  zipf) DATA_SQL=bench/portal-data-zipf.sql ;;
  worst) DATA_SQL=bench/portal-data.sql ;;
  *) echo "SAFAR_BENCH_VOCAB is zipf or worst"; exit 1 ;;
esac
for tool in psql wrk curl; do command -v $tool > /dev/null || { echo "needs $tool"; exit 1; }; done

# SAFAR_BENCH_JAR=/some/safar.jar measures that build instead (e.g. the one before a change, on
# a copy of the same data, to compare both in the same conditions)
if [ -n "${SAFAR_BENCH_JAR:-}" ]; then
  JAR=$SAFAR_BENCH_JAR
else
  ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
  JAR=$(ls target/safar-*.jar | head -1)
fi
WORK=$(mktemp -d /tmp/safar-portal.XXXX)
DATA=${SAFAR_BENCH_DATA:-$WORK/data}
APP_PID=""
trap 'if [ -n "$APP_PID" ]; then kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true; fi; cp "$WORK/app.log" /tmp/safar-portal-app.log 2>/dev/null; rm -rf "$WORK"; true' EXIT

java -jar "$JAR" --server.port=$PORT --safar.db.data-dir="$DATA" --safar.db.embedded-port=$PGPORT \
  --safar.demo.enabled=true --spring.thymeleaf.cache=true > "$WORK/app.log" 2>&1 &
APP_PID=$!
until grep -q 'Safar is ready' "$WORK/app.log"; do sleep 0.3; kill -0 $APP_PID || exit 1; done
SQL() { psql -At -h localhost -p $PGPORT -U postgres -d safar -c "$1"; }

t0=$(date +%s)
if [ "$(SQL "select count(*) >= 10000 from leaflet where created_by = 'bench'")" = t ]; then
  echo "data already loaded in $DATA"
else
  psql -q -v ON_ERROR_STOP=1 -h localhost -p $PGPORT -U postgres -d safar -f "$DATA_SQL"
fi
echo "data loaded in $(( $(date +%s) - t0 )) s: $(SQL "select count(*) from leaflet where status = 'PUBLISHED'") published leaflets, $(SQL 'select count(*) from leaflet_translation') translations"
MIN_ID=$(SQL "select min(id) from leaflet where created_by = 'bench'")
MAX_ID=$(SQL "select max(id) from leaflet where created_by = 'bench'")
CSS=$(curl -s "http://localhost:$PORT/portal" | grep -oP 'href="\K/css/[^"]+')

run() { # label mode [rate]: p50/p90/p99 and the rate reached
  local out rate=${3:-200}
  MODE=$2 CSS=$CSS MIN_ID=$MIN_ID MAX_ID=$MAX_ID wrk -t1 -c8 -d"${WARMUP:-5}s" -s bench/portal.lua "http://localhost:$PORT" > /dev/null
  out=$(MODE=$2 CSS=$CSS MIN_ID=$MIN_ID MAX_ID=$MAX_ID RATE=$rate CONNS=8 \
    wrk -t1 -c8 -d"${DURATION}s" --latency -s bench/portal.lua "http://localhost:$PORT")
  printf '%-44s p50 %-9s p90 %-9s p99 %-9s %s req/s, non-2xx: %s\n' "$1" \
    "$(echo "$out" | awk '$1 == "50%" {print $2}')" "$(echo "$out" | awk '$1 == "90%" {print $2}')" \
    "$(echo "$out" | awk '$1 == "99%" {print $2}')" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '/Non-2xx/ {print $NF}' | grep . || echo 0)"
}
echo "paced at about 200 requests/s, 8 connections, ${DURATION} s each:"
run "reference: static CSS file" static
run "leaflet page (random of 10,000, random lang)" leaflet
run "search (8 queries, 5 languages)" search
run "search at about 20 requests/s" search 20
run "reference again: static CSS file" static

# page weight: a demo leaflet in Dari and everything it loads, gzip-compressed as sent
DEMO=$(SQL "select leaflet_id from leaflet_translation where title like 'Five steps%'")
PAGE="/portal/leaflets/$DEMO/fa-AF"
html=$(curl -s -H 'Accept-Encoding: gzip' "http://localhost:$PORT$PAGE" | wc -c)
body=$(curl -s "http://localhost:$PORT$PAGE")
css=$(curl -s -H 'Accept-Encoding: gzip' "http://localhost:$PORT$CSS" | wc -c)
loads=$(echo "$body" | grep -oP '(src|href)="\K[^"]+' | grep -E '\.(css|js|woff2?|png|jpg|svg|ico)' | sort -u | tr '\n' ' ')
others=$(echo "$body" | grep -oP '(src|href)="\Khttps?://[^"]+' | grep -v openstreetmap || true)
echo "page weight of $PAGE: HTML $html B + CSS $css B (gzip) = $(( html + css )) B; loads: $loads"
echo "scripts on the page: $(echo "$body" | grep -c '<script' || true); other hosts it loads from: ${others:-none}"
