using System.Collections.Immutable;
using TransitOpt.Network.Loading.Files;

namespace TransitOpt.Network.Loading;

internal sealed partial class NetworkReader
{
    private ImmutableArray<Country> ReadCountries(CountriesFile countries)
    {
        const string file = DataFiles.Countries;
        var result = ImmutableArray.CreateBuilder<Country>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, index) in (countries.Countries ?? []).Select((r, i) => (r, i)))
        {
            if (row is null || !CheckId(file, $"row #{index + 1}", row.Code, seen, out var code))
            {
                continue;
            }

            if (code.Length != 2)
            {
                Error(file, code, "code must be an ISO 3166-1 alpha-2 code such as KZ");
            }

            if (!Vocabulary.TryParseOffset(row.UtcOffset, out var offset))
            {
                Error(file, code, $"utcOffset '{row.UtcOffset}' must look like +05:00");
            }

            var country = new Country(
                new CountryCode(code),
                RequireText(file, code, "name", row.Name),
                offset,
                string.IsNullOrWhiteSpace(row.CustomsUnion) ? null : row.CustomsUnion,
                [.. (row.Neighbours ?? []).Select(n => new CountryCode(n))],
                RequireText(file, code, "source", row.Source));
            _countries[country.Code] = country;
            result.Add(country);
        }

        foreach (var country in result)
        {
            foreach (var neighbour in country.Neighbours)
            {
                if (!_countries.TryGetValue(neighbour, out var other))
                {
                    Error(file, country.Code.Value, $"neighbour '{neighbour}' is not a country of the file");
                }
                else if (IsKazakhstanTajikistan(country.Code, neighbour))
                {
                    Error(file, country.Code.Value, "Kazakhstan and Tajikistan share no border; they cannot be neighbours");
                }
                else if (!other.Borders(country.Code))
                {
                    Error(file, country.Code.Value, $"{neighbour} is listed as a neighbour but does not list {country.Code} back");
                }
            }
        }

        return result.ToImmutable();
    }
}
