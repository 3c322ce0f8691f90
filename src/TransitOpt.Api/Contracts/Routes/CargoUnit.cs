using Domain = TransitOpt.Network.Costs.CargoUnit;

namespace TransitOpt.Api.Contracts.Routes;

/// <summary>The unit a cargo quantity is given in.</summary>
public enum CargoUnit
{
    /// <summary>Twenty-foot equivalent units.</summary>
    Teu,

    /// <summary>Metric tonnes.</summary>
    Tonnes,

    /// <summary>Rail wagons.</summary>
    Wagons,

    /// <summary>Trucks.</summary>
    Trucks,
}

/// <summary>The explicit mapping between <see cref="CargoUnit"/> on the wire and in the domain.</summary>
internal static class CargoUnitMapping
{
    public static Domain ToDomain(this CargoUnit value) => value switch
    {
        CargoUnit.Teu => Domain.Teu,
        CargoUnit.Tonnes => Domain.Tonnes,
        CargoUnit.Wagons => Domain.Wagons,
        CargoUnit.Trucks => Domain.Trucks,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a value of the contract"),
    };
}
