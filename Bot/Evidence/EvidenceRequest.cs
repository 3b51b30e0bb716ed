namespace ReportBot.Bot.Evidence;

/// <summary>A request of the evidence page: the case code, the page's language, and what to log (if anything).</summary>
public sealed record EvidenceRequest(string? CaseCode, string? Language, List<EvidenceFileInput>? Files, string? Url);
