using ReportBot.Bot.Privacy.Evaluation;
using ReportBot.Bot.Privacy.Redaction;
using ReportBot.Resources;

namespace ReportBot.Tests.Privacy;

/// <summary>
/// The redactor answers with interpreted patterns until the compiled ones are built in the background, then switches.
/// Both must find exactly the same things, or a transcript line would be redacted differently depending on when it
/// was written.
/// </summary>
public sealed class CompiledRedactionTests
{
    [Fact]
    public void Compiled_and_interpreted_patterns_find_the_same_things_in_every_labelled_message()
    {
        var phrases = new PhraseCatalog();
        var interpreted = new WordPatterns(phrases).All.ToList();
        var compiled = new WordPatterns(phrases, compiled: true).All.ToList();
        var texts = new[] { "pii.blind.tsv", "pii.blind2.tsv" }
            .SelectMany(f => LabelledRedaction.ReadTsv(Path.Combine(AppContext.BaseDirectory, "Privacy", f)))
            .Select(i => i.Text)
            .ToList();

        Assert.True(texts.Count > 200);
        var found = 0;
        for (var p = 0; p < interpreted.Count; p++)
        {
            foreach (var text in texts)
            {
                var expected = interpreted[p].Matches(text).Select(m => (m.Index, m.Length, X: m.Groups["x"].Value)).ToList();
                Assert.Equal(expected, compiled[p].Matches(text).Select(m => (m.Index, m.Length, X: m.Groups["x"].Value)).ToList());
                found += expected.Count;
            }
        }

        Assert.True(found > 50, "the labelled messages should give the patterns something to find");
    }
}
