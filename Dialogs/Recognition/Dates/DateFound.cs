namespace ReportBot.Dialogs.Recognition.Dates;

/// <summary>A time found inside longer words (<see cref="DateReader.Find"/>): what it means, and the words that say it.</summary>
public sealed record DateFound(DateReading Reading, string Words);
