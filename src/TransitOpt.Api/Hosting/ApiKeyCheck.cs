using Microsoft.Extensions.Options;
using TransitOpt.Api.Options;

namespace TransitOpt.Api.Hosting;

/// <summary>The key generated at start in Development when none is configured (printed once in the log).</summary>
/// <param name="Key">The key.</param>
internal sealed record DevelopmentApiKey(string Key);

/// <summary>Marks an endpoint as a write operation that needs an API key.</summary>
internal sealed class RequiresApiKey
{
    /// <summary>The one instance endpoints carry as metadata.</summary>
    public static RequiresApiKey Instance { get; } = new();
}

/// <summary>
/// Write operations need a key from <c>Auth:ApiKeys</c> in the <c>X-Api-Key</c> header: none → 401, a wrong one → 403.
/// Checked as middleware once the endpoint is chosen and before its body is read, so a request without a key learns
/// that first, whatever its body.
/// </summary>
internal static partial class ApiKeyCheck
{
    public const string Header = "X-Api-Key";

    /// <summary>The setting an operator sets to give the service a key.</summary>
    public const string Setting = "Auth__ApiKeys__0 (environment) or Auth:ApiKeys in appsettings.json";

    /// <summary>
    /// In Development with no key configured, a random key is accepted and printed once at start, so a newcomer's
    /// first write works; in any other environment writes stay refused until a key is set.
    /// </summary>
    public static void AddDevelopmentApiKey(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment() || builder.Configuration.GetSection("Auth:ApiKeys").Get<List<string>>() is { Count: > 0 })
        {
            return;
        }

        var key = new DevelopmentApiKey("dev-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)).ToLowerInvariant());
        builder.Services.AddSingleton(key);
        builder.Services.PostConfigure<AuthOptions>(options => options.ApiKeys.Add(key.Key));
    }

    /// <summary>Marks the endpoint as needing an API key.</summary>
    public static RouteHandlerBuilder RequireApiKey(this RouteHandlerBuilder builder) => builder.WithMetadata(RequiresApiKey.Instance);

    /// <summary>Refuses requests to marked endpoints without an accepted key.</summary>
    public static void UseTransitOptApiKeys(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<DevelopmentApiKey>() is { } development)
        {
            LogDevelopmentKey(app.Logger, development.Key, Header, Setting);
        }

        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<RequiresApiKey>() is null)
            {
                await next(context);
                return;
            }

            var keys = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.ApiKeys;
            if (keys.Count == 0)
            {
                await TypedResults.Problem(detail: $"this service has no API key configured, so its writes are refused; its operator sets {Setting} (in Development a key is generated and printed at start)", statusCode: StatusCodes.Status403Forbidden, title: "No API key configured").ExecuteAsync(context);
                return;
            }

            var key = context.Request.Headers[Header].ToString();
            if (string.IsNullOrEmpty(key))
            {
                context.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
                await TypedResults.Problem(detail: $"this operation needs an API key in the {Header} header", statusCode: StatusCodes.Status401Unauthorized, title: "API key required").ExecuteAsync(context);
                return;
            }

            if (!keys.Any(k => CryptographicEquals(k, key)))
            {
                await TypedResults.Problem(detail: $"the key in {Header} is not accepted", statusCode: StatusCodes.Status403Forbidden, title: "API key refused").ExecuteAsync(context);
                return;
            }

            await next(context);
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development: no API key is configured, so this process accepts {Key} in the {Header} header for writes until it stops. Set {Setting} to choose one.")]
    private static partial void LogDevelopmentKey(ILogger logger, string key, string header, string setting);

    private static bool CryptographicEquals(string expected, string given) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(given));
}
