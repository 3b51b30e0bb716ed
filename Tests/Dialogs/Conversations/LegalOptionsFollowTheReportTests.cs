using ReportBot.Resources.Text;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs.Conversations;

/// <summary>
/// After a report, the legal options start with what the survivor said would help: a survivor whose images are still
/// online, or who asked for help getting them down, reads about takedown before the police; one who asked for legal
/// help reads about lawyers first; one who only wants a record reads about keeping evidence first. The intro says why.
/// </summary>
public sealed class LegalOptionsFollowTheReportTests
{
    [Fact]
    public async Task English_images_still_online_and_takedown_wanted_start_with_takedown_then_lawyers()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.StartEnglishReportAsync();
        await host.Say("2");
        await host.Say("My ex posted a video of me.");
        await host.Say("done");
        await host.Say("skip");
        await host.Say("skip");
        await host.Say("skip");
        Assert.Contains("still online", await host.Say("2"), StringComparison.Ordinal);
        await host.Say("Yes, it's still up");
        await host.Say("skip");
        Assert.Contains("Shall I save it", await host.Say("2, 3"), StringComparison.Ordinal);
        ReportWalk.CaseCodeIn(await host.Say("Save it"));

        var reading = await host.Say("yes");

        Assert.Contains("You said it is still online, so I'll start with getting it taken down.", reading, StringComparison.Ordinal);
        var first = reading[reading.LastIndexOf("1/", StringComparison.Ordinal)..];
        Assert.Contains("Getting images taken down", first, StringComparison.Ordinal);
        Assert.Contains("02-735-8994", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Reporting to the police", first, StringComparison.Ordinal);
        Assert.Contains("A free state-appointed lawyer", await host.Say("next"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Korean_legal_help_wanted_starts_with_the_state_lawyer()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.StartKoreanReportAsync();
        await host.Say("4");
        await host.Say("아는 사람한테 당했어요.");
        await host.Say("다 했어요");
        await host.Say("건너뛰기");
        await host.Say("건너뛰기");
        await host.Say("건너뛰기");
        await host.Say("건너뛰기");
        await host.Say("건너뛰기");
        Assert.Contains("이대로 저장할까요", await host.Say("3"), StringComparison.Ordinal);
        ReportWalk.CaseCodeIn(await host.Say("저장하기"));

        var reading = await host.Say("네");

        Assert.Contains("법률 도움을 원하신다고 하셔서", reading, StringComparison.Ordinal);
        var first = reading[reading.LastIndexOf("1/", StringComparison.Ordinal)..];
        Assert.Contains("국선", first, StringComparison.Ordinal);
        Assert.DoesNotContain("경찰에 신고하기", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_just_a_record_starts_with_keeping_evidence()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        var reading = await StalkingReportThenLegalOptionsAsync(host, "Just keep a record for now");

        Assert.Contains("keep a record for now, so I'll start with keeping evidence", reading, StringComparison.Ordinal);
        Assert.Contains("Keeping evidence", reading[reading.LastIndexOf("1/", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_no_wish_keeps_the_usual_order_and_says_nothing_about_it()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        var reading = await StalkingReportThenLegalOptionsAsync(host, "skip");

        Assert.DoesNotContain("You said", reading, StringComparison.Ordinal);
        Assert.Contains("Reporting to the police", reading[reading.LastIndexOf("1/", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asked_in_the_middle_of_a_report_it_reads_the_kinds_already_named_there()
    {
        await using var host = ReportTestHost.Create(new RecordingStorage());
        await host.StartKoreanReportAsync();
        await host.Say("2");
        await host.Say("전남친이 영상을 올렸어요.");
        await host.Say("다 했어요");

        var reading = await host.Say("법적으로 뭘 할 수 있어요?");

        Assert.Contains(Catalog.Ko(LegalText.IntroReport, ("types", Catalog.Ko(ReportText.TypeNonConsensualSharing))), reading);
        Assert.DoesNotContain(Catalog.Ko(LegalText.BrowsePrompt), reading);
        Assert.Contains(Catalog.Ko(ReportText.AskWhen), await host.Say("그만 볼게요"));
    }

    // An English stalking report with every question after the story passed, the help question answered with wish,
    // saved; returns the replies to accepting the legal options.
    private static async Task<string> StalkingReportThenLegalOptionsAsync(DialogTestHost host, string wish)
    {
        await host.StartEnglishReportAsync();
        await host.Say("7");
        await host.Say("He keeps following me home.");
        await host.Say("done");
        await host.SkipUntilAsync(ReportBot.Resources.Language.English, ReportText.AskWishes);
        Assert.Contains("Shall I save it", await host.Say(wish), StringComparison.Ordinal);
        ReportWalk.CaseCodeIn(await host.Say("Save it"));
        return await host.Say("yes");
    }
}
