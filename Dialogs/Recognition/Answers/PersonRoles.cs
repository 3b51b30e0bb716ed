using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>
/// Tells the person who did it from the people a story names around them: someone the survivor told, who saw it, helped,
/// did not believe them or whom they want to protect ("i told my friends but nobody believed me", "my sister saw it happen"),
/// and someone it was done or sent to ("he sent it to my boss"). A person's own verb is the first one after them, up to the
/// next person or "I" (Korean puts it last, English after the subject); with none there, the verb before them, whose object
/// they are ("told my mom", "assaulted by my professor"); in a clause with no verb at all, the first verb of the next clause
/// (a Korean "because" ending splits a person from their verb). A harm verb (story.act) makes them the one who did it,
/// unless they are its object or recipient (a Korean "to" particle, an English object) and not its agent ("by", a Korean
/// passive); someone messaged or called (answer.&lt;question&gt;.contacts) is the one reached; a verb of telling, seeing or helping (answer.&lt;question&gt;.others) makes them someone else. A person with
/// neither keeps what they pick: better nothing offered than a wrong person, but no one dropped without a reason in the words.
/// </summary>
internal sealed class PersonRoles
{
    /// <summary>Korean letters that may stand between a person and the "to" particle ("people", plural, honorific).</summary>
    private const int MaxLettersBeforeParticle = 3;

    private readonly Concept _others;
    private readonly Concept _harm;
    private readonly Concept _contacts;
    private readonly Concept _subjects;
    private readonly Concept _agents;
    private readonly string[] _koreanRecipients;
    private readonly string[] _koreanParticles;
    private readonly string[] _koreanCopulas;
    private readonly HashSet<string> _englishObjectWords;

    private PersonRoles(IPhraseCatalog phrases, string question)
    {
        Concept Load(string part) =>
            new(part, phrases.Keys.Contains(AnswerPhrases.Question(question, part).Name) ? phrases.All(AnswerPhrases.Question(question, part)) : []);
        IReadOnlyList<string> Words(string part, Language language) =>
            phrases.Keys.Contains(AnswerPhrases.Question(question, part).Name) ? phrases.Get(AnswerPhrases.Question(question, part), language) : [];

        _others = Load("others");
        _harm = Concept.From(phrases, StoryPhrases.Act.Name);
        _contacts = Load("contacts");
        _subjects = Load("subjects");
        _agents = Load("agents");
        _koreanRecipients = [.. Words("recipients", Language.Korean)];
        _koreanParticles = [.. Words("particles", Language.Korean)];
        _koreanCopulas = [.. Words("copulas", Language.Korean)];
        _englishObjectWords = [.. Words("recipients", Language.English).Concat(Words("determiners", Language.English)).Select(EnglishWords.Stem)];
    }

    /// <summary>The roles of a question that has an "others" list (answer.&lt;question&gt;.others), or null.</summary>
    public static PersonRoles? For(IPhraseCatalog phrases, string question) =>
        phrases.Keys.Contains(AnswerPhrases.Question(question, "others").Name) ? new PersonRoles(phrases, question) : null;

    /// <summary>The person finds of <paramref name="input"/> that are someone other than the one who did it.</summary>
    /// <param name="next">The next clause and its person finds, read when this clause holds no verb.</param>
    public HashSet<ConceptHit> Others(RecognitionInput input, IReadOnlyCollection<ConceptHit> people, RecognitionInput? next, IReadOnlyCollection<ConceptHit> nextPeople)
    {
        var dropped = new HashSet<ConceptHit>();
        if (people.Count == 0)
        {
            return dropped;
        }

        var told = Find(_others, input, people);
        var harm = Find(_harm, input, people);
        var stops = Find(_subjects, input, people);
        var agents = Find(_agents, input, people);
        var contacts = Find(_contacts, input, people);
        bool? fromNext = told.Count + harm.Count == 0 && next is not null ? FirstVerb(next, nextPeople) : null;
        foreach (var korean in new[] { true, false })
        {
            var groups = Groups(people.Where(p => p.Korean == korean), korean);
            for (var g = 0; g < groups.Count; g++)
            {
                var (start, end, members) = groups[g];
                var until = Math.Min(g + 1 < groups.Count ? groups[g + 1].Start : int.MaxValue, stops.Where(s => s.Korean == korean && s.Start >= end).Select(s => s.Start).DefaultIfEmpty(int.MaxValue).Min());
                var from = Math.Max(g > 0 ? groups[g - 1].End : 0, stops.Where(s => s.Korean == korean && s.Start + s.Length <= start).Select(s => s.Start + s.Length).DefaultIfEmpty(0).Max());
                bool After(ConceptHit v) => v.Korean == korean && v.Start >= end && v.Start < until;
                bool Before(ConceptHit v) => v.Korean == korean && v.Start + v.Length <= start && v.Start >= from;

                var lastHarm = harm.Where(Before).Select(v => v.Start + v.Length).DefaultIfEmpty(-1).Max();
                var lastTold = told.Where(Before).Select(v => v.Start).DefaultIfEmpty(-1).Max();
                var isOther = harm.Any(After) ? korean && IsRecipient(input, end) && !agents.Any(After)
                    : told.Any(After) ? true
                    : fromNext is { } other && g == groups.Count - 1 && (!korean || IsSubject(input, end)) ? other
                    : lastTold >= 0 && lastTold >= lastHarm ? true
                    : (lastHarm >= 0 && !korean && IsObject(input, lastHarm, start)) || Reached(input, contacts, korean, start, end, Before, After);
                if (isOther)
                {
                    dropped.UnionWith(members);
                }
            }
        }

        return dropped;
    }

    /// <summary>
    /// Someone messaged, texted or called ("made a fake account to message my friends", or a Korean person with "to" before "contacted"): the one
    /// reached, not the one who reached them. English: right after the verb, with only "to" and determiners between;
    /// Korean: with a "to" particle before the verb.
    /// </summary>
    private bool Reached(RecognitionInput input, List<ConceptHit> contacts, bool korean, int start, int end, Func<ConceptHit, bool> before, Func<ConceptHit, bool> after) =>
        korean ? contacts.Any(after) && IsRecipient(input, end)
            : contacts.Where(before).Select(v => v.Start + v.Length).DefaultIfEmpty(-1).Max() is var last && last >= 0 && IsObject(input, last, start);

    /// <summary>Whether the first verb of a clause, before any person in it, is one of telling or seeing (true), of harm (false), or none (null).</summary>
    private bool? FirstVerb(RecognitionInput clause, IReadOnlyCollection<ConceptHit> people)
    {
        var firstPerson = people.Select(p => (p.Korean, p.Start)).ToList();
        var stops = Find(_subjects, clause, people);
        bool Open(ConceptHit v) => !firstPerson.Concat(stops.Select(s => (s.Korean, s.Start))).Any(p => p.Korean == v.Korean && p.Start <= v.Start);
        var told = Find(_others, clause, people).Where(Open).Select(v => v.Start).DefaultIfEmpty(int.MaxValue).Min();
        var harm = Find(_harm, clause, people).Where(Open).Select(v => v.Start).DefaultIfEmpty(int.MaxValue).Min();
        return told == harm ? null : told < harm;
    }

    /// <summary>A Korean person followed by a "to" particle ("sent to my friends", said with the particle), but not "from" (the particle followed by the syllable for "from").</summary>
    private bool IsRecipient(RecognitionInput input, int end)
    {
        var after = input.Hangul.AsSpan(end);
        for (var skip = 0; skip <= MaxLettersBeforeParticle && skip < after.Length; skip++)
        {
            foreach (var particle in _koreanRecipients)
            {
                if (after[skip..].StartsWith(particle, StringComparison.Ordinal))
                {
                    var rest = after[(skip + particle.Length)..];
                    return rest.Length == 0 || rest[0] != '\uC11C';
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A Korean person followed by a particle that makes them the subject, topic or addressee of a verb still to come (in the
    /// next clause), not by a copula ("it is an account, but…": they are the answer itself).
    /// </summary>
    private bool IsSubject(RecognitionInput input, int end)
    {
        var after = input.Hangul.AsSpan(end);
        foreach (var copula in _koreanCopulas)
        {
            if (after.StartsWith(copula, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var particle in _koreanParticles)
        {
            if (after.StartsWith(particle, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An English person right after a harm verb, with only "to" and determiners between ("message my friends", "sent it to my boss").</summary>
    private bool IsObject(RecognitionInput input, int harmEnd, int start) =>
        start > harmEnd && Enumerable.Range(harmEnd, start - harmEnd).All(i => _englishObjectWords.Contains(input.Words[i]));

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
