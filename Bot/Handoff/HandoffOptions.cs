namespace ReportBot.Bot.Handoff;

/// <summary>Settings of the counsellor handoff (section <c>Handoff</c>).</summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    /// <summary>Counsellors answer at any hour (a 24-hour service); the schedule below is then ignored.</summary>
    public bool AlwaysOpen { get; set; }

    /// <summary>"weekdays" (Monday to Friday) or "everyday".</summary>
    public string Days { get; set; } = "weekdays";

    /// <summary>Opening time, in <see cref="TimeZone"/>, "HH:mm".</summary>
    public string Opens { get; set; } = "09:00";

    /// <summary>Closing time, in <see cref="TimeZone"/>, "HH:mm".</summary>
    public string Closes { get; set; } = "18:00";

    /// <summary>The schedule's time zone (IANA id); Korea by default.</summary>
    public string TimeZone { get; set; } = "Asia/Seoul";

    /// <summary>A counsellor counts as online for this long after the console last checked in.</summary>
    public int PresenceSeconds { get; set; } = 90;

    /// <summary>Every this many minutes a waiting survivor is told their place in the queue again (0: never).</summary>
    public int WaitUpdateMinutes { get; set; } = 5;

    /// <summary>The most messages one handoff or thread keeps; a survivor's further messages are refused kindly.</summary>
    public int MaxMessagesPerHandoff { get; set; } = 100;

    /// <summary>A waiting or active handoff untouched for this many hours is closed (the survivor has long gone).</summary>
    public int OpenHandoffHours { get; set; } = 24;

    /// <summary>How many hours of recent claims the wait estimate is taken from.</summary>
    public int EstimateHours { get; set; } = 6;

    /// <summary>Also emit the Bot Framework <c>handoff.initiate</c> event (for a contact centre such as Dynamics 365 Omnichannel).</summary>
    public bool EmitHandoffInitiate { get; set; }

    /// <summary>
    /// The channel id the contact centre's <c>handoff.status</c> events arrive on (through <c>/api/messages</c>).
    /// Empty: such events are accepted from no one. Never accepted from the web widget's or Kakao's own clients.
    /// </summary>
    public string? ContactCentreChannel { get; set; }

    /// <summary>
    /// The AES-256 key (base64, 32 bytes) that encrypts conversation references and relayed messages. When empty, a
    /// key is generated once into the local data folder; with several instances or in Azure, configure it (Key Vault).
    /// </summary>
    public string? EncryptionKey { get; set; }
}
