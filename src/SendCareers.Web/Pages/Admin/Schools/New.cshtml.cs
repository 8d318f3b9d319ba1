using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SendCareers.Domain.Places;
using SendCareers.Web.Data;
using SendCareers.Web.Data.Entities;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Admin.Schools;

/// <summary>Adds a school or college to the hub, audited.</summary>
public class NewModel(AppDbContext db, OutcodeDirectory outcodes, AuditTrail audit) : SchoolFormModel(db, outcodes)
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var hubId = await Db.Hubs.OrderBy(h => h.Id).Select(h => (int?)h.Id).FirstOrDefaultAsync(cancellationToken);
        var school = new School { Version = Guid.NewGuid() };
        if (await CheckAndApplyAsync(school, cancellationToken) is null)
        {
            return Page();
        }

        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        if (hubId is null)
        {
            // An empty database whose hub row is missing: make it, named as start-up would.
            var hub = new Hub { Name = HttpContext.RequestServices.GetRequiredService<HubInfo>().Current.Name, Version = Guid.NewGuid() };
            Db.Hubs.Add(hub);
            await Db.SaveChangesAsync(cancellationToken);
            hubId = hub.Id;
        }

        school.HubId = hubId.Value;
        Db.Schools.Add(school);
        await Db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("Added a school or college", AuditTrail.School, school.Id, school.Name, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect($"/admin/schools?done=added&school={school.Id}");
    }
}
