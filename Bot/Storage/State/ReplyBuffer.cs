using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Bot.Storage.State;

/// <summary>The replies of a turn held back until its state is saved (see <see cref="ConsistentTurnRunner"/>).</summary>
public sealed class ReplyBuffer
{
    private const string ItemKey = "ReportBot.ReplyBuffer";

    // What a held reply's sender is told its id is, until the reply is really sent (the adapter gives it its id then):
    // unique in this process, of the same shape as before (32 hex digits), and made without asking the kernel for random
    // bytes every time, as Guid.NewGuid does (two or three a turn).
    private static readonly string PlaceholderPrefix = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
    private static long s_placeholders;
    private readonly List<Activity> _held = [];

    /// <summary>True while replies are being held rather than sent.</summary>
    public bool Holding { get; set; }

    public IReadOnlyList<Activity> Held => _held;

    /// <summary>
    /// True when the turn's replies leave in the HTTP response once the turn is over (<c>expectReplies</c>), not one by
    /// one as they are sent.
    /// </summary>
    public static bool RepliesLeaveAfterTurn(Activity? activity) => activity?.DeliveryMode == DeliveryModes.ExpectReplies;

    public static bool IsHolding(ITurnContext context) =>
        TurnItems.Find<ReplyBuffer>(context, ItemKey) is { Holding: true };

    /// <summary>
    /// Starts holding the replies of this turn. Once they are let go, each send that leaves the process at once (not
    /// into an <c>expectReplies</c> response) first waits until what the turn saved is durable
    /// (<paramref name="durability"/>): this handler is the innermost but the adapter, so the transcript's sync of the
    /// survivor's line, which the transcript middleware makes before it passes the send on, has usually flushed it.
    /// </summary>
    public static ReplyBuffer Attach(ITurnContext context, TurnDurability? durability = null)
    {
        var buffer = new ReplyBuffer { Holding = true };
        TurnItems.Of(context).Set(ItemKey, buffer);
        var leavesAtOnce = !RepliesLeaveAfterTurn(context.Activity);
        context.OnSendActivities(async (ctx, activities, next) =>
        {
            if (!buffer.Holding)
            {
                if (durability is not null && leavesAtOnce)
                {
                    await durability.EnsureAsync().ConfigureAwait(false);
                }

                return await next().ConfigureAwait(false);
            }

            buffer._held.AddRange(activities);
            return activities.Select(a => new ResourceResponse(a.Id ?? PlaceholderId())).ToArray();
        });
        return buffer;
    }

    public void Clear() => _held.Clear();

    private static string PlaceholderId() =>
        PlaceholderPrefix + Interlocked.Increment(ref s_placeholders).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
