using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using ReportBot.Bot.Adapters;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Privacy;

/// <summary>
/// Makes the copy of an activity that goes into a transcript: the conversation id becomes the case id, names and
/// channel-specific payloads (which carry usernames, phone numbers and raw ids on some channels) are not copied, the
/// survivor's text is redacted, and what the survivor attached is reduced to its type. Case codes are removed from
/// every line, always: a code is the key to a case. The live activity is not touched.
/// </summary>
public sealed class TranscriptActivitySanitizer(Redactor redactor, ITextCatalog texts)
{
    // Texts (by a 128-bit hash, never the text) that neither the case-code search nor the redactor changed: most lines
    // are the bot's own prompts and legal chunks again and again, and searching them again gives the same answer.
    // Short lines (most of the survivor's) are cheap to search and are not remembered.
    private const int MinimumCachedLength = 40;
    private const int MaxCachedTexts = 4096;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<UInt128, bool> _clean = new();

    public string ToTranscriptJson(Activity activity, string caseId, Language language, bool redact, bool fromSurvivor)
    {
        string? Clean(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var hash = text.Length >= MinimumCachedLength ? System.IO.Hashing.XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan())) : default;
            if (hash != default && _clean.ContainsKey(hash))
            {
                return text;
            }

            // Whatever the survivor chose to share with a counsellor, a case code is never kept in clear.
            var withoutCodes = CaseCode.Redact(text, texts.Get(RedactionText.CaseCode, language));
            if (!redact)
            {
                return withoutCodes;
            }

            var cleaned = redactor.Redact(withoutCodes, language);
            if (hash != default && ReferenceEquals(cleaned, text))
            {
                if (_clean.Count >= MaxCachedTexts)
                {
                    _clean.Clear();
                }

                _clean.TryAdd(hash, true);
            }

            return cleaned;
        }

        // An allow-list: only what a transcript needs is copied, so a field a channel adds later cannot slip in.
        // Nothing here is changed in place; the live activity is serialised as it is shared, then dropped.
        var copy = new Activity
        {
            Type = activity.Type,
            Id = activity.Id,
            Timestamp = activity.Timestamp,
            ChannelId = activity.ChannelId,
            Locale = activity.Locale,
            ReplyToId = activity.ReplyToId,
            Name = activity.Name,
            InputHint = activity.InputHint,
            TextFormat = activity.TextFormat,
            AttachmentLayout = activity.AttachmentLayout,
            Conversation = new ConversationAccount(id: caseId),
            From = activity.From is null ? null : new ChannelAccount(activity.From.Id, role: activity.From.Role),
            Recipient = activity.Recipient is null ? null : new ChannelAccount(activity.Recipient.Id, role: activity.Recipient.Role),
            MembersAdded = activity.MembersAdded?.Select(m => new ChannelAccount(m.Id, role: m.Role)).ToList(),
            MembersRemoved = activity.MembersRemoved?.Select(m => new ChannelAccount(m.Id, role: m.Role)).ToList(),
            Text = Clean(activity.Text),
            Speak = Clean(activity.Speak),
            Summary = Clean(activity.Summary),
            SuggestedActions = activity.SuggestedActions,
            Properties = null,
        };

        if (fromSurvivor)
        {
            // What a survivor sends as a card value, file link or channel payload is theirs and unpredictable: keep only its shape.
            copy.Value = activity.Value is string value ? Clean(value) : null;
            copy.Attachments = activity.Attachments?.Select(a => new Attachment(a.ContentType)).ToList();
        }
        else
        {
            copy.Value = activity.Value;
            copy.Attachments = Records.OneTimeLinkRedaction.Redact(activity.Attachments);
        }

        return ContractJsonWriter.OmittingNulls.ToJson(copy);
    }
}
