using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Mail;
using SendCareers.Web.Pages.Shared.Employer;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Admin.Employers;

/// <summary>One employer: approve or decline a sign-up (the employer is e-mailed), and record a cornerstone pledge.</summary>
public class DetailsModel(AppDbContext db, IMailer mailer, EmailTemplates templates, TimeProvider time, ILogger<DetailsModel> logger) : PageModel
{
    public const int MaxReasonLength = 1000;

    public Data.Entities.Employer Employer { get; private set; } = new();

    public EmployerSummary Summary { get; private set; } = new([]);

    [BindProperty]
    public string? DeclineReason { get; set; }

    [BindProperty]
    public CornerstoneInput Cornerstone { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public string PledgeYear => SchoolYear.AcademicYearLabel(CurrentYear);

    public IReadOnlyList<ChoiceItem> YesNo { get; } = EmployerChoices.YesNo;

    public sealed class CornerstoneInput
    {
        public string? IsCornerstone { get; set; }

        public string? Hours { get; set; }

        public string? Commitment { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var pledge = Employer.Pledges.SingleOrDefault(p => p.AcademicYearStart == CurrentYear);
        Cornerstone = new CornerstoneInput
        {
            IsCornerstone = Employer.IsCornerstone ? "yes" : "no",
            Hours = pledge?.HoursPledged.ToString(CultureInfo.InvariantCulture),
            Commitment = pledge?.Commitment,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Employer.Status is not (EmployerStatus.AwaitingApproval or EmployerStatus.Declined))
        {
            return RedirectToPage(new { id });
        }

        Employer.Status = EmployerStatus.Approved;
        Employer.DeclineReason = null;
        Record();
        await db.SaveChangesAsync(cancellationToken);
        Notice = await TrySendAsync(templates.EmployerApproved(Employer.ContactName, Employer.ContactEmail, Employer.OrganisationName), cancellationToken)
            ? $"{Employer.OrganisationName} is approved. We have e-mailed {Employer.ContactName}."
            : $"{Employer.OrganisationName} is approved, but the e-mail to {Employer.ContactName} could not be sent. Check the mail settings and tell them yourself.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeclineAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Employer.Status != EmployerStatus.AwaitingApproval)
        {
            return RedirectToPage(new { id });
        }

        var reason = EmployerProfileValidator.Clean(DeclineReason);
        if (reason.Length == 0)
        {
            ModelState.AddModelError(nameof(DeclineReason), "Enter the reason for declining, so the employer knows why");
        }
        else if (reason.Length > MaxReasonLength)
        {
            ModelState.AddModelError(nameof(DeclineReason), $"Reason must be {MaxReasonLength:N0} characters or fewer");
        }

        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Employer.Status = EmployerStatus.Declined;
        Employer.DeclineReason = reason;
        Record();
        await db.SaveChangesAsync(cancellationToken);
        Notice = await TrySendAsync(templates.EmployerDeclined(Employer.ContactName, Employer.ContactEmail, Employer.OrganisationName, reason), cancellationToken)
            ? $"{Employer.OrganisationName} is declined. We have e-mailed {Employer.ContactName} the reason."
            : $"{Employer.OrganisationName} is declined, but the e-mail could not be sent. Check the mail settings and tell them yourself.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCornerstoneAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Employer.Status != EmployerStatus.Approved)
        {
            return RedirectToPage(new { id });
        }

        var isCornerstone = Cornerstone.IsCornerstone == "yes";
        var hours = 0;
        if (Cornerstone.IsCornerstone is not ("yes" or "no"))
        {
            ModelState.AddModelError("Cornerstone.IsCornerstone", "Select yes if this is a cornerstone employer");
        }
        else if (isCornerstone && !PledgeValidation.TryHours(Cornerstone.Hours, out hours, out var error))
        {
            ModelState.AddModelError("Cornerstone.Hours", error!);
        }

        var commitment = EmployerProfileValidator.Clean(Cornerstone.Commitment);
        if (commitment.Length > MaxReasonLength)
        {
            ModelState.AddModelError("Cornerstone.Commitment", $"Commitment must be {MaxReasonLength:N0} characters or fewer");
        }

        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Employer.IsCornerstone = isCornerstone;
        if (isCornerstone)
        {
            var pledge = Employer.Pledges.SingleOrDefault(p => p.AcademicYearStart == CurrentYear);
            if (pledge is null)
            {
                pledge = new CornerstonePledge { AcademicYearStart = CurrentYear };
                Employer.Pledges.Add(pledge);
            }

            pledge.HoursPledged = hours;
            pledge.Commitment = commitment;
        }

        await db.SaveChangesAsync(cancellationToken);
        Notice = isCornerstone
            ? $"{Employer.OrganisationName} is a cornerstone employer for {PledgeYear}."
            : $"{Employer.OrganisationName} is no longer a cornerstone employer.";
        return RedirectToPage(new { id });
    }

    private int CurrentYear => SchoolYear.AcademicYearStarting(UkTimeZone.Today(time));

    private void Record()
    {
        Employer.DecidedAtUtc = time.GetUtcNow().UtcDateTime;
        Employer.DecidedByUserId = User.UserId();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.Include(e => e.Pledges).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (employer is null)
        {
            return false;
        }

        Employer = employer;
        Summary = EmployerSummary.Of(employer, _ => null);
        return true;
    }

    private async Task<bool> TrySendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await mailer.SendAsync(mail, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not send the decision e-mail for employer {EmployerId}", Employer.Id);
            return false;
        }
    }
}
