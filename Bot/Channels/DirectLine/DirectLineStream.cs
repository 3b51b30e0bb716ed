using System.Net.WebSockets;
using System.Text;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line WebSocket stream of one conversation: every activity after the watermark as an
/// <c>ActivitySet</c> frame as soon as it exists (the user's own echoed back too), an empty frame as a keep-alive
/// when nothing happens, and the client's frames (empty pings) read and ignored.
/// </summary>
public static class DirectLineStream
{
    /// <summary>How often an empty keep-alive frame goes out on a quiet stream.</summary>
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Streams until the client leaves, the conversation ends or the token expires (<paramref name="expiresAt"/>):
    /// a stream must not outlive the right to read it. directlinejs then reconnects with its refreshed token.
    /// </summary>
    public static async Task RunAsync(
        WebSocket socket, string conversationId, long watermark, IDirectLineConversationStore store, DateTimeOffset expiresAt, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var left = expiresAt - clock.GetUtcNow();
        closed.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        var receiving = ReceiveUntilClosedAsync(socket, closed);
        var ended = false;
        try
        {
            while (!closed.IsCancellationRequested && socket.State == WebSocketState.Open && clock.GetUtcNow() < expiresAt)
            {
                var page = await store.ReadAsync(conversationId, watermark, DirectLineChannel.PageSize, closed.Token).ConfigureAwait(false);
                if (page is null)
                {
                    ended = true;
                    break;
                }

                if (page.Activities.Count > 0)
                {
                    await SendAsync(socket, DirectLineResults.ActivitySetJson(page), closed.Token).ConfigureAwait(false);
                    watermark = page.Watermark;
                    continue;
                }

                if (!await store.WaitForActivityAsync(conversationId, watermark, KeepAlive, closed.Token).ConfigureAwait(false))
                {
                    await SendAsync(socket, string.Empty, closed.Token).ConfigureAwait(false);
                }
            }
        }
        catch (Exception failure) when (failure is OperationCanceledException or WebSocketException)
        {
            // The client went away or the app is stopping: nothing to tell anyone.
        }

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                // directlinejs treats a closed socket as "get a new streamUrl"; for an ended conversation that
                // request answers 404 and the client stops.
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, ended ? "ended" : "closing", CancellationToken.None).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
            }
        }

        await closed.CancelAsync().ConfigureAwait(false);
        await receiving.ConfigureAwait(false);
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(new ArraySegment<byte>(Encoding.UTF8.GetBytes(text)), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception failure) when (failure is OperationCanceledException or WebSocketException)
        {
        }

        await closed.CancelAsync().ConfigureAwait(false);
    }
}
