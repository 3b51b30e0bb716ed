using Xunit.Abstractions;
using Xunit.Sdk;

namespace ReportBot.Tests.Support;

/// <summary>Gives every test of a <see cref="SlowAttribute"/> class the trait <c>Category=Slow</c>.</summary>
public sealed class SlowTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) =>
        [new(SlowAttribute.Category, SlowAttribute.Value)];
}
