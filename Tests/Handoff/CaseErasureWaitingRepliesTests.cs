using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Tests.Channels.Kakao;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Handoff;

/// <summary>
/// A survivor left a message from KakaoTalk; the counsellor's reply waits in the Kakao outbox for their next message
/// (Kakao has no push). The survivor then deletes the case with its code from the web widget: the waiting reply goes
/// with the case, so their next KakaoTalk message brings nothing of it. Over real HTTP.
/// </summary>
[Slow]
public sealed class CaseErasureWaitingRepliesTests : IDisposable
{
    private const string Reply = "메시지 잘 읽었어요. 벨크로닌 건은 내일 같이 정리해요.";

    private readonly string _data = Directory.CreateTempSubdirectory("erasure-waiting-").FullName;

    [Fact]
    public async Task Erasing_a_case_by_code_elsewhere_drops_the_counsellor_reply_waiting_in_KakaoTalk()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var bot = await RunningBot.StartAsync(RepliesOverHttpTests.OutOfHours(_data));
        var kakao = new KakaoConversation(new KakaoSkillClient(bot, userId: "kakao-erasure-waiting-07"), bot.Services.GetRequiredService<ITextCatalog>());

        // Out of hours on KakaoTalk: a message is left on a new case.
        Assert.Contains("상담사가 일하는 시간이 아니에요", await kakao.SayAsync("상담사랑 얘기하고 싶어요"), StringComparison.Ordinal);
        await kakao.SayAsync("네");
        var code = ReportWalk.CaseCodeIn(await kakao.SayAsync("밤마다 그 사람이 연락해요."));

        // The counsellor takes it and replies: the reply waits for the survivor's next KakaoTalk message.
        var mina = await LoginAsync(bot, "mina");
        var (_, inbox) = await CallAsync(bot, HttpMethod.Get, "/api/counsellor/threads", mina);
        var id = Assert.Single(inbox.EnumerateArray()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", mina)).Status);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", mina, new { text = Reply })).Status);

        // From the web widget, with the code, the survivor deletes the case.
        var web = await WebWidgetSurvivor.StartAsync(bot);
        await web.SayAsync("사건 코드가 있어요");
        Assert.Contains("벨크로닌", await web.SayAsync(code), StringComparison.Ordinal);
        await web.SayAsync("건너뛰기");
        await web.SayAsync("기록 삭제하기");
        Assert.Contains("상담사와 주고받은 메시지", await web.SayAsync("네"), StringComparison.Ordinal);

        // Back on KakaoTalk: nothing of the erased case arrives.
        var next = await kakao.SayAsync("안녕하세요");
        Assert.DoesNotContain("벨크로닌", next, StringComparison.Ordinal);
        Assert.DoesNotContain("상담사가 남기신 메시지에 답장했어요", next, StringComparison.Ordinal);
        Assert.DoesNotContain("벨크로닌", await kakao.SayAsync("메뉴"), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
