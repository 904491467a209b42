#!/bin/sh
# Cases and referrals at scale (issue #17; see bench/cases/README.md). Loopback only, bounded in time.
#   bench/cases/run.sh [rate=20] [seconds=20]
# Starts Harbour (demo profile, its own data directory and ports, embedded PostgreSQL), loads the synthetic volume
# once (300 organizations, 100,000 cases, 1,000,000 notes, 200,000 referrals; kept in bench/cases/target/data for
# the next run), writes the query plans to bench/cases/target/plans.txt, then signs in as the demo accounts and
# measures each page and API path at a fixed rate (open loop), printing p50/p95/p99.
# HARBOUR_BENCH_JAR measures another build; BENCH_SEED changes the volume (with a fresh data directory);
# BENCH_PATHS replaces the case worker's list of paths (space-separated, {case} = the 1,000-event case).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/bench/cases/target"
mkdir -p "$out"
cd "$root"
rate=${1:-20}
seconds=${2:-20}
port=${HARBOUR_BENCH_PORT:-18290}
dbport=$((port + 1))
data="$out/data"
log="$out/app.log"
seed=${BENCH_SEED:-harbour-cases-1}
password=${BENCH_PASSWORD:-Harbour-demo-2026} # the demo accounts' password (IdentityDemoData)
jar=${HARBOUR_BENCH_JAR:-app/target/harbour-app.jar}
case "$jar" in /*) ;; *) jar="$root/$jar" ;; esac

[ -f "$jar" ] || ./mvnw -q -o -B -pl app -am package -DskipTests
./mvnw -q -o -B -DskipTests -pl bench -am compile
# the ciphertext helper uses the application's own FieldCipher, so it compiles against the application's classes
# (the jar is a Spring Boot jar: its classes are under BOOT-INF/classes)
classes="$out/app-classes"
rm -rf "$classes" && mkdir -p "$classes"
(cd "$classes" && unzip -q -o "$jar" 'BOOT-INF/classes/ca/harbour/platform/crypto/*')
classes="$classes/BOOT-INF/classes"
mkdir -p "$out/classes"
javac -nowarn -cp "$classes" -d "$out/classes" bench/cases/java/*.java

PORT=$port java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo \
  --harbour.data-dir="$data" --harbour.database.port="$dbport" --server.address=127.0.0.1 \
  --logging.level.root=WARN >>"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT INT TERM
# ready once the demo accounts banner is printed (after every demo data generator) and health answers
lines=$(grep -c "Harbour DEMO MODE" "$log" 2>/dev/null || true)
i=0
until [ "$(grep -c "Harbour DEMO MODE" "$log" 2>/dev/null || true)" -gt "${lines:-0}" ] \
    && curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
  i=$((i + 1)); [ $i -gt 1800 ] && { echo "Harbour did not start; see $log"; exit 1; }
  kill -0 $app 2>/dev/null || { echo "Harbour exited; see $log"; exit 1; }
  sleep 0.5
done
echo "Harbour is up on 127.0.0.1:$port (log: $log)"

# the embedded server asks for a password: the superuser's is kept beside the data (keys/database.properties)
PGPASSWORD=$(sed -n 's/^superuser=//p' "$data/keys/database.properties")
export PGPASSWORD
sql() { psql -X -q -h 127.0.0.1 -p "$dbport" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }

if [ "$(sql -tAc "select count(*) from organization where name like 'Bench Survivor Services %'")" = 0 ]; then
  echo "loading the volume (once for this data directory; several minutes)"
  java -cp "$out/classes:$classes" ca.harbour.bench.cases.CaseCiphertexts "$data" "$out/ciphers.sql"
  if ! sql -v seed="$seed" -f "$out/ciphers.sql" -f bench/cases/volume.sql >"$out/load.txt" 2>&1; then
    tail -5 "$out/load.txt"; echo "the load failed; see $out/load.txt"; exit 1
  fi
  grep -v '^Time' "$out/load.txt"
else
  echo "volume already loaded in $data"
fi
sql -tA -F ' ' -c "select 'organizations', count(*) from organization union all
  select 'cases', count(*) from case_file union all select 'notes', count(*) from case_note union all
  select 'timeline events', count(*) from case_event union all select 'referrals', count(*) from referral union all
  select 'caseworker''s cases', count(*) from case_worker w join app_user u on u.id = w.user_id
    where u.username = 'caseworker' union all
  select 'caseworker''s organization''s cases', count(*) from case_file c
    where c.organization_id = (select organization_id from app_user where username = 'caseworker') union all
  select 'supervisor''s organization''s cases', count(*) from case_file c
    where c.organization_id = (select organization_id from app_user where username = 'supervisor') union all
  select 'referrals received by caseworker''s organization (no drafts)', count(*) from referral r
    where r.receiving_org_id = (select organization_id from app_user where username = 'caseworker')
      and r.status <> 'DRAFT'"
big=$(sql -tAc "select id from case_file where reference = 'B-000000'")
echo "the 1,000-event case: /cases/$big ($(sql -tAc "select count(*) from case_event where case_id = '$big'") events)"

sql -f bench/cases/plans.sql >"$out/plans.txt" 2>&1
echo "query plans in $out/plans.txt; what they read:"
awk '/^===/ { title = $0; next }
     /(Seq Scan|Index Scan|Index Only Scan|Bitmap Index Scan|Bitmap Heap Scan) (using|on)/ {
       sub(/^ *(->)? */, ""); sub(/  \(actual.*/, ""); print "  " substr(title, 5, 60) " | " $0 }
     /Execution Time/ { print "  " substr(title, 5, 60) " | " $0 }' "$out/plans.txt"

load() { # user path... ({case}: the 1,000-event case)
  user=$1; shift
  java -Dconnections="${BENCH_CONNECTIONS:-8}" -Dcase="$big" -Dpid="$app" -Dkeep="$out/answers/$user" \
    -cp bench/target/classes \
    ca.harbour.bench.cases.CaseHttpLoad "http://127.0.0.1:$port" "$user" "$password" "$rate" "$seconds" "$@"
}
set -f # the paths hold '?': no file name expansion of the lists below
worker_paths=${BENCH_PATHS:-"/cases /cases?view=organization&status=ACTIVE /cases/{case} /referrals /api/v1/cases
  /api/v1/cases?view=organization&status=ACTIVE /api/v1/cases/{case}/timeline /api/v1/referrals
  /cases/{case}/notes"}
supervisor_paths="/cases?view=organization /cases?view=organization&status=ACTIVE /api/v1/cases?view=organization
  /referrals"
before=$(awk '{print $14 + $15}' /proc/$app/stat)
# shellcheck disable=SC2086
load caseworker $worker_paths | tee "$out/load-caseworker.txt"
# shellcheck disable=SC2086
load supervisor $supervisor_paths | tee "$out/load-supervisor.txt"
after=$(awk '{print $14 + $15}' /proc/$app/stat)
echo "$before $after $(getconf CLK_TCK)" | awk '{ printf "application CPU over the measured runs: %.1f s\n", ($2-$1)/$3 }'
