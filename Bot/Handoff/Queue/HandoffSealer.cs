using System.Security.Cryptography;
using System.Text;
using ReportBot.Bot.Handoff.Relay;
using ReportBot.Bot.Privacy;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Dialogs.Reports;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Bot.Handoff.Queue;

/// <summary>
/// What every message between a survivor and a counsellor passes before it is stored or shown: the transcripts'
/// redaction (case codes, contact details, identity and account numbers), then sealing with the data key of the
/// record's scope (the case for a thread, the conversation for a live handoff), so shredding that key on "delete my
/// data" or at the end of retention makes every copy unreadable. Records without a scope use the handoff key.
/// </summary>
public sealed class HandoffSealer(HandoffProtector protector, DataKeyStore dataKeys, Redactor redactor, ITextCatalog texts)
{
    public string Redact(string text, Language language) =>
        redactor.Redact(CaseCode.Redact(text, texts.Get(RedactionText.CaseCode, language)), language);

    /// <summary>Whether redaction would hide a phone number or an e-mail address in the text.</summary>
    public bool HoldsContactDetails(string text, Language language)
    {
        var redacted = redactor.Redact(text, language);
        return HidesMarker(text, redacted, texts.Get(RedactionText.Phone, language)) || HidesMarker(text, redacted, texts.Get(RedactionText.Email, language));
    }

    /// <summary>Whether the scope still has its data key (false once the case or conversation was erased or expired).</summary>
    public async Task<bool> IsAliveAsync(string? scope, CancellationToken cancellationToken) =>
        scope is null || await dataKeys.FindAsync(scope, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>
    /// Seals a message of handoff <paramref name="id"/>; null when the scope's key is gone. A thread's key must exist
    /// already (its case was stored); a live handoff's conversation key is made when missing.
    /// </summary>
    public async Task<string?> SealAsync(string id, string? scope, bool keyMustExist, string text, CancellationToken cancellationToken)
    {
        if (scope is null)
        {
            return protector.Protect(text, HandoffPurposes.Message(id));
        }

        var key = keyMustExist
            ? await dataKeys.FindAsync(scope, cancellationToken).ConfigureAwait(false)
            : await dataKeys.GetOrCreateAsync(scope, cancellationToken).ConfigureAwait(false);
        return key is null ? null : Convert.ToBase64String(Envelope.Seal(key, Encoding.UTF8.GetBytes(text), HandoffPurposes.ScopedMessage(id)));
    }

    /// <summary>The text of a sealed message, or null when its key is gone (or the ciphertext is not this handoff's).</summary>
    public async Task<string?> OpenAsync(HandoffRecord record, string sealedText, CancellationToken cancellationToken)
    {
        try
        {
            if (record.KeyScope is null)
            {
                return protector.Unprotect(sealedText, HandoffPurposes.Message(record.Id));
            }

            var key = await dataKeys.FindAsync(record.KeyScope, cancellationToken).ConfigureAwait(false);
            return key is null ? null : Encoding.UTF8.GetString(Envelope.Open(key, Convert.FromBase64String(sealedText), HandoffPurposes.ScopedMessage(record.Id)));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The messages after <paramref name="after"/> as a counsellor sees them (as typed where the survivor agreed).</summary>
    public async Task<IReadOnlyList<RelayedMessage>> RevealAsync(HandoffRecord record, long after, CancellationToken cancellationToken)
    {
        var result = new List<RelayedMessage>();
        foreach (var message in record.Messages.Where(m => m.Seq > after))
        {
            var text = message.ProtectedAsTyped is { } asTyped
                ? await OpenAsync(record, asTyped, cancellationToken).ConfigureAwait(false)
                : null;
            text ??= await OpenAsync(record, message.ProtectedText, cancellationToken).ConfigureAwait(false);
            if (text is not null)
            {
                result.Add(new RelayedMessage(message.Seq, message.From, text, message.At, message.Crisis));
            }
        }

        return result;
    }

    private static bool HidesMarker(string original, string redacted, string marker) =>
        CountOf(redacted, marker) > CountOf(original, marker);

    private static int CountOf(string text, string marker)
    {
        var count = 0;
        for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
