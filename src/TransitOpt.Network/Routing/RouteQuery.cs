using TransitOpt.Network.Costs;

namespace TransitOpt.Network.Routing;

/// <summary>One shipment to route: where, what, when, and under which constraints.</summary>
public sealed record RouteQuery
{
    /// <summary>The default value of time per hour of a consignment (estimate: the saving per hour at which a planner starts preferring road over rail in the corridor, about $1,500 over 100 h).</summary>
    public const double DefaultValueOfTimeUsdPerHour = 15;

    /// <summary>The first day a shipment may depart (dates far outside the data's calendar are input errors).</summary>
    public static readonly DateOnly EarliestDay = new(2000, 1, 1);

    /// <summary>The last day a shipment may depart or be due.</summary>
    public static readonly DateOnly LatestDay = new(2100, 12, 31);

    /// <summary>Largest number of alternatives a query may ask for.</summary>
    public const int MaxAlternatives = 5;

    /// <summary>Where the shipment starts.</summary>
    public required NodeId Origin { get; init; }

    /// <summary>Where it goes.</summary>
    public required NodeId Destination { get; init; }

    /// <summary>What is shipped and how much (default: two TEU of containers).</summary>
    public Cargo Cargo { get; init; } = new(CargoKind.Container, 2, CargoUnit.Teu);

    /// <summary>What the cargo is for railway tariffs and wagon type; null means what its kind suggests (bulk: grain).</summary>
    public Commodity? Commodity { get; init; }

    /// <summary>When it is ready to leave the origin.</summary>
    public required DateTimeOffset Departure { get; init; }

    /// <summary>The modes allowed (default both; mode changes only at terminals).</summary>
    public IReadOnlySet<TransportMode> Modes { get; init; } = new HashSet<TransportMode> { TransportMode.Rail, TransportMode.Road };

    /// <summary>Countries the route must not enter.</summary>
    public IReadOnlySet<CountryCode> AvoidCountries { get; init; } = new HashSet<CountryCode>();

    /// <summary>Border crossings the route must not use.</summary>
    public IReadOnlySet<CrossingId> AvoidCrossings { get; init; } = new HashSet<CrossingId>();

    /// <summary>What to minimise (default balanced).</summary>
    public RouteObjective Objective { get; init; } = RouteObjective.Balanced;

    /// <summary>Value of one hour of the consignment's time, in USD.</summary>
    public double ValueOfTimeUsdPerHour { get; init; } = DefaultValueOfTimeUsdPerHour;

    /// <summary>Extra cost per vehicle of congested resources by day (the planner's capacity prices), or null.</summary>
    public ResourceSurcharges? Surcharges { get; init; }

    /// <summary>
    /// Wagons that run together (a block train from 50), when the cargo routed is a part of a larger consignment;
    /// null means the cargo's own wagons.
    /// </summary>
    public int? TrainWagons { get; init; }

    /// <summary>When the shipment is due and what each day late costs, or null; the search then minimises its objective plus lateness.</summary>
    public Deadline? Due { get; init; }

    /// <summary>
    /// The country the vehicles are registered in, which decides the bilateral crossings they may use; null means the
    /// origin's country.
    /// </summary>
    public CountryCode? VehicleRegistration { get; init; }

    /// <summary>The registration in force: <see cref="VehicleRegistration"/>, else the origin's country.</summary>
    public CountryCode Registration(TransitNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return VehicleRegistration ?? network.Place(Origin).Country;
    }

    /// <summary>The border delay quantile the route is chosen and timed by (default the median; P90 keeps due dates in a bad week).</summary>
    public EtaQuantile EtaQuantile { get; init; } = EtaQuantile.P50;

    /// <summary>Whether the answer names the closures the best route goes around (one more search; the planner skips it).</summary>
    public bool NoteClosures { get; init; } = true;

    /// <summary>
    /// When set, a rail link hands the wagons on at the next whole multiple of this step after the departure (they wait
    /// at its far end, paying hire), so that every rail arrival falls on that grid: the timing a solver that enumerates
    /// moments (the monolithic MIP) can share with the search. Null (the default) times every link exactly.
    /// </summary>
    public TimeSpan? TimeStep { get; init; }

    /// <summary>How many genuinely different routes to return (1–5).</summary>
    public int Alternatives { get; init; } = 3;
}

/// <summary>An arrival deadline: arriving on a later corridor day (UTC+05:00) than <paramref name="Day"/> costs per day late.</summary>
/// <param name="Day">The last day of arrival without lateness.</param>
/// <param name="UsdPerDayLate">The cost of each day late.</param>
public sealed record Deadline(DateOnly Day, double UsdPerDayLate)
{
    /// <summary>Whole corridor days after <see cref="Day"/> on which <paramref name="arrival"/> falls (0 when on time).</summary>
    public int DaysLate(DateTimeOffset arrival) => Math.Max(0, ResourceSurcharges.DayOf(Day, arrival));

    /// <summary>The lateness cost of an arrival.</summary>
    public double Cost(DateTimeOffset arrival) => DaysLate(arrival) * UsdPerDayLate;
}
