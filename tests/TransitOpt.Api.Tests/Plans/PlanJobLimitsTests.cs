using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Plans;

/// <summary>Plan jobs keep memory bounded: a full queue refuses (never accepts and loses), and finished jobs expire.</summary>
public sealed class PlanJobLimitsTests
{
    private const string Key = "jobs-key";

    [Fact]
    public async Task FullQueue_ShouldRefuseWith503_AndEveryAcceptedJobShouldFinish()
    {
        using var api = new TransitOptApi(null, settings: new Dictionary<string, string>
        {
            ["Auth:ApiKeys:0"] = Key,
            ["Limits:SynchronousPlanShipments"] = "0",
            ["Limits:QueuedPlanJobs"] = "1",
        });
        using var client = Client(api);

        // Hold the only solver slot: the worker can take one job off the queue and wait, the queue holds one more, so
        // of three submissions at least one must be refused.
        var responses = new List<HttpResponseMessage>();
        using (await api.Services.GetRequiredService<TransitOpt.Api.Plans.SolverGate>().WaitAsync(CancellationToken.None))
        {
            for (var i = 0; i < 3; i++)
            {
                responses.Add(await client.PostAsJsonAsync("/api/v1/plans", Plan(3 + i)));
            }
        }

        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
        Assert.All(refused, r => Assert.True(r.Headers.RetryAfter is not null));
        foreach (var accepted in responses.Where(r => r.StatusCode == HttpStatusCode.Accepted))
        {
            Assert.Equal("succeeded", (string)(await JobPolling.Finished(client, accepted.Headers.Location!.ToString()))["status"]!);
        }
    }

    [Fact]
    public async Task FinishedJob_ShouldBeForgottenAfterItsRetention()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        using var api = new TransitOptApi(null, settings: new Dictionary<string, string>
        {
            ["Auth:ApiKeys:0"] = Key,
            ["Limits:SynchronousPlanShipments"] = "0",
            ["Limits:FinishedJobMinutes"] = "60",
        });
        using var app = api.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        var accepted = await client.PostAsJsonAsync("/api/v1/plans", Plan(2));
        var location = accepted.Headers.Location!.ToString();
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
    public async Task JobAcceptedBeforeARestart_ShouldRunAfterIt_AndFinishedJobsShouldStayReadable()
    {
        var settings = new Dictionary<string, string>
        {
            ["Auth:ApiKeys:0"] = Key,
            ["Limits:SynchronousPlanShipments"] = "0",
            ["Jobs:Directory"] = Directory.CreateTempSubdirectory("transitopt-restart-").FullName,
        };
        string waiting, done;
        using (var before = new TransitOptApi(null, settings: settings))
        {
            using var client = Client(before);
            done = (await client.PostAsJsonAsync("/api/v1/plans", Plan(2))).Headers.Location!.ToString();
            Assert.Equal("succeeded", (string)(await JobPolling.Finished(client, done))["status"]!);

            // The solver's slot is taken and never given back: the job is accepted (202) but cannot start before the
            // service stops.
            _ = await before.Services.GetRequiredService<TransitOpt.Api.Plans.SolverGate>().WaitAsync(CancellationToken.None);
            var accepted = await client.PostAsJsonAsync("/api/v1/plans", Plan(4));
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            waiting = accepted.Headers.Location!.ToString();
            Assert.Equal("queued", (string)JsonNode.Parse(await client.GetStringAsync(waiting))!["status"]!);
        }

        using var after = new TransitOptApi(null, settings: settings);
        using var restarted = Client(after);
        var resumed = await JobPolling.Finished(restarted, waiting);
        var kept = JsonNode.Parse(await restarted.GetStringAsync(done))!;

        Assert.Equal("succeeded", (string)resumed["status"]!);
        Assert.Equal(4, (int)resumed["result"]!["shipments"]![0]!["lots"]!);
        Assert.Equal("succeeded", (string)kept["status"]!);
        Assert.NotNull(kept["result"]);
    }

    [Fact]
    public async Task QueuedJobCancelled_ShouldEndCancelled_AndNeverRun()
    {
        using var api = new TransitOptApi(null, settings: new Dictionary<string, string>
        {
            ["Auth:ApiKeys:0"] = Key,
            ["Limits:SynchronousPlanShipments"] = "0",
        });
        using var client = Client(api);
        var gate = api.Services.GetRequiredService<TransitOpt.Api.Plans.SolverGate>();

        HttpResponseMessage cancel, again, unknown;
        JsonNode job;
        using (await gate.WaitAsync(CancellationToken.None))
        {
            var location = (await client.PostAsJsonAsync("/api/v1/plans", Plan(3))).Headers.Location!.ToString();
            cancel = await client.DeleteAsync(location);
            again = await client.DeleteAsync(location);
            unknown = await client.DeleteAsync("/api/v1/plans/no-such-job");
            job = JsonNode.Parse(await client.GetStringAsync(location))!;
        }

        // The worker goes on: the next job runs and succeeds, and a finished job cannot be cancelled.
        var next = (await client.PostAsJsonAsync("/api/v1/plans", Plan(2))).Headers.Location!.ToString();
        var done = await JobPolling.Finished(client, next);
        var late = await client.DeleteAsync(next);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("cancelled", (string)job["status"]!);
        Assert.Null(job["started"]);
        Assert.Null(job["result"]);
        Assert.Equal("succeeded", (string)done["status"]!);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("application/problem+json", late.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RunningJobCancelled_ShouldStopAndEndCancelled()
    {
        using var api = new TransitOptApi(null, settings: new Dictionary<string, string>
        {
            ["Auth:ApiKeys:0"] = Key,
            ["Limits:SynchronousPlanShipments"] = "0",
        });
        using var client = Client(api);

        var location = (await client.PostAsJsonAsync("/api/v1/plans", JobCrashTests.Demand())).Headers.Location!.ToString();
        var cancel = await client.DeleteAsync(location);
        var job = await JobPolling.Finished(client, location);

        Assert.Contains(cancel.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Accepted });
        Assert.Equal("cancelled", (string)job["status"]!);
        Assert.Null(job["result"]);
        Assert.Contains("cancelled by DELETE", (string)job["error"]!, StringComparison.Ordinal);
    }

    private static HttpClient Client(TransitOptApi api)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    internal static object Plan(int wagons) => new
    {
        shipments = new[]
        {
            new { id = "S", origin = "Almaty", destination = "Dushanbe", cargo = new { kind = "bulk", quantity = wagons, unit = "wagons" }, ready = "2026-03-02", due = "2026-03-14" },
        },
        horizonDays = 14,
        timeLimitSeconds = 10,
    };
}
