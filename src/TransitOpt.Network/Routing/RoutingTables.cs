using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
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
    private readonly BoundedMap<(Commodity Commodity, int Origin, int Destination), QueryTariff> _tariffs = new(MaxTariffs);
    private readonly BoundedMap<BoundsKey, double[]> _bounds;
    private readonly LineString?[] _reversedGeometry;
    private readonly BoundedMap<StaticsKey, QueryStatics> _statics = new(MaxStatics);

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

        RunningHours = [.. _network.Links.Select(l => l.RunningHours)];
        _reversedGeometry = new LineString?[_network.Links.Length];
        BorderFeesItem = [.. _network.Crossings.Select(c => $"border fees at {c.Name}")];
        GaugeChangeItem = [.. _network.Crossings.Select(c => $"gauge change at {c.Name}")];
        HandlingItem = [.. _network.Terminals.Select(t => $"handling at {t.Name}")];
        PlainRoad = [.. Enumerable.Range(0, graph.EdgeCount).Select(edge => graph.Kind[edge] == EdgeKind.Road && graph.CrossingIndex[edge] < 0
            && _network.Links[graph.LinkIndex[edge]] is { ClosedMonths.Length: 0, ClosedPeriods.Length: 0 })];
        GramsCo2ePerTonneKm = [.. _network.Links.Select(_network.GramsCo2ePerTonneKm)];
        AllPlaces = [.. places.Select(_ => true)];
        AllLinks = [.. _network.Links.Select(_ => true)];
        NoSurcharges = new double[]?[graph.EdgeCount];
        _families = _network.Crossings.Select((c, i) => (c.Corridor, i)).GroupBy(x => x.Corridor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => CrossingSet.Of(g.Select(x => x.i)), StringComparer.Ordinal);
        _touching = _network.Countries.ToDictionary(
            country => country.Code,
            country => CrossingSet.Of(_network.Crossings.Select((c, i) => (c, i)).Where(x => x.c.SideA.Country == country.Code || x.c.SideB.Country == country.Code).Select(x => x.i)));
        _bounds = new((int)Math.Max(64, MaxBoundBytes / (sizeof(double) * (long)graph.VertexCount)));
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

    /// <summary>Per link, its moving time at the typical speed (<see cref="Link.RunningHours"/>).</summary>
    public double[] RunningHours { get; }

    /// <summary>
    /// Per edge, true for a road link that crosses no border and has no calendar: nothing on it waits, so its traversal
    /// depends on the time entered only through the driver's clock and winter speeds (<see cref="SearchContext.TryAdvance"/>).
    /// </summary>
    public bool[] PlainRoad { get; }

    /// <summary>Per crossing, the cost line its border fees are booked on.</summary>
    public string[] BorderFeesItem { get; }

    /// <summary>Per crossing, the cost line its gauge change is booked on.</summary>
    public string[] GaugeChangeItem { get; }

    /// <summary>Per terminal, the cost line its handling is booked on.</summary>
    public string[] HandlingItem { get; }

    /// <summary>A link's geometry drawn from its end to its start (made on first use, then shared like the link's own).</summary>
    public LineString ReversedGeometry(int link)
    {
        if (Volatile.Read(ref _reversedGeometry[link]) is { } reversed)
        {
            return reversed;
        }

        var made = (LineString)_network.Links[link].Geometry.Reverse();
        return Interlocked.CompareExchange(ref _reversedGeometry[link], made, null) ?? made;
    }

    /// <summary>Per link, its grams CO2e per tonne-km (<see cref="TransitNetwork.GramsCo2ePerTonneKm"/>).</summary>
    public double[] GramsCo2ePerTonneKm { get; }

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
        return _tariffs.TryGet(key, out var kept) ? kept : _tariffs.Keep(key, new QueryTariff(graph, query));
    }

    /// <summary>
    /// The most <see cref="QueryStatics"/> kept. One takes about 20 KB on the bundled network (a key per
    /// edge, and a bound of the key and one of the hours per vertex), so at most about 80 MB; the planner's demand sets
    /// need one or two per tariff.
    /// </summary>
    public const int MaxStatics = 4096;

    /// <summary><see cref="QueryStatics"/> kept now (at most <see cref="MaxStatics"/>).</summary>
    public int StaticsCount => _statics.Count;

    /// <summary>
    /// The static keys and lower bounds of the queries alike in <paramref name="key"/>: built by <paramref name="build"/>
    /// on first use and kept while there is room.
    /// </summary>
    public QueryStatics Statics(StaticsKey key, Func<QueryStatics> build) =>
        _statics.TryGet(key, out var kept) ? kept : _statics.Keep(key, build());

    /// <summary>
    /// What the restricted searches' lower bounds kept may take at most (each a number per vertex, 5.8 KB on the bundled
    /// network, so about 5,800 of them there): past it a restricted search computes its own. (A query's own bounds are
    /// kept with its statics, see <see cref="MaxStatics"/>.)
    /// </summary>
    public const long MaxBoundBytes = 32L << 20;

    /// <summary>The most lower-bound arrays kept: <see cref="MaxBoundBytes"/> worth, at least 64.</summary>
    public int MaxBounds => _bounds.Max;

    /// <summary>Lower-bound arrays kept now (at most <see cref="MaxBounds"/>).</summary>
    public int BoundCount => _bounds.Count;

    /// <summary>
    /// The lower bounds kept for restricted searches that weigh and allow edges alike (<paramref name="key"/>), or
    /// false. They depend on no departure, so the same restricted search of another query or day shares them.
    /// </summary>
    public bool TryGetBounds(BoundsKey key, out double[] bounds) => _bounds.TryGet(key, out bounds);

    /// <summary>True while fewer than <see cref="MaxBounds"/> lower-bound arrays are kept.</summary>
    public bool RoomForBounds => _bounds.HasRoom;

    /// <summary>
    /// Keeps freshly computed <paramref name="bounds"/> (never written to again) under <paramref name="key"/> while there
    /// is room; returns the bounds kept for the key (another thread's equal ones when it came first).
    /// </summary>
    public double[] KeepBounds(BoundsKey key, double[] bounds) => _bounds.Keep(key, bounds);

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

/// <summary>
/// What weighs an edge in a query's search key apart from the time it is entered: the tariff (commodity, origin and
/// destination), the train kind, the delay quantile, the vehicles of each mode and the objective's weights.
/// </summary>
internal readonly record struct EdgeWeights(
    Commodity Commodity, int Origin, int Destination, bool BlockTrain, EtaQuantile Quantile, int RailVehicles, int RoadVehicles, double MoneyWeight, double HourWeight);

/// <summary>
/// What a query's lower bounds depend on besides restrictions: its edge weights and what it allows (cargo kind and truck
/// weight on links, the registration the crossings admit, or all; countries and crossings avoided, as text).
/// </summary>
internal readonly record struct BoundsScope(EdgeWeights Weights, CargoKind Cargo, double TruckGrossTonnes, CountryCode Registration, bool IgnoreAdmission, string Avoided);

/// <summary>What a search's lower bounds depend on: its scope, the crossings a restricted search also forbids, and the modes it keeps to.</summary>
internal readonly record struct BoundsKey(BoundsScope Scope, string Forbidden, bool Rail, bool Road);
