using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TransitOpt.Api.Options;

namespace TransitOpt.Api.Problems;

/// <summary>Refuses bodies over <see cref="LimitsOptions.MaxRequestBytes"/> with 413 problem+json, before anything reads them.</summary>
internal static class RequestSizeLimit
{
    public static void UseTransitOptRequestSizeLimit(this WebApplication app) => app.Use(async (context, next) =>
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxRequestBytes;
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
