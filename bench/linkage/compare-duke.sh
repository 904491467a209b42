#!/usr/bin/env bash
# Side by side: Harbour linkage vs Duke 1.2 on the same files in the same run, both tools' pairs scored by
# the same evaluator (`evaluate --predicted-pairs`), both with 2 threads, on the same JVM (`java` on PATH).
# Each data set runs REPEAT times (default 5), tools interleaved; wall times are medians of whole commands
# as a user runs them (JVM start included):
#   harbour    linkage/bin/harbour-linkage, the shipped launcher (its JVM settings, its CDS archive)
#   duke       java -cp ... DukeRunner with the JVM's defaults, as Duke's users run it
#   duke-same  Duke given the launcher's settings too: C1 only and the serial collector for small inputs,
#              transparent huge pages where the kernel offers them, and a static CDS archive of the classes
#              it loads (recorded by one untimed run first), as the launcher makes for Harbour
# speed-up = Duke median wall / Harbour median wall. "in-process rec/s" = records / the tool's own timing
# of its work (Harbour: reading to written outputs; Duke: processing, without loading its configuration).
# Set SYNTH=N to add a synthetic data set of N records (SYNTH_REPEAT times, default 1), and PRODUCTS=N to add
# the two product tables of products.sh with N products in table A (a link; Duke's config duke/products.xml).
source "$(dirname "$0")/common.sh"
[ -f bench/target/harbour-bench-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -pl linkage,bench install -DskipTests
# Jars only: a class-data-sharing archive cannot be made from a classes directory.
CP="bench/target/harbour-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*"
REPEAT=${REPEAT:-5}
DUKE_CONF=bench/linkage/duke
declare -A DUKE_XML=([febrl1]=febrl-dedupe [febrl2]=febrl-dedupe [febrl3]=febrl-dedupe [febrl4]=febrl-link
                     [fake_1000]=fake_1000 [synthetic]=synthetic [products]=products)
SETS=("${DATASETS[@]}")
if [ -n "${SYNTH:-}" ]; then
  f="$OUT/synthetic-$SYNTH.csv"
  [ -f "$f" ] || java -cp "$CP" ca.harbour.bench.linkage.SyntheticPeople "$SYNTH" "$f" 42
  SETS+=("synthetic|dedupe|synthetic.json|--truth-column entity|$f")
fi
if [ -n "${PRODUCTS:-}" ]; then
  dir="$OUT/products-$PRODUCTS"
  [ -f "$dir/labels.csv" ] || java -cp "$CP" ca.harbour.bench.linkage.SyntheticProducts "$PRODUCTS" "$dir" 42
  SETS+=("products|link|products.json|--truth-pairs $dir/labels.csv --truth-pair-columns ltable_id,rtable_id,label|$dir/tableA.csv $dir/tableB.csv")
fi
# The launcher's own archives (small- and large-input settings) are written by its first runs; do that now,
# untimed, so every timed run is alike.
for mb in 64 0; do
  HARBOUR_LINKAGE_SMALL_MB=$mb $LAUNCHER dedupe -q -c "$CONF/febrl.json" -i "$DATA/febrl/dataset1.csv" > /dev/null
done
SMALL="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
NOLOG="-Xlog:cds=off -Xlog:cds+dynamic=off"
# Transparent huge pages, as the launcher asks for them where the kernel offers them.
THP=""
grep -qE '\[(madvise|always)\]' /sys/kernel/mm/transparent_hugepage/enabled 2> /dev/null \
  && THP="-XX:+UseTransparentHugePages -Xlog:pagesize=off"
# Duke's archives, one per settings profile like the launcher's, each made by one untimed run.
for profile in small large; do
  rm -f "$OUT/duke-$profile.jsa"
  flags=""; [ $profile = small ] && flags=$SMALL
  java $flags -XX:DumpLoadedClassList="$OUT/duke-$profile.classes" $NOLOG -cp "$CP" ca.harbour.bench.linkage.DukeRunner \
      "$DUKE_CONF/febrl-dedupe.xml" "$OUT/duke-warm.pairs.csv" 2 "$DATA/febrl/dataset1.csv" > /dev/null
  java $flags -Xshare:dump -XX:SharedClassListFile="$OUT/duke-$profile.classes" \
      -XX:SharedArchiveFile="$OUT/duke-$profile.jsa" $NOLOG -cp "$CP" > /dev/null 2>&1
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# in_process LOG TOOL: the tool's own timing of its work, in seconds
in_process() {
  if [ "$2" = harbour ]; then sed -nE 's/^write done at ([0-9.]+)s.*/\1/p' "$1"; else sed -nE 's/^duke seconds: ([0-9.]+)/\1/p' "$1"; fi
}

printf "%-10s %-9s %8s %10s %7s %7s %7s %8s %8s %13s %8s\n" dataset tool records compared P R F1 wall_s peak_MB in-proc_rec/s speedup
for d in "${SETS[@]}"; do
  IFS='|' read -r name mode conf truth inputs <<< "$d"
  ins=$(input_args "$inputs")
  bytes=$(cat $inputs | wc -c)
  same="$THP -XX:SharedArchiveFile=$OUT/duke-large.jsa $NOLOG"
  [ "$bytes" -lt $((64 * 1024 * 1024)) ] && same="$SMALL $THP -XX:SharedArchiveFile=$OUT/duke-small.jsa $NOLOG"
  reps=$REPEAT
  [ "$name" = synthetic ] && reps=${SYNTH_REPEAT:-1}
  declare -A W=() M=() P=()
  for ((r = 1; r <= reps; r++)); do
    timed "$name-harbour" env JAVA_OPTS="-Dharbour.linkage.debug=1" $LAUNCHER "$mode" -q --threads 2 -c "$CONF/$conf" $ins \
        --out-pairs "$OUT/$name-harbour.pairs.csv"
    W[harbour]+=" $WALL"; M[harbour]+=" $PEAK_MB"; P[harbour]+=" $(in_process "$OUT/$name-harbour.err" harbour)"
    timed "$name-duke" java -cp "$CP" ca.harbour.bench.linkage.DukeRunner "$DUKE_CONF/${DUKE_XML[$name]}.xml" \
        "$OUT/$name-duke.pairs.csv" 2 $inputs
    W[duke]+=" $WALL"; M[duke]+=" $PEAK_MB"; P[duke]+=" $(in_process "$OUT/$name-duke.log" duke)"
    timed "$name-duke-same" java $same -cp "$CP" ca.harbour.bench.linkage.DukeRunner "$DUKE_CONF/${DUKE_XML[$name]}.xml" \
        "$OUT/$name-duke-same.pairs.csv" 2 $inputs
    W[duke-same]+=" $WALL"; M[duke-same]+=" $PEAK_MB"; P[duke-same]+=" $(in_process "$OUT/$name-duke-same.log" duke)"
  done
  for tool in harbour duke duke-same; do
    java -jar "$JAR" evaluate -q -c "$CONF/$conf" $ins $truth --predicted-pairs "$OUT/$name-$tool.pairs.csv" \
        > "$OUT/$name-$tool.score"
  done
  records=$(grep '^records:' "$OUT/$name-harbour.score" | awk '{print $2}')
  hw=$(echo "${W[harbour]}" | median)
  for tool in harbour duke duke-same; do
    s="$OUT/$name-$tool.score"
    w=$(echo "${W[$tool]}" | median)
    c=$(grep '^pairs compared:' "$OUT/$name-$tool.log" | awk '{print $3}')
    rps=$(awk -v n="$records" -v t="$(echo "${P[$tool]}" | median)" 'BEGIN {printf "%.0f", n / t}')
    x=""
    [ $tool != harbour ] && x=$(awk -v d="$w" -v h="$hw" 'BEGIN {printf "%.1fx", d / h}')
    printf "%-10s %-9s %8s %10s %7.4f %7.4f %7.4f %8s %8s %13s %8s\n" "$name" "$tool" "$records" "$c" \
      "$(metric "$s" pairs: precision)" "$(metric "$s" pairs: recall)" "$(metric "$s" pairs: f1)" "$w" \
      "$(echo "${M[$tool]}" | median)" "$rps" "$x"
  done
done
