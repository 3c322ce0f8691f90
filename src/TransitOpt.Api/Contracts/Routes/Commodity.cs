using Domain = TransitOpt.Network.Costs.Commodity;

namespace TransitOpt.Api.Contracts.Routes;

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

/// <summary>The explicit mapping between <see cref="Commodity"/> on the wire and in the domain.</summary>
internal static class CommodityMapping
{
    public static Domain ToDomain(this Commodity value) => value switch
    {
        Commodity.Grain => Domain.Grain,
        Commodity.Flour => Domain.Flour,
        Commodity.OilProducts => Domain.OilProducts,
        Commodity.Coal => Domain.Coal,
        Commodity.MetalsAndOres => Domain.MetalsAndOres,
        Commodity.Alumina => Domain.Alumina,
        Commodity.Fertiliser => Domain.Fertiliser,
        Commodity.Cement => Domain.Cement,
        Commodity.Containers => Domain.Containers,
        Commodity.General => Domain.General,
        Commodity.Perishables => Domain.Perishables,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a value of the contract"),
    };

    public static Commodity FromDomain(Domain value) => value switch
    {
        Domain.Grain => Commodity.Grain,
        Domain.Flour => Commodity.Flour,
        Domain.OilProducts => Commodity.OilProducts,
        Domain.Coal => Commodity.Coal,
        Domain.MetalsAndOres => Commodity.MetalsAndOres,
        Domain.Alumina => Commodity.Alumina,
        Domain.Fertiliser => Commodity.Fertiliser,
        Domain.Cement => Commodity.Cement,
        Domain.Containers => Commodity.Containers,
        Domain.General => Commodity.General,
        Domain.Perishables => Commodity.Perishables,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a commodity of the domain"),
    };
}
