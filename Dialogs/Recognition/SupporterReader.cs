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

    private SupporterReader(IPhraseCatalog phrases)
    {
        _person = Concept.From(phrases, SupporterPhrases.Person.Name);
        _personSubject = Concept.From(phrases, SupporterPhrases.PersonSubject.Name);
        _passive = Concept.From(phrases, SupporterPhrases.Passive.Name);
        _helpThem = Concept.From(phrases, SupporterPhrases.HelpThem.Name);
        _helpThemOther = Concept.From(phrases, SupporterPhrases.HelpThemOther.Name);
        _self = Concept.From(phrases, SupporterPhrases.Self.Name);
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
}
