#!/usr/bin/env bash
# Restarts nodes 1..CLUSTER_NODES one at a time without losing a request: take the node out of HAProxy's rotation and
# wait until it serves nothing, stop it gracefully (SIGTERM), start it, wait for its readiness, put it back.
source "$(dirname "$0")/common.sh"
bin=$(dirname "$0")
for n in $(seq 1 "$CLUSTER_NODES"); do
  "$bin/lb.sh" drain "$n"
  "$bin/node.sh" stop "$n"
  "$bin/node.sh" start "$n"
  "$bin/node.sh" wait "$n"
  "$bin/lb.sh" ready "$n"
done
log "rolling restart done"
