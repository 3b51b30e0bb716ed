using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ReportBot.Bot.Handoff.Relay;
using ReportBot.Bot.Storage.State;
using ReportBot.Dialogs.Engine;

namespace ReportBot.Tests.Storage;

public sealed class StateSerializerTests
{
    [Fact]
    public void State_written_before_the_handoff_link_moved_namespace_still_tells_the_conversation_which_handoff_it_is_in()
    {
        var state = new Dictionary<string, object> { [HandoffLink.StateProperty] = new HandoffLink { Id = "h-42", PendingText = "held" } };
        var written = Encoding.UTF8.GetString(StateSerializer.Serialize(state));
        Assert.Contains("ReportBot.Bot.Handoff.Relay.HandoffLink", written, StringComparison.Ordinal);

        var beforeTheMove = written.Replace("ReportBot.Bot.Handoff.Relay.HandoffLink", "ReportBot.Bot.Handoff.HandoffLink", StringComparison.Ordinal);
        var read = Assert.IsType<Dictionary<string, object>>(StateSerializer.Deserialize(Encoding.UTF8.GetBytes(beforeTheMove)));

        var link = Assert.IsType<HandoffLink>(read[HandoffLink.StateProperty]);
        Assert.Equal("h-42", link.Id);
        Assert.Equal("held", link.PendingText);
    }

    [Fact]
    public void Stored_state_cannot_name_a_type_outside_the_allowed_assemblies()
    {
        var hostile = """{"$type":"System.Diagnostics.Process, System.Diagnostics.Process"}""";
        Assert.ThrowsAny<Newtonsoft.Json.JsonException>(() => StateSerializer.Deserialize(Encoding.UTF8.GetBytes(hostile)));
    }

    [Fact]
    public void Type_names_are_written_as_Newtonsoft_writes_them_and_read_back_the_same()
    {
        // Generic arguments nested in generic arguments, an array, a value tuple, a nullable, a JObject bag, a moved type.
        var state = new Dictionary<string, object>
        {
            ["dialogState"] = new DialogState { Stack = [new DialogInstance { Id = "menu", State = new JObject { ["stepIndex"] = 1 } }] },
            ["counts"] = new Dictionary<string, List<int?>> { ["a"] = [1, null] },
            ["pairs"] = new List<KeyValuePair<string, Dictionary<int, string[]>>> { new("k", new() { [1] = ["x"] }) },
            ["tuple"] = (3, "three"),
            ["array"] = new[] { 1L, 2L },
            ["link"] = new HandoffLink { Id = "h-1", PendingText = "p" },
        };

        // Twice: the second write uses the names made by the first.
        for (var i = 0; i < 2; i++)
        {
            var written = Encoding.UTF8.GetString(StateSerializer.Serialize(state));
            Assert.Equal(WriteAsNewtonsoftSimple(state), written);

            var read = StateSerializer.Deserialize(Encoding.UTF8.GetBytes(written));
            Assert.Equal(written, Encoding.UTF8.GetString(StateSerializer.Serialize(read!)));
        }
    }

    [Fact]
    public void State_text_reads_back_exactly_whatever_it_holds()
    {
        // Korean, an emoji (a surrogate pair), escapes, a byte order mark, and bytes that are not UTF-8.
        var json = "{\"$type\":\"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib\",\"text\":\"어제 \\\"그 사람\\\"이 😢 보냈어요\\n" + new string('가', 3000) + "🙂\"}";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();
        var read = Assert.IsType<Dictionary<string, object>>(StateSerializer.Deserialize(bytes));
        Assert.Equal("어제 \"그 사람\"이 😢 보냈어요\n" + new string('가', 3000) + "🙂", read["text"]);

        var broken = Encoding.UTF8.GetBytes(json).Concat(new byte[] { 0xE0, 0x80 }).ToArray();
        var expected = new StreamReader(new MemoryStream(broken), Encoding.UTF8).ReadToEnd();
        var viaReader = new Utf8TextReader(broken);
        var oneAtATime = new StringBuilder();
        for (var c = viaReader.Read(); c >= 0; c = viaReader.Read())
        {
            oneAtATime.Append((char)c);
        }

        Assert.Equal(expected, oneAtATime.ToString());
        Assert.Equal(expected, new Utf8TextReader(broken).ReadToEnd());
    }

    /// <summary>The state serializer's output as Newtonsoft writes it with its own type naming (TypeNameAssemblyFormatHandling.Simple).</summary>
    internal static string WriteAsNewtonsoftSimple(object? value)
    {
        var reference = JsonSerializer.Create(new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.Auto,
            MaxDepth = null,
            ReferenceLoopHandling = ReferenceLoopHandling.Error,
            DateParseHandling = DateParseHandling.DateTimeOffset,
        });
        using var text = new StringWriter();
        reference.Serialize(text, value, typeof(object));
        return text.ToString();
    }
}
