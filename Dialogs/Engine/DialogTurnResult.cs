namespace ReportBot.Dialogs.Engine;

/// <summary>The outcome of a call into the dialog stack, with the result of a completed dialog.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);
    public static readonly DialogTurnResult Empty = new(DialogTurnStatus.Empty);
}
