namespace ReportBot.Resources.Legal;

/// <summary>Where a content entry comes from and how far it has been checked; for reviewers, never shown.</summary>
public sealed record Verification
{
    public VerificationStatus Status { get; init; } = VerificationStatus.Unconfirmed;

    /// <summary>The sources read and what is still to check.</summary>
    public string Basis { get; init; } = string.Empty;

    /// <summary>True when the entry may be shown to a survivor.</summary>
    public bool Showable => Status is VerificationStatus.Verified or VerificationStatus.VerifiedSecondary;
}
