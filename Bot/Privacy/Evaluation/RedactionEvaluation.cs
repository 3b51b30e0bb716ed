using System.Text;

namespace ReportBot.Bot.Privacy.Evaluation;

/// <summary>
/// Scores the <see cref="Redactor"/> on a labelled set. A secret counts as leaked when it can still be read in the
/// redacted text (ignoring case, width and spacing) or when a run of four or more of its digits survives, so a phone
/// number cut in half is a miss. Recall is per type and per message (all of a message's secrets gone); precision is the
/// share of altered messages that held a detail and lost nothing the report needs.
/// </summary>
public sealed class RedactionEvaluation
{
    private RedactionEvaluation(IReadOnlyList<RedactionOutcome> outcomes) => Outcomes = outcomes;

    public IReadOnlyList<RedactionOutcome> Outcomes { get; }

    /// <summary>Kinds of personal detail in the set, "none" left out.</summary>
    public IEnumerable<string> Types => Outcomes.Select(o => o.Item.Type).Distinct()
        .Where(t => t != LabelledRedaction.None).Order(StringComparer.Ordinal);

    public static RedactionEvaluation Run(IEnumerable<LabelledRedaction> set, Redactor redactor) =>
        new([.. set.Select(item => Score(item, redactor.Redact(item.Text, item.Language)))]);

    public static RedactionOutcome Score(LabelledRedaction item, string redacted)
    {
        var flat = Flat(redacted);
        var keptDigits = item.Keep.Select(k => Digits(k)).ToList();
        var runs = DigitRuns(redacted.Normalize(NormalizationForm.FormKC)).Where(r => !keptDigits.Any(k => k.Contains(r, StringComparison.Ordinal))).ToList();
        var leaked = item.Secrets.Where(secret =>
            flat.Contains(Flat(secret), StringComparison.Ordinal)
            || (Digits(secret) is { Length: >= 4 } digits && runs.Any(r => r.Length >= 4 && digits.Contains(r, StringComparison.Ordinal)))).ToList();
        var lost = item.Keep.Where(k => !redacted.Contains(k, StringComparison.Ordinal)).ToList();
        return new RedactionOutcome(item, redacted, leaked, lost);
    }

    /// <summary>Messages of this type, and how many lost every identifying part.</summary>
    public (int Caught, int Support) Recall(string type)
    {
        var of = Outcomes.Where(o => o.Item.Type == type).ToList();
        return (of.Count(o => o.Caught), of.Count);
    }

    public (int Caught, int Support) RecallOfAll()
    {
        var of = Outcomes.Where(o => o.Item.Type != LabelledRedaction.None).ToList();
        return (of.Count(o => o.Caught), of.Count);
    }

    /// <summary>Messages with nothing personal that came out altered, of all such messages.</summary>
    public (int Altered, int Support) OverRedaction()
    {
        var of = Outcomes.Where(o => o.Item.Type == LabelledRedaction.None).ToList();
        return (of.Count(o => o.OverRedacted), of.Count);
    }

    /// <summary>Altered messages that held a detail and lost nothing to keep, of all altered messages.</summary>
    public (int Right, int Altered) Precision()
    {
        var of = Outcomes.Where(o => o.Changed).ToList();
        return (of.Count(o => o.Item.Type != LabelledRedaction.None && !o.OverRedacted), of.Count);
    }

    /// <summary>Kept parts (dates, statute numbers, hotlines…) destroyed across the whole set.</summary>
    public int KeptPartsLost => Outcomes.Sum(o => o.Lost.Count);

    public IEnumerable<RedactionOutcome> Misses => Outcomes.Where(o => !o.Caught || o.OverRedacted);

    private static string Flat(string text)
    {
        var normal = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        return string.Concat(normal.Where(c => !char.IsWhiteSpace(c)));
    }

    private static string Digits(string text) => string.Concat(text.Normalize(NormalizationForm.FormKC).Where(char.IsAsciiDigit));

    private static IEnumerable<string> DigitRuns(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var digit = i < text.Length && char.IsAsciiDigit(text[i]);
            if (digit && start < 0)
            {
                start = i;
            }
            else if (!digit && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
