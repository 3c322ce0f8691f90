using System.Collections.Immutable;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Routing;

/// <summary>
/// A query's money model compiled against one graph: the rate per vehicle-km of every link (rail by the commodity's
/// tariff class, the railway's section and whether the shipment is the railway's own traffic or transit; road by the
/// country's line-haul rate), the charges per wagon on entering a railway or tariff section, and what the wagons cost
/// per hour while the shipment is on rail (hire for the loaded days and the empty return).
/// </summary>
internal sealed class QueryTariff
{
    private readonly double[] _usdPerVehicleKm;
    private readonly RailTariffRow?[] _rows;
    private readonly double[] _entryUsdPerWagon;
    private readonly double[] _startWagonUsd;
    private readonly RailTariffRow?[] _entryRows;

    public QueryTariff(CompactGraph graph, RouteQuery query)
    {
        var network = graph.Network;
        var tariffs = network.RailTariffs;
        Commodity = query.Commodity ?? Commodities.Default(query.Cargo.Kind);
        Spec = tariffs.Spec(Commodity);
        Vehicles = network.VehiclesFor(Commodity);
        var origin = network.Place(query.Origin);
        var destination = network.Place(query.Destination);
        var destinationSection = network.RailSectionOf(destination.Id);
        RailTariffRow? Row(CountryCode country, string section) => tariffs.Find(
            country, section, country == origin.Country || country == destination.Country ? RailTraffic.National : RailTraffic.Transit,
            origin.Country, destination.Country, Spec, destinationSection);

        _rows = [.. network.Links.Select(l => l.Mode == TransportMode.Rail ? Row(network.Place(l.From).Country, l.TariffSection) : null)];
        var roadEmptyReturn = tariffs.RoadEmptyReturn.TryGetValue(destination.Country, out var share) ? share : 0;
        RoadEmptyReturnShare = roadEmptyReturn;
        _usdPerVehicleKm = [.. network.Links.Select((l, i) => l.Mode == TransportMode.Road
            ? l.UsdPerVehicleKm * (1 + roadEmptyReturn)
            : _rows[i]?.UsdPerWagonKm ?? l.UsdPerVehicleKm)];
        EmptyReturnTariffFactor = tariffs.EmptyReturnTariffFactor;
        WagonUsdPerDay = tariffs.UsdPerWagonDay(Spec?.Wagon);
        WagonUsdPerHour = WagonUsdPerDay * (1 + tariffs.EmptyReturnFactor) / 24;
        var terminalUsd = WagonUsdPerDay * tariffs.TerminalDays;

        // Entering a railway (or its tariff section) across a border, or starting on it at the origin: the row's
        // charge per wagon; starting a rail trip also pays the wagon's loading and unloading days.
        _entryUsdPerWagon = new double[graph.EdgeCount];
        _startWagonUsd = new double[graph.EdgeCount];
        _entryRows = new RailTariffRow?[graph.EdgeCount];
        for (var edge = 0; edge < graph.EdgeCount; edge++)
        {
            var source = network.Places[CompactGraph.PlaceOf(graph.Source[edge])];
            var target = network.Places[CompactGraph.PlaceOf(graph.Target[edge])];
            if (graph.Kind[edge] == EdgeKind.Rail && graph.CrossingIndex[edge] >= 0)
            {
                _entryRows[edge] = Row(target.Country, network.RailSectionOf(target.Id));
                _entryUsdPerWagon[edge] = _entryRows[edge]?.FixedUsdPerWagon ?? 0;
            }
            else if ((graph.Kind[edge] == EdgeKind.Rail && source.Id == origin.Id)
                || (graph.Kind[edge] == EdgeKind.Transfer && CompactGraph.ModeOf(graph.Target[edge]) == TransportMode.Rail))
            {
                _entryRows[edge] = Row(source.Country, network.RailSectionOf(source.Id));
                _entryUsdPerWagon[edge] = _entryRows[edge]?.FixedUsdPerWagon ?? 0;
                _startWagonUsd[edge] = terminalUsd;
            }
        }
    }

    /// <summary>The commodity the query is tariffed as (given, or assumed from the cargo kind).</summary>
    public Commodity Commodity { get; }

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
    public RailTariffRow? Row(int link) => _rows[link];

    /// <summary>The tariff row whose per-wagon charge an edge pays, or null.</summary>
    public RailTariffRow? EntryRow(int edge) => _entryRows[edge];

    /// <summary>Tariff charges per wagon for taking an edge: entering a railway or section, or starting a rail trip in one.</summary>
    public double EntryUsdPerWagon(int edge) => _entryUsdPerWagon[edge];

    /// <summary>Wagon hire per wagon for the loading and unloading days, paid when a rail trip starts on the edge.</summary>
    public double StartWagonUsd(int edge) => _startWagonUsd[edge];
}
