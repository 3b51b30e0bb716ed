using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// At one of the report's choice questions, an answer that ends on a joining word ("kaepcheo-rang", "seutoking-irang", "screenshots and",
/// "my boss plus") is half of an answer typed in two messages: it was taken at its first half and the rest, sent a moment
/// later, landed on the next question. It gets a short "go on" (answers.go_on) and is kept in the question's state; the next
/// message is read together with it ("kaepcheo-rang katok-iyo"). A button, a command or "skip" as the next message is read alone.
/// </summary>
public sealed class UnfinishedAnswerInterruption(ReportQuestionnaire questionnaire) : IInterruption
{
    private const string PendingKey = "unfinishedAnswer";

    /// <summary>After the command check (neither half is a command), before any command reads the half or the rest on its own.</summary>
    public int Order => InterruptionOrder.UnfinishedAnswer;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (questionnaire.ChoiceQuestionAt(dc) is not { } active
            || dc.Context.Activity.Value is not null || dc.TextOverride is not null)
        {
            return InterruptionResult.NotHandled;
        }

        if (active.State.Value<string>(PendingKey) is { } half)
        {
            active.State.Remove(PendingKey);
            if (Commands.Of(dc) is not { IsSure: true } && !TextMatcher.Matches(dc.Text, dc.Services.Phrases.All(CommonPhrases.Skip)))
            {
                dc.TextOverride = half.TrimEnd() + " " + dc.Text.Trim();
            }

            return InterruptionResult.NotHandled;
        }

        if (!EndsOpen(dc.Services.Phrases, dc.Text) || Commands.Of(dc) is { IsSure: true })
        {
            return InterruptionResult.NotHandled;
        }

        active.State[PendingKey] = dc.Text;
        await dc.SendAsync(AnswersText.GoOn, cancellationToken);
        return InterruptionResult.Handled;
    }

    /// <summary>True when the message ends on a joining word: attached to the last Korean word, or as the last word.</summary>
    public static bool EndsOpen(IPhraseCatalog phrases, string? text)
    {
        var trimmed = text?.Trim().TrimEnd('.', '~', '!') ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > 200 || trimmed.EndsWith('?'))
        {
            return false;
        }

        if (trimmed.EndsWith(',') || trimmed.EndsWith('&') || trimmed.EndsWith('+'))
        {
            return true;
        }

        var last = trimmed[(trimmed.LastIndexOfAny([' ', '\t', '\n', ',']) + 1)..];
        var folded = RecognitionInput.Fold(last);
        return phrases.Get(AnswerPhrases.OpenEnds, Language.Korean).Any(end => folded.EndsWith(end, StringComparison.Ordinal))
            || phrases.Get(AnswerPhrases.OpenEnds, Language.English).Any(end => string.Equals(folded, end, StringComparison.Ordinal)
                || (end.Contains(' ', StringComparison.Ordinal) && RecognitionInput.Fold(trimmed).EndsWith(" " + end, StringComparison.Ordinal)));
    }
}
