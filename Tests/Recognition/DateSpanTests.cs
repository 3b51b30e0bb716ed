using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Times said as a span or a vague count, read as the survivor means them on the day they say it (2026-12-06, a Sunday):
/// "late may or early june" keeps both ends, "a couple of weeks ago" is two to three weeks back (not five), "지난 주말" said on
/// a Sunday is the weekend before, and "sat" in "a man sat next to me" is no Saturday.
/// </summary>
public sealed class DateSpanTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly DateReader Reader = DateReader.For(new PhraseCatalog());

    [Theory]
    [InlineData("late may or early june", "2026-05-21", "2026-06-10")]
    [InlineData("5월 말이나 6월 초쯤", "2026-05-21", "2026-06-10")]
    [InlineData("5월 말이었나 6월 초였나", "2026-05-21", "2026-06-10")]
    [InlineData("between christmas and new year", "2025-12-22", "2026-01-04")]
    [InlineData("작년 크리스마스랑 새해 사이", "2025-12-22", "2026-01-04")]
    [InlineData("작년 여름에서 가을 사이", "2025-06-01", "2025-11-30")]
    [InlineData("a couple of weeks ago", "2026-11-12", "2026-11-25")]
    [InlineData("두어 주 전", "2026-11-12", "2026-11-25")]
    [InlineData("2-3주 전", "2026-11-12", "2026-11-25")]
    [InlineData("like 2-3 weeks ago", "2026-11-12", "2026-11-25")]
    [InlineData("three or four weeks ago", "2026-11-05", "2026-11-18")]
    [InlineData("서너 주 전쯤", "2026-11-05", "2026-11-18")]
    [InlineData("한두 달 전", "2026-09-21", "2026-11-21")]
    [InlineData("지난 주말에", "2026-11-28", "2026-11-29")]
    [InlineData("last weekend", "2026-11-28", "2026-11-29")]
    [InlineData("this weekend", "2026-12-05", "2026-12-06")]
    [InlineData("며칠 전에", "2026-11-30", "2026-12-04")]
    [InlineData("a few days ago", "2026-11-30", "2026-12-04")]
    [InlineData("얼마 전에", "2026-11-06", "2026-12-04")]
    [InlineData("not long ago", "2026-11-06", "2026-12-04")]
    [InlineData("한참 전이에요", "2026-06-06", "2026-11-22")]
    [InlineData("a while ago", "2026-06-06", "2026-11-22")]
    [InlineData("the other day", "2026-11-26", "2026-12-04")]
    [InlineData("요전에", "2026-11-26", "2026-12-04")]
    public void A_span_or_a_vague_count_is_read_as_meant(string words, string from, string to)
    {
        var reading = Reader.Read(words, Today);

        Assert.NotNull(reading);
        Assert.True(reading.Approximate);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), reading.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), reading.To);
    }

    [Theory]
    [InlineData("5월 말이나 6월 초쯤 회식 자리에서 팀장이 억지로 키스했어요", "5월 말이나 6월 초쯤")]
    [InlineData("작년 여름에서 가을 사이에 과외쌤이 계속 몸을 만졌어요", "작년 여름에서 가을 사이")]
    [InlineData("late may or early june at a work party my manager kissed me", "late may or early june")]
    [InlineData("between christmas and new year my uncle kept touching me", "between christmas and new year")]
    public void A_span_in_a_story_is_offered_with_both_ends(string story, string words)
    {
        var found = Reader.Find(story, Today);

        Assert.NotNull(found);
        Assert.Equal(words, found.Words);
    }

    [Theory]
    [InlineData("a man sat next to me on the train and put his hand on my leg")]
    [InlineData("the sun was going down when he followed me")]
    public void A_weekday_abbreviation_used_as_a_word_is_no_time(string story) =>
        Assert.Null(Reader.Find(story, Today));
}
