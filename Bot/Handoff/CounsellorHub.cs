using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ReportBot.Bot.Handoff;

/// <summary>
/// The console's live channel (<c>/api/counsellor/hub</c>). Signed-in counsellors hear queue changes; a counsellor
/// hears the messages of a handoff only after <see cref="Watch"/> checked that they hold it.
/// </summary>
[Authorize(Policy = CounsellorAuth.Policy)]
public sealed class CounsellorHub(CounsellorDesk desk) : Hub
{
    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, HandoffNotifier.QueueGroup).ConfigureAwait(false);
        await base.OnConnectedAsync().ConfigureAwait(false);
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
