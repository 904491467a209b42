#!/usr/bin/env bash
# kill -9 of the server in the middle of a load run loses no tip whose reference was returned:
# counts the references the client received, kills Harbour and its embedded PostgreSQL with SIGKILL
# (a crash of both, so PostgreSQL has to recover from its write-ahead log), restarts on the same
# data, and looks each reference up.
# Usage: bench/intake/durability.sh [rate] [seconds] [kill-after-seconds]   (default 800/s, 20 s, kill at 8 s)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
. "$root/bench/intake/common.sh"
rate="${1:-800}"; seconds="${2:-20}"; kill_after="${3:-8}"
refs=/tmp/harbour-durability-refs.txt
build
rm -rf "$data" "$data.log" "$refs"
start_harbour
load "$seconds" "$refs" "$rate" > /tmp/harbour-durability-load.txt 2>&1 &
loader=$!
sleep "$kill_after"
postmaster=$(pgrep -f "postgres -D $data/postgres" | head -n 1 || true)
kill -9 "$server" ${postmaster:+$(pgrep -P "$postmaster")} $postmaster 2>/dev/null || true
echo "killed the server and its PostgreSQL with SIGKILL after ${kill_after}s"
wait "$loader" || true
returned=$(sort -u "$refs" | wc -l)
start_harbour
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
# the embedded server asks for a password: the superuser's is kept beside the data (keys/database.properties)
PGPASSWORD=$(sed -n 's/^superuser=//p' "$data/keys/database.properties") \
  psql -h 127.0.0.1 -p "$dbport" -U postgres -d postgres -Atc "select reference from tip" | sort -u > /tmp/harbour-durability-db.txt
lost=$(comm -23 <(sort -u "$refs") /tmp/harbour-durability-db.txt | wc -l)
echo "references returned to the client: $returned; found after restart: $((returned - lost)); lost: $lost"
[ "$lost" -eq 0 ]
