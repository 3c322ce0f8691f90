using Microsoft.Extensions.Options;
using TransitOpt.Api.Options;

namespace TransitOpt.Api.Hosting;

/// <summary>Write operations need a key from <c>Auth:ApiKeys</c> in the <c>X-Api-Key</c> header: none → 401, a wrong one → 403.</summary>
public sealed class ApiKeyFilter(IOptions<AuthOptions> auth) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var key = context.HttpContext.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
            return TypedResults.Problem(detail: $"this operation needs an API key in the {Header} header", statusCode: StatusCodes.Status401Unauthorized, title: "API key required");
        }

        if (!auth.Value.ApiKeys.Any(k => CryptographicEquals(k, key)))
        {
            return TypedResults.Problem(detail: $"the key in {Header} is not accepted", statusCode: StatusCodes.Status403Forbidden, title: "API key refused");
        }

        return await next(context);
    }

    private static bool CryptographicEquals(string expected, string given) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(given));
}
