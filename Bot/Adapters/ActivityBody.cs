using System.Buffers;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// The body of an activity request, read once into a pooled array: <see cref="ActivityEnvelopeCheck"/> reads it and
/// leaves it on the request for <see cref="ActivityRequestReader"/>, so the body is neither buffered by ASP.NET Core
/// (a file-backed stream) nor read twice. Returned to the pool, cleared (it holds what the survivor wrote), when the
/// response is done.
/// </summary>
public sealed class ActivityBody : IDisposable
{
    private byte[]? _buffer;

    private ActivityBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => (_buffer ?? throw new ObjectDisposedException(nameof(ActivityBody))).AsMemory(0, Length);

    /// <summary>The body the envelope check already read for this request, or null.</summary>
    public static ActivityBody? Of(HttpRequest request) => request.HttpContext.Features.Get<ActivityBody>();

    /// <summary>Reads the whole body (within the route's size limit, which the request stream enforces).</summary>
    public static async Task<ActivityBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and < ReportBotApp.MaxActivityBytes ? (int)request.ContentLength.Value + 1 : 4096);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new ActivityBody(buffer, length);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            throw;
        }
    }

    /// <summary>Keeps the body on the request for the rest of it, and returns it to the pool when the response is done.</summary>
    public void AttachTo(HttpContext context)
    {
        context.Features.Set(this);
        context.Response.RegisterForDispose(this);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }
}
