using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Requests of the eleventh blind batch in other words than the set's: a hold said alone, the whole message ("잠깐만요", "gimme a
/// sec", "hold on, one min"), is a pause; asking for a person to be called or put through ("사람 불러주세요") asks for a person;
/// "그래서" (so) before a request no longer reads as someone else's words. Someone else telling the survivor to do something
/// ("걔가 그 사람이랑 얘기하래요") is their words, and a hold inside a story is the story.
/// </summary>
public sealed class HoldAndOthersWordsTests
{
    private static readonly Recognizer Recognizer = Recognizer.For(new PhraseCatalog());

    [Theory]
    [InlineData("잠깐만요")]
    [InlineData("잠시만요")]
    [InlineData("gimme a sec")]
    [InlineData("hold on, one min")]
    [InlineData("one sec pls")]
    public void A_hold_said_alone_is_a_pause(string text) => Assert.True(Recognizer.SaysPause(text), text);

    [Theory]
    [InlineData("잠깐 만난 사이였어요")]
    [InlineData("he kept saying hold on a sec")]
    [InlineData("매니저가 잠깐만 있어보라고 했어요")]
    [InlineData("wait what?")]
    public void A_hold_inside_other_words_is_no_pause(string text) => Assert.False(Recognizer.SaysPause(text), text);

    [Theory]
    [InlineData("사람 불러주세요", "counsellor")]
    [InlineData("상담사 바꿔주세요", "counsellor")]
    [InlineData("그래서 상담사랑 얘기하고 싶어요", "counsellor")]
    [InlineData("그래서 뭘 도와주실 수 있는데요", "help")]
    public void Requests_are_requests(string text, string intent)
    {
        var match = Recognizer.Best(text);

        Assert.NotNull(match);
        Assert.Equal(intent, match.Name);
    }

    [Theory]
    [InlineData("걔가 그 사람이랑 얘기하래요")]
    [InlineData("엄마가 상담 받아보래요")]
    [InlineData("선생님이 그냥 잊으래요")]
    public void Someone_else_telling_me_to_is_no_request(string text) =>
        Assert.True(Recognizer.Best(text) is not { IsSure: true }, text);
}
