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

-- One HTTP request. A JSON body gets its Content-Type; a token its Authorization header.
function bench.format(method, path, token, body, extra_headers)
  local headers = {}
  if token then headers["Authorization"] = "Bearer " .. token end
  if body then headers["Content-Type"] = "application/json" end
  for name, value in pairs(extra_headers or {}) do headers[name] = value end
  return wrk.format(method, ceiling_path or path, headers, body)
end

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

local thread_counter = 0
function setup(thread)
  thread_counter = thread_counter + 1
  thread:set("thread_index", thread_counter)
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
  local e = summary.errors
  io.write(string.format(
    "BENCH_RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d status_errors=%d socket_errors=%d bytes=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout, summary.bytes))
end
