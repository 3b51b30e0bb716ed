using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;

namespace ReportBot.Dialogs.Engine;

/// <summary>
/// The app's own per-turn items (the turn's language, its held replies, its state snapshot...), kept beside the turn
/// context instead of in Bot Builder's <c>TurnState</c>: that collection compares keys culture-aware and
/// case-insensitively, so every lookup builds an ICU sort key of its key (about 50 a turn, README "CPU per turn, fifth
/// round"); here a lookup is an ordinal one. Items live exactly as long as the turn's <c>TurnState</c>, and every
/// context that shares it (a handler's wrapper of the turn context) sees them.
/// Bot Builder's own keys (and anything Bot Builder reads) stay in <c>TurnState</c>.
/// </summary>
public sealed class TurnItems
{
    // Keyed by the turn's state collection, not the context: Bot Builder hands typed handlers a wrapper
    // (DelegatingTurnContext) that shares its inner context's TurnState but is another object.
    private static readonly ConditionalWeakTable<TurnContextStateCollection, TurnItems> Items = new();
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>The items of <paramref name="context"/>'s turn, created empty on first use.</summary>
    public static TurnItems Of(ITurnContext context) => Items.GetOrCreateValue(context.TurnState);

    /// <summary>The item under <paramref name="key"/> in <paramref name="context"/>'s turn, or null (nothing set, or another type).</summary>
    public static T? Find<T>(ITurnContext context, string key)
        where T : class =>
        Items.TryGetValue(context.TurnState, out var items) ? items.Get<T>(key) : null;

    public T? Get<T>(string key)
        where T : class
    {
        lock (_values)
        {
            return _values.TryGetValue(key, out var value) ? value as T : null;
        }
    }

    public void Set(string key, object? value)
    {
        lock (_values)
        {
            _values[key] = value;
        }
    }
}
