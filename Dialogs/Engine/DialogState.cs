namespace ReportBot.Dialogs.Engine;

/// <summary>The dialog stack of one conversation, kept in conversation state. The top is index 0.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; init; } = [];
}
