namespace TransitOpt.Network.Loading;

/// <summary>The outcome of loading a data folder: a network, or the errors that stopped it.</summary>
/// <param name="Network">The validated network, or null when there were errors.</param>
/// <param name="Errors">Every error found; empty on success.</param>
public sealed record NetworkLoadResult(TransitNetwork? Network, IReadOnlyList<DataError> Errors)
{
    /// <summary>True when the data loaded without errors.</summary>
    public bool Succeeded => Network is not null;
}

/// <summary>Loads and validates a network data folder (see <c>data/README.md</c> for the format).</summary>
public static class NetworkLoader
{
    /// <summary>Reads every data file in <paramref name="directory"/>, validates it and builds the network.</summary>
    public static NetworkLoadResult Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return new NetworkLoadResult(null, [new DataError(directory, null, "the data folder does not exist")]);
        }

        var texts = new List<(string Name, string Text)>();
        var errors = new List<DataError>();
        foreach (var name in DataFiles.All)
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                texts.Add((name, File.ReadAllText(path)));
            }
            else
            {
                errors.Add(new DataError(name, null, $"the file is missing from {directory}"));
            }
        }

        return errors.Count > 0 ? new NetworkLoadResult(null, errors) : Parse(texts);
    }

    /// <summary>Validates and builds a network from the data files' texts (file name → JSON), e.g. a scenario's overlay.</summary>
    public static NetworkLoadResult Load(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var missing = DataFiles.All.Where(f => !texts.ContainsKey(f)).Select(f => new DataError(f, null, "the file is missing")).ToList();
        return missing.Count > 0 ? new NetworkLoadResult(null, missing) : Parse([.. DataFiles.All.Select(f => (f, texts[f]))]);
    }

    /// <summary>Like <see cref="Load(string)"/>, but throws when the data has errors.</summary>
    /// <exception cref="NetworkDataException">The data has errors; the exception lists them.</exception>
    public static TransitNetwork LoadOrThrow(string directory)
    {
        var result = Load(directory);
        return result.Network ?? throw new NetworkDataException(result.Errors);
    }

    private static NetworkLoadResult Parse(IReadOnlyList<(string Name, string Text)> texts)
    {
        var byName = texts.ToDictionary(t => t.Name, t => t.Text, StringComparer.Ordinal);
        var reader = new NetworkReader(byName);
        var network = reader.Read(ContentHash.Of(texts));
        return new NetworkLoadResult(network, reader.Errors);
    }
}
