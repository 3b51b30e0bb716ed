using Microsoft.Bot.Schema;
using ReportBot.Resources;
using ReportBot.Resources.Text;

namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>
/// Checks a run against the product's promises: every turn answered normally (no lost turn); every conversation
/// answered exactly as one instance answers the same messages one after another (one consistent state: the
/// language holds across instances and each page turn moves the position once); every survivor message stored
/// in the transcript once and in order, with every reply beside it (no lost or doubled message).
/// </summary>
internal sealed class RunVerifier(TranscriptReaderHost reader)
{
    public const string ChannelId = "scaleout";

    private readonly HashSet<string> _failureTexts =
    [
        .. Enum.GetValues<Language>().SelectMany(l => new[]
        {
            reader.Texts.Get(CommonText.Error, l),
            reader.Texts.Get(CommonText.ErrorBilingual, l),
            reader.Texts.Get(RedactionText.StorageUnavailable, l),
        }),
    ];

    /// <summary>The same plan sent to one instance, one message at a time: what a consistent state answers.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ReferenceAsync(BotClient client, ConversationPlan plan)
    {
        var expected = new List<IReadOnlyList<string>>();
        var id = "reference-" + Guid.NewGuid().ToString("N")[..8];
        foreach (var step in plan.Steps)
        {
            var answers = new List<string>();
            for (var i = 0; i < (step.Race ? 2 : 1); i++)
            {
                answers.Add(Signature(await client.SendAsync(id, step.Text)));
            }

            expected.Add(answers);
        }

        return expected;
    }

    public async Task<RunVerdict> VerifyAsync(ConversationRun run, IReadOnlyList<IReadOnlyList<string>> reference, TimeSpan drainWait)
    {
        var lostTurns = run.AllTurns.Count(IsLost);
        var inconsistent = run.Conversations.Count(c => !MatchesReference(c, reference));
        int lost = 0, duplicated = 0, outOfOrder = 0, replyMismatch = 0;
        for (var c = 0; c < run.Conversations.Count; c++)
        {
            var steps = run.Conversations[c];
            var sentIds = steps.SelectMany(s => s.Turns).Select(t => t.ActivityId).ToHashSet();
            var repliesReceived = steps.SelectMany(s => s.Turns).Sum(t => t.Replies.Count);
            var stored = await ReadUntilCompleteAsync(run.ConversationId(c), sentIds.Count + repliesReceived, drainWait);
            var survivorLines = stored.Where(a => a.Id is not null && sentIds.Contains(a.Id)).Select(a => a.Id!).ToList();
            lost += sentIds.Count(id => !survivorLines.Contains(id));
            duplicated += survivorLines.Count - survivorLines.Distinct().Count();
            outOfOrder += InOrder(steps, survivorLines) ? 0 : 1;
            replyMismatch += stored.Count - survivorLines.Count == repliesReceived ? 0 : 1;
        }

        return new RunVerdict(run.AllTurns.Count(), lostTurns, inconsistent, lost, duplicated, outOfOrder, replyMismatch);
    }

    private bool IsLost(TurnOutcome turn) =>
        turn.Status != 200 || turn.Replies.Count == 0 || turn.ReplyTexts.Any(_failureTexts.Contains);

    private static bool MatchesReference(IReadOnlyList<StepOutcome> steps, IReadOnlyList<IReadOnlyList<string>> reference)
    {
        for (var k = 0; k < steps.Count; k++)
        {
            // A race's two answers may come in either order, but together they must be the two consecutive answers.
            var got = steps[k].Turns.Select(Signature).Order(StringComparer.Ordinal);
            if (!got.SequenceEqual(reference[k].Order(StringComparer.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool InOrder(IReadOnlyList<StepOutcome> steps, List<string> storedIds)
    {
        var position = 0;
        foreach (var step in steps)
        {
            var ids = step.Turns.Select(t => t.ActivityId).ToHashSet();
            var slice = storedIds.Skip(position).Take(ids.Count).ToHashSet();
            if (!slice.SetEquals(ids))
            {
                return false;
            }

            position += ids.Count;
        }

        return position == storedIds.Count;
    }

    private async Task<IReadOnlyList<Activity>> ReadUntilCompleteAsync(string conversationId, int expectedLines, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            var stored = await reader.ReadAsync(ChannelId, conversationId, CancellationToken.None);
            if (stored.Count >= expectedLines || DateTime.UtcNow > deadline)
            {
                return stored;
            }

            await Task.Delay(250);
        }
    }

    private static string Signature(TurnOutcome turn) => string.Join("\n", turn.ReplyTexts);
}
