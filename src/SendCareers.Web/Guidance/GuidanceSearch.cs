using System.Text;

namespace SendCareers.Web.Guidance;

/// <summary>
/// Word search over titles, summaries and text. A page matches when it has every word searched for;
/// pages with the words in their title come first, then in their summary, then by how often they occur.
/// The corpus is a few dozen pages in memory, so a scan is fast and needs no index.
/// </summary>
internal static class GuidanceSearch
{
    public const int MaxQueryLength = 100;

    private const int MaxTerms = 8;

    private const int SnippetLength = 200;

    public static IReadOnlyList<string> TermsOf(string? query) =>
        string.IsNullOrWhiteSpace(query) || query.Length > MaxQueryLength
            ? []
            : query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.Trim(Punctuation))
                .Where(t => t.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Take(MaxTerms)
                .ToList();

    public static IReadOnlyList<GuidanceSearchResult> Run(IEnumerable<GuidancePage> pages, string? query)
    {
        var terms = TermsOf(query);
        if (terms.Count == 0)
        {
            return [];
        }

        return pages
            .Select(page => (Page: page, Score: Score(page, terms)))
            .Where(x => x.Score is not null)
            .OrderByDescending(x => x.Score!.Value.Title)
            .ThenByDescending(x => x.Score!.Value.Summary)
            .ThenByDescending(x => x.Score!.Value.Text)
            .ThenBy(x => x.Page.Section)
            .ThenBy(x => x.Page.Order)
            .ThenBy(x => x.Page.Title, StringComparer.Ordinal)
            .Select(x => new GuidanceSearchResult(x.Page, Snippet(x.Page.PlainText, terms)))
            .ToList();
    }

    /// <summary>Terms found in the title, in the summary, and occurrences in the text; null if a term is missing.</summary>
    private static (int Title, int Summary, int Text)? Score(GuidancePage page, IReadOnlyList<string> terms)
    {
        int title = 0, summary = 0, text = 0;
        foreach (var term in terms)
        {
            var inTitle = Contains(page.Title, term);
            var inSummary = Contains(page.Summary, term);
            var occurrences = Occurrences(page.PlainText, term);
            if (!inTitle && !inSummary && occurrences == 0)
            {
                return null;
            }

            title += inTitle ? 1 : 0;
            summary += inSummary ? 1 : 0;
            text += occurrences;
        }

        return (title, summary, text);
    }

    private static bool Contains(string text, string term) => text.Contains(term, StringComparison.OrdinalIgnoreCase);

    private static int Occurrences(string text, string term)
    {
        var count = 0;
        for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }

    /// <summary>About 200 characters of text around the first term found, cut at spaces.</summary>
    private static string? Snippet(string text, IReadOnlyList<string> terms)
    {
        var first = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (first < 0)
        {
            return null;
        }

        var start = Math.Max(0, first - (SnippetLength / 3));
        var end = Math.Min(text.Length, start + SnippetLength);
        if (start > 0 && text.IndexOf(' ', start) is var space and >= 0 && space < first)
        {
            start = space + 1;
        }

        if (end < text.Length && text.LastIndexOf(' ', end) is var last && last > first)
        {
            end = last;
        }

        var snippet = new StringBuilder();
        if (start > 0)
        {
            snippet.Append("… ");
        }

        snippet.AppendJoin(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (end < text.Length)
        {
            snippet.Append(" …");
        }

        return snippet.ToString();
    }

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '“', '”', '‘', '’'];
}
