#!/bin/bash
# The owner/application role split of README "Running on PostgreSQL": tessera_owner owns the database and runs the
# migrations; tessera_app owns nothing, cannot bypass row-level security, and is granted what it needs by them.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create role tessera_owner login password '${TESSERA_OWNER_PASSWORD}';
create role tessera_app login nosuperuser nobypassrls nocreatedb nocreaterole password '${TESSERA_APP_PASSWORD}';
create database tessera owner tessera_owner;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname tessera <<SQL
revoke create on schema public from public;
alter schema public owner to tessera_owner;
SQL
