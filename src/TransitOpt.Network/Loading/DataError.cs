namespace TransitOpt.Network.Loading;

/// <summary>One thing wrong with the data, located so that a person can fix it.</summary>
/// <param name="File">The data file, e.g. <c>links.geojson</c>.</param>
/// <param name="FeatureId">The id of the feature or table row at fault, or null for the file as a whole.</param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record DataError(string File, string? FeatureId, string Message)
{
    /// <summary><c>file: feature: message</c>.</summary>
    public override string ToString() => FeatureId is null ? $"{File}: {Message}" : $"{File}: {FeatureId}: {Message}";
}
