using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SendCareers.Web.Infrastructure.Paging;
using SendCareers.Web.Mail;

namespace SendCareers.Web.Pages.Admin.SentMail;

/// <summary>The e-mails the pickup mailer kept, newest first, a page at a time.</summary>
public class IndexModel(SentMailFolder folder, IOptions<MailOptions> options) : PageModel
{
    public Paged<SentMailFolder.Summary> Rows { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);

    public string? SmtpHost => string.IsNullOrWhiteSpace(options.Value.Host) ? null : options.Value.Host;

    public void OnGet() => Rows = folder.List(PageRequest.From(Request));
}
