using SendCareers.Web.Calendar;
using SendCareers.Web.Data;
using SendCareers.Web.Pages.Shared.People;
using SendCareers.Web.People;
using SendCareers.Web.Security;

namespace SendCareers.Web.Pages.MyOrganisation.Colleagues;

/// <summary>An employer contact's colleagues: invite one, choose the main contact, remove someone who has left. Their own organisation only.</summary>
public class IndexModel(AppDbContext db, Invitations invitations, EmployerContacts contacts, CalendarFeeds feeds, TimeProvider time)
    : EmployerContactsPage(db, invitations, contacts, feeds, time)
{
    public override bool ForOwnOrganisation => true;

    protected override int? EmployerId => User.EmployerId();

    protected override string Here => "/my-organisation/colleagues";
}
