#!/usr/bin/env bash
# Data sets the engine was never tuned on, which are not in the repository (their licences are not stated):
# the user fetches them, this script converts and scores them with the dataset descriptions in config/.
#   RESTAURANT=path/to/Restaurant.csv   the RIDDLE/DuDe restaurant set (Fodor's + Zagat's, 864 listings,
#                                       752 places; name, address, city, type, cluster id last; as in the
#                                       DuDe project's download and the cleanzr/fasthash repository's data/)
#   RLDATA=path/to/RLdata500.csv RLDATA_IDS=path/to/identity_500.csv
#                                       the R RecordLinkage package's RLdata500 and its identity vector
#                                       (written as CSV: "","fname_c1","lname_c1","by","bm","bd" and "","x")
# Prints the evaluate output of Harbour on each set given, and the pair scores of Duke 1.2 run on the same
# file with the hand-written configuration in duke/ (not tuned on the truth). Needs python3 for the conversion.
source "$(dirname "$0")/common.sh"
[ -f bench/target/harbour-bench-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -pl linkage,bench install -DskipTests
CP="bench/target/harbour-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*"
# score NAME CONFIG CSV TRUTH...: Harbour's evaluate output, then Duke's pairs scored by the same evaluator
score() {
  local name=$1 conf=$2 csv=$3; shift 3
  echo "== $name: Harbour"
  java -jar "$JAR" evaluate -q -c "$CONF/$conf.json" -i "$csv" "$@"
  echo "== $name: Duke 1.2"
  java -cp "$CP" ca.harbour.bench.linkage.DukeRunner "bench/linkage/duke/$conf.xml" "$OUT/$name-duke.pairs.csv" 2 \
      "$csv" > "$OUT/$name-duke.log" 2>&1
  java -jar "$JAR" evaluate -q -c "$CONF/$conf.json" -i "$csv" "$@" --predicted-pairs "$OUT/$name-duke.pairs.csv"
}
if [ -n "${RESTAURANT:-}" ]; then
  python3 - "$RESTAURANT" "$OUT/restaurant.csv" <<'PY'
import csv, sys
src, dst = sys.argv[1], sys.argv[2]
with open(src, newline='') as f, open(dst, 'w', newline='') as out:
    w = csv.writer(out)
    w.writerow(['id', 'name', 'addr', 'city', 'type', 'cluster'])
    for i, row in enumerate(csv.reader(f, skipinitialspace=True)):
        if i == 0:
            continue  # header
        w.writerow([i] + row[:4] + [row[4].strip("'")])
PY
  score restaurant restaurant "$OUT/restaurant.csv" --truth-column cluster
  # The same listings as the classic two-source task: Fodor's (533) and Zagat's (331). In this file each
  # duplicate pair is a Fodor's row then a Zagat's row (clusters 0-111), then come Fodor's other places
  # (112-532) and Zagat's (534-752): the counts match the two guides'.
  python3 - "$OUT/restaurant.csv" "$OUT/fodors.csv" "$OUT/zagat.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='')))
fodors, zagat, seen = [], [], set()
for r in rows:
    c = int(r['cluster'])
    if c < 112:
        (zagat if c in seen else fodors).append(r)
        seen.add(c)
    else:
        (fodors if c <= 532 else zagat).append(r)
for path, part in ((sys.argv[2], fodors), (sys.argv[3], zagat)):
    with open(path, 'w', newline='') as out:
        w = csv.DictWriter(out, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(part)
PY
  echo "== restaurant, Fodor's linked to Zagat's: Harbour"
  java -jar "$JAR" evaluate -q -c "$CONF/restaurant.json" -i "$OUT/fodors.csv" -i "$OUT/zagat.csv" \
      --truth-column cluster
fi
if [ -n "${RLDATA:-}" ]; then
  python3 - "$RLDATA" "${RLDATA_IDS:?RLDATA_IDS: the identity vector}" "$OUT/rldata500.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='')))[1:]
ids = list(csv.reader(open(sys.argv[2], newline='')))[1:]
with open(sys.argv[3], 'w', newline='') as out:
    w = csv.writer(out)
    w.writerow(['id', 'fname', 'lname', 'dob', 'entity'])
    for r, e in zip(rows, ids):
        w.writerow([r[0], r[1], r[2], '%s-%02d-%02d' % (r[3], int(r[4]), int(r[5])), e[1]])
PY
  score rldata500 rldata "$OUT/rldata500.csv" --truth-column entity
fi
