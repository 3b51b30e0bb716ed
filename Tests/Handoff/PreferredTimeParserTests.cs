using ReportBot.Dialogs.Handoff;
using ReportBot.Resources;

namespace ReportBot.Tests.Handoff;

public sealed class PreferredTimeParserTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
    private static readonly PhraseCatalog Phrases = new();

    // Saturday 5 December 2026, 10:30 in Seoul.
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 30, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData("내일 오후 2~4시", 6, 14, 0, 16, 0)]
    [InlineData("내일오후2시~4시", 6, 14, 0, 16, 0)]
    [InlineData("낼 2-4시요", 6, 14, 0, 16, 0)]
    [InlineData("내일 오후 2시부터 4시", 6, 14, 0, 16, 0)]
    [InlineData("모레 오전 10시~12시", 7, 10, 0, 12, 0)]
    [InlineData("내일모레 저녁 7시~9시", 7, 19, 0, 21, 0)]
    [InlineData("오늘 오후 3시 반", 5, 15, 30, 16, 30)]
    [InlineData("오늘 저녁 8시", 5, 20, 0, 21, 0)]
    [InlineData("오전 11시~1시", 5, 11, 0, 13, 0)]
    [InlineData("tomorrow 2-4 pm", 6, 14, 0, 16, 0)]
    [InlineData("Tomorrow 2pm to 4pm", 6, 14, 0, 16, 0)]
    [InlineData("tmrw between 2 and 4", 6, 14, 0, 16, 0)]
    [InlineData("the day after tomorrow 10am-12", 7, 10, 0, 12, 0)]
    [InlineData("today 3pm", 5, 15, 0, 16, 0)]
    [InlineData("14:00-16:30 tomorrow", 6, 14, 0, 16, 30)]
    [InlineData("tonight 8-9", 5, 20, 0, 21, 0)]
    [InlineData("내일 07:00-08:30", 6, 7, 0, 8, 30)]
    public void Reads_a_window_in_Korea_time(string typed, int day, int fromHour, int fromMinute, int toHour, int toMinute)
    {
        var window = PreferredTimeParser.TryParse(typed, Now, Seoul, Phrases);

        Assert.NotNull(window);
        Assert.Equal(new DateTimeOffset(2026, 12, day, fromHour, fromMinute, 0, TimeSpan.FromHours(9)), window.From);
        Assert.Equal(new DateTimeOffset(2026, 12, day, toHour, toMinute, 0, TimeSpan.FromHours(9)), window.To);
    }

    [Fact]
    public void A_time_already_past_today_without_a_day_means_tomorrow()
    {
        var window = PreferredTimeParser.TryParse("9-10 am", Now, Seoul, Phrases);

        Assert.NotNull(window);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.FromHours(9)), window.From);
    }

    [Theory]
    [InlineData("")]
    [InlineData("아무 때나요")]
    [InlineData("whenever you can")]
    [InlineData("I am free")]
    [InlineData("오늘 오전 9시")]
    [InlineData("tomorrow 4-2")]
    [InlineData("내일 25시")]
    [InlineData("2026-12-06")]
    public void Says_nothing_for_what_is_not_a_time_window_to_come(string typed)
    {
        Assert.Null(PreferredTimeParser.TryParse(typed, Now, Seoul, Phrases));
    }
}
