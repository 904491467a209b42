# Shared by the intake benchmarks: start Harbour (demo data, own data directory, no sender limit) and wait.
jar="$root/app/target/harbour-app.jar"
port="${PORT:-18080}"
dbport="${DB_PORT:-54399}"
data="${DATA_DIR:-/tmp/harbour-bench-intake}"
start_harbour() {
  java ${JAVA_OPTS:--Xmx1g} -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
    --harbour.data-dir="$data" --harbour.database.port="$dbport" --harbour.intake.tips-per-sender=100000000 \
    --logging.level.root=WARN >>"$data.log" 2>&1 &
  server=$!
  # ready once the demo accounts banner is printed: it comes after every demo data generator has run
  local lines
  lines=$(grep -c "Harbour DEMO MODE" "$data.log" 2>/dev/null || true)
  until [ "$(grep -c "Harbour DEMO MODE" "$data.log" 2>/dev/null || true)" -gt "${lines:-0}" ] \
      && curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
    kill -0 "$server" 2>/dev/null || { echo "Harbour did not start; see $data.log"; exit 1; }
    sleep 0.2
  done
}
load() { # seconds refs-file rate...
  java -cp "$root/bench/target/classes" ca.harbour.bench.intake.TipLoad "http://127.0.0.1:$port/api/v1/tips" "$@"
}
build() {
  [ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests -pl app -am package)
  (cd "$root" && ./mvnw -q -B -DskipTests -pl bench -am compile)
}
