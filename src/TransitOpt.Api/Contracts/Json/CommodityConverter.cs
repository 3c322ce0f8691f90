using System.Text.Json;
using System.Text.Json.Serialization;
using TransitOpt.Api.Contracts.Routes;
using Commodities = TransitOpt.Network.Costs.Commodities;

namespace TransitOpt.Api.Contracts.Json;

/// <summary>
/// Reads a <see cref="Commodity"/> from its name (<c>grain</c>, <c>oilProducts</c>) or from a shipper's word for it, as
/// the command line and the demand files do (<c>wheat</c>, <c>diesel</c>, <c>aluminium</c>, <c>onions</c>:
/// <see cref="Commodities.TryRead"/>); writes the name, camelCase. The schema stays the enum of names.
/// </summary>
public sealed class CommodityConverter : JsonConverter<Commodity>
{
    public override Commodity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && Commodities.TryRead(reader.GetString(), out var commodity))
        {
            return CommodityMapping.FromDomain(commodity);
        }

        // The same words as the enum converter's, so that the problem names the field and lists the names.
        throw new JsonException($"The JSON value could not be converted to {typeof(Commodity).FullName}.");
    }

    public override void Write(Utf8JsonWriter writer, Commodity value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
    }
}
