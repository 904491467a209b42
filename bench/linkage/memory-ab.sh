#!/usr/bin/env bash
# Memory as input grows, A/B in one run: the current CLI (through the launcher, as users run it) against
# BEFORE_JAR (another build of the CLI jar, run with `java -jar` and default settings, as before the
# launcher existed), on synthetic people at SIZES (default "100000 1000000 2000000"), interleaved per size.
# Prints wall time, CPU time (user + sys), peak RSS (/usr/bin/time -v) and the F1 of the output pairs
# (scored afterwards by the same evaluator). Without BEFORE_JAR only the current CLI runs.
source "$(dirname "$0")/common.sh"
[ -d bench/target/classes ] || ./mvnw -q -pl linkage,bench install -DskipTests
SIZES=${SIZES:-"100000 1000000 2000000"}
printf "%-9s %-7s %8s %8s %9s %7s\n" records build wall_s cpu_s peak_MB F1
for n in $SIZES; do
  f="$OUT/synthetic-$n.csv"
  [ -f "$f" ] || java -cp bench/target/classes ca.harbour.bench.linkage.SyntheticPeople "$n" "$f" 42
  builds="current"
  [ -n "${BEFORE_JAR:-}" ] && builds="before current"
  for b in $builds; do
    if [ $b = before ]; then
      timed "mem-$n-$b" java -jar "$BEFORE_JAR" dedupe -q -c "$CONF/synthetic.json" -i "$f" --out-pairs "$OUT/mem-$n-$b.pairs.csv"
    else
      timed "mem-$n-$b" $LAUNCHER dedupe -q -c "$CONF/synthetic.json" -i "$f" --out-pairs "$OUT/mem-$n-$b.pairs.csv"
    fi
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$OUT/mem-$n-$b.time")
    java -jar "$JAR" evaluate -q -c "$CONF/synthetic.json" -i "$f" --truth-column entity \
        --predicted-pairs "$OUT/mem-$n-$b.pairs.csv" > "$OUT/mem-$n-$b.score"
    printf "%-9s %-7s %8s %8s %9s %7.4f\n" "$n" "$b" "$WALL" "$cpu" "$PEAK_MB" "$(metric "$OUT/mem-$n-$b.score" pairs: f1)"
  done
done
