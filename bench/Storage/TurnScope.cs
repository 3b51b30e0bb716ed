namespace ReportBot.Benchmarks.Storage;

/// <summary>
/// Marks the code that serves an /api/messages request (a turn's path) for <see cref="RequestCounter"/>: an
/// <see cref="AsyncLocal{T}"/> set by a middleware in front of the bot, so the transcript drainer (a background
/// service) is counted as off the path. The load generator says which turn is a conversation's first in a header.
/// </summary>
internal sealed class TurnScope : IStartupFilter
{
    public const string FirstTurnHeader = "X-Bench-First-Turn";

    private static readonly AsyncLocal<TurnPhase> Phase = new();

    public static TurnPhase Current => Phase.Value;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, inner) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/messages", StringComparison.Ordinal))
            {
                Phase.Value = context.Request.Headers.ContainsKey(FirstTurnHeader) ? TurnPhase.FirstTurn : TurnPhase.LaterTurn;
            }

            await inner(context);
        });
        next(app);
    };
}
