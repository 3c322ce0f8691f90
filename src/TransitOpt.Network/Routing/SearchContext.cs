using System.Collections.Immutable;
using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Routing;

/// <summary>Where a route search stands after some edges: hours since departure, money spent, the driver's clock.</summary>
internal readonly record struct SearchState(double Hours, double Money, DriverClock Driver);

/// <summary>What traversing one edge took: the pieces a route report shows.</summary>
internal readonly record struct EdgeOutcome(
    SearchState After,
    double WaitHours,
    double DwellHours,
    DelayQuantiles Delay,
    double MovingHours,
    double TransportUsd,
    double BorderUsd,
    double HandlingUsd,
    double SurchargeUsd,
    EntryMoment EnteredAt)
{
    /// <summary>The moment the edge was entered (made from <see cref="EnteredAt"/> only when asked: the search never needs it).</summary>
    public DateTimeOffset Entered => EnteredAt.Departure.AddHours(EnteredAt.Hours).AddHours(EnteredAt.WaitHours);

    /// <summary>Wagon provision on the edge: hire for its hours (and their empty return), loading and unloading days.</summary>
    public double WagonUsd { get; init; }

    /// <summary>True when the edge was entered late because its link or crossing was closed by the calendar.</summary>
    public bool WaitedForClosure { get; init; }
}

/// <summary>When an edge was entered: <paramref name="Hours"/> after the departure and <paramref name="WaitHours"/> more.</summary>
internal readonly record struct EntryMoment(DateTimeOffset Departure, double Hours, double WaitHours);

/// <summary>
/// A route query compiled against one compact graph: which places, crossings and links it may use, how many
/// vehicles each mode needs, and the rules for traversing an edge at a given time. Edge semantics, in order:
/// a crossing is passed at the start of its link (wait until it opens in its local time, then dwell, then pay);
/// a link or crossing closed by season in the month it is entered cannot be used; trucks obey <see cref="DrivingRules"/>
/// (a stop of 11 h or more counts as the daily rest); a wagonload spends yard time in proportion to its rail km, a block
/// train runs at its railway's technical speed (<see cref="Costs.RailOperations"/>),
/// a block train none (<see cref="Costs.RailOperations"/>); a train passing a break of gauge pays the gauge-change
/// terminal's handling per wagon (its time is in the crossing's measured dwell); a transfer takes the terminal's handling time and a fresh truck.
/// </summary>
internal sealed class SearchContext
{
    private readonly TransitNetwork _network;
    private readonly CompactGraph _graph;
    private readonly bool[] _placeAllowed;
    private readonly bool[] _crossingAllowed;
    private readonly bool[] _linkAllowed;
    private readonly TimeSpan[] _placeOffset;
    private readonly bool _blockTrain;
    private readonly double[] _railExtraHoursPerKm;
    private readonly double[] _gaugeChangeUsdPerWagon;
    private readonly RoutingTables _tables;
    private readonly double[] _staticKey;
    private readonly double[] _bound;
    private readonly BoundsScope _boundsScope;
    private readonly double[] _hoursBound;
    private readonly double _lateFromHours;
    private readonly double _lateKeyPerDay;
    private readonly double[]?[] _surchargeByDay;
    private readonly QueryTariff _tariff;
    private readonly ResourceRef? _unloading;

    public SearchContext(CompactGraph graph, RouteQuery query, IReadOnlySet<CrossingId> forbidden, IReadOnlySet<TransportMode> modes, bool ignoreAdmission = false)
    {
        _graph = graph;
        _network = graph.Network;
        Query = query;
        Origin = graph.IndexOf(query.Origin);
        Destination = graph.IndexOf(query.Destination);
        AllowRail = modes.Contains(TransportMode.Rail);
        AllowRoad = modes.Contains(TransportMode.Road);
        var tables = _network.RoutingTables;
        _tables = tables;
        _tariff = tables.Tariff(graph, query, Origin, Destination);
        _unloading = ResourceRef.UnloadingAt(_network, query.Destination);
        RailVehicles = query.Cargo.Vehicles(TransportMode.Rail, _tariff.Vehicles);
        RoadVehicles = query.Cargo.Vehicles(TransportMode.Road, _tariff.Vehicles);
        Tonnes = query.Cargo.Tonnes(_tariff.Vehicles);
        var trainWagons = query.TrainWagons ?? RailVehicles;
        _blockTrain = _network.RailOperations.IsBlockTrain(trainWagons);
        _railExtraHoursPerKm = _network.RailExtraHoursPerKm(_blockTrain);
        _placeAllowed = query.AvoidCountries.Count == 0 ? tables.AllPlaces : [.. _network.Places.Select(p => !query.AvoidCountries.Contains(p.Country))];
        _crossingAllowed = tables.CrossingsAllowed(query, query.Registration(_network), forbidden, ignoreAdmission);
        _linkAllowed = tables.LinksAllowed(query.Cargo.Kind, query.Cargo.TruckGrossTonnes(_tariff.Vehicles));
        _placeOffset = tables.PlaceOffset;
        _gaugeChangeUsdPerWagon = tables.GaugeChangeUsdPerWagon;
        (MoneyWeight, HourWeight) = query.Objective switch
        {
            RouteObjective.Cost => (1.0, 1e-6),
            RouteObjective.Time => (1e-6, 1.0),
            _ => (1.0, query.ValueOfTimeUsdPerHour),
        };
        _surchargeByDay = query.Surcharges is { IsEmpty: false } surcharges ? surcharges.ByEdge(graph) : tables.NoSurcharges;
        _boundsScope = ScopeOf(query, forbidden, ignoreAdmission);
        (_staticKey, _bound, _hoursBound) = Statics();
        (_lateFromHours, _lateKeyPerDay) = query.Due is { } due
            ? ((new DateTimeOffset(due.Day.AddDays(1).ToDateTime(TimeOnly.MinValue), ResourceSurcharges.CorridorOffset) - query.Departure).TotalHours, due.UsdPerDayLate * MoneyWeight)
            : (double.PositiveInfinity, 0);
    }

    /// <summary>
    /// Each edge's static key and the lower bounds of every vertex: shared through the routing tables by every query in
    /// the same scope (all but the departure, the deadline and the surcharges), computed here for a query that avoids
    /// places or crossings of its own.
    /// </summary>
    private QueryStatics Statics()
    {
        QueryStatics Build()
        {
            var keys = StaticKeys();
            var hours = _tariff.StaticCosts(_blockTrain, Query.EtaQuantile).Hours;
            return new QueryStatics(keys, LowerBounds(new double[_graph.VertexCount], keys), LowerBounds(new double[_graph.VertexCount], hours));
        }

        return _boundsScope.Avoided.Length > 0 ? Build() : _tables.Statics(new StaticsKey(_boundsScope, AllowRail, AllowRoad), Build);
    }

    /// <summary>
    /// The same query with more crossings forbidden and possibly fewer modes; shares everything else, the lower bounds
    /// too unless it is given an array for <paramref name="ownBounds"/>.
    /// </summary>
    private SearchContext(SearchContext basis, CrossingSet forbidden, IReadOnlySet<TransportMode> modes, double[]? ownBounds)
    {
        _graph = basis._graph;
        _network = basis._network;
        Query = basis.Query;
        Origin = basis.Origin;
        Destination = basis.Destination;
        AllowRail = modes.Contains(TransportMode.Rail) && basis.AllowRail;
        AllowRoad = modes.Contains(TransportMode.Road) && basis.AllowRoad;
        _tariff = basis._tariff;
        _unloading = basis._unloading;
        RailVehicles = basis.RailVehicles;
        RoadVehicles = basis.RoadVehicles;
        Tonnes = basis.Tonnes;
        _blockTrain = basis._blockTrain;
        _railExtraHoursPerKm = basis._railExtraHoursPerKm;
        _placeAllowed = basis._placeAllowed;
        _linkAllowed = basis._linkAllowed;
        _placeOffset = basis._placeOffset;
        _gaugeChangeUsdPerWagon = basis._gaugeChangeUsdPerWagon;
        (MoneyWeight, HourWeight) = (basis.MoneyWeight, basis.HourWeight);
        _tables = basis._tables;
        _staticKey = basis._staticKey;
        _surchargeByDay = basis._surchargeByDay;
        _crossingAllowed = (bool[])basis._crossingAllowed.Clone();
        for (var c = 0; c < _crossingAllowed.Length; c++)
        {
            _crossingAllowed[c] &= !forbidden.Contains(c);
        }

        _boundsScope = basis._boundsScope;
        _bound = ownBounds is null ? basis._bound : KeptBounds(forbidden.Key, ownBounds);
        _hoursBound = basis._hoursBound;
        (_lateFromHours, _lateKeyPerDay) = (basis._lateFromHours, basis._lateKeyPerDay);
    }

    /// <summary>
    /// This query with <paramref name="forbidden"/> crossings also closed and only <paramref name="modes"/>. With
    /// <paramref name="ownBounds"/> (an array of a bound per vertex, which it then owns) its lower bounds are computed
    /// again without what it closes, which makes them tighter (a search through it settles fewer labels); otherwise it
    /// shares this query's.
    /// </summary>
    public SearchContext Restrict(CrossingSet forbidden, IReadOnlySet<TransportMode> modes, double[]? ownBounds = null) => new(this, forbidden, modes, ownBounds);

    public RouteQuery Query { get; }

    public int Origin { get; }

    public int Destination { get; }

    public bool AllowRail { get; }

    public bool AllowRoad { get; }

    public int RailVehicles { get; }

    public int RoadVehicles { get; }

    public double Tonnes { get; }

    /// <summary>The query's money model (rates, entry charges, wagon provision).</summary>
    public QueryTariff Tariff => _tariff;

    public double MoneyWeight { get; }

    public double HourWeight { get; }

    /// <summary>
    /// A lower bound on the key still to add from <paramref name="vertex"/> to the destination (infinite when the
    /// destination cannot be reached): the search is A* with it. Computed once per query by a backward search over the
    /// static part of each edge (money is static; hours at least running, yard and dwell time), ignoring waiting,
    /// rests and seasonal closures, so it never overestimates; a restricted context shares it (which only loosens it) or
    /// computes its own.
    /// </summary>
    public double Bound(int vertex) => _bound[vertex];

    /// <summary>
    /// A lower bound on the lateness (weighted like <see cref="ArrivalPenalty"/>) of any route that goes on from
    /// <paramref name="vertex"/> in <paramref name="state"/>: the days late of arriving after the least hours still to
    /// run (a backward search over each edge's least hours, shared like <see cref="Bound"/>). It never falls along a
    /// path, so the search stays A* with it added to the key, and at the destination it is the lateness itself: a
    /// search for a late shipment need not look at everything cheaper than its first arrival plus lateness.
    /// </summary>
    public double LatenessBound(in SearchState state, int vertex)
    {
        // Less 3.6 ms, so that rounding the arrival to a clock time never leaves the bound above the lateness charged.
        var earliest = state.Hours + _hoursBound[vertex] - 1e-6;
        return earliest < _lateFromHours ? 0 : (1 + Math.Floor((earliest - _lateFromHours) / 24)) * _lateKeyPerDay;
    }

    /// <summary>
    /// A lower bound on the key of any route the query allows (infinite when there is none): the least
    /// <see cref="Bound"/> of the origin's vertices in the allowed modes.
    /// </summary>
    public double LowerBoundAtOrigin() => Math.Min(
        AllowRail ? _bound[CompactGraph.Vertex(Origin, TransportMode.Rail)] : double.PositiveInfinity,
        AllowRoad ? _bound[CompactGraph.Vertex(Origin, TransportMode.Road)] : double.PositiveInfinity);

    /// <summary>How many whole days a search may wait before a priced border crossing.</summary>
    public const int MaxWaitDays = 3;

    /// <summary>
    /// True when the search may wait whole days before the edge: a border crossing with a surcharge on some day (trains
    /// and trucks queue at borders, not in the middle of a line).
    /// </summary>
    public bool MayWaitBefore(int edge) => _surchargeByDay[edge] is not null && _graph.CrossingIndex[edge] >= 0;

    public int Vehicles(TransportMode mode) => mode == TransportMode.Rail ? RailVehicles : RoadVehicles;

    /// <summary>The scalar the search orders labels by (money and hours weighted by the objective).</summary>
    public double Key(in SearchState state) => (state.Money * MoneyWeight) + (state.Hours * HourWeight);

    /// <summary>
    /// What arriving in this state at <paramref name="vertex"/> adds (weighted like money): lateness past the deadline,
    /// and the planner's price of the destination station's unloading capacity on the arrival day for a rail arrival.
    /// </summary>
    public double ArrivalPenalty(in SearchState state, int vertex)
    {
        var penalty = Query.Due is { } due ? due.Cost(Now(state)) : 0;
        if (_unloading is { } unloading && CompactGraph.ModeOf(vertex) == TransportMode.Rail && Query.Surcharges is { IsEmpty: false } surcharges)
        {
            penalty += surcharges.Get(unloading, surcharges.DayOf(Now(state))) * RailVehicles;
        }

        return penalty * MoneyWeight;
    }

    /// <summary>The destination station's unloading capacity, or null.</summary>
    public ResourceRef? Unloading => _unloading;

    /// <summary>The objective's own value: USD for cost and balanced, hours for time.</summary>
    public double ObjectiveValue(in SearchState state) => Query.Objective switch
    {
        RouteObjective.Cost => state.Money,
        RouteObjective.Time => state.Hours,
        _ => state.Money + (state.Hours * Query.ValueOfTimeUsdPerHour),
    };

    /// <summary>True when the edge's link or crossing has any seasonal or dated closure.</summary>
    public bool HasCalendar(int edge)
    {
        if (_graph.Kind[edge] == EdgeKind.Transfer)
        {
            return false;
        }

        var link = _network.Links[_graph.LinkIndex[edge]];
        return link.ClosedMonths.Length > 0 || link.ClosedPeriods.Length > 0
            || (_graph.CrossingIndex[edge] is var c and >= 0 && (_network.Crossings[c].ClosedMonths.Length > 0 || _network.Crossings[c].ClosedPeriods.Length > 0));
    }

    /// <summary>A lower bound on the key of any route that takes <paramref name="edge"/> from <paramref name="state"/>.</summary>
    public double LowerKeyThrough(in SearchState state, int edge) => Key(state) + _staticKey[edge] + Bound(_graph.Target[edge]);

    public bool EdgeAllowed(int edge)
    {
        var kind = _graph.Kind[edge];
        if ((kind == EdgeKind.Rail && !AllowRail) || (kind == EdgeKind.Road && !AllowRoad)
            || (kind == EdgeKind.Transfer && !(AllowRail && AllowRoad)))
        {
            return false;
        }

        var link = _graph.LinkIndex[edge];
        var crossing = _graph.CrossingIndex[edge];
        return _placeAllowed[CompactGraph.PlaceOf(_graph.Target[edge])]
            && (link < 0 || _linkAllowed[link])
            && (crossing < 0 || _crossingAllowed[crossing]);
    }

    /// <summary>
    /// What the search needs of <see cref="TryTraverse(in SearchState, int, int, out EdgeOutcome)"/>: the state after
    /// the edge and whether it waited for a closure. A plain road edge entered at once (<see cref="RoutingTables.PlainRoad"/>,
    /// no surcharge) takes the same arithmetic without the report's pieces: the same state to the last bit.
    /// </summary>
    public bool TryAdvance(in SearchState state, int edge, int waitDays, out SearchState after, out bool waitedForClosure)
    {
        if (waitDays == 0 && _tables.PlainRoad[edge] && _surchargeByDay[edge] is null)
        {
            var index = _graph.LinkIndex[edge];
            var link = _network.Links[index];
            var (elapsed, driver) = DrivingRules.Drive(MovingHours(link, index, state, CompactGraph.PlaceOf(_graph.Source[edge])), state.Driver);
            var transportUsd = (_tariff.UsdPerVehicleKm(index) * link.LengthKm * RoadVehicles) + (_tariff.EntryUsdPerWagon(edge) * RoadVehicles);
            after = new SearchState(state.Hours + elapsed, state.Money + transportUsd, driver);
            waitedForClosure = false;
            return true;
        }

        var traversed = TryTraverse(state, edge, waitDays, out var outcome);
        (after, waitedForClosure) = (outcome.After, outcome.WaitedForClosure);
        return traversed;
    }

    /// <summary>Traverses an edge (already allowed by <see cref="EdgeAllowed"/>) from a state; false when closed by season.</summary>
    public bool TryTraverse(in SearchState state, int edge, out EdgeOutcome outcome) => TryTraverse(state, edge, 0, out outcome);

    /// <summary>
    /// Traverses an edge after waiting <paramref name="waitDays"/> whole days (to the start of a later planning day)
    /// before it; false when closed by season.
    /// </summary>
    public bool TryTraverse(in SearchState start, int edge, int waitDays, out EdgeOutcome outcome)
    {
        var state = start;
        double dayWait = 0;
        if (waitDays > 0)
        {
            var surcharges = Query.Surcharges!;
            var resume = surcharges.StartOfDay(surcharges.DayOf(Now(state)) + waitDays);
            dayWait = (resume - Now(state)).TotalHours;
            state = new SearchState(state.Hours + dayWait, state.Money, DrivingRules.AfterStop(state.Driver, dayWait));
        }

        if (_graph.Kind[edge] == EdgeKind.Transfer)
        {
            var terminal = _network.Terminals[_graph.TerminalIndex[edge]];
            var fromMode = CompactGraph.ModeOf(_graph.Source[edge]);
            var handlingUsd = terminal.HandlingUsdPerVehicle * Vehicles(fromMode);
            var transferSurcharge = Surcharge(edge, state.Hours) * Vehicles(fromMode);
            var entryUsd = _tariff.EntryUsdPerWagon(edge) * RailVehicles;
            var startWagonUsd = _tariff.StartWagonUsd(edge) * RailVehicles;
            outcome = new EdgeOutcome(
                new SearchState(state.Hours + terminal.HandlingHours, state.Money + handlingUsd + transferSurcharge + entryUsd + startWagonUsd, DriverClock.Rested),
                dayWait, terminal.HandlingHours, default, 0, entryUsd, 0, handlingUsd, transferSurcharge, new EntryMoment(Query.Departure, state.Hours, 0)) { WagonUsd = startWagonUsd };
            return true;
        }

        var index = _graph.LinkIndex[edge];
        var link = _network.Links[index];
        var fromPlace = CompactGraph.PlaceOf(_graph.Source[edge]);
        double closureWait = 0;
        var waitedForClosure = false;
        if (link.ClosedMonths.Length > 0 || link.ClosedPeriods.Length > 0)
        {
            var arrival = Now(state);
            if (Reopening(link.ClosedMonths, link.ClosedPeriods, _placeOffset[fromPlace], arrival, hours: null) is not { } open)
            {
                outcome = default;
                return false;
            }

            closureWait = (open - arrival).TotalHours;
            waitedForClosure = closureWait > 0;
            state = new SearchState(state.Hours + closureWait, state.Money, DrivingRules.AfterStop(state.Driver, closureWait));
        }

        var vehicles = Vehicles(link.Mode);
        double wait = 0, dwell = 0, borderUsd = 0, gaugeUsd = 0;
        DelayQuantiles delay = default;
        var driver = state.Driver;
        if (_graph.CrossingIndex[edge] is var c and >= 0)
        {
            var crossing = _network.Crossings[c];
            var arrival = Now(state);
            var calendar = crossing.ClosedMonths.Length > 0 || crossing.ClosedPeriods.Length > 0;
            if (calendar && Reopening(crossing.ClosedMonths, crossing.ClosedPeriods, crossing.Hours.UtcOffset, arrival, crossing.Hours) is { } open)
            {
                wait = (open - arrival).TotalHours;
                waitedForClosure = open > crossing.Hours.NextOpen(arrival);
            }
            else if (calendar)
            {
                outcome = default;
                return false;
            }
            else if (!crossing.Hours.IsRoundTheClock)
            {
                wait = (crossing.Hours.NextOpen(arrival) - arrival).TotalHours;
            }

            var fromSideA = _tables.FromSideA[edge];

            delay = crossing.Delay(fromSideA, DateOnly.FromDateTime(Now(state).AddHours(wait).ToOffset(crossing.Hours.UtcOffset).DateTime));
            dwell = delay.At(Query.EtaQuantile);
            borderUsd = crossing.FeeUsd.From(fromSideA) * vehicles;
            gaugeUsd = link.Mode == TransportMode.Rail ? _gaugeChangeUsdPerWagon[c] * vehicles : 0;
            driver = DrivingRules.AfterStop(driver, wait + dwell);
        }

        var moving = MovingHours(link, index, state, fromPlace);
        var elapsed = moving;
        if (link.Mode == TransportMode.Road)
        {
            (elapsed, driver) = DrivingRules.Drive(moving, driver);
        }
        else
        {
            elapsed += _railExtraHoursPerKm[index] * link.LengthKm;
            driver = DriverClock.Rested;
        }

        var arrivalHours = state.Hours + wait + dwell + elapsed;
        if (link.Mode == TransportMode.Rail && Query.TimeStep is { } step)
        {
            // Handed on at the next whole step after the departure: the wagons wait at the far end (and pay hire).
            var onStep = Math.Ceiling((arrivalHours / step.TotalHours) - 1e-9) * step.TotalHours;
            elapsed += onStep - arrivalHours;
            arrivalHours = onStep;
        }

        var lineHaulUsd = _tariff.UsdPerVehicleKm(index) * link.LengthKm * vehicles;
        var transportUsd = lineHaulUsd + (_tariff.EntryUsdPerWagon(edge) * vehicles);
        var wagonUsd = link.Mode == TransportMode.Rail
            ? ((_tariff.WagonUsdPerHour * (dayWait + closureWait + wait + dwell + elapsed)) + _tariff.StartWagonUsd(edge)) * vehicles
                + (lineHaulUsd * _tariff.EmptyReturnTariffFactor)
            : 0;
        var surchargeUsd = Surcharge(edge, state.Hours + wait) * vehicles;
        outcome = new EdgeOutcome(
            new SearchState(arrivalHours, state.Money + transportUsd + borderUsd + gaugeUsd + surchargeUsd + wagonUsd, driver),
            dayWait + closureWait + wait, dwell, delay, moving, transportUsd, borderUsd, gaugeUsd, surchargeUsd, new EntryMoment(Query.Departure, state.Hours, wait))
        {
            WagonUsd = wagonUsd,
            WaitedForClosure = waitedForClosure,
        };
        return true;
    }

    /// <summary>The hours moving on a link entered in <paramref name="state"/> from <paramref name="fromPlace"/> (slower on a winter day).</summary>
    private double MovingHours(Link link, int index, in SearchState state, int fromPlace) =>
        link.Winter is null ? _tables.RunningHours[index] : link.RunningHoursOn(LocalDay(state, fromPlace));

    /// <summary>How many days a shipment waits at most for a closed link or crossing to reopen (a holiday, a pass shut for a few days).</summary>
    public const int MaxClosureWaitDays = 7;

    /// <summary>
    /// The first moment from <paramref name="arrival"/> at which an element is open: not on a closed day (in its time
    /// zone) and, for a crossing, within its opening hours; null when it stays closed longer than
    /// <see cref="MaxClosureWaitDays"/> (a seasonal closure). The element's calendar is passed as its closed months and
    /// periods (not as a method, which would allocate a delegate per traversal).
    /// </summary>
    private static DateTimeOffset? Reopening(ImmutableArray<int> closedMonths, ImmutableArray<Closure> closedPeriods, TimeSpan offset, DateTimeOffset arrival, OpeningHours? hours)
    {
        var moment = arrival;
        var limit = arrival.AddDays(MaxClosureWaitDays);
        while (moment <= limit)
        {
            if (hours is not null)
            {
                moment = hours.NextOpen(moment);
            }

            var local = moment.ToOffset(offset);
            if (!ClosureCalendar.IsClosed(closedMonths, closedPeriods, DateOnly.FromDateTime(local.DateTime)))
            {
                return moment;
            }

            moment = new DateTimeOffset(local.Date.AddDays(1), offset).ToOffset(arrival.Offset);
        }

        return null;
    }

    private DateTimeOffset Now(in SearchState state) => Query.Departure.AddHours(state.Hours);

    /// <summary>
    /// What closes an edge entered at <paramref name="entered"/> (the link's calendar at its start, the crossing's in
    /// its own time zone), or null when it is open then.
    /// </summary>
    public ClosureAvoided? ClosureAt(int edge, DateTimeOffset entered)
    {
        if (_graph.Kind[edge] == EdgeKind.Transfer)
        {
            return null;
        }

        var link = _network.Links[_graph.LinkIndex[edge]];
        if (_graph.CrossingIndex[edge] is var c and >= 0)
        {
            var crossing = _network.Crossings[c];
            var crossingDay = DateOnly.FromDateTime(entered.ToOffset(crossing.Hours.UtcOffset).DateTime);
            if (crossing.ClosureOn(crossingDay) is { } why)
            {
                return new ClosureAvoided(crossing.Id.Value, crossing.Name, crossingDay, why);
            }
        }

        var day = DateOnly.FromDateTime(entered.ToOffset(_placeOffset[CompactGraph.PlaceOf(_graph.Source[edge])]).DateTime);
        return link.ClosureOn(day) is { } reason ? new ClosureAvoided(link.Id.Value, link.Name, day, reason) : null;
    }

    /// <summary>The local calendar day at a place when a state is there.</summary>
    public DateOnly LocalDay(in SearchState state, int place) => DateOnly.FromDateTime(Now(state).ToOffset(_placeOffset[place]).DateTime);

    /// <summary>
    /// Everything a restricted search's lower bounds depend on but the crossings a restricted search forbids and the modes: what weighs an
    /// edge and what a query allows (countries, cargo on links, admission, crossings avoided). Not the departure: the
    /// bounds ignore the calendar.
    /// </summary>
    private BoundsScope ScopeOf(RouteQuery query, IReadOnlySet<CrossingId> forbidden, bool ignoreAdmission) => new(
        new EdgeWeights(QueryTariff.CommodityOf(query), Origin, Destination, _blockTrain, query.EtaQuantile, RailVehicles, RoadVehicles, MoneyWeight, HourWeight),
        query.Cargo.Kind,
        query.Cargo.TruckGrossTonnes(_tariff.Vehicles),
        query.Registration(_network),
        ignoreAdmission,
        query.AvoidCountries.Count == 0 && query.AvoidCrossings.Count == 0 && forbidden.Count == 0
            ? string.Empty
            : string.Join(',', query.AvoidCountries.Select(c => c.Value).Order(StringComparer.Ordinal))
                + "|" + string.Join(',', query.AvoidCrossings.Concat(forbidden).Select(c => c.Value).Order(StringComparer.Ordinal)));

    /// <summary>
    /// A restricted search's lower bounds: the ones kept by the routing tables for its scope, <paramref name="forbidden"/>
    /// crossings and modes, else computed (into a new array the tables keep while there is room, else into
    /// <paramref name="scratch"/>).
    /// </summary>
    private double[] KeptBounds(string forbidden, double[] scratch)
    {
        var key = new BoundsKey(_boundsScope, forbidden, AllowRail, AllowRoad);
        if (_tables.TryGetBounds(key, out var kept))
        {
            return kept;
        }

        if (!_tables.RoomForBounds)
        {
            return LowerBounds(scratch, _staticKey);
        }

        return _tables.KeepBounds(key, LowerBounds(new double[_graph.VertexCount], _staticKey));
    }

    private double[] LowerBounds(double[] bound, double[] staticKey)
    {
        Array.Fill(bound, double.PositiveInfinity);
        var search = BoundSearch.For(bound.Length);
        search.Start(bound);
        search.Lower(CompactGraph.Vertex(Destination, TransportMode.Rail), 0);
        search.Lower(CompactGraph.Vertex(Destination, TransportMode.Road), 0);
        var first = _graph.FirstIncoming;
        var incoming = _graph.Incoming;
        var sources = _graph.Source;
        while (!search.IsEmpty)
        {
            var vertex = search.Pop();
            var key = bound[vertex];
            for (var i = first[vertex]; i < first[vertex + 1]; i++)
            {
                var edge = incoming[i];
                var source = sources[edge];
                if (!search.Settled(source) && key + staticKey[edge] is var candidate && candidate < bound[source] && EdgeAllowed(edge))
                {
                    search.Lower(source, candidate);
                }
            }
        }

        return bound;
    }

    /// <summary>Per edge, the part of its key that does not depend on the time it is entered.</summary>
    private double[] StaticKeys()
    {
        var costs = _tariff.StaticCosts(_blockTrain, Query.EtaQuantile);
        var keys = new double[_graph.EdgeCount];
        for (var edge = 0; edge < keys.Length; edge++)
        {
            var kind = _graph.Kind[edge];
            if (kind == EdgeKind.Transfer)
            {
                var startUsd = costs.BorderPerVehicle[edge] * RailVehicles;
                keys[edge] = (MoneyWeight * ((costs.PerVehicle[edge] * Vehicles(CompactGraph.ModeOf(_graph.Source[edge]))) + startUsd)) + (HourWeight * costs.Hours[edge]);
                continue;
            }

            // Summed in the order the edge's traversal adds them, so that the bound is the same to the last bit.
            var vehicles = kind == EdgeKind.Rail ? RailVehicles : RoadVehicles;
            var money = costs.PerVehicle[edge] * vehicles;
            money += costs.BorderPerVehicle[edge] * vehicles;
            money += costs.WagonPerVehicle[edge] * vehicles;
            keys[edge] = (MoneyWeight * money) + (HourWeight * costs.Hours[edge]);
        }

        return keys;
    }

    /// <summary>The surcharge per vehicle of an edge's resources when entered <paramref name="hours"/> after departure.</summary>
    private double Surcharge(int edge, double hours)
    {
        if (_surchargeByDay[edge] is not { } byDay)
        {
            return 0;
        }

        var day = Query.Surcharges!.DayOf(Query.Departure.AddHours(hours));
        return day >= 0 && day < byDay.Length ? byDay[day] : 0;
    }
}
