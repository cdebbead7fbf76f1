#!/usr/bin/env bash
# Intake API figures for docs/benchmarks.md. Rerun with:  bench/intake.sh [seconds] [workers]
#
# 1. Throughput and latency of POST /api/v1/inquiries (durable: the 201 comes after commit with
#    fsync and synchronous_commit on), closed loop on loopback, after a warm-up.
# 2. Reference in the same run: plain autocommit INSERTs into the same table over JDBC.
# 3. Crash test: a burst with retries, the app killed with SIGKILL in the middle and restarted;
#    then every inquiry that got a 201 (or a replayed 200) must be there exactly once.
set -euo pipefail
trap 'echo "bench/intake.sh: failed at line $LINENO" >&2' ERR
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-20}
WORKERS=${2:-16}
PORT=${SAFAR_BENCH_PORT:-18081}
PGPORT=${SAFAR_BENCH_PGPORT:-15433}

./mvnw -q -B -DskipTests -Dspotless.check.skip=true package test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
JAR=$(ls target/safar-*.jar | head -1)
CP="target/test-classes:$(cat target/bench-classpath.txt)"
WORK=$(mktemp -d /tmp/safar-intake.XXXX)
APP_PID=""
trap 'if [ -n "$APP_PID" ]; then kill -9 $APP_PID 2>/dev/null; fi; pkill -f "postgres -D $WORK" 2>/dev/null || true; rm -rf "$WORK"; true' EXIT
JDBC="jdbc:postgresql://localhost:$PGPORT/safar?user=postgres"

start_app() { # waits for the ready line: demo accounts exist only after the runners finish
  local ready_before
  ready_before=$(grep -c 'Safar is ready' "$WORK/app.log" 2>/dev/null || true)
  java -jar "$JAR" --server.port=$PORT --safar.db.data-dir="$WORK/data" --safar.db.embedded-port=$PGPORT \
    --safar.demo.enabled=true --safar.db.pool-size=${SAFAR_BENCH_POOL:-16} >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  until [ "$(grep -c 'Safar is ready' "$WORK/app.log" 2>/dev/null || true)" -gt "${ready_before:-0}" ]; do
    sleep 0.2
    kill -0 $APP_PID 2>/dev/null || { tail -20 "$WORK/app.log"; exit 1; }
  done
}

load() { java -cp "$CP" org.safar.bench.IntakeLoad "$@"; }

start_app
# a coordinator issues a token for MRC Dhaka, as on the desk
C="$WORK/cookies"
csrf() { grep -oP 'name="_csrf" value="\K[^"]+' | head -1; }
tok=$(curl -s -c "$C" -b "$C" "http://localhost:$PORT/login" | csrf)
curl -s -c "$C" -b "$C" -o /dev/null --data-urlencode username=coordinator.dhaka \
  --data-urlencode password=safar-demo-2026 --data-urlencode _csrf="$tok" "http://localhost:$PORT/login"
desk=$(curl -s -b "$C" -o /dev/null -w '%{redirect_url}' "http://localhost:$PORT/counselling")
MRC=${desk##*/}
tok=$(curl -s -b "$C" "http://localhost:$PORT/counselling/mrcs/$MRC/tokens" | csrf)
TOKEN=$(curl -s -b "$C" --data-urlencode name="bench" --data-urlencode _csrf="$tok" \
  "http://localhost:$PORT/counselling/mrcs/$MRC/tokens" | grep -oP 'id="issued-token"[^>]*>\K[^<]+')
URL="http://localhost:$PORT/api/v1/inquiries"

if command -v wrk > /dev/null; then
  # wrk (C) leaves more of the two cores to the app than the Java generator would
  echo "== intake API: wrk, 2 threads, $WORKERS connections, ${SECONDS_RUN} s after a 10 s warm-up"
  SAFAR_TOKEN="$TOKEN" wrk -t2 -c"$WORKERS" -d10s -s bench/intake.lua "$URL" > /dev/null
  SAFAR_TOKEN="$TOKEN" wrk -t2 -c"$WORKERS" -d"${SECONDS_RUN}s" --latency -s bench/intake.lua "$URL" \
    | grep -E 'Requests/sec|^ +(50|90|99)%|requests,|Latency '
else
  echo "(wrk not found: apt-get install wrk; using the Java generator)"
  load http "$URL" "$TOKEN" 10 "$WORKERS" "$WORK/warmup.txt" > /dev/null
  echo "== intake API"
  load http "$URL" "$TOKEN" "$SECONDS_RUN" "$WORKERS" "$WORK/acks.txt"
fi
echo "== reference"
load jdbc "$JDBC" "$MRC" "$SECONDS_RUN" "$WORKERS"

echo "== crash test: SIGKILL the app 5 s into a 20 s burst, restart, verify"
load http "$URL" "$TOKEN" 20 "$WORKERS" "$WORK/crash-acks.txt" &
LOAD_PID=$!
sleep 5
kill -9 $APP_PID
wait $APP_PID 2>/dev/null || true
# the embedded PostgreSQL outlives a SIGKILLed JVM; stop it as a crash would leave it
pkill -9 -f "postgres -D $WORK/data/postgres" 2>/dev/null || true
sleep 1
start_app
wait $LOAD_PID
load verify "$JDBC" "$WORK/crash-acks.txt"
kill $APP_PID; wait $APP_PID 2>/dev/null || true; APP_PID=""
exit 0
