#!/usr/bin/env bash
# Start-up and memory figures for docs/benchmarks.md. Rerun with:  bench/startup-memory.sh [runs]
#
# 1. Start to first HTTP 200 on /login, embedded PostgreSQL included, for a fresh data folder
#    (initdb + migrations + demo data) and for a folder that already holds the data.
#    Reference, same run, same binaries: PostgreSQL alone (initdb + pg_ctl start; pg_ctl start).
# 2. Resident memory of the app JVM after start and 100 signed-in page views; PostgreSQL's own
#    processes are reported apart (PSS, so shared buffers are not counted once per process).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=${SAFAR_BENCH_PORT:-18080}
JAVA_OPTS=${SAFAR_JAVA_OPTS:-}

./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
JAR=$(ls target/safar-*.jar | grep -v plain | head -1)
WORK=$(mktemp -d /tmp/safar-bench.XXXX)
trap 'pkill -f "safar.bench.marker=$WORK" 2>/dev/null || true; rm -rf "$WORK"' EXIT

now_ms() { date +%s%3N; }

start_app() { # $1 data folder; sets APP_PID and LAST_MS (ms to first 200)
  local t0 t1
  t0=$(now_ms)
  java $JAVA_OPTS -Dsafar.bench.marker="$WORK" -jar "$JAR" --server.port=$PORT \
    --safar.db.data-dir="$1" --safar.demo.enabled=true --safar.security.two-factor.required-roles= \
    > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$PORT/login)" = 200 ]; do
    sleep 0.05
    kill -0 $APP_PID 2>/dev/null || { echo "app died:"; tail -20 "$WORK/app.log"; exit 1; }
  done
  t1=$(now_ms)
  LAST_MS=$((t1 - t0))
}

stop_app() { kill $APP_PID; wait $APP_PID 2>/dev/null || true; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

cold=(); warm=()
for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/data"
  start_app "$WORK/data"; cold+=("$LAST_MS"); stop_app
  start_app "$WORK/data"; warm+=("$LAST_MS"); stop_app
done

# PostgreSQL alone with the binaries zonky unpacked
PGBIN=$(dirname "$(ls -d /tmp/embedded-pg/PG-*/bin/pg_ctl | head -1)")
# initdb refuses to run as root, so as root the reference runs as nobody
AS=""
if [ "$(id -u)" = 0 ]; then AS="runuser -u nobody --"; chmod 755 "$WORK"; fi
pg_cold=(); pg_warm=()
for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/pg"; mkdir "$WORK/pg"; [ -n "$AS" ] && chown nobody "$WORK/pg"
  t0=$(now_ms)
  $AS "$PGBIN/initdb" -A trust -U postgres -D "$WORK/pg" -E UTF-8 --locale=C.UTF-8 > /dev/null
  $AS "$PGBIN/pg_ctl" -D "$WORK/pg" -o "-p 54999 -k /tmp" -w start > /dev/null
  pg_cold+=($(( $(now_ms) - t0 )))
  $AS "$PGBIN/pg_ctl" -D "$WORK/pg" -w stop > /dev/null
  t0=$(now_ms)
  $AS "$PGBIN/pg_ctl" -D "$WORK/pg" -o "-p 54999 -k /tmp" -w start > /dev/null
  pg_warm+=($(( $(now_ms) - t0 )))
  $AS "$PGBIN/pg_ctl" -D "$WORK/pg" -w stop > /dev/null
done

# Memory after start and 100 page views by a signed-in administrator (two-factor is switched off
# for the run: the pages measured are the same, only the sign-in has one step less)
start_app "$WORK/data"
JAR_COOKIES="$WORK/cookies"
token=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" http://localhost:$PORT/login | grep -oP 'name="_csrf" value="\K[^"]+')
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null \
  --data-urlencode "username=admin" --data-urlencode "password=safar-demo-2026" --data-urlencode "_csrf=$token" \
  http://localhost:$PORT/login
pages=(/ /orgunits /portfolio /accounts /audit /orgunits?q=MRC /portfolio?level=PROGRAMME /accounts?role=COUNSELLOR /portfolio/1 /login)
for i in $(seq 0 99); do
  curl -s -b "$JAR_COOKIES" -o /dev/null -H 'Accept: text/html' "http://localhost:$PORT${pages[$((i % 10))]}"
done
sleep 1
jvm_rss_kb=$(ps -o rss= -p $APP_PID | tr -d ' ')
postmaster=$(pgrep -f -- "-D $WORK/data/postgres" | head -1 || true)
pg_pids="$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
pg_pss_kb=0
for p in $pg_pids; do
  v=$(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup 2>/dev/null || echo 0)
  pg_pss_kb=$((pg_pss_kb + v))
done
stop_app

echo "runs: $RUNS (median)    java: $(java -version 2>&1 | head -1)    JAVA_OPTS: '${JAVA_OPTS}'"
echo "start to first 200 on /login, fresh data folder : $(printf '%s\n' "${cold[@]}" | median) ms  (all: ${cold[*]})"
echo "start to first 200 on /login, existing data      : $(printf '%s\n' "${warm[@]}" | median) ms  (all: ${warm[*]})"
echo "reference: PostgreSQL alone, initdb + start      : $(printf '%s\n' "${pg_cold[@]}" | median) ms  (all: ${pg_cold[*]})"
echo "reference: PostgreSQL alone, start               : $(printf '%s\n' "${pg_warm[@]}" | median) ms  (all: ${pg_warm[*]})"
echo "app JVM resident memory after 100 page views     : $((jvm_rss_kb / 1024)) MB"
echo "PostgreSQL, postmaster + $(( $(echo $pg_pids | wc -w) - 1 )) children (PSS sum)   : $((pg_pss_kb / 1024)) MB"
