namespace ReportBot.Dialogs.Recognition;

/// <summary>Where a concept was found: in the Korean letters or the English words, from where, how long, and whether by a typo.</summary>
public readonly record struct ConceptHit(bool Korean, int Start, int Length, bool Fuzzy);
