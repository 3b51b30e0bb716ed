namespace ReportBot.Resources.Text;

/// <summary>What yes and no each do at a yes/no question, said when the survivor is unsure or asks back.</summary>
public static class YesNoText
{
    public static readonly TextKey ExplainHandoffMessage = new("yesno.explain.handoff_message");
    public static readonly TextKey ExplainLegalOffer = new("yesno.explain.legal_offer");
    public static readonly TextKey ExplainDiscard = new("yesno.explain.discard");
    public static readonly TextKey ExplainErase = new("yesno.explain.erase");
    public static readonly TextKey ExplainCaseDelete = new("yesno.explain.case_delete");
    public static readonly TextKey ExplainConsent = new("yesno.explain.consent");

    /// <summary>For a yes/no question without an explanation of its own.</summary>
    public static readonly TextKey ExplainGeneric = new("yesno.explain.generic");

    private static readonly Dictionary<string, TextKey> ByQuestion = new(StringComparer.Ordinal)
    {
        [HandoffText.OfferMessage.Name] = ExplainHandoffMessage,
        [ReportText.LegalOffer.Name] = ExplainLegalOffer,
        [ReportText.DiscardConfirm.Name] = ExplainDiscard,
        [EraseText.Confirm.Name] = ExplainErase,
        [EraseText.ConfirmWithOpenedCase.Name] = ExplainErase,
        [CasesText.DeleteConfirm.Name] = ExplainCaseDelete,
        [RepliesText.ConsentAsk.Name] = ExplainConsent,
    };

    /// <summary>The explanation of the yes/no question asked with <paramref name="questionKey"/>.</summary>
    public static TextKey ExplainFor(string? questionKey) =>
        questionKey is not null && ByQuestion.TryGetValue(questionKey, out var key) ? key : ExplainGeneric;
}
