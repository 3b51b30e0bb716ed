using Microsoft.Bot.Builder;
using ReportBot.Resources;

namespace ReportBot.Dialogs.Handoff;

/// <summary>
/// Messages between a survivor and the counsellors that wait on the survivor's case code (implemented in the bot host):
/// a message left when nobody could take the conversation starts a thread on the case; a counsellor's reply waits
/// there until the survivor comes back with the code, from any channel, and answers.
/// </summary>
public interface ICaseThreads
{
    /// <summary>The time zone windows and times are said in (the counsellors' schedule's).</summary>
    TimeZoneInfo TimeZone { get; }

    /// <summary>The most messages one thread keeps.</summary>
    int MaxMessages { get; }

    /// <summary>
    /// Adds the survivor's message to the case's thread (starting it), redacted and sealed with the case's key. With
    /// <paramref name="shareAsTyped"/> (the survivor agreed for this message) the counsellor also sees it as typed.
    /// </summary>
    Task<ThreadWrite> WriteAsync(ITurnContext turnContext, string caseKey, Language language, string text, bool shareAsTyped, CancellationToken cancellationToken);

    /// <summary>The thread as the survivor should see it now (new replies first marked read); null when the case has none.</summary>
    Task<CaseThreadView?> ReadAsync(string caseKey, CancellationToken cancellationToken);

    /// <summary>Keeps the window the survivor named for a live conversation; false when the thread is gone.</summary>
    Task<bool> SetPreferredWindowAsync(string caseKey, PreferredWindow window, CancellationToken cancellationToken);

    /// <summary>Whether the text holds a phone number or e-mail address that redaction would hide from the counsellor.</summary>
    bool HoldsContactDetails(string text, Language language);
}
