namespace TransitOpt.Network;

/// <summary>The stable, readable id of a place (station, city, junction, port, border post), as written in the data files.</summary>
/// <param name="Value">The id text, e.g. as used in <c>data/</c>.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.StringIdJsonConverter<NodeId>))]
public readonly record struct NodeId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}
