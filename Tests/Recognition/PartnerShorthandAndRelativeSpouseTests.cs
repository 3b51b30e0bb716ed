using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Dialogs.Recognition.Evaluation;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// At "who", "my bf at the time" was not read and "my cousin's husband" was read as no choice (report.blind9's first run):
/// "bf" and "gf" are a partner, and a relative's spouse is family, read before "husband" or "wife" alone.
/// </summary>
public sealed class PartnerShorthandAndRelativeSpouseTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("my gf at the time", "PartnerOrEx")]
    [InlineData("ex bf", "PartnerOrEx")]
    [InlineData("my sister's husband", "Family")]
    [InlineData("my cousins wife", "Family")]
    [InlineData("my husband", "PartnerOrEx")]
    public void The_relationship_is_read(string text, string expected)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == "who");
        Assert.Equal([expected], AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec));
    }
}
