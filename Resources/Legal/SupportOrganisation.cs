namespace ReportBot.Resources.Legal;

/// <summary>A place a survivor can turn to: how to reach it, when, and what it does.</summary>
public sealed record SupportOrganisation
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>Korean phone numbers, as dialled (1366, 132, 02-735-8994).</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>
    /// True when the phones do not reach the organisation itself but a line that refers callers to it (the Sunflower
    /// Centres through 1366), so the number is never shown as if it were the organisation's own.
    /// </summary>
    public bool PhonesAreReferral { get; init; }

    /// <summary>Opening hours, or null when not confirmed.</summary>
    public LocalizedText? Hours { get; init; }

    public string? Website { get; init; }

    /// <summary>The organisation's KakaoTalk channel, when it has a confirmed one.</summary>
    public string? KakaoChannel { get; init; }

    public required LocalizedText Services { get; init; }

    /// <summary>Language codes ("ko", "en") the service is known to answer in.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public DateOnly Reviewed { get; init; }

    public required Verification Verification { get; init; }
}
