-- GET /api/health: the server's floor (routing, one trivial database round trip).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  bench.build(1, function() return bench.format("GET", "/api/health") end)
end
