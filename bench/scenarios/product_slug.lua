-- GET /api/products/slug/{slug}: any of the active products.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  local slugs = bench.lines("product_slugs.txt")
  bench.build(10000, function() return bench.format("GET", "/api/products/slug/" .. bench.pick(slugs)) end)
end
