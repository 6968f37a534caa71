#!/usr/bin/env bash
# A bounded sqlmap run (offline, --level 2 --risk 1, PostgreSQL payloads) against the API started
# on a free port from 18500 over a fresh database holding the demo shop: the query parameters of
# the product list, the search, and the product slug in the path. Fails when sqlmap reports an
# injectable parameter, when a target is not tested to the end, or when the API answered any
# request with a 5xx. Prints sqlmap's verdicts and the API's count of requests by status.
# Expects a built tree (scripts/build.sh). Leaves nothing running.
# Usage: scripts/sqlmap.sh   (SQLMAP_SECONDS bounds each target's run, default 120)
set -uo pipefail
source "$(dirname "$0")/lib.sh"

command -v sqlmap >/dev/null || die "sqlmap is not installed (run scripts/deps.sh)"
PORT=$(free_port 18500)
WORK="$VAR/sqlmap"
rm -rf "$WORK"
mkdir -p "$WORK/mail" "$WORK/uploads" "$WORK/output"

started_pg=0
api_pid=
cleanup() {
  [ -n "$api_pid" ] && { kill -TERM -- "-$api_pid" 2>/dev/null; wait "$api_pid" 2>/dev/null; }
  [ "$started_pg" = 1 ] && bash "$ROOT/scripts/pg.sh" stop
}
trap cleanup EXIT
bash "$ROOT/scripts/pg.sh" status >/dev/null 2>&1 || { started_pg=1; SHOP_PG_FAST=1 bash "$ROOT/scripts/pg.sh" start; }

admin_url=$(bash "$ROOT/scripts/pg.sh" admin-url)
psql "$admin_url" -qtAX -c "DROP DATABASE IF EXISTS shop_sqlmap WITH (FORCE)" \
  -c "CREATE DATABASE shop_sqlmap OWNER shop" >/dev/null || die "creating the database failed"
export DATABASE_URL=${admin_url/\/postgres\?/\/shop_sqlmap?}
export DATABASE_URL=${DATABASE_URL/postgres@/shop@}
export HOST=127.0.0.1 PORT
export SECRET_KEY=sqlmap-secret-key-0123456789abcdef0123456789
export MAIL_DIR="$WORK/mail" UPLOAD_DIR="$WORK/uploads" AUTH_RATE_LIMIT=0 LOG_LEVEL=info LOG_FORMAT=json

"$BUILD/bin/shop-api" migrate >"$WORK/setup.log" 2>&1 || die "migrations failed; see var/sqlmap/setup.log"
"$BUILD/bin/shop-api" seed-demo >>"$WORK/setup.log" 2>&1 || die "seed-demo failed; see var/sqlmap/setup.log"
setsid "$BUILD/bin/shop-api" serve >"$WORK/api.log" 2>&1 &
api_pid=$!
base="http://127.0.0.1:$PORT"
wait_for_url "$base/api/health" 30 || die "the API did not start; see var/sqlmap/api.log"

slug=$(curl -fsS "$base/api/products?size=1" | sed -n 's/.*"slug":"\([^"]*\)".*/\1/p' | head -n 1)
[ -n "$slug" ] || die "the demo catalog has no product"
category=$(curl -fsS "$base/api/categories" | sed -n 's/.*"slug":"\([^"]*\)".*/\1/p' | head -n 1)

targets=(
  "$base/api/products?page=1&size=5&category=$category&category_id=1&min_price=1&max_price=500&in_stock=true&featured=false&sort=price_asc"
  "$base/api/products?search=lamp&sort=relevance"
  "$base/api/products/slug/$slug*"
)
failed=0
for i in "${!targets[@]}"; do
  target=${targets[$i]}
  log="$WORK/target-$i.log"
  say "sqlmap: ${target#"$base"}"
  timeout --signal=INT "${SQLMAP_SECONDS:-120}" sqlmap --batch --level 2 --risk 1 --dbms PostgreSQL --flush-session \
    --disable-coloring --time-sec 2 --timeout 10 --retries 1 --output-dir "$WORK/output" -u "$target" >"$log" 2>&1
  status=$?
  grep -E "seem to be injectable|is vulnerable|injection point|parameter .* is .*injectable" "$log" |
    sed 's/.*\] \[[A-Z]*\] /    /'
  grep -A1 "HTTP error codes detected" "$log" | tail -n 1 | sed 's/^/    answers other than 200: /'
  if grep -q "identified the following injection point" "$log"; then
    failed=1
    printf '%s\n' "sqlmap found an injection point; see ${log#"$ROOT"/}" >&2
  elif [ "$status" = 124 ] || ! grep -q "all tested parameters do not appear to be injectable" "$log"; then
    failed=1
    printf '%s\n' "sqlmap did not finish testing (exit $status); see ${log#"$ROOT"/}" >&2
  fi
  if grep -A1 "HTTP error codes detected" "$log" | grep -qE "^5[0-9][0-9] "; then
    failed=1
    printf '%s\n' "the API answered sqlmap with a 5xx; see ${log#"$ROOT"/} and var/sqlmap/api.log" >&2
  fi
done

say "API requests by status during the run"
grep -o '"status":"[0-9]*"' "$WORK/api.log" | sort | uniq -c | sed 's/^/    /'
[ "$failed" = 0 ] || die "the sqlmap run failed"
say "sqlmap found no injectable parameter"
