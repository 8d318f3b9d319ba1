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
            .Select(p => new { p.Id, p.PreferredName, p.LegalSurname, p.DateOfBirth, SchoolName = p.School!.Name, p.Interests })
            .ToListAsync(cancellationToken);
        Leavers = (await caseload.Leavers().AsNoTracking()
                .Select(p => new { p.Id, p.PreferredName, p.LegalSurname, p.LeftOn, SchoolName = p.School!.Name })
                .ToListAsync(cancellationToken))
            .OrderByDescending(p => p.LeftOn).ThenBy(p => p.PreferredName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id)
            .Select(p => new Leaver(p.Id, PersonName.ForStaff(p.PreferredName, p.LegalSurname), p.LeftOn!.Value, p.SchoolName))
            .ToList();
        Rows = people
            .OrderBy(p => p.PreferredName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.LegalSurname, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id)
            .Select(p => new Row(p.Id, PersonName.ForStaff(p.PreferredName, p.LegalSurname), SchoolYear.AgeOn(p.DateOfBirth, today),
                SchoolYear.YearGroupLabel(SchoolYear.YearGroupOn(p.DateOfBirth, today)), p.SchoolName,
                EnumLabels.List(p.Interests.Cast<Enum>())))
            .ToList();
    }
}
