namespace ReportBot.Bot.Evidence;

/// <summary>What the evidence page sends for one file: never the file, only its digest and what the survivor says.</summary>
public sealed record EvidenceFileInput(string? Sha256, long Size, string? Type, string? Label, string? MadeOn);
