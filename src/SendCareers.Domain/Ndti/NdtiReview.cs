namespace SendCareers.Domain.Ndti;

/// <summary>A Preparing for Adulthood review and whether it focused on employment.</summary>
public sealed record NdtiReview(long PersonId, DateOnly HeldOn, bool EmploymentFocused);
