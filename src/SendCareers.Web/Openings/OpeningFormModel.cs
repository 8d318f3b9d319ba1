using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>For an employer contact whose organisation is not approved yet: coaches do not see their openings.</summary>
    public bool AwaitingApproval { get; private set; }

    /// <summary>The hint beside the employer choice: only administrators may move a saved opening.</summary>
    public string EmployerHint { get; protected set; } = "Only approved employers are listed.";

    protected AppDbContext Db => db;

    protected OpeningScope Scope => scope;

    /// <param name="current">The opening being changed, if any: its own employer stays a valid choice.</param>
    protected async Task LoadEmployersAsync(CancellationToken cancellationToken, Opening? current = null)
    {
        AwaitingApproval = !await scope.OwnOrganisationApprovedAsync(cancellationToken);
        if (ChoosesEmployer)
        {
            var employers = await scope.EmployersAsync(cancellationToken);
            if (current is { Id: > 0 } && employers.All(e => e.Id != current.EmployerId)
                && await db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == current.EmployerId, cancellationToken) is { } own)
            {
                employers.Insert(0, own);
            }

            Employers = employers
                .Select(e => new ChoiceItem(e.Id.ToString(CultureInfo.InvariantCulture), e.OrganisationName))
                .ToList();
            if (current is { Id: > 0 })
            {
                EmployerHint = scope.MayChangeEmployer
                    ? "You cannot change the employer once young people have been proposed, placed or booked on this opening."
                    : "Only a hub administrator can change the employer of an opening.";
            }
        }
    }

    /// <summary>Checks and saves; false (with messages beside the fields) when the form is not acceptable.</summary>
    protected async Task<bool> TrySaveAsync(Opening opening, CancellationToken cancellationToken)
    {
        await LoadEmployersAsync(cancellationToken, opening);
        IReadOnlyCollection<int>? allowed = ChoosesEmployer
            ? Employers.Select(e => int.Parse(e.Value, CultureInfo.InvariantCulture)).ToList()
            : null;
        var errors = OpeningForm.Check(Input, allowed).ToList();
        var oldEmployerId = opening.EmployerId;
        int? newEmployerId = null;
        if (ChoosesEmployer && errors.All(e => e.Field != nameof(Input.EmployerId)))
        {
            newEmployerId = int.Parse(Input.EmployerId!, CultureInfo.InvariantCulture);
            if (await scope.EmployerChangeProblemAsync(opening, newEmployerId.Value, cancellationToken) is { } problem)
            {
                errors.Insert(0, new(nameof(Input.EmployerId), problem));
            }
        }

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
        else if (newEmployerId is { } moved && moved != oldEmployerId)
        {
            // Checked above: a hub administrator, and nothing made from the opening yet.
            scope.RecordEmployerChange(opening.Id, oldEmployerId, moved);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
