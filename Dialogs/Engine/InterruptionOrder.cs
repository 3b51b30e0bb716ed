namespace ReportBot.Dialogs.Engine;

/// <summary>
/// The order in which the global interruptions look at a message (ascending; the first that handles it wins). Every
/// interruption takes its <see cref="IInterruption.Order"/> from here, so the whole sequence reads in one place.
/// Values are spaced so a new interruption can go between two others without renumbering; no two share a value,
/// because a tie would fall back on the order of DI registrations, which nobody can see from here.
/// </summary>
public static class InterruptionOrder
{
    /// <summary>Empty, attachment-only or over-long messages: nothing after it can use them, so it answers first.</summary>
    public const int InputGuard = 0;

    /// <summary>Danger outranks everything the survivor might also have meant: the emergency numbers come before any command.</summary>
    public const int Crisis = 10;

    /// <summary>
    /// Interruptions ordered below this (the input guard and the crisis check) still run while a counsellor holds the
    /// conversation; everything from here on is conversation control the relay replaces.
    /// </summary>
    public const int RelaySafetyLimit = 20;

    /// <summary>
    /// After a long pause mid-report, "continue or start over?" comes before the message is read as a command, except a
    /// request the survivor means at once (delete, a counsellor, a language, help), which goes on to its interruption.
    /// </summary>
    public const int WelcomeBack = 20;

    /// <summary>Someone writing for another person who was harmed: answered as a supporter before any story is read as theirs, and before the command check asks "would you like the help?" about "how can i help my daughter".</summary>
    public const int Supporter = 21;

    /// <summary>
    /// A question back to the bot at any report question about what happens with the report ("will he find out?") is answered
    /// before it could be retried as an unreadable answer or read as a choice.
    /// </summary>
    public const int ReportQuestionBack = 22;

    /// <summary>A question back at one of the report's choice questions is answered before its words could be read as a choice.</summary>
    public const int ChoiceQuestionBack = 23;

    /// <summary>A doubt at a yes/no question ("what happens if I say no?") is explained before it could be checked as a command.</summary>
    public const int YesNoDoubt = 24;

    /// <summary>A message that might be a command is asked about once, before any command (below) would act on it.</summary>
    public const int CommandCheck = 25;

    /// <summary>
    /// An answer to a choice question that ends on a joining word ("kaepcheo-rang", "screenshots and") waits for its rest, and the next
    /// message is read with it, before any command reads the half or the rest alone (neither is one: the command check leaves
    /// them to the question, as it does every answer that picks a choice).
    /// </summary>
    public const int UnfinishedAnswer = 26;

    /// <summary>Correcting the answer just given or going back a question, before a language switch or a command reads its words.</summary>
    public const int GoBack = 27;

    /// <summary>Switching language first, so the answers of everything after it come in the language just chosen.</summary>
    public const int Language = 30;

    /// <summary>
    /// Finding it hard to begin, at the menu or as a first message: before help, since "I don't know how to say this"
    /// asks for time, not for how the bot works.
    /// </summary>
    public const int Hesitation = 38;

    /// <summary>
    /// Saying how hard it is now (no sleep, dread, panic, self-blame), at the menu or as a first message: after the crisis
    /// check, which has read it for danger first, and before help.
    /// </summary>
    public const int Distress = 39;

    /// <summary>Help before the commands it explains.</summary>
    public const int Help = 40;

    /// <summary>
    /// Asking for a counsellor opens the handoff on top. Help and this used to share 40, and help won because it was
    /// registered first; 41 keeps exactly that. Before the legal options, deletion and exit, as it was.
    /// </summary>
    public const int Handoff = 41;

    /// <summary>"What can I do?" opens the legal options on top; only a whole-message match, so after the broader commands.</summary>
    public const int LegalOptions = 45;

    /// <summary>Deleting data asks to confirm first; after the commands that only open something on top.</summary>
    public const int DeleteData = 60;

    /// <summary>Report and case-code shortcuts: mostly at the menu, where their words would otherwise be a plain answer.</summary>
    public const int MenuShortcut = 65;

    /// <summary>A greeting or thanks at the menu: a kind word and the menu again; after every command, so only a bare greeting.</summary>
    public const int Greeting = 66;

    /// <summary>"Stop" ends the conversation: last, so any more specific reading of the message wins first.</summary>
    public const int Exit = 70;

    /// <summary>
    /// What happened, told at the kind question in words that name no kind: after every command (a "stop" is a stop), so
    /// only a message the question itself would not understand.
    /// </summary>
    public const int StoryAtTheKind = 75;
}
