using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using TransitOpt.Api.Hosting;
using TransitOpt.Network.Scenarios;

namespace TransitOpt.Api.Scenarios;

/// <summary>
/// Scenario networks built once per scenario content and reused: the base network for no scenario, the overlay's
/// network otherwise (its content version keys every cache, so a PUT can never serve an old answer). Keyed by a hash
/// of the scenario's whole content, so a scenario deleted and created again under the same id and version is built
/// anew; at most <see cref="MaxNetworks"/> are kept (each is about 1.5 MB), the least used leaving first.
/// </summary>
internal sealed class ScenarioNetworks(NetworkState baseState, IScenarioStore store) : IDisposable
{
    /// <summary>Scenario networks kept built at once.</summary>
    public const int MaxNetworks = 16;

    private readonly MemoryCache _built = new(new MemoryCacheOptions { SizeLimit = MaxNetworks });

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

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ScenarioJson.Write(scenario))));
        var state = _built.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            var applied = ScenarioOverlay.Apply(baseState.Network, scenario);
            return applied.Network is { } network
                ? new NetworkState(network)
                : throw new ScenarioConflictException($"The saved scenario '{scenario.Id}' no longer applies to the network: {string.Join("; ", applied.Errors)}. Replace it with PUT.");
        })!;
        return (state, scenario);
    }

    /// <summary>How many scenario networks are built and kept now.</summary>
    public int BuiltCount => _built.Count;

    public void Dispose() => _built.Dispose();
}

/// <summary>The scenario store (Redis) does not answer; the request is answered 503 with Retry-After.</summary>
internal sealed class ScenarioStoreUnavailableException : Exception
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
internal sealed class ScenarioConflictException : Exception
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
