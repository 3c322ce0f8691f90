namespace TransitOpt.Network.Costs;

/// <summary>How rail shipments run: wagonloads are marshalled at yards on the way, block trains run through.</summary>
/// <param name="WagonloadYardHoursPer100Km">Hours a wagonload spends in yards per 100 km of rail.</param>
/// <param name="BlockTrainWagons">From this many wagons a shipment runs as a block train, without marshalling.</param>
/// <param name="Source">Where the figures come from.</param>
public sealed record RailOperations(double WagonloadYardHoursPer100Km, int BlockTrainWagons, string Source)
{
    /// <summary>Yard hours per km of rail for a shipment of <paramref name="wagons"/> wagons.</summary>
    public double YardHoursPerKm(int wagons) => wagons >= BlockTrainWagons ? 0 : WagonloadYardHoursPer100Km / 100;
}
