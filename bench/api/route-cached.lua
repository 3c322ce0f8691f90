-- The same route request every time: served from the cache after the first.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"origin":"Almaty","destination":"Dushanbe","departure":"2026-03-03T08:00:00+05:00","includeGeometry":false}'
