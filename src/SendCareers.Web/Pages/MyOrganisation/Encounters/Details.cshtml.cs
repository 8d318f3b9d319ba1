using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;

namespace SendCareers.Web.Pages.MyOrganisation.Encounters;

/// <summary>
/// One encounter the organisation hosts: when, where, who from the school, the group by first name only,
/// and what the group needs as counts, from those who agreed to share. Nothing else about the young
/// people is loaded, so nothing else can be shown.
/// </summary>
public class DetailsModel(EncounterScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public sealed record View(string Title, string Kind, string School, DateTime StartsAtUtc, DateTime EndsAtUtc, string? Location, string? HostName, EncounterState State, string? MeetingPoint);

    public View Encounter { get; private set; } = default!;

    public IReadOnlyList<string> FirstNames { get; private set; } = [];

    public int Attended { get; private set; }

    /// <summary>What the group needs, as counts, from those who agreed to share.</summary>
    public GroupNeeds Needs { get; private set; } = GroupNeeds.Of([]);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var found = await scope.ForEmployer(User).AsNoTracking().Where(e => e.Id == Id)
            .Select(e => new
            {
                View = new View(e.Title, e.Kind.ToString(), e.School!.Name, e.StartsAtUtc, e.EndsAtUtc, e.Location, e.HostName, e.State, e.MeetingPoint),
                e.Kind,
                Names = e.Attendees.Where(a => a.YoungPerson!.ErasedAtUtc == null).Select(a => a.YoungPerson!.PreferredName).ToList(),
                Attended = e.Attendees.Count(a => a.Attendance == AttendanceMark.Attended),
                // Needs leave the database only for those who agreed to share a summary with employers.
                Needs = e.Attendees.Where(a => a.YoungPerson!.ErasedAtUtc == null).Select(a => new GroupMember(
                    a.YoungPerson!.ConsentToShareSummary,
                    a.YoungPerson.ConsentToShareSummary ? a.YoungPerson.Communication : CommunicationMethod.None,
                    a.YoungPerson.ConsentToShareSummary ? a.YoungPerson.SupportNeeds : SupportFeature.None,
                    a.YoungPerson.ConsentToShareSummary ? a.YoungPerson.EnvironmentToAvoid : EnvironmentFactor.None)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Encounter = found.View with { Kind = EncounterQueries.KindName(found.Kind) };
        FirstNames = found.Names.Select(PersonName.FirstName).Order(StringComparer.CurrentCulture).ToList();
        Attended = found.Attended;
        Needs = GroupNeeds.Of(found.Needs);
        return Page();
    }
}
