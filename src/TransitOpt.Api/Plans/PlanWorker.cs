using TransitOpt.Api.Contracts.Jobs;
using TransitOpt.Api.Hosting;
using TransitOpt.Api.Scenarios;
using TransitOpt.Optimization.Planning;
using TransitOpt.Optimization.Scenarios;

namespace TransitOpt.Api.Plans;

/// <summary>
/// Runs plan and evaluation jobs one at a time: when there may be work it takes a solver slot (shared with synchronous
/// plans), then the next job (from this process's queue, or from the Redis stream shared by every worker process). The network is resolved when a job runs
/// (a job restored after a restart has only its request), so a scenario deleted meanwhile fails its job with the reason.
/// </summary>
internal sealed partial class PlanWorker(
    IPlanJobs jobs, SolverGate gate, NetworkState baseState, ScenarioNetworks networks, TransitOptMetrics metrics, ILogger<PlanWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await jobs.WaitForWorkAsync(stoppingToken);
                using var slot = await gate.WaitAsync(stoppingToken);
                await using var job = await jobs.TryNextAsync(stoppingToken);
                if (job is null)
                {
                    continue;
                }

                LogJobStarted(logger, job.Id);
                try
                {
                    await RunAsync(job, stoppingToken);
                }
                catch (Exception exception) when (exception is StackExchange.Redis.RedisException or StackExchange.Redis.RedisTimeoutException)
                {
                    // The end could not be written: the job stays pending, and a worker takes it over after its lease.
                    LogJobNotEnded(logger, job.Id, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the job under way was given back; the jobs not done stay in the job store and run again (at the
            // next start, or on another worker).
        }
        finally
        {
            jobs.Close();
        }
    }

    private async Task RunAsync(IJobLease job, CancellationToken stoppingToken)
    {
        try
        {
            var outcome = await SolveAsync(job, job.Cancellation);
            metrics.Solved(job.Request.Kind, TimeSpan.FromSeconds(outcome.SolveSeconds));
            await job.SucceedAsync(outcome);
        }
        catch (OperationCanceledException) when (job.Cancellation.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            await job.CancelledAsync();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await job.ReleaseAsync();
            throw;
        }
        catch (PlanProblemException exception)
        {
            LogJobFailed(logger, job.Id, exception);
            await job.FailAsync(exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Whatever one job does, the worker fails that job with the reason and goes on with the next.
            LogJobFailed(logger, job.Id, exception);
            await job.FailAsync($"the planner failed on this job ({exception.GetType().Name}): {exception.Message}");
        }
    }

    private async Task<JobOutcome> SolveAsync(IJobLease job, CancellationToken cancellation)
    {
        var request = job.Request;
        var (state, scenario) = await networks.ResolveAsync(request.Scenario);
        if (state is null)
        {
            throw new PlanProblemException($"scenario '{request.Scenario}' was deleted before the job ran");
        }

        var options = new PlanOptions
        {
            TimeLimit = TimeSpan.FromSeconds(request.TimeLimitSeconds),
            WorkLimit = request.WorkLimit,
            TargetGap = request.TargetGap,
            EtaQuantile = request.EtaQuantile,
            Progress = new Progress<PlanProgress>(p => job.Report(JobProgress.From(p))),
        };
        if (request.Kind == JobRequest.Evaluation)
        {
            var comparison = await Task.Run(
                () => ScenarioEvaluator.Evaluate(baseState.Network, state.Network, scenario!, request.Problem, options, cancellation), cancellation);
            return new JobOutcome(null, Contracts.Scenarios.ScenarioComparison.From(comparison), comparison.BaselinePlan.SolveSeconds + comparison.ScenarioPlan.SolveSeconds);
        }

        var plan = await Task.Run(() => new Planner(state.Network).Plan(request.Problem, options, cancellation), cancellation);
        return new JobOutcome(Contracts.Plans.PlanResult.From(plan), null, plan.SolveSeconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan job {JobId} started")]
    private static partial void LogJobStarted(ILogger logger, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan job {JobId} ended but Redis did not take its end; it runs again after its lease")]
    private static partial void LogJobNotEnded(ILogger logger, string jobId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, string jobId, Exception exception);
}
