namespace ReportBot.Tests.Storage;

/// <summary>
/// The record of which writes a disk flush has made durable is shared by every file on a device, so syncs made by
/// tests running at the same time would make a test's writes durable early. These tests run alone, after the others.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DeviceFlushIsolation
{
    public const string Name = "Device flushes (runs alone)";
}
