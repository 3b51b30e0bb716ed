using System.Collections.Concurrent;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using ReportBot.Bot.Adapters;

namespace ReportBot.Bot.Storage.State;

/// <summary>
/// Newtonsoft with type names, like the Bot Framework's own storages, so <c>IDictionary&lt;string, object&gt;</c>
/// state with typed values and JObject bags round-trips exactly as with MemoryStorage (written only where the declared
/// type does not give the type; read wherever present). The data is authenticated
/// (AES-GCM) before it is deserialized, and type names are limited to the bot's, the Bot Framework's and the base
/// library's assemblies, so stored JSON cannot name an arbitrary type.
/// </summary>
public static class StateSerializer
{
    private static readonly JsonSerializer Reader = Create(TypeNameHandling.All);

    // Writes a type name only where the declared type does not say it (a value in an object slot such as the state
    // dictionary's, an interface or base class holding another type, the root), not on every object and list. The
    // reader honours a type name wherever there is one and uses the declared type elsewhere, so state written either
    // way reads back as the same objects, by this version and by the ones before it (a rolling deploy).
    private static readonly JsonSerializer Writer = Create(TypeNameHandling.Auto);

    // One buffer and writer per thread, reused: serialising is synchronous and nothing in it serialises state again
    // (a nested call would find the slot empty and make its own).
    private const int MaxKeptBuffer = 256 * 1024;

    [ThreadStatic]
    private static (MemoryStream Buffer, StreamWriter Writer)? t_output;

    public static byte[] Serialize(object value)
    {
        // Taken out of the slot while in use, and put back only after a whole value was written (a failure may leave
        // half a value in the writer).
        var (buffer, text) = t_output ?? NewOutput();
        t_output = null;
        buffer.SetLength(0);
        using (var writer = new JsonTextWriter(text) { ArrayPool = PooledJsonChars.Instance, CloseOutput = false })
        {
            // Declared as object, so the root names its type as well (a dictionary, not a JObject, when read back).
            Writer.Serialize(writer, value, typeof(object));
        }

        text.Flush();
        var bytes = buffer.ToArray();
        if (buffer.Capacity <= MaxKeptBuffer)
        {
            t_output = (buffer, text);
        }

        return bytes;
    }

    public static object? Deserialize(byte[] utf8)
    {
        using var reader = new JsonTextReader(new Utf8TextReader(utf8)) { ArrayPool = PooledJsonChars.Instance };
        return Reader.Deserialize(reader);
    }

    private static JsonSerializer Create(TypeNameHandling typeNames) => JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = typeNames,
        SerializationBinder = new AllowListBinder(),

        // The binder names a type already without version, culture and key (what Simple would strip from the full name
        // on every write), so the name written is the same and is made once per type.
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Full,
        MaxDepth = null,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    });

    private static (MemoryStream, StreamWriter) NewOutput()
    {
        var buffer = new MemoryStream(4096);
        return (buffer, new StreamWriter(buffer, new UTF8Encoding(false), bufferSize: 1024, leaveOpen: true));
    }

    private sealed class AllowListBinder : DefaultSerializationBinder
    {
        private static readonly string[] AllowedAssemblyPrefixes =
        [
            "ReportBot.", "Microsoft.Bot.", "System.Private.CoreLib", "System.Collections", "System.Runtime", "mscorlib", "Newtonsoft.Json",
        ];

        /// <summary>
        /// Types that state names and that have since moved to another namespace: state written before the move
        /// still names the old one, and a conversation must not lose its place because the code was reorganised.
        /// </summary>
        private static readonly (string Old, string New)[] MovedTypes =
        [
            ("ReportBot.Bot.Handoff.HandoffLink", "ReportBot.Bot.Handoff.Relay.HandoffLink"),
        ];

        // Both directions are asked for every type name read or written; the answers depend on the names alone. Stored
        // state is authenticated before it is read, so the names come from this bot's own writes: a handful.
        private const int MaxRemembered = 1024;
        private readonly ConcurrentDictionary<(string? Assembly, string Type), Type> _types = new();
        private readonly ConcurrentDictionary<Type, string> _names = new();

        public override void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
        {
            assemblyName = null;
            if (!_names.TryGetValue(serializedType, out typeName))
            {
                typeName = SimpleName(serializedType);
                if (_names.Count < MaxRemembered)
                {
                    _names[serializedType] = typeName;
                }
            }
        }

        public override Type BindToType(string? assemblyName, string typeName)
        {
            if (_types.TryGetValue((assemblyName, typeName), out var known))
            {
                return known;
            }

            var type = Check(assemblyName, typeName);
            if (_types.Count < MaxRemembered)
            {
                _types[(assemblyName, typeName)] = type;
            }

            return type;
        }

        // What Newtonsoft writes for a type with TypeNameAssemblyFormatHandling.Simple: its assembly-qualified name
        // without version, culture and public key token, in generic arguments too.
        private string SimpleName(Type type)
        {
            base.BindToName(type, out var assembly, out var name);
            var qualified = assembly is null ? name! : name + ", " + assembly;

            // Newtonsoft's ReflectionUtils.RemoveAssemblyDetails: keep the first part after a comma (the assembly's
            // name), drop the parts after it; brackets (generic arguments) start over.
            var simple = new StringBuilder(qualified.Length);
            var (inAssembly, skipping, afterBracket) = (false, false, false);
            foreach (var c in qualified)
            {
                switch (c)
                {
                    case '[' or ']':
                        (inAssembly, skipping, afterBracket) = (false, false, c == '[');
                        simple.Append(c);
                        break;
                    case ',' when afterBracket:
                        simple.Append(c);
                        break;
                    case ',' when !inAssembly:
                        inAssembly = true;
                        simple.Append(c);
                        break;
                    case ',':
                        skipping = true;
                        break;
                    default:
                        afterBracket = false;
                        if (!skipping)
                        {
                            simple.Append(c);
                        }

                        break;
                }
            }

            return simple.ToString();
        }

        private Type Check(string? assemblyName, string typeName)
        {
            foreach (var (old, moved) in MovedTypes)
            {
                typeName = typeName.Replace(old, moved, StringComparison.Ordinal);
            }

            if (assemblyName is not null && !AllowedAssemblyPrefixes.Any(p => assemblyName.StartsWith(p, StringComparison.Ordinal)))
            {
                throw new JsonSerializationException("Stored state names a type from an assembly that state may not use.");
            }

            var type = base.BindToType(assemblyName, typeName);
            if (typeof(Delegate).IsAssignableFrom(type) || type.Namespace is "System.IO" or "System.Diagnostics" or "System.Reflection")
            {
                throw new JsonSerializationException("Stored state names a type that state may not use.");
            }

            return type;
        }
    }
}
