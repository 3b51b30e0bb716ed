using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>
/// Finds which choice a message picks: a button's value (<c>{"choice": "value"}</c> in the activity's value), a
/// number ("2", "②", or with a counter suffix from the phrase lists), a label in either language, the choice's value, or a synonym.
/// </summary>
public static partial class ChoiceRecognizer
{
    public static FoundChoice? RecognizeOne(Activity activity, IReadOnlyList<Choice> choices, ITextCatalog texts, IPhraseCatalog phrases)
    {
        var fromValue = FromButtonValue(activity.Value, choices);
        if (fromValue is not null)
        {
            return fromValue;
        }

        return RecognizeToken(activity.Text, choices, texts, phrases);
    }

    /// <summary>Several choices at once: "1, 3", "1 3", "illegal filming, deepfake". Null when any part is not understood.</summary>
    public static IReadOnlyList<FoundChoice>? RecognizeMany(Activity activity, IReadOnlyList<Choice> choices, ITextCatalog texts, IPhraseCatalog phrases)
    {
        var one = RecognizeOne(activity, choices, texts, phrases);
        if (one is not null)
        {
            return [one];
        }

        var text = TextMatcher.Normalize(activity.Text);
        if (text.Length == 0)
        {
            return null;
        }

        // Labels can hold spaces ("illegal filming"), so split on commas and "and" first; bare spaces only
        // separate numbers ("1 3").
        return RecognizeParts(SplitList(text, phrases), choices, texts, phrases)
            ?? (text.Split(' ').All(t => Number().IsMatch(t)) ? RecognizeParts(text.Split(' '), choices, texts, phrases) : null);
    }

    /// <summary>True when the message lists several things, joined by commas or "and" (in either language).</summary>
    public static bool NamesSeveral(string? text, IPhraseCatalog phrases) =>
        SplitList(TextMatcher.Normalize(text), phrases).Count(p => p.Trim().Length > 0) >= 2;

    private static IReadOnlyList<FoundChoice>? RecognizeParts(string[] rawParts, IReadOnlyList<Choice> choices, ITextCatalog texts, IPhraseCatalog phrases)
    {
        var parts = rawParts.Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        if (parts.Length < 2)
        {
            return null;
        }

        var found = new List<FoundChoice>();
        foreach (var part in parts)
        {
            var choice = RecognizeToken(part, choices, texts, phrases);
            if (choice is null)
            {
                return null;
            }

            if (found.All(f => f.Index != choice.Index))
            {
                found.Add(choice);
            }
        }

        return found;
    }

    private static FoundChoice? RecognizeToken(string? text, IReadOnlyList<Choice> choices, ITextCatalog texts, IPhraseCatalog phrases)
    {
        var normalized = TextMatcher.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        var number = Number().Match(normalized);
        var suffix = number.Success ? number.Groups[2].Value : string.Empty;
        var suffixAllowed = suffix.Length == 0 || phrases.All(CommonPhrases.NumberSuffixes).Contains(suffix);
        if (number.Success && suffixAllowed && int.TryParse(number.Groups[1].Value, out var n))
        {
            return n >= 1 && n <= choices.Count ? new FoundChoice(choices[n - 1].Value, n - 1) : null;
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (Candidates(choices[i], texts).Any(c => TextMatcher.Normalize(c) == normalized))
            {
                return new FoundChoice(choices[i].Value, i);
            }
        }

        return Loosely(normalized, choices, texts);
    }

    /// <summary>
    /// A label said in other words: its Korean stem with another ending ("save" for "save it", written with a
    /// different verb ending), or all of its English words inside the message. Only when exactly one choice fits.
    /// </summary>
    private static FoundChoice? Loosely(string normalized, IReadOnlyList<Choice> choices, ITextCatalog texts)
    {
        var input = Recognition.RecognitionInput.From(normalized);
        var fits = new List<(int Index, double Fit)>();
        for (var i = 0; i < choices.Count; i++)
        {
            var fit = Candidates(choices[i], texts).Select(Recognition.RecognitionInput.From).Max(label => Fit(input, label));
            if (fit > 0)
            {
                fits.Add((i, fit));
            }
        }

        // One choice fits, or one fits clearly better than the rest ("save" against "save" and "don't save, delete").
        var ordered = fits.OrderByDescending(f => f.Fit).ToList();
        return ordered.Count == 1 || (ordered.Count > 1 && ordered[0].Fit >= ordered[1].Fit * 1.5)
            ? new FoundChoice(choices[ordered[0].Index].Value, ordered[0].Index)
            : null;
    }

    /// <summary>How much of a label the message says (0 when it does not fit at all).</summary>
    private static double Fit(Recognition.RecognitionInput message, Recognition.RecognitionInput label)
    {
        if (message.Hangul.Length >= 2 && label.Hangul.Length >= 2 && message.Words.Count == 0)
        {
            var common = 0;
            while (common < message.Hangul.Length && common < label.Hangul.Length && message.Hangul[common] == label.Hangul[common])
            {
                common++;
            }

            var fits = common >= 2
                && (common == label.Hangul.Length || common == message.Hangul.Length
                    || (common * 2 >= label.Hangul.Length && GoesOnAsTheLabel(message.Hangul, label.Hangul, common)))
                && message.Hangul.Length <= label.Hangul.Length + 4;
            return fits ? (double)common / label.Hangul.Length : 0;
        }

        var words = label.Words.Where(w => w.Length > 2).ToList();
        var all = message.Hangul.Length == 0 && words.Count > 0 && message.Words.Count <= words.Count + 4 && words.All(message.Words.Contains);
        return all ? (double)words.Count / Math.Max(words.Count, message.Words.Count) : 0;
    }

    /// <summary>
    /// After the words a message shares with a label, what follows must be the label's own word in another ending
    /// ("read it again" said with the verb "see" in a spoken ending for the label "read it again", "please save" for "save")
    /// or a short particle after a noun ("screenshots" plus a polite ending), not another verb: "delete all my records"
    /// shares its first two words with the label "get my record" and is not it (the examples are Korean in the tests).
    /// </summary>
    private static bool GoesOnAsTheLabel(string message, string label, int common)
    {
        var rest = label[common..];
        if (rest.EndsWith('\uAE30'))
        {
            rest = rest[..^1];
        }

        if (rest.Length == 0 || rest == "\uD558" || message.Length - common <= 3)
        {
            return true;
        }

        return Recognition.Hangul.SameOpening(message[common], rest[0]);
    }

    private static IEnumerable<string> Candidates(Choice choice, ITextCatalog texts)
    {
        yield return choice.Value;
        foreach (var language in Enum.GetValues<Language>())
        {
            var label = texts.Find(choice.LabelKey, language);
            if (label is not null)
            {
                yield return label;
            }
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return synonym;
        }
    }

    private static FoundChoice? FromButtonValue(object? value, IReadOnlyList<Choice> choices)
    {
        var picked = value switch
        {
            JObject obj => obj.Value<string>("choice"),
            string s => s,
            _ => null,
        };
        if (picked is null)
        {
            return null;
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (string.Equals(choices[i].Value, picked, StringComparison.OrdinalIgnoreCase))
            {
                return new FoundChoice(choices[i].Value, i);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(\d{1,3})\s*(\p{L}{0,2})\.?$")]
    private static partial Regex Number();

    private static string[] SplitList(string text, IPhraseCatalog phrases)
    {
        var separators = phrases.All(CommonPhrases.ListSeparators).Select(s => " " + TextMatcher.Normalize(s) + " ")
            .Concat([",", "、", "/", "&"]);
        return text.Split(separators.ToArray(), StringSplitOptions.None);
    }
}
