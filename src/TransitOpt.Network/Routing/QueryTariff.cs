using System.Collections.Concurrent;
using System.Collections.Immutable;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Routing;

/// <summary>
/// A query's money model compiled against one graph: the rate per vehicle-km of every link (rail by the commodity's
/// tariff class, the railway's section and whether the shipment is the railway's own traffic or transit; road by the
/// country's line-haul rate), the charges per wagon on entering a railway or tariff section, and what the wagons cost
/// per hour while the shipment is on rail (hire for the loaded days and the empty return). The per-link and per-edge
/// tables depend only on the commodity, the origin and destination countries and the destination's section, so they are
/// shared by every query with the same four (at most a few hundred per network).
/// </summary>
internal sealed class QueryTariff
{
    private readonly TariffTable _table;
    private readonly CompactGraph _graph;
    private readonly double _originEntryUsd;
    private readonly RailTariffRow? _originRow;
    private readonly double _terminalUsd;
    private readonly StaticEdgeCosts?[] _staticCosts = new StaticEdgeCosts?[4];
    private readonly ConcurrentDictionary<int, string> _lineHaulItems = new();
    private readonly double[] _usdPerVehicleKm;
    private readonly int _originRailEdges;
    private readonly int _originRailEdgesEnd;
    private readonly ConcurrentDictionary<int, string> _entryItems = new();

    public QueryTariff(CompactGraph graph, RouteQuery query)
    {
        _graph = graph;
        var network = graph.Network;
        var tariffs = network.RailTariffs;
        Commodity = CommodityOf(query);
        Spec = tariffs.Spec(Commodity);
        Vehicles = network.VehiclesFor(Commodity);
        var origin = network.Place(query.Origin);
        var destination = network.Place(query.Destination);
        var key = new TariffKey(Commodity, origin.Country, destination.Country, network.RailSectionOf(destination.Id));
        _table = network.TariffTables.GetOrAdd(key, k => new TariffTable(graph, k, Spec));
        var originIndex = graph.IndexOf(origin.Id);
        _originRow = _table.Row(origin.Country, network.RailSectionOf(origin.Id));
        _originEntryUsd = _originRow?.FixedUsdPerWagon ?? 0;
        RoadEmptyReturnShare = tariffs.RoadEmptyReturn.TryGetValue(destination.Country, out var share) ? share : 0;
        EmptyReturnTariffFactor = tariffs.EmptyReturnTariffFactor;
        WagonUsdPerDay = tariffs.UsdPerWagonDay(Spec?.Wagon);
        WagonUsdPerHour = WagonUsdPerDay * (1 + tariffs.EmptyReturnFactor) / 24;
        _terminalUsd = WagonUsdPerDay * tariffs.TerminalDays;
        _usdPerVehicleKm = [.. network.Links.Select((_, i) => _table.UsdPerVehicleKm(i, RoadEmptyReturnShare))];
        var originRail = CompactGraph.Vertex(originIndex, TransportMode.Rail);
        (_originRailEdges, _originRailEdgesEnd) = (graph.FirstEdge[originRail], graph.FirstEdge[originRail + 1]);
        HireItem = $"{Spec?.Wagon ?? "wagon"} hire (loaded days, empty return, loading and unloading)";
    }

    /// <summary>The graph the tables are compiled against.</summary>
    public CompactGraph Graph => _graph;

    /// <summary>The cost line wagon hire is booked on.</summary>
    public string HireItem { get; }

    /// <summary>The cost line a link's line haul is booked on, made by <paramref name="make"/> once per tariff and link.</summary>
    public string LineHaulItem(int link, Func<QueryTariff, int, string> make) =>
        _lineHaulItems.GetOrAdd(link, static (key, made) => made.Make(made.Tariff, key), (Tariff: this, Make: make));

    /// <summary>The cost line an edge's rail charge per wagon is booked on, made by <paramref name="make"/> once per tariff and edge.</summary>
    public string EntryItem(int edge, Func<QueryTariff, int, string> make) =>
        _entryItems.GetOrAdd(edge, static (key, made) => made.Make(made.Tariff, key), (Tariff: this, Make: make));

    /// <summary>The commodity the query is tariffed as (given, or assumed from the cargo kind).</summary>
    public Commodity Commodity { get; }

    /// <summary>The commodity a query is tariffed as.</summary>
    public static Commodity CommodityOf(RouteQuery query) => query.Commodity ?? Commodities.Default(query.Cargo.Kind);

    /// <summary>How the commodity travels by rail, or null when the data does not say.</summary>
    public CommoditySpec? Spec { get; }

    /// <summary>Vehicle types with the commodity's wagon payload.</summary>
    public ImmutableDictionary<TransportMode, VehicleType> Vehicles { get; }

    /// <summary>The share of a truck's empty return priced into road line haul (trips into Tajikistan).</summary>
    public double RoadEmptyReturnShare { get; }

    /// <summary>The empty wagon's return tariff as a share of the loaded per-km tariff.</summary>
    public double EmptyReturnTariffFactor { get; }

    /// <summary>Hire of one wagon per day.</summary>
    public double WagonUsdPerDay { get; }

    /// <summary>What one wagon costs per hour on rail: hire for the hour and for its share of the empty return.</summary>
    public double WagonUsdPerHour { get; }

    /// <summary>USD per wagon-km or truck-km of a link for this query.</summary>
    public double UsdPerVehicleKm(int link) => _usdPerVehicleKm[link];

    /// <summary>The tariff row a rail link is priced by, or null for the country's flat rate.</summary>
    public RailTariffRow? Row(int link) => _table.LinkRow(link);

    /// <summary>The tariff row whose per-wagon charge an edge pays, or null.</summary>
    public RailTariffRow? EntryRow(int edge) => StartsAtOrigin(edge) ? _originRow : _table.EntryRow(edge);

    /// <summary>Tariff charges per wagon for taking an edge: entering a railway or section, or starting a rail trip in one.</summary>
    public double EntryUsdPerWagon(int edge) => StartsAtOrigin(edge) ? _originEntryUsd : _table.EntryUsd(edge);

    /// <summary>Wagon hire per wagon for the loading and unloading days, paid when a rail trip starts on the edge.</summary>
    public double StartWagonUsd(int edge) => StartsAtOrigin(edge) || _table.StartsRailTrip(edge) ? _terminalUsd : 0;

    /// <summary>
    /// The static parts of every edge's cost under this tariff for a block train or wagonload and a delay quantile,
    /// compiled on first use.
    /// </summary>
    public StaticEdgeCosts StaticCosts(bool blockTrain, EtaQuantile quantile) =>
        LazyInitializer.EnsureInitialized(
            ref _staticCosts[((blockTrain ? 1 : 0) * 2) + (int)quantile],
            () => new StaticEdgeCosts(_graph, this, _graph.Network.RailExtraHoursPerKm(blockTrain), quantile));

    /// <summary>A rail edge leaving the origin on rail (not across a border): the rail trip starts there.</summary>
    private bool StartsAtOrigin(int edge) =>
        edge >= _originRailEdges && edge < _originRailEdgesEnd && _graph.Kind[edge] == EdgeKind.Rail && _graph.CrossingIndex[edge] < 0;
}

/// <summary>What a query's tariff tables depend on.</summary>
internal readonly record struct TariffKey(Commodity Commodity, CountryCode Origin, CountryCode Destination, string DestinationSection);

/// <summary>Rates and entry charges for one <see cref="TariffKey"/>, per link and per edge.</summary>
internal sealed class TariffTable
{
    private readonly TransitNetwork _network;
    private readonly TariffKey _key;
    private readonly CommoditySpec? _spec;
    private readonly RailTariffRow?[] _linkRows;
    private readonly double[] _railUsdPerWagonKm;
    private readonly RailTariffRow?[] _entryRows;
    private readonly bool[] _startsRailTrip;

    public TariffTable(CompactGraph graph, TariffKey key, CommoditySpec? spec)
    {
        _network = graph.Network;
        _key = key;
        _spec = spec;
        var links = _network.Links;
        _linkRows = [.. links.Select(l => l.Mode == TransportMode.Rail ? Row(_network.Place(l.From).Country, l.TariffSection) : null)];
        _railUsdPerWagonKm = [.. links.Select((l, i) => _linkRows[i]?.UsdPerWagonKm ?? l.UsdPerVehicleKm)];

        // Entering a railway (or its tariff section) across a border, or starting a rail trip at a terminal: the row's
        // charge per wagon; starting a rail trip also pays the wagon's loading and unloading days.
        _entryRows = new RailTariffRow?[graph.EdgeCount];
        _startsRailTrip = new bool[graph.EdgeCount];
        for (var edge = 0; edge < graph.EdgeCount; edge++)
        {
            if (graph.Kind[edge] == EdgeKind.Rail && graph.CrossingIndex[edge] >= 0)
            {
                var target = _network.Places[CompactGraph.PlaceOf(graph.Target[edge])];
                _entryRows[edge] = Row(target.Country, _network.RailSectionOf(target.Id));
            }
            else if (graph.Kind[edge] == EdgeKind.Transfer && CompactGraph.ModeOf(graph.Target[edge]) == TransportMode.Rail)
            {
                var place = _network.Places[CompactGraph.PlaceOf(graph.Source[edge])];
                _entryRows[edge] = Row(place.Country, _network.RailSectionOf(place.Id));
                _startsRailTrip[edge] = true;
            }
        }
    }

    public RailTariffRow? Row(CountryCode country, string section) => _network.RailTariffs.Find(
        country, section, country == _key.Origin || country == _key.Destination ? RailTraffic.National : RailTraffic.Transit,
        _key.Origin, _key.Destination, _spec, _key.DestinationSection);

    public RailTariffRow? LinkRow(int link) => _linkRows[link];

    public double UsdPerVehicleKm(int link, double roadEmptyReturn) =>
        _network.Links[link].Mode == TransportMode.Road ? _network.Links[link].UsdPerVehicleKm * (1 + roadEmptyReturn) : _railUsdPerWagonKm[link];

    public RailTariffRow? EntryRow(int edge) => _entryRows[edge];

    public double EntryUsd(int edge) => _entryRows[edge]?.FixedUsdPerWagon ?? 0;

    public bool StartsRailTrip(int edge) => _startsRailTrip[edge];
}
