namespace TransitOpt.Api.Hosting;

/// <summary>Where the embedded stores keep their files by default: the user's local application data, <c>transitopt/…</c>.</summary>
internal static class LocalData
{
    /// <summary>The configured folder, or <c>transitopt/{name}</c> under the user's local application data.</summary>
    public static string Directory(string? configured, string name) =>
        configured ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "transitopt", name);
}
