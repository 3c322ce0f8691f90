using System.Collections.Immutable;
using NetTopologySuite.Geometries;
using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Routing;

/// <summary>Replays a found path edge by edge and reports it as a <see cref="Route"/>.</summary>
internal static class RouteBuilder
{
    public static Route Build(SearchContext context, CompactGraph graph, FoundPath path, int rank)
    {
        var edges = path.Edges;
        var network = graph.Network;
        var query = context.Query;
        var state = new SearchState(0, 0, DriverClock.Rested);
        var legs = new List<LegDraft>();
        var crossings = ImmutableArray.CreateBuilder<BorderPassage>();
        var transshipments = ImmutableArray.CreateBuilder<Transshipment>();
        var series = ImmutableArray.CreateBuilder<TimeCostDistancePoint>();
        var lines = new List<LineString>();
        var uses = ImmutableArray.CreateBuilder<ResourceUse>();
        var ledger = new CostLedger(context, graph);
        double km = 0, moving = 0, transport = 0, border = 0, handling = 0, wagons = 0, co2 = 0;
        series.Add(new TimeCostDistancePoint(query.Origin, "departure", 0, 0, 0));
        for (var i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            if (!context.TryTraverse(state, edge, path.WaitDays[i], out var outcome))
            {
                throw new InvalidOperationException("A found path could not be replayed; the search and the replay disagree.");
            }

            ledger.Add(edge, outcome);
            var fromMode = CompactGraph.ModeOf(graph.Source[edge]);
            foreach (var resource in network.RoutingTables.EdgeResources[edge])
            {
                uses.Add(new ResourceUse(resource, outcome.Entered, context.Vehicles(fromMode)));
            }

            // Money actually spent so far: a planner's surcharges steer the search but are no cost.
            var paid = transport + border + handling + wagons;
            var at = query.Departure.AddHours(state.Hours);
            var from = network.Places[CompactGraph.PlaceOf(graph.Source[edge])];
            var to = network.Places[CompactGraph.PlaceOf(graph.Target[edge])];
            if (graph.Kind[edge] == EdgeKind.Transfer)
            {
                var terminal = network.Terminals[graph.TerminalIndex[edge]];
                series.Add(new TimeCostDistancePoint(from.Id, "transshipment", km, state.Hours, paid));
                transshipments.Add(new Transshipment(
                    from.Id, terminal.Id, fromMode, CompactGraph.ModeOf(graph.Target[edge]),
                    outcome.DwellHours, outcome.HandlingUsd));
                handling += outcome.HandlingUsd;
                transport += outcome.TransportUsd;
                wagons += outcome.WagonUsd;
                if (legs.Count > 0)
                {
                    legs[^1].Close();
                }

                series.Add(new TimeCostDistancePoint(from.Id, "transshipment done", km, outcome.After.Hours, paid + outcome.HandlingUsd));
                state = outcome.After;
                continue;
            }

            var link = network.Links[graph.LinkIndex[edge]];
            if (graph.CrossingIndex[edge] is var c and >= 0)
            {
                var crossing = network.Crossings[c];
                series.Add(new TimeCostDistancePoint(from.Id, "border", km, state.Hours, paid));
                crossings.Add(new BorderPassage(
                    crossing.Id, crossing.Name, from.Country, to.Country, crossing.Mode, at,
                    outcome.WaitHours, outcome.DwellHours, outcome.BorderUsd, outcome.Delay, WaitReason(crossing, at, outcome)));
                series.Add(new TimeCostDistancePoint(from.Id, "border cleared", km, state.Hours + outcome.WaitHours + outcome.DwellHours, paid + outcome.BorderUsd + outcome.HandlingUsd));
            }

            handling += outcome.HandlingUsd;
            wagons += outcome.WagonUsd;
            var legCo2 = context.Tonnes * link.LengthKm * network.RoutingTables.GramsCo2ePerTonneKm[graph.LinkIndex[edge]] / 1000;
            if (legs.Count == 0 || legs[^1].Mode != link.Mode || legs[^1].Closed)
            {
                legs.Add(new LegDraft(link.Mode, from.Id, at, context.Vehicles(link.Mode)));
            }

            var stops = outcome.After.Hours - state.Hours - outcome.WaitHours - outcome.DwellHours - outcome.MovingHours;
            legs[^1].Extend(to.Id, link, query.Departure.AddHours(outcome.After.Hours), outcome.TransportUsd + outcome.BorderUsd + outcome.HandlingUsd + outcome.WagonUsd, legCo2);
            legs[^1].AddHours(outcome.MovingHours, stops, outcome.WaitHours + outcome.DwellHours);

            lines.Add(link.From == from.Id ? link.Geometry : network.RoutingTables.ReversedGeometry(graph.LinkIndex[edge]));
            km += link.LengthKm;
            moving += outcome.MovingHours;
            transport += outcome.TransportUsd;
            border += outcome.BorderUsd;
            co2 += legCo2;
            state = outcome.After;
        }

        series.Add(new TimeCostDistancePoint(query.Destination, "arrival", km, state.Hours, transport + border + handling + wagons));
        if (context.Unloading is { } unloading && edges.Count > 0 && CompactGraph.ModeOf(graph.Target[edges[^1]]) == TransportMode.Rail)
        {
            uses.Add(new ResourceUse(unloading, query.Departure.AddHours(state.Hours), context.RailVehicles));
        }
        var timeValue = query.ValueOfTimeUsdPerHour * state.Hours;
        return new Route(
            rank,
            Summarise(network, legs, crossings, transshipments),
            km,
            state.Hours,
            query.Departure,
            query.Departure.AddHours(state.Hours),
            RouteCost.Of(transport, border, handling, wagons, timeValue),
            co2,
            crossings.ToImmutable(),
            [.. legs.Select(l => l.ToLeg())],
            transshipments.ToImmutable(),
            new RouteSpeed(moving > 0 ? km / moving : 0, state.Hours > 0 ? km / state.Hours : 0),
            series.ToImmutable(),
            new MultiLineString([.. lines], lines.Count > 0 ? lines[0].Factory : NetTopologySuite.NtsGeometryServices.Instance.CreateGeometryFactory(4326)),
            uses.ToImmutable(),
            context.ObjectiveValue(state with { Money = transport + border + handling + wagons })) { CostLines = [.. ledger.Lines()] };
    }

    /// <summary>Why a shipment waited at a crossing: closed that day, outside its hours, or held for a later planning day.</summary>
    private static string? WaitReason(BorderCrossing crossing, DateTimeOffset arrival, EdgeOutcome outcome)
    {
        if (outcome.WaitHours <= 0)
        {
            return null;
        }

        var local = arrival.ToOffset(crossing.Hours.UtcOffset);
        var entered = DateOnly.FromDateTime(outcome.Entered.ToOffset(crossing.Hours.UtcOffset).DateTime);
        for (var day = DateOnly.FromDateTime(local.DateTime); day < entered; day = day.AddDays(1))
        {
            if (crossing.ClosureOn(day) is { } closure)
            {
                return $"closed on {day:yyyy-MM-dd}: {closure}";
            }
        }

        var hoursWait = (crossing.Hours.NextOpen(arrival) - arrival).TotalHours;
        return outcome.WaitHours > hoursWait + 1e-6
            ? "held for a later planning day (capacity)"
            : $"arrives {local:ddd HH:mm} local time; the post works {crossing.Hours}";
    }

    /// <summary>E.g. "Rail via Saryagash–Keles and Kudukli–Pakhtaobod" or "Road, then rail from Tashkent, via …".</summary>
    private static string Summarise(TransitNetwork network, List<LegDraft> legs, ImmutableArray<BorderPassage>.Builder crossings, ImmutableArray<Transshipment>.Builder transshipments)
    {
        var modes = legs.Count == 0 ? "Stay" : Capitalise(ModeWord(legs[0].Mode));
        foreach (var transshipment in transshipments)
        {
            modes += $", then {ModeWord(transshipment.ToMode)} from {network.Place(transshipment.At).Name}";
        }

        if (crossings.Count == 0)
        {
            var countries = legs.Select(l => network.Place(l.From).Country).Distinct().Select(c => network.Country(c).Name);
            return $"{modes} within {string.Join(" and ", countries)}";
        }

        var names = crossings.Select(c => c.Name).ToList();
        var via = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
        return $"{modes} via {via}";
    }

    private static string ModeWord(TransportMode mode) => mode == TransportMode.Rail ? "rail" : "road";

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private sealed class LegDraft(TransportMode mode, NodeId from, DateTimeOffset departure, int vehicles)
    {
        private readonly List<LinkId> _links = [];
        private double _km;
        private double _usd;
        private double _co2;
        private double _moving;
        private double _stops;
        private double _border;
        private DateTimeOffset _arrival = departure;

        public DateTimeOffset Departure { get; } = departure;

        public TransportMode Mode { get; } = mode;

        public NodeId From { get; } = from;

        public NodeId To { get; private set; } = from;

        public bool Closed { get; private set; }

        public void Extend(NodeId to, Link link, DateTimeOffset arrival, double usd, double co2)
        {
            To = to;
            _links.Add(link.Id);
            _km += link.LengthKm;
            _usd += usd;
            _co2 += co2;
            _arrival = arrival;
        }

        public void AddHours(double moving, double stops, double border)
        {
            _moving += moving;
            _stops += stops;
            _border += border;
        }

        public void Close() => Closed = true;

        public RouteLeg ToLeg() => new(Mode, From, To, _km, Departure, _arrival, _usd, _co2, vehicles, [.. _links])
        {
            Hours = new LegHours(_moving, _stops, _border),
        };
    }
}
