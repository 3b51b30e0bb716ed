using Microsoft.Extensions.Options;

namespace ReportBot.Dialogs.Reports;

/// <summary>
/// Bounds how many erasures run at once across every conversation (<see cref="CasesOptions.MaxConcurrentErasures"/>).
/// An erasure costs far more than a turn (it reads the whole handoff queue and every record link, deletes a case's
/// objects), so "delete my data" from many conversations at once would otherwise multiply storage work without limit
/// and starve the turns of everyone else. An erasure waits its turn; it is never refused, because a survivor who
/// asked to delete must get it done.
/// </summary>
public sealed class ErasureGate : IDisposable
{
    private readonly SemaphoreSlim _slots;

    public ErasureGate(IOptions<CasesOptions> options)
    {
        Concurrency = options.Value.MaxConcurrentErasures;
        _slots = new SemaphoreSlim(Concurrency, Concurrency);
    }

    /// <summary>How many erasures may run at once.</summary>
    public int Concurrency { get; }

    /// <summary>Runs <paramref name="erase"/> when a slot is free.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> erase, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await erase().ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
