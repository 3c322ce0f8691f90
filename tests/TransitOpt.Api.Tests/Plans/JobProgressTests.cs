using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Plans;

/// <summary>A running job shows how far its solver has got (phase, round, bound, best plan), in both job stores; an ended one does not.</summary>
[Collection(SoloCollection.Name)]
public sealed class JobProgressTests
{
    private const string Key = "progress-key";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunningJob_ShouldShowItsSolversProgress_AndTheEndedJobNone(bool onRedis)
    {
        using var redis = onRedis ? new RedisServer() : null;
        using var api = new TransitOptApi(redis?.ConnectionString, settings: new Dictionary<string, string>
        {
            ["Auth:ApiKeys:0"] = Key,
            ["Limits:SynchronousPlanShipments"] = "0",
        });
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        // A thousand shipments: a few seconds of planning, so that a one-second long poll finds the job running.
        var location = (await client.PostAsJsonAsync("/api/v1/plans", new { demand = "scale-1000", timeLimitSeconds = 60 })).Headers.Location!.ToString();
        JsonNode? progress = null;
        for (var polls = 0; polls < 60 && progress is null; polls++)
        {
            // Each poll answers as the job stands after a second (or at once when it has ended): no client-side sleep.
            var job = JsonNode.Parse(await client.GetStringAsync(new Uri(location + "?waitSeconds=1", UriKind.Relative)))!;
            if ((string)job["status"]! is not ("queued" or "running"))
            {
                break;
            }

            progress = job["progress"];
        }

        var ended = await JobPolling.Finished(client, location);

        Assert.NotNull(progress);
        Assert.Contains((string)progress["phase"]!, new[] { "greedy", "pricing", "enriching", "integer" });
        Assert.True((double)progress["elapsedSeconds"]! >= 0);
        Assert.Equal("succeeded", (string)ended["status"]!);
        Assert.Null(ended["progress"]);
    }
}
