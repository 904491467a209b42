#!/usr/bin/env bash
# Linking two product tables (bench SyntheticProducts, seeded): table A's titles against table B's names,
# each table numbered from 0 with its own column names, truth as labelled pairs (ltable_id,rtable_id,label),
# as the published product-matching benchmarks come. Few words tell products apart, so this is the case
# for free-text blocking. SIZES (default "2000 20000") products in table A; prints the evaluate lines.
source "$(dirname "$0")/common.sh"
[ -f bench/target/harbour-bench-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -pl linkage,bench install -DskipTests
CP="bench/target/harbour-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*"
for n in ${SIZES:-2000 20000}; do
  dir="$OUT/products-$n"
  [ -f "$dir/labels.csv" ] || java -cp "$CP" ca.harbour.bench.linkage.SyntheticProducts "$n" "$dir" 42
  echo "== products, $n in table A, $(($(wc -l < "$dir/tableB.csv") - 1)) in table B"
  timed "products-$n" $LAUNCHER evaluate -q -c "$CONF/products.json" -i "$dir/tableA.csv" -i "$dir/tableB.csv" \
      --truth-pairs "$dir/labels.csv" --truth-pair-columns ltable_id,rtable_id,label
  grep -E '^(pairs compared|pair completeness|pairs|clusters):' "$OUT/products-$n.log"
  echo "wall ${WALL} s, peak ${PEAK_MB} MB"
done
