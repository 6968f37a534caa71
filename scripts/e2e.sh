#!/usr/bin/env bash
# Browser tests: a fresh database with the demo shop, the API on a free port from 18000 (emails
# written as .eml files), the built web app on a free port from 13000, and the Playwright suite in
# frontend/e2e against them.
# Expects a built tree (scripts/build.sh). Leaves nothing running. Arguments go to Playwright, e.g.
# scripts/e2e.sh e2e/security.spec.ts --repeat-each 5
set -uo pipefail
source "$(dirname "$0")/lib.sh"

API_PORT=$(free_port 18000)
WEB_PORT=$(free_port 13000)
E2E="$VAR/e2e"
rm -rf "$E2E"
mkdir -p "$E2E/mail" "$E2E/uploads" "$E2E/artifacts"

started_pg=0
pids=()
cleanup() {
  # Each server runs in its own process group (setsid), so its children stop with it.
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ "$started_pg" = 1 ] && bash "$ROOT/scripts/pg.sh" stop
}
trap cleanup EXIT
bash "$ROOT/scripts/pg.sh" status || { started_pg=1; SHOP_PG_FAST=1 bash "$ROOT/scripts/pg.sh" start; }

admin_url=$(bash "$ROOT/scripts/pg.sh" admin-url)
psql "$admin_url" -qtAX -c "DROP DATABASE IF EXISTS shop_e2e WITH (FORCE)" -c "CREATE DATABASE shop_e2e OWNER shop" >/dev/null
export DATABASE_URL=${admin_url/\/postgres\?/\/shop_e2e?}
export DATABASE_URL=${DATABASE_URL/postgres@/shop@}
export HOST=127.0.0.1 PORT=$API_PORT
export SECRET_KEY=e2e-secret-key-0123456789abcdef0123456789
export MAIL_DIR="$E2E/mail" UPLOAD_DIR="$E2E/uploads"
export FRONTEND_URL="http://127.0.0.1:$WEB_PORT" CORS_ORIGINS="http://127.0.0.1:$WEB_PORT"
export ADMIN_EMAIL=admin@e2e.test ADMIN_PASSWORD=e2e-admin-password
export AUTH_RATE_LIMIT=0 LOG_LEVEL=warning

"$BUILD/bin/shop-api" migrate >/dev/null || die "migrations failed"
"$BUILD/bin/shop-api" seed-demo >/dev/null || die "seed-demo failed"
setsid "$BUILD/bin/shop-api" serve >"$E2E/api.log" 2>&1 &
pids+=($!)
wait_for_url "http://127.0.0.1:$API_PORT/api/health" 30 || die "the API did not start; see var/e2e/api.log"

(cd "$ROOT/frontend" && API_URL="http://127.0.0.1:$API_PORT" SITE_URL="http://127.0.0.1:$WEB_PORT" \
  exec setsid node server.mjs -H 127.0.0.1 -p "$WEB_PORT") >"$E2E/web.log" 2>&1 &
pids+=($!)
wait_for_url "http://127.0.0.1:$WEB_PORT/" 60 || die "the web app did not start; see var/e2e/web.log"

cd "$ROOT/frontend" &&
  E2E_BASE_URL="http://127.0.0.1:$WEB_PORT" E2E_MAIL_DIR="$E2E/mail" E2E_ADMIN_EMAIL="$ADMIN_EMAIL" \
    E2E_ADMIN_PASSWORD="$ADMIN_PASSWORD" E2E_ARTIFACTS_DIR="$E2E/artifacts" npm run --silent e2e -- "$@"
status=$?
[ $status = 0 ] && say "browser tests passed; screenshots in var/e2e/artifacts"
exit $status
