#!/usr/bin/env bash
# One Tessera node: node.sh start|stop|kill|wait|status N
#   start  launches java -jar tessera-server.jar on node_port N against the Patroni pair (multi-host JDBC URL)
#   stop   SIGTERM: graceful shutdown (readiness DOWN, in-flight requests finish), waits for the exit
#   kill   SIGKILL, no goodbye
#   wait   waits until /actuator/health/readiness is UP
source "$(dirname "$0")/common.sh"
cmd=${1:?start|stop|kill|wait|status}; n=${2:?node number}
dir="$CLUSTER_DIR/node$n"; port=$(node_port "$n")
ready() { curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" | grep -q '"UP"'; }

case $cmd in
  start)
    [ -f "$TESSERA_JAR" ] || die "$TESSERA_JAR is missing: mvn -DskipTests package first"
    mkdir -p "$dir"
    # its own working directory (the embedded H2 default would land there if the URL were missing)
    cd "$dir"
    # shellcheck disable=SC2086
    setsid "$(java_bin)" ${NODE_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} -jar "$TESSERA_JAR" \
      --server.port="$port" --server.address=127.0.0.1 \
      --server.forward-headers-strategy=native \
      --spring.datasource.url="$(jdbc_url)" \
      --spring.datasource.username="$DB_APP" \
      --spring.liquibase.user="$DB_OWNER" \
      --spring.datasource.hikari.connection-timeout=5000 \
      --spring.datasource.hikari.validation-timeout=2000 \
      --spring.datasource.hikari.keepalive-time=30000 \
      --spring.datasource.hikari.max-lifetime=300000 \
      --spring.datasource.hikari.idle-timeout=120000 \
      --tessera.plugins.dir="$TESSERA_PLUGINS" \
      --tessera.platform.admin.password="$PLATFORM_PASSWORD" \
      --tessera.cluster.enabled=true \
      --tessera.purge.token-secret="$PURGE_TOKEN_SECRET" \
      ${NODE_ARGS:-} \
      >> "$dir/node.log" 2>&1 < /dev/null &
    echo $! > "$dir/pid"
    log "node $n starting on 127.0.0.1:$port (pid $(cat "$dir/pid"), log $dir/node.log)"
    ;;
  wait)
    wait_for "node $n readiness" "${NODE_START_TIMEOUT:-420}" ready
    log "node $n ready"
    ;;
  stop)
    stop_pidfile "$dir/pid" 60
    log "node $n stopped"
    ;;
  kill)
    kill_tree KILL "$dir/pid"
    rm -f "$dir/pid"
    log "node $n killed"
    ;;
  status)
    ready && echo UP || { echo DOWN; exit 1; }
    ;;
  *) die "unknown command $cmd" ;;
esac
