using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ReportBot.Bot.Adapters;

/// <summary>One property as <see cref="ContractJsonWriter"/> writes it: name, value, the contract's condition, null handling.</summary>
internal sealed record PropertyPlan(string Name, IValueProvider Values, Predicate<object>? ShouldSerialize, NullValueHandling Nulls)
{
    /// <summary>The name needs no escaping in any escaping mode (letters, digits and underscores), so it is written as it is.</summary>
    public bool PlainName { get; } = Name.Length > 0 && Name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>
    /// The type this property's value had last and its plan: a property nearly always holds the same type, and this
    /// saves looking its plan up again for every value written. Replaced whole, so a reader on another thread sees
    /// either the old pair or the new one.
    /// </summary>
    public LastPlan? Last { get; set; }
}

/// <summary>A value's type and the plan <see cref="ContractJsonWriter"/> made for it (null: the serializer writes it).</summary>
internal sealed record LastPlan(Type Type, ObjectPlan? Plan);
