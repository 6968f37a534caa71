-- GET /api/products/slug/{slug}: the active products, by popularity (bench.popular), each thread
-- with its own draw of as many requests as a run sends.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  local pick = bench.popular(bench.lines("product_slugs.txt"))
  bench.build(bench.many, function() return bench.format("GET", "/api/products/slug/" .. pick()) end)
end
