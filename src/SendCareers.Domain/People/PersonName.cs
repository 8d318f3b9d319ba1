namespace SendCareers.Domain.People;

/// <summary>How messages and pages address a young person: by the first word of the name they prefer.</summary>
public static class PersonName
{
    public static string FirstName(string preferredName) =>
        preferredName.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "the young person";
}
