using System.Globalization;
using TransitOpt.Optimization.Columns;
using TransitOpt.Optimization.Solvers;

namespace TransitOpt.Optimization.Planning;

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

/// <summary>Why a shipment's lots stay unserved, with the figures that show it.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Detail">The figures in words: the cheapest cost against the penalty, or the full resources and days.</param>
public sealed record UnservedNote(UnservedReason Reason, string Detail)
{
    internal static UnservedNote Explain(ShipmentLots shipment, MasterProblem master, IReadOnlyDictionary<ResourceDay, int> used)
    {
        var c = CultureInfo.InvariantCulture;
        var columns = master.Columns.Where(col => col.Shipment.Index == shipment.Index).ToList();
        if (columns.Count == 0)
        {
            return new UnservedNote(UnservedReason.NoItinerary, "no itinerary leaves between its ready day and the horizon's last departure day and reaches the destination");
        }

        var cheapest = columns.Min(col => col.CostPerLot);
        if (cheapest >= shipment.PenaltyPerLot)
        {
            return new UnservedNote(
                UnservedReason.PenaltyBelowCost,
                string.Create(c, $"its cheapest itinerary costs ${cheapest:N0} a lot, above the ${shipment.PenaltyPerLot:N0} a lot of leaving it unserved"));
        }

        var full = columns
            .Where(col => col.CostPerLot < shipment.PenaltyPerLot)
            .SelectMany(col => col.Uses)
            .Where(u => used.GetValueOrDefault(u.Row) + u.Vehicles > master.Capacity(u.Row.Resource))
            .Select(u => u.Row)
            .Distinct()
            .OrderBy(r => r.Day).ThenBy(r => r.Resource.Id, StringComparer.Ordinal)
            .Select(r => string.Create(c, $"{r.Resource.Id} day {r.Day}"))
            .ToList();
        var where = full.Count == 0 ? "whole vehicles do not fit the room left" : "full: " + string.Join(", ", full.Take(6)) + (full.Count > 6 ? string.Create(c, $" and {full.Count - 6} more") : string.Empty);
        return new UnservedNote(UnservedReason.Capacity, string.Create(c, $"its itineraries cheaper than the ${shipment.PenaltyPerLot:N0} penalty need capacity that the plan has used up ({where})"));
    }
}
