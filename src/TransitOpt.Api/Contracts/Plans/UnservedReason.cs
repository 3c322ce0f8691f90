using Domain = TransitOpt.Optimization.Planning.UnservedReason;

namespace TransitOpt.Api.Contracts.Plans;

/// <summary>Why lots of a shipment stay unserved.</summary>
public enum UnservedReason
{
    /// <summary>No itinerary leaves in its window and arrives within the horizon (or none was found within the time or work limit).</summary>
    NoItinerary,

    /// <summary>Its cheapest itinerary costs more per lot than leaving the lot unserved.</summary>
    PenaltyBelowCost,

    /// <summary>Its itineraries need resources that are full on the days it could use them.</summary>
    Capacity,
}

/// <summary>The explicit mapping between <see cref="UnservedReason"/> on the wire and in the domain.</summary>
internal static class UnservedReasonMapping
{
    public static UnservedReason ToWire(this Domain value) => value switch
    {
        Domain.NoItinerary => UnservedReason.NoItinerary,
        Domain.PenaltyBelowCost => UnservedReason.PenaltyBelowCost,
        Domain.Capacity => UnservedReason.Capacity,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "no wire value"),
    };
}
