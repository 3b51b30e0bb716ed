namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>Resolves overlapping finds: exact before typo-tolerant, longer before shorter (a KakaoTalk capture is a screenshot, not a chat).</summary>
internal static class AnswerHits
{
    public static List<T> NonOverlapping<T>(IEnumerable<T> found, Func<T, ConceptHit> hitOf)
    {
        var accepted = new List<T>();
        foreach (var candidate in found.OrderBy(f => hitOf(f).Fuzzy).ThenByDescending(f => hitOf(f).Length))
        {
            var hit = hitOf(candidate);
            if (!accepted.Any(a => Overlaps(hitOf(a), hit)))
            {
                accepted.Add(candidate);
            }
        }

        return accepted;
    }

    public static bool Overlaps(ConceptHit a, ConceptHit b) =>
        a.Korean == b.Korean && a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    /// <summary>How much of the message a find explains: a Korean syllable counts one, an English word two.</summary>
    public static int Weight(ConceptHit hit) => hit.Korean ? hit.Length : 2 * hit.Length;
}
