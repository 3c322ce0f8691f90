using System.Collections.Immutable;
using System.Globalization;
using TransitOpt.Network.Geography;
using TransitOpt.Network.Loading.Files;

namespace TransitOpt.Network.Loading;

internal sealed partial class NetworkReader
{
    private ImmutableArray<Place> ReadPlaces(List<(string Label, FeatureDto<PlaceProperties> Feature)> features)
    {
        const string file = DataFiles.Places;
        var result = ImmutableArray.CreateBuilder<Place>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, feature) in features)
        {
            var p = feature.Properties!;
            if (!CheckId(file, label, p.Id, seen, out var id))
            {
                continue;
            }

            var name = RequireText(file, id, "name", p.Name);
            var source = RequireText(file, id, "source", p.Source);
            var okKind = TryEnum<PlaceKind>(file, id, "kind", p.Kind, out var kind);
            var okCountry = TryCountry(file, id, "country", p.Country, out var country);
            if (okCountry && !id.StartsWith(country.Code.Value + "-", StringComparison.Ordinal))
            {
                Error(file, id, $"a place id starts with its country code ({country.Code}-…)");
            }

            var location = GeometryReader.ReadPoint(feature.Geometry, out var problem);
            if (location is null)
            {
                Error(file, id, problem!);
                continue;
            }

            if (!CorridorRegion.Contains(location.X, location.Y))
            {
                Error(file, id, OutsideRegion(location.X, location.Y));
                continue;
            }

            if (okKind && okCountry)
            {
                var place = new Place(new NodeId(id), name, [.. p.AltNames ?? []], kind, country.Code, location, source);
                _places[place.Id] = place;
                result.Add(place);
            }
        }

        return result.ToImmutable();
    }

    private static string OutsideRegion(double longitude, double latitude) => string.Create(
        CultureInfo.InvariantCulture,
        $"coordinates [{longitude}, {latitude}] are outside the corridor region (longitude {CorridorRegion.MinLongitude}–{CorridorRegion.MaxLongitude}, latitude {CorridorRegion.MinLatitude}–{CorridorRegion.MaxLatitude}); are longitude and latitude swapped?");
}
