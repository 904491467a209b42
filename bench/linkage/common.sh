# Shared helpers for the linkage benchmark scripts (sourced, not run).
# Paths are relative to the repository root; nothing outside it is read at run time.
set -euo pipefail
# The scripts read the CLI's English summary lines ("records: ", "pairs: precision …"); the CLI writes them in
# the system's language, so run it in English whatever the user's locale.
export LC_ALL=C.UTF-8
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
DATA=bench/data/linkage
CONF=bench/linkage/config
OUT=${OUT:-bench/out/linkage}
mkdir -p "$OUT"
JAVA_OPTS=${JAVA_OPTS:-}

JAR=$(ls linkage/target/harbour-linkage-*-cli.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -q -pl linkage install -DskipTests
  JAR=$(ls linkage/target/harbour-linkage-*-cli.jar | head -1)
fi
# Timed runs go through the shipped launcher (its JVM settings and class-data-sharing archive), on the jar
# found above (this skips the launcher's "sources newer than the jar?" check, about 5 ms).
LAUNCHER=linkage/bin/harbour-linkage
export HARBOUR_LINKAGE_JAR="$JAR"

# Data sets: name|mode|config|truth options|inputs (space separated)
DATASETS=(
  "febrl1|dedupe|febrl.json|--truth-column rec_id --truth-pattern rec-(\\d+)-|$DATA/febrl/dataset1.csv"
  "febrl2|dedupe|febrl.json|--truth-column rec_id --truth-pattern rec-(\\d+)-|$DATA/febrl/dataset2.csv"
  "febrl3|dedupe|febrl.json|--truth-column rec_id --truth-pattern rec-(\\d+)-|$DATA/febrl/dataset3.csv"
  "febrl4|link|febrl.json|--truth-column rec_id --truth-pattern rec-(\\d+)-|$DATA/febrl/dataset4a.csv $DATA/febrl/dataset4b.csv"
  "fake_1000|dedupe|fake_1000.json|--truth-pairs $DATA/splink-fake/fake_1000_labels.csv --truth-pair-columns unique_id_l,unique_id_r,clerical_match_score|$DATA/splink-fake/fake_1000.csv"
)

# timed NAME CMD...: runs CMD under /usr/bin/time -v; sets WALL (s) and PEAK_MB.
timed() {
  local name=$1; shift
  /usr/bin/time -v -o "$OUT/$name.time" "$@" > "$OUT/$name.log" 2> "$OUT/$name.err"
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%.2f", s}' "$OUT/$name.time")
  PEAK_MB=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$OUT/$name.time")
}

# input_args "a.csv b.csv" -> "-i a.csv -i b.csv"
input_args() {
  local a=""
  for f in $1; do a="$a -i $f"; done
  echo "$a"
}

# metric LOG PREFIX FIELD: e.g. metric x.log "pairs:" precision
metric() {
  grep "^$2" "$1" | head -1 | sed -E "s/.*$3 ([0-9.]+).*/\1/"
}
