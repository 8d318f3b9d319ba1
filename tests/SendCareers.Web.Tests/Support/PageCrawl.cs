namespace SendCareers.Web.Tests.Support;

/// <summary>
/// Pages to visit, one per shape of address (/coach/young-people/3 and /4 are the same page), so the
/// sweep covers every page without walking every record.
/// </summary>
public sealed class PageCrawl(IEnumerable<string> seeds, int mostPages)
{
    private static readonly string[] NotPages = ["/account/sign-out", "/admin/jobs", "/css/", "/js/", "/images/", "/assets/", "/lib/", "/health"];
    private readonly Queue<string> _queue = new(seeds);
    private readonly HashSet<string> _shapes = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Visited { get; } = [];

    public string? Next()
    {
        while (Visited.Count < mostPages && _queue.TryDequeue(out var url))
        {
            if (_shapes.Add(Shape(url)))
            {
                Visited.Add(url);
                return url;
            }
        }

        return null;
    }

    public void Follow(IEnumerable<string> hrefs)
    {
        foreach (var href in hrefs)
        {
            if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
                && !NotPages.Any(p => href.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                && !href.Contains("handler=", StringComparison.OrdinalIgnoreCase))
            {
                _queue.Enqueue(href.Split('#')[0]);
            }
        }
    }

    /// <summary>The address with ids and tokens replaced, and query values dropped (their names kept).</summary>
    private static string Shape(string url)
    {
        var parts = url.Split('?', 2);
        var path = string.Join('/', parts[0].Split('/').Select(s => s.Length > 0 && (s.All(char.IsAsciiDigit) || s.Length >= 20) ? "{}" : s));
        var query = parts.Length > 1 ? string.Join('&', parts[1].Split('&').Select(q => q.Split('=')[0]).Order(StringComparer.Ordinal)) : "";
        return $"{path}?{query}";
    }
}
