using ReportBot.Bot.Privacy;
using ReportBot.Resources;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// The doxxing surface of pii.blind13's first run, in other words than the set's: Naver cafe, Daum cafe, Everytime and Blind
/// links (a Naver cafe link was left, and "a thread at cafe.naver.com/…" was read as an e-mail with its path left), a Korean
/// nickname said with a board and a nickname cue ("에타 닉네임 새벽달빛이"), an English handle after "blind user", and a school
/// said as "at … high". A nickname cue with a verb after it, the boards named alone and a class number stay.
/// </summary>
public sealed class BoardNicknameAndCommunityLinkRedactionTests
{
    private static readonly Redactor Redactor = new(new TextCatalog());

    [Theory]
    [InlineData("ko", "cafe.naver.com/jjanggu2024 카페에 올라왔어요", "jjanggu2024")]
    [InlineData("ko", "다음카페 cafe.daum.net/gossipzone 이에요", "gossipzone")]
    [InlineData("en", "they're talking about me at cafe.naver.com/nightowls", "nightowls")]
    [InlineData("en", "the post is at everytime.kr/418293/v/123456", "418293")]
    [InlineData("ko", "블라인드 닉네임 회색고양이가 글 썼어요", "회색고양이")]
    [InlineData("ko", "에타 닉 밤하늘별 이 댓글 달았어요", "밤하늘별")]
    [InlineData("en", "an everytime user called sleepy_cat99 wrote it", "sleepy_cat99")]
    [InlineData("en", "class 4 of year 3 at hanbyeol high", "hanbyeol")]
    [InlineData("en", "my class is 2-3 at saebit middle, and he is in it", "saebit")]
    public void The_detail_is_gone(string language, string text, string secret) =>
        Assert.DoesNotContain(secret, Redactor.Redact(text, language == "ko" ? Language.Korean : Language.English), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("ko", "에타 닉네임 바꿨어요")]
    [InlineData("ko", "블라인드 닉 바꿔도 소용없어요")]
    [InlineData("ko", "에타에 글 올라왔어요")]
    [InlineData("ko", "네이버 카페에서 봤어요")]
    [InlineData("en", "i saw it on blind")]
    [InlineData("en", "everytime i open the app there are new comments")]
    [InlineData("en", "i'm in class 3 of year 2")]
    [InlineData("en", "i got at least high marks on it")]
    public void Ordinary_words_stay(string language, string text) =>
        Assert.Equal(text, Redactor.Redact(text, language == "ko" ? Language.Korean : Language.English));
}
