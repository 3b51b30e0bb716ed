using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// "3월인가 4월인가" was read as March only, "the week after halloween" and "the weekend after halloween" as last week or
/// not at all. "X인가 Y인가" (X or was it Y) is a span of both, and "X인가" alone stays X, said approximately; a time counted
/// on from a named day (the day after, a few days after, the week or the weekend after) is counted from that day; a lunar
/// holiday with such words ("추석 지나고 며칠 뒤") stays words, as the holiday alone does.
/// </summary>
public sealed class NamedDayOffsetTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateReader Reader = DateReader.For(new PhraseCatalog());

    [Theory]
    [InlineData("3월인가 4월인가", "2026-03-01", "2026-04-30")]
    [InlineData("4월인가 5월인가 했어요", "2026-04-01", "2026-05-31")]
    [InlineData("여름인지 가을인지", "2026-06-01", "2026-11-25")]
    [InlineData("작년 10월인가 11월인가", "2025-10-01", "2025-11-30")]
    [InlineData("march or april i think", "2026-03-01", "2026-04-30")]
    [InlineData("the week after halloween", "2026-11-01", "2026-11-07")]
    [InlineData("the weekend after halloween", "2026-11-07", "2026-11-08")]
    [InlineData("a few days after halloween", "2026-11-01", "2026-11-07")]
    [InlineData("the day after halloween", "2026-11-01", "2026-11-01")]
    [InlineData("할로윈 다음날", "2026-11-01", "2026-11-01")]
    [InlineData("크리스마스 지나고 며칠 뒤", "2025-12-26", "2026-01-01")]
    [InlineData("the week after christmas", "2025-12-26", "2026-01-01")]
    public void A_range_or_a_time_after_a_named_day_is_read_as_its_span(string text, string from, string to)
    {
        var reading = Reader.Read(text, Today);

        Assert.NotNull(reading);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), reading.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), reading.To ?? reading.From);
    }

    [Theory]
    [InlineData("3월인가?", "2026-03-01", "2026-03-31")]
    [InlineData("작년 여름인가", "2025-06-01", "2025-08-31")]
    [InlineData("halloween", "2026-10-28", "2026-10-31")]
    public void An_unsure_time_alone_stays_that_time(string text, string from, string to)
    {
        var reading = Reader.Read(text, Today);

        Assert.NotNull(reading);
        Assert.True(reading.From >= DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True((reading.To ?? reading.From) <= DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("추석 지나고 며칠 뒤에요")]
    [InlineData("a few days after chuseok")]
    public void A_lunar_holiday_with_an_offset_stays_words(string text)
    {
        var reading = Reader.Read(text, Today);

        Assert.NotNull(reading);
        Assert.True(reading.WordsOnly);
    }
}
