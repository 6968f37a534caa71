-- GET /api/products with filters: a category, a price band, in stock, sorted by price.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

local bands = {{0, 50}, {50, 100}, {100, 200}, {200, 500}}
local sorts = {"price_asc", "price_desc", "newest"}

function init(args)
  local categories = bench.lines("category_slugs.txt")
  bench.build(bench.many, function()
    local band = bench.pick(bands)
    return bench.format("GET", string.format(
      "/api/products?category=%s&min_price=%d&max_price=%d&in_stock=true&sort=%s&page=%d&size=20",
      bench.pick(categories), band[1], band[2], bench.pick(sorts), math.random(2)))
  end)
end
