using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// At one of the report's questions after the story, correcting the answer just given or asking to go back ("a jalmot
/// sseosseoyo", "ijeon jilmuneuro", "wait that's wrong it was tuesday", "can i go back") was taken as the answer of the
/// question asked now, or retried (commands.blind12's first run: 0/12). The earlier question is asked again: the one the
/// message names ("jangso", "the date", or a day said in it: the time), or else the one asked just before; after it is
/// answered the report carries on from where it was. Never at the story's own question, where "he said it was a mistake"
/// is the story; a long message is an answer, not a correction.
/// </summary>
public sealed class GoBackInterruption(ReportQuestionnaire questionnaire) : IInterruption
{
    private const int MaxChars = 80;

    /// <summary>After the unfinished answer (whose half and rest are answers), before a language switch or any command.</summary>
    public int Order => InterruptionOrder.GoBack;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Value is not null || dc.TextOverride is not null
            || questionnaire.AskedBy(dc.ActiveDialog) is not { } asked || asked.Answer is NarrativeAnswer
            || dc.Text.Trim() is not { Length: > 0 and <= MaxChars } text
            || !Words(dc.Services.Phrases, ReportPhrases.GoBack.Name).Occurs(RecognitionInput.OfMessage(text))
            || Target(dc, asked, text) is not { } earlier)
        {
            return InterruptionResult.NotHandled;
        }

        await dc.EndDialogAsync(new ReportGoBack(earlier.Field), cancellationToken);
        return InterruptionResult.Handled;
    }

    /// <summary>The question to ask again: named in the message, the time when a day is said, else the one before.</summary>
    private ReportQuestion? Target(DialogContext dc, ReportQuestion asked, string text)
    {
        var before = questionnaire.All.TakeWhile(q => q != asked).Where(q => q.Answer is not NarrativeAnswer).ToList();
        if (before.Count == 0)
        {
            return null;
        }

        var input = RecognitionInput.OfMessage(text);
        foreach (var question in before)
        {
            var names = new PhraseKey("report.go_back." + question.Field);
            if (dc.Services.Phrases.Keys.Contains(names.Name) && Words(dc.Services.Phrases, names.Name).Occurs(input))
            {
                return question;
            }
        }

        var when = before.FirstOrDefault(q => q.Answer is DateAnswer);
        return when is not null && DateReader.For(dc.Services.Phrases).Find(text, dc.Services.Today) is not null ? when : before[^1];
    }

    /// <summary>A phrase list compiled once per catalog (the recognition layer's own cache).</summary>
    private static Concept Words(IPhraseCatalog phrases, string name) => Recognizer.For(phrases).Concept(name);
}
