namespace ReportBot.Bot.Handoff;

/// <summary>Associated data for <see cref="HandoffProtector"/>: a ciphertext made for one use cannot pass for another.</summary>
internal static class HandoffPurposes
{
    public const string Reference = "ReportBot.Handoff.ConversationReference.v1";

    public static string Message(string handoffId) => "ReportBot.Handoff.Message.v1:" + handoffId;
}
