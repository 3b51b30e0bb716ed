namespace ReportBot.Dialogs.Reports;

/// <summary>
/// Erases one kind of data a survivor asked to delete. Every registered eraser runs for each request and the
/// survivor is told the union of what they removed. An eraser that finds nothing returns <see cref="ErasureResult.Nothing"/>.
/// </summary>
public interface IDataEraser
{
    Task<ErasureResult> EraseAsync(ErasureRequest request, CancellationToken ct);
}
