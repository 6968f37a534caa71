-- GET /api/products/{id}: the active products, by popularity (bench.popular), each thread with
-- its own draw of as many requests as a run sends.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  local pick = bench.popular(bench.lines("product_ids.txt"))
  bench.build(bench.many, function() return bench.format("GET", "/api/products/" .. pick()) end)
end
