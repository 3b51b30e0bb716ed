using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;
using ReportBot.Resources.Recognition;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// The one recognition layer every prompt and global command uses: intents by concept (an action with an object,
/// negation and quotation respected, scored), and crisis wording in two tiers. Built once per phrase catalog.
/// </summary>
public sealed class Recognizer
{
    /// <summary>Longer messages are told stories or answers, not commands (the longest natural command is far shorter).</summary>
    public const int MaxCommandChars = 120;

    private static readonly ConditionalWeakTable<IPhraseCatalog, Recognizer> Cache = new();
    private static readonly Lazy<RecognitionRules> Rules = new(RecognitionRules.Load);

    private readonly ConcurrentDictionary<string, Concept> _concepts = new(StringComparer.Ordinal);
    private readonly IPhraseCatalog _phrases;
    private readonly Concept[] _fillers;
    private readonly Concept _particles;
    private readonly Concept _negation;
    private readonly Concept _negationPrefix;
    private readonly Concept _reportedSpeech;
    private readonly Concept _otherSubject;
    private readonly CompiledIntent[] _all;
    private readonly CompiledIntent[] _outsideMenu;

    public Recognizer(IPhraseCatalog phrases, RecognitionRules rules)
    {
        _phrases = phrases;
        _fillers = [.. rules.Fillers.Select(Concept)];
        _particles = Concept(rules.Particles);
        _negation = Concept(rules.Negation);
        _negationPrefix = Concept(rules.NegationPrefix);
        _reportedSpeech = Concept(rules.ReportedSpeech);
        _otherSubject = Concept(SubjectPhrases.OtherSubject.Name);
        Intents = [.. rules.Intents.Select(rule => new CompiledIntent(rule, Concept, rule.Phrases.SelectMany(list => phrases.All(new PhraseKey(list)))))];
        _all = [.. Intents];
        _outsideMenu = [.. Intents.Where(i => !i.MenuOnly)];
        Crisis = new CrisisRecognizer(rules.Crisis, Concept);
        Rule = rules;
    }

    public IReadOnlyList<CompiledIntent> Intents { get; }

    /// <summary>The phrase lists the recogniser reads.</summary>
    public IPhraseCatalog Phrases => _phrases;

    public CrisisRecognizer Crisis { get; }

    /// <summary>The rules the recogniser was built from.</summary>
    public RecognitionRules Rule { get; }

    /// <summary>The recogniser of a phrase catalog (one per catalog, built on first use).</summary>
    public static Recognizer For(IPhraseCatalog phrases) => Cache.GetValue(phrases, p => new Recognizer(p, Rules.Value));

    public Concept Concept(string name) => _concepts.GetOrAdd(name, n => Recognition.Concept.From(_phrases, n));

    /// <summary>
    /// True when the message gives someone else's words ("she said i should talk to a counselor", a Korean quoting ending, a quotation):
    /// what they say is part of an answer, not the survivor's own request. One's own request said again with emphasis ("i
    /// said i want a counsellor", a Korean emphatic ending) is not someone else's. Having told someone before, told as the
    /// story ("sangdamsahante malhaenneunde museowosseoyo", "i told a counsellor at school and she didnt believe me"), is words
    /// reported from the past too (concept.told_past).
    /// </summary>
    public bool IsReportedSpeech(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var outside = Quotation.Outside(text, out var quoted);
        var input = RecognitionInput.OfMessage(outside);
        return quoted || (ReportsSpeech(input) && !Concept(ConceptPhrases.OwnEmphasis.Name).Occurs(input))
            || Concept(ConceptPhrases.ToldPast.Name).Occurs(input);
    }

    /// <summary>
    /// True when the survivor says, in their own future voice, that they will carry on later, whatever reason stands around
    /// it ("jigeum hoesaraseo najunge sseulgeyo", "my phones dying, ill continue tomorrow", "i have to go, hes back, ill finish
    /// later"): a pause act, or a time of coming back with a verb of carrying on (in Korean the verb straight after the time,
    /// so "najunge singohalgeyo", I will report later, stays an answer; in English within a few words). The reason is
    /// explained by nothing, so the intent's score cannot see it; this reading does not need to. Someone else's words, a
    /// negation of the verb or another subject before it ("he said he'd be back later") cancel it.
    /// </summary>
    public bool SaysPause(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxCommandChars)
        {
            return false;
        }

        var outside = Quotation.Outside(text, out _);
        var input = RecognitionInput.OfMessage(outside);
        if (input.IsEmpty || ReportsSpeech(input))
        {
            return false;
        }

        var acts = new List<ConceptHit>();
        Concept(PausePhrases.PauseAct.Name).FindExact(input, acts);
        var when = new List<ConceptHit>();
        Concept(PausePhrases.PauseWhen.Name).FindExact(input, when);
        if (when.Count > 0)
        {
            var verbs = new List<ConceptHit>();
            Concept(PausePhrases.PauseVerb.Name).FindExact(input, verbs);
            acts.AddRange(verbs.Where(v => when.Any(w => w.Korean == v.Korean
                && (v.Korean ? v.Start == w.Start + w.Length : Math.Abs(v.Start - w.Start) <= 6))));
        }

        return acts.Any(act => !Negated(input, [act], acts) && !ByOtherSubject(input, [act])) || SaysPauseReason(input)
            || Engine.TextMatcher.Matches(outside, _phrases.All(PausePhrases.HoldAlone));
    }

    /// <summary>Words and Hangul syllables of a message that can be a pause said with only its reason (a hurried line, not a story).</summary>
    private const int MaxReasonWords = 8;
    private const int MaxReasonSyllables = 16;
    private const int MaxDeviceWords = 5;
    private const int MaxDeviceSyllables = 10;

    /// <summary>
    /// A pause said with only its reason, in a hurry, with no time of coming back and no verb ("eomma deureoom", mum came in;
    /// "heol nugu wayo"; "someone's coming", "phone at 2%", "gotta go class starting"): someone coming, here or next to the
    /// survivor, or a hold word with someone; the phone about to die, said alone; leaving with a duty, a person or the phone.
    /// A short line only, not in the story's past or a past form, not negated: "geuttae eommaga bange deureowasseoyo" and
    /// "my mom walked in right after" are the story.
    /// </summary>
    private bool SaysPauseReason(RecognitionInput input)
    {
        if (input.Words.Count > MaxReasonWords || input.Hangul.Length > MaxReasonSyllables
            || Concept(PausePhrases.PausePast.Name).Occurs(input) || Concept(CrisisDangerPhrases.StoryPast.Name).Occurs(input))
        {
            return false;
        }

        var someone = Concept(PausePhrases.PauseSomeone.Name).Occurs(input);
        var near = new List<ConceptHit>();
        Concept(PausePhrases.PauseNear.Name).FindExact(input, near);
        var device = Concept(PausePhrases.PauseDevice.Name).Occurs(input);
        return (someone && near.Count > 0 && !Negated(input, near, near))
            || (someone && Concept(PausePhrases.PauseHold.Name).Occurs(input))
            || (device && input.Words.Count <= MaxDeviceWords && input.Hangul.Length <= MaxDeviceSyllables)
            || (Concept(PausePhrases.LeaveNow.Name).Occurs(input) && (someone || device || Concept(PausePhrases.PauseDuty.Name).Occurs(input)));
    }

    /// <summary>True when the survivor says they have to leave now ("i have to go", "gabwaya dwaeyo"), in their own words.</summary>
    public bool SaysLeaving(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var input = RecognitionInput.OfMessage(Quotation.Outside(text, out _));
        return !input.IsEmpty && !ReportsSpeech(input) && Concept(PausePhrases.LeaveNow.Name).Occurs(input);
    }

    /// <summary>
    /// The best-scoring intent of a message, or null when none reaches <see cref="IntentMatch.Ask"/>. Intents that
    /// only count at the menu are left out unless <paramref name="atMenu"/>.
    /// </summary>
    public IntentMatch? Best(string? text, bool atMenu = false)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxCommandChars)
        {
            return null;
        }

        var outside = Quotation.Outside(text, out var quoted);
        var input = RecognitionInput.OfMessage(outside);
        var key = input.Key;
        var intents = atMenu ? _all : _outsideMenu;
        foreach (var intent in intents)
        {
            if (intent.WholePhrases.Contains(key))
            {
                return new IntentMatch(intent.Name, 1.0);
            }
        }

        if (input.IsEmpty || ReportsSpeech(input))
        {
            return null;
        }

        IntentMatch? best = null;
        foreach (var intent in intents)
        {
            var score = Score(input, intent) * (quoted ? 0.8 : 1.0);
            if (score >= IntentMatch.Ask && (best is null || score > best.Score))
            {
                best = new IntentMatch(intent.Name, score);
            }
        }

        return best;
    }

    /// <summary>
    /// Someone else's words: a quoting ending ("-raeseo", "-dago") outside the connectives that only look like one
    /// ("geuraeseo", so; concept.not_reported_speech).
    /// </summary>
    private bool ReportsSpeech(RecognitionInput input)
    {
        var hits = new List<ConceptHit>();
        _reportedSpeech.FindExact(input, hits);
        if (hits.Count == 0)
        {
            return false;
        }

        var connectives = new List<ConceptHit>();
        Concept(ConceptPhrases.NotReportedSpeech.Name).FindExact(input, connectives);
        return hits.Exists(h => !connectives.Exists(c => c.Korean == h.Korean && c.Start <= h.Start && h.Start + h.Length <= c.Start + c.Length));
    }

    private double Score(RecognitionInput input, CompiledIntent intent)
    {
        foreach (var other in intent.Unless)
        {
            if (other.Occurs(input))
            {
                return 0.0;
            }
        }

        var best = 0.0;
        var hits = new List<ConceptHit>();
        foreach (var (concepts, weight) in intent.Patterns)
        {
            if (weight <= best)
            {
                break;
            }

            hits.Clear();
            var fuzzy = false;
            var complete = true;
            var actionHits = 0;
            foreach (var concept in concepts)
            {
                var before = hits.Count;
                concept.FindExact(input, hits);
                if (hits.Count == before && !fuzzy)
                {
                    // At most one concept of a combination may be a typo.
                    concept.FindFuzzy(input, hits);
                    fuzzy = true;
                }

                if (hits.Count == before)
                {
                    complete = false;
                    break;
                }

                actionHits = actionHits == 0 ? hits.Count : actionHits;
            }

            if (!complete)
            {
                continue;
            }

            var core = hits.GetRange(0, actionHits);
            foreach (var filler in intent.Fillers)
            {
                filler.FindExact(input, hits);
            }

            if (Negated(input, core, hits) || ByOtherSubject(input, core))
            {
                continue;
            }

            foreach (var filler in _fillers)
            {
                filler.FindExact(input, hits);
            }

            var coverage = Coverage(input, hits);
            best = Math.Max(best, weight * coverage * coverage * (fuzzy ? 0.95 : 1.0));
            if (coverage < 1.0 && !fuzzy)
            {
                // A short exact word inside a misspelt longer one ("counsel" inside a mistyped "counsellor"): try the typo reading too.
                var typos = new List<ConceptHit>();
                foreach (var concept in concepts)
                {
                    concept.FindFuzzy(input, typos);
                }

                if (typos.Count > 0)
                {
                    hits.AddRange(typos);
                    var withTypos = Coverage(input, hits);
                    best = Math.Max(best, weight * withTypos * withTypos * 0.95);
                }
            }

        }

        return best;
    }

    /// <summary>
    /// Negation of the command itself: in Korean written after the verb ("delete-don't") or as the short "not" straight
    /// before it; in English up to three words before it ("don't ever delete"). Negation elsewhere ("I don't want
    /// records kept, delete it") leaves the command standing.
    /// </summary>
    private bool Negated(RecognitionInput input, List<ConceptHit> core, List<ConceptHit> own)
    {
        // Core: where the action (the first concept of the pattern) was found. Own: every word of the intent found.
        var found = new List<ConceptHit>();
        _negation.FindExact(input, found);

        // A negation that is part of the command's own words ("I don't know what to do", "not the bot") negates nothing.
        found.RemoveAll(n => own.Any(h => h.Korean == n.Korean && h.Start <= n.Start && n.Start + n.Length <= h.Start + h.Length));

        // Asking permission ("sangdamsabunirang malhamyeon an doelkkayo?", "can't I just talk to someone"): the "not" asks, it refuses nothing.
        // The plain form ("malhamyeon an dwaeyo") asks only with a question mark; without one it is "must not" ("jiumyeon an dwaeyo").
        if (found.Count > 0)
        {
            var asks = new List<ConceptHit>();
            Concept(ConceptPhrases.PermissionAsk.Name).FindExact(input, asks);
            if (input.Lower.Contains('?', StringComparison.Ordinal))
            {
                Concept(ConceptPhrases.PermissionAskMarked.Name).FindExact(input, asks);
            }

            found.RemoveAll(n => asks.Any(a => a.Korean == n.Korean && a.Start <= n.Start && n.Start + n.Length <= a.Start + a.Length));
        }
        var koreanStart = core.Where(h => h.Korean).Select(h => h.Start).DefaultIfEmpty(int.MaxValue).Min();
        if (found.Any(n => (n.Korean && n.Start >= koreanStart) || (!n.Korean && core.Any(h => !h.Korean && n.Start < h.Start && h.Start - n.Start <= 3))))
        {
            return true;
        }

        found.Clear();
        _negationPrefix.FindExact(input, found);
        return found.Any(p => core.Any(h => h.Korean && h.Start == p.Start + p.Length));
    }

    /// <summary>
    /// The command's verb done by someone else ("nothing, he deleted it all", or a Korean subject right before the verb): the subject straight before
    /// the verb (one English word may stand between: "he just deleted"). It tells what happened; it asks for nothing, unless
    /// it is asked ("can they delete it?").
    /// </summary>
    private bool ByOtherSubject(RecognitionInput input, List<ConceptHit> core)
    {
        var found = new List<ConceptHit>();
        _otherSubject.FindExact(input, found);
        return found.Any(s => !AskedOf(input, s) && core.Any(h => h.Korean == s.Korean && h.Start >= s.Start + s.Length && h.Start - (s.Start + s.Length) <= (s.Korean ? 0 : 1)));
    }

    /// <summary>"can they delete my data?": a request asked of whoever keeps it, not a story.</summary>
    private static bool AskedOf(RecognitionInput input, ConceptHit subject) =>
        !subject.Korean && subject.Start > 0 && input.Words[subject.Start - 1] is "can" or "could" or "will" or "would" or "should";

    /// <summary>The share of the message the hits explain; a particle counts only right after something explained.</summary>
    private double Coverage(RecognitionInput input, List<ConceptHit> hits)
    {
        var korean = new bool[input.Hangul.Length];
        var english = new bool[input.Words.Count];
        foreach (var hit in hits)
        {
            var marks = hit.Korean ? korean : english;
            for (var i = hit.Start; i < hit.Start + hit.Length && i < marks.Length; i++)
            {
                marks[i] = true;
            }
        }

        if (input.Hangul.Length > 0)
        {
            var particles = new List<ConceptHit>();
            _particles.FindExact(input, particles);
            foreach (var particle in particles.Where(p => p.Korean).OrderBy(p => p.Start))
            {
                if (particle.Start > 0 && korean[particle.Start - 1])
                {
                    for (var i = particle.Start; i < particle.Start + particle.Length; i++)
                    {
                        korean[i] = true;
                    }
                }
            }
        }

        // A past-tense verb the intent does not explain ("I have talked to her", in Korean) marks a story: it weighs twice.
        var past = 0;
        for (var i = 0; i < korean.Length; i++)
        {
            past += !korean[i] && Hangul.IsPastTense(input.Hangul[i]) ? 1 : 0;
        }

        var covered = korean.Count(c => c) + (2 * english.Count(c => c));
        return input.Units == 0 ? 0 : (double)covered / (input.Units + past);
    }
}
