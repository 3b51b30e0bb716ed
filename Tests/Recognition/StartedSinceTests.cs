using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// When something that goes on "started in september" or "began last summer", it has gone on since then: read as from
/// that time until the day it is said, as "since september" already was. Before, "no, it started in september" (said
/// after harassment "like 3 times since september") was kept as September alone.
/// </summary>
public sealed class StartedSinceTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateReader Reader = DateReader.For(new PhraseCatalog());

    [Theory]
    [InlineData("it started in september", "2026-09-01")]
    [InlineData("no, it started in september", "2026-09-01")]
    [InlineData("started around march", "2026-03-01")]
    [InlineData("it began last summer", "2026-06-01")]
    [InlineData("since september", "2026-09-01")]
    public void A_start_said_alone_runs_until_today(string words, string from)
    {
        var reading = Reader.Read(words, Today);

        Assert.NotNull(reading);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), reading.From);
        Assert.Equal(Today, reading.To);
    }

    [Fact]
    public void A_start_and_an_end_keep_both()
    {
        var reading = Reader.Read("it started in march and went on until may", Today);

        Assert.NotNull(reading);
        Assert.Equal(new DateOnly(2026, 3, 1), reading.From);
        Assert.Equal(new DateOnly(2026, 5, 31), reading.To);
    }
}
