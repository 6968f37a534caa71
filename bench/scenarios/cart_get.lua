-- GET /api/cart: customers with up to three lines in their carts, any of them at any time.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  local tokens = bench.lines("customer_tokens.txt")
  bench.build(bench.many, function() return bench.format("GET", "/api/cart", bench.pick(tokens)) end)
end
