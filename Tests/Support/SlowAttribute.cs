using Xunit.Sdk;

namespace ReportBot.Tests.Support;

/// <summary>
/// Marks a test class that starts something outside the test's own memory (Kestrel, Azurite, Chromium, a child
/// process): trait <c>Category=Slow</c>, left out by <c>./test.sh --fast</c>. <see cref="SlowTraitTests"/> fails when a
/// class starts one of them without it.
/// </summary>
[TraitDiscoverer("ReportBot.Tests.Support.SlowTraitDiscoverer", "ReportBot.Tests")]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SlowAttribute : Attribute, ITraitAttribute
{
    public const string Category = "Category";
    public const string Value = "Slow";
}
