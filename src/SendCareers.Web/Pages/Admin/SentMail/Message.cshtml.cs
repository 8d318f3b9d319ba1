using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendCareers.Web.Mail;

namespace SendCareers.Web.Pages.Admin.SentMail;

public class MessageModel(SentMailFolder folder) : PageModel
{
    public SentMailFolder.Message Mail { get; private set; } = default!;

    public IActionResult OnGet(string name)
    {
        var mail = folder.Read(name);
        if (mail is null)
        {
            return NotFound();
        }

        Mail = mail;
        return Page();
    }
}
