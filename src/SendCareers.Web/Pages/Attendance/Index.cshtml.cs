using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;
using SendCareers.Web.Placements;
using SendCareers.Web.Reminders;

namespace SendCareers.Web.Pages.Attendance;

/// <summary>
/// "I'll be there" / "I can't make it" from the day-before reminder of a placement or an encounter.
/// Opening the link changes nothing (mail scanners open links too); the answer is sent with a button.
/// "Can't make it" alerts the job coach at once. The link can be used again until the day, in case
/// plans change. The token names the placement or encounter and the recipient's role id, nobody's name.
/// </summary>
public class IndexModel(AppDbContext db, TokenService tokens, PlacementReminders reminders, EncounterReminders encounterReminders, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Answer { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Answered { get; set; }

    public string FirstName { get; private set; } = "";

    public string Employer { get; private set; } = "";

    public DateTime StartsAtUtc { get; private set; }

    public bool IsFamily { get; private set; }

    /// <summary>For an encounter: its title, e.g. "Kitchen tour".</summary>
    public string? EncounterTitle { get; private set; }

    /// <summary>For an encounter's host: how many young people are coming.</summary>
    public string? GroupSize { get; private set; }

    public string? Unusable { get; private set; }

    private Placement? _placement;
    private Encounter? _encounter;
    private Recipient? _reporter;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        if (Answer is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(Answer), "Choose whether you can make it");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var who = _reporter!.Role switch
        {
            RecipientRole.Family => "The family",
            RecipientRole.Supervisor when _encounter is not null => "The host",
            RecipientRole.Supervisor => "The supervisor",
            _ => "The employer",
        };
        db.AuditEvents.Add(new AuditEvent
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            Action = Answer == "yes" ? AttendanceReply.Yes : AttendanceReply.No,
            SubjectType = _encounter is not null ? EncounterReminders.SubjectType : PlacementReminders.SubjectType,
            SubjectId = (_encounter?.Id ?? _placement!.Id).ToString(CultureInfo.InvariantCulture),
            Detail = AttendanceReply.Detail(_reporter, Answer == "yes" ? $"{who} said: we'll be there" : $"{who} said: we can't make it"),
        });
        if (Answer == "no")
        {
            if (_encounter is not null)
            {
                await encounterReminders.CantMakeItAsync(_encounter, _reporter, cancellationToken);
            }
            else
            {
                await reminders.CantMakeItAsync(_placement!, _reporter, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        reminders.DispatchIfWanted();
        encounterReminders.DispatchIfWanted();
        return Redirect($"/attendance/{Uri.EscapeDataString(Token)}?answered={Answer}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var token = await tokens.FindValidAsync(TokenPurpose.Attendance, Token, cancellationToken);
        var parts = token?.SubjectId.Split(':') ?? [];
        if (token is null || parts.Length != 3 || parts[0] is not ("placement" or "encounter")
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var subjectId)
            || RecipientIds.Parse(parts[2]) is not { } reporter)
        {
            return Refuse("This link has expired or is not right. If you cannot make it, please contact the job coach.");
        }

        _reporter = reporter;
        IsFamily = reporter.Role == RecipientRole.Family;
        return parts[0] == "encounter"
            ? await LoadEncounterAsync(subjectId, reporter, cancellationToken)
            : await LoadPlacementAsync(subjectId, cancellationToken);
    }

    private async Task<bool> LoadPlacementAsync(int placementId, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.WithDetails().SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken);
        if (placement?.StartsAtUtc is not { } start || placement.State is Domain.Placements.PlacementState.Withdrawn or Domain.Placements.PlacementState.Declined)
        {
            return Refuse("This placement is not going ahead. The job coach will be in touch.");
        }

        _placement = placement;
        FirstName = PersonName.FirstName(placement.YoungPerson!.PreferredName);
        Employer = placement.Opening!.Employer!.OrganisationName;
        StartsAtUtc = start;
        return true;
    }

    private async Task<bool> LoadEncounterAsync(int encounterId, Recipient reporter, CancellationToken cancellationToken)
    {
        var encounter = await db.Encounters.WithDetails().SingleOrDefaultAsync(e => e.Id == encounterId, cancellationToken);
        if (encounter?.Employer is null || encounter.State == EncounterState.Cancelled)
        {
            return Refuse("This is not going ahead. The school or college will be in touch.");
        }

        var group = encounter.Attendees.Where(a => a.YoungPerson is { ErasedAtUtc: null }).ToList();
        if (IsFamily)
        {
            var person = group.FirstOrDefault(a => RecipientIds.Family(a.YoungPersonId).Id == reporter.Id);
            if (person is null)
            {
                return Refuse("This link is no longer needed. The school or college will be in touch.");
            }

            FirstName = PersonName.FirstName(person.YoungPerson!.PreferredName);
        }

        _encounter = encounter;
        Employer = encounter.Employer.OrganisationName;
        EncounterTitle = encounter.Title;
        GroupSize = group.Count == 1 ? "1 young person" : $"{group.Count} young people";
        StartsAtUtc = encounter.StartsAtUtc;
        return true;
    }

    private bool Refuse(string why)
    {
        Unusable = why;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return false;
    }
}
