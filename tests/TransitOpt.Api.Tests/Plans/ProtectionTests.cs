using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TransitOpt.Api.Plans;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Plans;

/// <summary>The service protects itself: a per-client rate limit on route search and one solver at a time.</summary>
public sealed class ProtectionTests
{
    [Fact]
    public async Task RouteSearchOverTheRateLimit_ShouldBe429WithRetryAfter()
    {
        using var api = new TransitOptApi(null, settings: new Dictionary<string, string> { ["Limits:RoutesPerMinutePerClient"] = "2" });
        using var client = api.CreateClient();
        var request = new { origin = "Almaty", destination = "Tashkent", includeGeometry = false };

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            responses.Add(await client.PostAsJsonAsync("/api/v1/routes", request));
        }

        Assert.Equal(HttpStatusCode.OK, responses[1].StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, responses[2].StatusCode);
        Assert.NotNull(responses[2].Headers.RetryAfter);
        Assert.Equal("application/problem+json", responses[2].Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SecondPlanWhileTheSolverIsBusy_ShouldBe503WithRetryAfter()
    {
        using var api = new TransitOptApi(null, settings: new Dictionary<string, string>
        {
            ["Auth:ApiKeys:0"] = "k",
            ["Limits:ConcurrentPlans"] = "1",
            ["Limits:SynchronousPlanShipments"] = "5000",
        });
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "k");

        // The solver's one slot held, as a plan or a job running holds it (taken here, not timed, so that it is held for sure).
        HttpResponseMessage refused;
        using (await api.Services.GetRequiredService<SolverGate>().WaitAsync(CancellationToken.None))
        {
            refused = await client.PostAsJsonAsync("/api/v1/plans", new { demand = "small-example", timeLimitSeconds = 5 });
        }

        var afterwards = await client.PostAsJsonAsync("/api/v1/plans", new { demand = "small-example", timeLimitSeconds = 5 });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task PlanLongerThanTheRequestTimeout_ShouldBeCancelledWith504()
    {
        using var api = new TransitOptApi(null, settings: new Dictionary<string, string>
        {
            ["Auth:ApiKeys:0"] = "k",
            ["Limits:RequestTimeoutSeconds"] = "1",
            ["Limits:SynchronousPlanShipments"] = "5000",
        });
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "k");
        var response = await client.PostAsJsonAsync("/api/v1/plans", new { demand = "peak-grain-congested", timeLimitSeconds = 120 });
        var next = await client.PostAsJsonAsync("/api/v1/plans", new
        {
            shipments = new[] { new { id = "A", origin = "Almaty", destination = "Tashkent", ready = "2026-03-02", due = "2026-03-06" } },
            timeLimitSeconds = 1,
        });

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        // The cancelled plan gave the only solver slot back: a plan sent next is not refused as busy.
        Assert.NotEqual(HttpStatusCode.ServiceUnavailable, next.StatusCode);
    }
}
