using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// A threat is said with its condition, and the condition is often negative ("if i dont pay", "돈 안 보내면"): the
/// condition's "not" belongs to its own clause and must not cancel the threat. Found in whole conversations, where the
/// most common way of telling a sextortion ("돈 안 보내면 사진 올린대요") got "I didn't get that" at "what happened?".
/// </summary>
public sealed class ConditionalThreatTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("돈 안 보내면 사진 올린대요", "NonConsensualSharing")]
    [InlineData("다시 안 만나주면 영상 뿌린다고 했어요", "NonConsensualSharing")]
    [InlineData("헤어지면 동영상 유포한다고 협박해요", "NonConsensualSharing")]
    [InlineData("전남친이 돈 안 보내면 우리 엄마한테 영상 보낸대요 어떡해요", "NonConsensualSharing")]
    [InlineData("안 만나주면 사진 다 뿌린다며 협박해요", "NonConsensualSharing")]
    [InlineData("연락 안 받으면 집에 찾아온대요", "Stalking")]
    [InlineData("he says if i dont pay hes sending my nudes to my family", "NonConsensualSharing")]
    [InlineData("he said he'll post our videos if i dont get back with him", "NonConsensualSharing")]
    [InlineData("unless i send more pics he will leak them", "NonConsensualSharing")]
    [InlineData("if i don't answer he shows up at my work", "Stalking")]
    [InlineData("my ex keeps showing up at my work", "Stalking")]
    public void A_threat_with_a_negative_condition_is_still_the_threat(string text, string expected)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == "types");
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec));
    }

    [Theory]
    [InlineData("evidence", "사진은 없고 카톡만 있어요", "Messages")]
    [InlineData("evidence", "I don't have screenshots", "None")]
    [InlineData("evidence", "if i had screenshots i would have sent them", "ScreenshotsOrPhotos")]
    [InlineData("evidence", "no screenshots if that's what you mean", "None")]
    [InlineData("types", "he didnt film me if thats what you mean", "")]
    [InlineData("wishes", "if possible i dont want the police involved", "")]
    [InlineData("disclosures", "경찰에 신고는 안 했어요", "NoOneYet")]
    [InlineData("evidence", "그 영상 없어졌으면 좋겠어요", "")]
    public void A_negation_in_its_own_clause_still_negates(string question, string text, string expected)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == question);
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec));
    }
}
