using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Tests.Channels.DirectLine;
using ReportBot.Tests.Channels.Kakao;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;
using static ReportBot.Tests.Handoff.HandoffHarness;

namespace ReportBot.Tests.Handoff;

/// <summary>
/// Issue 19's done-criterion over real HTTP: a message left out of hours in the web widget gets a case code; a
/// counsellor replies; the survivor reads the reply in a new KakaoTalk conversation with the code and answers.
/// </summary>
[Slow]
public sealed class RepliesOverHttpTests : IDisposable
{
    private const string LeftMessage = "밤마다 그 사람이 연락해요. 어떻게 해야 할지 모르겠어요.";
    private const string Reply = "메시지 잘 읽었어요. 상담사 미나예요. 혼자가 아니에요. 내일 오후에 꼭 다시 이야기해요. 급하면 help@center.example 로 메일 주세요.";
    private const string Answer = "고마워요. 내일 그 시간에 다시 올게요.";

    private readonly string _data = Directory.CreateTempSubdirectory("replies-http-").FullName;

    [Fact]
    public async Task A_message_left_out_of_hours_on_the_web_is_answered_and_read_with_its_code_in_a_new_Kakao_conversation()
    {
        await AddCounsellorAsync(_data, "mina");
        await AddCounsellorAsync(_data, "jun");
        await using var bot = await RunningBot.StartAsync(OutOfHours(_data));
        var texts = bot.Services.GetRequiredService<ITextCatalog>();

        // Out of hours, in the web widget: the survivor leaves a message and gets a case code for it alone.
        var web = await WebWidgetSurvivor.StartAsync(bot);
        var offer = await web.SayAsync("상담사랑 얘기하고 싶어요");
        Assert.Contains("상담사가 일하는 시간이 아니에요", offer, StringComparison.Ordinal);
        Assert.Contains("1366", offer, StringComparison.Ordinal);
        await web.SayAsync("네");
        var saved = await web.SayAsync(LeftMessage);
        var code = ReportWalk.CaseCodeIn(saved);
        Assert.Contains("사건 코드: " + code, saved, StringComparison.Ordinal);
        Assert.Contains("내일 오후 2~4시", saved, StringComparison.Ordinal);
        var noted = await web.SayAsync("내일 오후 2~4시");
        var tomorrow = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Seoul).AddDays(1);
        Assert.Contains(tomorrow.ToString("M월 d일", CultureInfo.InvariantCulture), noted, StringComparison.Ordinal);
        Assert.Contains("14:00-16:00", noted, StringComparison.Ordinal);

        // The counsellor's inbox shows the thread (nothing the survivor wrote) and its preferred window.
        var mina = await LoginAsync(bot, "mina");
        var (_, inbox) = await CallAsync(bot, HttpMethod.Get, "/api/counsellor/threads", mina);
        var item = Assert.Single(inbox.EnumerateArray());
        var id = item.GetProperty("id").GetString()!;
        Assert.Equal("ko", item.GetProperty("language").GetString());
        Assert.DoesNotContain("연락해요", inbox.GetRawText(), StringComparison.Ordinal);
        var (_, windows) = await CallAsync(bot, HttpMethod.Get, "/api/counsellor/threads/windows", mina);
        var window = Assert.Single(windows.EnumerateArray()).GetProperty("window");
        Assert.Equal(14, TimeZoneInfo.ConvertTime(window.GetProperty("from").GetDateTimeOffset(), Seoul).Hour);

        // Not taken yet: no reply, and nothing to read.
        Assert.Equal(HttpStatusCode.Conflict, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", mina, new { text = Reply })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages", mina)).Status);

        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", mina)).Status);
        var jun = await LoginAsync(bot, "jun");
        Assert.Equal(HttpStatusCode.Conflict, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/claim", jun)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages", jun)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", jun, new { text = "hi" })).Status);

        var (_, left) = await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages", mina);
        Assert.Equal(LeftMessage, Assert.Single(left.EnumerateArray()).GetProperty("text").GetString());
        var (replied, sent) = await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", mina, new { text = Reply });
        Assert.Equal(HttpStatusCode.OK, replied);
        // The counsellor's own words, as typed: the console and the survivor are shown the address and the name they gave.
        Assert.Equal(Reply, sent.GetProperty("text").GetString());
        var audit = await StoredAuditAsync(bot);
        Assert.Contains(audit, a => a.Contains("\"thread.replied\"", StringComparison.Ordinal) && a.Contains(id, StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Contains("\"message.opened\"", StringComparison.Ordinal) && a.Contains("\"mina\"", StringComparison.Ordinal));

        // Still in the web conversation: the reply arrives there at once.
        var pushed = string.Join("\n", (await web.ReadNewAsync()).Select(a => (string?)a["text"]));
        Assert.Contains("상담사가 남기신 메시지에 답장했어요", pushed, StringComparison.Ordinal);
        Assert.Contains("혼자가 아니에요", pushed, StringComparison.Ordinal);
        Assert.Contains("상담사 미나예요", pushed, StringComparison.Ordinal);
        Assert.Contains("help@center.example", pushed, StringComparison.Ordinal);

        // At rest the thread holds neither the words nor the code.
        var atRest = await StoredHandoffAsync(bot, id);
        Assert.DoesNotContain("연락해요", atRest, StringComparison.Ordinal);
        Assert.DoesNotContain("혼자가", atRest, StringComparison.Ordinal);
        Assert.DoesNotContain("help@center", atRest, StringComparison.Ordinal);
        Assert.DoesNotContain(code, atRest, StringComparison.Ordinal);

        // A new KakaoTalk conversation: the code brings the reply first, and the survivor answers.
        var kakao = new KakaoConversation(new KakaoSkillClient(bot, userId: "kakao-replies-survivor-01"), texts);
        Assert.Contains("사건 코드", await kakao.SayAsync("사건 코드가 있어요"), StringComparison.Ordinal);
        var read = await kakao.SayAsync(code);
        Assert.Contains("상담사가 남기신 메시지에 답장했어요", read, StringComparison.Ordinal);
        Assert.Contains("혼자가 아니에요", read, StringComparison.Ordinal);
        Assert.Contains("help@center.example 로 메일 주세요", read, StringComparison.Ordinal);
        Assert.True(read.IndexOf("혼자가 아니에요", StringComparison.Ordinal) < read.IndexOf("답하고 싶으면", StringComparison.Ordinal), read);
        Assert.Contains("상담사에게 전했어요", await kakao.SayAsync(Answer), StringComparison.Ordinal);

        // The counsellor reads the answer, in order, and the thread is back in the inbox.
        var (_, thread) = await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages", mina);
        var all = thread.EnumerateArray().ToList();
        Assert.Equal(["survivor", "counsellor", "survivor"], all.Select(m => m.GetProperty("from").GetString()));
        Assert.Equal(Reply, all[1].GetProperty("text").GetString());
        Assert.Equal(Answer, all[2].GetProperty("text").GetString());

        // Each opening that shows something is audited; the console's empty polls are not openings.
        async Task<int> OpeningsAsync() => (await StoredAuditAsync(bot)).Count(a => a.Contains("\"message.opened\"", StringComparison.Ordinal));
        var openings = await OpeningsAsync();
        Assert.Empty((await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages?after=3", mina)).Body.EnumerateArray());
        Assert.Equal(openings, await OpeningsAsync());
        await CallAsync(bot, HttpMethod.Get, $"/api/counsellor/handoffs/{id}/messages?after=2", mina);
        Assert.Equal(openings + 1, await OpeningsAsync());
        var (_, again) = await CallAsync(bot, HttpMethod.Get, "/api/counsellor/threads", mina);
        Assert.Equal("me", Assert.Single(again.EnumerateArray()).GetProperty("taken").GetString());

        // The survivor now writes from KakaoTalk: the next reply waits there and comes with their next message.
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", mina, new { text = "내일 2시에 기다릴게요." })).Status);
        var next = await kakao.SayAsync("안녕하세요");
        Assert.Contains("상담사: 내일 2시에 기다릴게요.", next, StringComparison.Ordinal);
        Assert.DoesNotContain("내일 2시에 기다릴게요.", string.Join("\n", (await web.ReadNewAsync()).Select(a => (string?)a["text"])), StringComparison.Ordinal);

        // Someone with another code sees nothing of this thread; they named the current hour for a live chat, so coming
        // back now they are told a live conversation is one word away.
        var other = await WebWidgetSurvivor.StartAsync(bot);
        await other.SayAsync("상담사");
        await other.SayAsync("네");
        var otherCode = ReportWalk.CaseCodeIn(await other.SayAsync("다른 사람의 메시지예요."));
        var hour = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Seoul).Hour;
        Assert.Contains("적어 두었어요", await other.SayAsync($"오늘 {hour:00}:00-{hour + 1:00}:00"), StringComparison.Ordinal);
        var stranger = new KakaoConversation(new KakaoSkillClient(bot, userId: "kakao-replies-stranger-02"), texts);
        await stranger.SayAsync("사건 코드가 있어요");
        var strangerRead = await stranger.SayAsync(otherCode);
        Assert.Contains("아직 상담사의 답장을 기다리고", strangerRead, StringComparison.Ordinal);
        Assert.Contains("지금이 적어 두신 실시간 상담 시간", strangerRead, StringComparison.Ordinal);
        Assert.DoesNotContain("혼자가 아니에요", strangerRead, StringComparison.Ordinal);
        Assert.DoesNotContain("다시 올게요", strangerRead, StringComparison.Ordinal);

        // The survivor deletes the case with its code: the thread goes with it, and a reply finds nothing.
        await kakao.SayAsync("기록 삭제하기");
        var erased = await kakao.SayAsync("네");
        Assert.Contains("상담사와 주고받은 메시지", erased, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", mina, new { text = "still there?" })).Status);
        Assert.Empty(await StoredAsync(bot, "handoffs/" + id + ".json"));
        var (_, remaining) = await CallAsync(bot, HttpMethod.Get, "/api/counsellor/threads", mina);
        Assert.DoesNotContain(remaining.EnumerateArray(), t => t.GetProperty("id").GetString() == id);
        Assert.DoesNotContain(code, bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("연락해요", bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_reply_gets_a_clear_answer_and_changes_nothing()
    {
        await AddCounsellorAsync(_data, "mina");
        await using var bot = await RunningBot.StartAsync(Settings(_data));
        var mina = await LoginAsync(bot, "mina");
        var id = new string('a', 32);

        Assert.Equal(HttpStatusCode.Unauthorized, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", null, new { text = "hi" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await CallAsync(bot, HttpMethod.Post, "/api/counsellor/handoffs/..%2Fkeys/reply", mina, new { text = "hi" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", mina, new { text = "hi" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", mina, new { text = "   " })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await CallAsync(bot, HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", mina, new { text = new string('x', 4001) })).Status);
        using var malformed = Request(HttpMethod.Post, $"/api/counsellor/handoffs/{id}/reply", mina);
        malformed.Content = new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json");
        using var response = await bot.Http.SendAsync(malformed);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await CallAsync(bot, HttpMethod.Get, "/api/counsellor/threads", mina)).Body.EnumerateArray());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static TimeZoneInfo Seoul => TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    /// <summary>The web widget's Direct Line secret, local storage, and opening hours that have not begun yet.</summary>
    internal static Dictionary<string, string?> OutOfHours(string data)
    {
        var settings = DirectLineConversationTests.Settings();
        foreach (var (key, value) in Settings(data))
        {
            settings[key] = value;
        }

        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Seoul);
        settings["Handoff:AlwaysOpen"] = "false";
        settings["Handoff:Days"] = "everyday";
        settings["Handoff:Opens"] = now.AddHours(2).ToString("HH:00", CultureInfo.InvariantCulture);
        settings["Handoff:Closes"] = now.AddHours(3).ToString("HH:00", CultureInfo.InvariantCulture);
        return settings;
    }
}
