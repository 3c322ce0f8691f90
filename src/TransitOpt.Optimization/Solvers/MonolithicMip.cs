using Google.OrTools.LinearSolver;
using TransitOpt.Network;
using TransitOpt.Network.Routing;
using TransitOpt.Network.Costs;
using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Solvers;

/// <summary>
/// The reference the column generation is proved against: one time-expanded, arc-based MIP over the whole itinerary
/// space, solved by SCIP. Events are (place, moment) pairs reached from a 08:00 departure on each allowed day; arcs
/// traverse a rail link (waiting for the crossing to open, delay, running and technical or yard time) or first wait one
/// to three whole days before a border crossing; integer flows of lots per shipment, capacity per resource and day,
/// lateness at arrival and an unserved arc. Each arc is timed and priced by <see cref="LinkTraversal"/>, the route
/// search's own model, so that the two solvers differ only in how they optimise (one arc-based model against column
/// generation over itineraries), which is what their agreement proves. To keep the event graph finite it only uses
/// links that bring a shipment strictly closer (in rail km) to its destination, which every itinerary of a small
/// corridor does.
/// Small rail instances only: it builds every event.
/// </summary>
internal static class MonolithicMip
{
    private const int MaxEvents = 200_000;

    /// <summary>The MIP optimum, and the optimum of its LP relaxation (which column generation must equal).</summary>
    public static (double Optimum, double LpRelaxation) Solve(TransitNetwork network, PlanProblem problem, PlanOptions options, TimeSpan limit) =>
        (SolveModel(network, problem, options, limit, integer: true), SolveModel(network, problem, options, limit, integer: false));

    private static double SolveModel(TransitNetwork network, PlanProblem problem, PlanOptions options, TimeSpan limit, bool integer)
    {
        var shipments = problem.Shipments.Select((s, i) => ShipmentLots.Of(i, s, problem, network, options)).ToList();
        var start = new DateTimeOffset(problem.Start.ToDateTime(new TimeOnly(8, 0)), ResourceSurcharges.CorridorOffset);
        var lastMoment = start.AddDays(problem.HorizonDays + 10);
        using var solver = Solver.CreateSolver(integer ? "SCIP" : "GLOP") ?? throw new InvalidOperationException("SCIP or GLOP is not available.");
        Variable Flow(int lots) => integer ? solver.MakeIntVar(0, lots, string.Empty) : solver.MakeNumVar(0, lots, string.Empty);
        solver.SetTimeLimit((long)limit.TotalMilliseconds);
        var objective = solver.Objective();
        objective.SetMinimization();
        var capacity = new Dictionary<(ResourceRef, int), Constraint>();
        foreach (var shipment in shipments)
        {
            var vehicles = shipment.LotCargo.Vehicles(TransportMode.Rail, network.VehiclesFor(shipment.Request.Commodity ?? Commodities.Default(shipment.LotCargo.Kind)));
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
            });
            var balance = new Dictionary<(NodeId, DateTimeOffset), Constraint>();
            Constraint Balance(NodeId place, DateTimeOffset moment)
            {
                if (!balance.TryGetValue((place, moment), out var row))
                {
                    row = balance[(place, moment)] = solver.MakeConstraint(0, 0);
                }

                return row;
            }

            var source = solver.MakeConstraint(shipment.Lots, shipment.Lots);
            var unserved = Flow(shipment.Lots);
            source.SetCoefficient(unserved, 1);
            objective.SetCoefficient(unserved, shipment.PenaltyPerLot);
            var search = network.Graph.CreateSearch();
            var toDestination = network.Places.ToDictionary(
                p => p.Id,
                p => search.Find(p.Id, shipment.Request.Destination, [TransportMode.Rail], Network.Graph.PathMetric.Distance)?.DistanceKm ?? double.PositiveInfinity);
            var frontier = new Queue<(NodeId Place, DateTimeOffset Moment)>();
            var seen = new HashSet<(NodeId, DateTimeOffset)>();
            var lastDeparture = shipment.LastDepartureDay(problem.HorizonDays);
            for (var day = shipment.FirstDepartureDay; day <= lastDeparture; day++)
            {
                var moment = start.AddDays(day);
                var departure = Flow(shipment.Lots);
                source.SetCoefficient(departure, 1);
                objective.SetCoefficient(departure, shipment.HoldingCost(day));
                Balance(shipment.Request.Origin, moment).SetCoefficient(departure, 1);
                if (seen.Add((shipment.Request.Origin, moment)))
                {
                    frontier.Enqueue((shipment.Request.Origin, moment));
                }
            }

            while (frontier.TryDequeue(out var at))
            {
                if (seen.Count > MaxEvents)
                {
                    throw new NotSupportedException("The instance is too large for the monolithic MIP.");
                }

                var outflow = Balance(at.Place, at.Moment);
                if (at.Place == shipment.Request.Destination)
                {
                    var arrive = Flow(shipment.Lots);
                    outflow.SetCoefficient(arrive, -1);
                    var late = Math.Max(0, ResourceSurcharges.DayOf(problem.Start, at.Moment) - shipment.DueDay);
                    objective.SetCoefficient(arrive, late * options.LatenessUsdPerLotDay);
                    if (ResourceRef.UnloadingAt(network, at.Place) is { } unloading)
                    {
                        var day = ResourceSurcharges.DayOf(problem.Start, at.Moment);
                        if (!capacity.TryGetValue((unloading, day), out var row))
                        {
                            row = capacity[(unloading, day)] = solver.MakeConstraint(double.NegativeInfinity, unloading.Capacity(network));
                        }

                        row.SetCoefficient(arrive, row.GetCoefficient(arrive) + vehicles);
                    }
                    continue;
                }

                foreach (var link in network.Links.Where(l => l.Mode == TransportMode.Rail && l.Status.CarriesFreight() && (l.From == at.Place || l.To == at.Place)))
                {
                    var next = link.From == at.Place ? link.To : link.From;
                    if (!(toDestination[next] < toDestination[at.Place]))
                    {
                        continue;
                    }

                    foreach (var (moment, cost, uses) in Traversals(problem.Start, traversal, link, at.Place, at.Moment))
                    {
                        if (moment > lastMoment)
                        {
                            continue;
                        }

                        var flow = Flow(shipment.Lots);
                        outflow.SetCoefficient(flow, -1);
                        Balance(next, moment).SetCoefficient(flow, 1);
                        objective.SetCoefficient(flow, cost);
                        foreach (var (resource, day) in uses)
                        {
                            if (!capacity.TryGetValue((resource, day), out var row))
                            {
                                row = capacity[(resource, day)] = solver.MakeConstraint(double.NegativeInfinity, resource.Capacity(network));
                            }

                            row.SetCoefficient(flow, row.GetCoefficient(flow) + vehicles);
                        }

                        if (seen.Add((next, moment)))
                        {
                            frontier.Enqueue((next, moment));
                        }
                    }
                }
            }
        }

        var status = solver.Solve();
        return status == Solver.ResultStatus.OPTIMAL
            ? objective.Value()
            : throw new TimeoutException($"The monolithic MIP ended {status}.");
    }

    /// <summary>Ways to traverse a link from a place at a moment: straight away, or after waiting 1–3 days before a border crossing.</summary>
    private static IEnumerable<(DateTimeOffset Moment, double Cost, List<(ResourceRef, int)> Uses)> Traversals(
        DateOnly start, LinkTraversal traversal, Link link, NodeId from, DateTimeOffset moment)
    {
        var maxWait = link.Crossing is not null ? 3 : 0;
        for (var wait = 0; wait <= maxWait; wait++)
        {
            if (traversal.Traverse(link, from, moment, wait) is { } done)
            {
                yield return (done.Arrival, done.Usd, [.. done.Resources.Select(r => (r, ResourceSurcharges.DayOf(start, done.Entered)))]);
            }
        }
    }
}
