using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Routes;

/// <summary>Route answers through HybridCache with a real Redis as the shared second level.</summary>
[Collection(RedisCollection.Name)]
public sealed class RouteCachingTests(RedisServer redis)
{

    [Fact]
    public async Task SameRequestTwice_ShouldMissThenHitWithTheSameETag()
    {
        using var api = new TransitOptApi(redis.ConnectionString);
        using var client = api.CreateClient();
        var request = Unique(1);

        var first = await client.PostAsJsonAsync("/api/v1/routes", request);
        var second = await client.PostAsJsonAsync("/api/v1/routes", request);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("MISS", first.Headers.GetValues("X-Cache").Single());
        Assert.Equal("HIT", second.Headers.GetValues("X-Cache").Single());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task IfNoneMatch_WithTheETag_ShouldGive304()
    {
        using var api = new TransitOptApi(redis.ConnectionString);
        using var client = api.CreateClient();
        var request = Unique(2);
        var first = await client.PostAsJsonAsync("/api/v1/routes", request);

        using var conditional = new HttpRequestMessage(HttpMethod.Post, "/api/v1/routes") { Content = JsonContent.Create(request) };
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TwoInstances_ShouldShareAnswersThroughRedis()
    {
        using var first = new TransitOptApi(redis.ConnectionString);
        using var second = new TransitOptApi(redis.ConnectionString);
        var request = Unique(3);

        var computed = await first.CreateClient().PostAsJsonAsync("/api/v1/routes", request);
        var shared = await second.CreateClient().PostAsJsonAsync("/api/v1/routes", request);

        Assert.Equal("MISS", computed.Headers.GetValues("X-Cache").Single());
        Assert.Equal("HIT", shared.Headers.GetValues("X-Cache").Single());
        Assert.True(redis.KeyCount() > 0);
    }

    [Fact]
    public async Task ChangedNetworkData_ShouldMissAndGiveANewETag()
    {
        var changed = CopyOfData();
        var links = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(changed, "links.geojson")))!;
        links["features"]![0]!["properties"]!["capacityPerDay"] = 1234;
        await File.WriteAllTextAsync(Path.Combine(changed, "links.geojson"), links.ToJsonString());
        using var original = new TransitOptApi(redis.ConnectionString);
        using var updated = new TransitOptApi(redis.ConnectionString, changed);
        var request = Unique(4);

        var before = await original.CreateClient().PostAsJsonAsync("/api/v1/routes", request);
        var after = await updated.CreateClient().PostAsJsonAsync("/api/v1/routes", request);

        Assert.Equal("MISS", after.Headers.GetValues("X-Cache").Single());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.NotEqual(
            (string?)JsonNode.Parse(await before.Content.ReadAsStringAsync())!["networkVersion"],
            (string?)JsonNode.Parse(await after.Content.ReadAsStringAsync())!["networkVersion"]);
    }

    [Fact]
    public async Task RedisGoingAway_ShouldDegradeReadinessNotAnswers_AndCachingShouldResume()
    {
        // The fail-soft wrapper's pause runs on the app's clock, which the test moves on instead of sleeping.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = new TransitOptApi(redis.ConnectionString);
        using var api = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/routes", Unique(5))).StatusCode);
        var multiplexer = api.Services.GetRequiredService<IConnectionMultiplexer>();
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        multiplexer.ConnectionFailed += (_, e) => _ = e.ConnectionType == ConnectionType.Interactive && lost.TrySetResult();
        multiplexer.ConnectionRestored += (_, e) => _ = e.ConnectionType == ConnectionType.Interactive && restored.TrySetResult();

        redis.Stop();
        await lost.Task.WaitAsync(TimeSpan.FromSeconds(30));
        try
        {
            var duringOutage = Unique(6);
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var during = await client.PostAsJsonAsync("/api/v1/routes", duringOutage);
            var again = await client.PostAsJsonAsync("/api/v1/routes", duringOutage);
            var ready = await client.GetStringAsync("/health/ready");
            var outageSeconds = stopwatch.Elapsed.TotalSeconds;

            Assert.Equal(HttpStatusCode.OK, during.StatusCode);
            // Fail-fast Redis (no command backlog, 1 s timeouts): the three requests take a small fraction of the 5 s a queued
            // command used to wait (3.7 s for the three before the change, under 0.1 s after).
            Assert.True(outageSeconds < 2, $"three requests during the outage took {outageSeconds:F1} s");
            Assert.Equal("HIT", again.Headers.GetValues("X-Cache").Single());
            Assert.Equal("Degraded", ready);
        }
        finally
        {
            redis.Start();
        }

        // The fail-soft wrapper leaves Redis alone for two seconds after a failure, then tries again.
        await restored.Task.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(2.5));

        using var other = new TransitOptApi(redis.ConnectionString);
        var request = Unique(7);
        Assert.Equal("MISS", (await client.PostAsJsonAsync("/api/v1/routes", request)).Headers.GetValues("X-Cache").Single());
        Assert.Equal("HIT", (await other.CreateClient().PostAsJsonAsync("/api/v1/routes", request)).Headers.GetValues("X-Cache").Single());
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }

    /// <summary>A request no other test sends (another value of time), so tests do not share cache entries.</summary>
    private static object Unique(int n) => new
    {
        origin = "Almaty",
        destination = "Dushanbe",
        modes = new[] { "rail" },
        departure = "2026-03-03T08:00:00+05:00",
        alternatives = 2,
        valueOfTimeUsdPerHour = 15 + n + Random.Shared.Next(1_000_000) / 1e7,
        includeGeometry = false,
    };

    private static string CopyOfData()
    {
        var copy = Directory.CreateTempSubdirectory("transitopt-api-data-").FullName;
        foreach (var file in Directory.GetFiles(TransitOptApi.BundledData))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }
}
