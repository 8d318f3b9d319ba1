using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace SendCareers.Web.Employers;

/// <summary>
/// Keeps the answers of a sign-up in progress in an encrypted, tamper-proof cookie, so nothing is stored
/// in the database until the person confirms on "Check your answers" (nothing half-saved).
/// </summary>
public sealed class SignUpDraftStore(IDataProtectionProvider protection)
{
    public const string CookieName = "sc.signup";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IDataProtector _protector = protection.CreateProtector("SendCareers.EmployerSignUp.v1");

    public EmployerProfileInput Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value) || value.Length > 8000)
        {
            return new EmployerProfileInput();
        }

        try
        {
            return JsonSerializer.Deserialize<EmployerProfileInput>(_protector.Unprotect(value), Json) ?? new EmployerProfileInput();
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            // An old key, a tampered cookie or a changed shape: start again rather than fail.
            return new EmployerProfileInput();
        }
    }

    public void Write(HttpResponse response, EmployerProfileInput draft)
    {
        response.Cookies.Append(CookieName, _protector.Protect(JsonSerializer.Serialize(draft, Json)), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/employers/sign-up",
            MaxAge = TimeSpan.FromDays(1),
        });
    }

    public static void Clear(HttpResponse response) =>
        response.Cookies.Delete(CookieName, new CookieOptions { Path = "/employers/sign-up" });
}
