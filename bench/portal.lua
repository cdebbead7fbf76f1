-- wrk script for bench/portal.sh: paced requests (about RATE per second over all connections) to
-- random leaflet pages, or to searches, given by MODE.
local rate = tonumber(os.getenv("RATE") or "200")
local conns = tonumber(os.getenv("CONNS") or "8")
local mode = os.getenv("MODE") or "leaflet"
local min_id = tonumber(os.getenv("MIN_ID") or "1")
local max_id = tonumber(os.getenv("MAX_ID") or "10000")
local languages = {"en", "ru", "tg", "fa-AF", "ps", "ur", "bn", "ar"}
local queries = {
  {"en", "visa%20employer"}, {"en", "recruitment%20fees"}, {"ru", "%D0%B2%D0%B8%D0%B7%D0%B0"},
  {"ru", "%D1%80%D0%B0%D0%B1%D0%BE%D1%82%D0%BE%D0%B4%D0%B0%D1%82%D0%B5%D0%BB%D1%8C"},
  {"fa-AF", "%D9%88%DB%8C%D8%B2%D9%87"}, {"fa-AF", "%DA%A9%D8%A7%D8%B1%D9%81%D8%B1%D9%85%D8%A7"},
  {"ar", "%D8%AA%D8%A3%D8%B4%D9%8A%D8%B1%D8%A9"}, {"bn", "%E0%A6%AD%E0%A6%BF%E0%A6%B8%E0%A6%BE"}
}

function delay()
  return 1000 * conns / rate
end

request = function()
  if mode == "search" then
    local q = queries[math.random(#queries)]
    return wrk.format("GET", "/portal/leaflets?in=" .. q[1] .. "&q=" .. q[2])
  elseif mode == "static" then
    return wrk.format("GET", os.getenv("CSS"))
  end
  local id = math.random(min_id, max_id)
  return wrk.format("GET", "/portal/leaflets/" .. id .. "/" .. languages[math.random(#languages)])
end
