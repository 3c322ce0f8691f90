using System.Text.Json;
using TransitOpt.Api.Contracts.Jobs;
using TransitOpt.Api.Plans;
using TransitOpt.Api.Tests.Fixtures;
using TransitOpt.Network.Loading;
using TransitOpt.Optimization.Demand;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Api.Tests.Plans;

/// <summary>A job record kept on disk before requests carried a field still loads, and runs with the field's default.</summary>
public sealed class StoredJobTests
{
    private const string Key = "stored-jobs-key";

    [Fact]
    public async Task QueuedJobStoredWithoutATargetGap_ShouldLoadWithTheDefault_AndRun()
    {
        var directory = Directory.CreateTempSubdirectory("transitopt-stored-jobs-").FullName;
        var network = NetworkLoader.LoadOrThrow(TransitOptApi.BundledData);
        var problem = DemandSet.Read(DemandSet.PathOf(TransitOptApi.BundledData, "small-example"), network).Problem;
        var record = JsonSerializer.SerializeToNode(
            new JobRecord(
                new PlanJob("old-job", PlanJobStatus.Queued, problem.Shipments.Count, DateTimeOffset.UtcNow, null, null, null, null),
                new JobRequest(JobRequest.Plan, null, problem, 30, Network.EtaQuantile.P50) { WorkLimit = 200 }),
            JobJson.Options)!;
        Assert.True(record["request"]!.AsObject().Remove("targetGap"), "the record as written today has targetGap");
        await File.WriteAllTextAsync(Path.Combine(directory, "old-job.json"), record.ToJsonString());

        var loaded = Assert.Single(new FileJobStore(directory).LoadAll());
        using var api = new TransitOptApi(null, settings: new Dictionary<string, string> { ["Auth:ApiKeys:0"] = Key, ["Jobs:Directory"] = directory });
        using var client = api.CreateClient();
        var job = await JobPolling.Finished(client, "/api/v1/plans/old-job");

        Assert.Equal(new PlanOptions().TargetGap, loaded.Request.TargetGap);
        Assert.Equal(200, loaded.Request.WorkLimit);
        Assert.Equal("succeeded", (string)job["status"]!);
        Assert.Equal(problem.Shipments.Count, job["result"]!["shipments"]!.AsArray().Count);
    }
}
