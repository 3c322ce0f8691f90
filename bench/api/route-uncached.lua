-- A different request each time (another value of time), so every one misses the cache and runs the route search.
local counter = 0
request = function()
  counter = counter + 1
  local body = string.format('{"origin":"Almaty","destination":"Dushanbe","departure":"2026-03-03T08:00:00+05:00","includeGeometry":false,"valueOfTimeUsdPerHour":%d.%06d}', 15 + (counter % 50), math.random(0, 999999))
  return wrk.format("POST", "/api/v1/routes", {["Content-Type"] = "application/json"}, body)
end
