using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Tests.Dialogs.Conversations;

public sealed class IncidentPeriodPromptTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly PhraseCatalog Phrases = new();

    [Theory]
    [InlineData("어제", "2026-11-24", null)]
    [InlineData("2026년 3월 5일", "2026-03-05", null)]
    [InlineData("5 March", "2026-03-05", null)]
    [InlineData("2026-01-10 ~ 2026-03-05", "2026-01-10", "2026-03-05")]
    [InlineData("2026년 1월 10일부터 2026년 3월 5일까지", "2026-01-10", "2026-03-05")]
    [InlineData("3월 1일에서 3월 5일 사이", "2026-03-01", "2026-03-05")]
    [InlineData("from 1 October to 20 November", "2026-10-01", "2026-11-20")]
    [InlineData("between March 1, 2026 and March 5, 2026", "2026-03-01", "2026-03-05")]
    [InlineData("2026-03-05 ~ 2026-03-05", "2026-03-05", null)]
    public void Reads_a_day_or_a_span(string text, string from, string? to)
    {
        var period = IncidentPeriodPrompt.Read(text, Today, Phrases);

        Assert.NotNull(period);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
        Assert.False(period.Unknown);
    }

    [Theory]
    [InlineData("기억 안 나요")]
    [InlineData("기억이 안 나요 ㅠㅠ")]
    [InlineData("I don't remember")]
    public void Not_remembering_is_an_answer(string text)
    {
        Assert.Equal(IncidentPeriod.NotRemembered, IncidentPeriodPrompt.Read(text, Today, Phrases));
    }

    [Theory]
    [InlineData("sometime")]
    [InlineData("2026-03-05 ~ 언젠가")]
    public void Text_that_is_not_a_date_is_not_guessed(string text)
    {
        Assert.Null(IncidentPeriodPrompt.Read(text, Today, Phrases));
    }

    [Theory]
    [InlineData("작년 여름쯤", "2025-06-01", "2025-08-31")]
    [InlineData("지난달 중순", "2026-10-11", "2026-10-20")]
    [InlineData("middle of last month", "2026-10-11", "2026-10-20")]
    [InlineData("since March", "2026-03-01", "2026-11-25")]
    [InlineData("3월부터 계속이요", "2026-03-01", "2026-11-25")]
    public void Words_for_when_keep_the_words_and_the_span_they_stand_for(string text, string from, string to)
    {
        var period = IncidentPeriodPrompt.Read(text, Today, Phrases)!;
        Assert.Equal(text, period.Words);
        Assert.True(period.Approximate);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
    }

    [Theory]
    [InlineData("고등학생 때")]
    [InlineData("when I was 16")]
    public void Ages_and_life_stages_are_kept_as_words_without_dates(string text)
    {
        var period = IncidentPeriodPrompt.Read(text, Today, Phrases)!;
        Assert.Equal(text, period.Words);
        Assert.Null(period.From);
        Assert.False(period.Unknown);
    }

    [Fact]
    public void A_reversed_span_is_kept_as_typed_for_the_validator_to_explain()
    {
        var period = IncidentPeriodPrompt.Read("2026-03-05 ~ 2026-01-10", Today, Phrases)!;

        Assert.Equal(new DateOnly(2026, 3, 5), period.From);
        Assert.False(new IncidentPeriodValidator(() => Today).Validate(period).IsValid);
    }
}
