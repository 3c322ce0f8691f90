namespace TransitOpt.Network.Routing;

/// <summary>
/// What a query's A* reads that no departure time, deadline or surcharge changes: each edge's static key, each
/// vertex's lower bound of the key still to come (see <see cref="SearchContext.Bound"/>) and of the hours still to run
/// (see <see cref="SearchContext.LatenessBound"/>).
/// </summary>
internal sealed record QueryStatics(double[] EdgeKeys, double[] Bounds, double[] HoursBounds);

/// <summary>
/// Everything a query's <see cref="QueryStatics"/> depend on: what weighs and allows its edges (<see cref="BoundsScope"/>)
/// and the modes it may use. Queries with equal keys share them.
/// </summary>
internal readonly record struct StaticsKey(BoundsScope Scope, bool Rail, bool Road);
