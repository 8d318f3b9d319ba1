using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.YoungPeople;

/// <summary>Shared by "Add a young person" and "Change profile": checks, saves and records the history.</summary>
public abstract class ProfileFormModel(AppDbContext db, Caseload caseload, OutcodeDirectory outcodes, TimeProvider time) : PageModel
{
    [BindProperty]
    public YoungPersonInput Input { get; set; } = new();

    public IReadOnlyList<ChoiceItem> Schools { get; private set; } = [];

    protected AppDbContext Db => db;

    protected Caseload Caseload => caseload;

    protected async Task LoadSchoolsAsync(CancellationToken cancellationToken) =>
        Schools = (await caseload.SchoolsAsync(cancellationToken)).Select(s => new ChoiceItem(s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Name)).ToList();

    /// <summary>Validates and saves; returns false (with model errors) when the input is not acceptable.</summary>
    protected async Task<bool> TrySaveAsync(YoungPerson person, CancellationToken cancellationToken)
    {
        await LoadSchoolsAsync(cancellationToken);
        var allowed = Schools.Select(s => int.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var errors = YoungPersonForm.Check(Input, UkTimeZone.Today(time), allowed);
        foreach (var error in errors)
        {
            ModelState.AddModelError($"{nameof(Input)}.{error.Field}", error.Message);
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var isNew = person.Id == 0;
        var changes = YoungPersonForm.Apply(person, Input, outcodes);
        person.UpdatedAtUtc = now;
        if (isNew)
        {
            person.CreatedAtUtc = now;
            db.YoungPeople.Add(person);
        }

        var by = User.FindFirst(AppClaimsPrincipalFactory.DisplayName)?.Value ?? User.Identity?.Name ?? "";
        var schoolNames = Schools.ToDictionary(s => s.Value, s => s.Text);
        string? Named(string field, string? value) =>
            field == "School or college" && value is not null ? schoolNames.GetValueOrDefault(value, "another school or college") : value;
        foreach (var (field, before, after) in changes)
        {
            person.Changes.Add(new ProfileChange
            {
                AtUtc = now,
                ByUserId = User.UserId(),
                ByName = by,
                Field = field,
                Before = isNew ? null : Named(field, before),
                After = Named(field, after),
            });
        }

        if (isNew)
        {
            await db.SaveChangesAsync(cancellationToken); // the id is needed for the audit entry
        }

        HttpContext.RequestServices.GetRequiredService<AuditTrail>().Add(
            isNew ? "Added profile" : "Changed profile",
            AuditTrail.YoungPerson,
            person.Id,
            changes.Count == 0 ? "No fields changed" : "Fields: " + string.Join(", ", changes.Select(c => c.Field)));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
