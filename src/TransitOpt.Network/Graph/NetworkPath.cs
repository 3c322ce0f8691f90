using System.Collections.Immutable;

namespace TransitOpt.Network.Graph;

/// <summary>A path found by <see cref="ShortestPathSearch"/>, from origin to destination.</summary>
/// <param name="Origin">Where it starts.</param>
/// <param name="Destination">Where it ends.</param>
/// <param name="Steps">Each link travelled or transfer made, in order.</param>
/// <param name="DistanceKm">Total length.</param>
/// <param name="Hours">Running time plus border dwell plus terminal handling.</param>
/// <param name="Crossings">The border crossings passed, in order.</param>
public sealed record NetworkPath(
    NodeId Origin,
    NodeId Destination,
    ImmutableArray<PathStep> Steps,
    double DistanceKm,
    double Hours,
    ImmutableArray<CrossingPassage> Crossings)
{
    /// <summary>The places visited, origin first.</summary>
    public IEnumerable<NodeId> Places => Steps.IsEmpty ? [Origin] : Steps.Select(s => s.From).Append(Steps[^1].To);

    /// <summary>The countries visited in order, e.g. KZ, UZ, TJ.</summary>
    public IReadOnlyList<CountryCode> Countries(TransitNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var countries = new List<CountryCode>();
        foreach (var country in Places.Select(p => network.Place(p).Country))
        {
            if (countries.Count == 0 || countries[^1] != country)
            {
                countries.Add(country);
            }
        }

        return countries;
    }
}

/// <summary>One step of a path: along a link, or a transfer between modes at a terminal.</summary>
/// <param name="From">Where the step starts.</param>
/// <param name="To">Where it ends.</param>
/// <param name="Kind">Rail, road or transfer.</param>
/// <param name="Link">The link travelled, or null for a transfer.</param>
/// <param name="DistanceKm">Length of the step.</param>
/// <param name="Hours">Time of the step, including any border dwell or handling.</param>
public sealed record PathStep(NodeId From, NodeId To, EdgeKind Kind, LinkId? Link, double DistanceKm, double Hours);

/// <summary>A border crossing passed by a path, in the direction of travel.</summary>
/// <param name="Crossing">Which crossing.</param>
/// <param name="Name">Its name.</param>
/// <param name="FromCountry">The country left.</param>
/// <param name="ToCountry">The country entered.</param>
/// <param name="Mode">Rail or road.</param>
/// <param name="DwellHours">Mean dwell in this direction.</param>
/// <param name="FeeUsd">Fee per vehicle in this direction.</param>
public sealed record CrossingPassage(
    CrossingId Crossing,
    string Name,
    CountryCode FromCountry,
    CountryCode ToCountry,
    TransportMode Mode,
    double DwellHours,
    double FeeUsd);
