using System.Collections.Immutable;
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
            if (_errors.Count == errorsBefore)
            {
                result.Add(new Terminal(new TerminalId(id), place.Id, name, kind, hours, usd, capacity, row.GaugeChange ?? false, source));
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
}
