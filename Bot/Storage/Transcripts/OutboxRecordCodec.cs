using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using ReportBot.Bot.Storage.Encryption;

namespace ReportBot.Bot.Storage.Transcripts;

/// <summary>
/// The outbox's records: <c>[length][AES-GCM sealed JSON]</c>, the JSON either one line (an object: the only form
/// until 2026-12-06, still written for a lone line) or the consecutive lines of one case and one turn (an array: a
/// turn's survivor line and replies), so a turn costs one seal on its path and one opening in the drainer instead of
/// one a line. Every version from then on reads both forms.
/// </summary>
internal static class OutboxRecordCodec
{
    private const string AssociatedData = "outbox";

    /// <summary>The records for <paramref name="entries"/>, in order: a run of lines of one case and turn shares one.</summary>
    public static List<byte[]> Encode(IReadOnlyList<TranscriptEntry> entries, byte[] key)
    {
        var records = new List<byte[]>(1);
        for (var start = 0; start < entries.Count;)
        {
            var end = start + 1;
            while (end < entries.Count && entries[end].CaseId == entries[start].CaseId && entries[end].TurnStarted == entries[start].TurnStarted)
            {
                end++;
            }

            var plaintext = end - start == 1
                ? JsonSerializer.SerializeToUtf8Bytes(entries[start], TranscriptJsonContext.Default.TranscriptEntry)
                : JsonSerializer.SerializeToUtf8Bytes(Slice(entries, start, end), TranscriptJsonContext.Default.TranscriptEntryArray);
            var sealedLines = Envelope.Seal(key, plaintext, AssociatedData);
            var record = new byte[4 + sealedLines.Length];
            BinaryPrimitives.WriteInt32LittleEndian(record, sealedLines.Length);
            sealedLines.CopyTo(record, 4);
            records.Add(record);
            start = end;
        }

        return records;
    }

    /// <summary>The lines of a record's body (after its length); null when it is damaged or sealed with another key.</summary>
    public static IReadOnlyList<TranscriptEntry>? TryOpen(byte[] body, byte[] key)
    {
        try
        {
            var plaintext = Envelope.Open(key, body, AssociatedData);
            return plaintext.AsSpan().TrimStart(" \t\r\n"u8) is [(byte)'[', ..]
                ? JsonSerializer.Deserialize(plaintext, TranscriptJsonContext.Default.TranscriptEntryArray)
                : JsonSerializer.Deserialize(plaintext, TranscriptJsonContext.Default.TranscriptEntry) is { } line ? [line] : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            return null;
        }
    }

    private static TranscriptEntry[] Slice(IReadOnlyList<TranscriptEntry> entries, int start, int end)
    {
        var slice = new TranscriptEntry[end - start];
        for (var i = start; i < end; i++)
        {
            slice[i - start] = entries[i];
        }

        return slice;
    }
}
