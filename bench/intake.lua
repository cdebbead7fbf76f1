-- wrk script for bench/intake.sh: every request is a new inquiry with its own Idempotency-Key.
-- The token comes from the environment (SAFAR_TOKEN).
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  token = os.getenv("SAFAR_TOKEN")
  math.randomseed(os.time() * 1000 + tid)
  prefix = string.format("wrk-%d-%d-%d", os.time(), tid, math.random(1, 1000000000))
end

function request()
  counter = counter + 1
  local key = prefix .. "-" .. counter
  local body = '{"channel":"WHATSAPP","language":"ps","question":"Load test inquiry ' .. key .. '"}'
  return wrk.format("POST", "/api/v1/inquiries", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = key
  }, body)
end

function response(status, headers, body)
  if status ~= 201 then
    failed = (failed or 0) + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("wrk: %d requests, %d non-2xx/socket errors\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
