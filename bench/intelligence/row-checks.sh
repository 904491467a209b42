#!/bin/sh
# What two per-row costs of a bulk insert are on their own (see bench/intelligence/README.md): a foreign key to one
# parent row (one writer, then two at once), and INSERT ... ON CONFLICT against a plain INSERT into a table keyed
# like intel_ad_band. Runs against a PostgreSQL server in a scratch database it creates and drops.
#   bench/intelligence/row-checks.sh            # 127.0.0.1:5432 as postgres (the machine's server)
#   PGHOST=... PGPORT=... PGUSER=... bench/intelligence/row-checks.sh
set -eu
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db=harbour_row_checks
psql -X -q -d postgres -c "drop database if exists $db" -c "create database $db"
trap 'psql -X -q -d postgres -c "drop database if exists $db"' EXIT
run() { psql -X -q -d "$db" -v ON_ERROR_STOP=1 "$@"; }
seconds() { start=$(date +%s.%N); "$@"; echo "$(date +%s.%N) $start" | awk '{ printf "%.2f", $1 - $2 }'; }

run -c "create table parent (id uuid primary key)" \
    -c "insert into parent values ('00000000-0000-0000-0000-000000000001')" \
    -c "create table keyed (id uuid primary key, org uuid not null references parent(id), v text)" \
    -c "create table free (id uuid primary key, org uuid not null, v text)"
# 150 statements, each its own transaction as an import's batches: statements <file> <table> <rows> <select> [suffix]
statements() {
  i=0
  while [ $i -lt 150 ]; do
    echo "insert into $2 select $4 from generate_series(1, $3) ${5:-};"
    i=$((i + 1))
  done >"$1"
}
tmp=$(mktemp -d)
service="gen_random_uuid(), '00000000-0000-0000-0000-000000000001', 'x'"
statements "$tmp/keyed.sql" keyed 1000 "$service"
statements "$tmp/free.sql" free 1000 "$service"
one() { run -f "$tmp/$1.sql"; }
two() { run -f "$tmp/$1.sql" & run -f "$tmp/$1.sql"; wait; }
echo "foreign key to one parent row, 150,000 rows by one writer, then 300,000 by two at once (seconds):"
for round in 1 2; do
  echo "  round $round: with the key $(seconds one keyed), without $(seconds one free);" \
    "two writers: with $(seconds two keyed), without $(seconds two free)"
done

run -c "create table upsert (band bigint not null, ad_id uuid not null, primary key (band, ad_id))" \
    -c "create table plain (band bigint not null, ad_id uuid not null, primary key (band, ad_id))"
band="(random() * 9e18)::int8, gen_random_uuid()"
statements "$tmp/upsert.sql" upsert 6000 "$band" "on conflict do nothing"
statements "$tmp/plain.sql" plain 6000 "$band"
echo "band keys, 900,000 rows in statements of 6,000 (seconds; each round adds to the tables):"
for round in 1 2 3; do
  echo "  round $round: ON CONFLICT DO NOTHING $(seconds one upsert), plain INSERT $(seconds one plain)"
done
rm -rf "$tmp"
