namespace SendCareers.Domain.Placements;

/// <summary>
/// What must be in place before a placement is confirmed. Each comes from school practice: a young
/// person with SEND is never sent to a workplace without a named person there, a job coach and a way to get there.
/// </summary>
public enum ConfirmationRequirement
{
    Dates = 1,
    Supervisor,
    JobCoach,
    TravelPlan,
}

public static class ConfirmationRequirementExtensions
{
    /// <summary>The GOV.UK-style instruction to show next to the missing item.</summary>
    public static string Instruction(this ConfirmationRequirement requirement) => requirement switch
    {
        ConfirmationRequirement.Dates => "Enter the start and end dates, with the end after the start",
        ConfirmationRequirement.Supervisor => "Enter the name of the supervisor at the workplace",
        ConfirmationRequirement.JobCoach => "Choose a job coach",
        ConfirmationRequirement.TravelPlan => "Enter a travel plan",
        _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, null),
    };
}
