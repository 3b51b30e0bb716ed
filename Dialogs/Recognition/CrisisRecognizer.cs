using ReportBot.Resources.Recognition;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// Crisis wording anywhere in a message of any length, in two tiers (see <see cref="CrisisLevel"/>). Korean matches
/// whatever the spacing; English matches stemmed words, so "ending it all" is "end it all". Figures of speech
/// ("starving to death") are taken out first. Exact matches only: a guessed typo must never decide safety alone.
/// </summary>
public sealed class CrisisRecognizer
{
    private readonly Concept[] _tier1;
    private readonly (Concept First, Concept Second, bool PlanPart)[] _combinations;
    private readonly Concept[] _afterDistress;
    private readonly (Concept First, Concept Second)[] _afterDistressCombinations;
    private readonly Concept[] _plansNotHarm;
    private readonly Concept[] _tier2;
    private readonly (Concept First, Concept Second, bool PlanPart)[] _tier2Combinations;
    private readonly Concept[] _idioms;
    private readonly Concept[] _ambulanceFirst;
    private readonly Concept[] _ideationFirst;
    private readonly Concept[] _dangerNow;
    private readonly Concept[] _storyPast;
    private readonly Concept[] _stillNow;
    private readonly Concept[] _setAsideInStoryPast;

    public CrisisRecognizer(CrisisRules rules, Func<string, Concept> concepts)
    {
        _tier1 = [.. rules.Tier1.Select(concepts)];
        _combinations = [.. rules.Tier1Combinations.Where(c => c.Length == 2)
            .Select(c => (concepts(c[0]), concepts(c[1]), rules.Tier1AfterDistress.Contains(c[0]) || rules.Tier1AfterDistress.Contains(c[1])))];
        _afterDistress = [.. rules.Tier1AfterDistress.Select(concepts)];
        _afterDistressCombinations = [.. rules.Tier1AfterDistressCombinations.Where(c => c.Length == 2).Select(c => (concepts(c[0]), concepts(c[1])))];
        _plansNotHarm = [.. rules.PlansNotHarm.Select(concepts)];
        _tier2 = [.. rules.Tier2.Select(concepts)];
        _tier2Combinations = [.. rules.Tier2Combinations.Where(c => c.Length == 2)
            .Select(c => (concepts(c[0]), concepts(c[1]), rules.Tier1AfterDistress.Contains(c[0]) || rules.Tier1AfterDistress.Contains(c[1])))];
        _idioms = [.. rules.Idioms.Select(concepts)];
        _ambulanceFirst = [.. rules.AmbulanceFirst.Select(concepts)];
        _ideationFirst = [.. rules.IdeationFirst.Select(concepts)];
        _dangerNow = [.. rules.DangerNow.Select(concepts)];
        _storyPast = [.. rules.StoryPast.Select(concepts)];
        _stillNow = [.. rules.StillNow.Select(concepts)];
        _setAsideInStoryPast = [.. rules.SetAsideInStoryPast.Select(concepts)];
    }

    /// <summary>
    /// Which number the emergency answer to a message puts first: the ambulance (119) for a body already harmed now (pills
    /// taken, bleeding); the suicide prevention line (109) for a wish to die or thoughts of suicide with nothing of danger
    /// now outside those words (no method, time, place, decision, act, someone coming); the police (112) otherwise. Asked
    /// only of a message already assessed as <see cref="CrisisLevel.Immediate"/>; the message's idioms are found once.
    /// </summary>
    public EmergencyLine FirstLine(string? text)
    {
        var input = RecognitionInput.OfMessage(text);
        if (input.IsEmpty)
        {
            return EmergencyLine.Police;
        }

        var idioms = IdiomsIn(input);
        var hits = new List<ConceptHit>();
        if (Any(_ambulanceFirst, input, idioms, hits))
        {
            return EmergencyLine.Ambulance;
        }

        // The ideation's own words and the idioms are set aside together; any danger word left outside them decides.
        var setAside = new List<ConceptHit>(idioms);
        foreach (var concept in _ideationFirst)
        {
            hits.Clear();
            concept.FindExact(input, hits);
            setAside.AddRange(hits.Where(hit => !OverlapsAny(hit, idioms)));
        }

        return setAside.Count > idioms.Count && !Any(_dangerNow, input, setAside, hits) ? EmergencyLine.SuicidePrevention : EmergencyLine.Police;
    }

    /// <param name="text">The message.</param>
    /// <param name="afterDistress">
    /// The conversation recently had distress (a tier-2 message, or tier-1 wording already answered): a time, a decision
    /// or "doing it" with a time is then a plan.
    /// </param>
    /// <param name="paused">
    /// Whether the message pauses the report ("eomma wasseoyo itta halgeyo", mum is home, later): with no distress before
    /// it, its time is the time of coming back, so "doing it" with that time is no plan. Distress in the same message
    /// still makes its time a plan. Asked only when such a pair is found, so most messages never read it.
    /// </param>
    public CrisisLevel Assess(string? text, bool afterDistress = false, Func<bool>? paused = null)
    {
        var input = RecognitionInput.OfMessage(text);
        if (input.IsEmpty)
        {
            return CrisisLevel.None;
        }

        var idioms = IdiomsIn(input);
        var hits = new List<ConceptHit>();
        if (Any(_tier1, input, idioms, hits))
        {
            return CrisisLevel.Immediate;
        }

        // A time or a decision that belongs to a plan to report or to tell someone is not a plan to harm.
        var plan = !Any(_plansNotHarm, input, idioms, hits);
        if (afterDistress && plan && IsPlan(input, idioms, hits))
        {
            return CrisisLevel.Immediate;
        }

        foreach (var (first, second, planPart) in _combinations)
        {
            if ((plan || !planPart) && Occurs(first, input, idioms, hits) && Occurs(second, input, idioms, hits))
            {
                return CrisisLevel.Immediate;
            }
        }

        // Distress and a time in one message is a plan too, as when they come in two.
        return Any(_tier2, input, idioms, hits) ? (plan && IsPlan(input, idioms, hits) ? CrisisLevel.Immediate : CrisisLevel.CheckIn)
            : plan && AnyTier2Pair(input, idioms, hits, afterDistress ? null : paused) ? CrisisLevel.CheckIn
            : CrisisLevel.None;
    }

    // Where the message's figures of speech are ("starving to death"): nothing found inside them counts. Danger from another
    // person told in the story's past ("geunal geu sarami wasseoyo", "he was outside my house every night for weeks") is the
    // story, not danger now, and is set aside the same way; "now" in the message keeps it.
    private List<ConceptHit> IdiomsIn(RecognitionInput input)
    {
        var idioms = new List<ConceptHit>();
        foreach (var idiom in _idioms)
        {
            idiom.FindExact(input, idioms);
        }

        var hits = new List<ConceptHit>();
        if (Any(_storyPast, input, idioms, hits) && !Any(_stillNow, input, idioms, hits))
        {
            foreach (var concept in _setAsideInStoryPast)
            {
                concept.FindExact(input, idioms);
            }
        }

        return idioms;
    }

    /// <summary>A time or a decision, or "doing it" with a time: a plan when it comes with or after distress.</summary>
    private bool IsPlan(RecognitionInput input, List<ConceptHit> idioms, List<ConceptHit> hits)
    {
        if (Any(_afterDistress, input, idioms, hits))
        {
            return true;
        }

        return AnyPair(_afterDistressCombinations, input, idioms, hits);
    }

    private static bool AnyPair((Concept First, Concept Second)[] pairs, RecognitionInput input, List<ConceptHit> idioms, List<ConceptHit> hits)
    {
        foreach (var (first, second) in pairs)
        {
            if (Occurs(first, input, idioms, hits) && Occurs(second, input, idioms, hits))
            {
                return true;
            }
        }

        return false;
    }

    // A pair of tier-2 concepts; a pause's time makes no plan of "doing it" (the pairs with a plan's time are left out).
    private bool AnyTier2Pair(RecognitionInput input, List<ConceptHit> idioms, List<ConceptHit> hits, Func<bool>? paused)
    {
        foreach (var (first, second, planPart) in _tier2Combinations)
        {
            if (Occurs(first, input, idioms, hits) && Occurs(second, input, idioms, hits) && !(planPart && paused is not null && paused()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the concepts occurs outside every idiom (<paramref name="hits"/> is scratch space).</summary>
    private static bool Any(Concept[] concepts, RecognitionInput input, List<ConceptHit> idioms, List<ConceptHit> hits)
    {
        foreach (var concept in concepts)
        {
            if (Occurs(concept, input, idioms, hits))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Occurs(Concept concept, RecognitionInput input, List<ConceptHit> idioms, List<ConceptHit> hits)
    {
        hits.Clear();
        concept.FindExact(input, hits);
        foreach (var hit in hits)
        {
            if (!OverlapsAny(hit, idioms))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OverlapsAny(ConceptHit hit, List<ConceptHit> idioms)
    {
        foreach (var idiom in idioms)
        {
            if (Overlaps(hit, idiom))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(ConceptHit hit, ConceptHit idiom) =>
        hit.Korean == idiom.Korean && hit.Start < idiom.Start + idiom.Length && idiom.Start < hit.Start + hit.Length;
}
