using Newtonsoft.Json.Linq;

namespace ReportBot.Dialogs.Engine;

/// <summary>One running dialog on the stack: which definition it is, and everything it remembers.</summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    /// <summary>The dialog's state bag. JSON, so that it survives storage and process restarts as it is.</summary>
    public JObject State { get; init; } = new();
}
