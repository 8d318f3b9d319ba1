namespace SendCareers.Web;

/// <summary>
/// Absolute links for e-mails. Uses <c>Site:BaseUrl</c> when set (needed behind a proxy and for
/// background jobs), else the current request's host, else the development address.
/// </summary>
public sealed class LinkBuilder(IConfiguration configuration, IHttpContextAccessor http)
{
    public string BaseUrl
    {
        get
        {
            var configured = configuration["Site:BaseUrl"];
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured.TrimEnd('/');
            }

            var request = http.HttpContext?.Request;
            return request is not null ? $"{request.Scheme}://{request.Host}" : "http://localhost:5080";
        }
    }

    public string Absolute(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);
}
