using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
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

    protected DateOnly Today => UkTimeZone.Today(time);

    /// <summary>Changing a profile asks from when a new EHCP answer or school or college is true; adding someone does not.</summary>
    public virtual bool AsksForEffectiveFrom => false;

    /// <summary>The schools to choose from: open ones, and the one the person is at now even if it has closed.</summary>
    protected async Task LoadSchoolsAsync(CancellationToken cancellationToken, int? currentSchoolId = null) =>
        Schools = (await caseload.SchoolsAsync(cancellationToken, currentSchoolId)).Select(s => new ChoiceItem(s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Name)).ToList();

    /// <summary>Validates and saves; returns false (with model errors) when the input is not acceptable.</summary>
    protected async Task<bool> TrySaveAsync(YoungPerson person, CancellationToken cancellationToken)
    {
        await LoadSchoolsAsync(cancellationToken, person.Id == 0 ? null : person.SchoolId);
        var allowed = Schools.Select(s => int.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var today = Today;
        var isNew = person.Id == 0;
        var errors = YoungPersonForm.Check(Input, today, allowed);
        if (!isNew)
        {
            errors = [.. errors, .. YoungPersonForm.CheckEffectiveFrom(Input, person, today)];
        }

        if (SendCareers.Domain.People.UniquePupilNumber.TryParse(Input.Upn, out var upn, out _)
            && await db.YoungPeople.AnyAsync(p => p.Upn == upn && p.Id != person.Id, cancellationToken))
        {
            errors = [.. errors, new(nameof(Input.Upn), "Another young person on SendCareers has this UPN: check it was copied correctly")];
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

        var now = time.GetUtcNow().UtcDateTime;
        var by = User.FindFirst(AppClaimsPrincipalFactory.DisplayName)?.Value ?? User.Identity?.Name ?? "";
        var recorder = new StatusHistory.Recorder(now, User.UserId(), by);
        var (hadEhcp, previousSchoolId) = (person.HasEhcp, person.SchoolId);
        var changes = YoungPersonForm.Apply(person, Input, outcodes);
        var from = Input.EffectiveFrom.TryRead(YoungPersonForm.EffectiveFromLabel, out var typed, out _) ? typed : today;
        if (isNew)
        {
            person.StatusChanges.Add(StatusHistory.Added(person, today, recorder));
        }
        else if (StatusHistory.Changed(person, hadEhcp, previousSchoolId, from, recorder) is { } statusChange)
        {
            person.StatusChanges.Add(statusChange);
        }

        person.UpdatedAtUtc = now;
        if (isNew)
        {
            person.CreatedAtUtc = now;
            db.YoungPeople.Add(person);
        }

        var schoolNames = Schools.ToDictionary(s => s.Value, s => s.Text);
        string? Named(string field, string? value) =>
            field == "School or college" && value is not null ? schoolNames.GetValueOrDefault(value, "another school or college") : value;
        foreach (var (field, before, after) in changes)
        {
            person.Changes.Add(new ProfileChange
            {
                AtUtc = now,
                ByUserId = recorder.UserId,
                ByName = recorder.Name,
                Field = field,
                Before = isNew ? null : Named(field, before),
                After = Named(field, after),
            });
        }

        if (isNew)
        {
            await db.SaveChangesAsync(cancellationToken); // the id is needed for the audit entry; the history is saved with the person
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
