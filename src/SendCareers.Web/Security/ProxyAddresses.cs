using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SendCareers.Web.Security;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so the sign-in throttle (per
/// account and client address) and the public forms' rate limits would treat all of a hub's visitors
/// as one client: a stranger's wrong passwords would lock the owner out again. Naming the proxies
/// (<c>ForwardedHeaders:KnownProxies</c>, <c>ForwardedHeaders:KnownNetworks</c>) makes the app read the
/// client's address from X-Forwarded-For, from those proxies only: from anyone else the header is
/// ignored, so it cannot be used to pose as another client.
/// </summary>
public static class ProxyAddresses
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddProxyAddresses(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Read(configuration, "KnownProxies");
        var networks = Read(configuration, "KnownNetworks");
        var bad = proxies.Where(p => !IPAddress.TryParse(p, out _)).Concat(networks.Where(n => !System.Net.IPNetwork.TryParse(n, out _))).ToList();
        if (bad.Count > 0)
        {
            throw new InvalidOperationException($"{Section}:KnownProxies takes IP addresses and {Section}:KnownNetworks takes networks such as 10.0.0.0/8; these are neither: {string.Join(", ", bad)}");
        }

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>Only when proxies are named: with none, X-Forwarded-For is never trusted.</summary>
    public static WebApplication UseProxyAddresses(this WebApplication app)
    {
        if (Read(app.Configuration, "KnownProxies").Count + Read(app.Configuration, "KnownNetworks").Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    /// <summary>A list from configuration: array items or one comma-separated value (handy in an environment variable).</summary>
    private static List<string> Read(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection($"{Section}:{key}");
        var values = section.GetChildren().Select(c => c.Value).ToList();
        values.Add(section.Value);
        return values.Where(v => !string.IsNullOrWhiteSpace(v))
            .SelectMany(v => v!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
    }
}
