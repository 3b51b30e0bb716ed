using Microsoft.Bot.Schema;

namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>One survivor message as sent to one instance, and what came back.</summary>
internal sealed record TurnOutcome(string Instance, string ActivityId, string Text, int Status, IReadOnlyList<Activity> Replies, double Ms)
{
    public IEnumerable<string> ReplyTexts => Replies.Select(r => r.Text ?? string.Empty);
}
