using ReportBot.Bot.Privacy;
using ReportBot.Resources;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// A given name outside the list with a particle attached ("라온이가", "하린이한테", "도윤이는", "라온씨가") and a romanised name with
/// no relation word ("me and haon", "taeo from my class", "it was minjae") were no names to the redactor (the tenth batch's
/// leftover: pii.blind10.tsv names 0/5). A Korean name with a final consonant takes the friendly "이" before a particle, which
/// no ordinary noun does ("영상이", never "영상이가"); a romanised name after "me and" or "it was", or before "and i" or "from
/// my…", stands where only a person stands. Ordinary nouns with their particles ("영상이랑", "소리가", "인기는"), a name with no
/// final consonant and a bare particle (left: the shape of hundreds of words) and English words in those places stay.
/// </summary>
public sealed class NameWithParticleRedactionTests
{
    private static readonly Redactor Redactor = new(new TextCatalog());

    [Theory]
    [InlineData("ko", "라온이가 단톡에 올렸어요", "라온")]
    [InlineData("ko", "하린이한테 말했는데 아무도 안 믿어요", "하린")]
    [InlineData("ko", "솔직히 도윤이는 몰랐을거예요", "도윤")]
    [InlineData("ko", "그때 서율이도 같이 있었어요", "서율")]
    [InlineData("ko", "라온씨가 찍은거예요", "라온")]
    [InlineData("ko", "세온씨요", "세온")]
    [InlineData("ko", "결국 지안이를 불렀어요", "지안")]
    [InlineData("en", "me and haon were at the party", "haon")]
    [InlineData("en", "taeo from my class posted it", "taeo")]
    [InlineData("en", "it was minjae, not his friend", "minjae")]
    [InlineData("en", "seoyun and i went there together", "seoyun")]
    public void The_name_is_gone(string language, string text, string secret) =>
        Assert.DoesNotContain(secret, Redactor.Redact(text, language == "ko" ? Language.Korean : Language.English), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("ko", "영상이랑 사진 다 있어요")]
    [InlineData("ko", "영상이 단톡에 올라갔어요")]
    [InlineData("ko", "문 두드리는 소리가 났어요")]
    [InlineData("ko", "인기는 많은 사람이었어요")]
    [InlineData("ko", "현장이 너무 무서웠어요")]
    [InlineData("ko", "상처는 아직 남아 있어요")]
    [InlineData("ko", "수업이 끝나고 바로요")]
    [InlineData("ko", "결정은 제가 할게요")]
    [InlineData("ko", "영상이요")]
    [InlineData("ko", "아가씨가 그랬어요")]
    [InlineData("en", "it was sunday night")]
    [InlineData("en", "it was online, on his story")]
    [InlineData("en", "me and him were alone")]
    [InlineData("en", "someone from my class posted it")]
    [InlineData("en", "it was hana bank")]
    public void Ordinary_words_with_their_particles_stay(string language, string text) =>
        Assert.Equal(text, Redactor.Redact(text, language == "ko" ? Language.Korean : Language.English));
}
