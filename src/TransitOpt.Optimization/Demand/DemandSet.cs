using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TransitOpt.Network;
using TransitOpt.Network.Costs;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Optimization.Demand;

/// <summary>A named set of shipments over a horizon, as stored in <c>data/demand/NAME.json</c>.</summary>
/// <param name="Name">The set's name.</param>
/// <param name="Description">What period and flows it holds, and how they were scaled.</param>
/// <param name="Problem">The shipments, start day and horizon.</param>
public sealed record DemandSet(string Name, string Description, PlanProblem Problem)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Reads a demand set file; place names or ids are resolved against the network.</summary>
    /// <exception cref="PlanProblemException">The file is malformed or a shipment is wrong; the message says where.</exception>
    public static DemandSet Read(string path, TransitNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        DemandFile file;
        try
        {
            file = JsonSerializer.Deserialize<DemandFile>(File.ReadAllText(path), Json)
                ?? throw new PlanProblemException("demand", $"{path} holds no demand set");
        }
        catch (JsonException exception)
        {
            throw new PlanProblemException(exception.Path ?? "demand", $"{Path.GetFileName(path)}: {exception.Path} (line {exception.LineNumber + 1}) is not valid: {exception.Message.Split(". ")[0]}", exception);
        }

        var shipments = new List<ShipmentRequest>();
        foreach (var (row, i) in (file.Shipments ?? []).Select((r, i) => (r, i)))
        {
            var at = $"shipments[{i}]";
            if (row.Cargo is null || row.Ready is null || row.Due is null)
            {
                throw new PlanProblemException(at, $"{Path.GetFileName(path)}: {at} ({row.Id}) needs cargo, ready and due");
            }

            Commodity? commodity = null;
            if (row.Commodity is { } word)
            {
                commodity = Commodities.TryRead(word, out var read)
                    ? read
                    : throw new PlanProblemException($"{at}.commodity", $"{Path.GetFileName(path)}: {at} ({row.Id}): commodity '{word}' is unknown ({Commodities.Known}, or a word such as wheat, diesel, onions)");
            }

            shipments.Add(new ShipmentRequest(
                row.Id ?? string.Empty, Place(network, row.Origin, $"{at}.origin"), Place(network, row.Destination, $"{at}.destination"),
                new Cargo(row.Cargo.Kind, row.Cargo.Quantity, row.Cargo.Unit), row.Ready.Value, row.Due.Value, row.UnservedPenaltyUsd)
            {
                VehicleRegistration = string.IsNullOrWhiteSpace(row.VehicleRegistration) ? null : new CountryCode(row.VehicleRegistration.Trim().ToUpperInvariant()),
                Commodity = commodity,
                Modes = row.Modes is { Count: > 0 } modes ? modes.ToHashSet() : null,
            });
        }

        var problem = new PlanProblem(shipments, file.Start ?? shipments.Min(s => s.Ready), file.HorizonDays ?? 14);
        PlanProblemException.ThrowIfInvalid(network, problem);
        return new DemandSet(file.Name ?? Path.GetFileNameWithoutExtension(path), file.Description ?? string.Empty, problem);
    }

    /// <summary>The path of a named set in a data folder's <c>demand</c> folder.</summary>
    public static string PathOf(string dataDirectory, string name) => System.IO.Path.Combine(dataDirectory, "demand", name + ".json");

    private static NodeId Place(TransitNetwork network, string? text, string field)
    {
        var found = text is null ? [] : network.FindPlaces(text);
        return found.Count == 1
            ? found[0].Id
            : throw new PlanProblemException(field, string.Create(CultureInfo.InvariantCulture, $"{field}: '{text}' is {(found.Count == 0 ? "not a place of the network" : "ambiguous")}"));
    }

    private sealed record DemandFile(string? Name, string? Description, DateOnly? Start, int? HorizonDays, List<ShipmentRow>? Shipments);

    private sealed record ShipmentRow(string? Id, string? Commodity, string? Origin, string? Destination, CargoRow? Cargo, DateOnly? Ready, DateOnly? Due, double? UnservedPenaltyUsd, string? VehicleRegistration, List<TransportMode>? Modes);

    private sealed record CargoRow(CargoKind Kind, double Quantity, CargoUnit Unit);
}
