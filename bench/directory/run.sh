#!/bin/sh
# Directory search benchmark (see bench/directory/README.md). Loopback only, bounded in time.
#   bench/directory/run.sh inprocess [services=50000] [queries=20000]
#   bench/directory/run.sh http      [rate=200] [seconds=60] [path=/api/hsds/service_at_locations]
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
    PORT=$port java -Xmx1g -jar app/target/harbour-app.jar --spring.profiles.active=demo \
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
    # warm-up, then the measured run
    ./mvnw -q -o -B -DskipTests -pl bench -am compile
    java -cp bench/target/classes ca.harbour.bench.directory.DirectoryHttpLoad "http://127.0.0.1:$port" 100 20 "${4:-/api/hsds/service_at_locations}" >/dev/null
    java -cp bench/target/classes ca.harbour.bench.directory.DirectoryHttpLoad "http://127.0.0.1:$port" "${2:-200}" "${3:-60}" "${4:-/api/hsds/service_at_locations}" ;;
  *) echo "usage: $0 inprocess|http ..." >&2; exit 2 ;;
esac
