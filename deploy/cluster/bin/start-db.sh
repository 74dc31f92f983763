#!/usr/bin/env bash
# Starts etcd and two PostgreSQL 15 members managed by Patroni (a primary and a synchronous standby), then creates
# Tessera's database with the owner/app role split. Idempotent only on a fresh CLUSTER_DIR.
source "$(dirname "$0")/common.sh"
id postgres >/dev/null 2>&1 || die "no 'postgres' user (install Debian's postgresql package)"
mkdir -p "$CLUSTER_DIR"
chmod 755 "$CLUSTER_DIR"

log "etcd on 127.0.0.1:$ETCD_PORT"
mkdir -p "$CLUSTER_DIR/etcd"
etcd --name tessera-etcd --data-dir "$CLUSTER_DIR/etcd/data" \
  --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
  --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
  --initial-cluster "tessera-etcd=http://127.0.0.1:$ETCD_PEER_PORT" --log-level warn \
  > "$CLUSTER_DIR/etcd/etcd.log" 2>&1 &
echo $! > "$CLUSTER_DIR/etcd/pid"
wait_for "etcd" 30 curl -fsS "http://127.0.0.1:$ETCD_PORT/health"

start_member() { # member index
  local m=$1 dir="$CLUSTER_DIR/pg$1"
  mkdir -p "$dir"
  MEMBER=$m MEMBER_DIR=$dir PG_PORT=$(pg_port "$m") PATRONI_PORT=$(patroni_port "$m") ETCD_PORT=$ETCD_PORT PG_BIN=$PG_BIN \
    envsubst < "$CLUSTER_HOME/conf/patroni.yml.template" > "$dir/patroni.yml"
  chown -R postgres:postgres "$dir"
  chmod 700 "$dir"
  # setsid: its own process group, so that killing the member kills its postmaster too
  setsid runuser -u postgres -- patroni "$dir/patroni.yml" > "$dir/patroni.log" 2>&1 &
  echo $! > "$dir/pid"
}

log "PostgreSQL member pg0 on $(pg_port 0) (Patroni REST $(patroni_port 0))"
start_member 0
wait_for "pg0 to lead" 90 curl -fsS "http://127.0.0.1:$(patroni_port 0)/primary"
log "PostgreSQL member pg1 on $(pg_port 1) (Patroni REST $(patroni_port 1))"
start_member 1
wait_for "pg1 to be the synchronous standby" 120 curl -fsS "http://127.0.0.1:$(patroni_port 1)/sync"

log "database $DB_NAME, owner $DB_OWNER, application role $DB_APP"
psql_primary -d postgres <<SQL
create role $DB_OWNER login;
create role $DB_APP login;
create database $DB_NAME owner $DB_OWNER;
SQL
psql_primary -d "$DB_NAME" -c "alter schema public owner to $DB_OWNER"
log "database ready: $(jdbc_url)"
