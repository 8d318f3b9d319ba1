using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.People;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Evidence;
using SendCareers.Web.Security;
using SendCareers.Web.YoungPeople;

namespace SendCareers.Web.Pages.Coach.Evidence;

/// <summary>
/// A young person's careers record: their journey of encounters and workplaces, and their gaps in words
/// they and their family can read; with their Preparing for Adulthood reviews and destinations.
/// </summary>
public class RecordModel(AppDbContext db, Caseload caseload, EvidenceQueries evidence, AuditTrail audit, StaffNames staffNames) : PageModel
{
    public AssessedPerson Person { get; private set; } = null!;

    public IReadOnlyList<IGrouping<int, SendCareers.Domain.Evidence.EvidenceItem>> Years { get; private set; } = [];

    public IReadOnlyList<PreparingForAdulthoodReview> Reviews { get; private set; } = [];

    public IReadOnlyList<Destination> Destinations { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var people = caseload.YoungPeople().Where(p => p.Id == id);
        var assessed = await evidence.AssessAsync(people, cancellationToken);
        if (assessed.Count == 0)
        {
            return NotFound();
        }

        Person = assessed[0] with { Name = await staffNames.ForAsync(assessed[0].Id, cancellationToken) ?? assessed[0].Name };
        Years = Person.Evidence.GroupBy(e => SchoolYear.AcademicYearStarting(e.Date)).OrderByDescending(g => g.Key).ToList();
        Reviews = await db.PreparingForAdulthoodReviews.AsNoTracking().Where(r => r.YoungPersonId == id).OrderByDescending(r => r.HeldOn).ToListAsync(cancellationToken);
        Destinations = await db.Destinations.AsNoTracking().Where(d => d.YoungPersonId == id).OrderByDescending(d => d.CheckpointOn).ToListAsync(cancellationToken);
        await audit.RecordAsync("Viewed careers record", AuditTrail.YoungPerson, id, cancellationToken: cancellationToken);
        return Page();
    }
}
