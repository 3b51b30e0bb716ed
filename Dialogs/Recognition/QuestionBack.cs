using System.Runtime.CompilerServices;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// A question back to the bot at a report question ("igeo gyaega alge dwaeyo?", "will he find out?", "does it have to be the exact
/// date"): a message that is asked (a question mark, an English auxiliary or question word first, a Korean question
/// ending) and names one of the worries of Resources/Phrases/questions_back.json. Gives the worry's name
/// (privacy, found_out, police, erasure, evidence, exact, why, or reporting_identity), or null.
/// </summary>
public sealed class QuestionBack
{
    private const int MaxChars = 120;
    private static readonly ConditionalWeakTable<IPhraseCatalog, QuestionBack> Cache = new();
    private readonly string[] _endings;
    private readonly HashSet<string> _starts;
    private readonly (string Name, Concept Words)[] _worries;
    private readonly Concept _later;
    private readonly Concept _ifReported;
    private readonly Concept _identity;
    private readonly Concept _fear;
    private readonly Concept _meaning;

    private QuestionBack(IPhraseCatalog phrases)
    {
        _endings = [.. phrases.Get(QuestionBackPhrases.Endings, Language.Korean)];
        _starts = new HashSet<string>(phrases.Get(QuestionBackPhrases.Starts, Language.English), StringComparer.Ordinal);
        _later = Concept.From(phrases, QuestionBackPhrases.Later.Name);
        _ifReported = Concept.From(phrases, QuestionBackPhrases.IfReported.Name);
        _identity = Concept.From(phrases, QuestionBackPhrases.Identity.Name);
        _fear = Concept.From(phrases, QuestionBackPhrases.Fear.Name);
        _meaning = Concept.From(phrases, QuestionBackPhrases.Meaning.Name);
        _worries = [.. QuestionBackPhrases.Worries.Select(k => (k.Name["question_back.".Length..], Concept.From(phrases, k.Name)))];
    }

    public static QuestionBack For(IPhraseCatalog phrases) => Cache.GetValue(phrases, p => new QuestionBack(p));

    /// <summary>The worry a question back names, or null when the message is no such question.</summary>
    public string? Worry(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxChars)
        {
            return null;
        }

        var input = RecognitionInput.OfMessage(text);
        var asked = IsAsked(trimmed, input);

        // "If I report, will my name be known / will he be told?": about the law's protection of who one is; asked, or said
        // as the fear it is ("singohamyeon hoesaeseo da alge doelkkabwa museowoyo", "im scared he'll find out if i report").
        if (_ifReported.Occurs(input) && _identity.Occurs(input) && (asked || _fear.Occurs(input)))
        {
            return QuestionBackPhrases.ReportingIdentity;
        }

        if (!asked)
        {
            return null;
        }

        foreach (var (name, words) in _worries)
        {
            if (words.Occurs(input))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a message asks what the choices mean or how they differ ("what do these mean", "whats the difference between
    /// 1 and 2", "mwoe haedanghaneunji moreugesseoyo"), question mark or not: in at most <paramref name="mostUnits"/>
    /// (<see cref="RecognitionInput.Units"/>), since a longer message with "confused" in it is telling something.
    /// </summary>
    public bool AsksWhatTheChoicesMean(string? text, int mostUnits)
    {
        var input = RecognitionInput.From(text);
        return !input.IsEmpty && input.Units <= mostUnits && _meaning.Occurs(input);
    }

    /// <summary>Whether a message asks something: a question mark, a question's first word, or a Korean question ending.</summary>
    public bool Asks(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        // Only how it ends counts: a story's long message that ends with a question asks it.
        return trimmed.Length is > 0 and <= 2000 && IsAsked(trimmed, RecognitionInput.OfMessage(text));
    }

    /// <summary>
    /// Whether a question about erasure is about later or about being erased by itself ("najunge jiul su isseoyo?", "this gets
    /// deleted after right?"), so that it is answered even though its words would also make the request to erase now.
    /// </summary>
    public bool AboutLater(string? text) => text is not null && _later.Occurs(RecognitionInput.OfMessage(text));

    private bool IsAsked(string trimmed, RecognitionInput input) =>
        trimmed.EndsWith('?') || trimmed.EndsWith('\uFF1F')
        || (input.Hangul.Length == 0 && _starts.Contains(trimmed.Split(' ', 2)[0].ToLowerInvariant()))
        || (input.Hangul.Length > 0 && _endings.Any(e => input.Hangul.TrimEnd(CryingLetters).EndsWith(e, StringComparison.Ordinal)));

    /// <summary>The crying letters typed after a question ("orae geollinayo" with two yu letters): the question ends before them.</summary>
    private static readonly char[] CryingLetters = ['\u3160', '\u315C', '\u1172', '\u116E'];
}
