namespace TransitOpt.Network;

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
