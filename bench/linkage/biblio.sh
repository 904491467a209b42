#!/usr/bin/env bash
# Linking two bibliographic catalogues (bench SyntheticBiblio, seeded), each record matching at most one on
# the other side: recurring column titles ("Editorial", "Letters"), conference and journal versions of one
# work (same authors, partly shared title, later year: not a match), retitled book reviews, author lists with
# full names on one side and initials on the other, abbreviated venues. Runs `evaluate` with every
# description in config/biblio/, as it stands and with --one-to-one, and prints precision, recall, F1 of the
# output pairs and pair completeness. WORKS (default 2000) works generated; SEED (42);
# CLI_JAR=old-cli.jar scores another build (a description or option it does not know prints n/a).
source "$(dirname "$0")/common.sh"
[ -f bench/target/harbour-bench-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -pl linkage,bench install -DskipTests
CP="bench/target/harbour-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*"
JAR=${CLI_JAR:-$JAR}
n=${WORKS:-2000}
seed=${SEED:-42}
dir="$OUT/biblio-$n-$seed"
[ -f "$dir/labels.csv" ] || java -cp "$CP" ca.harbour.bench.linkage.SyntheticBiblio "$n" "$dir" "$seed"
echo "== biblio, $(($(wc -l < "$dir/tableA.csv") - 1)) in A, $(($(wc -l < "$dir/tableB.csv") - 1)) in B," \
  "$(($(wc -l < "$dir/labels.csv") - 1)) true pairs, seed $seed, $(basename "$JAR")"
printf "%-26s %-11s %7s %7s %7s %7s\n" description mode P R F1 PC
for c in bench/linkage/config/biblio/*.json; do
  d=$(basename "$c" .json)
  for mode in as-given one-to-one; do
    flag=()
    [ "$mode" = one-to-one ] && flag=(--one-to-one)
    e="$OUT/biblio-$d-$mode.eval"
    if java -jar "$JAR" evaluate -q -c "$c" -i "$dir/tableA.csv" -i "$dir/tableB.csv" "${flag[@]}" \
        --truth-pairs "$dir/labels.csv" --truth-pair-columns ltable_id,rtable_id,label > "$e" 2>&1; then
      printf "%-26s %-11s %7.4f %7.4f %7.4f %7.4f\n" "$d" "$mode" "$(metric "$e" pairs: precision)" \
        "$(metric "$e" pairs: recall)" "$(metric "$e" pairs: f1)" \
        "$(grep '^pair completeness:' "$e" | awk '{print $3}')"
    else
      printf "%-26s %-11s %7s %7s %7s %7s\n" "$d" "$mode" n/a n/a n/a n/a
    fi
  done
done
