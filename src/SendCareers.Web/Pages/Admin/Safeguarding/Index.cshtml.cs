using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Safeguarding;

namespace SendCareers.Web.Pages.Admin.Safeguarding;

/// <summary>Which checks each kind of activity needs, and employers' checks that have run out or soon will.</summary>
public class IndexModel(AppDbContext db, SafeguardingGate gate, TimeProvider time) : PageModel
{
    public sealed record ExpiringCheck(int EmployerId, string Employer, SafeguardingCheck Check, DateOnly ExpiresOn);

    public IReadOnlyDictionary<OpeningKind, SafeguardingCheck> Requirements { get; private set; } = new Dictionary<OpeningKind, SafeguardingCheck>();

    public IReadOnlyList<ExpiringCheck> Expiring { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = UkTimeZone.Today(time);
        Requirements = await gate.RequirementsAsync(cancellationToken);
        var horizon = Today.AddDays(CheckExpiryReminder.DaysBefore * 2);
        Expiring = await db.EmployerChecks.AsNoTracking()
            .Where(c => c.ExpiresOn <= horizon)
            .OrderBy(c => c.ExpiresOn)
            .Select(c => new ExpiringCheck(c.EmployerId, c.Employer!.OrganisationName, c.Check, c.ExpiresOn))
            .ToListAsync(cancellationToken);
    }
}
