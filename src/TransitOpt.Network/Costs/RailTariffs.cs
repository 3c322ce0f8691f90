using System.Collections.Immutable;

namespace TransitOpt.Network.Costs;

/// <summary>Whether a railway carries a shipment as its own (it starts or ends in the country) or in transit.</summary>
public enum RailTraffic
{
    /// <summary>Export, import or domestic: the shipment starts or ends in the railway's country.</summary>
    National,

    /// <summary>Transit: the shipment only crosses the country.</summary>
    Transit,
}

/// <summary>How a commodity travels by rail and is tariffed.</summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="EtsngGroup">Its ETSNG group (two digits, or a list), for reference.</param>
/// <param name="TariffClass">Its tariff class, 1 (cheap bulk) to 3 (high value or hazardous).</param>
/// <param name="Wagon">The wagon type it travels in (hopper, tank, covered, gondola, flat, reefer).</param>
/// <param name="PayloadTonnes">Tonnes per loaded wagon of that type.</param>
/// <param name="Source">Keys of <c>data/SOURCES.md</c>.</param>
public sealed record CommoditySpec(Commodity Commodity, string EtsngGroup, int TariffClass, string Wagon, double PayloadTonnes, string Source);

/// <summary>
/// One row of a railway's tariff: a rate per loaded wagon-km and a charge per wagon on entering the country (or the
/// section), for the traffic, class, commodity and destination section it names; a row that leaves a field out applies
/// whatever it is, and the most specific matching row wins.
/// </summary>
/// <param name="Country">The railway's country.</param>
/// <param name="Section">A tariff section of its network (e.g. <c>sughd</c>), or null for any.</param>
/// <param name="Traffic">National or transit, or null for both.</param>
/// <param name="OdCountry">Applies only when the shipment starts or ends in this country (a route coefficient such as Uzbekistan's 0.60 for Tajik cargo), or null.</param>
/// <param name="TariffClass">1–3, or null for any.</param>
/// <param name="Commodity">Only this commodity, or null.</param>
/// <param name="DestinationSection">Only when the shipment ends in this tariff section (e.g. oil products to Sughd), or null.</param>
/// <param name="UsdPerWagonKm">Rate per loaded wagon-km.</param>
/// <param name="FixedUsdPerWagon">Charge per wagon on entering the country or section by rail (or leaving the origin there).</param>
/// <param name="Source">Keys of <c>data/SOURCES.md</c>.</param>
public sealed record RailTariffRow(
    CountryCode Country,
    string? Section,
    RailTraffic? Traffic,
    CountryCode? OdCountry,
    int? TariffClass,
    Commodity? Commodity,
    string? DestinationSection,
    double UsdPerWagonKm,
    double FixedUsdPerWagon,
    string Source)
{
    /// <summary>How many of the optional fields the row names: the more, the more specific.</summary>
    public int Specificity =>
        (Section is null ? 0 : 1) + (Traffic is null ? 0 : 1) + (OdCountry is null ? 0 : 1) + (TariffClass is null ? 0 : 1)
        + (Commodity is null ? 0 : 2) + (DestinationSection is null ? 0 : 1);
}

/// <summary>What a wagon costs a shipper per day, loaded or returning empty.</summary>
/// <param name="Wagon">The wagon type.</param>
/// <param name="UsdPerDay">Hire (or ownership) per wagon-day.</param>
/// <param name="Source">Keys of <c>data/SOURCES.md</c>.</param>
public sealed record WagonRate(string Wagon, double UsdPerDay, string Source);

/// <summary>
/// Rail tariffs by commodity class and section, and wagon provision: the shipper pays the wagon for the loaded days, the
/// empty return (<see cref="EmptyReturnFactor"/> days per loaded day) and loading and unloading (<see cref="TerminalDays"/>).
/// </summary>
/// <param name="Commodities">How each commodity travels and is classed.</param>
/// <param name="Rows">Tariff rows.</param>
/// <param name="WagonRates">Wagon-day rates by wagon type.</param>
/// <param name="EmptyReturnFactor">Empty-return days per loaded day.</param>
/// <param name="EmptyReturnTariffFactor">The empty wagon's return tariff as a share of the loaded tariff (private wagons pay it).</param>
/// <param name="TerminalDays">Days a wagon spends being loaded and unloaded per trip.</param>
/// <param name="ProvisionSource">Keys of <c>data/SOURCES.md</c> for the wagon provision figures.</param>
public sealed record RailTariffs(
    ImmutableArray<CommoditySpec> Commodities,
    ImmutableArray<RailTariffRow> Rows,
    ImmutableArray<WagonRate> WagonRates,
    double EmptyReturnFactor,
    double EmptyReturnTariffFactor,
    double TerminalDays,
    string ProvisionSource)
{
    /// <summary>No commodity tariffs: every rail link costs its country's flat rate, and wagons nothing.</summary>
    public static RailTariffs None { get; } = new([], [], [], 0, 0, 0, "");

    /// <summary>
    /// Per destination country, the share of a truck's empty return that a one-way road trip there is priced with
    /// (Tajikistan imports far more than it exports, so trucks come back empty).
    /// </summary>
    public ImmutableDictionary<CountryCode, double> RoadEmptyReturn { get; init; } = ImmutableDictionary<CountryCode, double>.Empty;

    /// <summary>How <paramref name="commodity"/> travels, or null when the data does not say.</summary>
    public CommoditySpec? Spec(Commodity commodity) => Commodities.FirstOrDefault(c => c.Commodity == commodity);

    /// <summary>The wagon-day rate of a wagon type, or 0 when the data gives none.</summary>
    public double UsdPerWagonDay(string? wagon) => WagonRates.FirstOrDefault(w => w.Wagon == wagon)?.UsdPerDay ?? 0;

    /// <summary>The most specific row that applies, or null.</summary>
    public RailTariffRow? Find(CountryCode country, string section, RailTraffic traffic, CountryCode origin, CountryCode destination, CommoditySpec? spec, string destinationSection)
    {
        RailTariffRow? best = null;
        foreach (var row in Rows)
        {
            if (row.Country == country
                && (row.Section is null || row.Section == section)
                && (row.Traffic is null || row.Traffic == traffic)
                && (row.OdCountry is null || row.OdCountry == origin || row.OdCountry == destination)
                && (row.TariffClass is null || row.TariffClass == spec?.TariffClass)
                && (row.Commodity is null || row.Commodity == spec?.Commodity)
                && (row.DestinationSection is null || row.DestinationSection == destinationSection)
                && (best is null || row.Specificity > best.Specificity))
            {
                best = row;
            }
        }

        return best;
    }
}
