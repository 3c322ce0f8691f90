using BenchmarkDotNet.Attributes;
using TransitOpt.Network;
using TransitOpt.Network.Routing;

namespace TransitOpt.Benchmarks;

/// <summary>
/// The planner's question on the bundled network: Almaty to Dushanbe, rail or road, three alternatives, balanced
/// objective. Baseline: the same with one route only, to show what the alternatives cost.
/// </summary>
[MemoryDiagnoser]
public class RouteBenchmarks
{
    private Router _router = null!;
    private RouteQuery _three = null!;
    private RouteQuery _one = null!;

    [GlobalSetup]
    public void Setup()
    {
        var network = BundledNetwork.Load();
        _router = new Router(network);
        _three = new RouteQuery
        {
            Origin = PlaceResolver.Resolve(network, "Almaty", [TransportMode.Rail]).Place!.Id,
            Destination = PlaceResolver.Resolve(network, "Dushanbe", [TransportMode.Rail]).Place!.Id,
            Departure = new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.FromHours(5)),
            Alternatives = 3,
        };
        _one = _three with { Alternatives = 1 };
        if (_router.Route(_three).Response is null)
        {
            throw new InvalidOperationException("The benchmark query has no route.");
        }
    }

    [Benchmark(Baseline = true, Description = "best route only")]
    public RouteOutcome OneRoute() => _router.Route(_one);

    [Benchmark(Description = "best + 2 alternatives")]
    public RouteOutcome ThreeRoutes() => _router.Route(_three);
}
