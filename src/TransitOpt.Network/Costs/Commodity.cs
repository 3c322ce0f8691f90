namespace TransitOpt.Network.Costs;

/// <summary>
/// What the cargo is, as railway tariffs see it: each commodity maps to an ETSNG group, a tariff class and a wagon type
/// (<c>commodities</c> in <c>data/tariffs.json</c>).
/// </summary>
public enum Commodity
{
    /// <summary>Wheat and other grain (ETSNG 01), in hoppers.</summary>
    Grain,

    /// <summary>Flour and milling products (ETSNG 54), in covered wagons.</summary>
    Flour,

    /// <summary>Gasoline, diesel, kerosene, LPG (ETSNG 21–22), in tank wagons.</summary>
    OilProducts,

    /// <summary>Coal (ETSNG 16), in gondolas.</summary>
    Coal,

    /// <summary>Ores, concentrates and metals (ETSNG 14–15, 31–33).</summary>
    MetalsAndOres,

    /// <summary>Alumina for the Tursunzoda smelter.</summary>
    Alumina,

    /// <summary>Mineral fertiliser (ETSNG 43).</summary>
    Fertiliser,

    /// <summary>Cement (ETSNG 28).</summary>
    Cement,

    /// <summary>Containers (priced per box on a flat wagon).</summary>
    Containers,

    /// <summary>General and groupage cargo (ETSNG 69).</summary>
    General,

    /// <summary>Fruit, vegetables, dried fruit (ETSNG 05–06), in reefers.</summary>
    Perishables,
}

/// <summary>Reading commodities from shippers' words and from cargo kinds.</summary>
public static class Commodities
{
    private static readonly Dictionary<string, Commodity> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["grain"] = Commodity.Grain, ["wheat"] = Commodity.Grain, ["barley"] = Commodity.Grain, ["maize"] = Commodity.Grain,
        ["flour"] = Commodity.Flour, ["bran"] = Commodity.Flour,
        ["oil products"] = Commodity.OilProducts, ["oilproducts"] = Commodity.OilProducts, ["diesel"] = Commodity.OilProducts,
        ["gasoline"] = Commodity.OilProducts, ["petrol"] = Commodity.OilProducts, ["kerosene"] = Commodity.OilProducts, ["lpg"] = Commodity.OilProducts, ["fuel"] = Commodity.OilProducts,
        ["fuel oil"] = Commodity.OilProducts, ["petroleum coke"] = Commodity.OilProducts,
        ["coal"] = Commodity.Coal,
        ["metals"] = Commodity.MetalsAndOres, ["metalsandores"] = Commodity.MetalsAndOres, ["ore"] = Commodity.MetalsAndOres, ["ores"] = Commodity.MetalsAndOres,
        ["concentrate"] = Commodity.MetalsAndOres, ["steel"] = Commodity.MetalsAndOres, ["aluminium"] = Commodity.MetalsAndOres,
        ["steel bars"] = Commodity.MetalsAndOres, ["copper concentrate"] = Commodity.MetalsAndOres, ["lead-zinc concentrate"] = Commodity.MetalsAndOres,
        ["alumina"] = Commodity.Alumina,
        ["fertiliser"] = Commodity.Fertiliser, ["fertilizer"] = Commodity.Fertiliser,
        ["cement"] = Commodity.Cement, ["clinker"] = Commodity.Cement, ["construction materials"] = Commodity.Cement,
        ["containers"] = Commodity.Containers, ["container"] = Commodity.Containers,
        ["general"] = Commodity.General, ["general cargo"] = Commodity.General, ["textiles"] = Commodity.General, ["cotton fibre"] = Commodity.General,
        ["sawn timber"] = Commodity.General, ["timber"] = Commodity.General, ["chemicals"] = Commodity.General,
        ["sunflower oil"] = Commodity.General,
        ["perishables"] = Commodity.Perishables, ["onions"] = Commodity.Perishables, ["dried fruit"] = Commodity.Perishables,
        ["early vegetables"] = Commodity.Perishables, ["fruit"] = Commodity.Perishables, ["vegetables"] = Commodity.Perishables,
        ["citrus and pomegranates"] = Commodity.Perishables,
    };

    /// <summary>The commodity a shipper's word names (grain, wheat, diesel, onions, oilProducts …), or false.</summary>
    public static bool TryRead(string? text, out Commodity commodity)
    {
        commodity = default;
        return text is not null
            && (Words.TryGetValue(text.Trim(), out commodity)
                || (Enum.TryParse(text.Trim(), ignoreCase: true, out commodity) && Enum.IsDefined(commodity) && !text.Any(char.IsDigit)));
    }

    /// <summary>The words <see cref="TryRead"/> knows, for messages.</summary>
    public static string Known => string.Join(", ", Enum.GetNames<Commodity>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));

    /// <summary>The commodity assumed when only the cargo kind is known.</summary>
    public static Commodity Default(CargoKind kind) => kind switch
    {
        CargoKind.Container => Commodity.Containers,
        CargoKind.Bulk => Commodity.Grain,
        CargoKind.Reefer => Commodity.Perishables,
        CargoKind.Hazardous => Commodity.OilProducts,
        _ => Commodity.General,
    };
}
