
namespace SendCareers.Web.Tests.Support;

/// <summary>
/// A cookie jar a test can read and copy, as someone who lifted a session cookie off a shared computer
/// would: <see cref="Jar"/> holds what the app set, and is sent back on every request.
/// </summary>
public sealed class CopyableCookies : DelegatingHandler
{
    public Dictionary<string, string> Jar { get; } = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Jar.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Jar.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                var pair = cookie.Split(';', 2)[0];
                var name = pair[..pair.IndexOf('=', StringComparison.Ordinal)];
                var value = pair[(name.Length + 1)..];
                var expired = cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
                if (expired || value.Length == 0)
                {
                    Jar.Remove(name);
                }
                else
                {
                    Jar[name] = value;
                }
            }
        }

        return response;
    }
}
