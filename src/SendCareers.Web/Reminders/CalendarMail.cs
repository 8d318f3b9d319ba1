using System.Text;
using Microsoft.Extensions.Options;
using SendCareers.Domain.Calendar;
using SendCareers.Domain.Reminders;
using SendCareers.Web.Employers;
using SendCareers.Web.Mail;

namespace SendCareers.Web.Reminders;

/// <summary>
/// Attaches an .ics invite (REQUEST, or CANCEL) to a reminder, from the hub as organiser, with a UID
/// that stays the same for the placement or encounter so updates replace the event in calendars.
/// </summary>
public sealed class CalendarMail(HubInfo hub, IOptions<MailOptions> mailOptions, LinkBuilder links, TimeProvider time)
{
    public OutgoingMail Attach(OutgoingMail mail, InviteFacts facts, InviteMethod method, MailAddress to, string fileName)
    {
        // An address the invite format cannot carry must not stop the reminder itself going out.
        var organizer = EmployerProfileValidator.IsEmailAddress(hub.Current.ContactEmail.Trim()) ? hub.Current.ContactEmail.Trim() : mailOptions.Value.FromAddress;
        var invite = new CalendarInvite(
            CalendarInvite.UidFor(facts.Subject, new Uri(links.BaseUrl).Host),
            facts.Sequence,
            method,
            facts.Start,
            facts.End,
            facts.Summary,
            new InvitePerson(organizer, hub.Current.Name),
            time.GetUtcNow())
        {
            Location = facts.Location,
            Description = facts.Description,
            Attendees = EmployerProfileValidator.IsEmailAddress(to.Address.Trim()) ? [new InvitePerson(to.Address.Trim(), to.Name)] : [],
        };
        var ics = Encoding.UTF8.GetBytes(CalendarInviteBuilder.Build(invite));
        var contentType = $"text/calendar; charset=utf-8; method={(method == InviteMethod.Cancel ? "CANCEL" : "REQUEST")}";
        return mail with { Attachments = [.. mail.Attachments, new MailAttachment(fileName, contentType, ics)] };
    }
}
