using System.Net;
using System.Net.Http.Json;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Scenarios;

/// <summary>
/// The heap stays bounded under scenario churn. It measures the whole process's heap, so it runs alone: other tests'
/// allocations would otherwise count as its growth.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class ScenarioMemoryTests
{
    private const string Key = "memory-key";

    [Fact]
    public async Task TwoHundredReplaceAndRouteCycles_ShouldKeepTheHeapBounded()
    {
        using var api = new TransitOptApi(null, settings: new Dictionary<string, string> { ["Auth:ApiKeys:0"] = Key });
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

        // Each scenario network is about 1.5 MB: unbounded, 170 more cycles would add about 250 MB. Bounded, the heap
        // stays within the 16 networks kept plus the small route answers cached.
        var growth = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        Assert.True(growth < 60 * 1024 * 1024, $"the heap grew by {growth / (1024 * 1024)} MB over 170 cycles");
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
