namespace TransitOpt.Api.Hosting;

/// <summary>
/// The planner's route searches keep every core busy for seconds at a time. The thread pool starts only as many
/// threads as there are cores and adds more slowly, so without a reserve a request, a Redis reply or a job's lease
/// renewal can wait behind a plan for seconds (long enough to lose a lease to another worker). The reserve lets the
/// pool start a few more threads at once; they mostly wait on the network.
/// </summary>
internal static class ThreadReserve
{
    public static void Ensure()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        var wanted = (4 * Environment.ProcessorCount) + 8;
        if (workers < wanted)
        {
            ThreadPool.SetMinThreads(wanted, io);
        }
    }
}
