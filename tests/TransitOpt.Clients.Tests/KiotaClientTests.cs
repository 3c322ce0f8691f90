using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using TransitOpt.Clients.Kiota;
using TransitOpt.Clients.Kiota.Models;
using TransitOpt.Clients.Tests.Fixtures;

namespace TransitOpt.Clients.Tests;

/// <summary>The client Kiota generates from openapi/v1.json, as generated, against the real API.</summary>
public sealed class KiotaClientTests : IClassFixture<ClientsApi>, IDisposable
{
    private readonly HttpClient _http;
    private readonly HttpClientRequestAdapter _adapter;
    private readonly TransitOptKiotaClient _client;

    public KiotaClientTests(ClientsApi api)
    {
        ArgumentNullException.ThrowIfNull(api);
        // Kiota's own middleware (redirects, retries, header inspection) in front of the in-process server.
        _http = api.CreateClient(server => KiotaClientFactory.Create(server));
        _adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: _http) { BaseUrl = _http.BaseAddress!.ToString().TrimEnd('/') };
        _client = new TransitOptKiotaClient(_adapter);
    }

    [Fact]
    public async Task Routes_ShouldBeFoundByNameByIdAndByPoint()
    {
        var byName = await _client.Api.V1.Routes.PostAsync(Route(new PlaceInput { Place = "Almati" }, new PlaceInput { Place = "Dushanbe" }));
        var byId = await _client.Api.V1.Routes.PostAsync(Route(new PlaceInput { Place = "KZ-ALMATY" }, new PlaceInput { Place = "Dushanbe" }));
        var byPoint = await _client.Api.V1.Routes.PostAsync(Route(new PlaceInput { Point = new PlaceInput_point { Lon = 76.95, Lat = 43.25 } }, new PlaceInput { Place = "Dushanbe" }));

        Assert.NotEmpty(byName!.Routes!);
        Assert.Equal(byName.Routes![0].Summary, byId!.Routes![0].Summary);
        Assert.NotEmpty(byPoint!.Routes!);
        Assert.Equal("KZ-ALMATY", byPoint.Origin!.Id);
        Assert.Equal(43.25, byPoint.Origin!.SnappedFromPoint!.Lat);
        Assert.InRange(byPoint.Origin!.SnapDistanceKm!.Value, 9.9, 10.1); // 0.09° of latitude south of Almaty
        Assert.Null(byName.Origin!.SnapDistanceKm);
        Assert.All(byName.Routes, r => Assert.True(r.DistanceKm > 1000, $"{r.Summary}: {r.DistanceKm} km"));
    }

    [Fact]
    public async Task RepeatedRoute_ShouldBeNotModifiedWithItsETag()
    {
        var request = Route(new PlaceInput { Place = "Kostanay" }, new PlaceInput { Place = "Khujand" });
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var first = await _client.Api.V1.Routes.PostAsync(request, c => c.Options.Add(headers));
        var etag = Assert.Single(headers.ResponseHeaders["ETag"]);

        // 304 has no body: Kiota gives no object.
        var again = await _client.Api.V1.Routes.PostAsync(request, c => c.Headers.Add("If-None-Match", etag));

        Assert.NotEmpty(first!.Routes!);
        Assert.Null(again);
    }

    [Fact]
    public async Task Plans_ShouldBeAnsweredAtOnceWhenSmallAndAsAJobWhenLarge()
    {
        var small = await _client.Api.V1.Plans.PostAsync(Plan(ClientsApi.SynchronousShipments));
        Assert.Equal(ClientsApi.SynchronousShipments, small!.Shipments!.Count);

        // Kiota reads the body of the lowest success status (200); a job is recognised by its 202's Location header.
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        await _client.Api.V1.Plans.PostAsync(Plan(ClientsApi.SynchronousShipments + 1), c => c.Options.Add(headers));
        var location = Assert.Single(headers.ResponseHeaders["Location"]);
        Assert.StartsWith("/api/v1/plans/", location, StringComparison.Ordinal);

        PlanJob? job = null;
        for (var polls = 0; job?.Status is null or PlanJobStatus.Queued or PlanJobStatus.Running && polls < 20; polls++)
        {
            job = await _client.Api.V1.Plans[location.Split('/')[^1]].GetAsync(c => c.QueryParameters.WaitSeconds = 25);
        }

        Assert.Equal(PlanJobStatus.Succeeded, job!.Status);
        Assert.Equal(ClientsApi.SynchronousShipments + 1, job.Result!.Shipments!.Count);
    }

    [Fact]
    public async Task Scenario_ShouldBeCreatedAndEvaluated()
    {
        var scenario = await _client.Api.V1.Scenarios.PostAsync(new Scenario
        {
            Id = "kiota-kazygurt-closed",
            Name = "Kazygurt closed for a week",
            Description = "The Kazygurt road post shut 1–7 March 2026.",
            Changes = [new ScenarioChange { Op = ScenarioOperation.CloseCrossing, Target = "BCP-KAZYGURT-ROAD", From = new Date(2026, 3, 1), To = new Date(2026, 3, 7) }],
        });
        var comparison = await _client.Api.V1.Scenarios[scenario!.Id!].Evaluation.PostAsync(Plan(ClientsApi.SynchronousShipments));

        Assert.Equal(1, scenario.Version);
        Assert.Equal(scenario.Id, comparison!.Scenario);
        Assert.NotNull(comparison.Baseline);
        Assert.NotNull(comparison.Result);
    }

    [Fact]
    public async Task NetworkGeoJson_ShouldBeATypedFeatureCollection()
    {
        var network = await _client.Api.V1.Network.Geojson.GetAsync();

        Assert.Equal(FeatureCollection_type.FeatureCollection, network!.Type);
        Assert.True(network.Features!.Count > 100, $"{network.Features.Count} features");
    }

    [Fact]
    public async Task UnknownPlace_ShouldBeAValidationProblem()
    {
        var problem = await Assert.ThrowsAsync<HttpValidationProblemDetails>(
            () => _client.Api.V1.Routes.PostAsync(Route(new PlaceInput { Place = "Atlantis" }, new PlaceInput { Place = "Dushanbe" })));

        Assert.Equal(400, problem.ResponseStatusCode);
        Assert.Contains("origin", problem.Errors!.AdditionalData.Keys);
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
            Ready = new Date(2026, 3, 2),
            Due = new Date(2026, 3, 14),
        })],
        HorizonDays = 14,
        TimeLimitSeconds = 10,
    };

    public void Dispose()
    {
        _adapter.Dispose();
        _http.Dispose();
    }
}
