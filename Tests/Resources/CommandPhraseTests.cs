using ReportBot.Dialogs.Engine;
using ReportBot.Resources;

namespace ReportBot.Tests.Resources;

public sealed class CommandPhraseTests
{
    /// <summary>Phrase lists that trigger a global command: a phrase in two of them would silently go to the first.</summary>
    private static readonly string[] GlobalCommandLists =
    [
        "command.help", "command.delete", "command.exit", "command.report", "command.case_code",
        "legal.ask", "language.korean", "language.english", "handoff.request",
    ];

    [Fact]
    public void No_phrase_triggers_two_different_global_commands()
    {
        var phrases = new PhraseCatalog();
        var owners = new Dictionary<string, string>();
        var clashes = new List<string>();
        foreach (var list in GlobalCommandLists.Where(l => phrases.Keys.Contains(l)))
        {
            foreach (var phrase in phrases.All(new PhraseKey(list)).Select(TextMatcher.Normalize).Distinct())
            {
                if (owners.TryGetValue(phrase, out var owner) && owner != list)
                {
                    clashes.Add($"'{phrase}' is in {owner} and {list}");
                }

                owners[phrase] = list;
            }
        }

        Assert.True(clashes.Count == 0, string.Join("; ", clashes));
    }
}
