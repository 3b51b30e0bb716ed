using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using ReportBot.Bot.Adapters;
using ReportBot.Bot.Storage.Encryption;
using ReportBot.Bot.Storage.Objects;

namespace ReportBot.Bot.Channels.Redelivery;

/// <summary>
/// Seals the replies a redelivery may need under a key shared by every conversation for one <see cref="Period"/>
/// (<c>keys/redelivery-{period}</c>, wrapped by the key-encryption key like a case's data key). A channel retries
/// within seconds to a minute; once the period after the one the replies were kept in has ended, they are no longer
/// served and <see cref="ShredExpiredAsync"/> deletes the period's key. The replies (which may hold a case code) then
/// become noise wherever a copy of the conversation state is, without rewriting any state: a conversation that goes
/// quiet right after its code was shown does not keep the code readable until its next turn.
/// </summary>
public sealed class RedeliveryReplyKeys(DataKeyStore keys, IObjectStore store, TimeProvider clock)
{
    /// <summary>Replies are served for the rest of the period they were kept in and the whole next one: 5 to 10 minutes.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    private const string ScopePrefix = "redelivery-";

    // The current period's key, held for the whole period: sealing is on the turn's path, and this key is never shredded
    // while it is current, so a turn seals without a storage request (one create-or-read per instance per period).
    private PeriodKey? _current;

    public long CurrentPeriod => clock.GetUtcNow().UtcTicks / Period.Ticks;

    /// <summary>The scope of a period's key (its object is <c>keys/{scope}</c>).</summary>
    public static string ScopeOf(long period) => ScopePrefix + period.ToString(CultureInfo.InvariantCulture);

    /// <summary>Seals <paramref name="replies"/> for the activity remembered as <paramref name="turnKey"/>; null when there are none.</summary>
    public async Task<KeptReplies?> SealAsync(IReadOnlyList<Activity> replies, string turnKey, CancellationToken cancellationToken)
    {
        if (replies.Count == 0)
        {
            return null;
        }

        var period = CurrentPeriod;
        var current = Volatile.Read(ref _current);
        if (current is null || current.Period != period)
        {
            current = new PeriodKey(period, await keys.CreateOrGetAsync(ScopeOf(period), cancellationToken).ConfigureAwait(false));
            Volatile.Write(ref _current, current);
        }

        var key = current.Key;
        var json = Encoding.UTF8.GetBytes(ContractJsonWriter.OmittingNulls.ToJson(replies));
        return new KeptReplies(period, Envelope.Seal(key, json, AssociatedData(turnKey)));
    }

    /// <summary>The kept replies, or null when their window has passed, their key is shredded or they do not open.</summary>
    public async Task<IReadOnlyList<Activity>?> OpenAsync(KeptReplies kept, string turnKey, CancellationToken cancellationToken)
    {
        if (kept.Period < CurrentPeriod - 1 || await keys.FindAsync(ScopeOf(kept.Period), cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return null;
        }

        try
        {
            var json = Envelope.Open(key, kept.Sealed, AssociatedData(turnKey));
            return JsonConvert.DeserializeObject<List<Activity>>(Encoding.UTF8.GetString(json));
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Shreds the keys of periods whose replies are no longer served; returns how many went.</summary>
    public async Task<int> ShredExpiredAsync(CancellationToken cancellationToken)
    {
        var expired = new List<string>();
        await foreach (var item in store.ListAsync(ObjectNames.KeysPrefix + ScopePrefix, cancellationToken).ConfigureAwait(false))
        {
            if (ObjectNames.ScopeOf(item.Name) is { } scope
                && long.TryParse(scope.AsSpan(ScopePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var period)
                && period < CurrentPeriod - 1)
            {
                expired.Add(scope);
            }
        }

        foreach (var scope in expired)
        {
            await keys.ShredAsync(scope, cancellationToken).ConfigureAwait(false);
        }

        return expired.Count;
    }

    // Binds the sealed replies to the conversation's activity: they cannot be moved to another conversation's state.
    private static string AssociatedData(string turnKey) => "redelivery/" + turnKey;

    private sealed record PeriodKey(long Period, byte[] Key);
}
