using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// The crisis classes of the twelfth blind batch in other words than the set's: danger from another person said indirectly
/// (in the neighbourhood or the building now, seen near home just now, following now, knowing the address now, posting from
/// outside one's home just now, waiting in the lobby) gets the numbers with the police first; indirect distress (going where
/// nobody is, settling things now, everyone better off, loose ends, not holding on) at least the check-in. The same words in
/// the story's past, a room or contacts sorted, "better off without him" raise nothing.
/// </summary>
public sealed class CrisisIndirectDangerAndDistressTests
{
    private static readonly Recognizer Recognizer = Recognizer.For(new PhraseCatalog());

    [Theory]
    [InlineData("그 사람 지금 저희 아파트에 있대요")]
    [InlineData("전남친이 지금 집 근처래요")]
    [InlineData("조금 전에 회사 앞에서 걔 봤어요")]
    [InlineData("지금 누가 쫓아오는 것 같아요")]
    [InlineData("걔가 제 주소 알아냈대요 지금")]
    [InlineData("my ex is near my house right now")]
    [InlineData("i just saw him outside my building")]
    [InlineData("someone's following me right now")]
    [InlineData("he found out where i live and he's coming")]
    [InlineData("he's waiting at the gate of my dorm")]
    public void Danger_said_indirectly_gets_the_numbers_police_first(string text)
    {
        Assert.Equal(CrisisLevel.Immediate, Recognizer.Crisis.Assess(text));
        Assert.Equal(EmergencyLine.Police, Recognizer.Crisis.FirstLine(text));
    }

    [Theory]
    [InlineData("아무도 모르는 곳으로 가고 싶어요")]
    [InlineData("슬슬 정리하려고요 다")]
    [InlineData("they'd all be better off honestly")]
    [InlineData("just tying up some loose ends tonight")]
    [InlineData("i can't hang on much longer")]
    public void Indirect_distress_gets_at_least_the_check_in(string text) =>
        Assert.NotEqual(CrisisLevel.None, Recognizer.Crisis.Assess(text));

    [Theory]
    [InlineData("그날 집 근처에서 그 사람 봤어요")]
    [InlineData("작년에 우리 동네로 이사 왔었어요 그 사람")]
    [InlineData("카톡 정리하다가 찾았어요")]
    [InlineData("생각 정리하고 다시 올게요")]
    [InlineData("he was following me every night for weeks back then")]
    [InlineData("i'm better off without him")]
    [InlineData("i need to tie up loose ends at work first")]
    public void The_same_words_in_the_past_or_in_ordinary_life_raise_nothing(string text) =>
        Assert.Equal(CrisisLevel.None, Recognizer.Crisis.Assess(text));
}
