#!/usr/bin/env bash
# Stops everything bin/start.sh started under CLUSTER_DIR (by the recorded process ids), then deletes CLUSTER_DIR
# unless KEEP=1.
source "$(dirname "$0")/common.sh"
set +e
[ -d "$CLUSTER_DIR" ] || exit 0
stop_pidfile "$CLUSTER_DIR/haproxy/pid" 5
for d in "$CLUSTER_DIR"/node*; do [ -d "$d" ] && stop_pidfile "$d/pid" 30; done
for m in 0 1; do
  dir="$CLUSTER_DIR/pg$m"
  [ -d "$dir" ] || continue
  stop_pidfile "$dir/pid" 30
  if [ -f "$dir/data/postmaster.pid" ]; then
    pm=$(head -1 "$dir/data/postmaster.pid")
    kill -0 "$pm" 2>/dev/null && kill -KILL $(tree_pids "$pm") 2>/dev/null
  fi
done
stop_pidfile "$CLUSTER_DIR/etcd/pid" 10
[ "${KEEP:-0}" = 1 ] || rm -rf "$CLUSTER_DIR"
log "cluster stopped"
