namespace ReportBot.Bot.Storage.Objects;

/// <summary>The bytes of one stored object with its version.</summary>
public sealed record StoredObject(byte[] Content, string ETag, DateTimeOffset LastModified);
