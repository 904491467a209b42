#!/usr/bin/env bash
# Side by side: Harbour linkage vs Duke 1.2 on the same files in the same run, both tools' pairs scored by
# the same evaluator (`evaluate --predicted-pairs`). Both use 2 threads. Prints per data set and tool the
# pairs compared, precision, recall, F1, wall time, peak memory, and the throughput ratio (Duke wall /
# Harbour wall, whole process including JVM start). Set SYNTH=N to add a synthetic data set of N records.
source "$(dirname "$0")/common.sh"
[ -d bench/target/lib ] || ./mvnw -q -pl linkage,bench install -DskipTests
CP="bench/target/classes:bench/target/lib/*"
DUKE_CONF=bench/linkage/duke
declare -A DUKE_XML=([febrl1]=febrl-dedupe [febrl2]=febrl-dedupe [febrl3]=febrl-dedupe [febrl4]=febrl-link
                     [fake_1000]=fake_1000 [synthetic]=synthetic)
SETS=("${DATASETS[@]}")
if [ -n "${SYNTH:-}" ]; then
  f="$OUT/synthetic-$SYNTH.csv"
  [ -f "$f" ] || java -cp "$CP" ca.harbour.bench.linkage.SyntheticPeople "$SYNTH" "$f" 42
  SETS+=("synthetic|dedupe|synthetic.json|--truth-column entity|$f")
fi

printf "%-10s %-8s %8s %10s %7s %7s %7s %8s %8s %8s\n" dataset tool records compared P R F1 wall_s peak_MB speedup
for d in "${SETS[@]}"; do
  IFS='|' read -r name mode conf truth inputs <<< "$d"
  ins=$(input_args "$inputs")
  timed "$name-harbour" java $JAVA_OPTS -jar "$JAR" "$mode" -q --threads 2 -c "$CONF/$conf" $ins \
      --out-pairs "$OUT/$name-harbour.pairs.csv"
  hw=$WALL; hm=$PEAK_MB
  hc=$(grep '^pairs compared:' "$OUT/$name-harbour.log" | awk '{print $3}')
  timed "$name-duke" java $JAVA_OPTS -cp "$CP" ca.harbour.bench.linkage.DukeRunner "$DUKE_CONF/${DUKE_XML[$name]}.xml" \
      "$OUT/$name-duke.pairs.csv" 2 $inputs
  dw=$WALL; dm=$PEAK_MB
  dc=$(grep '^pairs compared:' "$OUT/$name-duke.log" | awk '{print $3}')
  for tool in harbour duke; do
    java -jar "$JAR" evaluate -q -c "$CONF/$conf" $ins $truth --predicted-pairs "$OUT/$name-$tool.pairs.csv" \
        > "$OUT/$name-$tool.score"
  done
  records=$(grep '^records:' "$OUT/$name-harbour.score" | awk '{print $2}')
  speed=$(awk -v d="$dw" -v h="$hw" 'BEGIN {printf "%.1fx", d / h}')
  for tool in harbour duke; do
    s="$OUT/$name-$tool.score"
    if [ $tool = harbour ]; then c=$hc; w=$hw; m=$hm; x=$speed; else c=$dc; w=$dw; m=$dm; x=""; fi
    printf "%-10s %-8s %8s %10s %7.4f %7.4f %7.4f %8s %8s %8s\n" "$name" "$tool" "$records" "$c" \
      "$(metric "$s" pairs: precision)" "$(metric "$s" pairs: recall)" "$(metric "$s" pairs: f1)" "$w" "$m" "$x"
  done
done
