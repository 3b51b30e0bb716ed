using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using ReportBot.Bot.Storage.Objects;
using ReportBot.Bot.Storage.Transcripts;

namespace ReportBot.Bot.Storage.Erasure;

/// <summary>
/// Cases erased by this process, and when. Transcript lines of an erased case from turns that began before the
/// erasure (the "delete my data" turn included) are dropped instead of being written back after the shredding.
/// Each marker is also kept on disk (<c>{LocalPath}/outbox/erasures</c>, only the case digest, the time and an outbox
/// position) until the drainer has passed the end the outbox had at the erasure, so a restart before the drainer
/// ran cannot upload erased lines again under a new key; then it is removed.
/// </summary>
public sealed class ErasureLog
{
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(1);
    private readonly TimeProvider _clock;
    private readonly string _file;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _erased = new(StringComparer.Ordinal);
    private readonly List<(string CaseId, DateTimeOffset At, OutboxPosition Until)> _persisted = [];
    private readonly KeyedLocks _cases = new();

    public ErasureLog(TimeProvider clock, IOptions<StorageOptions> options)
    {
        _clock = clock;
        var folder = Path.Combine(Path.GetFullPath(options.Value.LocalPath), "outbox");
        Directory.CreateDirectory(folder);
        _file = Path.Combine(folder, "erasures");
        if (File.Exists(_file))
        {
            foreach (var line in File.ReadAllLines(_file))
            {
                if (line.Split(' ') is [var caseId, var ticks, var segment, var offset]
                    && long.TryParse(ticks, CultureInfo.InvariantCulture, out var t)
                    && long.TryParse(segment, CultureInfo.InvariantCulture, out var s)
                    && long.TryParse(offset, CultureInfo.InvariantCulture, out var o))
                {
                    var at = new DateTimeOffset(t, TimeSpan.Zero);
                    _persisted.Add((caseId, at, new OutboxPosition(s, o)));
                    _erased[caseId] = at;
                }
            }
        }
    }

    /// <summary>Records the erasure of <paramref name="caseId"/>; <paramref name="outboxEnd"/> is where the outbox ended then.</summary>
    /// <returns>The moment of the erasure: lines of turns that began by then are the erased conversation's.</returns>
    public DateTimeOffset Record(string caseId, OutboxPosition outboxEnd)
    {
        var now = _clock.GetUtcNow();
        _erased[caseId] = now;
        foreach (var (id, at) in _erased)
        {
            if (now - at > Horizon && !IsPersisted(id))
            {
                _erased.TryRemove(id, out _);
            }
        }

        lock (_persisted)
        {
            _persisted.Add((caseId, now, outboxEnd));
            Save();
        }

        return now;
    }

    /// <summary>The drainer has stored (or dropped) everything before <paramref name="drained"/>: markers behind it may go.</summary>
    public void Passed(OutboxPosition drained)
    {
        lock (_persisted)
        {
            if (_persisted.RemoveAll(m => m.Until <= drained) > 0)
            {
                Save();
            }
        }
    }

    /// <summary>
    /// Held by an erasure of the case and by the drainer while it appends the case's lines, so the two never
    /// interleave: lines appended before the erasure are erased with the rest, lines after it are not appended.
    /// </summary>
    public Task<IDisposable> EnterCaseAsync(string caseId, CancellationToken cancellationToken) => _cases.EnterAsync(caseId, cancellationToken);

    /// <summary>True when this process erased anything recently (a cheap check before computing a case id).</summary>
    public bool IsEmpty => _erased.IsEmpty;

    public bool Suppresses(string caseId, DateTimeOffset turnStarted) =>
        _erased.TryGetValue(caseId, out var erasedAt) && turnStarted <= erasedAt;

    private bool IsPersisted(string caseId)
    {
        lock (_persisted)
        {
            return _persisted.Exists(m => m.CaseId == caseId);
        }
    }

    private void Save()
    {
        if (_persisted.Count == 0)
        {
            File.Delete(_file);
            return;
        }

        var temporary = _file + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            foreach (var (caseId, at, until) in _persisted)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{caseId} {at.UtcTicks} {until.Segment} {until.Offset}"));
            }

            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, _file, overwrite: true);
    }
}
