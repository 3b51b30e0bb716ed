using ReportBot.Dialogs.Recognition;
using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// An image-based threat said as the other person's claim to hold images ("he's saying he has pics of me", "영상 갖고 있대요",
/// "사진 있다고 해요"), with no word for a threat, was not read: at "what happened" it got the retry, and at the menu it was no
/// story. It is the kind "intimate images shared, or threats to share them" (NonConsensualSharing, whose legal options carry
/// 성폭력처벌법 제14조의3), and at the menu it starts the report. Holding evidence oneself ("I have screenshots") is no threat.
/// </summary>
public sealed class ImageThreatKindTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("he's saying he has pics of me")]
    [InlineData("she claims she's got videos of me")]
    [InlineData("my ex still has my nudes and keeps bringing it up")]
    [InlineData("영상 갖고 있대요")]
    [InlineData("사진 있다고 협박해요")]
    [InlineData("전남친이 사진 가지고 있다면서 연락와요")]
    public void A_claim_to_hold_images_is_the_threat_kind(string text)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == "types");
        Assert.Contains("NonConsensualSharing", AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec));
    }

    [Theory]
    [InlineData("he's saying he has pics of me")]
    [InlineData("전남친이 영상 갖고 있다면서 다시 만나재요")]
    public void A_claim_to_hold_images_at_the_menu_starts_the_report(string text) =>
        Assert.NotNull(StoryReader.For(Phrases).Read(text, ReportBot.Dialogs.Conversations.ReportChoices.TypeValues));

    [Theory]
    [InlineData("i have screenshots of his messages")]
    [InlineData("캡처 갖고 있어요")]
    public void Holding_evidence_oneself_is_no_threat(string text)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == "types");
        Assert.DoesNotContain("NonConsensualSharing", AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec));
    }
}
