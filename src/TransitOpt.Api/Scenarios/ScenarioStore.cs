using StackExchange.Redis;
using TransitOpt.Network.Scenarios;

namespace TransitOpt.Api.Scenarios;

/// <summary>Where saved scenarios live: Redis when configured (every instance sees them), files otherwise.</summary>
internal interface IScenarioStore
{
    Task<Scenario?> GetAsync(string id);

    Task<IReadOnlyList<Scenario>> ListAsync();

    /// <summary>Saves a new scenario only if none has its id (atomically): false when one exists.</summary>
    Task<bool> CreateAsync(Scenario scenario);

    /// <summary>
    /// Replaces the scenario only if the stored one is still <paramref name="expected"/> (compare and set); the write is
    /// atomic: a crash mid-write leaves the old version, never a corrupt one.
    /// </summary>
    Task<bool> ReplaceAsync(Scenario scenario, Scenario expected);

    Task<bool> DeleteAsync(string id);
}

/// <summary>
/// Scenarios as JSON files in a folder; each write goes to a temporary file that is then renamed over the old one.
/// Only well-formed ids (lower-case letters, digits, hyphens) name files, so an id can never reach outside the folder.
/// </summary>
internal sealed partial class FileScenarioStore(string directory) : IScenarioStore, IDisposable
{
    // Create and compare-and-set are atomic within the process that owns the folder (the file store serves one
    // instance; several instances share scenarios through Redis).
    private readonly SemaphoreSlim _writes = new(1, 1);

    public async Task<Scenario?> GetAsync(string id)
    {
        var path = PathOf(id);
        return path is not null && File.Exists(path) ? ScenarioJson.Read(await File.ReadAllTextAsync(path)).Scenario : null;
    }

    public async Task<IReadOnlyList<Scenario>> ListAsync()
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var scenarios = new List<Scenario>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (ScenarioJson.Read(await File.ReadAllTextAsync(file)).Scenario is { } scenario)
            {
                scenarios.Add(scenario);
            }
        }

        return scenarios;
    }

    private async Task SaveAsync(Scenario scenario)
    {
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".scenario-{Guid.NewGuid():n}.tmp");
        var path = PathOf(scenario.Id) ?? throw new ArgumentException($"'{scenario.Id}' is not a scenario id.", nameof(scenario));
        await File.WriteAllTextAsync(temporary, ScenarioJson.Write(scenario));
        File.Move(temporary, path, overwrite: true);
    }

    public async Task<bool> CreateAsync(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var path = PathOf(scenario.Id) ?? throw new ArgumentException($"'{scenario.Id}' is not a scenario id.", nameof(scenario));
        await _writes.WaitAsync();
        try
        {
            if (File.Exists(path))
            {
                return false;
            }

            await SaveAsync(scenario);
            return true;
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<bool> ReplaceAsync(Scenario scenario, Scenario expected)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(expected);
        await _writes.WaitAsync();
        try
        {
            if (await GetAsync(scenario.Id) is not { } current || ScenarioJson.Write(current) != ScenarioJson.Write(expected))
            {
                return false;
            }

            await SaveAsync(scenario);
            return true;
        }
        finally
        {
            _writes.Release();
        }
    }

    public void Dispose() => _writes.Dispose();

    public Task<bool> DeleteAsync(string id)
    {
        var path = PathOf(id);
        if (path is null || !File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    private string? PathOf(string id) => id.Length <= ScenarioOverlay.MaxIdLength && IdPattern().IsMatch(id) ? Path.Combine(directory, id + ".json") : null;

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial System.Text.RegularExpressions.Regex IdPattern();
}

/// <summary>Scenarios in one Redis hash (field = id, value = JSON); a single HSET replaces a scenario atomically.</summary>
internal sealed class RedisScenarioStore(IConnectionMultiplexer redis) : IScenarioStore
{
    private static readonly RedisKey Key = "transitopt:scenarios";

    public async Task<Scenario?> GetAsync(string id)
    {
        var json = await redis.GetDatabase().HashGetAsync(Key, id);
        return json.IsNullOrEmpty ? null : ScenarioJson.Read(json.ToString()).Scenario;
    }

    public async Task<IReadOnlyList<Scenario>> ListAsync()
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(Key);
        return [.. entries.OrderBy(e => e.Name.ToString(), StringComparer.Ordinal)
            .Select(e => ScenarioJson.Read(e.Value.ToString()).Scenario).OfType<Scenario>()];
    }

    public Task<bool> CreateAsync(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return redis.GetDatabase().HashSetAsync(Key, scenario.Id, ScenarioJson.Write(scenario), When.NotExists);
    }

    public async Task<bool> ReplaceAsync(Scenario scenario, Scenario expected)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(expected);
        var transaction = redis.GetDatabase().CreateTransaction();
        transaction.AddCondition(Condition.HashEqual(Key, scenario.Id, ScenarioJson.Write(expected)));
        _ = transaction.HashSetAsync(Key, scenario.Id, ScenarioJson.Write(scenario));
        return await transaction.ExecuteAsync();
    }

    public Task<bool> DeleteAsync(string id) => redis.GetDatabase().HashDeleteAsync(Key, id);
}
