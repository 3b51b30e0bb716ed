using System.Runtime.CompilerServices;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// Whether a message is written by someone supporting another person who was harmed ("my friend told me she was raped,
/// how can i help her", and the Korean forms in supporters.json), not by the person it happened to: a close person
/// harmed as the subject, or asking how to help them (Resources/Phrases/supporters.json).
/// </summary>
public sealed class SupporterReader
{
    private const int MaxChars = 400;
    private static readonly ConditionalWeakTable<IPhraseCatalog, SupporterReader> Cache = new();
    private readonly Concept _person;
    private readonly Concept _personSubject;
    private readonly Concept _passive;
    private readonly Concept _helpThem;
    private readonly Concept _helpThemOther;
    private readonly Concept _self;
    private readonly Concept _danger;
    private readonly Concept _dangerPerson;
    private readonly Concept _selfDanger;
    private readonly Concept _now;
    private readonly Concept _notDanger;

    private SupporterReader(IPhraseCatalog phrases)
    {
        _person = Concept.From(phrases, SupporterPhrases.Person.Name);
        _personSubject = Concept.From(phrases, SupporterPhrases.PersonSubject.Name);
        _passive = Concept.From(phrases, SupporterPhrases.Passive.Name);
        _helpThem = Concept.From(phrases, SupporterPhrases.HelpThem.Name);
        _helpThemOther = Concept.From(phrases, SupporterPhrases.HelpThemOther.Name);
        _self = Concept.From(phrases, SupporterPhrases.Self.Name);
        _danger = Concept.From(phrases, SupporterPhrases.Danger.Name);
        _dangerPerson = Concept.From(phrases, SupporterPhrases.DangerPerson.Name);
        _selfDanger = Concept.From(phrases, SupporterPhrases.SelfDanger.Name);
        _now = Concept.From(phrases, SupporterPhrases.Now.Name);
        _notDanger = Concept.From(phrases, SupporterPhrases.NotDanger.Name);
    }

    public static SupporterReader For(IPhraseCatalog phrases) => Cache.GetValue(phrases, p => new SupporterReader(p));

    /// <summary>True when the message speaks for another person who was harmed, or asks how to help them.</summary>
    public bool SpeaksForSomeoneElse(string? text)
    {
        if (RecognitionInput.OfMessage(text, MaxChars) is not { } input)
        {
            return false;
        }

        var named = _person.Occurs(input);
        return (named && _helpThem.Occurs(input))
            || _helpThemOther.Occurs(input) && (named || _passive.Occurs(input))
            || (_personSubject.Occurs(input) && _passive.Occurs(input) && !_self.Occurs(input));
    }

    /// <summary>
    /// True when the message says someone else is in danger now ("chinguga yageul meogeotdaeyo jigeum", "my friend says she
    /// wants to kill herself"), and not the writer as well ("me too"). Not a threat to control the writer, the past or
    /// pictures ("he said he'd kill himself if i left"). <paramref name="mustBeNow"/> (inside a report, where such words are
    /// often the story): only with a word of now or of being out of reach ("banggeum", "just", "not answering").
    /// </summary>
    public bool OtherInDanger(string? text, bool mustBeNow = false)
    {
        if (RecognitionInput.OfMessage(text, MaxChars) is not { } input)
        {
            return false;
        }

        return _danger.Occurs(input) && _dangerPerson.Occurs(input) && !_selfDanger.Occurs(input) && !_notDanger.Occurs(input)
            && (!mustBeNow || _now.Occurs(input));
    }
}
