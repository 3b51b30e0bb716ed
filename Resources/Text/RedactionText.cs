namespace ReportBot.Resources.Text;

/// <summary>Typed markers that replace personal details in stored transcripts, and storage-outage wording.</summary>
public static class RedactionText
{
    public static readonly TextKey Phone = new("redaction.phone");
    public static readonly TextKey Email = new("redaction.email");
    public static readonly TextKey ResidentRegistrationNumber = new("redaction.rrn");
    public static readonly TextKey CardNumber = new("redaction.card");
    public static readonly TextKey AccountNumber = new("redaction.account");
    public static readonly TextKey Url = new("redaction.url");
    public static readonly TextKey CaseCode = new("redaction.case_code");
    public static readonly TextKey IdNumber = new("redaction.id_number");
    public static readonly TextKey Address = new("redaction.address");
    public static readonly TextKey Name = new("redaction.name");
    public static readonly TextKey Handle = new("redaction.handle");
    public static readonly TextKey Plate = new("redaction.plate");
    public static readonly TextKey IpAddress = new("redaction.ip");
    public static readonly TextKey BirthDate = new("redaction.birth_date");
    public static readonly TextKey Affiliation = new("redaction.affiliation");
    public static readonly TextKey StorageUnavailable = new("redaction.storage_unavailable");
}
