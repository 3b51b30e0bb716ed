namespace ReportBot.Bot.Handoff.Queue;

/// <summary>Associated data for <see cref="HandoffProtector"/>: a ciphertext made for one use cannot pass for another.</summary>
internal static class HandoffPurposes
{
    /// <summary>References sealed before the handoff id was bound in; still opened, never written.</summary>
    public const string LegacyReference = "ReportBot.Handoff.ConversationReference.v1";

    /// <summary>A reference sealed for one handoff cannot be moved into another handoff's record and used there.</summary>
    public static string Reference(string handoffId) => "ReportBot.Handoff.ConversationReference.v2:" + handoffId;

    public static string Message(string handoffId) => "ReportBot.Handoff.Message.v1:" + handoffId;

    /// <summary>A message sealed with the data key of its case or conversation (see <see cref="HandoffSealer"/>).</summary>
    public static string ScopedMessage(string handoffId) => "ReportBot.Handoff.Message.v2:" + handoffId;
}
