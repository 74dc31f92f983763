#!/usr/bin/env bash
# Benchmark (not a test): server startup time and idle resident memory, on the embedded database and on
# PostgreSQL. Build first (mvn -DskipTests package). Usage: deploy/bench/startup.sh [runs]
# Needs a JDK 25 under /usr/lib/jvm and, for the PostgreSQL runs, a local superuser 'postgres'.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
jar=$(pwd)/deploy/server/target/tessera-server.jar
java=$(ls -d /usr/lib/jvm/*25*/bin/java | head -1)
port=18181
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # label, extra args...
  local label=$1; shift
  for i in $(seq 1 "$runs"); do
    "$java" -jar "$jar" --server.port=$port --tessera.plugins.dir="$work/plugins" --tessera.platform.admin.password=bench "$@" \
      > "$work/log.txt" 2>&1 &
    local pid=$!
    for _ in $(seq 1 120); do
      grep -q "Started TesseraServer" "$work/log.txt" && break
      sleep 0.5
    done
    local started; started=$(grep -o 'Started TesseraServer in [0-9.]* seconds' "$work/log.txt" | awk '{print $4}')
    sleep 10   # idle
    curl -fsS "http://127.0.0.1:$port/actuator/health" >/dev/null
    local rss; rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$pid/status)
    local heap; heap=$(curl -fsS -u platform:bench "http://127.0.0.1:$port/actuator/prometheus" \
      | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s+=$NF} END {printf "%d", s/1048576}')
    kill $pid; wait $pid 2>/dev/null || true
    echo "$label run $i: started in ${started}s, idle RSS ${rss} MB, heap used ${heap} MB"
  done
}

cd "$work"
measure "embedded (fresh db on run 1)"
cd - >/dev/null

db=tessera_bench_$$
psql -h 127.0.0.1 -U postgres -qc "create database $db" 
psql -h 127.0.0.1 -U postgres -qc "do \$\$ begin
  if not exists (select from pg_roles where rolname='tessera_bench_owner') then create role tessera_bench_owner login; end if;
  if not exists (select from pg_roles where rolname='tessera_bench_app') then create role tessera_bench_app login; end if;
end \$\$; alter database $db owner to tessera_bench_owner"
psql -h 127.0.0.1 -U postgres -d $db -qc "alter schema public owner to tessera_bench_owner"
measure "postgresql" --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db \
  --spring.datasource.username=tessera_bench_app --spring.liquibase.user=tessera_bench_owner
psql -h 127.0.0.1 -U postgres -qc "drop database $db with (force)"
