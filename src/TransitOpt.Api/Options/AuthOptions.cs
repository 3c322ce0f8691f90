namespace TransitOpt.Api.Options;

/// <summary>API keys for write operations (configuration section <c>Auth</c>, e.g. <c>Auth__ApiKeys__0=secret</c>).</summary>
internal sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Keys accepted in the <c>X-Api-Key</c> header. With none configured, writes are refused (403), except in Development, where a key is generated and printed at start.</summary>
    public List<string> ApiKeys { get; set; } = [];
}
