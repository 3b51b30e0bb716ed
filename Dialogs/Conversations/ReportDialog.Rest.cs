using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// The rest of a list answer sent after it ("screenshots" then "plus the texts"): the first half was a whole answer, so the
/// report moved on, and the rest lands on the next question. The report remembers which list question was answered last,
/// so the rest can be added to it there (<see cref="Interruptions.UnfinishedAnswerInterruption"/>).
/// </summary>
public sealed partial class ReportDialog
{
    private const string LastListKey = "lastList";

    /// <summary>The list question (several choices) answered just before the question asked now, and its values; else null.</summary>
    public static (ReportQuestion Question, IReadOnlyList<string> Values)? LastListAnswer(IEnumerable<DialogInstance> stack, ReportQuestionnaire questions)
    {
        if (stack.FirstOrDefault(d => d.Id == DialogId) is not { } report || ReadPhase(report.State) != Phase.Question
            || questions.Find(report.State.Value<string>(LastListKey)) is not { Answer: ChoiceAnswer { Many: true } } question
            || question.Field == report.State.Value<string>(FieldKey)
            || question.AnswerIn(ReportJson.FromJson(report.State[DraftKey])) is not System.Collections.IEnumerable values)
        {
            return null;
        }

        return (question, [.. values.Cast<object>().Select(v => v.ToString()!)]);
    }

    /// <summary>Sets the last list answer (<see cref="LastListAnswer"/>) to <paramref name="values"/>, its old values and the rest; the rest is taken once.</summary>
    public static void AddToLastListAnswer(IEnumerable<DialogInstance> stack, ReportQuestion question, IReadOnlyList<string> values)
    {
        var report = stack.First(d => d.Id == DialogId);
        var draft = question.Apply(ReportJson.FromJson(report.State[DraftKey]), values.Select((v, i) => new FoundChoice(v, i)).ToList());
        report.State[DraftKey] = ReportJson.ToJson(draft);
        report.State.Remove(LastListKey);
    }

    /// <summary>Remembers a list question answered with choices (not skipped, not kept as written), so its rest can follow.</summary>
    private static void RememberLastList(JObject state, ReportQuestion question, object? result)
    {
        if (question.Answer is ChoiceAnswer { Many: true } && result is IReadOnlyList<FoundChoice> { Count: > 0 } && !state.Value<bool>(CorrectingKey))
        {
            state[LastListKey] = question.Field;
        }
        else
        {
            state.Remove(LastListKey);
        }
    }
}
