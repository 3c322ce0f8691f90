using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Plans;

/// <summary>
/// A job accepted with 202 is not lost when the API process is killed mid-solve (SIGKILL) or asked to stop (SIGTERM,
/// when the worker gives the job back): the next process runs it.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class JobCrashTests
{
    private const string Key = "crash-key";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task JobRunningWhenTheProcessEnds_ShouldRunAgainInTheNextProcess(bool asked)
    {
        var settings = new Dictionary<string, string>
        {
            ["Auth:ApiKeys:0"] = Key,
            ["Limits:SynchronousPlanShipments"] = "0",
            ["Jobs:Directory"] = Directory.CreateTempSubdirectory("transitopt-crash-jobs-").FullName,
            ["Scenarios:Directory"] = Directory.CreateTempSubdirectory("transitopt-crash-scenarios-").FullName,
        };
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        Uri location;
        using (var first = new ApiProcess(settings))
        {
            await first.ReadyAsync(client);
            var accepted = await client.PostAsJsonAsync(new Uri(first.BaseAddress, "/api/v1/plans"), Demand());
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            location = new Uri(first.BaseAddress, accepted.Headers.Location!);
            var before = JsonNode.Parse(await client.GetStringAsync(location))!;
            Assert.Contains((string)before["status"]!, new[] { "queued", "running" });
            if (asked)
            {
                first.Terminate();
            }
            else
            {
                first.Kill();
            }
        }

        using var second = new ApiProcess(settings);
        await second.ReadyAsync(client);
        var job = await JobPolling.Finished(client, new Uri(second.BaseAddress, location.AbsolutePath).ToString());

        Assert.Equal("succeeded", (string)job["status"]!);
        Assert.Equal(1_000, job["result"]!["shipments"]!.AsArray().Count);
    }

    /// <summary>
    /// A demand large enough that its solve is still running well after it is accepted or taken by a worker: scale-1000,
    /// some seconds of planning (a 24-shipment demand became too quick for that once the planner got faster).
    /// </summary>
    internal static object Demand(int timeLimitSeconds = 20) => new { demand = "scale-1000", timeLimitSeconds };
}
