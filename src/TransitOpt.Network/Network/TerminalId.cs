namespace TransitOpt.Network;

/// <summary>The stable, readable id of a terminal where cargo changes mode or gauge, as written in the data files.</summary>
/// <param name="Value">The id text, e.g. as used in <c>data/</c>.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.StringIdJsonConverter<TerminalId>))]
public readonly record struct TerminalId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}
