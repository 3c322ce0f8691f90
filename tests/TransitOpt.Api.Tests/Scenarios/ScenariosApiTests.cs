using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Scenarios;

[Collection(RedisCollection.Name)]
public sealed class ScenariosApiTests(RedisServer redis)
{
    private const string Key = "scenario-key";

    [Fact]
    public async Task SavedScenario_ShouldSurviveARestart_InFiles()
    {
        var directory = Directory.CreateTempSubdirectory("transitopt-store-").FullName;
        var settings = Settings(("Scenarios:Directory", directory));
        using (var first = new TransitOptApi(null, settings: settings))
        {
            Assert.Equal(HttpStatusCode.Created, (await Client(first).PostAsJsonAsync("/api/v1/scenarios", Scenario("files-1", 2280))).StatusCode);
        }

        using var restarted = new TransitOptApi(null, settings: settings);
        var saved = await Client(restarted).GetFromJsonAsync<JsonObject>("/api/v1/scenarios/files-1");

        Assert.Equal(1, (int)saved!["version"]!);
        Assert.Empty(Directory.GetFiles(directory, "*.tmp"));
    }

    [Fact]
    public async Task SavedScenario_ShouldSurviveARestart_InRedis()
    {
        var id = $"redis-{Guid.NewGuid():n}"[..20];
        using (var first = new TransitOptApi(redis.ConnectionString, settings: Settings()))
        {
            Assert.Equal(HttpStatusCode.Created, (await Client(first).PostAsJsonAsync("/api/v1/scenarios", Scenario(id, 2280))).StatusCode);
        }

        using var restarted = new TransitOptApi(redis.ConnectionString, settings: Settings());
        var list = await Client(restarted).GetFromJsonAsync<JsonArray>("/api/v1/scenarios");

        Assert.Contains(list!, s => (string)s!["id"]! == id);
    }

    [Fact]
    public async Task RoutesOnAScenario_ShouldBeCachedApartFromTheBaseAndAfterEachPut()
    {
        using var api = new TransitOptApi(redis.ConnectionString, settings: Settings());
        using var client = Client(api);
        var id = $"cache-{Guid.NewGuid():n}"[..20];
        await client.PostAsJsonAsync("/api/v1/scenarios", Scenario(id, 2280));
        var request = new { origin = "Almaty", destination = "Dushanbe", modes = new[] { "rail" }, departure = "2026-03-03T08:00:00+05:00", includeGeometry = false, valueOfTimeUsdPerHour = 15.123456 };
        var onScenario = new { request.origin, request.destination, request.modes, request.departure, request.includeGeometry, request.valueOfTimeUsdPerHour, scenario = id };

        var basePlain = await client.PostAsJsonAsync("/api/v1/routes", request);
        var first = await client.PostAsJsonAsync("/api/v1/routes", onScenario);
        var again = await client.PostAsJsonAsync("/api/v1/routes", onScenario);
        var put = await client.PutAsJsonAsync($"/api/v1/scenarios/{id}", Scenario(id, 1500));
        var afterPut = await client.PostAsJsonAsync("/api/v1/routes", onScenario);

        Assert.Equal("MISS", first.Headers.GetValues("X-Cache").Single());
        Assert.NotEqual(basePlain.Headers.ETag, first.Headers.ETag);
        Assert.Equal("HIT", again.Headers.GetValues("X-Cache").Single());
        Assert.Equal(2, (int)JsonNode.Parse(await put.Content.ReadAsStringAsync())!["version"]!);
        Assert.Equal("MISS", afterPut.Headers.GetValues("X-Cache").Single());
        Assert.NotEqual(first.Headers.ETag, afterPut.Headers.ETag);
        Assert.Equal(id, (string?)JsonNode.Parse(await afterPut.Content.ReadAsStringAsync())!["scenario"]);
    }

    [Fact]
    public async Task ScenarioDeletedAndCreatedAgain_ShouldBeAnsweredOnItsNewContent()
    {
        using var api = new TransitOptApi(null, settings: Settings());
        using var client = Client(api);
        var id = $"again-{Guid.NewGuid():n}"[..20];
        var request = new { origin = "Almaty", destination = "Dushanbe", modes = new[] { "rail" }, departure = "2026-03-03T08:00:00+05:00", includeGeometry = false, alternatives = 1, scenario = id };
        var closed = new { id, name = "Saryagash closed", description = "test", changes = new[] { new { op = "closeCrossing", target = "BCP-SARYAGASH-KELES-RAIL" } } };

        await client.PostAsJsonAsync("/api/v1/scenarios", closed);
        var whileClosed = JsonNode.Parse(await (await client.PostAsJsonAsync("/api/v1/routes", request)).Content.ReadAsStringAsync())!;
        await client.DeleteAsync($"/api/v1/scenarios/{id}");
        await client.PostAsJsonAsync("/api/v1/scenarios", Scenario(id, 1995));
        var reopened = JsonNode.Parse(await (await client.PostAsJsonAsync("/api/v1/routes", request)).Content.ReadAsStringAsync())!;

        Assert.DoesNotContain("Saryagash", (string)whileClosed["routes"]![0]!["summary"]!, StringComparison.Ordinal);
        Assert.Contains("Saryagash", (string)reopened["routes"]![0]!["summary"]!, StringComparison.Ordinal);
        Assert.NotEqual((string)whileClosed["networkVersion"]!, (string)reopened["networkVersion"]!);
    }

    [Fact]
    public async Task ManyScenarios_ShouldKeepABoundedNumberOfNetworksBuilt()
    {
        using var api = new TransitOptApi(null, settings: Settings());
        using var client = Client(api);
        var networks = api.Services.GetRequiredService<TransitOpt.Api.Scenarios.ScenarioNetworks>();

        for (var i = 0; i < 2 * TransitOpt.Api.Scenarios.ScenarioNetworks.MaxNetworks; i++)
        {
            var id = $"bound-{i}-{Guid.NewGuid():n}"[..20];
            await client.PostAsJsonAsync("/api/v1/scenarios", Scenario(id, 1000 + i));
            var route = await client.PostAsJsonAsync("/api/v1/routes", new { origin = "Almaty", destination = "Dushanbe", modes = new[] { "rail" }, alternatives = 1, includeGeometry = false, scenario = id });
            Assert.Equal(HttpStatusCode.OK, route.StatusCode);
        }

        Assert.InRange(networks.BuiltCount, 1, TransitOpt.Api.Scenarios.ScenarioNetworks.MaxNetworks);
    }

    [Theory]
    [InlineData("""{ "id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "name": "x", "changes": [] }""", "id", "1 to 100 lower-case letters")]
    [InlineData("""{ "id": "dup-keys", "name": "x", "changes": [ { "op": "addLink", "feature": { "type": "Feature", "properties": { "id": "ROAD-X", "id": "ROAD-Y" }, "geometry": { "type": "LineString", "coordinates": [[69, 41], [69.1, 41.1]] } } } ] }""", "changes[0].feature", "same key")]
    [InlineData("""{ "id": "null-change", "name": "x", "changes": [ null ] }""", "changes[0]", "a change is null")]
    [InlineData("""{ "id": "bad-op", "name": "x", "changes": [ { "op": "explode", "target": "BCP-KAZYGURT-ROAD" } ] }""", "changes[0].op", "use one of closeCrossing")]
    public async Task MalformedScenario_ShouldBe400NamingTheField_NeverA500(string body, string field, string reason)
    {
        using var api = new TransitOptApi(null, settings: Settings());
        using var client = Client(api);

        var response = await client.PostAsync("/api/v1/scenarios", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var messages = JsonNode.Parse(text)!["errors"]![field]!.AsArray().Select(m => (string)m!);
        Assert.Contains(messages, m => m.Contains(reason, StringComparison.Ordinal));
        Assert.DoesNotContain("TransitOpt.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ConcurrentWrites_ShouldHaveOneWinnerOrDistinctVersions_NeverALostUpdate(bool onRedis)
    {
        using var api = new TransitOptApi(onRedis ? redis.ConnectionString : null, settings: Settings());
        using var client = Client(api);
        var id = $"race-{Guid.NewGuid():n}"[..20];

        // Ten creates of one id: one 201, the others 409 (or 503 with Retry-After when Redis is slower than its 1 s
        // timeout on a loaded machine: refused, not lost).
        var creates = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.PostAsJsonAsync("/api/v1/scenarios", Scenario(id, 1000 + i))));
        Assert.Equal(1, creates.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(creates.Where(r => r.StatusCode != HttpStatusCode.Created), Refused(HttpStatusCode.Conflict));

        // Twenty replacements of version 1 with If-Match: one 200, the others 412 (or 503).
        var get = await client.GetAsync($"/api/v1/scenarios/{id}");
        var etag = get.Headers.ETag!.Tag;
        var guarded = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
        {
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/scenarios/{id}") { Content = JsonContent.Create(Scenario(id, 1100 + i)) };
            put.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
            return client.SendAsync(put);
        }));
        Assert.Equal(1, guarded.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(guarded.Where(r => r.StatusCode != HttpStatusCode.OK), Refused(HttpStatusCode.PreconditionFailed));

        // Twenty replacements without If-Match: every one that lands has its own version, 3 onwards, none lost.
        var unguarded = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.PutAsJsonAsync($"/api/v1/scenarios/{id}", Scenario(id, 1200 + i))));
        var landed = unguarded.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        Assert.All(unguarded.Where(r => r.StatusCode != HttpStatusCode.OK), Refused(HttpStatusCode.ServiceUnavailable));
        Assert.True(landed.Count >= 15, $"only {landed.Count} of 20 replacements landed");
        var versions = await Task.WhenAll(landed.Select(async r => (int)JsonNode.Parse(await r.Content.ReadAsStringAsync())!["version"]!));
        Assert.Equal(Enumerable.Range(3, landed.Count), versions.Order());
        Assert.Equal(2 + landed.Count, (int)JsonNode.Parse(await client.GetStringAsync($"/api/v1/scenarios/{id}"))!["version"]!);
    }

    [Fact]
    public async Task RedisNotAnswering_ShouldGiveScenarioWrites503WithRetryAfter_NotA500()
    {
        using var api = new TransitOptApi(redis.ConnectionString, settings: Settings());
        using var client = Client(api);
        var id = $"frozen-{Guid.NewGuid():n}"[..20];
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/scenarios", Scenario(id, 900))).StatusCode);

        // A frozen server keeps its connections but answers nothing: commands end in RedisTimeoutException.
        redis.Pause();
        HttpResponseMessage put;
        try
        {
            put = await client.PutAsJsonAsync($"/api/v1/scenarios/{id}", Scenario(id, 901));
        }
        finally
        {
            redis.Resume();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(put.Headers.RetryAfter);
    }

    [Fact]
    public async Task ReadyMadeScenarios_ShouldBeInTheStoreAndUsableForRoutes()
    {
        using var api = new TransitOptApi(null, settings: Settings());
        using var client = Client(api);

        var list = await client.GetFromJsonAsync<JsonArray>("/api/v1/scenarios");
        var route = await client.PostAsJsonAsync("/api/v1/routes", new { origin = "Shymkent", destination = "Tashkent", modes = new[] { "rail" }, scenario = "darbaza-maktaaral-open", includeGeometry = false });

        Assert.Contains(list!, s => (string)s!["id"]! == "darbaza-maktaaral-open");
        Assert.Contains(list!, s => (string)s!["id"]! == "saryagash-keles-40-pairs");
        Assert.Equal(HttpStatusCode.OK, route.StatusCode);
    }

    [Fact]
    public async Task RedisAwayAtStartUp_ShouldDegradeReadiness_ServeRoutes_AndRefuseScenariosWith503()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var deadPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var api = new TransitOptApi($"127.0.0.1:{deadPort},abortConnect=false,connectTimeout=500,syncTimeout=500,asyncTimeout=500", settings: Settings());
        using var client = Client(api);

        var ready = await client.GetStringAsync("/health/ready");
        var plain = await client.PostAsJsonAsync("/api/v1/routes", new { origin = "Almaty", destination = "Tashkent", includeGeometry = false });
        var onScenario = await client.PostAsJsonAsync("/api/v1/routes", new { origin = "Almaty", destination = "Tashkent", scenario = "saryagash-keles-40-pairs" });

        Assert.Equal("Degraded", ready);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, onScenario.StatusCode);
        Assert.Equal("application/problem+json", onScenario.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(onScenario.Headers.RetryAfter);
    }

    [Theory]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("UPPER")]
    public async Task IdThatIsNoScenarioId_ShouldBeNotFoundWithoutTouchingFiles(string id)
    {
        using var api = new TransitOptApi(null, settings: Settings());
        using var client = Client(api);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/scenarios/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/scenarios/{id}")).StatusCode);
    }

    [Fact]
    public async Task InvalidScenario_ShouldBe400NamingTheChange()
    {
        using var api = new TransitOptApi(null, settings: Settings());
        var scenario = new
        {
            id = "bad",
            name = "Bad",
            description = "",
            changes = new object[]
            {
                new { op = "setFee", target = "BCP-KARAMYK-ROAD", value = 10 },
                new { op = "closeLink", target = "RAIL-NOWHERE" },
            },
        };

        var response = await Client(api).PostAsJsonAsync("/api/v1/scenarios", scenario);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!;
        Assert.Contains("is not a link", (string)errors["changes[1].target"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletedScenario_ShouldBeGone()
    {
        using var api = new TransitOptApi(null, settings: Settings());
        using var client = Client(api);
        await client.PostAsJsonAsync("/api/v1/scenarios", Scenario("gone", 2000));

        var deleted = await client.DeleteAsync("/api/v1/scenarios/gone");
        var after = await client.GetAsync("/api/v1/scenarios/gone");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task LargeEvaluation_ShouldBecomeAJobWhoseComparisonCanBeFetched()
    {
        using var api = new TransitOptApi(null, settings: Settings(("Limits:SynchronousPlanShipments", "0")));
        using var client = Client(api);
        var demand = new
        {
            shipments = new[] { new { id = "GRAIN", origin = "Almaty", destination = "Dushanbe", cargo = new { kind = "bulk", quantity = 8, unit = "wagons" }, ready = "2026-03-02", due = "2026-03-12" } },
            timeLimitSeconds = 20,
        };

        var accepted = await client.PostAsJsonAsync("/api/v1/scenarios/saryagash-keles-40-pairs/evaluation", demand);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var job = await JobPolling.Finished(client, accepted.Headers.Location!.ToString());

        Assert.Equal("succeeded", (string)job["status"]!);
        Assert.Equal("evaluation", (string)job["kind"]!);
        Assert.NotNull(job["comparison"]!["delta"]);
        Assert.Null(job["result"]);
    }

    [Fact]
    public async Task EvaluationWithATargetGapAboveFiftyPercent_ShouldBe400NamingIt()
    {
        using var api = new TransitOptApi(null, settings: Settings());

        var response = await Client(api).PostAsJsonAsync("/api/v1/scenarios/saryagash-keles-40-pairs/evaluation", new { demand = "small-example", targetGapPercent = 51 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["targetGapPercent"]);
    }

    [Fact]
    public async Task Evaluation_ClosingTheUzbekTajikRailJunctions_ShouldShowTheGrainMovingOff()
    {
        using var api = new TransitOptApi(null, settings: Settings());
        using var client = Client(api);
        var closures = new[] { "BCP-BEKABAD-KHUJAND-RAIL", "BCP-KOKAND-KANIBADAM-RAIL", "BCP-KUDUKLI-PAKHTAOBOD-RAIL", "BCP-AMUZANG-KHOSHADI-RAIL" }
            .Select(c => new { op = "closeCrossing", target = c });
        await client.PostAsJsonAsync("/api/v1/scenarios", new { id = "uz-tj-rail-closed", name = "UZ–TJ rail closed", description = "", changes = closures });
        var demand = new
        {
            shipments = new[] { new { id = "GRAIN", origin = "Almaty", destination = "Dushanbe", cargo = new { kind = "bulk", quantity = 8, unit = "wagons" }, ready = "2026-03-02", due = "2026-03-12" } },
            timeLimitSeconds = 20,
        };

        var response = await client.PostAsJsonAsync("/api/v1/scenarios/uz-tj-rail-closed/evaluation", demand);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var comparison = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var changed = comparison["changedShipments"]!.AsArray().Single()!;
        Assert.Equal("GRAIN", (string)changed["id"]!);
        Assert.Contains("Rail via", (string)changed["baseline"]![0]!, StringComparison.Ordinal);
        Assert.True((double)comparison["delta"]!["totalCostUsd"]! > 0);
    }

    private static object Scenario(string id, int saryagashWagons) => new
    {
        id,
        name = "Saryagash capacity",
        description = "test",
        changes = new[] { new { op = "setCapacity", target = "BCP-SARYAGASH-KELES-RAIL", value = saryagashWagons } },
    };

    private static Dictionary<string, string> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string> { ["Auth:ApiKeys:0"] = Key };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static HttpClient Client(TransitOptApi api)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    /// <summary>A write that did not win: the expected refusal, or 503 with Retry-After when Redis timed out.</summary>
    private static Action<HttpResponseMessage> Refused(HttpStatusCode expected) => r =>
    {
        Assert.Contains(r.StatusCode, new[] { expected, HttpStatusCode.ServiceUnavailable });
        if (r.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            Assert.NotNull(r.Headers.RetryAfter);
        }
    };
}
