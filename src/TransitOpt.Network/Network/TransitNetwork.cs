using System.Collections.Frozen;
using System.Collections.Immutable;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Graph;

namespace TransitOpt.Network;

/// <summary>
/// The loaded, validated corridor network. Immutable: a change (a scenario) makes a new network with a new
/// <see cref="Version"/>. Build one with <see cref="Loading.NetworkLoader"/>.
/// </summary>
public sealed partial class TransitNetwork
{
    private readonly FrozenDictionary<NodeId, Place> _places;
    private readonly FrozenDictionary<LinkId, Link> _links;
    private readonly FrozenDictionary<CrossingId, BorderCrossing> _crossings;
    private readonly FrozenDictionary<CountryCode, Country> _countries;
    private readonly FrozenDictionary<string, ImmutableHashSet<CrossingId>> _corridors;
    private readonly Lazy<CompactGraph> _graph;
    private readonly Lazy<FrozenDictionary<NodeId, string>> _railSections;
    private readonly Lazy<double[]> _blockExtra;
    private readonly Lazy<double[]> _wagonloadExtra;
    private readonly Lazy<(ImmutableArray<Link>, ImmutableArray<BorderCrossing>)> _calendar;

    internal TransitNetwork(
        NetworkVersion version,
        ImmutableArray<Country> countries,
        ImmutableArray<Place> places,
        ImmutableArray<Link> links,
        ImmutableArray<BorderCrossing> crossings,
        ImmutableArray<Terminal> terminals,
        ImmutableArray<Tariff> tariffs,
        ImmutableDictionary<TransportMode, VehicleType> vehicles,
        ImmutableArray<EmissionFactor> emissionFactors,
        RailOperations railOperations,
        IReadOnlyDictionary<string, string>? texts = null)
    {
        Texts = texts ?? new Dictionary<string, string>();
        Version = version;
        Countries = countries;
        Places = places;
        Links = links;
        Crossings = crossings;
        Terminals = terminals;
        Tariffs = tariffs;
        Vehicles = vehicles;
        EmissionFactors = emissionFactors;
        RailOperations = railOperations;
        _countries = countries.ToFrozenDictionary(c => c.Code);
        _places = places.ToFrozenDictionary(p => p.Id);
        _links = links.ToFrozenDictionary(l => l.Id);
        _crossings = crossings.ToFrozenDictionary(c => c.Id);
        _corridors = crossings.GroupBy(c => c.Corridor, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(c => c.Id).ToImmutableHashSet(), StringComparer.Ordinal);
        _graph = new Lazy<CompactGraph>(() => CompactGraph.Build(this));
        _blockExtra = new Lazy<double[]>(() => RailExtra(RailOperations.BlockTrainWagons));
        _wagonloadExtra = new Lazy<double[]>(() => RailExtra(1));
        _calendar = new Lazy<(ImmutableArray<Link>, ImmutableArray<BorderCrossing>)>(() => (
            [.. Links.Where(l => l.Status.CarriesFreight() && (l.ClosedMonths.Length > 0 || l.ClosedPeriods.Length > 0))],
            [.. Crossings.Where(c => c.Status.CarriesFreight() && (c.ClosedMonths.Length > 0 || c.ClosedPeriods.Length > 0))]));
        _railSections = new Lazy<FrozenDictionary<NodeId, string>>(() => Links
            .Where(l => l.Mode == TransportMode.Rail && Place(l.From).Country == Place(l.To).Country)
            .SelectMany(l => new[] { (l.From, l.TariffSection), (l.To, l.TariffSection) })
            .GroupBy(x => x.Item1)
            .ToFrozenDictionary(g => g.Key, g => g.First().TariffSection));
    }

    /// <summary>The content hash of the data this network was loaded from.</summary>
    public NetworkVersion Version { get; }

    /// <summary>The countries of the corridor.</summary>
    public ImmutableArray<Country> Countries { get; }

    /// <summary>Every place, in file order.</summary>
    public ImmutableArray<Place> Places { get; }

    /// <summary>Every link, in file order.</summary>
    public ImmutableArray<Link> Links { get; }

    /// <summary>Every border crossing point, in file order.</summary>
    public ImmutableArray<BorderCrossing> Crossings { get; }

    /// <summary>Every rail–road or break-of-gauge terminal.</summary>
    public ImmutableArray<Terminal> Terminals { get; }

    /// <summary>Transport cost per vehicle-km by country and mode.</summary>
    public ImmutableArray<Tariff> Tariffs { get; }

    /// <summary>The standard wagon and truck.</summary>
    public ImmutableDictionary<TransportMode, VehicleType> Vehicles { get; }

    /// <summary>Greenhouse-gas intensity by mode and traction (and grid country for electric rail).</summary>
    public ImmutableArray<EmissionFactor> EmissionFactors { get; }

    /// <summary>Yard time of wagonload shipments and the block-train threshold.</summary>
    public RailOperations RailOperations { get; }

    /// <summary>Rail tariffs by commodity class and section, and wagon provision.</summary>
    public RailTariffs RailTariffs { get; init; } = RailTariffs.None;

    private double[] RailExtra(int wagons) => [.. Links.Select(l => l.Mode == TransportMode.Rail
        ? RailOperations.ExtraHoursPerKm(wagons, Place(l.From).Country, l.SpeedKmh, l.Rail?.Tracks ?? 1)
        : 0)];

    /// <summary>Per rail link, the hours per km a wagonload (false) or block train (true) adds to moving time.</summary>
    internal double[] RailExtraHoursPerKm(bool blockTrain) => blockTrain ? _blockExtra.Value : _wagonloadExtra.Value;

    /// <summary>Links and crossings with any seasonal or dated closure (the only ones a calendar check needs to look at).</summary>
    internal (ImmutableArray<Link> Links, ImmutableArray<BorderCrossing> Crossings) Calendar => _calendar.Value;

    /// <summary>Tariff tables shared by route queries with the same commodity, end countries and destination section.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<Routing.TariffKey, Routing.TariffTable> TariffTables { get; } = new();

    /// <summary>The vehicle types with the wagon payload of <paramref name="commodity"/> (a tank carries less than a hopper).</summary>
    public ImmutableDictionary<TransportMode, VehicleType> VehiclesFor(Commodity commodity) =>
        RailTariffs.Spec(commodity) is { } spec && Vehicles.TryGetValue(TransportMode.Rail, out var wagon)
            ? Vehicles.SetItem(TransportMode.Rail, wagon with { PayloadTonnes = spec.PayloadTonnes })
            : Vehicles;

    /// <summary>The railway tariff section of a place: that of its domestic rail links (<c>main</c> when they name none).</summary>
    public string RailSectionOf(NodeId place) => _railSections.Value.TryGetValue(place, out var section) ? section : Network.Link.MainSection;

    /// <summary>The compact adjacency for searches, built once on first use.</summary>
    public CompactGraph Graph => _graph.Value;

    /// <summary>The data files this network was loaded from (file name → JSON), the base a scenario overlays.</summary>
    internal IReadOnlyDictionary<string, string> Texts { get; }

    /// <summary>The place with this id.</summary>
    /// <exception cref="KeyNotFoundException">No place has this id.</exception>
    public Place Place(NodeId id) => _places[id];

    /// <summary>The crossings of a corridor family (e.g. every KZ–UZ post serving Tashkent); empty for an unknown family.</summary>
    public ImmutableHashSet<CrossingId> CorridorFamily(string corridor) =>
        _corridors.TryGetValue(corridor, out var family) ? family : [];

    /// <summary>Finds the place with this id.</summary>
    public bool TryGetPlace(NodeId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Place? place) =>
        _places.TryGetValue(id, out place);

    /// <summary>The link with this id.</summary>
    /// <exception cref="KeyNotFoundException">No link has this id.</exception>
    public Link Link(LinkId id) => _links[id];

    /// <summary>The border crossing with this id.</summary>
    /// <exception cref="KeyNotFoundException">No crossing has this id.</exception>
    public BorderCrossing Crossing(CrossingId id) => _crossings[id];

    /// <summary>Finds the border crossing with this id.</summary>
    public bool TryGetCrossing(CrossingId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BorderCrossing? crossing) =>
        _crossings.TryGetValue(id, out crossing);

    /// <summary>The country with this code.</summary>
    /// <exception cref="KeyNotFoundException">The country is not part of the network.</exception>
    public Country Country(CountryCode code) => _countries[code];

    /// <summary>
    /// The grams CO2e per tonne-km of a link: the electric factor of its country (else any electric factor) on
    /// electrified rail, otherwise the mode's diesel factor.
    /// </summary>
    public double GramsCo2ePerTonneKm(Link link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var country = Place(link.From).Country;
        if (link.Rail is { Electrified: true })
        {
            var electric = EmissionFactors.FirstOrDefault(f => f.Electric && f.Country == country)
                ?? EmissionFactors.FirstOrDefault(f => f.Electric && f.Country is null);
            if (electric is not null)
            {
                return electric.GramsPerTonneKm;
            }
        }

        return EmissionFactors.First(f => f.Mode == link.Mode && !f.Electric && f.Country is null).GramsPerTonneKm;
    }
}
