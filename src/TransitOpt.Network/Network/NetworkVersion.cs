namespace TransitOpt.Network;

/// <summary>The content hash of the loaded data: equal data, equal version; any change, a new version.</summary>
/// <param name="Value">Sixteen lower-case hex digits of a SHA-256 over the data files.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.StringIdJsonConverter<NetworkVersion>))]
public readonly record struct NetworkVersion(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}
