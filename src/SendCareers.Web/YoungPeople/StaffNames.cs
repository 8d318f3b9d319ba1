using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Web.Data;

namespace SendCareers.Web.YoungPeople;

/// <summary>
/// The one place that says how a job coach or hub administrator sees a young person's name in a list,
/// a pick list, a heading or a link: the preferred name with the legal surname after it ("Alfie Brown"),
/// and, when someone else at the same school or college would read the same, their date of birth too
/// ("Alfie Brown, born 3 March 2009"); if even that is shared, their UPN or record number. The label is
/// the same on every page because it is worked out against the whole school, not against the list
/// being shown. Staff only: employers and families see <see cref="PersonName.FirstName"/>, never this.
/// </summary>
public sealed class StaffNames(AppDbContext db)
{
    /// <summary>What the label is made from; callers that already hold these may build it with <see cref="Label"/>.</summary>
    public sealed record NameParts(int Id, int SchoolId, string PreferredName, string? LegalSurname, DateOnly DateOfBirth, string? Upn);

    /// <summary>
    /// Labels for every young person in <paramref name="wholeSchools"/>, which must hold everyone (not erased)
    /// at each school it touches, such as a caseload: they are told apart from each other without another query.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, string>> ForWholeSchoolsAsync(IQueryable<Data.Entities.YoungPerson> wholeSchools, CancellationToken cancellationToken)
    {
        var people = await wholeSchools.AsNoTracking()
            .Select(p => new NameParts(p.Id, p.SchoolId, p.PreferredName, p.LegalSurname, p.DateOfBirth, p.Upn))
            .ToListAsync(cancellationToken);
        return Labels(people, people);
    }

    /// <summary>Labels for the young people with these ids (ids not found are left out).</summary>
    public async Task<IReadOnlyDictionary<int, string>> ForAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<int, string>();
        }

        var people = new List<NameParts>(wanted.Count);
        foreach (var chunk in wanted.Chunk(500))
        {
            people.AddRange(await db.YoungPeople.AsNoTracking().Where(p => chunk.Contains(p.Id))
                .Select(p => new NameParts(p.Id, p.SchoolId, p.PreferredName, p.LegalSurname, p.DateOfBirth, p.Upn))
                .ToListAsync(cancellationToken));
        }

        // Only someone whose preferred name is a word-by-word start of this person's label can end up with
        // the same label, so only they are read, from the same schools.
        var schools = people.Select(p => p.SchoolId).Distinct().ToList();
        // Both as written and in lower case: SQLite's lower() leaves letters such as É as they are.
        var prefixes = people.SelectMany(p => Prefixes(PersonName.ForStaff(p.PreferredName, p.LegalSurname))).Distinct().ToList();
        var namesakes = new List<NameParts>();
        foreach (var chunk in prefixes.Chunk(500))
        {
            namesakes.AddRange(await db.YoungPeople.AsNoTracking()
                .Where(p => p.ErasedAtUtc == null && schools.Contains(p.SchoolId) && (chunk.Contains(p.PreferredName) || chunk.Contains(p.PreferredName.ToLower())))
                .Select(p => new NameParts(p.Id, p.SchoolId, p.PreferredName, p.LegalSurname, p.DateOfBirth, p.Upn))
                .ToListAsync(cancellationToken));
        }

        return Labels(people, namesakes);
    }

    /// <summary>The label for one young person, or null when there is no such record.</summary>
    public async Task<string?> ForAsync(int id, CancellationToken cancellationToken) =>
        (await ForAsync([id], cancellationToken)).GetValueOrDefault(id);

    /// <summary>
    /// Labels for <paramref name="people"/>, telling each apart from everyone in <paramref name="schoolmates"/>
    /// (who should include everyone at their schools that might share their name).
    /// </summary>
    public static IReadOnlyDictionary<int, string> Labels(IEnumerable<NameParts> people, IEnumerable<NameParts> schoolmates)
    {
        var bySchoolAndName = schoolmates.DistinctBy(p => p.Id)
            .ToLookup(p => (p.SchoolId, Key(PersonName.ForStaff(p.PreferredName, p.LegalSurname))));
        var labels = new Dictionary<int, string>();
        foreach (var person in people)
        {
            labels[person.Id] = Label(person, bySchoolAndName[(person.SchoolId, Key(PersonName.ForStaff(person.PreferredName, person.LegalSurname)))]);
        }

        return labels;
    }

    /// <summary>One person's label, given the people at their school whose name reads the same (them included or not).</summary>
    public static string Label(NameParts person, IEnumerable<NameParts> sameName)
    {
        var name = PersonName.ForStaff(person.PreferredName, person.LegalSurname);
        var others = sameName.Where(o => o.Id != person.Id).ToList();
        if (others.Count == 0)
        {
            return name;
        }

        var label = $"{name}, born {UkFormat.Date(person.DateOfBirth)}";
        if (others.All(o => o.DateOfBirth != person.DateOfBirth))
        {
            return label;
        }

        return person.Upn is { Length: > 0 } upn && others.All(o => !string.Equals(o.Upn, upn, StringComparison.OrdinalIgnoreCase))
            ? $"{label}, UPN {upn}"
            : $"{label}, record {person.Id}";
    }

    private static string Key(string label) => label.Trim().ToLowerInvariant();

    private static IEnumerable<string> Prefixes(string label)
    {
        var words = label.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i <= words.Length; i++)
        {
            var prefix = string.Join(' ', words[..i]);
            yield return prefix;
            yield return prefix.ToLowerInvariant();
        }
    }
}
