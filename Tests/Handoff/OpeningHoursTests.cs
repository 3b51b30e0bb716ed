using ReportBot.Bot.Handoff;
using ReportBot.Bot.Handoff.Queue;
using ReportBot.Resources;

namespace ReportBot.Tests.Handoff;

public sealed class OpeningHoursTests
{
    private static readonly OpeningHours Weekdays = new(new HandoffOptions());

    [Theory]
    [InlineData("2026-11-23T01:00:00Z", true)] // Monday 10:00 in Seoul
    [InlineData("2026-11-22T23:59:00Z", false)] // Monday 08:59 in Seoul (still Sunday in UTC)
    [InlineData("2026-11-23T09:00:00Z", false)] // Monday 18:00 in Seoul: closed
    [InlineData("2026-11-23T08:59:00Z", true)] // Monday 17:59 in Seoul
    [InlineData("2026-11-28T01:00:00Z", false)] // Saturday 10:00 in Seoul
    [InlineData("2026-11-27T16:00:00Z", false)] // Saturday 01:00 in Seoul, Friday in UTC
    public void Opening_hours_follow_Korea_time_not_the_servers(string utc, bool open) =>
        Assert.Equal(open, Weekdays.IsOpen(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void An_overnight_schedule_every_day_is_open_across_midnight()
    {
        var nights = new OpeningHours(new HandoffOptions { Days = "everyday", Opens = "20:00", Closes = "02:00" });

        Assert.True(nights.IsOpen(DateTimeOffset.Parse("2026-11-28T16:30:00Z", System.Globalization.CultureInfo.InvariantCulture))); // Sunday 01:30 KST
        Assert.False(nights.IsOpen(DateTimeOffset.Parse("2026-11-28T03:00:00Z", System.Globalization.CultureInfo.InvariantCulture))); // Saturday 12:00 KST
        Assert.Equal("매일 20:00-02:00", nights.Describe(new TextCatalog(), Language.Korean));
        Assert.Equal("weekdays 09:00-18:00", Weekdays.Describe(new TextCatalog(), Language.English));
    }

    [Fact]
    public void A_24_hour_service_is_always_open()
    {
        var always = new OpeningHours(new HandoffOptions { AlwaysOpen = true });

        Assert.True(always.IsOpen(DateTimeOffset.Parse("2026-11-28T19:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
