#!/usr/bin/env bash
# The Spark job (linkage-spark/) in local mode on synthetic people (the scale runs' seeded generator) at 1M
# records (SIZES="1000000 10000000" for 10M too), then the in-process engine at 1M for comparison. Each run is
# timed with /usr/bin/time -v (wall time, peak RSS of the JVM); its pairs are scored against the generator's
# entities with `evaluate --predicted-pairs` (untimed). The machine's load average is printed before each run.
# SPARK_CORES (default 2) and SPARK_HEAP (default 6g) size the local Spark JVM; INPROCESS=0 skips the
# in-process run. The seconds of each phase of a Spark run are in its log ($OUT/spark-N.log); with two sizes
# or more, the growth of wall and CPU time from each size to the next is printed last.
source "$(dirname "$0")/common.sh"
[ -d bench/target/classes ] || ./mvnw -q -o -pl bench -am package -DskipTests
[ -d linkage-spark/target/lib ] || ./mvnw -q -o -pl linkage-spark -am package -DskipTests
SIZES=${SIZES:-"1000000"}
CORES=${SPARK_CORES:-2}
HEAP=${SPARK_HEAP:-6g}
# Spark reads JDK internals that Java 17 closes (spark-submit adds the same flags)
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
 -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
# a copy of the classes and jars, so that a build during a long run does not change them under it
rm -rf "$OUT/spark-cp" && mkdir -p "$OUT/spark-cp" && cp -r linkage-spark/target/classes linkage-spark/target/lib "$OUT/spark-cp/"
CP="$OUT/spark-cp/classes:$OUT/spark-cp/lib/*"

score() { # score NAME PAIRS_CSV FILE: prints compared, P, R, F1 columns
  java -jar "$JAR" evaluate -q -c "$CONF/synthetic.json" -i "$3" --truth-column entity --predicted-pairs "$2" \
    > "$OUT/$1.eval"
}

cpu() { # cpu NAME: user + system seconds of a timed run
  awk -F': ' '/User time|System time/ {s += $2} END {printf "%.0f", s}' "$OUT/$1.time"
}

printf "%-10s %9s %10s %7s %7s %7s %8s %8s %8s %6s\n" engine records compared P R F1 wall_s cpu_s peak_MB load
prev=""
growth=""
for n in $SIZES; do
  f="$OUT/synthetic-$n.csv"
  [ -f "$f" ] || java -cp bench/target/classes ca.harbour.bench.linkage.SyntheticPeople "$n" "$f" 42
  parts=$(( n / 50000 > 8 ? n / 50000 : 8 ))
  load=$(cut -d' ' -f1 /proc/loadavg)
  timed "spark-$n" java -Xmx"$HEAP" $OPENS -Dspark.ui.enabled=false -Dspark.local.dir="$OUT/spark-tmp" \
    -cp "$CP" ca.harbour.linkage.spark.SparkLinkageMain --master "local[$CORES]" --partitions "$parts" \
    --config "$CONF/synthetic.json" --input "$f" --out "$OUT/spark-$n"
  score "spark-$n" "$(ls "$OUT/spark-$n"/pairs-csv/part-*.csv)" "$f"
  printf "%-10s %9s %10s %7.4f %7.4f %7.4f %8s %8s %8s %6s\n" spark "$n" \
    "$(grep '^pairs compared:' "$OUT/spark-$n.log" | awk '{print $3}')" "$(metric "$OUT/spark-$n.eval" pairs: precision)" \
    "$(metric "$OUT/spark-$n.eval" pairs: recall)" "$(metric "$OUT/spark-$n.eval" pairs: f1)" "$WALL" "$(cpu "spark-$n")" \
    "$PEAK_MB" "$load"
  if [ -n "$prev" ]; then
    growth="$growth$(awk -v a="$prev" -v b="$n" -v wa="$PREV_WALL" -v wb="$WALL" -v ca="$PREV_CPU" -v cb="$(cpu "spark-$n")" \
      'BEGIN {printf "growth %s -> %s records (x%.1f): wall x%.2f, CPU x%.2f\n", a, b, b / a, wb / wa, cb / ca}')"$'\n'
  fi
  prev=$n PREV_WALL=$WALL PREV_CPU=$(cpu "spark-$n")
done
printf "%s" "$growth"
[ "${INPROCESS:-1}" = 1 ] || exit 0
n=1000000
f="$OUT/synthetic-$n.csv"
[ -f "$f" ] || java -cp bench/target/classes ca.harbour.bench.linkage.SyntheticPeople "$n" "$f" 42
load=$(cut -d' ' -f1 /proc/loadavg)
timed "inprocess-$n" $LAUNCHER dedupe -q -c "$CONF/synthetic.json" -i "$f" --out-pairs "$OUT/inprocess-$n.pairs.csv"
score "inprocess-$n" "$OUT/inprocess-$n.pairs.csv" "$f"
printf "%-10s %9s %10s %7.4f %7.4f %7.4f %8s %8s %8s %6s\n" in-process "$n" \
  "$(grep '^pairs compared:' "$OUT/inprocess-$n.log" | awk '{print $3}')" "$(metric "$OUT/inprocess-$n.eval" pairs: precision)" \
  "$(metric "$OUT/inprocess-$n.eval" pairs: recall)" "$(metric "$OUT/inprocess-$n.eval" pairs: f1)" "$WALL" \
  "$(cpu "inprocess-$n")" "$PEAK_MB" "$load"
