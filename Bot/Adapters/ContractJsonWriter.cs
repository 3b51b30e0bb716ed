using System.Collections;
using System.Collections.Concurrent;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// Writes a value exactly as <see cref="JsonSerializer.Serialize(JsonWriter, object?)"/> of the given serializer
/// would (same properties, order, null handling and text), but from a plan made once per type out of the serializer's
/// own contracts, without the serializer's per-value bookkeeping. Activities are mostly null properties, and the
/// serializer paid for every one of them on every transcript line and every reply. Anything the plan does not model
/// (a converter, a callback, type names, references, a dictionary...) is handed to the serializer itself, so the
/// output never differs; the tests compare both on a corpus of real activities.
/// </summary>
public sealed partial class ContractJsonWriter
{
    // A serializer with no settings: what "not set" reads as.
    private static readonly JsonSerializer Defaults = new();

    private const int MaxKeptChars = 64 * 1024;

    [ThreadStatic]
    private static System.Text.StringBuilder? t_text;

    private readonly JsonSerializer _serializer;
    private readonly JsonConverter[] _converters;
    private readonly bool _planned;
    private readonly ConcurrentDictionary<Type, ObjectPlan?> _plans = new();
    private readonly Func<Type, ObjectPlan?> _makePlan;

    public ContractJsonWriter(JsonSerializer serializer)
    {
        _serializer = serializer;
        _makePlan = MakePlan;
        _converters = [.. serializer.Converters];
        // Settings whose effect the plan does not reproduce: then every value goes to the serializer.
        _planned = serializer.TypeNameHandling == TypeNameHandling.None
            && serializer.PreserveReferencesHandling == PreserveReferencesHandling.None
            && serializer.DefaultValueHandling == DefaultValueHandling.Include
            && serializer.ReferenceLoopHandling != ReferenceLoopHandling.Ignore
            && serializer.TraceWriter is null
            && serializer.DateFormatString == Defaults.DateFormatString
            && Equals(serializer.Culture, Defaults.Culture)
            && serializer.ContractResolver is not null
            && !new[] { typeof(string), typeof(bool), typeof(DateTimeOffset), typeof(int), typeof(long) }.Any(HasConverter);
    }

    /// <summary>
    /// Writes as a serializer with <see cref="NullValueHandling.Ignore"/> and nothing else set: transcript lines and the
    /// replies kept for a redelivery.
    /// </summary>
    public static ContractJsonWriter OmittingNulls { get; } = new(JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));

    /// <summary><paramref name="value"/> as JSON text, as the serializer would write it.</summary>
    public string ToJson(object? value)
    {
        // A builder per thread, reused (a transcript line and the kept replies grow a new one in several blocks each
        // time); taken out of its slot while in use, so a nested call makes its own, and kept only when not too large.
        var text = t_text ?? new System.Text.StringBuilder(1024);
        t_text = null;
        text.Clear();
        var output = new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(output) { ArrayPool = PooledJsonChars.Instance })
        {
            Write(writer, value);
        }

        var json = text.ToString();
        if (text.Capacity <= MaxKeptChars)
        {
            t_text = text;
        }

        return json;
    }

    /// <summary>Writes <paramref name="value"/> to <paramref name="writer"/> as the serializer would.</summary>
    public void Write(JsonWriter writer, object? value)
    {
        // A list of planned items (the replies kept for a redelivery) is planned too, not only an object.
        if (!_planned || value is null || PlanFor(value.GetType()) is not { } plan || (plan.Properties is null && value is not IList))
        {
            _serializer.Serialize(writer, value);
            return;
        }

        // What the serializer sets on the writer for the duration of a call: the settings it was given (those that
        // differ from the defaults; a date format or culture of its own sends everything to the serializer instead).
        var (formatting, dates, zones, floats, escaping) = (writer.Formatting, writer.DateFormatHandling, writer.DateTimeZoneHandling, writer.FloatFormatHandling, writer.StringEscapeHandling);
        if (_serializer.Formatting != Defaults.Formatting)
        {
            writer.Formatting = _serializer.Formatting;
        }

        if (_serializer.DateFormatHandling != Defaults.DateFormatHandling)
        {
            writer.DateFormatHandling = _serializer.DateFormatHandling;
        }

        if (_serializer.DateTimeZoneHandling != Defaults.DateTimeZoneHandling)
        {
            writer.DateTimeZoneHandling = _serializer.DateTimeZoneHandling;
        }

        if (_serializer.FloatFormatHandling != Defaults.FloatFormatHandling)
        {
            writer.FloatFormatHandling = _serializer.FloatFormatHandling;
        }

        if (_serializer.StringEscapeHandling != Defaults.StringEscapeHandling)
        {
            writer.StringEscapeHandling = _serializer.StringEscapeHandling;
        }

        try
        {
            WriteValue(writer, value, new List<object>(8));
        }
        finally
        {
            (writer.Formatting, writer.DateFormatHandling, writer.DateTimeZoneHandling, writer.FloatFormatHandling, writer.StringEscapeHandling) = (formatting, dates, zones, floats, escaping);
        }
    }

    private void WriteValue(JsonWriter writer, object value, List<object> path, PropertyPlan? property = null)
    {
        switch (value)
        {
            case string text:
                writer.WriteValue(text);
                return;
            case bool flag:
                writer.WriteValue(flag);
                return;
            case DateTimeOffset time:
                writer.WriteValue(time);
                return;
            case int number:
                writer.WriteValue(number);
                return;
            case long number:
                writer.WriteValue(number);
                return;
            case JToken token:
                token.WriteTo(writer, _converters);
                return;
        }

        var plan = property is null ? PlanFor(value.GetType()) : PlanFor(value.GetType(), property);
        if (plan is { Properties: not null })
        {
            WriteObject(writer, value, plan, path);
        }
        else if (plan is not null && value is IList list)
        {
            WriteList(writer, list, path);
        }
        else
        {
            _serializer.Serialize(writer, value);
        }
    }

    private void WriteObject(JsonWriter writer, object value, ObjectPlan plan, List<object> path)
    {
        // What the serializer does on a loop (the setting is Error or Serialize; Ignore is left to the serializer).
        EnterPath(value, path);
        writer.WriteStartObject();
        foreach (var property in plan.Properties!)
        {
            if (property.ShouldSerialize is { } should && !should(value))
            {
                continue;
            }

            var member = property.Values.GetValue(value);
            if (member is null)
            {
                if (property.Nulls == NullValueHandling.Include)
                {
                    writer.WritePropertyName(property.Name, escape: !property.PlainName);
                    writer.WriteNull();
                }

                continue;
            }

            writer.WritePropertyName(property.Name, escape: !property.PlainName);
            WriteValue(writer, member, path, property);
        }

        // An empty (or missing) extension bag, as on nearly every activity and account, writes nothing: the contract's
        // getter would still wrap and enumerate it.
        if (plan.ExtensionData is not null && plan.ExtensionMember?.Invoke(value) is not (null or ICollection { Count: 0 })
            && plan.ExtensionData(value) is { } extension)
        {
            foreach (var entry in extension)
            {
                var name = Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                writer.WritePropertyName(plan.ExtensionNames?.Invoke(name) ?? name);
                if (entry.Value is null)
                {
                    writer.WriteNull();
                }
                else
                {
                    WriteValue(writer, entry.Value, path);
                }
            }
        }

        writer.WriteEndObject();
        path.RemoveAt(path.Count - 1);
    }

    // What the serializer does on a loop (the setting is Error or Serialize; Ignore is left to the serializer): a value
    // that holds itself, through an object or a list, fails instead of recursing until the stack runs out.
    private void EnterPath(object value, List<object> path)
    {
        if (_serializer.ReferenceLoopHandling == ReferenceLoopHandling.Error && OnPath(path, value))
        {
            throw new JsonSerializationException($"Self referencing loop detected with type '{value.GetType()}'.");
        }

        path.Add(value);
    }

    private static bool OnPath(List<object> path, object value)
    {
        foreach (var item in path)
        {
            if (ReferenceEquals(item, value))
            {
                return true;
            }
        }

        return false;
    }

    private void WriteList(JsonWriter writer, IList list, List<object> path)
    {
        EnterPath(list, path);
        writer.WriteStartArray();
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            if (item is null)
            {
                writer.WriteNull();
            }
            else
            {
                WriteValue(writer, item, path);
            }
        }

        writer.WriteEndArray();
        path.RemoveAt(path.Count - 1);
    }
}
