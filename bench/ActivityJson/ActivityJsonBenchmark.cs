using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using ReportBot.Bot.Adapters;

namespace ReportBot.Benchmarks.ActivityJson;

/// <summary>
/// Time and allocations per activity written as JSON, Newtonsoft's serializer against the app's planned
/// <see cref="ContractJsonWriter"/> (same output, Tests/Adapters), on the two kinds a turn writes: a transcript line's
/// sanitized copy of an activity (about three a turn), the expectReplies body of the HTTP answer (the turn's
/// replies, indented) and the turn's replies kept for a redelivery (a list, once a turn). Alternating rounds, one thread.
///   dotnet run --project bench -c Release --no-build -- activityjson [--iterations 20000] [--rounds 5]
/// </summary>
internal static class ActivityJsonBenchmark
{
    public static int Run(string[] args)
    {
        var iterations = BenchArgs.Option(args, "--iterations", 20000);
        var rounds = BenchArgs.Option(args, "--rounds", 5);
        // The load script's messages stand in for what people write (Korean and English).
        var script = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "script.txt"));
        var transcript = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        var http = HttpHelper.BotMessageSerializer;
        var cases = new (string Name, JsonSerializer Serializer, object Value)[]
        {
            ("transcript line (survivor's message)", transcript, TranscriptCopy(string.Join(" ", script[..3]))),
            ("transcript line (bot's reply)", transcript, Reply(script)),
            ("expectReplies body (2 replies)", http, new ExpectedReplies([Reply(script), Reply(script)])),
            ("redelivery record (2 replies, a list)", transcript, new List<Activity> { Reply(script), Reply(script) }),
        };

        Console.WriteLine($"{"activity",-40}{"writer",-12}{"CPU us/write",13}{"bytes alloc",13}");
        foreach (var (name, serializer, value) in cases)
        {
            var planned = new ContractJsonWriter(serializer);
            var results = new Dictionary<string, List<(double Us, double Bytes)>>(StringComparer.Ordinal);
            for (var round = 0; round <= rounds; round++)
            {
                foreach (var (writer, write) in new (string, Action<JsonWriter>)[] { ("serializer", w => serializer.Serialize(w, value)), ("planned", w => planned.Write(w, value)) })
                {
                    var measured = Measure(write, iterations);
                    if (round > 0)
                    {
                        (results.TryGetValue(writer, out var list) ? list : results[writer] = []).Add(measured);
                    }
                }
            }

            foreach (var (writer, list) in results)
            {
                var us = list.Select(r => r.Us).Order().ToList()[list.Count / 2];
                var bytes = list.Select(r => r.Bytes).Order().ToList()[list.Count / 2];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40}{writer,-12}{us,13:F2}{bytes,13:F0}"));
            }
        }

        return 0;
    }

    private static (double Us, double Bytes) Measure(Action<JsonWriter> write, int iterations)
    {
        // CPU time of the process (one thread here, plus the GC's): on a shared machine, waiting for a core does not count.
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < iterations; i++)
        {
            var output = new StringWriter(new System.Text.StringBuilder(512), CultureInfo.InvariantCulture);
            using var writer = new JsonTextWriter(output);
            write(writer);
        }

        return ((Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / iterations, (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)iterations);
    }

    // What TranscriptActivitySanitizer keeps of a survivor's message.
    private static Activity TranscriptCopy(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "DLdirect1234-kr|0000001",
        Timestamp = new DateTimeOffset(2026, 12, 6, 2, 43, 39, 120, TimeSpan.Zero),
        ChannelId = "directline",
        Locale = "ko-KR",
        TextFormat = "plain",
        Conversation = new ConversationAccount(id: "case-3f2a559e88"),
        From = new ChannelAccount("u-0a3b4c2d9e8f7a6b", role: "user"),
        Recipient = new ChannelAccount("reportbot@abc", role: "bot"),
        Text = text,
        Properties = null,
    };

    // A reply as the dialogs send it: text, suggested actions, the ids of the conversation.
    private static Activity Reply(string[] script)
    {
        var reply = (Activity)MessageFactory.SuggestedActions(script[..4], string.Join(" ", script), null, InputHints.ExpectingInput, toList: null);
        reply.Id = "a1b2c3";
        reply.ReplyToId = "DLdirect1234-kr|0000001";
        reply.ChannelId = "directline";
        reply.ServiceUrl = "https://directline.botframework.com/";
        reply.Locale = "ko-KR";
        reply.Timestamp = new DateTimeOffset(2026, 12, 6, 2, 43, 39, 125, TimeSpan.Zero);
        reply.From = new ChannelAccount("reportbot@abc", "ReportBot");
        reply.Recipient = new ChannelAccount("direct_user_1234", string.Empty);
        reply.Conversation = new ConversationAccount(id: "DLdirect1234-kr");
        return reply;
    }
}
