using System.Globalization;
using System.Collections.Immutable;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Loading.Files;

namespace TransitOpt.Network.Loading;

internal sealed partial class NetworkReader
{
    private ImmutableArray<Terminal> ReadTerminals(TerminalsFile terminals)
    {
        const string file = DataFiles.Terminals;
        var result = ImmutableArray.CreateBuilder<Terminal>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, index) in (terminals.Terminals ?? []).Select((r, i) => (r, i)))
        {
            if (row is null || !CheckId(file, $"row #{index + 1}", row.Id, seen, out var id))
            {
                continue;
            }

            var errorsBefore = _errors.Count;
            var name = RequireText(file, id, "name", row.Name);
            var source = RequireText(file, id, "source", row.Source);
            TryPlace(file, id, "place", row.Place, out var place);
            TryEnum<TerminalKind>(file, id, "kind", row.Kind, out var kind);
            var hours = RequireNumber(file, id, "handlingHours", row.HandlingHours, 0);
            var usd = RequireNumber(file, id, "handlingUsdPerVehicle", row.HandlingUsdPerVehicle, 0);
            var capacity = RequireCapacity(file, id, "capacityPerDay", row.CapacityPerDay);
            int? unloading = row.UnloadingWagonsPerDay is { } u ? RequireCapacity(file, id, "unloadingWagonsPerDay", u) : null;
            if (_errors.Count == errorsBefore)
            {
                result.Add(new Terminal(new TerminalId(id), place.Id, name, kind, hours, usd, capacity, row.GaugeChange ?? false, source)
                {
                    UnloadingWagonsPerDay = unloading,
                });
            }
        }

        return result.ToImmutable();
    }

    private ImmutableDictionary<TransportMode, VehicleType> ReadVehicles(TariffsFile tariffs)
    {
        const string file = DataFiles.Tariffs;
        var result = ImmutableDictionary.CreateBuilder<TransportMode, VehicleType>();
        foreach (var mode in Enum.GetValues<TransportMode>())
        {
            var key = Vocabulary.Spell(mode);
            if (tariffs.Vehicles?.GetValueOrDefault(key) is not { } vehicle)
            {
                Error(file, $"vehicles.{key}", "the standard vehicle of this mode is missing");
                continue;
            }

            result[mode] = new VehicleType(
                RequireText(file, $"vehicles.{key}", "name", vehicle.Name),
                RequireNumber(file, $"vehicles.{key}", "payloadTonnes", vehicle.PayloadTonnes, 0, exclusive: true),
                RequireNumber(file, $"vehicles.{key}", "teu", vehicle.Teu, 0));
        }

        return result.ToImmutable();
    }

    private ImmutableArray<Tariff> ReadTariffs(TariffsFile tariffs)
    {
        const string file = DataFiles.Tariffs;
        var result = ImmutableArray.CreateBuilder<Tariff>();
        foreach (var (row, index) in (tariffs.Tariffs ?? []).Select((r, i) => (r, i)))
        {
            var label = $"{row?.Country ?? "?"}-{row?.Mode ?? "?"}";
            if (row is null)
            {
                Error(file, $"tariff #{index + 1}", "the row is null");
                continue;
            }

            var errorsBefore = _errors.Count;
            TryCountry(file, label, "country", row.Country, out var country);
            TryEnum<TransportMode>(file, label, "mode", row.Mode, out var mode);
            var usd = RequireNumber(file, label, "usdPerVehicleKm", row.UsdPerVehicleKm, 0, exclusive: true);
            var source = RequireText(file, label, "source", row.Source);
            if (_errors.Count > errorsBefore)
            {
                continue;
            }

            var tariff = new Tariff(country.Code, mode, usd, source);
            if (!_tariffs.TryAdd((tariff.Country, tariff.Mode), tariff))
            {
                Error(file, label, "the country has two tariffs for this mode (duplicate)");
                continue;
            }

            result.Add(tariff);
        }

        return result.ToImmutable();
    }

    private ImmutableArray<EmissionFactor> ReadEmissionFactors(TariffsFile tariffs)
    {
        const string file = DataFiles.Tariffs;
        var result = ImmutableArray.CreateBuilder<EmissionFactor>();
        foreach (var (row, index) in (tariffs.EmissionFactors ?? []).Select((r, i) => (r, i)))
        {
            var label = $"emissionFactors #{index + 1}";
            if (row is null)
            {
                Error(file, label, "the row is null");
                continue;
            }

            var errorsBefore = _errors.Count;
            TryEnum<TransportMode>(file, label, "mode", row.Mode, out var mode);
            var electric = string.Equals(row.Traction, "electric", StringComparison.Ordinal);
            if (!electric && !string.Equals(row.Traction, "diesel", StringComparison.Ordinal))
            {
                Error(file, label, $"traction '{row.Traction}' is not one of diesel, electric");
            }

            CountryCode? country = null;
            if (row.Country is not null && TryCountry(file, label, "country", row.Country, out var found))
            {
                country = found.Code;
            }

            var grams = RequireNumber(file, label, "gramsCo2ePerTonneKm", row.GramsCo2ePerTonneKm, 0);
            var source = RequireText(file, label, "source", row.Source);
            if (_errors.Count == errorsBefore)
            {
                result.Add(new EmissionFactor(mode, electric, country, grams, source));
            }
        }

        foreach (var mode in Enum.GetValues<TransportMode>())
        {
            if (!result.Any(f => f.Mode == mode && !f.Electric && f.Country is null))
            {
                Error(file, "emissionFactors", $"a diesel factor for {Vocabulary.Spell(mode)} that applies to every country (no country) is missing");
            }
        }

        return result.ToImmutable();
    }

    private RailOperations ReadRailOperations(TariffsFile tariffs)
    {
        const string file = DataFiles.Tariffs;
        const string label = "railOperations";
        if (tariffs.RailOperations is not { } row)
        {
            Error(file, label, "railOperations is missing");
            return new RailOperations(0, 1, string.Empty);
        }

        var hours = RequireNumber(file, label, "wagonloadYardHoursPer100Km", row.WagonloadYardHoursPer100Km, 0);
        var block = RequireCapacity(file, label, "blockTrainWagons", row.BlockTrainWagons);
        var countries = ImmutableDictionary.CreateBuilder<CountryCode, CountryRailOperations>();
        foreach (var (entry, i) in (row.Countries ?? []).Select((c, i) => (c, i)))
        {
            var at = $"railOperations.countries[{i}]";
            if (entry is null || !TryCountry(file, at, "country", entry.Country, out var country))
            {
                continue;
            }

            if (countries.ContainsKey(country.Code))
            {
                Error(file, at, $"{country.Code} is listed twice");
                continue;
            }

            var kmPerDay = RequireNumber(file, at, "blockTrainKmPerDay", entry.BlockTrainKmPerDay, 0, exclusive: true);
            if (kmPerDay > 2_000)
            {
                Error(file, at, $"blockTrainKmPerDay {kmPerDay.ToString(CultureInfo.InvariantCulture)} is above 2,000 km a day, faster than any freight train in the region");
            }

            double? yard = entry.WagonloadYardHoursPer100Km is { } y ? RequireNumber(file, at, "wagonloadYardHoursPer100Km", y, 0) : null;
            double? single = entry.SingleTrackBlockTrainKmPerDay is { } s ? RequireNumber(file, at, "singleTrackBlockTrainKmPerDay", s, 0, exclusive: true) : null;
            countries[country.Code] = new CountryRailOperations(country.Code, kmPerDay, single, yard, RequireText(file, at, "source", entry.Source));
        }

        return new RailOperations(hours, block, RequireText(file, label, "source", row.Source)) { Countries = countries.ToImmutable() };
    }
}
