using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Tests.Dialogs.Interruptions;

public sealed class CrisisDetectorTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("죽고 싶어")]
    [InlineData("죽고싶어요")]
    [InlineData("요즘 그냥 죽 고 싶 어 요")]
    [InlineData("지금 위험해요!!")]
    [InlineData("지금위험해")]
    [InlineData("자해를 했어요")]
    [InlineData("살려주세요")]
    [InlineData("그 사람이 지금 집 앞에 와 있어요")]
    [InlineData("I want to die")]
    [InlineData("I'm going to KILL MYSELF")]
    [InlineData("im not safe")]
    [InlineData("I’m not safe")]
    [InlineData("he said he's going to kill me")]
    [InlineData("I am in danger now")]
    public void Crisis_wording_is_found_whatever_the_spacing_and_case(string text)
    {
        Assert.Equal(CrisisLevel.Immediate, Recognizer.For(Phrases).Crisis.Assess(text));
    }

    [Theory]
    [InlineData("안녕하세요")]
    [InlineData("사진이 유포됐어요")]
    [InlineData("It was within dangerous limits")]
    [InlineData("My friend killed it at the talent show")]
    [InlineData("skip")]
    [InlineData("")]
    public void Ordinary_messages_are_not_crises(string text)
    {
        Assert.Equal(CrisisLevel.None, Recognizer.For(Phrases).Crisis.Assess(text));
    }

    // A decision with a time is a plan (tier 1), unless what was decided is to report or to tell someone.
    [Theory]
    [InlineData("오늘 밤에 신고하기로 결심했어요")]
    [InlineData("내일 아침에 경찰서 가서 고소하기로 마음먹었어요")]
    [InlineData("엄마한테 말하기로 결심했어 오늘밤에")]
    [InlineData("I've decided to report him tonight")]
    [InlineData("made up my mind to tell my mom this weekend")]
    public void A_decision_to_report_or_tell_with_a_time_is_not_a_plan(string text)
    {
        Assert.Equal(CrisisLevel.None, Recognizer.For(Phrases).Crisis.Assess(text));
    }

    [Theory]
    [InlineData("결심했어요 오늘 밤에")]
    [InlineData("I've decided, I'm doing it tonight")]
    public void A_decision_with_a_time_and_nothing_else_is_still_a_plan(string text)
    {
        Assert.Equal(CrisisLevel.Immediate, Recognizer.For(Phrases).Crisis.Assess(text));
    }
}
