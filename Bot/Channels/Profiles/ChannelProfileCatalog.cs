using System.Collections.Frozen;
using System.Text.Json;
using ReportBot.Resources;

namespace ReportBot.Bot.Channels.Profiles;

/// <summary>
/// The channel profiles, read once from <c>Resources/Channels/profiles.json</c> (embedded in the Resources assembly).
/// Each value there is <c>{"value": ..., "status": ..., "source": ...}</c>; only the value is used at run time, the rest
/// is for the people who check it (and a test makes sure it is there).
/// </summary>
public sealed class ChannelProfileCatalog
{
    public const string ResourceName = "channels/profiles.json";

    private readonly FrozenDictionary<string, ChannelProfile> _profiles;

    public ChannelProfileCatalog()
    {
        using var json = JsonDocument.Parse(OpenJson(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        _profiles = json.RootElement.EnumerateObject()
            .Where(p => !p.Name.StartsWith('$'))
            .ToFrozenDictionary(p => p.Name, p => Read(p.Name, p.Value), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<ChannelProfile> All => _profiles.Values;

    /// <summary>The profile of a channel id, or null for channels ReportBot renders as they are (the emulator, tests).</summary>
    public ChannelProfile? Find(string? channelId) =>
        channelId is not null && _profiles.TryGetValue(channelId, out var profile) ? profile : null;

    /// <summary>The raw file, for the checks that every value names its source.</summary>
    public static Stream OpenJson() =>
        typeof(TextCatalog).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidDataException($"The embedded resource {ResourceName} is missing.");

    private static ChannelProfile Read(string channelId, JsonElement entry)
    {
        JsonElement Value(string name) => entry.TryGetProperty(name, out var field) && field.TryGetProperty("value", out var value)
            ? value
            : throw new InvalidDataException($"Channel profile '{channelId}' has no value for '{name}'.");
        int? OptionalInt(string name) => entry.TryGetProperty(name, out _) ? Value(name).GetInt32() : null;
        string[] Strings(string name) => Value(name).EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray();

        var proactive = Enum.Parse<ProactiveRule>(Value("proactive").GetString()!, ignoreCase: true);
        var windowHours = OptionalInt("proactiveWindowHours");
        if (proactive == ProactiveRule.Window && windowHours is null)
        {
            throw new InvalidDataException($"Channel profile '{channelId}' allows late messages within a window but gives no proactiveWindowHours.");
        }

        return new ChannelProfile
        {
            ChannelId = channelId,
            Name = entry.GetProperty("name").GetString()!,
            MaxTextChars = Value("maxTextChars").GetInt32(),
            MaxSuggestedActions = Value("maxSuggestedActions").GetInt32(),
            MaxActionLabelChars = Value("maxActionLabelChars").GetInt32(),
            MaxActionValueBytes = OptionalInt("maxActionValueBytes"),
            HeroCards = Value("heroCards").GetBoolean(),
            RendersMarkdown = Value("rendersMarkdown").GetBoolean(),
            Typing = Value("typing").GetBoolean(),
            Proactive = proactive,
            ProactiveWindow = windowHours is { } hours ? TimeSpan.FromHours(hours) : null,
            KnowsIdentity = Value("knowsIdentity").GetBoolean(),
            StartCommands = Strings("startCommands"),
            StartPostbacks = Strings("startPostbacks"),
        };
    }
}
