using ReportBot.Dialogs.Reports;
using ReportBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ReportBot.Tests.Dialogs.Conversations;

public sealed class ReportDialogTests
{
    [Fact]
    public async Task Korean_report_with_skips_is_read_back_saved_and_gets_a_case_code()
    {
        var storage = new RecordingStorage();
        await using var host = ReportTestHost.Create(storage);

        var start = await host.StartKoreanReportAsync();
        Assert.Contains("건너뛰기", start, StringComparison.Ordinal);
        Assert.Contains("어떤 일을 겪으셨나요", start, StringComparison.Ordinal);

        Assert.Contains("편한 말로 적어 주세요", await host.Say("1, 3"), StringComparison.Ordinal);
        Assert.Contains("받았어요", await host.Say("모르는 번호로 사진이 왔어요."), StringComparison.Ordinal);
        Assert.Contains("받았어요", await host.Say("그 뒤로 계속 메시지가 와요."), StringComparison.Ordinal);
        Assert.Contains("언제 있었던 일인가요", await host.Say("다 했어요"), StringComparison.Ordinal);
        Assert.Contains("어디에서 있었던 일인가요", await host.Say("건너뛰기"), StringComparison.Ordinal);
        // "모르는 번호로" in the story: who is offered, not asked as if unheard; a choice's number answers the offer.
        Assert.Contains("앞에서 말씀하신 내용으로 보면", await host.Say("부산"), StringComparison.Ordinal);
        Assert.Contains("사라질까 걱정되는 자료", await host.Say("7"), StringComparison.Ordinal);
        Assert.Contains("인터넷에 올라와 있나요", await host.Say("1, 2"), StringComparison.Ordinal);
        Assert.Contains("누군가에게 알리셨나요", await host.Say("1"), StringComparison.Ordinal);
        Assert.Contains("어떤 도움을 원하세요", await host.Say("모르겠어요"), StringComparison.Ordinal);

        var summary = await host.Say("2, 3");
        Assert.Contains("• 어떤 일: 불법촬영, 딥페이크(합성·편집물)", summary, StringComparison.Ordinal);
        Assert.Contains("• 있었던 일: 메시지 2개", summary, StringComparison.Ordinal);
        Assert.Contains("\"모르는 번호로 사진이 왔어요.\"", summary, StringComparison.Ordinal);
        Assert.Contains("• 언제: (건너뜀)", summary, StringComparison.Ordinal);
        Assert.Contains("• 어디서: 부산", summary, StringComparison.Ordinal);
        Assert.Contains("• 상대와의 관계: 온라인에서만 아는 계정", summary, StringComparison.Ordinal);
        Assert.Contains("• 자료·증거: 스크린샷·사진, 링크(URL)", summary, StringComparison.Ordinal);
        Assert.Contains("• 온라인에 남아 있는지: 네, 아직 올라와 있어요", summary, StringComparison.Ordinal);
        Assert.Contains("• 알린 곳: (건너뜀)", summary, StringComparison.Ordinal);
        Assert.Contains("• 원하는 도움: 게시물 삭제 도움이 필요해요, 법적 도움", summary, StringComparison.Ordinal);
        Assert.Contains("이대로 저장할까요", summary, StringComparison.Ordinal);

        Assert.Contains("어느 부분을 고칠까요", await host.Say("고칠 부분이 있어요"), StringComparison.Ordinal);
        Assert.Contains("어디에서 있었던 일인가요", await host.Say("어디서"), StringComparison.Ordinal);
        var corrected = await host.Say("부산 해운대");
        Assert.Contains("• 어디서: 부산 해운대", corrected, StringComparison.Ordinal);
        Assert.Contains("• 어떤 일: 불법촬영, 딥페이크(합성·편집물)", corrected, StringComparison.Ordinal);

        var saved = await host.Say("저장하기");
        Assert.Contains("저장했어요", saved, StringComparison.Ordinal);
        Assert.Contains("법적 선택지", saved, StringComparison.Ordinal);
        var code = ReportWalk.CaseCodeIn(saved);

        // Accepting the offer opens the legal options tailored to what was reported: the images are still online and
        // help getting them down was asked for, so the takedown comes first, citing its article.
        var offer = await host.Say("네");
        Assert.Contains("불법촬영", offer, StringComparison.Ordinal);
        Assert.Contains("아직 온라인에 올라가 있다고 하셔서", offer, StringComparison.Ordinal);
        Assert.Contains("제23조의2제1항", offer, StringComparison.Ordinal);

        var cases = host.Services.GetRequiredService<CaseStore>();
        var stored = await cases.FindByKeyAsync((await cases.KeyForAsync(code, CancellationToken.None))!, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal([IncidentType.IllegalFilming, IncidentType.Deepfake], stored.Report.Types);
        Assert.Equal(["모르는 번호로 사진이 왔어요.", "그 뒤로 계속 메시지가 와요."], stored.Report.Narrative);
        Assert.Null(stored.Report.When);
        Assert.Equal(Relationship.OnlineAccount, stored.Report.Relationship);
        Assert.Null(stored.Report.Disclosures);
        Assert.Equal([SupportWish.TakedownHelp, SupportWish.LegalHelp], stored.Report.Wishes);
        Assert.Equal("ko", stored.Language);
        var caseJson = storage.Writes.Last(w => w.Key.StartsWith(CaseCodeHasher.KeyPrefix, StringComparison.Ordinal)).Json;
        Assert.Contains("\"IllegalFilming\"", caseJson, StringComparison.Ordinal);
        Assert.Contains("\"OnlineAccount\"", caseJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_report_lets_the_survivor_correct_a_part_before_saving()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());

        Assert.Contains("What happened to you?", await host.StartEnglishReportAsync(), StringComparison.Ordinal);
        await host.Say("Stalking");
        await host.Say("He keeps waiting outside my office.");
        Assert.Contains("When did it happen?", await host.Say("done"), StringComparison.Ordinal);
        // The place told in the story is offered; "skip" passes it as it passes the question.
        Assert.Contains("outside my office", await host.Say("1 October 2026 to 20 November 2026"), StringComparison.Ordinal);
        await host.Say("skip");
        await host.Say("A boss or colleague");
        await host.Say("5");
        await host.Say("2");
        await host.Say("I haven't told anyone yet");
        var summary = await host.Say("Just keep a record for now");
        Assert.Contains("• When: Thursday 1 October 2026 ~ Friday 20 November 2026", summary, StringComparison.Ordinal);
        Assert.Contains("• Who (relationship): A boss or colleague", summary, StringComparison.Ordinal);

        Assert.Contains("Which part would you like to change?", await host.Say("Change something"), StringComparison.Ordinal);
        Assert.Contains("When did it happen?", await host.Say("3"), StringComparison.Ordinal);
        var future = await host.Say("25 December 2026");
        Assert.Contains("That date is still in the future", future, StringComparison.Ordinal);
        Assert.Contains("When did it happen?", future, StringComparison.Ordinal);

        var corrected = await host.Say("I don't remember");
        Assert.Contains("• When: Doesn't remember", corrected, StringComparison.Ordinal);
        Assert.Contains("• What kind of incident: Stalking", corrected, StringComparison.Ordinal);
        Assert.Contains("Shall I save it like this", corrected, StringComparison.Ordinal);

        var saved = await host.Say("Save it");
        Assert.Contains("Your case code: ", saved, StringComparison.Ordinal);
        ReportWalk.CaseCodeIn(saved);
        Assert.Contains("You can look at legal options from the menu", await host.Say("no"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_typed_for_who_is_not_asked_for_and_not_repeated()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.StartEnglishReportAsync();
        await host.Say("skip");
        await host.Say("skip");
        await host.Say("skip");
        await host.Say("skip");

        var reply = await host.Say("Jonathan Whitfield");

        Assert.Contains("You don't need to tell me who they are", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Jonathan", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Whitfield", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Is there anything you have", await host.Say("1"), StringComparison.Ordinal);

        var both = await host.Say("1, 6");
        Assert.Contains("can't go together with other options", both, StringComparison.Ordinal);
        Assert.Contains("Is there anything you have", both, StringComparison.Ordinal);
        Assert.Contains("Is any of it", await host.Say("6"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overlong_place_gets_a_kind_message_naming_the_limit_and_the_question_again()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.StartEnglishReportAsync();
        await host.Say("skip");
        await host.Say("skip");
        await host.Say("skip");

        var reply = await host.SendAsync(new string('x', IncidentReport.MaxPlaceChars + 1));

        Assert.Equal("That's a little long: I can take up to 200 characters here. Please shorten it or send it in parts.", reply[0]);
        Assert.Contains("Where did it happen?", reply[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discarding_at_the_summary_saves_nothing()
    {
        var storage = new RecordingStorage();
        await using var host = ReportTestHost.Create(storage);
        await host.StartKoreanReportAsync();
        for (var i = 0; i < 9; i++)
        {
            await host.Say("건너뛰기");
        }

        Assert.Contains("되돌릴 수 없어요", await host.Say("저장하지 않고 지우기"), StringComparison.Ordinal);
        Assert.Contains("저장되지 않았어요", await host.Say("예"), StringComparison.Ordinal);
        Assert.DoesNotContain(storage.LiveKeys, k => k.StartsWith(CaseCodeHasher.KeyPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_assault_report_without_online_material_is_not_asked_whether_it_is_still_online()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.StartEnglishReportAsync();
        await host.Say("Sexual assault or rape");
        await host.Say("skip");
        await host.Say("skip");
        await host.Say("skip");
        await host.Say("A boss or colleague");
        var afterEvidence = await host.Say("Messages or chats");

        Assert.DoesNotContain("still online", afterEvidence, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Have you told anyone", afterEvidence, StringComparison.OrdinalIgnoreCase);
        await host.Say("skip");
        var summary = await host.Say("skip");
        Assert.DoesNotContain("Still online", summary, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Sexual assault", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_assault_report_with_a_video_as_evidence_is_asked_whether_it_is_still_online()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.StartEnglishReportAsync();
        await host.Say("Sexual assault or rape");
        await host.Say("skip");
        await host.Say("skip");
        await host.Say("skip");
        await host.Say("skip");

        Assert.Contains("still online", await host.Say("Videos or files"), StringComparison.OrdinalIgnoreCase);
    }
}
