using ReportBot.Dialogs.Recognition;

namespace ReportBot.Tests.Recognition;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("help", "help", 0)]
    [InlineData("hlep", "help", 1)]
    [InlineData("helo", "help", 1)]
    [InlineData("hel", "help", 1)]
    [InlineData("helps", "help", 1)]
    [InlineData("xhelp", "help", 1)]
    [InlineData("stop", "help", 2)]
    [InlineData("ehlp", "help", 1)]
    [InlineData("ehpl", "help", 2)]
    [InlineData("ㅅㅏㄹㅏㅇ", "ㅅㅏㄹㅏㅁ", 1)]
    public void A_typo_is_one_letter_replaced_swapped_added_or_dropped(string typed, string phrase, int expected)
    {
        Assert.Equal(expected, EditDistance.Bounded(typed, phrase, 1));
        Assert.Equal(expected, EditDistance.Bounded(phrase, typed, 1));
    }

    [Fact]
    public void The_one_typo_check_agrees_with_the_full_distance_on_every_pair_of_short_words()
    {
        // Every word of up to four letters over a three-letter alphabet against every other: the bound of one must
        // give the full distance capped at two (the check recognition asks on every short message).
        var words = new List<string> { string.Empty };
        for (var length = 1; length <= 4; length++)
        {
            words.AddRange(words.Where(w => w.Length == length - 1).SelectMany(w => "abc".Select(c => w + c)).ToList());
        }

        foreach (var a in words)
        {
            foreach (var b in words)
            {
                Assert.True(Math.Min(EditDistance.Bounded(a, b, 2), 2) == EditDistance.Bounded(a, b, 1), $"'{a}' / '{b}'");
            }
        }
    }
}
