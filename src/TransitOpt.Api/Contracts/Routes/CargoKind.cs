using Domain = TransitOpt.Network.Costs.CargoKind;

namespace TransitOpt.Api.Contracts.Routes;

/// <summary>What is shipped; decides where it may go (hazardous, oversize) and nothing else.</summary>
public enum CargoKind
{
    /// <summary>Containers (ISO boxes).</summary>
    Container,

    /// <summary>Bulk: grain, ore, coal, cement.</summary>
    Bulk,

    /// <summary>General cargo: bags, pallets, metals.</summary>
    General,

    /// <summary>Refrigerated cargo: fruit, vegetables.</summary>
    Reefer,

    /// <summary>Dangerous goods (ADR/RID classes): banned from some tunnels and passes.</summary>
    Hazardous,

    /// <summary>Out-of-gauge or heavy indivisible loads: banned from some tunnels, passes and bridges.</summary>
    Oversize,
}

/// <summary>The explicit mapping between <see cref="CargoKind"/> on the wire and in the domain.</summary>
internal static class CargoKindMapping
{
    public static Domain ToDomain(this CargoKind value) => value switch
    {
        CargoKind.Container => Domain.Container,
        CargoKind.Bulk => Domain.Bulk,
        CargoKind.General => Domain.General,
        CargoKind.Reefer => Domain.Reefer,
        CargoKind.Hazardous => Domain.Hazardous,
        CargoKind.Oversize => Domain.Oversize,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a value of the contract"),
    };
}
