#!/usr/bin/env bash
# How quality holds when a data set is described differently from config/*.json, as someone describing an
# unseen file might: fewer fields, every field as free text, other kinds for the same column (a house number
# as an identifier, an identifier as a number, an e-mail as an identifier), given and family names each
# as a full name, and FEBRL's names and address parts merged into single columns ("surname, given" for a
# third of the records, dates as DD/MM/YYYY for half; a seeded conversion, needs python3).
# Descriptions in config/variants/; prints precision, recall and F1 of the output pairs, F1 of the
# clusters and pair completeness from `evaluate`.
# The messy-* rows describe a person file written as registers export them (MessyPeople, seed 42, 5,000
# records): ISO-8859-1 with HTML character references in names, placeholder dates (1900-01-01, and the
# year with 1 January), phones, e-mails, addresses and postcodes, and a full-name column beside the given
# and family names. BEFORE_JAR=old-cli.jar scores those rows with an older CLI instead, on a UTF-8 copy
# (iconv), as it needed.
source "$(dirname "$0")/common.sh"
V=bench/linkage/config/variants
F="$DATA/febrl"
TRUTH=(--truth-column rec_id --truth-pattern 'rec-(\d+)-')
python3 - "$F" "$OUT" <<'PY'
import csv, random, sys
src, out = sys.argv[1], sys.argv[2]
rnd = random.Random(7)
for name in ('dataset3', 'dataset4a', 'dataset4b'):
    with open(f'{src}/{name}.csv', newline='') as f, open(f'{out}/{name}-merged.csv', 'w', newline='') as o:
        rows = csv.reader(f)
        header = [h.strip() for h in next(rows)]
        w = csv.writer(o)
        w.writerow(['rec_id', 'name', 'address', 'suburb', 'postcode', 'state', 'dob', 'ssn'])
        for row in rows:
            r = {k: v.strip() for k, v in zip(header, row)}
            g, s = r['given_name'], r['surname']
            name = f'{s}, {g}' if rnd.random() < 0.3 and g and s else f'{g} {s}'.strip()
            address = ' '.join(x for x in (r['street_number'], r['address_1'], r['address_2']) if x)
            dob = r['date_of_birth']
            if len(dob) == 8 and rnd.random() < 0.5:
                dob = f'{dob[6:8]}/{dob[4:6]}/{dob[0:4]}'
            w.writerow([r['rec_id'], name, address, r['suburb'], r['postcode'], r['state'], dob, r['soc_sec_id']])
PY
printf "%-22s %-10s %7s %7s %7s %9s %7s\n" description dataset P R F1 F1-clust PC
# row DESCRIPTION DATASET evaluate-arguments...
row() {
  local d=$1 name=$2; shift 2
  java -jar "${RUN_JAR:-$JAR}" evaluate -q -c "$V/$d.json" "$@" > "$OUT/variant-$d-$name.eval"
  local e="$OUT/variant-$d-$name.eval"
  printf "%-22s %-10s %7.4f %7.4f %7.4f %9.4f %7.4f\n" "$d" "$name" "$(metric "$e" pairs: precision)" \
    "$(metric "$e" pairs: recall)" "$(metric "$e" pairs: f1)" "$(metric "$e" clusters: f1)" \
    "$(grep '^pair completeness:' "$e" | awk '{print $3}')"
}
for d in febrl-core febrl-text febrl-other-kinds febrl-no-id febrl-names-place; do
  row "$d" febrl3 -i "$F/dataset3.csv" "${TRUTH[@]}"
  row "$d" febrl4 -i "$F/dataset4a.csv" -i "$F/dataset4b.csv" "${TRUTH[@]}"
done
row febrl-merged febrl3 -i "$OUT/dataset3-merged.csv" "${TRUTH[@]}"
row febrl-merged febrl4 -i "$OUT/dataset4a-merged.csv" -i "$OUT/dataset4b-merged.csv" "${TRUTH[@]}"
for d in fake-text fake-other-kinds fake-full-names; do
  row "$d" fake_1000 -i "$DATA/splink-fake/fake_1000.csv" --truth-column cluster
done
[ -d bench/target/classes ] || ./mvnw -q -pl linkage,bench install -DskipTests
M="$OUT/messy-5000.csv"
java -cp bench/target/classes ca.harbour.bench.linkage.MessyPeople 5000 "$M" 42
if [ -n "${BEFORE_JAR:-}" ]; then
  iconv -f ISO-8859-1 -t UTF-8 "$M" > "$OUT/messy-5000-utf8.csv"
  MESSY=(-i "$OUT/messy-5000-utf8.csv")
  RUN_JAR=$BEFORE_JAR
else
  MESSY=(--encoding ISO-8859-1 -i "$M")
fi
for d in messy-core messy-all messy-year messy-full-name messy-sparse; do
  row "$d" messy "${MESSY[@]}" --truth-column entity
done
