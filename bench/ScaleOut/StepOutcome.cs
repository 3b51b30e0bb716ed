namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>The turns one plan step produced: one, or two for a race.</summary>
internal sealed record StepOutcome(PlanStep Step, IReadOnlyList<TurnOutcome> Turns);
