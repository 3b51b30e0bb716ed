namespace ReportBot.Tests.Support;

/// <summary>One request a <see cref="RecordingServer"/> received: its method, path (no query) and body as text.</summary>
public sealed record RecordedRequest(string Method, string Path, string Body);
