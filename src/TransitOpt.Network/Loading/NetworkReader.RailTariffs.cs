using System.Collections.Immutable;
using System.Globalization;
using TransitOpt.Network.Costs;
using TransitOpt.Network.Loading.Files;

namespace TransitOpt.Network.Loading;

internal sealed partial class NetworkReader
{
    private const int HighestTariffClass = 3;

    /// <summary>Commodities, rail tariff rows and wagon provision (all optional: without them rail costs the country rate).</summary>
    private RailTariffs ReadRailTariffs(TariffsFile file)
    {
        var commodities = ReadCommodities(file.Commodities);
        var rows = ImmutableArray.CreateBuilder<RailTariffRow>();
        foreach (var (row, i) in (file.RailTariffs ?? []).Select((r, i) => (r, i)))
        {
            if (ReadRailTariff(row, $"railTariffs[{i}]") is { } read)
            {
                rows.Add(read);
            }
        }

        var provision = file.WagonProvision;
        var rates = ImmutableArray.CreateBuilder<WagonRate>();
        var provisionSource = "";
        if (provision is not null)
        {
            provisionSource = RequireText(DataFiles.Tariffs, "wagonProvision", "source", provision.Source);
            foreach (var (wagon, usd) in provision.UsdPerWagonDay ?? [])
            {
                rates.Add(new WagonRate(wagon, RequireNumber(DataFiles.Tariffs, "wagonProvision", $"usdPerWagonDay.{wagon}", usd, 0), provisionSource));
            }

            foreach (var spec in commodities.Where(c => rates.All(r => r.Wagon != c.Wagon)))
            {
                Error(DataFiles.Tariffs, "wagonProvision", $"usdPerWagonDay has no rate for '{spec.Wagon}', the wagon {Vocabulary.Spell(spec.Commodity)} travels in");
            }
        }

        return new RailTariffs(
            commodities, rows.ToImmutable(), rates.ToImmutable(),
            provision is null ? 0 : RequireNumber(DataFiles.Tariffs, "wagonProvision", "emptyReturnDaysPerLoadedDay", provision.EmptyReturnDaysPerLoadedDay, 0),
            provision is null ? 0 : RequireNumber(DataFiles.Tariffs, "wagonProvision", "emptyReturnTariffFactor", provision.EmptyReturnTariffFactor, 0),
            provision is null ? 0 : RequireNumber(DataFiles.Tariffs, "wagonProvision", "terminalDays", provision.TerminalDays, 0),
            provisionSource)
        {
            RoadEmptyReturn = ReadRoadEmptyReturn(file.RoadEmptyReturn),
        };
    }

    private ImmutableDictionary<CountryCode, double> ReadRoadEmptyReturn(List<RoadEmptyReturnDto?>? rows)
    {
        const string file = DataFiles.Tariffs;
        var result = ImmutableDictionary.CreateBuilder<CountryCode, double>();
        foreach (var (row, i) in (rows ?? []).Select((r, i) => (r, i)))
        {
            var at = $"roadEmptyReturn[{i}]";
            if (row is null || !TryCountry(file, at, "destinationCountry", row.DestinationCountry, out var country))
            {
                continue;
            }

            var share = RequireNumber(file, at, "share", row.Share, 0);
            if (share > 1)
            {
                Error(file, at, $"share {share.ToString(CultureInfo.InvariantCulture)} is above 1: a truck cannot return empty more than once per trip");
            }

            RequireText(file, at, "source", row.Source);
            result[country.Code] = share;
        }

        return result.ToImmutable();
    }

    private ImmutableArray<CommoditySpec> ReadCommodities(List<CommodityDto?>? rows)
    {
        const string file = DataFiles.Tariffs;
        var result = ImmutableArray.CreateBuilder<CommoditySpec>();
        foreach (var (row, i) in (rows ?? []).Select((r, i) => (r, i)))
        {
            var at = $"commodities[{i}]";
            if (row is null || !TryEnum<Commodity>(file, at, "commodity", row.Commodity, out var commodity))
            {
                continue;
            }

            if (result.Any(c => c.Commodity == commodity))
            {
                Error(file, at, $"{row.Commodity} is listed twice");
                continue;
            }

            var tariffClass = row.TariffClass ?? 0;
            if (tariffClass is < 1 or > HighestTariffClass)
            {
                Error(file, at, $"tariffClass must be 1 to {HighestTariffClass}, not {row.TariffClass?.ToString(CultureInfo.InvariantCulture) ?? "missing"}");
            }

            result.Add(new CommoditySpec(
                commodity,
                RequireText(file, at, "etsngGroup", row.EtsngGroup),
                tariffClass,
                RequireText(file, at, "wagon", row.Wagon),
                RequireNumber(file, at, "payloadTonnes", row.PayloadTonnes, 0, exclusive: true),
                RequireText(file, at, "source", row.Source)));
        }

        return result.ToImmutable();
    }

    private RailTariffRow? ReadRailTariff(RailTariffDto? row, string at)
    {
        const string file = DataFiles.Tariffs;
        if (row is null || !TryCountry(file, at, "country", row.Country, out var country))
        {
            return null;
        }

        RailTraffic? traffic = null;
        if (row.Traffic is not null && TryEnum<RailTraffic>(file, at, "traffic", row.Traffic, out var parsedTraffic))
        {
            traffic = parsedTraffic;
        }

        CountryCode? odCountry = null;
        if (row.OdCountry is not null && TryCountry(file, at, "odCountry", row.OdCountry, out var od))
        {
            odCountry = od.Code;
        }

        Commodity? commodity = null;
        if (row.Commodity is not null && TryEnum<Commodity>(file, at, "commodity", row.Commodity, out var parsedCommodity))
        {
            commodity = parsedCommodity;
        }

        if (row.TariffClass is < 1 or > HighestTariffClass)
        {
            Error(file, at, $"tariffClass must be 1 to {HighestTariffClass}");
        }

        var perKm = RequireNumber(file, at, "usdPerWagonKm", row.UsdPerWagonKm, 0);
        var fixedUsd = row.FixedUsdPerWagon is { } f ? RequireNumber(file, at, "fixedUsdPerWagon", f, 0) : 0;
        return new RailTariffRow(
            country.Code, Blank(row.Section), traffic, odCountry, row.TariffClass, commodity, Blank(row.DestinationSection),
            perKm, fixedUsd, RequireText(file, at, "source", row.Source));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
