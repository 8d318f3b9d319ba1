namespace SendCareers.Web.Guidance;

/// <summary>
/// Finds links to guidance pages, anchors and pictures that do not exist. Links to the rest of the
/// site (sign-up, reading preferences) and to other sites are not checked here.
/// </summary>
internal static class GuidanceLinkChecker
{
    private static readonly Uri Origin = new("https://site.invalid");

    private static readonly string[] GuidancePrefixes =
    [
        GuidanceAddress.UrlOf(GuidanceSection.Employers),
        GuidanceAddress.UrlOf(GuidanceSection.Families),
        GuidanceAddress.UrlOf(GuidanceSection.Schools),
        GuidanceAddress.UrlOf(GuidanceSection.Glossary),
    ];

    /// <summary>Every guidance URL with the heading ids it offers as anchors, and the picture file names.</summary>
    public sealed record KnownTargets(IReadOnlyDictionary<string, HashSet<string>> AnchorsByUrl, IReadOnlySet<string> Images);

    public static IEnumerable<GuidanceProblem> Check(string pageUrl, IEnumerable<LinkUse> links, FrontMatter frontMatter, KnownTargets site)
    {
        foreach (var link in links)
        {
            if (Check(pageUrl, link.Url, link.IsImage, site) is { } problem)
            {
                yield return problem;
            }
        }

        foreach (var (field, url) in new[] { ("easy-read", frontMatter.EasyRead), ("standard", frontMatter.Standard) })
        {
            if (url is null)
            {
                continue;
            }

            if (LinkTargets.Classify(url) != LinkTarget.SitePath || !site.AnchorsByUrl.ContainsKey(url))
            {
                yield return new(GuidanceProblemKind.BrokenLink, $"\"{field}\" in the front matter must be the address of a guidance page, like /families/easy-read/travel; \"{url}\" is not.");
            }
        }
    }

    private static GuidanceProblem? Check(string pageUrl, string url, bool isImage, KnownTargets site)
    {
        var target = LinkTargets.Classify(url);
        if (target is LinkTarget.External or LinkTarget.Mailto)
        {
            return isImage ? Picture($"The picture \"{url}\" is on another site: pictures must be in content/images.") : null;
        }

        var resolved = new Uri(new Uri(Origin, pageUrl), url);
        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        var anchor = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));

        if (isImage || path.StartsWith(GuidanceAddress.ImagesUrl, StringComparison.Ordinal))
        {
            var name = path.StartsWith(GuidanceAddress.ImagesUrl, StringComparison.Ordinal) ? path[GuidanceAddress.ImagesUrl.Length..] : null;
            return name is not null && site.Images.Contains(name)
                ? null
                : Picture(name is null
                    ? $"The picture \"{url}\" must be in content/images, linked as {GuidanceAddress.ImagesUrl}<name>.svg."
                    : $"The picture \"{url}\" does not exist in content/images.");
        }

        if (!IsGuidancePath(path))
        {
            return null;
        }

        var pagePath = path.Length > 1 ? path.TrimEnd('/') : path;
        if (!site.AnchorsByUrl.TryGetValue(pagePath, out var anchors))
        {
            return Link($"The link to \"{url}\" goes to a guidance page that does not exist.");
        }

        return anchor.Length > 0 && !anchors.Contains(anchor)
            ? Link($"The link to \"{url}\" goes to a heading that does not exist on {pagePath}.")
            : null;
    }

    private static bool IsGuidancePath(string path) =>
        GuidancePrefixes.Any(prefix => path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal));

    private static GuidanceProblem Link(string message) => new(GuidanceProblemKind.BrokenLink, message);

    private static GuidanceProblem Picture(string message) => new(GuidanceProblemKind.BrokenImage, message);
}
