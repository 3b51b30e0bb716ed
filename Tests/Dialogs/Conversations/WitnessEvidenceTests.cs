using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// Someone who saw or heard it is evidence a survivor has. At "is there anything that shows what happened?" the list
/// had no such choice, so "친구가 봤어요" got "I didn't get that" and the list again: now it is a choice of its own
/// ("Someone who saw or heard it"), read from the survivor's words, and "no one saw" is "nothing yet".
/// </summary>
public sealed class WitnessEvidenceTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("친구가 봤어요", "Witnesses")]
    [InlineData("동료들이 옆에서 다 봤어요", "Witnesses")]
    [InlineData("그때 같이있던 언니가 있어요", "Witnesses")]
    [InlineData("목격자는 있는데 사진은 없어요", "Witnesses")]
    [InlineData("캡쳐랑 본 사람 있어요", "ScreenshotsOrPhotos,Witnesses")]
    [InlineData("a couple of people saw it happen", "Witnesses")]
    [InlineData("my coworker saw the whole thing", "Witnesses")]
    [InlineData("texts, and my friend heard what happened", "Messages,Witnesses")]
    [InlineData("녹음한거 하나 있고 동료가 본 적 있어요", "VideosOrFiles,Witnesses")]
    [InlineData("옆자리 직원이 들은 적 있대요", "Witnesses")]
    [InlineData("my coworker overheard the whole thing", "Witnesses")]
    [InlineData("아무도 못 봤어요", "None")]
    [InlineData("no one saw anything", "None")]
    public void A_witness_is_read_as_evidence_held(string text, string expected)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == "evidence");
        Assert.Equal(expected.Split(','), AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec));
    }

    [Theory]
    [InlineData("ko", "회식 자리에 있던 동료가 봤어요")]
    [InlineData("en", "my friend was there when it happened")]
    public async Task A_witness_at_the_evidence_question_goes_on_and_is_in_the_summary(string code, string answer)
    {
        var host = ReportTestHost.Create(new MemoryStorage());
        await using var _ = host;
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var language = ReportWalk.Lang(code);
        await host.StoryDoneAsync(language);
        var atEvidence = await host.SkipUntilAsync(language, ReportText.AskEvidence, most: 4);
        Assert.Contains(texts.Get(ReportText.EvidenceWitnesses, language), atEvidence, StringComparison.Ordinal);

        var replies = await host.Say(answer);
        Assert.Contains(texts.Get(ReportText.AskOnline, language), replies, StringComparison.Ordinal);
        Assert.DoesNotContain(texts.Get(ReportText.AskEvidence, language), replies, StringComparison.Ordinal);

        var evidence = await host.SummaryLineAsync(language, ReportText.FieldEvidence);
        Assert.Contains(texts.Get(ReportText.EvidenceWitnesses, language), evidence, StringComparison.Ordinal);
    }
}
