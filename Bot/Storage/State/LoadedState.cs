namespace ReportBot.Bot.Storage.State;

/// <summary>A conversation's state bag as read, with the serialized bytes it came from (its ETag entry not included).</summary>
public sealed record LoadedState(IDictionary<string, object> Values, byte[] Serialized);
