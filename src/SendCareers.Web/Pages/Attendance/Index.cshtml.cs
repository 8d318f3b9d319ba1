using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Placements;

namespace SendCareers.Web.Pages.Attendance;

/// <summary>
/// "I'll be there" / "I can't make it" from the day-before reminder. Opening the link changes nothing
/// (mail scanners open links too); the answer is sent with a button. "Can't make it" alerts the job
/// coach at once. The link can be used again until the day, in case plans change.
/// </summary>
public class IndexModel(AppDbContext db, TokenService tokens, PlacementReminders reminders, TimeProvider time) : PageModel
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

    public string? Unusable { get; private set; }

    private Placement? _placement;
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
            RecipientRole.Supervisor => "The supervisor",
            _ => "The employer",
        };
        db.AuditEvents.Add(new AuditEvent
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            Action = Answer == "yes" ? "attendance-yes" : "attendance-no",
            SubjectType = PlacementReminders.SubjectType,
            SubjectId = _placement!.Id.ToString(CultureInfo.InvariantCulture),
            Detail = Answer == "yes" ? $"{who} said: we'll be there" : $"{who} said: we can't make it",
        });
        if (Answer == "no")
        {
            await reminders.CantMakeItAsync(_placement, _reporter, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        reminders.DispatchIfWanted();
        return Redirect($"/attendance/{Uri.EscapeDataString(Token)}?answered={Answer}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var token = await tokens.FindValidAsync(TokenPurpose.Attendance, Token, cancellationToken);
        var parts = token?.SubjectId.Split(':') ?? [];
        if (token is null || parts.Length != 3 || parts[0] != "placement"
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var placementId)
            || RecipientIds.Parse(parts[2]) is not { } reporter)
        {
            Unusable = "This link has expired or is not right. If you cannot make it, please contact the job coach.";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        var placement = await db.Placements.WithDetails().SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken);
        if (placement?.StartsAtUtc is not { } start || placement.State is Domain.Placements.PlacementState.Withdrawn or Domain.Placements.PlacementState.Declined)
        {
            Unusable = "This placement is not going ahead. The job coach will be in touch.";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        _placement = placement;
        _reporter = reporter;
        IsFamily = reporter.Role == RecipientRole.Family;
        FirstName = PlacementMessageComposer.FirstName(placement.YoungPerson!.PreferredName);
        Employer = placement.Opening!.Employer!.OrganisationName;
        StartsAtUtc = start;
        return true;
    }
}
