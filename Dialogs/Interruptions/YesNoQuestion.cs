using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>Whether the survivor is answering a yes/no question (a <see cref="ConfirmPrompt"/>), and which one.</summary>
internal static class YesNoQuestion
{
    public static bool IsActive(DialogContext dc) =>
        dc.ActiveDialog is { } active && dc.Dialogs.Find(active.Id) is ConfirmPrompt;

    /// <summary>The string key of the question being asked, or null.</summary>
    public static string? Key(DialogContext dc) => dc.ActiveDialog?.State["options"]?["PromptKey"]?.ToString();
}
