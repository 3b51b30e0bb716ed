using Newtonsoft.Json;

namespace ReportBot.Bot.Adapters;

/// <summary>Newtonsoft's readers and writers take their character buffers from the shared pool instead of new arrays.</summary>
internal sealed class PooledJsonChars : IArrayPool<char>
{
    public static readonly PooledJsonChars Instance = new();

    public char[] Rent(int minimumLength) => System.Buffers.ArrayPool<char>.Shared.Rent(minimumLength);

    public void Return(char[]? array)
    {
        if (array is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(array);
        }
    }
}
