using Microsoft.EntityFrameworkCore;
using SendCareers.Web.Data;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.Admin;

/// <summary>
/// What a new hub still has to do before it can work, shown on the administrator's dashboard until
/// every item is done: its details, a first school or college, a first job coach, a first approved employer.
/// </summary>
public sealed record FirstRunChecklist(IReadOnlyList<FirstRunChecklist.Item> Items)
{
    public sealed record Item(string Id, string Title, string Href, string Hint, bool Done);

    public int DoneCount => Items.Count(i => i.Done);

    /// <summary>The checklist, or null when everything on it is done (the dashboard then shows nothing).</summary>
    public static async Task<FirstRunChecklist?> ForAsync(AppDbContext db, HubInfo hub, int approvedEmployers, CancellationToken cancellationToken)
    {
        var hubDone = hub.Current.SettingsSaved;
        var schools = await db.OpenSchools().AnyAsync(cancellationToken);
        var coaches = await db.ActiveJobCoaches().AnyAsync(cancellationToken);
        if (hubDone && schools && coaches && approvedEmployers > 0)
        {
            return null;
        }

        return new FirstRunChecklist(
        [
            new("hub", "Check your hub's details", "/admin/hub", "Its name, contact e-mail and telephone, reminders and how long records are kept", hubDone),
            new("school", "Add your first school or college", schools ? "/admin/schools" : "/admin/schools/new", "Job coaches and young people belong to one", schools),
            new("coach", "Give a job coach an account", coaches ? "/admin/accounts" : "/admin/accounts/invite", "Someone who supports young people at one of your schools or colleges", coaches),
            new("employer", "Approve your first employer", "/admin/employers?status=AwaitingApproval", "Employers sign up on the public site; you check and approve them", approvedEmployers > 0),
        ]);
    }
}
