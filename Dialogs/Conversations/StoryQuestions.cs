using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// What a survivor asks while telling what happened, at the report's start or in the middle of the story: whether it can
/// be reported, a worry about the police or being known (<see cref="QuestionBack"/>), or another legal question (being sued
/// back, punishment, time limits). Each gets a short answer; the words stay part of the story.
/// </summary>
public static class StoryQuestions
{
    /// <summary>The answer to the question the words ask, or null when they ask none this answers.</summary>
    public static TextKey? Answer(IPhraseCatalog phrases, string words)
    {
        var story = StoryReader.For(phrases);
        if (story.AsksIfReportable(words))
        {
            return StoryText.Reportable;
        }

        // "Does it have to be exact?" is about a question's answer, not about the story.
        if (QuestionBack.For(phrases).Worry(words) is { } worry && worry != QuestionBackPhrases.ExactWorry)
        {
            return ReportText.QuestionBackAnswer(worry);
        }

        return story.AsksLegalQuestion(words) ? StoryText.LegalLater : null;
    }

    /// <summary>
    /// A word back to a doubt, said in the middle of the story, whether to report at all (<see cref="StoryText.Doubt"/>);
    /// null for none. (That it is hard to tell is met at the start; in the middle of a story its words are as often what
    /// happened: "I can't tell my mum yet", "I haven't told anyone".)
    /// </summary>
    public static TextKey? Reassurance(IPhraseCatalog phrases, string words) =>
        StoryReader.For(phrases).Doubts(words) ? StoryText.Doubt : null;
}
