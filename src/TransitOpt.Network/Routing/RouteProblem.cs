namespace TransitOpt.Network.Routing;

/// <summary>Why a route query got no routes.</summary>
public enum RouteProblemKind
{
    /// <summary>The query itself is wrong (a field out of range, an unknown id): the caller must change it.</summary>
    InvalidQuery,

    /// <summary>The query is valid but no route satisfies it on the network on that date.</summary>
    NoRoute,
}

/// <summary>A route query's failure, in words a planner can act on.</summary>
/// <param name="Kind">Invalid query or no route.</param>
/// <param name="Field">The query field at fault (camelCase, as in the API), or null.</param>
/// <param name="Message">What is wrong or why there is no route.</param>
public sealed record RouteProblem(RouteProblemKind Kind, string? Field, string Message);

/// <summary>Routes, or the problem that prevented them.</summary>
/// <param name="Response">The routes, or null.</param>
/// <param name="Problem">The problem, or null.</param>
public sealed record RouteOutcome(RouteResponse? Response, RouteProblem? Problem)
{
    /// <summary>A successful outcome.</summary>
    public static RouteOutcome Of(RouteResponse response) => new(response, null);

    /// <summary>An invalid query.</summary>
    public static RouteOutcome Invalid(string field, string message) => new(null, new RouteProblem(RouteProblemKind.InvalidQuery, field, message));

    /// <summary>A valid query without routes.</summary>
    public static RouteOutcome None(string message) => new(null, new RouteProblem(RouteProblemKind.NoRoute, null, message));
}
