using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Resources;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Dialogs;

/// <summary>Builds <see cref="DialogTestHost"/>s with the case settings the report tests share.</summary>
public static class ReportTestHost
{
    public const string Pepper = "test-pepper-0123456789-abcdefghijklmnopqrstuvwxyz";

    /// <summary>Noon in Seoul on 25 November 2026.</summary>
    public static readonly DateTimeOffset Noon = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    public static DialogTestHost Create(IStorage storage, TimeProvider? clock = null, string conversationId = "conversation-1", Action<IServiceCollection>? configure = null) =>
        new(storage, Settings(), clock ?? new ManualClock(Noon), conversationId, configure);

    /// <summary>The catalog's text of <paramref name="key"/> in a test's language ("ko", else English).</summary>
    public static string Text(DialogTestHost host, string language, TextKey key) =>
        host.Services.GetRequiredService<ITextCatalog>().Get(key, Conversations.ReportWalk.Lang(language));

    /// <summary>The first line of <see cref="Text"/> (what a reply that starts with it is found by).</summary>
    public static string FirstLine(DialogTestHost host, string language, TextKey key) => Text(host, language, key).Split('\n')[0];

    public static Dictionary<string, string?> Settings() => new()
    {
        ["Cases:CodePepper"] = Pepper,
    };
}
