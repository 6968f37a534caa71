-- Shared by every scenario (loaded with dofile): the data files the bench wrote, a table of
-- requests built once per thread, the probe mode and the result line that run.sh reads.
--
-- Environment: BENCH_DATA (the folder with the data files), BENCH_THREADS (wrk's -t),
-- BENCH_PROBE (a path prefix: send one request, keep its status and body there, stop),
-- BENCH_CEILING_PATH (send every request to this path instead: the nginx ceiling).
bench = {}

local data_dir = os.getenv("BENCH_DATA")
local probe = os.getenv("BENCH_PROBE")
local ceiling_path = os.getenv("BENCH_CEILING_PATH")
local thread_count = tonumber(os.getenv("BENCH_THREADS") or "1")
local requests = {}
local next_request = 1

-- The lines of a data file, as a list of strings.
function bench.lines(name)
  local list = {}
  for line in io.lines(data_dir .. "/" .. name) do
    if line ~= "" then list[#list + 1] = line end
  end
  assert(#list > 0, "no data in " .. name)
  return list
end

function bench.pick(list)
  return list[math.random(#list)]
end

-- A picker of list items by popularity, as shoppers pick products: the item of popularity rank r
-- comes with weight 1/r (Zipf, s = 1), so over 100 000 products the 1 000 most popular take about
-- 60 % of the picks and every product is picked now and then. Ranks are spread over the list (not
-- its first items) by a fixed permutation, the same in every thread.
function bench.popular(list)
  local n = #list
  local step = 7919  -- a prime: rank r goes to (r * step) mod n, one-to-one unless n is a multiple
  while n % step == 0 do step = step + 2 end
  local cumulative, total = {}, 0
  for rank = 1, n do
    total = total + 1 / rank
    cumulative[rank] = total
  end
  return function()
    local target, low, high = math.random() * total, 1, n
    while low < high do
      local middle = math.floor((low + high) / 2)
      if cumulative[middle] < target then low = middle + 1 else high = middle end
    end
    return list[(low * step) % n + 1]
  end
end

-- One HTTP request. A JSON body gets its Content-Type; a token its Authorization header.
function bench.format(method, path, token, body, extra_headers)
  local headers = {}
  if token then headers["Authorization"] = "Bearer " .. token end
  if body then headers["Content-Type"] = "application/json" end
  for name, value in pairs(extra_headers or {}) do headers[name] = value end
  return wrk.format(method, ceiling_path or path, headers, body)
end

-- As many requests as one thread sends in a run at the rates this machine reaches, for scenarios
-- whose answers the API may cache: a request table that cycled would show it the same few
-- thousand requests again and again.
bench.many = 200000

-- Builds this thread's requests: make(i) for i = 1..count, then request() cycles through them.
-- In probe mode only the probe's own request, probe_make() when given (so a probe never uses up
-- what the run needs, such as a buyer's cart).
function bench.build(count, make, probe_make)
  math.randomseed(7919 * (thread_index or 1) + 17)
  if probe then
    requests = {(probe_make or make)(1)}
    return
  end
  for i = 1, count do requests[i] = make(i) end
end

-- This thread's position (1-based) and the number of threads, to split per-user work.
function bench.thread()
  return thread_index or 1, thread_count
end

-- setup() and done() share one Lua state, apart from the threads'.
local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_index", #threads)
end

-- Counts the answers by status (for scenarios whose errors need telling apart: it costs a Lua call
-- per response, so the fast read scenarios go without). done() prints the counts.
function bench.count_statuses()
  if probe then return end
  statuses = {}
  response = function(status)
    local key = tostring(status)
    statuses[key] = (statuses[key] or 0) + 1
  end
end

function request()
  local r = requests[next_request]
  next_request = next_request % #requests + 1
  return r
end

if probe then
  function response(status, headers, body)
    local f = io.open(probe .. ".status", "w")
    f:write(tostring(status))
    f:close()
    f = io.open(probe .. ".body", "wb")
    f:write(body or "")
    f:close()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests_stats)
  local counts, keys = {}, {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses") or {}) do
      if not counts[status] then keys[#keys + 1] = status end
      counts[status] = (counts[status] or 0) + count
    end
  end
  if #keys > 0 then
    table.sort(keys)
    local parts = {}
    for _, status in ipairs(keys) do parts[#parts + 1] = status .. "×" .. counts[status] end
    io.write("BENCH_STATUSES " .. table.concat(parts, ", ") .. "\n")
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH_RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d status_errors=%d socket_errors=%d bytes=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout, summary.bytes))
end
