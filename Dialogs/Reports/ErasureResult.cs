namespace ReportBot.Dialogs.Reports;

/// <summary>What one eraser removed. Empty when it had nothing to erase.</summary>
public sealed record ErasureResult(IReadOnlySet<ErasedItem> Erased)
{
    public static readonly ErasureResult Nothing = new(new HashSet<ErasedItem>());

    public static ErasureResult Of(params ErasedItem[] items) => new(items.ToHashSet());

    /// <summary>Everything erased by either result.</summary>
    public ErasureResult Union(ErasureResult other) => new(Erased.Union(other.Erased).ToHashSet());
}
