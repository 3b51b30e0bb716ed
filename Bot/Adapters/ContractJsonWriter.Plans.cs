using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ReportBot.Bot.Adapters;

/// <summary>The writer's plans: made once per type from the serializer's contracts, or none when a type is not plain data.</summary>
public sealed partial class ContractJsonWriter
{
    private ObjectPlan? PlanFor(Type type) => _plans.TryGetValue(type, out var plan) ? plan : _plans.GetOrAdd(type, _makePlan);

    private ObjectPlan? PlanFor(Type type, PropertyPlan property)
    {
        if (property.Last is { } last && last.Type == type)
        {
            return last.Plan;
        }

        var plan = PlanFor(type);
        property.Last = new LastPlan(type, plan);
        return plan;
    }

    private ObjectPlan? MakePlan(Type type)
    {
        // Only the Bot Framework's schema classes (plain data): a type of another library may have a converter that
        // Newtonsoft applies internally (key-value pairs, regexes, data sets...), which a contract does not show.
        if (_planned && !HasConverter(type) && (type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)))
            && _serializer.ContractResolver.ResolveContract(type) is JsonArrayContract array && IsPlain(array))
        {
            return ObjectPlan.List;
        }

        if (!_planned || type.Namespace != "Microsoft.Bot.Schema" || HasConverter(type) || _serializer.ContractResolver.ResolveContract(type) is not JsonObjectContract contract
            || contract.GetType() != typeof(JsonObjectContract) || !IsPlain(contract)
            || contract.ItemRequired is not null || contract.ItemNullValueHandling is not null || contract.MemberSerialization == MemberSerialization.Fields)
        {
            return null;
        }

        var properties = new List<PropertyPlan>();
        foreach (var property in contract.Properties)
        {
            if (property.Ignored || !property.Readable)
            {
                continue;
            }

            if (property.ValueProvider is null || property.Converter is not null || property.ItemConverter is not null
                || property.TypeNameHandling is not null || property.ItemTypeNameHandling is not null
                || property.IsReference is not null || property.ItemIsReference is not null
                || property.ReferenceLoopHandling is not null || property.ItemReferenceLoopHandling is not null
                || property.DefaultValueHandling is not null || property.GetIsSpecified is not null
                || property.Required != Required.Default)
            {
                return null;
            }

            var shouldSerialize = property.ShouldSerialize;
            if (shouldSerialize is not null && _serializer.ContractResolver.GetType().FullName == "Microsoft.Rest.Serialization.ReadOnlyJsonContractResolver")
            {
                // The Bot Framework's HTTP resolver decides by the property's accessors alone (it leaves out read-only
                // properties) and ignores the instance, but asks reflection again for every property of every value.
                if (!shouldSerialize(null!))
                {
                    continue;
                }

                shouldSerialize = null;
            }

            properties.Add(new PropertyPlan(property.PropertyName!, property.ValueProvider, shouldSerialize, property.NullValueHandling ?? _serializer.NullValueHandling));
        }

        return new ObjectPlan([.. properties], contract.ExtensionDataGetter, contract.ExtensionDataNameResolver, ExtensionDataMember.Getter(type, contract));
    }

    private static bool IsPlain(JsonContainerContract contract) =>
        contract.Converter is null && contract.ItemConverter is null && contract.IsReference is null && contract.ItemIsReference is null
        && contract.ItemTypeNameHandling is null && contract.ItemReferenceLoopHandling is null
        && contract.OnSerializingCallbacks.Count == 0 && contract.OnSerializedCallbacks.Count == 0 && contract.OnErrorCallbacks.Count == 0
        && contract is not JsonArrayContract { IsMultidimensionalArray: true };

    private bool HasConverter(Type type) => _converters.Any(c => c.CanWrite && c.CanConvert(type));
}
