using Domain = TransitOpt.Network.CrossingAdmission;

namespace TransitOpt.Api.Contracts.Network;

/// <summary>Which vehicles a border crossing lets through with freight.</summary>
public enum CrossingAdmission
{
    /// <summary>Vehicles registered in any country, transit included.</summary>
    International,

    /// <summary>Only vehicles registered in one of the crossing's two countries (no third-country trucks).</summary>
    Bilateral,

    /// <summary>Local residents and border trade only: no transit freight.</summary>
    Local,

    /// <summary>Empty vehicles only: a loaded shipment cannot pass.</summary>
    EmptyOnly,
}

/// <summary>The explicit mapping between <see cref="CrossingAdmission"/> on the wire and in the domain.</summary>
internal static class CrossingAdmissionMapping
{
    public static CrossingAdmission ToWire(this Domain value) => value switch
    {
        Domain.International => CrossingAdmission.International,
        Domain.Bilateral => CrossingAdmission.Bilateral,
        Domain.Local => CrossingAdmission.Local,
        Domain.EmptyOnly => CrossingAdmission.EmptyOnly,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "no wire value"),
    };
}
