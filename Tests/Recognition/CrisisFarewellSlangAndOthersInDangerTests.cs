using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// The crisis classes of the tenth blind batch in other words than the set's: someone else in danger now (a goodbye
/// message and no answer, someone who will not wake, bleeding just now) and a method at hand get the numbers; despair in
/// slang ("ㅈㅅ하고싶", "자살각", "suicidal af rn", "the point of living after this") puts 109 first; farewells, being no
/// burden soon and going where no one finds one get at least the check-in. A game, the harasser's words quoted, a thank-you
/// with feeling better and giving things away for a reason are no crisis.
/// </summary>
public sealed class CrisisFarewellSlangAndOthersInDangerTests
{
    private static readonly Recognizer Recognizer = Recognizer.For(new PhraseCatalog());

    [Theory]
    [InlineData("언니가 죽겠다고 카톡 보내고 전화를 안 받아요")]
    [InlineData("동생이 약 먹고 깨워도 안 일어나요")]
    [InlineData("my bf sent me a goodbye text and hes not picking up")]
    [InlineData("my friend is not breathing")]
    [InlineData("she just cut her arm, there's so much blood")]
    [InlineData("수면제 손에 쥐고 있어요")]
    [InlineData("i have the razor in my hand")]
    public void Someone_in_danger_now_or_a_method_at_hand_gets_the_numbers(string text) =>
        Assert.Equal(CrisisLevel.Immediate, Recognizer.Crisis.Assess(text));

    [Theory]
    [InlineData("아 ㅈㅅ하고싶어")]
    [InlineData("진심 자살각")]
    [InlineData("so suicidal right now")]
    [InlineData("honestly whats the point of living after that")]
    [InlineData("살 이유가 없어요 이제")]
    public void Despair_in_slang_gets_the_numbers_with_109_first(string text)
    {
        Assert.Equal(CrisisLevel.Immediate, Recognizer.Crisis.Assess(text));
        Assert.Equal(EmergencyLine.SuicidePrevention, Recognizer.Crisis.FirstLine(text));
    }

    [Theory]
    [InlineData("이제 짐 안 될게요 걱정 마세요")]
    [InlineData("엄마 이제 저 때문에 걱정하실 일 없을 거예요")]
    [InlineData("아무도 나를 못 찾는 곳으로 가고 싶어")]
    [InlineData("마지막으로 누군가한테 말하고 싶었어요")]
    [InlineData("you wont have to worry about me for long")]
    [InlineData("i wont be a problem much longer, promise")]
    [InlineData("i want to go where nobody can find me")]
    public void A_farewell_or_being_gone_soon_gets_at_least_the_check_in(string text) =>
        Assert.NotEqual(CrisisLevel.None, Recognizer.Crisis.Assess(text));

    [Theory]
    [InlineData("배그에서 팀원이 계속 자살만 해요 ㅋㅋ")]
    [InlineData("걔가 저보고 자살하라고 댓글 달았어요")]
    [InlineData("오늘 고마웠어요 덕분에 나아졌어요")]
    [InlineData("my character got unalived in the game again")]
    [InlineData("they called me suicide bait at school")]
    [InlineData("i gave away my old books when i moved")]
    [InlineData("i saved everything just in case")]
    [InlineData("i deleted all my accounts because he kept finding me")]
    [InlineData("he's not answering my texts anymore, thank god")]
    [InlineData("연락이 안 돼서 다행이에요")]
    [InlineData("i just want it taken down")]
    [InlineData("i wish i could sleep and not wake up")]
    [InlineData("영원히 안 깨어났으면 좋겠어요")]
    public void A_game_quoted_words_thanks_and_ordinary_reasons_are_no_crisis(string text)
    {
        // A wish not to wake is one's own (the check-in or 109), never someone else who will not wake (the ambulance).
        if (text.Contains("wake", StringComparison.Ordinal) || text.Contains("\uAE68\uC5B4", StringComparison.Ordinal))
        {
            Assert.NotEqual(EmergencyLine.Ambulance, Recognizer.Crisis.FirstLine(text));
            return;
        }

        Assert.Equal(CrisisLevel.None, Recognizer.Crisis.Assess(text));
    }
}
