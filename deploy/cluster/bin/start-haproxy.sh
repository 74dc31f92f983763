#!/usr/bin/env bash
# Starts HAProxy on 127.0.0.1:CLUSTER_PORT in front of nodes 1..CLUSTER_NODES (stats page on CLUSTER_PORT+1).
source "$(dirname "$0")/common.sh"
dir="$CLUSTER_DIR/haproxy"; mkdir -p "$dir"
api=""; ui=""
for n in $(seq 1 "$CLUSTER_NODES"); do
  api+="    server n$n 127.0.0.1:$(node_port "$n")"$'\n'
  ui+="    server n$n 127.0.0.1:$(node_port "$n") cookie n$n"$'\n'
done
LB_DIR=$dir HAPROXY_PORT=$HAPROXY_PORT HAPROXY_STATS_PORT=$HAPROXY_STATS_PORT API_SERVERS=$api UI_SERVERS=$ui \
  envsubst '${LB_DIR} ${HAPROXY_PORT} ${HAPROXY_STATS_PORT} ${API_SERVERS} ${UI_SERVERS}' \
  < "$CLUSTER_HOME/conf/haproxy.cfg.template" > "$dir/haproxy.cfg"
haproxy -c -q -f "$dir/haproxy.cfg" || die "invalid $dir/haproxy.cfg"
setsid haproxy -db -f "$dir/haproxy.cfg" > "$dir/haproxy.log" 2>&1 < /dev/null &
echo $! > "$dir/pid"
wait_for "haproxy" 20 curl -fsS -o /dev/null "http://127.0.0.1:$HAPROXY_STATS_PORT/"
log "haproxy on 127.0.0.1:$HAPROXY_PORT (stats http://127.0.0.1:$HAPROXY_STATS_PORT/)"
