using Microsoft.AspNetCore.Http.HttpResults;
using TransitOpt.Api.Contracts.Network;
using TransitOpt.Api.Hosting;
using TransitOpt.Network;
using TransitOpt.Network.Export;
using PlaceKind = TransitOpt.Api.Contracts.Network.PlaceKind;
using TransportMode = TransitOpt.Api.Contracts.Network.TransportMode;

namespace TransitOpt.Api.Browsing;

/// <summary><c>/api/v1/network</c>: the loaded network, its places and border crossings, and its GeoJSON.</summary>
internal static class NetworkApi
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
            .Where(p => placeKind is null || p.Kind.ToWire() == placeKind)
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
            .Where(c => transportMode is null || c.Mode.ToWire() == transportMode)
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
