namespace ReportBot.Resources;

/// <summary>Gives every user-facing string in the language of the conversation.</summary>
public interface ITextCatalog
{
    /// <summary>The text for a key, with <c>{name}</c> placeholders filled from <paramref name="args"/>.</summary>
    string Get(TextKey key, Language language, params (string Name, object? Value)[] args);

    /// <summary>Every key the catalog holds, for completeness checks.</summary>
    IReadOnlyCollection<string> Keys { get; }

    /// <summary>The raw text of a key in one language, or null when it is missing.</summary>
    string? Find(string key, Language language);
}
