using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportBot.Bot.Records;

/// <summary>
/// The one byte form of a JSON value that is hashed and signed: the JSON Canonicalization Scheme (RFC 8785) for the
/// values records hold. Object members sorted by their UTF-16 code units, no white space, strings with only the
/// escapes JSON requires (", \, and control characters as \b \f \n \r \t or \u00xx), non-ASCII written as is,
/// numbers as integers. Records never hold fractions; a value with one is refused, so nothing is signed that another
/// implementation could write differently.
/// </summary>
public static class CanonicalJson
{
    public static byte[] Utf8(JsonNode? value) => Encoding.UTF8.GetBytes(Write(value));

    public static string Write(JsonNode? value)
    {
        var builder = new StringBuilder(1024);
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, JsonNode? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                foreach (var (name, member) in obj.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    AppendString(builder, name);
                    builder.Append(':');
                    Append(builder, member);
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Append(builder, array[i]);
                }

                builder.Append(']');
                break;
            case JsonValue scalar:
                AppendScalar(builder, scalar);
                break;
        }
    }

    private static void AppendScalar(StringBuilder builder, JsonValue scalar)
    {
        switch (scalar.GetValueKind())
        {
            case JsonValueKind.String:
                AppendString(builder, scalar.GetValue<string>());
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Number when Integer(scalar) is { } integer:
                builder.Append(integer.ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.Null:
                builder.Append("null");
                break;
            default:
                throw new FormatException("A record holds only strings, integers, booleans, null, objects and arrays.");
        }
    }

    private static long? Integer(JsonValue scalar)
    {
        if (scalar.TryGetValue<long>(out var number))
        {
            return number;
        }

        if (scalar.TryGetValue<int>(out var small))
        {
            return small;
        }

        return scalar.TryGetValue<JsonElement>(out var element) && element.TryGetInt64(out var parsed) ? parsed : null;
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('"');
    }
}
