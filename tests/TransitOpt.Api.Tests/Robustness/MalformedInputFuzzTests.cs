using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Robustness;

/// <summary>
/// Valid requests to every write and search operation, mutated at random (fields replaced by nulls, huge numbers, far
/// dates, wrong types, long strings, arrays of nulls; fields dropped; unknown fields added) with a fixed seed: no answer
/// may be a 5xx, and every 4xx must be problem+json.
/// </summary>
[Collection(SoloCollection.Name)]
public sealed class MalformedInputFuzzTests : IDisposable
{
    private const string Key = "fuzz-key";
    private const int Requests = 3_000;

    internal static readonly Func<JsonNode?>[] Values =
    [
        () => null, () => 0, () => -1, () => 1e308, () => -1e308, () => "", () => "x", () => "ALMATY", () => new JsonArray(),
        () => new JsonObject(), () => new JsonArray((JsonNode?)null), () => true, () => 1e20, () => 1.5, () => "9999-01-01",
        () => "0001-01-01T00:00:00Z", () => "2026-03-03T08:00:00+05:00", () => "rail", () => "KZ", () => "TJ",
        () => new JsonObject { ["lon"] = 1e9, ["lat"] = "a" }, () => new string('a', 3_000), () => new JsonArray("rail", "ship"),
        () => new JsonArray(1, 2), () => new JsonObject { ["a"] = null },
    ];

    private readonly TransitOptApi _api = new(null, settings: new Dictionary<string, string>
    {
        ["Auth:ApiKeys:0"] = Key,
        ["Limits:RoutesPerMinutePerClient"] = "1000000",
    });

    [Fact]
    public async Task MutatedRequests_ShouldNeverGetA5xxOrANonProblem4xx()
    {
        using var client = _api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var random = new Random(7);
        var statuses = new Dictionary<int, int>();
        var bad = new List<string>();
        for (var i = 0; i < Requests; i++)
        {
            var (method, path, body) = Next(random);
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            if (status >= 500 || (status >= 400 && status != (int)HttpStatusCode.NotModified && !problem))
            {
                bad.Add($"{status} {method} {path} {body?.ToJsonString()[..Math.Min(200, body.ToJsonString().Length)]}");
            }
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad.Take(10)));
        Assert.True(statuses.GetValueOrDefault(200) + statuses.GetValueOrDefault(201) > 50, "the fuzzer should also send requests that succeed");
    }

    public void Dispose() => _api.Dispose();

    private static (HttpMethod Method, string Path, JsonNode? Body) Next(Random random)
    {
        var kind = random.NextDouble();
        if (kind < 0.45)
        {
            return (HttpMethod.Post, "/api/v1/routes", Mutate(Route(), random));
        }

        if (kind < 0.6)
        {
            return (HttpMethod.Post, "/api/v1/plans", Mutate(Plan(), random));
        }

        if (kind < 0.85)
        {
            var scenario = Mutate(Scenario(), random);
            var id = scenario?["id"] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text[..Math.Min(40, text.Length)] : "fz";
            return random.Next(2) == 0 ? (HttpMethod.Post, "/api/v1/scenarios", scenario) : (HttpMethod.Put, $"/api/v1/scenarios/{Uri.EscapeDataString(id)}", scenario);
        }

        string[] reads = ["/api/v1/network/nodes?q=Alm", "/api/v1/network/crossings", "/api/v1/plans/x", "/api/v1/network/geojson?scenario=fz", "/api/v1/network/geojson?scenario=%2E%2E"];
        return random.Next(3) == 0
            ? (HttpMethod.Delete, $"/api/v1/scenarios/{(random.Next(2) == 0 ? "fz" : "A")}", null)
            : (HttpMethod.Get, reads[random.Next(reads.Length)], null);
    }

    internal static JsonNode? Mutate(JsonNode node, Random random)
    {
        void Walk(JsonNode? x)
        {
            if (x is JsonObject o)
            {
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    var r = random.NextDouble();
                    if (r < 0.15)
                    {
                        o[key] = Values[random.Next(Values.Length)]();
                    }
                    else if (r < 0.2)
                    {
                        o.Remove(key);
                    }
                    else
                    {
                        Walk(o[key]);
                    }
                }

                if (random.NextDouble() < 0.05)
                {
                    o[new[] { "zz", "id", "op", "from" }[random.Next(4)]] = Values[random.Next(Values.Length)]();
                }
            }
            else if (x is JsonArray a)
            {
                for (var i = 0; i < a.Count; i++)
                {
                    if (random.NextDouble() < 0.15)
                    {
                        a[i] = Values[random.Next(Values.Length)]();
                    }
                    else
                    {
                        Walk(a[i]);
                    }
                }
            }
        }

        Walk(node);
        return node;
    }

    private static JsonObject Route() => new()
    {
        ["origin"] = "Almaty",
        ["destination"] = "Dushanbe",
        ["modes"] = new JsonArray("rail", "road"),
        ["cargo"] = new JsonObject { ["kind"] = "bulk", ["quantity"] = 3, ["unit"] = "wagons" },
        ["departure"] = "2026-03-03T08:00:00+05:00",
        ["avoidCountries"] = new JsonArray("KG"),
        ["avoidCrossings"] = new JsonArray("BCP-KAZYGURT-ROAD"),
        ["objective"] = "cost",
        ["valueOfTimeUsdPerHour"] = 10,
        ["alternatives"] = 2,
        ["commodity"] = "grain",
        ["etaQuantile"] = "p90",
        ["vehicleRegistration"] = "KZ",
        ["includeGeometry"] = false,
    };

    private static JsonObject Plan() => new()
    {
        ["shipments"] = new JsonArray(new JsonObject
        {
            ["id"] = "A",
            ["origin"] = "Almaty",
            ["destination"] = "Dushanbe",
            ["cargo"] = new JsonObject { ["kind"] = "bulk", ["quantity"] = 2, ["unit"] = "wagons" },
            ["ready"] = "2026-03-02",
            ["due"] = "2026-03-12",
            ["commodity"] = "grain",
        }),
        ["horizonDays"] = 14,
        ["timeLimitSeconds"] = 2,
    };

    private static JsonObject Scenario() => new()
    {
        ["id"] = "fz",
        ["name"] = "x",
        ["description"] = "d",
        ["changes"] = new JsonArray(
            new JsonObject { ["op"] = "setCapacity", ["target"] = "BCP-SARYAGASH-KELES-RAIL", ["value"] = 100 },
            new JsonObject { ["op"] = "closeCrossing", ["target"] = "BCP-KAZYGURT-ROAD", ["from"] = "2026-03-01", ["to"] = "2026-03-05" }),
    };
}
