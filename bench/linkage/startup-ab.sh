#!/usr/bin/env bash
# Where a small run's time goes: FEBRL1 dedupe (1,000 records) under JVM settings added one at a time, run
# REPEAT times (default 7) interleaved; prints median wall and CPU (user + sys) seconds of whole commands.
#   jvm-floor  `java -version` (JVM start and exit, nothing of ours)
#   before     BEFORE_JAR (optional: an older CLI jar) with `java -jar`
#   plain      the current jar with `java -jar` and the JVM's defaults
#   c1-serial  + -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
#   launcher   linkage/bin/harbour-linkage (the above + its class-data-sharing archive)
source "$(dirname "$0")/common.sh"
REPEAT=${REPEAT:-7}
ARGS="dedupe -q --threads 2 -c $CONF/febrl.json -i $DATA/febrl/dataset1.csv --out-pairs $OUT/startup.pairs.csv"
$LAUNCHER $ARGS > /dev/null   # writes the launcher's archive if it is missing (untimed)
VARIANTS=("jvm-floor|java -version")
[ -n "${BEFORE_JAR:-}" ] && VARIANTS+=("before|java -jar $BEFORE_JAR $ARGS")
VARIANTS+=("plain|java -jar $JAR $ARGS" "c1-serial|java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $JAR $ARGS"
           "launcher|$LAUNCHER $ARGS")
declare -A W=() C=()
for ((r = 1; r <= REPEAT; r++)); do
  for v in "${VARIANTS[@]}"; do
    name=${v%%|*}
    timed "startup-$name" ${v#*|}
    W[$name]+=" $WALL"
    C[$name]+=" $(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$OUT/startup-$name.time")"
  done
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf "%-10s %8s %8s\n" variant wall_s cpu_s
for v in "${VARIANTS[@]}"; do
  name=${v%%|*}
  printf "%-10s %8s %8s\n" "$name" "$(echo "${W[$name]}" | median)" "$(echo "${C[$name]}" | median)"
done
