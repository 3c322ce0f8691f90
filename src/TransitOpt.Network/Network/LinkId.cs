namespace TransitOpt.Network;

/// <summary>The stable, readable id of a rail or road link between two places, as written in the data files.</summary>
/// <param name="Value">The id text, e.g. as used in <c>data/</c>.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.StringIdJsonConverter<LinkId>))]
public readonly record struct LinkId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}
