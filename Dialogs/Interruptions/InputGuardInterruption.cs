using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// Answers messages no dialog can use (empty, attachments only, over the length limit) with a kind explanation,
/// then asks the current question again. Nothing in the conversation is lost. Korean typed with the Korean/English key
/// left in English mode ("tkffuwntpdy") is handed on as the Korean it spells (<see cref="KeyboardModeSlip"/>), so the
/// crisis check, the commands and the questions after it read what was meant; it runs first, and during a relay too.
/// </summary>
public sealed class InputGuardInterruption : IInterruption
{
    public int Order => InterruptionOrder.InputGuard;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        if (activity.Value is null && KeyboardModeSlip.For(dc.Services.Phrases).Read(activity.Text) is { } korean)
        {
            activity.Text = korean;
        }

        var text = activity.Text ?? string.Empty;
        var max = dc.Services.Options.MaxMessageChars;
        if (text.Length > max)
        {
            RememberLanguage(dc, text);
            await dc.SendAsync(CommonText.TooLong, cancellationToken, ("length", text.Length.ToString("N0", dc.Language.Culture())), ("limit", max.ToString("N0", dc.Language.Culture())));
            return InterruptionResult.Resume;
        }

        if (string.IsNullOrWhiteSpace(text) && activity.Value is null)
        {
            await dc.SendAsync(activity.Attachments is { Count: > 0 } ? CommonText.NotText : CommonText.EmptyMessage, cancellationToken);
            return InterruptionResult.Resume;
        }

        return InterruptionResult.NotHandled;
    }

    private static void RememberLanguage(DialogContext dc, string text)
    {
        if (!dc.LanguageKnown)
        {
            dc.Profile.Language = LanguageDetector.Detect(text[..Math.Min(text.Length, 2000)], dc.Services.Phrases);
        }
    }
}
