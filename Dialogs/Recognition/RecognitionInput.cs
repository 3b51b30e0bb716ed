using System.Runtime.CompilerServices;
using System.Text;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// One message as the recogniser reads it: Korean letters run together (spacing never matters in Korean matching),
/// English as stemmed words, full-width and other compatibility forms folded (NFKC), case folded.
/// </summary>
public sealed class RecognitionInput
{
    // A message read once per turn: the same string reaches the crisis check, every command and the prompt, each of
    // which read it again. Keyed by that string (an entry lives as long as it does, so nothing outlives the message).
    private static readonly ConditionalWeakTable<string, RecognitionInput> Messages = new();

    private string? _jamo;
    private string? _key;
    private int[]? _syllableOffsets;

    private RecognitionInput(string lower, string hangul, IReadOnlyList<string> words)
    {
        Lower = lower;
        Hangul = hangul;
        Words = words;
    }

    public static RecognitionInput Empty { get; } = new(string.Empty, string.Empty, []);

    /// <summary>The message folded to lower case and NFKC, spaces collapsed.</summary>
    public string Lower { get; }

    /// <summary>Every Hangul syllable or letter of the message, in order, without spaces or anything else.</summary>
    public string Hangul { get; }

    /// <summary>The English (and digit) words, contractions spelled out and stemmed.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The Hangul run split into letters, made on first use (for typo-tolerant matching).</summary>
    public string Jamo => _jamo ??= Recognition.Hangul.Decompose(Hangul);

    /// <summary>Where each syllable of <see cref="Hangul"/> starts in <see cref="Jamo"/> (and, last, its length); made on first use.</summary>
    internal int[] SyllableOffsets => _syllableOffsets ??= OffsetsOf(Hangul);

    public bool IsEmpty => Hangul.Length == 0 && Words.Count == 0;

    /// <summary>True when the message is only separate Hangul letters ("yes" as two consonants, crying vowels).</summary>
    public bool IsJamoOnly => Words.Count == 0 && Recognition.Hangul.IsJamoOnly(Hangul);

    /// <summary>How much there is to explain: a Korean syllable counts one, an English word two.</summary>
    public int Units => Hangul.Length + (2 * Words.Count);

    /// <summary>The same as <see cref="Key"/> of <see cref="CompiledIntent"/>, made once per input.</summary>
    internal string Key => _key ??= CompiledIntent.Key(this);

    /// <summary>
    /// <see cref="From"/> of a message that is read more than once in a turn (made once per string instance; the
    /// result is the same as <see cref="From"/>'s, which depends on the text alone).
    /// </summary>
    public static RecognitionInput OfMessage(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Empty : Messages.GetValue(text, static t => From(t));

    /// <summary>
    /// <see cref="OfMessage(string?)"/> for a reader that only takes messages of up to <paramref name="maxChars"/>
    /// characters: null when the message is empty or longer.
    /// </summary>
    public static RecognitionInput? OfMessage(string? text, int maxChars) =>
        string.IsNullOrWhiteSpace(text) || text.Length > maxChars ? null : OfMessage(text);

    public static RecognitionInput From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var lower = Fold(EmojiAnswer.Spell(text));
        var hangul = new StringBuilder(lower.Length);
        var latin = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (Recognition.Hangul.IsHangul(c))
            {
                hangul.Append(c);
                latin.Append(' ');
            }
            else
            {
                latin.Append(c);
            }
        }

        return new RecognitionInput(lower, Recognition.Hangul.Compose(hangul.ToString()), EnglishWords.Stems(latin.ToString()));
    }

    private static int[] OffsetsOf(string hangul)
    {
        var offsets = new int[hangul.Length + 1];
        var position = 0;
        for (var i = 0; i < hangul.Length; i++)
        {
            offsets[i] = position;
            var c = hangul[i];
            position += !Recognition.Hangul.IsSyllable(c) ? 1 : (c - 0xAC00) % 28 == 0 ? 2 : 3;
        }

        offsets[^1] = position;
        return offsets;
    }

    /// <summary>
    /// NFKC everywhere except runs of separate Hangul letters, which NFKC would turn into joining letters: typed alone
    /// ("yes" as two consonants, crying vowels) they must stay what they are.
    /// </summary>
    private static string FoldCompatibility(string text)
    {
        if (!HasCompatibilityJamo(text))
        {
            return text.Normalize(NormalizationForm.FormKC);
        }

        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || Recognition.Hangul.IsCompatibilityJamo(text[i]) != Recognition.Hangul.IsCompatibilityJamo(text[start]);
            if (!boundary)
            {
                continue;
            }

            var run = text[start..i];
            builder.Append(Recognition.Hangul.IsCompatibilityJamo(text[start]) ? run : run.Normalize(NormalizationForm.FormKC));
            start = i;
        }

        return builder.ToString();
    }

    private static bool HasCompatibilityJamo(string text)
    {
        foreach (var c in text)
        {
            if (Recognition.Hangul.IsCompatibilityJamo(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>NFKC (full-width letters and digits become ordinary ones), lower case, curly quotes straight, spaces collapsed.</summary>
    public static string Fold(string text)
    {
        var folded = FoldCompatibility(text).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        var lastSpace = true;
        foreach (var c in folded)
        {
            var mapped = c is '\u2019' or '\u2018' ? '\'' : c;
            if (char.IsWhiteSpace(mapped))
            {
                if (!lastSpace)
                {
                    builder.Append(' ');
                }

                lastSpace = true;
                continue;
            }

            builder.Append(mapped);
            lastSpace = false;
        }

        return builder.ToString().Trim();
    }
}
