#!/usr/bin/env bash
# HAProxy's runtime API: lb.sh drain|ready|state|sessions N
#   drain     takes node N out of rotation (maintenance in both backends) and waits until it serves no request
#   ready     puts node N back and waits until HAProxy's health check sees it UP
#   state     prints node N's state in the api backend
source "$(dirname "$0")/common.sh"
cmd=${1:?drain|ready|state}; n=${2:?node number}
sock="$CLUSTER_DIR/haproxy/admin.sock"
api() { echo "$1" | socat stdio "unix-connect:$sock"; }
# fields of 'show stat' (CSV): pxname,svname,qcur,qmax,scur,... status is field 18
stat_field() { api "show stat" | awk -F, -v b="$1" -v s="n$n" -v f="$2" '$1==b && $2==s {print $f}'; }
idle() { [ "$(stat_field api 5)" = "0" ] && [ "$(stat_field ui 5)" = "0" ]; }
up() { [ "$(stat_field api 18)" = "UP" ]; }
case $cmd in
  drain)
    api "set server api/n$n state maint" >/dev/null
    api "set server ui/n$n state maint" >/dev/null
    wait_for "node $n to finish its requests" 60 idle
    log "node $n drained"
    ;;
  ready)
    api "set server api/n$n state ready" >/dev/null
    api "set server ui/n$n state ready" >/dev/null
    wait_for "HAProxy to see node $n UP" 60 up
    log "node $n back in rotation"
    ;;
  state) stat_field api 18 ;;
  *) die "unknown command $cmd" ;;
esac
