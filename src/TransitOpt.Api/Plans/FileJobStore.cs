using System.Text.Json;
using TransitOpt.Api.Contracts.Jobs;

namespace TransitOpt.Api.Plans;

/// <summary>A job and its request, as kept on disk.</summary>
/// <param name="Job">The job as clients see it (with its result once finished).</param>
/// <param name="Request">What it computes.</param>
internal sealed record JobRecord(PlanJob Job, JobRequest Request);

/// <summary>
/// Job records as JSON files under <c>Jobs:Directory</c>, each written to a temporary file and renamed over the old
/// one, so that a job accepted with 202 survives a crash or restart: at start, finished jobs are readable again and
/// jobs that were queued or running are queued again (at least once: a job cut off mid-run runs again).
/// </summary>
internal sealed class FileJobStore(string directory)
{
    public void Save(JobRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".job-{Guid.NewGuid():n}.tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(record, JobJson.Options));
        File.Move(temporary, PathOf(record.Job.Id), overwrite: true);
    }

    public void Delete(string id) => File.Delete(PathOf(id));

    /// <summary>Every readable record; unreadable files (a foreign or damaged file) are skipped.</summary>
    public IEnumerable<JobRecord> LoadAll()
    {
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            JobRecord? record;
            try
            {
                record = JsonSerializer.Deserialize<JobRecord>(File.ReadAllText(file), JobJson.Options);
            }
            catch (JsonException)
            {
                continue;
            }

            if (record?.Job is not null && record.Request?.Problem is not null)
            {
                yield return record;
            }
        }
    }

    private string PathOf(string id) => Path.Combine(directory, id + ".json");
}
