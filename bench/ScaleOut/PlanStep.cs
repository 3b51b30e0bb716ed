namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>One message of a plan; a race sends it to both instances at once.</summary>
internal sealed record PlanStep(string Text, bool Race);
