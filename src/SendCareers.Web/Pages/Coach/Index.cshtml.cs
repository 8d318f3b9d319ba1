using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Coach;

/// <summary>The job coach's starting page, scoped to their own school or college.</summary>
public class IndexModel(AppDbContext db, HubInfo hub) : PageModel
{
    public string SchoolName { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var schoolId = User.SchoolId();
        SchoolName = schoolId is null
            ? hub.Current.Name
            : await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken) ?? hub.Current.Name;
    }
}
