#!/bin/sh
# Directory search benchmark (see bench/directory/README.md). Loopback only, bounded in time.
#   bench/directory/run.sh inprocess [services=50000] [queries=20000]
#   bench/directory/run.sh http      [rate=200] [seconds=60] [path=/api/hsds/service_at_locations] [more paths...]
# Several paths are measured one after the other against the same running application (each after its own
# warm-up), so the API and the /find page can be compared in one run. BENCH_JAVA_OPTS go to the application
# (for example -XX:StartFlightRecording=filename=bench/directory/target/find.jfr to profile it).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bench/directory/target"
mkdir -p "$out"
cd "$root"
if [ ! -f app/target/harbour-app.jar ] || [ ! -d app/target/classes ]; then
  ./mvnw -q -o -pl app package -DskipTests
fi
./mvnw -q -o -pl app dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=runtime >/dev/null
cp="$root/app/target/classes:$(cat "$out/cp.txt")"
javac -nowarn -cp "$cp" -d "$out/classes" bench/directory/java/*.java
mode=${1:-inprocess}
case "$mode" in
  inprocess)
    java -Xmx1g -cp "$out/classes:$cp" ca.harbour.directory.internal.DirectorySearchBenchmark \
      "${2:-50000}" "${3:-20000}" app/src/main/resources/db/migration/directory/V3_1__directory_taxonomy.sql ;;
  http)
    port=${HARBOUR_BENCH_PORT:-18190}
    data="$out/data"   # 10,000 demo organizations = about 50,000 services, generated once and kept
    log="$out/app.log"
    # HARBOUR_BENCH_JAR: another build to measure (a copy of an earlier one, for a before/after on the same data)
    PORT=$port java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "${HARBOUR_BENCH_JAR:-app/target/harbour-app.jar}" --spring.profiles.active=demo \
      --harbour.data-dir="$data" --harbour.database.port=$((port + 1)) \
      --harbour.directory.demo-organizations=10000 --server.address=127.0.0.1 >"$log" 2>&1 &
    app=$!
    trap 'kill $app 2>/dev/null' EXIT
    i=0
    until grep -q "Directory index rebuilt" "$log"; do
      i=$((i + 1)); [ $i -gt 900 ] && { echo "app did not start; see $log"; exit 1; }
      kill -0 $app 2>/dev/null || { echo "app exited; see $log"; exit 1; }
      sleep 1
    done
    grep "Directory index rebuilt" "$log"
    ./mvnw -q -o -B -DskipTests -pl bench -am compile
    rate=${2:-200}
    seconds=${3:-60}
    [ $# -gt 3 ] && shift 3 || set -- /api/hsds/service_at_locations
    for path in "$@"; do
      # warm-up, then the measured run
      java -cp bench/target/classes ca.harbour.bench.directory.DirectoryHttpLoad "http://127.0.0.1:$port" 100 20 "$path" >/dev/null
      before=$(awk '{print $14 + $15}' /proc/$app/stat)
      java -cp bench/target/classes ca.harbour.bench.directory.DirectoryHttpLoad "http://127.0.0.1:$port" "$rate" "$seconds" "$path" \
        | tee "$out/load.txt"
      after=$(awk '{print $14 + $15}' /proc/$app/stat)
      # CPU time the application spent per page it served: unlike latencies, little moved by others' load on the machine
      answered=$(awk 'header { print $3; exit } /rate\/s/ { header = 1 }' "$out/load.txt")
      echo "$before $after $(getconf CLK_TCK) ${answered:-0}" \
        | awk '{ if ($4 > 0) printf "application CPU: %.1f s for %d answers (2xx), %.2f ms an answer\n", ($2-$1)/$3, $4, ($2-$1)/$3*1000/$4 }'
    done ;;
  *) echo "usage: $0 inprocess|http ..." >&2; exit 2 ;;
esac
