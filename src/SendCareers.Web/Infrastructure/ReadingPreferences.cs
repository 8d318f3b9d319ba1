namespace SendCareers.Web;

/// <summary>
/// Text size and contrast, remembered in a cookie without an account and applied by the server as
/// classes on &lt;html&gt;, so it works with no JavaScript.
/// </summary>
public static class ReadingPreferences
{
    public const string CookieName = "sc.prefs";

    public static (bool LargeText, bool HighContrast) Read(HttpRequest request)
    {
        var value = request.Cookies[CookieName] ?? "";
        return (value.Contains("large", StringComparison.Ordinal), value.Contains("contrast", StringComparison.Ordinal));
    }

    public static string HtmlClasses(HttpRequest request)
    {
        var (large, contrast) = Read(request);
        return (large ? "sc-text-large " : "") + (contrast ? "sc-high-contrast" : "");
    }

    public static void Write(HttpResponse response, bool largeText, bool highContrast)
    {
        var value = string.Join('-', new[] { largeText ? "large" : null, highContrast ? "contrast" : null }.Where(v => v is not null));
        if (value.Length == 0)
        {
            response.Cookies.Delete(CookieName);
            return;
        }

        response.Cookies.Append(CookieName, value, new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });
    }
}
