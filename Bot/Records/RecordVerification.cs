namespace ReportBot.Bot.Records;

/// <summary>
/// The answer of <c>POST /api/records/verify</c>. <see cref="Reason"/> says why a record is not valid:
/// <c>malformed</c>, <c>unknown-key</c>, <c>signature</c> (changed after signing) or <c>chain</c>.
/// </summary>
public sealed record RecordVerification(bool Valid, string? SignedAt, string? KeyId, string? Reason = null)
{
    public static RecordVerification Malformed { get; } = new(false, null, null, "malformed");
}
