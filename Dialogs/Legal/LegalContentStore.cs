using ReportBot.Dialogs.Reports;
using ReportBot.Resources.Legal;

namespace ReportBot.Dialogs.Legal;

/// <summary>
/// The legal content of this run, read once from disk when first needed. An organisation edits the files and
/// restarts the bot; when the files have problems nothing is served, and the problems are logged and shown in /healthz.
/// </summary>
public sealed class LegalContentStore
{
    public LegalContentStore(LegalContentLoadResult result, LegalContentOptions options)
    {
        Result = result;
        Options = options;
    }

    /// <summary>The names every content set must map: the bot's incident types.</summary>
    public static IReadOnlyCollection<string> IncidentTypeNames { get; } = Enum.GetNames<IncidentType>();

    public LegalContentLoadResult Result { get; }

    public LegalContentOptions Options { get; }

    /// <summary>The content, or null when it could not be loaded cleanly.</summary>
    public LegalContent? Content => Result.Content;

    public static LegalContentStore Load(LegalContentOptions options) =>
        new(LegalContentLoader.Load(options.ResolveDirectory(), IncidentTypeNames), options);
}
