using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Safeguarding;
using SendCareers.Domain.Vocabulary;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Safeguarding;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.Admin.Safeguarding;

/// <summary>Changes the checks one kind of activity needs.</summary>
public class ActivityModel(AppDbContext db, SafeguardingGate gate, TimeProvider time) : PageModel
{
    [BindProperty]
    public List<string> Checks { get; set; } = [];

    public OpeningKind Activity { get; private set; }

    public IReadOnlyList<ChoiceItem> Choices { get; } = SafeguardingCheckExtensions.All
        .Select(c => new ChoiceItem(c.ToString(), c.Title(), c == SafeguardingCheck.Dbs ? "For staff who will supervise young people regularly, when the school decides it is relevant" : null))
        .ToList();

    public async Task<IActionResult> OnGetAsync(string activity, CancellationToken cancellationToken)
    {
        if (!TryActivity(activity))
        {
            return NotFound();
        }

        var required = await gate.RequiredForAsync(Activity, cancellationToken);
        Checks = required.Each().Select(c => c.ToString()).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string activity, CancellationToken cancellationToken)
    {
        if (!TryActivity(activity))
        {
            return NotFound();
        }

        var chosen = SafeguardingCheck.None;
        foreach (var value in Checks)
        {
            if (Enum.TryParse<SafeguardingCheck>(value, out var check) && SafeguardingCheckExtensions.All.Contains(check) && value == check.ToString())
            {
                chosen |= check;
            }
            else
            {
                ModelState.AddModelError(nameof(Checks), "Select checks from the list");
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }
        }

        var row = await db.SafeguardingRequirements.SingleOrDefaultAsync(r => r.Activity == Activity, cancellationToken);
        if (row is null)
        {
            row = new SafeguardingRequirement { Activity = Activity };
            db.SafeguardingRequirements.Add(row);
        }

        row.Checks = chosen;
        row.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        row.UpdatedByUserId = User.UserId();
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/admin/safeguarding?saved=true");
    }

    private bool TryActivity(string activity)
    {
        if (Enum.TryParse<OpeningKind>(activity, out var kind) && Enum.IsDefined(kind) && activity == kind.ToString())
        {
            Activity = kind;
            return true;
        }

        return false;
    }
}
