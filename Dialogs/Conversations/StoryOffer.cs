using Newtonsoft.Json.Linq;
using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// An answer the survivor already gave while telling what happened ("a coworker did it", "last March"), offered at its question
/// (<see cref="ReportQuestion.OfferFromStory"/>) so the report does not ask as if it had not heard. The offer is a
/// prompt result, kept in the dialog state as JSON until the survivor says yes or no.
/// </summary>
public static class StoryOffer
{
    /// <summary>The answer the story gives to <paramref name="question"/>, or null (nothing clear, or already answered).</summary>
    public static object? Find(ReportQuestion question, IncidentReport draft, IPhraseCatalog phrases, DateOnly today)
    {
        if (!question.OfferFromStory || question.AnswerIn(draft) is not null || draft.Narrative is not { Count: > 0 } story)
        {
            return null;
        }

        // Each message of the story on its own: the first that answers clearly is offered.
        foreach (var part in story)
        {
            if (AnswerFromWords.Read(question, part, phrases, today, plainNone: false, story: true) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    public static JToken ToJson(object offer) => JToken.FromObject(offer, ReportJson.Serializer);

    /// <summary>The offer kept in state, as the question's prompt would have returned it; null if unreadable.</summary>
    public static object? FromJson(ReportQuestion question, JToken? json)
    {
        if (json is null || json.Type == JTokenType.Null)
        {
            return null;
        }

        return question.Answer switch
        {
            ChoiceAnswer { Many: true } => json.ToObject<List<FoundChoice>>(ReportJson.Serializer),
            ChoiceAnswer => json.ToObject<FoundChoice>(ReportJson.Serializer),
            DateAnswer => json.ToObject<IncidentPeriod>(ReportJson.Serializer),
            TextAnswer => json.Value<string>(),
            _ => null,
        };
    }
}
