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
                ? JsonSerializer.SerializeToUtf8Bytes(entries[start], TranscriptJsonContext.Relaxed.TranscriptEntry)
                : JsonSerializer.SerializeToUtf8Bytes(Slice(entries, start, end), TranscriptJsonContext.Relaxed.TranscriptEntryArray);
            var sealedLength = Envelope.SealedLength(plaintext.Length);
            var record = new byte[4 + sealedLength];
            BinaryPrimitives.WriteInt32LittleEndian(record, sealedLength);
            Envelope.Seal(key, plaintext, AssociatedData, record.AsSpan(4));
            records.Add(record);
            start = end;
        }

        return records;
    }

    /// <summary>The lines of a record's body (after its length); null when it is damaged or sealed with another key.</summary>
    public static IReadOnlyList<TranscriptLine>? TryOpen(byte[] body, byte[] key)
    {
        try
        {
            return Lines(Envelope.Open(key, body, AssociatedData));
        }
        catch (Exception e) when (e is CryptographicException or JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    // One pass over the record's JSON: each line's case, id and turn, and where its object starts and ends. The
    // activity (most of the bytes) is skipped over, never unescaped into a string.
    private static List<TranscriptLine> Lines(byte[] plaintext)
    {
        var reader = new Utf8JsonReader(plaintext);
        reader.Read();
        var lines = new List<TranscriptLine>(reader.TokenType == JsonTokenType.StartArray ? 4 : 1);
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                lines.Add(Line(ref reader, plaintext, lines.Count > 0 ? lines[^1] : null));
            }

            if (reader.TokenType != JsonTokenType.EndArray)
            {
                throw new JsonException("An outbox record's lines are not objects.");
            }
        }
        else if (reader.TokenType == JsonTokenType.StartObject)
        {
            lines.Add(Line(ref reader, plaintext, null));
        }
        else
        {
            throw new JsonException("An outbox record is neither a line nor lines.");
        }

        return lines;
    }

    private static TranscriptLine Line(ref Utf8JsonReader reader, byte[] plaintext, TranscriptLine? previous)
    {
        var start = (int)reader.TokenStartIndex;
        string? caseId = null;
        string? entryId = null;
        DateTimeOffset? turnStarted = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("CaseId"u8))
            {
                reader.Read();
                // The lines of a record share their case: one string for all of them.
                caseId = previous is not null && reader.ValueTextEquals(previous.CaseId) ? previous.CaseId : reader.GetString();
            }
            else if (reader.ValueTextEquals("EntryId"u8))
            {
                reader.Read();
                entryId = reader.GetString();
            }
            else if (reader.ValueTextEquals("TurnStarted"u8))
            {
                reader.Read();
                turnStarted = reader.GetDateTimeOffset();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || caseId is null || entryId is null || turnStarted is null)
        {
            throw new JsonException("An outbox line lacks its case, id or turn.");
        }

        return new TranscriptLine(caseId, entryId, turnStarted.Value, plaintext.AsMemory(start, (int)reader.BytesConsumed - start));
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
