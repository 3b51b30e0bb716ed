using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ReportBot.Bot.Adapters;

/// <summary>One property as <see cref="ContractJsonWriter"/> writes it: name, value, the contract's condition, null handling.</summary>
internal sealed record PropertyPlan(string Name, IValueProvider Values, Predicate<object>? ShouldSerialize, NullValueHandling Nulls);
