using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// How <see cref="ContractJsonWriter"/> writes a type: its properties, or (<see cref="List"/>) as a list of items; no
/// plan means the serializer. <paramref name="ExtensionMember"/> reads the extension bag itself, so an empty one is
/// skipped without the contract's wrapper and enumerators.
/// </summary>
internal sealed record ObjectPlan(PropertyPlan[]? Properties, ExtensionDataGetter? ExtensionData, Func<string, string>? ExtensionNames, Func<object, object?>? ExtensionMember = null)
{
    public static readonly ObjectPlan List = new(null, null, null);
}
