using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TransitOpt.Api.Options;

namespace TransitOpt.Api.Problems;

/// <summary>
/// Refuses bodies over <see cref="LimitsOptions.MaxRequestBytes"/> (over <see cref="LimitsOptions.MaxDemandRequestBytes"/>
/// on endpoints that take a demand) with 413 problem+json, before anything reads them.
/// </summary>
internal static class RequestSizeLimit
{
    /// <summary>Marks an endpoint whose body carries a demand (many shipments): it takes up to <see cref="LimitsOptions.MaxDemandRequestBytes"/>.</summary>
    public static RouteHandlerBuilder AcceptsDemand(this RouteHandlerBuilder builder) => builder.WithMetadata(CarriesDemand.Instance);

    public static void UseTransitOptRequestSizeLimit(this WebApplication app) => app.Use(async (context, next) =>
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value;
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<CarriesDemand>() is null ? limits.MaxRequestBytes : limits.MaxDemandRequestBytes;
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Request too large",
                    Detail = $"The body has {context.Request.ContentLength} bytes; the service accepts at most {limit}.",
                },
            });
            return;
        }

        await next(context);
    });
}

/// <summary>Endpoint metadata: the body carries a demand (see <see cref="RequestSizeLimit.AcceptsDemand"/>).</summary>
internal sealed class CarriesDemand
{
    public static readonly CarriesDemand Instance = new();

    private CarriesDemand()
    {
    }
}
