using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Employers;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.MyOrganisation;

/// <summary>An employer contact edits their organisation's profile and, for a cornerstone employer, this year's pledge.</summary>
public class EditModel(AppDbContext db, OutcodeDirectory outcodes, TimeProvider time) : PageModel
{
    public const int MaxCommitmentLength = 1000;

    [BindProperty]
    public EmployerProfileInput Input { get; set; } = new();

    [BindProperty]
    public string? PledgeHours { get; set; }

    [BindProperty]
    public string? PledgeCommitment { get; set; }

    public string Email { get; private set; } = "";

    public bool IsCornerstone { get; private set; }

    public string PledgeYear { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var employer = await LoadAsync(cancellationToken);
        if (employer is null)
        {
            return NotFound();
        }

        Input = EmployerProfileMapper.FromEmployer(employer);
        var pledge = employer.Pledges.SingleOrDefault(p => p.AcademicYearStart == CurrentYear);
        PledgeHours = pledge?.HoursPledged.ToString(CultureInfo.InvariantCulture);
        PledgeCommitment = pledge?.Commitment;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var employer = await LoadAsync(cancellationToken);
        if (employer is null)
        {
            return NotFound();
        }

        Input.ContactEmail = employer.ContactEmail; // not editable here: it is the sign-in name
        foreach (var error in EmployerProfileValidator.CheckAll(Input))
        {
            ModelState.AddModelError($"{nameof(Input)}.{error.Field}", error.Message);
        }

        int hours = 0;
        if (IsCornerstone)
        {
            if (!PledgeValidation.TryHours(PledgeHours, out hours, out var hoursError))
            {
                ModelState.AddModelError(nameof(PledgeHours), hoursError!);
            }

            if (EmployerProfileValidator.Clean(PledgeCommitment).Length > MaxCommitmentLength)
            {
                ModelState.AddModelError(nameof(PledgeCommitment), $"Commitment must be {MaxCommitmentLength:N0} characters or fewer");
            }
        }

        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        EmployerProfileMapper.ApplyTo(employer, Input, outcodes);
        if (IsCornerstone)
        {
            var pledge = employer.Pledges.SingleOrDefault(p => p.AcademicYearStart == CurrentYear);
            if (pledge is null)
            {
                pledge = new CornerstonePledge { AcademicYearStart = CurrentYear };
                employer.Pledges.Add(pledge);
            }

            pledge.HoursPledged = hours;
            pledge.Commitment = EmployerProfileValidator.Clean(PledgeCommitment);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/my-organisation?saved=true");
    }

    private int CurrentYear => SchoolYear.AcademicYearStarting(UkTimeZone.Today(time));

    private async Task<Data.Entities.Employer?> LoadAsync(CancellationToken cancellationToken)
    {
        var employerId = User.EmployerId();
        var employer = employerId is null ? null : await db.Employers.Include(e => e.Pledges).SingleOrDefaultAsync(e => e.Id == employerId, cancellationToken);
        if (employer is not null)
        {
            Email = employer.ContactEmail;
            IsCornerstone = employer.IsCornerstone;
            PledgeYear = SchoolYear.AcademicYearLabel(CurrentYear);
        }

        return employer;
    }
}
