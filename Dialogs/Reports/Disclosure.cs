namespace ReportBot.Dialogs.Reports;

/// <summary>Who the survivor has already told, and whether a lawsuit or complaint has been threatened against them.</summary>
public enum Disclosure
{
    ToldSomeoneClose,
    ToldSupportOrganisation,
    ReportedToPolice,
    ThreatenedWithLawsuit,
    NoOneYet,
}
