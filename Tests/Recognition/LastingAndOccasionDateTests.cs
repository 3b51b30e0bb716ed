using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// How long it has gone on, said at "when?" ("몇 달째 계속이에요", "its been going on for months", "1년 넘게 계속"), is a span
/// from that long ago up to today, not "I couldn't read that as a date" (and "1년" in it is one year, not the year 2001);
/// an occasion of the survivor's life ("the night before my exam", "시험 전날", "on my birthday") is kept as their words, and in
/// a story is offered with the words that make it a time; so is an age said as "i was 15". Said on 2026-12-06, a Sunday.
/// </summary>
public sealed class LastingAndOccasionDateTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly DateReader Reader = DateReader.For(new PhraseCatalog());

    [Theory]
    [InlineData("몇 달째 계속이에요ㅠ", "2026-09-06")]
    [InlineData("3개월째 계속되고 있어요", "2026-09-06")]
    [InlineData("석 달째", "2026-09-06")]
    [InlineData("두 달 넘게요", "2026-10-06")]
    [InlineData("1년 넘게 계속", "2025-12-06")]
    [InlineData("반년째 이러고 있어요", "2026-06-06")]
    [InlineData("2주째 계속 연락 와요", "2026-11-22")]
    [InlineData("일주일째", "2026-11-29")]
    [InlineData("its been going on for months", "2026-09-06")]
    [InlineData("for a few months now", "2026-09-06")]
    [InlineData("for about 3 months", "2026-09-06")]
    [InlineData("for weeks", "2026-11-15")]
    [InlineData("for the past year", "2025-12-06")]
    [InlineData("for the last 2 months", "2026-10-06")]
    public void How_long_it_has_gone_on_is_a_span_up_to_today(string words, string from)
    {
        var reading = Reader.Read(words, Today);

        Assert.NotNull(reading);
        Assert.True(reading.Approximate);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), reading.From);
        Assert.Equal(Today, reading.To);
    }

    [Theory]
    [InlineData("for a week last month", "2026-11-01", "2026-11-30")]
    [InlineData("반년 전쯤", "2026-05-22", "2026-06-21")]
    [InlineData("3 weeks ago", "2026-11-12", "2026-11-18")]
    [InlineData("it's been happening since i started the job in august", "2026-08-01", "2026-12-06")]
    public void A_time_named_with_it_still_reads_as_that_time(string words, string from, string to)
    {
        var reading = Reader.Read(words, Today);

        Assert.NotNull(reading);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), reading.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), reading.To);
    }

    [Fact]
    public void An_age_said_before_another_time_is_no_age()
    {
        var reading = Reader.Read("i was at work on march 3", Today);

        Assert.NotNull(reading);
        Assert.False(reading.WordsOnly);
        Assert.Equal(new DateOnly(2026, 3, 3), reading.From);
    }

    [Theory]
    [InlineData("the night before my exam")]
    [InlineData("the day after my birthday")]
    [InlineData("on my birthday")]
    [InlineData("시험 전날 밤이요")]
    [InlineData("생일 다음날")]
    [InlineData("폭로 글 올린 다음날부터요")]
    [InlineData("폭로한 뒤로 계속이요")]
    [InlineData("미투 이후부터요")]
    [InlineData("기사 나간 다음날부터")]
    [InlineData("right after my post went viral")]
    [InlineData("i was 15")]
    [InlineData("i was like 16")]
    [InlineData("aged 14 or so")]
    [InlineData("ever since i spoke out")]
    [InlineData("the day after i called him out")]
    public void An_occasion_is_kept_as_the_survivors_words(string words)
    {
        var reading = Reader.Read(words, Today);

        Assert.NotNull(reading);
        Assert.True(reading.WordsOnly);
    }

    [Theory]
    [InlineData("a guy from my study group touched me the night before my exam", "the night before my exam")]
    [InlineData("시험 전날 과외쌤이 억지로 껴안았어요", "시험 전날")]
    [InlineData("폭로 글 올린 다음날부터 모르는 사람들한테 디엠이 와요", "폭로 글 올린 다음날부터")]
    [InlineData("right after my post went viral people started posting my address", "right after my post went viral")]
    public void An_occasion_said_as_a_time_in_a_story_is_offered_with_its_words(string story, string words)
    {
        var found = Reader.Find(story, Today);

        Assert.NotNull(found);
        Assert.Equal(words, found.Words);
    }

    [Theory]
    [InlineData("전남친이 몇 달째 회사 앞에 찾아와요", "2026-09-06")]
    [InlineData("두 달 넘게 같은 번호로 계속 문자가 와요", "2026-10-06")]
    public void How_long_a_Korean_story_says_it_has_gone_on_is_its_time(string story, string from)
    {
        var found = Reader.Find(story, Today);

        Assert.NotNull(found);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), found.Reading.From);
        Assert.Equal(Today, found.Reading.To);
    }

    [Theory]
    [InlineData("3년째 사귀던 남친이 몰래 찍었어요")]
    [InlineData("my tutor helped me prepare for my exam and then he touched me")]
    [InlineData("we dated for 2 years and he filmed me without asking")]
    [InlineData("he bought me a birthday present and then grabbed me")]
    [InlineData("전남친이 폭로하겠다고 협박해요")]
    [InlineData("my post about him went viral and now they doxxed me")]
    public void An_occasion_or_a_length_that_is_no_time_offers_none(string story) =>
        Assert.Null(Reader.Find(story, Today));
}
