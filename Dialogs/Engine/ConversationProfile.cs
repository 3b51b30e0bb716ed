using ReportBot.Resources;

namespace ReportBot.Dialogs.Engine;

/// <summary>What the bot keeps about a conversation besides its dialog stack. Never anything identifying.</summary>
public sealed class ConversationProfile
{
    /// <summary>The language the survivor chose or wrote in; null until it is known.</summary>
    public Language? Language { get; set; }

    /// <summary>When the survivor last wrote, to offer a fresh start after a long pause.</summary>
    public DateTimeOffset? LastActive { get; set; }

    /// <summary>The incident types of the survivor's latest report in this conversation, to tailor legal options.</summary>
    public List<Reports.IncidentType> ReportedIncidentTypes { get; set; } = [];

    /// <summary>What that report said would help now, to put the matching options first.</summary>
    public List<Reports.SupportWish> ReportedWishes { get; set; } = [];

    /// <summary>Whether that report said the images or posts are still online (then getting them down comes first).</summary>
    public Reports.OnlineStatus? ReportedOnline { get; set; }

    /// <summary>
    /// Whether that report said the survivor was threatened with, or asked about, a defamation or false-accusation suit
    /// (then what to do about one is read with the rest). Not what was said: only that.
    /// </summary>
    public bool ReportedLawsuitWorry { get; set; }
}
