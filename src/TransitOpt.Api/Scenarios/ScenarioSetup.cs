using TransitOpt.Api.Hosting;

namespace TransitOpt.Api.Scenarios;

/// <summary>
/// The scenario store: Redis (the same server as the cache) when <c>ConnectionStrings:Redis</c> is set, so every
/// instance sees the same scenarios; otherwise JSON files under <c>Scenarios:Directory</c> (default: the user's local
/// application data, <c>transitopt/scenarios</c>). The ready-made scenarios of <c>data/scenarios</c> are seeded into it.
/// </summary>
internal static class ScenarioSetup
{
    public static void AddTransitOptScenarios(this WebApplicationBuilder builder)
    {
        if (builder.AddTransitOptRedis())
        {
            builder.Services.AddSingleton<IScenarioStore, RedisScenarioStore>();
        }
        else
        {
            builder.Services.AddSingleton<IScenarioStore>(new FileScenarioStore(LocalData.Directory(builder.Configuration["Scenarios:Directory"], "scenarios")));
        }

        builder.Services.AddSingleton<ScenarioNetworks>();
        builder.Services.AddHostedService<ScenarioSeeder>();
    }
}
