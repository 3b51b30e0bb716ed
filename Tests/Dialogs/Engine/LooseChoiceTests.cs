using Microsoft.Bot.Schema;
using ReportBot.Dialogs.Engine.Prompts;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Text;

namespace ReportBot.Tests.Dialogs.Engine;

/// <summary>
/// A Korean label said in other words: the same word in another ending or with a particle picks it, another verb after
/// the shared words does not ("내 기록 다 지워주세요", delete my records, once picked "내 기록 받기", get my record).
/// </summary>
public sealed class LooseChoiceTests
{
    private static readonly TextCatalog Texts = new();
    private static readonly PhraseCatalog Phrases = new();

    private static readonly List<Choice> CaseActions =
    [
        new("read", CasesText.ActionRead.Name),
        new("add", CasesText.ActionAdd.Name),
        new("record", RecordsText.ActionRecord.Name),
        new("delete", CasesText.ActionDelete.Name),
        new("done", CasesText.ActionDone.Name),
    ];

    [Theory]
    [InlineData("내용 다시 볼래요", "read")]
    [InlineData("내용 추가할게요", "add")]
    [InlineData("기록 삭제해 주세요", "delete")]
    [InlineData("내 기록 받을래요", "record")]
    public void The_labels_word_in_another_ending_picks_it(string text, string expected)
    {
        Assert.Equal(expected, Recognize(text, CaseActions)?.Value);
    }

    [Theory]
    [InlineData("내 기록 다 지워주세요")]
    [InlineData("내 기록 좀 없애줘요")]
    public void Another_verb_after_the_shared_words_is_not_the_label(string text)
    {
        Assert.NotEqual("record", Recognize(text, CaseActions)?.Value);
    }

    private static FoundChoice? Recognize(string text, List<Choice> choices) =>
        ChoiceRecognizer.RecognizeOne(new Activity { Type = ActivityTypes.Message, Text = text }, choices, Texts, Phrases);
}
