using System.Text.RegularExpressions;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// Where the handoff queue lives in the object store: the names the Blob queue has always used, so handoffs already
/// stored keep working. <c>handoffs/{id}.json</c> one record per handoff, <c>handoffs-open/{id}</c> an empty entry of the
/// open index, <c>handoffs-presence/{digest}</c> when a counsellor was last seen (a digest, never the counsellor's id).
/// </summary>
internal static partial class HandoffObjectNames
{
    public const string RecordPrefix = "handoffs/";
    public const string OpenPrefix = "handoffs-open/";
    public const string PresencePrefix = "handoffs-presence/";
    private const string RecordSuffix = ".json";

    public static string Record(string id) => RecordPrefix + Checked(id) + RecordSuffix;

    public static string Open(string id) => OpenPrefix + Checked(id);

    public static string Presence(string counsellorId) => PresencePrefix + HandoffJson.NameFor(counsellorId);

    /// <summary>The handoff id of a record's name, or null for anything else under the prefix.</summary>
    public static string? IdOfRecord(string name) =>
        name.StartsWith(RecordPrefix, StringComparison.Ordinal) && name.EndsWith(RecordSuffix, StringComparison.Ordinal)
            && name[RecordPrefix.Length..^RecordSuffix.Length] is var id && HandoffIds.IsValid(id) ? id : null;

    /// <summary>The handoff id of an open-index entry's name, or null for anything else under the prefix.</summary>
    public static string? IdOfOpen(string name) =>
        name.StartsWith(OpenPrefix, StringComparison.Ordinal) && name[OpenPrefix.Length..] is var id && HandoffIds.IsValid(id) ? id : null;

    /// <summary>True for the digest part of a presence name (what <see cref="HandoffJson.NameFor"/> makes).</summary>
    public static bool IsPresenceDigest(string value) => PresenceDigest().IsMatch(value);

    private static string Checked(string id) =>
        HandoffIds.IsValid(id) ? id : throw new ArgumentException("Not a handoff id.", nameof(id));

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex PresenceDigest();
}
