using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ReportBot.Bot.Records;

/// <summary>
/// Keeps one-time record links out of anything that stores or shows the bot's messages (transcripts, the counsellor
/// console): while it is valid, such a link is the record itself, and only the survivor may open it.
/// </summary>
public static class OneTimeLinkRedaction
{
    public const string Placeholder = "[one-time link]";

    /// <summary>The attachments with every one-time link replaced; the same list when there is none.</summary>
    public static IList<Attachment>? Redact(IList<Attachment>? attachments)
    {
        if (attachments is null || !attachments.Any(Carries))
        {
            return attachments;
        }

        return attachments.Select(a => Carries(a) ? new Attachment(a.ContentType, content: Scrub(JToken.FromObject(a.Content))) : a).ToList();
    }

    private static bool Carries(Attachment attachment) =>
        attachment.Content is not null && JToken.FromObject(attachment.Content).ToString(Newtonsoft.Json.Formatting.None).Contains(RecordLinks.DownloadPath, StringComparison.Ordinal);

    private static JToken Scrub(JToken token)
    {
        foreach (var value in token.SelectTokens("$..*").OfType<JValue>().Where(v => v.Type == JTokenType.String && ((string)v!).Contains(RecordLinks.DownloadPath, StringComparison.Ordinal)).ToList())
        {
            value.Value = Placeholder;
        }

        return token;
    }
}
