using System.Collections.Immutable;
using TransitOpt.Network;
using TransitOpt.Network.Routing;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Columns;

/// <summary>
/// Makes columns with the route search: the cheapest route for one lot leaving on a given day (08:00 corridor time),
/// with the current capacity prices as surcharges. The search minimises money plus lateness by the due day, exactly
/// the column's cost, so a column it does not find cannot price out. Shipments that ask the same question (same places,
/// lot, train, commodity, registration, modes, due day and departure day) share one search, and a batch of questions is
/// searched in parallel with its answers in the batch's order, so the plan does not depend on the threads.
/// </summary>
internal sealed class ItineraryFactory(TransitNetwork network, PlanProblem problem, PlanOptions options)
{
    private static readonly TimeOnly DepartureTime = new(8, 0);

    /// <summary>One search per core at most, so that a plan never holds more threads than the machine runs at once.</summary>
    private static readonly ParallelOptions Cores = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
    private readonly Router _router = new(network);
    private readonly Dictionary<SearchKey, FoundRoute?> _unpriced = [];
    private int _searches;

    /// <summary>Route searches run so far (the planner's deterministic measure of work).</summary>
    public int Searches => _searches;

    /// <summary>The cheapest column leaving on a day with the given surcharges (one search; without surcharges, remembered).</summary>
    public Itinerary? Best(ShipmentLots shipment, int day, ResourceSurcharges? surcharges)
    {
        var key = Key(shipment, day);
        FoundRoute? route;
        if (surcharges is null or { IsEmpty: true })
        {
            if (!_unpriced.TryGetValue(key, out route))
            {
                route = _unpriced[key] = Search(key, null);
            }
        }
        else if (!Known(key, surcharges, out route))
        {
            route = Search(key, surcharges);
        }

        return route is null ? null : FromRoute(shipment, day, route);
    }

    /// <summary>
    /// The cheapest column of each shipment-day without surcharges (a lower bound on its cost under any prices), or
    /// null where none leaves; runs the searches not yet run, at most <paramref name="budget"/> of them, in parallel.
    /// Items whose search the budget or the clock cut off get no entry.
    /// </summary>
    public Dictionary<(int Shipment, int Day), Itinerary?> Unpriced(IReadOnlyList<(ShipmentLots Shipment, int Day)> items, int budget, Func<bool> timeUp)
    {
        var missing = items.Select(i => Key(i.Shipment, i.Day)).Where(k => !_unpriced.ContainsKey(k)).Distinct().Take(Math.Max(0, budget)).ToList();
        foreach (var (key, route) in Answers(missing, key => Search(key, null), timeUp))
        {
            _unpriced[key] = route;
        }

        var found = new Dictionary<(int, int), Itinerary?>();
        foreach (var (shipment, day) in items)
        {
            if (_unpriced.TryGetValue(Key(shipment, day), out var route))
            {
                found[(shipment.Index, day)] = route is null ? null : FromRoute(shipment, day, route);
            }
        }

        return found;
    }

    /// <summary>
    /// The cheapest column of each shipment-day under the surcharges, one search per distinct question, at most
    /// <paramref name="budget"/> searches, in parallel; null where none leaves or the budget or clock cut it off
    /// (then not <c>Complete</c>).
    /// </summary>
    public (Itinerary?[] Columns, bool Complete) Priced(IReadOnlyList<(ShipmentLots Shipment, int Day)> items, ResourceSurcharges surcharges, int budget, Func<bool> timeUp)
    {
        var byKey = new Dictionary<SearchKey, FoundRoute?>();
        var unknown = new List<SearchKey>();
        foreach (var key in items.Select(i => Key(i.Shipment, i.Day)).Distinct())
        {
            if (Known(key, surcharges, out var known))
            {
                byKey[key] = known;
            }
            else
            {
                unknown.Add(key);
            }
        }

        var searched = Answers([.. unknown.Take(Math.Max(0, budget))], key => Search(key, surcharges), timeUp);
        foreach (var (key, route) in searched)
        {
            byKey[key] = route;
        }

        return (
            [.. items.Select(i => byKey.GetValueOrDefault(Key(i.Shipment, i.Day)) is { } route ? FromRoute(i.Shipment, i.Day, route) : null)],
            searched.Count == unknown.Count);
    }

    /// <summary>Up to <paramref name="count"/> genuinely different routes for each shipment-day, without surcharges, in parallel.</summary>
    public List<Itinerary> Alternatives(IReadOnlyList<(ShipmentLots Shipment, int Day)> items, int count, int budget, Func<bool> timeUp)
    {
        var keys = items.Select(i => Key(i.Shipment, i.Day)).Distinct().Take(Math.Max(0, budget)).ToList();
        var byKey = Answers(keys, key => Search(key, count), timeUp);
        return [.. items.SelectMany(i => (byKey.GetValueOrDefault(Key(i.Shipment, i.Day))?.Routes ?? []).Select(route => FromRoute(i.Shipment, i.Day, FoundRoute.Of(route))))];
    }

    public Itinerary FromRoute(ShipmentLots shipment, int day, FoundRoute route)
    {
        var arrivalDay = ResourceSurcharges.DayOf(problem.Start, route.Arrival);
        var late = Math.Max(0, arrivalDay - shipment.DueDay);
        var cost = route.Cost.MoneyUsd + (late * options.LatenessUsdPerLotDay) + shipment.HoldingCost(day);
        var uses = route.ResourceUses
            .Select(u => (Row: new ResourceDay(u.Resource, ResourceSurcharges.DayOf(problem.Start, u.At)), u.Vehicles))
            .Where(u => u.Row.Day >= 0)
            .GroupBy(u => u.Row)
            .Select(g => (g.Key, g.Sum(u => u.Vehicles)))
            .ToImmutableArray();
        var key = $"{shipment.Index}|{day}|{string.Join(",", route.Links)}|{string.Join(",", uses.Select(u => $"{u.Key.Resource}@{u.Key.Day}"))}";
        return new Itinerary(shipment, day, route, arrivalDay, late, cost, uses, key);
    }

    /// <summary>
    /// The answer to a priced question without a search, when the unpriced answer settles it: no route at all, or a
    /// cheapest route that pays no surcharge (surcharges only add cost, so it is also the cheapest with them).
    /// </summary>
    private bool Known(SearchKey key, ResourceSurcharges surcharges, out FoundRoute? route)
    {
        route = null;
        if (!_unpriced.TryGetValue(key, out var cheapest))
        {
            return false;
        }

        route = cheapest;
        return cheapest is null || cheapest.ResourceUses.All(u => surcharges.Get(u.Resource, ResourceSurcharges.DayOf(problem.Start, u.At)) <= 0);
    }

    /// <summary>
    /// Runs <paramref name="search"/> for each key on all cores and gives the answers by key; a key the clock stopped
    /// before has no entry. The dictionary is filled in key order after the searches, so no thread decides an order.
    /// </summary>
    private static Dictionary<SearchKey, T?> Answers<T>(List<SearchKey> keys, Func<SearchKey, T?> search, Func<bool> timeUp)
        where T : class
    {
        var results = new (bool Done, T? Answer)[keys.Count];
        System.Threading.Tasks.Parallel.For(0, keys.Count, Cores, (i, state) =>
        {
            if (timeUp())
            {
                state.Stop();
                return;
            }

            results[i] = (true, search(keys[i]));
        });
        var answers = new Dictionary<SearchKey, T?>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (results[i].Done)
            {
                answers[keys[i]] = results[i].Answer;
            }
        }

        return answers;
    }

    private FoundRoute? Search(SearchKey key, ResourceSurcharges? surcharges)
    {
        Interlocked.Increment(ref _searches);
        return _router.Best(Query(key) with { Surcharges = surcharges is { IsEmpty: false } ? surcharges : null });
    }

    private RouteResponse? Search(SearchKey key, int alternatives)
    {
        Interlocked.Increment(ref _searches);
        return _router.Route(Query(key) with { Alternatives = alternatives }).Response;
    }

    private SearchKey Key(ShipmentLots shipment, int day) => new(shipment, day, shipment.TrainWagons(network));

    private RouteQuery Query(SearchKey key) => new()
    {
        Origin = key.Shipment.Request.Origin,
        Destination = key.Shipment.Request.Destination,
        Cargo = key.Shipment.LotCargo,
        TrainWagons = key.TrainWagons,
        Modes = key.Shipment.Request.Modes is { } own ? own.Intersect(options.Modes).ToHashSet() : options.Modes,
        Departure = new DateTimeOffset(problem.Start.AddDays(key.Day).ToDateTime(DepartureTime), ResourceSurcharges.CorridorOffset),
        Objective = RouteObjective.Cost,
        Due = new Deadline(key.Shipment.Request.Due, options.LatenessUsdPerLotDay),
        VehicleRegistration = key.Shipment.Request.VehicleRegistration,
        Commodity = key.Shipment.Request.Commodity,
        NoteClosures = false,
        EtaQuantile = options.EtaQuantile,
        TimeStep = options.TimeStep,
    };

    /// <summary>
    /// The question a search answers: two shipment-days with equal keys get the same routes. The representative
    /// shipment carries the query; equality is on the fields the query reads.
    /// </summary>
    private readonly record struct SearchKey(ShipmentLots Shipment, int Day, int TrainWagons)
    {
        public bool Equals(SearchKey other) =>
            Day == other.Day && TrainWagons == other.TrainWagons
            && Shipment.Request.Origin == other.Shipment.Request.Origin
            && Shipment.Request.Destination == other.Shipment.Request.Destination
            && Shipment.LotCargo == other.Shipment.LotCargo
            && Shipment.Request.Due == other.Shipment.Request.Due
            && Shipment.Request.Commodity == other.Shipment.Request.Commodity
            && Shipment.Request.VehicleRegistration == other.Shipment.Request.VehicleRegistration
            && SameModes(Shipment.Request.Modes, other.Shipment.Request.Modes);

        public override int GetHashCode() => HashCode.Combine(
            Day, TrainWagons, Shipment.Request.Origin, Shipment.Request.Destination, Shipment.LotCargo, Shipment.Request.Due,
            Shipment.Request.Commodity, Shipment.Request.VehicleRegistration);

        private static bool SameModes(IReadOnlySet<TransportMode>? a, IReadOnlySet<TransportMode>? b) =>
            ReferenceEquals(a, b) || (a is not null && b is not null && a.SetEquals(b));
    }
}
