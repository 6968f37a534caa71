-- POST /api/auth/login: customers sign in with the right password (one bcrypt verification each).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")

function init(args)
  bench.count_statuses()
  local emails = bench.lines("customer_emails.txt")
  local password = os.getenv("BENCH_PASSWORD")
  bench.build(1000, function()
    return bench.format("POST", "/api/auth/login", nil,
                        string.format('{"email": "%s", "password": "%s"}', bench.pick(emails), password))
  end)
end
