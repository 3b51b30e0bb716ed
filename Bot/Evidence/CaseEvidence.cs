using System.Text.RegularExpressions;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Dialogs.Reports;

namespace ReportBot.Bot.Evidence;

/// <summary>
/// Adds to a case's evidence log. The log is part of the saved case (encrypted with its key, erased with it); writes
/// are guarded by the case's ETag and retried when another turn or instance changed the case meanwhile.
/// </summary>
public sealed partial class CaseEvidence(CaseStore cases, TimeProvider clock)
{
    public const int MaxFilesPerRequest = 20;
    public const int MaxUrlChars = 2000;
    public const int MaxTextChars = 200;
    private const int Attempts = 3;

    public enum Outcome
    {
        Added,
        Invalid,
        Full,
        NoCase,
    }

    public static bool IsValid(EvidenceFileInput file) =>
        file.Sha256 is { } hash && Sha256().IsMatch(hash) && file.Size is >= 0 and <= 1L << 40
        && (file.Type?.Length ?? 0) <= 100 && (file.Label?.Length ?? 0) <= MaxTextChars && (file.MadeOn?.Length ?? 0) <= MaxTextChars;

    /// <summary>An absolute http(s) address, as given, or null.</summary>
    public static string? CleanUrl(string? url)
    {
        var trimmed = url?.Trim();
        return trimmed is { Length: > 0 and <= MaxUrlChars } && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            ? trimmed
            : null;
    }

    public Task<Outcome> AddFilesAsync(string caseKey, IReadOnlyList<EvidenceFileInput> files, CancellationToken cancellationToken)
    {
        if (files.Count is 0 or > MaxFilesPerRequest || !files.All(IsValid))
        {
            return Task.FromResult(Outcome.Invalid);
        }

        return UpdateAsync(caseKey, (log, now) =>
        {
            if (log.Files.Count + files.Count > EvidenceLog.MaxFiles)
            {
                return false;
            }

            log.Files.AddRange(files.Select(f => new EvidenceFile
            {
                Sha256 = f.Sha256!.ToLowerInvariant(),
                Size = f.Size,
                MediaType = Blank(f.Type),
                Label = Blank(f.Label),
                ClaimedMadeOn = Blank(f.MadeOn),
                RecordedAt = now,
            }));
            return true;
        }, cancellationToken);
    }

    public Task<Outcome> AddUrlAsync(string caseKey, string? url, CancellationToken cancellationToken)
    {
        if (CleanUrl(url) is not { } clean)
        {
            return Task.FromResult(Outcome.Invalid);
        }

        return UpdateAsync(caseKey, (log, now) =>
        {
            if (log.Urls.Count >= EvidenceLog.MaxUrls)
            {
                return false;
            }

            log.Urls.Add(new PostedUrl { Url = clean, RecordedAt = now });
            return true;
        }, cancellationToken);
    }

    private async Task<Outcome> UpdateAsync(string caseKey, Func<EvidenceLog, DateTimeOffset, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await cases.FindByKeyAsync(caseKey, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return Outcome.NoCase;
            }

            stored.Evidence ??= new EvidenceLog();
            if (!change(stored.Evidence, clock.GetUtcNow()))
            {
                return Outcome.Full;
            }

            try
            {
                await cases.UpdateAsync(caseKey, stored, cancellationToken).ConfigureAwait(false);
                return Outcome.Added;
            }
            catch (StorageConflictException) when (attempt < Attempts)
            {
                // Changed meanwhile (an addition in chat, another tab): read it again and add to the newer version.
            }
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256();
}
