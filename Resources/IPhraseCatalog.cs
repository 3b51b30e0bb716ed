namespace ReportBot.Resources;

/// <summary>Lists of words and phrases the bot recognises (yes/no, skip, language names, crisis wording...).</summary>
public interface IPhraseCatalog
{
    /// <summary>The phrases of one list in one language.</summary>
    IReadOnlyList<string> Get(PhraseKey key, Language language);

    /// <summary>The phrases of one list in every language: users mix languages, so matching looks at all.</summary>
    IReadOnlyList<string> All(PhraseKey key);

    /// <summary>Every list the catalog holds, for completeness checks.</summary>
    IReadOnlyCollection<string> Keys { get; }
}
