using System.Text;
using ReportBot.Bot.Handoff.Relay;
using ReportBot.Bot.Storage.State;

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
}
