using TransitOpt.Api.Hosting;
using TransitOpt.Api.Scenarios;
using TransitOpt.Optimization.Planning;
using TransitOpt.Optimization.Scenarios;

namespace TransitOpt.Api.Plans;

/// <summary>
/// Runs queued plan and evaluation jobs one at a time through the shared solver gate. The network is resolved when a
/// job runs (a job restored after a restart has only its request), so a scenario deleted meanwhile fails its job with
/// the reason.
/// </summary>
public sealed partial class PlanWorker(
    PlanJobs jobs, SolverGate gate, NetworkState baseState, ScenarioNetworks networks, TransitOptMetrics metrics, ILogger<PlanWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (id, request) in jobs.Queue.ReadAllAsync(stoppingToken))
            {
                using var slot = await gate.WaitAsync(stoppingToken);
                using var job = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                if (!jobs.Start(id, job))
                {
                    continue;
                }

                try
                {
                    var outcome = await RunAsync(request, job.Token);
                    metrics.Solved(request.Kind, TimeSpan.FromSeconds(outcome.SolveSeconds));
                    jobs.Succeed(id, outcome);
                }
                catch (OperationCanceledException) when (job.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
                {
                    jobs.Cancelled(id);
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
                finally
                {
                    jobs.Stopped(id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the jobs not done stay in the job store and run again at the next start.
        }
        finally
        {
            jobs.Close();
        }
    }

    private async Task<JobOutcome> RunAsync(JobRequest request, CancellationToken cancellation)
    {
        var (state, scenario) = await networks.ResolveAsync(request.Scenario);
        if (state is null)
        {
            throw new PlanProblemException($"scenario '{request.Scenario}' was deleted before the job ran");
        }

        var options = new PlanOptions { TimeLimit = TimeSpan.FromSeconds(request.TimeLimitSeconds), WorkLimit = request.WorkLimit, EtaQuantile = request.EtaQuantile };
        if (request.Kind == JobRequest.Evaluation)
        {
            var comparison = await Task.Run(
                () => ScenarioEvaluator.Evaluate(baseState.Network, state.Network, scenario!, request.Problem, options, cancellation), cancellation);
            return new JobOutcome(null, comparison, comparison.BaselinePlan.SolveSeconds + comparison.ScenarioPlan.SolveSeconds);
        }

        var plan = await Task.Run(() => new Planner(state.Network).Plan(request.Problem, options, cancellation), cancellation);
        return new JobOutcome(plan, null, plan.SolveSeconds);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, string jobId, Exception exception);
}
