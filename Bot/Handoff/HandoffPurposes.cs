namespace ReportBot.Bot.Handoff;

/// <summary>Associated data for <see cref="HandoffProtector"/>: a ciphertext made for one use cannot pass for another.</summary>
internal static class HandoffPurposes
{
    public const string Reference = "ReportBot.Handoff.ConversationReference.v1";

    public static string Message(string handoffId) => "ReportBot.Handoff.Message.v1:" + handoffId;

    /// <summary>A message sealed with the data key of its case or conversation (see <see cref="HandoffSealer"/>).</summary>
    public static string ScopedMessage(string handoffId) => "ReportBot.Handoff.Message.v2:" + handoffId;
}
