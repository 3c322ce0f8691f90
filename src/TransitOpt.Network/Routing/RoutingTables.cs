using System.Collections.Concurrent;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Routing;

/// <summary>
/// What every route query on one network shares, compiled once: time zones, gauge-change charges, the least border
/// delay of each crossing edge, the links a cargo may be refused on, and the tables a query allows everything in. A
/// query's <see cref="SearchContext"/> then only looks up or copies, instead of walking the network again. Tables
/// handed out are never written to.
/// </summary>
internal sealed class RoutingTables
{
    private readonly TransitNetwork _network;
    private readonly int[] _restrictedLinks;
    private readonly Dictionary<string, CrossingSet> _families;
    private readonly Dictionary<CountryCode, CrossingSet> _touching;
    private readonly ConcurrentDictionary<(CountryCode Registration, bool IgnoreAdmission), bool[]> _crossingsByRegistration = new();
    private readonly ConcurrentDictionary<(Commodity Commodity, int Origin, int Destination), QueryTariff> _tariffs = new();
    private int _statics;

    public RoutingTables(CompactGraph graph)
    {
        _network = graph.Network;
        var places = _network.Places;
        PlaceOffset = [.. places.Select(p => _network.Country(p.Country).UtcOffset)];
        GaugeChangeUsdPerWagon = [.. _network.Crossings.Select(c => c.GaugeChange
            ? _network.Terminals.Where(t => t.GaugeChange && (t.Place == c.SideA.Place || t.Place == c.SideB.Place)).Select(t => t.HandlingUsdPerVehicle).DefaultIfEmpty(0).Max()
            : 0)];
        FromSideA = new bool[graph.EdgeCount];
        LeastDelay = [new double[graph.EdgeCount], new double[graph.EdgeCount]];
        for (var edge = 0; edge < graph.EdgeCount; edge++)
        {
            if (graph.CrossingIndex[edge] is var c and >= 0)
            {
                var crossing = _network.Crossings[c];
                var fromSideA = FromSideA[edge] = crossing.SideA.Place == places[CompactGraph.PlaceOf(graph.Source[edge])].Id;
                foreach (var quantile in Enum.GetValues<EtaQuantile>())
                {
                    LeastDelay[(int)quantile][edge] = crossing.LeastDelay(fromSideA, quantile);
                }
            }
        }

        AllPlaces = [.. places.Select(_ => true)];
        AllLinks = [.. _network.Links.Select(_ => true)];
        NoSurcharges = new double[]?[graph.EdgeCount];
        _families = _network.Crossings.Select((c, i) => (c.Corridor, i)).GroupBy(x => x.Corridor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => CrossingSet.Of(g.Select(x => x.i)), StringComparer.Ordinal);
        _touching = _network.Countries.ToDictionary(
            country => country.Code,
            country => CrossingSet.Of(_network.Crossings.Select((c, i) => (c, i)).Where(x => x.c.SideA.Country == country.Code || x.c.SideB.Country == country.Code).Select(x => x.i)));
        EdgeResources = [.. Enumerable.Range(0, graph.EdgeCount).Select(edge => Routing.EdgeResources.Of(graph, edge).ToArray())];
        _restrictedLinks = [.. _network.Links.Select((l, i) => (l, i)).Where(x => x.l.BannedCargo.Length > 0 || x.l.MaxGrossTonnes is not null).Select(x => x.i)];
    }

    /// <summary>The UTC offset of each place's country.</summary>
    public TimeSpan[] PlaceOffset { get; }

    /// <summary>Per crossing, the gauge-change terminal's handling per wagon (0 where the gauge stays).</summary>
    public double[] GaugeChangeUsdPerWagon { get; }

    /// <summary>Per edge, true when a crossing edge leaves from the crossing's side A.</summary>
    public bool[] FromSideA { get; }

    /// <summary>Per quantile and edge, the least border delay of any season (0 for edges that cross no border).</summary>
    public double[][] LeastDelay { get; }

    /// <summary>Every place allowed.</summary>
    public bool[] AllPlaces { get; }

    /// <summary>Every link allowed.</summary>
    public bool[] AllLinks { get; }

    /// <summary>No edge with a surcharge.</summary>
    public double[]?[] NoSurcharges { get; }

    /// <summary>Per edge, the daily capacities it consumes (see <see cref="Routing.EdgeResources"/>).</summary>
    public ResourceRef[][] EdgeResources { get; }

    /// <summary>The crossings of a corridor family (see <see cref="BorderCrossing.Corridor"/>).</summary>
    public CrossingSet Family(string corridor) => _families[corridor];

    /// <summary>The crossings on the borders of a country.</summary>
    public CrossingSet Touching(CountryCode country) => _touching[country];

    /// <summary>
    /// The most money models kept. One with its per-edge cost table takes about 38 KB on the bundled network (measured
    /// over 200 city pairs), so the cache stays near 80 MB however many places and commodities are asked for, while the
    /// bundled demand sets (300–580 commodity, origin and destination combinations) fit whole; past it a model is built
    /// for its query alone.
    /// </summary>
    public const int MaxTariffs = 2048;

    /// <summary>Money models kept now (at most <see cref="MaxTariffs"/>).</summary>
    public int TariffCount => _tariffs.Count;

    /// <summary>The query's money model, shared by queries with the same commodity, origin and destination.</summary>
    public QueryTariff Tariff(CompactGraph graph, RouteQuery query, int origin, int destination)
    {
        var key = (QueryTariff.CommodityOf(query), origin, destination);
        if (_tariffs.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var tariff = new QueryTariff(graph, query);
        return _tariffs.Count < MaxTariffs ? _tariffs.GetOrAdd(key, tariff) : tariff;
    }

    /// <summary>
    /// The most <see cref="QueryStatics"/> kept over all tariffs. One takes about 14 KB on the bundled network (a key per
    /// edge and a bound per vertex), so at most about 57 MB; the planner's demand sets need one or two per tariff.
    /// </summary>
    public const int MaxStatics = 4096;

    /// <summary><see cref="QueryStatics"/> kept now (at most <see cref="MaxStatics"/>).</summary>
    public int StaticsCount => Volatile.Read(ref _statics);

    /// <summary>Takes one of the <see cref="MaxStatics"/> places for a tariff's statics; false when none is left.</summary>
    public bool TryReserveStatics()
    {
        while (true)
        {
            var count = Volatile.Read(ref _statics);
            if (count >= MaxStatics)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _statics, count + 1, count) == count)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// The crossings a query may use: not avoided, not <paramref name="forbidden"/>, and admitting its vehicles (unless
    /// admission is ignored).
    /// </summary>
    public bool[] CrossingsAllowed(RouteQuery query, CountryCode registration, IReadOnlySet<CrossingId> forbidden, bool ignoreAdmission)
    {
        var admitted = _crossingsByRegistration.GetOrAdd((registration, ignoreAdmission), key =>
            [.. _network.Crossings.Select(c => key.IgnoreAdmission || c.Admits(key.Registration))]);
        if (query.AvoidCrossings.Count == 0 && forbidden.Count == 0)
        {
            return admitted;
        }

        var allowed = (bool[])admitted.Clone();
        for (var c = 0; c < allowed.Length; c++)
        {
            var id = _network.Crossings[c].Id;
            allowed[c] &= !query.AvoidCrossings.Contains(id) && !forbidden.Contains(id);
        }

        return allowed;
    }

    /// <summary>The links that carry the query's cargo kind and truck weight.</summary>
    public bool[] LinksAllowed(CargoKind kind, double truckGrossTonnes)
    {
        bool[]? allowed = null;
        foreach (var index in _restrictedLinks)
        {
            var link = _network.Links[index];
            if (link.BannedCargo.Contains(kind) || (link.MaxGrossTonnes is { } limit && !(truckGrossTonnes <= limit)))
            {
                allowed ??= (bool[])AllLinks.Clone();
                allowed[index] = false;
            }
        }

        return allowed ?? AllLinks;
    }
}
