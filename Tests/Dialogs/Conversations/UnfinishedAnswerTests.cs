using Microsoft.Bot.Builder;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// An answer to a choice question typed in two messages, the first ending on a joining word ("캡처랑" then "카톡이요",
/// "screenshots and" then "the texts"), was taken at its first half, and the rest landed on the next question (the eleventh
/// batch's first run: "캡처랑 >> 카톡이요" kept only screenshots). The half gets "go on" and is read with the next message; a
/// "skip" or a request as the next message is read alone; an answer that ends on an ordinary word is read at once.
/// </summary>
public sealed class UnfinishedAnswerTests
{
    [Theory]
    [InlineData("ko", "evidence", "캡처랑", "카톡이요", "이렇게 이해했어요: 스크린샷·사진, 메시지·채팅 기록.")]
    [InlineData("ko", "types", "스토킹이랑", "디엠으로 성희롱이요", "이렇게 이해했어요: 온라인 성희롱·신상털기·집단 공격, 스토킹.")]
    [InlineData("ko", "evidence", "문자하고", "녹음한 거요", "이렇게 이해했어요: 메시지·채팅 기록, 영상·파일.")]
    [InlineData("en", "evidence", "screenshots and", "the texts", "Here's what I understood: Screenshots or photos, Messages or chats.")]
    [InlineData("en", "evidence", "the dms plus", "a voice memo", "Here's what I understood: Messages or chats, Videos or files.")]
    public async Task A_half_answer_waits_and_is_read_with_its_rest(string language, string field, string half, string rest, string understood)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);

        var first = await host.Say(half);
        var second = await host.Say(rest);

        Assert.Equal(language == "ko" ? "네, 이어서 더 적어 주세요." : "Okay, go on: what else?", first);
        Assert.Contains(understood, second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_skip_after_a_half_answer_passes_the_question()
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync("ko", "evidence");

        await host.Say("캡처랑");
        var replies = await host.Say("건너뛰기");

        Assert.Contains("그 사진이나 영상, 글이 아직 인터넷에 올라와 있나요?", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("이렇게 이해했어요", replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "who", "팀장님이랑요")]
    [InlineData("ko", "evidence", "캡처랑 카톡 다 있어요")]
    [InlineData("en", "evidence", "screenshots and the dms")]
    [InlineData("ko", "who", "같은 학과")]
    public async Task A_whole_answer_is_not_held(string language, string field, string text)
    {
        await using var host = ReportTestHost.Create(new MemoryStorage());
        await host.AtQuestionAsync(language, field);

        var replies = await host.Say(text);

        Assert.DoesNotContain(language == "ko" ? "이어서 더 적어 주세요" : "go on: what else?", replies, StringComparison.Ordinal);
    }
}
