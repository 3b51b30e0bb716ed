namespace ReportBot.Bot.Records;

/// <summary>The body of <c>POST /api/records</c>: <c>{"caseCode": "K7QM-4RTX-2P"}</c>.</summary>
public sealed record CaseCodeRequest(string? CaseCode);
