-- GET /api/products/{id}: any of the active products.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  local ids = bench.lines("product_ids.txt")
  bench.build(10000, function() return bench.format("GET", "/api/products/" .. bench.pick(ids)) end)
end
