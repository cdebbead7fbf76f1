#!/usr/bin/env bash
# Participant-import figure for docs/benchmarks.md. Rerun with:  bench/training-import.sh [rows]
#
# Starts the packaged app on an embedded PostgreSQL (demo data, durable settings), then
# org.safar.bench.TrainingImportBench uploads a generated participant CSV over HTTP on loopback
# as a programme manager and polls the progress fragment until the import is done (three runs,
# each into a new training), and, as the reference in the same run, COPYs the same file into a
# bare table on the same database (three runs).
set -euo pipefail
trap 'echo "bench/training-import.sh: failed at line $LINENO" >&2' ERR
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
PORT=${SAFAR_BENCH_PORT:-18097}
PGPORT=${SAFAR_BENCH_PGPORT:-15447}
for p in $PORT $PGPORT; do # never measure someone else's app or database by mistake
  if (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then
    echo "port $p is in use; set SAFAR_BENCH_PORT / SAFAR_BENCH_PGPORT" >&2; exit 1
  fi
done

./mvnw -q -B -DskipTests -Dspotless.check.skip=true package test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
JAR=$(ls target/safar-*.jar | head -1)
CP="target/test-classes:$(cat target/bench-classpath.txt)"
WORK=$(mktemp -d /tmp/safar-training.XXXX)
APP_PID=""
trap 'trap - ERR; if [ -n "$APP_PID" ]; then kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true; fi; rm -rf "$WORK"; true' EXIT

java -jar "$JAR" --server.port=$PORT --safar.db.data-dir="$WORK/data" --safar.db.embedded-port=$PGPORT \
  --safar.demo.enabled=true > "$WORK/app.log" 2>&1 &
APP_PID=$!
until grep -q 'Safar is ready' "$WORK/app.log" 2>/dev/null; do
  sleep 0.2
  kill -0 $APP_PID 2>/dev/null || { tail -20 "$WORK/app.log"; exit 1; }
done
echo "== $(nproc) cores; $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" org.safar.bench.TrainingImportBench "http://localhost:$PORT" \
  "jdbc:postgresql://localhost:$PGPORT/safar?user=postgres" "$ROWS"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== the app's own split (check / save) for each run"
grep -o 'Import .* ms' "$WORK/app.log" | sed 's/^Import [^ ]* //' 
