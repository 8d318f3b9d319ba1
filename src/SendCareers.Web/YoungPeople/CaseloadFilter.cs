using System.Globalization;
using SendCareers.Domain.People;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.YoungPeople;

/// <summary>
/// What a job coach or hub administrator narrows a list of young people to, read from the address (so a filtered
/// list can be bookmarked). Values that make no sense are dropped rather than refused: a filter never fails.
/// It only narrows a query that is already scoped by <see cref="Caseload"/>, so it can never show more.
/// </summary>
public sealed record CaseloadFilter(string? Name, int? SchoolId, int? YearGroup, bool? HasEhcp, bool? HasProfile)
{
    public const int MaxNameLength = 100;

    public static CaseloadFilter Parse(string? name, string? school, string? yearGroup, string? ehcp, string? profile)
    {
        var trimmed = name?.Trim();
        return new CaseloadFilter(
            string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, MaxNameLength)],
            PositiveInt(school),
            PositiveInt(yearGroup) is { } y && y >= SchoolYear.FirstYearGroup && y <= SchoolYear.LastYearGroup ? y : null,
            YesNo(ehcp),
            YesNo(profile));
    }

    public bool IsEmpty => this == new CaseloadFilter(null, null, null, null, null);

    /// <summary>
    /// Narrows <paramref name="people"/> in SQL. A profile counts as started once their interests are recorded, as
    /// the list's Interests column shows.
    /// </summary>
    public IQueryable<YoungPerson> Apply(IQueryable<YoungPerson> people, DateOnly today)
    {
        if (Name is { } name)
        {
            var lower = name.ToLowerInvariant();
#pragma warning disable CA1862 // EF turns ToLower().Contains into SQL on both databases; the StringComparison overload has no translation.
            people = people.Where(p => (p.PreferredName + " " + (p.LegalSurname ?? "")).ToLower().Contains(lower)
                || (p.LegalFirstName ?? "").ToLower().Contains(lower));
#pragma warning restore CA1862
        }

        if (SchoolId is { } schoolId)
        {
            people = people.Where(p => p.SchoolId == schoolId);
        }

        if (YearGroup is { } yearGroup)
        {
            var (firstBorn, lastBorn) = SchoolYear.BirthDatesIn(yearGroup, today);
            people = people.Where(p => p.DateOfBirth >= firstBorn && p.DateOfBirth <= lastBorn);
        }

        if (HasEhcp is { } ehcp)
        {
            people = people.Where(p => p.HasEhcp == ehcp);
        }

        if (HasProfile is { } profile)
        {
            people = profile ? people.Where(p => p.Interests.Count > 0) : people.Where(p => p.Interests.Count == 0);
        }

        return people;
    }

    private static int? PositiveInt(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static bool? YesNo(string? value) => value switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };
}
