using TransitOpt.Network.Graph;

namespace TransitOpt.Network.Routing;

/// <summary>
/// Extra cost per vehicle for using a resource on a given day: how the planner prices congested capacity (the duals
/// of its capacity rows) into the route search. Days are counted from <see cref="Start"/> in corridor time (UTC+05:00,
/// the time of Kazakhstan, Uzbekistan and Tajikistan). A route search with surcharges may wait whole days before a
/// priced border crossing when that is cheaper, as a truck or train waits for its slot at a congested border.
/// Set every surcharge before searching with them: searches may read them from many threads, but not while they change.
/// </summary>
public sealed class ResourceSurcharges(DateOnly start)
{
    /// <summary>The corridor's clock for counting days.</summary>
    public static readonly TimeSpan CorridorOffset = TimeSpan.FromHours(5);

    private readonly Dictionary<ResourceRef, Dictionary<int, double>> _prices = [];
    private readonly Lock _compiling = new();
    private CompiledSurcharges? _compiled;

    /// <summary>Day 0.</summary>
    public DateOnly Start { get; } = start;

    /// <summary>True when no resource has a surcharge.</summary>
    public bool IsEmpty => _prices.Count == 0;

    /// <summary>The last day that carries a surcharge (-1 when none).</summary>
    public int LastDay => _prices.Count == 0 ? -1 : _prices.Values.Max(d => d.Count == 0 ? -1 : d.Keys.Max());

    /// <summary>The resources that carry a surcharge on some day.</summary>
    public IEnumerable<ResourceRef> Resources => _prices.Keys;

    /// <summary>Sets the surcharge per vehicle of a resource on a day (0 removes it).</summary>
    public void Set(ResourceRef resource, int day, double usdPerVehicle)
    {
        _compiled = null;
        if (usdPerVehicle <= 0)
        {
            if (_prices.TryGetValue(resource, out var days))
            {
                days.Remove(day);
                if (days.Count == 0)
                {
                    _prices.Remove(resource);
                }
            }

            return;
        }

        if (!_prices.TryGetValue(resource, out var byDay))
        {
            byDay = _prices[resource] = [];
        }

        byDay[day] = usdPerVehicle;
    }

    /// <summary>The surcharge per vehicle of a resource on a day.</summary>
    public double Get(ResourceRef resource, int day) =>
        _prices.TryGetValue(resource, out var byDay) && byDay.TryGetValue(day, out var usd) ? usd : 0;

    /// <summary>The planning day a moment falls on.</summary>
    public int DayOf(DateTimeOffset time) => DayOf(Start, time);

    /// <summary>The planning day of <paramref name="time"/> counted from <paramref name="start"/> in corridor time.</summary>
    public static int DayOf(DateOnly start, DateTimeOffset time) =>
        DateOnly.FromDateTime(time.ToOffset(CorridorOffset).DateTime).DayNumber - start.DayNumber;

    /// <summary>
    /// Per edge of <paramref name="graph"/>, the summed surcharge of its resources by planning day, or null for an edge
    /// with none: compiled once for every search that uses these surcharges.
    /// </summary>
    internal double[]?[] ByEdge(CompactGraph graph)
    {
        lock (_compiling)
        {
            if (_compiled is { } compiled && ReferenceEquals(compiled.Graph, graph))
            {
                return compiled.ByEdge;
            }

            var byEdge = Compile(graph);
            _compiled = new CompiledSurcharges(graph, byEdge);
            return byEdge;
        }
    }

    private double[]?[] Compile(CompactGraph graph)
    {
        var resources = graph.Network.RoutingTables.EdgeResources;
        var byEdge = new double[]?[graph.EdgeCount];
        var days = LastDay + 1;
        for (var edge = 0; edge < byEdge.Length; edge++)
        {
            foreach (var resource in resources[edge])
            {
                if (_prices.TryGetValue(resource, out var prices))
                {
                    var byDay = byEdge[edge] ??= new double[days];
                    foreach (var (day, usd) in prices.Where(p => p.Key >= 0))
                    {
                        byDay[day] += usd;
                    }
                }
            }
        }

        return byEdge;
    }

    /// <summary>The start of a planning day.</summary>
    public DateTimeOffset StartOfDay(int day) => new(Start.AddDays(day).ToDateTime(TimeOnly.MinValue), CorridorOffset);
}

/// <summary>Surcharges compiled for one graph's edges.</summary>
internal sealed record CompiledSurcharges(CompactGraph Graph, double[]?[] ByEdge);
