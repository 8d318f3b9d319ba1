using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Web.Data;
using SendCareers.Web.Infrastructure.Paging;
using SendCareers.Web.Security;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.YoungPeople;

/// <summary>The caseload, a page at a time, narrowed by name, school, year group, EHCP and whether a profile is started.</summary>
public class IndexModel(Caseload caseload, StaffNames staffNames, AppDbContext db, HubInfo hub, TimeProvider time) : PageModel
{
    public const string LeaversPageKey = "leavers-page";

    public sealed record Row(int Id, string Name, int Age, string YearGroup, string School, string Interests);

    public sealed record Leaver(int Id, string Name, DateOnly LeftOn, string School);

    [BindProperty(SupportsGet = true, Name = "name")]
    public string? NameFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "school")]
    public string? SchoolFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public string? YearFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "ehcp")]
    public string? EhcpFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "profile")]
    public string? ProfileFilter { get; set; }

    public CaseloadFilter Filter { get; private set; } = CaseloadFilter.Parse(null, null, null, null, null);

    public Paged<Row> Rows { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);

    /// <summary>Those whose leaving date has come: kept for their destinations, out of the list above.</summary>
    public Paged<Leaver> Leavers { get; private set; } = new([], 0, 1, PageRequest.DefaultSize, LeaversPageKey);

    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];

    public bool ShowSchool { get; private set; }

    public string ScopeName { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = UkTimeZone.Today(time);
        ShowSchool = User.IsHubAdmin();
        ScopeName = ShowSchool ? hub.Current.Name : await caseload.OwnSchoolNameAsync(cancellationToken) ?? "";
        Filter = CaseloadFilter.Parse(NameFilter, ShowSchool ? SchoolFilter : null, YearFilter, EhcpFilter, ProfileFilter);
        if (ShowSchool)
        {
            Schools = (await db.Schools.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
                .Select(s => (s.Id, s.Name)).ToList();
        }

        var people = await Filter.Apply(caseload.Current(), today).AsNoTracking()
            .OrderBy(p => p.PreferredName.ToLower()).ThenBy(p => (p.LegalSurname ?? "").ToLower()).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.PreferredName, p.DateOfBirth, SchoolName = p.School!.Name, p.Interests })
            .ToPagedAsync(PageRequest.From(Request), cancellationToken);
        var leavers = await Filter.Apply(caseload.Leavers(), today).AsNoTracking()
            .OrderByDescending(p => p.LeftOn).ThenBy(p => p.PreferredName.ToLower()).ThenBy(p => (p.LegalSurname ?? "").ToLower()).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.PreferredName, p.LeftOn, SchoolName = p.School!.Name })
            .ToPagedAsync(PageRequest.From(Request, key: LeaversPageKey), cancellationToken);

        // Labels are worked out against each person's whole school, for the rows shown only.
        var names = await staffNames.ForAsync(people.Items.Select(p => p.Id).Concat(leavers.Items.Select(p => p.Id)), cancellationToken);
        Rows = people.Select(p => new Row(p.Id, names.GetValueOrDefault(p.Id, p.PreferredName), SchoolYear.AgeOn(p.DateOfBirth, today),
            SchoolYear.YearGroupLabel(SchoolYear.YearGroupOn(p.DateOfBirth, today)), p.SchoolName,
            EnumLabels.List(p.Interests.Cast<Enum>())));
        Leavers = leavers.Select(p => new Leaver(p.Id, names.GetValueOrDefault(p.Id, p.PreferredName), p.LeftOn!.Value, p.SchoolName));
    }
}
