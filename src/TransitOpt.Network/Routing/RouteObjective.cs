namespace TransitOpt.Network.Routing;

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
