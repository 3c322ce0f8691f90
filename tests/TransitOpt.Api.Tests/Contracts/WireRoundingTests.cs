using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TransitOpt.Api.Hosting;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Contracts;

/// <summary>Every answer gives times to whole seconds and money to cents, from a fresh search and from the cache alike.</summary>
public sealed partial class WireRoundingTests : IDisposable
{
    private const string Key = "rounding-key";
    private readonly TransitOptApi _api = new(null, settings: new Dictionary<string, string> { ["Auth:ApiKeys:0"] = Key });

    [Fact]
    public async Task RoutesAndPlans_ShouldGiveWholeSecondsAndCentsAndSolveTimesToHundredths()
    {
        using var client = _api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        var fresh = await Post(client, "/api/v1/routes", OpenApiSetup.RouteRequestExample);
        var cached = await Post(client, "/api/v1/routes", OpenApiSetup.RouteRequestExample);
        var plan = await Post(client, "/api/v1/plans", OpenApiSetup.PlanRequestExample);

        foreach (var answer in new[] { fresh, cached, plan })
        {
            var values = Values(answer, "").ToList();
            var times = values.Where(v => v.Value is string s && IsoTime().IsMatch(s)).ToList();
            var money = values.Where(v => v.Name.EndsWith("Usd", StringComparison.Ordinal) && v.Value is double).ToList();
            Assert.NotEmpty(times);
            Assert.NotEmpty(money);
            Assert.All(times, t => Assert.DoesNotContain('.', (string)t.Value!));
            Assert.All(money, m => Assert.True(Math.Round((double)m.Value!, 2) == (double)m.Value!, $"{m.Path} = {((double)m.Value!).ToString(CultureInfo.InvariantCulture)}"));
        }

        var durations = Values(plan, "").Where(v => v.Name == "solveSeconds").ToList();
        Assert.Equal(2, durations.Count);
        Assert.All(durations, d => Assert.True(Math.Round((double)d.Value!, 2) == (double)d.Value!, $"{d.Path} = {((double)d.Value!).ToString(CultureInfo.InvariantCulture)}"));
    }

    private static async Task<JsonNode> Post(HttpClient client, string path, string body)
    {
        var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!;
    }

    /// <summary>Every leaf value with its property name and path.</summary>
    private static IEnumerable<(string Path, string Name, object? Value)> Values(JsonNode? node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => Values(p.Value, $"{path}.{p.Key}").Select(v => v.Name.Length == 0 ? (v.Path, p.Key, v.Value) : v)),
        JsonArray a => a.SelectMany((item, i) => Values(item, $"{path}[{i}]")),
        JsonValue v when v.TryGetValue<double>(out var number) => [(path, "", number)],
        JsonValue v when v.TryGetValue<string>(out var text) => [(path, "", text)],
        _ => [],
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")]
    private static partial Regex IsoTime();

    public void Dispose() => _api.Dispose();
}
