using System.Buffers;
using System.Text;

namespace ReportBot.Dialogs.Recognition;

/// <summary>
/// Words in quotation marks are someone else's (or an example), not a command: they are left out of command matching.
/// A message that is nothing but one quotation (a survivor copying a command from the help text) is read as written.
/// </summary>
public static class Quotation
{
    private static readonly (char Open, char Close)[] Pairs =
    [
        ('"', '"'), ('\u201C', '\u201D'), ('\u2018', '\u2019'), ('\u300C', '\u300D'), ('\u300E', '\u300F'), ('\u00AB', '\u00BB'), ('\uFF02', '\uFF02'),
    ];

    private static readonly SearchValues<char> Openers = SearchValues.Create("\"\u201C\u2018\u300C\u300E\u00AB\uFF02");

    /// <summary>The message without quoted parts; <paramref name="quoted"/> tells whether anything was left out.</summary>
    public static string Outside(string text, out bool quoted)
    {
        quoted = false;
        var trimmed = text.Trim();
        foreach (var (open, close) in Pairs)
        {
            if (trimmed.Length > 2 && trimmed[0] == open && trimmed[^1] == close && trimmed.IndexOf(close, 1) == trimmed.Length - 1)
            {
                return trimmed[1..^1];
            }
        }

        if (!trimmed.AsSpan().ContainsAny(Openers))
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed.Length);
        var i = 0;
        while (i < trimmed.Length)
        {
            var pair = Array.FindIndex(Pairs, p => p.Open == trimmed[i]);
            var end = pair >= 0 ? trimmed.IndexOf(Pairs[pair].Close, i + 1) : -1;
            if (end > i + 1)
            {
                quoted = true;
                builder.Append(' ');
                i = end + 1;
                continue;
            }

            builder.Append(trimmed[i]);
            i++;
        }

        return builder.ToString();
    }
}
