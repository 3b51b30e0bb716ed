using System.Runtime.CompilerServices;
using ReportBot.Resources;
using ReportBot.Resources.Phrases;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// Whether a message is written by someone supporting another person who was harmed ("친구가 성폭행 당했는데 어떻게
/// 도와줘야 할지 모르겠어요", "my friend told me she was raped, how can i help her"), not by the person it happened to:
/// a close person harmed as the subject, or asking how to help them (Resources/Phrases/supporters.json).
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
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxChars)
        {
            return false;
        }

        var input = RecognitionInput.From(text);
        var named = _person.Occurs(input);
        return (named && _helpThem.Occurs(input))
            || _helpThemOther.Occurs(input) && (named || _passive.Occurs(input))
            || (_personSubject.Occurs(input) && _passive.Occurs(input) && !_self.Occurs(input));
    }

    /// <summary>
    /// True when the message says someone else is in danger now ("친구가 약을 먹었대요 지금", "my friend says she wants to kill
    /// herself"), and not the writer as well ("저도 죽고 싶어요", "me too"). Not a threat to control the writer, the past or
    /// pictures ("he said he'd kill himself if i left"). <paramref name="mustBeNow"/> (inside a report, where such words are
    /// often the story): only with a word of now or of being out of reach ("방금", "just", "not answering").
    /// </summary>
    public bool OtherInDanger(string? text, bool mustBeNow = false)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxChars)
        {
            return false;
        }

        var input = RecognitionInput.From(text);
        return _danger.Occurs(input) && _dangerPerson.Occurs(input) && !_selfDanger.Occurs(input) && !_notDanger.Occurs(input)
            && (!mustBeNow || _now.Occurs(input));
    }
}
