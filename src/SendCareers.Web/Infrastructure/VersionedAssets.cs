using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.StaticFiles;

namespace SendCareers.Web;

/// <summary>
/// The layout links its stylesheets and scripts with the file's hash in <c>?v=</c> (the MVC file version provider),
/// so a browser may keep such a file for a year without asking again: a changed file has a new address.
/// Only the current hash earns it; an old or made-up <c>v</c> gets the default (revalidated) caching.
/// </summary>
public static class VersionedAssets
{
    public const string Forever = "public, max-age=31536000, immutable";

    public static void CacheForever(StaticFileResponseContext context)
    {
        var request = context.Context.Request;
        if (!request.Query.TryGetValue("v", out var version) || version.Count != 1)
        {
            return;
        }

        var versions = context.Context.RequestServices.GetRequiredService<IFileVersionProvider>();
        var path = request.Path.Value ?? "";
        var current = versions.AddFileVersionToPath(request.PathBase, path);
        if (string.Equals(current, $"{path}?v={version}", StringComparison.Ordinal))
        {
            context.Context.Response.Headers.CacheControl = Forever;
        }
    }
}
