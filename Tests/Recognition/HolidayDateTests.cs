using ReportBot.Dialogs.Recognition.Dates;
using ReportBot.Resources;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// "When" answers that name a fixed holiday or say "right after": read as that month, approximately, not as an open span
/// up to today ("right after new year" used to read as "since January"). Lunar holidays (설, 추석) move every year: they
/// are taken as an answer and kept as the survivor's words, as ages and school years are (they used to be asked again).
/// </summary>
public sealed class HolidayDateTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly DateReader Reader = DateReader.For(new PhraseCatalog());

    [Theory]
    [InlineData("right after new year", 1)]
    [InlineData("새해 지나고 바로", 1)]
    [InlineData("around christmas", 12)]
    [InlineData("작년 크리스마스쯤", 12)]
    public void A_fixed_holiday_reads_as_its_month_approximately(string words, int month)
    {
        var reading = Reader.Read(words, Today);

        Assert.NotNull(reading);
        Assert.True(reading.Approximate);
        Assert.Equal(month, reading.From!.Value.Month);
        Assert.NotNull(reading.To);
        Assert.True(reading.To!.Value.DayNumber - reading.From.Value.DayNumber <= 31, $"{reading.From} ~ {reading.To}");
    }

    [Theory]
    [InlineData("추석 연휴 때")]
    [InlineData("설 지나고 바로")]
    [InlineData("작년 설날쯤")]
    [InlineData("around lunar new year")]
    public void A_lunar_holiday_is_kept_as_the_survivors_words(string words)
    {
        var reading = Reader.Read(words, Today);

        Assert.NotNull(reading);
        Assert.True(reading.WordsOnly);
    }
}
