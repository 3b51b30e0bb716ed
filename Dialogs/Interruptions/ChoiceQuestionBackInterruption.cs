using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Interruptions;

/// <summary>
/// At one of the report's choice questions, a question about the question ("what happens if I say no?", "what do you
/// mean?", "what is that?" in either language) is not an answer: its words ("no") must not be taken for a choice ("Nothing yet"). It gets a
/// short explanation (the answer is a note the survivor sees again and can change at the summary; "skip" passes), then
/// the question again. Once per question: a second question back is read as the question reads any answer.
/// A request (help, a counsellor, the legal options) is left to its own command.
/// At the kind question, asking what the kinds mean or how they differ ("what do these mean", "chaiga mwoyeyo", with or
/// without a question mark) gets a line on each kind instead, once, before the question again.
/// </summary>
public sealed class ChoiceQuestionBackInterruption(ReportQuestionnaire questionnaire) : IInterruption
{
    private const string ExplainedKey = "questionBackExplained";
    private const string KindsExplainedKey = "kindsExplained";

    /// <summary>
    /// Longer than this (Korean syllables, and two for each English word), a message with "confused" or "what counts as"
    /// in it is telling something, not asking what the kinds are.
    /// </summary>
    private const int MaxMeaningQuestionUnits = 24;

    /// <summary>After crisis and the welcome back, before the one-time command check.</summary>
    public int Order => InterruptionOrder.ChoiceQuestionBack;

    public async Task<InterruptionResult> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (questionnaire.ChoiceQuestionAt(dc) is not { } active)
        {
            return InterruptionResult.NotHandled;
        }

        if (questionnaire.AskedBy(active)?.Field == ReportQuestions.TypesField && !active.State.Value<bool>(KindsExplainedKey)
            && AsksWhatTheKindsMean(dc, PromptOptions.AskedBy(active)) && !IsARequest(dc))
        {
            active.State[KindsExplainedKey] = true;
            active.State[ExplainedKey] = true;
            await dc.SendTextAsync(KindsExplained(dc), cancellationToken);
            return InterruptionResult.Resume;
        }

        if (active.State.Value<bool>(ExplainedKey) || !YesNoReading.IsQuestionBack(dc.Services.Phrases, dc.Text) || IsARequest(dc))
        {
            return InterruptionResult.NotHandled;
        }

        active.State[ExplainedKey] = true;
        await dc.SendAsync(ChoiceQuestionText.Explain, cancellationToken);
        return InterruptionResult.Resume;
    }

    // A request (help, a counsellor, the legal options) is left to its own command.
    private static bool IsARequest(DialogContext dc) => Commands.Of(dc) is { IsSure: true } || LegalRequest.Asks(dc);

    // Asked in few words, and neither an answer the question reads nor what happened ("im confused, he filmed me").
    private static bool AsksWhatTheKindsMean(DialogContext dc, PromptOptions options) =>
        QuestionBack.For(dc.Services.Phrases).AsksWhatTheChoicesMean(dc.Text, MaxMeaningQuestionUnits)
        && !StoryReader.For(dc.Services.Phrases).SaysWhatHappened(dc.Text, ReportChoices.TypeValues)
        && !MultiChoicePrompt.Reads(dc, options);

    // A line on each kind, in the order the question lists them, then the question's own way out (the closest, or in
    // one's own words).
    private static string KindsExplained(DialogContext dc)
    {
        var lines = ReportChoices.Types.Select(t => dc.Localize(ReportChoices.TypeMeanings[t.Value]));
        return string.Join("\n", [dc.Localize(ReportText.TypeMeaningIntro), .. lines, dc.Localize(ReportText.TypeMeaningOutro)]);
    }
}
