using ReportBot.Bot.Privacy;
using ReportBot.Resources;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// Three classes of pii.blind12's first run, in other words than the set's: a company or school named with the verb of
/// working or studying there ("대한물산에서 근무해요", "he works at daehan logistics", 0/7 on the first run), a year or date of
/// birth said with 생 or after "born" ("02년생", "born 7/2/03", 3/6), and a Discord tag ("nightfox#0042", cut in half). An
/// ordinary place with the same verbs, a verb form before them ("자랑하고 다녀요"), an age alone and a time stay.
/// </summary>
public sealed class AffiliationBirthAndDiscordRedactionTests
{
    private static readonly Redactor Redactor = new(new TextCatalog());

    [Theory]
    [InlineData("ko", "그 사람 대한물산에서 근무해요", "대한물산")]
    [InlineData("ko", "동생이 한결대학교 다녀요", "한결대학교")]
    [InlineData("ko", "저 푸른전자 다니고 있어요", "푸른전자")]
    [InlineData("en", "he works at daehan logistics in the warehouse", "daehan logistics")]
    [InlineData("en", "she goes to hanul university too", "hanul university")]
    [InlineData("ko", "그 사람 02년생이에요", "02년생")]
    [InlineData("ko", "2003.07.02생이에요", "2003.07.02")]
    [InlineData("en", "i was born 7/2/03", "7/2/03")]
    [InlineData("en", "add me nightfox#0042", "nightfox#0042")]
    public void The_detail_is_gone(string language, string text, string secret) =>
        Assert.DoesNotContain(secret, Redactor.Redact(text, language == "ko" ? Language.Korean : Language.English), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("ko", "학교 다녀요")]
    [InlineData("ko", "병원 다녀왔어요")]
    [InlineData("ko", "그 사람이 자랑하고 다녀요")]
    [InlineData("ko", "편의점에서 일해요")]
    [InlineData("ko", "스무 살이에요 2학년")]
    [InlineData("en", "i work at a coffee shop")]
    [InlineData("en", "he goes to my university")]
    [InlineData("en", "i go to the hospital on fridays")]
    [InlineData("en", "it was 3/15, around 9pm")]
    public void Ordinary_words_stay(string language, string text) =>
        Assert.Equal(text, Redactor.Redact(text, language == "ko" ? Language.Korean : Language.English));
}
