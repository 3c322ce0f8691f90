using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace TransitOpt.Api.Hosting;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and the Scalar reference at <c>/scalar/v1</c>.</summary>
public static class OpenApiSetup
{
    public static void AddTransitOptOpenApi(this WebApplicationBuilder builder) =>
        builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "TransitOpt API",
                Version = "v1",
                Description = "Freight routes on the Kazakhstan–Tajikistan transit corridor: the real rail and road network with every freight border crossing. Errors are RFC 9457 problem+json; cacheable answers carry ETag and X-Cache. Units: km, hours, USD, kg; times ISO 8601 with offset.",
            };
            return Task.CompletedTask;
        }));

    public static void MapTransitOptOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", options => options.WithTitle("TransitOpt API"));
    }
}
