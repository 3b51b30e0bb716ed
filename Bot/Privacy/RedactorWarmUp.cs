namespace ReportBot.Bot.Privacy;

/// <summary>
/// Compiles the <see cref="Redactor"/>'s patterns while the host starts (a second or so of CPU, once per process), so
/// that cost is not paid during the first conversations. Should it take longer than the host allows, the redactor
/// works with the interpreted patterns until the compiled ones are ready.
/// </summary>
public sealed class RedactorWarmUp(Redactor redactor) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(redactor);
        try
        {
            await Redactor.CompiledPatterns.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The host gave up waiting: the interpreted patterns answer meanwhile.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
