using ReportBot.Bot.Channels.Text;
using ReportBot.Tests.Channels.Kakao;

namespace ReportBot.Tests.Channels.Text;

public sealed class MessageTextSplitterTests
{
    [Fact]
    public void Short_text_stays_whole()
    {
        Assert.Equal(["안녕하세요."], MessageTextSplitter.Split("안녕하세요.", 1000));
    }

    [Fact]
    public void Long_Korean_text_is_cut_at_sentence_ends_and_loses_nothing_but_spaces()
    {
        var text = string.Concat(Enumerable.Repeat("오늘 있었던 일을 천천히 적어 볼게요. ", 120)).Trim();

        var pieces = MessageTextSplitter.Split(text, 1000);

        Assert.Equal(3, pieces.Count);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 1000));
        Assert.All(pieces.SkipLast(1), p => Assert.EndsWith("요.", p, StringComparison.Ordinal));
        Assert.Equal(text, string.Join(" ", pieces));
    }

    [Fact]
    public void Paragraph_breaks_are_preferred()
    {
        var first = new string('가', 700);
        var text = first + "\n\n" + string.Concat(Enumerable.Repeat("나다 ", 200));

        var pieces = MessageTextSplitter.Split(text, 1000);

        Assert.Equal(first, pieces[0]);
    }

    [Theory]
    [InlineData("02-1234-5678")]
    [InlineData("010 1234 5678")]
    [InlineData("+82 10-1234-5678")]
    [InlineData("1366")]
    public void A_phone_number_is_never_cut_in_half(string number)
    {
        // The number sits across the cut point in every possible position.
        for (var offset = 0; offset < number.Length + 2; offset++)
        {
            var text = new string('가', 100 - offset) + number + new string('나', 60);

            var pieces = MessageTextSplitter.Split(text, 100);

            Assert.Contains(pieces, p => p.Contains(number, StringComparison.Ordinal));
            Assert.All(pieces, p => Assert.True(p.Length <= 100));
        }
    }

    [Fact]
    public void Emoji_and_surrogate_pairs_are_never_cut()
    {
        var text = string.Concat(Enumerable.Repeat("😢👩‍👧", 200));

        var pieces = MessageTextSplitter.Split(text, 99);

        Assert.All(pieces, p => KakaoAnswer.AssertWellFormed(p));
        Assert.All(pieces, p => Assert.True(p.Length <= 99));
        Assert.Equal(text, string.Concat(pieces));
    }

    [Fact]
    public void Decomposed_Hangul_syllables_stay_together()
    {
        var syllable = "\u1100\u1161\u11A8"; // 각 written as three jamo
        var text = string.Concat(Enumerable.Repeat(syllable, 100));

        var pieces = MessageTextSplitter.Split(text, 50);

        Assert.All(pieces, p => Assert.Equal(0, p.Length % 3));
        Assert.Equal(text, string.Concat(pieces));
    }

    [Theory]
    [InlineData("겪은 일 기록하기", 14, "겪은 일 기록하기")]
    [InlineData("Learn my legal options", 14, "Learn my lega\u2026")]
    [InlineData("👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧", 4, "👩‍👧👩‍👧👩‍👧\u2026")]
    public void Labels_are_shortened_by_characters_with_an_ellipsis(string label, int max, string expected)
    {
        Assert.Equal(expected, MessageTextSplitter.Shorten(label, max));
    }
}
