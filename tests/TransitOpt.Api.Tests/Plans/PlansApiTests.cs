using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Plans;

public sealed class PlansApiTests : IDisposable
{
    private const string Key = "test-key-7f3a";
    private readonly TransitOptApi _api = new(null, settings: new Dictionary<string, string>
    {
        ["Auth:ApiKeys:0"] = Key,
        ["Limits:SynchronousPlanShipments"] = "3",
    });

    [Fact]
    public async Task WithoutAKey_ShouldBe401_AndWithAWrongKey403()
    {
        using var client = _api.CreateClient();

        var none = await client.PostAsJsonAsync("/api/v1/plans", Small(2));
        client.DefaultRequestHeaders.Add("X-Api-Key", "wrong");
        var wrong = await client.PostAsJsonAsync("/api/v1/plans", Small(2));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/v1/plans", "{ not json")]
    [InlineData("POST", "/api/v1/plans", "")]
    [InlineData("PUT", "/api/v1/scenarios/anything", "[1, 2")]
    public async Task BadBodyWithoutAKey_ShouldBe401BeforeTheBodyIsRead(string method, string path, string body)
    {
        using var client = _api.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("errors", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmallPlan_ShouldBeAnsweredAtOnceWithinEveryCapacity()
    {
        using var client = Authorised();

        var response = await client.PostAsJsonAsync("/api/v1/plans", Small(2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains((string)plan["status"]!, new[] { "optimal", "feasible" });
        Assert.Equal("greedy", (string)plan["baseline"]!["method"]!);
        Assert.All(plan["utilisation"]!.AsArray(), u => Assert.True((int)u!["used"]! <= (int)u["capacity"]!));
    }

    [Fact]
    public async Task LargePlan_ShouldBecomeAJobThatSucceeds()
    {
        using var client = Authorised();

        var accepted = await client.PostAsJsonAsync("/api/v1/plans", Small(5));

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Headers.Location!.ToString();
        Assert.StartsWith("/api/v1/plans/", location, StringComparison.Ordinal);
        var job = await JobPolling.Finished(client, location);

        Assert.Equal("succeeded", (string)job["status"]!);
        Assert.Equal(5, (int)job["shipments"]!);
        Assert.Equal(5, job["result"]!["shipments"]!.AsArray().Count);
    }

    [Fact]
    public async Task SeasonsDemandInline_ShouldBeAccepted_WhileARouteRequestThatSizeIsRefused()
    {
        // A season's demand, 20,000 shipments, sent as shipments rather than by name: 4.7 MB as compact JSON, over the
        // 2 MB every other endpoint takes, and accepted as a job (cancelled here: the test is about the door, not the solve).
        using var client = Authorised();
        // As the demand file has them, commodities in shippers' words too (aluminium, diesel).
        var season = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TransitOptApi.BundledData, "demand", "season-20000.json")))!;
        var body = new JsonObject { ["shipments"] = season["shipments"]!.DeepClone(), ["horizonDays"] = 30 }.ToJsonString();

        var accepted = await client.PostAsync("/api/v1/plans", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var location = accepted.Headers.Location?.ToString();
        var cancelled = location is null ? null : await client.DeleteAsync(location);
        var route = await client.PostAsync("/api/v1/routes", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var tooLarge = await client.PostAsync("/api/v1/plans", new StringContent(body + new string(' ', 17 * 1024 * 1024), System.Text.Encoding.UTF8, "application/json"));

        Assert.True(body.Length > 4 * 1024 * 1024, $"the season's demand took only {body.Length} bytes");
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        Assert.Equal(20_000, (int)JsonNode.Parse(await accepted.Content.ReadAsStringAsync())!["shipments"]!);
        Assert.Equal(HttpStatusCode.Accepted, cancelled?.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, route.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("at most 16777216", (string)JsonNode.Parse(await tooLarge.Content.ReadAsStringAsync())!["detail"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "shipments": [ { "id": "A", "origin": "Almaty", "destination": "Dushanbe", "ready": "2026-03-05", "due": "2026-03-02" } ] }""", "shipments[0].due")]
    [InlineData("""{ "shipments": [ { "id": "A", "origin": "Atlantis", "destination": "Dushanbe", "ready": "2026-03-02", "due": "2026-03-06" } ] }""", "shipments[0].origin")]
    [InlineData("""{ "shipments": [ { "id": "A", "origin": "Almaty", "destination": "Dushanbe", "ready": "3 March", "due": "2026-03-06" } ] }""", "shipments[0].ready")]
    [InlineData("""{ "shipments": [ { "id": "A", "origin": "Almaty", "destination": "Dushanbe", "ready": "9999-03-02", "due": "9999-03-06" } ] }""", "shipments[0].ready")]
    [InlineData("""{ "shipments": [ { "id": "A", "origin": "Almaty", "destination": "Dushanbe", "ready": "2026-03-02", "due": "2026-03-06", "unservedPenaltyUsd": 1E400 } ] }""", "shipments[0].unservedPenaltyUsd")]
    [InlineData("""{ "shipments": [ null ] }""", "shipments[0]")]
    [InlineData("""{ "demand": "no-such-set" }""", "demand")]
    [InlineData("""{ }""", "shipments")]
    [InlineData("""{ "demand": "small-example", "horizonDays": 90 }""", "horizonDays")]
    [InlineData("""{ "demand": "small-example", "timeLimitSeconds": 0 }""", "timeLimitSeconds")]
    [InlineData("""{ "demand": "small-example", "targetGapPercent": -1 }""", "targetGapPercent")]
    [InlineData("""{ "demand": "small-example", "targetGapPercent": 51 }""", "targetGapPercent")]
    [InlineData("""{ "demand": "small-example", "targetGapPercent": "NaN" }""", "targetGapPercent")]
    public async Task BadPlanRequest_ShouldBe400NamingTheField(string body, string field)
    {
        using var client = Authorised();

        var response = await client.PostAsync("/api/v1/plans", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task JobThatBreaksThePlanner_ShouldFailWithTheReason_AndTheWorkerShouldGoOn()
    {
        using var client = Authorised();
        var jobs = _api.Services.GetRequiredService<TransitOpt.Api.Plans.IPlanJobs>();

        // No shipments object at all: the planner throws an exception no validation foresees, inside the worker.
        var broken = (await jobs.SubmitAsync(new TransitOpt.Api.Plans.JobRequest(TransitOpt.Api.Plans.JobRequest.Plan, null, null!, 10, Network.EtaQuantile.P50)))!;
        var accepted = await client.PostAsJsonAsync("/api/v1/plans", Small(5));

        var failed = await JobPolling.Finished(client, $"/api/v1/plans/{broken.Id}");
        var next = await JobPolling.Finished(client, accepted.Headers.Location!.ToString());
        Assert.Equal("failed", (string)failed["status"]!);
        Assert.Contains("the planner failed on this job", (string)failed["error"]!, StringComparison.Ordinal);
        Assert.Equal("succeeded", (string)next["status"]!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task SamePlanRequestWithAWorkLimit_ShouldGiveTheSamePlan_AndABadLimitA400()
    {
        using var client = Authorised();
        var request = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Small(3)))!;
        request["workLimit"] = 40;
        var bad = request.DeepClone();
        bad["workLimit"] = 0;

        var first = JsonNode.Parse(await (await client.PostAsJsonAsync("/api/v1/plans", request)).Content.ReadAsStringAsync())!;
        var second = JsonNode.Parse(await (await client.PostAsJsonAsync("/api/v1/plans", request)).Content.ReadAsStringAsync())!;
        var refused = await client.PostAsJsonAsync("/api/v1/plans", bad);

        Assert.Equal(first["shipments"]!.ToJsonString(), second["shipments"]!.ToJsonString());
        Assert.Equal((double)first["objectiveUsd"]!, (double)second["objectiveUsd"]!);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull(JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]!["workLimit"]);
    }

    [Fact]
    public async Task PlanWithALooseTargetGap_ShouldStopWithinItInFewerRoundsThanAtZero()
    {
        using var client = Authorised();

        // small-example has 14 shipments: both plans run as jobs, so the target is carried through the job's request.
        var loose = await PlanJob(client, new { demand = "small-example", targetGapPercent = 5 });
        var exact = await PlanJob(client, new { demand = "small-example", targetGapPercent = 0 });

        Assert.Equal("succeeded", (string)loose["status"]!);
        Assert.Equal("succeeded", (string)exact["status"]!);
        Assert.True((double)loose["result"]!["gap"]! <= 0.05, $"gap {loose["result"]!["gap"]} above the 5 % target");
        Assert.True((int)loose["result"]!["iterations"]! < (int)exact["result"]!["iterations"]!, $"{loose["result"]!["iterations"]} rounds at 5 %, {exact["result"]!["iterations"]} at 0 %");
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-02")]
    [InlineData("2026-03-02T22:00:00+03:00", "2026-03-03")]
    [InlineData("2026-03-02T18:59:00Z", "2026-03-02")]
    [InlineData("2026-03-02T19:00:00Z", "2026-03-03")]
    [InlineData("2026-03-02T23:30", "2026-03-02")]
    public void ShipmentDay_GivenAsADateTime_ShouldCountForItsDayInCorridorTime(string given, string day)
    {
        var shipment = System.Text.Json.JsonSerializer.Deserialize<TransitOpt.Api.Contracts.Plans.ShipmentInput>($$"""{ "ready": "{{given}}", "due": "{{given}}" }""", System.Text.Json.JsonSerializerOptions.Web)!;

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), shipment.Ready);
        Assert.Equal(shipment.Ready, shipment.Due);
    }

    [Fact]
    public async Task LongPollBeyondItsLimit_ShouldBe400()
    {
        using var client = Authorised();

        var response = await client.GetAsync("/api/v1/plans/anything?waitSeconds=99");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("waitSeconds must be 0 to 25", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _api.Dispose();

    private static async Task<JsonNode> PlanJob(HttpClient client, object request)
    {
        var accepted = await client.PostAsJsonAsync("/api/v1/plans", request);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        return await JobPolling.Finished(client, accepted.Headers.Location!.ToString());
    }

    private HttpClient Authorised()
    {
        var client = _api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    private static object Small(int count) => new
    {
        shipments = Enumerable.Range(0, count).Select(i => new
        {
            id = $"S{i}",
            origin = i % 2 == 0 ? "Kostanay" : "Almaty",
            destination = "Dushanbe",
            cargo = new { kind = "bulk", quantity = 5 + i, unit = "wagons" },
            ready = "2026-03-02",
            due = "2026-03-14",
        }),
        horizonDays = 14,
        timeLimitSeconds = 20,
    };
}
