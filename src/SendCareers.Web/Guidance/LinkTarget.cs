namespace SendCareers.Web.Guidance;

/// <summary>
/// The link-scheme allow-list. Markdig with raw HTML off still emits <c>javascript:</c> links, so every
/// link and image address is classified here and anything not allowed is rendered as plain text.
/// </summary>
internal enum LinkTarget
{
    /// <summary>Not allowed: another scheme (javascript:, data:, file:...), protocol-relative, or empty.</summary>
    Refused,

    /// <summary>http or https to another site.</summary>
    External,

    Mailto,

    /// <summary>A path on this site: /families/travel.</summary>
    SitePath,

    /// <summary>A path relative to the page: travel, ../schools.</summary>
    Relative,

    /// <summary>#section on the same page.</summary>
    Anchor,
}

internal static class LinkTargets
{
    public static LinkTarget Classify(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Any(char.IsControl))
        {
            return LinkTarget.Refused;
        }

        url = url.Trim();
        // Browsers read a backslash as a slash, so /\host is as protocol-relative as //host.
        if (url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('\\') || url.StartsWith("/\\", StringComparison.Ordinal))
        {
            return LinkTarget.Refused;
        }

        var end = url.IndexOfAny([':', '/', '?', '#']);
        if (end >= 0 && url[end] == ':')
        {
            var scheme = url[..end].ToLowerInvariant();
            return scheme switch
            {
                "http" or "https" => Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Host.Length > 0 ? LinkTarget.External : LinkTarget.Refused,
                "mailto" => LinkTarget.Mailto,
                _ => LinkTarget.Refused,
            };
        }

        return url[0] switch
        {
            '/' => LinkTarget.SitePath,
            '#' => LinkTarget.Anchor,
            _ => LinkTarget.Relative,
        };
    }
}
