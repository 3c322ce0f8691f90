using System.Text.Json.Nodes;

namespace TransitOpt.Api.Tests.Fixtures;

/// <summary>Waits for a plan or evaluation job to end by long polling (each poll returns as soon as the job ends, or after 25 s).</summary>
internal static class JobPolling
{
    /// <summary>The job once it is no longer queued or running (or as it stands after 20 polls).</summary>
    public static async Task<JsonNode> Finished(HttpClient client, string location)
    {
        ArgumentNullException.ThrowIfNull(client);
        JsonNode job;
        var polls = 0;
        do
        {
            job = JsonNode.Parse(await client.GetStringAsync(new Uri(location + "?waitSeconds=25", UriKind.RelativeOrAbsolute)))!;
        }
        while ((string)job["status"]! is "queued" or "running" && ++polls < 20);

        return job;
    }
}
