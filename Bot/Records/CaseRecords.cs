using System.Text.Json.Nodes;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;

namespace ReportBot.Bot.Records;

/// <summary>Makes a survivor's signed record, as JSON or PDF, from their case's storage key.</summary>
public sealed class CaseRecords(CaseStore cases, CaseRecordBuilder builder, RecordSigner signer, ITextCatalog texts)
{
    public const string VerifyPath = "/verify";
    public const string KeysPath = "/.well-known/reportbot-record-keys.json";

    /// <summary>The signed record of the case, or null when there is no such case (any more).</summary>
    public async Task<JsonObject?> SignedAsync(string caseKey, CancellationToken cancellationToken)
    {
        var stored = await cases.FindByKeyAsync(caseKey, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : await signer.SignAsync(builder.Build(stored), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The PDF of a signed record; <paramref name="origin"/> (scheme and host) makes its links absolute.</summary>
    public byte[] Pdf(JsonObject signed, string origin) =>
        RecordPdf.Render(signed, texts, origin + VerifyPath, origin + KeysPath);

    /// <summary>A file name that says what it is without naming the survivor or the case.</summary>
    public static string FileName(JsonObject signed, string extension) =>
        "reportbot-record-" + (signed["signedAt"]?.GetValue<string>() ?? "record").Replace(":", string.Empty, StringComparison.Ordinal) + "." + extension;

    /// <summary>The case key a typed code leads to when that case exists; throws <see cref="CaseCodeHashingBusyException"/> when hashing is full.</summary>
    public async Task<string?> FindAsync(string? typedCode, CancellationToken cancellationToken)
    {
        var key = await cases.KeyForAsync(typedCode, cancellationToken).ConfigureAwait(false);
        return key is not null && await cases.FindByKeyAsync(key, cancellationToken).ConfigureAwait(false) is not null ? key : null;
    }
}
