using Microsoft.Extensions.Options;
using TransitOpt.Api.Options;

namespace TransitOpt.Api.Plans;

/// <summary>How many plans the solver runs at once (planning is CPU-heavy): requests and jobs share it.</summary>
internal sealed class SolverGate(IOptions<LimitsOptions> limits) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(limits.Value.ConcurrentPlans, limits.Value.ConcurrentPlans);

    /// <summary>A slot, or null when none frees up within <paramref name="wait"/>.</summary>
    public async Task<IDisposable?> TryWaitAsync(TimeSpan wait, CancellationToken cancellation) =>
        await _slots.WaitAsync(wait, cancellation) ? new Slot(_slots) : null;

    public async Task<IDisposable> WaitAsync(CancellationToken cancellation)
    {
        await _slots.WaitAsync(cancellation);
        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
