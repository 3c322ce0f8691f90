using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.Routes;

/// <summary>A route asked from a point says which place the point was snapped to, and how far it is from it.</summary>
public sealed class RouteSnapTests : IClassFixture<RouteSnapTests.Api>
{
    private readonly HttpClient _client;

    public RouteSnapTests(Api api)
    {
        ArgumentNullException.ThrowIfNull(api);
        _client = api.CreateClient();
    }

    [Theory]
    [InlineData(76.95, 43.21)]
    [InlineData(77.05, 43.25)]
    public async Task Route_FromAPointNearAlmaty_ShouldReportTheSnapToAlmatyAndItsDistance(double lon, double lat)
    {
        var almaty = (await _client.GetFromJsonAsync<JsonNode>("/api/v1/network/nodes/KZ-ALMATY"))!;
        var expectedKm = Haversine(lon, lat, (double)almaty["lon"]!, (double)almaty["lat"]!);
        Assert.InRange(expectedKm, 10, 20);

        var answer = await Route(new JsonObject { ["point"] = new JsonObject { ["lon"] = lon, ["lat"] = lat } });

        var origin = answer["origin"]!;
        Assert.Equal("KZ-ALMATY", (string)origin["id"]!);
        Assert.Equal("Almaty", (string)origin["name"]!);
        Assert.Equal(lon, (double)origin["snappedFromPoint"]!["lon"]!);
        Assert.Equal(lat, (double)origin["snappedFromPoint"]!["lat"]!);
        Assert.Equal(expectedKm, (double)origin["snapDistanceKm"]!, 0.01);
        Assert.Equal("TJ-DUSHANBE", (string)answer["destination"]!["id"]!);
    }

    [Fact]
    public async Task Route_FromAPlaceByName_ShouldReportThePlaceWithoutASnap()
    {
        var answer = await Route(new JsonObject { ["place"] = "almaty" });

        var origin = answer["origin"]!.AsObject();
        Assert.Equal("KZ-ALMATY", (string)origin["id"]!);
        Assert.Null(origin["snappedFromPoint"]);
        Assert.Null(origin["snapDistanceKm"]);
        Assert.True(origin.ContainsKey("snapDistanceKm"), "the field is always there, null for a name");
    }

    private async Task<JsonNode> Route(JsonObject origin)
    {
        var request = new JsonObject
        {
            ["origin"] = origin,
            ["destination"] = new JsonObject { ["place"] = "Dushanbe" },
            ["modes"] = new JsonArray("rail"),
            ["departure"] = "2026-03-03T08:00:00+05:00",
            ["alternatives"] = 1,
            ["includeGeometry"] = false,
        };
        using var response = await _client.PostAsJsonAsync("/api/v1/routes", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    /// <summary>Great-circle distance on the mean Earth radius (IUGG), km: the reference the snap distance is checked against.</summary>
    private static double Haversine(double lon1, double lat1, double lon2, double lat2)
    {
        const double radiusKm = 6371.0088;
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * radiusKm * Math.Asin(Math.Sqrt(h));
    }

    /// <summary>The API without Redis, shared by the class.</summary>
    public sealed class Api : IDisposable
    {
        private readonly TransitOptApi _api = new(null);

        public HttpClient CreateClient() => _api.CreateClient();

        public void Dispose() => _api.Dispose();
    }
}
