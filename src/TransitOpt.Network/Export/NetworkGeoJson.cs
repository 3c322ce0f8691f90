using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using TransitOpt.Network.Loading;

namespace TransitOpt.Network.Export;

/// <summary>
/// The whole network as one GeoJSON FeatureCollection that a GIS opens: places, links, crossings and terminals,
/// each with <c>id</c>, <c>kind</c> (<c>place</c>, <c>link</c>, <c>crossing</c>, <c>terminal</c>), <c>name</c>,
/// <c>mode</c>, <c>country</c> or <c>countries</c>, and <c>status</c>.
/// </summary>
public static class NetworkGeoJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Builds the feature collection.</summary>
    public static FeatureCollection ToFeatures(TransitNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var collection = new FeatureCollection();
        foreach (var place in network.Places)
        {
            collection.Add(new Feature(place.Location, new AttributesTable
            {
                { "id", place.Id.Value },
                { "kind", "place" },
                { "name", place.Name },
                { "placeKind", Vocabulary.Spell(place.Kind) },
                { "mode", Spell(ModesAt(network, place.Id)) },
                { "country", place.Country.Value },
                { "status", "open" },
                { "source", place.Source },
            }));
        }

        foreach (var link in network.Links)
        {
            var from = network.Place(link.From);
            var to = network.Place(link.To);
            var attributes = new AttributesTable
            {
                { "id", link.Id.Value },
                { "kind", "link" },
                { "name", link.Name },
                { "mode", Vocabulary.Spell(link.Mode) },
                { "status", Vocabulary.Spell(link.Status) },
                { "from", link.From.Value },
                { "to", link.To.Value },
                { "lengthKm", link.LengthKm },
                { "speedKmh", link.SpeedKmh },
                { "capacityPerDay", link.CapacityPerDay },
                { "closedMonths", link.ClosedMonths.ToArray() },
                { "closedPeriods", Periods(link.ClosedPeriods) },
                { "winterSpeedFactor", link.Winter?.SpeedFactor },
                { "usdPerVehicleKm", link.UsdPerVehicleKm },
                { "source", link.Source },
            };
            if (from.Country == to.Country)
            {
                attributes.Add("country", from.Country.Value);
            }
            else
            {
                attributes.Add("countries", new[] { from.Country.Value, to.Country.Value });
                attributes.Add("crossing", link.Crossing?.Value);
            }

            collection.Add(new Feature(link.Geometry, attributes));
        }

        foreach (var crossing in network.Crossings)
        {
            collection.Add(new Feature(crossing.Location, new AttributesTable
            {
                { "id", crossing.Id.Value },
                { "kind", "crossing" },
                { "name", crossing.Name },
                { "mode", Vocabulary.Spell(crossing.Mode) },
                { "countries", new[] { crossing.SideA.Country.Value, crossing.SideB.Country.Value } },
                { "status", Vocabulary.Spell(crossing.Status) },
                { "admission", Vocabulary.Spell(crossing.Admission) },
                { "corridor", crossing.Corridor },
                { "closedMonths", crossing.ClosedMonths.ToArray() },
                { "closedPeriods", Periods(crossing.ClosedPeriods) },
                { "capacityPerDay", new[] { crossing.CapacityPerDay.AToB, crossing.CapacityPerDay.BToA } },
                { "dwellHours", new[] { crossing.DwellHours.AToB, crossing.DwellHours.BToA } },
                { "feeUsd", new[] { crossing.FeeUsd.AToB, crossing.FeeUsd.BToA } },
                { "hours", crossing.Hours.ToString() },
                { "customs", Vocabulary.Spell(crossing.Customs) },
                { "gaugeChange", crossing.GaugeChange },
                { "source", crossing.Source },
            }));
        }

        foreach (var terminal in network.Terminals)
        {
            var place = network.Place(terminal.Place);
            collection.Add(new Feature(place.Location, new AttributesTable
            {
                { "id", terminal.Id.Value },
                { "kind", "terminal" },
                { "name", terminal.Name },
                { "mode", "rail,road" },
                { "country", place.Country.Value },
                { "status", "open" },
                { "place", terminal.Place.Value },
                { "terminalKind", Vocabulary.Spell(terminal.Kind) },
                { "handlingHours", terminal.HandlingHours },
                { "handlingUsdPerVehicle", terminal.HandlingUsdPerVehicle },
                { "gaugeChange", terminal.GaugeChange },
                { "source", terminal.Source },
            }));
        }

        return collection;
    }

    /// <summary>Writes the feature collection as GeoJSON text.</summary>
    public static string Write(TransitNetwork network) => JsonSerializer.Serialize(ToFeatures(network), Options);

    private static string[] Periods(IEnumerable<Closure> periods) =>
        [.. periods.Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Days.From:yyyy-MM-dd}/{p.Days.To:yyyy-MM-dd} {p.Reason}"))];

    private static IEnumerable<TransportMode> ModesAt(TransitNetwork network, NodeId place) =>
        network.Links.Where(l => l.From == place || l.To == place).Select(l => l.Mode).Distinct().Order();

    private static string Spell(IEnumerable<TransportMode> modes) => string.Join(",", modes.Select(Vocabulary.Spell));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
