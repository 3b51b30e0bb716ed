using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Channels.DirectLine;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Channels.Kakao;

/// <summary>Issue 9's done-criteria: a whole report from KakaoTalk alone, and a web widget's case code used from KakaoTalk.</summary>
[Slow]
public sealed class KakaoCrossChannelReportTests
{
    [Fact]
    public async Task A_whole_Korean_report_is_made_from_Kakao_alone_within_Kakao_limits_and_shows_the_case_code()
    {
        await using var bot = await RunningBot.StartAsync();
        var kakao = new KakaoConversation(new KakaoSkillClient(bot, userId: "kakao-survivor-report-01"), bot.Services.GetRequiredService<ITextCatalog>());

        Assert.Contains(Catalog.Ko(MenuText.Prompt), await kakao.SayAsync("안녕하세요"), StringComparison.Ordinal);
        var start = await kakao.TapAsync("겪은 일 기록하기");
        Assert.Contains("어떤 일을 겪으셨나요", start, StringComparison.Ordinal);

        Assert.Contains("편한 말로 적어 주세요", await kakao.SayAsync("1, 3"), StringComparison.Ordinal);
        Assert.Contains("받았어요", await kakao.SayAsync("모르는 번호로 제 사진이 합성돼서 왔어요."), StringComparison.Ordinal);
        Assert.Contains("받았어요", await kakao.SayAsync("그 뒤로 계속 메시지가 와요."), StringComparison.Ordinal);
        Assert.Contains("언제 있었던 일인가요", await kakao.SayAsync("다 했어요"), StringComparison.Ordinal);
        Assert.Contains("어디에서 있었던 일인가요", await kakao.SayAsync("건너뛰기"), StringComparison.Ordinal);
        // "모르는 번호로" in the story: who is offered, not asked as if unheard; a skip passes it.
        Assert.Contains("앞에서 말씀하신 내용으로 보면", await kakao.SayAsync("서울"), StringComparison.Ordinal);
        await kakao.SayAsync("건너뛰기");
        await kakao.SayAsync("1, 2");
        await kakao.SayAsync("건너뛰기");
        await kakao.SayAsync("건너뛰기");
        var summary = await kakao.SayAsync("2");
        Assert.Contains("• 어떤 일: 불법촬영, 딥페이크(합성·편집물)", summary, StringComparison.Ordinal);
        Assert.Contains("\"모르는 번호로 제 사진이 합성돼서 왔어요.\"", summary, StringComparison.Ordinal);
        Assert.Contains("• 언제: (건너뜀)", summary, StringComparison.Ordinal);
        Assert.Contains("• 어디서: 서울", summary, StringComparison.Ordinal);
        Assert.Contains("이대로 저장할까요", summary, StringComparison.Ordinal);

        // The survivor confirms with the button, as they would in KakaoTalk.
        var saved = await kakao.TapAsync(kakao.QuickReplies[0].MessageText);
        Assert.Contains("저장했어요", saved, StringComparison.Ordinal);
        var code = ReportWalk.CaseCodeIn(saved);
        Assert.Contains("사건 코드: " + code, saved, StringComparison.Ordinal);

        var cases = bot.Services.GetRequiredService<CaseStore>();
        var stored = await cases.FindByKeyAsync((await cases.KeyForAsync(code, CancellationToken.None))!, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal([IncidentType.IllegalFilming, IncidentType.Deepfake], stored.Report.Types);
        Assert.Equal(["모르는 번호로 제 사진이 합성돼서 왔어요.", "그 뒤로 계속 메시지가 와요."], stored.Report.Narrative);
        Assert.Equal("ko", stored.Language);

        // Every answer of the whole conversation was valid Kakao JSON within the limits (KakaoAnswer.Parse), and
        // none asked Kakao for a callback it was never offered.
        Assert.True(kakao.Answers.Count >= 13, $"Only {kakao.Answers.Count} answers");
        Assert.All(kakao.Answers, a => Assert.False(a.UseCallback));
        Assert.DoesNotContain("kakao-survivor-report-01", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("합성돼서", bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_code_made_in_the_web_widget_reads_back_and_deletes_the_report_from_Kakao()
    {
        await using var bot = await RunningBot.StartAsync(DirectLineConversationTests.Settings());
        var texts = bot.Services.GetRequiredService<ITextCatalog>();

        // The web widget's channel: the embedded Direct Line, as Web Chat uses it.
        var web = await WebWidgetSurvivor.StartAsync(bot);
        await web.SayAsync("안녕하세요");
        Assert.Contains("어떤 일을 겪으셨나요", await web.SayAsync("1"), StringComparison.Ordinal);
        await web.SayAsync("스토킹");
        await web.SayAsync("전 연인이 회사 앞에서 계속 기다려요.");
        await web.SayAsync("다 했어요");
        for (var i = 0; i < 7; i++)
        {
            await web.SayAsync("건너뛰기");
        }

        var saved = await web.SayAsync("저장하기");
        var code = ReportWalk.CaseCodeIn(saved);
        await web.SayAsync("아니요");

        var kakao = new KakaoConversation(new KakaoSkillClient(bot, userId: "kakao-survivor-code-02"), texts);
        await kakao.SayAsync("안녕하세요");
        Assert.Contains(Catalog.Ko(CasesText.AskCode), await kakao.TapAsync("사건 코드가 있어요"), StringComparison.Ordinal);
        Assert.Contains(Catalog.Ko(CasesText.Found), await kakao.SayAsync(code), StringComparison.Ordinal);

        var read = await kakao.TapAsync("내용 다시 보기");
        Assert.Contains("• 어떤 일: 스토킹", read, StringComparison.Ordinal);
        Assert.Contains("\"전 연인이 회사 앞에서 계속 기다려요.\"", read, StringComparison.Ordinal);

        Assert.Contains(Catalog.Ko(CasesText.DeleteConfirm), await kakao.TapAsync("기록 삭제하기"), StringComparison.Ordinal);
        var deleted = await kakao.SayAsync("예");
        Assert.Contains("• 저장한 신고 기록", deleted, StringComparison.Ordinal);

        var cases = bot.Services.GetRequiredService<CaseStore>();
        Assert.Null(await cases.FindByKeyAsync((await cases.KeyForAsync(code, CancellationToken.None))!, CancellationToken.None));
        await kakao.SayAsync("사건 코드가 있어요");
        Assert.Contains(Catalog.Ko(CasesText.NotFound), await kakao.SayAsync(code), StringComparison.Ordinal);

        // And from the web widget too, the code no longer opens anything.
        await web.SayAsync("사건 코드가 있어요");
        Assert.Contains(Catalog.Ko(CasesText.NotFound), await web.SayAsync(code), StringComparison.Ordinal);
        Assert.All(kakao.Answers, a => Assert.False(a.UseCallback));
    }
}
