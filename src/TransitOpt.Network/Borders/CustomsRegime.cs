namespace TransitOpt.Network;

/// <summary>What customs control a border crossing applies.</summary>
public enum CustomsRegime
{
    /// <summary>Both sides are in the Eurasian Economic Union: no customs control (KZ–KG, KZ–RU).</summary>
    EaeuInternal,

    /// <summary>Full customs control and a transit declaration (TIR or national).</summary>
    Full,
}
