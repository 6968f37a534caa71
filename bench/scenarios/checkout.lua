-- POST /api/orders: every request is a different buyer whose cart holds two products, with an
-- Idempotency-Key as the storefront sends. Buyer 1 is kept for the probe; the threads share out
-- the buyers of BENCH_BUYERS ("first:last" lines of buyer_tokens.txt; 2 to the end by default).
-- A thread that runs out of buyers starts over, and those repeats fail (empty cart) and show as
-- errors: run.sh makes enough buyers for the duration.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

local body = '{"customer_name": "Bench Buyer", "customer_email": "buyer@bench.example", ' ..
             '"customer_phone": "+1 555 0100", "shipping_address": "1 Bench Street", ' ..
             '"shipping_city": "Springfield", "shipping_state": "IL", "shipping_postal_code": "62701", ' ..
             '"shipping_country": "US"}'

function init(args)
  bench.count_statuses()
  local tokens = bench.lines("buyer_tokens.txt")
  local first, last = (os.getenv("BENCH_BUYERS") or ("2:" .. #tokens)):match("(%d+):(%d+)")
  first, last = tonumber(first), math.min(tonumber(last), #tokens)
  local index, count = bench.thread()
  local mine = math.floor((last - first - (index - 1)) / count) + 1
  bench.build(mine, function(i)
    local n = first + (index - 1) + (i - 1) * count
    return bench.format("POST", "/api/orders", tokens[n], body, {["Idempotency-Key"] = "bench-" .. n})
  end, function()
    return bench.format("POST", "/api/orders", tokens[1], body, {["Idempotency-Key"] = "bench-probe"})
  end)
end
