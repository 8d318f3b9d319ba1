using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace SendCareers.Web.Infrastructure.Paging;

/// <summary>
/// Which page of a list was asked for, read from <c>?page=</c> in the address. Anything that is not a
/// whole number from 1 up reads as the first page, so a mistyped or stale link never fails.
/// </summary>
public readonly record struct PageRequest(int Number, int Size, string Key = PageRequest.QueryKey)
{
    /// <summary>Rows on a page unless a list says otherwise: short enough to read, long enough that few lists need a second page.</summary>
    public const int DefaultSize = 50;

    /// <summary>The query-string key. Not bound as a page property: Razor Pages keeps "page" for its own route value.</summary>
    public const string QueryKey = "page";

    /// <summary>Reads the page number; a second list on the same page passes its own <paramref name="key"/>.
    /// A number too big to be a page is past the end, which shows the last page.</summary>
    public static PageRequest From(HttpRequest request, int size = DefaultSize, string key = QueryKey) =>
        long.TryParse(request.Query[key].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? new PageRequest((int)Math.Min(number, int.MaxValue), size, key)
            : new PageRequest(1, size, key);
}
