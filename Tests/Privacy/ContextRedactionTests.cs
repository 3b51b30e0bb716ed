using ReportBot.Bot.Privacy;
using ReportBot.Resources;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// Details no title, cue word or digit announces (the classes the third blind batch missed): a given name with a
/// particle, an id with no digit after a messenger, a neighbourhood, a complex, a school class, a numbered team. The
/// other half matters as much: the everyday words these shapes share must reach the counsellor unchanged.
/// </summary>
public sealed class ContextRedactionTests
{
    private static readonly Redactor Redactor = new(new TextCatalog());

    [Theory]
    [InlineData("도윤이가 그랬어요", "[이름]이가 그랬어요")]
    [InlineData("하은이한테만 말했어", "[이름]이한테만 말했어")]
    [InlineData("경수형이 알려줬어요", "[이름]형이 알려줬어요")]
    [InlineData("민지랑 같이 있었어요", "[이름]랑 같이 있었어요")]
    [InlineData("걔 이름 박서준인데 같은 과예요", "걔 이름 [이름]인데 같은 과예요")]
    [InlineData("가해자 이름이 이 도 윤 이에요", "가해자 이름이 [이름] 이에요")]
    public void A_korean_given_name_with_a_particle_or_a_kinship_word_is_replaced(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input, Language.Korean));

    [Theory]
    [InlineData("tyler said he deleted it", "[name] said he deleted it")]
    [InlineData("my ex boyfriend josh posted it", "my ex boyfriend [name] posted it")]
    [InlineData("min-jun kim sent the link", "[name] sent the link")]
    public void An_english_or_romanised_given_name_in_lower_case_is_replaced(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input, Language.English));

    [Theory]
    [InlineData("지은 죄도 없는데 왜 숨어야 해요")]
    [InlineData("지원이 필요해요")]
    [InlineData("기록 다 지우라고 했어요")]
    [InlineData("고소장 냈어요")]
    [InlineData("학원 강사요")]
    [InlineData("지도교수가 그랬어요")]
    [InlineData("현수막이 걸려 있었어요")]
    [InlineData("우리 아파트 엘리베이터에서 그랬어요")]
    [InlineData("고등학교 2학년 때였어요")]
    [InlineData("운동 끝나고 집에 가는 길이었어요")]
    public void Korean_words_that_look_like_a_name_or_a_place_are_kept(string input) =>
        Assert.Equal(input, Redactor.Redact(input, Language.Korean));

    [Theory]
    [InlineData("Mark my words, he will do it again")]
    [InlineData("my insta is private now")]
    [InlineData("his twitter was hacked")]
    [InlineData("I found him on insta")]
    [InlineData("when I was in high school")]
    [InlineData("the stakes were so high")]
    [InlineData("I hope june will be better")]
    public void English_words_that_look_like_a_name_or_an_id_are_kept(string input) =>
        Assert.Equal(input, Redactor.Redact(input, Language.English));

    [Theory]
    [InlineData("카톡 아이디 happyday 예요", "카톡 아이디 [계정 아이디] 예요")]
    [InlineData("인스타 starlight 이에요", "인스타 [계정 아이디] 이에요")]
    public void An_id_without_digits_after_a_messenger_in_korean_is_replaced(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input, Language.Korean));

    [Theory]
    [InlineData("her snapchat is moonwalker", "her snapchat is [account ID]")]
    [InlineData("tiktok username: dancequeen", "tiktok username: [account ID]")]
    public void An_id_without_digits_given_after_a_naming_word_in_english_is_replaced(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input, Language.English));

    [Theory]
    [InlineData("서초구 반포동 살아요", "서초구 [주소] 살아요")]
    [InlineData("연희동 살아요", "[주소] 살아요")]
    [InlineData("을지로3가 쪽이요", "을지로3가 쪽이요")]
    [InlineData("문래동3가 쪽이요", "[주소] 쪽이요")]
    [InlineData("반포자이 105동이에요", "[주소]이에요")]
    [InlineData("행복빌라에서 혼자 살아요", "[주소]에서 혼자 살아요")]
    [InlineData("은행나무마을 2단지", "[주소]")]
    public void A_neighbourhood_complex_or_building_is_replaced_and_a_district_kept(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input, Language.Korean));

    [Theory]
    [InlineData("새솔중학교 3학년 2반이에요", "[학교·소속]이에요")]
    [InlineData("영업1팀 사람들이 다 알아요", "[학교·소속] 사람들이 다 알아요")]
    [InlineData("인사팀 차장이 그랬어요", "[학교·소속] 차장이 그랬어요")]
    public void A_school_class_or_a_team_is_replaced(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input, Language.Korean));

    [Fact]
    public void A_named_school_and_class_in_english_are_replaced()
    {
        Assert.Equal("she is in [school or team] at [school or team]", Redactor.Redact("she is in class 1-5 at daehan girls high school", Language.English));
    }
}
