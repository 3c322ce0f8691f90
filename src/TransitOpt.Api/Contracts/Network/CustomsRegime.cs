using Domain = TransitOpt.Network.CustomsRegime;

namespace TransitOpt.Api.Contracts.Network;

/// <summary>What customs control a border crossing applies.</summary>
public enum CustomsRegime
{
    /// <summary>Both sides are in the Eurasian Economic Union: no customs control (KZ–KG, KZ–RU).</summary>
    EaeuInternal,

    /// <summary>Full customs control and a transit declaration (TIR or national).</summary>
    Full,
}

/// <summary>The explicit mapping between <see cref="CustomsRegime"/> on the wire and in the domain.</summary>
internal static class CustomsRegimeMapping
{
    public static CustomsRegime ToWire(this Domain value) => value switch
    {
        Domain.EaeuInternal => CustomsRegime.EaeuInternal,
        Domain.Full => CustomsRegime.Full,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "no wire value"),
    };
}
