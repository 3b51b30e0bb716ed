using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// "이런거 상담사분이랑 직접 말하면 안돼요?" asks permission: the "~면 안 돼요?" form is a request with a "not" that asks, not
/// a refusal, and was cancelled as negated. A "not" that asks ("~면 안 될까요", "~면 안 되나요", "~면 안 돼요?" with its question
/// mark, "can't I just…") negates nothing; "must not" said plainly ("그 사람이 알면 안 돼요", "지우면 안 돼요", "걔가 지우면
/// 안된다고 했어요") still cancels, and a "not" elsewhere in a request stays as it was.
/// </summary>
public sealed class PermissionAskTests
{
    private static readonly Recognizer Recognizer = Recognizer.For(new PhraseCatalog());

    [Theory]
    [InlineData("이런거 상담사분이랑 직접 말하면 안돼요?", "counsellor")]
    [InlineData("상담사분께 직접 말씀드리면 안될까요", "counsellor")]
    [InlineData("상담사랑 얘기하면 안되나요", "counsellor")]
    [InlineData("그냥 상담 선생님이랑 얘기하면 안 될까요?", "counsellor")]
    [InlineData("제가 쓴 거 지우면 안돼요?", "delete")]
    [InlineData("기록 삭제하면 안 될까요", "delete")]
    [InlineData("cant i just talk to a counsellor", "counsellor")]
    [InlineData("couldn't i talk to a counselor instead", "counsellor")]
    public void A_not_that_asks_permission_is_a_request(string text, string intent)
    {
        var match = Recognizer.Best(text);

        Assert.NotNull(match);
        Assert.Equal(intent, match.Name);
    }

    [Theory]
    [InlineData("그 사람이 알면 안 돼요")]
    [InlineData("지우면 안 돼요")]
    [InlineData("사진 지우면 안돼요 증거라서")]
    [InlineData("걔가 지우면 안된다고 했어요")]
    [InlineData("상담사한테 말하면 안 돼요 절대")]
    [InlineData("please don't delete anything")]
    public void A_plain_must_not_is_no_request(string text)
    {
        var match = Recognizer.Best(text);

        Assert.True(match is null || !match.IsSure, text + " -> " + match?.Name);
    }
}
