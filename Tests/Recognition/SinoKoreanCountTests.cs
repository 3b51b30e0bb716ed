using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Counts in Sino-Korean numerals and the native words for days: "삼개월 전" (three months ago) was read as one month ago,
/// "십년 전" and "오년 전에" as one year ago, "삼일 전" as yesterday; "이틀 전", "사흘 전" and "일년 됐어요" were not read at
/// all, and months said as "삼월" or "시월" neither. "세 달 전" (three months ago) was one month ago too: "세" was read as the
/// age word of "15세". "2 nights ago" and "the month before last" (지지난달) were not read, or read as last month. A length said before the time in a story ("사귄지 일년 됐는데 지난주에", "i've
/// known him for 5 years and yesterday…") is background, and the time after it is the one offered.
/// </summary>
public sealed class SinoKoreanCountTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly PhraseCatalog Phrases = new();
    private static readonly DateReader Reader = DateReader.For(Phrases);

    [Theory]
    [InlineData("삼개월 전", "2026-08-25")]
    [InlineData("삼 개월 전쯤이요", "2026-08-25")]
    [InlineData("육개월 전에", "2026-05-25")]
    [InlineData("십년 전", "2016-11-25")]
    [InlineData("오년 전에요", "2021-11-25")]
    [InlineData("일 년 전", "2025-11-25")]
    [InlineData("이년 전쯤", "2024-11-25")]
    [InlineData("삼주 전", "2026-11-04")]
    [InlineData("삼일 전", "2026-11-22")]
    [InlineData("십일 전", "2026-11-15")]
    [InlineData("이십일 전", "2026-11-05")]
    [InlineData("하루 전", "2026-11-24")]
    [InlineData("이틀 전", "2026-11-23")]
    [InlineData("사흘 전에요", "2026-11-22")]
    [InlineData("나흘 됐어요", "2026-11-21")]
    [InlineData("일년 됐어요", "2025-11-25")]
    [InlineData("이틀 지났어요", "2026-11-23")]
    [InlineData("한 일주일 됐어요", "2026-11-18")]
    [InlineData("이삼일 전", "2026-11-23")]
    [InlineData("수년 전", "2023-11-25")]
    [InlineData("수개월 전에", "2026-07-25")]
    [InlineData("세 달 전", "2026-08-25")]
    [InlineData("세달전", "2026-08-25")]
    [InlineData("2 nights ago", "2026-11-23")]
    [InlineData("a couple nights ago", "2026-11-23")]
    [InlineData("last nite", "2026-11-24")]
    [InlineData("지지난달", "2026-09-15")]
    [InlineData("저저번 달 15일", "2026-09-15")]
    [InlineData("the month before last", "2026-09-15")]
    public void A_count_in_sino_korean_numerals_or_a_native_day_word_is_that_long_ago(string text, string within)
    {
        var reading = Reader.Read(text, Today);

        Assert.NotNull(reading);
        AssertHolds(reading, within);
    }

    [Theory]
    [InlineData("삼월 초", "2026-03-05")]
    [InlineData("유월쯤", "2026-06-15")]
    [InlineData("시월 말", "2026-10-28")]
    [InlineData("구월에", "2026-09-15")]
    [InlineData("십일월", "2026-11-10")]
    [InlineData("작년 십이월에", "2025-12-15")]
    public void A_month_said_in_sino_korean_numerals_is_that_month(string text, string within)
    {
        var reading = Reader.Read(text, Today);

        Assert.NotNull(reading);
        AssertHolds(reading, within);
    }

    [Theory]
    // A unit with no count is the plural: "years ago" was read as about one year ago (2025), which a limitation period
    // counted from it would get wrong by years.
    [InlineData("years ago", "2023-11-25", "2025-11-25")]
    [InlineData("this happened years ago", "2022-11-25", "2025-11-25")]
    [InlineData("it was like months ago", "2026-08-25", "2026-10-25")]
    [InlineData("months ago", "2026-08-25", "2026-10-25")]
    [InlineData("like weeks ago", "2026-10-28", "2026-11-18")]
    public void A_unit_with_no_count_is_a_few_not_one(string text, string within, string not)
    {
        var reading = Reader.Read(text, Today);

        Assert.NotNull(reading);
        AssertHolds(reading, within);
        var one = DateOnly.Parse(not, System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(reading.From <= one && one <= (reading.To ?? reading.From), $"{reading.From} - {reading.To} should not hold {one}");
    }

    [Theory]
    [InlineData("a year ago", "2025-11-25")]
    [InlineData("a month ago", "2026-10-25")]
    public void A_unit_with_its_article_is_one(string text, string within)
    {
        var reading = Reader.Read(text, Today);

        Assert.NotNull(reading);
        AssertHolds(reading, within);
    }

    [Theory]
    // The numerals are also ordinary syllables: without their unit they stay words.
    [InlineData("일요일", "2026-11-22")]
    [InlineData("이번주 월요일", "2026-11-23")]
    [InlineData("일주일 전", "2026-11-18")]
    [InlineData("이주 전", "2026-11-11")]
    public void Date_words_that_begin_with_a_numeral_keep_their_meaning(string text, string within)
    {
        var reading = Reader.Read(text, Today);

        Assert.NotNull(reading);
        AssertHolds(reading, within);
    }

    [Theory]
    [InlineData("15세 때")]
    [InlineData("세 살 때")]
    public void An_age_is_still_an_age(string text)
    {
        var reading = Reader.Read(text, Today);

        Assert.NotNull(reading);
        Assert.True(reading.WordsOnly); // kept as the survivor's words, with no calendar range
    }

    [Theory]
    [InlineData("회사일 때문에 바빠서요")]
    [InlineData("이 사람이 사진을 올렸어요")]
    [InlineData("구 사무실 앞에서 기다렸대요")]
    [InlineData("사진 삼십 장을 보냈어요")]
    public void Numeral_syllables_without_a_unit_are_no_time(string story) => Assert.Null(Reader.Find(story, Today));

    [Theory]
    [InlineData("삼개월 전에 회식에서 팀장이 자꾸 만졌어요", "삼개월 전에", "2026-08-25")]
    [InlineData("이틀 전에 모르는 사람이 집까지 따라왔어요", "이틀 전에", "2026-11-23")]
    [InlineData("사귄지 일년 됐는데 지난주에 헤어지자고 하니까 사진 뿌린대요", "지난주", "2026-11-18")]
    [InlineData("사귄지일년됐는데 지난주에 헤어지자고 하니까 사진 뿌린대요", "지난주", "2026-11-18")]
    [InlineData("회사 다닌 지 삼년 됐는데 어제 팀장이 만졌어요", "어제", "2026-11-24")]
    [InlineData("i've known him for 5 years and yesterday he grabbed me", "yesterday", "2026-11-24")]
    [InlineData("we've been together 2 years and on saturday he hit me", "saturday", "2026-11-21")]
    [InlineData("i worked there for 3 years and last month my manager groped me", "last month", "2026-10-15")]
    public void In_a_story_the_time_is_offered_and_a_length_before_it_is_background(string story, string words, string within)
    {
        var found = Reader.Find(story, Today);

        Assert.NotNull(found);
        Assert.Equal(words, found.Words);
        AssertHolds(found.Reading, within);
    }

    [Fact]
    public async Task At_the_when_question_three_months_ago_in_sino_korean_numerals_is_kept_as_that_month()
    {
        var host = ReportTestHost.Create(new MemoryStorage());
        await using var _ = host;
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var language = ReportWalk.Lang("ko");
        Assert.Contains(texts.Get(ReportText.AskWhen, language), await host.StoryDoneAsync(language), StringComparison.Ordinal);

        var replies = await host.Say("삼개월 전쯤이요");
        Assert.DoesNotContain(texts.Get(ReportText.RetryWhen, language), replies, StringComparison.Ordinal);

        var when = await host.SummaryLineAsync(language, ReportText.FieldWhen);
        Assert.Contains("삼개월 전쯤이요", when, StringComparison.Ordinal);
        Assert.Contains("2026년 8월", when, StringComparison.Ordinal); // three months before 25 November, not one
    }

    private static void AssertHolds(DateReading reading, string within)
    {
        var day = DateOnly.Parse(within, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(reading.From <= day && day <= (reading.To ?? reading.From), $"{reading.From} - {reading.To} should hold {day}");
    }
}
