using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Answers and requests in consonant shorthand and abbreviations (the tenth blind batch): "ㅇㅇ" and "ㄴㄴ" at "is it still
/// online?" are yes and no, "몰겠음" is not sure (they got "take your time" or the retry); "상담사 ㄱㄴ?" (가능?) asks for a
/// person, "del everything i said" asks to delete, "is a real person avail" asks for a person, "k bye" stops, and "back in 10"
/// (minutes) pauses; "ok" or "k" alone is no request.
/// </summary>
public sealed class ShorthandAnswerAndRequestTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("ㅇㅇ", "StillOnline")]
    [InlineData("ㅇㅇ 아직", "StillOnline")]
    [InlineData("ㄴㄴ", "NotOnline")]
    [InlineData("몰겠음", "NotSure")]
    [InlineData("몰루", "NotSure")]
    public void Shorthand_at_the_online_question_picks_its_choice(string text, string expected)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == "online");
        Assert.Equal([expected], AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec));
    }

    [Theory]
    [InlineData("상담사 ㄱㄴ?", "counsellor")]
    [InlineData("상담 선생님이랑 통화 ㄱㄴ?", "counsellor")]
    [InlineData("del my chat pls", "delete")]
    [InlineData("is a counsellor avail", "counsellor")]
    [InlineData("k bye", "exit")]
    [InlineData("ok bye for now", "exit")]
    public void Shorthand_requests_are_requests(string text, string intent)
    {
        var match = Recognizer.For(Phrases).Best(text);

        Assert.NotNull(match);
        Assert.Equal(intent, match.Name);
    }

    [Theory]
    [InlineData("del taco was where we met")]
    [InlineData("ㅇㅇ 알겠어요")]
    [InlineData("ok")]
    [InlineData("k")]
    public void Look_alikes_are_no_request(string text)
    {
        var match = Recognizer.For(Phrases).Best(text);

        Assert.True(match is null || !match.IsSure, text + " -> " + match?.Name);
    }

    [Theory]
    [InlineData("one sec, back in 10")]
    [InlineData("back in 5 mins sorry")]
    public void Back_in_some_minutes_is_a_pause(string text) => Assert.True(Recognizer.For(Phrases).SaysPause(text), text);
}
