using SendCareers.Web.Data.Entities;
using SendCareers.Web.Mail;

namespace SendCareers.Web.Debriefs;

/// <summary>
/// Writes the debrief e-mails of placements and encounters around one single-use link to the form:
/// "Reminder: " on a chaser, and the same closing line, so the wording each feature chooses is all that differs.
/// </summary>
public sealed class DebriefMail(TokenService tokens, LinkBuilder links)
{
    /// <summary>Easy Read, for a young person to fill in with someone who helps them.</summary>
    /// <summary>
    /// An Easy Read debrief for a young person, sent to their family's address; when the family has no
    /// e-mail address on the record it goes to the job coach, and <paramref name="readWithCoach"/> (the
    /// young person's first name) makes it say so first, and why.
    /// </summary>
    public OutgoingMail EasyRead(string debriefSubject, MailAddress to, bool chaser, string subject, string heading, IReadOnlyList<string> paragraphs, string linkText, string? readWithCoach = null)
    {
        var body = new EmailBody();
        if (readWithCoach is { Length: > 0 } name)
        {
            body.Paragraph($"For the job coach: {name}'s family has no e-mail address on their record, so this Easy Read message comes to you. Please read it with {name} and help them answer if they want to. Adding a family e-mail address to {name}'s profile sends these to the family instead.");
        }

        body.Heading(heading);
        foreach (var paragraph in paragraphs)
        {
            body.Paragraph(paragraph);
        }

        body.Paragraph("You can do it with someone who helps you.").Link(linkText, Link(debriefSubject));
        return Close(body, to, chaser, subject);
    }

    /// <summary>For an adult: a host is greeted by name, a family is not (the e-mail is about their own child).</summary>
    public OutgoingMail Letter(string debriefSubject, MailAddress to, bool chaser, string subject, bool greet, IReadOnlyList<string> paragraphs, string linkText)
    {
        var body = new EmailBody();
        if (greet)
        {
            body.Paragraph(to.Name is { Length: > 0 } name ? $"Dear {name}," : "Hello,");
        }

        foreach (var paragraph in paragraphs)
        {
            body.Paragraph(paragraph);
        }

        body.Link(linkText, Link(debriefSubject));
        return Close(body, to, chaser, subject);
    }

    private string Link(string debriefSubject) =>
        links.Absolute($"/debrief/{Uri.EscapeDataString(tokens.Issue(TokenPurpose.Debrief, debriefSubject, DebriefSubject.TokenLifetime))}");

    private static OutgoingMail Close(EmailBody body, MailAddress to, bool chaser, string subject) =>
        body.Paragraph("The link works once and expires in 30 days. You do not need an account.").To(to, (chaser ? "Reminder: " : "") + subject);
}
