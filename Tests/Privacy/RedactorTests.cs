using ReportBot.Bot.Privacy;
using ReportBot.Resources;

namespace ReportBot.Tests.Privacy;

public sealed class RedactorTests
{
    private static readonly Redactor Redactor = new(new TextCatalog());

    [Theory]
    [InlineData("제 번호는 010-1234-5678이에요", "제 번호는 [전화번호]이에요")]
    [InlineData("01012345678로 연락 주세요", "[전화번호]로 연락 주세요")]
    [InlineData("그 사람 번호 010 9876 5432", "그 사람 번호 [전화번호]")]
    [InlineData("사무실 02-123-4567, 부산 051-987-6543", "사무실 [전화번호], 부산 [전화번호]")]
    [InlineData("(02) 3456-7890 으로", "[전화번호] 으로")]
    [InlineData("+82 10-1234-5678 이에요", "[전화번호] 이에요")]
    [InlineData("+82-2-1234-5678", "[전화번호]")]
    [InlineData("인터넷전화 070-1234-5678", "인터넷전화 [전화번호]")]
    [InlineData("메일은 victim.kim@example.co.kr 이에요", "메일은 [이메일] 이에요")]
    [InlineData("주민번호 900101-2345678 알려줬어요", "주민번호 [주민등록번호] 알려줬어요")]
    [InlineData("9001012345678", "[주민등록번호]")]
    [InlineData("카드 4111 1111 1111 1111 로 결제", "카드 [카드번호] 로 결제")]
    [InlineData("국민은행 123456-78-901234 으로 송금하래요", "국민은행 [계좌번호] 으로 송금하래요")]
    [InlineData("계좌 110-123-456789", "계좌 [계좌번호]")]
    [InlineData("링크 https://share.example.com/v/abc?token=s3cr3t 를 보냈어요", "링크 [링크] 를 보냈어요")]
    public void Korean_text_loses_personal_details_to_Korean_markers(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input, Language.Korean));

    [Fact]
    public void A_long_line_seen_clean_before_is_answered_from_memory_but_a_line_with_a_detail_is_redacted_every_time()
    {
        var redactor = new Redactor(new TextCatalog());
        const string menu = "What would you like to do? 1. Report what happened 2. Learn about your legal options 3. Talk to a counsellor";
        const string withPhone = "You wrote: he keeps calling me from 010-2345-6789 and I am scared of what he will do next";

        Assert.Same(menu, redactor.Redact(menu, Language.English));
        Assert.Same(menu, redactor.Redact(menu, Language.English));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("You wrote: he keeps calling me from [phone] and I am scared of what he will do next", redactor.Redact(withPhone, Language.English));
        }

        // The same number in the long line that was clean a moment ago makes it a different text.
        Assert.DoesNotContain("2345", redactor.Redact(menu + " 010-2345-6789", Language.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Call me on +82 10 1234 5678 tonight", "Call me on [phone] tonight")]
    [InlineData("He texted from +1 415 555 0100.", "He texted from [phone].")]
    [InlineData("My office is (415) 555-0100", "My office is [phone]")]
    [InlineData("Email jane.doe+x@mail.example.com please", "Email [email] please")]
    [InlineData("card 5555-5555-5555-4444 was charged", "card [card number] was charged")]
    [InlineData("account 3333-01-1234567", "account [account number]")]
    [InlineData("my RRN 851231-1234567", "my RRN [resident registration number]")]
    [InlineData("see https://x.example/reset#access_token=abc", "see [link]")]
    [InlineData("login https://user:pw@host.example/path", "login [link]")]
    public void English_text_loses_personal_details_to_English_markers(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input, Language.English));

    [Theory]
    [InlineData("It happened on 2026-03-05 at 11:30.")]
    [InlineData("여성긴급전화 1366에 전화했어요")]
    [InlineData("The post is at https://example.com/posts/123")]
    [InlineData("3월 5일 오후 2시쯤, 20만원을 요구했어요")]
    [InlineData("1234-5678")]
    public void Ordinary_details_that_identify_no_one_are_kept(string input) =>
        Assert.Equal(input, Redactor.Redact(input, Language.English));

    [Fact]
    public void A_card_number_that_fails_the_checksum_is_still_redacted_as_an_account_number()
    {
        Assert.Equal("[계좌번호]", Redactor.Redact("1234 5678 9012 3456", Language.Korean));
    }

    [Theory]
    [InlineData("공일공에 칠칠팔팔에 구구공공이에요", "[전화번호]이에요")]
    [InlineData("번호 ０１０－９８７６－５４３２ 입니다", "번호 [전화번호] 입니다")]
    [InlineData("박지훈 대리님이 회식 때 만졌어요", "[이름] 대리님이 회식 때 만졌어요")]
    [InlineData("인스타 아이디 yuna.love.99 로 디엠 왔어요", "인스타 아이디 [계정 아이디] 로 디엠 왔어요")]
    [InlineData("래미안아파트 101동 1502호 살아요", "래미안아파트 [주소] 살아요")]
    [InlineData("차 번호 12가 3456 이었어요", "차 번호 [차량 번호] 이었어요")]
    [InlineData("생년월일 1995년 3월 15일이에요", "생년월일 [생년월일]이에요")]
    public void Details_people_type_without_a_fixed_shape_are_replaced_and_the_words_around_them_kept(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input, Language.Korean));

    [Theory]
    [InlineData("디성센터 02-735-8994 로 상담받았어요")]
    [InlineData("바로 112(경찰)나 119(구급)에 전화해 주세요")]
    [InlineData("성폭력처벌법 제14조의2 위반이고 2023년 3월 5일 밤 11시였어요")]
    [InlineData("경찰은 긴급응급조치로 100미터 이내 접근 금지를 명령할 수 있어요")]
    [InlineData("다른 항목과 함께 고를 수 없어요")]
    public void Support_lines_statutes_dates_and_ordinary_words_are_kept(string input) =>
        Assert.Equal(input, Redactor.Redact(input, Language.Korean));
}
