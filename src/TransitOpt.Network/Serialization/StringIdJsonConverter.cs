using System.Text.Json;
using System.Text.Json.Serialization;

namespace TransitOpt.Network.Serialization;

/// <summary>Writes a typed id (<see cref="NodeId"/>, <see cref="CountryCode"/> …) as its plain string, and reads it back.</summary>
/// <typeparam name="TId">The id type.</typeparam>
public sealed class StringIdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct
{
    private static readonly Func<string, TId> Create = text => (TId)Activator.CreateInstance(typeof(TId), text)!;

    /// <inheritdoc/>
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? Create(reader.GetString()!)
            : throw new JsonException($"Expected a string for {typeof(TId).Name}.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
