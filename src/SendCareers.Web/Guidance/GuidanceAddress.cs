using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace SendCareers.Web.Guidance;

/// <summary>
/// Where each content file is served: <c>families/easy-read/travel.md</c> is <c>/families/easy-read/travel</c>,
/// a folder's <c>index.md</c> is the section's landing page. The one place that maps files to URLs.
/// </summary>
public static partial class GuidanceAddress
{
    public const string ImagesUrl = "/guidance/images/";

    private static readonly (string Folder, GuidanceSection Section)[] Folders =
    [
        ("families/easy-read/", GuidanceSection.EasyRead),
        ("employers/", GuidanceSection.Employers),
        ("families/", GuidanceSection.Families),
        ("schools/", GuidanceSection.Schools),
    ];

    /// <summary>Slugs are lower-case letters, digits and hyphens: nothing else reaches the library.</summary>
    public static bool IsValidSlug([NotNullWhen(true)] string? slug) => slug is { Length: > 0 and <= 100 } && SlugPattern().IsMatch(slug);

    public static string UrlOf(GuidanceSection section) => section switch
    {
        GuidanceSection.Employers => "/employers/tips",
        GuidanceSection.Families => "/families",
        GuidanceSection.EasyRead => "/families/easy-read",
        GuidanceSection.Schools => "/schools",
        GuidanceSection.Glossary => "/glossary",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    public static string UrlOf(GuidanceSection section, string? slug) => slug is null ? UrlOf(section) : $"{UrlOf(section)}/{slug}";

    /// <summary>The name of a section when its index.md has no title.</summary>
    public static string DefaultTitleOf(GuidanceSection section) => section switch
    {
        GuidanceSection.Employers => "Tips for employers",
        GuidanceSection.Families => "Guidance for families",
        GuidanceSection.EasyRead => "Easy Read guides",
        GuidanceSection.Schools => "Guidance for schools",
        _ => "Glossary",
    };

    /// <summary>
    /// The section and slug (null for a landing page or the glossary) a request path asks for. The
    /// section part is matched without regard to case, as routing does; the slug must be exact.
    /// </summary>
    public static bool TryParseUrl(string? path, out GuidanceSection section, out string? slug)
    {
        section = GuidanceSection.Glossary;
        slug = null;
        path = path?.TrimEnd('/');
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        // Longest first, so /families/easy-read/x is Easy Read rather than a family page called "easy-read".
        foreach (var candidate in new[] { GuidanceSection.EasyRead, GuidanceSection.Employers, GuidanceSection.Families, GuidanceSection.Schools, GuidanceSection.Glossary })
        {
            var root = UrlOf(candidate);
            if (path.Equals(root, StringComparison.OrdinalIgnoreCase))
            {
                section = candidate;
                return true;
            }

            if (candidate != GuidanceSection.Glossary && path.StartsWith(root + "/", StringComparison.OrdinalIgnoreCase))
            {
                var rest = path[(root.Length + 1)..];
                section = candidate;
                slug = rest;
                return IsValidSlug(rest);
            }
        }

        return false;
    }

    /// <summary>
    /// The section and slug (null for a landing page) of a file, from its path relative to the content
    /// folder with forward slashes; or why it has no address.
    /// </summary>
    public static bool TryLocate(string relativePath, out GuidanceSection section, out string? slug, [NotNullWhen(false)] out string? reason)
    {
        section = GuidanceSection.Glossary;
        slug = null;
        reason = null;
        if (relativePath == "glossary.md")
        {
            return true;
        }

        foreach (var (folder, candidate) in Folders)
        {
            if (!relativePath.StartsWith(folder, StringComparison.Ordinal))
            {
                continue;
            }

            var name = relativePath[folder.Length..];
            if (name.Contains('/', StringComparison.Ordinal) || !name.EndsWith(".md", StringComparison.Ordinal))
            {
                break;
            }

            section = candidate;
            var stem = name[..^3];
            if (stem == "index")
            {
                return true;
            }

            if (!IsValidSlug(stem) || (candidate == GuidanceSection.Families && stem == "easy-read"))
            {
                reason = "The file name must use only lower-case letters, digits and hyphens (and cannot be \"easy-read\" in families).";
                return false;
            }

            slug = stem;
            return true;
        }

        reason = "Guidance files belong in employers/, families/, families/easy-read/ or schools/, or are glossary.md.";
        return false;
    }

    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
