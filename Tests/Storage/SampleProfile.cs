namespace ReportBot.Tests.Storage;

/// <summary>A typed state value, as dialogs keep in conversation state.</summary>
public sealed class SampleProfile
{
    public string? Language { get; set; }

    public int Count { get; set; }

    public List<DateTimeOffset> Seen { get; set; } = [];
}
