using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Privacy;

/// <summary>
/// Makes the copy of an activity that goes into a transcript: the conversation id becomes the case id, names and
/// channel-specific payloads (which carry usernames, phone numbers and raw ids on some channels) are dropped, the
/// survivor's text is redacted, and what the survivor attached is reduced to its type. Case codes are removed from
/// every line, always: a code is the key to a case. The live activity is not touched.
/// </summary>
public sealed class TranscriptActivitySanitizer(Redactor redactor, ITextCatalog texts)
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    public string ToTranscriptJson(Activity activity, string caseId, Language language, bool redact, bool fromSurvivor)
    {
        var copy = JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity, Settings), Settings)!;
        copy.Conversation = new ConversationAccount(id: caseId);
        copy.From = copy.From is null ? null : new ChannelAccount(copy.From.Id, role: copy.From.Role);
        copy.Recipient = copy.Recipient is null ? null : new ChannelAccount(copy.Recipient.Id, role: copy.Recipient.Role);
        copy.ChannelData = null;
        copy.ServiceUrl = null;
        copy.Entities = null;
        copy.Properties = new Newtonsoft.Json.Linq.JObject();
        copy.CallerId = null;
        copy.LocalTimezone = null;
        copy.LocalTimestamp = null;
        copy.RelatesTo = null;
        copy.Conversation.Name = null;

        string Clean(string? text)
        {
            // Whatever the survivor chose to share with a counsellor, a case code is never kept in clear.
            var withoutCodes = CaseCode.Redact(text ?? string.Empty, texts.Get(RedactionText.CaseCode, language));
            return redact ? redactor.Redact(withoutCodes, language) : withoutCodes;
        }
        if (copy.Text is not null)
        {
            copy.Text = Clean(copy.Text);
        }

        if (copy.Speak is not null)
        {
            copy.Speak = Clean(copy.Speak);
        }

        if (copy.Summary is not null)
        {
            copy.Summary = Clean(copy.Summary);
        }

        if (fromSurvivor)
        {
            // What a survivor sends as a card value, file link or channel payload is theirs and unpredictable: keep only its shape.
            copy.Value = copy.Value is string s ? Clean(s) : null;
            copy.Attachments = copy.Attachments?.Select(a => new Attachment(a.ContentType)).ToList();
        }

        return JsonConvert.SerializeObject(copy, Settings);
    }
}
