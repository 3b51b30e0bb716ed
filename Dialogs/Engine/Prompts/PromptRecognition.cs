namespace ReportBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt's recogniser made of the survivor's message.</summary>
public readonly record struct PromptRecognition<T>(bool Succeeded, T? Value)
{
    public static PromptRecognition<T> Failed => new(false, default);

    public static PromptRecognition<T> Found(T value) => new(true, value);
}
