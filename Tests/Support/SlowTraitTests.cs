using System.Reflection;
using ReportBot.Tests.Browser;

namespace ReportBot.Tests.Support;

/// <summary>
/// Keeps <c>./test.sh --fast</c> honest: a class that starts Kestrel, Azurite, Chromium or a process carries
/// <see cref="SlowAttribute"/>, and a class that starts none of them does not (so the fast loop runs every test it can).
/// </summary>
public sealed class SlowTraitTests
{
    [Fact]
    public void Every_test_class_that_starts_a_server_Azurite_Chromium_or_a_process_is_marked_slow()
    {
        var unmarked = TestClasses()
            .Where(t => !IsMarked(t))
            .Select(t => (Type: t, Starts: SlowDependencyScanner.WhatStarts(t)))
            .Where(c => c.Starts.Count > 0)
            .Select(c => $"{c.Type.FullName} starts {string.Join("; ", c.Starts)}")
            .ToList();

        Assert.True(unmarked.Count == 0, "Add [Slow] to these classes (./test.sh --fast leaves them out):\n" + string.Join("\n", unmarked));
    }

    [Fact]
    public void No_test_class_that_runs_in_memory_is_marked_slow()
    {
        var needless = TestClasses()
            .Where(t => IsMarked(t) && SlowDependencyScanner.WhatStarts(t).Count == 0)
            .Select(t => t.FullName)
            .ToList();

        Assert.True(needless.Count == 0, "These classes start nothing outside the test: remove [Slow] so the fast loop runs them:\n" + string.Join("\n", needless));
    }

    [Fact]
    public void The_scan_follows_lambdas_async_methods_helpers_and_fixtures_and_ignores_mere_mentions()
    {
        Assert.Contains(SlowDependencyScanner.WhatStarts(typeof(StartsKestrelInsideAnAsyncLambda)), s => s.StartsWith("Kestrel (RunningBot)", StringComparison.Ordinal));
        Assert.Contains(SlowDependencyScanner.WhatStarts(typeof(StartsChromiumThroughAHelper)), s => s.StartsWith("Chromium", StringComparison.Ordinal));
        Assert.Contains(SlowDependencyScanner.WhatStarts(typeof(TakesTheAzuriteFixture)), s => s.StartsWith("Azurite", StringComparison.Ordinal));
        Assert.Contains(SlowDependencyScanner.WhatStarts(typeof(StartsAProcess)), s => s.StartsWith("a child process", StringComparison.Ordinal));
        Assert.Empty(SlowDependencyScanner.WhatStarts(typeof(OnlyMentionsRunningBot)));
    }

    [Fact]
    public void Slow_tests_carry_the_trait_the_fast_filter_leaves_out()
    {
        // xunit finds the discoverer by name: a typo would drop the trait silently and --fast would run everything.
        var discoverer = typeof(SlowAttribute).GetCustomAttributesData().Single(a => a.AttributeType == typeof(Xunit.Sdk.TraitDiscovererAttribute));
        Assert.Equal(typeof(SlowTraitDiscoverer).FullName, discoverer.ConstructorArguments[0].Value);
        Assert.Equal(typeof(SlowTraitDiscoverer).Assembly.GetName().Name, discoverer.ConstructorArguments[1].Value);

        var traits = new SlowTraitDiscoverer().GetTraits(null!).ToList();
        Assert.Equal([new KeyValuePair<string, string>("Category", "Slow")], traits);
        var script = File.ReadAllText(Path.Combine(AzuriteInstance.RepositoryRoot(), "test.sh"));
        Assert.Contains($"{SlowAttribute.Category}!={SlowAttribute.Value}", script, StringComparison.Ordinal);
    }

    private static bool IsMarked(Type type) => type.GetCustomAttribute<SlowAttribute>(inherit: false) is not null;

    private static IEnumerable<Type> TestClasses() => typeof(SlowTraitTests).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any()));
}

// Samples for the scan itself: never run, only read.
file sealed class StartsKestrelInsideAnAsyncLambda
{
    public async Task RunAsync()
    {
        Func<Task> start = async () =>
        {
            await using var bot = await RunningBot.StartAsync();
        };
        await start();
    }
}

file sealed class StartsChromiumThroughAHelper
{
    public Task RunAsync() => BrowserHelper.OpenAsync();
}

file static class BrowserHelper
{
    public static async Task OpenAsync()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        await browser.CloseAsync();
        playwright.Dispose();
    }
}

file sealed class TakesTheAzuriteFixture(AzuriteFixture fixture)
{
    public AzuriteFixture Fixture { get; } = fixture;
}

file sealed class StartsAProcess
{
    public void Run() => System.Diagnostics.Process.Start("true")?.WaitForExit();
}

file sealed class OnlyMentionsRunningBot
{
    private readonly List<RunningBot> _bots = [];

    public int Count => _bots.Count;

    public Type Kind => typeof(RunningBot);
}
