using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ReportBot.Bot.Channels.DirectLine;

/// <summary>
/// The sizes a client's activity may have: text up to <c>Conversation:MaxMessageChars</c> (the bot's own limit),
/// a small button or event value, a short event name. Checked before anything is stored.
/// </summary>
public static class DirectLineActivityLimits
{
    /// <summary>The largest <c>value</c> (a button's or an event's), in serialised characters.</summary>
    public const int MaxValueChars = 4096;

    /// <summary>The longest event <c>name</c>.</summary>
    public const int MaxNameChars = 128;

    /// <summary>
    /// The largest body that can hold a message of <paramref name="maxMessageChars"/>: every character escaped
    /// (<c>\uXXXX</c>, 6 bytes) plus room for the other fields. A longer body is refused before it is read.
    /// </summary>
    public static long MaxBodyBytes(int maxMessageChars) => (maxMessageChars * 6L) + MaxValueChars + (16 * 1024);

    /// <summary>The refusal to answer with, or null when the activity fits.</summary>
    public static IResult? Check(Activity activity, int maxMessageChars)
    {
        if (activity.Text is { } text && text.Length > maxMessageChars)
        {
            return DirectLineResults.MessageTooLong(maxMessageChars);
        }

        if (activity.Value is { } value && ValueChars(value) > MaxValueChars)
        {
            return DirectLineResults.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"A value may be at most {MaxValueChars} characters.");
        }

        if (activity.Name is { Length: > MaxNameChars })
        {
            return DirectLineResults.BadArgument($"An event name may be at most {MaxNameChars} characters.");
        }

        return null;
    }

    private static int ValueChars(object value) => value switch
    {
        string text => text.Length,
        JToken token => token.ToString(Newtonsoft.Json.Formatting.None).Length,
        _ => DirectLineJson.Serialize(value).Length,
    };
}
