namespace SendCareers.Domain.People;

/// <summary>How messages and pages address a young person.</summary>
public static class PersonName
{
    /// <summary>The first word of the name they prefer: all an employer or family message uses.</summary>
    public static string FirstName(string preferredName) =>
        preferredName.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "the young person";

    /// <summary>
    /// For staff lists and pick lists, where two pupils may both be called Alfie: the preferred name
    /// with the legal surname after it, unless the preferred name already ends with it.
    /// </summary>
    public static string ForStaff(string preferredName, string? legalSurname)
    {
        var name = preferredName.Trim();
        var surname = legalSurname?.Trim();
        if (string.IsNullOrEmpty(surname) || name.EndsWith(" " + surname, StringComparison.OrdinalIgnoreCase) || name.Equals(surname, StringComparison.OrdinalIgnoreCase))
        {
            return name;
        }

        return $"{name} {surname}";
    }
}
