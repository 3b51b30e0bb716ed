using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Dates;

/// <summary>
/// A time in a story that says when a relationship, a job or a school began ("jangnyeon gyeoulbuteo sagwieonneunde", "we've been dating
/// since march", "i worked there since 2023") is background, not when it happened: the words right after the time
/// (Korean within a few letters; after a "since" also meeting and knowing), or the English words just before it
/// (date.context.* in Resources/Phrases/dates.json), or a start said earlier in the time's own English clause ("i started at the
/// cafe in june and…"). It also knows the words that tell a harm as repeated (date.repeated), with which a story's open span is
/// its time.
/// </summary>
internal sealed class DateBackground
{
    /// <summary>How many Korean letters after the time a context verb may start ("jangnyeonbuteo gyaerang sagwieonneunde").</summary>
    private const int KoreanReach = 6;

    /// <summary>How many English words after the time are looked at.</summary>
    private const int EnglishReach = 4;

    /// <summary>How many English words just before the time are looked at (not back over an earlier time).</summary>
    private const int EnglishReachBefore = 2;

    private readonly string[] _afterKorean;
    private readonly string[] _sinceAfterKorean;
    private readonly string[] _beforeKorean;
    private readonly string[] _afterEnglish;
    private readonly string[] _sinceAfterEnglish;
    private readonly string[] _beforeEnglish;
    private readonly string[] _clauseBeforeEnglish;
    private readonly string[] _repeatedKorean;
    private readonly string[] _repeatedEnglish;
    private readonly string[] _eventNearKorean;
    private readonly string[] _eventNearEnglish;

    /// <summary>Where an English clause ends: a start before them belongs to another clause ("he joined in march, and last week…").</summary>
    private static readonly string[] ClauseBreaks = [",", ";", ".", "!", "?", " and ", " but ", " so ", " then ", " n "];

    public DateBackground(IPhraseCatalog phrases)
    {
        (_afterKorean, _afterEnglish) = Load(phrases, DatePhrases.ContextAfter);
        (_sinceAfterKorean, _sinceAfterEnglish) = Load(phrases, DatePhrases.ContextSinceAfter);
        (_beforeKorean, _beforeEnglish) = Load(phrases, DatePhrases.ContextBefore);
        (_, _clauseBeforeEnglish) = Load(phrases, DatePhrases.ContextClauseBefore);
        (_repeatedKorean, _repeatedEnglish) = Load(phrases, DatePhrases.Repeated);
        (_eventNearKorean, _eventNearEnglish) = Load(phrases, DatePhrases.EventNear);
    }

    /// <summary>
    /// The occasion at [start, end) of the folded story said as a time, with the words that make it one: an English word of
    /// nearness among the two words before it, taken back with its articles ("the night before my exam", "on my birthday"),
    /// or a Korean one right after it ("siheom jeonnal"); null when it is said as no time.
    /// </summary>
    public (int Start, int End)? NearEvent(string folded, int start, int end)
    {
        var after = folded[end..];
        var spaced = after.TrimStart();
        if (_eventNearKorean.FirstOrDefault(p => spaced.StartsWith(p, StringComparison.Ordinal)) is { } near)
        {
            return (start, end + (after.Length - spaced.Length) + near.Length);
        }

        var before = folded[..start].TrimEnd();
        var words = before.Split(' ');
        if (!words.Skip(Math.Max(0, words.Length - 2)).Any(w => _eventNearEnglish.Contains(w, StringComparer.Ordinal)))
        {
            return null;
        }

        var from = before.Length;
        for (var k = words.Length - 1; k >= Math.Max(0, words.Length - 5); k--)
        {
            if (!_eventNearEnglish.Contains(words[k], StringComparer.Ordinal) && !EventArticles.Contains(words[k]))
            {
                break;
            }

            from -= words[k].Length + (k < words.Length - 1 ? 1 : 0);
        }

        return (from, end);
    }

    /// <summary>Words taken back with an occasion's nearness ("the night before my exam").</summary>
    private static readonly HashSet<string> EventArticles = new(StringComparer.Ordinal) { "the", "a", "my", "his", "her", "our", "their", "that" };

    /// <summary>Whether the folded story tells the harm as repeated ("se beonina", "thats 3 times", "again").</summary>
    public bool TellsRepeated(string folded)
    {
        var korean = new string([.. folded.Where(c => !char.IsWhiteSpace(c))]);
        var words = " " + string.Join(' ', Words(folded)) + " ";
        return _repeatedKorean.Any(p => korean.Contains(p, StringComparison.Ordinal))
            || _repeatedEnglish.Any(p => words.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    /// <summary>Whether the time at [start, end) of the folded text is the start of something told as background.</summary>
    public bool IsBackground(string folded, int start, int end, bool since)
    {
        var after = folded[end..];
        var before = folded[..start];

        // The Korean verb may be read into the time itself ("ipsa", joining a company, holds the Korean "four"), so look from the time's start.
        var inside = folded[start..end].Count(Hangul.IsHangul);
        var afterKorean = Compact(folded[start..], inside + KoreanReach + 4);
        var beforeKorean = Reverse(Compact(Reverse(before), KoreanReach + 4));
        var afterWords = " " + string.Join(' ', Words(after).Take(EnglishReach)) + " ";
        var beforeWords = " " + string.Join(' ', Words(before).TakeLast(EnglishReachBefore)) + " ";
        return Near(afterKorean, _afterKorean, inside) || (since && Near(afterKorean, _sinceAfterKorean, inside))
            || beforeKorean.Length > 0 && _beforeKorean.Any(p => TopicEndsWith(beforeKorean, p))
            || _afterEnglish.Any(p => afterWords.Contains(" " + p + " ", StringComparison.Ordinal))
            || (since && _sinceAfterEnglish.Any(p => afterWords.Contains(" " + p + " ", StringComparison.Ordinal)))
            || _beforeEnglish.Any(p => beforeWords.Contains(" " + p + " ", StringComparison.Ordinal))
            || StartedEarlierInClause(folded, start, end);
    }

    /// <summary>"ipsahan geon", "ipsahan ge" and "ipsahan geo" are one topic: the nominaliser may take any of its forms.</summary>
    private static bool TopicEndsWith(string before, string phrase) =>
        before.EndsWith(phrase, StringComparison.Ordinal)
        || (phrase.EndsWith('\uAC74') && before.Length > 0 && before[^1] is '\uAC8C' or '\uAC70'
            && before[..^1].EndsWith(phrase[..^1], StringComparison.Ordinal));

    /// <summary>
    /// A start said anywhere earlier in the time's own English clause, or read into the time itself ("started" is also a
    /// "since": "started my internship in july").
    /// </summary>
    private bool StartedEarlierInClause(string folded, int start, int end)
    {
        var before = folded[..start];
        var from = ClauseBreaks.Max(b => before.LastIndexOf(b, StringComparison.Ordinal) is var at and >= 0 ? at + b.Length : 0);
        var clause = " " + string.Join(' ', Words(folded[from..end])) + " ";
        return _clauseBeforeEnglish.Any(p => clause.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    private static bool Near(string korean, string[] phrases, int inside) =>
        phrases.Any(p => korean.IndexOf(p, StringComparison.Ordinal) is var at && at >= 0 && at <= inside + KoreanReach);

    /// <summary>The first Hangul letters of the text, spaces and digits left out, up to the first letter of another kind.</summary>
    private static string Compact(string text, int most)
    {
        var letters = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsDigit(c))
            {
                continue;
            }

            if (!Hangul.IsHangul(c) || letters.Length >= most)
            {
                break;
            }

            letters.Append(c);
        }

        return letters.ToString();
    }

    private static string Reverse(string text) => new([.. text.Reverse()]);

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '.', '!', '?'], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Any(Hangul.IsHangul));

    private static (string[] Korean, string[] English) Load(IPhraseCatalog phrases, PhraseKey key)
    {
        var all = phrases.All(key).Select(RecognitionInput.Fold).Where(p => p != "_").ToList();
        return ([.. all.Where(p => p.Any(Hangul.IsHangul)).Select(p => new string([.. p.Where(c => !char.IsWhiteSpace(c))]))],
            [.. all.Where(p => !p.Any(Hangul.IsHangul))]);
    }
}
