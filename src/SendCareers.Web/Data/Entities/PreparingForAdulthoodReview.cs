namespace SendCareers.Web.Data.Entities;

/// <summary>An annual EHCP review from Year 9 on, and whether it focused on employment (NDTi Section 1).</summary>
public class PreparingForAdulthoodReview
{
    public int Id { get; set; }

    public int YoungPersonId { get; set; }

    public DateOnly HeldOn { get; set; }

    public bool EmploymentFocused { get; set; }

    public string? Notes { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public string? RecordedByUserId { get; set; }
}
