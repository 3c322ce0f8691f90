using System.Collections.Immutable;
using NetTopologySuite.Geometries;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Geography;
using TransitOpt.Network.Routing;

namespace TransitOpt.Network.Tests.Scaffolding;

/// <summary>
/// Small random three-country corridors (KZ – UZ – TJ) with rail and road, terminals, and border crossings that keep
/// random hours and dwell: the ground for property tests of the time-dependent route search.
/// </summary>
internal static class RandomCorridors
{
    private static readonly GeometryFactory Geometry = new(new PrecisionModel(), 4326);
    private static readonly (string Code, double Lat)[] Bands = [("KZ", 42.5), ("UZ", 41), ("TJ", 39)];

    public static (TransitNetwork Network, RouteQuery Query) Create(int seed)
    {
        var random = new Random(seed);
        var places = ImmutableArray.CreateBuilder<Place>();
        foreach (var (code, lat) in Bands)
        {
            var count = 2 + random.Next(3);
            for (var i = 0; i < count; i++)
            {
                places.Add(new Place(
                    new NodeId($"{code}-P{i}"), $"{code} place {i}", [], PlaceKind.City, new CountryCode(code),
                    Geometry.CreatePoint(new Coordinate(68 + (random.NextDouble() * 2), lat + (random.NextDouble() * 0.8))), "random"));
            }
        }

        var all = places.ToImmutable();
        var links = ImmutableArray.CreateBuilder<Link>();
        var crossings = ImmutableArray.CreateBuilder<BorderCrossing>();
        foreach (var (code, _) in Bands)
        {
            var inCountry = all.Where(p => p.Country.Value == code).ToList();
            for (var i = 0; i < inCountry.Count + random.Next(4); i++)
            {
                var from = inCountry[random.Next(inCountry.Count)];
                var to = inCountry[random.Next(inCountry.Count)];
                if (from.Id != to.Id)
                {
                    links.Add(RandomLink(random, $"L-{code}-{i}", from, to, null));
                }
            }
        }

        foreach (var (a, b) in new[] { ("KZ", "UZ"), ("UZ", "TJ") })
        {
            for (var i = 0; i < 1 + random.Next(3); i++)
            {
                var from = Pick(random, all, a);
                var to = Pick(random, all, b);
                var mode = random.Next(2) == 0 ? TransportMode.Rail : TransportMode.Road;
                var crossing = RandomCrossing(random, $"BCP-{a}-{b}-{i}", mode, from, to);
                crossings.Add(crossing);
                links.Add(RandomLink(random, $"X-{a}-{b}-{i}", from, to, crossing) with { Mode = mode });
            }
        }

        var terminals = all.Where(_ => random.Next(3) == 0)
            .Select(p => new Terminal(new TerminalId($"T-{p.Id}"), p.Id, "random", TerminalKind.DryPort, random.Next(1, 10), random.Next(20, 200), 100, false, "random"))
            .ToImmutableArray();
        var countries = Bands.Select(b => new Country(
            new CountryCode(b.Code), b.Code, TimeSpan.FromHours(5), null,
            b.Code == "UZ" ? [new CountryCode("KZ"), new CountryCode("TJ")] : [new CountryCode("UZ")], "random")).ToImmutableArray();
        var vehicles = ImmutableDictionary<TransportMode, VehicleType>.Empty
            .Add(TransportMode.Rail, new VehicleType("wagon", 65, 2))
            .Add(TransportMode.Road, new VehicleType("truck", 20, 2));
        EmissionFactor[] emissions =
        [
            new(TransportMode.Rail, false, null, 22, "random"),
            new(TransportMode.Road, false, null, 90, "random"),
        ];
        var network = new TransitNetwork(
            new NetworkVersion($"corridor-{seed}"), countries, all, links.ToImmutable(), crossings.ToImmutable(),
            terminals, [], vehicles, [.. emissions], new RailOperations(5.8, 50, "random"));
        var modes = (seed % 3) switch
        {
            0 => new HashSet<TransportMode> { TransportMode.Rail },
            1 => new HashSet<TransportMode> { TransportMode.Road },
            _ => new HashSet<TransportMode> { TransportMode.Rail, TransportMode.Road },
        };
        var query = new RouteQuery
        {
            Origin = Pick(random, all, "KZ").Id,
            Destination = Pick(random, all, "TJ").Id,
            Departure = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(5)).AddHours(random.Next(0, 24 * 7)),
            Modes = modes,
            Objective = (RouteObjective)(seed % 3),
            Cargo = new Cargo(CargoKind.Container, 1 + random.Next(6), CargoUnit.Teu),
            Alternatives = 3,
        };
        return (network, query);
    }

    private static Place Pick(Random random, ImmutableArray<Place> places, string country)
    {
        var inCountry = places.Where(p => p.Country.Value == country).ToList();
        return inCountry[random.Next(inCountry.Count)];
    }

    private static Link RandomLink(Random random, string id, Place from, Place to, BorderCrossing? crossing)
    {
        var mode = crossing?.Mode ?? (random.Next(2) == 0 ? TransportMode.Rail : TransportMode.Road);
        var straight = GreatCircle.DistanceKm(from.Longitude, from.Latitude, to.Longitude, to.Latitude);
        return new Link(
            new LinkId(id), mode, from.Id, to.Id, "random",
            Geometry.CreateLineString([from.Location.Coordinate, to.Location.Coordinate]),
            Math.Round(Math.Max(1, straight) * (1 + (random.NextDouble() * 0.5)), 1), 25 + random.Next(50), 100,
            InfrastructureStatus.Open, [],
            mode == TransportMode.Rail ? new RailTrack(1520, 1, false) : null,
            mode == TransportMode.Road ? 44 : null, crossing?.Id, 0.5 + random.NextDouble(), [], "random");
    }

    private static BorderCrossing RandomCrossing(Random random, string id, TransportMode mode, Place a, Place b)
    {
        var hours = random.Next(3) == 0
            ? new OpeningHours(TimeSpan.FromHours(5), 0, OpeningHours.MinutesPerDay, [.. Enum.GetValues<DayOfWeek>()])
            : new OpeningHours(
                TimeSpan.FromHours(5 + random.Next(2)), (6 + random.Next(5)) * 60, (15 + random.Next(6)) * 60,
                [.. Enum.GetValues<DayOfWeek>().Where(_ => random.Next(4) > 0).DefaultIfEmpty(DayOfWeek.Wednesday)]);
        return new BorderCrossing(
            new CrossingId(id), id, mode,
            new CrossingSide(a.Country, a.Name, a.Id), new CrossingSide(b.Country, b.Name, b.Id),
            a.Location, InfrastructureStatus.Open, new PerDirection<int>(100, 100),
            new PerDirection<double>(random.Next(0, 13), random.Next(0, 13)),
            new PerDirection<double>(random.Next(0, 200), random.Next(0, 200)),
            hours, [], CustomsRegime.Full, false, "random", null) { Corridor = id };
    }
}
