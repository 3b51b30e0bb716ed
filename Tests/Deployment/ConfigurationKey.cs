using System.Reflection;

namespace ReportBot.Tests.Deployment;

/// <summary>One configuration key the app reads; <see cref="Options"/> is null for keys read directly.</summary>
public sealed record ConfigurationKey(string Key, Type? Options, PropertyInfo? Property, bool IsList);
