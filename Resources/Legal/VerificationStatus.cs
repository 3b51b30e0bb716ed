namespace ReportBot.Resources.Legal;

/// <summary>How well a content entry is backed. Only verified entries are ever shown to survivors.</summary>
public enum VerificationStatus
{
    /// <summary>Read in the statute text (or the issuing body's own source).</summary>
    Verified,

    /// <summary>Read in a reliable secondary source (a government listing, news report); still due a final check.</summary>
    VerifiedSecondary,

    /// <summary>From memory or a weak source. Kept for reviewers; never shown.</summary>
    Unconfirmed,
}
