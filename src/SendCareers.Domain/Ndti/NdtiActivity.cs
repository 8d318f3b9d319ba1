namespace SendCareers.Domain.Ndti;

/// <summary>
/// Something a young person started: from a placement, or from a destination checkpoint. Hours are per
/// week and only matter for jobs.
/// </summary>
public sealed record NdtiActivity(long PersonId, DateOnly StartedOn, NdtiActivityKind Kind, decimal? HoursPerWeek = null)
{
    public bool IsJobStart => Kind is NdtiActivityKind.Apprenticeship or NdtiActivityKind.PaidJob;
}
