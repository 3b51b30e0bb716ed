using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>
/// Tells the person who did it from the people a story names around them: someone the survivor told, who saw it, helped,
/// did not believe them or whom they want to protect ("i told my friends but nobody believed me", "my sister saw it happen").
/// A person's own verb is the first one after them, up to the next person or "I" (Korean puts it last, English after
/// the subject); with none there, the verb before them, whose object they are ("told my mom", "assaulted by my
/// professor"). A harm verb (story.act) there makes them the one who did it; only a verb of telling, seeing or helping
/// (answer.&lt;question&gt;.others) makes them someone else. A person with neither keeps what they pick: better nothing
/// offered than a wrong person, but no one dropped without a reason in the words.
/// </summary>
internal sealed class PersonRoles
{
    private readonly Concept _others;
    private readonly Concept _harm;
    private readonly Concept _subjects;

    private PersonRoles(Concept others, Concept harm, Concept subjects)
    {
        _others = others;
        _harm = harm;
        _subjects = subjects;
    }

    /// <summary>The roles of a question that has an "others" list (answer.&lt;question&gt;.others), or null.</summary>
    public static PersonRoles? For(IPhraseCatalog phrases, string question)
    {
        var others = AnswerPhrases.Question(question, "others");
        var subjects = AnswerPhrases.Question(question, "subjects");
        return phrases.Keys.Contains(others.Name)
            ? new PersonRoles(
                Concept.From(phrases, others.Name),
                Concept.From(phrases, StoryPhrases.Act.Name),
                new Concept(subjects.Name, phrases.Keys.Contains(subjects.Name) ? phrases.All(subjects) : []))
            : null;
    }

    /// <summary>The person finds of <paramref name="input"/> that are someone other than the one who did it.</summary>
    public HashSet<ConceptHit> Others(RecognitionInput input, IReadOnlyCollection<ConceptHit> people)
    {
        var dropped = new HashSet<ConceptHit>();
        if (people.Count == 0)
        {
            return dropped;
        }

        var told = Find(_others, input, people);
        var harm = Find(_harm, input, people);
        var stops = Find(_subjects, input, people);
        foreach (var korean in new[] { true, false })
        {
            var groups = Groups(people.Where(p => p.Korean == korean), korean);
            for (var g = 0; g < groups.Count; g++)
            {
                var (start, end, members) = groups[g];
                var next = Math.Min(g + 1 < groups.Count ? groups[g + 1].Start : int.MaxValue, stops.Where(s => s.Korean == korean && s.Start >= end).Select(s => s.Start).DefaultIfEmpty(int.MaxValue).Min());
                var previous = Math.Max(g > 0 ? groups[g - 1].End : 0, stops.Where(s => s.Korean == korean && s.Start + s.Length <= start).Select(s => s.Start + s.Length).DefaultIfEmpty(0).Max());
                bool After(ConceptHit v) => v.Korean == korean && v.Start >= end && v.Start < next;
                bool Before(ConceptHit v) => v.Korean == korean && v.Start + v.Length <= start && v.Start >= previous;

                var isOther = harm.Any(After) ? false
                    : told.Any(After) ? true
                    : told.Where(Before).Select(v => v.Start).DefaultIfEmpty(-1).Max() > harm.Where(Before).Select(v => v.Start).DefaultIfEmpty(-1).Max();
                if (isOther)
                {
                    dropped.UnionWith(members);
                }
            }
        }

        return dropped;
    }

    /// <summary>The finds of a concept that are not part of a person's own words ("a guy i know" holds "i").</summary>
    private static List<ConceptHit> Find(Concept concept, RecognitionInput input, IReadOnlyCollection<ConceptHit> people)
    {
        var hits = new List<ConceptHit>();
        concept.FindExact(input, hits);
        hits.RemoveAll(h => people.Any(p => AnswerHits.Overlaps(p, h)));
        return hits;
    }

    /// <summary>People written together ("a company colleague", "my best friend") are one person: Korean letters touching, English at most a word apart.</summary>
    private static List<(int Start, int End, List<ConceptHit> Members)> Groups(IEnumerable<ConceptHit> people, bool korean)
    {
        var groups = new List<(int Start, int End, List<ConceptHit> Members)>();
        foreach (var hit in people.OrderBy(p => p.Start))
        {
            var end = hit.Start + hit.Length;
            if (groups.Count > 0 && hit.Start <= groups[^1].End + (korean ? 0 : 1))
            {
                var last = groups[^1];
                last.Members.Add(hit);
                groups[^1] = (last.Start, Math.Max(last.End, end), last.Members);
            }
            else
            {
                groups.Add((hit.Start, end, [hit]));
            }
        }

        return groups;
    }
}
