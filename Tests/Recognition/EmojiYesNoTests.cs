using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// A yes or a no said with an emoji ("👍", "👌", "⭕", "✅", "👎", "❌", "🙅‍♀️"), as people answer on phones, got "take your time"
/// (emoji were read as a feeling only): the eleventh batch's first run had 0 of 4 at "is it still online?". A message made
/// only of yes emoji is yes, only of no emoji is no, with skin tones and repeats; a crying face, a heart, or an emoji with
/// words stays what it was.
/// </summary>
public sealed class EmojiYesNoTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("👍", true)]
    [InlineData("👍🏻", true)]
    [InlineData("👍👍", true)]
    [InlineData(" 👌 ", true)]
    [InlineData("⭕", true)]
    [InlineData("✅", true)]
    [InlineData("🙆‍♀️", true)]
    [InlineData("👎", false)]
    [InlineData("❌", false)]
    [InlineData("🙅🏻‍♂️", false)]
    public void An_emoji_yes_or_no_is_read_as_one(string text, bool yes)
    {
        Assert.Equal(yes, EmojiAnswer.Read(text));
        Assert.Equal(yes, YesNoReading.Read(Phrases, text));
    }

    [Theory]
    [InlineData("😢")]
    [InlineData("ㅠㅠ")]
    [InlineData("❤️")]
    [InlineData("👍👎")]
    [InlineData("👍 근데 잘 모르겠어요")]
    [InlineData("🙏")]
    public void Other_emoji_and_emoji_with_words_are_no_yes_or_no(string text) => Assert.Null(EmojiAnswer.Read(text));

    [Theory]
    [InlineData("👍", "StillOnline")]
    [InlineData("⭕", "StillOnline")]
    [InlineData("✅", "StillOnline")]
    [InlineData("👎", "NotOnline")]
    [InlineData("❌", "NotOnline")]
    public void An_emoji_yes_or_no_at_the_online_question_picks_its_choice(string text, string expected)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == "online");
        Assert.Equal([expected], AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec));
    }
}
