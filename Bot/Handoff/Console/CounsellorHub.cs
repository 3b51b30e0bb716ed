using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using ReportBot.Bot.Handoff.Auth;
using ReportBot.Bot.Handoff.Queue;

namespace ReportBot.Bot.Handoff.Console;

/// <summary>
/// The console's live channel (<c>/api/counsellor/hub</c>). Signed-in counsellors hear queue changes; a counsellor
/// hears the messages of a handoff only after <see cref="Watch"/> checked that they hold it.
/// </summary>
[Authorize(Policy = CounsellorAuth.Policy)]
public sealed class CounsellorHub(CounsellorDesk desk, CounsellorSessions sessions) : Hub
{
    public override async Task OnConnectedAsync()
    {
        if (Context.User?.FindFirst(CounsellorSessions.Claim)?.Value is { } session)
        {
            // Signing out (or losing the account) closes this connection too, not only new requests.
            var context = Context;
            sessions.Attach(Context.ConnectionId, session, context.Abort);

            // The session may have ended between the handshake and now (after Attach, so no end can slip between).
            if (!sessions.Exists(session))
            {
                context.Abort();
                return;
            }
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HandoffNotifier.QueueGroup).ConfigureAwait(false);
        await base.OnConnectedAsync().ConfigureAwait(false);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        sessions.Detach(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Subscribes to a handoff's messages; refused unless the caller claimed it.</summary>
    public async Task<bool> Watch(string handoffId)
    {
        var counsellor = CounsellorAuth.IdOf(Context.User);
        if (counsellor is null || !HandoffIds.IsValid(handoffId))
        {
            return false;
        }

        var (access, _) = await desk.OpenAsync(handoffId, counsellor, Context.ConnectionAborted).ConfigureAwait(false);
        if (access != DeskAccess.Allowed)
        {
            return false;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HandoffNotifier.HandoffGroup(handoffId)).ConfigureAwait(false);
        return true;
    }
}
