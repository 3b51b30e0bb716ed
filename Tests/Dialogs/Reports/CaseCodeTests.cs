using ReportBot.Dialogs.Reports;

namespace ReportBot.Tests.Dialogs.Reports;

public sealed class CaseCodeTests
{
    [Fact]
    public void A_code_has_ten_characters_without_easily_confused_ones()
    {
        for (var i = 0; i < 1000; i++)
        {
            var code = CaseCode.Generate();
            Assert.Equal(10, code.Length);
            Assert.All(code, c => Assert.DoesNotContain(c, "01OIoil"));
            Assert.All(code, c => Assert.Contains(c, CaseCode.Alphabet));
        }
    }

    [Fact]
    public void The_alphabet_has_32_distinct_symbols_so_a_code_carries_50_random_bits()
    {
        Assert.Equal(32, CaseCode.Alphabet.Distinct().Count());
        Assert.Equal(50, CaseCode.Length * Math.Log2(CaseCode.Alphabet.Length));
    }

    [Fact]
    public void Codes_do_not_repeat_and_use_every_symbol()
    {
        var codes = Enumerable.Range(0, 20_000).Select(_ => CaseCode.Generate()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(CaseCode.Alphabet.Order(), codes.SelectMany(c => c).Distinct().Order());
    }

    [Fact]
    public void A_code_is_shown_in_groups_of_four()
    {
        Assert.Equal("K7QM-4RTX-2P", CaseCode.Format("K7QM4RTX2P"));
    }

    [Theory]
    [InlineData("K7QM-4RTX-2P")]
    [InlineData("k7qm4rtx2p")]
    [InlineData(" k7qm 4rtx 2p ")]
    [InlineData("Ｋ７ＱＭ－４ＲＴＸ－２Ｐ")]
    public void Typing_is_forgiving_about_case_dashes_spaces_and_full_width_letters(string typed)
    {
        Assert.Equal("K7QM4RTX2P", CaseCode.Normalize(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("K7QM-4RTX")]
    [InlineData("K7QM-4RTX-2PP")]
    [InlineData("K0QM-4RTX-2P")]
    [InlineData("KIQM-4RTX-2P")]
    [InlineData("사건코드입니다요요요요")]
    public void Anything_that_is_not_a_code_is_refused(string typed)
    {
        Assert.Null(CaseCode.Normalize(typed));
    }

    [Theory]
    [InlineData("사건 코드: K7QM-4RTX-2P\n\n이 코드가 있으면", "사건 코드: [case code]\n\n이 코드가 있으면")]
    [InlineData("my code is k7qm 4rtx 2p thanks", "my code is [case code] thanks")]
    [InlineData("K7QM4RTX2P", "[case code]")]
    [InlineData("KQMZRTXWPB", "[case code]")]
    [InlineData("strawberry fields and a heavyweight", "strawberry fields and a heavyweight")]
    [InlineData("2026-03-05 ~ 2026-03-06", "2026-03-05 ~ 2026-03-06")]
    public void Codes_are_redacted_from_conversation_text_and_ordinary_words_are_not(string text, string expected)
    {
        Assert.Equal(expected, CaseCode.Redact(text));
    }

    [Fact]
    public void Every_generated_code_is_redacted_in_the_form_the_bot_shows_it()
    {
        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal("code: [case code].", CaseCode.Redact("code: " + CaseCode.Format(CaseCode.Generate()) + "."));
        }
    }
}
