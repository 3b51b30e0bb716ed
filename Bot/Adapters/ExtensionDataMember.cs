using System.Linq.Expressions;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ReportBot.Bot.Adapters;

/// <summary>
/// The member a contract's extension data is read from (the one member marked <see cref="JsonExtensionDataAttribute"/>
/// on the type or a base, where Newtonsoft finds it), as a compiled getter.
/// </summary>
internal static class ExtensionDataMember
{
    /// <summary>The getter, or null when the contract writes no extension data or the member cannot be told.</summary>
    public static Func<object, object?>? Getter(Type type, JsonObjectContract contract)
    {
        if (contract.ExtensionDataGetter is null)
        {
            return null;
        }

        var marked = new List<MemberInfo>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            marked.AddRange(t.GetMembers(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(m => (m is FieldInfo || (m is PropertyInfo { CanRead: true } property && property.GetIndexParameters().Length == 0))
                    && m.IsDefined(typeof(JsonExtensionDataAttribute), inherit: false)));
        }

        if (marked.Count != 1)
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object));
        var member = Expression.MakeMemberAccess(Expression.Convert(instance, marked[0].DeclaringType!), marked[0]);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(member, typeof(object)), instance).Compile();
    }
}
