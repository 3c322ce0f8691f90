using System.Collections.Concurrent;
using TransitOpt.Api.Hosting;
using TransitOpt.Network.Scenarios;

namespace TransitOpt.Api.Scenarios;

/// <summary>
/// Scenario networks built once per scenario version and reused: the base network for no scenario, the overlay's
/// network otherwise (its content version keys every cache, so a PUT can never serve an old answer).
/// </summary>
public sealed class ScenarioNetworks(NetworkState baseState, IScenarioStore store)
{
    private readonly ConcurrentDictionary<(string Id, int Version), NetworkState> _built = new();

    /// <summary>The state to answer on: the base one, the scenario's, or null when no scenario has that id.</summary>
    public async Task<(NetworkState? State, Scenario? Scenario)> ResolveAsync(string? scenarioId)
    {
        if (scenarioId is null)
        {
            return (baseState, null);
        }

        Scenario? scenario;
        try
        {
            scenario = await store.GetAsync(scenarioId);
        }
        catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
        {
            throw new ScenarioStoreUnavailableException(exception);
        }

        if (scenario is null)
        {
            return (null, null);
        }

        var state = _built.GetOrAdd((scenario.Id, scenario.Version), _ =>
        {
            var applied = ScenarioOverlay.Apply(baseState.Network, scenario);
            return applied.Network is { } network
                ? new NetworkState(network)
                : throw new ScenarioConflictException($"The saved scenario '{scenario.Id}' no longer applies to the network: {string.Join("; ", applied.Errors)}. Replace it with PUT.");
        });
        return (state, scenario);
    }
}

/// <summary>The scenario store (Redis) does not answer; the request is answered 503 with Retry-After.</summary>
public sealed class ScenarioStoreUnavailableException : Exception
{
    public ScenarioStoreUnavailableException(Exception innerException)
        : base("The scenario store does not answer.", innerException)
    {
    }

    public ScenarioStoreUnavailableException()
        : base("The scenario store does not answer.")
    {
    }

    public ScenarioStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A saved scenario that no longer applies to the loaded network (the data changed under it); answered 409.</summary>
public sealed class ScenarioConflictException : Exception
{
    public ScenarioConflictException(string message)
        : base(message)
    {
    }

    public ScenarioConflictException()
    {
    }

    public ScenarioConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
