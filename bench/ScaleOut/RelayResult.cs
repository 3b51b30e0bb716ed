namespace ReportBot.Benchmarks.ScaleOut;

/// <summary>
/// The counsellor path across instances: handoffs completed, relay messages lost (must be 0), and latencies in
/// ms: the claim until the survivor hears a counsellor joined, counsellor to survivor, survivor to the counsellor's
/// poll.
/// </summary>
internal sealed record RelayResult(int Handoffs, int Completed, int LostMessages, List<double> ClaimToJoinedMs, List<double> CounsellorToSurvivorMs, List<double> SurvivorToCounsellorMs);
