using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace TransitOpt.Api.Tests.Routes;

/// <summary>Places typed in Cyrillic: found by the type-ahead, routed by name, and suggested when misspelled.</summary>
public sealed class CyrillicPlaceTests(RouteErrorTests.Api api) : IClassFixture<RouteErrorTests.Api>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("Алмат", "KZ-ALMATY")]
    [InlineData("Қостанай", "KZ-KOSTANAY")]
    [InlineData("Караганды", "KZ-KARAGANDA")]
    [InlineData("Душамбе", "TJ-DUSHANBE")]
    public async Task NodesQuery_ShouldFindThePlace(string typed, string id)
    {
        var nodes = await _client.GetFromJsonAsync<JsonArray>("/api/v1/network/nodes?q=" + Uri.EscapeDataString(typed));

        Assert.Equal(id, (string)nodes![0]!["id"]!);
    }

    [Fact]
    public async Task RouteBetweenCyrillicNames_ShouldBeTheRouteBetweenTheLatinOnes()
    {
        var cyrillic = await Route("""{ "origin": "Алматы", "destination": "Хуҷанд", "departure": "2026-03-03T08:00", "alternatives": 1, "includeGeometry": false }""");
        var latin = await Route("""{ "origin": "Almaty", "destination": "Khujand", "departure": "2026-03-03T08:00", "alternatives": 1, "includeGeometry": false }""");

        Assert.Equal(HttpStatusCode.OK, cyrillic.StatusCode);
        var viaCyrillic = JsonNode.Parse(await cyrillic.Content.ReadAsStringAsync())!["routes"]![0]!;
        var viaLatin = JsonNode.Parse(await latin.Content.ReadAsStringAsync())!["routes"]![0]!;
        Assert.Equal((string)viaLatin["summary"]!, (string)viaCyrillic["summary"]!);
        Assert.Equal((string)viaLatin["arrival"]!, (string)viaCyrillic["arrival"]!);
        Assert.Equal((double)viaLatin["distanceKm"]!, (double)viaCyrillic["distanceKm"]!);
    }

    [Fact]
    public async Task MisspelledCyrillicName_ShouldBe400WithTheSuggestion()
    {
        var response = await Route("""{ "origin": "Душамбе", "destination": "Алматы" }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(problem["errors"]!["origin"]!.AsArray(), m => ((string)m!).Contains("did you mean Dushanbe (TJ-DUSHANBE)", StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> Route(string body) =>
        _client.PostAsync("/api/v1/routes", new StringContent(body, Encoding.UTF8, "application/json"));
}
