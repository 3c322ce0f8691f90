using System.Globalization;
using Google.OrTools.LinearSolver;
using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Routing;
using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Solvers;

/// <summary>
/// The reference the column generation is proved against: one time-expanded, arc-based MIP over the whole itinerary
/// space of rail, solved by SCIP. Shipments with the same places, lot, train, commodity, registration and due day
/// share one commodity (they have the same arcs at the same prices; each keeps its own departures, wagon hire while
/// waiting to leave and unserved penalty, and an integer flow of a commodity splits into integer paths, so this is
/// exact). Each commodity's <see cref="EventGraph"/> uses every freight rail link either way (detours and paths that turn
/// back included, but never straight back over the link just taken; <see cref="MipLinks.TowardDestination"/> restricts
/// it to links that bring the shipment closer), with exact event moments, or moments on the grid of
/// <see cref="PlanOptions.TimeStep"/>, which the planner then shares (exact moments multiply with every path, so on the
/// bundled network only the grid keeps the graphs finite in practice); arcs traverse a link (waiting for the crossing to open, delay, running and technical or yard
/// time) or first wait one to three whole days before a border crossing; integer flows of lots, capacity per resource
/// and day, lateness at arrival and an unserved arc. Each arc is timed and priced by <see cref="LinkTraversal"/>, the
/// route search's own model, so that the two solvers differ only in how they optimise (one arc-based model against
/// column generation over itineraries), which is what their agreement proves.
/// </summary>
internal sealed class MonolithicMip
{
    private const int MaxEventsPerCommodity = 400_000;

    private readonly TransitNetwork _network;
    private readonly PlanProblem _problem;
    private readonly PlanOptions _options;
    private readonly List<Commodity> _commodities;

    private MonolithicMip(TransitNetwork network, PlanProblem problem, PlanOptions options, List<Commodity> commodities) =>
        (_network, _problem, _options, _commodities) = (network, problem, options, commodities);

    /// <summary>The arcs of its event graphs (its integer flow variables, departures and arrivals aside).</summary>
    public int Arcs => _commodities.Sum(c => c.Graph.Arcs.Count);

    /// <summary>
    /// Builds the event graphs of the rail problem (timed by <see cref="PlanOptions.TimeStep"/>). With
    /// <paramref name="lastArrivalDay"/> every lot must arrive by the end of that planning day, a hard bound the planner
    /// does not have (a plan that arrives later can come out below this MIP); without it the only bound is the exact one
    /// of the unserved penalty, which on the bundled network lets a lot arrive weeks late and the graphs grow accordingly.
    /// </summary>
    /// <exception cref="NotSupportedException">A commodity's event graph is too large to build.</exception>
    public static MonolithicMip Build(TransitNetwork network, PlanProblem problem, PlanOptions options, MipLinks links = MipLinks.All, int? lastArrivalDay = null) =>
        new(network, problem, options, BuildCommodities(network, problem, options, links, lastArrivalDay is { } day ? new ResourceSurcharges(problem.Start).StartOfDay(day + 1) : null));

    /// <summary>The proven whole-vehicle optimum (SCIP).</summary>
    /// <exception cref="TimeoutException">SCIP did not prove an optimum within <paramref name="limit"/>.</exception>
    public double Optimum(TimeSpan limit) => SolveModel(limit, integer: true);

    /// <summary>The optimum of the LP relaxation (GLOP), which converged column generation must equal.</summary>
    /// <exception cref="TimeoutException">GLOP did not finish within <paramref name="limit"/>.</exception>
    public double LpRelaxation(TimeSpan limit) => SolveModel(limit, integer: false);

    private sealed record Commodity(List<ShipmentLots> Shipments, EventGraph Graph, int VehiclesPerLot, int DueDay);

    private static List<Commodity> BuildCommodities(TransitNetwork network, PlanProblem problem, PlanOptions options, MipLinks links, DateTimeOffset? latestArrival)
    {
        var rail = new MipNetwork(network);
        var start = new DateTimeOffset(problem.Start.ToDateTime(new TimeOnly(8, 0)), ResourceSurcharges.CorridorOffset);
        return [.. problem.Shipments
            .Select((s, i) => ShipmentLots.Of(i, s, problem, network, options))
            .GroupBy(s => (s.Request.Origin, s.Request.Destination, s.LotCargo, s.TrainWagons(network), s.Request.Commodity, s.Request.VehicleRegistration, s.DueDay))
            .Select(group =>
            {
                var shipment = group.First();
                var traversal = new LinkTraversal(network, new RouteQuery
                {
                    Origin = shipment.Request.Origin,
                    Destination = shipment.Request.Destination,
                    Cargo = shipment.LotCargo,
                    TrainWagons = shipment.TrainWagons(network),
                    Modes = new HashSet<TransportMode> { TransportMode.Rail },
                    Departure = start,
                    Objective = RouteObjective.Cost,
                    VehicleRegistration = shipment.Request.VehicleRegistration,
                    Commodity = shipment.Request.Commodity,
                    EtaQuantile = options.EtaQuantile,
                    Surcharges = new ResourceSurcharges(problem.Start),
                    TimeStep = options.TimeStep,
                });
                var graph = EventGraph.Build(
                    rail, traversal, shipment.Request.Origin, shipment.Request.Destination, problem.Start,
                    group.SelectMany(s => s.DepartureDays(problem.HorizonDays)).Distinct().Order(),
                    shipment.DueDay, options.LatenessUsdPerLotDay, group.Max(s => s.PenaltyPerLot), links,
                    latestArrival,
                    MaxEventsPerCommodity);
                var vehicles = shipment.LotCargo.Vehicles(TransportMode.Rail, network.VehiclesFor(shipment.Request.Commodity ?? Commodities.Default(shipment.LotCargo.Kind)));
                return new Commodity([.. group], graph, vehicles, shipment.DueDay);
            })];
    }

    private double SolveModel(TimeSpan limit, bool integer)
    {
        var (network, problem, options) = (_network, _problem, _options);
        using var solver = Solver.CreateSolver(integer ? "SCIP" : "GLOP") ?? throw new InvalidOperationException("SCIP or GLOP is not available.");
        Variable Flow(int lots) => integer ? solver.MakeIntVar(0, lots, string.Empty) : solver.MakeNumVar(0, lots, string.Empty);
        solver.SetTimeLimit((long)limit.TotalMilliseconds);
        var objective = solver.Objective();
        objective.SetMinimization();
        var capacity = new Dictionary<(ResourceRef, int), Constraint>();
        void Use(Variable flow, ResourceRef resource, int day, int vehicles)
        {
            if (!capacity.TryGetValue((resource, day), out var row))
            {
                row = capacity[(resource, day)] = solver.MakeConstraint(double.NegativeInfinity, resource.Capacity(network));
            }

            row.SetCoefficient(flow, row.GetCoefficient(flow) + vehicles);
        }

        foreach (var commodity in _commodities)
        {
            var graph = commodity.Graph;
            var lots = commodity.Shipments.Sum(s => s.Lots);
            var balance = new Dictionary<int, Constraint>();
            Constraint Balance(int e) => balance.TryGetValue(e, out var row) ? row : balance[e] = solver.MakeConstraint(0, 0);
            foreach (var shipment in commodity.Shipments)
            {
                var source = solver.MakeConstraint(shipment.Lots, shipment.Lots);
                var unserved = Flow(shipment.Lots);
                source.SetCoefficient(unserved, 1);
                objective.SetCoefficient(unserved, shipment.PenaltyPerLot);
                foreach (var day in shipment.DepartureDays(problem.HorizonDays))
                {
                    if (graph.Departures.TryGetValue(day, out var origin))
                    {
                        var departure = Flow(shipment.Lots);
                        source.SetCoefficient(departure, 1);
                        objective.SetCoefficient(departure, shipment.HoldingCost(day));
                        Balance(origin).SetCoefficient(departure, 1);
                    }
                }
            }

            foreach (var arc in graph.Arcs)
            {
                var flow = Flow(lots);
                Balance(arc.From).SetCoefficient(flow, -1);
                Balance(arc.To).SetCoefficient(flow, 1);
                objective.SetCoefficient(flow, arc.Usd);
                foreach (var (resource, day) in arc.Uses)
                {
                    Use(flow, resource, day, commodity.VehiclesPerLot);
                }
            }

            foreach (var e in graph.Arrivals.Where(balance.ContainsKey))
            {
                var (place, moment) = graph.Events[e];
                var day = ResourceSurcharges.DayOf(problem.Start, moment);
                var arrive = Flow(lots);
                Balance(e).SetCoefficient(arrive, -1);
                objective.SetCoefficient(arrive, Math.Max(0, day - commodity.DueDay) * options.LatenessUsdPerLotDay);
                if (ResourceRef.UnloadingAt(network, place) is { } unloading)
                {
                    Use(arrive, unloading, day, commodity.VehiclesPerLot);
                }
            }
        }

        var status = solver.Solve();
        return status switch
        {
            Solver.ResultStatus.OPTIMAL => objective.Value(),
            Solver.ResultStatus.FEASIBLE => throw new TimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"The monolithic MIP ended feasible: best {objective.Value():N0} USD, bound {objective.BestBound():N0} USD.")),
            _ => throw new TimeoutException($"The monolithic MIP ended {status}."),
        };
    }
}
