-- GET /api/products: the catalog's pages in every sort order, 20 per page.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

local sorts = {"newest", "newest", "newest", "price_asc", "price_desc", "name_asc"}

function init(args)
  bench.build(5000, function()
    return bench.format("GET", string.format("/api/products?page=%d&size=20&sort=%s", math.random(50), bench.pick(sorts)))
  end)
end
