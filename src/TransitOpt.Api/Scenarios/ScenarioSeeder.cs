using Microsoft.Extensions.Options;
using TransitOpt.Api.Options;
using TransitOpt.Network.Scenarios;

namespace TransitOpt.Api.Scenarios;

/// <summary>
/// Puts the ready-made scenarios of <c>data/scenarios</c> into the store at start when it has none of that id, so
/// ministry staff find them through the API; a saved scenario of the same id (an edited one) is left as it is.
/// </summary>
internal sealed partial class ScenarioSeeder(IServiceProvider services, IOptions<DataOptions> data, ILogger<ScenarioSeeder> logger) : BackgroundService
{
    /// <summary>Runs beside start-up, so a store that is away (Redis down) never delays or fails it.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave start-up first: connecting to the store may take its connect timeout when Redis is away.
        await Task.Yield();
        var cancellationToken = stoppingToken;
        var folder = Path.Combine(data.Value.ResolvedDirectory, "scenarios");
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var (scenario, error) = ScenarioJson.Read(await File.ReadAllTextAsync(file, cancellationToken));
            if (scenario is null)
            {
                LogUnreadable(logger, file, error?.ToString() ?? "empty");
                continue;
            }

            try
            {
                var store = services.GetRequiredService<IScenarioStore>();
                await store.CreateAsync(scenario);
            }
            catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
            {
                LogStoreDown(logger, exception);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The ready-made scenario {File} cannot be read: {Error}")]
    private static partial void LogUnreadable(ILogger logger, string file, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The scenario store is not reachable; ready-made scenarios are not seeded")]
    private static partial void LogStoreDown(ILogger logger, Exception exception);
}
