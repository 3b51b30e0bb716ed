namespace ReportBot.Resources.Legal;

/// <summary>The <c>LegalContent</c> settings: where the content files are, and when a review is overdue.</summary>
public sealed class LegalContentOptions
{
    public const string Section = "LegalContent";

    /// <summary>The folder name of the content beside the app, used when <see cref="Path"/> is empty.</summary>
    public const string DefaultFolder = "Legal";

    /// <summary>The folder holding topics.json, options.json, organisations.json and incidents.json. Empty: beside the app.</summary>
    public string? Path { get; set; }

    /// <summary>An entry last reviewed longer ago than this is reported as stale at start-up and in /healthz.</summary>
    public int MaxReviewAgeMonths { get; set; } = 12;

    /// <summary>The folder to read: <see cref="Path"/>, or the copy next to the app.</summary>
    public string ResolveDirectory() =>
        string.IsNullOrWhiteSpace(Path) ? System.IO.Path.Combine(AppContext.BaseDirectory, DefaultFolder) : System.IO.Path.GetFullPath(Path);
}
