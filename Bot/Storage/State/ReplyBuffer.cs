using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Bot.Storage.State;

/// <summary>The replies of a turn held back until its state is saved (see <see cref="ConsistentTurnRunner"/>).</summary>
public sealed class ReplyBuffer
{
    private const string ItemKey = "ReportBot.ReplyBuffer";
    private readonly List<Activity> _held = [];

    /// <summary>True while replies are being held rather than sent.</summary>
    public bool Holding { get; set; }

    public IReadOnlyList<Activity> Held => _held;

    public static bool IsHolding(ITurnContext context) =>
        TurnItems.Find<ReplyBuffer>(context, ItemKey) is { Holding: true };

    /// <summary>Starts holding the replies of this turn.</summary>
    public static ReplyBuffer Attach(ITurnContext context)
    {
        var buffer = new ReplyBuffer { Holding = true };
        TurnItems.Of(context).Set(ItemKey, buffer);
        context.OnSendActivities(async (ctx, activities, next) =>
        {
            if (!buffer.Holding)
            {
                return await next().ConfigureAwait(false);
            }

            buffer._held.AddRange(activities);
            return activities.Select(a => new ResourceResponse(a.Id ?? Guid.NewGuid().ToString("N"))).ToArray();
        });
        return buffer;
    }

    public void Clear() => _held.Clear();
}
