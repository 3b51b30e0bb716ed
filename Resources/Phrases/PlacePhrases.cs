namespace ReportBot.Resources.Phrases;

/// <summary>Where something happened, as said inside a story (Resources/Phrases/places.json).</summary>
public static class PlacePhrases
{
    public static readonly PhraseKey Noun = new("place.noun");
    public static readonly PhraseKey Marker = new("place.marker");
    public static readonly PhraseKey Spatial = new("place.spatial");
}
