#!/usr/bin/env bash
# Records-export figure for docs/benchmarks.md. Rerun with:  bench/records-csv.sh [runs]
# Needs psql (apt-get install postgresql-client), curl and the JDK's jstat.
#
# Loads 250,000 clients and 1,000,000 sessions (bench/records-csv-data.sql, 250 clients protected)
# and a project with one indicator, sessions held, into a fresh embedded database, with the app's
# heap capped at SAFAR_BENCH_HEAP (default 256m). Then, in the same run:
#  - throughput: GET /results/indicators/{id}/records.csv for the whole five years, as the M&E
#    officer, with curl over HTTP on loopback to /dev/null; rows/s, median of [runs] (default 5),
#    after one warm-up download that is also checked (rows, header, withheld count); and the CPU
#    time the app's JVM spent per export (/proc/<pid>/stat), which the other load does not change;
#  - the reference: psql's \copy of the same rows (same view, same columns, same conditions) to
#    /dev/null: what PostgreSQL alone takes to produce and send them as CSV; median of as many runs;
#  - memory: the app's resident set (VmRSS) and heap in use (jstat, every 250 ms) before, during and
#    after an export of about 100,000 rows (the last 183 days) and one of all of them.
#
# SAFAR_BENCH_DATA=/some/dir keeps the database there; a rerun with the same folder skips the load.
set -euo pipefail
trap 'echo "bench/records-csv.sh: failed at line $LINENO" >&2' ERR
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${SAFAR_BENCH_PORT:-18101}
PGPORT=${SAFAR_BENCH_PGPORT:-15451}
HEAP=${SAFAR_BENCH_HEAP:-256m}
for tool in psql curl jstat; do command -v $tool > /dev/null || { echo "needs $tool"; exit 1; }; done
for p in $PORT $PGPORT; do # never measure someone else's app or database by mistake
  if (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then
    echo "port $p is in use; set SAFAR_BENCH_PORT / SAFAR_BENCH_PGPORT" >&2; exit 1
  fi
done

./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
JAR=$(ls target/safar-*.jar | head -1)
WORK=$(mktemp -d /tmp/safar-records.XXXX)
DATA=${SAFAR_BENCH_DATA:-$WORK/data}
APP_PID=""; JSTAT_PID=""
trap 'trap - ERR; for p in $JSTAT_PID $APP_PID; do kill $p 2>/dev/null; wait $p 2>/dev/null || true; done; cp "$WORK/app.log" /tmp/safar-records-app.log 2>/dev/null; rm -rf "$WORK"; true' EXIT

java -Xmx$HEAP -jar "$JAR" --server.port=$PORT --safar.db.data-dir="$DATA" \
  --safar.db.embedded-port=$PGPORT --safar.demo.enabled=true --spring.thymeleaf.cache=true \
  --safar.security.two-factor.required-roles= > "$WORK/app.log" 2>&1 &
APP_PID=$!
until grep -q 'Safar is ready' "$WORK/app.log" 2>/dev/null; do
  sleep 0.3; kill -0 $APP_PID 2>/dev/null || { tail -20 "$WORK/app.log"; exit 1; }
done
PSQL="psql -X -q -h localhost -p $PGPORT -U postgres -d safar"

t0=$(date +%s)
if [ "$($PSQL -At -c "select count(*) > 0 from programme where code = 'BENCH-RECORDS'")" = t ]; then
  echo "data already loaded in $DATA"
else
  $PSQL -f bench/records-csv-data.sql
fi
echo "data: $(( $(date +%s) - t0 )) s; $($PSQL -At -c "select (select count(*) from counselling_session) \
  || ' sessions, ' || (select count(*) from client) || ' clients, ' \
  || (select count(*) from protected_case) || ' protected cases'")"
INDICATOR=$($PSQL -At -c "select i.id from indicator i join results_framework f on f.id = i.framework_id \
  join programme p on p.id = f.programme_id where p.code = 'BENCH-RECORDS' and i.code = 'R1'")
read -r FROM TO < <($PSQL -At -F ' ' -c "select f.starts_on, f.ends_on from results_framework f \
  join programme p on p.id = f.programme_id where p.code = 'BENCH-RECORDS'")
SMALL_FROM=$($PSQL -At -c "select (date '$TO' - 182)::text")

JAR_COOKIES="$WORK/mande.cookies"
tok=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://localhost:$PORT/login" | grep -oP 'name="_csrf" value="\K[^"]+')
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null --data-urlencode username=mande \
  --data-urlencode password=safar-demo-2026 --data-urlencode _csrf="$tok" "http://localhost:$PORT/login"

ALL="http://localhost:$PORT/results/indicators/$INDICATOR/records.csv"
SMALL="$ALL?from=$SMALL_FROM"
REFERENCE="\\copy (select r.on_date, u.code, r.country, r.amount, r.value, r.sex, r.age_band, \
r.migrant_status, r.channel, array_to_string(r.topics, ' ') from results_session r \
left join org_unit u on u.id = r.org_unit_id where r.on_date between '$FROM' and '$TO' \
and r.org_unit_id = any(array(select id from org_unit)) and not r.protected) to stdout csv"

# warm-up, and a check of what is sent
curl -s -D "$WORK/headers" -o "$WORK/all.csv" -b "$JAR_COOKIES" "$ALL"
grep -q '^HTTP/1.1 200' "$WORK/headers" || { cat "$WORK/headers"; head -5 "$WORK/all.csv"; exit 1; }
ROWS=$(( $(wc -l < "$WORK/all.csv") - 1 ))
EXPECTED=$($PSQL -At -c "select count(*) from results_session r where r.on_date between '$FROM' and '$TO' and not r.protected")
WITHHELD=$(grep -i '^x-safar-withheld' "$WORK/headers" | tr -dc '0-9')
echo "export: $ROWS rows ($EXPECTED expected), $(du -m "$WORK/all.csv" | cut -f1) MB, $WITHHELD withheld (protected)"
echo "headers: $(grep -iE '^(content-type|content-encoding|transfer-encoding|x-safar-withheld)' "$WORK/headers" | tr -d '\r' | tr '\n' ' ')"
echo "first rows:"; head -3 "$WORK/all.csv" | sed 's/^/  /'
[ "$ROWS" = "$EXPECTED" ] || { echo "row count differs from the database's"; exit 1; }
rm "$WORK/all.csv"
$PSQL -c "$REFERENCE" > /dev/null # warm-up

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "== $(nproc) cores; $(java -version 2>&1 | head -1); heap -Xmx$HEAP; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cpu() { awk -v hz=$(getconf CLK_TCK) '{printf "%d", ($14 + $15) * 1000 / hz}' /proc/$APP_PID/stat; } # ms
app=(); ref=(); jvm=()
for i in $(seq "$RUNS"); do
  c0=$(cpu)
  app+=("$(curl -s -o /dev/null -w '%{time_total}' -b "$JAR_COOKIES" "$ALL" | awk '{printf "%d", $1 * 1000}')")
  jvm+=("$(( $(cpu) - c0 ))")
  t0=$(date +%s%N); $PSQL -c "$REFERENCE" > /dev/null; t1=$(date +%s%N)
  ref+=("$(( (t1 - t0) / 1000000 ))")
done
A=$(printf '%s\n' "${app[@]}" | median)
R=$(printf '%s\n' "${ref[@]}" | median)
rate() { awk -v n=$ROWS -v ms=$1 'BEGIN {printf "%d", n / (ms / 1000)}'; }
echo "records.csv over HTTP (ms):   ${app[*]}   median $A = $(rate $A) rows/s"
echo "psql \\copy reference (ms):    ${ref[*]}   median $R = $(rate $R) rows/s"
echo "app's JVM CPU per export (ms): ${jvm[*]}   median $(printf '%s\n' "${jvm[@]}" | median)"
echo "ratio app / reference: $(awk -v a=$A -v r=$R 'BEGIN {printf "%.2f", a / r}')"
echo "== load average after the timed runs: $(cut -d' ' -f1-3 /proc/loadavg)"

# memory: resident set and heap in use while exporting ~100,000 rows, then all of them
rss() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' /proc/$APP_PID/status; }
heap_samples() { # jstat -gc columns by name: survivors + eden + old, in MB
  awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i; next}
       {printf "%d\n", ($c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]) / 1024}' "$1"
}
measure() { # label url
  local peak=0 r n
  jstat -gc $APP_PID 250 > "$WORK/jstat" & JSTAT_PID=$!
  sleep 1
  local before_rss; before_rss=$(rss)
  curl -s -o "$WORK/part.csv" -b "$JAR_COOKIES" "$2" & local curl_pid=$!
  while kill -0 $curl_pid 2>/dev/null; do r=$(rss); [ "$r" -gt "$peak" ] && peak=$r; sleep 0.1; done
  wait $curl_pid
  sleep 1; kill $JSTAT_PID; wait $JSTAT_PID 2>/dev/null || true; JSTAT_PID=""
  n=$(( $(wc -l < "$WORK/part.csv") - 1 )); rm "$WORK/part.csv"
  local heap; heap=$(heap_samples "$WORK/jstat" | sort -n | tail -1)
  local heap_all; heap_all=$(heap_samples "$WORK/jstat" | tr '\n' ' ')
  echo "$1: $n rows; RSS before $before_rss MB, peak during $peak MB, after $(rss) MB; heap in use peak $heap MB (samples every 250 ms: $heap_all)"
}
measure "memory, ~100,000 rows" "$SMALL"
measure "memory, all rows" "$ALL"
measure "memory, all rows again" "$ALL"
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
