#!/usr/bin/env bash
# Scale runs: synthetic people (seeded generator, ~45% duplicated entities with typos, swapped names,
# missing fields, nicknames, reformatted phones and dates) at 100k and 1M records (override with SIZES).
# Times the plain dedupe command with /usr/bin/time -v, then scores it with `evaluate` (untimed).
source "$(dirname "$0")/common.sh"
[ -d bench/target/classes ] || ./mvnw -q -pl linkage,bench install -DskipTests
SIZES=${SIZES:-"100000 1000000"}
printf "%-9s %10s %8s %7s %7s %7s %9s %8s %8s\n" records compared PC P R F1 F1-clust wall_s peak_MB
for n in $SIZES; do
  f="$OUT/synthetic-$n.csv"
  [ -f "$f" ] || java -cp bench/target/classes ca.harbour.bench.linkage.SyntheticPeople "$n" "$f" 42
  timed "scale-$n" $LAUNCHER dedupe -q -c "$CONF/synthetic.json" -i "$f" \
      --out-pairs "$OUT/scale-$n.pairs.csv" --out-clusters "$OUT/scale-$n.clusters.csv"
  compared=$(grep '^pairs compared:' "$OUT/scale-$n.log" | awk '{print $3}')
  java $JAVA_OPTS -jar "$JAR" evaluate -q -c "$CONF/synthetic.json" -i "$f" --truth-column entity > "$OUT/scale-$n.eval"
  e="$OUT/scale-$n.eval"
  printf "%-9s %10s %8.4f %7.4f %7.4f %7.4f %9.4f %8s %8s\n" "$n" "$compared" \
    "$(grep '^pair completeness:' "$e" | awk '{print $3}')" "$(metric "$e" pairs: precision)" \
    "$(metric "$e" pairs: recall)" "$(metric "$e" pairs: f1)" "$(metric "$e" clusters: f1)" "$WALL" "$PEAK_MB"
done
