#!/bin/sh
# Near-duplicate clustering's decision at scale, in memory (no database, no server): the estimate-only rule against
# the estimate-then-exact-shingles rule on the generator's ads (bench/intelligence/java/NearDuplicateScale.java).
#   bench/intelligence/near-duplicates.sh [ads=1000000] [seed=19]
# About 80 s and 2 GB at a million ads on two cores. BENCH_JAVA_OPTS="-Dper.band=64 -Dprune=true": candidates read
# per band key (default 16, as the application reads them), and band keys left out where the ad's cluster holds them;
# -Dprune.close=true counts only holders whose estimate reaches the threshold (as the application does);
# -Dcache=100000,200000 the share of candidate reads a cache of that many recent signatures answers.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
[ -d app/target/classes/ca/harbour/intelligence/internal/graph ] || ./mvnw -q -o -B -pl app -am compile
jspecify=$(find "${HOME}/.m2/repository/org/jspecify/jspecify" -name 'jspecify-*.jar' | head -1)
/usr/bin/time -f "\nwall %e s, peak RSS %M kB" java -Xmx${BENCH_HEAP:-8g} ${BENCH_JAVA_OPTS:-} -cp "app/target/classes:$jspecify" \
  bench/intelligence/java/NearDuplicateScale.java "${1:-1000000}" "${2:-19}"
