namespace SendCareers.Web.Mail;

/// <summary>The account e-mails. Links carry only a token; the greeting is the only personal detail.</summary>
public sealed class EmailTemplates(LinkBuilder links, HubInfo hub)
{
    public OutgoingMail VerifyEmployer(string contactName, string email, string organisation, string token) =>
        new EmailBody()
            .Paragraph($"Dear {contactName},")
            .Paragraph($"Thank you for signing {organisation} up to give an hour to young people with special educational needs and disabilities through {hub.Current.Name}.")
            .Paragraph("Confirm your e-mail address and choose a password. The link works once and expires in 7 days.")
            .Link("Confirm your e-mail address", links.Absolute($"/account/verify?token={Uri.EscapeDataString(token)}"))
            .Paragraph("After that, someone from the hub will review your offer, usually within 5 working days, and e-mail you.")
            .Paragraph($"If you did not sign up, you can ignore this e-mail. Nothing will happen.")
            .To(new MailAddress(email, contactName), "Confirm your e-mail address for SendCareers");

    public OutgoingMail AlreadySignedUp(string email) =>
        new EmailBody()
            .Paragraph("Hello,")
            .Paragraph($"Someone, probably you, tried to sign up to {hub.Current.Name} with this e-mail address. You already have an account, so we have not made a new one.")
            .Link("Sign in", links.Absolute("/account/sign-in"))
            .Link("Forgotten your password?", links.Absolute("/account/forgotten-password"))
            .Paragraph("If this was not you, you can ignore this e-mail.")
            .To(new MailAddress(email), "You already have a SendCareers account");

    public OutgoingMail EmployerApproved(string contactName, string email, string organisation) =>
        new EmailBody()
            .Paragraph($"Dear {contactName},")
            .Paragraph($"Good news: {hub.Current.Name} has approved {organisation}. Thank you for giving your time.")
            .Paragraph("You can now sign in to see your profile and pledge. A job coach or the hub team will be in touch about the first encounter.")
            .Link("Sign in to SendCareers", links.Absolute("/account/sign-in"))
            .Link("Read our top tips for employers", links.Absolute("/employers/tips"))
            .To(new MailAddress(email, contactName), $"{organisation} has been approved");

    public OutgoingMail EmployerDeclined(string contactName, string email, string organisation, string reason) =>
        new EmailBody()
            .Paragraph($"Dear {contactName},")
            .Paragraph($"Thank you for offering to support young people through {hub.Current.Name}. We are not able to approve {organisation} at the moment.")
            .Paragraph("The reason we gave:")
            .Paragraph(reason)
            .Paragraph(string.IsNullOrEmpty(hub.Current.ContactEmail)
                ? "Reply to this e-mail if you would like to talk about it."
                : $"If you would like to talk about it, e-mail {hub.Current.ContactEmail}.")
            .To(new MailAddress(email, contactName), "About your offer to give an hour");

    public OutgoingMail ResetPassword(string displayName, string email, string token) =>
        new EmailBody()
            .Paragraph($"Dear {displayName},")
            .Paragraph("Someone asked to reset the password for your SendCareers account. Use the link to choose a new one. It works once and expires in 2 hours.")
            .Link("Choose a new password", links.Absolute($"/account/reset-password?token={Uri.EscapeDataString(token)}"))
            .Paragraph("If you did not ask for this, you can ignore this e-mail. Your password has not changed.")
            .To(new MailAddress(email, displayName), "Reset your SendCareers password");
}
