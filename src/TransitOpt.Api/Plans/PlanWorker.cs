using TransitOpt.Api.Hosting;
using TransitOpt.Optimization.Planning;

namespace TransitOpt.Api.Plans;

/// <summary>Runs queued plan and evaluation jobs one at a time through the shared solver gate.</summary>
public sealed partial class PlanWorker(PlanJobs jobs, SolverGate gate, TransitOptMetrics metrics, ILogger<PlanWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (id, run) in jobs.Queue.ReadAllAsync(stoppingToken))
            {
                using var slot = await gate.WaitAsync(stoppingToken);
                jobs.Start(id);
                try
                {
                    var outcome = await Task.Run(() => run(stoppingToken), stoppingToken);
                    metrics.Solved(outcome.Comparison is null ? "plan" : "evaluation", TimeSpan.FromSeconds(outcome.SolveSeconds));
                    jobs.Succeed(id, outcome);
                }
                catch (PlanProblemException exception)
                {
                    LogJobFailed(logger, id, exception);
                    jobs.Fail(id, exception.Message);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // Whatever one job does, the worker fails that job with the reason and goes on with the next.
                    LogJobFailed(logger, id, exception);
                    jobs.Fail(id, $"the planner failed on this job ({exception.GetType().Name}): {exception.Message}");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the jobs not done are failed below, never dropped.
        }
        finally
        {
            jobs.FailUnfinished("the service stopped before the job finished; submit it again");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, string jobId, Exception exception);
}
