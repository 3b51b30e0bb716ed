using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using ReportBot.Bot.Handoff.Relay;
using ReportBot.Bot.Storage.State;
using ReportBot.Dialogs.Engine;
using ReportBot.Dialogs.Reports;
using ReportBot.Tests.Dialogs;
using ReportBot.Tests.Dialogs.Conversations;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Storage;

/// <summary>
/// State is written with type names only where the declared type does not give them (TypeNameHandling.Auto); the
/// versions before wrote them on every object and list (All). During a rolling deploy both run at once, so each must
/// read what the other wrote as the same objects. Checked on state the bot really stores: a report in progress (the
/// dialog stack with its JObject bags), the legal options reading, the profile, the report session, a handoff link.
/// </summary>
public sealed class StateTypeNameCompatibilityTests
{
    /// <summary>The settings the versions before this one wrote and read state with.</summary>
    private static readonly JsonSerializer PreviousVersion = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        MaxDepth = null,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    });

    [Fact]
    public async Task State_stored_by_this_version_and_by_the_one_before_reads_back_as_the_same_objects_in_either()
    {
        var storage = new BothWays(new SerializedStorage());
        await using var host = ReportTestHost.Create(storage);

        // A report in progress.
        foreach (var message in new[] { "안녕하세요", "1", "1", "모르는 번호로 사진이 왔어요.", "어제", "부산" })
        {
            await host.Say(message);
        }

        // Another conversation reading its legal options after a report.
        await using var legal = ReportTestHost.Create(storage, conversationId: "conversation-2");
        await legal.Say("안녕하세요");
        await SetReportedTypesAsync(legal);
        await legal.Say("어떻게 할 수 있어요?");
        await legal.Say("다음");

        await PutHandoffLinkAsync(host);

        // The shapes that matter were all stored at least once.
        foreach (var shape in new[] { "DialogState", "ReportSession", "ConversationProfile", "LegalMemory", "Relay.HandoffLink", "\"draft\"", "\"reading\"" })
        {
            Assert.True(storage.Written.Exists(w => w.Before.Contains(shape, StringComparison.Ordinal)), shape + " never stored");
        }

        foreach (var (written, before) in storage.Written)
        {
            Assert.True(written.Length < before.Length, "fewer type names, smaller state");

            // The version before reads this version's state as the objects it would have stored itself, and so
            // does this version ...
            Assert.Equal(before, WriteAsBefore(ReadAsBefore(written)));
            Assert.Equal(before, WriteAsBefore(StateSerializer.Deserialize(Utf8(written))));

            // ... and this version reads the one before's state as the same objects, and stores them as it does.
            var read = StateSerializer.Deserialize(Utf8(before));
            Assert.Equal(before, WriteAsBefore(read));
            Assert.Equal(written, Encoding.UTF8.GetString(StateSerializer.Serialize(read!)));

            // The writer names types itself (made once per type) exactly as Newtonsoft's Simple format names them.
            Assert.Equal(written, StateSerializerTests.WriteAsNewtonsoftSimple(read));
        }
    }

    /// <summary>Stores as this version does, and notes beside it what the version before stored for the same objects.</summary>
    private sealed class BothWays(SerializedStorage inner) : IStorage
    {
        public List<(string Written, string Before)> Written { get; } = [];

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(changes, cancellationToken);
            foreach (var (key, value) in changes)
            {
                Written.Add((inner.Json(key)!, WriteAsBefore(value)));
            }
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
    private static async Task SetReportedTypesAsync(DialogTestHost host)
    {
        var state = host.Services.GetRequiredService<ConversationState>();
        var profile = state.CreateProperty<ConversationProfile>("profile");
        await host.Adapter.ProcessActivityAsync(
            host.Adapter.MakeActivity("(report finished)"),
            async (turn, cancellationToken) =>
            {
                var current = await profile.GetAsync(turn, () => new ConversationProfile(), cancellationToken);
                current.ReportedIncidentTypes = [IncidentType.IllegalFilming];
                await state.SaveChangesAsync(turn, force: false, cancellationToken);
            },
            CancellationToken.None);
    }

    private static async Task PutHandoffLinkAsync(DialogTestHost host)
    {
        var state = host.Services.GetRequiredService<ConversationState>();
        var link = state.CreateProperty<HandoffLink>(HandoffLink.StateProperty);
        await host.Adapter.ProcessActivityAsync(
            host.Adapter.MakeActivity("(handoff)"),
            async (turn, cancellationToken) =>
            {
                await link.SetAsync(turn, new HandoffLink { Id = "h-7", PendingText = "held" }, cancellationToken);
                await state.SaveChangesAsync(turn, force: false, cancellationToken);
            },
            CancellationToken.None);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string WriteAsBefore(object? value)
    {
        using var text = new StringWriter();
        PreviousVersion.Serialize(text, value);
        return text.ToString();
    }

    private static object? ReadAsBefore(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return PreviousVersion.Deserialize(reader);
    }
}
