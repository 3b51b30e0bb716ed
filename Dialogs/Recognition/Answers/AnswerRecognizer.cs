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
    private const int MinFuzzyLetters = 6;

    private static readonly ConditionalWeakTable<IPhraseCatalog, AnswerRecognizer> Cache = new();
    private readonly ConcurrentDictionary<string, AnswerChoiceConcepts[]> _questions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (PersonRoles? Roles, HashSet<string> Yielding)> _people = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnswerWishes?> _wishes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnswerWorries?> _worries = new(StringComparer.Ordinal);
    private readonly IPhraseCatalog _phrases;
    private readonly Concept _negators;
    private readonly AnswerClauses _clauses;

    public AnswerRecognizer(IPhraseCatalog phrases)
    {
        _phrases = phrases;
        _negators = Concept.From(phrases, AnswerPhrases.Negators.Name);
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
    public IReadOnlyList<int>? Recognize(string? text, string question, IReadOnlyList<string> values, string? noneValue, bool many, bool negation = true)
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

            negatedSomething |= ReadClause(clauses[k], next, choices, none, strong, weak, context, act, negation, roles);
        }

        var picked = new List<(int Index, int Weight)>();
        for (var i = 0; i < choices.Length; i++)
        {
            var weight = strong[i] + (context[i] && act[i] ? 4 : 0);
            if (weight > 0 && i != none)
            {
                picked.Add((i, weight));
            }
        }

        if (picked.Count == 0)
        {
            picked.AddRange(Enumerable.Range(0, choices.Length).Where(i => weak[i] > 0 && i != none).Select(i => (i, weak[i])));
        }

        // One answer: a yielding choice (an account: how they reached the survivor) gives way to a person named with it.
        if (!many && picked.Any(p => !yielding.Contains(choices[p.Index].Value)))
        {
            picked.RemoveAll(p => yielding.Contains(choices[p.Index].Value));
        }

        if (picked.Count == 0 && none >= 0 && (strong[none] > 0 || negatedSomething))
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
    private bool ReadClause(RecognitionInput input, RecognitionInput? next, AnswerChoiceConcepts[] choices, int none, int[] strong, int[] weak, bool[] context, bool[] act, bool negation, PersonRoles? roles)
    {
        if (input.IsEmpty)
        {
            return false;
        }

        var accepted = Finds(input, choices);
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

        for (var i = 0; i < choices.Length; i++)
        {
            context[i] |= choices[i].Context.Occurs(input);
            act[i] |= choices[i].Act.Occurs(input);
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
