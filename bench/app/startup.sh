#!/usr/bin/env bash
# Measures a start of ./harbour on a warm machine (jar built, embedded database already initialised): the time
# from the run command to the first served page, and to "ready" (health UP, which Harbour answers only once the
# demo data and the directory index are loaded, when it prints "Harbour is ready"). Then stops it and checks that
# the stop was clean (no exception, no error in its log).
# STOP_AT=first-page stops it at its first page instead, during its start-up work, which must stop cleanly too.
# Usage: bench/app/startup.sh [runs]; PORT, HARBOUR_DATA_DIR and HARBOUR_DATABASE_PORT as for ./harbour.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
[ -f app/target/harbour-app.jar ] || ./mvnw -q -B -DskipTests -pl app -am package
port="${PORT:-18080}"
base="http://127.0.0.1:$port"
seconds() { printf '%.2f' "$(echo "$(date +%s.%N) - $1" | bc)"; }
for i in $(seq 1 "$runs"); do
  log="/tmp/harbour-startup-$i.log"
  start=$(date +%s.%N)
  PORT="$port" ./harbour >"$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$base/"; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { echo "Harbour exited; see $log"; exit 1; }
  done
  first=$(seconds "$start")
  ready="-"
  if [ "${STOP_AT:-ready}" != first-page ]; then
    until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
      sleep 0.05
      kill -0 "$pid" 2>/dev/null || { echo "Harbour exited; see $log"; exit 1; }
    done
    ready=$(seconds "$start")
    grep -q "Harbour is ready" "$log" || { sleep 0.5; grep -q "Harbour is ready" "$log"; } \
      || { echo "health is UP but the ready line is missing; see $log"; exit 1; }
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if grep -Eq 'Exception|ERROR' "$log"; then stop="NOT clean (see $log)"; else stop="clean"; fi
  printf 'run %d: %s s to first page, %s s to ready; stop %s\n' "$i" "$first" "$ready" "$stop"
done
