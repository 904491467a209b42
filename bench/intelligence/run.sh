#!/bin/sh
# Synthetic ads at scale (issue #19; see bench/intelligence/README.md). Loopback only.
#   bench/intelligence/run.sh [ads=1000000] [chunk=100000]
# Generates the ads and their planted truth, starts Harbour (demo profile, a fresh data directory of its own,
# embedded PostgreSQL, bounded heap), imports the ads through POST /api/v1/intelligence/ads as the demo analyst,
# waits until import, extraction and clustering are idle, then reports: the end-to-end time, the server's memory
# (peak RSS, heap after GC), precision and recall of the recovered networks against the truth, and the p95 of
# the entity look-up by phone with everything loaded.
# BENCH_SEED the generator's seed (default 19); BENCH_HEAP the server's -Xmx (default 1g); HARBOUR_BENCH_JAR
# another build; HARBOUR_BENCH_PORT the ports (default 18490, database 18491); BENCH_RATE and BENCH_SECONDS the
# look-up load (default 20 requests/s for 20 s a path); BENCH_JAVA_OPTS more options of the server's JVM (a
# profiler: -XX:StartFlightRecording=filename=...).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
count=${1:-1000000}
chunk=${2:-100000}
seed=${BENCH_SEED:-19}
heap=${BENCH_HEAP:-1g}
port=${HARBOUR_BENCH_PORT:-18490}
dbport=$((port + 1))
rate=${BENCH_RATE:-20}
seconds=${BENCH_SECONDS:-20}
password=${BENCH_PASSWORD:-Harbour-demo-2026} # the demo accounts' password (IdentityDemoData)
out="$root/bench/intelligence/target/$count"
data="$out/data"
log="$out/app.log"
jar=${HARBOUR_BENCH_JAR:-app/target/harbour-app.jar}
cd "$root"
case "$jar" in /*) ;; *) jar="$root/$jar" ;; esac
[ -f "$jar" ] || ./mvnw -q -o -B -pl app -am package -DskipTests
[ -d bench/target/classes/ca/harbour/bench/cases ] || ./mvnw -q -o -B -DskipTests -pl bench -am compile
rm -rf "$out" && mkdir -p "$out/chunks"

echo "== uptime before: $(uptime)"
# the generator is the application's own class (plain Java): compiled from this source tree, so that any jar is fed
# the same ads; its only library, the nullness annotations, comes out of the jar
gen="$out/generator"
mkdir -p "$gen" && (cd "$gen" && unzip -q -o -j "$jar" 'BOOT-INF/lib/jspecify-*.jar')
src=app/src/main/java/ca/harbour/intelligence/internal/synthetic
javac -nowarn -d "$gen" -cp "$gen"/jspecify-*.jar "$src"/AdFiles.java "$src"/SyntheticAds.java "$src"/SyntheticAd.java \
  "$src"/PlantedNetwork.java "$src"/PhoneStyle.java "$src"/AdWords.java
java -Xmx256m -cp "$gen" ca.harbour.intelligence.internal.synthetic.AdFiles "$count" "$seed" "$out/ads.csv" "$out/truth.csv"
# one request per chunk: each stays well under the import's size cap
tail -n +2 "$out/ads.csv" | split -l "$chunk" -d -a 3 - "$out/chunks/part-"
for f in "$out"/chunks/part-*; do
  { head -1 "$out/ads.csv"; cat "$f"; } >"$f.csv" && rm "$f"
done
ls -l "$out/ads.csv" "$out"/chunks | tail -n +1 | head -5

# shellcheck disable=SC2086
/usr/bin/time -v -o "$out/time.txt" java -Xmx"$heap" -Xlog:gc:file="$out/gc.log" ${BENCH_JAVA_OPTS:-} -jar "$jar" \
  --spring.profiles.active=demo --harbour.data-dir="$data" --harbour.database.port="$dbport" \
  --server.port="$port" --server.address=127.0.0.1 --logging.level.root=WARN >>"$log" 2>&1 &
timer=$!
trap 'kill $(pgrep -P $timer java) 2>/dev/null || true' EXIT INT TERM
i=0
until grep -q "Harbour DEMO MODE" "$log" 2>/dev/null && curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
  i=$((i + 1)); [ $i -gt 1200 ] && { echo "Harbour did not start; see $log"; exit 1; }
  kill -0 $timer 2>/dev/null || { echo "Harbour exited; see $log"; exit 1; }
  sleep 0.5
done
app=$(pgrep -P $timer java)
echo "Harbour is up on 127.0.0.1:$port (pid $app, -Xmx$heap; log: $log)"
PGPASSWORD=$(sed -n 's/^superuser=//p' "$data/keys/database.properties")
export PGPASSWORD
sql() { psql -X -q -h 127.0.0.1 -p "$dbport" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
counts() {
  sql -tA -F ' ' -c "select (select count(*) from intel_ad), (select count(*) from intel_entity),
    (select count(*) from intel_link), (select count(*) from intel_ad_signature where cluster_id is not null),
    (select count(*) from intel_import where status = 'RUNNING'),
    (select count(*) from intel_import i where to_jsonb(i) ->> 'flagged_at' is null and to_jsonb(i) ? 'flagged_at')"
}

# CPU seconds of the server's JVM and of its database (the postmaster, its children, and those it reaped): a figure
# that holds on a busy machine, where wall time does not
cpu() {
  pm=$(pgrep -f -- "-D $data/postgres" | head -1)
  { awk '{ print $14 + $15 }' /proc/"$app"/stat
    awk '{ print $14 + $15 + $16 + $17 }' /proc/"$pm"/stat
    for c in $(pgrep -P "$pm"); do awk '{ print $14 + $15 }' /proc/"$c"/stat 2>/dev/null || true; done
  } | awk -v hz="$(getconf CLK_TCK)" 'NR == 1 { j = $1 } NR > 1 { d += $1 } END { printf "%.1f %.1f\n", j / hz, d / hz }'
}
cpu_before=$(cpu)
start=$(date +%s.%N)
java bench/intelligence/java/AdImportClient.java "http://127.0.0.1:$port" analyst "$password" \
  /intelligence/ads/import "$out"/chunks/part-*.csv | tee "$out/import.txt"
posted=$(date +%s.%N)
# what follows the import (clustering, entity resolution, the cross-ad flags of the last imports; a build without
# intel_import.flagged_at counts none) may still run: done when nothing changed for 15 s
last=$(counts); changed=$(date +%s.%N); still=0
while [ $still -lt 3 ]; do
  sleep 5
  now=$(counts)
  if [ "$now" = "$last" ]; then still=$((still + 1)); else still=0; last=$now; changed=$(date +%s.%N); fi
done
echo "$start $posted $changed" | awk '{ printf "requests answered after %.1f s; idle (last change) after %.1f s\n", $2 - $1, ($3 > $2 ? $3 : $2) - $1 }' \
  | tee "$out/elapsed.txt"
echo "ads entities links clustered running unflagged: $last" | tee -a "$out/elapsed.txt"
echo "$cpu_before $(cpu)" | awk '{ printf "CPU seconds during the import: server JVM %.1f, database %.1f\n", $3 - $1, $4 - $2 }' \
  | tee -a "$out/elapsed.txt"
echo "== uptime after import: $(uptime)" | tee -a "$out/elapsed.txt"
# rows written per table: an ad written again (its cluster, its flags) shows as an update, in place (HOT) or not
sql -c "select relname as table, n_tup_ins as inserted, n_tup_upd as updated, n_tup_hot_upd as in_place
  from pg_stat_user_tables where relname like 'intel%' and n_tup_ins > 0 order by relname" | tee -a "$out/elapsed.txt"
grep -E "VmHWM|VmRSS" /proc/$app/status | tee "$out/memory.txt"
jcmd "$app" GC.heap_info >>"$out/memory.txt" 2>&1 || true
awk '/Pause/ { if (match($0, /->[0-9]+M/)) { v = substr($0, RSTART + 2, RLENGTH - 3) + 0; if (v > max) max = v } }
     END { printf "largest heap after a collection: %d MB\n", max }' "$out/gc.log" | tee -a "$out/memory.txt"

# precision and recall: the bench's ads (not the demo ones) and the links between them, numbered; places are left
# out as the network view leaves them (a city is no evidence that two ads are one network's)
sql -c "create table bench_node as select id, kind, (row_number() over (order by id) - 1)::int as n from intel_entity" \
  -c "create unique index on bench_node (id)" -c "analyze bench_node"
sql -c "\\copy (select n.n, a.source_id from intel_ad a join bench_node n on n.id = a.id where not a.demo) to '$out/ads.tsv'"
sql -c "create view bench_links as select f.n as f, t.n as t, l.kind from intel_link l
  join bench_node f on f.id = l.from_id join bench_node t on t.id = l.to_id
  where f.kind <> 'PLACE' and t.kind <> 'PLACE'
    and not exists (select 1 from intel_ad d where d.demo and d.id in (l.from_id, l.to_id))"
sql -c "\\copy (select * from bench_links) to '$out/links.tsv'"
java -Xmx1g bench/intelligence/java/NetworkScore.java "$out/ads.tsv" "$out/links.tsv" "$out/truth.csv" \
  | tee "$out/score.txt"

# the entity look-up by phone: the phone of the largest network, of a middling one, of an independent advertiser,
# each in another written form
big=$(awk -F, 'NR > 1 && $2 != "" && $3 != "" { split($3, p, ";"); n[p[1]]++ } END { for (k in n) print n[k], k }' "$out/truth.csv" \
  | sort -rn | head -1 | cut -d' ' -f2)
mid=$(awk -F, 'NR > 1 && $2 != "" && $3 != "" { split($3, p, ";"); n[p[1]]++ } END { for (k in n) if (n[k] == 6) print k }' "$out/truth.csv" \
  | sort | head -1)
one=$(awk -F, 'NR > 1 && $2 == "" { print $3; exit }' "$out/truth.csv")
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
spelled() { echo "$1" | sed 's/^+1//; s/0/zero /g; s/1/one /g; s/2/two /g; s/3/three /g; s/4/four /g; s/5/five /g;
  s/6/six /g; s/7/seven /g; s/8/eight /g; s/9/nine /g; s/ $//'; }
dotted() { echo "$1" | sed -E 's/^\+1([0-9]{3})([0-9]{3})([0-9]{4})$/\1.\2.\3/'; }
set -f
paths="/api/v1/intelligence/entities?phone=$(enc "$big") /api/v1/intelligence/entities?phone=$(enc "$(dotted "$mid")")
  /api/v1/intelligence/entities?phone=$(enc "$(spelled "$one")")"
echo "phones looked up: largest network $big, a network of 6 ads $mid, an independent $one"
# shellcheck disable=SC2086
java -Dconnections=4 -Dpid="$app" -Dkeep="$out/answers" -cp bench/target/classes ca.harbour.bench.cases.CaseHttpLoad \
  "http://127.0.0.1:$port" analyst "$password" "$rate" "$seconds" $paths | tee "$out/lookup.txt"
echo "== uptime at the end: $(uptime)" | tee -a "$out/lookup.txt"
kill "$app"
wait $timer || true
grep -E "Maximum resident|Elapsed|Percent of CPU" "$out/time.txt" | tee -a "$out/memory.txt"
