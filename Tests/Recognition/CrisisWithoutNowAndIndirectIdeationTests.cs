using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// The crisis classes of the ninth blind batch in other words than the set's: a wish to die said as death being easier
/// or as not wanting to be here puts 109 first; self-harm said as acts the lists did not name gets at least the check-in;
/// someone else's words and ending this chat are no crisis.
/// </summary>
public sealed class CrisisWithoutNowAndIndirectIdeationTests
{
    private static readonly Recognizer Recognizer = Recognizer.For(new PhraseCatalog());

    [Theory]
    [InlineData("그냥 죽으면 편해질 것 같아요")]
    [InlineData("제가 죽으면 다들 괜찮을 거예요")]
    [InlineData("honestly id rather die")]
    [InlineData("i dont want to be here anymore tbh")]
    [InlineData("been thinking about ending it")]
    public void A_wish_to_die_said_indirectly_gets_the_numbers_with_109_first(string text)
    {
        Assert.Equal(CrisisLevel.Immediate, Recognizer.Crisis.Assess(text));
        Assert.Equal(EmergencyLine.SuicidePrevention, Recognizer.Crisis.FirstLine(text));
    }

    [Theory]
    [InlineData("화나면 벽에 머리 박아요")]
    [InlineData("살을 뜯는 게 습관이에요")]
    [InlineData("ㅈㅎ 했어요 어제")]
    [InlineData("ive been starving myself")]
    [InlineData("i punch the wall till my knuckles bleed")]
    public void Self_harm_said_as_acts_gets_at_least_the_check_in(string text) =>
        Assert.NotEqual(CrisisLevel.None, Recognizer.Crisis.Assess(text));

    [Theory]
    [InlineData("그 사람이 제 머리를 벽에 박았어요")]
    [InlineData("he told me to go die")]
    [InlineData("i was thinking about ending it with him")]
    [InlineData("이 대화 그만 끝내고 싶어요")]
    [InlineData("그 사람한테서 카톡이 왔어요")]
    public void Someone_elses_act_or_words_a_breakup_and_ending_this_chat_are_no_crisis(string text) =>
        Assert.Equal(CrisisLevel.None, Recognizer.Crisis.Assess(text));
}
