using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Reminders;
using SendCareers.Web.Security;
using SendCareers.Web.TagHelpers;

namespace SendCareers.Web.Pages.EmailSettings;

/// <summary>
/// A signed-in person (job coach, hub administrator or employer contact) chooses how they hear that
/// something needs them: an e-mail as each thing happens, or one a day at the hub's summary hour.
/// Only their own account is read or changed; the choice is audited.
/// </summary>
public class IndexModel(AppDbContext db, UserManager<AppUser> users, AuditTrail audit, HubInfo hub) : PageModel
{
    public const string Immediate = "each";
    public const string Daily = "daily";

    [BindProperty]
    public string? Choice { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    /// <summary>The notices this person can get, by their role.</summary>
    public string WhatYouHear =>
        User.IsInRole(Roles.Employer) ? "a young person proposed for one of your openings, and a placement confirmed"
        : User.IsInRole(Roles.HubAdmin) ? "a new employer waiting for approval, an employer's answer to a proposal, and a placement still not confirmed 10 days before it starts"
        : "an employer's answer to a proposal, and a placement still not confirmed 10 days before it starts";

    public string SummaryTime => DailySummaryComposer.FormatHour(hub.Current.SummaryHour);

    public IReadOnlyList<ChoiceItem> Choices =>
    [
        new(Immediate, "An e-mail as each thing happens", "Best if you act on things during the day."),
        new(Daily, $"One e-mail a day, at {SummaryTime}", "It lists everything new since the day before. Nothing is sent on a day when nothing is new."),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var wants = await OwnChoiceAsync(cancellationToken);
        if (wants is null)
        {
            return Challenge();
        }

        Choice = wants.Value ? Daily : Immediate;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (Choice is not (Immediate or Daily))
        {
            ModelState.AddModelError(nameof(Choice), "Choose how you want us to e-mail you");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var userId = users.GetUserId(User);
        var daily = Choice == Daily;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Users.Where(u => u.Id == userId && u.WantsDailySummary != daily)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.WantsDailySummary, daily), cancellationToken);
        if (changed == 1)
        {
            await audit.RecordAsync("Changed how they are e-mailed", AuditTrail.Account, userId!,
                daily ? "One e-mail a day" : "An e-mail as each thing happens", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Redirect($"{Notices.SettingsPath}?saved=true");
    }

    private async Task<bool?> OwnChoiceAsync(CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User);
        return userId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => (bool?)u.WantsDailySummary).SingleOrDefaultAsync(cancellationToken);
    }
}
