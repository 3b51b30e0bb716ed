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
}
