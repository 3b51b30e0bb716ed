using ReportBot.Bot.Privacy;
using ReportBot.Resources;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// A building named without a suffix and said with its floor (the class the fifth blind PII batch aimed at, in other
/// words than the set's) is replaced and the floor stays; the ordinary words people put before a floor (a place, a
/// building word, a chain store, a particle or a verb form) reach the counsellor unchanged.
/// </summary>
public sealed class FloorRedactionTests
{
    private static readonly Redactor Redactor = new(new TextCatalog());

    [Theory]
    [InlineData("타임스퀘어 3층에서 만났어요", "[주소] 3층에서 만났어요")]
    [InlineData("아크로포레스트 20층 사무실이에요", "[주소] 20층 사무실이에요")]
    [InlineData("그 사람 회사가 에스트레뉴 5층이에요", "그 사람 회사가 [주소] 5층이에요")]
    public void A_building_named_with_its_floor_is_replaced_and_the_floor_stays(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input, Language.Korean));

    [Theory]
    [InlineData("지하 2층 주차장에서 그랬어요")]
    [InlineData("스타벅스 2층에서요")]
    [InlineData("엘리베이터에서 내려서 5층 복도")]
    [InlineData("학원 건물 4층이었어요")]
    [InlineData("다른 층이었는데 기억은 3층이요")]
    [InlineData("계단 올라가면 2층 바로 있어요")]
    [InlineData("코인노래방 3층")]
    [InlineData("그 빌라 2층에 살아요")]
    public void Ordinary_words_before_a_floor_stay(string input) =>
        Assert.Equal(input, Redactor.Redact(input, Language.Korean));
}
