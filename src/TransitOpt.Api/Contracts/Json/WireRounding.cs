using System.Text.Json.Serialization.Metadata;

namespace TransitOpt.Api.Contracts.Json;

/// <summary>
/// What every API answer rounds on the way out: times to whole seconds, amounts of money (properties named
/// <c>…Usd</c> or <c>usd</c>) to cents. Only the written value changes: the types, and so the OpenAPI schemas, stay.
/// Rates such as <c>usdPerUnit</c> keep their precision.
/// </summary>
public static class WireRounding
{
    /// <summary>A <see cref="DefaultJsonTypeInfoResolver"/> modifier.</summary>
    public static void Apply(JsonTypeInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.Get is not { } get)
            {
                continue;
            }

            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type == typeof(DateTimeOffset))
            {
                property.Get = owner => get(owner) is DateTimeOffset time ? ToSecond(time) : null;
            }
            else if (type == typeof(double) && IsMoney(property.Name))
            {
                property.Get = owner => get(owner) is double usd ? ToCent(usd) : null;
            }
        }
    }

    private static bool IsMoney(string name) =>
        name.EndsWith("Usd", StringComparison.Ordinal) || name.Equals("usd", StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset ToSecond(DateTimeOffset time) =>
        new((time.Ticks + TimeSpan.TicksPerSecond / 2) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, time.Offset);

    private static double ToCent(double usd) => Math.Round(usd, 2, MidpointRounding.AwayFromZero);
}
