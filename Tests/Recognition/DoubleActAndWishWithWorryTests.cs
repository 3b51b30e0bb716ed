using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Two answer classes of report.blind9's first run, in other words than the set's. An act that is two kinds at once: what was
/// filmed is what a posting verb shares ("찍어서 올렸어요" was filming only; "he recorded us and uploaded it" sharing only).
/// And a wish said as a sentence with a worry: the clause that says what the survivor fears or does not want ("회사에
/// 알려지는 건 싫어요", "but i cant lose this job") names no choice, and wanting the person to stop is a wish (information).
/// </summary>
public sealed class DoubleActAndWishWithWorryTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("몰래 찍어서 인스타에 올렸대요", "IllegalFilming,NonConsensualSharing")]
    [InlineData("찍은 걸 친구들한테 보여줬어요", "IllegalFilming,NonConsensualSharing")]
    [InlineData("촬영해서 단톡에 돌렸어요", "IllegalFilming,NonConsensualSharing")]
    [InlineData("he videoed me and shared it with the team", "IllegalFilming,NonConsensualSharing")]
    [InlineData("filmed us then sent it around", "IllegalFilming,NonConsensualSharing")]
    [InlineData("몰래 찍었어요", "IllegalFilming")]
    [InlineData("he taped me in the changing room", "IllegalFilming")]
    public void Filming_then_posting_is_both_kinds(string text, string expected) => Assert.Equal(Sorted(expected), Predict("types", text));

    [Theory]
    [InlineData("고소하고 싶은데 부모님이 아는 건 싫어요", "LegalHelp")]
    [InlineData("사진 지워졌으면 좋겠는데 경찰은 무서워요", "TakedownHelp")]
    [InlineData("그 사람이 그만했으면 좋겠어요 근데 학교에 알려지는 건 싫어요", "Information")]
    [InlineData("i want him to leave me alone but im scared hell find out", "Information")]
    [InlineData("i want them to stop but i dont want my parents to know", "Information")]
    [InlineData("i want him charged but im terrified of court", "LegalHelp")]
    [InlineData("영상이 다 사라졌으면 해요", "TakedownHelp")]
    [InlineData("무서워서 상담 받고 싶어요", "TalkToCounsellor")]
    [InlineData("i just want the pictures to never get out and for him to stop", "Information,TakedownHelp")]
    [InlineData("사진이 절대 안 퍼졌으면 좋겠어요", "TakedownHelp")]
    [InlineData("교수님 못 그러게 하고 싶은데 졸업 못할까봐 무서워요", "Information")]
    [InlineData("그 사람이 다시는 못 그러게 하고 싶어요", "Information")]
    [InlineData("i need the video to not be posted anywhere", "TakedownHelp")]
    public void A_wish_with_a_worry_is_the_wish(string text, string expected) => Assert.Equal(Sorted(expected), Predict("wishes", text));

    private static string[] Predict(string question, string text)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == question);
        return [.. AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec).Order(StringComparer.Ordinal)];
    }

    private static string[] Sorted(string values) => [.. values.Split(',').Order(StringComparer.Ordinal)];
}
