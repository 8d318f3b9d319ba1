using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SendCareers.Web.Mail;

namespace SendCareers.Web.Pages.Admin.SentMail;

public class IndexModel(SentMailFolder folder, IOptions<MailOptions> options) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int Skip { get; set; }

    public IReadOnlyList<SentMailFolder.Summary> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public string? SmtpHost => string.IsNullOrWhiteSpace(options.Value.Host) ? null : options.Value.Host;

    public void OnGet()
    {
        Skip = Math.Max(0, Skip);
        (Rows, Total) = folder.List(Skip, PageSize);
    }
}
