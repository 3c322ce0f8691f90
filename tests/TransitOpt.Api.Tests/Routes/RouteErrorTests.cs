using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Routes;

/// <summary>Every bad input gets a clear 4xx problem+json naming the field and the reason; none gives a 500.</summary>
public sealed class RouteErrorTests : IClassFixture<RouteErrorTests.Api>
{
    private readonly HttpClient _client;

    public RouteErrorTests(Api api)
    {
        ArgumentNullException.ThrowIfNull(api);
        _client = api.CreateClient();
    }

    [Theory]
    [InlineData("""{ "origin": "Dushan", "destination": "Almaty" }""", "origin", "did you mean Dushanbe (TJ-DUSHANBE)")]
    [InlineData("""{ "destination": "Almaty" }""", "origin", "origin is required")]
    [InlineData("""{ "origin": { "place": "Dushan" }, "destination": { "place": "Almaty" } }""", "origin", "did you mean Dushanbe (TJ-DUSHANBE)")]
    [InlineData("""{ "origin": { "place": "Almaty", "point": { "lon": 76.9, "lat": 43.2 } }, "destination": "Dushanbe" }""", "origin", "either 'place' or 'point', not both")]
    [InlineData("""{ "origin": { "point": { "lon": 76.9 } }, "destination": "Dushanbe" }""", "origin", "'point' with both")]
    [InlineData("""{ "origin": { "town": "Almaty" }, "destination": "Dushanbe" }""", "origin", "no property 'town'")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "cargo": { "quantity": 0 } }""", "cargo.quantity", "greater than zero")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "cargo": { "quantity": 1e9 } }""", "cargo.quantity", "more than the 2000")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "alternatives": 9 }""", "alternatives", "1 to 5")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "cargo": { "kind": "boat" } }""", "cargo.kind", "use one of container, bulk, general, reefer, hazardous, oversize")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "modes": ["ship"] }""", "modes[0]", "use one of rail, road")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "commodity": "gravel" }""", "commodity", "use one of grain, flour, oilProducts")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "commodity": 3 }""", "commodity", "use one of grain, flour, oilProducts")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "avoidCountries": ["ZZ"] }""", "avoidCountries", "not a country of the network")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "avoidCountries": ["KZ"] }""", "avoidCountries", "the origin is there")]
    [InlineData("""{ "origin": { "lon": 10, "lat": 10 }, "destination": "Dushanbe" }""", "origin", "outside the corridor region")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "departure": "tomorrow" }""", "departure", "not valid")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "departure": "03/04/2026" }""", "departure", "no offset means UTC+05:00")]
    [InlineData("""{ "origin": "Almaty", "destination": """, "destination", "not valid")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "vehicleRegistration": "XX" }""", "vehicleRegistration", "not a country of the network")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "avoidCrossings": [null] }""", "avoidCrossings[0]", "null or empty")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "departure": "9999-03-03T08:00:00+05:00" }""", "departure", "between 2000-01-01 and 2100-12-31")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "commodity": "bananas" }""", "commodity", "use one of grain, flour, oilProducts")]
    [InlineData("""{ "origin": "Almaty", "destination": "Dushanbe", "etaQuantile": "p99" }""", "etaQuantile", "use one of p50, p90")]
    public async Task BadRequest_ShouldBe400ProblemNamingTheField(string body, string field, string reason)
    {
        var response = await Post(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)problem["status"]!);
        Assert.NotNull(problem["traceId"]);
        var messages = problem["errors"]![field]!.AsArray().Select(m => (string)m!);
        Assert.Contains(messages, m => m.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DepartureWithoutOffset_ShouldBeCorridorTimeAsOnTheCommandLine()
    {
        var local = JsonNode.Parse(await (await Post("""{ "origin": "Almaty", "destination": "Dushanbe", "departure": "2026-03-03T08:00", "alternatives": 1, "includeGeometry": false }""")).Content.ReadAsStringAsync())!;
        var explicitOffset = JsonNode.Parse(await (await Post("""{ "origin": "Almaty", "destination": "Dushanbe", "departure": "2026-03-03T08:00:00+05:00", "alternatives": 1, "includeGeometry": false }""")).Content.ReadAsStringAsync())!;

        Assert.Equal("2026-03-03T08:00:00+05:00", (string)local["routes"]![0]!["departure"]!);
        Assert.Equal((string)explicitOffset["routes"]![0]!["arrival"]!, (string)local["routes"]![0]!["arrival"]!);
    }

    [Fact]
    public async Task HugeBadValue_ShouldNotBeEchoedInFull()
    {
        var huge = new string('x', 200_000);

        var response = await Post($$"""{ "origin": "{{huge}}", "destination": "Dushanbe" }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Length < 5_000, $"the problem is {text.Length} characters long");
        Assert.Contains(" characters)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoRoute_ShouldBe422WithTheReason()
    {
        var response = await Post("""{ "origin": "Almaty", "destination": "Dushanbe", "modes": ["rail"], "avoidCountries": ["UZ"] }""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("every", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteForATajikTankAtP90_ShouldExplainItsTimeAndMoney()
    {
        var response = await Post("""{ "origin": "Saryagash", "destination": "Khujand", "modes": ["rail"], "cargo": { "kind": "hazardous", "quantity": 1, "unit": "wagons" }, "commodity": "oilProducts", "etaQuantile": "p90", "vehicleRegistration": "TJ", "departure": "2026-11-10T08:00:00+05:00", "alternatives": 1 }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var route = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["routes"]![0]!;
        Assert.Equal((string)route["arrival"]!, (string)route["arrivalP90"]!);
        Assert.True(DateTimeOffset.Parse((string)route["arrivalP50"]!, System.Globalization.CultureInfo.InvariantCulture) < DateTimeOffset.Parse((string)route["arrivalP90"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(route["costLines"]!.AsArray(), l => ((string)l!["item"]!).Contains("sughd section", StringComparison.Ordinal));
        Assert.All(route["borderCrossings"]!.AsArray(), c => Assert.True((double)c!["dwellP90Hours"]! >= (double)c["dwellP50Hours"]!));
        Assert.True((double)route["legs"]![0]!["movingHours"]! > 0);
    }

    [Fact]
    public async Task UnknownScenario_ShouldBe404()
    {
        var response = await Post("""{ "origin": "Almaty", "destination": "Dushanbe", "scenario": "nope" }""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OversizeBody_ShouldBe413()
    {
        var padding = new string(' ', 3 * 1024 * 1024);
        var response = await Post("{ \"origin\": \"Almaty\", \"destination\": \"Dushanbe\"" + padding + "}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/network/nodes/XX-NOWHERE", "Unknown place")]
    [InlineData("/api/v1/network/crossings/BCP-NOWHERE", "Unknown crossing")]
    [InlineData("/api/v1/plans/0123456789", "Unknown plan job")]
    public async Task UnknownId_ShouldBe404Problem(string path, string title)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(title, (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["title"]!);
    }

    [Fact]
    public async Task Network_ShouldDescribeTheLoadedData()
    {
        var network = await _client.GetFromJsonAsync<JsonObject>("/api/v1/network");
        var crossings = await _client.GetFromJsonAsync<JsonArray>("/api/v1/network/crossings?countries=UZ,TJ&mode=rail");
        var node = await _client.GetFromJsonAsync<JsonObject>("/api/v1/network/nodes/kz-almaty");

        Assert.True((int)network!["places"]! >= 200);
        Assert.Contains(crossings!, c => (string)c!["id"]! == "BCP-KUDUKLI-PAKHTAOBOD-RAIL");
        Assert.All(crossings!, c => Assert.Equal("rail", (string)c!["mode"]!));
        Assert.Equal("Almaty", (string)node!["name"]!);
    }

    [Fact]
    public async Task Crossing_ShouldGiveItsDelayByMonthsAndDirection_EveryMonthOnce()
    {
        // Saryagash–Keles KZ→UZ in the October–January grain wave: P50 36 h, P90 120 h (EST-delay-season in SOURCES.md).
        var crossing = await _client.GetFromJsonAsync<JsonObject>("/api/v1/network/crossings/BCP-SARYAGASH-KELES-RAIL");

        var delays = crossing!["delays"]!.AsArray();
        var months = delays.SelectMany(d => d!["months"]!.AsArray().Select(m => (int)m!)).Order();
        Assert.Equal(Enumerable.Range(1, 12), months);
        var wave = Assert.Single(delays, d => d!["months"]!.AsArray().Select(m => (int)m!).SequenceEqual([1, 10, 11, 12]));
        Assert.Equal(36, (double)wave!["p50HoursAToB"]!);
        Assert.Equal(120, (double)wave["p90HoursAToB"]!);
        Assert.Equal(8, (double)wave["p50HoursBToA"]!);
        Assert.All(delays, d => Assert.True((double)d!["p90HoursAToB"]! >= (double)d["p50HoursAToB"]!));
    }

    private Task<HttpResponseMessage> Post(string body) =>
        _client.PostAsync("/api/v1/routes", new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>One API without Redis for all these tests.</summary>
    public sealed class Api : IDisposable
    {
        private readonly TransitOptApi _factory = new(null);

        public HttpClient CreateClient() => _factory.CreateClient();

        public void Dispose() => _factory.Dispose();
    }
}
