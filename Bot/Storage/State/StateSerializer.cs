using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

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
        using (var writer = new JsonTextWriter(text) { ArrayPool = PooledChars.Instance, CloseOutput = false })
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
        using var reader = new JsonTextReader(new StreamReader(new MemoryStream(utf8), Encoding.UTF8)) { ArrayPool = PooledChars.Instance };
        return Reader.Deserialize(reader);
    }

    private static JsonSerializer Create(TypeNameHandling typeNames) => JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = typeNames,
        SerializationBinder = new AllowListBinder(),
        MaxDepth = null,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    });

    private static (MemoryStream, StreamWriter) NewOutput()
    {
        var buffer = new MemoryStream(4096);
        return (buffer, new StreamWriter(buffer, new UTF8Encoding(false), bufferSize: 1024, leaveOpen: true));
    }

    private sealed class PooledChars : IArrayPool<char>
    {
        public static readonly PooledChars Instance = new();

        public char[] Rent(int minimumLength) => System.Buffers.ArrayPool<char>.Shared.Rent(minimumLength);

        public void Return(char[]? array)
        {
            if (array is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(array);
            }
        }
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

        public override Type BindToType(string? assemblyName, string typeName)
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
