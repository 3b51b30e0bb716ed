using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Records;

/// <summary>
/// The records' part of "delete my data". Record content and the evidence log live inside the case (erased, and its
/// key shredded, by the storage and report erasers); what is left are one-time download links to the case, which
/// go here. Records already downloaded are the survivor's files, on their device.
/// </summary>
public sealed class RecordsDataEraser(RecordLinks links) : IDataEraser
{
    public async Task<ErasureResult> EraseAsync(ErasureRequest request, CancellationToken ct)
    {
        if (request.CaseKey is not null)
        {
            await links.RemoveAsync(request.CaseKey, ct).ConfigureAwait(false);
        }

        return ErasureResult.Nothing;
    }
}
