namespace ReportBot.Dialogs.Reports;

/// <summary>What the survivor wants now.</summary>
public enum SupportWish
{
    Information,
    TakedownHelp,
    LegalHelp,
    TalkToCounsellor,
    JustRecord,
}
