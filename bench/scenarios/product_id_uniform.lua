-- GET /api/products/{id}: every active product equally likely, the path of a cold cache (a
-- crawler walking the catalog), each thread with its own draw of as many requests as a run sends.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  local ids = bench.lines("product_ids.txt")
  bench.build(bench.many, function() return bench.format("GET", "/api/products/" .. bench.pick(ids)) end)
end
