-- GET /api/admin/stats: the dashboard over 7, 30 or 90 days.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

local windows = {7, 30, 30, 30, 90}

function init(args)
  bench.count_statuses()
  local token = bench.lines("admin_token.txt")[1]
  bench.build(100, function()
    return bench.format("GET", "/api/admin/stats?days=" .. bench.pick(windows), token)
  end)
end
