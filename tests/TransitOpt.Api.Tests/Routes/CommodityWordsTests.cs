using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TransitOpt.Api.Tests.Routes;

/// <summary>
/// A commodity in a shipper's word (wheat, diesel, aluminium, onions), as the command line and the demand files take it,
/// is the commodity it names: the same tariff, the same route and the same cost as the contract's name.
/// </summary>
public sealed class CommodityWordsTests(RouteErrorTests.Api api) : IClassFixture<RouteErrorTests.Api>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("wheat", "grain")]
    [InlineData("Diesel", "oilProducts")]
    [InlineData("aluminium", "metalsAndOres")]
    [InlineData("onions", "perishables")]
    public async Task RouteWithAShippersWord_ShouldBeTheRouteOfTheCommodityItNames(string word, string name)
    {
        var byWord = await Route(word);
        var byName = await Route(name);

        Assert.Equal(HttpStatusCode.OK, byWord.Status);
        Assert.Equal(byName.Body["routes"]!.ToJsonString(), byWord.Body["routes"]!.ToJsonString());
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> Route(string commodity)
    {
        var body = $$"""{ "origin": "Kostanay", "destination": "Dushanbe", "cargo": { "kind": "bulk", "quantity": 3, "unit": "wagons" }, "commodity": "{{commodity}}", "departure": "2026-03-03T08:00", "alternatives": 1, "includeGeometry": false }""";
        var response = await _client.PostAsync("/api/v1/routes", new StringContent(body, Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
