using ReportBot.Bot.Privacy;
using ReportBot.Resources;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// The name classes of the ninth blind PII batch in other words than the set's: a Korean given name outside the list
/// before a word that follows a person; a romanised name in lower case set off by commas or before a possessive; a
/// surname after a title; a 동 with its lot number before a studio flat; and the ordinary words shaped like them, which stay.
/// </summary>
public sealed class NameBeforeAnyWordAndRomanisedNameRedactionTests
{
    private static readonly Redactor Redactor = new(new TextCatalog());

    [Theory]
    [InlineData("ko", "서율 때문에 잠을 못 자요", "서율")]
    [InlineData("ko", "어제 도현 집에서 그랬어요", "도현")]
    [InlineData("ko", "솔직히 재윤 무서워요", "재윤")]
    [InlineData("en", "my boss, jaehyun, wont stop", "jaehyun")]
    [InlineData("en", "it was at minseo's place", "minseo")]
    [InlineData("en", "teacher song kept me after class", "song")]
    [InlineData("ko", "신림동 1422-10 원룸 살아요", "1422-10")]
    [InlineData("en", "she lives at 12 sejong-daero", "sejong-daero")]
    public void The_detail_is_gone(string language, string text, string secret) =>
        Assert.DoesNotContain(secret, Redactor.Redact(text, language == "ko" ? Language.Korean : Language.English), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("ko", "영상 때문에 잠을 못 자요")]
    [InlineData("ko", "하나 물어봐도 돼요")]
    [InlineData("ko", "한결같이 무서워요")]
    [InlineData("en", "we laughed, haha, it was weird")]
    [InlineData("en", "my boss so mean")]
    [InlineData("en", "the hotel's lobby")]
    [InlineData("en", "he owes me 2 euro")]
    [InlineData("ko", "내가 2-3번 말했어요")]
    public void The_ordinary_words_stay(string language, string text) =>
        Assert.Equal(text, Redactor.Redact(text, language == "ko" ? Language.Korean : Language.English));
}
