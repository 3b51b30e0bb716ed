namespace ReportBot.Resources.Legal;

/// <summary>
/// The outcome of reading the content folder. <see cref="Content"/> is null when anything is wrong: half-valid legal
/// content is never served, and <see cref="Problems"/> says what to fix.
/// </summary>
public sealed record LegalContentLoadResult(string Directory, LegalContent? Content, IReadOnlyList<string> Problems)
{
    public bool Loaded => Content is not null;
}
