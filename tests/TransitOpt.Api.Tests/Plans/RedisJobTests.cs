using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Plans;

/// <summary>Jobs on Redis in-process, each test on a redis-server of its own: retention by the injected clock, queue bound, dequeue on cancel.</summary>
public sealed class RedisJobTests : IDisposable
{
    private const string Key = "redis-jobs-key";
    private readonly RedisServer _redis = new();

    [Fact]
    public async Task FinishedJob_ShouldBeForgottenAfterItsRetention_ByTheApiClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var api = new TransitOptApi(_redis.ConnectionString, settings: Settings(new() { ["Jobs:RunWorker"] = "false", ["Limits:FinishedJobMinutes"] = "60" }));
        using var clocked = api.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var worker = new TransitOptApi(_redis.ConnectionString, settings: Settings(new()));
        using var client = Client(clocked);
        _ = worker.Services;

        var location = (await client.PostAsJsonAsync("/api/v1/plans", PlanJobLimitsTests.Plan(2))).Headers.Location!.ToString();
        var job = await JobPolling.Finished(client, location);
        clock.Advance(TimeSpan.FromMinutes(59));
        var stillThere = await client.GetAsync(location);
        clock.Advance(TimeSpan.FromMinutes(2));
        var gone = await client.GetAsync(location);

        Assert.Equal("succeeded", (string)job["status"]!);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task WithNoWorker_TheQueueShouldBeBounded_AndACancelledJobShouldLeaveTheStream()
    {
        using var api = new TransitOptApi(_redis.ConnectionString, settings: Settings(new() { ["Jobs:RunWorker"] = "false", ["Limits:QueuedPlanJobs"] = "1" }));
        using var client = Client(api);

        var accepted = await client.PostAsJsonAsync("/api/v1/plans", PlanJobLimitsTests.Plan(2));
        var refused = await client.PostAsJsonAsync("/api/v1/plans", PlanJobLimitsTests.Plan(3));
        var queued = _redis.Command("XLEN transitopt:jobs");
        var cancel = await client.DeleteAsync(accepted.Headers.Location);
        var job = JsonNode.Parse(await client.GetStringAsync(accepted.Headers.Location))!;
        var afterCancel = _redis.Command("XLEN transitopt:jobs");
        var again = await client.PostAsJsonAsync("/api/v1/plans", PlanJobLimitsTests.Plan(3));

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(":1\r\n", queued);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("cancelled", (string)job["status"]!);
        Assert.Equal(":0\r\n", afterCancel);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
    }

    public void Dispose() => _redis.Dispose();

    private static Dictionary<string, string> Settings(Dictionary<string, string> extra)
    {
        extra["Auth:ApiKeys:0"] = Key;
        extra["Limits:SynchronousPlanShipments"] = "0";
        return extra;
    }

    private static HttpClient Client(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> api)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }
}
