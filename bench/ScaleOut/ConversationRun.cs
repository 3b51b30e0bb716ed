using System.Diagnostics;

namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>
/// Drives many conversations at once, each through the given instances in turn (A, B, A, B...; conversation c
/// starts on instance c mod n), races sent to two instances at the same moment. Records every outcome.
/// </summary>
internal sealed class ConversationRun
{
    private ConversationRun(string prefix, ConversationPlan plan, IReadOnlyList<IReadOnlyList<StepOutcome>> conversations, double seconds)
    {
        Prefix = prefix;
        Plan = plan;
        Conversations = conversations;
        Seconds = seconds;
    }

    public string Prefix { get; }

    public ConversationPlan Plan { get; }

    /// <summary>Per conversation, per plan step, what each instance answered.</summary>
    public IReadOnlyList<IReadOnlyList<StepOutcome>> Conversations { get; }

    public double Seconds { get; }

    public IEnumerable<TurnOutcome> AllTurns => Conversations.SelectMany(c => c).SelectMany(s => s.Turns);

    public string ConversationId(int index) => $"{Prefix}-{index:D3}";

    public static async Task<ConversationRun> RunAsync(string prefix, IReadOnlyList<BotClient> clients, int conversations, ConversationPlan plan)
    {
        var results = new IReadOnlyList<StepOutcome>[conversations];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async c =>
        {
            var id = $"{prefix}-{c:D3}";
            var steps = new List<StepOutcome>(plan.Steps.Count);
            for (var k = 0; k < plan.Steps.Count; k++)
            {
                var step = plan.Steps[k];
                var first = clients[(c + k) % clients.Count];
                if (step.Race)
                {
                    // Two tabs: the same message to both instances at the same moment (both to A with one instance).
                    var second = clients[(c + k + 1) % clients.Count];
                    var turns = await Task.WhenAll(first.SendAsync(id, step.Text), second.SendAsync(id, step.Text));
                    steps.Add(new StepOutcome(step, turns));
                }
                else
                {
                    steps.Add(new StepOutcome(step, [await first.SendAsync(id, step.Text)]));
                }
            }

            results[c] = steps;
        }));
        return new ConversationRun(prefix, plan, results, clock.Elapsed.TotalSeconds);
    }
}
