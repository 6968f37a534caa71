-- POST /api/cart: customers add one of any active product (stock is ample).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  bench.count_statuses()
  local tokens = bench.lines("customer_tokens.txt")
  local ids = bench.lines("stocked_ids.txt")
  bench.build(5000, function()
    return bench.format("POST", "/api/cart", bench.pick(tokens),
                        string.format('{"product_id": %s, "quantity": 1}', bench.pick(ids)))
  end)
end
