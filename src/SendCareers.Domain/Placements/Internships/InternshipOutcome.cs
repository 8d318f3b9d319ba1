namespace SendCareers.Domain.Placements.Internships;

/// <summary>
/// How a supported internship ended: was a paid job offered, for how many hours a week, and Access to
/// Work. These feed the NDTi figures "first paid jobs under 25" and "% of job starts at 16 hours or more".
/// </summary>
public sealed record InternshipOutcome(bool PaidJobOffered, decimal? HoursPerWeek, AccessToWorkStatus AccessToWork)
{
    /// <summary>The hours at which a job counts as paid employment in the NDTi and Gatsby definitions.</summary>
    public const decimal PaidEmploymentHours = 16m;

    /// <summary>Less than an hour a week is not a job offer anyone would record as an outcome.</summary>
    public const decimal MinimumHours = 1m;

    /// <summary>The Working Time Regulations' weekly average limit; more than this is almost certainly a typing error.</summary>
    public const decimal MaximumHours = 48m;

    public bool CountsAsPaidEmployment => PaidJobOffered && HoursPerWeek >= PaidEmploymentHours;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (PaidJobOffered && HoursPerWeek is null)
        {
            problems.Add("Enter the hours a week of the job offered");
        }
        else if (PaidJobOffered && HoursPerWeek is < MinimumHours or > MaximumHours)
        {
            problems.Add($"Hours a week must be between {MinimumHours:0} and {MaximumHours:0}");
        }
        else if (!PaidJobOffered && HoursPerWeek is not null)
        {
            problems.Add("Only enter hours a week if a paid job was offered");
        }

        if (!Enum.IsDefined(AccessToWork))
        {
            problems.Add("Select where the Access to Work claim stands");
        }

        return problems;
    }
}
