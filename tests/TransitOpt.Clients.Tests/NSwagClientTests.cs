using TransitOpt.Clients.NSwag;
using TransitOpt.Clients.Tests.Fixtures;

namespace TransitOpt.Clients.Tests;

/// <summary>The client NSwag generates from openapi/v1.json, as generated, against the real API.</summary>
public sealed class NSwagClientTests(ClientsApi api) : IClassFixture<ClientsApi>, IDisposable
{
    private readonly HttpClient _http = api.CreateClient();

    private TransitOptNSwagClient Client => new(_http) { BaseUrl = _http.BaseAddress!.ToString() };

    [Fact]
    public async Task Routes_ShouldBeFoundByNameByIdAndByPoint()
    {
        var byName = await Client.SearchRoutesAsync(null, Route(new PlaceInput { Place = "Almati" }, new PlaceInput { Place = "Dushanbe" }));
        var byId = await Client.SearchRoutesAsync(null, Route(new PlaceInput { Place = "KZ-ALMATY" }, new PlaceInput { Place = "Dushanbe" }));
        var byPoint = await Client.SearchRoutesAsync(null, Route(new PlaceInput { Point = new Point { Lon = 76.95, Lat = 43.25 } }, new PlaceInput { Place = "Dushanbe" }));

        Assert.NotEmpty(byName.Routes);
        Assert.Equal(byName.Routes.First().Summary, byId.Routes.First().Summary);
        Assert.NotEmpty(byPoint.Routes);
        Assert.Equal("KZ-ALMATY", byPoint.Origin.Id);
        Assert.Equal(43.25, byPoint.Origin.SnappedFromPoint.Lat);
        Assert.InRange(byPoint.Origin.SnapDistanceKm!.Value, 9.9, 10.1); // 0.09° of latitude south of Almaty
        Assert.Null(byName.Origin.SnapDistanceKm);
        Assert.All(byName.Routes, r => Assert.True(r.DistanceKm > 1000, $"{r.Summary}: {r.DistanceKm} km"));
    }

    [Fact]
    public async Task Plans_ShouldBeAnsweredAtOnceWhenSmallAndAsAJobWhenLarge()
    {
        var small = await Client.CreatePlanAsync(Plan(ClientsApi.SynchronousShipments));
        Assert.Equal(ClientsApi.SynchronousShipments, small.Shipments.Count);

        // NSwag returns the first success schema (200) and gives any other success status as ApiException<T>.
        var accepted = await Assert.ThrowsAsync<ApiException<PlanJob>>(() => Client.CreatePlanAsync(Plan(ClientsApi.SynchronousShipments + 1)));
        Assert.Equal(202, accepted.StatusCode);
        Assert.Equal($"/api/v1/plans/{accepted.Result.Id}", Assert.Single(accepted.Headers["Location"]));

        var job = accepted.Result;
        for (var polls = 0; job.Status is PlanJobStatus.Queued or PlanJobStatus.Running && polls < 20; polls++)
        {
            job = await Client.GetPlanAsync(job.Id, 25);
        }

        Assert.Equal(PlanJobStatus.Succeeded, job.Status);
        Assert.Equal(ClientsApi.SynchronousShipments + 1, job.Result.Shipments.Count);
    }

    [Fact]
    public async Task Scenario_ShouldBeCreatedAndEvaluated()
    {
        var scenario = await Client.CreateScenarioAsync(new Scenario
        {
            Id = "nswag-kazygurt-closed",
            Name = "Kazygurt closed for a week",
            Description = "The Kazygurt road post shut 1–7 March 2026.",
            Changes = [new ScenarioChange { Op = ScenarioOperation.CloseCrossing, Target = "BCP-KAZYGURT-ROAD", From = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2026, 3, 7, 0, 0, 0, TimeSpan.Zero) }],
        });
        var comparison = await Client.EvaluateScenarioAsync(scenario.Id, Plan(ClientsApi.SynchronousShipments));

        Assert.Equal(1, scenario.Version);
        Assert.Equal(scenario.Id, comparison.Scenario);
        Assert.NotNull(comparison.Baseline);
        Assert.NotNull(comparison.Result);
    }

    [Fact]
    public async Task NetworkGeoJson_ShouldBeATypedFeatureCollection()
    {
        var network = await Client.GetNetworkGeoJsonAsync(null);

        Assert.Equal(FeatureCollectionType.FeatureCollection, network.Type);
        Assert.True(network.Features.Count > 100, $"{network.Features.Count} features");
    }

    [Fact]
    public async Task UnknownPlace_ShouldBeAValidationProblem()
    {
        var problem = await Assert.ThrowsAsync<ApiException<HttpValidationProblemDetails>>(
            () => Client.SearchRoutesAsync(null, Route(new PlaceInput { Place = "Atlantis" }, new PlaceInput { Place = "Dushanbe" })));

        Assert.Equal(400, problem.StatusCode);
        Assert.Contains("origin", problem.Result.Errors.Keys);
    }

    private static RouteRequest Route(PlaceInput origin, PlaceInput destination) => new()
    {
        Origin = origin,
        Destination = destination,
        Cargo = new CargoInput { Kind = CargoKind.Container, Quantity = 2, Unit = CargoUnit.Teu },
        Departure = new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.FromHours(5)),
        Modes = [TransportMode.Rail, TransportMode.Road],
    };

    private static PlanRequest Plan(int shipments) => new()
    {
        Shipments = [.. Enumerable.Range(1, shipments).Select(i => new ShipmentInput
        {
            Id = $"CT-{i}",
            Origin = new PlaceInput { Place = i % 2 == 0 ? "Kostanay" : "Almaty" },
            Destination = new PlaceInput { Place = "Dushanbe" },
            Cargo = new CargoInput { Kind = CargoKind.Container, Quantity = 4, Unit = CargoUnit.Teu },
            Ready = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
            Due = new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.Zero),
        })],
        HorizonDays = 14,
        TimeLimitSeconds = 10,
    };

    public void Dispose() => _http.Dispose();
}
