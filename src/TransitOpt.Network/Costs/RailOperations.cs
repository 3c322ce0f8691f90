using System.Collections.Immutable;

namespace TransitOpt.Network.Costs;

/// <summary>
/// How rail shipments run: wagonloads are marshalled at yards on the way; block trains run through, but at a railway's
/// technical speed (stops for crossing trains on single track, crew and locomotive changes, inspections), not at the
/// moving speed of the line.
/// </summary>
/// <param name="WagonloadYardHoursPer100Km">Hours a wagonload spends in yards per 100 km of rail (where no country says otherwise).</param>
/// <param name="BlockTrainWagons">From this many wagons a shipment runs as a block train, without marshalling.</param>
/// <param name="Source">Where the figures come from.</param>
public sealed record RailOperations(double WagonloadYardHoursPer100Km, int BlockTrainWagons, string Source)
{
    /// <summary>Per-country figures, where a source or a reasoned estimate gives them.</summary>
    public ImmutableDictionary<CountryCode, CountryRailOperations> Countries { get; init; } = ImmutableDictionary<CountryCode, CountryRailOperations>.Empty;

    /// <summary>True when <paramref name="wagons"/> run as a block train.</summary>
    public bool IsBlockTrain(int wagons) => wagons >= BlockTrainWagons;

    /// <summary>
    /// Hours per km on top of the moving time on a rail link of <paramref name="country"/> at <paramref name="speedKmh"/>:
    /// yard time for a wagonload; for a block train, what its technical speed adds to the moving time (never negative).
    /// </summary>
    public double ExtraHoursPerKm(int wagons, CountryCode country, double speedKmh, int tracks)
    {
        Countries.TryGetValue(country, out var local);
        if (!IsBlockTrain(wagons))
        {
            return (local?.WagonloadYardHoursPer100Km ?? WagonloadYardHoursPer100Km) / 100;
        }

        var kmPerDay = tracks == 1 && local?.SingleTrackBlockTrainKmPerDay is { } single ? single : local?.BlockTrainKmPerDay ?? 0;
        return kmPerDay > 0 ? Math.Max(0, (24 / kmPerDay) - (1 / speedKmh)) : 0;
    }
}

/// <summary>A railway's operating figures.</summary>
/// <param name="Country">The railway's country.</param>
/// <param name="BlockTrainKmPerDay">How far a block train gets in a day on the line, stops included, borders excluded.</param>
/// <param name="SingleTrackBlockTrainKmPerDay">The same on single track (crossing loops), or null for no difference.</param>
/// <param name="WagonloadYardHoursPer100Km">Yard hours of a wagonload per 100 km, or null for the network default.</param>
/// <param name="Source">Keys of <c>data/SOURCES.md</c>.</param>
public sealed record CountryRailOperations(CountryCode Country, double BlockTrainKmPerDay, double? SingleTrackBlockTrainKmPerDay, double? WagonloadYardHoursPer100Km, string Source);
