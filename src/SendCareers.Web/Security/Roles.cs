namespace SendCareers.Web.Security;

public static class Roles
{
    public const string HubAdmin = nameof(HubAdmin);
    public const string JobCoach = nameof(JobCoach);
    public const string Employer = nameof(Employer);

    public static readonly IReadOnlyList<string> All = [HubAdmin, JobCoach, Employer];
}

public static class Policies
{
    /// <summary>Hub administrators only.</summary>
    public const string HubAdmin = "HubAdminOnly";

    /// <summary>Job coaches, and hub administrators who see every school.</summary>
    public const string Coaching = "Coaching";

    /// <summary>Signed-in employer contacts, for their own organisation.</summary>
    public const string Employer = "EmployerOnly";
}
