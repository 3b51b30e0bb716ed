namespace ReportBot.Dialogs.Reports;

/// <summary>Deletes a saved case from storage.</summary>
public sealed class CaseDataEraser(CaseStore cases) : IDataEraser
{
    public async Task<ErasureResult> EraseAsync(ErasureRequest request, CancellationToken ct)
    {
        if (request.CaseKey is null || await cases.FindByKeyAsync(request.CaseKey, ct).ConfigureAwait(false) is null)
        {
            return ErasureResult.Nothing;
        }

        await cases.DeleteAsync(request.CaseKey, ct).ConfigureAwait(false);
        return ErasureResult.Of(ErasedItem.Case);
    }
}
