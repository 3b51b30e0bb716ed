using System.Runtime.CompilerServices;
using ReportBot.Dialogs.Engine;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// Reads an answer to a yes/no question as people write it, without a dialog: a yes or no on its own (the phrase lists,
/// any spacing), the playful spellings of <see cref="CheckReplyPhrases"/>, a yes or no that opens a longer reply
/// ("yep I'll leave one", "no i'm good"), an English word with one slip ("yse", "nop"), or what one will or won't do
/// ("I will", "I won't", "sure why not", in Korean endings too). A reply asked back ("yes?", "what happens if I say no?") or a doubt ("well...",
/// "maybe later") is neither: <see cref="IsUnsure"/> tells those, which deserve an explanation of what yes and no do.
/// </summary>
public sealed class YesNoReading
{
    /// <summary>Longer replies are answers in their own right, not a yes or a no.</summary>
    public const int MaxChars = 60;

    private static readonly char[] WordEnd = [' ', ',', '.', '!', '~', '\n'];
    private static readonly ConditionalWeakTable<IPhraseCatalog, YesNoReading> Cache = new();
    private readonly IPhraseCatalog _phrases;
    private readonly Concept _agree;
    private readonly Concept _decline;
    private readonly Concept _permission;
    private readonly Concept _unsure;

    private YesNoReading(IPhraseCatalog phrases)
    {
        _phrases = phrases;
        _agree = Concept.From(phrases, YesNoPhrases.Agree.Name);
        _decline = Concept.From(phrases, YesNoPhrases.Decline.Name);
        _permission = Concept.From(phrases, YesNoPhrases.Permission.Name);
        _unsure = Concept.From(phrases, YesNoPhrases.Unsure.Name);
    }

    public static YesNoReading For(IPhraseCatalog phrases) => Cache.GetValue(phrases, p => new YesNoReading(p));

    /// <summary>True for yes, false for no, null for anything else (a doubt, a question back, another answer).</summary>
    public static bool? Read(IPhraseCatalog phrases, string? text) => For(phrases).Read(text);

    /// <summary>True when the reply is a doubt or a question back rather than an answer.</summary>
    public static bool IsUnsure(IPhraseCatalog phrases, string? text) => For(phrases).Unsure(text);

    /// <summary>
    /// True for a question about the question ("what happens if I say no?", "what is that?"): it ends with a question mark
    /// and asks (a question word or a doubt), so a tentative answer ("messages?") is not one.
    /// </summary>
    public static bool IsQuestionBack(IPhraseCatalog phrases, string? text) => For(phrases).QuestionBack(text);

    public bool? Read(string? text)
    {
        var trimmed = EmojiAnswer.Spell(text?.Trim() ?? string.Empty);
        if (trimmed.Length == 0)
        {
            return null;
        }

        var end = trimmed.IndexOfAny(WordEnd);
        var first = end < 0 ? trimmed : trimmed[..end];
        if (AskedBack(trimmed) || first.EndsWith('?') || (end >= 0 && trimmed[end..].TrimStart(WordEnd).StartsWith('?')))
        {
            return null;
        }

        if (WholeAnswer(trimmed) is { } whole)
        {
            return whole;
        }

        if (trimmed.Length > MaxChars)
        {
            return null;
        }

        var input = RecognitionInput.From(trimmed);
        if (_unsure.Occurs(input))
        {
            return null;
        }

        // A leading no, then permission ("it's fine to show it"), then words of declining, before a leading yes: "yeah
        // but I won't" declines.
        if (Word(first, CommonPhrases.No) || Whole(first, CheckReplyPhrases.NoSpoken))
        {
            return false;
        }

        if (_permission.Occurs(input))
        {
            return true;
        }

        if (_decline.Occurs(input))
        {
            return false;
        }

        return Word(first, CommonPhrases.Yes) || Whole(first, CheckReplyPhrases.YesSpoken) || _agree.Occurs(input) ? true : null;
    }

    /// <summary>
    /// True when the whole reply is a yes or a no and nothing else (a Korean "ne" or "eung", "yes", "nope"): no answer to an open
    /// question such as "where did it happen?". A yes with more after it ("yes, at work") is not bare.
    /// </summary>
    public static bool IsBare(IPhraseCatalog phrases, string? text) =>
        text?.Trim() is { Length: > 0 } trimmed && For(phrases).WholeAnswer(EmojiAnswer.Spell(trimmed)) is not null;

    // The whole reply is one of the yes or no phrases: true or false; anything else, null.
    private bool? WholeAnswer(string trimmed) =>
        Whole(trimmed, CommonPhrases.Yes) || Whole(trimmed, CheckReplyPhrases.YesSpoken) ? true
        : Whole(trimmed, CommonPhrases.No) || Whole(trimmed, CheckReplyPhrases.NoSpoken) ? false
        : null;

    public bool QuestionBack(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 and <= MaxChars && AskedBack(trimmed) && _unsure.Occurs(RecognitionInput.From(trimmed));
    }

    public bool Unsure(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 and <= MaxChars && Read(trimmed) is null
            && (AskedBack(trimmed) || _unsure.Occurs(RecognitionInput.From(trimmed)));
    }

    /// <summary>A question back: the reply ends with a question mark ("yes?", "who would read it?").</summary>
    private static bool AskedBack(string text) => text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith('？');

    private bool Whole(string text, PhraseKey key) => TextMatcher.Matches(text, _phrases.All(key));

    private bool Word(string word, PhraseKey key)
    {
        var phrases = _phrases.All(key);
        if (word.Length == 0)
        {
            return false;
        }

        if (TextMatcher.Matches(word, phrases))
        {
            return true;
        }

        // One slip in an English word of three letters or more ("yse", "yess", "nop"); never in a short one ("now").
        var folded = TextMatcher.Normalize(word);
        return folded.Length >= 3 && folded.All(char.IsAsciiLetter)
            && phrases.Any(p => p.Length >= 3 && p.All(char.IsAsciiLetter) && EditDistance.Bounded(folded, p, 1) <= 1);
    }
}
