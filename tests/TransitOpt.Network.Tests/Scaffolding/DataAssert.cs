namespace TransitOpt.Network.Tests.Scaffolding;

/// <summary>Assertions on loading broken data.</summary>
internal static class DataAssert
{
    /// <summary>The data does not load, and one error names the file, the feature and (part of) the reason.</summary>
    public static void LoadError(TinyCorridor data, string file, string featureId, string messagePart)
    {
        var result = data.Load();

        Assert.Null(result.Network);
        Assert.Contains(
            result.Errors,
            e => e.File == file && e.FeatureId == featureId && e.Message.Contains(messagePart, StringComparison.Ordinal));
    }
}
