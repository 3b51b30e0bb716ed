namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt's recogniser made of the survivor's message.</summary>
/// <param name="Note">Said before the question ends when the answer was read from the survivor's own words
/// (what was understood, so that it can be corrected).</param>
public readonly record struct PromptRecognition<T>(bool Succeeded, T? Value, string? Note = null)
{
    public static PromptRecognition<T> Failed => new(false, default);

    public static PromptRecognition<T> Found(T value, string? note = null) => new(true, value, note);
}
