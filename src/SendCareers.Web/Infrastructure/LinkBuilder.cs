using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace SendCareers.Web;

/// <summary>
/// Absolute links for e-mails. Uses <c>Site:BaseUrl</c>, which must be set outside Development (see
/// <see cref="SiteOptionsValidator"/>); in Development without it, the address the app listens on
/// (the server's, else <c>ASPNETCORE_URLS</c>, else the launch profile's http://localhost:5080).
/// </summary>
public sealed class LinkBuilder(IOptions<SiteOptions> site, IServer server, IConfiguration configuration)
{
    private const string LaunchProfileAddress = "http://localhost:5080";

    public string BaseUrl
    {
        get
        {
            var configured = site.Value.BaseUrl;
            return !string.IsNullOrWhiteSpace(configured) ? configured.TrimEnd('/') : ListeningAddress();
        }
    }

    public string Absolute(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);

    private string ListeningAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses is { Count: > 0 }
            ? addresses.First()
            : configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (string.IsNullOrWhiteSpace(address))
        {
            return LaunchProfileAddress;
        }

        // A wildcard host ("http://+:8080", "http://[::]:5080") is no address to link to.
        foreach (var wildcard in new[] { "://+:", "://*:", "://[::]:", "://0.0.0.0:" })
        {
            address = address.Replace(wildcard, "://localhost:", StringComparison.Ordinal);
        }

        return address.TrimEnd('/');
    }
}
