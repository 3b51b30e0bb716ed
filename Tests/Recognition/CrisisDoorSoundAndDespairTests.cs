using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// The crisis classes of the eleventh blind batch in other words than the set's: danger now said as a sound at the door or
/// the window (knocking, the bell, the handle, the door lock) with hearing it now, again or being afraid, and a threat of
/// violence with the person coming, get the numbers with the police first; a wish to die on a condition ("if it spreads I'll
/// die") gets them with 109 first; being tired of being alive, everyone easier without me and being done with everything get
/// at least the check-in. Knocking in a drama, a game or a film, a delivery, a family member knocking, knocking in the story's
/// past and tiredness from work are no crisis.
/// </summary>
public sealed class CrisisDoorSoundAndDespairTests
{
    private static readonly Recognizer Recognizer = Recognizer.For(new PhraseCatalog());

    [Theory]
    [InlineData("누가 계속 문 두드리는 소리가 들려요")]
    [InlineData("초인종 자꾸 눌러요 무서워요")]
    [InlineData("문고리 돌리는 소리 나요 어떡해")]
    [InlineData("somebody keeps knocking on my door and i'm scared")]
    [InlineData("i can hear someone trying my door")]
    [InlineData("he keeps ringing my doorbell rn")]
    [InlineData("he said he's on his way to teach me a lesson")]
    [InlineData("가만 안 둔다고 지금 오고 있대요")]
    public void A_sound_at_the_door_now_or_a_threat_on_the_way_gets_the_numbers_police_first(string text)
    {
        Assert.Equal(CrisisLevel.Immediate, Recognizer.Crisis.Assess(text));
        Assert.Equal(EmergencyLine.Police, Recognizer.Crisis.FirstLine(text));
    }

    [Theory]
    [InlineData("영상 퍼지면 진짜 죽어버릴거예요")]
    [InlineData("if he posts it i'm gonna kill myself")]
    public void A_wish_to_die_on_a_condition_gets_the_numbers_with_109_first(string text)
    {
        Assert.Equal(CrisisLevel.Immediate, Recognizer.Crisis.Assess(text));
        Assert.Equal(EmergencyLine.SuicidePrevention, Recognizer.Crisis.FirstLine(text));
    }

    [Theory]
    [InlineData("사는 게 너무 지쳐요 요즘")]
    [InlineData("제가 없으면 다 편해질 거예요")]
    [InlineData("honestly just tired of existing")]
    [InlineData("im done with life")]
    [InlineData("i dont think i can keep going")]
    public void Despair_without_a_word_for_death_gets_at_least_the_check_in(string text) =>
        Assert.NotEqual(CrisisLevel.None, Recognizer.Crisis.Assess(text));

    [Theory]
    [InlineData("영화에서 문 두드리는 소리 나서 놀랐어요")]
    [InlineData("게임에서 누가 초인종 계속 누름ㅋㅋ")]
    [InlineData("택배 기사가 초인종 눌렀어요")]
    [InlineData("아빠가 문 두드려서 일어났어요")]
    [InlineData("그때 밤마다 문 두드리는 소리가 났었어요")]
    [InlineData("the knocking on the door in that movie was so loud")]
    [InlineData("the delivery guy is knocking on my door")]
    [InlineData("i'm so done with work today lol")]
    [InlineData("my mom is coming to get me")]
    public void Knocking_elsewhere_or_in_the_past_and_tiredness_from_work_are_no_crisis(string text) =>
        Assert.Equal(CrisisLevel.None, Recognizer.Crisis.Assess(text));
}
