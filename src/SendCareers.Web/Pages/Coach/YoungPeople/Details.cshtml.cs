using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Domain.Placements;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.YoungPeople;

using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Coach.YoungPeople;

public class DetailsModel(AppDbContext db, Caseload caseload, TimeProvider time, AuditTrail audit, StaffNames staffNames) : PageModel
{
    /// <summary>Their leaving date has come: they are kept for destinations, not matched.</summary>
    public bool HasLeft { get; private set; }

    public sealed record PlacementRow(int Id, PlacementState State, string Title, string Employer);

    public YoungPerson Person { get; private set; } = new();

    /// <summary>Their name as staff see it (told apart from namesakes at their school).</summary>
    public string Name { get; private set; } = "";

    public int Age { get; private set; }

    public string YearGroup { get; private set; } = "";

    public IReadOnlyList<(string Title, IReadOnlyList<(string Key, string? Value)> Rows)> Sections { get; private set; } = [];

    public IReadOnlyList<PlacementRow> Placements { get; private set; } = [];

    /// <summary>"EHCP from 3 March 2025", in the order recorded.</summary>
    public IReadOnlyList<string> EhcpAndSchoolHistory { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Proposed { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var person = await caseload.YoungPeople().AsNoTracking().Include(p => p.School).Include(p => p.StatusChanges).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        Name = await staffNames.ForAsync(person.Id, cancellationToken) ?? person.PreferredName;
        var today = UkTimeZone.Today(time);
        HasLeft = SendCareers.Domain.People.YearlyRollover.HasLeft(person.LeftOn, today);
        Age = SchoolYear.AgeOn(person.DateOfBirth, today);
        YearGroup = SchoolYear.YearGroupLabel(SchoolYear.YearGroupOn(person.DateOfBirth, today));
        var d = YoungPersonForm.Describe(person);
        IReadOnlyList<(string, string?)> Rows(params string[] keys) => keys.Select(k => (k, d[k])).ToList();
        Sections =
        [
            ("About them", Rows("Legal first name", "Legal surname", "UPN", "Date of birth", "EHCP", "Career SEND group", "Home postcode")),
            ("Interests and strengths", Rows("Interests", "Tasks they enjoy", "Strengths and skills", "Would like to try", "Would rather avoid")),
            ("Support and surroundings", Rows("Support needed", "Adjustments that work", "Places to avoid", "Communication", "Communication notes")),
            ("Travel and time", Rows("Travel", "Furthest distance", "Longest journey", "Days available", "Hours a week")),
            ("In their own words", Rows("Aspirations", "EHCP employment outcome", "Summary may be shared", "Family contact", "Family e-mail")),
        ];
        EhcpAndSchoolHistory = StatusHistory.Describe(person.StatusChanges, await db.Schools.ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken));
        Placements = await caseload.Placements().AsNoTracking()
            .Where(p => p.YoungPersonId == id)
            .OrderByDescending(p => p.ProposedAtUtc)
            .Select(p => new PlacementRow(p.Id, p.State, p.Opening!.Title, p.Opening.Employer!.OrganisationName))
            .ToListAsync(cancellationToken);
        await audit.RecordAsync("Viewed profile", AuditTrail.YoungPerson, id, cancellationToken: cancellationToken);
        return Page();
    }
}
