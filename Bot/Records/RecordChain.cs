using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace ReportBot.Bot.Records;

/// <summary>
/// The hash chain of a record's entries: each entry carries <c>previous</c> (the hash of the entry before it, or 64
/// zeros for the first) and <c>hash</c>, the SHA-256 of its canonical JSON without <c>hash</c>. The record's
/// <c>chainHead</c> is the last hash. Entries are in the order they were recorded, so the chain of an earlier record
/// of the same case is a prefix of a later one's.
/// </summary>
public static class RecordChain
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>Sets <c>previous</c> and <c>hash</c> on each entry in order and returns the chain head.</summary>
    public static string Link(JsonArray entries)
    {
        var previous = Genesis;
        foreach (var entry in entries.Select(e => e!.AsObject()))
        {
            entry.Remove("hash");
            entry["previous"] = previous;
            previous = Hash(entry);
            entry["hash"] = previous;
        }

        return previous;
    }

    /// <summary>True when every entry's hash and link is right and the head is the last hash.</summary>
    public static bool Holds(JsonArray entries, string? head)
    {
        var previous = Genesis;
        foreach (var node in entries)
        {
            if (node is not JsonObject entry || entry["hash"]?.GetValue<string>() is not { } stated || entry["previous"]?.GetValue<string>() != previous)
            {
                return false;
            }

            var copy = entry.DeepClone().AsObject();
            copy.Remove("hash");
            if (Hash(copy) != stated)
            {
                return false;
            }

            previous = stated;
        }

        return previous == head;
    }

    private static string Hash(JsonObject entry) => Convert.ToHexStringLower(SHA256.HashData(CanonicalJson.Utf8(entry)));
}
