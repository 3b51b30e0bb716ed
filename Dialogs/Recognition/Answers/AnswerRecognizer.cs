using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition.Answers;

/// <summary>
/// Maps a survivor's own words to the choices of a question by concept (Resources/Phrases/answers.json): "my boss
/// groped me after the work dinner" picks sexual assault and harassment at work. Uses the recognition layer's reading
/// of a message (spacing, endings, particles, typos, Jamo). Negation reaches its own clause; a question's "none"
/// choice is picked when it is said, or when everything said was negated. Null when the words fit no choice.
/// </summary>
public sealed class AnswerRecognizer
{
    /// <summary>Longer answers are stories; the choice is read from the first part only, which keeps the cost bounded.</summary>
    public const int MaxChars = 400;

    private const int MinFuzzySyllables = 3;

    /// <summary>How far apart a near pair's two finds may be: Korean syllables (particles, "kkaji", "da") or English words ("my", "home").</summary>
    private const int NearGap = 4;
    private const int MinFuzzyLetters = 6;

    private static readonly ConditionalWeakTable<IPhraseCatalog, AnswerRecognizer> Cache = new();
    private readonly ConcurrentDictionary<string, AnswerChoiceConcepts[]> _questions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (PersonRoles? Roles, HashSet<string> Yielding)> _people = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnswerWishes?> _wishes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnswerWorries?> _worries = new(StringComparer.Ordinal);
    private readonly IPhraseCatalog _phrases;
    private readonly Concept _negators;
    private readonly string[] _nearFillers;
    private readonly HashSet<string> _nearFillerWords;
    private readonly AnswerClauses _clauses;

    public AnswerRecognizer(IPhraseCatalog phrases)
    {
        _phrases = phrases;
        _negators = Concept.From(phrases, AnswerPhrases.Negators.Name);
        (_nearFillers, _nearFillerWords) = AnswerChoiceConcepts.Fillers(phrases, AnswerPhrases.NearFillers);
        _clauses = AnswerClauses.For(phrases);
        Ordinals = new OrdinalReader(phrases);
    }

    /// <summary>Positions said in words or digits ("the first and the last").</summary>
    public OrdinalReader Ordinals { get; }

    public static AnswerRecognizer For(IPhraseCatalog phrases) => Cache.GetValue(phrases, p => new AnswerRecognizer(p));

    /// <summary>
    /// The zero-based indexes of the choices the words pick (several when <paramref name="many"/>), or null.
    /// </summary>
    /// <param name="question">The question's name in answers.json (answer.&lt;question&gt;.&lt;value&gt;).</param>
    /// <param name="values">The choice values in order.</param>
    /// <param name="noneValue">The choice that means "none of these", if the question has one.</param>
    /// <param name="negation">
    /// Whether a clause's negation drops what it names; false for a story, whose "wouldnt let go" or "i didnt know him" is
    /// not about who did it.
    /// </param>
    /// <param name="weakCounts">
    /// Whether the choices' ".weak" words (a bare "yes" to "is it still online?") count when nothing else does; false at the
    /// summary, where a yes answers the summary's own question.
    /// </param>
    public IReadOnlyList<int>? Recognize(string? text, string question, IReadOnlyList<string> values, string? noneValue, bool many, bool negation = true, bool weakCounts = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var choices = _questions.GetOrAdd(question + "|" + string.Join(',', values), _ => [.. values.Select(v => new AnswerChoiceConcepts(_phrases, question, v))]);
        var none = noneValue is null ? -1 : Array.FindIndex(choices, c => c.Value == noneValue);
        var strong = new int[choices.Length];
        var weak = new int[choices.Length];
        var context = new bool[choices.Length];
        var act = new bool[choices.Length];
        var near = new bool[choices.Length];
        var negatedSomething = false;
        var (roles, yielding) = _people.GetOrAdd(question, q => (PersonRoles.For(_phrases, q), [.. _phrases.Keys.Contains(AnswerPhrases.Question(q, "yielding").Name) ? _phrases.Get(AnswerPhrases.Question(q, "yielding"), Language.English) : []]));
        var wishes = _wishes.GetOrAdd(question, q => AnswerWishes.For(_phrases, q));
        var worries = _worries.GetOrAdd(question, q => AnswerWorries.For(_phrases, q));
        var clauses = _clauses.Split(text.Length <= MaxChars ? text : text[..MaxChars]).Select(RecognitionInput.From).ToList();
        for (var k = 0; k < clauses.Count; k++)
        {
            var next = roles is not null && k + 1 < clauses.Count ? clauses[k + 1] : null;
            if (wishes?.OnlyWishes(clauses[k]) == true)
            {
                // What they want done ("I want the video taken down") names nothing they hold.
                continue;
            }

            if (worries?.OnlyWorry(clauses[k]) == true)
            {
                // What they fear ("but i cant lose this job") is no wish.
                continue;
            }

            // A verb said side by side with what it is of ("leaked my address") is that choice's; it picks no other
            // choice through its own lists ("leak" alone is images shared).
            var claimed = new List<(int Choice, ConceptHit Hit)>();
            for (var i = 0; i < choices.Length; i++)
            {
                var pairs = Near(clauses[k], choices[i], negation);
                near[i] |= pairs.Count > 0;
                claimed.AddRange(pairs.Select(h => (i, h)));
            }

            negatedSomething |= ReadClause(clauses[k], next, choices, none, strong, weak, context, act, negation, roles, claimed);
        }

        var picked = new List<(int Index, int Weight)>();
        for (var i = 0; i < choices.Length; i++)
        {
            var pair = context[i] && act[i] && !clauses.Any(choices[i].PairUnless.Occurs);
            var weight = strong[i] + (pair ? 4 : 0) + (near[i] ? 4 : 0);
            if (weight > 0 && i != none)
            {
                picked.Add((i, weight));
            }
        }

        if (picked.Count == 0 && weakCounts)
        {
            picked.AddRange(Enumerable.Range(0, choices.Length).Where(i => weak[i] > 0 && i != none).Select(i => (i, weak[i])));
        }

        // One answer: a yielding choice (an account: how they reached the survivor) gives way to a person named with it.
        if (!many && picked.Any(p => !yielding.Contains(choices[p.Index].Value)))
        {
            picked.RemoveAll(p => yielding.Contains(choices[p.Index].Value));
        }

        if (picked.Count == 0 && none >= 0 && (strong[none] > 0 || negatedSomething || (weakCounts && weak[none] > 0)))
        {
            return [none];
        }

        if (picked.Count == 0)
        {
            return null;
        }

        if (many)
        {
            return [.. picked.Select(p => p.Index).Order()];
        }

        var ordered = picked.OrderByDescending(p => p.Weight).ToList();
        return ordered.Count == 1 || ordered[0].Weight >= ordered[1].Weight * 3 / 2 ? [ordered[0].Index] : null;
    }

    /// <summary>Adds one clause's finds to the totals; true when the clause negated something it named.</summary>
    /// <param name="next">The clause after it, where a person's verb may stand when the clause holds none (people questions only).</param>
    /// <param name="claimed">The verbs of near pairs in the clause and the choice each picked: no other choice takes them.</param>
    private bool ReadClause(RecognitionInput input, RecognitionInput? next, AnswerChoiceConcepts[] choices, int none, int[] strong, int[] weak, bool[] context, bool[] act, bool negation, PersonRoles? roles, List<(int Choice, ConceptHit Hit)> claimed)
    {
        if (input.IsEmpty)
        {
            return false;
        }

        // A verb claimed by another choice's near pair stays this choice's only when said beside this choice's own acts.
        claimed = [.. claimed.Where(c => !Enumerable.Range(0, choices.Length).Any(i => i != c.Choice && SharedVerb(input, choices[i], choices[c.Choice], c.Hit)))];
        var accepted = Finds(input, choices);
        accepted.RemoveAll(a => ClaimedByOther(claimed, a.Choice, a.Hit));
        if (roles is not null)
        {
            // Someone told, who saw or helped, is not the one who did it.
            static List<ConceptHit> People(List<(int Choice, bool Weak, ConceptHit Hit)> finds, int none) => [.. finds.Where(a => a.Choice != none).Select(a => a.Hit)];
            var others = roles.Others(input, People(accepted, none), next, next is null ? [] : People(Finds(next, choices), none));
            accepted.RemoveAll(a => a.Choice != none && others.Contains(a.Hit));
        }

        var negated = negation && IsNegated(input, accepted.Where(a => a.Choice != none).Select(a => a.Hit).ToList());
        var dropped = negated ? accepted.RemoveAll(a => a.Choice != none) : 0;
        foreach (var (choice, isWeak, hit) in accepted)
        {
            (isWeak ? weak : strong)[choice] += AnswerHits.Weight(hit);
        }

        if (negated)
        {
            return dropped > 0;
        }

        var scratch = new List<ConceptHit>();
        for (var i = 0; i < choices.Length; i++)
        {
            if (claimed.Count == 0)
            {
                context[i] |= choices[i].Context.Occurs(input);
            }
            else
            {
                scratch.Clear();
                choices[i].Context.FindExact(input, scratch);
                context[i] |= scratch.Any(h => !ClaimedByOther(claimed, i, h));
            }

            act[i] |= choices[i].Act.Occurs(input);
        }

        return false;
    }

    private static bool ClaimedByOther(List<(int Choice, ConceptHit Hit)> claimed, int choice, ConceptHit hit) =>
        claimed.Any(c => c.Choice != choice && AnswerHits.Overlaps(c.Hit, hit));

    /// <summary>
    /// The finds of the choice's near act said of one of its near objects, side by side in either order ("leaked my
    /// address", "my number got leaked", "jusokkaji yuchuldwaesseoyo"), unless negated. English: at most <see cref="NearGap"/> words
    /// after the verb (the objects carry their "my"), or an object before its verb with only "got", "was"... between (so
    /// "someone from my school spread my nudes" is not the school spread). Korean: only particles and words such as "kkaji", "da", "gachi" between
    /// (answer.near_fillers), so "hoesa-e ppurindaeyo" (to the company) and "hakgyo dantokbang-e ollyeosseoyo" (in the school's chat) are not it.
    /// </summary>
    private List<ConceptHit> Near(RecognitionInput input, AnswerChoiceConcepts choice, bool negation)
    {
        if (input.IsEmpty || !choice.NearAct.Occurs(input) || !choice.NearObject.Occurs(input))
        {
            return [];
        }

        var acts = new List<ConceptHit>();
        var objects = new List<ConceptHit>();
        choice.NearAct.FindExact(input, acts);
        choice.NearObject.FindExact(input, objects);
        var found = acts.Where(a => objects.Any(o => Beside(input, a, o, choice))).ToList();
        return negation && found.Count > 0 && IsNegated(input, [.. acts, .. objects]) ? [] : found;
    }

    /// <summary>
    /// Whether a verb and an object stand side by side as <see cref="Near"/> reads them; the finds in <paramref name="listed"/>
    /// may stand between too (the other things of a list said with one verb: "sajinirang beonhokkaji yuchul").
    /// </summary>
    /// <param name="choice">The choice whose pair it is: its own fillers, when it has them, are what may stand between.</param>
    private bool Beside(RecognitionInput input, ConceptHit verb, ConceptHit thing, AnswerChoiceConcepts choice, IReadOnlyList<ConceptHit>? listed = null)
    {
        if (thing.Korean != verb.Korean || AnswerHits.Overlaps(thing, verb))
        {
            return false;
        }

        var (first, second) = thing.Start < verb.Start ? (thing, verb) : (verb, thing);
        var from = first.Start + first.Length;
        var between = Enumerable.Range(from, second.Start - from)
            .Where(i => listed is null || !listed.Any(h => h.Korean == verb.Korean && h.Start <= i && i < h.Start + h.Length)).ToList();
        if (verb.Korean)
        {
            return IsFillers(string.Concat(between.Select(i => input.Hangul[i])), choice.NearFillersKorean ?? _nearFillers);
        }

        return between.Count <= NearGap && (choice.NearFillerWords is { } own
            ? between.All(i => own.Contains(input.Words[i]))
            : first.Equals(verb) || (between.Count > 0 && between.All(i => _nearFillerWords.Contains(input.Words[i]))));
    }

    /// <summary>
    /// Whether a verb a near pair took for another choice is this choice's too: said beside one of this choice's own acts
    /// ("je yeongsangirang jip jusokkaji gachi yuchuldwaesseoyo": the video leaked as well as the address).
    /// </summary>
    private bool SharedVerb(RecognitionInput input, AnswerChoiceConcepts choice, AnswerChoiceConcepts claimer, ConceptHit verb)
    {
        var things = new List<ConceptHit>();
        choice.Act.FindExact(input, things);
        if (things.Count == 0)
        {
            return false;
        }

        var listed = new List<ConceptHit>();
        claimer.NearObject.FindExact(input, listed);
        return things.Any(t => Beside(input, verb, t, choice, listed));
    }

    /// <summary>Whether the Korean letters are nothing but fillers, one after another (or nothing).</summary>
    private static bool IsFillers(string gap, string[] fillers)
    {
        if (gap.Length == 0)
        {
            return true;
        }

        if (gap.Length > 2 * NearGap)
        {
            return false;
        }

        foreach (var filler in fillers)
        {
            if (gap.StartsWith(filler, StringComparison.Ordinal) && IsFillers(gap[filler.Length..], fillers))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every choice's finds in a clause, overlaps resolved.</summary>
    private static List<(int Choice, bool Weak, ConceptHit Hit)> Finds(RecognitionInput input, AnswerChoiceConcepts[] choices)
    {
        var found = new List<(int Choice, bool Weak, ConceptHit Hit)>();
        var scratch = new List<ConceptHit>();
        for (var i = 0; i < choices.Length; i++)
        {
            Collect(choices[i].Strong, input, scratch, found, i, weak: false);
            Collect(choices[i].Weak, input, scratch, found, i, weak: true);
        }

        return AnswerHits.NonOverlapping(found, f => f.Hit);
    }

    private static void Collect(Concept concept, RecognitionInput input, List<ConceptHit> scratch, List<(int, bool, ConceptHit)> found, int choice, bool weak)
    {
        scratch.Clear();
        concept.FindExact(input, scratch);
        if (scratch.Count == 0 && !weak)
        {
            // One letter off only in words long enough to stay unmistakable: three Korean syllables, six English letters.
            concept.FindFuzzy(input, scratch);
            scratch.RemoveAll(h => h.Korean ? h.Length < MinFuzzySyllables || IsVerbOfModifier(concept, input, h) : input.Words[h.Start].Length < MinFuzzyLetters);
        }

        found.AddRange(scratch.Select(h => (choice, weak, h)));
    }

    /// <summary>
    /// A Korean find one letter off only in the final n or l consonant of its last syllable ("says we should break up"
    /// or "will break up" against "the one I broke up with"): that letter is the ending that makes a verb a modifier, so
    /// the message holds the verb in another form, not the person or thing the modifier names.
    /// </summary>
    private static bool IsVerbOfModifier(Concept concept, RecognitionInput input, ConceptHit hit)
    {
        const int FinalCount = 28, FinalN = 4, FinalL = 8;
        var last = input.Hangul[hit.Start + hit.Length - 1];
        var final = Hangul.IsSyllable(last) ? (last - '\uAC00') % FinalCount : -1;
        if (final is not (0 or FinalN or FinalL))
        {
            return false;
        }

        var stem = input.Hangul.Substring(hit.Start, hit.Length - 1);
        var open = last - final;
        return (final != FinalN && concept.Occurs(RecognitionInput.From(stem + (char)(open + FinalN))))
            || (final != FinalL && concept.Occurs(RecognitionInput.From(stem + (char)(open + FinalL))));
    }

    /// <summary>
    /// Whether the clause says "not" about what it names: a negating word that is not itself part of a find
    /// ("not taken down" is one phrase), or a separate Korean "not" before a verb.
    /// </summary>
    private bool IsNegated(RecognitionInput input, List<ConceptHit> named)
    {
        var negators = new List<ConceptHit>();
        _negators.FindExact(input, negators);
        var hangulBefore = 0;
        foreach (var token in input.Lower.Split(' '))
        {
            if (token is "\uC548" or "\uBABB")
            {
                negators.Add(new ConceptHit(true, hangulBefore, 1, false));
            }

            hangulBefore += token.Count(Hangul.IsHangul);
        }

        return negators.Any(n => !named.Any(h => AnswerHits.Overlaps(h, n)));
    }
}
