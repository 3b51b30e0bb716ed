using System.Text.Json.Nodes;

namespace ReportBot.Bot.Channels.Kakao;

/// <summary>
/// The parts of a Kakao i Open Builder skill request (SkillPayload) the adapter uses. <see cref="UserId"/> is the
/// raw Kakao user key: it only ever feeds the pseudonymous ids and is never logged or stored.
/// </summary>
public sealed record KakaoSkillRequest
{
    /// <summary>What the survivor wrote (<c>userRequest.utterance</c>).</summary>
    public required string Utterance { get; init; }

    /// <summary><c>userRequest.user.id</c>.</summary>
    public required string UserId { get; init; }

    /// <summary><c>userRequest.user.type</c>, e.g. <c>botUserKey</c>.</summary>
    public string? UserType { get; init; }

    /// <summary>The non-identifying user properties (flags such as <c>isFriend</c>); identifiers are left out.</summary>
    public JsonObject? UserFlags { get; init; }

    /// <summary><c>userRequest.lang</c>.</summary>
    public string? Lang { get; init; }

    /// <summary><c>userRequest.callbackUrl</c>, present when the block allows a callback.</summary>
    public Uri? CallbackUrl { get; init; }

    /// <summary><c>bot.id</c>.</summary>
    public string? BotId { get; init; }

    /// <summary><c>userRequest.block.id</c>.</summary>
    public string? BlockId { get; init; }

    /// <summary><c>action.params</c>.</summary>
    public JsonObject? Params { get; init; }

    /// <summary><c>action.clientExtra</c>: the <c>extra</c> of the button or quick reply that was tapped.</summary>
    public JsonObject? ClientExtra { get; init; }
}
