using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// Reads the answer to a report question from words said somewhere else: the story told before the question (so the
/// answer is offered, not asked as if unheard) or a message at the summary that names a value ("it was in March, not
/// April", "not my boss, a colleague"). Choices are read by the question's own answer set, which drops negated clauses;
/// a date is read from the clauses that are not negated. The result is what the question's prompt would have returned.
/// </summary>
public static class AnswerFromWords
{
    /// <summary>The prompt result the words give for <paramref name="question"/>, or null when they give none.</summary>
    /// <param name="plainNone">
    /// Whether a "none" choice alone counts ("there were none" names no part at the summary), and, outside a story, a
    /// choice's words that answer only when nothing else does (".weak": a bare "yes" to "is it still online?").
    /// </param>
    /// <param name="story">
    /// Words of the story: a date or a choice is read in a negated clause too, since "i didnt know him" or "he wouldnt let
    /// go" says nothing about when or who, and a place is read (elsewhere a place named in passing is no answer).
    /// </param>
    public static object? Read(ReportQuestion question, string? text, IPhraseCatalog phrases, DateOnly today, bool plainNone = true, bool story = false)
    {
        // An answer the question itself would refuse (a day still to come: "he'll post it tomorrow") is no answer.
        var result = ReadAny(question, text, phrases, today, plainNone, story);
        return result is not null && question.Answer.Read(result) is { } answer && !question.Answer.Check(answer, () => today).Any() ? result : null;
    }

    private static object? ReadAny(ReportQuestion question, string? text, IPhraseCatalog phrases, DateOnly today, bool plainNone, bool story)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > AnswerRecognizer.MaxChars * 4)
        {
            return null;
        }

        switch (question.Answer)
        {
            case ChoiceAnswer choice:
                var values = choice.Choices.Select(c => c.Value).ToList();
                // A bare word that answers only when asked (a ".weak" list: "yes" to "is it still online?") changes nothing at
                // the summary, where it answers the summary's own question.
                var picked = AnswerRecognizer.For(phrases).Recognize(text, question.Field, values, choice.None, choice.Many, negation: !story, weakCounts: plainNone || story);
                if (picked is not { Count: > 0 } || (!plainNone && picked.All(i => values[i] == choice.None)))
                {
                    return null;
                }

                var found = picked.Select(i => new FoundChoice(values[i], i)).ToList();
                return choice.Many ? found : found[0];
            case DateAnswer:
                var negators = Concept.From(phrases, AnswerPhrases.Negators.Name);
                // Clause by clause, so the words kept with the date are those of its own clause, not the whole story.
                var kept = AnswerClauses.For(phrases).Split(text).Where(c => story || !negators.Occurs(RecognitionInput.From(c))).ToList();
                // The time words alone, not the clause around them; else a calendar date the clause is made of ("2026-03-05").
                return Offered(kept.Select(clause => IncidentPeriodPrompt.Find(clause, today, phrases)).OfType<IncidentPeriod>().ToList(), text, story, phrases, today)
                    ?? kept.Append(string.Join(' ', kept))
                        .Select(clause => IncidentPeriodPrompt.Read(clause, today, phrases))
                        .FirstOrDefault(period => period is { From: not null, AsWritten: false, Words: null });
            case TextAnswer { IsPlace: true } when story:
                // Only from the story: at the summary, any place mentioned in passing would otherwise replace the answer.
                return PlaceFinder.For(phrases).Find(text);
            default:
                return null;
        }
    }

    /// <summary>
    /// The time a story's clauses name: the first, unless the story tells the harm as repeated ("last week, thats 3 times
    /// since september") and a later clause's span holds it: then the span.
    /// </summary>
    private static IncidentPeriod? Offered(List<IncidentPeriod> periods, string text, bool story, IPhraseCatalog phrases, DateOnly today)
    {
        if (periods.Count == 0)
        {
            return null;
        }

        var first = periods[0];
        return story && periods.Count > 1 && Recognition.Dates.DateReader.For(phrases).TellsRepeated(text)
            ? periods.Skip(1).FirstOrDefault(p => Recognition.Dates.DateReader.Holds(p.From, p.To, first.From, first.To, today)) ?? first
            : first;
    }
}
