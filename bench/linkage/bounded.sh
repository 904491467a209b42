#!/usr/bin/env bash
# Memory as input grows, at a fixed heap: synthetic people (seed 42) de-duplicated through the launcher with
# JAVA_OPTS=-Xmx$HEAP (default 1g), at SIZES (default "100000 1000000 2000000"). Past 4 KB of heap per record
# the records move to a memory-mapped temporary file, so what must fit the heap is the index and the
# per-record arrays. Reports wall and CPU time, the peak resident set (/usr/bin/time) and, sampled every
# 0.2 s from /proc, its two parts at their peaks: anonymous memory (heap and other private memory) and
# file-backed pages (the mapped record file, jars and libraries; the kernel can drop these at any time).
# F1 of the pairs by `evaluate --predicted-pairs`.
source "$(dirname "$0")/common.sh"
[ -d bench/target/classes ] || ./mvnw -q -pl linkage,bench install -DskipTests
SIZES=${SIZES:-"100000 1000000 2000000"}
HEAP=${HEAP:-1g}
printf "%-9s %-6s %10s %8s %8s %9s %9s %9s %7s\n" records heap compared wall_s cpu_s peak_MB anon_MB file_MB F1
for n in $SIZES; do
  f="$OUT/synthetic-$n.csv"
  [ -f "$f" ] || java -cp bench/target/classes ca.harbour.bench.linkage.SyntheticPeople "$n" "$f" 42
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/bounded-$n.time" env JAVA_OPTS="-Xmx$HEAP $JAVA_OPTS" \
      $LAUNCHER dedupe -q -c "$CONF/synthetic.json" -i "$f" --out-pairs "$OUT/bounded-$n.pairs.csv" \
      > "$OUT/bounded-$n.log" 2> "$OUT/bounded-$n.err" &
  timer=$!
  anon=0; file=0
  while kill -0 $timer 2> /dev/null; do
    pid=$(pgrep -n -f "^java .*dedupe .*$f" || true)
    if [ -n "$pid" ] && [ -r "/proc/$pid/status" ]; then
      read -r a b < <(awk '/^RssAnon/ {a=$2} /^RssFile/ {f=$2} END {print a+0, f+0}' "/proc/$pid/status" 2> /dev/null || echo "0 0")
      [ "${a:-0}" -gt $anon ] && anon=$a
      [ "${b:-0}" -gt $file ] && file=$b
    fi
    sleep 0.2
  done
  wait $timer || { echo "run of $n records failed; see $OUT/bounded-$n.err" >&2; continue; }
  read -r wall user sys peak < "$OUT/bounded-$n.time"
  compared=$(grep '^pairs compared:' "$OUT/bounded-$n.log" | awk '{print $3}')
  java -jar "$JAR" evaluate -q -c "$CONF/synthetic.json" -i "$f" --truth-column entity \
      --predicted-pairs "$OUT/bounded-$n.pairs.csv" > "$OUT/bounded-$n.eval"
  printf "%-9s %-6s %10s %8s %8.1f %9.0f %9.0f %9.0f %7.4f\n" "$n" "$HEAP" "$compared" "$wall" \
      "$(echo "$user + $sys" | bc)" "$(echo "$peak / 1024" | bc)" "$(echo "$anon / 1024" | bc)" \
      "$(echo "$file / 1024" | bc)" "$(metric "$OUT/bounded-$n.eval" pairs: f1)"
done
