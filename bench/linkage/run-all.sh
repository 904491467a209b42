#!/usr/bin/env bash
# Runs the linkage CLI on every benchmark data set and prints one table:
# data set, records, pairs compared, pair completeness, precision, recall, F1 (of the output pairs),
# F1 of the clusters, wall time and peak memory of the timed run (/usr/bin/time -v).
# The timed run is the plain dedupe/link command writing pairs and clusters; scoring happens afterwards
# with the same evaluator used for Duke (compare-duke.sh), and pair completeness from `evaluate`.
source "$(dirname "$0")/common.sh"

printf "%-10s %8s %10s %8s %7s %7s %7s %10s %8s %8s\n" dataset records compared PC P R F1 F1-clust wall_s peak_MB
for d in "${DATASETS[@]}"; do
  IFS='|' read -r name mode conf truth inputs <<< "$d"
  ins=$(input_args "$inputs")
  timed "$name" $LAUNCHER "$mode" -q -c "$CONF/$conf" $ins \
      --out-pairs "$OUT/$name.pairs.csv" --out-clusters "$OUT/$name.clusters.csv"
  records=$(grep '^records:' "$OUT/$name.log" | awk '{print $2}')
  compared=$(grep '^pairs compared:' "$OUT/$name.log" | awk '{print $3}')
  java -jar "$JAR" evaluate -q -c "$CONF/$conf" $ins $truth > "$OUT/$name.eval"
  java -jar "$JAR" evaluate -q -c "$CONF/$conf" $ins $truth --predicted-pairs "$OUT/$name.pairs.csv" > "$OUT/$name.score"
  pc=$(grep '^pair completeness:' "$OUT/$name.eval" | awk '{printf "%.4f", $3}')
  printf "%-10s %8s %10s %8s %7.4f %7.4f %7.4f %10.4f %8s %8s\n" "$name" "$records" "$compared" "$pc" \
    "$(metric "$OUT/$name.score" pairs: precision)" "$(metric "$OUT/$name.score" pairs: recall)" \
    "$(metric "$OUT/$name.score" pairs: f1)" "$(metric "$OUT/$name.eval" clusters: f1)" "$WALL" "$PEAK_MB"
done
