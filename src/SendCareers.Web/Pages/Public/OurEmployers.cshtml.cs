using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;

namespace SendCareers.Web.Pages.Public;

/// <summary>Approved employers who agreed to be listed: organisation details only, never a person's.</summary>
public class OurEmployersModel(AppDbContext db, HubInfo hub) : PageModel
{
    public IReadOnlyList<Data.Entities.Employer> Employers { get; private set; } = [];

    public int CornerstoneCount => Employers.Count(e => e.IsCornerstone);

    public string HubName => hub.Current.Name;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var listed = await db.Employers.AsNoTracking()
            .Where(e => e.Status == EmployerStatus.Approved && e.ListPublicly)
            .ToListAsync(cancellationToken);
        Employers = listed
            .OrderByDescending(e => e.IsCornerstone)
            .ThenBy(e => e.OrganisationName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
