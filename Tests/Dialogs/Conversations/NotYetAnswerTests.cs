using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Resources;
using ReportBot.Dialogs.Recognition.Evaluation;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// "Have you told anyone?" answered "엄마한테 말했는데 경찰엔 아직이요" (told my mum, not the police yet) was read as told someone
/// close and reported to the police. "아직이요" (not yet) now takes back what it follows; "아직" alone stays "still" ("네 아직
/// 올라와 있어요" at "is it still online?").
/// </summary>
public sealed class NotYetAnswerTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("disclosures", "엄마한테 말했는데 경찰엔 아직이요", "ToldSomeoneClose")]
    [InlineData("disclosures", "친구한테는 말했고 신고는 아직이요", "ToldSomeoneClose")]
    [InlineData("disclosures", "경찰에 신고했어요", "ReportedToPolice")]
    [InlineData("disclosures", "told my mom, not the police yet", "ToldSomeoneClose")]
    [InlineData("online", "네 아직 올라와 있어요", "StillOnline")]
    public void Not_yet_takes_back_what_it_follows_and_still_stays_still(string question, string text, string expected)
    {
        var spec = AnswerEvaluation.Questions().Single(q => q.Name == question);
        Assert.Equal(expected.Split(','), AnswerEvaluation.Predict(AnswerRecognizer.For(Phrases), text, spec));
    }
}
