using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SendCareers.Web.Pages;

[AllowAnonymous]
public class IndexModel(HubInfo hub) : PageModel
{
    public string HubName => hub.Current.Name;

    public void OnGet()
    {
    }
}
