using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Tests.Dialogs.Conversations;

public sealed class ReportSummaryTests
{
    private static readonly TextCatalog Texts = new();

    private static readonly IncidentReport Report = new()
    {
        Types = [IncidentType.NonConsensualSharing, IncidentType.CounterLawsuit],
        Narrative = [new string('가', 300), "두 번째"],
        When = IncidentPeriod.NotRemembered,
        Relationship = Relationship.PartnerOrEx,
        Evidence = [EvidenceKind.Messages],
        StillOnline = OnlineStatus.NotSure,
        Disclosures = [Disclosure.ThreatenedWithLawsuit],
        Wishes = [SupportWish.LegalHelp, SupportWish.TalkToCounsellor],
        Additions = [new ReportAddition { AddedAt = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), Text = "later note" }],
    };

    [Fact]
    public void Korean_summary_names_every_part_in_order_with_skipped_ones_marked()
    {
        var summary = ReportSummary.Build(Report, Texts, Language.Korean);

        var lines = summary.Split('\n');
        Assert.Equal("• 어떤 일: 촬영물 유포 또는 유포 협박, 피해를 말했다가 고소·신고를 당함", lines[0]);
        Assert.StartsWith("• 있었던 일: 메시지 2개, 304자: \"" + new string('가', ReportSummary.ExcerptChars) + "…\"", lines[1], StringComparison.Ordinal);
        Assert.Equal("• 언제: 기억나지 않음", lines[2]);
        Assert.Equal("• 어디서: (건너뜀)", lines[3]);
        Assert.Equal("• 상대와의 관계: 연인 또는 전 연인(배우자 포함)", lines[4]);
        Assert.Equal("• 자료·증거: 메시지·채팅 기록", lines[5]);
        Assert.Equal("• 온라인에 남아 있는지: 확인하지 못했어요", lines[6]);
        Assert.Equal("• 알린 곳: 고소하겠다는 협박을 받았거나 고소를 당했어요", lines[7]);
        Assert.Equal("• 원하는 도움: 법적 도움, 상담 연결을 원해요", lines[8]);
        Assert.Equal("• 나중에 추가한 내용 1개", lines[9]);
        Assert.Contains("\"later note\"", lines[10], StringComparison.Ordinal);
    }

    [Fact]
    public void English_summary_of_an_empty_report_marks_every_part_skipped()
    {
        var summary = ReportSummary.Build(new IncidentReport(), Texts, Language.English);

        Assert.Equal(9, summary.Split('\n').Length);
        Assert.All(summary.Split('\n'), line => Assert.EndsWith(": (skipped)", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Dates_in_a_summary_name_the_month_so_day_and_month_cannot_be_swapped()
    {
        var exact = Report with { When = IncidentPeriod.On(new DateOnly(2026, 3, 4)) };
        var approximate = Report with { When = new IncidentPeriod { Words = "early March", From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 3, 10), Approximate = true } };

        var englishExact = ReportSummary.Build(exact, Texts, Language.English).Split('\n');
        var englishApproximate = ReportSummary.Build(approximate, Texts, Language.English).Split('\n');
        var koreanExact = ReportSummary.Build(exact, Texts, Language.Korean).Split('\n');

        Assert.Contains("Wednesday 4 March 2026", englishExact[2], StringComparison.Ordinal);
        Assert.Contains("1 Mar 2026 ~ 10 Mar 2026", englishApproximate[2], StringComparison.Ordinal);
        Assert.Contains("20 Nov 2026", englishExact[10], StringComparison.Ordinal);
        Assert.DoesNotContain("3/4/2026", string.Join('\n', englishExact), StringComparison.Ordinal);
        Assert.Contains("2026년 3월 4일 수요일", koreanExact[2], StringComparison.Ordinal);
        Assert.Contains("2026년 11월 20일", koreanExact[10], StringComparison.Ordinal);
    }
}
