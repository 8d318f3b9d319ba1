using SendCareers.Web.Mail;

namespace SendCareers.Web.Reminders;

/// <summary>How every notice ends: why this person got it, and the link to choose one e-mail a day instead.</summary>
public static class NoticeFooter
{
    /// <param name="because">Finishes "You get this e-mail because …", with its full stop.</param>
    public static EmailBody WhyAndHowToChange(this EmailBody body, string because, LinkBuilder links) =>
        body.Paragraph($"You get this e-mail because {because} You can choose to get one e-mail a day listing everything instead.")
            .Link("Change how we e-mail you", links.Absolute(Notices.SettingsPath));
}
