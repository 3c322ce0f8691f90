using Microsoft.Extensions.Options;
using TransitOpt.Api.Options;

namespace TransitOpt.Api.Hosting;

/// <summary>Marks an endpoint as a write operation that needs an API key.</summary>
public sealed class RequiresApiKey
{
    /// <summary>The one instance endpoints carry as metadata.</summary>
    public static RequiresApiKey Instance { get; } = new();
}

/// <summary>
/// Write operations need a key from <c>Auth:ApiKeys</c> in the <c>X-Api-Key</c> header: none → 401, a wrong one → 403.
/// Checked as middleware once the endpoint is chosen and before its body is read, so a request without a key learns
/// that first, whatever its body.
/// </summary>
public static class ApiKeyCheck
{
    public const string Header = "X-Api-Key";

    /// <summary>Marks the endpoint as needing an API key.</summary>
    public static RouteHandlerBuilder RequireApiKey(this RouteHandlerBuilder builder) => builder.WithMetadata(RequiresApiKey.Instance);

    /// <summary>Refuses requests to marked endpoints without an accepted key.</summary>
    public static void UseTransitOptApiKeys(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<RequiresApiKey>() is null)
            {
                await next(context);
                return;
            }

            var keys = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.ApiKeys;
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

    private static bool CryptographicEquals(string expected, string given) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(given));
}
