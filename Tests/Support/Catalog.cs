using ReportBot.Resources;

namespace ReportBot.Tests.Support;

/// <summary>
/// A string as the survivor sees it, read from the same Resources the bot uses: for assertions whose point is that a
/// message was shown ("the code was not found", "the menu came back"), so a copy edit does not break them. Where the
/// wording itself is the point (a citation, a rendering, the "당신" check), tests keep the literal text.
/// </summary>
public static class Catalog
{
    private static readonly TextCatalog Texts = new();

    public static string Ko(TextKey key, params (string Name, object? Value)[] args) => Texts.Get(key, Language.Korean, args);

    public static string En(TextKey key, params (string Name, object? Value)[] args) => Texts.Get(key, Language.English, args);

    /// <summary>In Korean or in English, as a theory's language flag says.</summary>
    public static string In(bool korean, TextKey key, params (string Name, object? Value)[] args) => korean ? Ko(key, args) : En(key, args);
}
