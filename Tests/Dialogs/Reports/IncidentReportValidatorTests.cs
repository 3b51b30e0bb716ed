using ReportBot.Dialogs.Reports;

namespace ReportBot.Tests.Dialogs.Reports;

public sealed class IncidentReportValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private readonly IncidentReportValidator _validator = new(() => Today);

    [Fact]
    public void A_report_with_every_part_skipped_is_valid()
    {
        Assert.True(_validator.Validate(new IncidentReport()).IsValid);
    }

    [Fact]
    public void A_complete_report_is_valid()
    {
        var report = new IncidentReport
        {
            Types = [IncidentType.Deepfake, IncidentType.OnlineHarassment],
            Narrative = ["first part", "second part"],
            When = IncidentPeriod.Between(new DateOnly(2026, 1, 1), Today),
            Place = "Seoul",
            Relationship = Relationship.OnlineAccount,
            Evidence = [EvidenceKind.Links],
            StillOnline = OnlineStatus.StillOnline,
            Disclosures = [Disclosure.ReportedToPolice],
            Wishes = [SupportWish.TakedownHelp],
        };

        Assert.True(_validator.Validate(report).IsValid);
    }

    [Fact]
    public void A_date_in_the_future_is_refused_with_the_shared_message_key()
    {
        var result = _validator.Validate(new IncidentReport { When = IncidentPeriod.On(Today.AddDays(1)) });

        Assert.Equal("common.validation.date_in_future", Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        var result = _validator.Validate(new IncidentReport { When = new IncidentPeriod { From = Today, To = Today.AddDays(-3) } });

        Assert.Equal("report.validation.range_order", Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void A_place_over_the_limit_is_refused_with_the_limit_for_the_message()
    {
        var result = _validator.Validate(new IncidentReport { Place = new string('가', IncidentReport.MaxPlaceChars + 1) });

        var error = Assert.Single(result.Errors);
        Assert.Equal("common.validation.too_long", error.ErrorMessage);
        Assert.Equal(IncidentReport.MaxPlaceChars, ((IReadOnlyDictionary<string, object?>)error.CustomState)["limit"]);
    }

    [Fact]
    public void A_story_over_the_total_limit_is_refused()
    {
        var parts = Enumerable.Repeat(new string('x', IncidentReport.MaxNarrativePartChars), (IncidentReport.MaxNarrativeChars / IncidentReport.MaxNarrativePartChars) + 1).ToList();

        Assert.Contains(_validator.Validate(new IncidentReport { Narrative = parts }).Errors, e => e.ErrorMessage == "common.validation.too_long");
    }

    [Fact]
    public void Nothing_yet_cannot_go_with_other_evidence_and_values_must_come_from_the_lists()
    {
        Assert.False(_validator.Validate(new IncidentReport { Evidence = [EvidenceKind.None, EvidenceKind.Links] }).IsValid);
        Assert.False(_validator.Validate(new IncidentReport { Disclosures = [Disclosure.NoOneYet, Disclosure.ReportedToPolice] }).IsValid);
        Assert.False(_validator.Validate(new IncidentReport { Types = [(IncidentType)42] }).IsValid);
        Assert.False(_validator.Validate(new IncidentReport { Relationship = (Relationship)42 }).IsValid);
    }
}
