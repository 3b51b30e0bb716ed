namespace ReportBot.Bot.Storage.Objects;

/// <summary>One entry of a listing.</summary>
public sealed record ObjectInfo(string Name, DateTimeOffset LastModified);
