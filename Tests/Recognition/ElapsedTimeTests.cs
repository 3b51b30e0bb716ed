using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Dialogs.Conversations;
using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;
using ReportBot.Resources.Text;
using ReportBot.Tests.Dialogs;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// Time gone by is how long ago: "its been like 2 weeks since the post went up", "been 3 days", "한 달쯤 됐어요" and "3일
/// 됐어요" at "when did it happen?" got "I couldn't read that as a date". An answer that says more than the time keeps the
/// time it mentions, with the whole answer as written.
/// </summary>
public sealed class ElapsedTimeTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly PhraseCatalog Phrases = new();
    private static readonly DateReader Reader = DateReader.For(Phrases);

    [Theory]
    [InlineData("been 3 days", "2026-11-22", "2026-11-22")]
    [InlineData("it's been about a month", "2026-10-10", "2026-11-09")]
    [InlineData("its been 2-3 weeks now", "2026-11-01", "2026-11-14")]
    [InlineData("two weeks have passed", "2026-11-08", "2026-11-14")]
    [InlineData("a fortnight has gone by", "2026-11-11", "2026-11-11")]
    [InlineData("한 달쯤 됐어요", "2026-10-10", "2026-11-09")]
    [InlineData("3일 됐어요", "2026-11-22", "2026-11-22")]
    [InlineData("몇 달 지났네요", "2026-05-25", "2026-09-25")]
    [InlineData("보름 정도 지났어요", "2026-11-10", "2026-11-10")]
    [InlineData("1년 넘었어요", "2025-05-27", "2026-05-26")]
    [InlineData("yday", "2026-11-24", "2026-11-24")]
    public void Time_gone_by_is_read_as_that_long_ago(string text, string from, string to)
    {
        var reading = Reader.Read(text, Today);

        Assert.NotNull(reading);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), reading.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), reading.To ?? reading.From);
    }

    [Theory]
    // Said with another time, time gone by leaves that time as it reads.
    [InlineData("its been going on for 3 months", "2026-08-25", "2026-11-25")]
    [InlineData("it's been happening since june", "2026-06-01", "2026-11-25")]
    [InlineData("지난주에 시작됐어요", "2026-11-16", "2026-11-22")]
    public void Time_gone_by_said_with_another_time_keeps_that_time(string text, string from, string to)
    {
        var reading = Reader.Read(text, Today);

        Assert.NotNull(reading);
        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (reading.From!.Value, reading.To!.Value));
    }

    [Theory]
    [InlineData("it's been a week since he posted my pics on twitter", "it's been a week", "2026-11-18")]
    [InlineData("its been like 2 weeks since the post went up and people keep finding my address", "its been like 2 weeks", "2026-11-11")]
    [InlineData("헤어진 지 한 달 됐는데 계속 연락 와요", "한 달 됐는데", "2026-10-25")]
    [InlineData("he messaged me again yesterday, it's been since august", "since august", "2026-11-24")]
    public void In_a_story_time_gone_by_is_offered_with_its_own_words(string story, string words, string within)
    {
        var found = Reader.Find(story, Today);

        Assert.NotNull(found);
        Assert.Equal(words, found.Words);
        var day = DateOnly.Parse(within, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(found.Reading.From <= day && day <= (found.Reading.To ?? found.Reading.From), $"{found.Reading.From} - {found.Reading.To}");
    }

    [Theory]
    [InlineData("i've been scared to go out since it happened")]
    [InlineData("he has been texting me every day")]
    [InlineData("이렇게 신고하게 됐어요")]
    public void Been_and_dwaesseoyo_alone_are_no_time(string text)
    {
        Assert.Null(Reader.Read(text, Today));
        Assert.Null(Reader.Find(text, Today));
    }

    [Theory]
    [InlineData("en", "its been like 2 weeks since the post went up", "its been like 2 weeks since the post went up", "2026")]
    [InlineData("ko", "글 올리고 나서 한 열흘 지났어요", "글 올리고 나서 한 열흘 지났어요", "2026")]
    public async Task At_the_when_question_an_answer_that_says_more_than_the_time_is_taken_whole(string code, string answer, string kept, string dated)
    {
        var host = ReportTestHost.Create(new MemoryStorage());
        await using var _ = host;
        var texts = host.Services.GetRequiredService<ITextCatalog>();
        var language = ReportWalk.Lang(code);
        Assert.Contains(texts.Get(ReportText.AskWhen, language), await host.StoryDoneAsync(language), StringComparison.Ordinal);

        var replies = await host.Say(answer);
        Assert.DoesNotContain(texts.Get(ReportText.RetryWhen, language), replies, StringComparison.Ordinal);
        Assert.Contains(texts.Get(ReportText.AskPlace, language), replies, StringComparison.Ordinal);

        var when = await host.SummaryLineAsync(language, ReportText.FieldWhen);
        Assert.Contains(kept, when, StringComparison.Ordinal);
        Assert.Contains(dated, when, StringComparison.Ordinal);
    }
}
