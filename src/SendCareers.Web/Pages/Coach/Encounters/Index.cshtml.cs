using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;
using SendCareers.Web.Infrastructure.Paging;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Coach.Encounters;

/// <summary>
/// The encounters of the coach's school (every school's, for a hub administrator), a page at a time: coming up
/// (soonest first), then past (latest first), then cancelled; narrowed by which of those, school and date.
/// </summary>
public class IndexModel(EncounterScope scope, AppDbContext db, TimeProvider time) : PageModel
{
    public enum Section
    {
        Upcoming = 0,
        Past = 1,
        Cancelled = 2,
    }

    public sealed record Row(int Id, string Title, string Kind, string Employer, DateTime StartsAtUtc, int Group, int Unmarked, EncounterState State);

    public sealed record Table(string Caption, IReadOnlyList<Row> Rows, bool ShowRegister);

    [BindProperty(SupportsGet = true, Name = "show")]
    public string? ShowFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "school")]
    public string? SchoolFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? FromFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? ToFilter { get; set; }

    public Section? Show { get; private set; }

    public int? SchoolId { get; private set; }

    public DateOnly? From { get; private set; }

    public DateOnly? To { get; private set; }

    public bool FromInvalid { get; private set; }

    public bool ToInvalid { get; private set; }

    public bool Filtered => Show is not null || SchoolId is not null || From is not null || To is not null;

    public bool ShowSchool { get; private set; }

    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];

    public Paged<Row> Listed { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);

    /// <summary>This page's rows by section, each with how many the whole filtered list holds in that section.</summary>
    public IReadOnlyList<(Section Section, int Total, IReadOnlyList<Row> Rows)> Sections { get; private set; } = [];

    public DateTime NowUtc { get; private set; }

    public static string Caption(Section section) => section switch
    {
        Section.Upcoming => "Coming up",
        Section.Past => "Past",
        _ => "Cancelled",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NowUtc = time.GetUtcNow().UtcDateTime;
        var now = NowUtc;
        ShowSchool = User.IsHubAdmin();
        Show = FilterValues.Named<Section>(ShowFilter);
        SchoolId = ShowSchool ? FilterValues.Id(SchoolFilter) : null;
        From = FilterValues.Date(FromFilter, out var fromInvalid);
        To = FilterValues.Date(ToFilter, out var toInvalid);
        (FromInvalid, ToInvalid) = (fromInvalid, toInvalid);
        if (ShowSchool)
        {
            Schools = (await db.Schools.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
                .Select(s => (s.Id, s.Name)).ToList();
        }

        var query = scope.ForCoach(User).AsNoTracking();
        query = Show switch
        {
            Section.Upcoming => query.Where(e => e.State != EncounterState.Cancelled && e.StartsAtUtc > now),
            Section.Past => query.Where(e => e.State != EncounterState.Cancelled && e.StartsAtUtc <= now),
            Section.Cancelled => query.Where(e => e.State == EncounterState.Cancelled),
            _ => query,
        };
        if (SchoolId is { } schoolId)
        {
            query = query.Where(e => e.SchoolId == schoolId);
        }

        if (From is { } from)
        {
            var fromUtc = FilterValues.UkDayStartUtc(from);
            query = query.Where(e => e.StartsAtUtc >= fromUtc);
        }

        if (To is { } to)
        {
            var beforeUtc = FilterValues.UkDayStartUtc(to.AddDays(1));
            query = query.Where(e => e.StartsAtUtc < beforeUtc);
        }

        var totals = await query
            .GroupBy(e => e.State == EncounterState.Cancelled ? 2 : e.StartsAtUtc > now ? 0 : 1)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => (Section)g.Key, g => g.Count, cancellationToken);

        // Coming up soonest first, then past latest first: the second key is each upcoming one's start, the same for
        // the rest, so the third (latest first) orders only past and cancelled ones.
        var page = await query
            .OrderBy(e => e.State == EncounterState.Cancelled ? 2 : e.StartsAtUtc > now ? 0 : 1)
            .ThenBy(e => e.State != EncounterState.Cancelled && e.StartsAtUtc > now ? e.StartsAtUtc : now)
            .ThenByDescending(e => e.StartsAtUtc).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Title, e.Kind, e.Employer!.OrganisationName, e.StartsAtUtc, Group = e.Attendees.Count, Unmarked = e.Attendees.Count(a => a.Attendance == null), e.State })
            .ToPagedAsync(PageRequest.From(Request), cancellationToken);
        Listed = page.Select(e => new Row(e.Id, e.Title, EncounterQueries.KindName(e.Kind), e.OrganisationName, e.StartsAtUtc, e.Group, e.Unmarked, e.State));
        Sections = Listed.Items
            .GroupBy(r => r.State == EncounterState.Cancelled ? Section.Cancelled : r.StartsAtUtc > now ? Section.Upcoming : Section.Past)
            .Select(g => (g.Key, totals.GetValueOrDefault(g.Key), (IReadOnlyList<Row>)g.ToList()))
            .ToList();
    }
}
