using ReportBot.Bot.Privacy;
using ReportBot.Resources;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// Given names of the kind registered most since about 2015 ("태오", "시오", "라온", "세아", "아린", "로운") were no names to the
/// redactor: their syllables (아, 오, 라, 로, 리, 세, 안, 루) were not among the name syllables, which came from older names.
/// With them, such a name standing before a word that follows a person is gone, as the older ones are; everyday words made of
/// the same syllables ("아주 무서워요", "서로 만났는데", "세상 때문에", "하오체") stay.
/// </summary>
public sealed class NewerNameSyllableRedactionTests
{
    private static readonly Redactor Redactor = new(new TextCatalog());

    [Theory]
    [InlineData("ko", "솔직히 태오 무서워요", "태오")]
    [InlineData("ko", "시오 때문에 학교 가기 싫어요", "시오")]
    [InlineData("ko", "라온 요즘 계속 연락와요", "라온")]
    [InlineData("ko", "어제 세아 집에서 그랬어요", "세아")]
    [InlineData("ko", "아린 걔가 찍었어요", "아린")]
    [InlineData("ko", "로운 말로는 자기 아니래요", "로운")]
    [InlineData("en", "my ex, taeo, posted it", "taeo")]
    [InlineData("en", "we went to haon's after", "haon")]
    public void The_name_is_gone(string language, string text, string secret) =>
        Assert.DoesNotContain(secret, Redactor.Redact(text, language == "ko" ? Language.Korean : Language.English), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("ko", "아주 무서워요")]
    [InlineData("ko", "서로 만났는데 그때부터요")]
    [InlineData("ko", "오래 만났는데 그래요")]
    [InlineData("ko", "세상 무서워요 진짜")]
    [InlineData("ko", "다리 때문에 못 걸었어요")]
    [InlineData("ko", "나라 때문에 그런건 아니고요")]
    [InlineData("ko", "미안 진짜로")]
    [InlineData("ko", "아예 요즘은 연락 안해요")]
    [InlineData("ko", "오전 계속 그랬어요")]
    [InlineData("ko", "하오체로 말하는 이상한 사람")]
    [InlineData("ko", "세시 반쯤 집에 왔어요")]
    [InlineData("ko", "하루 만났는데 이상했어요")]
    [InlineData("en", "we met at the sea, it was nice")]
    [InlineData("en", "the area's quiet")]
    public void The_ordinary_words_stay(string language, string text) =>
        Assert.Equal(text, Redactor.Redact(text, language == "ko" ? Language.Korean : Language.English));
}
