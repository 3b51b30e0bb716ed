using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ReportBot.Dialogs.Reports;

/// <summary>
/// Saves, finds and deletes cases in the bot's <see cref="IStorage"/> under keys derived from their codes
/// (<see cref="CaseCodeHasher"/>). Only the survivor holds the code.
/// </summary>
public sealed class CaseStore
{
    private const string CreatedThisTurn = "ReportBot.Cases.CreatedThisTurn";

    private readonly IStorage _storage;
    private readonly CaseCodeHasher _hasher;
    private readonly CaseCodeHashGate _gate;
    private readonly TimeProvider _clock;

    public CaseStore(IStorage storage, CaseCodeHasher hasher, CaseCodeHashGate gate, TimeProvider clock)
    {
        _storage = storage;
        _hasher = hasher;
        _gate = gate;
        _clock = clock;
    }

    /// <summary>Saves a new case and returns its code (canonical) and storage key. The code is not kept anywhere.</summary>
    public async Task<(string Code, string Key)> CreateAsync(IncidentReport report, string language, CancellationToken cancellationToken, Dictionary<string, RecordedPart>? parts = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var code = CaseCode.Generate();
            var key = await _gate.RunAsync(() => _hasher.StorageKey(code), mayRefuse: false, cancellationToken).ConfigureAwait(false);

            // 50 random bits make a clash all but impossible; checking costs one read and rules it out, so an
            // existing case is never overwritten.
            if (await FindByKeyAsync(key, cancellationToken).ConfigureAwait(false) is not null)
            {
                if (attempt >= 3)
                {
                    throw new InvalidOperationException("Could not find an unused case code; the random source looks broken.");
                }

                continue;
            }

            var now = _clock.GetUtcNow();
            var stored = new StoredCase { Report = report, CreatedAt = now, UpdatedAt = now, Language = language, Parts = parts, ETag = "*" };
            await _storage.WriteAsync(new Dictionary<string, object> { [key] = stored }, cancellationToken).ConfigureAwait(false);
            return (code, key);
        }
    }

    /// <summary>
    /// Like <see cref="CreateAsync"/>, but once per turn and <paramref name="purpose"/>: when the turn is re-run
    /// (its state save lost an ETag race) the case made by the first run is written again with this run's report and
    /// its code returned, so a re-run never leaves a second case behind nor shows a second code. The code lives only
    /// in the turn's memory, never in storage.
    /// </summary>
    public async Task<(string Code, string Key)> CreateOnceAsync(ITurnContext turn, string purpose, IncidentReport report, string language, CancellationToken cancellationToken, Dictionary<string, RecordedPart>? parts = null)
    {
        var memo = turn.TurnState.Get<Dictionary<string, (string Code, string Key)>>(CreatedThisTurn);
        if (memo is null)
        {
            memo = [];
            turn.TurnState.Set(CreatedThisTurn, memo);
        }

        if (memo.TryGetValue(purpose, out var made) && await FindByKeyAsync(made.Key, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            stored.Report = report;
            stored.Language = language;
            stored.Parts = parts;
            await UpdateAsync(made.Key, stored, cancellationToken).ConfigureAwait(false);
            return made;
        }

        made = await CreateAsync(report, language, cancellationToken, parts).ConfigureAwait(false);
        memo[purpose] = made;
        return made;
    }

    /// <summary>
    /// The storage key a typed code leads to, or null when it is not a well-formed code. Hashes in the shared
    /// <see cref="CaseCodeHashGate"/>: throws <see cref="CaseCodeHashingBusyException"/> when it is full.
    /// </summary>
    public async Task<string?> KeyForAsync(string? typedCode, CancellationToken cancellationToken) =>
        CaseCode.Normalize(typedCode) is { } code
            ? await _gate.RunAsync(() => _hasher.StorageKey(code), mayRefuse: true, cancellationToken).ConfigureAwait(false)
            : null;


    public async Task<StoredCase?> FindByKeyAsync(string key, CancellationToken cancellationToken)
    {
        var items = await _storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        if (!items.TryGetValue(key, out var value))
        {
            return null;
        }

        // Stores that keep type names hand back a StoredCase; plain JSON stores hand back a JObject.
        return value switch
        {
            StoredCase stored => stored,
            JObject json => json.ToObject<StoredCase>(),
            _ => null,
        };
    }

    /// <summary>Writes a changed case back, guarded by the ETag it was read with.</summary>
    public async Task UpdateAsync(string key, StoredCase stored, CancellationToken cancellationToken)
    {
        stored.UpdatedAt = _clock.GetUtcNow();
        await _storage.WriteAsync(new Dictionary<string, object> { [key] = stored }, cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        _storage.DeleteAsync([key], cancellationToken);
}
