using ReportBot.Dialogs.Recognition;
using ReportBot.Resources;
using Xunit.Abstractions;

namespace ReportBot.Tests.Recognition;

public sealed class ScratchProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var r = Recognizer.For(new PhraseCatalog());
        foreach (var t in File.ReadAllLines("/tmp/scratch/probe.txt"))
        {
            output.WriteLine($"{t} => {r.Best(t)} / {r.Best(t, true)} / {r.Crisis.Assess(t)}");
        }
    }
}
