using Microsoft.Extensions.Options;

namespace ReportBot.Dialogs.Reports;

/// <summary>
/// Bounds case-code hashing (PBKDF2) across every conversation and the records API: at most
/// <see cref="CasesOptions.MaxConcurrentHashes"/> at once (half the cores by default) and a short queue behind them.
/// Many conversations guessing codes then take at most that share of the CPU, and survivors' turns keep the rest.
/// Look-ups are refused when the queue is full; creating a case waits its turn instead, because a survivor who just
/// finished a report must get their code.
/// </summary>
public sealed class CaseCodeHashGate : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly int _capacity;
    private int _holders;

    public CaseCodeHashGate(IOptions<CasesOptions> options)
    {
        var value = options.Value;
        Concurrency = value.MaxConcurrentHashes > 0 ? value.MaxConcurrentHashes : Math.Max(1, Environment.ProcessorCount / 2);
        _capacity = Concurrency + value.HashQueueLength;
        _slots = new SemaphoreSlim(Concurrency, Concurrency);
    }

    /// <summary>How many hashes may run at once.</summary>
    public int Concurrency { get; }

    /// <summary>
    /// Runs <paramref name="hash"/> in a slot. With <paramref name="mayRefuse"/>, throws
    /// <see cref="CaseCodeHashingBusyException"/> at once when every slot and queue place is taken.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<T> hash, bool mayRefuse, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _holders) > _capacity && mayRefuse)
        {
            Interlocked.Decrement(ref _holders);
            throw new CaseCodeHashingBusyException();
        }

        try
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return hash();
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _holders);
        }
    }

    public void Dispose() => _slots.Dispose();
}
