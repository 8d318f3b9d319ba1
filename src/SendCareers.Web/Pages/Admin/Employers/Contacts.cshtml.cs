using Microsoft.AspNetCore.Mvc;
using SendCareers.Web.Calendar;
using SendCareers.Web.Data;
using SendCareers.Web.Pages.Shared.People;
using SendCareers.Web.People;

namespace SendCareers.Web.Pages.Admin.Employers;

/// <summary>A hub administrator manages an employer's contacts: invite one, choose the main contact, remove someone who has left.</summary>
public class ContactsModel(AppDbContext db, Invitations invitations, EmployerContacts contacts, CalendarFeeds feeds, TimeProvider time)
    : EmployerContactsPage(db, invitations, contacts, feeds, time)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public override bool ForOwnOrganisation => false;

    protected override int? EmployerId => Id;

    protected override string Here => $"/admin/employers/{Id}/contacts";
}
