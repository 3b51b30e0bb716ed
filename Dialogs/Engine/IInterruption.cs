namespace ReportBot.Dialogs.Engine;

/// <summary>
/// A global command checked on every message before the active dialog sees it (crisis, help, language...).
/// Interruptions run in ascending <see cref="Order"/>; the first that handles the message wins.
/// </summary>
public interface IInterruption
{
    int Order { get; }

    Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken);
}
