using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Web.Security;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.YoungPeople;

public class IndexModel(Caseload caseload, HubInfo hub, TimeProvider time) : PageModel
{
    public sealed record Row(int Id, string Name, int Age, string YearGroup, string School, string Interests);

    public sealed record Leaver(int Id, string Name, DateOnly LeftOn, string School);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>Those whose leaving date has come: kept for their destinations, out of the list above.</summary>
    public IReadOnlyList<Leaver> Leavers { get; private set; } = [];

    public bool ShowSchool { get; private set; }

    public string ScopeName { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = UkTimeZone.Today(time);
        ShowSchool = User.IsHubAdmin();
        ScopeName = ShowSchool ? hub.Current.Name : await caseload.OwnSchoolNameAsync(cancellationToken) ?? "";
        var people = await caseload.Current().AsNoTracking()
            .Select(p => new { Parts = new StaffNames.NameParts(p.Id, p.SchoolId, p.PreferredName, p.LegalSurname, p.DateOfBirth, p.Upn), SchoolName = p.School!.Name, p.Interests })
            .ToListAsync(cancellationToken);
        var leavers = await caseload.Leavers().AsNoTracking()
            .Select(p => new { Parts = new StaffNames.NameParts(p.Id, p.SchoolId, p.PreferredName, p.LegalSurname, p.DateOfBirth, p.Upn), p.LeftOn, SchoolName = p.School!.Name })
            .ToListAsync(cancellationToken);
        var names = StaffNames.Labels(people.Select(p => p.Parts).ToList(), people.Select(p => p.Parts).Concat(leavers.Select(p => p.Parts)));
        var leaverNames = StaffNames.Labels(leavers.Select(p => p.Parts).ToList(), leavers.Select(p => p.Parts).Concat(people.Select(p => p.Parts)));
        Leavers = leavers
            .Select(p => new Leaver(p.Parts.Id, leaverNames[p.Parts.Id], p.LeftOn!.Value, p.SchoolName))
            .OrderByDescending(p => p.LeftOn).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id)
            .ToList();
        Rows = people.Select(p => new { p.Parts.Id, Name = names[p.Parts.Id], p.Parts.DateOfBirth, p.SchoolName, p.Interests })
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id)
            .Select(p => new Row(p.Id, p.Name, SchoolYear.AgeOn(p.DateOfBirth, today),
                SchoolYear.YearGroupLabel(SchoolYear.YearGroupOn(p.DateOfBirth, today)), p.SchoolName,
                EnumLabels.List(p.Interests.Cast<Enum>())))
            .ToList();
    }
}
