# Sourced by the other scripts: the cluster's work directory, ports and binaries. Override through the environment.
#   CLUSTER_DIR   work directory (data, logs, pid files); default /tmp/tessera-cluster
#   CLUSTER_PORT  base port; every port is CLUSTER_PORT + an offset (see below); default 26000
#   CLUSTER_NODES number of Tessera nodes (1-3); default 3
set -euo pipefail

CLUSTER_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO_ROOT=$(cd "$CLUSTER_HOME/../.." && pwd)
CLUSTER_DIR=${CLUSTER_DIR:-/tmp/tessera-cluster}
CLUSTER_PORT=${CLUSTER_PORT:-26000}
CLUSTER_NODES=${CLUSTER_NODES:-3}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
TESSERA_JAR=${TESSERA_JAR:-$REPO_ROOT/deploy/server/target/tessera-server.jar}
TESSERA_PLUGINS=${TESSERA_PLUGINS:-$REPO_ROOT/deploy/server/target/plugins}
PLATFORM_PASSWORD=${PLATFORM_PASSWORD:-cluster-operator}
# shared by every node (tessera.cluster.enabled refuses to start without it): a purge token made on one node is checked on another
PURGE_TOKEN_SECRET=${PURGE_TOKEN_SECRET:-cluster-purge-token-secret-0123456789abcdef}
DB_NAME=tessera
DB_OWNER=tessera_owner
DB_APP=tessera_app

HAPROXY_PORT=$((CLUSTER_PORT + 0))     # the load balancer: what clients use
HAPROXY_STATS_PORT=$((CLUSTER_PORT + 1))
ETCD_PORT=$((CLUSTER_PORT + 2))
ETCD_PEER_PORT=$((CLUSTER_PORT + 3))
node_port()    { echo $((CLUSTER_PORT + 10 + $1)); }   # Tessera node 1..3
pg_port()      { echo $((CLUSTER_PORT + 20 + $1)); }   # PostgreSQL member 0..1
patroni_port() { echo $((CLUSTER_PORT + 30 + $1)); }   # Patroni REST API of member 0..1

log() { printf '[cluster %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

java_bin() {
  local j
  for j in /usr/lib/jvm/*25*/bin/java; do [ -x "$j" ] && { echo "$j"; return; }; done
  die "no JDK 25 under /usr/lib/jvm"
}

# wait_for DESCRIPTION SECONDS COMMAND...: polls COMMAND every 0.5 s until it succeeds
wait_for() {
  local what=$1 timeout=$2; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || die "timed out after ${timeout}s waiting for $what"
    sleep 0.5
  done
}

# the process ids of a process tree rooted at $1 (children first)
tree_pids() {
  local child
  for child in $(pgrep -P "$1" 2>/dev/null); do tree_pids "$child"; done
  echo "$1"
}

# kill_tree SIGNAL PIDFILE: signals a recorded process and its descendants
kill_tree() {
  local sig=$1 file=$2 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$sig" $(tree_pids "$pid") 2>/dev/null || true
  fi
}

# stop_pidfile PIDFILE SECONDS: TERM, wait, then KILL what is left
stop_pidfile() {
  local file=$1 timeout=${2:-30} pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  local pids; pids=$(kill -0 "$pid" 2>/dev/null && tree_pids "$pid" || true)
  [ -n "$pids" ] && kill -TERM $pids 2>/dev/null || true
  local deadline=$((SECONDS + timeout))
  while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.2; done
  for p in $pids; do kill -0 "$p" 2>/dev/null && kill -KILL "$p" 2>/dev/null || true; done
  rm -f "$file"
}

as_postgres() { runuser -u postgres -- "$@"; }

jdbc_url() {
  echo "jdbc:postgresql://127.0.0.1:$(pg_port 0),127.0.0.1:$(pg_port 1)/$DB_NAME?targetServerType=primary&hostRecheckSeconds=1&connectTimeout=3&socketTimeout=30&loginTimeout=5"
}

# psql against the current primary (whichever member it is)
primary_port() {
  local i
  for i in 0 1; do
    if "$PG_BIN/psql" -h 127.0.0.1 -p "$(pg_port $i)" -U postgres -d postgres -tAc 'select not pg_is_in_recovery()' 2>/dev/null | grep -q t; then
      pg_port $i; return 0
    fi
  done
  return 1
}
psql_primary() { local p; p=$(primary_port) || die "no primary"; "$PG_BIN/psql" -h 127.0.0.1 -p "$p" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
