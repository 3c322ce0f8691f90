using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using TransitOpt.Network.Loading.Files;

namespace TransitOpt.Network.Loading;

/// <summary>
/// Turns the parsed data files into the immutable model, checking every rule of <c>data/README.md</c> and
/// recording each violation with its file and feature id. Split by file: see the other NetworkReader.*.cs parts.
/// </summary>
internal sealed partial class NetworkReader(IReadOnlyDictionary<string, string> texts)
{
    private readonly List<DataError> _errors = [];
    private readonly Dictionary<CountryCode, Country> _countries = [];
    private readonly Dictionary<NodeId, Place> _places = [];
    private readonly Dictionary<CrossingId, BorderCrossing> _crossings = [];
    private readonly Dictionary<(CountryCode, TransportMode), Tariff> _tariffs = [];

    public IReadOnlyList<DataError> Errors => _errors;

    public TransitNetwork? Read(NetworkVersion version)
    {
        var countriesFile = Deserialize(DataFiles.Countries, DataJsonContext.Default.CountriesFile);
        var placesFile = Deserialize(DataFiles.Places, DataJsonContext.Default.FeatureCollectionDtoPlaceProperties);
        var linksFile = Deserialize(DataFiles.Links, DataJsonContext.Default.FeatureCollectionDtoLinkProperties);
        var crossingsFile = Deserialize(DataFiles.Crossings, DataJsonContext.Default.FeatureCollectionDtoCrossingProperties);
        var terminalsFile = Deserialize(DataFiles.Terminals, DataJsonContext.Default.TerminalsFile);
        var tariffsFile = Deserialize(DataFiles.Tariffs, DataJsonContext.Default.TariffsFile);
        if (countriesFile is null || placesFile is null || linksFile is null || crossingsFile is null
            || terminalsFile is null || tariffsFile is null)
        {
            return null;
        }

        var countries = ReadCountries(countriesFile);
        var places = ReadPlaces(Features(DataFiles.Places, placesFile));
        var vehicles = ReadVehicles(tariffsFile);
        var tariffs = ReadTariffs(tariffsFile);
        var emissions = ReadEmissionFactors(tariffsFile);
        var railOperations = ReadRailOperations(tariffsFile);
        var railTariffs = ReadRailTariffs(tariffsFile);
        var crossings = ReadCrossings(Features(DataFiles.Crossings, crossingsFile));
        var links = ReadLinks(Features(DataFiles.Links, linksFile));
        var terminals = ReadTerminals(terminalsFile);
        CheckEveryCrossingIsPassed(crossings, links);

        return _errors.Count == 0
            ? new TransitNetwork(version, countries, places, links, crossings, terminals, tariffs, vehicles, emissions, railOperations, texts) { RailTariffs = railTariffs }
            : null;
    }

    private T? Deserialize<T>(string file, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize(texts[file], typeInfo);
            if (value is null)
            {
                Error(file, null, "the file holds JSON null instead of an object");
            }

            return value;
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } number ? $"line {number + 1}" : "somewhere";
            var feature = FeatureIndex().Match(exception.Path ?? string.Empty) is { Success: true } m
                ? $"feature #{int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1}"
                : null;
            Error(file, feature, exception.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
                ? $"{exception.Path} at {line} has the wrong type (see data/README.md for the format)"
                : $"malformed JSON at {line} ({exception.Path}): {FirstSentence(exception.Message)}");
            return null;
        }
    }

    private List<(string Label, FeatureDto<T> Feature)> Features<T>(string file, FeatureCollectionDto<T> collection)
        where T : class
    {
        if (!string.Equals(collection.Type, "FeatureCollection", StringComparison.Ordinal) || collection.Features is null)
        {
            Error(file, null, "the file must be a GeoJSON FeatureCollection with a features array");
            return [];
        }

        var features = new List<(string, FeatureDto<T>)>();
        for (var index = 0; index < collection.Features.Count; index++)
        {
            var feature = collection.Features[index];
            if (feature?.Properties is null)
            {
                Error(file, $"feature #{index + 1}", "the feature has no properties");
                continue;
            }

            features.Add(($"feature #{index + 1}", feature));
        }

        return features;
    }

    private void Error(string file, string? featureId, string message) => _errors.Add(new DataError(file, featureId, message));

    /// <summary>Ids are upper-case ASCII letters, digits and hyphens.</summary>
    private bool CheckId(string file, string label, string? id, ISet<string> seen, out string checkedId)
    {
        checkedId = id ?? label;
        if (string.IsNullOrWhiteSpace(id))
        {
            Error(file, label, "the id is missing");
            return false;
        }

        if (!IdPattern().IsMatch(id))
        {
            Error(file, id, "the id must be upper-case letters, digits and hyphens (e.g. KZ-ALMATY)");
            return false;
        }

        if (!seen.Add(id))
        {
            Error(file, id, "the id is used by more than one feature (duplicate id)");
            return false;
        }

        return true;
    }

    private string RequireText(string file, string id, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(file, id, $"{field} is missing");
            return string.Empty;
        }

        return value;
    }

    private bool TryEnum<TEnum>(string file, string id, string field, string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (Vocabulary.TryParse(text, out value))
        {
            return true;
        }

        Error(file, id, text is null
            ? $"{field} is missing (one of {Vocabulary.Allowed<TEnum>()})"
            : $"{field} '{text}' is not one of {Vocabulary.Allowed<TEnum>()}");
        return false;
    }

    /// <summary>A number that must be present and at least <paramref name="minimum"/> (exclusive when asked).</summary>
    private double RequireNumber(string file, string id, string field, double? value, double minimum, bool exclusive = false)
    {
        if (value is not { } number)
        {
            Error(file, id, $"{field} is missing");
            return double.NaN;
        }

        if (double.IsNaN(number) || number < minimum || (exclusive && number <= minimum))
        {
            var bound = exclusive ? $"greater than {minimum}" : $"at least {minimum}";
            var what = number < 0 ? "is negative" : $"must be {bound}";
            Error(file, id, $"{field} {number.ToString(CultureInfo.InvariantCulture)} {what}");
        }

        return number;
    }

    /// <summary>A capacity: present, whole and not negative.</summary>
    private int RequireCapacity(string file, string id, string field, double? value)
    {
        if (value is not { } number)
        {
            Error(file, id, $"{field} is missing (vehicles per day)");
            return 0;
        }

        if (number < 0 || number != Math.Floor(number) || number > int.MaxValue)
        {
            Error(file, id, number < 0
                ? $"{field} {number.ToString(CultureInfo.InvariantCulture)} is negative"
                : $"{field} {number.ToString(CultureInfo.InvariantCulture)} must be a whole number of vehicles");
            return 0;
        }

        return (int)number;
    }

    private ImmutableArray<int> ReadMonths(string file, string id, List<int>? months, string field = "closedMonths")
    {
        var list = months ?? [];
        foreach (var month in list.Where(m => m is < 1 or > 12))
        {
            Error(file, id, $"{field} holds {month}, which is not a month (1–12)");
        }

        return [.. list.Distinct().Order()];
    }

    private ImmutableArray<Closure> ReadPeriods(string file, string id, List<PeriodDto>? periods)
    {
        var result = ImmutableArray.CreateBuilder<Closure>();
        foreach (var period in periods ?? [])
        {
            if (period.From is not { } from || period.To is not { } to)
            {
                Error(file, id, "a closed period needs from and to (ISO dates)");
            }
            else if (to < from)
            {
                Error(file, id, $"the closed period {from:yyyy-MM-dd}–{to:yyyy-MM-dd} ends before it begins");
            }
            else if (string.IsNullOrWhiteSpace(period.Source))
            {
                Error(file, id, $"the closed period {from:yyyy-MM-dd}–{to:yyyy-MM-dd} has no source (keys of {DataFiles.Sources})");
            }
            else
            {
                result.Add(new Closure(new DateRange(from, to), string.IsNullOrWhiteSpace(period.Reason) ? "closed" : period.Reason.Trim(), period.Source.Trim()));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>A seasonal closure needs its source; the source of no closure is empty.</summary>
    private string ReadClosureSource(string file, string id, ImmutableArray<int> months, string? source)
    {
        if (months.Length > 0 && string.IsNullOrWhiteSpace(source))
        {
            Error(file, id, $"closedMonths is set but closureSource is missing (keys of {DataFiles.Sources} that publish the closure)");
        }

        return months.Length > 0 ? source?.Trim() ?? "" : "";
    }

    private bool TryCountry(string file, string id, string field, string? code, out Country country)
    {
        country = null!;
        if (string.IsNullOrWhiteSpace(code))
        {
            Error(file, id, $"{field} is missing");
            return false;
        }

        if (_countries.TryGetValue(new CountryCode(code), out var found))
        {
            country = found;
            return true;
        }

        Error(file, id, $"{field} '{code}' is not a country of {DataFiles.Countries}");
        return false;
    }

    private bool TryPlace(string file, string id, string field, string? placeId, out Place place)
    {
        place = null!;
        if (string.IsNullOrWhiteSpace(placeId))
        {
            Error(file, id, $"{field} is missing");
            return false;
        }

        if (_places.TryGetValue(new NodeId(placeId), out var found))
        {
            place = found;
            return true;
        }

        Error(file, id, $"{field} '{placeId}' is not a place in {DataFiles.Places} (unknown id)");
        return false;
    }

    private static bool IsKazakhstanTajikistan(CountryCode a, CountryCode b) =>
        (a == CountryCode.Kazakhstan && b == CountryCode.Tajikistan) || (a == CountryCode.Tajikistan && b == CountryCode.Kazakhstan);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\$\.features\[(\d+)\]")]
    private static partial Regex FeatureIndex();
}
