using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Openings;

/// <summary>Shared by the coach's and the employer's "add" and "change" opening pages.</summary>
public abstract class OpeningFormModel(AppDbContext db, OpeningScope scope, OutcodeDirectory outcodes, TimeProvider time) : PageModel
{
    [BindProperty]
    public OpeningInput Input { get; set; } = new();

    /// <summary>Employers to choose from; empty when the signed-in person is the employer.</summary>
    public IReadOnlyList<ChoiceItem> Employers { get; private set; } = [];

    public bool ChoosesEmployer => !scope.IsEmployer;

    protected AppDbContext Db => db;

    protected OpeningScope Scope => scope;

    protected async Task LoadEmployersAsync(CancellationToken cancellationToken)
    {
        if (ChoosesEmployer)
        {
            Employers = (await scope.EmployersAsync(cancellationToken))
                .Select(e => new ChoiceItem(e.Id.ToString(CultureInfo.InvariantCulture), e.OrganisationName))
                .ToList();
        }
    }

    /// <summary>Checks and saves; false (with messages beside the fields) when the form is not acceptable.</summary>
    protected async Task<bool> TrySaveAsync(Opening opening, CancellationToken cancellationToken)
    {
        await LoadEmployersAsync(cancellationToken);
        IReadOnlyCollection<int>? allowed = ChoosesEmployer
            ? Employers.Select(e => int.Parse(e.Value, CultureInfo.InvariantCulture)).ToList()
            : null;
        var errors = OpeningForm.Check(Input, allowed);
        foreach (var error in errors)
        {
            ModelState.AddModelError($"{nameof(Input)}.{error.Field}", error.Message);
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }

        OpeningForm.Apply(opening, Input, outcodes, setEmployer: ChoosesEmployer);
        if (opening.Id == 0)
        {
            if (!ChoosesEmployer)
            {
                opening.EmployerId = User.EmployerId() ?? throw new InvalidOperationException("An employer account without an organisation");
            }

            opening.CreatedAtUtc = time.GetUtcNow().UtcDateTime;
            opening.CreatedByUserId = User.UserId();
            db.Openings.Add(opening);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
