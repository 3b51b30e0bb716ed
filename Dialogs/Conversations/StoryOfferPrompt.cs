using Microsoft.Bot.Schema;
using ReportBot.Dialogs.Conversations.Questions;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Dialogs.Conversations;

/// <summary>
/// Offers an answer read from the story ("You mentioned this earlier. Is this right? Who: a partner or ex"). Yes and no
/// are read as a yes/no question reads them; an answer to the question itself (a label, or words such as "my boss")
/// is taken as that answer, so no one has to say "no" first; at a free-text question (the place) any other words are the answer, and a guess said with a doubt that names a place ("online i guess, instagram dms") too. The question is the one whose field is
/// <see cref="PromptOptions.AnswerSet"/>.
/// </summary>
public sealed class StoryOfferPrompt(string id, ReportQuestionnaire questions) : Prompt<object>(id, null)
{
    private static readonly Choice[] YesNo =
    [
        new("yes", CommonText.Yes.Name),
        new("no", CommonText.No.Name),
    ];

    protected override TextKey DefaultRetry => CommonText.RetryConfirm;

    protected override PromptRecognition<object> Recognize(DialogContext dc, PromptOptions options)
    {
        // A skip passes the question, but a doubt among the skip words ("not sure", "i dont know") is about the offered
        // answer: it is not taken and the question is asked on its own, where "I don't know" passes it as everywhere.
        var unsure = Recognition.YesNoReading.IsUnsure(dc.Services.Phrases, dc.Text);
        if (!unsure && TextMatcher.Matches(dc.Text, dc.Services.Phrases.All(CommonPhrases.Skip)))
        {
            return PromptRecognition<object>.Found(SkippedAnswer.Instance);
        }

        var yesNo = ChoiceRecognizer.RecognizeOne(dc.MessageActivity(), YesNo, dc.Services.Texts, dc.Services.Phrases);
        if (yesNo is not null)
        {
            return PromptRecognition<object>.Found(yesNo.Index == 0);
        }

        if (Recognition.YesNoReading.Read(dc.Services.Phrases, dc.Text) is { } said)
        {
            return PromptRecognition<object>.Found(said);
        }

        var question = questions.Find(options.AnswerSet);
        if (unsure)
        {
            // A guess said with its doubt ("online i guess, instagram dms") answers a free-text place question as written,
            // doubt and all; a doubt alone, or a question back, leaves the offer and asks the question on its own.
            var guess = dc.Text.Trim();
            return question?.Answer is TextAnswer { IsPlace: true } place && guess.Length <= place.MaxLength && !guess.EndsWith('?')
                && Recognition.PlaceFinder.For(dc.Services.Phrases).Names(guess)
                ? PromptRecognition<object>.Found(guess)
                : PromptRecognition<object>.Found(false);
        }

        if (question?.Answer is ChoiceAnswer choice
            && ChoiceRecognizer.RecognizeOne(dc.MessageActivity(), [.. choice.Choices.Select(c => new Choice(c.Value, c.Label.Name))], dc.Services.Texts, dc.Services.Phrases) is { } picked)
        {
            return PromptRecognition<object>.Found(choice.Many ? new List<FoundChoice> { picked } : picked);
        }

        if (question is not null && AnswerFromWords.Read(question, dc.Text, dc.Services.Phrases, dc.Services.Today) is { } named)
        {
            return PromptRecognition<object>.Found(named);
        }

        // A free-text question (the place) takes whatever else is written as its answer, as the question itself would.
        var text = dc.Text.Trim();
        return question?.Answer is TextAnswer free && text.Length is > 0 && text.Length <= free.MaxLength
            ? PromptRecognition<object>.Found(text)
            : PromptRecognition<object>.Failed;
    }

    /// <summary>Unsure twice: the offer is not taken and the question is asked.</summary>
    protected override PromptFallback? Fallback(DialogContext dc, PromptOptions options) => new(false, RecognitionText.ConfirmDefaultNo);

    protected override IList<CardAction>? SuggestedActions(DialogContext dc, PromptOptions options) =>
        ChoiceButtons.For(dc, YesNo);
}
