using ReportBot.Bot.Privacy;
using ReportBot.Resources;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// A resident registration number after its cue with the back half split after its first digit (the gender digit typed apart:
/// "880303 - 1 234567", pii.blind11's first run) lost only its front half; the whole number is gone now. Other numbers after
/// the cue's words stay as they were. Also a flat written in English with the Korean words for building and unit.
/// </summary>
public sealed class SplitResidentNumberRedactionTests
{
    private static readonly Redactor Redactor = new(new TextCatalog());

    [Theory]
    [InlineData("주민등록번호 880303 - 1 234567", "234567")]
    [InlineData("주민번호 950315-2 123456 이에요", "123456")]
    [InlineData("my rrn is 010203 4 123456", "123456")]
    public void The_whole_number_is_gone(string text, string secret) =>
        Assert.DoesNotContain(secret, Redactor.Redact(text, text.Any(c => c is >= '\uAC00' and <= '\uD7A3') ? Language.Korean : Language.English), StringComparison.Ordinal);

    /// <summary>A flat written in English with the Korean words for building and unit ("105dong 1102ho"; pii.blind11).</summary>
    [Theory]
    [InlineData("i live in raemian apt 105dong 1102ho", "1102")]
    [InlineData("hes in 203-dong 1501-ho", "1501")]
    public void A_flat_written_in_english_with_dong_and_ho_is_gone(string text, string secret) =>
        Assert.DoesNotContain(secret, Redactor.Redact(text, Language.English), StringComparison.Ordinal);

    [Theory]
    [InlineData("주민번호는 말 안 했어요 2시 30분에 만났어요")]
    [InlineData("주민센터에서 3시 1 2 3 번 창구")]
    public void Other_numbers_stay(string text) => Assert.Equal(text, Redactor.Redact(text, Language.Korean));
}
