#!/usr/bin/env bash
# The PostgreSQL pair: db.sh primary|members|kill-primary|url
#   primary       prints the primary member's name (pg0 or pg1)
#   members       prints Patroni's view of the members
#   kill-primary  kill -9 of the primary's Patroni and PostgreSQL (the "host" dies); the standby takes over
#                 when the leader key expires (ttl)
source "$(dirname "$0")/common.sh"
leader() { curl -fsS "http://127.0.0.1:$(patroni_port "$1")/cluster" | jq -r '.members[] | select(.role=="leader") | .name'; }
any_leader() { leader 0 2>/dev/null || leader 1; }
kill_member() { # member index
  local dir="$CLUSTER_DIR/pg$1" postmaster
  kill_tree KILL "$dir/pid"
  rm -f "$dir/pid"
  if [ -f "$dir/data/postmaster.pid" ]; then
    postmaster=$(head -1 "$dir/data/postmaster.pid")
    kill -KILL $(tree_pids "$postmaster") 2>/dev/null || true
  fi
}
case ${1:?primary|members|kill-primary|url} in
  primary) any_leader ;;
  members) curl -fsS "http://127.0.0.1:$(patroni_port 0)/cluster" 2>/dev/null || curl -fsS "http://127.0.0.1:$(patroni_port 1)/cluster" ;;
  kill-primary)
    name=$(any_leader); [ -n "$name" ] || die "no leader"
    kill_member "${name#pg}"
    log "killed primary $name"
    echo "$name"
    ;;
  url) jdbc_url ;;
  *) die "unknown command $1" ;;
esac
