using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Asking what the bot does or how it helps, in one's own words ("어떻게 도와주시는 거예요?", "뭐 해주는 봇이에요?", "what can you
/// actually do", "what do u even do"), is the help command: a what or how asked of the bot (concept.help_ask) with doing,
/// helping or being for something (concept.help_service). The first run of the eleventh batch got 5 of 12 (the rest got
/// nothing, or "shall I connect you to a counsellor?"). Questions that share the words but ask something else ("what do you
/// mean", "what do you want"), a story about someone pretending to help, and not knowing how to ask for help stay alone.
/// </summary>
public sealed class BotPurposeQuestionTests
{
    private static readonly Recognizer Recognizer = Recognizer.For(new PhraseCatalog());

    [Theory]
    [InlineData("어떻게 도와주시는 거예요?")]
    [InlineData("그래서 뭘 도와주실 수 있는데요")]
    [InlineData("뭐 해주는 봇이에요?")]
    [InlineData("여기 뭐에 쓰는 봇인가요")]
    [InlineData("이거 무슨 도움이 되는 거예요?")]
    [InlineData("근데 어떤 거 해주시는 거예요")]
    [InlineData("what can you actually do")]
    [InlineData("what do u even do")]
    [InlineData("so how can you help me")]
    [InlineData("what are you for")]
    [InlineData("what kind of help do you offer")]
    [InlineData("what exactly do you do")]
    public void Asking_what_the_bot_does_is_a_request_for_help(string text)
    {
        var match = Recognizer.Best(text);

        Assert.NotNull(match);
        Assert.Equal("help", match.Name);
        Assert.True(match.IsSure, text + " " + match.Score);
    }

    [Theory]
    [InlineData("what do you mean")]
    [InlineData("what do you want")]
    [InlineData("he asked what do you want from me")]
    [InlineData("뭐 해주는 척 하면서 만졌어요")]
    [InlineData("어떻게 도와달라고 해야 할지 몰랐어요")]
    [InlineData("친구가 도와준다고 했는데 안 도와줬어요")]
    [InlineData("사진 어떻게 지워요?")]
    [InlineData("what are you going to do with this")]
    public void Other_questions_and_stories_with_the_words_are_no_request_for_help(string text)
    {
        var match = Recognizer.Best(text);

        Assert.True(match is null || match.Name != "help" || !match.IsSure, text + " -> " + match?.Name + " " + match?.Score);
    }
}
