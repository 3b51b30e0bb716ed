namespace ReportBot.Resources.Phrases;

/// <summary>Someone writing for another person who was harmed (Resources/Phrases/supporters.json).</summary>
public static class SupporterPhrases
{
    /// <summary>A close person ("친구", "동생", "my friend", "my sister").</summary>
    public static readonly PhraseKey Person = new("supporter.person");

    /// <summary>That person as the subject ("친구가", "동생이", "my friend was", "my sister got").</summary>
    public static readonly PhraseKey PersonSubject = new("supporter.person_subject");

    /// <summary>Harm done to the subject ("당했", "찍혔", "raped", "harassed").</summary>
    public static readonly PhraseKey Passive = new("supporter.passive");

    /// <summary>The writer harmed as well ("저를", "me", "i was"): then the other person's harm alone is not enough.</summary>
    public static readonly PhraseKey Self = new("supporter.self");

    /// <summary>Asking how to help ("어떻게 도와", "how can i help", "what should i tell").</summary>
    public static readonly PhraseKey HelpThem = new("supporter.help_them");

    /// <summary>Helping with the other person inside the words ("help her", "tell him", "걔를 어떻게").</summary>
    public static readonly PhraseKey HelpThemOther = new("supporter.help_them_other");

    /// <summary>Danger to someone else now: pills taken, self-harm, a wish to die said of them ("약을 먹었", "kill herself").</summary>
    public static readonly PhraseKey Danger = new("supporter.danger");

    /// <summary>Who is in that danger: a close person, or in English a third-person pronoun.</summary>
    public static readonly PhraseKey DangerPerson = new("supporter.danger_person");

    /// <summary>The writer in danger too ("저도", "me too", "i want to die"): then it is their own crisis.</summary>
    public static readonly PhraseKey SelfDanger = new("supporter.self_danger");

    /// <summary>Now, or out of reach ("방금", "연락이 안", "just", "not answering"): inside a report, danger to another must be now.</summary>
    public static readonly PhraseKey Now = new("supporter.now");

    /// <summary>A threat to control the writer, the past, or pictures ("협박", "했던 적", "if i left", "pics of"): the story, not danger now.</summary>
    public static readonly PhraseKey NotDanger = new("supporter.not_danger");
}
