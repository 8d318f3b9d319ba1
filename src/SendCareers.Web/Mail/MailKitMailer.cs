using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SendCareers.Web.Mail;

/// <summary>
/// MailKit behind <see cref="IMailer"/>: SMTP when <c>Smtp:Host</c> is set, otherwise a pickup folder of
/// .eml files (listed on the hub administrators' "Sent mail" page) so a fresh install needs no mail server.
/// </summary>
public sealed class MailKitMailer(IOptions<MailOptions> options, DataPaths paths, TimeProvider time) : IMailer
{
    private readonly MailOptions _options = options.Value;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(_options.Host);

    public async Task<string> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenSessionAsync(cancellationToken);
        return await session.SendAsync(mail, cancellationToken);
    }

    public async Task<IMailSession> OpenSessionAsync(CancellationToken cancellationToken = default)
    {
        if (!UsesSmtp)
        {
            return new PickupSession(_options, paths, time);
        }

        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var security = _options.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
            await client.ConnectAsync(_options.Host!, _options.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(_options.User))
            {
                await client.AuthenticateAsync(_options.User, _options.Password ?? "", cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return new SmtpSession(client, _options);
    }

    private sealed class SmtpSession(SmtpClient client, MailOptions options) : IMailSession
    {
        public async Task<string> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
        {
            var message = MimeBuilder.Build(mail, options, DomainOf(options.FromAddress));
            await client.SendAsync(message, cancellationToken);
            return message.MessageId ?? "";
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or SmtpCommandException)
            {
                // The messages were already accepted; a failed QUIT changes nothing.
            }

            client.Dispose();
        }
    }

    private static readonly FormatOptions CrLf = CrLfFormat();

    private static FormatOptions CrLfFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }

    private sealed class PickupSession(MailOptions options, DataPaths paths, TimeProvider time) : IMailSession
    {
        public async Task<string> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
        {
            var message = MimeBuilder.Build(mail, options, DomainOf(options.FromAddress));
            message.Date = time.GetUtcNow();
            Directory.CreateDirectory(paths.MailFolder);
            var name = $"{time.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid():N}.eml";
            var temp = Path.Combine(paths.MailFolder, name + ".tmp");
            // RFC 5322 lines end in CRLF, calendar parts included (MimeKit writes the platform's LF unless told).
            await message.WriteToAsync(CrLf, temp, cancellationToken);
            File.Move(temp, Path.Combine(paths.MailFolder, name));
            return message.MessageId ?? "";
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 ? address[(at + 1)..] : "sendcareers.test";
    }
}
