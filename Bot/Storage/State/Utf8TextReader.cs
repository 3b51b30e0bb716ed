using System.Text;
using System.Text.Unicode;

namespace ReportBot.Bot.Storage.State;

/// <summary>
/// Reads UTF-8 bytes already in memory as text, decoding straight into the reader's buffer: the text a
/// <see cref="StreamReader"/> over a <see cref="MemoryStream"/> gives, without its stream, byte buffer and decoder.
/// Invalid sequences become U+FFFD, as with <see cref="Encoding.UTF8"/>; a leading byte order mark is skipped, as
/// <see cref="StreamReader"/> skips it.
/// </summary>
internal sealed class Utf8TextReader(ReadOnlyMemory<byte> utf8) : TextReader
{
    private int _position = utf8.Span.StartsWith("\uFEFF"u8) ? 3 : 0;

    // The second half of a surrogate pair that a one-character read could not take.
    private char? _pending;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var given = 0;
        if (!buffer.IsEmpty && _pending is { } low)
        {
            buffer[0] = low;
            _pending = null;
            given = 1;
            buffer = buffer[1..];
        }

        if (buffer.IsEmpty || _position >= utf8.Length)
        {
            return given;
        }

        if (buffer.Length == 1)
        {
            // One slot: one character, or a pair's first half with the second kept for the next read.
            Rune.DecodeFromUtf8(utf8.Span[_position..], out var rune, out var length);
            Span<char> pair = stackalloc char[2];
            var chars = rune.EncodeToUtf16(pair);
            buffer[0] = pair[0];
            _pending = chars == 2 ? pair[1] : null;
            _position += length;
            return given + 1;
        }

        // Stops before a character that does not fit whole; with two or more slots something is always decoded.
        Utf8.ToUtf16(utf8.Span[_position..], buffer, out var read, out var written, replaceInvalidSequences: true, isFinalBlock: true);
        _position += read;
        return given + written;
    }

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }
}
