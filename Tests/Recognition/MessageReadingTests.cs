using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Tests.Recognition;

/// <summary>
/// A turn reads its message for recognition once and every command, prompt and the crisis check share that reading.
/// Sharing must change nothing: each check still gets its own answer, exactly as when the message was read afresh.
/// </summary>
public sealed class MessageReadingTests
{
    private static readonly PhraseCatalog Phrases = new();

    [Fact]
    public void Every_labelled_message_read_once_is_read_as_it_is_afresh()
    {
        var set = RecognitionEvaluationTests.Set();
        Assert.NotEmpty(set);
        foreach (var utterance in set)
        {
            // A new string instance each time, as each turn's activity brings one.
            var text = new string(utterance.Text.AsSpan());
            var shared = RecognitionInput.OfMessage(text);
            var afresh = RecognitionInput.From(new string(text.AsSpan()));

            Assert.Same(shared, RecognitionInput.OfMessage(text));
            Assert.Equal(afresh.Lower, shared.Lower);
            Assert.Equal(afresh.Hangul, shared.Hangul);
            Assert.Equal(afresh.Words, shared.Words);
            Assert.Equal(afresh.Jamo, shared.Jamo);
            Assert.Equal(CompiledIntent.Key(afresh), CompiledIntent.Key(shared));
        }
    }

    [Fact]
    public void One_message_matched_against_several_lists_gets_each_lists_own_answer()
    {
        var next = Phrases.All(LegalPhrases.Next);
        var stop = Phrases.All(LegalPhrases.Stop);
        var yes = Phrases.All(CommonPhrases.Yes);
        // Phrases of one list that the others do not hold (the lists are content, edited elsewhere).
        var text = new string(next.First(p => !TextMatcher.Matches(p, stop) && !TextMatcher.Matches(p, yes)).AsSpan());

        Assert.True(TextMatcher.Matches(text, next));
        Assert.False(TextMatcher.Matches(text, stop));
        Assert.False(TextMatcher.Matches(text, yes));
        Assert.True(TextMatcher.Matches(text, next));

        // Another message, in other spacing and case, matched by its own form.
        var other = "  " + stop.First(p => p.All(char.IsAscii) && !TextMatcher.Matches(p, next)).ToUpperInvariant() + " ";
        Assert.True(TextMatcher.Matches(other, stop));
        Assert.False(TextMatcher.Matches(other, next));
        Assert.False(TextMatcher.Matches(text, stop));
    }

    [Fact]
    public void Crisis_and_commands_read_from_one_shared_reading_give_the_answers_of_fresh_readings()
    {
        var recognizer = Recognizer.For(Phrases);
        foreach (var utterance in RecognitionEvaluationTests.Set())
        {
            var text = new string(utterance.Text.AsSpan());
            var first = (recognizer.Crisis.Assess(text), recognizer.Best(text), recognizer.Best(text, atMenu: true));
            var again = (recognizer.Crisis.Assess(text), recognizer.Best(text), recognizer.Best(text, atMenu: true));
            var fresh = new string(text.AsSpan());

            Assert.Equal(first, again);
            Assert.Equal((recognizer.Crisis.Assess(fresh), recognizer.Best(fresh), recognizer.Best(fresh, atMenu: true)), first);
        }
    }
}
