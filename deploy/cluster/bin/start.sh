#!/usr/bin/env bash
# The whole cluster: etcd, PostgreSQL primary + synchronous standby under Patroni, CLUSTER_NODES Tessera nodes
# (started at once, on an empty database: one of them migrates, the others wait on Liquibase's lock), HAProxy.
source "$(dirname "$0")/common.sh"
bin=$(dirname "$0")
[ ! -e "$CLUSTER_DIR/etcd" ] || die "$CLUSTER_DIR is in use: bin/stop.sh first (or another CLUSTER_DIR)"
"$bin/start-db.sh"
for n in $(seq 1 "$CLUSTER_NODES"); do "$bin/node.sh" start "$n"; done
"$bin/start-haproxy.sh"
for n in $(seq 1 "$CLUSTER_NODES"); do "$bin/node.sh" wait "$n"; done
for n in $(seq 1 "$CLUSTER_NODES"); do wait_for "HAProxy to see node $n UP" 30 bash -c "[ \"\$('$bin/lb.sh' state $n)\" = UP ]"; done
log "cluster up: http://127.0.0.1:$HAPROXY_PORT (platform operator: platform / $PLATFORM_PASSWORD)"
