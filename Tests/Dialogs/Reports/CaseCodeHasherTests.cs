using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReportBot.Dialogs.Reports;
using Xunit.Abstractions;

namespace ReportBot.Tests.Dialogs.Reports;

public sealed class CaseCodeHasherTests(ITestOutputHelper output)
{
    private const string Pepper = "pepper-for-hasher-tests-0123456789abcdef";

    [Fact]
    public void The_same_code_always_leads_to_the_same_key_and_the_key_does_not_hold_the_code()
    {
        var hasher = Hasher(Pepper);

        var key = hasher.StorageKey("K7QM4RTX2P");

        Assert.Equal(key, hasher.StorageKey("K7QM4RTX2P"));
        Assert.Equal(key, Hasher(Pepper).StorageKey("K7QM4RTX2P"));
        Assert.NotEqual(key, hasher.StorageKey("K7QM4RTX2Q"));
        Assert.Matches("^cases/[0-9a-f]{64}$", key);
        Assert.DoesNotContain("K7QM4RTX2P", key, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Another_deployment_pepper_gives_other_keys()
    {
        Assert.NotEqual(Hasher(Pepper).StorageKey("K7QM4RTX2P"), Hasher(Pepper + "-other").StorageKey("K7QM4RTX2P"));
    }

    [Fact]
    public void Without_a_configured_pepper_one_is_generated_once_and_kept_for_the_next_start()
    {
        var file = Path.Combine(Path.GetTempPath(), "reportbot-pepper-" + Guid.NewGuid().ToString("N"), "pepper");
        try
        {
            var first = Hasher(string.Empty, file).StorageKey("K7QM4RTX2P");
            var again = Hasher(string.Empty, file).StorageKey("K7QM4RTX2P");

            Assert.Equal(first, again);
            Assert.True(File.ReadAllText(file).Length >= 32);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public void With_the_default_iterations_one_hash_is_slow_for_a_guesser_but_a_small_part_of_a_turn()
    {
        var options = new CasesOptions();
        var hasher = Hasher(Pepper);
        hasher.StorageKey("WARMUP2345");

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        const int runs = 5;
        for (var i = 0; i < runs; i++)
        {
            hasher.StorageKey(CaseCode.Generate());
        }

        var perHash = watch.Elapsed / runs;
        var cpuPerHash = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore) / runs;
        output.WriteLine($"PBKDF2-SHA256, {options.HashIterations} iterations: {perHash.TotalMilliseconds:F1} ms wall, {cpuPerHash.TotalMilliseconds:F1} ms process CPU per case-code hash");
        Assert.True(options.HashIterations >= 100_000);

        // Generous: the build machines are shared and loaded; this catches a tenfold misconfiguration, not jitter.
        Assert.True(perHash < TimeSpan.FromSeconds(2), $"one hash took {perHash.TotalMilliseconds} ms");
    }

    private static CaseCodeHasher Hasher(string pepper, string? file = null) =>
        new(Options.Create(new CasesOptions { CodePepper = pepper, PepperFile = file ?? "unused" }), NullLogger<CaseCodeHasher>.Instance);
}
