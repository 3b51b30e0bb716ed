using ReportBot.Bot.Privacy;
using ReportBot.Resources;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// The classes the eighth blind PII batch found, in other words than the set's: a Korean given name outside the list
/// standing alone before a word pointing back at the person or a verb of meeting, a listed surname after a title in lower
/// case, a phone number begun in Hangul digits and finished in digits, a handle before its platform and a Discord tag; and
/// the ordinary words that share their shape, which stay.
/// </summary>
public sealed class StandingNameAndLooseNumberRedactionTests
{
    private static readonly Redactor Redactor = new(new TextCatalog());

    [Theory]
    [InlineData("서준 그 놈이 사진 찍었어요", "[이름] 그 놈이 사진 찍었어요")]
    [InlineData("그때 윤재 만났는데 이상했어요", "그때 [이름] 만났는데 이상했어요")]
    [InlineData("혜원 걔는 다 알고 있었어요", "[이름] 걔는 다 알고 있었어요")]
    public void A_korean_name_standing_alone_before_a_pointer_or_a_meeting_is_replaced(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input, Language.Korean));

    [Theory]
    [InlineData("다시 만났는데 무서웠어요")]
    [InlineData("하도 걔가 그래서 참았어요")]
    [InlineData("진짜 그 새끼가 그랬어요")]
    [InlineData("오늘 만났는데 또 그랬어요")]
    [InlineData("2024년 3월 12일 일곱시쯤이요")]
    public void Korean_words_and_dates_of_the_same_shape_stay(string input) =>
        Assert.Equal(input, Redactor.Redact(input, Language.Korean));

    [Theory]
    [InlineData("그 사람 번호 공일공 9876 5432 였어요", "9876")]
    [InlineData("coach yoon kept messaging me", "yoon")]
    [InlineData("i found him as kim.jh_88 on insta", "kim.jh_88")]
    [InlineData("his discord is nightfox#1234", "nightfox")]
    public void Loose_numbers_lower_case_surnames_and_handles_are_replaced(string input, string secret) =>
        Assert.DoesNotContain(secret, Redactor.Redact(input, input.Any(c => c is >= '\uAC00' and <= '\uD7A3') ? Language.Korean : Language.English), StringComparison.Ordinal);

    [Theory]
    [InlineData("the coach said nothing")]
    [InlineData("i saw it on ig yesterday")]
    [InlineData("it happened 3 times on instagram")]
    [InlineData("i miss park days with my friends")]
    public void English_lines_of_the_same_shape_stay(string input) =>
        Assert.Equal(input, Redactor.Redact(input, Language.English));
}
