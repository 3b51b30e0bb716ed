using System.Text.RegularExpressions;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// The storage layout: <c>state/{scope}</c>, <c>keys/{scope}</c>, <c>transcripts/{case}/lines</c>,
/// <c>erasures/{tag}</c> (when a case was erased, for every instance; see <see cref="Erasure.ErasureRecords"/>) (earlier versions
/// wrote one object per line, <c>transcripts/{case}/{ticks}-{seq}-{id}</c>, which are still read).
/// Scopes and cases are HMAC digests (see <see cref="Privacy.Pseudonymizer"/>), never raw ids.
/// </summary>
public static partial class ObjectNames
{
    public const string StatePrefix = "state/";
    public const string KeysPrefix = "keys/";
    public const string TranscriptsPrefix = "transcripts/";
    public const string ErasuresPrefix = "erasures/";

    public static string State(string scope) => StatePrefix + scope;

    public static string Key(string scope) => KeysPrefix + scope;

    /// <summary>The record that a case was erased, named by its erasure tag (<see cref="Privacy.Pseudonymizer.ErasureTag"/>), not its id.</summary>
    public static string Erasure(string erasureTag) => ErasuresPrefix + erasureTag;

    public static string TranscriptFolder(string caseId) => TranscriptsPrefix + caseId + "/";

    /// <summary>A case's transcript segment: an append-only object of sealed lines, appended in batches by the drainer.</summary>
    public static string TranscriptSegment(string caseId) => TranscriptFolder(caseId) + "lines";

    /// <summary>Sortable by time, then by the writer's sequence; unique by the entry id so a re-drain cannot duplicate.</summary>
    public static string TranscriptEntry(string caseId, long timestampTicks, long sequence, string entryId) =>
        $"{TranscriptFolder(caseId)}{timestampTicks:D19}-{sequence:D12}-{entryId}";

    /// <summary>The scope or case of a name under one of the prefixes (its second segment).</summary>
    public static string? ScopeOf(string name)
    {
        var parts = name.Split('/');
        return parts.Length >= 2 && parts[1].Length > 0 ? parts[1] : null;
    }

    /// <summary>
    /// Refuses anything but the layout's own characters, so a name can never escape the data folder. A final
    /// <c>.json</c> is allowed: the handoff queue and the audit log have always named their objects so.
    /// </summary>
    public static void EnsureSafe(string name)
    {
        if (!SafeName().IsMatch(name) || name.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException("An object name must be lower-case letters, digits, '-', '_' and '/' only (and may end in '.json').", nameof(name));
        }
    }

    [GeneratedRegex("^[a-z0-9_-]+(/[a-z0-9_-]+)*(/|\\.json)?$")]
    private static partial Regex SafeName();
}
