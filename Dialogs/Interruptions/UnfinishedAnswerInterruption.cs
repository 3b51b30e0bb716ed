using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Conversations.Questions;
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
/// The other way round: when the first half was a whole answer ("screenshots"), the report moved on and the rest arrives at the
/// next question starting with a joining word ("plus the texts", "geurigo nogeumdoyo"; answer.rest_starts). When the rest reads as
/// more choices of that list question, they are added to it, said back, and the question asked now is asked again.
/// </summary>
public sealed class UnfinishedAnswerInterruption(ReportQuestionnaire questionnaire) : IInterruption
{
    private const string PendingKey = "unfinishedAnswer";

    // The joining words that start a rest, folded and longest first once per catalog: read at every report question.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPhraseCatalog, string[]> RestStarts = new();

    /// <summary>After the command check (neither half is a command), before any command reads the half or the rest on its own.</summary>
    public int Order => InterruptionOrder.UnfinishedAnswer;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (await AddedRestAsync(dc, cancellationToken))
        {
            return InterruptionResult.Resume;
        }

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

    /// <summary>The rest of the last list answer, added to it and said back; false when the message is no such rest.</summary>
    private async Task<bool> AddedRestAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Value is not null || dc.TextOverride is not null || questionnaire.AskedBy(dc.ActiveDialog) is null
            || RestAfterJoin(dc.Services.Phrases, dc.Text) is not { } rest
            || ReportDialog.LastListAnswer(dc.Stack, questionnaire) is not { } last || last.Question.Answer is not ChoiceAnswer list
            || Commands.Of(dc) is { IsSure: true })
        {
            return false;
        }

        var values = list.Choices.Select(c => c.Value).ToList();
        var picked = Recognition.Answers.AnswerRecognizer.For(dc.Services.Phrases).Recognize(rest, last.Question.Field, values, list.None, many: true);
        var added = picked?.Select(i => values[i]).Where(v => v != list.None && !last.Values.Contains(v)).ToList();
        if (added is not { Count: > 0 })
        {
            return false;
        }

        var all = last.Values.Where(v => v != list.None).Concat(added).ToList();
        ReportDialog.AddToLastListAnswer(dc.Stack, last.Question, all);
        var labels = list.Choices.Where(c => all.Contains(c.Value)).Select(c => dc.Localize(c.Label));
        await dc.SendAsync(AnswersText.Understood, cancellationToken, ("choices", string.Join(", ", labels)));
        return true;
    }

    /// <summary>The words after a joining word that starts the message ("plus the texts" gives "the texts"), or null.</summary>
    public static string? RestAfterJoin(IPhraseCatalog phrases, string? text)
    {
        var folded = RecognitionInput.Fold(text?.Trim() ?? string.Empty);
        if (folded.Length == 0 || folded.Length > 200)
        {
            return null;
        }

        foreach (var start in RestStarts.GetValue(phrases, p => [.. p.All(AnswerPhrases.RestStarts).Select(RecognitionInput.Fold).OrderByDescending(s => s.Length)]))
        {
            var symbol = start.Length > 0 && !char.IsLetter(start[0]);
            if (folded.StartsWith(start, StringComparison.Ordinal) && folded.Length > start.Length
                && (symbol || folded[start.Length] == ' '))
            {
                return folded[start.Length..].Trim();
            }
        }

        return null;
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
