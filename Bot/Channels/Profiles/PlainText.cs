using System.Text.RegularExpressions;

namespace ReportBot.Bot.Channels.Profiles;

/// <summary>Removes Markdown a channel would show as typed: emphasis markers, headings, link syntax (the address is kept).</summary>
public static partial class PlainText
{
    public static string FromMarkdown(string text)
    {
        var result = Link().Replace(text, "$1 ($2)");
        result = Emphasis().Replace(result, "$2");
        return Heading().Replace(result, string.Empty);
    }

    [GeneratedRegex(@"\[([^\]\n]+)\]\((https?://[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^#{1,6}[ \t]+", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
