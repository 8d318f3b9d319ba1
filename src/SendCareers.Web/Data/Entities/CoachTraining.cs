namespace SendCareers.Web.Data.Entities;

/// <summary>
/// A course a job coach has completed, such as a certificate in supported employment or systematic
/// instruction. Evidence for NDTi Section 2 statement 7, "there are enough trained job coaches".
/// </summary>
public class CoachTraining
{
    public int Id { get; set; }

    /// <summary>The job coach's account.</summary>
    public string UserId { get; set; } = "";

    public string Course { get; set; } = "";

    public DateOnly CompletedOn { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public string? RecordedByUserId { get; set; }
}
