using ReportBot.Resources.Recognition;

namespace ReportBot.Dialogs.Recognition;

/// <summary>An intent rule with its concepts compiled, and whole-message phrases in their matching forms.</summary>
public sealed class CompiledIntent
{
    public CompiledIntent(IntentRule rule, Func<string, Concept> concepts, IEnumerable<string> phrases)
    {
        Name = rule.Name;
        MenuOnly = rule.MenuOnly;
        Patterns = [.. rule.Patterns.OrderByDescending(p => p.Weight).Select(p => (p.Concepts.Select(concepts).ToArray(), p.Weight))];
        Fillers = [.. rule.Fillers.Select(concepts)];
        Unless = [.. rule.Unless.Select(concepts)];
        var whole = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            whole.Add(Key(RecognitionInput.From(phrase)));
        }

        WholePhrases = whole;
    }

    public string Name { get; }

    /// <summary>Only at the main menu or as a first message.</summary>
    public bool MenuOnly { get; }

    public (Concept[] Concepts, double Weight)[] Patterns { get; }

    public Concept[] Fillers { get; }

    /// <summary>Concepts that make the message about something else: with one of them the intent is not read.</summary>
    public Concept[] Unless { get; }

    /// <summary>Whole messages that are this intent, spacing and endings of punctuation aside.</summary>
    public IReadOnlySet<string> WholePhrases { get; }

    /// <summary>The form two messages share when they differ only in spacing, case, punctuation or full-width letters.</summary>
    public static string Key(RecognitionInput input) =>
        input.IsEmpty ? "#" + input.Lower : input.Hangul + "|" + string.Join(' ', input.Words);
}
