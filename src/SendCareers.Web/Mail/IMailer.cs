namespace SendCareers.Web.Mail;

/// <summary>Sends e-mail. Returns the Message-ID the message went out with.</summary>
public interface IMailer
{
    Task<string> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);

    /// <summary>Opens one connection for many messages (SMTP connection reuse).</summary>
    Task<IMailSession> OpenSessionAsync(CancellationToken cancellationToken = default);
}

public interface IMailSession : IAsyncDisposable
{
    Task<string> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
