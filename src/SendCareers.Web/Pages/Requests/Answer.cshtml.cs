using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Placements.Encounters;
using SendCareers.Domain.Reminders;
using SendCareers.Domain.Requests;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Encounters;
using SendCareers.Web.Reminders;
using SendCareers.Web.Requests;
using SendCareers.Web.Safeguarding;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Requests;

/// <summary>
/// "I can do it" / "Not this time" from a request's invitation e-mail: no sign-in, the single-use token is
/// the key. Opening the link changes nothing (mail scanners open links too). Saying yes asks for the date and
/// the host, checks the employer's safeguarding for that day, then takes the request if nobody has (exactly
/// one of two at the same moment does) and schedules the encounter in the same transaction. Saying no keeps
/// the reason for the next ranking.
/// </summary>
public class AnswerModel(AppDbContext db, TokenService tokens, TimeProvider time, RequestWorkflow requests, EncounterWorkflow encounters,
    SafeguardingGate safeguarding, MessageScheduler scheduler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Answer { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? HostName { get; set; }

    [BindProperty]
    public string? HostEmail { get; set; }

    [BindProperty]
    public string? Location { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public string? Unusable { get; private set; }

    public EncounterRequest Ask { get; private set; } = default!;

    public string Employer { get; private set; } = "";

    public GroupNeeds Needs { get; private set; } = GroupNeeds.Of([]);

    public IReadOnlyList<ChoiceItem> Dates { get; private set; } = [];

    public static IReadOnlyList<ChoiceItem> Reasons { get; } =
        [.. Enum.GetValues<DeclineReason>().Select(r => new ChoiceItem(r.ToString(), RequestText.DeclineName(r)))];

    private RequestInvitation? _invitation;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        Answer = null;
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        var day = Dates.FirstOrDefault(d => d.Value == Date) is { } chosen ? DateOnly.ParseExact(chosen.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        if (day is null)
        {
            ModelState.AddModelError(nameof(Date), "Select the date you can do");
        }

        var host = (HostName ?? "").Trim();
        if (host.Length == 0 || host.Length > 200 || host.Any(char.IsControl))
        {
            ModelState.AddModelError(nameof(HostName), host.Length > 200 ? "Host's name must be 200 characters or fewer" : "Enter the name of the person who will host it");
        }

        var email = (HostEmail ?? "").Trim();
        if (email.Length == 0)
        {
            ModelState.AddModelError(nameof(HostEmail), "Enter the host's e-mail address, so they get the reminders");
        }
        else if (email.Length > 254 || !SendCareers.Web.Employers.EmployerProfileValidator.IsEmailAddress(email))
        {
            ModelState.AddModelError(nameof(HostEmail), "Enter an e-mail address in the correct format, like name@example.com");
        }

        var place = Ask.Venue switch
        {
            RequestVenue.AtWorkplace => (Location ?? "").Trim(),
            RequestVenue.Online => "Online",
            _ => $"{Ask.School!.Name}, {Ask.School.Postcode}",
        };
        if (Ask.Venue == RequestVenue.AtWorkplace && (place.Length == 0 || place.Length > 300 || place.Any(char.IsControl)))
        {
            ModelState.AddModelError(nameof(Location), place.Length > 300 ? "The address must be 300 characters or fewer" : "Enter the address where the group should go");
        }

        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        if (await safeguarding.RefusalAsync(_invitation!.EmployerId, Ask.Kind, day!.Value, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(nameof(Date), refusal);
            return Invalid();
        }

        var people = await db.YoungPeople.AsNoTracking().Where(p => Ask.YoungPersonIds.Contains(p.Id) && p.ErasedAtUtc == null).Select(p => p.Id).ToListAsync(cancellationToken);
        var details = new EncounterDetails(_invitation.EmployerId, Ask.Kind, Ask.Title,
            UkTime.FromUk(day.Value, Ask.StartTime).UtcDateTime, UkTime.FromUk(day.Value, Ask.EndTime).UtcDateTime,
            place, host, email, people);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await tokens.TryConsumeAsync(TokenPurpose.RequestAnswer, Token, cancellationToken))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return Refused("This link has already been used or has expired.");
        }

        if (!await requests.ClaimAsync(Ask, _invitation.EmployerId, cancellationToken))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return Redirect("/requests/answered?answer=filled");
        }

        var (encounterId, result) = await encounters.ScheduleAsync(details, Ask.SchoolId, Ask.CreatedByUserId, cancellationToken);
        if (encounterId is null)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", "This cannot be booked as it stands: " + string.Join("; ", result.Problems.Select(p => p.Message)) + ". Please contact the school.");
            return Invalid();
        }

        // Saying yes here is the employer's answer to "can you host it?": nobody asks them again.
        var encounter = await db.Encounters.SingleAsync(e => e.Id == encounterId, cancellationToken);
        encounter.EmployerConfirmedAtUtc = time.GetUtcNow().UtcDateTime;
        await requests.CompleteAcceptanceAsync(Ask, _invitation, encounterId.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        scheduler.DispatchSoon();
        return Redirect("/requests/answered?answer=yes");
    }

    public async Task<IActionResult> OnPostDeclineAsync(CancellationToken cancellationToken)
    {
        Answer = "no";
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        var reason = Enum.GetValues<DeclineReason>().Cast<DeclineReason?>().FirstOrDefault(r => r.ToString() == Reason);
        if (reason is null)
        {
            ModelState.AddModelError(nameof(Reason), "Select why you cannot do it this time");
        }

        var note = (Note ?? "").Trim();
        if (note.Length > RequestInvitation.MaxDeclineNote)
        {
            ModelState.AddModelError(nameof(Note), $"Anything else must be {RequestInvitation.MaxDeclineNote} characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await tokens.TryConsumeAsync(TokenPurpose.RequestAnswer, Token, cancellationToken))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return Refused("This link has already been used or has expired.");
        }

        await requests.DeclineAsync(_invitation!, reason!.Value, note.Length == 0 ? null : note, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Accepted or withdrawn at this very moment: the answer is no longer needed.
            await transaction.RollbackAsync(CancellationToken.None);
            return Redirect("/requests/answered?answer=filled");
        }

        scheduler.DispatchSoon();
        return Redirect("/requests/answered?answer=no");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var token = await tokens.FindValidAsync(TokenPurpose.RequestAnswer, Token, cancellationToken);
        if (token is null || !int.TryParse(token.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var invitationId))
        {
            return Fail("This link has already been used or has expired. If you still want to help, please contact the hub.");
        }

        var invitation = await db.RequestInvitations
            .Include(i => i.Employer)
            .Include(i => i.Request!).ThenInclude(r => r.School)
            .Include(i => i.Request!).ThenInclude(r => r.Invitations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (invitation is null || invitation.State != InvitationState.Invited)
        {
            return Fail(invitation?.State == InvitationState.Filled
                ? "Thank you: another employer said yes first, so this one is filled."
                : "This request is no longer open. Thank you for considering it.");
        }

        if (invitation.Request!.State != RequestState.Open)
        {
            return Fail(invitation.Request.State == RequestState.Accepted
                ? "Thank you: another employer said yes first, so this one is filled."
                : "The school no longer needs this. Thank you for considering it.");
        }

        _invitation = invitation;
        Ask = invitation.Request;
        Employer = invitation.Employer!.OrganisationName;
        var ids = Ask.YoungPersonIds;
        var members = await db.YoungPeople.AsNoTracking().Where(p => ids.Contains(p.Id) && p.ErasedAtUtc == null)
            .Select(p => p.ConsentToShareSummary
                ? new GroupMember(true, p.Communication, p.SupportNeeds, p.EnvironmentToAvoid)
                : new GroupMember(false, CommunicationMethod.None, SupportFeature.None, EnvironmentFactor.None))
            .ToListAsync(cancellationToken);
        Needs = GroupNeeds.Of(members);
        var tomorrow = UkTimeZone.Today(time).AddDays(1);
        Dates = [.. RequestForm.SuitableDays(Ask.FirstDay < tomorrow ? tomorrow : Ask.FirstDay, Ask.LastDay, Ask.Days)
            .Select(d => new ChoiceItem(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), UkTime.FormatDate(d, withDayName: true)))];
        if (Dates.Count == 0)
        {
            return Fail("The dates the school asked for have passed. Thank you for considering it.");
        }

        return true;
    }

    private bool Fail(string why)
    {
        Unusable = why;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return false;
    }

    private PageResult Refused(string why)
    {
        Fail(why);
        return Page();
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
