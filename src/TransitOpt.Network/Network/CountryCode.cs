namespace TransitOpt.Network;

/// <summary>An ISO 3166-1 alpha-2 country code such as <c>KZ</c> or <c>TJ</c>.</summary>
/// <param name="Value">The two upper-case letters.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.StringIdJsonConverter<CountryCode>))]
public readonly record struct CountryCode(string Value)
{
    /// <summary>Kazakhstan.</summary>
    public static readonly CountryCode Kazakhstan = new("KZ");

    /// <summary>Tajikistan.</summary>
    public static readonly CountryCode Tajikistan = new("TJ");

    /// <inheritdoc/>
    public override string ToString() => Value;
}
