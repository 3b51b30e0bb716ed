using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>A survivor on KakaoTalk with a counsellor: proactive messages wait in the outbox for the survivor's next message.</summary>
[Slow]
public sealed class KakaoHandoffTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("handoff-kakao-").FullName;

    [Fact]
    public async Task Counsellor_messages_reach_a_Kakao_survivor_with_their_next_message_and_their_replies_reach_the_counsellor()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        var token = await LoginAsync(bot, "mina");
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token)).Status);
        var kakao = new KakaoConversation(new KakaoSkillClient(bot, userId: "kakao-survivor-handoff-03"), bot.Services.GetRequiredService<ITextCatalog>());

        await kakao.SayAsync("안녕하세요");
        Assert.Contains("대기 순서는 1번째예요", await kakao.TapAsync("상담사와 이야기하기"), StringComparison.Ordinal);

        var (_, queue) = await CallAsync(bot, HttpMethod.Get, "/api/counsellor/handoffs?status=waiting", token);
        var item = Assert.Single(queue.EnumerateArray());
        Assert.Equal("ko", item.GetProperty("language").GetString());
        var id = item.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/messages", token, new { text = "안녕하세요, 상담사 미나예요. 천천히 말씀해 주세요." })).Status);

        // Kakao cannot be written to first: the join notice and the counsellor's words come with the survivor's next
        // message, in order, and the survivor's words go to the counsellor (not to the bot).
        var next = await kakao.SayAsync("네, 회사에서 있었던 일이에요.");
        var joined = next.IndexOf("상담사가 들어왔어요", StringComparison.Ordinal);
        var said = next.IndexOf("상담사: 안녕하세요, 상담사 미나예요. 천천히 말씀해 주세요.", StringComparison.Ordinal);
        Assert.True(joined >= 0 && said > joined, "Expected the join notice, then the counsellor's message, in: " + next);
        Assert.DoesNotContain(Catalog.Ko(MenuText.Prompt), next, StringComparison.Ordinal);

        var (_, messages) = await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages?after=0", token);
        var all = messages.EnumerateArray().Select(m => (From: m.GetProperty("from").GetString(), Text: m.GetProperty("text").GetString())).ToList();
        // The counsellor sees their own words as the survivor got them (their name too, which the redaction that every
        // stored message passes would hide: a given name with its copula is a name).
        Assert.Equal([("counsellor", "안녕하세요, 상담사 미나예요. 천천히 말씀해 주세요."), ("survivor", "네, 회사에서 있었던 일이에요.")], all);
        Assert.DoesNotContain("미나예요", await StoredHandoffAsync(bot, id), StringComparison.Ordinal);

        // Delivered once: the next message does not bring them again.
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/end", token)).Status);
        var afterEnd = await kakao.SayAsync("고마워요");
        Assert.Contains(Catalog.Ko(HandoffText.EndedByCounsellor), afterEnd, StringComparison.Ordinal);
        Assert.DoesNotContain("미나예요", afterEnd, StringComparison.Ordinal);
        Assert.Contains(Catalog.Ko(MenuText.Prompt), await kakao.SayAsync("메뉴"), StringComparison.Ordinal);
        Assert.All(kakao.Answers, a => Assert.False(a.UseCallback));
        Assert.DoesNotContain("kakao-survivor-handoff-03", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("회사에서 있었던", bot.Logs.All, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
