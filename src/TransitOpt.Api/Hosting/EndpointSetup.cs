using TransitOpt.Api.Caching;
using TransitOpt.Api.Plans;
using TransitOpt.Api.Scenarios;
using TransitOpt.Api.Browsing;
using TransitOpt.Api.Routes;

namespace TransitOpt.Api.Hosting;

/// <summary>The API's resources.</summary>
internal static class EndpointSetup
{
    public static void AddTransitOptEndpoints(this WebApplicationBuilder builder) => builder.Services.AddSingleton<RouteCache>();

    public static void MapTransitOptApi(this WebApplication app)
    {
        app.MapNetworkApi();
        app.MapRoutesApi().RequireRateLimiting(LimitsSetup.RoutesPolicy);
        app.MapPlansApi();
        app.MapScenariosApi();
    }
}
