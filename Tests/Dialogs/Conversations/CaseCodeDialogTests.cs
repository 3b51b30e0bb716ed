using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

public sealed class CaseCodeDialogTests
{
    [Fact]
    public async Task Case_code_from_another_conversation_reads_back_adds_and_deletes_the_report()
    {
        var storage = new RecordingStorage();
        var code = await SaveDeepfakeReportInWebChatAsync(storage);

        await using var kakao = ReportTestHost.Create(storage, conversationId: "kakao-chat");
        await kakao.Say("안녕하세요");
        Assert.Contains(Catalog.Ko(CasesText.AskCode), await kakao.Say("사건 코드가 있어요"), StringComparison.Ordinal);
        Assert.Contains(Catalog.Ko(CasesText.Malformed), await kakao.Say("I0I0"), StringComparison.Ordinal);
        Assert.Contains(Catalog.Ko(CasesText.NotFound), await kakao.Say(code == "2222-2222-22" ? "3333-3333-33" : "2222-2222-22"), StringComparison.Ordinal);

        var typedSloppily = code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();
        var found = await kakao.Say(typedSloppily);
        Assert.Contains(Catalog.Ko(CasesText.Found), found, StringComparison.Ordinal);

        var read = await kakao.Say("내용 다시 보기");
        Assert.Contains("• 어떤 일: 딥페이크(합성·편집물)", read, StringComparison.Ordinal);
        Assert.Contains("\"Someone made fake pictures of me.\"", read, StringComparison.Ordinal);

        Assert.Contains(Catalog.Ko(CasesText.AskAddition), await kakao.Say("내용 추가하기"), StringComparison.Ordinal);
        await kakao.Say("사진이 다른 사이트에도 올라왔어요.");
        Assert.Contains(Catalog.Ko(CasesText.Added), await kakao.Say("다 했어요"), StringComparison.Ordinal);

        var cases = kakao.Services.GetRequiredService<CaseStore>();
        var key = (await cases.KeyForAsync(code, CancellationToken.None))!;
        var stored = await cases.FindByKeyAsync(key, CancellationToken.None);
        Assert.Equal("사진이 다른 사이트에도 올라왔어요.", Assert.Single(stored!.Report.Additions).Text);

        Assert.Contains(Catalog.Ko(CasesText.DeleteConfirm), await kakao.Say("기록 삭제하기"), StringComparison.Ordinal);
        var deleted = await kakao.Say("예");
        Assert.Contains("• 저장한 신고 기록", deleted, StringComparison.Ordinal);
        Assert.DoesNotContain(Catalog.Ko(EraseText.ItemConversationState), deleted, StringComparison.Ordinal);
        Assert.Null(await cases.FindByKeyAsync(key, CancellationToken.None));
        Assert.Contains(Catalog.Ko(MenuText.Prompt), deleted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_conversation_that_opens_with_I_have_a_case_code_goes_straight_to_the_code()
    {
        var storage = new RecordingStorage();
        string code;
        await using (var first = ReportTestHost.Create(storage, conversationId: "first"))
        {
            await first.StartEnglishReportAsync();
            for (var i = 0; i < 9; i++)
            {
                await first.Say("skip");
            }

            code = ReportWalk.CaseCodeIn(await first.Say("Save it"));
        }

        await using var other = ReportTestHost.Create(storage, conversationId: "second");
        Assert.Contains(Catalog.En(CasesText.AskCode), await other.Say("I have a case code"), StringComparison.Ordinal);
        Assert.Contains(Catalog.En(CasesText.Found), await other.Say(code), StringComparison.Ordinal);
        Assert.Contains("• What kind of incident: (skipped)", await other.Say("Read it back"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_wrong_codes_pause_code_checks()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.Say("hello");
        await host.Say("I have a case code");
        for (var i = 0; i < 4; i++)
        {
            Assert.Contains(Catalog.En(CasesText.NotFound), await host.Say($"2222-2222-2{i + 2}"), StringComparison.Ordinal);
        }

        Assert.Contains(Catalog.En(CasesText.Locked), await host.Say("2222-2222-29"), StringComparison.Ordinal);
        Assert.Contains(Catalog.En(CasesText.Locked), await host.Say("I have a case code"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "내 기록 다 지워주세요", "예")]
    [InlineData("내용 추가하기", "delete my data", "yes")]
    [InlineData("내용 추가하기", "제 데이터 전부 삭제해 주세요", "네")]
    public async Task Delete_my_data_while_a_case_opened_by_its_code_is_on_screen_says_so_and_deletes_that_case_too(string? first, string delete, string yes)
    {
        var storage = new RecordingStorage();
        var code = await SaveDeepfakeReportInWebChatAsync(storage);

        await using var kakao = ReportTestHost.Create(storage, conversationId: "kakao-chat");
        await kakao.Say("안녕하세요");
        await kakao.Say("사건 코드가 있어요");
        Assert.Contains(Catalog.Ko(CasesText.Found), await kakao.Say(code), StringComparison.Ordinal);
        var cases = kakao.Services.GetRequiredService<CaseStore>();
        var key = (await cases.KeyForAsync(code, CancellationToken.None))!;

        if (first is not null)
        {
            await kakao.Say(first);
        }

        // At the case's own menu "delete my records" is not "get my record" (they share "my record"); anywhere in the
        // case, "delete my data" names the case in its question and deletes it with the conversation.
        var confirm = await kakao.Say(delete);
        Assert.Contains(Catalog.Ko(EraseText.ConfirmWithOpenedCase), confirm, StringComparison.Ordinal);
        var deleted = await kakao.Say(yes);

        Assert.Contains("• " + Catalog.Ko(EraseText.ItemCase), deleted, StringComparison.Ordinal);
        Assert.Null(await cases.FindByKeyAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task Delete_my_data_with_no_case_open_asks_the_plain_question()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.Say("안녕하세요");

        var confirm = await host.Say("내 기록 다 지워주세요");

        Assert.Contains(Catalog.Ko(EraseText.Confirm), confirm, StringComparison.Ordinal);
        Assert.DoesNotContain(Catalog.Ko(EraseText.ConfirmWithOpenedCase), confirm, StringComparison.Ordinal);
    }

    // An English report (a deepfake, one line of story, the rest passed) saved in the web chat; returns its case code.
    private static async Task<string> SaveDeepfakeReportInWebChatAsync(RecordingStorage storage)
    {
        await using var web = ReportTestHost.Create(storage, conversationId: "web-chat");
        await web.StartEnglishReportAsync();
        await web.Say("3");
        await web.Say("Someone made fake pictures of me.");
        await web.Say("done");
        for (var i = 0; i < 7; i++)
        {
            await web.Say("skip");
        }

        var code = ReportWalk.CaseCodeIn(await web.Say("Save it"));
        await web.Say("no");
        return code;
    }
}
