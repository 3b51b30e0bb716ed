using System.Runtime.CompilerServices;
using ReportBot.Dialogs.Recognition.Answers;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// Tells whether a message at the main menu starts telling what happened ("my boss keeps touching me", "someone filmed me
/// in the bathroom"): an act of harm (<see cref="StoryPhrases.Act"/>) together with at least one detail, who did it or
/// what or where (<see cref="StoryPhrases.Actor"/>, <see cref="StoryPhrases.Detail"/>). An act alone ("I think I was
/// filmed") says too little to start a report on, and the menu asks. The incident types come from the report's own
/// answer set for its first question, so the menu and the report read the same words the same way.
/// </summary>
public sealed class StoryReader
{
    /// <summary>The report question whose answer set names incident types (answer.types.* in answers.json).</summary>
    public const string TypesAnswerSet = "types";

    /// <summary>The longest first message kept as the start of the story (one message of the story).</summary>
    public static int MaxChars => Reports.IncidentReport.MaxNarrativePartChars;

    private static readonly ConditionalWeakTable<IPhraseCatalog, StoryReader> Cache = new();
    private readonly Concept _act;
    private readonly Concept _actor;
    private readonly Concept _detail;
    private readonly Concept _disclosed;
    private readonly Concept _ownSuit;
    private readonly Concept _sued;
    private readonly Concept _hesitant;
    private readonly Concept _content;
    private readonly Concept _deleteAction;
    private readonly Concept _ownData;
    private readonly Concept _asksReportable;
    private readonly Concept _asksLegal;
    private readonly Concept _wantsToKnow;
    private readonly Concept _doubts;
    private readonly QuestionBack _questions;
    private readonly Concept _takedownAction;
    private readonly Concept _distress;
    private readonly AnswerRecognizer _answers;

    private StoryReader(IPhraseCatalog phrases)
    {
        _act = Concept.From(phrases, StoryPhrases.Act.Name);
        _actor = Concept.From(phrases, StoryPhrases.Actor.Name);
        _detail = Concept.From(phrases, StoryPhrases.Detail.Name);
        _disclosed = Concept.From(phrases, StoryPhrases.Disclosed.Name);
        _ownSuit = Concept.From(phrases, StoryPhrases.OwnSuit.Name);
        _sued = Concept.From(phrases, StoryPhrases.Sued.Name);
        _hesitant = Concept.From(phrases, StoryPhrases.Hesitant.Name);
        _content = Concept.From(phrases, StoryPhrases.Content.Name);
        _deleteAction = Concept.From(phrases, ConceptPhrases.DeleteAction.Name);
        _ownData = Concept.From(phrases, StoryPhrases.OwnData.Name);
        _asksReportable = Concept.From(phrases, StoryPhrases.AsksReportable.Name);
        _asksLegal = Concept.From(phrases, StoryPhrases.AsksLegal.Name);
        _wantsToKnow = Concept.From(phrases, StoryPhrases.WantsToKnow.Name);
        _doubts = Concept.From(phrases, StoryPhrases.Doubts.Name);
        _questions = QuestionBack.For(phrases);
        _takedownAction = Concept.From(phrases, StoryPhrases.TakedownAction.Name);
        _distress = Concept.From(phrases, StoryPhrases.Distress.Name);
        _answers = AnswerRecognizer.For(phrases);
    }

    public static StoryReader For(IPhraseCatalog phrases) => Cache.GetValue(phrases, p => new StoryReader(p));

    /// <summary>The story the message starts, or null. <paramref name="typeValues"/>: the report's type choices, in order.</summary>
    public StoryStart? Read(string? text, IReadOnlyList<string> typeValues)
    {
        if (Input(text) is not { IsEmpty: false } input || !Finds(_act, input) || !(Finds(_actor, input) || _detail.Occurs(input)))
        {
            return null;
        }

        var picked = _answers.Recognize(text, TypesAnswerSet, typeValues, null, many: true);
        return new StoryStart(text!.Trim(), picked is null ? [] : [.. picked.Select(i => typeValues[i]).Where(IsToldKind)]);
    }

    /// <summary>
    /// What a message that does not tell a story still says happened ("I was raped", "molka jjikyeosseoyo", "I was harassed",
    /// "he's suing me for defamation"): a <see cref="StoryStart"/> with the kinds it names (none when it only says sexual
    /// harm was done), whose words can still begin a report; null when it says neither, or is too long to be one
    /// message of the story. Wanting to sue someone is not the kind "sued for speaking out" unless the words also say the
    /// survivor is the one sued. Wanting photos or videos deleted, with no kind named, is images shared without consent.
    /// </summary>
    public StoryStart? ReadDisclosure(string? text, IReadOnlyList<string> typeValues)
    {
        if (Input(text) is not { } input)
        {
            return null;
        }

        var kinds = _answers.Recognize(text, TypesAnswerSet, typeValues, null, many: true) is { } picked
            ? picked.Select(i => typeValues[i]).Where(IsToldKind).ToList()
            : [];
        if (_ownSuit.Occurs(input) && !_sued.Occurs(input))
        {
            kinds.Remove(nameof(Reports.IncidentType.CounterLawsuit));
        }

        if (kinds.Count == 0 && OnlyContent(input) && _deleteAction.Occurs(input))
        {
            // "I want the video deleted", "how do I get the pics taken down": images of them are out there.
            kinds.Add(nameof(Reports.IncidentType.NonConsensualSharing));
        }

        return kinds.Count > 0 || _disclosed.Occurs(input) ? new StoryStart(text!.Trim(), kinds) : null;
    }

    /// <summary>
    /// A kind a story can tell: not "Other", which the kinds question picks from words about its own list ("none of the
    /// above"); at the menu such words disclose nothing.
    /// </summary>
    private static bool IsToldKind(string value) => value != nameof(Reports.IncidentType.Other);

    /// <summary>
    /// Both messages as the story's start, and the kinds read from them together ("I was groped" and then "my team
    /// leader, after the work dinner" is harassment at work, which neither says alone); the second alone when both are too long.
    /// </summary>
    public StoryStart Join(StoryStart first, StoryStart more)
    {
        var words = first.Words.Length == 0 ? more.Words : first.Words + "\n" + more.Words;
        if (words.Length > MaxChars)
        {
            return more;
        }

        var together = ReadDisclosure(words, Conversations.ReportChoices.TypeValues)?.Types ?? [];
        return new StoryStart(words, [.. Conversations.ReportChoices.TypeValues.Where(t => first.Types.Contains(t) || more.Types.Contains(t) || together.Contains(t))]);
    }

    /// <summary>What a message tells of the story: <see cref="Read"/>, else <see cref="ReadDisclosure"/>, else its words with no kind.</summary>
    public StoryStart Start(string text, IReadOnlyList<string> typeValues) =>
        Read(text, typeValues) ?? ReadDisclosure(text, typeValues) ?? new StoryStart(text.Trim(), []);

    /// <summary>Whether a message tells a story (<see cref="Read"/>) or says in a few words what happened (<see cref="ReadDisclosure"/>).</summary>
    public bool SaysWhatHappened(string? text, IReadOnlyList<string> typeValues) =>
        Read(text, typeValues) is not null || ReadDisclosure(text, typeValues) is not null;

    /// <summary>
    /// Whether a message names photos, videos, posts or accounts (<see cref="StoryPhrases.Content"/>) and nothing of this
    /// conversation's own data (<see cref="StoryPhrases.OwnData"/>): deleting those is a takedown, not an erasure.
    /// </summary>
    public bool NamesOnlyContent(string? text) => Input(text) is { } input && OnlyContent(input);

    private bool OnlyContent(RecognitionInput input) => _content.Occurs(input) && !_ownData.Occurs(input);

    /// <summary>
    /// Whether a message asks for photos, videos, posts or accounts to be taken down ("geul da naerigo sipeoyo", "i want the
    /// pics gone"): a delete or takedown word (<see cref="StoryPhrases.TakedownAction"/>) with content
    /// (<see cref="StoryPhrases.Content"/>) and nothing of this conversation's own data.
    /// </summary>
    public bool WantsTakedown(string? text) =>
        Input(text) is { } input && OnlyContent(input) && (_deleteAction.Occurs(input) || _takedownAction.Occurs(input));

    /// <summary>Whether a message names this conversation's own data (<see cref="StoryPhrases.OwnData"/>: my records, this chat).</summary>
    public bool NamesOwnData(string? text) => Input(text) is { } input && _ownData.Occurs(input);

    /// <summary>Whether a message says the survivor wants to sue or press charges (<see cref="StoryPhrases.OwnSuit"/>).</summary>
    public bool WantsToSue(string? text) => Input(text) is { } input && _ownSuit.Occurs(input);

    /// <summary>Whether a message asks whether what happened can be reported or is a crime (<see cref="StoryPhrases.AsksReportable"/>).</summary>
    public bool AsksIfReportable(string? text) => Input(text) is { } input && _asksReportable.Occurs(input);

    /// <summary>
    /// Whether a message that asks, or says it wants to know, asks about being sued back, punishment, time limits or
    /// compensation (<see cref="StoryPhrases.AsksLegal"/>); whether it can be reported at all is <see cref="AsksIfReportable"/>.
    /// </summary>
    public bool AsksLegalQuestion(string? text) =>
        Input(text) is { } input && _asksLegal.Occurs(input) && (_wantsToKnow.Occurs(input) || _questions.Asks(text));

    /// <summary>
    /// Whether a message tells of being sued or threatened with a suit for speaking out, or asks about one ("yeokgoso danghal
    /// su innayo?", "he says he'll sue me for defamation"; <see cref="StoryPhrases.Sued"/>).
    /// </summary>
    public bool TellsOfBeingSued(string? text) => Input(text) is { } input && _sued.Occurs(input);

    /// <summary>Whether a message doubts whether to report, or whether it is serious enough (<see cref="StoryPhrases.Doubts"/>).</summary>
    public bool Doubts(string? text) => Input(text) is { } input && _doubts.Occurs(input);

    /// <summary>Whether a message says how hard it is now: no sleep, dread, panic, tears, self-blame (<see cref="StoryPhrases.Distress"/>).</summary>
    public bool TellsDistress(string? text) => Input(text) is { } input && _distress.Occurs(input);

    /// <summary>Whether a message says it is hard to begin ("I don't know how to say this", <see cref="StoryPhrases.Hesitant"/>).</summary>
    public bool Hesitates(string? text) => Input(text) is { } input && _hesitant.Occurs(input);

    /// <summary>
    /// Whether a message tells something of what happened: an act, who did it, or a detail (where, when, what), as a
    /// message that goes on with a story begun in the one before does ("it was my ex, at his place").
    /// </summary>
    public bool TellsSomething(string? text) =>
        Input(text) is { IsEmpty: false } input && (Finds(_act, input) || Finds(_actor, input) || _detail.Occurs(input));

    /// <summary>The message as the readers take it, or null when it is empty or too long to be one message of the story.</summary>
    private static RecognitionInput? Input(string? text) => RecognitionInput.OfMessage(text, MaxChars);

    private static bool Finds(Concept concept, RecognitionInput input)
    {
        if (concept.Occurs(input))
        {
            return true;
        }

        var hits = new List<ConceptHit>();
        concept.FindFuzzy(input, hits);
        return hits.Count > 0;
    }
}
