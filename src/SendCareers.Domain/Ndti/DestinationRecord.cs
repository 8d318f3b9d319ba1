namespace SendCareers.Domain.Ndti;

/// <summary>What a leaver was doing at one checkpoint after leaving.</summary>
public sealed record DestinationRecord(long PersonId, DateOnly LeftOn, DateOnly CheckpointOn, DestinationKind Kind, decimal? PaidHoursPerWeek);
