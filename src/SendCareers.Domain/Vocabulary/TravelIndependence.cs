namespace SendCareers.Domain.Vocabulary;

public enum TravelIndependence
{
    Unknown = 0,
    Independent,
    TravelTrainedKnownRoutes,
    NeedsTransport,
}
