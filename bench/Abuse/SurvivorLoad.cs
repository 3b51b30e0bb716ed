using System.Collections.Concurrent;
using System.Net;

namespace ReportBot.Benchmarks.Abuse;

/// <summary>
/// Survivors chatting over Direct Line at one message a second each, from their own addresses: latency of every
/// turn (the post returns after the bot's turn), errors, and whether every accepted message is in the conversation.
/// </summary>
internal sealed class SurvivorLoad(HttpClient http, int survivors, int firstVisitor)
{
    private readonly ConcurrentBag<double> _latencies = [];
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private int _errors;
    private int _serverErrors;
    private int _lost;
    private int _sent;

    public async Task RunAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var tasks = Enumerable.Range(0, survivors).Select(i => OneAsync(new AbuseClient(http, AbuseServer.Visitor(firstVisitor + i)), i, duration, cancellationToken));
        await Task.WhenAll(tasks);
    }

    public LatencyStats Stats(double seconds) => LatencyStats.From([.. _latencies], _errors, seconds);

    public int ServerErrors => _serverErrors;

    /// <summary>What went wrong, by status (or "start" when a conversation could not be started).</summary>
    public string Failures => _failures.IsEmpty ? "none" : string.Join(", ", _failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}"));

    public int Lost => _lost;

    public int Sent => _sent;

    private async Task OneAsync(AbuseClient client, int index, TimeSpan duration, CancellationToken cancellationToken)
    {
        // Spread the starts over the first second, as people arrive.
        await Task.Delay(TimeSpan.FromMilliseconds(index * 1000.0 / survivors), cancellationToken);
        (string Token, string ConversationId)? started;
        try
        {
            started = await client.StartConversationAsync(cancellationToken);
        }
        catch (HttpRequestException)
        {
            started = null;
        }

        if (started is not { } conversation)
        {
            Interlocked.Increment(ref _errors);
            _failures.AddOrUpdate("start", 1, (_, c) => c + 1);
            return;
        }

        var accepted = new List<string>();
        var end = DateTime.UtcNow + duration;
        for (var turn = 0; DateTime.UtcNow < end; turn++)
        {
            var next = DateTime.UtcNow.AddSeconds(1);
            var id = $"s{index}-{turn}";
            var text = LoadRunner.Script[(index + turn) % LoadRunner.Script.Length];
            try
            {
                var (status, _, ms) = await client.PostMessageAsync(conversation.Token, conversation.ConversationId, text, id, cancellationToken);
                Interlocked.Increment(ref _sent);
                if (status == HttpStatusCode.OK)
                {
                    _latencies.Add(ms);
                    accepted.Add(id);
                }
                else if (status == HttpStatusCode.NotFound)
                {
                    // The script can reach "delete my data" (menu, then "1" for yes): the conversation ended at the
                    // survivor's request, as it should. They start a new one, as reloading the page does.
                    _failures.AddOrUpdate("404 after erasing (restarted)", 1, (_, c) => c + 1);
                    accepted.Clear();
                    if (await client.StartConversationAsync(cancellationToken) is { } fresh)
                    {
                        conversation = fresh;
                    }
                }
                else
                {
                    Interlocked.Increment(ref _errors);
                    _failures.AddOrUpdate(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), 1, (_, c) => c + 1);
                    if ((int)status >= 500)
                    {
                        Interlocked.Increment(ref _serverErrors);
                    }
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref _errors);
                _failures.AddOrUpdate("connection", 1, (_, c) => c + 1);
            }

            var wait = next - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
        }

        var echoed = await client.EchoedIdsAsync(conversation.Token, conversation.ConversationId, cancellationToken);
        Interlocked.Add(ref _lost, accepted.Count(id => !echoed.Contains(id)));
    }
}
