using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TransitOpt.Network.Loading;

namespace TransitOpt.Network.Tests.BundledData;

/// <summary>Every figure names its source: each source key the data cites is defined in data/SOURCES.md.</summary>
[Trait("Category", "BundledData")]
public sealed partial class SourceKeyTests
{
    [Fact]
    public void EverySourceKeyTheDataCites_ShouldBeDefinedInSources()
    {
        var directory = Scaffolding.BundledData.Directory;
        var sources = File.ReadAllText(Path.Combine(directory, DataFiles.Sources));
        var cited = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in DataFiles.All)
        {
            Collect(JsonNode.Parse(File.ReadAllText(Path.Combine(directory, file))), cited);
        }

        var undefined = cited.Where(key => !sources.Contains($"`{key}`", StringComparison.Ordinal)).ToList();

        Assert.True(cited.Count > 100, $"only {cited.Count} keys found: the pattern no longer reads the data");
        Assert.Empty(undefined);
    }

    private static void Collect(JsonNode? node, SortedSet<string> keys)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    if (name is "source" or "closureSource" && value is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        keys.UnionWith(Key().Matches(text).Select(m => m.Value));
                    }
                    else
                    {
                        Collect(value, keys);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, keys);
                }

                break;
        }
    }

    /// <summary>A source key: <c>RL-S12</c>, <c>INF-S19a</c>, <c>TD-S4</c>, <c>EST-cap-rail</c>.</summary>
    [GeneratedRegex(@"\b(?:[A-Z]+-S\d+[a-z]?|EST-[a-z0-9-]*[a-z0-9])\b")]
    private static partial Regex Key();
}
