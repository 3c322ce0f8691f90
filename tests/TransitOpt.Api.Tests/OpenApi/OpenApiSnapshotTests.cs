using TransitOpt.Api.Tests.Fixtures;

namespace TransitOpt.Api.Tests.OpenApi;

/// <summary>
/// The live OpenAPI document equals the reviewed one in openapi/v1.json, from which the client tests generate their
/// NSwag and Kiota clients: any change to the contract shows up in review as a change to that file.
/// </summary>
public sealed class OpenApiSnapshotTests : IDisposable
{
    private readonly TransitOptApi _api = new(null);

    [Fact]
    public async Task Document_ShouldEqualTheReviewedSnapshot()
    {
        using var client = _api.CreateClient();
        var live = await client.GetStringAsync("/openapi/v1.json");
        var folder = Path.Combine(Path.GetDirectoryName(TransitOptApi.BundledData)!, "openapi");
        var reviewed = await File.ReadAllTextAsync(Path.Combine(folder, "v1.json"));

        // Line endings and a final newline are an editor's or a checkout's, not the contract's.
        if (Normalised(live) != Normalised(reviewed))
        {
            var received = Path.Combine(folder, "v1.received.json");
            await File.WriteAllTextAsync(received, live);
            Assert.Fail($"The OpenAPI document changed: review `diff openapi/v1.json {received}`, then move it over openapi/v1.json.");
        }
    }

    private static string Normalised(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    public void Dispose() => _api.Dispose();
}
