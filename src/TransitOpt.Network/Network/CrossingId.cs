namespace TransitOpt.Network;

/// <summary>The stable, readable id of a border crossing point, as written in the data files.</summary>
/// <param name="Value">The id text, e.g. as used in <c>data/</c>.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.StringIdJsonConverter<CrossingId>))]
public readonly record struct CrossingId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}
