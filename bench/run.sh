#!/usr/bin/env bash
# make bench: how fast the shop is, against the ceilings of this machine, measured in one run.
# Builds the API, fills a fresh database `shop_bench` with a shop at scale, starts shop-api, then
# for every scenario: wrk against the API, wrk against nginx serving the same bytes from a file
# (the HTTP ceiling) and pgbench running the endpoint's SQL (the database ceiling), all at the same
# concurrency. Login apart, against what bcrypt allows on these cores. Writes bench/results/latest.md
# and stops everything it started.
#
# Settings (environment): BENCH_DURATION seconds per API run (10), BENCH_CEILING_DURATION per
# ceiling run (4), BENCH_WARMUP seconds before each read scenario (2), BENCH_CONNECTIONS (64),
# BENCH_THREADS wrk threads (the cores), BENCH_LOGIN_CONNECTIONS (2 per core), BENCH_TIMEOUT wrk's
# request timeout (5s), BENCH_SCENARIOS (a space-separated subset), BENCH_PRODUCTS, BENCH_USERS,
# BENCH_ORDERS, BENCH_CATEGORIES (the shop's size), BENCH_API_BIN (bench that shop-api binary
# instead of building this checkout's, e.g. to compare two builds), BENCH_ALLOW_NO_FSYNC=1 (bench a
# running cluster that does not flush to disk), BENCH_PERF=1 (profile the
# whole machine with perf during each scenario: logs/<scenario>-perf.txt tells where the CPU went).
set -Eeuo pipefail
trap 'echo "bench/run.sh: line $LINENO failed (exit $?)" >&2' ERR
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$BENCH/../scripts/lib.sh"

CORES=$(nproc)
DURATION=${BENCH_DURATION:-10}
CEILING_DURATION=${BENCH_CEILING_DURATION:-4}
WARMUP=${BENCH_WARMUP:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-$CORES}
LOGIN_CONNECTIONS=${BENCH_LOGIN_CONNECTIONS:-$((2 * CORES))}
LOGIN_DURATION=$((DURATION > 10 ? DURATION : 10))
TIMEOUT=${BENCH_TIMEOUT:-5s}
CATEGORIES=${BENCH_CATEGORIES:-100}
PRODUCTS=${BENCH_PRODUCTS:-100000}
USERS=${BENCH_USERS:-10000}
ORDERS=${BENCH_ORDERS:-50000}
SCENARIOS=(${BENCH_SCENARIOS:-health products_list products_filtered products_search product_slug product_id
  product_id_uniform cart_get cart_add checkout list_during_checkout admin_stats login})
# Scenarios whose database ceiling is another scenario's SQL (bench/sql/<that>.sql).
declare -A SQL_OF=([product_id_uniform]=product_id)
# Buyers, each with a cart, used once: buyer 1 for the probe, enough for checkout at 3 000
# orders/s, then as many for the checkouts that run beside list_during_checkout at half that.
CHECKOUT_BUYERS=$(((DURATION + 2) * 3000))
SIDE_BUYERS=$(((DURATION + 2) * 1500))
BUYERS=$((1 + CHECKOUT_BUYERS + SIDE_BUYERS))
PASSWORD=bench-password-12
BCRYPT_COST=12
RESULTS="$BENCH/results"
REPORT="$RESULTS/latest.md"

# --- what this run started, stopped on exit ---------------------------------------------------
WORK=$(mktemp -d /tmp/shop-bench.XXXXXX)
chmod 755 "$WORK"  # nginx's workers (nobody, when run as root) read the ceiling files here
started_pg=0
api_pid=""
nginx_pid=""
perf_pid=""
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  [ -n "$api_pid" ] && kill -TERM "$api_pid" 2>/dev/null && wait "$api_pid" 2>/dev/null
  [ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  if [ "$started_pg" = 1 ]; then bash "$ROOT/scripts/pg.sh" stop || true; fi
  if [ -d "$WORK/logs" ]; then
    mkdir -p "$RESULTS"
    rm -rf "$RESULTS/logs" && cp -r "$WORK/logs" "$RESULTS/logs"
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$WORK/data" "$WORK/logs" "$WORK/probe" "$WORK/www" "$WORK/nginx" "$WORK/mail" "$WORK/uploads"

# A TCP port nobody listens on.
free_port() {
  local port
  for _ in $(seq 200); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "no free port found"
}

# --- build and start ---------------------------------------------------------------------------
bash "$ROOT/scripts/deps.sh" bench
if [ -n "${BENCH_API_BIN:-}" ]; then
  [ -x "$BENCH_API_BIN" ] || die "BENCH_API_BIN: $BENCH_API_BIN is not an executable"
  cp "$BENCH_API_BIN" "$WORK/shop-api"  # a copy: a rebuild during the run must not swap it
  API_BIN="$WORK/shop-api"
else
  bash "$ROOT/scripts/build.sh" api
  API_BIN="$BUILD/bin/shop-api"
fi
say "building bench/tools/bench_tool"
mkdir -p "$BUILD/bench"
TOOL="$BUILD/bench/bench_tool"
if [ ! -x "$TOOL" ] || [ "$BENCH/tools/bench_tool.cpp" -nt "$TOOL" ]; then
  g++ -std=c++20 -O2 -Wall -o "$TOOL" "$BENCH/tools/bench_tool.cpp" -lcrypt -lcrypto
fi

bash "$ROOT/scripts/pg.sh" status || started_pg=1
bash "$ROOT/scripts/pg.sh" start
ADMIN_URL=$(bash "$ROOT/scripts/pg.sh" admin-url)
APP_URL=$(bash "$ROOT/scripts/pg.sh" url)
# A cluster left running by the tests (SHOP_PG_FAST) does not flush commits to disk: writes would
# look faster than any shop gets.
if [ "$(psql "$ADMIN_URL" -qAtX -c 'SHOW fsync')" != on ] && [ "${BENCH_ALLOW_NO_FSYNC:-0}" != 1 ]; then
  die "the project's PostgreSQL runs with fsync off (started for the tests); stop it (bash scripts/pg.sh stop) so the bench starts one that flushes like production, or set BENCH_ALLOW_NO_FSYNC=1"
fi
DB_URL=${APP_URL/\/shop\?/\/shop_bench?}        # the application's role, the bench database
SUPER_URL=${ADMIN_URL/\/postgres\?/\/shop_bench?}  # the superuser, the bench database (loading)
psql "$ADMIN_URL" -qX -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS shop_bench WITH (FORCE)" \
  -c "CREATE DATABASE shop_bench OWNER shop" 2>&1 | grep -v NOTICE || true
q() { psql "$DB_URL" -qAtX -v ON_ERROR_STOP=1 -c "$1"; }

SECRET_KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
export SECRET_KEY DATABASE_URL="$DB_URL" LOG_LEVEL=warning AUTH_RATE_LIMIT=0 ORDER_RATE_LIMIT=0 MAX_PENDING_ORDERS=0 PENDING_ORDER_TTL=0 \
  MAIL_DIR="$WORK/mail" UPLOAD_DIR="$WORK/uploads"
"$API_BIN" migrate >"$WORK/logs/migrate.log" 2>&1 || die "migration failed: $(cat "$WORK/logs/migrate.log")"

say "generating the shop: $CATEGORIES categories, $PRODUCTS products, $USERS users (+$BUYERS buyers), $ORDERS orders"
HASH=$("$TOOL" hash "$PASSWORD" "$BCRYPT_COST")
load_start=$(date +%s.%N)
psql "$SUPER_URL" -qX -v ON_ERROR_STOP=1 -v categories="$CATEGORIES" -v products="$PRODUCTS" -v users="$USERS" \
  -v orders="$ORDERS" -v buyers="$BUYERS" -v hash="$HASH" -f "$BENCH/dataset.sql" >"$WORK/logs/dataset.log" 2>&1 ||
  die "loading the dataset failed: $(tail -5 "$WORK/logs/dataset.log")"
LOAD_SECONDS=$(awk -v s="$load_start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')

# The data files the scenarios draw from.
DATA="$WORK/data"
q "SELECT slug FROM categories ORDER BY id" >"$DATA/category_slugs.txt"
q "SELECT slug FROM products WHERE is_active ORDER BY id" >"$DATA/product_slugs.txt"
q "SELECT id FROM products WHERE is_active ORDER BY id" >"$DATA/product_ids.txt"
q "SELECT id FROM products WHERE is_active AND stock_quantity >= 200 ORDER BY id" >"$DATA/stocked_ids.txt"
q "SELECT email FROM users WHERE email LIKE 'user%@bench.example' ORDER BY id" >"$DATA/customer_emails.txt"
q "SELECT id FROM users WHERE email LIKE 'user%@bench.example' ORDER BY id" |
  "$TOOL" tokens "$SECRET_KEY" customer 7200 >"$DATA/customer_tokens.txt"
q "SELECT id FROM users WHERE email LIKE 'buyer%@bench.example' ORDER BY id" |
  "$TOOL" tokens "$SECRET_KEY" customer 7200 >"$DATA/buyer_tokens.txt"
q "SELECT id FROM users WHERE email = 'admin@bench.example'" |
  "$TOOL" tokens "$SECRET_KEY" admin 7200 >"$DATA/admin_token.txt"
# pgbench's variables: the id ranges of the dataset (its checkouts take the checkout scenario's
# buyers, and leave those for list_during_checkout alone).
PGBENCH_VARS=()
while IFS='|' read -r name value; do PGBENCH_VARS+=(-D "$name=$value"); done < <(q "
  SELECT 'categories', count(*) FROM categories UNION ALL
  SELECT 'products', count(*) FROM products UNION ALL
  SELECT 'first_product', min(id) FROM products UNION ALL
  SELECT 'last_product', max(id) FROM products UNION ALL
  SELECT 'first_customer', min(id) FROM users WHERE email LIKE 'user%@bench.example' UNION ALL
  SELECT 'last_customer', max(id) FROM users WHERE email LIKE 'user%@bench.example' UNION ALL
  SELECT 'first_buyer', min(id) + 1 FROM users WHERE email LIKE 'buyer%@bench.example' UNION ALL
  SELECT 'last_buyer', min(id) + $CHECKOUT_BUYERS FROM users WHERE email LIKE 'buyer%@bench.example'")

API_PORT=$(free_port)
API="http://127.0.0.1:$API_PORT"
start_api() {
  PORT=$API_PORT HOST=127.0.0.1 "$API_BIN" serve >>"$WORK/logs/api.log" 2>&1 &
  api_pid=$!
  wait_for_url "$API/api/health" 30 || die "the API did not come up: $(tail -5 "$WORK/logs/api.log")"
}
say "starting shop-api on 127.0.0.1:$API_PORT"
start_api
API_RESTARTS=0

# When shop-api has died during scenario $1: notes how (exit status or signal, its last words)
# and starts it again, so the other scenarios still run. A crash is a result, never hidden.
check_api() {
  kill -0 "$api_pid" 2>/dev/null && return 0
  local status=0 how
  wait "$api_pid" 2>/dev/null || status=$?
  if [ "$status" -gt 128 ]; then how="killed by signal $((status - 128)) ($(kill -l "$((status - 128))"))"; else how="exited with status $status"; fi
  note "$1" "**shop-api $how during this scenario**; its last log line: $(tail -1 "$WORK/logs/api.log" | cut -c1-200)"
  say "$1: shop-api $how; starting it again"
  echo "---- restarted after $how during $1 ----" >>"$WORK/logs/api.log"
  API_RESTARTS=$((API_RESTARTS + 1))
  start_api
}

NGINX_PORT=$(free_port)
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes $CORES;
pid $WORK/nginx/nginx.pid;
error_log $WORK/logs/nginx-error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  keepalive_requests 1000000000;
  keepalive_timeout 300s;
  types { application/json json; }
  default_type application/json;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    # The same bytes for POST scenarios too (the static module answers POST with 405).
    error_page 405 =200 \$uri;
  }
}
CONF
nginx -e "$WORK/logs/nginx-error.log" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
nginx_pid=$!
echo '{}' >"$WORK/www/ready.json"
wait_for_url "http://127.0.0.1:$NGINX_PORT/ready.json" 10 || die "nginx did not come up: $(cat "$WORK/logs/nginx-error.log")"
NGINX="http://127.0.0.1:$NGINX_PORT"

# --- measuring ---------------------------------------------------------------------------------
export BENCH_LUA="$BENCH/scenarios" BENCH_DATA="$DATA" BENCH_THREADS="$THREADS" BENCH_PASSWORD="$PASSWORD"

# wrk NAME URL CONNECTIONS SECONDS LOG [VAR=value...]: runs a scenario's script; prints its result line.
run_wrk() {
  local name=$1 url=$2 connections=$3 seconds=$4 log=$5
  shift 5
  local threads=$THREADS
  [ "$connections" -lt "$threads" ] && threads=$connections
  env "$@" BENCH_THREADS="$threads" wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout "$TIMEOUT" \
    -s "$BENCH/scenarios/$name.lua" "$url" >"$log" 2>&1 || true
  grep '^BENCH_RESULT' "$log" | tail -1 || true
}

# Waits until the API has worked off what closed connections left queued (its worker queue is
# first in, first out, so the health check answers after them), so no run measures the last one's
# backlog.
drain() { curl -s -o /dev/null -m 120 "$API/api/health" || true; }

# field LINE NAME: one value of a BENCH_RESULT line.
field() { sed -n "s/.*[[:space:]]$2=\([0-9.]*\).*/\1/p" <<<"$1"; }

declare -A API_CPU DB_CPU RPS P50 P99 ERRORS STATUS HTTP_CEILING DB_CEILING DB_CLIENTS DB_DETAIL NOTE
API_POOL=1

# Records the result line of a run under scenario $1 (requests/s, p50 and p99 in ms, errors, and
# the CPU that shop-api and PostgreSQL spent per request since cpu_mark).
cpu_mark() { api_ticks_before=$(api_ticks); db_ticks_snapshot "$WORK/db-ticks"; }
record() {
  local name=$1 line=$2 requests
  if [ -z "$line" ]; then
    note "$name" "wrk produced no result (see logs/$name.log)"
    return
  fi
  RPS[$name]=$(awk -v r="$(field "$line" requests)" -v d="$(field "$line" duration_us)" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
  P50[$name]=$(awk -v v="$(field "$line" p50_us)" 'BEGIN { printf "%.2f", v / 1000 }')
  P99[$name]=$(awk -v v="$(field "$line" p99_us)" 'BEGIN { printf "%.2f", v / 1000 }')
  ERRORS[$name]=$(($(field "$line" status_errors) + $(field "$line" socket_errors)))
  requests=$(field "$line" requests)
  if [ "$requests" -gt 0 ]; then
    API_CPU[$name]=$(awk -v t="$(($(api_ticks) - api_ticks_before))" -v hz="$TICKS_PER_SECOND" -v n="$requests" \
      'BEGIN { printf "%.0f", t / hz * 1e6 / n }')
    DB_CPU[$name]=$(awk -v t="$(db_ticks_since "$WORK/db-ticks")" -v hz="$TICKS_PER_SECOND" -v n="$requests" \
      'BEGIN { printf "%.0f", t / hz * 1e6 / n }')
  fi
}

# CPU time (clock ticks) used so far by shop-api, and by every PostgreSQL process.
TICKS_PER_SECOND=$(getconf CLK_TCK)
api_ticks() { awk '{ print $14 + $15 }' "/proc/$api_pid/stat"; }
# PostgreSQL's processes come and go (pgbench's backends): db_ticks_since FILE adds up, over the
# processes alive now, what each used since the snapshot in FILE (db_ticks_snapshot FILE).
db_ticks_snapshot() {
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk '$2 == "(postgres)" { print $1, $14 + $15 }' >"$1"
}
db_ticks_since() {
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v before="$1" '
    BEGIN { while ((getline line < before) > 0) { split(line, f, " "); start[f[1]] = f[2] } }
    $2 == "(postgres)" { t += $14 + $15 - start[$1] }
    END { print t + 0 }'
}

# Context switches of every shop-api thread so far.
api_context_switches() {
  { cat /proc/"$api_pid"/task/*/status 2>/dev/null || true; } | awk '/ctxt_switches/ { n += $2 } END { print n + 0 }'
}

# With BENCH_PERF=1: profiles every CPU for $2 seconds in the background, into logs/$1.perf.data.
perf_start() {
  [ "${BENCH_PERF:-0}" = 1 ] || return 0
  switches_before=$(api_context_switches)
  perf record -a -g -F 499 -o "$WORK/logs/$1.perf.data" -- sleep "$2" >/dev/null 2>&1 &
  perf_pid=$!
}

# Turns the profile into logs/$1-perf.txt: CPU share per program, then the hottest functions
# of shop-api and of PostgreSQL.
perf_report() {
  [ "${BENCH_PERF:-0}" = 1 ] || return 0
  wait "$perf_pid" 2>/dev/null || true
  local data="$WORK/logs/$1.perf.data" switches requests
  switches=$(($(api_context_switches) - switches_before))
  requests=$(sed -n 's/^BENCH_RESULT requests=\([0-9]*\).*/\1/p' "$WORK/logs/$1.log")
  (
    echo "== shop-api: $switches context switches for ${requests:-?} requests"
    set +o pipefail  # head closes the pipe early
    echo "== CPU by program"
    perf report -i "$data" --no-children -g none --sort comm --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' | head -12
    for program in shop-api postgres; do
      echo "== hottest in $program (self time)"
      perf report -i "$data" --no-children -g none --comm "$program" --percentage relative --sort dso,sym --stdio 2>/dev/null |
        grep -v '^#' | grep -v '^$' | head -30
    done
  ) >"$WORK/logs/$1-perf.txt"
  rm -f "$data"
}

# Adds a remark to a scenario's line under the table.
note() { NOTE[$1]="${NOTE[$1]:-}${NOTE[$1]:+; }$2"; }

# What the server logged (warnings and errors) since line $1 of its log, each kind once, counted.
server_log_since() {
  tail -n +"$(($1 + 1))" "$WORK/logs/api.log" | sed -E 's/^[0-9TZ:.-]+ //; s/ request_id=[^ ]+//' |
    sort | uniq -c | sort -rn | awk 'NR <= 3' | sed -E 's/^ *([0-9]+) (.*)/\1 × "\2"/' | paste -sd ';' - | sed 's/;/; /g'
}

# Remarks on the run of scenario $1 that started at line $2 of the server's log: the statuses
# counted by the scenario, and what the server logged meanwhile.
remark_run() {
  local name=$1 mark=$2 statuses logged
  statuses=$(sed -n 's/^BENCH_STATUSES //p' "$WORK/logs/$name.log")
  [ -n "$statuses" ] && note "$name" "statuses $statuses"
  logged=$(server_log_since "$mark")
  [ -n "$logged" ] && note "$name" "server log: $logged"
  return 0
}

# Sends the scenario's first request once; STATUS[name] is the answer's status ("" when none).
probe() {
  local name=$1
  rm -f "$WORK/probe/$name".*
  run_wrk "$name" "$API" 1 1 "$WORK/logs/$name-probe.log" BENCH_PROBE="$WORK/probe/$name" >/dev/null
  drain
  STATUS[$name]=$(cat "$WORK/probe/$name.status" 2>/dev/null || true)
}

# pgbench CLIENTS SCRIPT NAME: the scenario's SQL from that many clients; prints transactions/s.
run_pgbench() {
  local clients=$1 name=$2 script="$BENCH/sql/${SQL_OF[$2]:-$2}.sql" mode
  mode=$(sed -n 's/^-- mode: \([a-z]*\).*/\1/p' "$script" | awk 'NR == 1')
  pgbench -n -M "${mode:-prepared}" -c "$clients" -j "$((clients < THREADS ? clients : THREADS))" \
    -T "$CEILING_DURATION" "${PGBENCH_VARS[@]}" -f "$script" "$DB_URL" >"$WORK/logs/$name-pgbench-$clients.log" 2>&1 || true
  sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$WORK/logs/$name-pgbench-$clients.log" | awk 'NR == 1 { printf "%.0f", $1 }'
}

# The database ceiling of a scenario: its SQL at the bench's concurrency and at the API's own
# number of database connections (fewer clients can do more, e.g. when they queue on one row);
# DB_CEILING[name] is the better, DB_CLIENTS[name] the clients it took.
db_ceiling() {
  local name=$1 best="" clients tps
  [ -f "$BENCH/sql/${SQL_OF[$name]:-$name}.sql" ] || return 0
  for clients in $(printf '%s\n' "$CONNECTIONS" "$API_POOL" | sort -un); do
    tps=$(run_pgbench "$clients" "$name")
    if [ -n "$tps" ] && { [ -z "$best" ] || [ "$tps" -gt "$best" ]; }; then
      best=$tps
      DB_CLIENTS[$name]=$clients
    fi
    DB_DETAIL[$name]="${DB_DETAIL[$name]:-}${DB_DETAIL[$name]:+, }${tps:-?} tps at $clients"
  done
  DB_CEILING[$name]=$best
}

# The API's database connections now open (its pool names them shop-api).
api_connections() {
  q "SELECT count(*) FROM pg_stat_activity WHERE datname = 'shop_bench' AND application_name = 'shop-api'"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
BCRYPT_SECONDS=""
LOGINS_RPS=""
ORDERS_MADE=""

previous=start-up
for name in "${SCENARIOS[@]}"; do
  [ -f "$BENCH/scenarios/$name.lua" ] || die "unknown scenario $name"
  check_api "$previous"
  previous=$name
  probe "$name"
  status=${STATUS[$name]}
  if [ "$status" = 404 ] || [ "$status" = 405 ]; then
    NOTE[$name]="not available (the route answers $status)"
    say "$name: not available ($status)"
    continue
  fi
  [ -z "$status" ] && NOTE[$name]="no answer to the probe" && say "$name: no answer to the probe" && continue
  [ "$status" -ge 400 ] && note "$name" "the probe's request answered $status: $(head -c 200 "$WORK/probe/$name.body")"

  if [ "$name" = login ]; then
    say "login: bcrypt cost $BCRYPT_COST on one core, then $LOGIN_CONNECTIONS connections for ${LOGIN_DURATION}s"
    bcrypt_before=$("$TOOL" bcrypt-time "$HASH" "$PASSWORD" 2)
    # At least 10 s: a login takes a good part of a second, and wrk counts only finished requests.
    mark=$(wc -l <"$WORK/logs/api.log")
    perf_start login "$LOGIN_DURATION"
    cpu_mark
    record login "$(run_wrk login "$API" "$LOGIN_CONNECTIONS" "$LOGIN_DURATION" "$WORK/logs/login.log")"
    perf_report login
    drain
    BCRYPT_SECONDS=$(awk -v a="$bcrypt_before" -v b="$("$TOOL" bcrypt-time "$HASH" "$PASSWORD" 2)" 'BEGIN { print (a + b) / 2 }')
    remark_run login "$mark"
    continue
  fi

  connections=$CONNECTIONS
  side_pid=""
  if [ "$name" = list_during_checkout ]; then
    # Half the connections browse, the other half buy.
    connections=$((CONNECTIONS / 2))
    if [ "${STATUS[checkout]:-}" != 201 ]; then
      note "$name" "not run: checkout is not available"
      continue
    fi
  fi
  say "$name: ${DURATION}s at $connections connections"
  if [ "$name" != checkout ] && [ "$name" != cart_add ] && [ "$WARMUP" -gt 0 ]; then
    run_wrk "$name" "$API" "$connections" "$WARMUP" "$WORK/logs/$name-warmup.log" >/dev/null
    drain
  fi
  orders_before=$(q "SELECT count(*) FROM orders")
  mark=$(wc -l <"$WORK/logs/api.log")
  if [ "$name" = list_during_checkout ]; then
    BENCH_BUYERS="$((2 + CHECKOUT_BUYERS)):$BUYERS" run_wrk checkout "$API" "$((CONNECTIONS - connections))" \
      "$((DURATION + 1))" "$WORK/logs/$name-checkout.log" >/dev/null &
    side_pid=$!
    sleep 0.5
  fi
  perf_start "$name" "$DURATION"
  cpu_mark
  record "$name" "$(BENCH_BUYERS="2:$((1 + CHECKOUT_BUYERS))" run_wrk "$name" "$API" "$connections" "$DURATION" "$WORK/logs/$name.log")"
  perf_report "$name"
  if [ -n "$side_pid" ]; then
    wait "$side_pid" || true
    side=$(grep '^BENCH_RESULT' "$WORK/logs/$name-checkout.log" | tail -1)
    note "$name" "beside it $(awk -v r="$(field "$side" requests)" -v d="$(field "$side" duration_us)" \
      'BEGIN { printf "%.0f", r / (d / 1e6) }') checkouts/s ($(sed -n 's/^BENCH_STATUSES //p' "$WORK/logs/$name-checkout.log"))"
  fi
  drain
  remark_run "$name" "$mark"
  api_now=$(api_connections)
  [ "$api_now" -gt "$API_POOL" ] && API_POOL=$api_now
  if [ "$name" = checkout ]; then
    ORDERS_MADE=$(($(q "SELECT count(*) FROM orders") - orders_before))
  fi

  # The HTTP ceiling: nginx serving the probe's answer, the same bytes, to the same requests.
  cp "$WORK/probe/$name.body" "$WORK/www/$name.json"
  ceiling_line=$(run_wrk "$name" "$NGINX" "$connections" "$CEILING_DURATION" "$WORK/logs/$name-nginx.log" \
    BENCH_CEILING_PATH="/$name.json")
  [ -n "$ceiling_line" ] && HTTP_CEILING[$name]=$(awk -v r="$(field "$ceiling_line" requests)" \
    -v d="$(field "$ceiling_line" duration_us)" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
  db_ceiling "$name"
done
check_api "$previous"

RSS=$(awk '/^VmRSS/ { print $2 }' "/proc/$api_pid/status")
# (After a restart these are the new process's: the report says so.)
HWM=$(awk '/^VmHWM/ { print $2 }' "/proc/$api_pid/status")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the report ---------------------------------------------------------------------------------
pct() { [ -n "$1" ] && [ -n "$2" ] && [ "$2" != 0 ] && awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f %%", 100 * a / b }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }

# verdict NAME: the target of a scenario and whether this run met it.
verdict() {
  local name=$1 target="" met=1
  case $name in
    products_list | products_filtered | product_slug | product_id | list_during_checkout)
      target="≥ 50 % of HTTP ceiling"
      [ -n "${HTTP_CEILING[$name]:-}" ] && ge "${RPS[$name]}" "$(awk -v c="${HTTP_CEILING[$name]}" 'BEGIN { print c / 2 }')" || met=0 ;;
    products_search | product_id_uniform | cart_get | cart_add)
      target="≥ 70 % of DB ceiling"
      [ -n "${DB_CEILING[$name]:-}" ] && ge "${RPS[$name]}" "$(awk -v c="${DB_CEILING[$name]}" 'BEGIN { print c * 0.7 }')" || met=0 ;;
    checkout)
      target="≥ 1000 orders/s"
      ge "${RPS[$name]}" 1000 || met=0 ;;
    *) target="" ;;
  esac
  [ -n "$target" ] && target="$target, "
  target="${target}p99 < 25 ms, no errors"
  lt "${P99[$name]}" 25 || met=0
  [ "${ERRORS[$name]}" = 0 ] || met=0
  if [ "$met" = 1 ]; then echo "$target | met"; else echo "$target | **missed**"; fi
}

mkdir -p "$RESULTS"
{
  echo "# Shop benchmark — $(date -u +'%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $CORES cores ($(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | awk 'NR == 1')), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM;" \
    "load average $LOAD_BEFORE before, $LOAD_AFTER after (other work on the machine skews every number)."
  echo "Shop: $CATEGORIES categories, $PRODUCTS products, $USERS customers, $ORDERS orders, $BUYERS buyers with a cart;" \
    "generated in ${LOAD_SECONDS}s. PostgreSQL 15: fsync=$(q 'SHOW fsync'), synchronous_commit=$(q 'SHOW synchronous_commit')," \
    "shared_buffers=$(q 'SHOW shared_buffers')."
  echo "Load: wrk, $CONNECTIONS connections, $THREADS threads, ${DURATION}s per scenario after ${WARMUP}s of warm-up (none for" \
    "cart_add, checkout); ceilings ${CEILING_DURATION}s each at the same concurrency: nginx $(nginx -v 2>&1 | sed 's/.*nginx\///')" \
    "serving the endpoint's own response bytes from a file, pgbench running the endpoint's SQL (bench/sql)" \
    "from $CONNECTIONS clients and from as many as shop-api holds open ($API_POOL), the better of the two."
  echo "Errors are responses with status ≥ 400 plus socket errors and timeouts ($TIMEOUT). CPU µs/req: the CPU time" \
    "shop-api and all of PostgreSQL used during the run, per request answered (independent of other load on the machine)."
  echo
  echo "| scenario | req/s | p50 ms | p99 ms | errors | CPU µs/req API + DB | HTTP ceiling req/s | % of HTTP | DB ceiling tps (clients) | % of DB | target | verdict |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
  for name in "${SCENARIOS[@]}"; do
    [ "$name" = login ] && continue
    if [ -z "${RPS[$name]:-}" ]; then
      echo "| $name | ${NOTE[$name]:-not run} | | | | | | | | | | |"
      continue
    fi
    echo "| $name | ${RPS[$name]} | ${P50[$name]} | ${P99[$name]} | ${ERRORS[$name]} |" \
      "${API_CPU[$name]:-?} + ${DB_CPU[$name]:-?} | ${HTTP_CEILING[$name]:-–} |" \
      "$(pct "${RPS[$name]}" "${HTTP_CEILING[$name]:-}" || echo –) | ${DB_CEILING[$name]:-–}${DB_CLIENTS[$name]:+ (${DB_CLIENTS[$name]})} |" \
      "$(pct "${RPS[$name]}" "${DB_CEILING[$name]:-}" || echo –) | $(verdict "$name") |"
  done
  echo
  for name in "${SCENARIOS[@]}"; do
    [ -n "${RPS[$name]:-}" ] && [ -n "${NOTE[$name]:-}" ] && echo "- $name: ${NOTE[$name]}"
  done
  for name in "${SCENARIOS[@]}"; do
    [ -n "${DB_DETAIL[$name]:-}" ] && echo "- $name database ceiling: ${DB_DETAIL[$name]} clients."
  done
  if [ -n "$ORDERS_MADE" ]; then
    echo "- checkout: $ORDERS_MADE orders committed in ${DURATION}s = $(awk -v n="$ORDERS_MADE" -v d="$DURATION" 'BEGIN { printf "%.0f", n / d }') orders/s (counted in the database)."
  fi
  echo
  echo "## Login"
  echo
  if [ -n "${RPS[login]:-}" ]; then
    max=$(awk -v c="$CORES" -v t="$BCRYPT_SECONDS" 'BEGIN { printf "%.2f", c / t }')
    echo "bcrypt cost $BCRYPT_COST takes $(awk -v t="$BCRYPT_SECONDS" 'BEGIN { printf "%.0f", t * 1000 }') ms of CPU" \
      "here (measured just before and after the logins), so $CORES cores allow at most $max logins/s." \
      "On a machine busy with other work the API gets less than all cores; the CPU per login does not depend on that."
    echo
    echo "| logins/s | p50 ms | p99 ms | errors | of bcrypt's maximum | shop-api CPU per login | of it bcrypt | target | verdict |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---|---|"
    # Logins are few per second: count them with decimals.
    line=$(grep '^BENCH_RESULT' "$WORK/logs/login.log" | tail -1)
    logins=$(awk -v r="$(field "$line" requests)" -v d="$(field "$line" duration_us)" 'BEGIN { printf "%.2f", r / (d / 1e6) }')
    login_ratio=$(awk -v r="$logins" -v m="$max" 'BEGIN { printf "%.0f", 100 * r / m }')
    bcrypt_share=$(awk -v t="$BCRYPT_SECONDS" -v c="${API_CPU[login]}" 'BEGIN { printf "%.0f", 100 * t * 1e6 / c }')
    login_verdict="met"
    { [ "$login_ratio" -ge 90 ] && [ "${ERRORS[login]}" = 0 ]; } || login_verdict="**missed**"
    echo "| $logins | ${P50[login]} | ${P99[login]} | ${ERRORS[login]} | $login_ratio % |" \
      "$(awk -v c="${API_CPU[login]}" 'BEGIN { printf "%.0f ms", c / 1000 }') | $bcrypt_share % | ≥ 90 % | $login_verdict |"
    echo
    echo "($LOGIN_CONNECTIONS connections for ${LOGIN_DURATION}s: at 64, a bcrypt-bound login waits longer than any client would.)"
  else
    echo "${NOTE[login]:-not run}"
  fi
  echo
  echo "## Server"
  echo
  memory_verdict="met"
  [ "$HWM" -lt $((150 * 1024)) ] || memory_verdict="**missed**"
  echo "shop-api memory at the end: VmRSS $((RSS / 1024)) MB, VmHWM (peak) $((HWM / 1024)) MB — target < 150 MB: $memory_verdict."
  [ "$API_RESTARTS" -gt 0 ] && echo "**shop-api died $API_RESTARTS time(s) during the run and was started again** (see the notes above); the memory is the last process's."
  echo "Configuration: WORKERS=${WORKERS:-default}, DB_POOL_SIZE=${DB_POOL_SIZE:-default}, LOG_LEVEL=warning, AUTH_RATE_LIMIT=0, ORDER_RATE_LIMIT=0, MAX_PENDING_ORDERS=0, PENDING_ORDER_TTL=0 (the buyers check out thousands of times, and the generated orders are old)."
} >"$REPORT"

echo
cat "$REPORT"
echo
say "report written to ${REPORT#"$ROOT"/} (logs in ${RESULTS#"$ROOT"/}/logs)"
