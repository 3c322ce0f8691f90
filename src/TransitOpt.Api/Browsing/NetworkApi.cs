using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitOpt.Api.Hosting;
using TransitOpt.Network;
using TransitOpt.Network.Export;

namespace TransitOpt.Api.Browsing;

/// <summary><c>/api/v1/network</c>: the loaded network, its places and border crossings, and its GeoJSON.</summary>
public static class NetworkApi
{
    public static RouteGroupBuilder MapNetworkApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/network").WithTags("Network");
        group.MapGet("/", GetNetwork).WithName("GetNetwork")
            .WithSummary("The loaded network: version, counts, countries and bounding box")
            .WithDescription("The version is the content hash of the data; it changes with any data change and keys every cache.");
        group.MapGet("/nodes", ListNodes).WithName("ListNodes")
            .WithSummary("Places of the network, filtered by country, kind and text")
            .WithDescription("country is an ISO code (KZ); kind is city, station, junction, port, border, pass or waypoint; q matches names, other spellings and ids.");
        group.MapGet("/nodes/{id}", GetNode).WithName("GetNode")
            .WithSummary("One place by id").WithDescription("404 problem+json when no place has the id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/crossings", ListCrossings).WithName("ListCrossings")
            .WithSummary("Border crossing points, filtered by country pair and mode")
            .WithDescription("countries is a comma-separated pair such as KZ,UZ (either order); mode is rail or road.");
        group.MapGet("/crossings/{id}", GetCrossing).WithName("GetCrossing")
            .WithSummary("One border crossing by id").WithDescription("Capacity, dwell and fees per direction, opening hours, customs regime and status.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/geojson", GetGeoJson).WithName("GetNetworkGeoJson")
            .WithSummary("The whole network as one GeoJSON FeatureCollection")
            .WithDescription("Places, links, crossings and terminals, each with id, kind, name, mode, country or countries, and status; with ?scenario=ID, the scenario's network. Open it in QGIS or geojson.io.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<string>(StatusCodes.Status200OK, "application/geo+json");
        return group;
    }

    internal static Ok<NetworkInfo> GetNetwork(NetworkState state)
    {
        var n = state.Network;
        var envelope = new NetTopologySuite.Geometries.Envelope();
        foreach (var place in n.Places)
        {
            envelope.ExpandToInclude(place.Location.Coordinate);
        }

        return TypedResults.Ok(new NetworkInfo(
            n.Version.Value, n.Places.Length, n.Links.Length, n.Crossings.Length, n.Terminals.Length,
            [.. n.Countries.Select(c => c.Code.Value)], [envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY]));
    }

    internal static Results<Ok<List<NodeInfo>>, ValidationProblem> ListNodes(NetworkState state, string? country, string? kind, string? q)
    {
        if (!TryParseFilter<PlaceKind>(kind, out var placeKind))
        {
            return Invalid<PlaceKind>("kind", kind!);
        }

        var matching = q is null ? state.Network.Places.AsEnumerable() : state.Network.SuggestPlaces(q, int.MaxValue);
        return TypedResults.Ok(matching
            .Where(p => country is null || string.Equals(p.Country.Value, country, StringComparison.OrdinalIgnoreCase))
            .Where(p => placeKind is null || p.Kind == placeKind)
            .Select(NodeInfo.From)
            .ToList());
    }

    internal static Results<Ok<NodeInfo>, ProblemHttpResult> GetNode(NetworkState state, string id) =>
        state.Network.TryGetPlace(new NodeId(id.ToUpperInvariant()), out var place)
            ? TypedResults.Ok(NodeInfo.From(place))
            : TypedResults.Problem(detail: $"no place has the id '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown place");

    internal static Results<Ok<List<CrossingInfo>>, ValidationProblem> ListCrossings(NetworkState state, string? countries, string? mode)
    {
        if (!TryParseFilter<TransportMode>(mode, out var transportMode))
        {
            return Invalid<TransportMode>("mode", mode!);
        }

        var pair = countries?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(c => new CountryCode(c.ToUpperInvariant())).ToList();
        return TypedResults.Ok(state.Network.Crossings
            .Where(c => transportMode is null || c.Mode == transportMode)
            .Where(c => pair is null || pair.Count == 0 || (pair.Count == 1 ? c.SideA.Country == pair[0] || c.SideB.Country == pair[0] : c.Joins(pair[0], pair[1])))
            .Select(CrossingInfo.From)
            .ToList());
    }

    internal static Results<Ok<CrossingInfo>, ProblemHttpResult> GetCrossing(NetworkState state, string id) =>
        state.Network.TryGetCrossing(new CrossingId(id.ToUpperInvariant()), out var crossing)
            ? TypedResults.Ok(CrossingInfo.From(crossing))
            : TypedResults.Problem(detail: $"no border crossing has the id '{id}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown crossing");

    /// <summary>An optional enum filter from the query string, any case; false when given but not a value of the enum.</summary>
    private static bool TryParseFilter<TEnum>(string? text, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (!Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) || text.Any(char.IsDigit))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static ValidationProblem Invalid<TEnum>(string field, string value)
        where TEnum : struct, Enum =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [$"'{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>().Select(a => char.ToLowerInvariant(a[0]) + a[1..]))}"] },
            title: "The query is not valid");

    internal static async Task<IResult> GetGeoJson(Scenarios.ScenarioNetworks networks, string? scenario)
    {
        var (state, _) = await networks.ResolveAsync(scenario);
        return state is null
            ? TypedResults.Problem(detail: $"no scenario has the id '{scenario}'", statusCode: StatusCodes.Status404NotFound, title: "Unknown scenario")
            : TypedResults.Text(NetworkGeoJson.Write(state.Network), "application/geo+json");
    }
}

/// <summary>The loaded network.</summary>
public sealed record NetworkInfo(
    [property: Description("Content hash of the data.")] string Version,
    [property: Description("Number of places.")] int Places,
    [property: Description("Number of rail and road links.")] int Links,
    [property: Description("Number of border crossing points.")] int Crossings,
    [property: Description("Number of rail–road and gauge-change terminals.")] int Terminals,
    [property: Description("ISO codes of the countries.")] List<string> Countries,
    [property: Description("Bounding box [min lon, min lat, max lon, max lat] in degrees.")] List<double> BoundingBox);

/// <summary>A place.</summary>
public sealed record NodeInfo(
    [property: Description("Stable id, e.g. KZ-ALMATY.")] string Id,
    [property: Description("Common English name.")] string Name,
    [property: Description("Other spellings.")] List<string> AltNames,
    [property: Description("city, station, junction, port, border, pass or waypoint.")] PlaceKind Kind,
    [property: Description("ISO country code.")] string Country,
    [property: Description("Longitude, degrees.")] double Lon,
    [property: Description("Latitude, degrees.")] double Lat)
{
    public static NodeInfo From(Place p) => new(p.Id.Value, p.Name, [.. p.AltNames], p.Kind, p.Country.Value, p.Longitude, p.Latitude);
}

/// <summary>A border crossing point.</summary>
public sealed record CrossingInfo(
    [property: Description("Stable id, e.g. BCP-SARYAGASH-KELES-RAIL.")] string Id,
    [property: Description("Both sides' names.")] string Name,
    [property: Description("rail or road.")] TransportMode Mode,
    [property: Description("ISO codes, side A first.")] List<string> Countries,
    [property: Description("Side A's post or station.")] string SideA,
    [property: Description("Side B's post or station.")] string SideB,
    [property: Description("open, restricted, closed, underConstruction or planned.")] InfrastructureStatus Status,
    [property: Description("Who may cross with freight: international (any country's vehicles), bilateral (vehicles of the two countries only), local (no transit freight) or emptyOnly.")] CrossingAdmission Admission,
    [property: Description("The corridor family, e.g. KZ-UZ-TASHKENT: posts on one border serving the same corridor.")] string Corridor,
    [property: Description("Vehicles per day from side A to side B.")] int CapacityPerDayAToB,
    [property: Description("Vehicles per day from side B to side A.")] int CapacityPerDayBToA,
    [property: Description("Mean dwell, hours, A to B.")] double DwellHoursAToB,
    [property: Description("Mean dwell, hours, B to A.")] double DwellHoursBToA,
    [property: Description("The border delay (queue, controls and dwell) as a median and a 90th percentile by months and direction, with its source; every month of the year is in exactly one entry.")] List<DelayInfo> Delays,
    [property: Description("Fees per vehicle, USD, A to B.")] double FeeUsdAToB,
    [property: Description("Fees per vehicle, USD, B to A.")] double FeeUsdBToA,
    [property: Description("Opening hours in local time, e.g. \"08:00–18:00 daily (UTC+06:00)\" or \"24 h\".")] string Hours,
    [property: Description("eaeuInternal (no customs, KZ–KG and KZ–RU) or full.")] CustomsRegime Customs,
    [property: Description("Months (1–12) of seasonal closure.")] List<int> ClosedMonths,
    [property: Description("Dated closures (public holidays, works, political closures) with reason and source.")] List<ClosureInfo> ClosedPeriods,
    [property: Description("True where 1520 mm meets 1435 mm.")] bool GaugeChange,
    [property: Description("Source keys of data/SOURCES.md.")] string Source,
    [property: Description("Remarks a planner should know (evidence for the status, capacity arithmetic), or null.")] string? Notes,
    [property: Description("Longitude, degrees.")] double Lon,
    [property: Description("Latitude, degrees.")] double Lat)
{
    public static CrossingInfo From(BorderCrossing c) => new(
        c.Id.Value, c.Name, c.Mode, [c.SideA.Country.Value, c.SideB.Country.Value], c.SideA.Name, c.SideB.Name, c.Status,
        c.Admission, c.Corridor, c.CapacityPerDay.AToB, c.CapacityPerDay.BToA, c.DwellHours.AToB, c.DwellHours.BToA, DelayInfo.Of(c), c.FeeUsd.AToB, c.FeeUsd.BToA,
        c.Hours.ToString(), c.Customs, [.. c.ClosedMonths], [.. c.ClosedPeriods.Select(ClosureInfo.Of)], c.GaugeChange, c.Source, c.Notes,
        c.Location.X, c.Location.Y);
}

/// <summary>A crossing's border delay in some months: median and 90th percentile, hours, each way.</summary>
public sealed record DelayInfo(
    [property: Description("The months (1–12) it holds for.")] List<int> Months,
    [property: Description("Median hours, A to B.")] double P50HoursAToB,
    [property: Description("90th percentile hours, A to B.")] double P90HoursAToB,
    [property: Description("Median hours, B to A.")] double P50HoursBToA,
    [property: Description("90th percentile hours, B to A.")] double P90HoursBToA,
    [property: Description("Source keys of data/SOURCES.md; EST-delay where the delay follows from the mean dwell.")] string Source)
{
    /// <summary>The sourced seasons, and the other months (if any) from the mean dwell.</summary>
    public static List<DelayInfo> Of(BorderCrossing crossing)
    {
        var seasons = crossing.DelaySeasons
            .Select(s => new DelayInfo([.. s.Months.Order()], s.Delay.AToB.P50, s.Delay.AToB.P90, s.Delay.BToA.P50, s.Delay.BToA.P90, s.Source))
            .ToList();
        var rest = Enumerable.Range(1, 12).Where(m => !seasons.Any(s => s.Months.Contains(m))).ToList();
        if (rest.Count > 0)
        {
            var (aToB, bToA) = (DelayQuantiles.FromMean(crossing.DwellHours.AToB), DelayQuantiles.FromMean(crossing.DwellHours.BToA));
            seasons.Add(new DelayInfo(rest, Math.Round(aToB.P50, 1), Math.Round(aToB.P90, 1), Math.Round(bToA.P50, 1), Math.Round(bToA.P90, 1), "EST-delay"));
        }

        return seasons;
    }
}

/// <summary>Days a link or crossing is closed.</summary>
public sealed record ClosureInfo(
    [property: Description("First closed day.")] DateOnly From,
    [property: Description("Last closed day.")] DateOnly To,
    [property: Description("Why.")] string Reason,
    [property: Description("Source keys of data/SOURCES.md, or \"scenario\".")] string Source)
{
    public static ClosureInfo Of(Closure closure) => new(closure.Days.From, closure.Days.To, closure.Reason, closure.Source);
}
