using Domain = TransitOpt.Network.Routing.RouteObjective;

namespace TransitOpt.Api.Contracts.Routes;

/// <summary>What a route search minimises.</summary>
public enum RouteObjective
{
    /// <summary>Money: transport, border fees and handling (value of time is reported, not minimised).</summary>
    Cost,

    /// <summary>Hours from departure to arrival, waiting and rests included (money breaks ties).</summary>
    Time,

    /// <summary>Generalised cost: money plus value of time × hours.</summary>
    Balanced,
}

/// <summary>The explicit mapping between <see cref="RouteObjective"/> on the wire and in the domain.</summary>
internal static class RouteObjectiveMapping
{
    public static Domain ToDomain(this RouteObjective value) => value switch
    {
        RouteObjective.Cost => Domain.Cost,
        RouteObjective.Time => Domain.Time,
        RouteObjective.Balanced => Domain.Balanced,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a value of the contract"),
    };
}
