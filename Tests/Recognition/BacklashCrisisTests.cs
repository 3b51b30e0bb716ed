using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Crisis in the backlash after speaking out (evaluation.blind13's first run, in other words than the set's). Someone there now
/// after the survivor's address or details leaked ("they posted my address and someone is outside") is danger now, as is
/// someone who just showed up at her door or just sent a photo of it; pills "poured in" all at once are an overdose; "it would
/// have been better to die" is a wish to die; "if I were gone it would stop" is the burden. Others' words of death quoted in the
/// story ("someone commented that i should kill myself"), a threat told in the Korean past perfect ("보냈었어요"), and
/// disappearing from social media raise nothing.
/// </summary>
public sealed class BacklashCrisisTests
{
    private static readonly Recognizer Recognizer = Recognizer.For(new PhraseCatalog());

    [Theory]
    [InlineData("신상 털린 뒤로 누가 밖에 계속 서 있어요")]
    [InlineData("주소가 퍼져서 모르는 사람이 집 앞에 와 있어요")]
    [InlineData("my address got leaked and somebody is outside")]
    [InlineData("i got doxxed and theres someone at my door")]
    [InlineData("a stranger just showed up at my door")]
    [InlineData("he just texted me a picture of my front door")]
    public void Someone_there_after_a_leak_or_just_now_is_danger_now(string text) =>
        Assert.Equal(CrisisLevel.Immediate, Recognizer.Crisis.Assess(text));

    [Fact]
    public void Pills_poured_in_all_at_once_get_the_ambulance_first()
    {
        const string text = "있는 약 다 털어 넣었어";
        Assert.Equal(CrisisLevel.Immediate, Recognizer.Crisis.Assess(text));
        Assert.Equal(EmergencyLine.Ambulance, Recognizer.Crisis.FirstLine(text));
    }

    [Theory]
    [InlineData("차라리 그때 죽는 게 더 나았어요")]
    [InlineData("말하지 말고 죽는게 나았겠다")]
    public void Better_dead_is_a_wish_to_die_with_109_first(string text)
    {
        Assert.Equal(CrisisLevel.Immediate, Recognizer.Crisis.Assess(text));
        Assert.Equal(EmergencyLine.SuicidePrevention, Recognizer.Crisis.FirstLine(text));
    }

    [Theory]
    [InlineData("저 하나 사라지면 다들 편하겠죠")]
    [InlineData("it would all stop if i were not here")]
    public void The_burden_said_as_if_i_were_gone_gets_the_check_in(string text) =>
        Assert.NotEqual(CrisisLevel.None, Recognizer.Crisis.Assess(text));

    [Theory]
    [InlineData("people kept telling me to kill myself in the replies")]
    [InlineData("some account said i should die")]
    [InlineData("댓글에 자살하라는 말도 있었어요")]
    [InlineData("걔 친구들이 가만 안 둔다고 디엠 했었어요")]
    [InlineData("i need to disappear from the internet for a bit")]
    [InlineData("인터넷에서 없어지고 싶어요 당분간")]
    [InlineData("the post is dead now")]
    [InlineData("someone is outside the cafe taking photos of the menu")]
    public void Others_words_past_threats_and_leaving_social_media_raise_nothing(string text) =>
        Assert.Equal(CrisisLevel.None, Recognizer.Crisis.Assess(text));
}
