#!/usr/bin/env bash
# Measures the time from the run command (./harbour) to the first served page, on a warm machine
# (jar built, embedded database already initialised). Usage: bench/app/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
[ -f app/target/harbour-app.jar ] || ./mvnw -q -B -DskipTests -pl app -am package
port="${PORT:-18080}"
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  PORT="$port" ./harbour >/tmp/harbour-startup-$i.log 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { echo "Harbour exited; see /tmp/harbour-startup-$i.log"; exit 1; }
  done
  end=$(date +%s.%N)
  printf 'run %d: %.2f s to first page\n' "$i" "$(echo "$end - $start" | bc)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
