using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Plans;

/// <summary>
/// Jobs on Redis Streams with real processes on loopback: API processes that do not solve (Jobs:RunWorker=false) and
/// <c>transitopt worker</c> processes with a short lease, all against one real redis-server.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class RedisJobProcessTests : IDisposable
{
    private const string Key = "streams-key";
    private readonly RedisServer _redis = new();
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly List<ApiProcess> _processes = [];

    public RedisJobProcessTests() => _client.DefaultRequestHeaders.Add("X-Api-Key", Key);

    [Fact]
    public async Task JobSubmittedToOneApi_ShouldBeReadFromTheOther_SurviveTheApiRestart_AndBeCancellableFromEither()
    {
        var (first, second) = (Api(), Api());
        await ReadyAsync(first, second);

        var accepted = await _client.PostAsJsonAsync(new Uri(first.BaseAddress, "/api/v1/plans"), Small());
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var path = accepted.Headers.Location!.ToString();
        var seenByTheOther = JsonNode.Parse(await _client.GetStringAsync(new Uri(second.BaseAddress, path)))!;

        // No worker yet: the job waits in the stream while the API that accepted it is killed and started again.
        first.Kill();
        var restarted = Api();
        var worker = Worker();
        await ReadyAsync(restarted, worker);
        var done = await JobPolling.Finished(_client, new Uri(restarted.BaseAddress, path).ToString());
        var doneSeenByTheOther = JsonNode.Parse(await _client.GetStringAsync(new Uri(second.BaseAddress, path)))!;

        // A running job cancelled through the other API stops on the worker.
        var long_ = await _client.PostAsJsonAsync(new Uri(restarted.BaseAddress, "/api/v1/plans"), JobCrashTests.Demand(timeLimitSeconds: 8));
        var longPath = long_.Headers.Location!.ToString();
        await HeldByAsync(longPath, worker);
        var cancel = await _client.DeleteAsync(new Uri(second.BaseAddress, longPath));
        var cancelled = await JobPolling.Finished(_client, new Uri(restarted.BaseAddress, longPath).ToString());

        Assert.Equal("queued", (string)seenByTheOther["status"]!);
        Assert.Equal("succeeded", (string)done["status"]!);
        Assert.Equal(3, done["result"]!["shipments"]!.AsArray().Count);
        Assert.Equal(done.ToJsonString(), doneSeenByTheOther.ToJsonString());
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal("cancelled", (string)cancelled["status"]!);
    }

    [Fact]
    public async Task WorkerKilledMidJob_ShouldHaveItsJobFinishedByTheOtherWorker()
    {
        var api = Api();
        var workers = new[] { Worker(), Worker() };
        await ReadyAsync([api, .. workers]);

        var accepted = await _client.PostAsJsonAsync(new Uri(api.BaseAddress, "/api/v1/plans"), JobCrashTests.Demand(timeLimitSeconds: 8));
        var location = accepted.Headers.Location!.ToString();
        var holder = await HeldByAsync(location, workers);
        holder.Kill();
        var other = workers.Single(w => w != holder);
        await HeldByAsync(location, other);
        var job = await JobPolling.Finished(_client, new Uri(api.BaseAddress, location).ToString());

        Assert.Equal("succeeded", (string)job["status"]!);
        Assert.Equal(1_000, job["result"]!["shipments"]!.AsArray().Count);
    }

    [Fact]
    public async Task WorkerStoppedMidJob_ShouldGiveItBack_ForTheOtherWorkerToRunAtOnce()
    {
        // Leases far longer than the test waits (HeldByAsync gives up after 30 s): the other worker can take the job over
        // only because the stopping one gave it back. One delivery at most: a job given back did not die with its worker.
        var api = Api();
        var workers = new[] { Worker(leaseSeconds: 600, maxDeliveries: 1), Worker(leaseSeconds: 600, maxDeliveries: 1) };
        await ReadyAsync([api, .. workers]);

        var accepted = await _client.PostAsJsonAsync(new Uri(api.BaseAddress, "/api/v1/plans"), new { demand = "scale-5000", timeLimitSeconds = 10 });
        var location = new Uri(api.BaseAddress, accepted.Headers.Location!).ToString();
        var holder = await HeldByAsync(location, workers);
        holder.Terminate();
        var other = workers.Single(w => w != holder);
        await HeldByAsync(location, other);
        var job = await JobPolling.Finished(_client, location);

        Assert.Equal("succeeded", (string)job["status"]!);
        Assert.Equal(5_000, job["result"]!["shipments"]!.AsArray().Count);
    }

    [Fact]
    public async Task WorkerAlive_ShouldKeepItsJobPastTheLease_NoOtherWorkerRunningItToo()
    {
        var api = Api();
        var workers = new[] { Worker(), Worker() };
        await ReadyAsync([api, .. workers]);

        // scale-5000 takes about 10 s here (twice the 4 s the test needs), so the job runs about as long as its limit.
        var accepted = await _client.PostAsJsonAsync(new Uri(api.BaseAddress, "/api/v1/plans"), new { demand = "scale-5000", timeLimitSeconds = 10 });
        var location = new Uri(api.BaseAddress, accepted.Headers.Location!).ToString();
        await HeldByAsync(location, workers);
        var running = JsonNode.Parse(await _client.GetStringAsync(location))!;
        var job = await JobPolling.Finished(_client, location);
        var ran = DateTimeOffset.Parse((string)job["finished"]!, System.Globalization.CultureInfo.InvariantCulture)
            - DateTimeOffset.Parse((string)job["started"]!, System.Globalization.CultureInfo.InvariantCulture);

        // Started once: the other worker never took it over (it would have started it anew). The run outlasted two 2 s
        // leases, so without renewal it would have.
        Assert.Equal("succeeded", (string)job["status"]!);
        Assert.Equal((string)running["started"]!, (string)job["started"]!);
        Assert.True(ran > TimeSpan.FromSeconds(4), $"the job ran {ran.TotalSeconds:0.0} s, too short to test the lease");
    }

    [Fact]
    public async Task JobThatEveryWorkerDiesOn_ShouldEndFailedWithTheReasonAfterTheCap()
    {
        var api = Api();
        var workers = new[] { Worker(), Worker() };
        await ReadyAsync([api, .. workers]);

        var accepted = await _client.PostAsJsonAsync(new Uri(api.BaseAddress, "/api/v1/plans"), JobCrashTests.Demand(timeLimitSeconds: 8));
        var location = new Uri(api.BaseAddress, accepted.Headers.Location!).ToString();
        var holder = await HeldByAsync(location, workers);
        holder.Kill();
        var other = workers.Single(w => w != holder);
        await HeldByAsync(location, other);
        other.Kill();
        var third = Worker();
        await ReadyAsync(third);
        var job = await JobPolling.Finished(_client, location);

        Assert.Equal("failed", (string)job["status"]!);
        Assert.Contains("given to 2 workers in turn and none finished it", (string)job["error"]!, StringComparison.Ordinal);
        Assert.Contains("0\r\n", _redis.Command("XLEN transitopt:jobs"), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            process.Dispose();
        }

        _client.Dispose();
        _redis.Dispose();
    }

    private ApiProcess Api() => Started(new ApiProcess(Settings(new() { ["Jobs:RunWorker"] = "false", ["Limits:SynchronousPlanShipments"] = "0" })));

    /// <summary>A worker with a 2 s lease (renewed every 0.67 s) and at most 2 deliveries of a job, unless told otherwise.</summary>
    private ApiProcess Worker(int leaseSeconds = 2, int maxDeliveries = 2) => Started(ApiProcess.Worker(Settings(new()
    {
        ["Jobs:LeaseSeconds"] = leaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Jobs:MaxDeliveries"] = maxDeliveries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Jobs:PollMilliseconds"] = "100",
    })));

    private ApiProcess Started(ApiProcess process)
    {
        _processes.Add(process);
        return process;
    }

    private Dictionary<string, string> Settings(Dictionary<string, string> extra)
    {
        extra["Auth:ApiKeys:0"] = Key;
        extra["ConnectionStrings:Redis"] = _redis.ConnectionString;
        return extra;
    }

    private Task ReadyAsync(params ApiProcess[] processes) => Task.WhenAll(processes.Select(p => p.ReadyAsync(_client)));

    /// <summary>The worker that started the job at <paramref name="location"/>, as soon as one logs that it did.</summary>
    private static async Task<ApiProcess> HeldByAsync(string location, params ApiProcess[] candidates)
    {
        var id = location.TrimEnd('/').Split('/')[^1];
        var started = await Task.WhenAny(candidates.Select(c => c.JobStarted(id))).WaitAsync(TimeSpan.FromSeconds(30));
        return candidates.First(c => c.JobStarted(id) == started);
    }

    private static object Small() => new
    {
        shipments = Enumerable.Range(0, 3).Select(i => new
        {
            id = $"S{i}",
            origin = "Almaty",
            destination = "Dushanbe",
            cargo = new { kind = "container", quantity = 2 + i, unit = "teu" },
            ready = "2026-03-02",
            due = "2026-03-14",
        }),
        horizonDays = 14,
        timeLimitSeconds = 5,
    };
}
