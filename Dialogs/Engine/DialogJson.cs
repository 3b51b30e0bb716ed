using Newtonsoft.Json;

namespace ReportBot.Dialogs.Engine;

/// <summary>
/// The serializer <c>JToken.ToObject&lt;T&gt;()</c> uses (Newtonsoft's defaults), made once: without one,
/// every call builds a new serializer, and a turn reads the dialog's state bags several times.
/// </summary>
internal static class DialogJson
{
    public static readonly JsonSerializer Default = JsonSerializer.CreateDefault();
}
