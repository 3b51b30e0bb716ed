namespace ReportBot.Resources.Text;

/// <summary>Strings of deleting a survivor's data.</summary>
public static class EraseText
{
    public static readonly TextKey Confirm = new("erase.confirm");

    /// <summary>The same question when a report opened with its case code is on screen: it goes too, and the survivor is told.</summary>
    public static readonly TextKey ConfirmWithOpenedCase = new("erase.confirm_with_opened_case");
    public static readonly TextKey Done = new("erase.done");
    public static readonly TextKey ItemCase = new("erase.item.case");
    public static readonly TextKey ItemConversationState = new("erase.item.conversation_state");
    public static readonly TextKey ItemTranscript = new("erase.item.transcript");
    public static readonly TextKey ItemEncryptionKeys = new("erase.item.encryption_keys");
    public static readonly TextKey FreshStart = new("erase.fresh_start");
    public static readonly TextKey Kept = new("erase.kept");
    public static readonly TextKey CaseOnly = new("erase.case_only");

    /// <summary>"Delete it" in a report about images: the images out in the world, or this conversation?</summary>
    public static readonly TextKey MeaningAsk = new("erase.meaning.ask");
    public static readonly TextKey MeaningTakedown = new("erase.meaning.takedown");
    public static readonly TextKey MeaningErase = new("erase.meaning.erase");
    public static readonly TextKey MeaningNeither = new("erase.meaning.neither");
    public static readonly TextKey MeaningTakedownLater = new("erase.meaning.takedown_later");
}
