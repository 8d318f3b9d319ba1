using Microsoft.Playwright;

namespace SendCareers.Web.Tests.Support;

public static class BrowserSignIn
{
    public static async Task SignInAsync(this IPage page, string email, string password = "SendCareers-Demo-1")
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
