namespace ReportBot.Resources.Phrases;

/// <summary>Where something happened, as said inside a story (Resources/Phrases/places.json).</summary>
public static class PlacePhrases
{
    public static readonly PhraseKey Noun = new("place.noun");
    public static readonly PhraseKey Marker = new("place.marker");
    public static readonly PhraseKey Spatial = new("place.spatial");

    /// <summary>English words that make the vehicle before them a place without a preposition ("my uber driver").</summary>
    public static readonly PhraseKey After = new("place.after");

    /// <summary>Words after a place (Korean) or before its preposition (English) that make it where the survivor was taken, not where it happened.</summary>
    public static readonly PhraseKey Destination = new("place.destination");
}
