namespace ReportBot.Bot.Storage;

/// <summary>The bytes of one stored object with its version.</summary>
public sealed record StoredObject(byte[] Content, string ETag, DateTimeOffset LastModified);
