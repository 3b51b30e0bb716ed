using System.Globalization;
using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Times from the fifth report batch, read on the day they are said (2026-12-06, a Sunday): the week and the weekend
/// before last, 보름 (fifteen days), "한 석 달" (about three months, not one to three), weekdays as people shorten them,
/// New Year's Eve as a day; school terms are kept as the survivor's words.
/// </summary>
public sealed class RelativeDateTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly DateReader Reader = DateReader.For(new PhraseCatalog());

    [Theory]
    [InlineData("지지난주 금욜", "2026-11-20", "2026-11-20")]
    [InlineData("저저번주 월요일에", "2026-11-16", "2026-11-16")]
    [InlineData("the week before last", "2026-11-16", "2026-11-22")]
    [InlineData("the weekend before last", "2026-11-21", "2026-11-22")]
    [InlineData("지지난 주말에", "2026-11-21", "2026-11-22")]
    [InlineData("금욜에", "2026-12-04", "2026-12-04")]
    [InlineData("보름 전쯤", "2026-11-21", "2026-11-21")]
    [InlineData("한 석달 전?", "2026-08-22", "2026-09-21")]
    [InlineData("넉 달 전", "2026-07-22", "2026-08-21")]
    [InlineData("new years eve", "2025-12-31", "2025-12-31")]
    public void A_relative_time_is_read_as_the_days_meant(string words, string from, string to)
    {
        var reading = Reader.Read(words, Today);

        Assert.NotNull(reading);
        var start = DateOnly.Parse(from, CultureInfo.InvariantCulture);
        var end = DateOnly.Parse(to, CultureInfo.InvariantCulture);
        var readTo = reading.To ?? reading.From;
        Assert.True(reading.From <= start && readTo >= end, $"{words}: read as {reading.From} ~ {reading.To}");
        Assert.True(reading.From >= start.AddDays(-3) && readTo <= end.AddDays(3), $"{words}: read as {reading.From} ~ {reading.To}, wider than meant");
    }

    [Theory]
    [InlineData("중간고사 기간")]
    [InlineData("기말고사 끝나고")]
    [InlineData("the week before finals")]
    [InlineData("freshman orientation")]
    public void A_school_term_is_kept_as_words(string words)
    {
        var reading = Reader.Read(words, Today);

        Assert.NotNull(reading);
        Assert.True(reading.WordsOnly);
    }
}
