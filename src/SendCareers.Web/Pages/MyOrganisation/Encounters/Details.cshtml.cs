using System.Security.Claims;
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
public class DetailsModel(EncounterScope scope, EncounterWorkflow workflow, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>The encounter's version when the page was shown: an answer to a time since changed is refused.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public string? CannotReason { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Answered { get; set; }

    /// <summary>Whether the organisation can still answer (scheduled, not started).</summary>
    public bool CanAnswer { get; private set; }

    public DateTime? ConfirmedAtUtc { get; private set; }

    public string? CannotGiven { get; private set; }

    public sealed record View(string Title, string Kind, string School, DateTime StartsAtUtc, DateTime EndsAtUtc, string? Location, string? HostName, EncounterState State, string? MeetingPoint);

    public View Encounter { get; private set; } = default!;

    public IReadOnlyList<string> FirstNames { get; private set; } = [];

    public int Attended { get; private set; }

    /// <summary>What the group needs, as counts, from those who agreed to share.</summary>
    public GroupNeeds Needs { get; private set; } = GroupNeeds.Of([]);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostCanHostAsync(CancellationToken cancellationToken) => AnswerAsync(canHost: true, cancellationToken);

    public Task<IActionResult> OnPostCannotAsync(CancellationToken cancellationToken) => AnswerAsync(canHost: false, cancellationToken);

    private async Task<IActionResult> AnswerAsync(bool canHost, CancellationToken cancellationToken)
    {
        // Found within the signed-in contact's own organisation, whatever id was posted.
        var encounter = await scope.ForEmployer(User).SingleOrDefaultAsync(e => e.Id == Id, cancellationToken);
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (encounter is null || userId is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var result = await workflow.AnswerAsync(encounter, Version, canHost, CannotReason, userId, cancellationToken);
        if (result.Done)
        {
            return Redirect($"/my-organisation/encounters/{Id}?answered={(canHost ? "yes" : "no")}");
        }

        foreach (var (field, message) in result.Problems)
        {
            ModelState.AddModelError(field ?? "", message);
        }

        var typed = CannotReason;
        var page = await LoadAsync(cancellationToken);
        CannotReason = typed;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await scope.ForEmployer(User).AsNoTracking().Where(e => e.Id == Id)
            .Select(e => new
            {
                View = new View(e.Title, e.Kind.ToString(), e.School!.Name, e.StartsAtUtc, e.EndsAtUtc, e.Location, e.HostName, e.State, e.MeetingPoint),
                e.Kind,
                e.Version,
                e.EmployerConfirmedAtUtc,
                e.EmployerCannotReason,
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
        Version = found.Version;

        ConfirmedAtUtc = found.EmployerConfirmedAtUtc;
        CannotGiven = found.EmployerCannotReason;
        CanAnswer = found.View.State == EncounterState.Scheduled && found.View.StartsAtUtc > time.GetUtcNow().UtcDateTime;
        return Page();
    }
}
