using System.Net;
using System.Net.Http.Json;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Scenarios;

/// <summary>
/// The heap stays bounded under scenario churn and finished jobs. It measures the whole process's heap, so it runs alone: other tests'
/// allocations would otherwise count as its growth.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class ScenarioMemoryTests
{
    private const string Key = "memory-key";

    [Fact]
    public async Task TwoHundredReplaceAndRouteCycles_AndFiftyFinishedJobs_ShouldKeepTheHeapBounded()
    {
        using var api = new TransitOptApi(null, settings: new Dictionary<string, string> { ["Auth:ApiKeys:0"] = Key, ["Limits:SynchronousPlanShipments"] = "0" });
        using var client = Client(api);
        var id = $"memory-{Guid.NewGuid():n}"[..20];
        await client.PostAsJsonAsync("/api/v1/scenarios", Scenario(id, 1000));
        long baseline = 0;
        for (var cycle = 1; cycle <= 200; cycle++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/scenarios/{id}", Scenario(id, 1000 + cycle))).StatusCode);
            var route = await client.PostAsJsonAsync("/api/v1/routes", new { origin = "Almaty", destination = "Dushanbe", modes = new[] { "rail" }, alternatives = 1, includeGeometry = false, scenario = id });
            Assert.Equal(HttpStatusCode.OK, route.StatusCode);
            if (cycle == 2 * TransitOpt.Api.Scenarios.ScenarioNetworks.MaxNetworks)
            {
                baseline = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        // Fifty plan jobs on the last scenario, run to their end: they stay readable (with their plans) for their
        // retention, which the bound includes.
        var jobs = new List<string>();
        for (var job = 0; job < 50; job++)
        {
            var accepted = await client.PostAsJsonAsync("/api/v1/plans", new
            {
                shipments = new[] { new { origin = "Almaty", destination = "Dushanbe", cargo = new { kind = "container", quantity = 2 + (job % 5), unit = "teu" }, ready = "2026-03-02", due = "2026-03-14" } },
                scenario = id,
                timeLimitSeconds = 5,
                workLimit = 20,
            });
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            jobs.Add(accepted.Headers.Location!.ToString());
        }

        foreach (var job in jobs)
        {
            Assert.Equal("succeeded", (string)(await JobPolling.Finished(client, job))["status"]!);
        }

        // Each scenario network is about 1.5 MB: unbounded, 170 more cycles would add about 250 MB. Bounded, the heap
        // stays within the 16 networks kept, the small route answers cached and the 50 finished jobs: under 60 MB.
        var growth = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        Assert.True(growth < 60 * 1024 * 1024, $"the heap grew by {growth / (1024 * 1024)} MB over 170 cycles and 50 jobs");
    }

    private static HttpClient Client(TransitOptApi api)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    private static object Scenario(string id, int saryagashWagons) => new
    {
        id,
        name = "Saryagash capacity",
        description = "test",
        changes = new[] { new { op = "setCapacity", target = "BCP-SARYAGASH-KELES-RAIL", value = saryagashWagons } },
    };
}
